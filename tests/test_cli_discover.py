"""`scrape discover` and `scrape run` on a discovered site: the table, the stored file, pinning, the run using it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from discover_web import Host, Reply, page
from scraper.cli import app
from scraper.discovering import yielded_nothing
from scraper.discovery_model import Discovery, Section
from scraper.discovery_store import save_discovery, set_pinned
from scraper.registry import Site
from test_discover import wordpress

runner = CliRunner()
CONTACT = ["--contact", "tests@example.org"]


@pytest.fixture()
def web() -> Iterator[tuple[Host, Host]]:
    main, bip = Host(), Host()
    try:
        yield main, bip
    finally:
        main.stop()
        bip.stop()


def sites_file(tmp_path: Path, url: str) -> Path:
    """One hand-written entry with a homepage only: discovery supplies the sections and patterns."""
    path = tmp_path / "sites.toml"
    path.write_text(
        f'[[site]]\nid = "gmina-testowa"\nname = "Urząd Gminy Testowa"\nstart_urls = ["{url}"]\n'
        'extractor = "generic"\ndelay = 0\n',
        encoding="utf-8",
    )
    return path


def test_discover_prints_saves_and_pins(tmp_path: Path, web: tuple[Host, Host]) -> None:
    main, bip = web
    wordpress(main, bip)
    data, sites = tmp_path / "data", sites_file(tmp_path, main.url("/"))
    result = runner.invoke(app, ["discover", "--data", str(data), "--sites", str(sites), *CONTACT])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:4] == ["site", "status", "platform", "news"]
    row = dict(zip(lines[0].split("\t"), lines[1].split("\t"), strict=True))
    assert (row["site"], row["status"], row["platform"], row["news"], row["bip"]) == (
        "gmina-testowa",
        "discovered",
        "wordpress",
        "listing",
        "host",
    )
    stored = json.loads((data / "discovery" / "gmina-testowa.json").read_text(encoding="utf-8"))
    assert stored["site_id"] == "gmina-testowa" and not stored["pinned"]
    # fresh: a second discover does not fetch again; pinned: never replaced, even with --force
    before = len(main.requests)
    again = runner.invoke(app, ["discover", "--data", str(data), "--sites", str(sites), *CONTACT])
    assert again.exit_code == 0 and "\tfresh\t" in again.stdout and len(main.requests) == before
    pinned = runner.invoke(app, ["discover", "--data", str(data), "--sites", str(sites), "--pin"])
    assert pinned.exit_code == 0 and "gmina-testowa: pinned" in pinned.stdout
    forced = runner.invoke(app, ["discover", "--data", str(data), "--sites", str(sites), "--force", *CONTACT])
    assert "\tkept pinned\t" in forced.stdout


def test_discover_needs_a_contact(tmp_path: Path) -> None:
    result = runner.invoke(app, ["discover", "--data", str(tmp_path), "--site", "um-opole"], env={"SCRAPE_CONTACT": ""})
    assert result.exit_code == 2
    assert "give --contact EMAIL" in result.stderr


def test_a_live_run_discovers_first_and_crawls_what_was_found(tmp_path: Path, web: tuple[Host, Host]) -> None:
    main, bip = web
    items = wordpress(main, bip)
    article = "<article><h1>{title}</h1><p>Opublikowano 12.03.2024</p><p>Gmina otrzymała dofinansowanie.</p></article>"
    titles = {e.href: e.title for e in items}
    main.fallback = lambda path: (
        Reply(page(titles[path], article.format(title=titles[path]))) if path in titles else None
    )
    data, sites = tmp_path / "data", sites_file(tmp_path, main.url("/"))
    # nothing discovered yet: the live run discovers the site first, then crawls what was found
    result = runner.invoke(app, ["run", "--data", str(data), "--sites", str(sites), "-q", *CONTACT])
    assert (data / "discovery" / "gmina-testowa.json").is_file()
    assert result.exit_code in (0, 1), result.output
    records = (data / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    urls = {json.loads(line)["url"] for line in records}
    assert {main.url(e.href) for e in items} <= urls


def test_a_discovered_site_that_gave_nothing_is_rediscovered(tmp_path: Path) -> None:
    """A redesign leaves the old patterns matching nothing: an empty crawl makes the discovery due again."""

    def site(site_id: str) -> Site:
        return Site(
            id=site_id,
            name=site_id,
            start_urls=("https://www.example.pl/",),
            follow=(),
            articles=(re.compile(r"^https://www\.example\.pl/a/\d+$"),),
            extractor="generic",
            generated=True,
        )

    data, today = tmp_path / "data", date(2026, 12, 4)
    (data / "clean" / "sites").mkdir(parents=True)
    news = Section("news", "https://www.example.pl/aktualnosci", "listing", 0.9, r"^https://www\.example\.pl/a/\d+$")
    for site_id, lines in (("empty", ""), ("fine", '{"id": "x"}\n'), ("pinned", ""), ("fresh", "")):
        when = today if site_id == "fresh" else date(2026, 11, 1)
        save_discovery(data, Discovery(site_id, None, when, "https://www.example.pl/", sections=(news,)))
        (data / "clean" / "sites" / f"{site_id}.jsonl").write_text(lines, encoding="utf-8")
    set_pinned(data, "pinned", True)
    never = site("never")  # never crawled: nothing to judge
    hand = replace(site("empty"), generated=False)  # a hand-written entry keeps its own patterns
    due = yielded_nothing([site("empty"), site("fine"), site("pinned"), site("fresh"), never], data, today)
    assert [s.id for s in due] == ["empty"]
    assert yielded_nothing([hand], data, today) == []
