"""The funding reference tables in extract/data: programmes, their axes and measures, payers' aliases."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from extract.funding_aliases import AliasSet, alias_set, share_scans


@dataclass(frozen=True, slots=True)
class Programme:
    name: str
    period: str  # "2014-2020", "" for ministry programmes
    voivodeship: str
    kind: str  # eu | eea | ministry | fund | government | regional | institution | budget
    fund: str  # the programme's only fund, "" when it has several
    funder: str  # the payer of a non-EU programme
    # (first year, last year, payer) where the body that pays changed over the years ("2022-2023:KPRM|2024-2030:MSZ")
    funder_years: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Measure:
    programme: str
    priority_axis: str
    axis_name: str
    measure: str
    measure_name: str
    fund: str


def read_csv(name: str) -> list[dict[str, str]]:
    text = files("extract.data").joinpath(name).read_text(encoding="utf-8")
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(text.splitlines())]


@cache
def programmes() -> dict[str, Programme]:
    """The programme table (``data/programmes.csv``) by canonical name."""
    return {
        row["programme"]: Programme(
            row["programme"],
            row["period"],
            row["voivodeship"],
            row["kind"],
            row["fund"],
            row["funder"],
            _funder_years(row.get("funder_years", "")),
        )
        for row in read_csv("programmes.csv")
    }


def _funder_years(cell: str) -> tuple[tuple[int, int, str], ...]:
    """ "2022-2023:Kancelaria …|2024-2030:Ministerstwo …" -> ((2022, 2023, "Kancelaria …"), …)."""
    spans = []
    for part in filter(None, (p.strip() for p in cell.split("|"))):
        years, _, funder = part.partition(":")
        first, _, last = years.partition("-")
        spans.append((int(first), int(last), funder.strip()))
    return tuple(spans)


@cache
def measures() -> tuple[Measure, ...]:
    """The axis / measure table (``data/programme_measures.csv``)."""
    return tuple(
        Measure(
            row["programme"],
            row["priority_axis"],
            row["axis_name"],
            row["measure"],
            row["measure_name"],
            row["fund"],
        )
        for row in read_csv("programme_measures.csv")
    )


@cache
def funder_names() -> frozenset[str]:
    return frozenset(row["funder"] for row in read_csv("funders.csv"))


@cache
def state_funds() -> frozenset[str]:
    """The state's funds of funders.csv (kind "fund"), not a region's own (WFOŚiGW)."""
    return frozenset(
        row["funder"] for row in read_csv("funders.csv") if row["kind"] == "fund" and "WFOŚiGW" not in row["funder"]
    )


@cache
def programme_aliases() -> AliasSet:
    return _alias_sets()[0]


@cache
def funder_aliases() -> AliasSet:
    """Payers' aliases; a minister's, voivode's or marshal's deputy ("wiceminister", "wicewojewoda") counts as them."""
    return _alias_sets()[1]


@cache
def _alias_sets() -> tuple[AliasSet, AliasSet]:
    """The programmes' and the payers' aliases: `extract.funding` scans a text for both, so their indexes over one
    text (the folded names, the abbreviations as printed) find their word starts in one scan."""
    programme = alias_set([(r["programme"], r["aliases"], r["abbreviations"]) for r in read_csv("programmes.csv")])
    funder = alias_set(
        [(r["funder"], _with_deputies(r["aliases"]), r["abbreviations"]) for r in read_csv("funders.csv")]
    )
    share_scans(programme.names, funder.names)
    share_scans(programme.abbreviations, funder.abbreviations)
    return programme, funder


def _with_deputies(aliases: str) -> str:
    names = [a.strip() for a in aliases.split("|") if a.strip()]
    deputies = [f"wice{a}" for a in names if a.startswith(("minist", "wojewod{", "marszal"))]
    return "|".join(dict.fromkeys(names + deputies))
