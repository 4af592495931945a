"""Crawl state: page lifecycle (new, changed, 304, gone, back), run counts, schema, and surviving kill -9."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from scraper.state import SCHEMA_VERSION, WAL_BACKSTOP, State, StateError, format_utc, way_out

T0 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
T1 = T0 + timedelta(days=1)
T2 = T0 + timedelta(days=2)
NAIVE = datetime(2026, 11, 23, 10, 0)
URL = "https://opsmilicz.pl/aktualnosci/17,program"


@pytest.fixture()
def state(tmp_path: Path) -> Iterator[State]:
    with State.open(tmp_path) as opened:
        yield opened


def _raw(tmp_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(tmp_path / "state" / "state.sqlite3")


def test_open_creates_a_wal_database_with_the_current_schema(tmp_path: Path) -> None:
    State.open(tmp_path / "data").close()
    path = tmp_path / "data" / "state" / "state.sqlite3"
    assert path.is_file()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} >= {
        "pages",
        "runs",
        "site_counts",
    }
    db.close()
    with State.open(tmp_path / "data") as again:  # reopening does not re-run migrations
        assert again.pages() == []
        assert again._db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    State.open(tmp_path).close()
    db = _raw(tmp_path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StateError, match="newer than this scraper") as refused:
        State.open(tmp_path)
    assert str(refused.value).endswith(f"upgrade the scraper, or {way_out(tmp_path / 'state' / 'state.sqlite3')}")


# -- a state database this code cannot use: one line, the way out, the file left as it was ------


def _path(tmp_path: Path) -> Path:
    path = tmp_path / "state" / "state.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def test_random_bytes_are_refused_with_the_way_out(tmp_path: Path) -> None:
    path = _path(tmp_path)
    junk = bytes(range(256)) * 40
    path.write_bytes(junk)
    with pytest.raises(StateError) as refused:
        State.open(tmp_path)
    message = str(refused.value)
    assert message == f"{path}: the state database is damaged or not one (file is not a database); {way_out(path)}"
    assert "\n" not in message and f"mv {path.parent} {path.parent}.old" in message
    assert path.read_bytes() == junk


def test_a_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = _path(tmp_path)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    db.execute("INSERT INTO notes (body) VALUES ('not ours')")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(StateError) as refused:
        State.open(tmp_path)
    assert str(refused.value) == f"{path}: not a scrape state database (it holds notes); {way_out(path)}"
    assert path.read_bytes() == before  # no schema added, not even switched to WAL
    assert not path.with_name("state.sqlite3-wal").exists()


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    """SQLite leaves an empty file when killed before its first write: the next run must not be stuck on it."""
    _path(tmp_path).write_bytes(b"")
    with State.open(tmp_path) as state:
        assert state.pages() == []
        assert state._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_damaged_database_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    with State.open(tmp_path) as state:
        for i in range(400):  # several pages of rows
            state.seen(f"{URL}/{i}", "s", status=200, when=T0, etag=None, last_modified=None, content_sha256="h" * 64)
    path = tmp_path / "state" / "state.sqlite3"
    size = path.stat().st_size
    assert size > 8 * 4096
    with path.open("r+b") as handle:  # every page but the schema's overwritten
        handle.seek(4096)
        handle.write(b"\xa5" * (size - 4096))
    with pytest.raises(StateError) as refused, State.open(tmp_path) as state:
        state.pages()
    assert str(refused.value).startswith(f"{path}: the state database is damaged or not one (")
    assert str(refused.value).endswith(way_out(path))


def test_a_full_disk_is_one_line_and_the_transaction_is_lost_whole(state: State) -> None:
    """SQLite's own "disk full" (SQLITE_FULL), reached by capping the file at its current size."""
    state.seen(URL, "s", status=200, when=T0, etag=None, last_modified=None, content_sha256="h" * 64)
    pages = state._db.execute("PRAGMA page_count").fetchone()[0]
    state._db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StateError) as refused, state.transaction():
        for i in range(500):
            state.seen(f"{URL}/{i}", "s", status=200, when=T0, etag=None, last_modified=None, content_sha256="h")
    assert str(refused.value) == f"cannot write the state database {state.path}: database or disk is full"
    assert [page.url for page in state.pages()] == [URL]


