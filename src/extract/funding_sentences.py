"""Where a payer's sentence begins and stops, read within a bounded reach of its match: a text with no full stop
costs a bounded look per match, not a whole-text scan; a date's "r." and a name's "pn." end no sentence."""

from __future__ import annotations

import re

SENTENCE_REACH = 400  # characters a sentence is read on either side of its match, as `find_payers` reads


def sentence_begin(text: str, low: int, at: int) -> int:
    """Where the sentence holding `at` begins, looked for from `low` on: after the last ". " or line break before
    `at`, else `low` (a bounded look: a text with no full stop costs no whole-text scan)."""
    return max(text.rfind(". ", low, at) + 1, text.rfind("\n", low, at) + 1, low)


def sentence_span(text: str, start: int, end: int, reach: int | None = None, *, dated: bool = False) -> tuple[int, int]:
    """(begin, stop) of the sentence holding text[start:end]: from after the last ". " or line break before it to
    the next one after it; with `reach`, at most that many characters either side, so a text with no full stop
    costs a bounded look per match, not a whole-text scan.  `dated`: a date's "r."/"br." after the text does not
    stop it ("zmienił uchwałę z 30 marca 2015 r. o udzieleniu dotacji", `stop_after`)."""
    low = 0 if reach is None else max(0, start - reach)
    high = len(text) if reach is None else min(len(text), end + reach)
    begin = sentence_begin(text, low, start)
    full_stop = stop_after(text, end, high) if dated else text.find(". ", end, high)
    stop = min(x for x in (full_stop, text.find("\n", end, high), high) if x >= 0)
    return begin, stop


_YEAR_MARK = re.compile(r"(?:\d\s?r|(?<!\w)br)\Z")  # "2018 r.", "29 maja br." (bieżącego roku)


def stop_after(text: str, end: int, high: int) -> int:
    """Where the sentence after `end` stops before `high`: the next ". " that closes no date's "r." ("14 marca
    2018 r. ogłosił"); -1 when none does."""
    stop = text.find(". ", end, high)
    while stop >= 0 and _YEAR_MARK.search(text, max(0, stop - 4), stop):
        stop = text.find(". ", stop + 1, high)
    return stop


# A stop mark and its spaces before a capital, a digit or a quote: "tys. zł" or "r." before a lower-case word ends no
# sentence about funding (money_clauses.SENTENCE_END ends one at any mark before a space).
SENTENCE_STOP_BEFORE_CAPITAL = re.compile(r"[.!?]\s+(?=[A-ZŁŚŻŹĆŃÓ\d„\"])")


def sentence_end_before(text: str, folded: str, start: int) -> int:
    """Where the last full stop before `start` ends a sentence (a capital after it): not "29.05.2024 r. zawarli",
    nor a name's abbreviation ("fundusz celowy pn. Fundusz Solidarnościowy")."""
    at = start
    for _ in range(20):
        at = folded.rfind(". ", max(0, start - 200), at)
        if at >= 0 and _NAMING_ABBREVIATION.search(folded, max(0, at - 12), at):
            continue
        if at < 0 or not text[at + 2 : at + 3].islower():
            return at
    return -1


_NAMING_ABBREVIATION = re.compile(r"(?<!\w)(?:pn|pt|tzw|im)\Z")
