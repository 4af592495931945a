"""Hostile pages through the public extraction path: every one gives a record (or links), a warning, and bounded work.

Work is checked without clocks: which path read the page (the layout pass never built), how many
times a per-node step ran, what was handed to the parser, or a zero time budget.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extract import article, bounds, generic_dates, layout, pipeline
from extract.page import SiteInfo
from extract.pipeline import Extraction, extract
from extract.plain import MAX_PLAIN_LINKS
from fakesite import start_fake_site, write_registry
from scraper.cli import app

ROOT = Path(__file__).resolve().parents[1]
SITE = SiteInfo(id="example", name="Example")
CELL = "<table><tr><td><span><b><i>tekst "  # seven elements deep per turn


def run(body: bytes, *, role: pipeline.Role = "article", budget: float | None = None) -> Extraction:
    """The function `scrape extract` and the runs call, with the generic extractor."""
    return extract(
        "https://example.org/strona",
        body,
        site=SITE,
        content_type="text/html; charset=utf-8",
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
        content_sha256=hashlib.sha256(body).hexdigest(),
        extractor="generic",
        role=role,
        budget=budget,
    )


def page(body: str, title: str = "Strona") -> bytes:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>".encode()


@pytest.fixture
def layouts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the layout pass (the heuristics' per-node walk) was built."""
    built: list[int] = []
    original = layout.Layout.__init__

    def counting(self: layout.Layout, *args: Any, **kwargs: Any) -> None:
        built.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(layout.Layout, "__init__", counting)
    return built


def counter(monkeypatch: pytest.MonkeyPatch, owner: object, name: str, *, static: bool = False) -> list[int]:
    """Count the calls of `owner.name` (a function, or a class's static method), still calling it."""
    calls: list[int] = []
    original: Callable[..., Any] = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, staticmethod(counted) if static else counted)
    return calls


def only_record(result: Extraction) -> Any:
    assert result.error is None
    (record,) = result.records
    return record


# -- caps on the tree: the cheap path -------------------------------------------------------------------------


def test_deep_nesting_is_read_as_plain_text_without_the_layout_pass(layouts: list[int]) -> None:
    body = page(CELL * 60, title="Głęboka strona")  # 420 levels, over MAX_DEPTH
    record = only_record(run(body))
    assert record.warnings[0].startswith(f"{bounds.TOO_DEEP}: ")
    assert record.title == "Głęboka strona"
    assert record.text.count("tekst") == 60
    assert record.extractor.version.startswith("plain/")
    assert layouts == []


def test_a_page_over_a_cap_keeps_the_fields_its_text_holds(layouts: list[int]) -> None:
    """The tree was too deep, not the text: the parsers (linear in the text) still read its amounts and roles."""
    prose = "Projekt o wartości 1 250 000,00 zł realizuje Gmina Testowo w latach 2024-2026. "
    record = only_record(run(page(CELL * 60 + prose, title="Termomodernizacja szkoły")))
    assert record.warnings[0].startswith(f"{bounds.TOO_DEEP}: ")
    assert [(a.kind, a.value) for a in record.amounts] == [("total_cost", Decimal("1250000.00"))]
    assert record.period is not None and record.period.start == date(2024, 1, 1)
    assert layouts == []


def test_the_depth_cap_is_exact(layouts: list[int]) -> None:
    """<html><body> and MAX_DEPTH - 2 nested <div>s: at the cap; one more <div>: over it."""
    at_cap = b"<html><body>" + b"<div>x " * (bounds.MAX_DEPTH - 2) + b"</body></html>"
    assert bounds.TOO_DEEP not in " ".join(only_record(run(at_cap)).warnings)
    assert layouts  # read by the heuristics
    over = b"<html><body>" + b"<div>x " * (bounds.MAX_DEPTH - 1) + b"</body></html>"
    assert only_record(run(over)).warnings[0].startswith(f"{bounds.TOO_DEEP}: ")


def test_the_depth_cap_is_exact_down_a_chain_of_second_children(layouts: list[int]) -> None:
    """The depth check tries first children only: a chain where every deep <div> is its parent's second
    child (after a <p>) is judged as one of first children is, at the cap and one level over it."""
    at_cap = b"<html><body>" + b"<p>a</p><div>" * (bounds.MAX_DEPTH - 2) + b"x</body></html>"
    assert bounds.TOO_DEEP not in " ".join(only_record(run(at_cap)).warnings)
    assert layouts
    over = b"<html><body>" + b"<p>a</p><div>" * (bounds.MAX_DEPTH - 1) + b"x</body></html>"
    assert only_record(run(over)).warnings[0].startswith(f"{bounds.TOO_DEEP}: ")
    alone = b"<html><body>" + b"<p>a</p><div>" * (bounds.MAX_DEPTH - 2) + b"<p>b</p><span>y</span></body></html>"
    assert only_record(run(alone)).warnings[0].startswith(f"{bounds.TOO_DEEP}: ")


