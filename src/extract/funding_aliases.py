"""Table aliases compiled for one pass over a text, and the folding that lets them match any spelling.

An alias is written folded (lower case, no diacritics): `*` ends a stem, `,?` is an optional comma,
`-` a dash, `+` a plus, `{a,y}` alternative endings.  Abbreviations are case-sensitive as printed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

# One character in, one character out: offsets in the folded text are offsets in the input.
_FOLD_PAIRS = tuple(
    zip(
        'ąćęłńóśźż\u00a0\u2007\u202f\t\u2010\u2011\u2012\u2013\u2014\u2015\u2212„”“«»"',
        "acelnoszz    -------      ",
        strict=True,
    )
)
_DASH_PAIRS = tuple(zip("\u00a0\u2007\u202f\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "   -------", strict=True))


def _replace_all(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:  # str.replace per character beats str.translate on mostly-ASCII text
        if old in text:
            text = text.replace(old, new)
    return text


def fold(text: str, lowered: str | None = None) -> str:
    """Lower case, Polish diacritics and quotes dropped, dashes unified; same length as `text`.  `lowered`, when the
    caller has it, is `text.lower()` (a page's text lowered once for all the parsers: `extract.lowered`)."""
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text):  # a rare letter whose lower case is longer (İ): letter by letter
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return _replace_all(lowered, _FOLD_PAIRS)


def _dashes(text: str) -> str:
    """`text` with NBSP as a space and every dash as "-"; same length."""
    return _replace_all(text, _DASH_PAIRS)


def norm_name(text: str) -> str:
    """A name for comparison: folded, dashes without spaces, one space between words."""
    text = re.sub(r"\s*-\s*", "-", fold(text))
    return " ".join(text.split())


def _expand_braces(alias: str) -> list[str]:
    """ "wojewod{a,y} opolsk*" -> ["wojewoda opolsk*", "wojewody opolsk*"] (one group at most)."""
    match = re.search(r"\{([^}]*)\}", alias)
    if not match:
        return [alias]
    return [alias[: match.start()] + option + alias[match.end() :] for option in match.group(1).split(",")]


# How an alias's special characters read as regex; any other character stands for itself.
_NAME_SYNTAX = {"*": r"\w*", "?": "?", "-": r"\s*-\s*", "+": r"\s*\+"}
_ABBREVIATION_SYNTAX = {" ": "[ ]?", "-": r"\s?-\s?", "+": r"\+"}


def _regex(text: str, syntax: dict[str, str]) -> str:
    """`text` as a regex: the characters `syntax` names as it says (a leading "?" is literal), the rest escaped."""
    return "".join(syntax[c] if c in syntax and (i or c != "?") else re.escape(c) for i, c in enumerate(text))


