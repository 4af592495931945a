"""Numbered units of one kind named by their kind's plural ("Szkoły Podstawowe nr 8, 32 i 36 w X": one unit for each
number, the seat each one's) read as partners where they carry one project out: the agent of a passive participle
of carrying out or the subject of a plural verb of it (tests/realtext/README.md, seventh round: a joint subject, all
partners); not a plural with one number, venues, recipients, several projects or no project."""

from __future__ import annotations

import pytest

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
