"""A participle on a programme dates the programme, not the project ("Kontynuuje on program Wspierania Inicjatyw
Obywatelskich, prowadzony w latach 2006-2007"), as a relative clause on it does; a project's or a named work's
participle keeps its dates."""

from __future__ import annotations

from datetime import date

import pytest

from extract.fields import read_fields

G = "Stowarzyszenie dostanie grant 10 000 zł. "


def _period(text: str) -> tuple[date | None, date | None] | None:
    found = read_fields(text, published=date(2024, 5, 1)).period
    return (found.start, found.end) if found else None


@pytest.mark.parametrize(
    "text",
    [
        G + "Kontynuuje on program Wspierania Inicjatyw Obywatelskich, prowadzony w latach 2006-2007.",
        G + "To następca programu „Razem”, realizowanego w latach 2006-2007.",
        G + "Wziął udział w programie Aktywności Lokalnej, wdrażanym od 2006 do 2007 roku.",
    ],
)
def test_programme_years(text: str) -> None:
    assert _period(text) is None


@pytest.mark.parametrize(
    "text",
    [
        G + "Na projekt prowadzony w latach 2006-2007 stowarzyszenie wyda całą kwotę.",
        "Projekt, prowadzony w latach 2006-2007, kosztował 10 000 zł.",
        # a work named in the programme's phrase: the project's own run
        G + "W ramach programu projekt prowadzony w latach 2006-2007 objął 20 osób.",
    ],
)
def test_project_years(text: str) -> None:
    assert _period(text) == (date(2006, 1, 1), date(2007, 12, 31))


def test_a_programme_opening_the_sentence_is_left_to_the_run_rule() -> None:
    # a sentence opening with the programme and its run, a named unit carrying it out: the unit's period
    text = (
        "Program „Opieka wytchnieniowa” realizowany od 1.01.2024 do 31.12.2024 przez MOPS w Rybniku kosztuje 50 000 zł."
    )
    assert _period(text) == (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        # the participle agrees with the project, not with the programme's noun (review of s18)
        "Projekt „Cyfrowa szkoła” współfinansowany ze środków Unii Europejskiej w ramach Regionalnego Programu "
        "Operacyjnego Województwa Mazowieckiego na lata 2014-2020, realizowany od 01.01.2019 do 31.12.2020.",
        "Gmina Rybno realizuje projekt „Aktywni seniorzy” w ramach programu Senior+, realizowany od 1 stycznia 2019 r. "
        "do 31 grudnia 2020 r.",
        "Gmina Rybno prowadzi zajęcia w ramach programu Senior+, prowadzone od 1 stycznia 2019 r. "
        "do 31 grudnia 2020 r.",
    ],
)
def test_a_participle_of_the_project(text: str) -> None:
    assert _period(text) == (date(2019, 1, 1), date(2020, 12, 31))