# What Polish puts between "program(u)" and a programme's name: its kind ("programu rządowego Infrastruktura kultury",
# "programu wieloletniego „Niepodległa”", "resortowego", "grantowego", "dotacyjnego", "pilotażowego", the environment
# funds' "programu priorytetowego X"; the culture minister's 2004-2010 "Programu Operacyjnego Promocja Czytelnictwa":
# an EU programme's alias holds "operacyjn*" itself, so no EU name changes) and the naming words ("pn.", "pt.", "pod
# nazwą", "tzw."; not the verb "program nosi nazwę X": "Program nosi nazwę Maluch i jest realizowany przez żłobek"
# names a local one), up to three, then once the owner with up to six words of its name (`_OWNER_WORD`) and the
# edition's year ("Programu Ministra KiDN 2020 Ochrona zabytków", "programu Ministra Kultury i Dziedzictwa Narodowego
# Ochrona Zabytków", "programu MRiPS Opieka wytchnieniowa") and up to two more kinds or naming words ("programu
# rządowego Ministra X pn. Y"); quotes fold to spaces.  An alias whose first word is "program*" takes them between its
# first and second words.  (Written without `_WORD_GAP`: a pattern's first `\s+` ends its first word.)
# The owner is a qualifier of its own, taken at most once and tried only where its literal letters stand: inside the
# repeated group its words' lazy reach was tried in every split of the repeats (100 KB of "programu ministra ": 0.7 s).
# The owners: a minister or ministry, and the other bodies that run programmes of their own ("programu Narodowego
# Centrum Kultury X", "konkursu Fundacji Enea Y", "programu Samorządu Województwa Z", "programu PFRON W").
_PROGRAMME_OWNER = (
    r"(?:ministr|ministerstw|mkidn|mrpips|mrips|mein\b|men\b|msit\b|mswia\b|fundacj|instytut|narodow|centr|bibliotek"
    r"|panstwow|pfron\b|niw\b|nck\b|nfosigw\b|wfosigw\b|samorzad|urzed|zarzad|marszalk|wojewod)"
)
_PROGRAMME_KIND = (
    r"(?:(?:(?:rzadow|wieloletn|resortow|grantow|dotacyjn|ministerialn|pilotazow|ogolnopolsk|strategiczn|operacyjn"
    r"|priorytetow)\w*"
    r"|pod\s{1,9}nazw\w*|o\s{1,9}nazwie)\s{1,9}|(?:pn|pt|p\.n|tzw)\.\s{0,9})"
)
# A word of an owner's name: no comma ends it ("programu Centrum Usług Społecznych, w którym pracuje asystent rodziny"
# names no owner of "Asystent rodziny"), and no preposition, verb or pronoun of a clause stands in it ("W programie
# Centrum Kultury na sobotę są ballady i romanse" names no owner of "Ballady i romanse").
_OWNER_WORD = r"(?!(?:na|sa|jest|byl\w*|bedzie|sie|do|od|po|przez|dla|ktor\w*|oraz|ze|z|to|jak|ale|a|juz|tez)\s)[\w.]+"
_PROGRAMME_QUALIFIERS = (
    _PROGRAMME_KIND
    + r"{0,3}(?:"
    + _PROGRAMME_OWNER
    + r"\w*(?:\s{1,9}"
    + _OWNER_WORD
    + r"){0,6}?\s{1,9}"
    + _PROGRAMME_KIND
    + r"{0,2})?"
)
# (an owner after any kinds, as `_PROGRAMME_QUALIFIERS` takes it: "programu grantowego Fundacji X „Y”")
_OWNER_NEXT = re.compile(r"\w*\s+" + _PROGRAMME_KIND + "{0,3}" + _PROGRAMME_OWNER)
_WORDS_AFTER_OWNER = re.compile(r"\s+([\w.,]+)")
_PROGRAMME_WORD = "program*"
# First words that take the qualifiers before the name: a programme's and a competition's ("konkursu grantowego
# Fundacji Enea „Szlakiem lokalnej historii”", "konkursu pn. Działaj lokalnie").
_QUALIFIED_WORDS = (_PROGRAMME_WORD, "konkurs*")


def _name_pattern(alias: str) -> str:
    """Regex for a folded alias: `*` ends a stem, `,?` an optional comma, `-` a dash, `+` a plus, a "." ending a
    word any stop or dash or none ("orlen. jestesmy razem" reads "Orlen – jesteśmy razem", "ORLEN: Jesteśmy
    razem"); after a first word "program*" or "konkurs*" the qualifiers Polish puts before the name
    (`_PROGRAMME_QUALIFIERS`)."""
    tail = "" if alias.endswith("+") else r"(?!\w)"
    words = alias.split()
    regexes = [_word_regex(word) for word in words]
    if len(words) > 1 and words[0] in _QUALIFIED_WORDS:
        regexes[1] = _PROGRAMME_QUALIFIERS + regexes[1]
    return r"\s+".join(regexes) + tail


def _word_regex(word: str) -> str:
    if len(word) > 1 and word.endswith(".") and word[-2].isalnum():
        return _regex(word[:-1], _NAME_SYNTAX) + r"(?:\s*[.:-])?"
    return _regex(word, _NAME_SYNTAX)


def _abbreviation_pattern(abbreviation: str) -> str:
    """Regex for a case-sensitive abbreviation: a space may be missing, a hyphen may be spaced."""
    tail = "" if abbreviation.endswith("+") else r"(?![\w+])"
    return _regex(abbreviation, _ABBREVIATION_SYNTAX) + tail


_LEADING_LETTERS = re.compile(r"[^\W_]+")
# A first word this short ("po inteligentn* rozwoj") would start every "po…" word of a text: its prefix
# takes the next word's letters too, after one space (the text's spaces are single where names are printed).
_SHORT_FIRST_WORD = re.compile(r"([^\W_]{1,2}) ([^\W_]+)")


