"""Date mentions: every Polish format, month and quarter spans, warnings instead of guesses."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.dates import DateMention, find_dates, parse_date
from seed_texts import SEEDS

D = date
REF = date(2019, 3, 4)  # a publication date for relative mentions


def one(text: str, reference: date | None = None) -> DateMention:
    found = find_dates(text, reference=reference)
    assert len(found) == 1, found
    return found[0]


# --- the seed pages -------------------------------------------------------------------------

SEED_DAYS = [
    ("04.10.2020 r.", D(2020, 10, 4), "04.10.2020 r."),
    ("31.10.2022 r.", D(2022, 10, 31), "31.10.2022 r."),
    ("Okres realizacji projektu: 04.10.2020 r. – 31.10.2022 r.", D(2020, 10, 4), "04.10.2020 r."),
    ("piątek, 16 listopad 2018 09:05", D(2018, 11, 16), "16 listopad 2018"),
    ("Data wprowadzenia do BDP:  2012-08-06", D(2012, 8, 6), "2012-08-06"),
    ("2019-01-27", D(2019, 1, 27), "2019-01-27"),
    ("gości odwiedziło nas\nod 1 kwietnia 2008 r.", D(2008, 4, 1), "1 kwietnia 2008 r."),
    ("W nocy z 13 na 14 lutego 2019 r. odbyło się", D(2019, 2, 14), "14 lutego 2019 r."),
]


@pytest.mark.parametrize(("text", "value", "printed"), SEED_DAYS)
def test_seed_days(text: str, value: date, printed: str) -> None:
    m = find_dates(text)[0]
    assert (m.value, m.last, m.precision, m.text, m.warning) == (value, value, "day", printed, None)
    assert text[m.start : m.end] == printed


def test_seed_001_period_dates() -> None:
    assert [(m.value, m.text) for m in find_dates(SEEDS["001"])] == [
        (D(2020, 10, 4), "04.10.2020 r."),
        (D(2022, 10, 31), "31.10.2022 r."),
    ]


def test_seed_002_date_line() -> None:
    assert [m.value for m in find_dates(SEEDS["002"])] == [D(2018, 11, 16)]


def test_seed_003_no_valid_date() -> None:
    found = find_dates(SEEDS["003"])
    assert [m.value for m in found] == [None, None]
    assert [m.warning for m in found] == [
        'impossible date "31.03.20121"',
        'relative date "27 kwietnia br." cannot be resolved: no publication date',
    ]
    assert found[0].text == "31.03.20121 r."  # one impossible mention, not 31.03.2012 + "1"


def test_seed_003_with_publication_date() -> None:
    found = find_dates(SEEDS["003"], reference=REF)
    assert [(m.value, m.warning is None) for m in found] == [(None, False), (D(2019, 4, 27), True)]


def test_seed_004_dates() -> None:
    assert [m.value for m in find_dates(SEEDS["004"])] == [
        D(2019, 1, 27),
        D(2019, 2, 19),
        D(2019, 2, 14),
        D(2019, 1, 27),
        D(2019, 2, 8),  # "od 28 stycznia" has no year of its own: periods read it
        D(2019, 1, 27),
        D(2019, 1, 27),
    ]


def test_seed_000_dates() -> None:
    # no date from the counter 1.552.911, the population 125.710, the phone or the postcode
    assert [m.value for m in find_dates(SEEDS["000"])] == [D(2008, 4, 1), D(2012, 8, 6)]


# --- formats --------------------------------------------------------------------------------

DAY_FORMATS = [
    ("4.10.2020", D(2020, 10, 4)),
    ("04.10.2020r.", D(2020, 10, 4)),
    ("04/10/2020", D(2020, 10, 4)),
    ("04-10-2020", D(2020, 10, 4)),
    ("2020-10-04", D(2020, 10, 4)),
    ("2020-1-4", D(2020, 1, 4)),
    ("16 listopada 2018", D(2018, 11, 16)),
    ("16 listopad 2018", D(2018, 11, 16)),
    ("16 Listopada 2018 r.", D(2018, 11, 16)),
    ("16 LISTOPADA 2018", D(2018, 11, 16)),
    ("PIĄTEK, 16 LISTOPAD 2018", D(2018, 11, 16)),
    ("16\u00a0listopada\u00a02018", D(2018, 11, 16)),
    ("16. listopada 2018", D(2018, 11, 16)),
    ("16 XI 2018", D(2018, 11, 16)),
    ("16.XI.2018", D(2018, 11, 16)),
    ("16. XI. 2018", D(2018, 11, 16)),
    ("1 IV 2020", D(2020, 4, 1)),
    ("1 stycznia 2020 roku", D(2020, 1, 1)),
    ("1 styczeń 2020", D(2020, 1, 1)),
    ("29 lutego 2020", D(2020, 2, 29)),
    ("3 marca 2021", D(2021, 3, 3)),
    ("30 kwietnia 2021", D(2021, 4, 30)),
    ("1 maja 2021", D(2021, 5, 1)),
    ("1 maj 2021", D(2021, 5, 1)),
    ("15 czerwca 2021", D(2021, 6, 15)),
    ("15 lipca 2021", D(2021, 7, 15)),
    ("15 sierpnia 2021", D(2021, 8, 15)),
    ("15 września 2021", D(2021, 9, 15)),
    ("15 wrzesnia 2021", D(2021, 9, 15)),
    ("15 października 2021", D(2021, 10, 15)),
    ("15 pazdziernika 2021", D(2021, 10, 15)),
    ("15 grudnia 2021", D(2021, 12, 15)),
    ("31 grudzień 2100", D(2100, 12, 31)),
    ("1.1.1990", D(1990, 1, 1)),
    ("wtorek, 5 marzec 2019 12:00", D(2019, 3, 5)),
    ("1-go stycznia 2023 roku", D(2023, 1, 1)),  # an ordinal's ending, as some pages print the day
    ("31-go grudnia 2023 roku", D(2023, 12, 31)),
    ("1go lipca 2021", D(2021, 7, 1)),
]


@pytest.mark.parametrize(("text", "value"), DAY_FORMATS)
def test_day_formats(text: str, value: date) -> None:
    m = one(text)
    assert (m.value, m.last, m.precision, m.warning) == (value, value, "day", None)
    assert parse_date(text) == value


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("04.10.2020 r.", "04.10.2020 r."),
        ("04.10.2020 roku", "04.10.2020 roku"),
        ("1 stycznia 2020 roku.", "1 stycznia 2020 roku"),
        ("dnia 1 stycznia 2020 r., w", "1 stycznia 2020 r."),
        ("2020-10-04 09:05", "2020-10-04"),
        ("w styczniu 2020 r.", "styczniu 2020 r."),
        ("rok 2020 rokiem", None),
        ("od 1 lipca 2017 r do 30 września", "1 lipca 2017 r"),  # the dot of "r." left off
        ("w lipcu 2017 rok", "lipcu 2017"),
    ],
)
def test_printed_text(text: str, printed: str | None) -> None:
    found = find_dates(text)
    assert [m.text for m in found] == ([printed] if printed else [])
    for m in found:
        assert text[m.start : m.end] == m.text


SPAN_FORMATS = [
    ("styczeń 2020", "month", D(2020, 1, 1), D(2020, 1, 31)),
    ("w styczniu 2020", "month", D(2020, 1, 1), D(2020, 1, 31)),
    ("stycznia 2020", "month", D(2020, 1, 1), D(2020, 1, 31)),
    ("Luty 2020", "month", D(2020, 2, 1), D(2020, 2, 29)),
    ("w lutym 2021 r.", "month", D(2021, 2, 1), D(2021, 2, 28)),
    ("do końca maja 2026 roku", "month", D(2026, 5, 1), D(2026, 5, 31)),
    ("w listopadzie 2018", "month", D(2018, 11, 1), D(2018, 11, 30)),
    ("01.2020", "month", D(2020, 1, 1), D(2020, 1, 31)),
    ("06/2021", "month", D(2021, 6, 1), D(2021, 6, 30)),
    ("I kwartał 2021", "quarter", D(2021, 1, 1), D(2021, 3, 31)),
    ("II kwartał 2021 r.", "quarter", D(2021, 4, 1), D(2021, 6, 30)),
    ("w III kwartale 2021", "quarter", D(2021, 7, 1), D(2021, 9, 30)),
    ("do IV kwartału 2021", "quarter", D(2021, 10, 1), D(2021, 12, 31)),
    ("2 kw. 2022", "quarter", D(2022, 4, 1), D(2022, 6, 30)),
    # a Roman month with a year and no day; an apostrophe stands for the century
    ("VII.2022", "month", D(2022, 7, 1), D(2022, 7, 31)),
    ("od XII.2021 r.", "month", D(2021, 12, 1), D(2021, 12, 31)),
    ("od VII’22", "month", D(2022, 7, 1), D(2022, 7, 31)),
    ("do VI'23", "month", D(2023, 6, 1), D(2023, 6, 30)),
    ("IX’2020", "month", D(2020, 9, 1), D(2020, 9, 30)),
    ("lipiec’22", "month", D(2022, 7, 1), D(2022, 7, 31)),
]


@pytest.mark.parametrize(("text", "precision", "first", "last"), SPAN_FORMATS)
def test_spans(text: str, precision: str, first: date, last: date) -> None:
    m = one(text)
    assert (m.precision, m.value, m.last, m.warning) == (precision, first, last, None)
    assert parse_date(text) is None  # not a day


# --- relative dates -------------------------------------------------------------------------

RELATIVE = [
    ("27 kwietnia br.", "day", D(2019, 4, 27)),
    ("27 kwietnia b.r.", "day", D(2019, 4, 27)),
    ("27 kwietnia b. r.", "day", D(2019, 4, 27)),
    ("27 kwietnia bieżącego roku", "day", D(2019, 4, 27)),
    ("do dnia 27 kwietnia br.", "day", D(2019, 4, 27)),
    ("w kwietniu br.", "month", D(2019, 4, 1)),
]


@pytest.mark.parametrize(("text", "precision", "value"), RELATIVE)
def test_relative_resolved(text: str, precision: str, value: date) -> None:
    m = one(text, REF)
    assert (m.value, m.precision, m.warning) == (value, precision, None)


@pytest.mark.parametrize(("text", "_precision", "_value"), RELATIVE)
def test_relative_unresolved(text: str, _precision: str, _value: date) -> None:
    m = one(text)
    assert m.value is None and m.last is None
    assert m.warning == f'relative date "{m.text}" cannot be resolved: no publication date'


def test_relative_impossible() -> None:
    assert one("30 lutego br.", REF).warning == 'impossible date "30 lutego br."'


# --- impossible and implausible: value None, a warning naming the text, no correction ----------

IMPOSSIBLE = [
    ("31.09.2021", 'impossible date "31.09.2021"'),
    ("31.03.20121", 'impossible date "31.03.20121"'),
    ("Projekt trwa do 31.03.20121 r.", 'impossible date "31.03.20121"'),
    ("13.13.2020", 'impossible date "13.13.2020"'),
    ("01.13.2020", 'impossible date "01.13.2020"'),
    ("00.10.2020", 'impossible date "00.10.2020"'),
    ("30 lutego 2020", 'impossible date "30 lutego 2020"'),
    ("29 lutego 2021", 'impossible date "29 lutego 2021"'),
    ("31 czerwca 2021 r.", 'impossible date "31 czerwca 2021"'),
    ("32 XII 2020", 'impossible date "32 XII 2020"'),
    ("2020-02-30", 'impossible date "2020-02-30"'),
    ("2020-13-01", 'impossible date "2020-13-01"'),
    ("16 listopada 20181", 'impossible date "16 listopada 20181"'),
    ("01.01.1850", 'implausible year 1850 in "01.01.1850"'),
    ("3 maja 1791 r.", 'implausible year 1791 in "3 maja 1791"'),
    ("01.01.2101", 'implausible year 2101 in "01.01.2101"'),
    ("1989-12-31", 'implausible year 1989 in "1989-12-31"'),
]


@pytest.mark.parametrize(("text", "warning"), IMPOSSIBLE)
def test_impossible(text: str, warning: str) -> None:
    m = one(text)
    assert (m.value, m.last, m.warning) == (None, None, warning)
    assert parse_date(text) is None


# --- not dates ------------------------------------------------------------------------------

NOT_DATES = [
    "",
    "77 45 11 800",
    "tel. 068 32 31 880",
    "tel. (77) 441 02 60",
    "335 545,87 zł",
    "1.552.911",
    "Liczba mieszkańców:  125.710",
    "wersja 1.2.3",
    "działanie 8.1",
    "Działania 2.5 Skuteczna pomoc społeczna",
    "45-315 Opole",
    "45-015 Opole",
    "09:05",
    "godz. 10.30",
    "2019",
    "RPO WO 2014-2020",
    "na lata 2019-2021",
    "© 2018 Ośrodek",
    "Sierpień",
    "Sierpień\n      1 2 3 4\n5 6 7 8 9 10 11\n12 13 14 15 16 17 18",
    "Sierpień 2019\n 1 2 3 4\n5 6 7 8 9 10 11",
    "Sierpień 2019\nPn Wt Śr Cz Pt So N",
    "26 27 28 29 30 31\nWrzesień 2019",
    "30 31 Wrzesień 2019",
    "od 28 stycznia",  # no year: not a date mention on its own
    "27 kwietnia",
    "RPOP.08.01.00-16-0001/20",
    "POWR.02.05.00-00-0320/19-00",
    "12-34-5678",
    "PL 61 1090 1014 0000 0712 1981 2874",
    "10.000 osób",
    "15 maja 2000 zł",
    "w maju 1791",  # a history month: silently not a date
    "04.10.20",  # two-digit year: not read
    "Oś priorytetowa IX 2014-2020",  # a Roman numeral with a space before a year: not a month
    "rozdział II.22",  # a dot and two digits: a section number
    "VII’220",
    "8.1.1",
    "192.168.1.1",
    "1.2.2020.5",
    "16 ſtycznia 2020",  # a long s is not an s: no month (and no crash)
    "1 \u212awietnia 2020",  # KELVIN SIGN, not K
    "16 sTYCZNIA 2020",  # mixed case is not how any site prints a month
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []
    assert parse_date(text) is None


def test_calendar_widget_in_seed_003() -> None:
    widget = SEEDS["003"][SEEDS["003"].index("Sierpień") :]
    assert find_dates(widget) == []


# --- parse_date -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("piątek, 16 listopad 2018 09:05", D(2018, 11, 16)),
        ("2019-01-27", D(2019, 1, 27)),
        ("Data wprowadzenia do BDP:  2012-08-06", D(2012, 8, 6)),
        ("", None),
        ("brak", None),
        ("styczeń 2020", None),  # month precision is not a day
        ("31.03.20121 r.; 01.04.2021", D(2021, 4, 1)),  # the first valid one
        ("2019-01-27T10:00:00+01:00", D(2019, 1, 27)),
        ("27 kwietnia br.", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_parse_date_relative_with_reference() -> None:
    assert parse_date("27 kwietnia br.", reference=REF) == D(2019, 4, 27)


def test_mentions_in_order_with_offsets() -> None:
    text = "Od 1 stycznia 2020 r. do 31.12.2021 r., nabór w I kwartał 2020; ogłoszenie 2019-11-30."
    found = find_dates(text)
    assert [m.text for m in found] == [
        "1 stycznia 2020 r.",
        "31.12.2021 r.",
        "I kwartał 2020",
        "2019-11-30",
    ]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("I półrocze 2021", D(2021, 1, 1), D(2021, 6, 30)),
        ("w II półroczu 2023 r.", D(2023, 7, 1), D(2023, 12, 31)),
        ("do końca 1 półrocza 2024", D(2024, 1, 1), D(2024, 6, 30)),
    ],
)
def test_half_year(text: str, first: date, last: date) -> None:
    mention = one(text)
    assert (mention.precision, mention.value, mention.last) == ("half", first, last)


@pytest.mark.parametrize("text", ["III półrocze 2021", "półrocze 2021", "I półrocze 1850"])
def test_not_a_half_year(text: str) -> None:
    assert all(m.precision != "half" for m in find_dates(text))


@pytest.mark.xfail(strict=True, reason="two-digit years are ambiguous and never read")
def test_two_digit_year() -> None:
    assert parse_date("04.10.20") == D(2020, 10, 4)


# --- properties -----------------------------------------------------------------------------

GENITIVE = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia"]  # fmt: skip
NOMINATIVE = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
              "wrzesień", "październik", "listopad", "grudzień"]  # fmt: skip
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

FORMATS = {
    "dotted": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year} r.",
    "genitive": lambda d: f"{d.day} {GENITIVE[d.month - 1]} {d.year}",
    "nominative": lambda d: f"{d.day} {NOMINATIVE[d.month - 1]} {d.year}",
    "iso": lambda d: d.isoformat(),
    "roman": lambda d: f"{d.day} {ROMAN[d.month - 1]} {d.year}",
}


@settings(max_examples=500)
@given(st.dates(date(1990, 1, 1), date(2100, 12, 31)), st.sampled_from(sorted(FORMATS)))
def test_round_trip(value: date, fmt: str) -> None:
    printed = FORMATS[fmt](value)
    assert parse_date(printed) == value
    assert parse_date(f"Opublikowano: {printed}, godz. 09:05") == value


WORDS = st.sampled_from(
    [*GENITIVE, *NOMINATIVE, *ROMAN, " ", "\u00a0", ".", "-", "–", "/", ",", "r.", "roku", "br.",
     "b.r.", "kwartał", "\n", ":", "od", "do", "ſtycznia", "\u212awietnia", "İ", "LUTEGO"]
)  # fmt: skip
NOISE = st.lists(st.one_of(st.text("0123456789", min_size=1, max_size=6), WORDS), max_size=40).map(" ".join)


@settings(max_examples=500)
@given(st.one_of(st.text(), NOISE), st.one_of(st.none(), st.dates()))
def test_never_raises(text: str, reference: date | None) -> None:
    for m in find_dates(text, reference=reference):
        assert text[m.start : m.end] == m.text
        assert (m.value is None) == (m.warning is not None)
        if m.value is not None:
            assert m.last is not None and m.value <= m.last
    parse_date(text, reference=reference)
