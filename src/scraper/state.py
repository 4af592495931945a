"""Incremental-crawl state: what each URL looked like last time, and what each run produced.

One embedded SQLite database, `<data>/state/state.sqlite3`, opened once per process.  It lets a
live run send conditional requests (ETag / Last-Modified), tell new pages from changed and
unchanged ones, notice pages that disappeared (404/410) without forgetting their records, and
compare a site's record count with the last run's ("far fewer than last time" is a failure).

WAL mode with `synchronous=NORMAL`: every write is one transaction, so a run killed at any
moment (even `kill -9`) leaves a consistent database holding every committed write; only an
OS crash or power loss can drop the last few transactions.  A live page's record ids, which come
back from the extraction workers after its `seen`, ride the next transaction (`set_records_later`):
one commit a page, and a kill before that commit loses only what a kill before `set_records` did.
The schema is versioned with `PRAGMA user_version` and created or migrated on open.

Timestamps are stored as UTC ISO 8601 with a trailing Z, seconds precision; `removed` is a date.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Literal, Self

from scraper import crashpoints
from scraper.canonical import canonical_url

log = logging.getLogger(__name__)

Change = Literal["new", "changed", "unchanged", "not_modified"]
Mode = Literal["live", "offline"]

STATE_FILE = Path("state") / "state.sqlite3"
CHECKPOINT_EVERY = 1.0  # seconds between the checkpoints of a live run's checkpoint thread
WAL_BACKSTOP = 10_000  # WAL pages after which a commit checkpoints even with the thread (SQLite's default: 1,000)

# One script per schema version: MIGRATIONS[n] takes the database from version n to n + 1.
# Append, never edit: databases in the field are at every version that was ever released.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE pages (
        url            TEXT PRIMARY KEY,      -- canonical URL
        site           TEXT NOT NULL,
        etag           TEXT,
        last_modified  TEXT,                  -- the header as received, for If-Modified-Since
        content_sha256 TEXT,                  -- of the last 200 body; NULL if never fetched whole
        status         INTEGER NOT NULL,      -- last status: 200, 304, 404 or 410
        first_seen     TEXT NOT NULL,         -- 2026-11-23T10:00:00Z
        last_seen      TEXT,                  -- last 200 or 304
        removed        TEXT,                  -- date of the first 404/410 since last seen, else NULL
        record_ids     TEXT NOT NULL DEFAULT '[]'  -- JSON list, sorted
    );
    CREATE INDEX pages_by_site ON pages (site, url);
    CREATE TABLE runs (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, so run ids order runs
        started   TEXT NOT NULL,
        finished  TEXT,
        mode      TEXT NOT NULL CHECK (mode IN ('live', 'offline')),
        exit_code INTEGER
    );
    CREATE TABLE site_counts (
        run_id  INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        site    TEXT NOT NULL,
        records INTEGER NOT NULL CHECK (records >= 0),
        PRIMARY KEY (site, run_id)
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class StateError(Exception):
    """The state database cannot be used: damaged, foreign, newer than this code, or not writable.

    The message is one line: the path, what is wrong, and the way out.
    """


def way_out(path: Path) -> str:
    """What the operator can do about a state database this code cannot use."""
    return (
        f"move the folder {path.parent} away (mv {path.parent} {path.parent}.old) and run again: a new state is "
        "started, every page is fetched whole once, the records in clean/ are kept"
    )


def _state_error(path: Path, error: BaseException, doing: str) -> StateError:
    """One line for an SQLite or OS error on the state database: damaged or foreign (move it away) or not writable."""
    name = getattr(error, "sqlite_errorname", "")
    if isinstance(error, sqlite3.DatabaseError) and (name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or not name):
        return StateError(f"{path}: the state database is damaged or not one ({error}); {way_out(path)}")
    reason = (error.strerror if isinstance(error, OSError) else None) or str(error)
    return StateError(f"cannot {doing} the state database {path}: {reason[:1].lower()}{reason[1:]}")


class _LaterError(KeyError):
    """Record ids noted for a page the database does not know (a bug): dropped, not carried again."""


# SQLite errors that mean a bug (a broken constraint, a bad call), not a damaged file or a full disk.
_BUGS = (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.NotSupportedError)


def format_utc(when: datetime) -> str:
    """`2026-11-23T10:00:00Z`; naive datetimes are refused, since guessing their zone corrupts ordering."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"naive datetime {when.isoformat()}: pass an aware one, e.g. datetime.now(UTC)")
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    """The inverse of `format_utc` (also accepts `+00:00`)."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class PageState:
    """One URL as the state database last saw it."""

    url: str
    site: str
    etag: str | None
    last_modified: str | None
    content_sha256: str | None
    status: int
    first_seen: datetime
    last_seen: datetime | None
    removed: date | None
    record_ids: tuple[str, ...]


_PAGE_COLUMNS = "url, site, etag, last_modified, content_sha256, status, first_seen, last_seen, removed, record_ids"


def _page(row: sqlite3.Row) -> PageState:
    return PageState(
        url=row["url"],
        site=row["site"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        content_sha256=row["content_sha256"],
        status=row["status"],
        first_seen=parse_utc(row["first_seen"]),
        last_seen=parse_utc(row["last_seen"]) if row["last_seen"] else None,
        removed=date.fromisoformat(row["removed"]) if row["removed"] else None,
        record_ids=tuple(json.loads(row["record_ids"])),
    )


class State:
    """The state database of one data directory; open it with `State.open(data_dir)`, once per process."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self._depth = 0  # nesting of transaction()
        self._later: dict[str, str] = {}  # canonical URL -> record ids (JSON), for the next transaction
        self._checkpointer: threading.Thread | None = None
        self._stop = threading.Event()
        self.checkpoints = 0  # checkpoints the thread made that copied pages into the database

    @classmethod
    def open(cls, data_dir: Path) -> State:
        """Open (creating folders and schema, migrating an older one) `<data_dir>/state/state.sqlite3`."""
        path = Path(data_dir) / STATE_FILE
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: no implicit transactions; transaction() says exactly where they are.
            db = sqlite3.connect(path, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise _state_error(path, error, "open") from error
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA busy_timeout = 5000")  # a reader (a report, a shell) may hold it briefly
            _check_ours(db, path)  # before anything is written to it: a foreign file stays as it was
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("%s: journal mode is %s, not WAL (file system without shared memory?)", path, mode)
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA foreign_keys = ON")
            _migrate(db, path)
        except (OSError, sqlite3.DatabaseError) as error:
            db.close()
            if isinstance(error, _BUGS):
                raise
            raise _state_error(path, error, "open") from error
        except BaseException:
            db.close()
            raise
        return cls(db, path)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database; record ids noted and never flushed are dropped, as a kill would drop them."""
        if self._checkpointer is not None:
            self._stop.set()
            self._checkpointer.join()
            self._checkpointer = None
        self._db.close()  # the last connection: SQLite checkpoints what is left and removes the WAL

    def checkpoint_in_thread(self, every: float = CHECKPOINT_EVERY) -> None:
        """Move the WAL checkpoints out of this connection's commits into a thread of their own.

        Why: SQLite checkpoints inside the commit that fills the WAL (every 1,000 pages), and a
        checkpoint fsyncs twice: in a live run that commit runs on the event loop, which then
        stops every fetch for up to 75 ms (22 times in the crawl benchmark).  The thread makes a
        passive checkpoint every `every` seconds on its own connection (it never blocks a
        writer); what is committed is as safe as before (WAL, synchronous=NORMAL), and `close`
        checkpoints the rest.  The commits keep a backstop ten times the default (10,000 pages of WAL,
        about 40 MB): should the thread fail to connect or stop on an error, the WAL still cannot grow
        without bound.
        """
        self._db.execute(f"PRAGMA wal_autocheckpoint = {WAL_BACKSTOP}")
        self._checkpointer = threading.Thread(target=self._checkpoint_every, args=(every,), daemon=True)
        self._checkpointer.start()

    def _checkpoint_every(self, every: float) -> None:
        try:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            log.debug("%s: no checkpoint thread: %s", self.path, error)
            return
        try:
            while not self._stop.wait(every):
                copied = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[2]
                self.checkpoints += 1 if copied > 0 else 0
        except sqlite3.Error as error:  # the run's own connection reports a damaged or full database
            log.debug("%s: checkpoint thread stopped: %s", self.path, error)
        finally:
            db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one transaction (e.g. `seen` and `set_records` of one page); nests."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        with self._guard():
            self._db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        later, self._later = self._later, {}
        try:
            with self._guard():
                self._write_later(later)
                yield
                crashpoints.reach("state.commit")  # inside the transaction: a kill here must lose all of it
                self._db.execute("COMMIT")
        except BaseException as error:
            if self._db.in_transaction:  # a failed COMMIT can leave it open
                with suppress(sqlite3.Error):  # the connection is unusable; SQLite rolls back on the next open
                    self._db.execute("ROLLBACK")
            if not isinstance(error, _LaterError):  # rolled back with the rest: due again with the next transaction
                self._later = later | self._later
            raise
        finally:
            self._depth = 0
        crashpoints.reach("state.committed")

    @contextmanager
    def _guard(self, doing: str = "write") -> Iterator[None]:
        """SQLite and OS errors (a damaged file, a full disk) as one StateError line; bugs stay bugs."""
        try:
            yield
        except (OSError, sqlite3.DatabaseError) as error:
            if isinstance(error, _BUGS):
                raise
            raise _state_error(self.path, error, doing) from error

    # -- pages ---------------------------------------------------------------------------------

    def get(self, url: str) -> PageState | None:
        with self._guard("read"):
            row = self._db.execute(f"SELECT {_PAGE_COLUMNS} FROM pages WHERE url = ?", (canonical_url(url),)).fetchone()
        return self._noted(_page(row)) if row else None

    def _noted(self, page: PageState) -> PageState:
        """The page with the record ids `set_records_later` noted for it and no transaction wrote yet."""
        ids = self._later.get(page.url)
        return page if ids is None else replace(page, record_ids=tuple(json.loads(ids)))

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """(etag, last_modified) to send as If-None-Match / If-Modified-Since; (None, None) for a new URL."""
        with self._guard("read"):
            row = self._db.execute(
                "SELECT etag, last_modified FROM pages WHERE url = ?", (canonical_url(url),)
            ).fetchone()
        return (row["etag"], row["last_modified"]) if row else (None, None)

    def seen(
        self,
        url: str,
        site: str,
        *,
        status: int,
        when: datetime,
        etag: str | None,
        last_modified: str | None,
        content_sha256: str | None,
    ) -> Change:
        """Record a 200 or 304 answer and say what it means for the page.

        200: "new" (never had a body), "changed" or "unchanged" (by SHA-256); validators and hash
        are replaced.  304: "not_modified"; the hash is kept, and so are the validators unless the
        304 carries new ones (RFC 9111 4.3.4).  Both set last_seen and clear removed; first_seen is
        set once.
        """
        if status not in (200, 304):
            raise ValueError(f"seen() takes a 200 or 304 answer, not {status}; 404/410 go to gone()")
        if status == 200 and content_sha256 is None:
            raise ValueError("a 200 answer needs its content_sha256")
        url = canonical_url(url)
        stamp = format_utc(when)
        with self.transaction():
            old = self._db.execute("SELECT content_sha256 FROM pages WHERE url = ?", (url,)).fetchone()
            if old is None:
                self._db.execute(
                    "INSERT INTO pages (url, site, etag, last_modified, content_sha256, status, first_seen, last_seen)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (url, site, etag, last_modified, content_sha256, status, stamp, stamp),
                )
            elif status == 200:
                self._db.execute(
                    "UPDATE pages SET site = ?, etag = ?, last_modified = ?, content_sha256 = ?, status = 200,"
                    " last_seen = ?, removed = NULL WHERE url = ?",
                    (site, etag, last_modified, content_sha256, stamp, url),
                )
            else:
                self._db.execute(
                    "UPDATE pages SET site = ?, etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),"
                    " status = 304, last_seen = ?, removed = NULL WHERE url = ?",
                    (site, etag, last_modified, stamp, url),
                )
        if status == 304:
            return "not_modified"
        if old is None or old["content_sha256"] is None:
            return "new"
        return "unchanged" if old["content_sha256"] == content_sha256 else "changed"

    def gone(self, url: str, site: str, *, status: int, when: datetime) -> bool:
        """Record a 404/410: set `removed` to the day it first went missing, keep its record ids.

        Returns True when the page is newly removed (count it and its records as removed once).
        """
        if status not in (404, 410):
            raise ValueError(f"gone() takes a 404 or 410 answer, not {status}")
        url = canonical_url(url)
        stamp = format_utc(when)
        day = stamp[:10]  # the UTC date
        with self.transaction():
            old = self._db.execute("SELECT removed FROM pages WHERE url = ?", (url,)).fetchone()
            if old is None:
                self._db.execute(
                    "INSERT INTO pages (url, site, status, first_seen, removed) VALUES (?, ?, ?, ?, ?)",
                    (url, site, status, stamp, day),
                )
            else:
                self._db.execute(
                    "UPDATE pages SET site = ?, status = ?, removed = coalesce(removed, ?) WHERE url = ?",
                    (site, status, day, url),
                )
        return old is None or old["removed"] is None

    def set_records(self, url: str, record_ids: Iterable[str]) -> None:
        """The record ids the page produced now (sorted, duplicates dropped); the page must be known."""
        ids = json.dumps(sorted(set(record_ids)))
        with self.transaction():
            cursor = self._db.execute("UPDATE pages SET record_ids = ? WHERE url = ?", (ids, canonical_url(url)))
            if cursor.rowcount != 1:
                raise KeyError(f"{url}: not in the state database; call seen() or gone() first")

    def set_records_later(self, url: str, record_ids: Iterable[str]) -> None:
        """`set_records`, written inside the next transaction (the next page's `seen` or `gone`) or by `flush`.

        Why: in a live crawl a page's records come back from the workers after its `seen`, and a
        transaction of their own was a second commit a page on the event loop.  A kill before the
        carrying commit loses the ids as a kill before `set_records` did: the page's records are not
        reused next time but made again.  Call `flush` before the dataset that holds them is written.
        """
        self._later[canonical_url(url)] = json.dumps(sorted(set(record_ids)))
        crashpoints.reach("state.later")  # the ids noted, not yet committed

    def flush(self) -> None:
        """Commit what `set_records_later` noted, if anything (a site's walk is over: its dataset comes next)."""
        if self._later:
            with self.transaction():
                pass

    def _write_later(self, later: dict[str, str]) -> None:
        if not later:
            return
        cursor = self._db.executemany(
            "UPDATE pages SET record_ids = ? WHERE url = ?", [(v, k) for k, v in later.items()]
        )
        if cursor.rowcount != len(later):
            unknown = [
                url for url in later if self._db.execute("SELECT 1 FROM pages WHERE url = ?", (url,)).fetchone() is None
            ]
            raise _LaterError(f"{', '.join(unknown)}: not in the state database; call seen() or gone() first")

    def pages(self, site: str | None = None) -> list[PageState]:
        """Every known page (of one site), sorted by URL."""
        with self._guard("read"):
            if site is None:
                rows = self._db.execute(f"SELECT {_PAGE_COLUMNS} FROM pages ORDER BY url").fetchall()
            else:
                query = f"SELECT {_PAGE_COLUMNS} FROM pages WHERE site = ? ORDER BY url"
                rows = self._db.execute(query, (site,)).fetchall()
        return [self._noted(_page(row)) for row in rows]

    # -- runs ----------------------------------------------------------------------------------

    def begin_run(self, mode: Mode, when: datetime) -> int:
        """Start a run; its id orders it after every earlier run."""
        if mode not in ("live", "offline"):
            raise ValueError(f"run mode must be 'live' or 'offline', not {mode!r}")
        with self.transaction():
            cursor = self._db.execute("INSERT INTO runs (started, mode) VALUES (?, ?)", (format_utc(when), mode))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def end_run(self, run_id: int, when: datetime, exit_code: int) -> None:
        with self.transaction():
            cursor = self._db.execute(
                "UPDATE runs SET finished = ?, exit_code = ? WHERE id = ?", (format_utc(when), exit_code, run_id)
            )
            if cursor.rowcount != 1:
                raise KeyError(f"no run {run_id} in the state database")

    def set_site_count(self, run_id: int, site: str, records: int) -> None:
        """How many records the site produced in this run (replaces an earlier count for the same run)."""
        with self.transaction():
            self._db.execute(
                "INSERT INTO site_counts (run_id, site, records) VALUES (?, ?, ?)"
                " ON CONFLICT (site, run_id) DO UPDATE SET records = excluded.records",
                (run_id, site, records),
            )

    def last_site_count(self, site: str, *, before_run: int) -> int | None:
        """The site's count in the latest earlier run that recorded one; None if no run did.

        Runs killed midway count too: a site's count is only written once the site is done.
        """
        with self._guard("read"):
            row = self._db.execute(
                "SELECT records FROM site_counts WHERE site = ? AND run_id < ? ORDER BY run_id DESC LIMIT 1",
                (site, before_run),
            ).fetchone()
        return int(row["records"]) if row else None


def _check_ours(db: sqlite3.Connection, path: Path) -> None:
    """Refuse a database this code did not make (tables but no schema version) or made by a newer version.

    An empty file is a new database (SQLite leaves one when killed before its first write): it gets the schema.
    """
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StateError(
            f"{path}: state schema version {version} is newer than this scraper's ({SCHEMA_VERSION}): "
            f"upgrade the scraper, or {way_out(path)}"
        )
    if version == 0:
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")]
        if names:
            shown = ", ".join(sorted(names)[:5]) + (", …" if len(names) > 5 else "")
            raise StateError(f"{path}: not a scrape state database (it holds {shown}); {way_out(path)}")


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    """Bring the schema to SCHEMA_VERSION, each step in its own transaction with its version number."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    for target in range(version + 1, SCHEMA_VERSION + 1):
        log.info("%s: migrating state schema %d -> %d", path, target - 1, target)
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[target - 1]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {target}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a migration script on `;` at statement ends (execute() runs one statement, executescript commits)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return [s for s in statements if s]
