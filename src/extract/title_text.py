"""Titles as text: the form they are compared in, and their parts between separators (" – ", " | ", " :: ")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extract.text import clean

_SEPARATOR = re.compile(r"(\s+(?:[-–—|»«·•/]|::|\|\||>>|<<)\s+)")
_NORMAL_SEPARATOR = re.compile(r"\s(?:[-|»«·•/]|::|\|\||>>|<<)\s")
_QUOTES = str.maketrans({c: None for c in "„”“\"«»‚‘’'`´"} | {"–": "-", "—": "-", "‑": "-"})
# Section names a <title> carries between the site and the headline.
SECTION = re.compile(
    r"^(?:aktualności|wiadomości|komunikaty|ogłoszenia|informacje|news|start|strona\s+główna|bip"
    r"|biuletyn\s+informacji\s+publicznej|artykuły|wydarzenia|blog|archiwum)$"
)


def norm_title(text: str) -> str:
    """A title for comparison: lower case, no quotes, one kind of dash, collapsed spaces, no end punctuation."""
    return _short_norm(text) if len(text) <= _REMEMBERED_CHARS else _norm_title(text)


def _norm_title(text: str) -> str:
    return " ".join(clean(text).lower().translate(_QUOTES).split()).strip(" .:;,!?…")


# The same few titles are normalised several times a page (a headline is its h1, its og:title and its
# <title>; the text's edges and the date cascade compare lines with it) and across a site's pages (its
# name, its sections): short ones are remembered (at most 4,096 of 300 characters, a few MB).
_REMEMBERED_CHARS = 300
_short_norm = lru_cache(maxsize=4096)(_norm_title)


def title_segments(normal: str) -> list[str]:
    """A normalised title's parts between separators (the first 12)."""
    return [s for s in _NORMAL_SEPARATOR.split(normal) if s][:12]


def appears(candidate: list[str], source: list[str]) -> bool:
    """Whether a title (as segments) is the whole source or its leading or trailing part at a separator."""
    k = len(candidate)
    return 0 < k <= len(source) and (source[:k] == candidate or source[-k:] == candidate)


def title_runs(original: str) -> Iterator[tuple[str, int, bool]]:
    """Leading and trailing runs of a title's segments, as printed: (text, segments left out, leading)."""
    parts = _SEPARATOR.split(clean(original))[:23]
    count = (len(parts) + 1) // 2
    for k in range(1, count + 1):
        yield "".join(parts[: 2 * k - 1]).strip(), count - k, True
        if k < count:
            yield "".join(parts[len(parts) - (2 * k - 1) :]).strip(), count - k, False
