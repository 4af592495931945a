"""Whether a regular expression may backtrack catastrophically on a long string (a registry's URL patterns).

Python's `re` cannot be interrupted: `(a+)+$` takes 1 s on 24 characters and doubles with each
one more; `^https://x\\.pl/.*\\d+\\d+$` takes 16 s on a 2 KB URL (cubic).  A URL length cap alone
does not help (the exponential ones blow up at 30 characters), and the `regex` module's timeout
would change the engine every pattern runs on.  So a pattern is read once, when it is loaded
(`re`'s own parser), and refused when it has either shape:

  * nested: an unbounded repeat whose body holds another unbounded repeat, unless the body has a
    required character none of the inner repeats can match (`(?:[\\w-]+/)*` is fine: each turn
    ends at a "/"; `(a+)+` and `(\\w+\\.?)+` are not: a run of letters splits in 2^n ways);
  * a chain of three or more unbounded repeats in a row, each able to match what the one before
    it matched (`.*\\d+\\d+`: n^3 ways to split a run of digits).

Two overlapping repeats in a row (`.*\\d+`, n^2) are allowed: `scraper.registry` never matches a
URL longer than `MAX_URL_CHARS`, which keeps them to a few million steps.
"""

from __future__ import annotations

from functools import lru_cache
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

MAX_URL_CHARS = 2048  # longer URLs are no site's pages (browsers and servers cap them near here)
_UNBOUNDED = 32  # a repeat allowing more than this many turns counts as unbounded
# The characters a URL pattern's classes are probed with: URL characters, a letter with a
# diacritic, a no-break space, a newline.
_ALPHABET = "".join(chr(c) for c in range(0x20, 0x7F)) + "ą\u00a0\n"
_REPEATS = {_parser.MAX_REPEAT, _parser.MIN_REPEAT}
_LEAVES = {_parser.LITERAL, _parser.NOT_LITERAL, _parser.IN, _parser.ANY}
_ZERO_WIDTH = {_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT}

Item = tuple[Any, Any]


def catastrophic(pattern: str) -> str | None:
    """Why `pattern` may backtrack catastrophically (one phrase), or None when it cannot."""
    parsed = _parser.parse(pattern)
    return _scan(parsed, parsed.state.flags)


def _unbounded(item: Item) -> bool:
    op, av = item
    return op in _REPEATS and (av[1] == _parser.MAXREPEAT or av[1] > _UNBOUNDED)


def _body(item: Item) -> list[Item]:
    """The items directly inside a group, repeat or assertion (a branch's alternatives joined)."""
    op, av = item
    if op in _REPEATS:
        return list(av[2])
    if op == _parser.SUBPATTERN:
        return list(av[3])
    if op == _parser.ATOMIC_GROUP:
        return list(av)
    if op in (_parser.ASSERT, _parser.ASSERT_NOT):
        return list(av[1])
    if op == _parser.BRANCH:
        return [inner for alternative in av[1] for inner in alternative]
    return []


def _chars(item: Item, flags: int) -> frozenset[str]:
    """The probe characters an item can match anywhere inside it (all of them for what is not a class)."""
    op, av = item
    if op in _LEAVES:  # a class's members are (opcode, value) pairs: a tuple of them is a key
        return _leaf_chars(op, tuple(av) if isinstance(av, list) else av, flags)
    if op in _ZERO_WIDTH:
        return frozenset()
    inner = _body(item)
    if not inner and op not in (_parser.SUBPATTERN, _parser.BRANCH):
        return frozenset(_ALPHABET)  # a back-reference, a conditional: anything
    return frozenset().union(*(_chars(i, flags) for i in inner))


@lru_cache(maxsize=4096)
def _leaf_chars(op: Any, av: Any, flags: int) -> frozenset[str]:
    """One character or class, probed once: a registry's thousands of patterns repeat the same few
    (a host's letters, `\\d`, `[\\w-]`), and probing is most of the check's time."""
    compiled = _compiler.compile(_parser.SubPattern(_parser.State(), [(op, av)]), flags)
    return frozenset(c for c in _ALPHABET if compiled.fullmatch(c))


def _required(items: list[Item], flags: int) -> list[frozenset[str]]:
    """What each required single-character item of a sequence can match (its delimiters, if any)."""
    found: list[frozenset[str]] = []
    for op, av in items:
        if op in (_parser.LITERAL, _parser.IN):
            found.append(_chars((op, av), flags))
        elif op == _parser.SUBPATTERN:
            found += _required(list(av[3]), flags)
        elif op in _REPEATS and av[0] >= 1:
            found += _required(list(av[2]), flags)
    return found


def _inner_repeats(items: list[Item]) -> list[Item]:
    found: list[Item] = []
    for item in items:
        if _unbounded(item):
            found.append(item)
        found += _inner_repeats(_body(item))
    return found


def _scan(items: list[Item], flags: int) -> str | None:
    chain, last = 0, frozenset[str]()
    for item in items:
        if _unbounded(item):
            body = _body(item)
            inner = _inner_repeats(body)
            if inner:
                reach = frozenset().union(*(_chars(i, flags) for i in inner))
                if not any(chars and not chars & reach for chars in _required(body, flags)):
                    return "a repeated group holds a repeat it cannot be told apart from (like (a+)+)"
            chars = _chars(item, flags)
            chain = chain + 1 if chain and chars & last else 1
            if chain >= 3:
                return "three repeats in a row can split the same text (like .*\\d+\\d+)"
            last = chars
        elif chain and item[0] not in _ZERO_WIDTH and not (_chars(item, flags) <= last):
            chain, last = 0, frozenset()  # (no chain, nothing to reset: `last` is empty)
        if item[0] not in _LEAVES and (why := _scan(_body(item), flags)):  # a leaf holds nothing
            return why
    return None
