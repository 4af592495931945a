"""A page's main text in lower case, computed once for all the field parsers that test words in it.

Each parser of the shared pass (`extract.fields`) lowers the whole text to decide which of its regexes
are worth running; the text is the same string for all of them, so the lowered copy is kept for the
last few texts instead of being made again by each (about 9 µs for a 3 KB text, eight times a page).
Few: a cached text and its copy stay in memory until four other texts have been lowered.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """`text.lower()`, shared by the parsers that read the same text."""
    return text.lower()


def occurrences(haystack: str, needle: str) -> list[int]:
    """Offsets of `needle` in `haystack`: a cue's literal words found with str.find, far cheaper than a regex tried
    at every letter, before the regex is tried at each."""
    found: list[int] = []
    at = haystack.find(needle)
    while at >= 0:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found
