"""Text clean-up shared by every parser: NFC, collapsed whitespace, one place for the rules."""

from __future__ import annotations

import re
import unicodedata

# Every horizontal space Polish CMSs emit: NBSP, thin/narrow spaces, figure space, tabs.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def clean(text: str) -> str:
    """One line of text: NFC, zero-width characters dropped, all whitespace runs -> one space."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text))
    return " ".join(text.split())


def clean_block(text: str) -> str:
    """Multi-paragraph text: like `clean` per line, paragraphs kept apart by one blank line."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text)).replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    joined = "\n".join(lines).strip()
    return _BLANK_LINES.sub("\n\n", joined)
