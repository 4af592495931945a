"""Text clean-up shared by every parser and the record model: NFC, collapsed whitespace, no invisible junk.

Whatever a page holds (NUL bytes, C1 controls from a mis-declared charset, lone surrogates from a
`surrogateescape` decode, noncharacters, decomposed letters), text that reaches the dataset is valid
UTF-8, NFC, and free of control characters: `clean` for one line, `clean_block` for the main text
(its line breaks kept).  Both are idempotent, and `extract.model` runs them on every string of a
record, so no path can write anything else.
"""

from __future__ import annotations

import re
import unicodedata

# Every horizontal space Polish CMSs emit: NBSP, thin/narrow spaces, figure space, ogham, tabs.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Invisible: zero-width spaces and joiners, word joiner, BOM, soft hyphen.
_ZERO_WIDTH = "\u200b-\u200d\u2060\ufeff\u00ad"
# Control characters (C0 but the whitespace ones, DEL, C1 but NEL) and Unicode's noncharacters: dropped.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17)
)
_DROP = re.compile(f"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f{_ZERO_WIDTH}{_NONCHARACTERS}]+")
# Half of a UTF-16 pair alone cannot be written as UTF-8: it stands for a byte that did not decode.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Whitespace that is not a space: line breaks become "\n" (a paragraph separator a blank line),
# the information separators a space.
_BREAKS = str.maketrans(
    {"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
    | dict.fromkeys(["\x1c", "\x1d", "\x1e", "\x1f"], " ")
)
_BREAK_CHARACTERS = re.compile("[\r\x0b\x0c\x85\u2028\u2029\x1c-\x1f]")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def _visible(text: str) -> str:
    """NFC text with no control character, noncharacter, zero-width character or lone surrogate."""
    if not text.isprintable():  # the fast path: printable text has none of them but the zero-width ones
        text = _SURROGATE.sub("\ufffd", text)
    return unicodedata.normalize("NFC", _DROP.sub("", text))


def clean(text: str) -> str:
    """One line of text: NFC, invisible characters dropped, all whitespace runs -> one space."""
    # Printable text holds no whitespace but " " (every other space and break is unprintable): without two
    # in a row or one at an end it is its own split-and-join, and most strings are (the model cleans every
    # string a parser already cleaned), so the copy is saved.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    joined = " ".join(text.split())
    if joined.isprintable():  # the usual case, ~4x faster: nothing to drop (every dropped character is unprintable)
        return joined if unicodedata.is_normalized("NFC", joined) else unicodedata.normalize("NFC", joined)
    return _clean_reference(text)


# The last texts `clean_block` returned.  A page's main text is cleaned when it is read and again by the
# record model; clean text is its own clean form (idempotence), so the second call returns it as is.
# Identity tests, so they cost nothing; the references kept here keep the objects (and their ids) alive.
# Several, as the generic extractor cleans its metadata boxes' text between the two (one to four a page).
_RECENT_BLOCKS = 8
_recent_blocks: list[str] = []


def clean_block(text: str) -> str:
    """Multi-paragraph text: like `clean` per line, paragraphs kept apart by one blank line."""
    for done in _recent_blocks:
        if text is done:
            return text
    cleaned = _clean_block(text)
    _recent_blocks.insert(0, cleaned)
    del _recent_blocks[_RECENT_BLOCKS:]
    return cleaned


def _clean_block(text: str) -> str:
    broken = text.replace("\r\n", "\n").translate(_BREAKS) if _BREAK_CHARACTERS.search(text) else text
    lines = broken.split("\n")
    if all(map(str.isprintable, lines)):
        # No space here but " " (tabs, NBSP and the other spaces are unprintable): a line without two in
        # a row is its own `_SPACES.sub`, and most lines are such (the regex took ~2 µs a line).
        lines = [_SPACES.sub(" ", line).strip() if "  " in line else line.strip() for line in lines]
    else:
        lines = [_SPACES.sub(" ", line).strip() for line in lines]
        if not all(line.isprintable() for line in lines):
            return _clean_block_reference(text)
    joined = "\n".join(lines).strip()
    if not unicodedata.is_normalized("NFC", joined):
        joined = unicodedata.normalize("NFC", joined)
    return _BLANK_LINES.sub("\n\n", joined)


# The definitions; `clean` and `clean_block` take a shortcut when nothing is there to drop, and a
# property test holds them equal to these.
def _clean_reference(text: str) -> str:
    return " ".join(_visible(text).split())


def _clean_block_reference(text: str) -> str:
    text = _visible(text.replace("\r\n", "\n").translate(_BREAKS))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    joined = "\n".join(lines).strip()
    return _BLANK_LINES.sub("\n\n", joined)
