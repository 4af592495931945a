"""One record from an invented passage, read as `scrape evaluate` reads a real-text passage (tests/realtext)."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from extract.model import Record
from extract.page import SiteInfo
from extract.pipeline import extract
from scraper.evaluation_set import FETCHED_AT
from scraper.passages import passage_page

URL = "https://www.gmina-przykladowa.example/aktualnosci/wiadomosc"
# A generous time budget (the pipeline's default is 5 s a page): a cold first extraction (tables and indexes built on
# first use) on a machine loaded by parallel test processes must not be cut short to the cheap path, which reads less.
_BUDGET = 120.0
# Amounts as (kind, value) pairs, as the evaluation compares them; a table row of an invented passage, its wanted
# amounts and the host (or "near miss") it stands for
Want = set[tuple[str, Decimal]]
Row = tuple[str, Want, str]
# A passage's period as (start, end), None when it has none (as the evaluation compares it)
Period = tuple[date | None, date | None] | None


def record(text: str, url: str = URL) -> Record:
    """The passage's first record, extracted from the bare article page the evaluation builds for it."""
    body = passage_page(text)
    result = extract(
        url,
        body,
        site=SiteInfo(id="conventions", name="gmina-przykladowa.example"),
        content_type=None,
        fetched_at=FETCHED_AT,
        content_sha256=hashlib.sha256(body).hexdigest(),
        fallback=False,
        budget=_BUDGET,
    )
    assert result.records, result.error
    return result.records[0]


def amounts(text: str) -> set[tuple[str, Decimal]]:
    """The passage's amounts as (kind, value) pairs, as the evaluation compares them."""
    return {(a.kind, a.value) for a in record(text).amounts}


def period(text: str) -> Period:
    """The passage's realisation period as (start, end); None when neither end is read."""
    found = record(text).period
    return None if found is None or (found.start is None and found.end is None) else (found.start, found.end)


def amounts_of(*pairs: tuple[str, str]) -> Want:
    """Wanted amounts written as (kind, printed value) pairs: `amounts_of(("grant", "5000"))`."""
    return {(kind, Decimal(value)) for kind, value in pairs}


def row_ids(rows: list[Row]) -> list[str]:
    """Test ids for table rows: the row's number and its host."""
    return [f"{i}-{row[2]}" for i, row in enumerate(rows)]
