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
# The nouns every match ends with (after a count), and the words they begin with: `_counted` looks for them only
# where one is, so most pages stop there.
_PEOPLE = re.compile(r"(?:osób|osoby|uczestników|uczestniczek|dzieci|rodzin)\b", re.IGNORECASE)
_PEOPLE_STARTS = ("osób", "osoby", "uczestni", "dzieci", "rodzin")
# The support words every _PARTICIPANTS match begins with: it is tried where one is (`matches_from`), not at each
# position of the text (its case-insensitive words give the regex engine no first letter to skip to).
_PARTICIPANTS_STARTS = ("wsparci", "objęt", "skorzysta", "uczestni", "udział")


def _counted(text: str) -> bool:
    r"""Whether a count stands before one of `_PEOPLE` ("120 osób"): the nouns are found by `str.find`
    (`matches_from`) and the digit and white space before each checked by hand, a few times quicker than a regex
    opening with a digit (tested against one in tests/test_scan_prefilters.py)."""
    for match in matches_from(_PEOPLE, text, text_cues(text), _PEOPLE_STARTS):
        at = match.start()
        while at and text[at - 1].isspace():
            at -= 1
        if at < match.start() and at and text[at - 1].isdecimal():
            return True
    return False


def find_participants(text: str) -> int | None:
    """How many people a project supports ("wsparciem zostanie objętych 120 osób"), not any count of people."""
    if _counted(text) and (
        match := next(matches_from(_PARTICIPANTS, text, text_cues(text), _PARTICIPANTS_STARTS), None)
    ):
        return int(re.sub(r"\D", "", match.group(1)))
    return None
