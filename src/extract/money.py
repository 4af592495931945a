"""Money in Polish prose: amounts as printed, their exact Decimal value and their kind from context."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from extract.model import AmountKind


@dataclass(frozen=True, slots=True)
class MoneyMention:
    value: Decimal
    kind: AmountKind
    text: str  # the amount as printed, e.g. "335 545,87 zł"
    start: int  # offsets of `text` in the input
    end: int
    currency: str = "PLN"


def parse_money(text: str) -> Decimal | None:
    """Value of one amount as printed ("51 120,  zł" -> 51120, "355 075,00 zł" -> 355075.00)."""
    raise NotImplementedError


def find_amounts(text: str) -> tuple[list[MoneyMention], list[str]]:
    """Every sum of money in `text`, in order, with its kind; plus warnings."""
    raise NotImplementedError
