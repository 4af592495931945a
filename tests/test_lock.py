"""The run lock: one run per data directory, a one-line refusal naming the holder, free again when it dies."""

from __future__ import annotations

import fcntl
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from scraper.lock import LockedError, RunLock

MESSAGE = re.compile(
    r"another scrape run holds (?P<path>\S+) \(pid (?P<pid>\d+) on (?P<host>\S+), "
    r"since \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\); wait for it or stop it"
)


def test_a_second_lock_in_the_same_process_is_refused(tmp_path: Path) -> None:
    with RunLock(tmp_path / "data") as lock:
        assert lock.held
        with pytest.raises(LockedError) as caught:
            RunLock(tmp_path / "data").acquire()
    message = str(caught.value)
    assert "\n" not in message
    match = MESSAGE.fullmatch(message)
    assert match, message
    assert match["path"] == str(tmp_path / "data" / ".scrape.lock")
    assert (int(match["pid"]), match["host"]) == (os.getpid(), socket.gethostname())
    assert caught.value.pid == os.getpid()
    assert not lock.held
    with RunLock(tmp_path / "data"):  # released on exit
        pass
    assert (tmp_path / "data" / ".scrape.lock").read_text() == ""  # holder details cleared, file kept


def test_released_when_the_body_raises(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), RunLock(tmp_path):
        raise RuntimeError("run failed")
    with RunLock(tmp_path):
        pass


def test_a_holder_that_has_not_written_its_details_yet(tmp_path: Path) -> None:
    fd = os.open(tmp_path / ".scrape.lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(LockedError, match=r"\(holder not recorded yet\); wait for it or stop it$"):
            RunLock(tmp_path).acquire()
    finally:
        os.close(fd)


_HOLDER = """
import sys, time
from pathlib import Path
from scraper.lock import RunLock

with RunLock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(10)  # killed long before
"""


def test_a_lock_held_by_another_process_is_freed_when_it_is_killed(tmp_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", _HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline() == "locked\n"
        with pytest.raises(LockedError) as caught:
            RunLock(tmp_path).acquire()
        assert caught.value.pid == child.pid
        assert f"(pid {child.pid} on " in str(caught.value)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=5)
        if child.stdout:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    with RunLock(tmp_path) as lock:  # no stale lock: the kernel released it with the process
        assert lock.held
        assert f'"pid": {os.getpid()}' in (tmp_path / ".scrape.lock").read_text()
