"""Named moments a test can stop a run at: `SCRAPE_CRASH_AT=<point>:<n>[:<action>]`, read once at import.

Durability is proven by killing a real run at a chosen moment (tests/test_kill_run.py), not by
hoping a timer lands there.  The product calls `reach(point)` where a fetch, an extraction or a
write can be cut; the n-th time the named point is reached the process does `action`:

    kill    SIGKILL itself (the default): nothing runs after it, not even `finally`
    term    send itself SIGTERM; int: SIGINT (the run's own stop handling takes over)
    enospc  raise OSError(ENOSPC) there (a full disk); erofs: OSError(EROFS) (read-only file system)

Several plans are separated by commas.  Unset (every real run), `reach` is one global lookup
and a return: nothing is parsed, counted or imported on the way.
"""

from __future__ import annotations

import errno
import os
import signal

ENV = "SCRAPE_CRASH_AT"
ACTIONS = ("kill", "term", "int", "enospc", "erofs")


class CrashPlanError(ValueError):
    """The variable is malformed: a test asked for a moment that can never come."""


def parse(text: str) -> dict[str, tuple[int, str]]:
    """`"state.commit:3,fetch:1:term"` -> {"state.commit": (3, "term"), ...}."""
    plan: dict[str, tuple[int, str]] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        point, _, rest = item.partition(":")
        count, _, action = rest.partition(":")
        action = action or "kill"
        if not point or not count.isdigit() or int(count) < 1 or action not in ACTIONS:
            raise CrashPlanError(f"{ENV}: {item!r} is not <point>:<n>[:<action>] with n >= 1, action in {ACTIONS}")
        plan[point] = (int(count), action)
    return plan


_PLAN = parse(os.environ.get(ENV, ""))
_seen: dict[str, int] = {}


def reach(point: str) -> None:
    """Say the run is at `point`; does nothing unless a plan names it and this is its n-th time."""
    if not _PLAN:
        return
    wanted = _PLAN.get(point)
    if wanted is None:
        return
    _seen[point] = _seen.get(point, 0) + 1
    if _seen[point] != wanted[0]:
        return
    _act(point, wanted[1])


def _act(point: str, action: str) -> None:
    if action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "term":
        os.kill(os.getpid(), signal.SIGTERM)
    elif action == "int":
        os.kill(os.getpid(), signal.SIGINT)
    elif action == "enospc":
        raise OSError(errno.ENOSPC, "No space left on device")
    else:
        raise OSError(errno.EROFS, "Read-only file system")
