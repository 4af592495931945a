"""The implementer named with a lower-case head ("przez powiat Moniecki", "realizuje gmina Rybno") and after the
genitive plural of the participle ("projektów realizowanych przez X"); a kind of gmina, a bare head or the people of a
gmina name none."""

from __future__ import annotations

import pytest

from extract.organisations import find_implementer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Koordynator projektów realizowanych przez powiat Moniecki musi informować Starostwo.", "Powiat Moniecki"),
        ("Projekt jest realizowany przez gminę Rybno.", "Gmina Rybno"),
        ("Projekt realizuje gmina Rybno w partnerstwie ze szkołą.", "Gmina Rybno"),
        ("Program realizuje powiat moniecki.", "Powiat Moniecki"),
        ("Zadanie jest prowadzone przez miasto Rzeszów.", "Miasto Rzeszów"),
        ("To jeden z projektów realizowanych przez Fundację Razem.", "Fundacja Razem"),
        ("W ramach programów realizowanych w 2020 r. przez Stowarzyszenie Lipy powstał plac.", "Stowarzyszenie Lipy"),
    ],
)
def test_found(text: str, name: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Projekt jest realizowany przez gminę wiejską.",  # a kind of gmina, no name
        "Projekt jest realizowany przez powiat.",  # a bare head
        "Projekt jest realizowany przez mieszkańców gminy Rybno.",  # the people, not the unit
        "Na zadania realizowane przez Fundację X przypada 10 000 zł.",  # some of the tasks ("zadania … realizowane")
    ],
)
def test_none(text: str) -> None:
    assert find_implementer(text) is None
