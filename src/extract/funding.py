"""Funding sources: EU fund, operational programme, priority axis, measure, non-EU funder.

A cascade from the most to the least reliable reading, each step table-driven:

1. the EU fund as printed ("Europejskiego Funduszu Społecznego", "EFS+", …);
2. the programme as printed, from the aliases in ``data/programmes.csv`` (full names in any
   grammatical case, case-sensitive abbreviations, the years printed after them);
3. the priority axis and measure numbers as printed ("Osi priorytetowej II.", "Poddziałanie 9.2.1");
4. the programme derived from ``data/programme_measures.csv`` when the text names an axis or a
   measure together with its *name* (a number alone never identifies a programme);
5. the fund derived from the tables when the text names none;
6. a ministry / state payer from ``data/funders.csv``, normalised to its current name, and a
   ministry programme ("Maluch+", "Senior+", …) when no EU programme was found.

Disagreements never raise: the explicit reading wins and a warning says what disagreed.
Axes and measures are read in `extract.funding_measures`, the tables loaded in `extract.funding_tables`.

>>> found, _ = find_funding("RPO WO 2014-2020, oś priorytetowa VIII – Integracja społeczna")
>>> found.programme, found.priority_axis, found.fund
('RPO WO 2014-2020', 'VIII', 'EFS')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast, get_args

from extract.funding_aliases import fold
from extract.funding_measures import (
    Numbered,
    axis_number,
    find_axes,
    find_measures,
    pick_axis,
    pick_measure,
    programmes_from_names,
)
from extract.funding_tables import funder_aliases, measures, programme_aliases, programmes
from extract.model import Fund

__all__ = ["FundingMention", "find_funding", "measures", "programmes"]


def as_fund(name: str | None) -> Fund | None:
    """A fund name from the text or the tables as the model's Fund; a name the model does not know is a bug."""
    if name is None:
        return None
    if name not in get_args(Fund):
        raise ValueError(f"{name!r} is not one of the model's funds {get_args(Fund)}")
    return cast(Fund, name)


@dataclass(frozen=True, slots=True)
class FundingMention:
    fund: Fund | None = None  # one of model.Fund
    programme: str | None = None  # canonical, e.g. "RPO WO 2014-2020"
    priority_axis: str | None = None  # as printed, e.g. "VIII", "II"
    measure: str | None = None  # e.g. "8.1", "9.2.1"
    funder: str | None = None  # normalised ministry / payer name
    funder_text: str | None = None  # the payer's name as the page wrote it


# --------------------------------------------------------------------------- EU funds

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
)
_EUROPEAN_BEFORE = re.compile(r"\beuropejsk\w*\s+$")
_FUND_ABBREVIATIONS = re.compile(r"\b(EFS\s?\+|EFS\s+Plus\b|EFRROW|EFRR|EFS)(?![\w+])")
_FUND_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:fundusz|źródło\s+finansowania|zrodlo\s+finansowania)\s*:\s*$", re.I)


def _find_funds(text: str, folded: str) -> list[tuple[int, str, bool]]:
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
    for match in _FUND_ABBREVIATIONS.finditer(text) if "EF" in text else ():
        if match.start() and text[match.start() - 1] == "-":
            continue
        raw = match.group(1)
        fund = "EFS+" if raw.startswith("EFS") and raw != "EFS" else raw
        found.append((match.start(), fund, False))
    found.sort()
    return found


# --------------------------------------------------------------------------- programmes

_YEARS_AFTER = re.compile(
    r"[ \t,]*(?:\(?\s*(?:na\s+lata|w\s+latach|lata|perspektyw\w*)\s+)?"
    r"((?:19|20)\d{2})\s*(?:-|/)\s*((?:19|20)\d{2})"
    r"|[ \t,]*((?:19|20)\d{2})\s*\+"
)


@dataclass(frozen=True, slots=True)
class _ProgrammeMention:
    start: int
    candidates: tuple[str, ...]
    printed: str


def _find_programmes(text: str, folded: str, warnings: list[str]) -> list[_ProgrammeMention]:
    table = programmes()
    found: list[_ProgrammeMention] = []
    for start, end, keys in programme_aliases().scan(text, folded):
        printed = text[start:end]
        years = _YEARS_AFTER.match(folded, end)
        candidates = tuple(keys)
        if years:
            first = years.group(1) or years.group(3)
            printed = text[start : years.end()].strip()
            candidates = tuple(k for k in keys if not table[k].period or table[k].period.startswith(first))
            if not candidates:
                warnings.append(f"Programme {printed!r} is not in the programme table for those years; not read.")
                continue
        found.append(_ProgrammeMention(start, candidates, printed))
    return found


def _resolve_programme(
    mentions: list[_ProgrammeMention], derived: set[str], warnings: list[str]
) -> tuple[str | None, str | None]:
    """(EU programme, ministry programme) from the mentions, the table-derived set breaking ties."""
    table = programmes()
    eu = [m for m in mentions if any(table[c].kind == "eu" for c in m.candidates)]
    other = [m for m in mentions if m not in eu]
    certain = [m.candidates[0] for m in eu if len(m.candidates) == 1]
    explicit: list[str] = list(dict.fromkeys(certain))
    for mention in eu:
        if len(mention.candidates) == 1:
            continue
        known = [c for c in mention.candidates if c in certain or c in derived]
        if len(known) == 1:
            explicit.append(known[0])
        elif not certain:
            warnings.append(f"Programme {mention.printed!r} is ambiguous ({'; '.join(mention.candidates)}); not read.")
    explicit = list(dict.fromkeys(explicit))

    chosen: str | None = None
    if explicit:
        chosen = next((p for p in explicit if p in derived), explicit[0])
        if len(explicit) > 1:
            warnings.append(f"Several programmes named ({'; '.join(explicit)}); kept {chosen}.")
        if derived and chosen not in derived:
            warnings.append(
                f"The axis / measure names point to {'; '.join(sorted(derived))}, "
                f"but the text names {chosen}; kept {chosen}."
            )
    elif len(derived) == 1:
        chosen = next(iter(derived))
    elif len(derived) > 1:
        warnings.append(f"The axis / measure names fit several programmes ({'; '.join(sorted(derived))}); not read.")

    ministry = next((m.candidates[0] for m in other if len(m.candidates) == 1), None)
    return chosen, ministry


