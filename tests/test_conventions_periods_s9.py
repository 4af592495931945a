"""Realisation periods against the written rules (issue 13, session 9): a programme's years and its own run are
no period, a call's term for the tasks it funds is.  Invented passages, reworded from the forms seen on tune
passages of several hosts; each rule with near misses that must not change.  Read through `scrape evaluate`'s
entry point.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conventions import Period, period

D = date


def _ids(rows: list[Any]) -> list[str]:
    return [str(getattr(row, "values", row)[0])[:50] for row in rows]


# "na lata" closing a programme's name gives the programme's years, a local one's too (tests/realtext/README.md:
# "a powiat's Program Rozwoju Pieczy Zastępczej na lata 2018-2020 … a programme's years: no period"; seen on a
# welfare centre's, a powiat family centre's and another powiat family centre's page).
NAMED_PROGRAMMES: list[Any] = [
    ("Rada Powiatu Lipnowskiego przyjęła Powiatowy Program Rozwoju Pieczy Zastępczej na lata 2019-2021.", None),
    ("w sprawie uchwalenia Programu Aktywności Lokalnej Gminy Lipno na lata 2012-2014\n\nRada Gminy postanawia:", None),
    (
        "Rada Miejska przyjęła do realizacji Program Osłonowy w zakresie dożywiania ?POSIŁEK DLA KAŻDEGO? na lata "
        "2015 -2021.",
        None,
    ),
    ("Gminny Program Wspierania Rodziny na lata 2019-2021", None),
    # near misses: the years of work stay
    ("Dzięki programowi Gmina Lipno zrealizuje projekt na lata 2022-2023.", (D(2022, 1, 1), D(2023, 12, 31))),
    ("Gmina przystąpiła do Programu. Zadanie zaplanowano na lata 2022-2023.", (D(2022, 1, 1), D(2023, 12, 31))),
    ("Program działa od lat, a nasz klub realizuje go w latach 2022-2023.", (D(2022, 1, 1), D(2023, 12, 31))),
]


@pytest.mark.parametrize(("text", "want"), NAMED_PROGRAMMES, ids=_ids(NAMED_PROGRAMMES))
def test_years_closing_a_programmes_name_are_no_period(text: str, want: Period) -> None:
    assert period(text) == want


# A programme's own run for many units (tests/realtext/README.md: "Program będzie prowadzony od 1 stycznia do 31
# grudnia 2024 r.", for all gminy; seen on a welfare centre's and a rural portal's page about one national programme).
PROGRAMME_RUNS: list[Any] = [
    (
        "Program, skierowany do wszystkich gmin w kraju, będzie realizowany od 1 stycznia 2025 r. do 31 grudnia "
        "2025 r.",
        None,
    ),
    (
        "Program będzie prowadzony od dnia 1 stycznia 2026 r. do dnia 31 grudnia 2026 r.; gminy, które do niego "
        "przystąpią, otrzymają do 80% kosztów.",
        None,
    ),
    # near misses: a programme a unit runs, a project for many units, many units in another sentence
    (
        "Gmina Lipno przystąpiła do programu Opieka 75+. Program realizowany jest od 01.01.2025 r. do 31.12.2025 r.",
        (D(2025, 1, 1), D(2025, 12, 31)),
    ),
    (
        "Projekt, adresowany do wszystkich gmin powiatu, trwa od 1 marca 2024 r. do 30 czerwca 2024 r.",
        (D(2024, 3, 1), D(2024, 6, 30)),
    ),
    (
        "Program trwa w Lipnie od 1 lutego 2024 r. do 30 listopada 2024 r. Wszystkie gminy powiatu dostały dotacje.",
        (D(2024, 2, 1), D(2024, 11, 30)),
    ),
]


@pytest.mark.parametrize(("text", "want"), PROGRAMME_RUNS, ids=_ids(PROGRAMME_RUNS))
def test_a_programmes_own_run_for_many_units_is_no_period(text: str, want: Period) -> None:
    assert period(text) == want


# A call for a public task names the year the task is carried out: the call's term for its tasks, the period
# (tests/realtext/README.md; seen on a powiat's BIP, a town's BIP and a gmina's call results).
PUBLIC_TASK_YEARS: list[Any] = [
    ("Burmistrz Lipna podaje wyniki otwartego konkursu na realizację zadań publicznych w roku 2016.", 2016),
    ("Rozstrzygnięto otwarty konkurs ofert na realizację w 2024 r. zadania publicznego z zakresu kultury.", 2024),
    (
        "Zarząd Powiatu ogłasza otwarty konkurs ofert na powierzenie prowadzenia w 2022 roku punktu nieodpłatnej "
        "pomocy prawnej.",
        2022,
    ),
    # near misses: a year that names money for a realisation, a call's year for many tasks
    ("Wojewoda przekazał Gminie dotację na realizację w 2020 roku programu „Posiłek w szkole i w domu”.", None),
    ("Zadanie poprowadzi Stowarzyszenie Lipno, a na jego realizację w 2023 r. przeznaczono 130.000,00 zł.", None),
    ("W otwartym konkursie ofert na zadania publiczne Województwa w 2020 roku dofinansowano nasz wniosek.", None),
]


@pytest.mark.parametrize(("text", "year"), PUBLIC_TASK_YEARS, ids=_ids(PUBLIC_TASK_YEARS))
def test_the_year_a_calls_public_task_is_carried_out(text: str, year: int | None) -> None:
    assert period(text) == ((D(year, 1, 1), D(year, 12, 31)) if year else None)


# A call's term for carrying out its tasks, said after the call's cue, is the period (tests/realtext/README.md: "A
# call's term for carrying out the tasks it funds … is the period"; seen on a gmina's BIP relaying a voivodeship's
# call); the window for sending applications is not.
CALL_TERMS: list[Any] = [
    (
        "Zgłaszać można projekty, których realizacja jest planowana od dnia 1 czerwca 2022 roku do dnia "
        "15 października 2022 roku.",
        (D(2022, 6, 1), D(2022, 10, 15)),
    ),
    (
        "Wnioski przyjmujemy do 15 marca 2024 r., a zadania muszą być zrealizowane do 30 listopada 2024 r.",
        (None, D(2024, 11, 30)),
    ),
    # near misses: the window for applications
    ("Nabór wniosków na realizację projektów potrwa od 1 do 15 marca 2024 r.", None),
    ("Wnioski o dofinansowanie realizacji zadań można składać od 2 stycznia 2024 r. do 31 stycznia 2024 r.", None),
    ("Zgłoszenia na realizację zadań przyjmujemy od 1 lutego 2024 r. do 20 lutego 2024 r.", None),
]


@pytest.mark.parametrize(("text", "want"), CALL_TERMS, ids=_ids(CALL_TERMS))
def test_a_calls_term_for_its_tasks_is_the_period(text: str, want: Period) -> None:
    assert period(text) == want


# An end printed without its year after a dated start, the year said once (seen on a gmina's page and a welfare
# centre's project page; the mirror of "od 28 stycznia do 8 lutego 2019 r."): "od" before the start, or the start's
# verb linked to "i potrwa do".
YEARLESS_ENDS: list[Any] = [
    (
        "Działania trwają od czerwca 2022 r. do 30 września\n2022 r. w trzech świetlicach.",
        (D(2022, 6, 1), D(2022, 9, 30)),
    ),
    ("W Gminie Lipno projekt rusza 3 marca 2025 roku i potrwa do 20 czerwca.", (D(2025, 3, 3), D(2025, 6, 20))),
    ("Zajęcia w klubie prowadzimy od 1 września 2023 r. do 30 czerwca.", (D(2023, 9, 1), D(2024, 6, 30))),
    # near misses: a call, an event and a deadline, a start with no "od" nor a start verb
    ("Nabór rusza 1 marca 2024 r. i potrwa do 15 marca.", None),
    ("Spotkanie odbędzie się 5 maja 2024 r., a zgłoszenia przyjmujemy do 30 kwietnia.", None),
    ("Dnia 8 kwietnia 2024 roku wywiesiliśmy ogłoszenie i potrwa do 17 kwietnia.", None),
]


@pytest.mark.parametrize(("text", "want"), YEARLESS_ENDS, ids=_ids(YEARLESS_ENDS))
def test_an_end_without_its_year_after_a_dated_start(text: str, want: Period) -> None:
    assert period(text) == want
