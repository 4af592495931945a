"""Round 17's misses read as general mechanisms (issue 16, s17-pairs9): each kind with reworded same pairs the rule
before kept apart and near-misses of that kind that stay apart. A powiat's name after the unit word is an adjective
("powiatu tomaszowskiego"), so a noun of the next clause ("… trzech jednostek powiatu – zapytanie ofertowe") names no
powiat."""

from __future__ import annotations

import pytest

from extract.model import Record
from project_records import rec, same
from scraper import projects

GRYFICE = {"beneficiary": "Powiat Gryficki"}
GRYFICE_OFFICE = {"beneficiary": "Starostwo Powiatowe w Gryficach"}


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Doposażenie pracowni trzech szkół powiatu – zapytanie ofertowe", set()),  # "zapytanie" is no powiat
        ("Komputery dla szkół powiatu dotarły w piątek", set()),
        ("Boiska w szkołach powiatu gryfickiego", {("powiat", "gry")}),
        ("Umowa z powiatem łobeskim", {("powiat", "lob")}),
    ],
)
def test_named_units_read_a_powiats_adjective_only(text: str, units: set[tuple[str, str]]) -> None:
    assert projects.named_units(text) == units


UNITS: list[tuple[str, Record, Record, bool]] = [
    (
        "one powiat named by its adjective and by its office, the tender's headline ending with 'powiatu – zapytanie'",
        rec("Nowe pracownie językowe", published="2019-03-04", site="powiat-gryfice", **GRYFICE),
        rec(
            "Nowe pracownie językowe w trzech szkołach powiatu – zapytanie ofertowe",
            published="2019-04-15",
            site="bip-powiat-gryfice",
            **GRYFICE_OFFICE,
        ),
        True,
    ),
    (
        "two powiats named by their adjectives stay two",
        rec("Nowe pracownie językowe w szkołach powiatu gryfickiego", published="2019-03-04", site="news-a"),
        rec("Nowe pracownie językowe w szkołach powiatu łobeskiego", published="2019-03-20", site="news-b"),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), UNITS, ids=[case[0][:60] for case in UNITS])
def test_a_powiat_named_by_its_adjective(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


# An unnumbered title is edition 1 only when nothing else dates it (`projects._editions_apart`).
KEPICE_OPS = {"implementer": "Gminny Ośrodek Pomocy Społecznej w Kępicach"}
RABA = {"beneficiary": "Związek Gmin Górnej Raby"}
EDITIONS: list[tuple[str, Record, Record, bool]] = [
    (
        "one yearly project's fourth edition: the number on one side, the same title year on both (main kept apart)",
        rec(
            "W 2012 roku Gminny Ośrodek Pomocy Społecznej w Kępicach prowadzi IV edycję projektu systemowego "
            "„Razem aktywni”",
            period={"start": "2012-01-01", "end": "2012-12-31"},
            site="gops-kepice",
            **KEPICE_OPS,
        ),
        rec(
            "Projekt systemowy „Razem aktywni” w 2012 roku – warsztaty dla mieszkańców",
            published="2012-02-20",
            period={"start": "2012-01-01", "end": "2012-12-31"},
            programme="PO KL 2007-2013",
            site="ug-kepice",
            beneficiary="Gmina Kępice",
        ),
        True,
    ),
    (
        "one stage: the stage's number on one side, its total to the grosz on both (main kept apart)",
        rec(
            "Umowa o dofinansowanie drugiego etapu porządkowania gospodarki ściekowej podpisana",
            published="2014-03-11",
            amounts={"total_cost": "12345678.91"},
            site="zg-raba",
            **RABA,
        ),
        rec(
            "Związek Gmin Górnej Raby z potwierdzeniem dofinansowania",
            amounts={"total_cost": "12345678.91"},
            site="wfosigw-krakow",
            **RABA,
        ),
        True,
    ),
    (
        "an unnumbered page of no year against the fourth edition: still the first",
        rec("Projekt systemowy „Razem aktywni” – rekrutacja", published="2009-03-02", site="gops-kepice", **KEPICE_OPS),
        rec(
            "IV edycja projektu systemowego „Razem aktywni” rusza",
            published="2012-02-06",
            site="gops-kepice",
            **KEPICE_OPS,
        ),
        False,
    ),
    (
        "the second stage and an unnumbered one of another total: two stages",
        rec(
            "Umowa o dofinansowanie drugiego etapu porządkowania gospodarki ściekowej podpisana",
            published="2014-03-11",
            amounts={"total_cost": "12345678.91"},
            site="zg-raba",
            **RABA,
        ),
        rec(
            "Umowa o dofinansowanie porządkowania gospodarki ściekowej podpisana",
            published="2011-05-09",
            amounts={"total_cost": "8765432.10"},
            site="zg-raba",
            **RABA,
        ),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), EDITIONS, ids=[case[0][:60] for case in EDITIONS])
def test_an_unnumbered_title_dated_into_an_edition(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why
