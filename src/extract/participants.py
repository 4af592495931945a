"""How many people a project supports, when the page says so.

>>> find_participants("Wsparciem zostanie objętych 1 250 osób z terenu gminy.")
1250
"""

from __future__ import annotations

import re

from extract.org_names import matches_from, text_cues

# A support verb, then within the same sentence a count of people: "wsparciem zostanie objętych 120 osób".
_PARTICIPANTS = re.compile(
    r"\b(?:wsparci\w*|objęt\w*|skorzysta\w*|uczestni\w*|udział\s+weźmie)\b[^.\n]{0,60}?"
    r"\b(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)\s+(?:osób|osoby|uczestników|uczestniczek|dzieci|rodzin)\b",
    re.IGNORECASE,
)
# What every match ends with; far cheaper to look for (a digit is rare in prose), so most pages stop here.
_COUNT = re.compile(r"\d\s+(?:osób|osoby|uczestników|uczestniczek|dzieci|rodzin)\b", re.IGNORECASE)
# `_COUNT`'s nouns alone, and the words they begin with: `_counted` looks for them only where one is.
_PEOPLE = re.compile(r"(?:osób|osoby|uczestników|uczestniczek|dzieci|rodzin)\b", re.IGNORECASE)
_PEOPLE_STARTS = ("osób", "osoby", "uczestni", "dzieci", "rodzin")


def _counted(text: str) -> bool:
    r"""Whether `_COUNT.search(text)` finds a count, at a few times its speed: the regex opens with a digit and is
    tried at every position, while its nouns are found by `str.find` (`matches_from`) and the digit and white
    space before each are checked by hand (`\d` is `str.isdecimal`, `\s` is `str.isspace`)."""
    for match in matches_from(_PEOPLE, text, text_cues(text), _PEOPLE_STARTS):
        at = match.start()
        while at and text[at - 1].isspace():
            at -= 1
        if at < match.start() and at and text[at - 1].isdecimal():
            return True
    return False


def find_participants(text: str) -> int | None:
    """How many people a project supports ("wsparciem zostanie objętych 120 osób"), not any count of people."""
    if _counted(text) and (match := _PARTICIPANTS.search(text)):
        return int(re.sub(r"\D", "", match.group(1)))
    return None
