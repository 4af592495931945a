"""The benchmark's realistic pages are what the README says they are: sizes, boilerplate, charsets, fields."""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import realistic_pages

from extract.decode import decode_html
from extract.page import SiteInfo
from extract.pipeline import extract
from scraper.store import RawStore

PAGES = list(realistic_pages.pages(200))


def test_two_hundred_distinct_pages_of_real_size_every_time() -> None:
    assert len(PAGES) == 200
    assert len({page.body for page in PAGES}) == 200
    assert all(30_000 <= len(page.body) <= 125_000 for page in PAGES)
    assert [p.body for p in realistic_pages.pages(40)] == [p.body for p in PAGES[:40]]  # fixed seed


def test_boilerplate_and_charsets() -> None:
    charsets = Counter(decode_html(page.body, page.headers["content-type"]).encoding for page in PAGES)
    assert 0.2 <= charsets["cp1250"] / len(PAGES) <= 0.3
    for page in PAGES[:40]:
        tree = LexborHTMLParser(decode_html(page.body, page.headers["content-type"]).text)
        assert 50 <= len(tree.css("nav#menu-glowne a")) <= 150
        assert tree.css_first("script") is not None and tree.css_first("svg") is not None
        assert tree.css_first("#cookie-banner") is not None and tree.css_first(".kalendarz") is not None
    bip = [p for p in PAGES if p.role == "article" and b"metryka" in p.body]
    assert bip and all(b"Data wytworzenia" in p.body and b"Podmiot udost" in p.body for p in bip)


def test_articles_give_the_fields_their_bodies_hold() -> None:
    when = datetime(2026, 12, 1, tzinfo=UTC)
    articles = [p for p in PAGES if p.role == "article"][::9]
    for page in articles:
        result = extract(
            page.url,
            page.body,
            site=SiteInfo(id="bench", name="bench"),
            content_type=page.headers["content-type"],
            fetched_at=when,
            content_sha256="0" * 64,
            extractor="generic",
        )
        (record,) = result.records
        assert record.amounts and record.period and record.funding and record.partners and record.published


def test_the_store_is_one_scrape_run_offline_reads(tmp_path: Path) -> None:
    raw = realistic_pages.write_store(tmp_path, 40, copies=2)
    pages = list(RawStore(raw).pages())
    assert len(pages) == 80
    assert (tmp_path / "sites.toml").read_text(encoding="utf-8").count("[[site]]") == 4
