"""A verb of getting whose clause has no subject of its own, only a fronted phrase ("Na swój projekt „X” dostanie
grant …", "Dzięki temu otrzymała …"): its subject is the unit opening the sentence before; a plural verb, or a
clause with a subject, is not read so."""

from __future__ import annotations

import pytest

from extract.organisations import find_beneficiary

S = "Stowarzyszenie Miłośników Chróściny"


@pytest.mark.parametrize(
    "text",
    [
        f"{S} zostało laureatem programu. Na swój projekt dostanie grant w wysokości 10 000 zł.",
        f"{S} znalazło się wśród laureatów programu. Na swój projekt „Cztery Pory Roku” dostanie grant 10 000 zł.",
        f"{S} złożyło wniosek w konkursie. Dzięki temu otrzymało dotację w wysokości 10 000 zł.",
    ],
)
def test_the_unit_before(text: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == S


@pytest.mark.parametrize(
    "text",
    [
        # a plural verb: several getters, not the unit before
        f"{S} ogłosiło konkurs. Na swoje projekty dostaną granty po 10 000 zł.",
        # the sentence before opens with no unit
        "Wyniki konkursu ogłoszono w marcu. Na swój projekt dostanie grant w wysokości 10 000 zł.",
    ],
)
def test_none(text: str) -> None:
    assert find_beneficiary(text) is None


P = "Stowarzyszenie Przyjaciół Wsi Lipno zostało laureatem konkursu Fundacji Orlen. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a subject after the verb is the getter, not the unit of the sentence before (review of s18)
        (
            P + "W tym roku dotację w wysokości 50 000 zł otrzymała Fundacja Nowa Droga z Olsztyna.",
            "Fundacja Nowa Droga z Olsztyna",
        ),
        (P + "W 2023 r. dotację 40 000 zł otrzymał Klub Sportowy Orzeł Rybno.", "Klub Sportowy Orzeł Rybno"),
    ],
)
def test_a_subject_after_the_verb(text: str, name: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        P + "Dzięki temu każdy uczestnik otrzyma bon na zajęcia.",
        P + "W ramach naboru dofinansowanie otrzymało 12 organizacji.",
        P + "Następnie nagrodę 5 000 zł otrzymał najlepszy uczestnik.",
        # the sentence before names the payer announcing results, not a unit that won
        "Fundacja Orlen ogłosiła wyniki. Na swój projekt dostanie grant 20 000 zł.",
    ],
)
def test_no_getter_from_the_sentence_before(text: str) -> None:
    assert find_beneficiary(text) is None
