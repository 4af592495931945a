"""Text written to the dataset is valid UTF-8, NFC, without control characters, whatever came in.

`extract.text.clean` (one line) and `clean_block` (the main text) are the rule; the record model
applies them to every string, so a parser that forgets cannot write anything else.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract import jsonl
from extract import text as text_module
from extract.model import Amount, Contact, ExtractorInfo, Publisher, Record
from extract.text import clean, clean_block

# C0 and C1 controls, lone surrogates, noncharacters: none may be written (a "\n" only in the main text).
FORBIDDEN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\U0001fffe\U0001ffff\U0010fffe\U0010ffff"
    "\u200b-\u200d\u2060\ufeff\u00ad]"
)


def assert_clean(text: str, *, block: bool) -> None:
    text.encode("utf-8")  # no lone surrogate
    assert not FORBIDDEN.search(text), ascii(text)
    assert unicodedata.is_normalized("NFC", text), ascii(text)
    if block:
        assert text == text.strip() and "\n\n\n" not in text, ascii(text)
        assert all(line == " ".join(line.split()) for line in text.split("\n")), ascii(text)
    else:
        assert text == " ".join(text.split()), ascii(text)


@given(st.text(alphabet=st.characters()))
def test_any_text_comes_out_clean(text: str) -> None:
    assert_clean(clean(text), block=False)
    assert_clean(clean_block(text), block=True)


@given(st.text(alphabet=st.characters()))
def test_cleaning_is_idempotent(text: str) -> None:
    once, block = clean(text), clean_block(text)
    assert clean(once) == once
    assert clean_block(block) == block
    assert clean(block) == once  # the block, on one line, is the line


# Letters seen on Polish pages: decomposed or not, they must come out as the same composed text.
POLISH = st.text(alphabet="aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄĆĘŁŃÓŚŹŻ .,-", max_size=40)


@given(POLISH)
def test_printable_polish_text_is_kept_and_composed(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    assert clean(decomposed) == " ".join(text.split())


@pytest.mark.parametrize(
    ("raw", "line", "block"),
    [
        ("a\x00b", "ab", "ab"),  # NUL
        ("a\x01\x08\x1bb", "ab", "ab"),  # other C0 controls
        ("a\x7fb", "ab", "ab"),  # DEL
        ("a\x85b", "a b", "a\nb"),  # NEL: a line break
        ("a\x80\x9fb", "ab", "ab"),  # C1 controls (a windows-1252 page read as latin-1)
        ("a\x0bb\x0cc", "a b c", "a\nb\nc"),  # vertical tab, form feed
        ("a\x1cb\x1fc", "a b c", "a b c"),  # information separators
        ("a\u2028b\u2029c", "a b c", "a\nb\n\nc"),  # Unicode line and paragraph separators
        ("a\u200bb\u200dc\u2060d\ufeffe\u00adf", "abcdef", "abcdef"),  # zero-width, BOM, soft hyphen
        ("a\ufffeb\uffffc\ufdd0d\U0010ffff", "abcd", "abcd"),  # noncharacters
        ("Urz\udcc4\udc85d", "Urz\ufffd\ufffdd", "Urz\ufffd\ufffdd"),  # surrogateescape'd bytes of "ą"
        ("a\ud800b", "a\ufffdb", "a\ufffdb"),  # a lone high surrogate
        ("z\u0307", "ż", "ż"),  # combining dot above composes
        ("Z\u0307ywiec", "Żywiec", "Żywiec"),
        ("a\u0328", "ą", "ą"),  # ogonek composes
        ("z\u200b\u0307", "ż", "ż"),  # composes once the zero-width space is gone
        ("z\x00\u0307", "ż", "ż"),  # and once the NUL is gone
        ("\u212b", "\u00c5", "\u00c5"),  # Angstrom sign -> Å
        ("  a \t\u00a0 b  ", "a b", "a b"),
        ("a\u3000\u1680b", "a b", "a b"),  # ideographic and ogham spaces
        ("a\r\nb\rc", "a b c", "a\nb\nc"),
        ("a\n \n\n\nb", "a b", "a\n\nb"),
        ("\x00\u200b\ufeff", "", ""),
    ],
)
def test_nasty_cases(raw: str, line: str, block: str) -> None:
    assert clean(raw) == line
    assert clean_block(raw) == block


def _record(**text: str) -> Record:
    fields: dict[str, object] = {
        "id": "0123456789abcdef",
        "url": "https://gmina.example.pl/a",
        "site": "fuzz",
        "kind": "news",
        "title": "Tytuł",
        "publisher": Publisher(name="Gmina"),
        "text": "",
        "first_seen": date(2026, 11, 20),
        "fetched_at": datetime(2026, 11, 20, tzinfo=UTC),
        "content_sha256": "0" * 64,
        "extractor": ExtractorInfo(name="generic", version="1"),
    }
    return Record(**{**fields, **text})  # type: ignore[arg-type]


def test_the_model_cleans_every_string() -> None:
    """A parser that forgets to clean cannot write junk: the model cleans on the way in."""
    record = _record(
        title="Z\u0307ywiec\x00  dzis\u0301",
        text="Akapit\x85pierwszy\x07\n\n\n\nDrugi \udcc4 akapit\ufffe",
        warnings=["ostrzez\u0307enie\x1b[0m"],  # type: ignore[arg-type]
        contacts=[Contact(name="Jan\x00 Kowalski\u200b", email="jan@gmina.pl\x7f")],  # type: ignore[list-item]
        amounts=[Amount(kind="grant", value=Decimal("1.50"), text="1,50\u00a0zł\x9f")],  # type: ignore[list-item]
    )
    assert record.title == "Żywiec dziś"
    assert record.text == "Akapit\npierwszy\n\nDrugi \ufffd akapit"
    assert record.warnings == ["ostrzeżenie[0m"]
    assert record.contacts[0].name == "Jan Kowalski" and record.contacts[0].email == "jan@gmina.pl"
    assert record.amounts[0].text == "1,50 zł"
    jsonl.record_line(record).encode("utf-8")


def test_a_copy_with_an_update_is_cleaned_too() -> None:
    record = _record().model_copy(update={"warnings": ["z\u0307\x00"], "title": "\u00a0a\u2028b"})
    assert record.warnings == ["ż"] and record.title == "a b"


def test_a_title_of_nothing_but_junk_is_refused() -> None:
    with pytest.raises(ValueError, match="title"):
        _record(title="\x00\u200b \ufeff")


@given(st.text(alphabet=st.characters(), min_size=1))
def test_every_record_string_is_clean(text: str) -> None:
    record = _record(title=f"T{text}", text=text, warnings=[text])  # type: ignore[arg-type]
    assert_clean(record.title, block=False)
    assert_clean(record.text, block=True)
    assert_clean(record.warnings[0], block=False)


# Characters where the shortcut and the definition could part: whitespace of every kind, controls,
# zero-width and combining marks, noncharacters, surrogates, Polish letters composed and not.
TRICKY = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2000\u2001\u2028\u2029\u3000\u200b\u00ad\ufeff")),
        st.sampled_from(list("\x00\x07\x7f\x9f\ufdd0\uffff\ud800\u0301\u0307\u0328zZaAeEoOsSnNcClL")),
        st.characters(),
    )
)


@given(TRICKY)
def test_the_shortcut_of_clean_is_the_definition(text: str) -> None:
    assert clean(text) == text_module._clean_reference(text)


@given(TRICKY)
def test_the_shortcut_of_clean_block_is_the_definition(text: str) -> None:
    assert clean_block(text) == text_module._clean_block_reference(text)


@given(TRICKY, TRICKY)
def test_a_cleaned_block_comes_back_as_is_and_nothing_else_does(text: str, other: str) -> None:
    """The record model cleans the main text `block_text` cleaned: the second call returns the same object.

    The shortcut is an identity test on the last results, each its own clean form; any other text,
    equal to it or not, is cleaned as the definition says.
    """
    block = clean_block(text)
    assert clean_block(block) is block
    assert text_module._clean_block(block) == block  # why returning it as is is right: idempotence
    assert clean_block(other) == text_module._clean_block_reference(other)
    assert clean_block(text) == block


@given(TRICKY, st.lists(TRICKY, max_size=7))
def test_a_cleaned_block_comes_back_as_is_after_a_few_others(text: str, others: list[str]) -> None:
    """The generic extractor cleans its metadata boxes' text between the main text's two cleanings."""
    block = clean_block(text)
    for other in others:
        assert clean_block(other) == text_module._clean_block_reference(other)
    assert clean_block(block) is block


def test_trimming_nothing_gives_the_text_itself() -> None:
    from extract.text_edges import trim_edges

    text = clean_block("Gmina otrzymała dofinansowanie.\n\n\nDrugi akapit  tekstu.")
    assert trim_edges(text, "Inny tytuł") is text
    assert trim_edges("Drukuj\n" + text, "Inny tytuł") == text
