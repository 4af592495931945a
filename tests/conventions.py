"""One record from an invented passage, read as `scrape evaluate` reads a real-text passage (tests/realtext)."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from extract.model import Record
from extract.page import SiteInfo
from extract.pipeline import extract
from scraper.evaluation_set import FETCHED_AT
from scraper.passages import passage_page

URL = "https://www.gmina-przykladowa.example/aktualnosci/wiadomosc"


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
    )
    assert result.records, result.error
    return result.records[0]


def amounts(text: str) -> set[tuple[str, Decimal]]:
    """The passage's amounts as (kind, value) pairs, as the evaluation compares them."""
    return {(a.kind, a.value) for a in record(text).amounts}