def test_a_broken_constraint_is_a_bug_not_a_state_error(state: State) -> None:
    run = state.begin_run("live", T0)
    with pytest.raises(sqlite3.IntegrityError):
        state.set_site_count(run, "ops", -1)


def test_page_lifecycle(state: State) -> None:
    assert state.get(URL) is None
    assert state.validators(URL) == (None, None)
    common = {"etag": '"a1"', "last_modified": "Mon, 23 Nov 2026 09:00:00 GMT"}
    assert state.seen(URL, "ops-milicz", status=200, when=T0, content_sha256="h1", **common) == "new"
    assert state.seen(URL, "ops-milicz", status=200, when=T1, content_sha256="h1", **common) == "unchanged"
    assert state.validators(URL) == ('"a1"', "Mon, 23 Nov 2026 09:00:00 GMT")
    # 304 without validators keeps the old hash and validators
    change = state.seen(URL, "ops-milicz", status=304, when=T1, etag=None, last_modified=None, content_sha256=None)
    assert change == "not_modified"
    page = state.get(URL)
    assert page is not None
    assert (page.content_sha256, page.etag, page.status, page.first_seen, page.last_seen) == ("h1", '"a1"', 304, T0, T1)
    # a new body with new validators
    change = state.seen(URL, "ops-milicz", status=200, when=T2, etag='"b2"', last_modified=None, content_sha256="h2")
    assert change == "changed"
    page = state.get(URL)
    assert page is not None
    assert (page.content_sha256, page.etag, page.last_modified, page.first_seen, page.last_seen) == (
        "h2",
        '"b2"',
        None,
        T0,
        T2,
    )


def test_a_304_with_a_new_etag_updates_it(state: State) -> None:
    state.seen(URL, "s", status=200, when=T0, etag='"a"', last_modified="x", content_sha256="h")
    state.seen(URL, "s", status=304, when=T1, etag='"b"', last_modified=None, content_sha256=None)
    assert state.validators(URL) == ('"b"', "x")


def test_gone_marks_removed_once_keeps_records_and_a_return_clears_it(state: State) -> None:
    state.seen(URL, "s", status=200, when=T0, etag=None, last_modified=None, content_sha256="h")
    state.set_records(URL, ["b", "a", "b"])
    assert state.gone(URL, "s", status=404, when=T1) is True
    assert state.gone(URL, "s", status=410, when=T2) is False  # still gone: the first date stays
    page = state.get(URL)
    assert page is not None
    assert (page.removed, page.status, page.record_ids, page.last_seen) == (T1.date(), 410, ("a", "b"), T0)
    assert state.seen(URL, "s", status=200, when=T2, etag=None, last_modified=None, content_sha256="h") == "unchanged"
    page = state.get(URL)
    assert page is not None and page.removed is None and page.last_seen == T2


def test_gone_on_an_unknown_url_and_then_its_first_body_is_new(state: State) -> None:
    assert state.gone(URL, "s", status=404, when=T0) is True
    page = state.get(URL)
    assert page is not None
    assert (page.removed, page.first_seen, page.last_seen, page.content_sha256) == (date(2026, 11, 23), T0, None, None)
    assert state.seen(URL, "s", status=200, when=T1, etag=None, last_modified=None, content_sha256="h") == "new"


def test_urls_are_canonicalised_and_pages_listed_by_site(state: State) -> None:
    state.seen(
        "HTTPS://Opsmilicz.pl/b#top", "ops", status=200, when=T0, etag=None, last_modified=None, content_sha256="1"
    )
    state.seen("https://opsmilicz.pl/a", "ops", status=200, when=T0, etag=None, last_modified=None, content_sha256="2")
    state.seen("https://opole.pl/x", "opole", status=200, when=T0, etag=None, last_modified=None, content_sha256="3")
    assert state.get("https://opsmilicz.pl/b") is not None
    assert [p.url for p in state.pages("ops")] == ["https://opsmilicz.pl/a", "https://opsmilicz.pl/b"]
    assert len(state.pages()) == 3


