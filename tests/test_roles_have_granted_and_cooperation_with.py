""" "mieć" with the participle of a grant given ("Gmina X ma zapewnione 2 mln zł dotacji", "ma przyznaną dotację",
"miał zapewniony grant") names the getter, where a grant's word follows in the clause (not the unit's own money); and
"współpraca A z B" (the genitive, then "z" and the instrumental) names both as partners in a sentence about a project
or an event."""

from __future__ import annotations

import pytest

from extract.organisations import find_beneficiary, find_partners


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gmina Rybno ma zapewnione 2 mln zł dotacji na remont rynku.", "Gmina Rybno"),
        ("Gmina Rybno ma zapewnione 2,5 mln zł dotacji na remont rynku.", "Gmina Rybno"),  # a decimal comma
        ("Gmina Rybno ma już zagwarantowane 2 mln zł dofinansowania.", "Gmina Rybno"),
        ("Stowarzyszenie Razem ma przyznaną dotację w wysokości 20 tys. zł.", "Stowarzyszenie Razem"),
        ("Powiat Lipnowski miał zapewniony grant w kwocie 300 tys. zł.", "Powiat Lipnowski"),
        (
            "Gmina Rybno zaczęła remont rynku. Prace za 2.999.569 zł wykona firma Budmax, a gmina ma zapewnione 2.295"
            " tys. zł bezzwrotnej dotacji.",
            "Gmina Rybno",
        ),
    ],
)
def test_have_granted(text: str, name: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Gmina Rybno ma zapewnione środki własne w kwocie 200 tys. zł.",  # own money
        "Gmina Rybno ma zabezpieczone w budżecie 200 tys. zł na ten cel.",
        "Gmina Rybno ma zapewnione 200 tys. zł w budżecie. Dotacja wyniesie 100 tys. zł.",  # grant in another sentence
        "Gmina Rybno może mieć przyznane wsparcie, jeśli wniosek przejdzie ocenę.",  # no sum, a condition
        # the grant's word in the next clause: own money, then a grant only sought or refused (s16 review)
        "Gmina Rybno ma zapewnione środki własne, a o dotację z programu dopiero się stara.",
        "Gmina Rybno ma przyznaną nagrodę w konkursie Piękna Wieś, a dotacji w tym roku nie otrzymała.",
    ],
)
def test_have_granted_traps(text: str) -> None:
    assert find_beneficiary(text) is None


def _names(text: str) -> list[str]:
    return [partner.name for partner in find_partners(text)[0]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Projekt powstał dzięki współpracy Gminy Rybno ze Stowarzyszeniem Kobiet Aktywnych.",
            ["Gmina Rybno", "Stowarzyszenie Kobiet Aktywnych"],
        ),
        (
            "Festyn zorganizowano we wspólnej inicjatywie, przy której zawiązała się współpraca Fundacji Razem z Gminą"
            " Rybno i Powiatem Lipnowskim.",
            ["Fundacja Razem", "Gmina Rybno", "Powiat Lipnowski"],
        ),
    ],
)
def test_cooperation_with(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Projekt powstał dzięki współpracy Gminy Rybno z mieszkańcami wsi.",  # one unit
        "Dzięki współpracy Gminy Rybno z Policją przeprowadzono akcję.",  # no project or event
        "Program Współpracy Gminy Rybno z Organizacjami Pozarządowymi na rok 2024 przyjęto.",  # a programme's name
        "Projekt powstał dzięki współpracy Gminy Rybno z Wojewódzkim Funduszem Ochrony Środowiska.",  # the funder
        "Dotacja i współpraca Caritas Polska z Caritas trzech diecezji pozwalają prowadzić projekt.",  # none named
        # a local act's name and a kind of bodies in the plural
        "Uchwała w sprawie programu współpracy Gminy Rybno z Organizacjami Pozarządowymi na 2019 rok.",
        "Rada przyjęła Roczny program współpracy Gminy Rybno z Fundacją Razem na rok 2007.",
        "Projekt jest efektem współpracy Gminy Rybno z Organizacjami Pozarządowymi z terenu gminy.",
    ],
)
def test_cooperation_with_traps(text: str) -> None:
    assert _names(text) == []
