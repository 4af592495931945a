"""Issue 13, sixth round (beneficiary and period): one table per class of misses fixed on dev's tuning part.

A class is fixed only when the tuning part shows it on at least three unrelated hosts; each table has one invented
passage per host of the class (the host it stands for in the last column: a form, not a copied sentence) and
near-misses the rule must leave as they are.  Read through the entry point `scrape evaluate` uses for a passage
(tests/conventions.py), so what passes here passes in scoring.
"""

from __future__ import annotations

from datetime import date

import pytest

from conventions import Period, period

D = date


# Years that date money got, given or used, with no word of the work in their sentence, are no period (as "W 2019
# roku Biblioteka dostała" gives none: tests/realtext/README.md), found on four hosts of the tuning part.
MONEY_YEARS: list[tuple[str, Period, str]] = [
    (
        "Program „Tablica dla szkoły” wspiera szkoły podstawowe.\n\nW latach 2019-2020 skorzystało z programu "
        "ponad 5000 szkół, które dostały razem ponad 90 mln zł.",
        None,
        "szkolapodstawowa.zsoslomniki.pl (a school's page: the programme's use by many schools)",
    ),
    (
        "Drogi dojazdowe do pól budują gminy i powiaty.\n\nW latach 2011-2014 na takie drogi przekazano blisko "
        "12 mln zł z budżetu województwa.",
        None,
        "auto.dziennik.pl (a news item: money given over the years to many applicants)",
    ),
    (
        "Według propozycji rządu Województwo Lubuskie dostanie w latach 2028-2034 mniej środków unijnych niż w "
        "latach 2021-2027.",
        None,
        "pomorskieregion.eu (a region's allocation in two budget periods)",
    ),
    (
        "Raport opisuje usługi asystenta.\n\nW latach 2022-2023 z Programu korzystało zaledwie 1,2% uprawnionych osób.",
        None,
        "miedzyrzecz.biz (an audit: the years a programme was used)",
    ),
    # near-misses: the sentence names the work, so its years stay the period
    (
        "Projekt realizowany w latach 2019-2021 otrzymał dofinansowanie z budżetu państwa.",
        (D(2019, 1, 1), D(2021, 12, 31)),
        "near-miss: a verb of running beside the verb of getting",
    ),
    (
        "W latach 2024-2025 z projektu skorzysta 60 seniorów z Gminy Lipno.",
        (D(2024, 1, 1), D(2025, 12, 31)),
        "near-miss: the project's participants use it in those years",
    ),
    (
        "Grant obejmuje prace w latach 2021-2023: spotkania, warsztaty i wydawnictwa.",
        (D(2021, 1, 1), D(2023, 12, 31)),
        "near-miss: the work the grant covers, no verb of money",
    ),
    (
        "Gmina Lipno otrzymała dotację na lata 2021-2023 na prowadzenie klubu seniora.",
        (D(2021, 1, 1), D(2023, 12, 31)),
        "near-miss: 'na lata' names the years the money is for",
    ),
    (
        "Gmina Lipno otrzymała dotację.\n\nW latach 2020-2022 trwała przebudowa świetlicy.",
        (D(2020, 1, 1), D(2022, 12, 31)),
        "near-miss: the getting is in another sentence",
    ),
]


@pytest.mark.parametrize(("text", "want"), [pytest.param(t, w, id=t[:50]) for t, w, _ in MONEY_YEARS])
def test_years_of_money_got_or_used_are_no_period(text: str, want: Period) -> None:
    assert period(text) == want


def test_every_table_has_three_hosts_and_two_near_misses() -> None:
    sources = [source for _, _, source in MONEY_YEARS]
    assert sum(not s.startswith("near-miss") for s in sources) >= 3
    assert sum(s.startswith("near-miss") for s in sources) >= 2
