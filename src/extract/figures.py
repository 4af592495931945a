"""Where a page's figures stand, found once for all the field parsers that look for digits.

The dates, the period's bare years and the phones' prefilter each scanned a page's whole text for its
digits, one regex each; every one of their matches begins where a run of digits begins.  So the runs
are found once (and the Roman numerals' letters the dates need), kept for the last few texts, and each
parser tries its own regex only there.
"""

from __future__ import annotations

import functools
import re

from extract.regex_starts import digit_class

# A run of digits (`\d`: any script's), or an "I", "V" or "X" after no word character (a Roman numeral's
# start: "VII.2022", "16 XI 2018").  A class of ranges first (DIGITS): the engine skips to it fast.
FIGURE = re.compile(rf"{digit_class('IVX')}(?:(?<=\d)(?<!\d\d)\d*|(?<=[IVX])(?<!\w.))")


@functools.lru_cache(maxsize=4)
def figure_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each `FIGURE` match in `text`, in order: every whole run of digits, every Roman
    numeral's first letter (a span of one character, like a one-digit run)."""
    return tuple(m.span() for m in FIGURE.finditer(text))