# --------------------------------------------------------------------------- funders

_FUNDING_CONTEXT = re.compile(
    r"(?:dofinansow|wspolfinansow|sfinansow|finansow|dotacj|srodk|budzet|grant|przyzna|otrzyma|pozyska|pozyczk"
    r"|program|wsparci|subwencj|dzieki|fundator|platnik)"
)
_FUNDER_AFTER = re.compile(r"^\W{0,3}\s*(?:\w+\s+){0,2}?(?:przyznal|przekazal|dofinansowal|sfinansowal|ufundowal)")


def _find_funder(text: str, folded: str, warnings: list[str]) -> tuple[str | None, str | None]:
    """(canonical funder, as printed) for the first payer named in a funding context."""
    found: list[tuple[str, str]] = []
    for start, end, keys in funder_aliases().scan(text, folded):
        sentence_start = max(0, folded.rfind(". ", 0, start), folded.rfind("\n", 0, start), start - 160)
        before = folded[sentence_start:start]
        if not (_FUNDING_CONTEXT.search(before) or _FUNDER_AFTER.match(folded[end : end + 60])):
            continue
        found.append((keys[0], " ".join(text[start:end].split())))
    if not found:
        return None, None
    distinct = list(dict.fromkeys(f for f, _ in found))
    if len(distinct) > 1:
        warnings.append(f"Several payers named ({'; '.join(distinct)}); kept {distinct[0]}.")
    return found[0]


# --------------------------------------------------------------------------- the cascade


def _table_fund(programme: str | None, axis: Numbered | None, measure: Numbered | None) -> str | None:
    """The fund the tables give for this programme / measure / axis, most specific first."""
    if programme is None:
        return None
    rows = [r for r in measures() if r.programme == programme]
    if measure is not None:
        row = next((r for r in rows if r.measure == measure.printed and r.fund), None)
        if row:
            return row.fund
    if axis is not None:
        number = axis_number(axis.printed)
        row = next(
            (r for r in rows if not r.measure and r.fund and axis_number(r.priority_axis) == number),
            None,
        )
        if row:
            return row.fund
    entry = programmes().get(programme)
    return entry.fund if entry and entry.fund else None


def find_funding(text: str) -> tuple[FundingMention, list[str]]:
    """What `text` says about where the money comes from, plus warnings."""
    warnings: list[str] = []
    if not text:
        return FundingMention(), warnings
    folded = fold(text)

    funds = _find_funds(text, folded)
    axes = find_axes(text, folded)
    measures_found = find_measures(folded) if "dzialani" in folded else []
    axis = pick_axis(axes, warnings)
    measure = pick_measure(measures_found, warnings)
    if axis and measure:
        number = axis_number(axis.printed)
        if number is not None and measure.printed.split(".")[0] != str(number):
            warnings.append(f"Measure {measure.printed} does not belong to priority axis {axis.printed}.")

    by_axis, by_measure = programmes_from_names(folded, axes, measures_found)
    if by_axis and by_measure:
        derived = by_axis & by_measure
        if not derived:
            warnings.append(
                f"Axis name points to {'; '.join(sorted(by_axis))} but measure name to "
                f"{'; '.join(sorted(by_measure))}; programme not derived."
            )
    else:
        derived = by_axis or by_measure

    mentions = _find_programmes(text, folded, warnings)
    programme, ministry_programme = _resolve_programme(mentions, derived, warnings)

    # Axis / measure rows speak for the chosen programme only when the printed names did not
    # point elsewhere ("RPO WO …, Osi priorytetowej II Efektywne polityki publiczne …").
    trust_rows = not derived or programme in derived
    table_fund = _table_fund(programme, axis if trust_rows else None, measure if trust_rows else None)
    fund: str | None = None
    if funds:
        distinct = list(dict.fromkeys(f for _, f, _ in funds))
        labelled = [f for _, f, is_labelled in funds if is_labelled]
        fund = labelled[0] if labelled else (table_fund if table_fund in distinct else distinct[0])
        if len(distinct) > 1:
            warnings.append(f"Several EU funds named ({', '.join(distinct)}); kept {fund}.")
        if table_fund and fund != table_fund:
            warnings.append(f"The text names {fund} but {programme} is {table_fund} in the table; kept {fund}.")
    else:
        fund = table_fund

    funder, funder_text = _find_funder(text, folded, warnings)
    if programme is None and ministry_programme is not None:
        programme = ministry_programme
        if funder is None:
            funder = programmes()[ministry_programme].funder or None

    return (
        FundingMention(
            fund=as_fund(fund),
            programme=programme,
            priority_axis=axis.printed.upper() if axis else None,
            measure=measure.printed if measure else None,
            funder=funder,
            funder_text=funder_text,
        ),
        warnings,
    )
