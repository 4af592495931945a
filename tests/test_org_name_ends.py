"""Where a body's name ends (issue 13, bugs met by the s7 round in b15): the "i" that joined two office-holders is
not the unit's ("Wójt Gminy Szczytniki i Krzysztof Grabowski"), an abbreviated part of a town's name keeps its
dot at a sentence's end ("w Środzie Wlkp."), and a compound word is not a unit's head ("Euro-Gmina", a contest's
name, is no second gmina).  Passages invented.
"""

from __future__ import annotations

import pytest

from conventions import record
from extract.org_names import normalise_name

# (text, beneficiary, implementer)
ROWS: list[tuple[str, str | None, str | None]] = [
    (
        "Umowę podpisali Wójt Gminy Szczytniki i Krzysztof Grabowski, członek zarządu województwa. Gmina otrzyma "
        "dotację 50 tys. zł.",
        "Gmina Szczytniki",
        None,
    ),
    (
        "Program realizowany będzie przez Powiatowe Centrum Pomocy Rodzinie w Środzie Wlkp. w ramach projektu.",
        None,
        "Powiatowe Centrum Pomocy Rodzinie w Środzie Wlkp.",
    ),
    (
        "Projekt realizuje Miejski Ośrodek Pomocy Społecznej w Mińsku Maz.",
        None,
        "Miejski Ośrodek Pomocy Społecznej w Mińsku Maz.",
    ),
    (
        "W plebiscycie „Euro-Gmina Euro-Powiat” Gmina Janów Podlaski znalazła się w czołówce. Na bloki Gmina "
        "pozyskała 30% dofinansowania ze środków funduszu dopłat.",
        "Gmina Janów Podlaski",
        None,
    ),
    # near-misses: a town's name that only looks like an abbreviation ends the sentence; two gminas named
    ("Projekt realizuje Gminny Ośrodek Kultury w Lubaczowie.", None, "Gminny Ośrodek Kultury w Lubaczowie"),
    ("Gmina Rybno i Gmina Iłów współpracują. Na ten cel Gmina pozyskała dofinansowanie.", None, None),
]


@pytest.mark.parametrize(("text", "beneficiary", "implementer"), ROWS)
def test_where_a_name_ends(text: str, beneficiary: str | None, implementer: str | None) -> None:
    rec = record(text)
    assert (rec.beneficiary.name if rec.beneficiary else None) == beneficiary
    assert (rec.implementer.name if rec.implementer else None) == implementer


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("MOPS w Mińsku Maz.", "MOPS w Mińsku Maz."),
        ("Szkoła w Rudzie Śl.,", "Szkoła w Rudzie Śl."),
        ("Gmina Lubaczów.", "Gmina Lubaczów"),
        ("Gmina Kuj", "Gmina Kuj"),
        ("Gmina Środa\xa0Wlkp.", "Gmina Środa Wlkp."),  # a no-break space before the abbreviation
        ("Szkoła w Rudzie\nŚl.", "Szkoła w Rudzie Śl."),  # a line break before it
        ("Gmina Środa\xa0Wlkp", "Gmina Środa Wlkp"),
    ],
)
def test_a_towns_abbreviation_keeps_its_dot(raw: str, name: str) -> None:
    assert normalise_name(raw) == name


def test_a_repaired_name_is_kept_for_the_next_reader() -> None:
    """`normalise_name` is pure and a page's readers repair the same names again: the second call is the kept answer."""
    raw = "ROPS  województwa Kujawsko - Pomorskiego."
    first = normalise_name(raw)
    assert first == "ROPS województwa Kujawsko-Pomorskiego"
    assert normalise_name(raw) is first
