"""Realisation periods as real Polish pages print them (the issue's examples and the real-text set's forms).

Whole sentences, not bare phrases: the distractors around a period (a programme's years, a call
window, a signing date) are what the extractor must step over.  Conventions: a month gives its
first or last day, a year its 1 January or 31 December; a side the page does not state is None.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.periods import find_period

D = date

PERIODS = [
    # the programme's years are not the period; the project's own dates are
    (
        "Projekt „Aktywna integracja w gminie Rybno” jest współfinansowany ze środków Europejskiego Funduszu "
        "Społecznego w ramach Regionalnego Programu Operacyjnego Województwa Mazowieckiego na lata 2014-2020. "
        "Projekt realizowany jest od 01.03.2019 r. do 31.12.2020 r.",
        D(2019, 3, 1),
        D(2020, 12, 31),
    ),
    # the call window is not the period
    (
        "Termin naboru: 02.03.2020 r. – 20.03.2020 r. Zadanie będzie realizowane w okresie od 1 kwietnia "
        "2020 r. do 30 listopada 2020 r.",
        D(2020, 4, 1),
        D(2020, 11, 30),
    ),
    # months only: the first day of the first, the last day of the last; the year printed once
    (
        "Zadanie realizowano od lipca do października 2023 r., a jego całkowity koszt wyniósł 48 500,00 zł.",
        D(2023, 7, 1),
        D(2023, 10, 31),
    ),
    ("Projekt trwał marzec- maj 2022 rok i objął 25 uczniów szkoły podstawowej.", D(2022, 3, 1), D(2022, 5, 31)),
    # years with no dash between them
    (
        "Projekt „Aktywny senior” realizowany był W LATACH 2017 2019 przez Gminny Ośrodek Pomocy Społecznej.",
        D(2017, 1, 1),
        D(2019, 12, 31),
    ),
    (
        "Zadanie będzie realizowane od 1 lutego do 30 listopada 2024 r. przez Gminne Centrum Kultury w Rybnie.",
        D(2024, 2, 1),
        D(2024, 11, 30),
    ),
    # a start only
    (
        "Ośrodek Pomocy Społecznej realizuje projekt od 1.09.2020 – rekrutacja uczestników trwa do wyczerpania miejsc.",
        D(2020, 9, 1),
        None,
    ),
    # Roman-numeral months
    ("Okres realizacji projektu: 01.I.2020 r. – 30.VI.2021 r.", D(2020, 1, 1), D(2021, 6, 30)),
    ("Projekt „Cyfrowa szkoła” potrwa do 30.VI.2021 r., a jego wartość to 120 000 zł.", None, D(2021, 6, 30)),
    # an extension moves the end
    (
        "Okres realizacji projektu: 01.01.2020 r. – 31.12.2020 r. Aneksem nr 2 do umowy o dofinansowanie okres "
        "realizacji przedłużono do 30.09.2021 r.",
        D(2020, 1, 1),
        D(2021, 9, 30),
    ),
    (
        "Okres realizacji: 01.01.2020 – 31.12.2020. Termin realizacji projektu wydłużono do 30.06.2021 r.",
        D(2020, 1, 1),
        D(2021, 6, 30),
    ),
    # ... but an extended call moves nothing
    (
        "Okres realizacji: 01.01.2020 – 31.12.2021. Termin naboru uczestników przedłużono do 15.03.2020 r.",
        D(2020, 1, 1),
        D(2021, 12, 31),
    ),
    # an ordinal's ending on the day
    (
        "Gminny Ośrodek Pomocy Społecznej prowadzi ten projekt w okresie od 1-go stycznia 2023 roku do 31-go grudnia "
        "2023 roku (działanie nr 8.3).",
        D(2023, 1, 1),
        D(2023, 12, 31),
    ),
    # label forms: a dash instead of a colon, "Realizacja projektu:", an edge stated with a verb
    (
        "Data rozpoczęcia realizacji projektu – 01.01.2020 r.\nData zakończenia realizacji projektu – 31.12.2021 r.",
        D(2020, 1, 1),
        D(2021, 12, 31),
    ),
    ("Realizacja projektu: 2019-2021\nWartość projektu: 355 075,00 zł", D(2019, 1, 1), D(2021, 12, 31)),
    ("Zakończenie realizacji projektu planowane jest na 31 grudnia 2022 r.", None, D(2022, 12, 31)),
    ("Rozpoczęcie realizacji projektu nastąpiło 1 lipca 2020 r.", D(2020, 7, 1), None),
    # the year or month a project runs in is its period
    (
        "Projekt systemowy, realizowany w 2010 roku, ma poprawić funkcjonowanie społeczne klientów ośrodka.",
        D(2010, 1, 1),
        D(2010, 12, 31),
    ),
    (
        "W 2024 roku Gmina Kadzidło prowadzi Program „Korpus Wsparcia Seniorów”, opłacany z budżetu państwa.",
        D(2024, 1, 1),
        D(2024, 12, 31),
    ),
    # a start or end verb right before (or after) the date
    ("Ośrodek zaczął 01.04.2008 roku realizować projekt „Wiem, że potrafię”.", D(2008, 4, 1), None),
    ("W marcu 2021 r. rozpoczęto realizację projektu „Zielona szkoła”.", D(2021, 3, 1), None),
    ("Roboty budowlane dobiegły końca w październiku 2010 r.", None, D(2010, 10, 31)),
    (
        "Prace rozpoczęły się w kwietniu 2023 r., a zakończyły 29 września 2023 r.",
        D(2023, 4, 1),
        D(2023, 9, 29),
    ),
    # the end of the money's use
    ("Projekt ma zostać zrealizowany do 31.10.2023 r.", None, D(2023, 10, 31)),
    ("Pieniądze pokryją wydatki majątkowe Gminy, a wydane zostaną do końca 2022 roku.", None, D(2022, 12, 31)),
    (
        "Tak jak przewiduje program, 60 procent środków wydano do końca 2021 roku, a 40 procent do końca "
        "sierpnia 2022r.",
        None,
        D(2022, 8, 31),
    ),
    # a sentence opening on "Od" and a date, then a verb of running
    ("Od 23.10.2020r. działa rządowy program „Wspieraj Seniora”, o czym informuje GOPS.", D(2020, 10, 23), None),
    # "r" with its dot left off still belongs to the date, so the range holds
    (
        "Zadanie potrwa od 1 marca 2018 r do 31 sierpnia 2019 r i obejmie czterdziestu uczniów technikum.",
        D(2018, 3, 1),
        D(2019, 8, 31),
    ),
    # Roman months with a year and no day: "IX’21" (an apostrophe for the century), "III.2020"
    (
        "Stowarzyszenie prowadzi mieszkania treningowe dla 30 osób z gminy Bytów w okresie od IX’21 do VIII’22.",
        D(2021, 9, 1),
        D(2022, 8, 31),
    ),
    (
        "Projekt „Razem raźniej” jest realizowany od III.2020 r. do II.2021 r. w Domu Kultury.",
        D(2020, 3, 1),
        D(2021, 2, 28),
    ),
    ("Realizacja: wrzesień’23 – czerwiec’24\nWartość projektu: 80 000 zł", D(2023, 9, 1), D(2024, 6, 30)),
    # edges as a bulleted list under a label, with no colon after them
    (
        "Okres realizacji zadania:\n• rozpoczęcie realizacji zadania 1.03.2022 r.\n"
        "• zakończenie realizacji zadania 30.11.2022 r.\n\nKwota dotacji: 40 000,00 zł",
        D(2022, 3, 1),
        D(2022, 11, 30),
    ),
    (
        "- rozpoczęcie projektu 2.01.2024 r.\n- zakończenie rzeczowe projektu 20.12.2024 r.",
        D(2024, 1, 2),
        D(2024, 12, 20),
    ),
    # the year a project is planned for
    ("Umowę podpisano we wrześniu. Realizację inwestycji zaplanowano na rok 2025.", D(2025, 1, 1), D(2025, 12, 31)),
    (
        "Realizacja projektu jest planowana na 2024 rok, a wniosek złożono w marcu 2023 r.",
        D(2024, 1, 1),
        D(2024, 12, 31),
    ),
    # an earlier project's dates are stepped over only in their own clause
    (
        "Projekt jest kontynuacją działań z lat ubiegłych i będzie realizowany od 1.01.2021 r. do 31.12.2021 r.",
        D(2021, 1, 1),
        D(2021, 12, 31),
    ),
    # an edition's dates are this edition's task's
    (
        "W ramach edycji 2024 programu gmina realizuje zadanie od 1 lipca do 31 grudnia 2024 r.",
        D(2024, 7, 1),
        D(2024, 12, 31),
    ),
    # a call stated in the next sentence does not make the period a call window
    (
        "Zadanie realizowane będzie od lipca do września 2021 r. Nabór dzieci do nowych grup ruszy w sierpniu.",
        D(2021, 7, 1),
        D(2021, 9, 30),
    ),
    # "zaczyna się …, a kończy …": the bare "kończy" as the second half of a start
    (
        "Stowarzyszenie dostało grant. Realizacja zaczyna się 03.12.2018, a kończy 03.06.2019.",
        D(2018, 12, 3),
        D(2019, 6, 3),
    ),
]


@pytest.mark.parametrize(("text", "start", "end"), PERIODS)
def test_real_period(text: str, start: date | None, end: date | None) -> None:
    found, warnings = find_period(text)
    assert found is not None and (found.start, found.end) == (start, end)
    assert warnings == []


def test_a_month_without_a_year_takes_the_publication_year() -> None:
    text = "Od lipca mieszkańcy gminy, którzy opiekują się bliskimi, mogą korzystać z Programu Opieka Wytchnieniowa."
    found = find_period(text, reference=D(2020, 9, 9))[0]
    assert found is not None and (found.start, found.end, found.text) == (D(2020, 7, 1), None, "Od lipca")
    assert find_period(text)[0] is None  # no publication date: no year, no period


NOT_PERIODS = [
    "Nabór wniosków kończy się 30.06.2021 r.",  # a bare "kończy" is a call's end as often as a project's
    "Konkurs grantowy jest finansowany z Programu Operacyjnego Polska Cyfrowa na lata 2014-2020.",
    "Środki pochodzą z Europejskiego Funduszu Społecznego w ramach RPO WM 2014-2020.",
    "Termin naboru: 02.03.2020 r. – 20.03.2020 r.",
    "Nabór ruszył 31 stycznia 2020 r. i potrwa do 28 lutego 2020 r. (do godziny 12:00).",
    "Wnioski do wojewody można składać od 27 lipca do 10 sierpnia 2020 r.",
    "Nabór wniosków w programie „Aktywny samorząd 2024” startuje od 1 marca 2024 r.",
    "Rekrutacja rozpoczęła się 1 marca 2021 r.",
    "Wnioski w Module I przyjmowane są od 1 marca 2024 r. do 31 sierpnia 2024 r.",
    "Dotację udzielono w ramach zadania „Place zabaw dla dzieci na terenach wiejskich w latach 2006-2010 .”",
    "Zakres umowy wynika z Uchwały Nr 149 Rady Ministrów z dnia 23 sierpnia 2023r. w sprawie ustanowienia "
    "programu na lata 2024-2028.",
    "Pieniądze pójdą na obsługę opasek kupionych w ramach Programu realizowanego w 2022 r.",
    "Zarząd PFRON zatwierdził warunki, które w 2019 roku obowiązują realizatorów programu.",
    "Umowę o dofinansowanie podpisano 28 lipca 2023 r. w Urzędzie Marszałkowskim.",
    "Od 1 stycznia 2021 r. obowiązuje nowa stawka opłat.",
    "Od 1 lipca 2021 r. mieszkańcy, którzy mają zaległości, mogą korzystać z rat, o czym informuje skarbnik.",
    # a stage of the work, not the whole period
    "Najpierw, od lutego do maja 2024 roku, potrwają prace projektowe, a świetlica ma ruszyć jesienią.",
    "W pierwszym etapie remont sali gimnastycznej potrwa do końca czerwca 2023 r.",
    # a window for people to collect or apply, dated at the opening of its sentence
    "Od 5.12.2023 r. do 15.12.2023 r. Ośrodek wydawał paczki żywnościowe kupione w ramach projektu.",
    "W dniach od 3 do 14 lipca 2023 r. trwa nabór uczestników do projektu „Aktywni razem”.",
    # an earlier project's or edition's year
    "Projekt „Rodzina razem” jest dalszym ciągiem zadania, które w 2021 r. prowadziło Stowarzyszenie „Dom”.",
    "W poprzedniej edycji programu w 2022 roku gmina realizowała podobne zajęcia dla seniorów.",
    # a stage's date is not the plan of the whole project
    "Otwarcie projektu zaplanowano na marzec 2024 r., a nabór ruszy w lutym.",
]


@pytest.mark.parametrize("text", NOT_PERIODS)
def test_not_the_period(text: str) -> None:
    assert find_period(text)[0] is None
