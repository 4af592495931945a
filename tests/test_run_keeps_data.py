"""A run never loses data it did not replace: an unreachable site, a page cap, a stop request.

Live runs go to the fake gmina site on 127.0.0.1 (tests/fakesite.py); the interrupt tests run
`scrape` as a real child process and send it real signals.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import scraper.walk
from fakesite import FakeSite, start_fake_site, write_registry
from fixture_pages import FIXTURES, expected_records
from scraper.cli import app
from scraper.store import RawStore, is_sidecar
from scraper.store_log import ENTRIES

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SCRAPE = Path(sys.executable).parent / "scrape"


@pytest.fixture()
def site() -> Iterator[FakeSite]:
    fake = start_fake_site(crawl_delay=0.01)
    yield fake
    fake.stop()


def registry(tmp_path: Path, site: FakeSite, delay: float = 0.01) -> Path:
    return write_registry(tmp_path / "sites.toml", site, delay=delay)


def live(data: Path, sites: Path) -> tuple[int, str]:
    args = [
        "run",
        "--live",
        "--data",
        str(data),
        "--sites",
        str(sites),
        "--contact",
        "t@example.org",
        "--allow-loopback",
    ]
    args += ["--since", "2015-01-01"]  # the fake site's dates are fixed, "three years ago" is not
    result = runner.invoke(app, args)
    return result.exit_code, result.output


def dataset(data: Path) -> bytes:
    return (data / "clean" / "records.jsonl").read_bytes()


def site_file(data: Path) -> bytes:
    return (data / "clean" / "sites" / "gmina-testowa.jsonl").read_bytes()


# -- 1. an unreachable site keeps its records ---------------------------------------------------


def test_a_site_that_cannot_be_reached_keeps_its_records(tmp_path: Path, site: FakeSite) -> None:
    sites, data = registry(tmp_path, site), tmp_path / "data"
    assert live(data, sites)[0] == 0
    before, before_site = dataset(data), site_file(data)
    assert len(before.splitlines()) == len(site.articles)
    site.stop()  # connection refused from now on
    code, output = live(data, sites)
    assert code == 1
    assert re.search(
        r"Error: gmina-testowa: site unreachable: robots\.txt of http://127\.0\.0\.1:\d+: connection refused "
        r"\(after \d+ attempts\); nothing crawled; previous records kept",
        output,
    ), output
    assert dataset(data) == before and site_file(data) == before_site
    assert output.count("connection refused") == 2  # the table's caption and the one Error line
    quiet = runner.invoke(
        app, ["run", "-q", "--data", str(data), "--sites", str(sites), "--contact", "t@example.org", "--allow-loopback"]
    )
    assert quiet.exit_code == 1 and quiet.output.count("\n") == 1  # -q: that one line only
    report = json.loads(sorted((data / "runs").glob("*-live.json"))[-1].read_text(encoding="utf-8"))
    assert report["sites"][0]["records_kept"] == len(site.articles)
    assert report["sites"][0]["errors"] == {"unreachable": 1}


def test_robots_txt_answering_5xx_means_do_not_crawl_now_and_keep_everything(tmp_path: Path, site: FakeSite) -> None:
    sites, data = registry(tmp_path, site), tmp_path / "data"
    assert live(data, sites)[0] == 0
    before = dataset(data)
    shutil.rmtree(data / "state")  # earlier records the state knows nothing of are kept too
    site.robots_status = 503
    requests = len(site.requests)
    code, output = live(data, sites)
    assert code == 1
    assert "site unreachable: robots.txt of" in output and "HTTP 503; nothing crawled; previous records kept" in output
    assert dataset(data) == before
    assert {r.path for r in site.requests[requests:]} == {"/robots.txt"}  # nothing but robots.txt (retried)


def test_a_broken_store_entry_is_fetched_again_not_a_crash(tmp_path: Path, site: FakeSite) -> None:
    sites, data = registry(tmp_path, site), tmp_path / "data"
    assert live(data, sites)[0] == 0
    before = dataset(data)
    store = data / "raw" / "gmina-testowa"
    lines = [json.loads(line) for line in (store / ENTRIES).read_text(encoding="utf-8").splitlines()]
    by_url = {meta["url"]: meta for meta in lines}
    listing, article = by_url[f"{site.base_url}/aktualnosci"], by_url[site.article_url(1)]
    # Both ways a body can be lost, on both kinds of page: a listing (no validators, so a full
    # answer with the same hash must not trust the altered file) and an article (a 304 would).
    entries = [listing, article, by_url[site.article_url(2)], by_url[site.article_url(3)]]
    (store / entries[0]["body"]).write_bytes(b"<html>altered</html>")  # no longer matches its hash
    (store / entries[1]["body"]).write_bytes(b"<html>altered</html>")
    with (store / ENTRIES).open("a", encoding="utf-8") as entries_file:  # a later line, unusable, wins
        for meta in entries[2:]:
            entries_file.write(json.dumps({"key": meta["key"], "url": meta["url"], "fetched_at": 12}) + "\n")
    code, output = live(data, sites)
    assert code == 0, output
    assert dataset(data) == before
    fresh = RawStore(data / "raw")
    for meta in entries:
        page = fresh.get("gmina-testowa", meta["url"])  # saved anew, whole
        assert page is not None and b"altered" not in page.body()


# -- 2. a capped run keeps what it did not reach ------------------------------------------------


def offline(data: Path, *extra: str) -> tuple[int, str]:
    result = runner.invoke(app, ["run", "--offline", "--data", str(data), *extra])
    return result.exit_code, result.output


def copy_raw(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIXTURES, data / "raw")  # the fixtures read as a raw store
    return data


def test_offline_max_pages_keeps_the_records_it_did_not_reach(tmp_path: Path) -> None:
    data = copy_raw(tmp_path)
    assert offline(data)[0] == 0
    before = dataset(data)
    code, output = offline(data, "--max-pages", "1")
    assert code == 0, output
    assert dataset(data) == before
    assert f"0 records extracted, {len(expected_records())} kept" in output
    assert "nothing saved" not in output


def test_offline_max_pages_on_an_empty_dataset_says_why_it_has_no_records(tmp_path: Path) -> None:
    data = copy_raw(tmp_path)
    code, output = offline(data, "--max-pages", "1", "--site", "ops-milicz")
    assert code == 1
    assert "Error: ops-milicz: no records: max_pages=1 reached" in output and "before any article" in output
    assert "nothing saved" not in output


def test_live_max_pages_keeps_the_records_it_did_not_reach(tmp_path: Path, site: FakeSite) -> None:
    sites, data = registry(tmp_path, site), tmp_path / "data"
    assert live(data, sites)[0] == 0
    before = dataset(data)
    result = runner.invoke(
        app,
        [
            "run",
            "--data",
            str(data),
            "--sites",
            str(sites),
            "--contact",
            "t@example.org",
            "--allow-loopback",
            "--max-pages",
            "1",
        ],
    )
    assert result.exit_code == 0, result.output
    assert dataset(data) == before
    assert (
        "gmina-testowa: max_pages=1 reached" in result.output and "records of pages not reached kept" in result.output
    )
    report = json.loads(sorted((data / "runs").glob("*-live.json"))[-1].read_text(encoding="utf-8"))
    assert report["sites"][0]["stopped"].startswith("max_pages=1 reached")
    assert report["sites"][0]["records_kept"] == len(site.articles)


def test_a_complete_offline_run_drops_records_whose_pages_left_the_store(tmp_path: Path) -> None:
    data = copy_raw(tmp_path)
    assert offline(data)[0] == 0
    milicz = data / "raw" / "ops-milicz"
    sidecars = [p for p in milicz.glob("*.json") if is_sidecar(p)]  # not the copied expected files
    article = next(p for p in sidecars if "aktualnosci/" in json.loads(p.read_text())["url"])
    article.with_suffix(".html").unlink()
    article.unlink()
    code, _output = offline(data, "--site", "ops-milicz")
    assert code == 1  # its only article is gone from the store: no records, said loudly
    assert (data / "clean" / "sites" / "ops-milicz.jsonl").read_bytes() == b""


# -- 7. SIGINT and SIGTERM end a run cleanly ----------------------------------------------------


def _wait_for(condition: object, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.02)
    raise AssertionError("timed out")


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_live_run_stopped_by_a_signal_keeps_what_it_did_and_writes_its_report(
    tmp_path: Path, site: FakeSite, signum: int, code: int
) -> None:
    data = tmp_path / "data"
    assert live(data, registry(tmp_path, site))[0] == 0  # a complete dataset first
    before = dataset(data)
    for article in site.articles.values():
        article.body += "<p>Zmiana treści.</p>"  # every page changed: the next run has real work
    slow = registry(tmp_path, site, delay=0.4)
    start = len(site.requests)
    env = {**os.environ, "SCRAPE_CONTACT": "t@example.org", "COLUMNS": "120"}
    child = subprocess.Popen(
        [str(SCRAPE), "run", "--allow-loopback", "--data", str(data), "--sites", str(slow)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        _wait_for(lambda: len(site.requests) - start >= 4, 20)  # robots.txt, a listing, an article or two
        child.send_signal(signum)
        _stdout, stderr = child.communicate(timeout=20)
    finally:
        child.kill()
    assert child.returncode == code, stderr
    text = stderr.decode()
    assert re.search(rf"interrupted \({signal.Signals(signum).name}\) after \d+ pages; partial records kept", text)
    lines = dataset(data).splitlines()
    assert len(lines) == len(before.splitlines())  # nothing lost
    assert all(json.loads(line)["id"] for line in lines)  # valid JSONL
    reports = sorted((data / "runs").glob("*-live.json"))
    report = json.loads(reports[-1].read_text(encoding="utf-8"))
    assert report["interrupted"] == signal.Signals(signum).name and report["exit_code"] == code
    assert len(site.requests) - start < 4 + 12  # it stopped, it did not go on crawling


def test_an_offline_run_stopped_by_sigterm_keeps_every_record_and_saves_its_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy_raw(tmp_path)
    assert offline(data)[0] == 0
    before = dataset(data)
    calls = 0
    original = scraper.walk.extract_stored

    def run_page(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 3:
            os.kill(os.getpid(), signal.SIGTERM)  # handled: becomes a clean stop, not a killed test run
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(scraper.walk, "extract_stored", run_page)
    code, output = offline(data)
    assert code == 143
    assert re.search(r"interrupted \(SIGTERM\) after \d+ pages; partial records kept", output)
    assert dataset(data) == before  # the pages done give what they gave; every other record is kept
    report = json.loads(sorted((data / "runs").glob("*-offline.json"))[-1].read_text(encoding="utf-8"))
    assert report["interrupted"] == "SIGTERM" and report["exit_code"] == 143
