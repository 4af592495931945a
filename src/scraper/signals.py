"""Ctrl-C and SIGTERM end a run cleanly: the work done is kept, the dataset is never half-written.

A run is interruptible while it reads and fetches (`scraper.runs` cancels its walk on either
signal) and not while it writes: `deferred()` holds them during a block of writes.  Outside a
run, the CLI turns SIGTERM into `Interrupted` (a Python process is killed outright otherwise).
The exit codes follow the shell's convention, 128 + the signal number: 130 for SIGINT, 143 for
SIGTERM.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(Exception):
    """The run was asked to stop by a signal."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(signal.Signals(signum).name)

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def deferred() -> Iterator[list[int]]:
    """Hold SIGINT and SIGTERM until the block ends, so a write is never cut in half.

    Yields the list of signals received meanwhile; the caller finishes its writes and then says so.
    """
    received: list[int] = []
    if not _main_thread():
        yield received
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        received.append(signum)

    previous = {sig: signal.signal(sig, handler) for sig in SIGNALS}
    try:
        yield received
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
