"""The beneficiary fronted before the verb of granting: "Dla X przyznaję dotację", "Gminie X Wojewoda przekazał …"
(issue 13, s14).

Written for this file (no page's sentence): Polish fronts the recipient, "dla" and its genitive opening the sentence or
a numbered paragraph of a decision, with the verb in any person and tense after it, an organ between as the verb's
subject ("Dla Gminy X Wojewoda przyznał …"); and the same order with the recipient in the dative and the organ
between ("Gminie X Wojewoda przekazał 100 000 zł"). The near-misses: two recipients in one sentence, a person, a
purchase (no grant), a grant of no money, "dla" inside a sentence (not fronted), a payer, a locative (a place).
"""

from __future__ import annotations

import pytest

from extract.organisations import find_beneficiary

FRONTED = [
    pytest.param(
        "Zarządzenie Wójta\n§ 1\nDla LKS „Orzeł” w Dębinie przyznaję dotację w wysokości 45.000,- zł na szkolenie.",
        "LKS „Orzeł” w Dębinie",
        id="paragraph-przyznaje-first-person",
    ),
    pytest.param(
        "§ 1. Dla Stowarzyszenia Przyjaciół Lipna przyznaje się dotację celową w kwocie 4 000 zł.",
        "Stowarzyszenie Przyjaciół Lipna",
        id="przyznaje-sie-impersonal",
    ),
    pytest.param(
        "Wyniki konkursu. Dla Klubu Sportowego Orzeł w Lipnie przyznano dotację w kwocie 5 000 zł.",
        "Klub Sportowy Orzeł w Lipnie",
        id="przyznano-past-impersonal",
    ),
    pytest.param(
        "Dla Parafii pw. św. Jana w Lipnie Wojewoda Opolski przeznaczył 50 000 zł na remont dachu.",
        "Parafia pw. św. Jana w Lipnie",
        id="organ-subject-between",
    ),
    pytest.param(
        "Dla Gminy Rybno udzielono pomocy finansowej w wysokości 120 tys. zł.",
        "Gmina Rybno",
        id="udzielono-unit",
    ),
    pytest.param(
        "Dla Ochotniczej Straży Pożarnej w Łące Zarząd Powiatu przekazał 30 000 zł.",
        "Ochotnicza Straż Pożarna w Łące",
        id="przekazal-board-between",
    ),
]

FRONTED_DATIVE = [
    pytest.param("Gminie Lipno Wojewoda Opolski przekazał 100 000 zł na drogę.", "Gmina Lipno", id="gminie-wojewoda"),
    pytest.param(
        "Stowarzyszeniu Przyjaciół Lipna Zarząd Województwa przyznał 20 tys. zł.",
        "Stowarzyszenie Przyjaciół Lipna",
        id="stowarzyszeniu-zarzad",
    ),
    pytest.param("Powiatowi Opolskiemu minister przyznał 2 mln zł.", "Powiat Opolski", id="powiatowi-minister"),
    pytest.param(
        "Ochotniczej Straży Pożarnej w Lipnie Zarząd Powiatu przekazał 30 000 zł.",
        "Ochotnicza Straż Pożarna w Lipnie",
        id="osp-seat-zarzad",
    ),
]

NOT_FRONTED = [
    pytest.param("Gminie Lipno Wojewoda przekazał medal za zasługi.", id="dative-no-money"),
    pytest.param("Gminie Lipno Wojewoda przekazał 100 000 zł, a dla Gminy Łąka 50 000 zł.", id="dative-two-recipients"),
    pytest.param("W Gminie Lipno Wojewoda przekazał 100 000 zł szkołom.", id="locative-not-dative"),
    pytest.param("Dla Klubu A w Lipnie przyznano 5 000 zł, a dla Klubu B w Łące 3 000 zł.", id="two-recipients"),
    pytest.param("Dla Jana Kowalskiego przyznano nagrodę w wysokości 5 000 zł.", id="a-person"),
    pytest.param("Dla Szkoły Podstawowej w Lipnie zakupiono sprzęt za 5 000 zł.", id="a-purchase"),
    pytest.param("Dla Gminy Rybno przyznano medal za zasługi.", id="no-money"),
    pytest.param("Gmina ogłosiła, że w konkursie dla Klubu Orzeł przyznano punkty.", id="not-fronted"),
    pytest.param("Dla Ministerstwa Zdrowia przekazano 5 000 zł.", id="a-payer"),
    # people and groups of people, no body (review s14, H5)
    pytest.param("Dla Mieszkańców Gminy Rybno przeznaczono 50 000 zł na remont drogi.", id="residents"),
    pytest.param("Dla Uczniów Szkoły Podstawowej w Rybnie przyznano stypendia za 20 000 zł.", id="pupils"),
    pytest.param("Dla Rodzin Gminy Rybno przeznaczono 30 000 zł.", id="families"),
    pytest.param("Dla Dzieci z Gminy Rybno przeznaczono 10 000 zł na wypoczynek.", id="children"),
]

# The giver named between the fronted recipient and the verb: the recipient's name stops at the giver's head
# (review s14, H5: "Dla Gminy Rybno Powiat Rybnicki przekazał" read as one name).
FRONTED_BEFORE_GIVER = [
    pytest.param("Dla Gminy Rybno Powiat Rybnicki przekazał 10 000 zł.", "Gmina Rybno", id="powiat-gives"),
    pytest.param(
        "Dla Powiatu Lubartowskiego Gmina Serniki przekazała 50 000 zł.", "Powiat Lubartowski", id="gmina-gives"
    ),
    pytest.param(
        "Dla Stowarzyszenia Nasza Wieś Miasto Rybno przeznaczyło 8 000 zł.", "Stowarzyszenie Nasza Wieś", id="miasto"
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_fronted_recipient_is_the_beneficiary(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED_DATIVE)
def test_fronted_dative_is_the_beneficiary(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NOT_FRONTED)
def test_no_fronted_recipient(text: str) -> None:
    assert find_beneficiary(text) is None


@pytest.mark.parametrize(("text", "expected"), FRONTED_BEFORE_GIVER)
def test_fronted_recipient_stops_at_the_giver(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected
