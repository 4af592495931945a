"""Funding sources: EU fund, operational programme, priority axis, measure, non-EU funder."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FundingMention:
    fund: str | None = None  # EFS, EFS+, EFRR, FS, EFRROW
    programme: str | None = None  # canonical, e.g. "RPO WO 2014-2020"
    priority_axis: str | None = None  # as printed, e.g. "VIII", "II"
    measure: str | None = None  # e.g. "8.1", "9.2.1"
    funder: str | None = None  # normalised ministry / payer name
    funder_text: str | None = None  # the payer's name as the page wrote it


def find_funding(text: str) -> tuple[FundingMention, list[str]]:
    """What `text` says about where the money comes from, plus warnings."""
    raise NotImplementedError
