"""Realisation periods on typical pages (issue 13, session 8): forms the rules missed, one invented row per host
the form was seen on, and near misses that must not change.  Read through `scrape evaluate`'s entry point.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conventions import Period, period, record

D = date


# A labelled period whose label or value shape was not read: "Start projektu:", a bare "Początek: … Koniec: …"
# pair, and two years joined by a slash after "Termin realizacji:" (seen on a cross-border project's page, an NGO's
# project card and a gmina's list of finished projects).
LABELLED: list[tuple[str, Period]] = [
    (
        "Cel i czas trwania projektu\n  • Start projektu: 12.09.2020\n  • Planowane zakończenie projektu: 30.06.2022",
        (D(2020, 9, 12), D(2022, 6, 30)),
    ),
    ("Start projektu: 1.03.2021\nProjekt współfinansuje Unia Europejska.", (D(2021, 3, 1), None)),
    ("Koniec realizacji zadania: 15.11.2023", (None, D(2023, 11, 15))),
    (
        "DZIAŁAJ RAZEM w gminie Lipno\n\nPoczątek: 2020-04-01 Koniec: 2021-02-28\n\nKonkurs grantowy dla grup.",
        (D(2020, 4, 1), D(2021, 2, 28)),
    ),
    (
        "Całkowity koszt projektu: 120 000,00 zł\n\nTermin realizacji: 2016/2017\n\nTermin złożenia wniosku: maj 2016",
        (D(2016, 1, 1), D(2017, 12, 31)),
    ),
    # near misses: no period
    ("Festyn rodzinny\nPoczątek: 12.05.2024 10:00 Koniec: 12.05.2024 18:00", None),  # a calendar event's hours
    ("Warsztaty\nPoczątek: 2024-05-12, godz. 10.00\nKoniec: 2024-05-12, godz. 14.00", None),
    ("Początek: 2020-04-01\nZapraszamy do składania wniosków.", None),  # a bare label without its twin
    ("Sprawozdanie z działalności za 2016/2017 w załączniku.", None),  # a slash years' pair with no label
    ("Termin realizacji: 2017/2016", None),  # years out of order: not read
    ("Numer umowy: 2016/2017\nWartość: 5 000 zł", None),  # not a period's label
]


@pytest.mark.parametrize(("text", "want"), LABELLED, ids=[row[0][:50] for row in LABELLED])
def test_a_labelled_period_in_its_page_shapes(text: str, want: Period) -> None:
    assert period(text) == want


# A publication cue or dateline with page furniture the reader did not know (seen on a local news site, a gmina's
# CMS that glues screen-reader labels after their values, and a powiat's news page): "Napisano dnia:", a weekday
# between "Data publikacji" and its date, a "źródło:" credit after the stamp.
B = (
    "Gmina Lipno otrzymała dotację celową z budżetu państwa na remont świetlicy wiejskiej w Lipnie, w której od lat "
    "spotykają się mieszkańcy sołectwa, koło gospodyń wiejskich i młodzież z okolicznych wsi."
)
PUBLISHED: list[tuple[str, date | None]] = [
    (f"Dotacje na zajęcia sportowe\n\nNapisano dnia: 2023-02-14 09:12:41\n{B}", D(2023, 2, 14)),
    (
        f"Dotacja na świetlicę\nWtorek, 14-02-2023Data publikacji, Wtorek, 14-02-2023,Jan NowakAutor, Jan Nowak,"
        f"312Ilość wyświetleń, 312\n\n{B}",
        D(2023, 2, 14),
    ),
    (f"Data publikacji: środa, 15 marca 2023\n\n{B}", D(2023, 3, 15)),
    (
        f"Powiat Lipnowski » Aktualności\n2023-02-14, 12:30 źródło: Powiat Lipnowski\n\nMilion dla szpitala\n\n{B}",
        D(2023, 2, 14),
    ),
    # near misses: no publication date
    (f"Zebranie wiejskie\n\n2023-02-14, 18:00 spotkanie w świetlicy w Lipnie\n\n{B}", None),  # an event's day and hour
    (f"{B}\nZebranie sołeckie, czwartek, 16-02-2023, w świetlicy wiejskiej\n\n{B}", None),  # a meeting's weekday
    (f"Napisano w 2023 roku na podstawie sprawozdania.\n\n{B}", None),  # no day
]


@pytest.mark.parametrize(("text", "want"), PUBLISHED, ids=[row[0][:50] for row in PUBLISHED])
def test_a_publication_cue_in_its_page_shapes(text: str, want: date | None) -> None:
    assert record(text).published == want


# The work's deadline said as an obligation (seen on a library's, a powiat's and a gmina library's page): "trzeba
# zakończyć najpóźniej <date>", "trzeba wydać do końca tego roku" (the year the post is published in).  The third
# form, a sentence opening on "Do końca <month year>" with a verb of the work's result, is not read (a strict xfail).
DEADLINES: list[Any] = [
    (
        "Zadanie w części opłacanej z dotacji, a także rozliczenie wkładu własnego, trzeba zakończyć najpóźniej "
        "15 listopada 2022 r.",
        (None, D(2022, 11, 15)),
    ),
    (
        "Opublikowano: 10.05.2023\n\nPieniądze z dotacji celowej z budżetu państwa, przekazane przez wojewodę, "
        "trzeba wydać do końca tego roku.",
        (None, D(2023, 12, 31)),
    ),
    pytest.param(
        "Do końca października 2022 biblioteki z Gminy Lipno powiększą księgozbiór o nowości wydawnicze.",
        (None, D(2022, 10, 31)),
        marks=pytest.mark.xfail(strict=True, reason="a sentence opening on 'Do końca' with a verb of a result"),
    ),
    # near misses: no period
    ("Wnioski trzeba złożyć najpóźniej 1 lutego 2022 r. w sekretariacie urzędu.", None),  # a call's deadline
    ("Wyniki konkursu zostaną ogłoszone najpóźniej do 17 marca 2023 r.", None),  # not the work
    ("O grant mogą się ubiegać stowarzyszenia zarejestrowane najpóźniej 31 grudnia 2021 r.", None),
    ("Pieniądze trzeba wydać do końca tego roku.", None),  # no publication date: no year
    ("Opublikowano: 10.05.2023\n\nW lipcu tego roku odbędzie się festyn rodzinny.", None),
]


@pytest.mark.parametrize(("text", "want"), DEADLINES, ids=[str(getattr(r, "values", r)[0])[:50] for r in DEADLINES])
def test_the_works_deadline_is_the_periods_end(text: str, want: Period) -> None:
    assert period(text) == want


# A year the project runs in, not introduced by "w" and a verb (seen on a gmina's newsletter, a welfare centre's
# page and a gmina's list of grants): "realizowane przez cały 2007 r.", "koszt realizacji zadania w 2021 roku".  The
# third form, a list item's trailing years ("Budowa kanalizacji …, 2021-2022 r."), is not read (a strict xfail).
YEARS: list[Any] = [
    (
        "Opracowaliśmy 12 projektów, które będą realizowane przez cały 2009 r. na obszarze trzech gmin.",
        (D(2009, 1, 1), D(2009, 12, 31)),
    ),
    (
        "Wysokość dotacji wynosi: 4 100,00 zł\nCałkowity koszt realizacji zadania w 2022 roku wynosi: 5 200,00 zł",
        (D(2022, 1, 1), D(2022, 12, 31)),
    ),
    pytest.param(
        "Gmina Lipno pozyskała:\n\n- 900.000,00 zł na Budowa kanalizacji sanitarnej w Lipnie, 2021-2022 r.",
        (D(2021, 1, 1), D(2022, 12, 31)),
        marks=pytest.mark.xfail(strict=True, reason="a list item's trailing years with no cue"),
    ),
    # near misses: no period
    ("Gmina dostała dotację na realizację zadania w 2021 roku.", None),  # the funding's year
    ("Koszt realizacji zadań w 2021 roku wyniósł 5 000 zł.", None),  # many tasks: a budget's year
    ("W 2019 roku Biblioteka dostała dotację z programu.", None),  # the funding's year
    ("Nabór wniosków trwał przez cały 2020 r.", None),  # a call
]


@pytest.mark.parametrize(("text", "want"), YEARS, ids=[str(getattr(r, "values", r)[0])[:50] for r in YEARS])
def test_the_year_a_project_runs_in(text: str, want: Period) -> None:
    assert period(text) == want


# A year a verb of running dates when what runs is not the work (seen on a gmina's mid-term summary, a school's page
# and a powiat's call): spending ("wydatki … zrealizowano"), an order ("zrealizował zamówienie"), or what a call's
# offers must be about ("Oferty mają dotyczyć działań prowadzonych w 2012 roku").
NOT_THE_WORK: list[Any] = [
    ("W roku 2020 wydatki Gminy zrealizowano w 96,10% planu.", None),
    ("W listopadzie 2022 Szkoła Podstawowa w Lipnie zrealizowała zamówienie na sprzęt w kwocie 20.000zł.", None),
    ("Oferty mają dotyczyć działań prowadzonych w 2023 roku; trzeba je złożyć do 7 marca.", None),
    # near misses: the work's year stays
    ("W 2021 r. Stowarzyszenie realizuje zadanie finansowane z budżetu Gminy Lipno.", (D(2021, 1, 1), D(2021, 12, 31))),
    ("W 2022 roku Gmina zrealizowała projekt budowy drogi.", (D(2022, 1, 1), D(2022, 12, 31))),
    (
        "Na podstawie oferty złożonej w konkursie Stowarzyszenie realizuje zadanie od 1 marca do 30 czerwca 2023 r.",
        (D(2023, 3, 1), D(2023, 6, 30)),
    ),
]


@pytest.mark.parametrize(("text", "want"), NOT_THE_WORK, ids=[row[0][:50] for row in NOT_THE_WORK])
def test_a_year_of_spending_an_order_or_a_calls_offers_is_not_the_period(text: str, want: Period) -> None:
    assert period(text) == want


# A start said with a verb of launching or running away from the work's noun (seen on a scouting district's page, a
# foundation's grant notice and a sports federation's page): "Świetlice projektu „…”, który prowadzi …, ruszyły
# 1 września 2019 roku", "Budowę hospicjum … od 2015 r. prowadzi Fundacja".  The third form, "Realizacja zadania ma
# ruszyć w marcu" (a modal verb, the year only in the headline), is not read (a strict xfail).
STARTS: list[Any] = [
    (
        "Kluby projektu „Podwórko Lipno”, który prowadzi nasze Stowarzyszenie, ruszyły 1 października 2021 roku.",
        (D(2021, 10, 1), None),
    ),
    (
        "Krótki opis zadania: Budowę domu opieki w Lipnie od 2017 r. prowadzi Fundacja Dobra Wola, która szuka "
        "pieniędzy na jej dokończenie.",
        (D(2017, 1, 1), None),
    ),
    (  # a modal "ma ruszyć" and a month whose year is in the headline (s16: extract.period_yearless)
        "Pływamy 2024\n\nW tym etapie chcemy objąć wsparciem 200 grup. Realizacja zadania ma ruszyć w marcu.",
        (D(2024, 3, 1), None),
    ),
    (
        "Projekt realizowany w ramach programu „Aktywni+” ruszył 1 września 2023 r.",
        (D(2023, 9, 1), None),
    ),  # a programme named after the work's noun: the project's launch
    # near misses: no period
    ("Program „Aktywni+”, w którym gmina realizuje projekt, ruszył 1 września 2023 r.", None),  # the scheme's launch
    ("Nabór uczestników do projektu „Podwórko Lipno” ruszył 1 marca 2024 r.", None),  # a call's launch
    ("Konkurs plastyczny dla uczestników projektu w Gminie Lipno ruszył 2 maja 2024 r.", None),  # a contest's
    ("Od 2015 r. prowadzi sklep spożywczy w Lipnie.", None),  # no work named
    ("Sklep w Lipnie od 2015 r. prowadzi pani Anna.", None),
    # the work's clause ends at a comma or "któr…": what runs since then is another body's business
    ("Gmina przeprowadziła remont świetlicy, którą od 2012 r. prowadzi Koło Gospodyń Wiejskich.", None),
    ("Gmina wyremontowała świetlicę w ramach projektu, a od 2012 r. prowadzi ją Koło Gospodyń Wiejskich.", None),
]


@pytest.mark.parametrize(("text", "want"), STARTS, ids=[str(getattr(r, "values", r)[0])[:50] for r in STARTS])
def test_a_start_said_with_a_verb_away_from_the_works_noun(text: str, want: Period) -> None:
    assert period(text) == want
