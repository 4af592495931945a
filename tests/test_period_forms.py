"""Range forms of a period: the words Polish puts between and before its ends ("od początku", "od roku", a dash and
"do" both, two years joined by "i")."""

from __future__ import annotations

from datetime import date

import pytest

from extract.periods import find_period

D = date


def sides(text: str) -> tuple[date | None, date | None] | None:
    period, _ = find_period(text)
    return None if period is None else (period.start, period.end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "od początku …", "do końca …": the span's first and last day
        ("Projekt był realizowany od początku 2018 r. do końca 2019 r.", (D(2018, 1, 1), D(2019, 12, 31))),
        ("Projekt był realizowany od początku 2018 roku.", (D(2018, 1, 1), None)),
        ("Zadanie trwało od początku kwietnia do końca maja 2018 r.", (D(2018, 4, 1), D(2018, 5, 31))),
        (
            "Prace prowadzone są od początku marca 2023 roku do końca czerwca 2023 roku.",
            (D(2023, 3, 1), D(2023, 6, 30)),
        ),
        # "od roku … do roku …"
        ("Projekt realizowany jest od roku 2018 do roku 2019.", (D(2018, 1, 1), D(2019, 12, 31))),
        ("Projekt będzie realizowany od roku 2024.", (D(2024, 1, 1), None)),
        # a dash and "do" both
        ("Projekt realizowany był w terminie od 01.04.2018 r. - do 31.05.2018 r.", (D(2018, 4, 1), D(2018, 5, 31))),
        ("Zadanie realizowane od 1 lipca 2022 r. – do 30 września 2022 r.", (D(2022, 7, 1), D(2022, 9, 30))),
        # two years joined by "i" (or "oraz")
        ("Projekt realizowany jest w latach 2018 i 2019.", (D(2018, 1, 1), D(2019, 12, 31))),
        ("Projekt realizowany jest w 2018 i 2019 roku.", (D(2018, 1, 1), D(2019, 12, 31))),
        ("Zadanie realizowane było w roku 2020 oraz 2021.", (D(2020, 1, 1), D(2021, 12, 31))),
        ("Gmina realizuje projekt w latach 2022 i 2023.", (D(2022, 1, 1), D(2023, 12, 31))),
        # a yearless start after the span's noun, with no "od"
        (
            "Każda inicjatywa zostanie zrealizowana w okresie 31 lipca do 10 listopada 2015.",
            (D(2015, 7, 31), D(2015, 11, 10)),
        ),
        ("Zadanie wykonano w terminie 1 do 15 marca 2021 r.", (D(2021, 3, 1), D(2021, 3, 15))),
    ],
)
def test_range_forms(text: str, expected: tuple[date | None, date | None]) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a budget's years, a programme's years, money years, a call window
        "Gmina wyodrębniła w latach 2011 i 2012 fundusz sołecki w kwocie 678 000 zł.",
        "Program Operacyjny Wiedza Edukacja Rozwój w latach 2014 i 2015 wspierał szkoły.",
        "Nabór wniosków trwa od początku marca do końca kwietnia 2023 r.",
        "W latach 2018 i 2019 gmina otrzymała dotacje z budżetu państwa.",
        "Wnioski można składać od 01.04.2018 r. - do 31.05.2018 r.",
        "Nabór trwa w terminie 1 do 15 marca 2021 r.",
    ],
)
def test_range_forms_near_misses(text: str) -> None:
    assert sides(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two months of one year joined by "i" or "oraz", the year once, with a verb of running
        ("Zajęcia odbywały się w lipcu i sierpniu 2022 r.", (D(2022, 7, 1), D(2022, 8, 31))),
        ("Projekt realizowany był w kwietniu oraz maju 2018 roku.", (D(2018, 4, 1), D(2018, 5, 31))),
        (
            "W październiku i listopadzie 2023 r. Stowarzyszenie prowadziło warsztaty.",
            (D(2023, 10, 1), D(2023, 11, 30)),
        ),
    ],
)
def test_two_months_joined(text: str, expected: tuple[date | None, date | None]) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "W lipcu i sierpniu 2022 r. gmina otrzymała dotacje.",  # money, no work
        "Nabór prowadzony był w lipcu i sierpniu 2022 r.",  # a call
        "Projekt realizowany był w maju i kwietniu 2018 r.",  # months out of order: no span
    ],
)
def test_two_months_joined_near_misses(text: str) -> None:
    assert sides(text) is None
