"""How many people a project supports, when the page says so.

>>> find_participants("Wsparciem zostanie objętych 1 250 osób z terenu gminy.")
1250
"""

from __future__ import annotations

import re

# A support verb, then within the same sentence a count of people: "wsparciem zostanie objętych 120 osób".
_PARTICIPANTS = re.compile(
    r"\b(?:wsparci\w*|objęt\w*|skorzysta\w*|uczestni\w*|udział\s+weźmie)\b[^.\n]{0,60}?"
    r"\b(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)\s+(?:osób|osoby|uczestników|uczestniczek|dzieci|rodzin)\b",
    re.IGNORECASE,
)
# What every match ends with; far cheaper to look for (a digit is rare in prose), so most pages stop here.
_COUNT = re.compile(r"\d\s+(?:osób|osoby|uczestników|uczestniczek|dzieci|rodzin)\b", re.IGNORECASE)


def find_participants(text: str) -> int | None:
    """How many people a project supports ("wsparciem zostanie objętych 120 osób"), not any count of people."""
    if _COUNT.search(text) and (match := _PARTICIPANTS.search(text)):
        return int(re.sub(r"\D", "", match.group(1)))
    return None
