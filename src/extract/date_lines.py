"""Lines that print a date: one holding nothing but a date, and a publication cue ("Opublikowano: …").

Shared by the publication-date cascade (it reads them) and the text-edge trimming (it drops them).
"""

from __future__ import annotations

import re
from datetime import date

from extract.dates import find_dates

_WEEKDAYS_TIMES = re.compile(
    r"\b(?:poniedziałek|poniedzialek|wtorek|środa|sroda|czwartek|piątek|piatek|sobota|niedziela|pon|wt|śr|sr|czw"
    r"|pt|sob|niedz|nd)\b\.?|\d{1,2}:\d{2}(?::\d{2})?|\bgodz\w*\.?|\b(?:dnia|dn\.|r\.|roku)\b",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
PUBLISHED_CUE = re.compile(
    r"^\W{0,3}(?:opublikowano|opublikował\w*|data\s+(?:publikacji|opublikowania|dodania|wprowadzenia"
    r"|udostępnienia|zamieszczenia)|dodano|dodał\w*|wprowadzono|zamieszczono|udostępniono|napisane\s+przez"
    r"|napisał\w*|wpisany\s+przez|wpisał\w*|autor\w*|publikacja|wysłano|posted|published|written\s+by)",
    re.IGNORECASE,
)


def date_only(line: str) -> date | None:
    """The date of a line that holds nothing but a date (with a weekday, an hour, "r.")."""
    if len(line) > 70:
        return None
    mentions = [m for m in find_dates(line) if m.precision == "day" and m.value is not None]
    if not mentions:
        return None
    rest = line
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    rest = _WEEKDAYS_TIMES.sub(" ", rest)
    if len(_LETTER.findall(rest)) > 2:
        return None
    return mentions[0].value
