"""Sentences and character classes the role readers share: sentence bounds, a label's value, money near.

Split from `extract.organisations` so that every role reader cuts sentences the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.org_names import NAME_ABBREVIATIONS

CAP = "A-ZĄĆĘŁŃÓŚŹŻ"
NAME_REACH = 300  # characters: no name is longer
MAX_CUES = 40


def either(words: tuple[str, ...]) -> str:
    """A regex group of these words (a space in one matches any run of spaces): a scan built from the word tuple
    its gate tests, so the two cannot drift apart."""
    return "(?:" + "|".join(re.escape(word).replace("\\ ", r"\s+") for word in words) + ")"


# A sentence stop's mark: a line break, or a full stop before a capital ("… 2020 r. z RFIL-u" goes on; "pt. Dzienny
# Dom" too); periods' sentence bounds read it too.  A class first, which the regex engine skips to at C speed; the
# stop's word is read back from there (a regex with a look-behind first, tests/test_sentence_stops.py's reference, is
# tried at every position).  funding_sentences.SENTENCE_STOP_BEFORE_CAPITAL differs: a digit after the mark opens a
# sentence there, a line break alone ends none.
SENTENCE_STOP_OR_LINE_BREAK = re.compile(rf"\n|[.!?](?=[ \t\u00a0]+[{CAP}„\"])")


def sentence_stops(text: str, start: int, end: int) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, word) of each sentence stop in text[start:end]: a line break (no word), or a mark after the
    run of word characters and dots right before it, its word (None if the run is empty).

    A run that began before `start` is no stop there (its first letter lies outside the scan, every later one has
    a letter before it)."""
    for mark in SENTENCE_STOP_OR_LINE_BREAK.finditer(text, start, end):
        at = mark.start()
        if text[at] == "\n":
            yield at, at + 1, None
            continue
        word = at
        while word > start and _word_char(text[word - 1]):  # read back no further than the scan's window
            word -= 1
        if word > start or not (start and _word_char(text[start - 1])):
            yield word, at + 1, text[word:at] or None


def _word_char(char: str) -> bool:
    """`[\\w.]`: a character of a stop's word."""
    return char.isalnum() or char in "_."


_NOT_STOPS = NAME_ABBREVIATIONS | frozenset(["pt", "ul", "mgr", "np", "tzw", "m.in", "al", "p", "tj", "ok", "k"])
# A sum or a word for money: what makes "otrzymała …" a grant and not a prize or a letter.
MONEY = re.compile(
    r"dofina|dotac|dotow|wsparci|(?<![\w])środk|grant|subwencj|promes|pieni[ąę]d|\bczek|voucher|kwot"
    r"|\bzł|złot|zlot|\bPLN|\bmln\b|\btys\b|milion|miliard|budżetu\s+państwa",  # "pozyskał z budżetu państwa"
    re.IGNORECASE,
)


def labelled_value(text: str, end: int) -> str:
    """The value after a label: the rest of the line, or the next line when the label ends one."""
    line_end = text.find("\n", end)
    line = text[end : line_end if line_end >= 0 else len(text)]
    if line.strip() or line_end < 0:
        return line
    following = text[line_end + 1 :].lstrip("\n \t\u00a0")
    return following.split("\n", 1)[0]


_STOP_LOOK = 4  # characters past a position a stop before it may need to see (the spaces and capital after its mark)


def start_of_sentence(text: str, position: int) -> int:
    """Where the sentence holding `position` starts: after a line break or a full stop before a capital (a sentence's
    first letter starts its own sentence: the scan sees the capital after the stop, not a stop after `position`)."""
    window = max(0, position - 400)
    start = window
    for stop_start, stop_end, word in sentence_stops(text, window, min(len(text), position + _STOP_LOOK)):
        if stop_end > position:
            break  # a stop at or after `position` (a line break right at it ends the sentence holding it)
        if text[stop_start] != "\n" and text.rfind("„", start, stop_start) > text.rfind("”", start, stop_start):
            continue  # "pn. „Stargard i Greifswald razem dla kultury. 8. Art. Festiwal”": inside a quoted title
        if word is None or word.lower() not in _NOT_STOPS:
            start = stop_end
    return start


def sentence_stop(text: str, position: int, limit: int = 100) -> int:
    """Where the sentence holding `position` ends, at most `limit` characters on."""
    for _, stop_end, word in sentence_stops(text, position, position + limit):
        if word is None or word.lower() not in _NOT_STOPS:
            return stop_end
    return min(len(text), position + limit)


def money_near(text: str, start: int, end: int, *, sentences: int = 1) -> bool:
    """A sum or a word for money in the sentence of text[start:end] (and the `sentences` - 1 after it)."""
    stop = end
    for _ in range(sentences):  # (a sentence may put a programme's long name between the verb and the money)
        stop = sentence_stop(text, stop + 1, limit=200)
    if text[end : end + 3].lstrip(" \t").startswith(":"):  # "Gmina X otrzymała:\n– dofinansowanie: 131.824,80 zł"
        stop = max(stop, end + len(list_after(text, end)))
    return bool(MONEY.search(text, start_of_sentence(text, start), stop))


def list_after(text: str, position: int) -> str:
    """The lines after a colon up to the paragraph's end (600 characters at most): a list's items."""
    stop = text.find("\n\n", position)
    return text[position : stop if stop >= 0 else len(text)][:600]
