"""Numbered units of one kind named by their kind's plural ("Szkoły Podstawowe nr 8, 32 i 36 w X": one unit for each
number, the seat each one's) read as partners where they carry one project out: the agent of a passive participle
of carrying out or the subject of a plural verb of it (tests/realtext/README.md, seventh round: a joint subject, all
partners); not a plural with one number, venues, recipients, several projects or no project."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import partner_numbered
from extract.dates import MONTH_PATTERN, MONTH_PATTERN_ANY_CASE, MONTHS
from extract.organisations import find_partners


def _partners(text: str) -> list[tuple[str, bool]]:
    return [(partner.name, partner.lead) for partner in find_partners(text)[0]]


def _schools(kind: str, seat: str, *numbers: int) -> list[tuple[str, bool]]:
    return [(f"{kind} nr {number} {seat}", False) for number in numbers]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "To strona projektu realizowanego przez Szkoły Podstawowe nr 8 , 32, 36 w Lipnie.",
            _schools("Szkoła Podstawowa", "w Lipnie", 8, 32, 36),
        ),
        ("Projekt realizują Szkoły Podstawowe nr 3 i 5 w Lublinie.", _schools("Szkoła Podstawowa", "w Lublinie", 3, 5)),
        (
            "Szkoły Podstawowe nr 3, 5 oraz 7 w Lublinie realizują wspólnie projekt „Razem”.",
            _schools("Szkoła Podstawowa", "w Lublinie", 3, 5, 7),
        ),
        (
            "Projekt jest prowadzony przez Przedszkola Miejskie nr 1 i nr 4 w Kartuzach.",
            _schools("Przedszkole Miejskie", "w Kartuzach", 1, 4),
        ),
        (
            "Projekt zrealizowany przez Zespoły Szkół nr 1 i 2 w Lipnie otrzymał dofinansowanie.",
            _schools("Zespół Szkół", "w Lipnie", 1, 2),
        ),
        (
            "Program będzie wdrażany wspólnie przez Gimnazja nr 2 i 3 w Rybnie.",
            _schools("Gimnazjum", "w Rybnie", 2, 3),
        ),
        (
            "Projekt przygotowały Licea Ogólnokształcące nr 1 i 2 w Lipnie.",
            _schools("Liceum Ogólnokształcące", "w Lipnie", 1, 2),
        ),
        # an adjective, a quoted name or a time between the project's word and its verb (the s17 review)
        (
            "Projekt edukacyjny „Mali odkrywcy” realizowany jest przez Szkoły Podstawowe nr 1, 2 i 3 w Lipnie.",
            _schools("Szkoła Podstawowa", "w Lipnie", 1, 2, 3),
        ),
        (
            "Projekt od września realizują Szkoły Podstawowe nr 1 i 4 w Lipnie.",
            _schools("Szkoła Podstawowa", "w Lipnie", 1, 4),
        ),
        (
            "Szkoły Podstawowe nr 1 i 3 w Lipnie realizują w tym roku projekt „Kodowanie na start”.",
            _schools("Szkoła Podstawowa", "w Lipnie", 1, 3),
        ),
    ],
)
def test_found(text: str, partners: list[tuple[str, bool]]) -> None:
    assert _partners(text) == partners


@pytest.mark.parametrize(
    "text",
    [
        "Zajęcia w ramach projektu odbędą się w Szkołach Podstawowych nr 1 i 2 w Lipnie.",  # venues
        "Projekt realizowany przez Szkołę Podstawową nr 1 w Lipnie.",  # one unit
        "Szkoły Podstawowe nr 1 i 2 w Lipnie prowadzą zajęcia pozalekcyjne.",  # no project
        "Z projektu skorzystają Szkoły Podstawowe nr 1 i 2 w Lipnie.",  # recipients
        "Dotacje otrzymały Szkoły Podstawowe nr 1, 2 i 3 w Lipnie.",  # separate grants
        "Projekty realizowane przez Szkoły Podstawowe nr 1 i 2 w Lipnie otrzymały dofinansowanie.",  # each its own
        # the units hold classes within the project, they do not carry it out (s16 review)
        "W ramach projektu zajęcia dodatkowe prowadzą Szkoły Podstawowe nr 1 i 2 w Kłodzku.",
        "Zajęcia w ramach projektu są prowadzone przez Szkoły Podstawowe nr 3 i 5 w Opolu.",
        "Dzięki projektowi warsztaty zorganizowały Przedszkola Miejskie nr 1 i 2 w Kartuzach.",
        "Szkoły Podstawowe nr 1 i 2 w Lipnie prowadzą zajęcia w ramach projektu „Razem”.",
    ],
)
def test_not_found(text: str) -> None:
    assert _partners(text) == []


_MONTH_CASES = sorted({f(word) for word in MONTHS for f in (str.lower, str.capitalize, str.upper, str.swapcase)})
_GAPS = st.lists(
    st.one_of(
        st.sampled_from(_MONTH_CASES).map("od ".__add__),
        st.sampled_from(_MONTH_CASES),
        st.sampled_from(("w tym roku", "w 2024 r.", "jest", "wspólnie", "edukacyjny", "„Razem”", "OD", "od", "x")),
    ),
    max_size=5,
).map(lambda gap: "".join(" " + piece for piece in gap))
_DEEDS = st.sampled_from(("projekt", "Projektu", "PROGRAM", "zadania", "ramach projektu"))
_VERBS = st.sampled_from(("realizowany", "prowadzony", "realizują", "organizowane", "będą prowadzić", "robią"))


@settings(max_examples=300)
@given(_DEEDS, _GAPS, _VERBS, _GAPS, st.sampled_from(("przez ", "przez", " ", "")), st.sampled_from(("", "Gmina ")))
def test_the_lower_case_month_tree_matches_what_the_three_cases_matched(
    deed: str, gap: str, verb: str, gap_after: str, end: str, before: str
) -> None:
    """The gap between a project's word and its verb names months with `MONTH_PATTERN_ANY_CASE` (its patterns are
    compiled with IGNORECASE): each pattern finds what it found with `MONTH_PATTERN` (lower, Capitalised, UPPER)."""
    for text in (f"{before}{deed}{gap} {verb}{gap_after} {end}", f"{before}{gap} {verb}{gap_after} {deed}"):
        for regex in (partner_numbered._AGENT_BEFORE, partner_numbered._VERB_BEFORE, partner_numbered._VERB_AFTER):
            assert regex.flags & re.IGNORECASE and MONTH_PATTERN_ANY_CASE in regex.pattern
            was = re.compile(regex.pattern.replace(MONTH_PATTERN_ANY_CASE, MONTH_PATTERN), regex.flags)
            assert was.pattern != regex.pattern
            for at in range(0, len(text) + 1, 4):
                found, expected = regex.search(text, at), was.search(text, at)
                assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_every_month_word_in_every_case_is_read_as_before() -> None:
    """Each month word (four cases) in the gaps, each pattern beside its `MONTH_PATTERN` form."""
    for month in _MONTH_CASES:
        for text in (
            f"projekt od {month} realizowany przez ",
            f"Projekt realizowany od {month} przez ",
            f"zadania od {month}a jest prowadzone przez ",
            f"Program od {month} realizują ",
            f" od {month} realizują od {month} projekt",
            f" od {month[:-1]} realizują projekt",
        ):
            for regex in (partner_numbered._AGENT_BEFORE, partner_numbered._VERB_BEFORE, partner_numbered._VERB_AFTER):
                was = re.compile(regex.pattern.replace(MONTH_PATTERN_ANY_CASE, MONTH_PATTERN), regex.flags)
                found, expected = regex.search(text), was.search(text)
                assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
