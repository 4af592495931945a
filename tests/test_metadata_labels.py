"""`metadata_labels` (the lowered, cased scan) counts what the IGNORECASE regex counts, on any text."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.boilerplate_words import _FOLDED_APART, METADATA_LABELS, metadata_labels


def _reference(text: str) -> int:
    return len({m.group(0).lower()[:12] for m in METADATA_LABELS.finditer(text)})


# Every character but the surrogates (they cannot stand in a pattern's subject as text of a page anyway,
# but str.lower() and the regex take them: kept out only to keep the joined string encodable in reports).
_ALL = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
_LETTERS = sorted({char for char in re.sub(r"\\[wsW]", "", METADATA_LABELS.pattern) if char.isalpha()})


def test_lowering_keeps_the_length_of_every_character_but_the_dotted_capital_i() -> None:
    assert [char for char in _ALL if len(char.lower()) != 1] == ["\u0130"]


@pytest.mark.parametrize("letter", _LETTERS)
def test_the_regex_folds_each_pattern_letter_as_lower_does(letter: str) -> None:
    folded = {m.group(0) for m in re.finditer(re.escape(letter), _ALL, re.IGNORECASE)}
    lowered = {char for char in _ALL if char.lower() == letter}
    assert folded - lowered <= set(_FOLDED_APART)  # what only the regex folds: the texts that take the regex
    assert lowered <= folded


@pytest.mark.parametrize("klass", [r"\w", r"\s"])
def test_lowering_keeps_word_and_space_characters(klass: str) -> None:
    pattern = re.compile(klass)
    changed = [
        char for char in _ALL if char != "\u0130" and bool(pattern.match(char)) != bool(pattern.match(char.lower()))
    ]
    assert changed == []


CASES = [
    ("Data publikacji: 2021-03-04\nData wytworzenia: 2021-03-01", 2),
    ("DATA PUBLIKACJI: 1\nOSOBA ODPOWIEDZIALNA: Jan\nLiczba odsłon: 4", 3),
    ("Informację wytworzył: Jan Nowak, opublikował: Anna Lis", 2),  # "informację w…" and "opublikował"
    ("Data publikacji data publikacji DATA PUBLIKACJI", 1),
    ("Gmina otrzymała dofinansowanie na drogę.", 0),
    ("", 0),
    ("İnformację wytworzył: X; Data publİkacji: 1", 2),  # İ: the regex decides
    ("opublİkował, wytworzył", 2),
    ("Data ſporządzenia? Data publikacji, oſoba odpowiedzialna", 2),
    ("ΣΣ Data publikacji Σ wytworzył", 2),  # final sigma lowers by context; the labels hold none
]


@pytest.mark.parametrize(("text", "count"), CASES)
def test_counts_as_the_regex_does(text: str, count: int) -> None:
    assert _reference(text) == count
    assert metadata_labels(text) == count


_PIECES = st.sampled_from(
    [
        "data",
        "DATA",
        "Data",
        " ",
        "\xa0",
        "\n",
        "publikacji",
        "PUBLIKACJI",
        "wytworzenia",
        "osoba",
        "OSOBY",
        "odpowiedzialna",
        "udostępniając",
        "UDOSTĘPNIAJĄC",
        "podmiot",
        "wytworzył",
        "WYTWORZYŁ",
        "liczba",
        "odsłon",
        "ostatnia",
        "zmian",
        "za",
        "treść",
        "TREŚĆ",
        "informację",
        "İ",
        "ı",
        "ſ",
        "\u212a",
        "Σ",
        "ą",
        ":",
        "x",
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=24).map("".join))
def test_counts_as_the_regex_does_on_any_text(text: str) -> None:
    assert metadata_labels(text) == _reference(text)
