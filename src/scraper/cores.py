"""Worker processes to extract in: how many, and how they treat stop signals (the offline and the live pools)."""

from __future__ import annotations

import os
import signal


def workers() -> int:
    """SCRAPE_WORKERS when set (1 keeps everything in one process), else the cores this process may use."""
    given = os.environ.get("SCRAPE_WORKERS", "").strip()
    if given.isdigit():
        return max(1, int(given))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def ignore_stop_signals() -> None:
    """In a worker: the parent alone decides when to stop (a Ctrl-C reaches the whole process group)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
