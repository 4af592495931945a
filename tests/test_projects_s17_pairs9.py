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