def _literal_prefix(alias: str) -> str:
    """The literal letters every match of a folded alias starts with."""
    short = _SHORT_FIRST_WORD.match(alias)
    return f"{short.group(1)} {short.group(2)}" if short else _LEADING_LETTERS.match(alias).group(0)  # type: ignore[union-attr]


class _LazyPattern:
    """One alias's regex, compiled on its first try.

    The alias index holds about 2,300 of them, and compiling them all took about 0.3 s of every process's start
    (a whole offline run of 600 pages is under 3 s); a run tries only the few whose prefix and second word a
    text holds.  The alternation of each prefix (`any_alias`) is still compiled up front: it is tried first.
    """

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def match(self, string: str, pos: int = 0) -> re.Match[str] | None:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern)
        return compiled.match(string, pos)


_Row = tuple[_LazyPattern, tuple[str, ...]]

# Per prefix: one regex matching where any of its aliases does (a single try where none matches), and
# each alias's regex with its table keys.
_Candidates = dict[str, tuple[re.Pattern[str], tuple[_Row, ...]]]

# A first word that is letters and at most a stem's `\w*`, then the gap: the second word begins right after the
# text's next run of spaces.  Its literal letters, when the second word's regex starts with some.
_PLAIN_FIRST_WORD = re.compile(r"[a-z0-9]+(?:\\w\*)?")
_LEADING_LITERAL = re.compile(r"[a-z0-9]+")
_NEXT_WORD = re.compile(r"\w*\s+(\w*)")
_NEXT_WORD_PAST_QUALIFIERS = re.compile(r"\w*\s+" + _PROGRAMME_QUALIFIERS + r"(\w*)")
_NARROWED = 24  # groups this big are tried through their second word only


@dataclass(frozen=True, slots=True)
class _SecondWords:
    """A big group's rows by the first letter of their second word's literal letters.

    At an occurrence of "program" only the aliases whose second word can start like the text's next word
    are tried ("program* kultura+" not at "programu Senior+"), in the group's order; rows whose second
    word is not plain letters, or that have no second word, are tried everywhere.
    """

    rows: tuple[tuple[str, _Row], ...]  # (the second word's literal letters, "" for "try everywhere"; the row)
    by_letter: dict[str, tuple[int, ...]]  # a next word's first letter -> the rows to try, in order
    always: tuple[int, ...]

    @staticmethod
    def of(rows: list[_Row]) -> _SecondWords:
        literal_rows = []
        for row in rows:
            first, gap, rest = row[0].pattern.partition(_WORD_GAP)
            rest = rest.removeprefix(_PROGRAMME_QUALIFIERS)  # the second word's letters are after them
            literal = _LEADING_LITERAL.match(rest) if gap and _PLAIN_FIRST_WORD.fullmatch(first) else None
            letters = literal.group(0) if literal else ""
            if rest[len(letters) : len(letters) + 1] in ("?", "*", "{"):
                letters = letters[:-1]  # "kulturay?": the last letter may be missing
            literal_rows.append((letters, row))
        firsts = {literal[0] for literal, _ in literal_rows if literal}
        by_letter = {
            letter: tuple(i for i, (literal, _) in enumerate(literal_rows) if not literal or literal[0] == letter)
            for letter in firsts
        }
        always = tuple(i for i, (literal, _) in enumerate(literal_rows) if not literal)
        return _SecondWords(tuple(literal_rows), by_letter, always)

    def rows_for(self, haystack: str, start: int) -> Sequence[_Row]:
        """The rows that may match at `start`: those whose second word's letters begin the text's next word."""
        following = _NEXT_WORD.match(haystack, start)
        word = following.group(1) if following else ""
        rows = self.rows
        indices = self.by_letter.get(word[:1], self.always) if word else self.always
        found = [i for i in indices if word.startswith(rows[i][0])]
        past = _NEXT_WORD_PAST_QUALIFIERS.match(haystack, start)  # "programu rządowego Infrastruktura …"
        later = [past.group(1)] if past else []
        if owner := _OWNER_NEXT.match(haystack, start):  # "programu Ministra KiDN 2020 Ochrona …": any of 7 words on
            later += [m.group(1) for m in itertools.islice(_WORDS_AFTER_OWNER.finditer(haystack, owner.end()), 7)]
        for next_word in later:
            if next_word != word and next_word:
                more = [i for i in self.by_letter.get(next_word[:1], ()) if next_word.startswith(rows[i][0])]
                found = sorted(set(found).union(more))
        return [rows[i][1] for i in found]


