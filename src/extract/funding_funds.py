"""The EU fund as printed ("Europejskiego Funduszu Społecznego", "EFS+"): the first step of the funding cascade, the
one reading that needs no table."""

from __future__ import annotations

import re

# Each EU fund name, from its "fundusz" on; all but the Cohesion Fund follow "europejski".
_FUND_PATTERNS: tuple[tuple[str, bool, re.Pattern[str]], ...] = (
    ("EFS+", True, re.compile(r"fundusz\w*\s+spoleczn\w*\s*(?:\+|plus\b)")),
    (
        "EFRROW",
        True,
        re.compile(r"fundusz\w*\s+roln\w*\s+na\s+rzecz\s+rozwoju\s+obszarow\s+wiejskich"),
    ),
    ("EFRR", True, re.compile(r"fundusz\w*\s+rozwoju\s+regionaln\w*")),
    ("EFS", True, re.compile(r"fundusz\w*\s+spoleczn\w*")),
    ("FS", False, re.compile(r"fundusz\w*\s+spojnosci\b")),
    # the food aid's fund (PO PŻ 2014-2020): "Europejskiego Funduszu Pomocy Najbardziej Potrzebującym"
    ("FEAD", True, re.compile(r"fundusz\w*\s+pomocy\s+najbardziej\s+potrzebujac\w*")),
)
_EUROPEAN_BEFORE = re.compile(r"\beuropejsk\w*\s+$")
_FUND_ABBREVIATIONS = re.compile(r"\b(EFS\s?\+|EFS\s+Plus\b|EFRROW|EFRR|EFS|FEAD)(?![\w+])")
_FUND_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:fundusz|źródło\s+finansowania|zrodlo\s+finansowania)\s*:\s*$", re.I)


def find_funds(text: str, folded: str) -> list[tuple[int, str, bool]]:
    """(position, fund, labelled) for every EU fund named, in order."""
    found: list[tuple[int, str, bool]] = []
    at = folded.find("fundusz")
    while at >= 0:
        european = _EUROPEAN_BEFORE.search(folded, max(0, at - 30), at)
        for fund, needs_european, pattern in _FUND_PATTERNS:
            if needs_european and european is None:
                continue
            if pattern.match(folded, at):
                start = european.start() if european and needs_european else at
                labelled = bool(_FUND_LABEL.search(text[max(0, start - 40) : start]))
                found.append((start, fund, labelled))
                break
        at = folded.find("fundusz", at + 1)
    for match in _FUND_ABBREVIATIONS.finditer(text) if "EF" in text or "FEAD" in text else ():
        if match.start() and text[match.start() - 1] == "-":
            continue
        raw = match.group(1)
        fund = "EFS+" if raw.startswith("EFS") and raw != "EFS" else raw
        found.append((match.start(), fund, False))
    found.sort()
    return found
