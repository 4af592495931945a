"""Days and months a period prints without their year ("od 1 sierpnia do 14 listopada"), and the year a reader gives
them.

Polish leaves the year out when the text has just named it or when it is the year of writing: "Wybrane projekty
zostaną zrealizowane od 1 sierpnia do 14 listopada" after "wnioski przyjmowane są do 11 lipca 2025 r."; "Zajęcia
prowadzone będą od 1 czerwca do 30 września" in a dated post.  The year is the one named at most a paragraph
before, else the publication's (the reference of every relative date, `extract.dates`), else any year named before.
("br." with no publication date stays unresolved: the labels give it no year, tried and measured in s16.)"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from extract.dates import MONTH_PATTERN, MONTHS, DateMention, month_span

_HS = r"[ \t\u00a0\u2009\u202f]"
_MONTH = rf"(?:{MONTH_PATTERN})(?![^\W\d_])"
# "od 1 sierpnia do 14 listopada", "od czerwca do września", "od 1 czerwca do 30 września" with no year after the
# second end (nor "br.", "bieżącego roku", a year: those are dates of `extract.dates` already).
_YEARLESS_RANGE = re.compile(
    rf"(?<!\w)(?i:od){_HS}+(?:(?P<d1>\d{{1,2}}){_HS}+)?(?P<m1>{_MONTH}){_HS}+(?i:do){_HS}+"
    rf"(?:(?P<d2>\d{{1,2}}){_HS}+)?(?P<m2>{_MONTH})"
    rf"(?!{_HS}*(?:\d|[-–—/.]\d)|{_HS}+(?i:br\b|b\.r\.|bież|tego|roku|r\.))"
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
    when given, or None."""
    for token in reversed(tokens):
        if reach is not None and token.end < pos - reach:
            return None
        if token.start < pos and token.value is not None:
            return token.value.year
    return None


def yearless_ranges(text: str, tokens: Sequence[DateMention], reference: date | None) -> Iterator[YearlessRange]:
    """Every "od <day> <month> do <day> <month>" with no year printed, in the year of a dated token at most a
    paragraph before (the year just named), else the reference's, else the year of any dated token before; none
    where none gives a year."""
    if " od " not in text and "Od " not in text and "\nod " not in text:  # cheap test first (a literal cue)
        return
    for m in _YEARLESS_RANGE.finditer(text):
        # the year just named (a deadline's, an edition's) first: a page's date may be a later comment's or a
        # reprint's; then the publication's; then any year named before
        year = context_year(tokens, m.start(), _JUST_NAMED) or (
            reference.year if reference is not None else context_year(tokens, m.start())
        )
        if year is None:
            continue
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
