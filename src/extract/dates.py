"""Dates in Polish prose: every date mention with its position and context, never a guessed fix."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Precision = Literal["day", "month", "quarter", "year"]


@dataclass(frozen=True, slots=True)
class DateMention:
    value: date | None  # first day of the span; None when impossible or unresolvable
    last: date | None  # last day of the span (== value for day precision)
    precision: Precision
    text: str  # as printed, e.g. "16 listopad 2018", "31.03.20121 r."
    start: int
    end: int
    warning: str | None = None  # set when value is None, names the text


def find_dates(text: str, *, reference: date | None = None) -> list[DateMention]:
    """Every date in `text`, in order; relative ones ("27 kwietnia br.") resolved against `reference`."""
    raise NotImplementedError


def parse_date(text: str, *, reference: date | None = None) -> date | None:
    """The first valid day-precision date in a short string such as a date line or a metadata cell."""
    raise NotImplementedError
