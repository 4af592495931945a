"""A month's first three letters between a day and a year ("16 cze 2014", "3 lis. 2021"), as some CMS and BIP
systems print a publication row; alone, or with no year, the letters are no month ("sie" is "się" without its
diacritic, "lis" a fox)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.dates import find_dates

_ABBREVIATIONS = ("sty", "lut", "mar", "kwi", "cze", "lip", "sie", "wrz", "paź", "lis", "gru")
_MONTH_OF = dict(zip(_ABBREVIATIONS, (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12), strict=True))


def _days(text: str) -> list[date]:
    return [mention.value for mention in find_dates(text) if mention.precision == "day"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("16 cze 2014 09:16", [date(2014, 6, 16)]),
        ("poniedziałek, 16 cze 2014", [date(2014, 6, 16)]),
        ("3 lis. 2021", [date(2021, 11, 3)]),
        ("16 Cze 2014", [date(2014, 6, 16)]),
        ("1 PAŹ 2020", [date(2020, 10, 1)]),
        ("1 paz 2020", [date(2020, 10, 1)]),
    ],
)
def test_read(text: str, want: list[date]) -> None:
    assert _days(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Spotkanie odbędzie sie 16 czerwca.",  # "sie" with no day before it and no year after
        "lis 2014",  # no day
        "16 cze",  # no year
        "16 czek 2014",  # a longer word
        "5 mar 2020 zł",  # a sum, not a year
    ],
)
def test_not_read(text: str) -> None:
    assert _days(text) == []


@given(
    st.integers(min_value=1, max_value=28),
    st.sampled_from(_ABBREVIATIONS),
    st.integers(min_value=1995, max_value=2035),
    st.booleans(),
)
def test_every_month_in_its_short_form(day: int, short: str, year: int, dot: bool) -> None:
    text = f"{day} {short}{'.' if dot else ''} {year}"
    assert _days(text) == [date(year, _MONTH_OF[short], day)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Gmina kupiła 2 lis 2000 kg karmy.", []),  # a quantity after a year-like number (review of s18)
        ("ok. 15 lip 2000 m2 powierzchni", []),
        ("16 cze 2014 r.", [date(2014, 6, 16)]),
        ("16 cze 2014 roku", [date(2014, 6, 16)]),
        ("16 cze 2014, 09:16", [date(2014, 6, 16)]),
    ],
)
def test_what_follows_the_year(text: str, want: list[date]) -> None:
    assert _days(text) == want
