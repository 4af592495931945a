"""`dates.prefix_tree_after`: the month words at a word start, opening with their letters, match what
`(?<!\\w)` and the plain tree match (and the periods' scans built on it are tried at those letters only)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from extract import periods
from extract.dates import MONTH_PATTERN, MONTH_WORDS, prefix_tree_after

AFTER = re.compile(prefix_tree_after(MONTH_WORDS, r"\w"))
PLAIN = re.compile(rf"(?<!\w)(?:{MONTH_PATTERN})")
PIECES = ["maj", "Maja", "MARCA", "marzec", "lipiec", "lipca", "x", "1", "_", " ", "-", "ą", "w", "\n", "ſ", "smaj"]


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_same_matches_as_the_look_behind_first(text: str) -> None:
    assert [m.span() for m in AFTER.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]


def test_table() -> None:
    found = [m.group(0) for m in AFTER.finditer("maj, 1maja, xmaja, _maj, MARCA-lipca")]
    assert found == ["maj", "MARCA", "lipca"]  # a digit, a letter or "_" before: no word start


def test_the_scans_open_with_a_class_of_letters() -> None:
    # a regex opening with a look-behind has no first characters for the engine to skip to
    for regex in (periods._MONTHS_OVER_YEARS, periods._YEAR_THEN_MONTHS, periods._MONTHS_DASHED):
        assert not regex.pattern.startswith(("(?<", "(?="))
