"""SIGINT and SIGTERM stop a real `scrape run` cleanly: the pages done are kept whole, the report is saved,
the exit code is 130 / 143, and a rerun completes the dataset.

The child is signalled once the fake site has answered a given number of requests (a marker, not a
sleep); a signal in the middle of the dataset writes comes from `SCRAPE_CRASH_AT=...:term`.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fakesite import FakeSite, start_fake_site, write_registry
from killrun import (
    SCRAPE,
    check_consistent,
    child_env,
    jsonl_lines,
    normalised,
    run_args,
    run_child,
    store_entries,
)
from scraper.cli import app

runner = CliRunner()
CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}


@pytest.fixture()
def site() -> Iterator[FakeSite]:
    fake = start_fake_site(crawl_delay=0.01)
    yield fake
    fake.stop()


def reference(tmp_path: Path, site: FakeSite) -> list[str]:
    """records.jsonl of an uninterrupted first run of the site."""
    data = tmp_path / "reference"
    result = runner.invoke(app, run_args(data, write_registry(tmp_path / "fast.toml", site)))
    assert result.exit_code == 0, result.output
    return jsonl_lines(data / "clean" / "records.jsonl")


def wait_for(condition: object, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.02)
    raise AssertionError("timed out waiting for the marker")


def last_report(data: Path) -> dict[str, object]:
    reports = sorted((data / "runs").glob("*-live.json"))
    assert reports, "no report saved"
    report: dict[str, object] = json.loads(reports[-1].read_text(encoding="utf-8"))
    return report


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_first_run_stopped_mid_crawl_keeps_the_pages_done(tmp_path: Path, site: FakeSite, signum: int) -> None:
    whole = reference(tmp_path, site)
    data, slow = tmp_path / "data", write_registry(tmp_path / "slow.toml", site, delay=0.3)
    start = len(site.requests)
    child = subprocess.Popen(
        [str(SCRAPE), *run_args(data, slow)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env()
    )
    try:
        # robots.txt, the listing, two articles asked: the first article is answered and being saved
        wait_for(lambda: len(site.requests) - start >= 4, 30)
        child.send_signal(signum)
        _stdout, stderr = child.communicate(timeout=30)
    finally:
        child.kill()
        child.wait()
    text = stderr.decode()
    assert child.returncode == CODES[signum], text
    assert "Traceback" not in text
    name = signal.Signals(signum).name
    assert re.search(rf"interrupted \({name}\) after \d+ pages; partial records kept", text), text
    report = last_report(data)
    assert report["interrupted"] == name and report["exit_code"] == CODES[signum]
    assert len(site.requests) - start < 9  # it stopped: an uninterrupted run asks 9 times
    # What was done is kept, whole: each record is the uninterrupted run's, its page is stored whole.
    kept = jsonl_lines(data / "clean" / "records.jsonl")
    assert 1 <= len(kept) < len(whole)
    assert all(record in normalised(whole) for record in normalised(kept))
    stored = store_entries(data)
    assert all(isinstance(body, bytes) for body in stored.values())
    assert {json.loads(line)["url"] for line in kept} <= set(stored)
    # The next run completes it.
    rerun = run_child(data, write_registry(tmp_path / "fast.toml", site))
    assert rerun.returncode == 0, rerun.stderr
    assert normalised(jsonl_lines(data / "clean" / "records.jsonl")) == normalised(whole)
    check_consistent(data)


@pytest.mark.parametrize(
    ("moment", "code"),
    [("dataset.site.unrenamed:1:term", 143), ("dataset.combined.torn:1:int", 130), ("state.commit:6:term", 143)],
)
def test_a_signal_during_the_writes_lets_them_finish(tmp_path: Path, site: FakeSite, moment: str, code: int) -> None:
    """Signals are held while the dataset is written: the stop comes after records.jsonl is whole.

    (state.commit:6 is a page's transaction mid-crawl: the stop comes after that page.)
    """
    whole = reference(tmp_path, site)
    data = tmp_path / "data"
    child = run_child(data, write_registry(tmp_path / "fast.toml", site), moment)
    assert child.returncode == code, child.stderr
    assert "Traceback" not in child.stderr
    report = last_report(data)
    assert report["exit_code"] == code and report["interrupted"] == ("SIGTERM" if code == 143 else "SIGINT")
    lines = jsonl_lines(data / "clean" / "records.jsonl")
    site_lines = jsonl_lines(data / "clean" / "sites" / "gmina-testowa.jsonl")
    assert lines == site_lines  # records.jsonl is never out of step with the site files
    if moment.startswith("dataset."):  # the walk was over: every record made it
        assert normalised(lines) == normalised(whole)
    assert all(record in normalised(whole) for record in normalised(lines))
