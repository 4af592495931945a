"""Realisation periods on text the rules had not seen (issue 13, session 10, round 3: b20 and b21 of dev).  Invented
passages reworded from those pages and their variants, read through `scrape evaluate`'s entry point; each rule with
near misses that must not change.

- The year said once for both ends, whichever pair of words joins them: "od … do …" and "(po)między … a …"
  ("zadanie trzeba wykonać między 1 kwietnia a 31 sierpnia 2023 roku").
- "od" with the month's noun before the month, as officials write it: "od miesiąca września 2020 roku", "od m-ca
  marca", and "do miesiąca …" closing the range.
- A consequence of the funding dated "od": "Dzięki temu od 1 kwietnia 2011 r. świetlica będzie mogła dalej działać",
  "Dlatego od miesiąca września 2020 roku przywitamy kolejnych uczestników" after the grant was told.
- A term every task a call funds must keep ("Każde dofinansowane zadanie trzeba zrealizować do 1 grudnia 2023 roku")
  is the call's term for its tasks: the period (tests/realtext/README.md).
- The year the work is to run in and its last day in one sentence ("zadanie trzeba zrealizować w 2026 roku, a dotację
  wykorzystać najpóźniej do 31 grudnia 2026 r.") are one period from the year's first day.
- The years of an LGD's LSR (its Lokalna Strategia Rozwoju) are a strategy's, as any strategy's.
- An application's sentence names the years asked for, no period ("złożyła wniosek o dotację … na lata 2019-2020",
  "wystąpił o pieniądze …, by prowadzić w roku 2023 program"), in every person and tense.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conventions import Period, period

D = date


def _ids(rows: list[Any]) -> list[str]:
    return [str(row[0])[:50] for row in rows]


# Seen on a voivode's call in a regional news site (malopolskaonline.pl); "od … do" with the year once is read
# on many hosts already.
YEAR_ONCE: list[Any] = [
    (
        "Wojewoda przeznacza na konkurs 350 000 zł; zadanie trzeba wykonać między 1 kwietnia a 31 sierpnia 2023 roku.",
        (D(2023, 4, 1), D(2023, 8, 31)),
    ),
    ("Prace będą prowadzone pomiędzy 1 marca a 30 czerwca 2024 r.", (D(2024, 3, 1), D(2024, 6, 30))),
    ("Zadanie zostanie zrealizowane między 1 a 15 marca 2021 r.", (D(2021, 3, 1), D(2021, 3, 15))),
    ("Projekt realizowano między 1.09 a 31.12.2022 r.", (D(2022, 9, 1), D(2022, 12, 31))),
    # near misses: a call's window, an event's days
    ("Nabór wniosków potrwa między 1 marca a 30 marca 2023 r.", None),
    ("Wystawę można oglądać między 3 a 28 maja 2024 r. w holu urzędu.", None),
]


@pytest.mark.parametrize(("text", "want"), YEAR_ONCE, ids=_ids(YEAR_ONCE))
def test_the_year_said_once_between_two_ends(text: str, want: Period) -> None:
    assert period(text) == want


# Seen on a gmina's social-care facility page (arkadia.dobrcz.pl); the month's noun before its name is an official's
# wording in every form.
MONTH_NOUN: list[Any] = [
    ("Projekt jest realizowany od miesiąca września 2020 roku.", (D(2020, 9, 1), None)),
    ("Zadanie realizowano od m-ca marca 2021 r. do m-ca czerwca 2021 r.", (D(2021, 3, 1), D(2021, 6, 30))),
    (
        "Projekt jest realizowany od miesiąca września 2020 roku do miesiąca czerwca 2021 roku.",
        (D(2020, 9, 1), D(2021, 6, 30)),
    ),
    ("Od miesiąca lutego 2022 r. Gmina prowadzi program „Opieka 75+”.", (D(2022, 2, 1), None)),
    # near miss: a law in force from a month is no work
    ("Od miesiąca stycznia 2024 r. obowiązuje nowa stawka opłaty.", None),
]


@pytest.mark.parametrize(("text", "want"), MONTH_NOUN, ids=_ids(MONTH_NOUN))
def test_od_with_the_months_noun(text: str, want: Period) -> None:
    assert period(text) == want


# Seen on an association's page (serca.org.pl), a gmina's social-care page (arkadia.dobrcz.pl) and a city library's
# page (biblioteka.rybnik.pl: "Dzięki niemu od czerwca …", no year, so no period).
CONSEQUENCE: list[Any] = [
    (
        "Regionalne Centrum przyznało Stowarzyszeniu 5000 zł dotacji na zadanie „Świetlica”.\n\n"
        "Dzięki temu od 1 kwietnia 2011 r. świetlica będzie mogła dalej działać.",
        (D(2011, 4, 1), None),
    ),
    (
        "Gminie Dobrcz przyznano środki finansowe na utrzymanie 6 nowych miejsc w Domu.\n\n"
        "Dlatego od miesiąca września 2020 roku przywitamy w naszych progach kolejnych uczestników!",
        (D(2020, 9, 1), None),
    ),
    (
        "Fundacja dostała grant z programu. W związku z tym od 2 stycznia 2024 r. zajęcia będą bezpłatne.",
        (D(2024, 1, 2), None),
    ),
    ("Dzięki dotacji z budżetu województwa od marca 2022 r. klub przyjmie dwudziestu seniorów.", (D(2022, 3, 1), None)),
    # near misses: no funding told before it; no year
    ("Dlatego od 1 stycznia 2024 r. zmieniamy godziny otwarcia urzędu.", None),
    ("Biblioteka dostała dofinansowanie. Dzięki niemu od czerwca w filii będzie realizowany projekt.", None),
]


@pytest.mark.parametrize(("text", "want"), CONSEQUENCE, ids=_ids(CONSEQUENCE))
def test_a_consequence_of_the_funding_dated_od_starts_the_period(text: str, want: Period) -> None:
    assert period(text) == want


# Seen on a regional news site's powiat call (zdunskawola.naszemiasto.pl), a programme's FAQ
# (aktywniobywatele.org.pl) and a portal's programme notice (dev b9-2clickportal: "Samorządy muszą zakończyć projekty
# … do 30.09.2023 r.", labelled the period).
EVERY_TASKS_TERM: list[Any] = [
    ("Każde dofinansowane zadanie trzeba zrealizować do 1 grudnia 2023 roku.", (None, D(2023, 12, 1))),
    ("Wszystkie projekty muszą zostać zrealizowane do 30 listopada 2022 r.", (None, D(2022, 11, 30))),
    ("Każdy grant należy wykorzystać do 31 grudnia 2024 r.", (None, D(2024, 12, 31))),
    # near misses: an application's or an offer's deadline
    ("Każdy wniosek trzeba złożyć do 1 grudnia 2023 roku.", None),
    ("Wszystkie oferty należy składać do 9 marca 2023 r.", None),
]


@pytest.mark.parametrize(("text", "want"), EVERY_TASKS_TERM, ids=_ids(EVERY_TASKS_TERM))
def test_a_term_every_funded_task_keeps_is_the_period(text: str, want: Period) -> None:
    assert period(text) == want


# Seen on a gmina's call (obrowo.pl); the year of a public task is read on many hosts already.
YEAR_AND_LAST_DAY: list[Any] = [
    (
        "Warunki: zadanie trzeba zrealizować w 2026 roku, a dotację wykorzystać najpóźniej do 31 grudnia 2026 r.",
        (D(2026, 1, 1), D(2026, 12, 31)),
    ),
    (
        "Projekt będzie realizowany w 2024 roku, a środki trzeba wydać do 30 listopada 2024 r.",
        (D(2024, 1, 1), D(2024, 11, 30)),
    ),
    # near miss: the year in another sentence leaves the end alone
    (
        "Zadanie trzeba zrealizować w 2026 roku. Dotację trzeba wykorzystać najpóźniej do 31 października 2026 r.",
        (None, D(2026, 10, 31)),
    ),
]


@pytest.mark.parametrize(("text", "want"), YEAR_AND_LAST_DAY, ids=_ids(YEAR_AND_LAST_DAY))
def test_the_year_of_the_work_and_its_last_day(text: str, want: Period) -> None:
    assert period(text) == want


# Seen on an LGD's call (dorzeczewisly.pl) and an LGD's news (polnocne-mazowsze: "LSR 2014-2020").
LSR_YEARS: list[Any] = [
    ("Ten zakres wpisuje się w LSR dla Lokalnej Grupy Działania – Dorzecze Wisły na lata 2014-2020.", None),
    ("Operacja jest zgodna z SRLKS Stowarzyszenia LGD na lata 2023-2027.", None),
    # near miss: the LSR in the sentence before
    ("Operacja wpisuje się w LSR. Projekt będzie realizowany w latach 2024-2025.", (D(2024, 1, 1), D(2025, 12, 31))),
]


@pytest.mark.parametrize(("text", "want"), LSR_YEARS, ids=_ids(LSR_YEARS))
def test_an_lsrs_years_are_no_period(text: str, want: Period) -> None:
    assert period(text) == want


# Seen on a gmina's waste page (odpady.kartuzy.pl), a regional news site (radomskie24.pl), a gmina's call results
# (eu-crg Kościan: "ubiegały się o zlecenie im w 2022 roku zadań") and a culture centre's page (centrum-polaniec:
# "Wniosek o dofinansowanie złożyliśmy …").
APPLIED_FOR: list[Any] = [
    (
        "Gmina złożyła do Wojewódzkiego Funduszu wniosek o dotację, z której miały zostać pokryte demontaż i "
        "utylizacja azbestu na lata 2019-2020.",
        None,
    ),
    (
        "Powiat znów wystąpił o pieniądze z Funduszu Solidarnościowego, by prowadzić w roku 2023 program „Asystent”.",
        None,
    ),
    ("Stowarzyszenie ubiega się o dotację na prowadzenie klubu w latach 2024-2025.", None),
    ("Wniosek o dofinansowanie złożyliśmy na realizację zadania w latach 2021-2022.", None),
    # near misses: the money came in the same sentence; an application named apart from the work's sentence
    (
        "Gmina złożyła wniosek o dotację i otrzymała ją na realizację projektu w latach 2019-2020.",
        (D(2019, 1, 1), D(2020, 12, 31)),
    ),
    (
        "Gmina złożyła wniosek o dotację. Projekt będzie realizowany w latach 2019-2020.",
        (D(2019, 1, 1), D(2020, 12, 31)),
    ),
]


@pytest.mark.parametrize(("text", "want"), APPLIED_FOR, ids=_ids(APPLIED_FOR))
def test_an_applications_years_are_no_period(text: str, want: Period) -> None:
    assert period(text) == want


# The review of the round: near misses the first rules read as periods, or periods they dropped.
REVIEW: list[Any] = [
    # "wystąpić o" what is no money, and a clause of its own between the application and the dates, keep the period
    (
        "W ramach projektu wystąpią o godz. 17 dzieci; projekt trwa od 1 do 30 czerwca 2023 r.",
        (D(2023, 6, 1), D(2023, 6, 30)),
    ),
    (
        "Wójt wystąpił o zgodę Rady, a projekt realizowany jest od 1 marca do 30 czerwca 2023 r.",
        (D(2023, 3, 1), D(2023, 6, 30)),
    ),
    (
        "Stowarzyszenie, które wystąpiło o dotację, realizuje projekt od 1 marca do 30 czerwca 2023 r.",
        (D(2023, 3, 1), D(2023, 6, 30)),
    ),
    # "dzięki" a person, or "tym samym", is no consequence of the funding
    ("Gmina otrzymała dotację na remont świetlicy. Dzięki mieszkańcom od 1990 roku działa tu orkiestra dęta.", None),
    ("Gmina otrzymała dotację na remont drogi. Tym samym od 1 stycznia 2024 r. wzrosła opłata za śmieci.", None),
    # the year of one project and the last day of the next are not one period
    ("Projekt zrealizowano w 2020 roku, a kolejny potrwa do 31 grudnia 2026 r.", (None, D(2026, 12, 31))),
]


@pytest.mark.parametrize(("text", "want"), REVIEW, ids=_ids(REVIEW))
def test_the_reviews_near_misses(text: str, want: Period) -> None:
    assert period(text) == want


def test_a_year_and_an_end_join_only_within_a_sentences_reach() -> None:
    """The join reads at most one sentence's reach between them, which keeps a page of many years before one end
    linear (33 KB of such years took 2.9 s, 132 KB 50 s): within it they join, past it the end stands alone."""
    year = "Zadanie realizowane w 2026 roku, "
    end = "a dotację trzeba wykorzystać do 31 grudnia 2026 r."
    assert period(year + "przy udziale mieszkańców, " * 3 + end) == (D(2026, 1, 1), D(2026, 12, 31))
    assert period(year + "przy udziale mieszkańców, " * 12 + end) == (None, D(2026, 12, 31))
