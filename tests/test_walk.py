"""One walker for live and offline runs: the walk itself against an in-memory source, and the two
modes end to end giving one kind of report."""

from __future__ import annotations

import asyncio
import hashlib
import json
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from scraper.cli import app
from scraper.registry import Site, load_sites
from scraper.report import SiteReport
from scraper.state import PageState
from scraper.store import RawStore, StoredPage
from scraper.walk import Got, Mode, SiteWalk, WalkOptions

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
BASE = "https://gmina.example"
WHEN = datetime(2026, 11, 1, tzinfo=UTC)


def article(n: int) -> str:
    return f"{BASE}/aktualnosci/{n},wpis"


def listing(page: int) -> str:
    return f"{BASE}/aktualnosci" + (f"?strona={page}" if page > 1 else "")


def page_html(title: str, links: list[str]) -> bytes:
    anchors = "".join(f'<li><a href="{url}">{url}</a></li>' for url in links)
    body = f"<p>Gmina realizuje projekt {title}, wartość projektu 1 000,00 zł.</p>"
    return f"<html><body><h1>{title}</h1><article>{body}<ul>{anchors}</ul></article></body></html>".encode()


class MemorySource:
    """Pages from a dict: what a source must do, and nothing else."""

    mode: Mode = "offline"

    def __init__(self, tmp: Path, pages: dict[str, bytes], *, known: tuple[str, ...] = ()) -> None:
        self.tmp, self.pages, self._known = tmp, pages, known
        self.asked: list[str] = []

    async def unreachable(self, site: Site, report: SiteReport) -> str | None:
        return None

    async def seeds(self, site: Site, report: SiteReport) -> list[str]:
        return []

    async def get(self, site: Site, url: str, report: SiteReport) -> Got:
        self.asked.append(url)
        body = self.pages.get(url)
        if body is None:
            report.not_saved += 1
            return Got()
        path = self.tmp / f"{hashlib.sha256(url.encode()).hexdigest()[:16]}.html"
        path.write_bytes(body)
        digest = hashlib.sha256(body).hexdigest()
        return Got(page=StoredPage(site.id, url, 200, {"content-type": "text/html"}, WHEN, digest, path))

    def known(self, site: Site, report: SiteReport) -> Iterator[str]:
        return iter(self._known)

    def history(self, url: str) -> PageState | None:
        return None

    def remember(self, url: str, record_ids: list[str]) -> None:
        return None

    def may_drop(self, site: Site, url: str) -> bool:
        return url not in self.pages


def site(**extra: object) -> Site:
    import re

    return Site(
        id="gmina-x",
        name="Urząd Gminy X",
        start_urls=(listing(1),),
        follow=(re.compile(r"/aktualnosci(\?strona=\d+)?$"),),
        articles=(re.compile(r"/aktualnosci/\d+,wpis$"),),
        extractor="generic",
        **extra,  # type: ignore[arg-type]
    )


def walk(source: MemorySource, previous: dict[str, str] | None = None, **options: Any) -> SiteWalk:
    walker = SiteWalk(site(), source, previous=previous or {}, options=WalkOptions(**options))
    asyncio.run(walker.run())
    walker.finish()
    return walker


def chain(tmp_path: Path, length: int) -> dict[str, bytes]:
    """Listing pages 1..length, each linking to the next listing and to one article."""
    pages = {listing(n): page_html(f"Lista {n}", [listing(n + 1), article(n)]) for n in range(1, length + 1)}
    pages |= {article(n): page_html(f"Projekt {n}", []) for n in range(1, length + 1)}
    return pages


def test_the_walk_reads_listings_then_articles_once_each(tmp_path: Path) -> None:
    source = MemorySource(tmp_path, chain(tmp_path, 3))
    walker = walk(source)
    assert sorted(json.loads(line)["url"] for line in walker.lines.values()) == [article(n) for n in (1, 2, 3)]
    assert len(source.asked) == len(set(source.asked))  # never twice
    assert walker.report.not_saved == 1  # the fourth listing, linked but not there
    assert walker.report.records_new == 3 and walker.report.stopped is None


def test_the_walk_is_bounded_in_pages_and_depth(tmp_path: Path) -> None:
    source = MemorySource(tmp_path, chain(tmp_path, 30))
    walker = walk(source, max_pages=5)
    assert len(source.asked) == 5 and walker.report.stopped and "max_pages=5 reached" in walker.report.stopped
    deep = MemorySource(tmp_path, chain(tmp_path, 30))
    walk(deep, max_depth=3, max_pages=500)
    assert listing(5) not in deep.asked and listing(4) in deep.asked


