"""How many worker processes to extract in: one place for the offline and the live pools."""

from __future__ import annotations

import os


def workers() -> int:
    """SCRAPE_WORKERS when set (1 keeps everything in one process), else the cores this process may use."""
    given = os.environ.get("SCRAPE_WORKERS", "").strip()
    if given.isdigit():
        return max(1, int(given))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)
