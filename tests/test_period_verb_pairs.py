"""Two period constructions unseen text used (issue 13, s16): a start verb and an end verb in one sentence (the
project's own start and end, as explicit as "od … do …"), and "w latach" after an EU programme's name that are not
an EU programming period (the work's years, with a run verb in the sentence)."""

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
        # the start and end verbs of the project, then a part of the work's own range: the project's pair
        # "skończy" as "zakończy" (b30, read after it was scored)
        ("Projekt potrwa 24 miesiące – zacznie się 2020-10-01 i skończy 2022-09-30.", (D(2020, 10, 1), D(2022, 9, 30))),
        ("Projekt ruszył 1 marca 2021 r. i skończył się 30 czerwca 2022 r.", (D(2021, 3, 1), D(2022, 6, 30))),
        (
            "Projekt rozpoczął się 1 marca 2021 r., a potrwa do końca czerwca 2023 r. Zajęcia w szkołach trwają od"
            " września 2021 r. do maja 2023 r.",
            (D(2021, 3, 1), D(2023, 6, 30)),
        ),
        (
            "Zadanie rozpoczęło się 2 stycznia 2022 roku i potrwa do końca listopada 2022 roku. Warsztaty odbywają"
            " się od lutego do października 2022 r.",
            (D(2022, 1, 2), D(2022, 11, 30)),
        ),
        (
            "Realizacja projektu rozpoczęła się w styczniu 2020 r., a zakończy się w grudniu 2021 r. Szkolenia"
            " prowadzone będą od marca 2020 r. do czerwca 2021 r.",
            (D(2020, 1, 1), D(2021, 12, 31)),
        ),
        (
            "Przedsięwzięcie rozpoczęto 15 kwietnia 2018 r., a zakończono 30 listopada 2018 r. Konsultacje trwały od"
            " maja do września 2018 r.",
            (D(2018, 4, 15), D(2018, 11, 30)),
        ),
        # a range printed first keeps its place (the earlier of two equally explicit statements)
        (
            "Projekt trwa od 1 lutego 2022 r. do 31 stycznia 2024 r. Pierwszy etap rozpoczął się 1 lutego 2022 r., a"
            " zakończy 30 czerwca 2022 r.",
            (D(2022, 2, 1), D(2024, 1, 31)),
        ),
    ],
)
def test_a_start_and_end_verb_pair_outranks_a_later_range(text: str, expected: tuple[date | None, date | None]) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wyróżniono projekt „Razem łatwiej”, realizowany przez Miejski Ośrodek Pomocy Społecznej w ramach"
            " Poddziałania 7.1.1 Programu Operacyjnego Kapitał Ludzki w latach 2009-2012.",
            (D(2009, 1, 1), D(2012, 12, 31)),
        ),
        (
            "Projekt był realizowany przez Gminę Nowa Wieś w ramach Regionalnego Programu Operacyjnego w latach"
            " 2016-2018.",
            (D(2016, 1, 1), D(2018, 12, 31)),
        ),
        (
            "Nagrodę otrzymał projekt prowadzony przez PCPR w ramach PO KL w latach 2010-2013.",
            (D(2010, 1, 1), D(2013, 12, 31)),
        ),
        (
            "Zadanie zrealizowane przez Powiat w ramach programu EFS w latach 2011–2012 przyniosło efekty.",
            (D(2011, 1, 1), D(2012, 12, 31)),
        ),
        (
            "Szkolenia prowadzono w ramach Europejskiego Funduszu Społecznego w latach 2017 - 2019.",
            (D(2017, 1, 1), D(2019, 12, 31)),
        ),
    ],
)
def test_years_after_an_eu_programme_that_are_no_programming_period_date_the_work(
    text: str, expected: tuple[date | None, date | None]
) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an EU programming period: the programme's years
        "Projekt realizowany w ramach Programu Operacyjnego Kapitał Ludzki w latach 2007-2013.",
        "Projekt realizowany w ramach Regionalnego Programu Operacyjnego w latach 2014-2020.",
        "Projekt prowadzony w ramach Funduszy Europejskich w latach 2021-2027.",
        # "na lata" names the programme
        "Projekt realizowany w ramach Regionalnego Programu Operacyjnego na lata 2016-2018.",
        # no run verb: money, not work
        "Gmina otrzymała środki z Regionalnego Programu Operacyjnego w latach 2008-2010.",
        # a national programme has years of its own
        "Projekt realizowany w ramach rządowego programu operacyjnego w latach 2019-2021.",
    ],
)
def test_a_programmes_years_stay_no_period(text: str) -> None:
    assert sides(text) is None


