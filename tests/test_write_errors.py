"""A write that fails mid-run (full disk, read-only file system) is one `Error:` line and exit 2, the last
dataset stays byte for byte, nothing half-written is left, and the next run recovers.

The failure is injected where the write happens (`SCRAPE_CRASH_AT=<point>:<n>:enospc|erofs`, see
`scraper.crashpoints`) in a real `scrape` child process, so what the operator sees is what `main()`
prints: the machine runs tests as root, which ignores file modes, and a small file system would need
root to mount.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fakesite import FakeSite, start_fake_site, write_registry
from fixture_pages import FIXTURES
from killrun import jsonl_lines, run_args, scrape, temp_files
from scraper.cli import app
from scraper.state import STATE_FILE

runner = CliRunner()
REASONS = {"enospc": "no space left on device", "erofs": "read-only file system"}


def snapshot(data: Path) -> dict[str, bytes]:
    """Every dataset file (records.jsonl and the site files) by path."""
    clean = data / "clean"
    return {str(p.relative_to(clean)): p.read_bytes() for p in sorted(clean.rglob("*.jsonl"))}


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr
    return lines[0]


# -- offline: the dataset files -----------------------------------------------------------------


@pytest.fixture()
def offline_data(tmp_path: Path) -> Path:
    """A data directory with saved pages and the dataset of a complete offline run of them."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURES, data / "raw")
    result = runner.invoke(app, ["run", "--offline", "--data", str(data)])
    assert result.exit_code == 0, result.output
    return data


@pytest.mark.parametrize(
    ("moment", "file"),
    [
        ("dataset.site.torn:1:enospc", "sites/*.jsonl"),  # the first site file, half written
        ("dataset.site.unrenamed:3:erofs", "sites/*.jsonl"),  # a later one, whole but not yet renamed
        ("dataset.combined.torn:1:enospc", "records.jsonl"),  # every site file written, records.jsonl fails
    ],
)
def test_an_offline_run_that_cannot_write_keeps_the_last_dataset(offline_data: Path, moment: str, file: str) -> None:
    data = offline_data
    before = snapshot(data)
    child = scrape(["run", "--offline", "--data", str(data), "-q"], moment)
    assert child.returncode == 2, child.stderr
    line = one_error_line(child.stderr)
    target = r"\S+/clean/" + file.replace("*", "[^/ ]+").replace(".", r"\.")
    assert re.fullmatch(f"Error: cannot write {target}: {REASONS[moment.rsplit(':', 1)[1]]}", line)
    assert (data / "clean" / "records.jsonl").read_bytes() == before["records.jsonl"]
    assert all(jsonl_lines(data / "clean" / name) for name in snapshot(data))  # every file whole
    assert temp_files(data) == []
    rerun = scrape(["run", "--offline", "--data", str(data), "-q"])
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(data) == before  # the same pages give the same bytes


# -- live: the raw store, the state database, the dataset ---------------------------------------


@pytest.fixture()
def site() -> Iterator[FakeSite]:
    fake = start_fake_site(crawl_delay=0.01)
    yield fake
    fake.stop()


@pytest.mark.parametrize(
    ("moment", "path"),
    [
        ("raw.body.torn:3:enospc", "/raw/gmina-testowa/"),
        ("raw.entry.torn:2:enospc", "/raw/gmina-testowa/_entries.jsonl"),  # half a line written: cut off later
        ("state.commit:4:enospc", "the state database"),
        ("dataset.combined.unrenamed:1:erofs", "/clean/records.jsonl"),
    ],
)
def test_a_live_run_that_cannot_write_keeps_the_last_dataset(
    tmp_path: Path, site: FakeSite, moment: str, path: str
) -> None:
    sites, data = write_registry(tmp_path / "sites.toml", site), tmp_path / "data"
    first = runner.invoke(app, run_args(data, sites))
    assert first.exit_code == 0, first.output
    before = snapshot(data)
    for article in site.articles.values():
        article.body += "<p>Zmiana treści.</p>"  # every page changed: every write is done again
        article.last_modified = article.last_modified.replace(day=2)
    child = scrape([*run_args(data, sites), "-q"], moment)
    assert child.returncode == 2, child.stderr[-3000:]
    line = one_error_line(child.stderr)
    assert path in line and line.endswith(REASONS[moment.rsplit(":", 1)[1]]), line
    assert (data / "clean" / "records.jsonl").read_bytes() == before["records.jsonl"]
    assert temp_files(data) == []
    assert (data / STATE_FILE).is_file()
    rerun = runner.invoke(app, run_args(data, sites))
    assert rerun.exit_code == 0, rerun.output
    assert len(jsonl_lines(data / "clean" / "records.jsonl")) == len(site.articles)
    assert b"Zmiana tre" in (data / "clean" / "records.jsonl").read_bytes()
    for entries in (data / "raw").glob("*/_entries.jsonl"):  # a line the disk cut short was cut off, not kept
        text = entries.read_text(encoding="utf-8")
        assert text.endswith("\n") and all(json.loads(line)["key"] for line in text.splitlines())
