"""A regex led by a look-ahead at the characters its matches can begin with: the same matches, found faster.

A search tries a pattern at every position of the text.  A pattern that opens with `\\b` and an
alternation of a hundred words (`money_kinds._HEADS`) runs into every alternative at every word start and
word end; a look-ahead at the letters those words begin with fails at most positions after one test.
The letters are read from the pattern itself (`re`'s own parser, as `extract.regex_safety` does), so a
word added to the pattern can never be missed by the look-ahead.
"""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# Every character `\d` reads: the ASCII digits and characters from U+0660 on (where the other scripts' digits lie), as
# the inside of a class.  A regex opening with `[{DIGITS}]` and `(?<=\d)` after it (or a look-behind that says which
# character it took) finds what one opening with `\d` finds, several times faster over a long text: the engine skips
# to a class of ranges by a bitmap, where `\d` is looked up in the Unicode tables at every character.
DIGITS = r"0-9\u0660-\U0010ffff"
_DIGITS_FROM = 0x0660  # where DIGITS's open range begins


def digit_class(extra: str = "") -> str:
    """`[{DIGITS}{extra}]` (every character `\\d` reads and the characters `extra`), written as the negation of what it
    leaves out below U+0660: the same characters for a pattern compiled without IGNORECASE, compiled at import about
    40 times faster (`re`'s compiler walks every character of a range in Python: 65,000 for DIGITS's open range, 1,600
    for its complement).  The engine skips to either at C speed (a bitmap).  `extra` must be read case-sensitively."""
    inside = {c for c in range(ord("0"), ord("9") + 1)} | {ord(c) for c in extra if ord(c) < _DIGITS_FROM}
    runs: list[tuple[int, int]] = []
    for c in range(_DIGITS_FROM):
        if c in inside:
            continue
        if runs and runs[-1][1] == c - 1:
            runs[-1] = (runs[-1][0], c)
        else:
            runs.append((c, c))
    return "[^" + "".join(_member(a) if a == b else f"{_member(a)}-{_member(b)}" for a, b in runs) + "]"


def _member(code: int) -> str:
    """A character inside a class, escaped by its code (never a class's own `]`, `-`, `^` or `\\`)."""
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_ZERO_WIDTH = {_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT}
_REPEATS = {_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT}


class _Unknown(Exception):
    """A first item that is no literal or class of literals (`\\w`, `.`, a back-reference)."""


def _first(items: Any, flags: int, found: set[str]) -> tuple[bool, bool]:
    """Adds to `found` what the sequence `items` can begin with; (whether it can match empty, whether a
    letter was read case-insensitively)."""
    folded = False
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a look-around or an anchor consumes nothing: the next item is the first
        if op is _parser.LITERAL:
            found.add(chr(av))
            return False, folded or bool(flags & re.IGNORECASE)
        if op is _parser.IN:
            for kind, value in av:
                if kind is _parser.LITERAL:
                    found.add(chr(value))
                elif kind is _parser.RANGE and value[1] - value[0] < 256:
                    found.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    raise _Unknown
            return False, folded or bool(flags & re.IGNORECASE)
        if op is _parser.BRANCH:
            empty = False
            for alternative in av[1]:
                alternative_empty, alternative_folded = _first(alternative, flags, found)
                empty, folded = empty or alternative_empty, folded or alternative_folded
        elif op is _parser.SUBPATTERN:
            _, add, remove, inner = av
            empty, inner_folded = _first(inner, (flags | add) & ~remove, found)
            folded = folded or inner_folded
        elif op is _parser.ATOMIC_GROUP:
            empty, inner_folded = _first(av, flags, found)
            folded = folded or inner_folded
        elif op in _REPEATS:
            empty, inner_folded = _first(av[2], flags, found)
            folded, empty = folded or inner_folded, empty or av[0] == 0
        else:
            raise _Unknown
        if not empty:
            return False, folded
    return True, folded


def first_characters(pattern: str, flags: int = 0) -> tuple[str, bool] | None:
    """The characters a match of `pattern` can begin with, and whether any of them is read case-insensitively
    (then a look-ahead at them must be too); None when a match can be empty or begin with a class that is
    not a list of characters (`\\w`, `.`, `[^…]`)."""
    found: set[str] = set()
    parsed = _parser.parse(pattern, flags)
    try:
        empty, folded = _first(parsed, parsed.state.flags, found)  # (with the pattern's own "(?i)")
    except _Unknown:
        return None
    return None if empty or not found else ("".join(sorted(found)), folded)


def led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` with a look-ahead at its first characters in front: the same matches (a
    position where no match can begin is only skipped sooner); the pattern alone when those are unknown."""
    first = first_characters(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    characters, folded = first
    members = "".join(re.escape(c) for c in characters)
    look = f"(?=(?i:[{members}]))" if folded else f"(?=(?-i:[{members}]))"
    at = head.end() if (head := _GLOBAL_FLAGS.match(pattern)) else 0  # a pattern's own "(?i)" stays first
    return re.compile(pattern[:at] + look + pattern[at:], flags)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
