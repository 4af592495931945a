"""The implementer's verbs in the forms the cue lists had left out: the third person of "wdrażać" ("wdraża"), the
future with "będzie"/"będą" and "ma"/"mają" with the infinitive, the locative "projekcie", "X jest organizatorem
projektu" (as "Organizatorem projektu jest X"); an event's organiser and a contractor are no implementer."""

from __future__ import annotations

import pytest

from extract.organisations import find_implementer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Stowarzyszenie Razem wdraża program „Aktywni”.", "Stowarzyszenie Razem"),
        (
            "Gminny Ośrodek Pomocy Społecznej w Rybnie wdrożył program „Asystent”.",
            "Gminny Ośrodek Pomocy Społecznej w Rybnie",
        ),
        ("Gmina Rybno będzie realizować projekt „Razem”.", "Gmina Rybno"),
        ("Gmina Rybno będzie realizowała projekt „Razem”.", "Gmina Rybno"),
        ("Fundacja Nowy Dom będzie wdrażać program „Senior+”.", "Fundacja Nowy Dom"),
        ("Fundacja Nowy Dom ma realizować projekt „Razem” do końca roku.", "Fundacja Nowy Dom"),
        ("Gmina Rybno jest organizatorem projektu „Razem”.", "Gmina Rybno"),
        ("W projekcie realizowanym przez Stowarzyszenie Razem wzięło udział 20 osób.", "Stowarzyszenie Razem"),
        ("W mikroprojekcie prowadzonym przez Gminę Rybno wzięło udział 20 osób.", "Gmina Rybno"),
    ],
)
def test_found(text: str, name: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Gmina Rybno jest organizatorem festynu.",  # an event, no project
        "Firma Budmax przeprowadziła inwestycję w terminie.",  # a contractor
        "Gmina Rybno ma nadzieję na projekt „Razem”.",  # no verb of carrying out
    ],
)
def test_none(text: str) -> None:
    assert find_implementer(text) is None
