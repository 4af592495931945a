"""Deadlines (extract.deadlines): the date a "zgłoszenia … do" cue leads to, never any date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.dates import find_dates
from extract.deadlines import find_deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Zgłoszenia przyjmowane są do 15 marca 2024 r.", date(2024, 3, 15)),
        ("Termin składania wniosków: do dnia 31.01.2025 r.", date(2025, 1, 31)),
        ("Wnioski należy składać w terminie do 30.06.2023.", None),  # "składać" is not a cue word
        ("Oferty można nadsyłać do 2024-05-10.", date(2024, 5, 10)),
        ("Termin naboru do końca marca 2024 r.", None),  # "końca marca" is not read as a date
        ("Termin naboru upływa do marca 2024 r.", date(2024, 3, 31)),  # a month: its last day
        ("Nabór trwa od 1 do 15 marca 2024 r.", None),  # no cue
        ("Spotkanie odbędzie się 15 marca 2024 r.", None),
        ("Zgłoszenia przyjmujemy. Do 15 marca 2024 r. trwa remont.", None),  # the cue is in another sentence
        ("", None),
    ],
)
def test_deadline(text: str, deadline: date | None) -> None:
    found, warnings = find_deadline(text)
    assert (found, warnings) == (deadline, [])


def test_an_unreadable_date_after_the_cue_is_a_warning() -> None:
    assert find_deadline("Zgłoszenia przyjmowane są do 31.02.2024 r.") == (
        None,
        ['deadline not read: impossible date "31.02.2024"'],
    )


def test_the_callers_dates_are_used() -> None:
    text = "Zgłoszenia przyjmowane są do 15 marca br."  # "br.": this year, the reference's
    reference = date(2024, 1, 10)
    assert find_deadline(text, reference=reference) == (date(2024, 3, 15), [])
    assert find_deadline(text, mentions=find_dates(text, reference=reference)) == (date(2024, 3, 15), [])
    assert find_deadline(text, mentions=[]) == (None, [])
    assert find_deadline(text) == (
        None,
        ['deadline not read: relative date "15 marca br." cannot be resolved: no publication date'],
    )


@given(st.text(max_size=400))
def test_never_raises(text: str) -> None:
    found, warnings = find_deadline(text)
    assert found is None or not warnings


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_any_day_after_the_cue_is_the_deadline(day: date) -> None:
    assert find_deadline(f"Zgłoszenia przyjmowane są do {day:%d.%m.%Y} r.") == (day, [])
