"""What one page may cost the extractor: input size, tree size and depth, and time.

A hostile page (5,000 nested unclosed `<table><tr><td><span><b><i>`, 200,000 siblings, a 50 MB
body) must never hang a run.  Three guards, each leaving a warning on the record that starts
with a stable code, so a run report, a test or an analyst can find them:

  * `BODY_TRUNCATED`: a body over `MAX_BODY_BYTES` is cut before it is decoded and parsed
    (memory stays bounded whatever the caller hands in);
  * `TEXT_TRUNCATED`: the field parsers read at most `MAX_PROSE_CHARS` of a page's main text
    (the record's `text` keeps all of it);
  * `TOO_DEEP` / `TOO_MANY_ELEMENTS`: a parsed tree nested deeper than `MAX_DEPTH` or holding
    more than `MAX_ELEMENTS` elements is read by the cheap path (`extract.plain`: title and
    plain text, no heuristics over the tree);
  * `OVER_BUDGET`: extraction past its time budget (`BUDGET_SECONDS`, `scrape ... --budget`)
    stops at the next `check()` (a cooperative deadline: the loops of the layout pass, the
    text walk and the field parsers call it; a thread cannot be killed) and the page is read
    by the cheap path.

The tree checks are one walk that counts the elements (stopping past the cap) and, for depth,
CSS selectors run in lexbor's C code: about 80 µs on a real-sized page of 500 elements (the
decode and parse cost about 200 µs).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from selectolax.lexbor import LexborHTMLParser

MAX_BODY_BYTES = 10 * 1024 * 1024  # the largest real page seen is ~2 MB; a 50 MB body is cut here
MAX_ELEMENTS = 100_000  # real pages hold a few thousand elements; long BIP lists ~30,000
# Chrome's parser stops nesting at 512 levels; real pages nest 10-40.  Past this, per-node walks up
# and down the tree (text of nested cells, ancestor climbs) would cost depth x size.
MAX_DEPTH = 256
BUDGET_SECONDS = 5.0  # an ordinary page takes 1-2 ms; the default of `--budget`
MAX_PLAIN_CHARS = 1_000_000  # text the cheap path keeps (the field parsers are not run on it)
MAX_PROSE_CHARS = 1_000_000  # of title and main text the field parsers read (a long real page: 200,000)

# Warning codes: the first word of the warning on the record (and of the run report's line).
BODY_TRUNCATED = "body-truncated"
TEXT_TRUNCATED = "text-truncated"
TOO_DEEP = "too-deep"
TOO_MANY_ELEMENTS = "too-many-elements"
OVER_BUDGET = "over-budget"
CHEAP_PATH = "read as plain text (title and text only)"
PLAIN_WITH_FIELDS = "read as plain text (no layout; the fields read from the text)"

# Matches an element with MAX_DEPTH element ancestors (<html> is level 1): one exists only past the cap.
# Only a first child is tried: where an element that deep exists, so does its parent's first child, and
# lexbor, matching from the right, then climbs the ancestors of first children alone (a menu's 150 <li>
# cost one check each, not a climb each; ~30 % of the walk on the realistic pages).
_DEEP = ">".join(["*"] * (MAX_DEPTH + 1)) + ":first-child"
# The same at level 33: real pages nest 10-40 levels, so most never need `_DEEP`, whose 257 steps
# lexbor parses anew on every call (a quarter of the check's cost on a real page).
_DEEPISH = ">".join(["*"] * 33) + ":first-child"


class OverBudget(Exception):  # not an ExtractError: no page object's handler may swallow it
    """The page's time budget ran out; the pipeline reads it by the cheap path instead."""


class Deadline:
    """A point in time (monotonic clock) after which `check()` raises OverBudget."""

    __slots__ = ("at", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds


_deadline: ContextVar[Deadline | None] = ContextVar("extract_deadline", default=None)
_budget = [BUDGET_SECONDS]  # the process's default, set once by the CLI (`configure`)


def configure(budget_seconds: float) -> None:
    """Set the default per-page time budget (the CLI's `--budget`); refuses a negative one."""
    if not budget_seconds >= 0:  # also refuses NaN
        raise ValueError(f"a time budget must be 0 seconds or more, not {budget_seconds}")
    _budget[0] = budget_seconds


def default_budget() -> float:
    return _budget[0]


@contextmanager
def deadline(seconds: float | None = None) -> Iterator[Deadline]:
    """Run the block under a deadline `seconds` (default: the configured budget) from now."""
    current = Deadline(default_budget() if seconds is None else seconds)
    token = _deadline.set(current)
    try:
        yield current
    finally:
        _deadline.reset(token)


def check() -> None:
    """Raise OverBudget when the current extraction's deadline has passed; cheap (call it in loops)."""
    current = _deadline.get()
    if current is not None and time.monotonic() >= current.at:
        raise OverBudget(f"{OVER_BUDGET}: extraction took over {current.seconds:g} s; {CHEAP_PATH}")


def cut_body(body: bytes) -> tuple[bytes, str | None]:
    """The body, cut to MAX_BODY_BYTES at a tag's start when it is longer; and the warning, if cut.

    Cutting just before a `<` never splits a UTF-8 (or any ASCII-compatible) character.
    """
    if len(body) <= MAX_BODY_BYTES:
        return body, None
    at = body.rfind(b"<", MAX_BODY_BYTES - 65_536, MAX_BODY_BYTES)
    cut = body[: at if at > 0 else MAX_BODY_BYTES]
    return cut, f"{BODY_TRUNCATED}: body of {len(body):,} bytes cut to its first {len(cut):,} bytes"


def prose_cut(length: int) -> str:
    """The warning for a main text longer than the field parsers read."""
    return f"{TEXT_TRUNCATED}: the field parsers read the first {MAX_PROSE_CHARS:,} of {length:,} characters of text"


def tree_limits(tree: LexborHTMLParser) -> str | None:
    """Why the parsed page is too big for the heuristics (one warning line), or None."""
    root = tree.root
    if root is None:
        return None
    count = len(list(itertools.islice(root.traverse(), MAX_ELEMENTS + 1)))
    if count > MAX_ELEMENTS:
        return f"{TOO_MANY_ELEMENTS}: page holds more than {MAX_ELEMENTS:,} elements; {PLAIN_WITH_FIELDS}"
    # A tree of fewer elements cannot be as deep; one not 33 levels deep is not 257 deep either.
    if count > MAX_DEPTH and root.css_first(_DEEPISH) is not None and root.css_first(_DEEP) is not None:
        return f"{TOO_DEEP}: page nests elements more than {MAX_DEPTH} levels deep; {PLAIN_WITH_FIELDS}"
    return None