@dataclass(frozen=True, slots=True)
class _Index:
    """Aliases grouped by the literal letters their first word starts with ("program", "RPO")."""

    by_prefix: _Candidates
    families: dict[str, tuple[str, ...]]  # each shortest prefix (a root) with all the prefixes it starts
    # The roots as one regex (a trie of their letters): one scan of the text finds them all, cheaper than a
    # `str.find` per root.  Lower-case roots (common letters) are matched only at a word start, by the regex:
    # after a character that starts no word (a space, a bracket), which the regex engine finds fast, and at
    # the text's start (`first`), where the same trie is tried once.  Capital ones (rare) are found anywhere,
    # a scan the regex engine makes fast, and tested here (`capital`).
    finder: re.Pattern[str]
    ascii_finder: re.Pattern[str]  # the same scan for a text of ASCII only (`_ascii_twin`)
    capital: bool
    first: re.Pattern[str] | None  # lower case: the trie alone, for a root at the text's start
    second_words: dict[str, _SecondWords]  # the big groups ("program": hundreds of aliases), by their second word
    # Set once by `share_scans`: the scan this index shares with another table's over the same text, and its place.
    shared: tuple[_SharedScan, int] | None = field(default=None, compare=False)

    def _starts(self, haystack: str) -> dict[int, list[str]]:
        """Word starts holding a prefix."""
        if self.shared is not None:
            union, place = self.shared
            return union.starts(haystack)[place]
        # A root is letters (a short first word with the next one's) and no root starts another, so the
        # scan misses no word start: an occurrence inside an earlier match has a letter before it.
        families = self.families
        starts: dict[int, list[str]] = {}
        if self.first is not None:
            # A match takes the character before the root: a root is letters, so no such character lies
            # inside an earlier match, and the scan misses no word start after the first.
            if root := self.first.match(haystack):
                starts[0] = [p for p in families[root.group(0)] if haystack.startswith(p, 0)]
            for match in (self.ascii_finder if haystack.isascii() else self.finder).finditer(haystack):
                at = match.start(1)
                starts[at] = [p for p in families[match.group(1)] if haystack.startswith(p, at)]
            return starts
        for match in self.finder.finditer(haystack):
            at = match.start()
            if self.capital and _inside_word(haystack, at):
                continue
            starts[at] = [p for p in families[match.group(0)] if haystack.startswith(p, at)]
        return starts

    def scan(self, haystack: str) -> list[tuple[int, int, tuple[str, ...]]]:
        found: list[tuple[int, int, tuple[str, ...]]] = []
        taken_to = 0
        starts = self._starts(haystack)
        for start in sorted(starts):
            if start < taken_to:
                continue
            best: tuple[int, tuple[str, ...]] | None = None
            for prefix in starts[start]:
                any_alias, group = self.by_prefix[prefix]
                if any_alias.match(haystack, start) is None:
                    continue
                narrow = self.second_words.get(prefix)
                rows = narrow.rows_for(haystack, start) if narrow is not None else group
                for regex, keys in rows:
                    match = regex.match(haystack, start)
                    if match is None or (best is not None and match.end() < best[0]):
                        continue
                    if best is not None and match.end() == best[0]:  # "RPO WP" and "RPOWP" both read "RPOWP"
                        keys = tuple(dict.fromkeys(best[1] + keys))
                    best = (match.end(), keys)
            if best is not None:
                found.append((start, best[0], best[1]))
                taken_to = best[0]
        return found


# The 2007-2013 generator's document numbers name the programme after their kind: "WND-POKL.09.05.00-20-206/08" (an
# application), "UDA-POKL.07.01.01-02-001/08-00" (a funding agreement), as "POKL.09.05.00-…" alone does.
_DOCUMENT_PREFIXES = ("WND-", "UDA-")


def _glued(haystack: str, at: int) -> bool:
    """Whether a letter, digit, "_", "-" or "/" stands right before `at`."""
    return at > 0 and (haystack[at - 1].isalnum() or haystack[at - 1] in "-_/")


