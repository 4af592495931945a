"""Realisation periods and publication dates on real text (issue 13, session 10).  Invented passages reworded
from tune passages of several hosts, read through `scrape evaluate`'s entry point; each rule with near misses
that must not change.

Periods: an unlabelled range ("od … do …", "… – …") is the period only where its sentence (or, alone on its line,
the line above) says it is the work's time, as every other unlabelled form already must (a verb of running or
carrying out, "w okresie", "w terminie", the project or task named): a bare range is as often a call's or a
review's window, an event's days or a closure.  "obowiązuje od" dates a law, a rate or a resolution, never the
work.  The verbs of spending in all their forms ("wydały … do", "wykorzystano do") and "w miesiącu" before a month.

Publication dates: a date under or beside the name days ("Imieniny: …") is the site's widget of today's date; a URL
segment naming a section by a date and time ("/2012-02-03-09-03-31/…") is no date of the post
(tests/realtext/README.md).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conventions import Period, period, record
from extract.periods import find_period

D = date


def _ids(rows: list[Any]) -> list[str]:
    return [str(row[0])[:50] for row in rows]


# Seen worded so on a gmina's WordPress (in-house a02), a powiat's, a welfare centre's and a union of gminas'
# pages: the verb or the noun of the work in the range's sentence, or the label on the line above.
WORDED_RANGES: list[Any] = [
    (
        "Zajęcia dla dzieci odbywać się będą od 17 do 28 lutego 2025 r., od poniedziałku do piątku.",
        (D(2025, 2, 17), D(2025, 2, 28)),
    ),
    (
        "Projekt trwał w okresie 1.01.2013 – 31.12.2014. Poprawił usługi publiczne w gminach.",
        (D(2013, 1, 1), D(2014, 12, 31)),
    ),
    ("Urząd Gminy w Wieprzu poprowadzi projekt od 20.01.2011 do 19.12.2012 roku.", (D(2011, 1, 20), D(2012, 12, 19))),
    ("Otrzymane dofinansowanie wykorzystano w okresie maj – sierpień 2017.", (D(2017, 5, 1), D(2017, 8, 31))),
    (
        "Okres realizacji zadania na terenie Gminy Krościenko nad Dunajcem\n01.01.2024- 31.12.2024r.\n\n"
        "Kwota dofinansowania – 61 247 zł.",
        (D(2024, 1, 1), D(2024, 12, 31)),
    ),
    ("Projekt: IV kwartał 2021 – III kwartał 2022.", (D(2021, 10, 1), D(2022, 9, 30))),
    (
        "Od kwietnia do lipca 2022 r. Gmina Lubanie prowadzi projekt grantowy „Klub Młodzieżowy”.",
        (D(2022, 4, 1), D(2022, 7, 31)),
    ),
    # near misses: no word of the work in the range's sentence
    (
        "Kiedy ruszą konkursy?\n\nProgram przewiduje dwa konkursy: pierwszy zaplanowano na 17 marca – 17 maja 2021, "
        "drugi na początek roku 2022.",
        None,
    ),
    ("Wnioski przyjmowane są do 31.03.2025 roku;\nWnioski zostaną rozpatrzone: 01.04.2025-18.04.2025;", None),
    ("Festyn rodzinny w Lipnie: 12.06.2022 – 13.06.2022. Zapraszamy całe rodziny!", None),
    ("Biblioteka będzie nieczynna od 1 do 15 lipca 2023 r. z powodu remanentu.", None),
    ("Wystawę fotografii można oglądać od 3 do 28 maja 2024 r. w holu urzędu.", None),
    (
        "Festyn rodzinny\n12.06.2022 – 13.06.2022\nZapraszamy na plac przy remizie.",
        None,
    ),  # the line above names no work
]


@pytest.mark.parametrize(("text", "want"), WORDED_RANGES, ids=_ids(WORDED_RANGES))
def test_an_unlabelled_range_needs_a_word_of_the_work(text: str, want: Period) -> None:
    assert period(text) == want


def test_a_range_handed_alone_is_read() -> None:
    """A range that is the whole text (a table cell's value) keeps its reading."""
    found, _ = find_period("01.03.2017-29.02.2020")
    assert found is not None and (found.start, found.end) == (D(2017, 3, 1), D(2020, 2, 29))
    assert find_period("01.03.2017-29.02.2020 festyn")[0] is None


# "obowiązuje od" (a preschool grant rate on a town's BIP, a resolution on a gmina's and a powiat's BIP).
IN_FORCE: list[Any] = [
    ("Zaktualizowana podstawowa kwota dotacji obowiązuje od 1 lipca 2022 r.", None),
    ("Nowy regulamin świetlicy obowiązuje od 1 stycznia 2024 r.", None),
    ("Ustawa o centrach usług społecznych, obowiązująca od 1 stycznia 2020 r., pozwala gminom tworzyć CUS.", None),
    # the work's own verbs keep their dates
    ("Projekt realizowany jest od 1 lipca 2022 r. przez Gminny Ośrodek Pomocy Społecznej.", (D(2022, 7, 1), None)),
]


@pytest.mark.parametrize(("text", "want"), IN_FORCE, ids=_ids(IN_FORCE))
def test_in_force_is_no_period(text: str, want: Period) -> None:
    assert period(text) == want


# The verbs of spending in their past and impersonal forms (a special school's page; "wydać do" and "wydane do" were
# read already), and "w miesiącu" before a month (a town's page on a road).
VERB_FORMS: list[Any] = [
    ("Szkoły wydały te pieniądze do dnia 31 sierpnia 2022 r.", (None, D(2022, 8, 31))),
    ("Środki z dotacji wykorzystano do 30.11.2023 r.", (None, D(2023, 11, 30))),
    ("Gmina wydała całą dotację do końca czerwca 2021 roku.", (None, D(2021, 6, 30))),
    ("Roboty mają się zakończyć w mc wrzesień 2022r.", (None, D(2022, 9, 30))),
    ("Prace zakończą się w miesiącu wrześniu 2022 r.", (None, D(2022, 9, 30))),
    ("Prace budowlane rozpoczęto w miesiącu marcu 2021 r.", (D(2021, 3, 1), None)),
    # near misses: a decision issued, a meeting held in a month
    ("Wójt wydał zarządzenie 12 marca 2022 r. w sprawie ogłoszenia konkursu.", None),
    ("W miesiącu wrześniu 2022 r. odbyło się zebranie wiejskie.", None),
]


@pytest.mark.parametrize(("text", "want"), VERB_FORMS, ids=_ids(VERB_FORMS))
def test_verb_forms(text: str, want: Period) -> None:
    assert period(text) == want


T = "Ogłoszenie otwartego konkursu ofert na prowadzenie punktu nieodpłatnej pomocy prawnej"
B = (
    "Zarząd Powiatu Lipnowskiego ogłasza otwarty konkurs ofert na powierzenie prowadzenia punktu nieodpłatnej pomocy "
    "prawnej i nieodpłatnego poradnictwa obywatelskiego dla mieszkańców powiatu, zgodnie z ustawą o pomocy prawnej."
)

# Two BIPs in tune print the widget (a powiat's on one line, a gmina's on two).
PUBLISHED: list[Any] = [
    (f"Czwartek, 2021-08-05 ( Imieniny: Emila, Karoliny)\n\n{T}\n\n{B}", None),
    (f"Poniedziałek 15.07.2024\nImieniny: Henryka, Włodzimierza\nBiuletyn Informacji Publicznej\n\n{T}\n\n{B}", None),
    # a dateline with no name days stays
    (f"Czwartek, 2021-08-05\n\n{T}\n\n{B}", D(2021, 8, 5)),
]


@pytest.mark.parametrize(("text", "want"), PUBLISHED, ids=_ids(PUBLISHED))
def test_published_lines(text: str, want: date | None) -> None:
    assert record(text).published == want


URLS: list[Any] = [
    ("https://caritas.example.pl/index.php/pl/2012-02-03-09-03-31/od-juniora-do-seniora", None),
    ("https://gmina.example.pl/aktualnosci/2012-02-03-09-03-31", D(2012, 2, 3)),  # the post's own alias
    ("https://gmina.example.pl/2022/06/08/dotacja-na-swietlice/", D(2022, 6, 8)),
    ("https://gmina.example.pl/aktualnosci/2011-03-02-dotacja-na-swietlice", D(2011, 3, 2)),
]


@pytest.mark.parametrize(("url", "want"), URLS, ids=_ids(URLS))
def test_a_section_dated_with_its_time_is_no_post_date(url: str, want: date | None) -> None:
    assert record(f"{T}\n\n{B}", url).published == want


def test_a_post_about_name_days_keeps_its_dateline() -> None:
    text = (
        "Imieniny seniorów w klubie\n\n12.03.2023\n\nSeniorzy z klubu w Lipnie świętowali imieniny koleżanek i kolegów."
    )
    assert record(text).published == D(2023, 3, 12)


# A participle's phrase before its noun dates that noun (a powiat's news page: "w prowadzonym w województwie od 2009
# roku konkursie"): a contest's or a call's run, no project's (tests/realtext/README.md: never a call window).
CALL_NOUN: list[Any] = [
    ("Co roku nasza gmina startuje w prowadzonym w województwie od 2009 roku konkursie Małopolskie Remizy.", None),
    ("Stowarzyszenie bierze udział w ogłaszanym od 2015 r. naborze na małe granty.", None),
    # near misses: the work's own dates; a call in the next sentence
    ("Klub prowadzony jest od 2019 roku przez Gminny Ośrodek Kultury.", (D(2019, 1, 1), None)),
    (
        "Zadanie realizowane będzie od lipca do września 2021 r. Nabór dzieci rozpocznie się w sierpniu.",
        (D(2021, 7, 1), D(2021, 9, 30)),
    ),
]


@pytest.mark.parametrize(("text", "want"), CALL_NOUN, ids=_ids(CALL_NOUN))
def test_dates_before_a_contest_are_the_contests(text: str, want: Period) -> None:
    assert period(text) == want
