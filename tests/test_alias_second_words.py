"""The alias scanner's shortcut for big groups ("program": hundreds of aliases) finds exactly what trying every
alias of the group finds: on every real-text passage, and on texts made of the aliases' own words."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.funding_aliases import fold
from extract.funding_tables import funder_aliases, programme_aliases

TABLES = {"programmes": programme_aliases, "funders": funder_aliases}
PASSAGES = sorted(Path(__file__).parent.joinpath("realtext", "dev").glob("*.json"))


def _both(table: str, folded: str) -> tuple[object, object]:
    index = TABLES[table]().names
    assert index.second_words, "the shortcut is not in use: nothing to compare"  # "program" is a big group
    every_row = dataclasses.replace(index, second_words={})
    return index.scan(folded), every_row.scan(folded)


@pytest.mark.parametrize("table", ["programmes"])
def test_same_matches_on_real_passages(table: str) -> None:
    for path in PASSAGES:
        folded = fold(json.loads(path.read_text(encoding="utf-8"))["text"])
        narrowed, every_row = _both(table, folded)
        assert narrowed == every_row, path.name


def _alias_words() -> list[str]:
    index = programme_aliases().names
    words = {"program", "programu", "programie", "w", "i", "na", "rzecz", "2024", "+", ",", "-"}
    for _, rows in index.by_prefix.values():
        for regex, _keys in rows:
            words.update(w for w in regex.pattern.replace("\\w*", "").replace("\\s+", " ").split() if w.isalpha())
    return sorted(words)


WORDS = _alias_words()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
def test_same_matches_on_alias_words(words: list[str]) -> None:
    narrowed, every_row = _both("programmes", " ".join(["program", *words]))
    assert narrowed == every_row