def sides_on(text: str, published: date | None) -> tuple[date | None, date | None] | None:
    period, _ = find_period(text, reference=published)
    return None if period is None else (period.start, period.end)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the year just named (a deadline's) before the yearless range
        (
            "Wnioski przyjmowane są do 11 lipca 2025 r. Wybrane projekty zostaną zrealizowane od 1 sierpnia do 14"
            " listopada.",
            None,
            (D(2025, 8, 1), D(2025, 11, 14)),
        ),
        (
            "Edycja 2024 programu ruszyła. Zajęcia w ramach projektu prowadzone będą od 3 czerwca do 27 września.",
            None,
            (D(2024, 6, 3), D(2024, 9, 27)),
        ),
        # the publication's year when no year is named before
        (
            "Zajęcia w ramach projektu prowadzone będą od 1 czerwca do 30 września.",
            D(2023, 5, 10),
            (D(2023, 6, 1), D(2023, 9, 30)),
        ),
        ("Projekt realizowany jest od kwietnia do listopada.", D(2022, 3, 1), (D(2022, 4, 1), D(2022, 11, 30))),
        ("Warsztaty realizujemy od stycznia do 15 marca.", D(2021, 1, 4), (D(2021, 1, 1), D(2021, 3, 15))),
        ("Zadanie będzie wykonywane od 2 maja do końca czerwca.", D(2020, 4, 1), None),  # "do końca" is no day
    ],
)
def test_a_yearless_range_takes_the_year_just_named_or_the_publications(
    text: str, published: date | None, expected: tuple[date | None, date | None] | None
) -> None:
    assert sides_on(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Nabór wniosków trwa od 1 sierpnia do 14 sierpnia.", D(2024, 7, 1)),  # a call window
        ("Wnioski można składać od 1 marca do 31 marca.", D(2024, 2, 1)),
        ("Biblioteka jest czynna od czerwca do września.", D(2024, 5, 1)),  # no verb of the work
        ("Projekt realizowany jest od października do maja.", D(2024, 5, 1)),  # over a year's turn: which one?
        ("Zajęcia w ramach projektu prowadzone będą od 1 czerwca do 30 września.", None),  # no year anywhere
        ("Projekt realizowany jest od 31 lutego do 30 marca.", D(2024, 1, 1)),  # no such day
    ],
)
def test_a_yearless_range_gives_no_period_where_no_year_or_no_work(text: str, published: date | None) -> None:
    assert sides_on(text, published) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Instytut realizuje projekt wsparcia dla UTW od kwietnia 2014. W tym roku bierze w nim udział dziesięć"
            " uniwersytetów. Zajęcia są bezpłatne.\n\nObecna edycja projektu potrwa do końca października 2018 r.",
            (D(2014, 4, 1), D(2018, 10, 31)),
        ),
        (
            "Projekt „Aktywni razem” realizowany jest od 1 marca 2020 r. Uczestnicy biorą udział w warsztatach i"
            " wyjazdach. Dziękujemy wszystkim za zaangażowanie. Projekt potrwa do 28 lutego 2022 r.",
            (D(2020, 3, 1), D(2022, 2, 28)),
        ),
        (
            "Stowarzyszenie realizuje projekt od września 2021 roku. Do udziału zgłosiło się 40 osób. Zajęcia"
            " prowadzą trenerzy. Realizacja projektu zakończy się 30 czerwca 2023 r.",
            (D(2021, 9, 1), D(2023, 6, 30)),
        ),
    ],
)
def test_a_projects_start_and_end_said_apart_are_joined(text: str, expected: tuple[date | None, date | None]) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two ends: which one closes the start is not said
        (
            "Projekt realizowany jest od 1 marca 2020 r. Do udziału zgłosiło się 40 osób. Pierwszy moduł projektu"
            " potrwa do 30 czerwca 2020 r. Drugi moduł projektu potrwa do 31 grudnia 2020 r.",
            (None, D(2020, 6, 30)),
        ),
        # the end's sentence does not name the project
        (
            "Projekt realizowany jest od 1 marca 2020 r. Do udziału zgłosiło się 40 osób. Remont sali potrwa do 30"
            " czerwca 2020 r.",
            (None, D(2020, 6, 30)),
        ),
    ],
)
def test_a_start_said_apart_is_not_joined_when_the_pair_is_not_clear(
    text: str, expected: tuple[date | None, date | None]
) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Do końca 2022 roku gmina zrealizuje projekt.", D(2022, 12, 31)),
        ("Do końca 2022 r. Gmina Kęsy wybuduje nową świetlicę.", D(2022, 12, 31)),
        ("Do końca października 2021 r. biblioteka zakupi nowości wydawnicze.", D(2021, 10, 31)),
        ("Do 30 września 2023 r. Fundacja przeprowadzi 20 warsztatów.", D(2023, 9, 30)),
        ("Do końca czerwca 2022 r. zostanie wyremontowana świetlica.", D(2022, 6, 30)),
        ("Do 31 marca 2024 r. gminy muszą zrealizować zadania.", D(2024, 3, 31)),
        ("Do końca 2024 r. projekt ma zostać zakończony.", D(2024, 12, 31)),
        ("Do 30 czerwca 2023 r. zajęcia będą prowadzone w świetlicy.", D(2023, 6, 30)),
        ("Informujemy. Do dnia 15 grudnia 2025 r. powiat wyremontuje drogę.", D(2025, 12, 15)),
    ],
)
def test_a_sentence_opening_on_do_and_a_date_then_a_verb_of_the_work_gives_the_end(text: str, end: date) -> None:
    assert sides(text) == (None, end)


