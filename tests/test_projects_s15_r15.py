"""Round 15's false merges as general guards (issue 16): each kind with reworded near-misses the code before joined
and a same pair that still joins. Two names of one three-letter stem are two places ("Wielbark" / "Wieliczki"); two
bodies quoting two proper names are two bodies (UKS „Długosz” / UKS „Jedynka”); an official act's heading, number,
issuer, date and a budget act's subject are no content words; a yearly programme's stock headline with no body beside
another site's record naming its own place is not anchored by the programme's standard sum."""

from __future__ import annotations

import pytest

from extract.model import Record
from project_records import rec, same
from scraper import projects


@pytest.mark.parametrize(
    ("left", "right", "one"),
    [
        ("wielbark", "wielbarku", True),
        ("kety", "ketach", True),
        ("sokolka", "sokolce", True),
        ("wsi", "wies", True),
        ("krasnystaw", "krasnymstawie", True),  # a compound name inflects inside
        ("bialystok", "bialymstoku", True),
        ("moniecki", "monkach", True),  # a place's adjective
        ("wielbark", "wieliczki", False),
        ("koniecpol", "konskie", True),  # an adjective: as before
        ("bobowa", "bobolice", True),  # the limit: short names sharing four letters are not told apart
        ("gorzyce", "gorlice", False),
    ],
)
def test_inflected_tells_two_names_of_one_stem_apart(left: str, right: str, one: bool) -> None:
    assert projects._inflected(left, right) is one


@pytest.mark.parametrize(
    ("name", "quoted"),
    [
        ("Uczniowski Klub Sportowy „Długosz” we Włocławku", {"dlugosz"}),
        ('Stowarzyszenie "Razem dla Wsi" w Zalesiu', {"razem dla wsi"}),
        ("Gmina Wielbark", set()),
    ],
)
def test_org_quoted_reads_a_bodys_proper_name(name: str, quoted: set[str]) -> None:
    assert projects.org_quoted(name) == frozenset(quoted)


@pytest.mark.parametrize(
    ("title", "stems"),
    [
        (
            "Uchwała Nr XXXII/416/2021 Rady Miejskiej w Łasku z dnia 16-06-2021 w sprawie zmian budżetu na rok 2021",
            set(),
        ),
        ("Zarządzenie nr 15/2022 Burmistrza Kęt z dnia 3 marca 2022 r. w sprawie zmian w budżecie", set()),
        ("Uchwała Rady Gminy w sprawie wieloletniej prognozy finansowej", set()),
        ("Uchwała Nr 12/2020 Rady Powiatu w sprawie budowy przedszkola w Zalesiu", {"budow", "przed", "zales"}),
        ("Budowa przedszkola w Zalesiu – uchwała rady", {"budow", "przed", "zales", "rad"}),  # no heading: kept
    ],
)
def test_an_acts_heading_is_no_content(title: str, stems: set[str]) -> None:
    assert projects.title_stems(title) == frozenset(stems)


