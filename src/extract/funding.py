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
This module is the cascade; each step reads in its own module: funds in `extract.funding_funds`, programmes in
`extract.funding_programmes`, axes and measures in `extract.funding_measures`, the funder in `extract.funding_funder`,
the tables loaded in `extract.funding_tables`.

>>> found, _ = find_funding("RPO WO 2014-2020, oś priorytetowa VIII – Integracja społeczna")
>>> found.programme, found.priority_axis, found.fund
('RPO WO 2014-2020', 'VIII', 'EFS')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import cast, get_args

from extract.funding_aliases import Spans, fold
from extract.funding_funder import choose_funder
from extract.funding_funds import find_funds
from extract.funding_measures import (
    Numbered,
    axis_number,
    coded_measures,
    find_axes,
    find_measures,
    measure_axis,
    pick_axis,
    pick_measure,
    programmes_from_names,
)
from extract.funding_programmes import (
    eu_money_of,
    find_programmes,
    named_programme,
    quoted_programme,
    resolve_programme,
)
from extract.funding_tables import funder_aliases, measures, programme_aliases, programmes
from extract.lowered import lowered as lower_text
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


_EU_FUND_HEAD = re.compile(r"europejsk\w*\s+$")


def _outside_funds(found: Spans, funds: list[tuple[int, str, bool]], folded: str) -> Spans:
    """The payer aliases that are no part of an EU fund's name: "Fundusz Pomocy" (the state fund for aid to Ukraine's
    citizens) is not the "Europejski Fundusz Pomocy Najbardziej Potrzebującym" it is printed in."""
    if not funds or not found:
        return found
    starts = [start for start, _, _ in funds]  # sorted: `find_funds` returns them in order
    kept = []
    for span in found:  # (each span looks only at the funds starting in the 30 characters before it: linear)
        near = starts[bisect_left(starts, span[0] - 30) : bisect_left(starts, span[0])]
        if not any(_EU_FUND_HEAD.match(folded, start, span[0]) for start in near):
            kept.append(span)
    return kept


_EU_KINDS = frozenset({"eu", "eea"})  # programmes with priority axes (EU funds, the EEA and Norway Grants)


def _national(programme: str) -> bool:
    """Whether `programme` is a row of the table that is no EU or EEA programme (a ministry's, a fund's, a region's)."""
    row = programmes().get(programme)
    return row is not None and row.kind not in _EU_KINDS


def find_funding(text: str) -> tuple[FundingMention, list[str]]:
    """What `text` says about where the money comes from, plus warnings."""
    warnings: list[str] = []
    if not text:
        return FundingMention(), warnings
    folded = fold(text, lower_text(text))  # (the page's text lowered once for all the parsers)

    funds = find_funds(text, folded)
    axes = find_axes(text, folded)
    measures_found = find_measures(folded, text) if "dzialani" in folded else []
    axis = pick_axis(axes, warnings)
    measure = pick_measure(measures_found, warnings)
    coded = coded_measures(text) if measure is None else []
    if axis and measure:
        number = axis_number(axis.printed)
        if number is not None and measure_axis(measure.printed) not in (None, number):
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

    programme_spans = programme_aliases().scan(text, folded)
    mentions = find_programmes(text, folded, programme_spans, warnings)
    programme, ministry_programme = resolve_programme(mentions, derived, warnings)
    if programme and ministry_programme and eu_money_of(programme, ministry_programme, mentions, folded):
        programme = None  # "Maluch+ … utworzono ze środków KPO": the national programme, paid from EU money
    if measure is None and coded:
        measure = Numbered(coded[0].measure, coded[0].start, coded[0].start)

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

    if programme is None and ministry_programme is not None:
        programme = ministry_programme
    if programme is None and not derived:
        programme = quoted_programme(text) or named_programme(text)
    spans = (programme_spans, _outside_funds(funder_aliases().scan(text, folded), funds, folded))
    funder, funder_text = choose_funder(text, folded, programme, spans, warnings)

    if axis is not None and programme is not None and _national(programme):
        axis = None  # "Priorytet 3 Narodowego Programu Rozwoju Czytelnictwa": a national programme's part, no EU axis
    return (
        FundingMention(
            fund=as_fund(fund),
            programme=programme,
            priority_axis=(axis.printed if axis.printed[0].isdigit() else axis.printed.upper()) if axis else None,
            measure=measure.printed if measure else None,
            funder=funder,
            funder_text=funder_text,
        ),
        warnings,
    )