@pytest.mark.parametrize(
    "text",
    [
        "Do końca 2020 r. gmina zrealizowała 5 projektów.",  # past: work counted
        "Do 15 kwietnia 2023 r. należy złożyć wniosek.",  # a deadline, no verb of the work
        "Do końca marca 2022 r. trzeba złożyć sprawozdanie z realizacji zadania.",  # a noun of the work
        "Do 30 czerwca 2023 r. można składać oferty na realizację zadań.",
        "Do końca 2023 roku z programu skorzystało 500 osób.",
    ],
)
def test_a_sentence_opening_on_do_without_a_verb_of_the_work_gives_no_period(text: str) -> None:
    assert sides(text) is None


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("Projekt rozpocznie się we wrześniu.", D(2023, 5, 10), D(2023, 9, 1)),
        ("Realizacja zadania ma ruszyć w marcu.", D(2024, 1, 15), D(2024, 3, 1)),
        ("Zajęcia w ramach projektu ruszą w październiku.", D(2022, 8, 1), D(2022, 10, 1)),
        ("Budowa świetlicy rozpoczyna się w maju.", D(2021, 4, 2), D(2021, 5, 1)),
        # the year just named, with no publication date
        ("Umiem Pływać 2024. Realizacja zadania ma ruszyć w marcu.", None, D(2024, 3, 1)),
        ("Wnioski przyjęto do 15 stycznia 2025 r. Projekt zacznie się w lutym.", None, D(2025, 2, 1)),
    ],
)
def test_a_start_said_ahead_in_a_yearless_month(text: str, published: date | None, start: date) -> None:
    assert sides_on(text, published) == (start, None)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Nabór wniosków do projektu ruszy w marcu.", D(2024, 1, 1)),  # a call's start
        ("Rekrutacja do projektu rozpocznie się we wrześniu.", D(2024, 1, 1)),
        ("Uczniowie wyruszą w maju na wycieczkę.", D(2024, 1, 1)),  # a trip, no work named
        ("Działalność Centrum w ramach projektu ma ruszyć w listopadzie przyszłego roku.", D(2024, 12, 5)),  # next year
        ("Projekt rozpocznie się we wrześniu.", None),  # no year anywhere
    ],
)
def test_a_yearless_start_gives_no_period_for_a_call_a_trip_or_another_year(text: str, published: date | None) -> None:
    assert sides_on(text, published) is None