def test_the_walk_visits_what_the_source_remembers_and_keeps_what_it_cannot_reach(tmp_path: Path) -> None:
    pages = chain(tmp_path, 1) | {article(7): page_html("Projekt 7", [])}
    previous = {"0000000000000000": json.dumps({"id": "0000000000000000", "url": article(9)})}
    walker = walk(MemorySource(tmp_path, pages, known=(article(7), article(9))), previous)
    urls = {json.loads(line)["url"] for line in walker.lines.values()}
    assert article(7) in urls  # no listing links to it: remembered, visited
    assert walker.report.unlinked == 2
    assert article(9) not in urls and walker.report.records_kept == 0  # the source dropped it: gone from the store
    kept = walk(MemorySource(tmp_path, pages | {article(9): b""}, known=()), previous)
    assert article(9) in {json.loads(line)["url"] for line in kept.lines.values()}  # still held: kept as it was
    assert kept.report.records_kept == 1


# -- the two modes through the CLI --------------------------------------------------------------


def test_an_offline_run_saves_the_same_report_as_a_live_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = runner.invoke(app, ["run", "--offline", "--from", str(FIXTURES), "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert "scrape run (offline)" in result.output and "report ->" in result.output
    (saved,) = (data / "runs").glob("*-offline.json")
    report = json.loads(saved.read_text(encoding="utf-8"))
    registry = load_sites()
    assert report["mode"] == "offline" and [s["site"] for s in report["sites"]] == [s.id for s in registry]
    pages = sum(1 for _ in RawStore(FIXTURES).scan())
    assert sum(s["pages"] for s in report["sites"]) == pages
    assert sum(s["records_total"] for s in report["sites"]) == len(
        (data / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    )


def test_offline_replays_the_fixtures_when_the_data_directory_has_no_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # where a newcomer runs it: the repository, with tests/fixtures
    result = runner.invoke(app, ["run", "--offline", "--data", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    assert "holds no saved pages: replaying the shipped fixtures in tests/fixtures" in result.output
    shutil.copytree(FIXTURES / "ops-milicz", tmp_path / "data" / "raw" / "ops-milicz")
    again = runner.invoke(app, ["run", "--offline", "--data", str(tmp_path / "data"), "--site", "ops-milicz"])
    assert again.exit_code == 0 and "replaying the shipped fixtures" not in again.output  # data/raw wins


def test_from_is_for_offline_runs_and_must_hold_pages(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--from", str(FIXTURES), "--contact", "t@example.org", "--data", str(tmp_path)])
    assert result.exit_code == 2 and "--from replays saved pages: give it with --offline" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["run", "--offline", "--from", str(empty), "--data", str(tmp_path / "d")])
    assert result.exit_code == 2 and f"--from {empty}: no saved pages there" in result.output


def test_a_redesigned_site_keeps_its_pages_and_the_report_counts_the_fallbacks(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "ops-milicz", data / "raw" / "ops-milicz")
    for sidecar in (data / "raw" / "ops-milicz").glob("????????????????.json"):
        body = sidecar.with_suffix(".html")
        changed = body.read_bytes().replace(b'class="artykul"', b'class="wpis"')
        if changed != body.read_bytes():
            body.write_bytes(changed)
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            meta["content_sha256"] = hashlib.sha256(changed).hexdigest()
            sidecar.write_text(json.dumps(meta), encoding="utf-8")
    result = runner.invoke(app, ["run", "--offline", "--data", str(data), "--site", "ops-milicz"])
    assert result.exit_code == 0, result.output  # the page is kept: a redesign is said, not a lost page
    (saved,) = (data / "runs").glob("*-offline.json")
    site_report = json.loads(saved.read_text(encoding="utf-8"))["sites"][0]
    assert site_report["fallbacks"] == 1
    assert any("read by the generic extractor" in problem for problem in site_report["problems"])
    (line,) = (data / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["extractor"]["name"] == "generic"
    assert record["warnings"][0].startswith("page object 'ops-milicz' did not match the page")


def test_an_offline_walk_is_never_bounded_by_since(tmp_path: Path) -> None:
    """A replay reads what was saved, whatever today's date: old dated items and their pages stay in."""
    pages = chain(tmp_path, 3)
    for n in (1, 2, 3):
        pages[listing(n)] = pages[listing(n)].replace(b"</li>", b" 01.02.2001</li>")
    source = MemorySource(tmp_path, pages)
    walker = SiteWalk(site(), source, previous={}, options=WalkOptions(since=date(2026, 1, 1)))
    asyncio.run(walker.run())
    walker.finish()
    assert {listing(n) for n in (1, 2, 3)} <= set(source.asked) and len(walker.lines) == 3
    assert walker.report.not_followed == {}
