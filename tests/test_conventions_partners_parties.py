"""Partners named as the parties of a cooperation or of a joint carrying out (issue 13, the s7 round): two units
or more right after "współpraca" (no "z": in the genitive, or the clause's subject after "Dzięki współpracy"), or
the subject of a plural verb over "wspólną realizację"; the beneficiary of the project stays out.  And the
near-misses that must not change: one party alone, a funder, a heading, a singular subject, people.  Passages
invented; the class was met on three real sites (a gmina's cross-border news, a culture centre's project page, a
city's news of a cooperation agreement).
"""

from __future__ import annotations

import pytest

from conventions import record
from extract.partner_names import adjective_pair
from extract.partners import find_partners

# (text, partners' names)
ROWS: list[tuple[str, set[str]]] = [
    # two units, the subject of a plural verb over their joint carrying out (a gmina's cross-border news)
    (
        "Gmina Rybno oraz Związek Gmin Doliny Odry zakończyły wspólną realizację projektów, które Unia Europejska "
        "współfinansowała z Europejskiego Funduszu Rozwoju Regionalnego. Obaj partnerzy odnowili kapliczki.",
        {"Gmina Rybno", "Związek Gmin Doliny Odry"},
    ),
    # the same with a present plural verb and "i"
    (
        "Gmina Iłów i Fundacja Nowy Dom kontynuują wspólną realizację zadania dla seniorów.",
        {"Gmina Iłów", "Fundacja Nowy Dom"},
    ),
    # the parties in the genitive after "współpracę", the one that got the grant left out (a culture centre's page)
    (
        "Wniosek o dofinansowanie projektu oceniono pozytywnie, a dotację otrzymało Miejskie Centrum Kultury w "
        "Rybniku.\n\nProjekt przewiduje współpracę Miejskiego Centrum Kultury w Rybniku oraz Wolnego i Hanzeatyckiego "
        "Miasta Hamburg przy organizacji festiwalu.",
        {"Wolne i Hanzeatyckie Miasto Hamburg"},
    ),
    # the parties in the genitive, no beneficiary named: both
    (
        "Projekt przewiduje współpracę Gminy Kikół oraz Stowarzyszenia Przyjaciół Ziemi Dobrzyńskiej.",
        {"Gmina Kikół", "Stowarzyszenie Przyjaciół Ziemi Dobrzyńskiej"},
    ),
    # the parties as the clause's subject after "Dzięki współpracy" (a city's news of a cooperation agreement)
    (
        "Dzięki współpracy Urząd Miejski w Lęborku oraz Fundacja „Dobry Dom” poszerzą pomoc dla osób w kryzysie "
        "bezdomności.",
        {"Urząd Miejski w Lęborku", "Fundacja „Dobry Dom”"},
    ),
    # --- near-misses: no parties of a cooperation
    # one party alone: whose cooperation with whom is not said
    (
        "Dzięki współpracy Fundacji Nowy Dom mieszkańcy dostali paczki.",
        set(),
    ),
    # a funder among two names leaves one party: no pair
    (
        "Projekt przewiduje współpracę Ministerstwa Rodziny i Polityki Społecznej oraz Gminy Kikół.",
        set(),
    ),
    # a heading "Współpraca Polsko-Czeska" names no unit
    (
        "Współpraca Polsko-Czeska\n\nW Sobieszowicach odbyła się konferencja podsumowująca.",
        set(),
    ),
    # one unit, a singular verb: the implementer, not partners
    (
        "Gmina Rybno zakończyła wspólną realizację projektu z mieszkańcami.",
        set(),
    ),
    # two funders: no partners
    (
        "Remont był możliwy dzięki współpracy Narodowego Funduszu Ochrony Środowiska i Gospodarki Wodnej oraz "
        "Wojewódzkiego Funduszu Ochrony Środowiska w Toruniu.",
        set(),
    ),
    # a contractor introduced by a common noun ("firmy"): no parties read
    (
        "Dzięki współpracy firmy Budex Sp. z o.o. oraz Gminy Rybno droga jest już gotowa. Wykonawcą robót była "
        "firma Budex Sp. z o.o.",
        set(),
    ),
    # the area's schools in lower case, and a patron
    (
        "Honorowy patronat objął Marszałek Województwa Mazowieckiego. Dzięki współpracy szkół i przedszkoli z terenu "
        "gminy Rybno powstał mural.",
        set(),
    ),
    # people, not units
    (
        "Dzięki współpracy Jana Kowalskiego oraz Anny Nowak powstał mural.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_partners_named_as_parties(text: str, expected: set[str]) -> None:
    assert {partner.name for partner in record(text).partners} == expected


# Two words joined by "i" share the next word's head only when both are adjectives in one case; two nouns (the
# instrumental "Policją i Strażą" ends in "-ą" like an adjective) are two units, never one merged name.
PAIRS: list[tuple[str, str, bool]] = [
    ("Wolnego", "Hanzeatyckiego", True),
    ("Uniwersyteckiego", "Hanzeatyckiego", True),
    ("Miejskiej", "Gminnej", True),
    ("Wolne", "Hanzeatyckie", True),
    ("Wolnym", "Hanzeatyckim", True),
    ("Policją", "Strażą", False),  # nouns in the instrumental
    ("Gminą", "Fundacją", False),
    ("Policja", "Straż", False),
    ("Przedszkole", "Stowarzyszenie", False),  # neuter nouns in "-e"
    ("Wolnego", "Hanzeatyckiej", False),  # two cases: no shared head
]


@pytest.mark.parametrize(("first", "second", "shared"), PAIRS)
def test_two_adjectives_share_a_head(first: str, second: str, shared: bool) -> None:
    assert adjective_pair(first, second) is shared


# (text, a name that must not be read: two nouns merged into one)
MERGED: list[tuple[str, str]] = [
    (
        "Festyn zorganizowano we współpracy z Policją i Strażą Miejską w Nowej Wsi.",
        "Policja i Straż Miejska w Nowej Wsi",
    ),
    ("Zawody zorganizowano we współpracy z Policją i Strażą Pożarną w Rybnie.", "Policja i Straż Pożarna w Rybnie"),
]


@pytest.mark.parametrize(("text", "merged"), MERGED)
def test_two_nouns_are_never_one_name(text: str, merged: str) -> None:
    assert merged not in {partner.name for partner in record(text).partners}


def test_the_beneficiary_is_left_out_when_the_caller_names_it() -> None:
    """The record's fields pass the beneficiary they read; organisations' own reading of the partners (which the
    beneficiary may rest on) passes none and keeps every party."""
    text = ROWS[2][0]
    parties = {"Miejskie Centrum Kultury w Rybniku", "Wolne i Hanzeatyckie Miasto Hamburg"}
    assert {p.name for p in find_partners(text)[0]} == parties
    left = {p.name for p in find_partners(text, "Miejskie Centrum Kultury w Rybniku")[0]}
    assert left == {"Wolne i Hanzeatyckie Miasto Hamburg"}
