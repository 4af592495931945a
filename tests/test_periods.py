"""Realisation periods: the most explicit phrase wins; impossible ends are warned, not fixed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.periods import PeriodMention, find_period
from seed_texts import SEEDS

D = date


def span(text: str, reference: date | None = None) -> tuple[date | None, date | None, str]:
    period, warnings = find_period(text, reference=reference)
    assert period is not None, warnings
    assert warnings == []
    assert text[period.pos : period.pos + len(period.text)] == period.text
    return period.start, period.end, period.text


# --- the seed pages -------------------------------------------------------------------------


def test_seed_001_labelled_period() -> None:
    period, warnings = find_period(SEEDS["001"])
    assert period == PeriodMention(
        D(2020, 10, 4),
        D(2022, 10, 31),
        "04.10.2020 r. – 31.10.2022 r.",
        SEEDS["001"].index("04.10.2020"),
    )
    assert warnings == []


def test_seed_003_impossible_end() -> None:
    period, warnings = find_period(SEEDS["003"])
    assert period is not None
    assert (period.start, period.end, period.text) == (None, None, "do 31.03.20121 r.")
    assert warnings == ['impossible date "31.03.20121" in period']


def test_seed_004_main_text() -> None:
    # "Gminny Program Wspierania Rodziny na lata 2019-2021": a local programme's years, no period
    # (tests/realtext/README.md, the period rule)
    main = SEEDS["004"][: SEEDS["004"].index("Zobacz także")]
    assert find_period(main) == (None, [])


def test_seed_004_whole_page_takes_the_event_range() -> None:
    # The related-news list holds "od 28 stycznia do 8 lutego 2019 r.", which outranks "na lata";
    # the extractor runs find_period on the main text only (test above).
    assert span(SEEDS["004"])[:2] == (D(2019, 1, 28), D(2019, 2, 8))


@pytest.mark.parametrize("key", ["000", "002"])
def test_seeds_without_period(key: str) -> None:
    # 000: "od 1 kwietnia 2008 r." is a visitor counter's start, not a realisation period
    assert find_period(SEEDS[key]) == (None, [])


# --- formats --------------------------------------------------------------------------------

PERIODS = [
    # labelled
    (
        "Okres realizacji projektu: 04.10.2020 r. – 31.10.2022 r.",
        D(2020, 10, 4),
        D(2022, 10, 31),
        "04.10.2020 r. – 31.10.2022 r.",
    ),
    (
        "Okres realizacji: 01.01.2019 - 31.12.2019",
        D(2019, 1, 1),
        D(2019, 12, 31),
        "01.01.2019 - 31.12.2019",
    ),
    (
        "Termin realizacji: 01.03.2020 — 28.02.2022",
        D(2020, 3, 1),
        D(2022, 2, 28),
        "01.03.2020 — 28.02.2022",
    ),
    (
        "Czas trwania projektu: od 01.03.2020 do 28.02.2022",
        D(2020, 3, 1),
        D(2022, 2, 28),
        "od 01.03.2020 do 28.02.2022",
    ),
    ("Okres realizacji projektu:\n2019-2021", D(2019, 1, 1), D(2021, 12, 31), "2019-2021"),
    ("Okres realizacji: 2020 – 2022 r.", D(2020, 1, 1), D(2022, 12, 31), "2020 – 2022 r."),
    (
        "Okres realizacji: I kwartał 2021 – IV kwartał 2022",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "I kwartał 2021 – IV kwartał 2022",
    ),
    ("Okres realizacji: 2021 r.", D(2021, 1, 1), D(2021, 12, 31), "2021 r."),
    ("Okres realizacji: marzec 2020", D(2020, 3, 1), D(2020, 3, 31), "marzec 2020"),
    ("Termin realizacji: 31.12.2021", None, D(2021, 12, 31), "31.12.2021"),
    ("Termin realizacji zadania: do 30.06.2021 r.", None, D(2021, 6, 30), "do 30.06.2021 r."),
    ("Okres realizacji: od 1 lipca 2019 r.", D(2019, 7, 1), None, "od 1 lipca 2019 r."),
    (
        "Okres realizacji: od 28 stycznia do 8 lutego 2019 r.",
        D(2019, 1, 28),
        D(2019, 2, 8),
        "od 28 stycznia do 8 lutego 2019 r.",
    ),
    (
        "Data rozpoczęcia projektu: 01.01.2020\nData zakończenia projektu: 31.12.2021",
        D(2020, 1, 1),
        D(2021, 12, 31),
        "01.01.2020\nData zakończenia projektu: 31.12.2021",
    ),
    ("Data zakończenia realizacji: 31.12.2021", None, D(2021, 12, 31), "31.12.2021"),
    # ranges
    (
        "04.10.2020 r. – 31.10.2022 r.",
        D(2020, 10, 4),
        D(2022, 10, 31),
        "04.10.2020 r. – 31.10.2022 r.",
    ),
    ("04.10.2020r.-31.10.2022r.", D(2020, 10, 4), D(2022, 10, 31), "04.10.2020r.-31.10.2022r."),
    ("04.10.2020‐31.10.2022", D(2020, 10, 4), D(2022, 10, 31), "04.10.2020‐31.10.2022"),
    ("2020-01-01 – 2021-12-31", D(2020, 1, 1), D(2021, 12, 31), "2020-01-01 – 2021-12-31"),
    (
        "od 1 stycznia 2020 r. do 31 grudnia 2021 r.",
        D(2020, 1, 1),
        D(2021, 12, 31),
        "od 1 stycznia 2020 r. do 31 grudnia 2021 r.",
    ),
    (
        "Od dnia 1 stycznia 2020 r. do dnia 31 grudnia 2021 r.",
        D(2020, 1, 1),
        D(2021, 12, 31),
        "Od dnia 1 stycznia 2020 r. do dnia 31 grudnia 2021 r.",
    ),
    ("01.2020 – 06.2021", D(2020, 1, 1), D(2021, 6, 30), "01.2020 – 06.2021"),
    (
        "od marca 2020 do czerwca 2021",
        D(2020, 3, 1),
        D(2021, 6, 30),
        "od marca 2020 do czerwca 2021",
    ),
    ("od 2019 do 2021 r.", D(2019, 1, 1), D(2021, 12, 31), "od 2019 do 2021 r."),
    ("od 1 do 15 marca 2021", D(2021, 3, 1), D(2021, 3, 15), "od 1 do 15 marca 2021"),
    ("od marca do czerwca 2021", D(2021, 3, 1), D(2021, 6, 30), "od marca do czerwca 2021"),
    ("od 1.03. do 31.03.2021", D(2021, 3, 1), D(2021, 3, 31), "od 1.03. do 31.03.2021"),
    (
        "W dniach od 28 stycznia do 8 lutego 2019 r. trwają ferie zimowe",
        D(2019, 1, 28),
        D(2019, 2, 8),
        "od 28 stycznia do 8 lutego 2019 r.",
    ),
    # years
    (
        "Plan prac remontowych na lata 2019-2021",
        D(2019, 1, 1),
        D(2021, 12, 31),
        "na lata 2019-2021",
    ),
    ("w latach 2019–2021", D(2019, 1, 1), D(2021, 12, 31), "w latach 2019–2021"),
    ("na lata 2019 - 2021", D(2019, 1, 1), D(2021, 12, 31), "na lata 2019 - 2021"),
    # open ends
    ("Projekt trwa do 31.03.2021 r.", None, D(2021, 3, 31), "do 31.03.2021 r."),
    ("Projekt realizowany jest do 30.06.2021", None, D(2021, 6, 30), "do 30.06.2021"),
    ("Projekt potrwa do końca maja 2026 roku.", None, D(2026, 5, 31), "do końca maja 2026 roku"),
    ("Zadanie będzie prowadzone do końca 2022 r.", None, D(2022, 12, 31), "do końca 2022 r."),
    ("Projekt realizowany od 1 lipca 2019 r.", D(2019, 7, 1), None, "od 1 lipca 2019 r."),
    ("Program rozpoczął się od stycznia 2020 r.", D(2020, 1, 1), None, "od stycznia 2020 r."),
]


@pytest.mark.parametrize(("text", "start", "end", "printed"), PERIODS)
def test_periods(text: str, start: date | None, end: date | None, printed: str) -> None:
    assert span(text) == (start, end, printed)


# --- which phrase wins ----------------------------------------------------------------------

PRECEDENCE = [
    (
        "W dniach od 28 stycznia do 8 lutego 2019 r. trwają ferie.\nOkres realizacji: 01.01.2019 - 31.12.2019",
        (D(2019, 1, 1), D(2019, 12, 31)),
    ),
    (
        "Program na lata 2019-2021. Projekt trwa od 01.02.2019 do 30.06.2020.",
        (D(2019, 2, 1), D(2020, 6, 30)),
    ),
    (
        "Projekt trwa do 31.12.2021 r. Realizacja 01.2020 – 06.2021.",
        (D(2020, 1, 1), D(2021, 6, 30)),
    ),
    ("Projekt trwa do 31.12.2021 r., zadanie na lata 2019-2021", (D(2019, 1, 1), D(2021, 12, 31))),
    ("Projekt trwa do 31.12.2021 r., program na lata 2019-2021", (None, D(2021, 12, 31))),  # a programme's years
    # a start and an end stated in one sentence are one period; across sentences the end wins
    ("Realizowany od 1 lipca 2019 r., trwa do 31.12.2021 r.", (D(2019, 7, 1), D(2021, 12, 31))),
    ("Realizowany od 1 lipca 2019 r. Trwa do 31.12.2021 r.", (None, D(2021, 12, 31))),
    (
        "2019-01-27\nOkres realizacji projektu: 04.10.2020 r. – 31.10.2022 r.",
        (D(2020, 10, 4), D(2022, 10, 31)),
    ),
    ("Okres realizacji: 2020-2021\nOkres realizacji: 2022-2023", (D(2020, 1, 1), D(2021, 12, 31))),
]


@pytest.mark.parametrize(("text", "expected"), PRECEDENCE)
def test_precedence(text: str, expected: tuple[date | None, date | None]) -> None:
    assert span(text)[:2] == expected


# --- relative dates in periods --------------------------------------------------------------


def test_relative_period_resolved() -> None:
    text = "Projekt realizowany jest od 27 kwietnia br. do 30 czerwca br."
    assert span(text, D(2020, 1, 10))[:2] == (D(2020, 4, 27), D(2020, 6, 30))


def test_relative_period_unresolved() -> None:
    period, warnings = find_period("Projekt realizowany jest od 27 kwietnia br. do 30 czerwca br.")
    assert period is not None and (period.start, period.end) == (None, None)
    assert warnings == [
        'relative date "27 kwietnia br." in period cannot be resolved: no publication date',
        'relative date "30 czerwca br." in period cannot be resolved: no publication date',
    ]


# --- warnings, never a guess ----------------------------------------------------------------

WARNED = [
    ("Projekt trwa do 31.03.20121 r.", (None, None), ['impossible date "31.03.20121" in period']),
    (
        "Okres realizacji: 31.09.2020 – 31.12.2021",
        (None, D(2021, 12, 31)),
        ['impossible date "31.09.2020" in period'],
    ),
    (
        "od 01.01.2020 do 31.02.2021",
        (D(2020, 1, 1), None),
        ['impossible date "31.02.2021" in period'],
    ),
    (
        "od 31 lutego do 8 marca 2021",
        (None, D(2021, 3, 8)),
        ['impossible date in period "od 31 lutego do"'],
    ),
    (
        "Okres realizacji: 01.01.1850 - 31.12.2021",
        (None, D(2021, 12, 31)),
        ['implausible year 1850 in "01.01.1850" in period'],
    ),
]


@pytest.mark.parametrize(("text", "sides", "warnings"), WARNED)
def test_warned(text: str, sides: tuple[date | None, date | None], warnings: list[str]) -> None:
    period, found = find_period(text)
    assert period is not None
    assert (period.start, period.end) == sides
    assert found == warnings


@pytest.mark.parametrize(
    "text",
    ["od 31.12.2021 do 01.01.2020", "Okres realizacji: 2022-2019", "01.2021 – 06.2020"],
)
def test_end_before_start(text: str) -> None:
    period, warnings = find_period(text)
    assert period is None
    assert len(warnings) == 1 and "ends before it starts" in warnings[0]


# --- not periods ----------------------------------------------------------------------------

NOT_PERIODS = [
    "",
    "2019-01-27",  # a publication date line
    "Ogłoszenie z 2019-01-27.",
    "realizowany jest w ramach RPO WO 2014-2020",  # a programme's name, not a period
    "PO WER 2014-2020",
    "1.552.911\ngości odwiedziło nas\nod 1 kwietnia 2008 r.",
    "Prosimy o nadsyłanie zgłoszeń do dnia 27 kwietnia br.",
    "Spotkania - 2 dniowe będą odbywały się poza godzinami pracy",
    "Sierpień\n      1 2 3 4\n5 6 7 8 9 10 11",
    "77 45 11 800",
    "Wartość projektu: 355 075,00 zł",
    "W nocy z 13 na 14 lutego 2019 r.",
    "Okres realizacji projektu: zostanie podany",
    "Okres realizacji: 12 miesięcy",
    "od 100 do 200 osób",
    "tel. 12-34-56, 2019",
    "rok szkolny 2020/2021",  # a school year runs September to June: not read as years
    "na lata 2020/2021",
]


@pytest.mark.parametrize("text", NOT_PERIODS)
def test_not_periods(text: str) -> None:
    assert find_period(text) == (None, [])


def test_yearless_end() -> None:
    assert span("od 1 stycznia 2020 do 31 grudnia")[:2] == (D(2020, 1, 1), D(2020, 12, 31))


@pytest.mark.xfail(strict=True, reason="a duration ('przez 24 miesiące od 1.01.2020') is not turned into an end")
def test_duration() -> None:
    assert span("Projekt trwa przez 24 miesiące od 01.01.2020")[:2] == (
        D(2020, 1, 1),
        D(2021, 12, 31),
    )


# --- properties -----------------------------------------------------------------------------

WORDS = st.sampled_from(
    ["od", "do", "dnia", "końca", "na lata", "w latach", "Okres realizacji:", "trwa", "realizowany",
     "stycznia", "marzec", "czerwca", "I kwartał", "r.", "roku", "br.", "–", "-", "/", ".", "\n",
     " ", "\u00a0", "ſtycznia", "\u212awietnia", "Data zakończenia:"]
)  # fmt: skip
NOISE = st.lists(st.one_of(st.text("0123456789.", min_size=1, max_size=10), WORDS), max_size=40).map(" ".join)


@settings(max_examples=500)
@given(st.one_of(st.text(), NOISE), st.one_of(st.none(), st.dates()))
def test_never_raises(text: str, reference: date | None) -> None:
    period, warnings = find_period(text, reference=reference)
    if period is not None:
        assert text[period.pos : period.pos + len(period.text)] == period.text
        if period.start and period.end:
            assert period.start <= period.end
    assert all(isinstance(w, str) for w in warnings)


@settings(max_examples=300)
@given(st.dates(date(1990, 1, 1), date(2100, 12, 31)), st.dates(date(1990, 1, 1), date(2100, 12, 31)))
def test_range_round_trip(a: date, b: date) -> None:
    first, last = sorted((a, b))
    text = f"Okres realizacji projektu: {first:%d.%m.%Y} r. – {last:%d.%m.%Y} r."
    assert span(text)[:2] == (first, last)


@pytest.mark.parametrize(
    "text",
    [  # an EU or national programme's years are not the realisation period (issue 13)
        "Projekt współfinansowany z Regionalnego Programu Operacyjnego Województwa Mazowieckiego na lata 2014-2020.",
        "Środki pochodzą z Europejskiego Funduszu Społecznego na lata 2014-2020.",
        "Zadanie finansowane z Rządowego Programu Senior+ na lata 2021-2025.",
        "w ramach Programu Wieloletniego „Senior+” na lata 2021-2025",
        # ... and a local programme's (tests/realtext/README.md: "a local programme's years … no period")
        "Gminny Program Wspierania Rodziny na lata 2019-2021",
    ],
)
def test_a_programmes_years_are_not_the_period(text: str) -> None:
    assert find_period(text)[0] is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [  # forms of real pages (issue 13)
        ("Zadanie realizowano od lipca do października 2023 r.", date(2023, 7, 1), date(2023, 10, 31)),
        ("Projekt trwał marzec- maj 2022 rok.", date(2022, 3, 1), date(2022, 5, 31)),
        ("W LATACH 2017 2019 zrealizowano projekt.", date(2017, 1, 1), date(2019, 12, 31)),
        ("Okres realizacji: od 1 lutego do 30 listopada 2024 r.", date(2024, 2, 1), date(2024, 11, 30)),
        ("Projekt realizowany od 1.09.2020", date(2020, 9, 1), None),
        ("Termin zakończenia: 30.VI.2021", None, date(2021, 6, 30)),
        (
            "Okres realizacji: 01.01.2020 – 31.12.2020. Okres realizacji przedłużono do 30.09.2021 r.",
            date(2020, 1, 1),
            date(2021, 9, 30),
        ),
    ],
)
def test_real_period_forms(text: str, start: date | None, end: date | None) -> None:
    found = find_period(text)[0]
    assert found is not None and (found.start, found.end) == (start, end)


def test_a_call_window_is_not_the_period() -> None:
    assert find_period("Termin naboru: 02.03.2020 r. – 20.03.2020 r.")[0] is None
    found = find_period("Projekt realizowany w latach 2018-2020. Nabór wniosków od 1 do 15 marca 2018.")[0]
    assert found is not None and (found.start, found.end) == (date(2018, 1, 1), date(2020, 12, 31))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [  # new wordings (dev set, 2026): own sentences
        # an end in the very next sentence about the project closes the start
        (
            "Od 1.03.2019 roku Stowarzyszenie Sąsiedzi prowadzi projekt „Razem raźniej”. "
            "Projekt potrwa do 30 listopada 2019 roku.",
            date(2019, 3, 1),
            date(2019, 11, 30),
        ),
        # "zrealizować do …" is an end cue like "realizowany do …"
        ("Zadanie należy zrealizować do 20 października 2021 r.", None, date(2021, 10, 20)),
    ],
)
def test_new_period_wordings(text: str, start: date | None, end: date | None) -> None:
    found = find_period(text)[0]
    assert found is not None and (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        # a strategy's years
        "Uczestnicy opracowali „Strategię współpracy gmin na lata 2024 - 2028”.",
        "Powstała strategia rozwoju turystyki na lata 2022-2030.",
        # the years right after a national programme's name (a heading without quotes)
        "Posiłek w szkole i w domu na lata 2024-2028\n\nOśrodek prowadzi program.",
    ],
)
def test_document_and_programme_years_are_not_the_period(text: str) -> None:
    assert find_period(text)[0] is None


def test_an_end_two_sentences_later_joins_the_one_start() -> None:
    # (s16: the text's one start and one end, both in sentences naming the project, are its period; with a second
    # end, which one closes the start is not said: tests/test_period_verb_pairs.py)
    text = (
        "Od 1.03.2019 roku Fundacja prowadzi projekt. Uczestnicy są z gminy. Projekt potrwa do 30 listopada 2019 roku."
    )
    found = find_period(text)[0]
    assert found is not None and (found.start, found.end) == (date(2019, 3, 1), date(2019, 11, 30))


def test_an_end_two_sentences_later_does_not_join_when_another_end_is_printed() -> None:
    text = (
        "Od 1.03.2019 roku Fundacja prowadzi projekt. Uczestnicy są z gminy. Projekt potrwa do 30 listopada 2019 roku."
        " Zajęcia w projekcie potrwają do 31 grudnia 2019 roku."
    )
    found = find_period(text)[0]
    assert found is not None and found.start is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # quarters, in any case, joined by "między … a …" or a dash
        (
            "Zadania będą wykonywane między IV kwartałem 2021 roku a III kwartałem 2022 roku.",
            date(2021, 10, 1),
            date(2022, 9, 30),
        ),
        ("Projekt: IV kwartał 2021 – III kwartał 2022.", date(2021, 10, 1), date(2022, 9, 30)),
        ("Prace potrwają pomiędzy 1 marca 2023 r. a 30 czerwca 2023 r.", date(2023, 3, 1), date(2023, 6, 30)),
        # dashed day-month-year
        ("Projekt realizowany od 04-10-2022 do 31-12-2023.", date(2022, 10, 4), date(2023, 12, 31)),
        # an end planned for a date
        ("Zakończenie projektu zaplanowano na 31 grudnia 2021 roku.", None, date(2021, 12, 31)),
        ("Rozpoczęcie realizacji zadania przewidziano na 1 lipca 2024 r.", date(2024, 7, 1), None),
        # a start further from its verb
        ("Instytut realizuje projekt wsparcia dla seniorów z gminy od kwietnia 2014.", date(2014, 4, 1), None),
    ],
)
def test_general_period_wordings(text: str, start: date | None, end: date | None) -> None:
    found = find_period(text)[0]
    assert found is not None and (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        # "a" without "między" joins nothing
        "W 2021 roku a 2022 roku różnica była duża.",
        # a call window stays out
        "Nabór wniosków potrwa między 1 marca 2023 r. a 30 marca 2023 r.",
        # a meeting planned for a date is not the project's end
        "Spotkanie zaplanowano na 31 grudnia 2021 roku.",
    ],
)
def test_not_general_periods(text: str) -> None:
    assert find_period(text)[0] is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a start missing its year (or month) before a dash takes it from the end
        ("Okres realizacji: 3 maja – 28 września 2024 r.", D(2024, 5, 3), D(2024, 9, 28)),
        ("Zadanie prowadzono w okresie 5 lutego – 20 grudnia 2021 r.", D(2021, 2, 5), D(2021, 12, 20)),
        ("Termin realizacji: 02.05 - 29.09.2023", D(2023, 5, 2), D(2023, 9, 29)),
        ("Warsztaty realizowane były w dniach 4-9 lipca 2022 r.", D(2022, 7, 4), D(2022, 7, 9)),
        # Roman months, the first one taking the second one's year
        ("Okres realizacji: II-XI 2021", D(2021, 2, 1), D(2021, 11, 30)),
        ("Czas trwania zadania: X 2019 – VI 2020", D(2019, 10, 1), D(2020, 6, 30)),
        # a school year runs from September to August
        ("Zajęcia realizowane są w roku szkolnym 2024/2025.", D(2024, 9, 1), D(2025, 8, 31)),
        ("Okres realizacji: rok szkolny 2021/22", D(2021, 9, 1), D(2022, 8, 31)),
        # a half-year
        ("Remont zostanie zrealizowany w I półroczu 2025 r.", D(2025, 1, 1), D(2025, 6, 30)),
        # a verb of running right before a years' range, no "w latach"
        ("Program profilaktyczny realizowany 2019-2021 w szkołach gminy.", D(2019, 1, 1), D(2021, 12, 31)),
        ("Przedsięwzięcie trwało cztery lata (2015-2018).", D(2015, 1, 1), D(2018, 12, 31)),
        # a label's value after "to", "przewidziano na", "od dnia podpisania umowy do"
        ("Przewidywany termin realizacji zadania to 2026 rok.", D(2026, 1, 1), D(2026, 12, 31)),
        ("Termin realizacji robót przewidziano na 15 października 2025 r.", None, D(2025, 10, 15)),
        ("Termin realizacji: od dnia podpisania umowy do 20.12.2024 r.", None, D(2024, 12, 20)),
        ("Termin wykonania zadania: 14.11.2023 r.", None, D(2023, 11, 14)),
        # an end label with "to" or "na koniec", and the work's own nouns
        ("Planowany termin zakończenia budowy to listopad 2025 r.", None, D(2025, 11, 30)),
        ("Zakończenie robót planowane jest na koniec 2026 roku.", None, D(2026, 12, 31)),
        # a project launched on a day, then an end
        ("Projekt ruszył 3 marca 2022 r. i potrwa do 28 lutego 2024 r.", D(2022, 3, 3), D(2024, 2, 28)),
        # an extension stated before the label still moves the end
        (
            "Aneksem wydłużono okres realizacji do 30.04.2023 r.\nOkres realizacji: 01.02.2021 - 31.12.2022",
            D(2021, 2, 1),
            D(2023, 4, 30),
        ),
        ("Aneks wydłuża okres realizacji projektu do 31 maja 2016 r.", None, D(2016, 5, 31)),
        # "Lata realizacji", "Rok realizacji" as labels
        ("Lata realizacji projektu: 2018 – 2020", D(2018, 1, 1), D(2020, 12, 31)),
        ("Rok realizacji zadania: 2025 r.", D(2025, 1, 1), D(2025, 12, 31)),
        # services a programme provides, until or from a date
        ("Usługi asystenckie będą świadczone do 30 listopada 2024 r.", None, D(2024, 11, 30)),
        ("Wsparcie udzielane jest od 1 marca 2023 r. mieszkańcom gminy.", D(2023, 3, 1), None),
        # a numbered month before a dash and a numbered month of a year
        ("Okres realizacji: 03 – 11.2023", D(2023, 3, 1), D(2023, 11, 30)),
        # the label's value on the next line when the label's line ends with a colon
        ("Okres realizacji Programu w gminie:\n\n01.03.2023- 31.12.2023r.", D(2023, 3, 1), D(2023, 12, 31)),
        # an end in the next sentence about the current edition
        (
            "Fundacja realizuje projekt od marca 2016. Obecna edycja projektu potrwa do końca maja 2019 r.",
            D(2016, 3, 1),
            D(2019, 5, 31),
        ),
    ],
)
def test_more_period_shapes(text: str, start: date | None, end: date | None) -> None:
    found = find_period(text)[0]
    assert found is not None and (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        # a day range alone, with no verb of running, is as often an event
        "Festyn gminny 4-9 lipca 2022 r. na stadionie miejskim.",
        # a launched call or scheme is not the project
        "Nabór ruszył 3 marca 2022 r. w całym województwie.",
        "Program ruszył 1 stycznia 2019 r. w całym kraju.",
        # "do" before the years: a programme's whole span
        "Na cały program, trwający do 2019-2023 roku, przeznaczono miliardy.",
        # a school year that is not one ("2021/2023") is not read
        "Zajęcia realizowane są w roku szkolnym 2021/2023.",
        # a single day after "Data realizacji" is an event's day
        "Data realizacji: 15.06.2023",
        # a grant for a year's programme is not the programme's period
        "Wojewoda przekazał dotację na realizację w 2020 roku programu osłonowego.",
        # Roman numerals with no year are classes or stages
        "Uczniowie klas I-III wezmą udział w zajęciach.",
        # "Wykonawca" (the contractor) is a noun, not the verb "wykonane do"
        "Wykonawca ma czas do 20 grudnia 2022 r.",
        # an application window whose clause holds an address ("ul. Krzywa 16"), a consultation, and who may
        # apply (people who used the aid in some years) are not the realisation
        "Karty zgłoszenia można składać w siedzibie GOPS, ul. Krzywa 16, od 14.03.2024r. do 26.03.2024r.",
        "Projekt programu Interreg Polska - Litwa był konsultowany w terminie 20.12.2021 - 19.01.2022.",
        "Pierwszeństwo dostaną osoby, które nie korzystały z tej formy pomocy w latach 2022-2023.",
        # a programme's years after its version ("2.0"), a local strategy's years after its long name
        "Szkoła dostała dofinansowanie z Narodowego Programu Rozwoju Czytelnictwa 2.0. na lata 2021-2025.",
        "Obszar Lokalnej Strategii Rozwoju Lokalnej Grupy Działania „Gminy Powiatu Świeckiego” na lata 2014-2020.",
    ],
)
def test_not_more_period_shapes(text: str) -> None:
    assert find_period(text)[0] is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a range whose end wraps onto the next line after "do"
        ("Zadanie potrwa od 1 marca 2022 roku do\n30 listopada 2022 roku.", D(2022, 3, 1), D(2022, 11, 30)),
        # one public task done in a year: a call's announcement names its year
        (
            "Wójt ogłasza konkurs ofert na zadanie publiczne Gminy Lipno w 2022 roku z zakresu sportu.",
            D(2022, 1, 1),
            D(2022, 12, 31),
        ),
        (
            "Operator wybrany do zadania publicznego z zakresu kultury w 2022 r. zleci je dalej.",
            D(2022, 1, 1),
            D(2022, 12, 31),
        ),
    ],
)
def test_task_years_and_wrapped_ranges(text: str, start: date | None, end: date | None) -> None:
    found = find_period(text)[0]
    assert found is not None and (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        # the plural: a call for many public tasks in a year is not one task's period
        "Zarząd ogłasza konkurs na zadania publiczne Województwa w 2022 roku z zakresu sportu.",
        # a law's date near a public task is a day, not a year
        "Zadanie publiczne zlecone w trybie ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego.",
        # a dash at a line's start is a list item, not a range's end
        "Spotkania:\n12 marca 2022 r.\n– 30 marca 2022 r. festyn",
    ],
)
def test_not_task_years(text: str) -> None:
    assert find_period(text)[0] is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # an end-of-year edge label ("Rok zakończenia …") gives the year's last day
        ("Umowa nr 5/2019\nRok zakończenia zadania: 2019", None, D(2019, 12, 31)),
        ("Rok zakończenia zadania w ramach umowy: 2018", None, D(2018, 12, 31)),
        # "do końca roku X" after a verb of doing the work
        ("Wnioski złożone przez koła mają być zrealizowane do końca roku 2021.", None, D(2021, 12, 31)),
        # "wykonane do" is a verb of doing the work; "Wykonawca" (the contractor) is a noun, no cue
        ("Zadanie ma zostać wykonane do 15 października 2022 r.", None, D(2022, 10, 15)),
        # a table programme's quoted name with its years: not the period, the end label still is
        (
            'Program "Posiłek w szkole i w domu" na lata 2019-2023\nRok zakończenia zadania: 2020',
            None,
            D(2020, 12, 31),
        ),
        # near-misses of the consultation rule: the project's own work still ends the period
        (
            "Po konsultacjach z mieszkańcami gmina ruszyła z pracami. Realizacja projektu potrwa do 30 czerwca 2023 r.",
            None,
            D(2023, 6, 30),
        ),
    ],
)
def test_round_three_period_forms(text: str, start: date | None, end: date | None) -> None:
    found = find_period(text)[0]
    assert found is not None and (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        # a quoted table programme's years alone
        'Program "Posiłek w szkole i w domu" na lata 2019-2023 wspiera gminy.',
        # applications taken in a window, however many words stand between "wnioski" and its verb
        "Wnioski na semestr zimowy roku akademickiego 2021/2022 przyjmujemy od 01.09.2021 r. do 10.10.2021 r.",
        "Wnioski o dofinansowanie przyjmuje PCPR od 1 marca do 31 marca 2022 r.",
        # a consultation's or a vote's end is no project's
        "Zapraszamy na konsultacje społeczne projektu programu współpracy transgranicznej; potrwają do 15 maja 2022 r.",
        "Głosowanie w budżecie obywatelskim trwa do 30 września 2023 r.",
        # "rok" with no edge word is no label
        "Rok 2019 był dla biblioteki udany.",
    ],
)
def test_round_three_not_periods(text: str) -> None:
    assert find_period(text)[0] is None