def _inside_word(haystack: str, at: int) -> bool:
    """Whether an abbreviation at `at` is glued to what stands before it, unless that is a document number's kind
    ("WND-", itself a word of its own)."""
    if not _glued(haystack, at):
        return False
    return not (haystack.startswith(_DOCUMENT_PREFIXES, at - 4, at) and at >= 4 and not _glued(haystack, at - 4))


def _index(patterns: dict[str, list[str]], prefixes: dict[str, str]) -> _Index:
    """patterns: regex -> table keys; prefixes: regex -> the literal letters it must start with."""
    grouped: dict[str, list[_Row]] = {}
    for pattern, keys in patterns.items():
        grouped.setdefault(prefixes[pattern], []).append((_LazyPattern(pattern), tuple(dict.fromkeys(keys))))
    # An alternation matches at a place exactly when one of its branches does (the aliases have no groups).
    any_alias = {prefix: re.compile(_any_of([regex.pattern for regex, _ in rows])) for prefix, rows in grouped.items()}
    roots = [p for p in grouped if not any(p != q and p.startswith(q) for q in grouped)]
    for root in roots:  # a two-word root ("po inteligentn") must not hide a root starting at its second word
        tail = root.partition(" ")[2]
        if tail and any(tail.startswith(r) or r.startswith(tail) for r in roots if r != root):
            raise ValueError(f"alias prefix {root!r} hides another alias's start")
    families = {root: tuple(p for p in grouped if p.startswith(root)) for root in roots}
    capital = bool(roots) and all(r[0].isupper() for r in roots)
    # A word start: no letter, digit, "_", "-" or "/" before it (`\w` is `str.isalnum` and "_").
    trie = _trie(roots)
    finder = re.compile(trie if capital else rf"[^\w/-]({trie})")
    return _Index(
        {prefix: (any_alias[prefix], tuple(rows)) for prefix, rows in grouped.items()},
        families,
        finder,
        _ascii_twin(finder),
        capital,
        None if capital else re.compile(trie),
        {prefix: _SecondWords.of(rows) for prefix, rows in grouped.items() if len(rows) >= _NARROWED},
    )


_WORD_GAP = r"\s+"  # what `_name_pattern` puts between two words; no word's own regex holds it


def _ascii_twin(finder: re.Pattern[str]) -> re.Pattern[str]:
    """`finder` for a text of ASCII only (`str.isascii`, a flag of the string: most folded texts are): `\\w` reads
    the same characters of it either way, and the engine tests the ASCII class about a quarter faster (the word starts
    of the lower-case roots are a scan of the whole text).  A finder with no class (the capital roots') is itself."""
    return re.compile(finder.pattern, re.ASCII) if "\\w" in finder.pattern else finder


def _any_of(patterns: list[str]) -> str:
    """One regex matching where any of `patterns` does, their shared first word written once.

    Many aliases start with the same word ("program*"): tried at each of its occurrences, an alternation
    that repeats it would read that word once per alias.
    """
    by_first: dict[str, list[str]] = {}
    for pattern in patterns:
        first, gap, rest = pattern.partition(_WORD_GAP)
        if rest.startswith(_PROGRAMME_QUALIFIERS):  # "program*" aliases: their qualifiers read once too
            by_first.setdefault(first + gap + _PROGRAMME_QUALIFIERS, []).append(rest[len(_PROGRAMME_QUALIFIERS) :])
        else:
            by_first.setdefault(first, []).append(gap + rest)
    return "|".join(f"(?:{first}(?:{'|'.join(f'(?:{rest})' for rest in rests)}))" for first, rests in by_first.items())


