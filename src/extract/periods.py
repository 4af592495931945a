"""Realisation periods: "04.10.2020 r. – 31.10.2022 r.", "na lata 2019-2021", "trwa do …"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class PeriodMention:
    start: date | None
    end: date | None
    text: str  # the phrase as printed
    pos: int  # offset of `text` in the input


def find_period(text: str, *, reference: date | None = None) -> tuple[PeriodMention | None, list[str]]:
    """The realisation period `text` states (the most explicit one), plus warnings."""
    raise NotImplementedError
