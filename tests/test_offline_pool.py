"""The pool of `scrape extract` and `scrape run --offline`: every core, the same bytes as one process."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fixture_pages import FIXTURES
from scraper import offline_pool
from scraper.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]


def _square(value: int) -> int:
    return value * value


def _pid(_: int) -> int:
    return os.getpid()


@pytest.fixture
def pool_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool for any number of pages, with two workers (the tests' pages are few)."""
    monkeypatch.setattr(offline_pool, "THRESHOLD", 1)
    monkeypatch.setenv("SCRAPE_WORKERS", "2")


def test_ordered_map_keeps_the_input_order_over_many_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCRAPE_WORKERS", "2")
    values = list(range(203))  # not a multiple of the chunk size
    assert list(offline_pool.ordered_map(_square, values, chunk=4)) == [v * v for v in values]


def test_ordered_map_runs_in_other_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCRAPE_WORKERS", "2")
    pids = set(offline_pool.ordered_map(_pid, range(40), chunk=2))
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= 2


@pytest.mark.parametrize(
    ("pages", "workers", "expected"),
    [(10, "2", False), (offline_pool.THRESHOLD, "2", True), (offline_pool.THRESHOLD * 5, "1", False)],
)
def test_small_runs_and_one_worker_use_no_pool(
    pages: int, workers: str, expected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCRAPE_WORKERS", workers)
    assert offline_pool.use_pool(pages) is expected


def _offline_run(data: Path) -> bytes:
    shutil.copytree(FIXTURES, data / "raw")
    result = runner.invoke(app, ["run", "--offline", "--data", str(data)])
    assert result.exit_code == 0, result.output
    return (data / "clean" / "records.jsonl").read_bytes()


def test_offline_run_with_the_pool_writes_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pool_always: None
) -> None:
    taken: list[str] = []
    take = offline_pool.take

    def counting(site_id: str, *args: object) -> object:
        found = take(site_id, *args)  # type: ignore[arg-type]
        if found is not None:
            taken.append(site_id)
        return found

    monkeypatch.setattr(offline_pool, "take", counting)
    pooled = _offline_run(tmp_path / "pooled")
    assert taken, "the walk read no page from the pool"
    monkeypatch.setenv("SCRAPE_WORKERS", "1")
    alone = _offline_run(tmp_path / "alone")
    assert pooled == alone
    assert offline_pool._prepared == {}  # nothing kept after the run


def test_extract_with_the_pool_prints_the_same_lines_and_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pool_always: None
) -> None:
    bodies = sorted(str(p) for p in FIXTURES.rglob("*.html"))
    pooled = runner.invoke(app, ["extract", *bodies])
    monkeypatch.setenv("SCRAPE_WORKERS", "1")
    alone = runner.invoke(app, ["extract", *bodies])
    assert pooled.exit_code == alone.exit_code
    assert pooled.stdout == alone.stdout
    assert pooled.stdout.count("\n") >= 5
    assert pooled.stderr == alone.stderr
    assert "listing page" in pooled.stderr


def test_ctrl_c_during_a_pooled_extract_exits_130_without_a_traceback(tmp_path: Path) -> None:
    bodies = sorted(str(p) for p in FIXTURES.rglob("*.html")) * 1000  # long enough to be stopped
    env = {**os.environ, "SCRAPE_WORKERS": "2", "PYTHONPATH": str(ROOT / "src")}
    code = "from scraper.cli import main; main()"
    process = subprocess.Popen(
        [sys.executable, "-c", code, "extract", "--out", str(tmp_path / "out.jsonl"), *bodies],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    time.sleep(2)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()[-2000:]
    assert b"Traceback" not in err
    assert not (tmp_path / "out.jsonl").exists()


def _die_on_seven(value: int) -> int:
    if value == 7 and os.getpid() != _PARENT:
        os._exit(1)  # a worker killed mid-chunk (out of memory, a crash in a C library)
    return value * 10


_PARENT = os.getpid()


def test_a_dead_worker_costs_only_speed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCRAPE_WORKERS", "2")
    values = list(range(60))
    assert list(offline_pool.ordered_map(_die_on_seven, values, chunk=3)) == [v * 10 for v in values]
