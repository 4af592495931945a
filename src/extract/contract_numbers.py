"""Contract numbers: the "numer umowy / projektu / decyzji" keys of EU and state programmes.

>>> find_contract_number("na podstawie umowy nr rpop.08.01.00 - 16 - 0001/20 z dnia 31.12.2020 r.")
'RPOP.08.01.00-16-0001/20'
"""

from __future__ import annotations

import re

# RPOP.08.01.00-16-0001/20, POWR.02.05.00-00-0320/19-00, FEOP.06.01-IZ.00-0001/23.
_CONTRACT = re.compile(
    r"\b((?:RP[A-Z]{2}|POWR|POIS|POIR|POPC|POPW|POKL|POPT|FE[A-Z]{2,4})\s?\.\s?\d{2}\.\d{2}(?:\.\d{2})?"
    r"\s?-\s?[A-Z0-9.]+\s?-\s?\d{3,4}/\d{2}(?:-\d{2})?)(?![\w/])",
    re.IGNORECASE,
)
# What every number holds ("0001/20"); a literal first, so most pages are passed over at C speed.
_YEAR_SUFFIX = re.compile(r"/\d\d")


def normalise_contract(raw: str) -> str:
    """One spelling per contract number, so it joins to the official lists: upper case, no spaces."""
    return re.sub(r"\s+", "", raw).upper()


def find_contract_number(text: str) -> str | None:
    """The first contract number `text` prints, normalised; None when it prints none."""
    if _YEAR_SUFFIX.search(text) and (match := _CONTRACT.search(text)):
        return normalise_contract(match.group(1))
    return None