def test_two_hundred_thousand_siblings_are_read_as_plain_text(layouts: list[int]) -> None:
    record = only_record(run(page("<div>słowo</div>" * 200_000)))
    assert record.warnings[0].startswith(f"{bounds.TOO_MANY_ELEMENTS}: ")
    assert record.title == "Strona"
    assert record.text.startswith("Strona słowo słowo")
    assert layouts == []


def test_a_hundred_thousand_links_give_a_record_and_a_bounded_listing(layouts: list[int]) -> None:
    links = "".join(f'<li><a href="/wpis/{n}">Wpis {n}</a></li>' for n in range(100_000))
    body = page(f"<ul>{links}</ul>")
    record = only_record(run(body))
    assert record.warnings[0].startswith(f"{bounds.TOO_MANY_ELEMENTS}: ")
    listing = run(body, role="listing")
    assert listing.error is None
    assert listing.limits[0].startswith(f"{bounds.TOO_MANY_ELEMENTS}: ")
    assert len(listing.links) == MAX_PLAIN_LINKS
    assert listing.links[:2] == ["https://example.org/wpis/0", "https://example.org/wpis/1"]
    assert layouts == []


def test_a_fifty_megabyte_body_is_cut_before_it_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[int] = []
    original = pipeline.Document

    def measured(url: str, body: bytes, **kwargs: Any) -> pipeline.Document:
        parsed.append(len(body))
        return original(url, body, **kwargs)

    monkeypatch.setattr(pipeline, "Document", measured)
    filler = b"<!--" + b"x" * (50 * 1024 * 1024) + b"-->"
    body = page("<p>" + "Treść artykułu, zdanie. " * 20 + "</p>").replace(b"</body>", filler + b"</body>")
    record = only_record(run(body))
    assert record.warnings[0].startswith(f"{bounds.BODY_TRUNCATED}: body of {len(body):,} bytes")
    assert record.text.startswith("Treść artykułu")
    assert parsed == [bounds.MAX_BODY_BYTES]


def test_megabyte_attribute_values_are_cut_before_the_class_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    """`attribute_flags` keeps up to 8,192 values across pages: 1 MB ones would pile up in memory."""
    seen: list[int] = []
    original = layout.attribute_flags

    def measured(classes: str, ident: str) -> int:
        seen.append(max(len(classes), len(ident)))
        return original(classes, ident)

    monkeypatch.setattr(layout, "attribute_flags", measured)
    huge = "a" * 1_000_000
    body = page(f'<div class="{huge} tresc" id="{huge}"><p>' + "Treść artykułu, zdanie. " * 20 + "</p></div>")
    record = only_record(run(body))
    assert record.text.startswith("Treść artykułu")
    assert record.warnings == []  # an ordinary page otherwise: read by the heuristics
    assert seen and max(seen) == layout.MAX_ATTRIBUTE_CHARS


# -- the time budget -------------------------------------------------------------------------------------------


def fixture_article() -> tuple[str, bytes]:
    sidecar = json.loads((ROOT / "tests/fixtures/ops-milicz/963819ab4b690c80.json").read_text(encoding="utf-8"))
    return sidecar["url"], (ROOT / "tests/fixtures/ops-milicz/963819ab4b690c80.html").read_bytes()


def test_a_page_over_its_time_budget_is_read_as_plain_text() -> None:
    url, body = fixture_article()
    result = extract(
        url,
        body,
        site=SITE,
        content_type=None,
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
        content_sha256=hashlib.sha256(body).hexdigest(),
        budget=0.0,
    )
    record = only_record(result)
    assert result.limits == [record.warnings[0]]
    assert record.warnings[0].startswith(f"{bounds.OVER_BUDGET}: extraction took over 0 s")
    assert "Gminny Program Wspierania Rodziny" in record.title
    assert record.text
    assert record.amounts == [] and record.period is None  # over the budget the parsers are not run again


def test_a_five_megabyte_text_node_stops_at_the_budget_and_keeps_a_bounded_text() -> None:
    record = only_record(run(page("<p>" + "słowo, " * 750_000 + "</p>"), budget=0.0))
    assert record.warnings[0].startswith(f"{bounds.OVER_BUDGET}: ")
    assert record.text.startswith("Strona słowo, słowo,")
    assert len(record.text) <= bounds.MAX_PLAIN_CHARS


def test_a_five_megabyte_text_node_is_read_whole_but_parsed_in_part(monkeypatch: pytest.MonkeyPatch) -> None:
    """No budget to hit here: the field parsers get at most MAX_PROSE_CHARS, the record keeps the whole text."""
    parsed: list[int] = []
    original = article.Prose

    def measured(text: str, **kwargs: Any) -> Any:
        parsed.append(len(text))
        return original(text, **kwargs)

    monkeypatch.setattr(article, "Prose", measured)
    record = only_record(run(page("<p>" + "słowo, " * 750_000 + "</p>"), budget=1e9))
    assert record.warnings[0].startswith(f"{bounds.TEXT_TRUNCATED}: the field parsers read the first ")
    assert parsed == [bounds.MAX_PROSE_CHARS]
    assert len(record.text) > 5_000_000


