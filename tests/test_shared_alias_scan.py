"""The programmes' and the payers' alias indexes find their word starts in one shared scan of a text
(`funding_aliases.share_scans`): each gets exactly the starts its own scan finds."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.funding_aliases import _dashes, alias_set, fold, share_scans
from extract.funding_tables import funder_aliases, programme_aliases

PASSAGES = sorted(Path(__file__).parent.joinpath("realtext", "dev").glob("*.json"))
INDEXES = {
    "programme names": lambda: programme_aliases().names,
    "funder names": lambda: funder_aliases().names,
    "programme abbreviations": lambda: programme_aliases().abbreviations,
    "funder abbreviations": lambda: funder_aliases().abbreviations,
}
PIECES = (
    *("program", "programu", "po", "pomoc", "regionalnego", "fundusz", "funduszu", "wojewoda", "wojewodztwa"),
    *("minist", "ministerstwo", "rzadowy", "RPO", "WRPO", "PO", "PROW", "MRPiPS", "PFRON", "NFOŚ", "FE", "FIO"),
    *("fundacj", "narodow", "marszal", "kpo", "KPO", "Las", "Lasy", "BGK", "ARiMR", "UE", "EFS", "EFRR"),
    *(" ", "-", "/", "_", "1", "a", "x", "é", "\n", ".", "(", "„"),
)


def _haystack(name: str, text: str) -> str:
    return fold(text) if name.endswith("names") else _dashes(text)


def test_the_tables_share_their_scans() -> None:
    for name, index in INDEXES.items():
        assert index().shared is not None, name


@pytest.mark.parametrize("name", list(INDEXES))
def test_same_starts_as_alone_on_real_passages(name: str) -> None:
    index = INDEXES[name]()
    alone = dataclasses.replace(index, shared=None)
    for path in PASSAGES:
        haystack = _haystack(name, json.loads(path.read_text(encoding="utf-8"))["text"])
        assert index._starts(haystack) == alone._starts(haystack), path.name


@settings(max_examples=200, deadline=None)
@pytest.mark.parametrize("name", list(INDEXES))
@given(text=st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_same_starts_as_alone(name: str, text: str) -> None:
    index = INDEXES[name]()
    haystack = _haystack(name, text)
    assert index._starts(haystack) == dataclasses.replace(index, shared=None)._starts(haystack)


def test_a_text_asked_again_is_not_scanned_again() -> None:
    names = programme_aliases().names
    assert names.shared is not None
    union, _ = names.shared
    folded = fold("Dofinansowanie z programu Polski Ład, minister finansów")
    first = union.starts(folded)
    assert union.starts(folded) is first
    assert funder_aliases().names._starts(folded) is first[1]


def test_indexes_that_cannot_share_are_left_apart() -> None:
    # lower-case names (at word starts) and capitals (anywhere) are found differently
    names = alias_set([("A", "program rozwoju", "")]).names
    capitals = alias_set([("B", "", "RPO")]).abbreviations
    share_scans(names, capitals)
    assert names.shared is None and capitals.shared is None
    # a two-word root ("po inteligentn*") would hide the other table's root at its second word
    short = alias_set([("C", "po inteligentn* rozwoj", "")]).names
    other = alias_set([("D", "inteligentn* miast*", "")]).names
    share_scans(short, other)
    assert short.shared is None and other.shared is None
    # two tables that can share find what each finds alone
    first, second = alias_set([("E", "fundusz* sołeck*", "")]).names, alias_set([("F", "fund* pracy", "")]).names
    share_scans(first, second)
    assert first.shared is not None and second.shared is not None
    text = fold("Fundusz Sołecki i Fundusz Pracy, fundacja")
    assert (
        first._starts(text)
        == dataclasses.replace(first, shared=None)._starts(text)
        == {0: ["fundusz"], 18: ["fundusz"]}
    )
    assert second._starts(text) == {0: ["fund"], 18: ["fund"], 33: ["fund"]}


ASCII_PIECES = (*(piece for piece in PIECES if piece.isascii()), "\x1c", "_a", "a/b", "x-program", "5 000")


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(ASCII_PIECES), max_size=25).map("".join))
def test_the_ascii_scan_finds_what_the_unicode_one_does(text: str) -> None:
    """A folded text of ASCII only is scanned with the finder compiled `re.ASCII` (`_ascii_twin`): the same word
    starts."""
    for name in ("programme names", "funder names"):
        shared = INDEXES[name]().shared
        assert shared is not None
        union, _ = shared
        haystack = fold(text)
        assert haystack.isascii()
        assert union.ascii_finder.flags & re.ASCII and not union.finder.flags & re.ASCII
        found = [(m.start(1), m.group(1)) for m in union.ascii_finder.finditer(haystack)]
        assert found == [(m.start(1), m.group(1)) for m in union.finder.finditer(haystack)], name


def test_the_ascii_scan_on_real_passages() -> None:
    shared = programme_aliases().names.shared
    assert shared is not None
    union, _ = shared
    folded = [fold(json.loads(path.read_text(encoding="utf-8"))["text"]) for path in PASSAGES]
    assert sum(text.isascii() for text in folded) > len(folded) // 2  # (most folded texts are ASCII only)
    for text in filter(str.isascii, folded):
        ascii_spans = [m.span(1) for m in union.ascii_finder.finditer(text)]
        assert ascii_spans == [m.span(1) for m in union.finder.finditer(text)]
