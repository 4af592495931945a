"""The sentence around a partner cue: where it ends, and the whole of it for a reader's context check.

Apart from `extract.org_sentences` (the role readers' sentence bounds) because a partner list reads on where those
stop: past a full stop before a lower-case word ("31 stycznia 2014 r. w celu realizacji projektu") and, back from
the cue, past a title's "pn." ("do projektu pn. „Ratusz”, który …").
"""

from __future__ import annotations

import re

from extract.org_names import sentence_end

_WINDOW = 1500  # the longest sentence (or list in it) read from one cue; keeps a run-on page linear


# A full stop before a lower-case word ends no sentence: "zawarta 31 stycznia 2014 r. w celu realizacji projektu".
_GOES_ON = re.compile(r"\.[ \t]+[a-ząćęłńóśźż]")


def end_of_sentence(text: str, start: int) -> int:
    """Where the sentence running from `start` ends (`sentence_end`, read on past a full stop before a lower-case
    word, five times at most, within `_WINDOW` characters)."""
    limit = start + _WINDOW  # (a bound, not a copy of the text up to it: a cue is read in one window of the page)
    end = sentence_end(text, start, limit)
    for _ in range(5):
        if not _GOES_ON.match(text, end, limit):
            break
        end = sentence_end(text, end + 1, limit)
    return end


# Abbreviations whose full stop ends no sentence before a title: "projektu pn. „Ratusz”", "pt. „Razem”".
_TITLE_ABBREVIATION = re.compile(r"(?<![\w.])(?:pn|pt|tzw|tj)$")


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] (600 characters back at most, from its line break or full stop), for
    the context words a cue must have beside it."""
    floor = max(0, start - 600)
    stop = text.rfind(". ", floor, start)
    while stop > floor and _TITLE_ABBREVIATION.search(text, max(floor, stop - 4), stop):
        stop = text.rfind(". ", floor, stop)  # "do projektu pn. „Ratusz”, który …": the sentence goes on
    begin = max(text.rfind("\n", floor, start), stop, floor)
    return text[begin : end_of_sentence(text, end)]
