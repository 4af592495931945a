"""Days and months a period prints without their year ("od 1 sierpnia do 14 listopada"), and the year a reader gives
them.

Polish leaves the year out when the text has just named it or when it is the year of writing: "Wybrane projekty
zostaną zrealizowane od 1 sierpnia do 14 listopada" after "wnioski przyjmowane są do 11 lipca 2025 r."; "Zajęcia
prowadzone będą od 1 czerwca do 30 września" in a dated post.  The year is the one named at most a paragraph
before, else the publication's (the reference of every relative date, `extract.dates`), else any year named before.
("br." with no publication date stays unresolved: the labels give it no year, tried and measured in s16.)"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from extract.dates import MONTH_PATTERN, MONTHS, DateMention, month_span
from extract.lowered import lowered, occurrences

_HS = r"[ \t\u00a0\u2009\u202f]"
_MONTH = rf"(?:{MONTH_PATTERN})(?![^\W\d_])"
# "od 1 sierpnia do 14 listopada", "od czerwca do września", "od 1 czerwca do 30 września" with no year after the
# second end (nor "br.", "bieżącego roku", a year: those are dates of `extract.dates` already; nor "przyszłego roku",
# "ubiegłego roku": another year than the one named).
_YEARLESS_RANGE = re.compile(
    rf"(?<!\w)(?i:od){_HS}+(?:(?P<d1>\d{{1,2}}){_HS}+)?(?P<m1>{_MONTH}){_HS}+(?i:do){_HS}+"
    rf"(?:(?P<d2>\d{{1,2}}){_HS}+)?(?P<m2>{_MONTH})"
    rf"(?!{_HS}*(?:\d|[-–—/.]\d)|{_HS}+(?i:br\b|b\.r\.|bież|tego|roku|r\.|przyszł|następn|kolejn|zeszł|ubiegł))"
)


@dataclass(frozen=True, slots=True)
class YearlessRange:
    pos: int  # where "od" begins
    end_pos: int
    start: date
    end: date


_JUST_NAMED = 300  # characters: how far back a year counts as "just named" (about a paragraph)


def context_year(tokens: Sequence[DateMention], pos: int, reach: int | None = None) -> int | None:
    """The year of the nearest dated token before `pos` (a token with a value), at most `reach` characters back
    when given, or None.  `tokens` are sorted by their start (`periods._tokens`): the tokens from `pos` on are
    passed over by bisection, not read one by one for each range (a long page's ranges and dates made it quadratic)."""
    for k in range(bisect_left(tokens, pos, key=lambda token: token.start) - 1, -1, -1):
        token = tokens[k]
        if reach is not None and token.end < pos - reach:
            return None
        if token.start < pos and token.value is not None:
            return token.value.year
    return None


def yearless_ranges(text: str, tokens: Sequence[DateMention], reference: date | None) -> Iterator[YearlessRange]:
    """Every "od <day> <month> do <day> <month>" with no year printed, in the year of a dated token at most a
    paragraph before (the year just named), else the reference's, else the year of any dated token before; none
    where none gives a year."""
    if " do " not in text and " DO " not in text and " Do " not in text:  # cheap test first (the range's end)
        return
    # where "od" and a space begin (str.find in the page's shared lowered text, not a regex tried at every letter;
    # "od" before a no-break space is left out)
    starts = occurrences(lowered(text), "od ")
    for at in starts:
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue  # "kod ", "zachód ": no word of its own
        m = _YEARLESS_RANGE.match(text, at)
        if m is None:
            continue
        # the year just named (a deadline's, an edition's) first: a page's date may be a later comment's or a
        # reprint's; then the publication's; then any year named before
        year = context_year(tokens, m.start(), _JUST_NAMED) or (
            reference.year if reference is not None else context_year(tokens, m.start())
        )
        if year is None:
            continue
        if _DESK_OR_CALL.search(_sentence(text, at, m.end())) and not _WORK_RUNS_BEFORE.search(
            text, max(0, at - 40), at
        ):
            continue  # "Punkt jest czynny od 1 czerwca do 31 sierpnia", "Zapisy od 3 do 14 kwietnia": no work's dates
        first_month, last_month = MONTHS[m.group("m1").lower()], MONTHS[m.group("m2").lower()]
        if last_month < first_month:
            continue  # "od października do maja": over the turn of a year, not said which
        try:
            start = date(year, first_month, int(m.group("d1"))) if m.group("d1") else month_span(year, first_month)[0]
            end = date(year, last_month, int(m.group("d2"))) if m.group("d2") else month_span(year, last_month)[1]
        except ValueError:
            continue  # "od 31 lutego": no such day
        if start <= end:
            yield YearlessRange(m.start(), m.end(), start, end)


# "Projekt rozpocznie się we wrześniu", "Realizacja zadania ma ruszyć w marcu", "Zajęcia ruszą w październiku": the
# work's start in a month with no year, said ahead (present or future: a past start's year is as often the year
# before).  Only where the sentence names the work and no call ("Nabór ruszy w marcu" is a call's).
_START_AHEAD = re.compile(
    rf"(?i:rozpoczyna(?:ją)?|rozpocz(?:nie|ną)|zaczyna(?:ją)?|zaczn(?:ie|ą)|rusz(?:a|ą|y|yć)|(?:wy)?startuj(?:e|ą))"
    rf"(?:{_HS}+(?i:się))?{_HS}+(?i:we?){_HS}+(?P<mo>{_MONTH})"
    rf"(?!{_HS}*(?:\d|[-–—/.]\d)|{_HS}+(?i:br\b|b\.r\.|bież|tego|roku|r\.|przyszł|następn|kolejn|zeszł|ubiegł))"
)
_START_AHEAD_CUES = ("rozpoczyna", "rozpoczn", "zaczyna", "zaczn", "rusz", "startuj")
_WORK_NOUN = re.compile(
    r"(?<!\w)(?i:projekt\w*|zadani[ea]\w*|realizacj\w*|inwestycj\w*|budow\w*|prac[aey]?|zajęci\w*)(?!\w)"
)
_CALL_NOUN = re.compile(r"(?i:nab[oó]r|konkurs|rekrutacj|zapis|głosowan|ankiet|konsultacj|składani|wniosk)")
_SENTENCE_EDGE = re.compile(r"[.!?\n]")
# An office's opening or a desk's duty and a call's window: "Punkt konsultacyjny jest czynny od 1 czerwca do 31
# sierpnia", "Biuro przyjmuje zgłoszenia od 5 do 30 września", "Dyżury odbywają się od 10 do 20 czerwca".
_DESK_OR_CALL = re.compile(
    rf"{_CALL_NOUN.pattern}|(?i:czynn[yaei]|dyżur|przyjmuj|przyjmowan|zgłosze|rejestracj|(?<!\w)w{_HS}+godzinach)"
)
# ... unless the work's own verb dates the range: "Zadanie wyłonione w konkursie będzie realizowane od 1 czerwca do 30
# listopada", "Zajęcia odbywają się od 1 lipca do 31 sierpnia w godzinach 9-13".
_WORK_RUNS_BEFORE = re.compile(
    rf"(?i:realiz\w*|prowadz\w*|odbyw\w*(?:{_HS}+się)?(?:{_HS}+będą)?|(?:po)?trwa\w*|wykon\w*){_HS}+\Z"
)


def _sentence(text: str, at: int, end: int) -> str:
    """The sentence holding text[at:end], at most 200 characters either side (a yearless date's words stand near)."""
    left = max((e.end() for e in _SENTENCE_EDGE.finditer(text, max(0, at - 200), at)), default=max(0, at - 200))
    right = _SENTENCE_EDGE.search(text, end, end + 200)
    return text[left : right.start() if right else end + 200]


@dataclass(frozen=True, slots=True)
class YearlessStart:
    pos: int  # where the verb begins
    end_pos: int
    start: date


def yearless_starts(text: str, tokens: Sequence[DateMention], reference: date | None) -> Iterator[YearlessStart]:
    """Every start verb said ahead with a month and no year ("rozpocznie się we wrześniu"), in the year just named
    (at most a paragraph before), else the reference's; the sentence names the work and no call."""
    low = lowered(text)  # (the page's lowered text, made once for all parsers; offsets as the text's)
    starts = sorted(at for cue in _START_AHEAD_CUES for at in occurrences(low, cue))
    for at in starts:
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue  # inside a word ("wyruszy" is a trip's)
        m = _START_AHEAD.match(text, at)
        if m is None:
            continue
        sentence = _sentence(text, at, m.end())
        if not _WORK_NOUN.search(sentence) or _CALL_NOUN.search(sentence):
            continue
        year = context_year(tokens, at, _JUST_NAMED) or (reference.year if reference is not None else None)
        if year is not None:
            yield YearlessStart(at, m.end(), date(year, MONTHS[m.group("mo").lower()], 1))
