"""`org_sentences.sentence_stops` finds what `_SENTENCE_STOP.finditer` finds, read from each stop's last character."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.org_sentences import CAP, sentence_stops

# The stops as one regex says them (the reference; its look-behind first makes it slow to scan with): a line break,
# or a full stop before a capital, after the run of word characters and dots before it.
_SENTENCE_STOP = re.compile(rf"\n|(?<![\w.])(?P<word>[\w.]+)?[.!?](?=[ \t\u00a0]+[{CAP}„\"])")

PIECES = ["abc", "a.b", "m.in.", "ul.", "Nr", ". ", "! ", "? ", ".", "!", "?", " ", "\u00a0", "\t", "\n", "X", "Ż"]
PIECES += ["„", '"', "_", "1", "(", "ą", "  A", "İ", "²"]


def _plain(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.group("word")) for m in _SENTENCE_STOP.finditer(text, start, end)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_same_stops_as_the_regex(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    assert list(sentence_stops(text, start, start + length)) == _plain(text, start, start + length)


def test_same_stops_on_real_passages() -> None:
    for path in sorted(Path(__file__).parent.joinpath("realtext", "dev").glob("*.json"))[:200]:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        for position in range(0, len(text), 50):
            for start, end in ((max(0, position - 400), position), (position, position + 200)):
                assert list(sentence_stops(text, start, end)) == _plain(text, start, end), path.name


def test_table() -> None:
    text = "Gmina A otrzymała m.in. Dotację. Wójt X podpisał umowę.\nDalej"
    assert list(sentence_stops(text, 0, len(text))) == [(18, 23, "m.in"), (24, 32, "Dotację"), (55, 56, None)]
    first, *_ = sentence_stops(text, 20, len(text))
    assert first == (24, 32, "Dotację")  # "m.in." began before the scan: no stop of its own there


def test_a_word_longer_than_the_window() -> None:
    """A stop's word is read back no further than the window: a run that began before it is no stop there, one that
    begins at its first character is (the same as the regex, which looks behind the window's start)."""
    text = "b. Ala " + "a" * 5000 + ". Ala ma kota. Dalej"
    for start in (len(text) - 300, 7, 8, 6, 0):
        assert list(sentence_stops(text, start, len(text))) == _plain(text, start, len(text))
    assert next(sentence_stops(text, 7, len(text))) == (7, 5008, "a" * 5000)