def test_timestamps_are_utc_seconds_with_z(state: State, tmp_path: Path) -> None:
    warsaw = timezone(timedelta(hours=1))
    when = datetime(2026, 11, 23, 11, 0, 5, 987654, tzinfo=warsaw)
    state.seen(URL, "s", status=200, when=when, etag=None, last_modified=None, content_sha256="h")
    row = _raw(tmp_path).execute("SELECT first_seen, last_seen FROM pages").fetchone()
    assert row == ("2026-11-23T10:00:05Z", "2026-11-23T10:00:05Z")
    assert format_utc(T0) == "2026-11-23T10:00:00Z"


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.seen(URL, "s", status=500, when=T0, etag=None, last_modified=None, content_sha256="h"),
        lambda s: s.seen(URL, "s", status=200, when=T0, etag=None, last_modified=None, content_sha256=None),
        lambda s: s.seen(URL, "s", status=200, when=NAIVE, etag=None, last_modified=None, content_sha256="h"),
        lambda s: s.gone(URL, "s", status=500, when=T0),
        lambda s: s.begin_run("dry", T0),
    ],
    ids=["seen-500", "200-without-hash", "naive-datetime", "gone-500", "bad-mode"],
)
def test_bad_calls_are_refused(state: State, call: Callable[[State], object]) -> None:
    with pytest.raises(ValueError):
        call(state)
    assert state.pages() == []


def test_set_records_on_an_unknown_page_is_an_error(state: State) -> None:
    with pytest.raises(KeyError):
        state.set_records(URL, ["a"])


def test_a_failed_transaction_leaves_nothing(state: State) -> None:
    with pytest.raises(RuntimeError), state.transaction():
        state.seen(URL, "s", status=200, when=T0, etag=None, last_modified=None, content_sha256="h")
        state.set_records(URL, ["a"])
        raise RuntimeError("crash between writes")
    assert state.get(URL) is None


def _committed_ids(tmp_path: Path, url: str) -> list[str] | None:
    """A page's record ids as another connection sees them: what a kill now would leave."""
    with _raw(tmp_path) as db:
        row = db.execute("SELECT record_ids FROM pages WHERE url = ?", (url,)).fetchone()
    return None if row is None else list(json.loads(row[0]))


def test_record_ids_noted_later_ride_the_next_transaction(state: State, tmp_path: Path) -> None:
    """A live page's ids come back after its seen(): they wait for the next page's commit, not one of their own."""
    other = f"{URL}/2"
    state.seen(URL, "s", status=200, when=T0, etag=None, last_modified=None, content_sha256="h")
    changes = state._db.total_changes
    state.set_records_later(URL, ["b", "a", "b"])
    assert state._db.total_changes == changes  # nothing written yet
    assert _committed_ids(tmp_path, URL) == []  # a kill now loses them
    page = state.get(URL)  # this process reads what it noted
    assert page is not None and page.record_ids == ("a", "b")
    assert [p.record_ids for p in state.pages("s")] == [("a", "b")]
    state.seen(other, "s", status=200, when=T0, etag=None, last_modified=None, content_sha256="h")
    assert _committed_ids(tmp_path, URL) == ["a", "b"]  # committed with the other page's seen
    state.set_records_later(other, ["c"])
    state.flush()
    assert _committed_ids(tmp_path, other) == ["c"]
    changes = state._db.total_changes
    state.flush()  # nothing noted: no transaction
    assert state._db.total_changes == changes


def test_record_ids_noted_later_survive_a_failed_transaction(state: State, tmp_path: Path) -> None:
    state.seen(URL, "s", status=200, when=T0, etag=None, last_modified=None, content_sha256="h")
    state.set_records_later(URL, ["a"])
    with pytest.raises(RuntimeError), state.transaction():
        raise RuntimeError("crash inside the carrying transaction")
    assert _committed_ids(tmp_path, URL) == []
    state.flush()  # still due: rolled back with the rest, carried by the next one
    assert _committed_ids(tmp_path, URL) == ["a"]


