"""A city's prezydent as the getter ("Prezydent Świnoujścia dostał … zł" -> "Miasto Świnoujście"), and a gmina read
through its wójt or burmistrz under the name the passage prints for it (tests/realtext/README.md, the sixth round:
"Urząd Miasta Dzierżoniów" -> "Miasto Dzierżoniów", "Gminy-Miasto Działdowo" -> "Gmina-Miasto Działdowo"); a passage
that prints "Gmina X", or nothing else, keeps "Gmina X"."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from extract.beneficiary_getters import as_printed
from extract.organisations import find_beneficiary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prezydent Świnoujścia dostał ponadto na utrzymanie przepraw kwotę 23 000 000 zł.", "Miasto Świnoujście"),
        ("Prezydent Rzeszowa otrzymał promesę na 2 mln zł.", "Miasto Rzeszów"),
        (
            "Współpraca | Urząd Miasta Dzierżoniów\n\nBurmistrz Dzierżoniowa podpisał umowę o dofinansowanie projektu „Spotkanie”.\n\nDofinansowanie: 6 714 PLN",
            "Miasto Dzierżoniów",
        ),
        ("Burmistrz Działdowa otrzymał promesę na 2 mln zł dla Gminy-Miasto Działdowo.", "Gmina-Miasto Działdowo"),
        ("Burmistrz Koła otrzymał promesę na 2 mln zł. Miasto Koło dziękuje.", "Miasto Koło"),
        # traps: the passage prints "Gmina X" (also beside "Urząd Miasta X"), or no other unit of the town
        (
            "Burmistrz Dzierżoniowa podpisał umowę o dofinansowanie projektu na 6 714 zł. Gmina Dzierżoniów i Urząd Miasta Dzierżoniów dbają o partnerów.",
            "Gmina Dzierżoniów",
        ),
        ("Burmistrz Sępopola otrzymał promesę na 2 mln zł.", "Gmina Sępopol"),
    ],
)
def test_officer_units(text: str, name: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == name


def test_as_printed_traps() -> None:
    assert find_beneficiary("Prezydent Jan Nowak otrzymał kwotę 23 000 000 zł.") is None  # a person, no city
    # two other units of the town printed: none chosen
    assert as_printed("Miasto Lipno i Gmina-Miasto Lipno", "Gmina Lipno") is None
    assert as_printed("Urząd Miasta Lipno", "Gmina Lipno") == "Miasto Lipno"
