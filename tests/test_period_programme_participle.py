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
        G + "Program Aktywności Lokalnej wdrażany od 2006 do 2007 roku miał wielu uczestników.",
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
