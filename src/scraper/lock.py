"""One scrape run per data directory at a time: an exclusive `flock` on `<data>/.scrape.lock`.

Two runs writing the same raw store, state database and dataset would interleave their
writes.  `flock` is released by the kernel when the holder dies, however it dies, so there
is never a stale lock to clean up; the file only carries the holder's pid, host and start
time for the refusal message.  The file is never deleted: unlinking a lock file lets a
third process lock a fresh inode while the second still holds the old one.
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from scraper.state import format_utc
from scraper.writer import WriteError

log = logging.getLogger(__name__)

LOCK_FILE = ".scrape.lock"


class LockedError(Exception):
    """Another run holds the data directory; the message names it in one line."""

    def __init__(self, path: Path, pid: int | None, host: str | None, since: str | None) -> None:
        self.path, self.pid, self.host, self.since = path, pid, host, since
        holder = f"pid {pid} on {host or '?'}, since {since or '?'}" if pid else "holder not recorded yet"
        super().__init__(f"another scrape run holds {path} ({holder}); wait for it or stop it")


class RunLock:
    """`with RunLock(data_dir):` holds the data directory for one run, or raises LockedError at once."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_FILE
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            raise RuntimeError(f"{self.path}: already held by this RunLock")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)  # not inherited by child processes
        except OSError as error:  # a directory or a read-only file in its place: the operator must see it
            raise WriteError(self.path, error) from error
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            holder = _read_holder(fd)
            os.close(fd)
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise LockedError(self.path, *holder) from None
            raise
        try:
            info = {"pid": os.getpid(), "host": socket.gethostname(), "since": format_utc(datetime.now(UTC))}
            os.ftruncate(fd, 0)
            os.pwrite(fd, (json.dumps(info) + "\n").encode(), 0)
        except BaseException:
            os.close(fd)  # closing releases the lock
            raise
        self._fd = fd
        log.debug("%s: locked by pid %d", self.path, os.getpid())

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)  # the holder's details are no longer true
        finally:
            os.close(fd)  # releases the flock

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.release()


def _read_holder(fd: int) -> tuple[int | None, str | None, str | None]:
    """(pid, host, since) from the lock file; Nones while the holder has not written them yet."""
    try:
        info = json.loads(os.pread(fd, 4096, 0).decode("utf-8"))
        return int(info["pid"]), str(info["host"]), str(info["since"])
    except (OSError, ValueError, KeyError, TypeError):
        return None, None, None
