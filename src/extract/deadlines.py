"""The deadline of a call: the first date a "termin zgłoszeń / składania wniosków … do" cue leads to.

>>> find_deadline("Zgłoszenia przyjmowane są do 15 marca 2024 r.")
(datetime.date(2024, 3, 15), [])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from extract.dates import DateMention, find_dates
from extract.org_names import text_cues

# The words right before the date: "zgłoszenia … do", "termin składania wniosków upływa w terminie do".
_DEADLINE_CUE = re.compile(
    r"(?:zgłosze\w*|nadsyła\w*|składa\w*\s+(?:wniosków|ofert|zgłoszeń)|termin\w*\s+(?:składania|naboru|zgłoszeń)|przyjmowane\s+są)"
    r"[^.\n]{0,40}?(?:do\s+dnia|do|w\s+terminie\s+do)\s*$",
    re.IGNORECASE,
)
# The words (lower case) one of which every _DEADLINE_CUE match holds.
_CUE_WORDS = ("zgłosze", "nadsyła", "składa", "termin", "przyjmowane")


def find_deadline(
    text: str, *, reference: date | None = None, mentions: Sequence[DateMention] | None = None
) -> tuple[date | None, list[str]]:
    """The last day of the first date a deadline cue leads to, plus a warning when that date cannot be read.

    `mentions`: `find_dates(text, reference=reference)` when the caller already has it (the period
    reads the same dates).  A span ("do końca marca 2024") gives its last day.
    """
    cues = text_cues(text)
    aligned = len(cues) == len(text)  # each letter of the cues at its offset in the text (see `matches_from`)
    for mention in find_dates(text, reference=reference) if mentions is None else mentions:
        start = max(0, mention.start - 80)
        if aligned and not any(word in cues[start : mention.start] for word in _CUE_WORDS):
            continue  # no cue word before the date: the regex (tried at every position) cannot match
        if _DEADLINE_CUE.search(text[start : mention.start]):
            if mention.value is None:
                return None, [f"deadline not read: {mention.warning}"]
            return mention.last, []
    return None, []