def _trie(words: list[str]) -> str:
    """A regex matching exactly `words` (none a prefix of another), their shared letters written once."""
    if not words:
        return "(?!)"
    firsts = sorted({word[0] for word in words})
    branches = []
    for first in firsts:
        rests = [word[1:] for word in words if word[0] == first]
        branches.append(re.escape(first) + ("" if rests == [""] else _trie(rests)))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class _SharedScan:
    """The word starts of several tables' indexes over the same text (a page's programmes and its payers), found
    in one scan of it: one regex of all their roots, each start then given to the indexes whose prefixes are there.

    A table's scan finds its roots where its own regex would (a root's start after no letter: `_Index._starts`),
    so each index gets exactly the starts its own scan gives; the last text's are kept for the next index asking.
    """

    def __init__(self, indexes: tuple[_Index, ...], roots: list[str]) -> None:
        self.capital = indexes[0].capital
        # per root: the indexes holding prefixes that start with it, and those prefixes ((), the root alone: its
        # match is its start, nothing more to test)
        self.families = {
            root: tuple(
                (place, () if family == (root,) else family)
                for place, family in enumerate(tuple(p for p in i.by_prefix if p.startswith(root)) for i in indexes)
                if family
            )
            for root in roots
        }
        trie = _trie(roots)
        self.finder = re.compile(trie if self.capital else rf"[^\w/-]({trie})")
        self.ascii_finder = _ascii_twin(self.finder)
        self.first = None if self.capital else re.compile(trie)
        self.size = len(indexes)
        self._last: tuple[str, list[dict[int, list[str]]]] | None = None

    def starts(self, haystack: str) -> list[dict[int, list[str]]]:
        """Each index's word starts holding one of its prefixes (`_Index._starts`), in the indexes' order."""
        last = self._last  # (read once: a thread's text is never answered with another's starts)
        if last is None or last[0] != haystack:
            last = self._last = (haystack, self._scan(haystack))
        return last[1]

    def _scan(self, haystack: str) -> list[dict[int, list[str]]]:
        found: list[dict[int, list[str]]] = [{} for _ in range(self.size)]

        def add(at: int, root: str) -> None:
            for place, family in self.families[root]:
                if not family:
                    found[place][at] = [root]
                elif here := [p for p in family if haystack.startswith(p, at)]:
                    found[place][at] = here

        if self.first is not None:
            if root := self.first.match(haystack):
                add(0, root.group(0))
            for match in (self.ascii_finder if haystack.isascii() else self.finder).finditer(haystack):
                add(match.start(1), match.group(1))
            return found
        for match in self.finder.finditer(haystack):
            at = match.start()
            if _inside_word(haystack, at):
                continue
            add(at, match.group(0))
        return found


def share_scans(*indexes: _Index) -> None:
    """Let indexes of different tables that scan the same texts find their word starts in one scan (`_SharedScan`).

    Left apart when they cannot: one finds capitals anywhere and another lower case at word starts, or a two-word
    root of one would hide a root of another starting at its second word.
    """
    if len({index.capital for index in indexes}) != 1 or any(index.shared is not None for index in indexes):
        return
    every = {root for index in indexes for root in index.families}
    roots = sorted(r for r in every if not any(q != r and r.startswith(q) for q in every))
    for root in roots:
        tail = root.partition(" ")[2]
        if tail and any(tail.startswith(r) or r.startswith(tail) for r in roots if r != root):
            return
    union = _SharedScan(indexes, roots)
    for place, index in enumerate(indexes):
        object.__setattr__(index, "shared", (union, place))  # a frozen index, wired once when the tables load


# (start, end, table keys) of every alias match: each table is scanned once per text.
Spans = list[tuple[int, int, tuple[str, ...]]]


@dataclass(frozen=True, slots=True)
class AliasSet:
    """All aliases of one table, indexed for a single pass over the words of a text."""

    names: _Index  # on folded text
    abbreviations: _Index  # on dash-normalised original text

    def scan(self, text: str, folded: str) -> Spans:
        """(start, end, keys) for every alias match, left to right, the longest at each place."""
        found = self.names.scan(folded) + self.abbreviations.scan(_dashes(text))
        found.sort()
        return found


def alias_set(entries: list[tuple[str, str, str]]) -> AliasSet:
    """entries: (key, names, abbreviations), both |-separated; several keys may share an alias."""
    by_name: dict[str, list[str]] = {}
    by_abbreviation: dict[str, list[str]] = {}
    prefixes: dict[str, str] = {}
    for key, names, abbreviations in entries:
        for alias in (a.strip() for a in names.split("|")):
            for expanded in _expand_braces(alias) if alias else []:
                pattern = _name_pattern(expanded)
                by_name.setdefault(pattern, []).append(key)
                prefixes[pattern] = _literal_prefix(expanded)
        for alias in (a.strip() for a in abbreviations.split("|")):
            if alias:
                pattern = _abbreviation_pattern(alias)
                by_abbreviation.setdefault(pattern, []).append(key)
                prefixes[pattern] = _LEADING_LETTERS.match(alias).group(0)  # type: ignore[union-attr]
    return AliasSet(_index(by_name, prefixes), _index(by_abbreviation, prefixes))