def test_the_default_budget_is_configurable() -> None:
    try:
        bounds.configure(0.0)
        assert only_record(run(page("<p>" + "Treść. " * 40 + "</p>"))).warnings[0].startswith(bounds.OVER_BUDGET)
        with pytest.raises(ValueError, match="0 seconds or more"):
            bounds.configure(-1)
    finally:
        bounds.configure(bounds.BUDGET_SECONDS)
    assert only_record(run(page("<p>" + "Treść. " * 40 + "</p>"))).warnings == []


# -- per-node work on pages under the caps ---------------------------------------------------------------------


def test_nested_tables_read_each_cell_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """35 nested tables (245 levels, under the cap): `table_amounts` reads each cell once, not once per ancestor."""
    calls = counter(monkeypatch, article.ArticlePage, "text_of", static=True)
    body = page("<p>" + "Treść artykułu, zdanie. " * 20 + "</p>" + CELL * 35)
    record = only_record(run(body))
    assert record.warnings == []
    assert len(calls) <= 35 + 5  # one <td> per table, and a few headings


def test_date_lines_tried_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = counter(monkeypatch, generic_dates, "parse_date")
    spans = '<span class="date">nie data</span> ' * 2000
    record = only_record(run(page("<article><p>" + "Treść artykułu, zdanie. " * 20 + f"</p>{spans}</article>")))
    assert record.published is None
    assert len(calls) <= generic_dates._DATE_LINES_TRIED + 50


# -- the command line ------------------------------------------------------------------------------------------


def test_scrape_extract_reads_a_deep_page_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_bytes(page(CELL * 60, title="Głęboka"))  # the bug report's shape (5,000 turns there), 420 levels
    result = CliRunner().invoke(app, ["extract", str(path), "--url", "https://example.org/gleboka"])
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("{")]
    record = json.loads(line)
    assert record["title"] == "Głęboka"
    assert record["warnings"][0].startswith(f"{bounds.TOO_DEEP}: ")


def test_scrape_extract_budget_option(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page("<p>" + "Treść artykułu, zdanie. " * 20 + "</p>"))
    try:
        result = CliRunner().invoke(app, ["extract", str(path), "--budget", "0"])
    finally:
        bounds.configure(bounds.BUDGET_SECONDS)
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert json.loads(line)["warnings"][0].startswith(f"{bounds.OVER_BUDGET}: ")


def test_an_offline_run_over_budget_lists_the_pages_in_its_report_and_goes_on(tmp_path: Path) -> None:
    try:
        result = CliRunner().invoke(app, ["run", "--offline", "--data", str(tmp_path), "--budget", "0"])
    finally:
        bounds.configure(bounds.BUDGET_SECONDS)
    assert result.exit_code == 0, result.output
    (saved,) = (tmp_path / "runs").glob("*-offline.json")
    sites = json.loads(saved.read_text(encoding="utf-8"))["sites"]
    bounded = [line for site in sites for line in site["problems"] if f": {bounds.OVER_BUDGET}: " in line]
    assert sum(site["bounded"] for site in sites) == len(bounded) > 0
    assert all(line.startswith("https://") for line in bounded)
    records = (tmp_path / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert records and all(json.loads(r)["warnings"][0].startswith(bounds.OVER_BUDGET) for r in records)


def test_a_live_run_over_budget_lists_the_pages_in_its_report_and_goes_on(tmp_path: Path) -> None:
    site = start_fake_site(crawl_delay=0.05)
    try:
        sites = write_registry(tmp_path / "sites.toml", site, delay=0.02, max_pages="40")
        data = tmp_path / "data"
        args = ["run", "--live", "--allow-loopback", "--data", str(data), "--sites", str(sites)]
        args += ["--since", "2015-01-01", "--contact", "tests@example.org", "--budget", "0"]
        result = CliRunner().invoke(app, args)
    finally:
        site.stop()
        bounds.configure(bounds.BUDGET_SECONDS)
    (saved,) = (data / "runs").glob("*-live.json")
    (report,) = json.loads(saved.read_text(encoding="utf-8"))["sites"]
    bounded = [line for line in report["problems"] if f": {bounds.OVER_BUDGET}: " in line]
    assert report["bounded"] == len(bounded) > 0, result.output
    assert all(line.startswith(site.base_url) for line in bounded)
    found = {json.loads(line)["url"] for line in (data / "clean" / "records.jsonl").read_text().splitlines()}
    assert found == {site.article_url(n) for n in site.articles}  # every article still read, as plain text
