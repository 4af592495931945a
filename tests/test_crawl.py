"""Live runs end to end: `scrape run` against a fake gmina site on 127.0.0.1, twice, then changed.

Every request goes to the test's own server; delays are small so the file runs in seconds.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fakesite import WINDOWS_1250_ARTICLE, FakeSite, start_fake_site, write_registry
from scraper.cli import app
from scraper.lock import RunLock

runner = CliRunner()


@pytest.fixture()
def site() -> Iterator[FakeSite]:
    fake = start_fake_site(crawl_delay=0.05)
    yield fake
    fake.stop()


def registry(tmp_path: Path, site: FakeSite, **extra: str) -> Path:
    """The fake site with its endless calendar followed (bounded by max_pages)."""
    calendar = f"'^{re.escape(site.base_url)}/kalendarz'"
    return write_registry(tmp_path / "sites.toml", site, delay=0.02, follow_extra=calendar, max_pages="40", **extra)


def run(data: Path, sites: Path, *extra: str) -> tuple[int, str]:
    contact = () if "--contact" in extra else ("--contact", "tests@example.org")
    # --since fixed: the fake site's dates are fixed, "three years ago" is not
    args = ["run", "--live", "--allow-loopback", "--data", str(data), "--sites", str(sites), "--since", "2015-01-01"]
    result = runner.invoke(app, [*args, *contact, *extra])
    return result.exit_code, result.output


def records(data: Path) -> dict[str, dict[str, object]]:
    lines = (data / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {str(r["url"]): r for r in map(json.loads, lines)}


def test_first_run_then_an_unchanged_run(tmp_path: Path, site: FakeSite) -> None:
    sites, data = registry(tmp_path, site), tmp_path / "data"
    code, output = run(data, sites)
    assert code == 0, output
    found = records(data)
    assert sorted(found) == sorted(site.article_url(n) for n in site.articles)  # each article exactly once
    polish = found[site.article_url(WINDOWS_1250_ARTICLE)]  # windows-1250, declared only in <meta>
    assert polish["title"] == site.articles[WINDOWS_1250_ARTICLE].title
    assert "Żaczek" in str(polish["title"]) and "Źródlanej" in str(polish["text"])
    assert not any(path.startswith(("/prywatne", "/fault")) for path in site.paths())  # robots and scope kept
    assert site.hits("/robots.txt") == 1
    assert sum(path.startswith("/kalendarz") for path in site.paths()) <= 40  # the endless calendar is bounded
    reports = list((data / "runs").glob("*-live.json"))
    assert len(reports) == 1
    report = json.loads(reports[0].read_text(encoding="utf-8"))
    assert report["exit_code"] == 0
    assert report["sites"][0]["records_new"] == len(site.articles)

    bodies = sorted(p.name for p in (data / "raw" / "gmina-testowa").iterdir())
    dataset = (data / "clean" / "records.jsonl").read_bytes()
    before = len(site.requests)
    code, output = run(data, sites)
    assert code == 0, output
    article_requests = [r for r in site.requests[before:] if r.path.startswith("/aktualnosci/")]
    assert article_requests and all("if-none-match" in r.headers for r in article_requests)  # conditional
    assert sorted(p.name for p in (data / "raw" / "gmina-testowa").iterdir()) == bodies  # no new bodies
    assert (data / "clean" / "records.jsonl").read_bytes() == dataset  # byte-identical


def test_changed_and_removed_pages(tmp_path: Path, site: FakeSite) -> None:
    sites, data = registry(tmp_path, site), tmp_path / "data"
    assert run(data, sites)[0] == 0
    first = records(data)
    site.set_article_body(
        1, site.article_bytes(site.articles[1]).decode().replace("1 250 000,00 zł", "1 300 000,00 zł")
    )
    site.remove_article(2, status=410)
    code, output = run(data, sites)
    assert code == 0, output
    second = records(data)
    changed = second[site.article_url(1)]
    assert changed["text"] != first[site.article_url(1)]["text"]
    assert "1 300 000,00 zł" in str(changed["text"])
    gone = second[site.article_url(2)]
    assert gone["removed"] is not None  # kept, marked removed, not silently dropped
    assert {k: v for k, v in gone.items() if k != "removed"} == {
        k: v for k, v in first[site.article_url(2)].items() if k != "removed"
    }
    report = json.loads(sorted((data / "runs").glob("*-live.json"))[-1].read_text(encoding="utf-8"))
    counts = report["sites"][0]
    # Article 1 changed, and so did listing page 1 (article 2 left it, the rest moved up); page 2 is
    # not read: page 1 brings no item the state did not know.
    assert (counts["pages_changed"], counts["pages_removed"]) == (2, 1)
    assert counts["not_followed"] == {"known_pages": 1}
    assert (counts["records_changed"], counts["records_removed"], counts["records_new"]) == (1, 1, 0)


def test_offline_replay_of_a_live_store_gives_the_same_records(tmp_path: Path, site: FakeSite) -> None:
    sites, data = registry(tmp_path, site), tmp_path / "data"
    assert run(data, sites)[0] == 0
    live = (data / "clean" / "records.jsonl").read_bytes()
    replay = tmp_path / "replay"
    shutil.copytree(data / "raw", replay / "raw")
    shutil.copytree(data / "state", replay / "state")
    result = runner.invoke(app, ["run", "--offline", "--data", str(replay), "--sites", str(sites)])
    assert result.exit_code == 0, result.output
    assert (replay / "clean" / "records.jsonl").read_bytes() == live


def test_a_second_run_on_the_same_data_is_refused(tmp_path: Path, site: FakeSite) -> None:
    sites, data = registry(tmp_path, site), tmp_path / "data"
    with RunLock(data):
        code, output = run(data, sites)
    assert code == 2
    assert "Error: another scrape run holds" in output


def test_a_site_that_yields_nothing_fails_the_run(tmp_path: Path, site: FakeSite) -> None:
    sites = registry(tmp_path, site)
    text = sites.read_text(encoding="utf-8").replace('/aktualnosci"]', '/nie-ma-takiej-strony"]')
    sites.write_text(text, encoding="utf-8")
    code, output = run(tmp_path / "data", sites)
    assert code == 1
    assert "gmina-testowa: no records" in output
    sites.write_text(text + "may_be_empty = true\n", encoding="utf-8")
    code, output = run(tmp_path / "data2", sites)
    assert code == 0, output


def test_refused_and_failed_pages_are_named_and_nothing_is_written_for_them(tmp_path: Path, site: FakeSite) -> None:
    sites = registry(tmp_path, site)
    faults = ["/fault/500", "/files/uchwala.pdf", "/prywatne/tajne", "/fault/offsite-redirect", "/fault/gzip-bomb"]
    text = sites.read_text(encoding="utf-8").replace(
        f'start_urls = ["{site.base_url}/aktualnosci"]',
        "start_urls = [" + ", ".join(f'"{site.base_url}{path}"' for path in ["/aktualnosci", *faults]) + "]",
    )
    sites.write_text(text, encoding="utf-8")
    data = tmp_path / "data"
    code, output = run(data, sites, "--contact", "dane@example.org")
    assert code == 1  # a page failed: the run says so, and still writes everything else
    assert f"gmina-testowa: {site.base_url}/fault/500:" in output
    report = json.loads(next((data / "runs").glob("*-live.json")).read_text(encoding="utf-8"))
    problems = "\n".join(report["sites"][0]["problems"])
    for path in faults:
        assert f"{site.base_url}{path}" in problems, path
    assert "500" in report["sites"][0]["failure"] or "failed" in report["sites"][0]["failure"]
    saved = [json.loads(p.read_text())["url"] for p in (data / "raw" / "gmina-testowa").glob("*.json")]
    assert not any("/fault/" in url or "/files/" in url or "/prywatne/" in url for url in saved)
    assert len(records(data)) == len(site.articles)  # the good pages are all there
    assert "/prywatne/tajne" not in site.paths()  # robots.txt kept
    agents = {r.headers.get("user-agent") for r in site.requests}
    assert agents == {
        "jst-funding-scraper/0.1 (dataset of projects funded by Polish local governments; contact: dane@example.org)"
    }


def test_registry_selectors_steer_the_generic_extractor_in_a_live_run(tmp_path: Path, site: FakeSite) -> None:
    """A site added with `extractor = "generic"` and `selectors` only: no code, and the selectors win."""
    sites = registry(tmp_path, site, selectors='{ title = "p.date", body = "div.text" }')
    data = tmp_path / "data"
    code, output = run(data, sites)
    assert code == 0, output
    found = records(data)
    first = found[site.article_url(1)]
    assert str(first["title"]).startswith("Data publikacji:")  # the title selector was used, not the <h1>
    assert "Powrót do listy" not in str(first["text"])  # the body selector kept the link out
    assert str(first["text"]).startswith("Gmina Testowa podpisała umowę")


def test_a_live_run_without_allow_loopback_asks_nothing_of_a_loopback_site(tmp_path: Path, site: FakeSite) -> None:
    """The fake site is on 127.0.0.1: without --allow-loopback the run refuses it in one clear line, no traceback."""
    sites, data = registry(tmp_path, site), tmp_path / "data"
    args = ["run", "--live", "--data", str(data), "--sites", str(sites), "--contact", "tests@example.org"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert site.paths() == []  # not even robots.txt
    assert "127.0.0.1 is a loopback address" in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    for command in ("run", "discover"):
        assert "--allow-loopback" in runner.invoke(app, [command, "--help"]).output
