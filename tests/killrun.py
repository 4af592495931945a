"""Kill a real `scrape run` at a chosen moment and judge what it left: the harness of tests/test_kill_run.py.

`run_killed` starts `scrape run` as a child process against the fake gmina site with
`SCRAPE_CRASH_AT=<point>:<n>` (see `scraper.crashpoints`), so the child SIGKILLs itself at
exactly that fetch, extraction or write.  The `check_*` helpers then say whether the data
directory is in a state a later run can trust: a dataset that is valid JSONL (or absent), a
state database that opens and is consistent with the raw store, and no half-written file taken
for a whole one.  `normalised` compares datasets across runs made at different times.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from scraper.state import STATE_FILE
from scraper.store import RawStore, StoredPage, StoreError
from scraper.store_log import ENTRIES
from scraper.writer import TEMP_SUFFIX

SCRAPE = Path(sys.executable).parent / "scrape"
SITE = "gmina-testowa"
CONTACT = "t@example.org"
SINCE = "2015-01-01"  # the fake site's dates are fixed, "three years ago" is not
CHILD_TIMEOUT = 90.0  # seconds; a child that outlives it is killed and the test fails


def run_args(data: Path, sites: Path) -> list[str]:
    """`scrape run` arguments of a live run of the fake site (without the program name)."""
    args = ["run", "--live", "--data", str(data), "--sites", str(sites), "--contact", CONTACT, "--since", SINCE]
    return [*args, "--allow-loopback"]  # the fake site is on 127.0.0.1


def child_env(crash: str | None = None) -> dict[str, str]:
    """The test's environment without any SCRAPE_* setting, plus `SCRAPE_CRASH_AT=crash` when given."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("SCRAPE_")}
    env["COLUMNS"] = "120"
    if crash:
        env["SCRAPE_CRASH_AT"] = crash
    return env


def scrape(args: list[str], crash: str | None = None) -> subprocess.CompletedProcess[str]:
    """`scrape ARGS` in a child process, optionally with `SCRAPE_CRASH_AT=crash`; waits for its end."""
    return subprocess.run(
        [str(SCRAPE), *args], capture_output=True, text=True, env=child_env(crash), timeout=CHILD_TIMEOUT, check=False
    )


def run_child(data: Path, sites: Path, crash: str | None = None) -> subprocess.CompletedProcess[str]:
    """A live `scrape run` of the fake site in a child process."""
    return scrape(run_args(data, sites), crash)


def run_killed(data: Path, sites: Path, moment: str) -> subprocess.CompletedProcess[str]:
    """A child run that must die by SIGKILL at `moment` (`<point>:<n>`): proof that the moment came."""
    child = run_child(data, sites, moment)
    assert child.returncode == -signal.SIGKILL, (
        f"{moment}: the run was not killed there (exit {child.returncode}): {child.stderr[-2000:]}"
    )
    return child


# -- what a kill may leave --------------------------------------------------------------------


def jsonl_lines(path: Path) -> list[str]:
    """The lines of a dataset file, each checked to be one whole record; fails on a torn or foreign file."""
    text = path.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n"), f"{path}: does not end with a newline (cut short?)"
    lines = text.splitlines()
    ids = []
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
        except ValueError as error:
            raise AssertionError(f"{path}:{number}: not JSON ({error}): {line[:80]!r}") from None
        assert isinstance(record, dict) and isinstance(record.get("id"), str), f"{path}:{number}: not a record"
        ids.append(record["id"])
    assert ids == sorted(set(ids)), f"{path}: ids not sorted and unique"
    return lines


def check_dataset(data: Path) -> list[str] | None:
    """Every dataset file is valid JSONL; returns records.jsonl's lines, None when it was never built."""
    clean = data / "clean"
    for path in sorted((clean / "sites").glob("*.jsonl")):
        jsonl_lines(path)
    combined = clean / "records.jsonl"
    return jsonl_lines(combined) if combined.exists() else None


def store_entries(data: Path) -> dict[str, bytes | StoreError]:
    """{url: body} of every raw-store entry of the site; a broken entry (torn, hash mismatch) as its error."""
    entries: dict[str, bytes | StoreError] = {}
    for number, entry in enumerate(RawStore(data / "raw").scan(SITE)):
        try:
            if isinstance(entry, StoreError):
                raise entry
            entries[entry.url] = entry.body()
        except StoreError as error:
            entries[f"broken entry {number}"] = error
    return entries


def _stored(data: Path, url: str) -> StoredPage:
    """The page's entry as a fresh store reads it; StoreError when there is none or it is broken."""
    page = RawStore(data / "raw").get(SITE, url)
    if page is None:
        raise StoreError(f"{url}: no entry")
    return page


def check_store(data: Path, *, may_be_broken: bool, torn: bool = False) -> None:
    """No half-written body is an entry: each one is whole (its line's hash matches a whole page).

    `may_be_broken`: the kill came between replacing a body and appending its new line; that entry must
    then be seen as broken (its hash does not match), never read as whole.  `torn`: the kill tore the
    last line of the entries file, which a scan reports once (and no other line).
    """
    entries = store_entries(data)
    broken = [str(e) for e in entries.values() if isinstance(e, StoreError)]
    tails = [problem for problem in broken if "unterminated last line" in problem]
    assert len(tails) == (1 if torn else 0), broken
    broken = [problem for problem in broken if problem not in tails]
    assert len(broken) <= (1 if may_be_broken else 0), broken
    for url, body in entries.items():
        if isinstance(body, bytes):
            assert body.rstrip().endswith(b"</html>"), f"{url}: a stored body is cut short"


def check_state(data: Path, *, may_be_broken: bool) -> None:
    """The state database opens and is whole, and every page it knows a body of has that body stored."""
    path = data / STATE_FILE
    if not path.exists():
        return  # killed before the database was created
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute("SELECT url, content_sha256 FROM pages WHERE content_sha256 IS NOT NULL").fetchall()
        runs = db.execute("SELECT count(*) FROM runs").fetchone()[0]
    finally:
        db.close()
    assert runs >= 1 or not rows
    unstored = []
    for url, _digest in rows:
        try:
            _stored(data, url).body()
        except StoreError as error:
            unstored.append(f"{url}: {error}")
    assert len(unstored) <= (1 if may_be_broken else 0), unstored


def check_consistent(data: Path) -> None:
    """After a whole run: every state hash is its stored body's, no entry broken, no temporary file left."""
    check_store(data, may_be_broken=False)
    db = sqlite3.connect(data / STATE_FILE)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute("SELECT url, content_sha256 FROM pages WHERE content_sha256 IS NOT NULL").fetchall()
    finally:
        db.close()
    assert rows
    for url, digest in rows:
        assert _stored(data, url).content_sha256 == digest, url
    assert temp_files(data) == []
    entries = (data / "raw" / SITE / ENTRIES).read_text(encoding="utf-8")  # whole lines only: a torn one cut off
    assert entries.endswith("\n") and all(json.loads(line)["key"] for line in entries.splitlines())


def temp_files(data: Path) -> list[Path]:
    """Temporary files of interrupted writes anywhere in the data directory."""
    return sorted(p for p in data.rglob(f".*{TEMP_SUFFIX}") if p.is_file())


def normalised(lines: list[str]) -> list[dict[str, object]]:
    """Records with the times of the run that made them blanked (fetched_at; the day of first_seen, removed)."""
    records = []
    for line in lines:
        record = json.loads(line)
        record["fetched_at"] = "T" if record.get("fetched_at") else None
        for key in ("first_seen", "removed"):
            record[key] = "D" if record.get(key) else None
        records.append(record)
    return records
