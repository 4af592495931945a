"""Another unit's budget named with a capital as a grant's source ("dotacja celowa z budżetu Powiatu X", "pomoc
finansowa z budżetu Gminy Y") is a grant; the unit's own budget in a list of sources ("15 000 zł z budżetu gminy"
beside a grant) stays its own share."""

from __future__ import annotations

import pytest

from extract.money import find_amounts


def _kinds(text: str) -> list[str]:
    return [m.kind for m in find_amounts(text)[0]]


@pytest.mark.parametrize(
    "text",
    [
        "Gmina otrzymuje dotację celową z budżetu Powiatu Łomżyńskiego na 2014 rok w wysokości 50 000,00 zł.",
        "Udziela się Gminie Rybno pomocy finansowej z budżetu Powiatu na rok 2024 w wysokości 50 000,00 zł.",
        "Stowarzyszenie dostało dofinansowanie z budżetu Gminy Rybno w kwocie 12 000 zł.",
        "Klub otrzymał wsparcie z budżetu Miasta Rybnika w wysokości 8 tys. zł.",
    ],
)
def test_grant_from_another_units_budget(text: str) -> None:
    assert _kinds(text) == ["grant"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # review of s18: a lower-case "z budżetu gminy/powiatu" is the unit's own budget, its own share
        (
            "Gmina Rybno realizuje projekt za 1 000 000 zł. Dofinansowanie z budżetu gminy wynosi 200 000 zł, "
            "a z UE 800 000 zł.",
            ["total_cost", "own_share", "eu_share"],
        ),
        # (alone, with no grant beside it, the unit's budget line is its spending: `other`, as before)
        ("Koszt zadania: 120 000 zł. Wsparcie z budżetu gminy: 20 000 zł.", ["total_cost", "other"]),
    ],
)
def test_own_budget_named_in_lower_case(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


def test_own_budget_in_a_list_of_sources() -> None:
    text = "Koszt zadania: dotacja z PFRON 50 000 zł, 15 000 zł z budżetu gminy."
    assert _kinds(text) == ["grant", "own_share"]
