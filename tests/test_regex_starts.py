"""`extract.regex_starts`: the first characters read from a pattern, and a led pattern's matches (the same)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import contacts, dates, figures, money_amounts, money_kinds, money_limits, money_pools, periods
from extract.regex_starts import DIGITS, digit_class, first_characters, led


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        ("abc|de", 0, ("ad", False)),
        (r"\b(?:kwot|koszt)\w*", re.I, ("k", True)),
        (r"(?<!\w)(?i:nab[oó]r)|(?-i:UE)", 0, ("Un", True)),  # "nabór" read in any case, "UE" as printed
        (r"(?i)zł", 0, ("z", True)),  # the pattern's own flag
        ("[a-c]x|y?z", 0, ("abcyz", False)),  # an optional first item: what follows it may begin too
        ("(?:a|)b", 0, ("ab", False)),
        (r"(?:\s*-)?x", 0, None),  # a class of many characters (\s): unknown
        (r"\w+", 0, None),
        ("[^a]b", 0, None),
        (".x", 0, None),
        ("a?", 0, None),  # may match nothing: every position
        (r"(a)\1", 0, ("a", False)),
        (r"(?:x(?P<g>y))(?P=g)", 0, ("x", False)),
    ],
)
def test_first_characters(pattern: str, flags: int, expected: tuple[str, bool] | None) -> None:
    assert first_characters(pattern, flags) == expected


def test_led_puts_the_look_ahead_first_and_keeps_the_flags() -> None:
    regex = led(r"\b(?:dostały|otrzymały)\b", re.I)
    assert regex.pattern.startswith("(?=(?i:[do]))")
    assert regex.flags & re.I
    assert [m.group(0) for m in regex.finditer("Gminy OTRZYMAŁY i dostały")] == ["OTRZYMAŁY", "dostały"]
    assert led(r"\w+x").pattern == r"\w+x"  # first characters unknown: the pattern as it was
    assert led("(?i)zł").pattern == "(?i)(?=(?i:[z]))zł"  # a pattern's own flags stay at its start
    assert led("(?i)zł").search("ZŁ") is not None


def test_a_case_insensitive_look_ahead_lets_in_every_form_the_letters_match() -> None:
    # "ſ" (long s) and "K" (the Kelvin sign) match "s" and "k" case-insensitively: the look-ahead must let them in
    for pattern, text in [("stop", "ſtop"), ("kwota", "\u212awota"), ("i", "İ")]:
        plain = re.compile(pattern, re.I)
        assert [m.span() for m in led(pattern, re.I).finditer(text)] == [m.span() for m in plain.finditer(text)]


_PATTERNS = [
    (
        re.sub(r"\A\(\?=\(\?i:\[[^\]]*\]\)\)", "", money_kinds._HEADS.pattern),
        money_kinds._HEADS.flags,
    ),  # without its look-ahead
    (r"\b(?:dostaną|dostały|otrzymały|trafią)\b", re.I),
    (r"(?:(?i:nab[oó]r\w*|zgłosze\w*)|(?<!\w)(?i:każd(?:e|y)\s+(?:z\s+)?projekt\w*))", 0),
    (r"(?:najwyżej|maks\.|co\s+najwyżej)[ \u00a0]*\Z", re.I),
]
_WORDS = [
    "kwota",
    "Dofinansowanie",
    "wartość",
    "koszt",
    "całkowity",
    "projektu",
    "OTRZYMAŁY",
    "dostały",
    "nabór",
    "każde",
    "z",
    "zadań",
    "NAJWYŻEJ",
    "maks.",
    "ſ",
    "\u212a",
    "İ",
    "ı",
    "OPS",
    "wkład",
    "własny",
    "Gmina",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.sampled_from([" ", "  ", "\n", ",", ".", "-", "\u00a0"]), st.text()),
        max_size=12,
    ).map("".join),
    st.sampled_from(_PATTERNS),
)
def test_a_led_pattern_finds_what_the_pattern_finds(text: str, pattern: tuple[str, int]) -> None:
    plain, fast = re.compile(*pattern), led(*pattern)
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]


def test_the_parsers_patterns_are_led() -> None:
    for regex in (money_kinds._HEADS, money_limits.CAP_BEFORE, money_pools.PLURAL_GOT, periods._CALL_BEFORE):
        assert regex.pattern.startswith("(?=(?i:[")


def test_the_digits_class_holds_every_digit_and_is_skipped_to() -> None:
    """`[DIGITS]` then `(?<=\\d)` reads exactly what `\\d` reads, in every script."""
    digit, opened = re.compile(r"\d"), re.compile(rf"[{DIGITS}](?<=\d)")
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert [m.start() for m in opened.finditer(every)] == [m.start() for m in digit.finditer(every)]
    assert "٣" in every and opened.fullmatch("٣") and opened.fullmatch("７") and not opened.fullmatch("„")


_EVERY = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


@pytest.mark.parametrize("extra", ["", "P", "IVX", "b’'`´"])
def test_the_digit_class_reads_what_the_class_of_ranges_reads(extra: str) -> None:
    """`digit_class(extra)` (the negation, cheap to compile) holds exactly the characters of `[{DIGITS}{extra}]`,
    every code point tried."""
    cheap, ranges = re.compile(digit_class(extra)), re.compile(f"[{DIGITS}{extra}]")
    assert cheap.pattern.startswith("[^") and "\\U0010ffff" not in cheap.pattern
    assert [m.start() for m in cheap.finditer(_EVERY)] == [m.start() for m in ranges.finditer(_EVERY)]


_CHEAP_LED = (
    (periods._YEAR, ""),
    (contacts._NINE_DIGITS, ""),
    (money_amounts._FIGURE_START, "P"),
    (figures.FIGURE, "IVX"),
    (dates._MONTH_REVERSED, "b’'`´"),
)
_PIECES = ("2023", "1", "12", "٣", "７", " ", "\u00a0", ".", ",", "-", "/", ":", ")", "r.", "roku", "PLN", "xP", "IV")
_PIECES_MORE = ("X", "VII", "b.r.", "br.", "’22", "'", "`", "´", "a", "ą", "\n", "k", "ai", "inżyts", "ejcezrw")


@given(st.lists(st.sampled_from(_PIECES + _PIECES_MORE), max_size=24).map("".join))
def test_the_cheap_digit_class_leaves_each_pattern_s_matches(text: str) -> None:
    """Each pattern opened with `digit_class` finds what it found opened with `[{DIGITS}…]` (compiled without
    IGNORECASE, where the two classes hold the same characters)."""
    for regex, extra in _CHEAP_LED:
        assert digit_class(extra) in regex.pattern and not regex.flags & re.IGNORECASE
        was = re.compile(regex.pattern.replace(digit_class(extra), f"[{DIGITS}{extra}]"), regex.flags)
        assert was.pattern != regex.pattern
        assert [(m.span(), m.groups()) for m in regex.finditer(text)] == [
            (m.span(), m.groups()) for m in was.finditer(text)
        ]


@given(st.text(alphabet=st.sampled_from("0123456789٠١２３ .,/:-\u00a0)abPLN")))
def test_the_digit_led_patterns_find_what_a_digit_first_finds(text: str) -> None:
    """The patterns opened with DIGITS, each beside the same pattern opened with `\\d` as it was."""
    pairs = (
        (periods._YEAR, periods._YEAR.pattern.replace(f"{digit_class()}(?<=\\d)", "\\d", 1)),
        (contacts._NINE_DIGITS, contacts._NINE_DIGITS.pattern.replace(f"{digit_class()}(?<=\\d)", "\\d", 1)),
        (money_amounts._FIGURE_START, money_amounts._FIGURE_START.pattern.replace(digit_class("P"), "[\\dP]", 1)),
    )
    for fast, plain in pairs:
        assert plain != fast.pattern
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in re.finditer(plain, text)
        ]
