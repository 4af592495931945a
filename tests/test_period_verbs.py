"""The verbs of carrying out the work in every person and tense as a period's cue (`extract.period_verbs`)."""

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
        # realizować / zrealizować in every person: an end after "do", a start after "od"
        ("Projekt realizujemy od 1 lipca 2023 r.", (D(2023, 7, 1), None)),
        ("Projekt realizujemy do 30 czerwca 2024 r.", (None, D(2024, 6, 30))),
        ("Zadanie partnerzy realizują od 1 lipca 2023 roku.", (D(2023, 7, 1), None)),
        ("Zadanie zrealizujemy do końca 2024 roku.", (None, D(2024, 12, 31))),
        ("Oba projekty gminy zrealizują do 15 listopada 2022 r.", (None, D(2022, 11, 15))),
        ("Projekt realizowaliśmy od marca 2021 r.", (D(2021, 3, 1), None)),
        # prowadzić, poprowadzić, przeprowadzić: the work's end
        ("Zajęcia w ramach projektu prowadzimy do 30 czerwca 2024 r.", (None, D(2024, 6, 30))),
        ("Zajęcia w projekcie poprowadzą trenerzy do końca maja 2023 r.", (None, D(2023, 5, 31))),
        ("Szkolenia przeprowadzimy do 31 grudnia 2025 roku.", (None, D(2025, 12, 31))),
        ("Projekt prowadzi Stowarzyszenie do 31.12.2024 r.", (None, D(2024, 12, 31))),
        # wykonać, wykonywać
        ("Roboty wykonamy do 30 września 2023 r.", (None, D(2023, 9, 30))),
        ("Prace wykonają firmy do końca października 2022 r.", (None, D(2022, 10, 31))),
        ("Zadanie wykonano do 15.12.2021 r.", (None, D(2021, 12, 15))),
        ("Prace będą wykonywane od 1 kwietnia 2024 r.", (D(2024, 4, 1), None)),
    ],
)
def test_every_form_of_the_work_verb_is_a_cue(text: str, expected: tuple[date | None, date | None]) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a body's history: the active "prowadzi" with "od" and a year is no project's start
        "Stowarzyszenie prowadzi świetlicę od 2010 roku.",
        "Prowadzimy zajęcia dla dzieci od 2015 r.",
        "Fundacja wykonała już od 2012 roku kilkadziesiąt remontów.",
        # a contest or a call run from or until a date
        "Samorząd Województwa prowadzi konkurs „Małopolskie Remizy” od 2009 roku.",
        "Prowadzimy nabór do 30 czerwca 2024 r.",
        "Ośrodek prowadzi zapisy do 15 lipca 2023 r.",
        # nouns, never the verb: "wykonawca", "realizator", "wykonanie"
        "Wykonawca do 30 czerwca 2024 r. musi złożyć ofertę.",
        "Realizator do 30 czerwca 2024 r. przedstawi sprawozdanie.",
    ],
)
def test_near_misses_give_no_period(text: str) -> None:
    assert sides(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year with the work's verb in any form is the whole year (tests/realtext/README.md: "a year with a verb of
        # running the project gives the whole year")
        ("Zadanie zostanie wykonane w 2024 r.", (D(2024, 1, 1), D(2024, 12, 31))),
        ("Remont świetlicy wykonamy w 2024 roku.", (D(2024, 1, 1), D(2024, 12, 31))),
        ("Prace zostaną przeprowadzone w 2024 roku.", (D(2024, 1, 1), D(2024, 12, 31))),
        ("W 2022 roku w ramach zadania wykonano nową nawierzchnię.", (D(2022, 1, 1), D(2022, 12, 31))),
        # the future passive of making, mending, equipping: the year the work is still to be done in
        ("W 2021 r. w ramach projektu zostanie przygotowana dokumentacja.", (D(2021, 1, 1), D(2021, 12, 31))),
        ("W 2024 roku zostanie wyremontowana droga gminna w Kowalach.", (D(2024, 1, 1), D(2024, 12, 31))),
        ("W roku 2025 zostaną zamontowane panele na szkole.", (D(2025, 1, 1), D(2025, 12, 31))),
        ("Świetlica zostanie rozbudowana i doposażona w 2023 r.", (D(2023, 1, 1), D(2023, 12, 31))),
        ("W 2023 roku będą zakupione nowe książki.", (D(2023, 1, 1), D(2023, 12, 31))),
    ],
)
def test_a_year_with_the_work_verb(text: str, expected: tuple[date | None, date | None]) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a building's history (past), the money, a call, a signature: no period
        "Świetlica została wybudowana w 1975 roku.",
        "W 2021 r. zostanie przyznana dotacja na remont.",
        "Dotacja zostanie przekazana w 2024 roku.",
        "W 2024 roku zostanie ogłoszony nabór wniosków.",
        "W 2024 r. zostanie podpisana umowa o dofinansowanie.",
        "We wrześniu 2015 r. przeprowadzono rekrutację do projektu.",
        "Rekrutację przeprowadzimy w 2024 roku.",
        # spending's "wykonanie" and a call's participle
        "Wydatki bieżące Gminy w 2023 r. zostały wykonane w 97 procentach.",
        "Listę zadań ustalono w 2023 roku na podstawie naboru przeprowadzonego w lipcu 2022 r.",
    ],
)
def test_a_year_without_the_work_gives_none(text: str) -> None:
    assert sides(text) is None