def test_record_ids_noted_later_for_an_unknown_page_are_an_error_once(state: State, tmp_path: Path) -> None:
    state.set_records_later(URL, ["a"])
    with pytest.raises(KeyError, match="not in the state database"):
        state.flush()
    state.flush()  # dropped: a bug is reported once, not by every later transaction
    assert state.pages() == []


def test_runs_and_site_counts(state: State) -> None:
    first = state.begin_run("live", T0)
    state.set_site_count(first, "ops", 40)
    state.set_site_count(first, "ops", 41)  # a recount replaces
    state.end_run(first, T0 + timedelta(minutes=5), 0)
    second = state.begin_run("offline", T1)
    state.set_site_count(second, "ops", 12)
    third = state.begin_run("live", T2)  # second never finished (killed): its counts still count
    assert second > first
    assert state.last_site_count("ops", before_run=second) == 41
    assert state.last_site_count("ops", before_run=third) == 12
    assert state.last_site_count("ops", before_run=first) is None
    assert state.last_site_count("opole", before_run=third) is None
    with pytest.raises(KeyError):
        state.end_run(999, T2, 0)
    row = state._db.execute("SELECT started, finished, mode, exit_code FROM runs WHERE id = ?", (first,)).fetchone()
    assert tuple(row) == ("2026-11-23T10:00:00Z", "2026-11-23T10:05:00Z", "live", 0)


_WRITER = """
import hashlib, sys, time
from datetime import UTC, datetime
from pathlib import Path
from scraper.state import State

state = State.open(Path(sys.argv[1]))
when = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
deadline = time.monotonic() + 10  # bounded even if nobody kills it
i = 0
while time.monotonic() < deadline:
    url = f"https://a.pl/{i % 300}"
    digest = hashlib.sha256(str(i).encode()).hexdigest()
    with state.transaction():
        state.seen(url, "a", status=200, when=when, etag=digest[:8], last_modified=None, content_sha256=digest)
        state.set_records(url, [digest[16:32], digest[:16]])
    if i == 0:
        print("writing", flush=True)
    i += 1
"""


def test_kill_9_mid_write_leaves_a_consistent_database(tmp_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline() == "writing\n"
        time.sleep(0.3)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=5)
        if child.stdout:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert (tmp_path / "state" / "state.sqlite3-wal").exists()  # the writes were in the WAL when it died
    with State.open(tmp_path) as state:
        assert state._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        pages = state.pages("a")
        assert pages
        for page in pages:  # seen() and set_records() of one page landed together or not at all
            assert page.content_sha256 is not None
            assert page.etag == page.content_sha256[:8]
            assert page.record_ids == tuple(sorted([page.content_sha256[:16], page.content_sha256[16:32]]))


def test_checkpoints_in_a_thread_leave_the_commits_alone_and_keep_every_write(tmp_path: Path) -> None:
    """A live run's commits never checkpoint on the event loop (scraper.state.State.checkpoint_in_thread)."""
    state = State.open(tmp_path)
    state.checkpoint_in_thread(every=0.01)
    # the commits checkpoint only far past SQLite's default of 1,000 pages: a backstop should the thread fail
    assert state._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_BACKSTOP > 1000
    when = datetime(2026, 12, 5, tzinfo=UTC)
    for n in range(200):
        state.seen(f"https://a.pl/{n}", "a", status=200, when=when, etag=None, last_modified=None, content_sha256="0")
    deadline = time.monotonic() + 10
    while state.checkpoints == 0:
        assert time.monotonic() < deadline, "the thread made no checkpoint"
        time.sleep(0.01)
    state.close()
    assert not (tmp_path / "state" / "state.sqlite3-wal").exists()  # the last close checkpointed the rest
    with sqlite3.connect(tmp_path / "state" / "state.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM pages").fetchone()[0] == 200
