"""A page object that no longer matches its page does not lose the page: the generic extractor reads it.

The record says so (first warning, extractor "generic"), `Extraction.fallback` holds the reason,
and `scrape validate` fails on it, so the redesign is still caught.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from typer.testing import CliRunner

from extract.page import SiteInfo
from extract.pipeline import Extraction, Role, extract
from fixture_pages import FIXTURES
from scraper.cli import app

RAW = FIXTURES / "ops-milicz"
ARTICLE, LISTING = "963819ab4b690c80", "27c98be30e2ee781"
SITE = SiteInfo(id="ops-milicz", name="Ośrodek Pomocy Społecznej w Miliczu", teryt="0213033")
WHEN = datetime(2026, 11, 20, 9, 9, 51, tzinfo=UTC)


def saved(key: str) -> tuple[str, bytes]:
    return json.loads((RAW / f"{key}.json").read_text(encoding="utf-8"))["url"], (RAW / f"{key}.html").read_bytes()


def run(url: str, body: bytes, role: Role = "article", **options: object) -> Extraction:
    return extract(
        url,
        body,
        site=SITE,
        content_type="text/html",
        fetched_at=WHEN,
        content_sha256=hashlib.sha256(body).hexdigest(),
        role=role,
        **options,  # type: ignore[arg-type]
    )


def redesigned_article() -> tuple[str, bytes]:
    url, body = saved(ARTICLE)
    assert body.count(b'class="artykul"') == 1
    return url, body.replace(b'class="artykul"', b'class="wpis"')


def test_a_matching_page_object_reads_the_page_itself() -> None:
    result = run(*saved(ARTICLE))
    assert result.error is None and result.fallback is None
    assert result.extractor == "ops-milicz"
    assert result.records[0].extractor.name == "ops-milicz"
    assert not any("generic extractor" in warning for warning in result.records[0].warnings)


def test_a_redesigned_article_is_read_by_the_generic_extractor() -> None:
    url, body = redesigned_article()
    original = run(*saved(ARTICLE)).records[0]
    result = run(url, body)
    assert result.error is None
    assert result.extractor == "generic"
    assert result.fallback == f"selector 'div.artykul > h1' matched 0 element(s) on {url}, expected exactly 1"
    [record] = result.records
    assert record.extractor.name == "generic"
    assert record.warnings[0] == (
        "page object 'ops-milicz' did not match the page (selector 'div.artykul > h1' matched 0 element(s),"
        " expected exactly 1); read by the generic extractor"
    )
    # Same page, same record where it matters: the generic extractor finds the same headline and text.
    assert record.title == original.title
    assert record.url == original.url and record.site == "ops-milicz"
    assert original.text[:200] in record.text


def test_fallback_false_keeps_the_page_objects_error() -> None:
    url, body = redesigned_article()
    result = run(url, body, fallback=False)
    assert result.records == []
    assert result.error == f"selector 'div.artykul > h1' matched 0 element(s) on {url}, expected exactly 1"
    assert result.extractor == "ops-milicz" and result.fallback is None


def test_a_redesigned_listing_falls_back_too() -> None:
    url, body = saved(LISTING)
    expected = run(url, body, "listing").links
    assert expected and b"news-item" in body
    changed = body.replace(b"news-item", b"wpis-lista")
    result = run(url, changed, "listing")
    assert result.error is None and result.records == []
    assert result.extractor == "generic"
    assert result.fallback == f"selector 'div.news-item a[href]' matched 0 element(s) on {url}, expected at least 1"
    assert set(expected) <= set(result.links)
    off = run(url, changed, "listing", fallback=False)
    assert off.links == [] and off.fallback is None
    assert off.error == f"selector 'div.news-item a[href]' matched 0 element(s) on {url}, expected at least 1"


def test_when_the_generic_extractor_fails_too_the_error_names_both() -> None:
    url = "https://opsmilicz.pl/aktualnosci/1,x"
    article = run(url, b"<html><body></body></html>")
    assert article.records == [] and article.fallback is not None
    assert article.error == (
        "page object 'ops-milicz' did not match the page (selector 'div.artykul > h1' matched 0 element(s),"
        f" expected exactly 1), and the generic extractor failed too: no text on {url}: not an HTML page,"
        " or an empty one"
    )
    listing = run(url, b"<html><body><p>no links</p></body></html>", "listing")
    assert listing.links == []
    assert listing.error == (
        "page object 'ops-milicz' did not match the page (selector 'div.news-item a[href]' matched 0 element(s),"
        f" expected at least 1), and the generic extractor failed too: selector 'a[href]' matched 0 element(s)"
        f" on {url}, expected at least 1"
    )


def test_the_generic_extractor_has_nothing_to_fall_back_to() -> None:
    url = "https://gmina.example.pl/lista"
    result = run(url, b"<html><body><p>no links</p></body></html>", "listing")
    assert result.extractor == "generic" and result.fallback is None
    assert result.error == f"selector 'a[href]' matched 0 element(s) on {url}, expected at least 1"


def test_validate_update_never_writes_a_golden_record_from_a_fallback(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, fixtures)
    page = fixtures / "ops-milicz" / f"{ARTICLE}.html"
    _, body = redesigned_article()
    page.write_bytes(body)
    sidecar = page.with_suffix(".json")
    sidecar.write_text(
        json.dumps(json.loads(sidecar.read_text()) | {"content_sha256": hashlib.sha256(body).hexdigest()})
    )
    expected = fixtures / "ops-milicz" / f"{ARTICLE}.expected.json"
    expected.unlink()  # a new page: --update would write its expected file
    result = CliRunner().invoke(app, ["validate", "--fixtures", str(fixtures), "--update"])
    assert result.exit_code == 1, result.output
    assert "extraction fell back to the generic extractor: selector 'div.artykul > h1' matched 0 element(s)" in (
        result.output
    )
    assert not expected.exists()