PAIRS: list[tuple[str, Record, Record, bool]] = [
    (
        "two gminas of one three-letter stem (one the register does not resolve), one headline, close sums",
        rec(
            "Zakup sprzętu dla Ochotniczych Straży Pożarnych z terenu Gminy Wielbark",
            beneficiary="Gmina Wielbark",
            published="2020-06-02",
            amounts={"grant": "5120.00", "total_cost": "10300.00"},
            site="ug-wielbark",
        ),
        rec(
            "Zakup sprzętu dla Ochotniczych Straży Pożarnych z terenu Gminy Wieliczki",
            beneficiary="Gmina Wieliczki",
            published="2020-06-05",
            amounts={"grant": "5100.00", "total_cost": "10250.00"},
            site="ug-wieliczki",
        ),
        False,
    ),
    (
        "one gmina named in two cases still joins",
        rec(
            "Zakup sprzętu dla Ochotniczych Straży Pożarnych z terenu Gminy Wielbark",
            beneficiary="Gmina Wielbark",
            published="2020-06-02",
            amounts={"grant": "5120.00"},
            site="ug-wielbark",
        ),
        rec(
            "Zakup sprzętu dla Ochotniczych Straży Pożarnych z terenu Gminy Wielbark – sprzęt już w jednostkach",
            beneficiary="Urząd Gminy w Wielbarku",
            published="2020-09-15",
            amounts={"grant": "5120.00"},
            site="wielbark24",
        ),
        True,
    ),
    (
        "two clubs of one town on one ministry list with the very same sum",
        rec(
            "Lista klubów z dofinansowaniem zajęć sportowych dla uczniów w 2021 roku",
            beneficiary="Uczniowski Klub Sportowy „Orlik” w Płocku",
            published="2021-02-10",
            programme="Fundusz Zajęć Sportowych dla Uczniów",
            amounts={"grant": "21400.00"},
            site="msit",
        ),
        rec(
            "Lista klubów z dofinansowaniem zajęć sportowych dla uczniów w 2021 roku",
            beneficiary="Uczniowski Klub Sportowy „Trójka” w Płocku",
            published="2021-02-10",
            programme="Fundusz Zajęć Sportowych dla Uczniów",
            amounts={"grant": "21400.00"},
            site="msit",
        ),
        False,
    ),
    (
        "one club quoted on the list and on its own page still joins",
        rec(
            "Lista klubów z dofinansowaniem zajęć sportowych dla uczniów w 2021 roku",
            beneficiary="Uczniowski Klub Sportowy „Orlik” w Płocku",
            published="2021-02-10",
            programme="Fundusz Zajęć Sportowych dla Uczniów",
            amounts={"grant": "21400.00"},
            site="msit",
        ),
        rec(
            "Zajęcia sportowe dla uczniów z dofinansowaniem ministerstwa",
            beneficiary="UKS „Orlik” Płock",
            published="2021-03-01",
            programme="Fundusz Zajęć Sportowych dla Uczniów",
            amounts={"grant": "21400.00"},
            site="uks-orlik",
        ),
        True,
    ),
    (
        "two resolutions of one council on one day: the budget and the debt forecast",
        rec(
            "Uchwała Nr XIV/120/2023 Rady Gminy Kęty z dnia 20-04-2023 w sprawie zmian w budżecie Gminy Kęty "
            "na rok 2023",
            beneficiary="Gmina Kęty",
            published="2023-04-21",
            site="bip-kety",
        ),
        rec(
            "Uchwała Nr XIV/121/2023 Rady Gminy Kęty z dnia 20-04-2023 w sprawie zmian w wieloletniej prognozie "
            "finansowej Gminy Kęty",
            beneficiary="Gmina Kęty",
            published="2023-04-21",
            site="bip-kety",
        ),
        False,
    ),
    (
        "a yearly programme's stock headline naming no body and a neighbour's page naming its place, one rate's sum",
        rec(
            "Program Opieka wytchnieniowa – edycja 2023",
            period={"start": "2023-01-01", "end": "2023-12-31"},
            programme="Opieka wytchnieniowa",
            amounts={"grant": "87654.00"},
            site="ug-laskowa",
        ),
        rec(
            "Program Opieka wytchnieniowa – edycja 2023 w Gminie Limanowa",
            beneficiary="Gmina Limanowa",
            published="2023-02-20",
            programme="Opieka wytchnieniowa",
            amounts={"grant": "87654.00"},
            site="ug-limanowa",
        ),
        False,
    ),
    (
        "the stock headline and the voivode's list naming the gmina still join on the sum",
        rec(
            "Program Opieka wytchnieniowa – edycja 2023",
            period={"start": "2023-01-01", "end": "2023-12-31"},
            programme="Opieka wytchnieniowa",
            amounts={"grant": "87654.00"},
            site="ug-laskowa",
        ),
        rec(
            "Opieka wytchnieniowa – edycja 2023: podział środków dla gmin",
            beneficiary="Gmina Laskowa",
            published="2023-01-25",
            programme="Opieka wytchnieniowa",
            amounts={"grant": "87654.00"},
            site="muw-krakow",
        ),
        True,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), PAIRS, ids=[case[0][:60] for case in PAIRS])
def test_round15_guards(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why
