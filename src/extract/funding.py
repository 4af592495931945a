"""Funding sources: EU fund, operational programme, priority axis, measure, non-EU funder.

A cascade from the most to the least reliable reading, each step table-driven:

1. the EU fund as printed ("Europejskiego Funduszu Społecznego", "EFS+", …);
2. the programme as printed, from the aliases in ``data/programmes.csv`` (full names in any
   grammatical case, case-sensitive abbreviations, the years printed after them);
3. the priority axis and measure numbers as printed ("Osi priorytetowej II.", "Poddziałanie 9.2.1");
4. the programme derived from ``data/programme_measures.csv`` when the text names an axis or a
   measure together with its *name* (a number alone never identifies a programme);
5. the fund derived from the tables when the text names none;
6. a ministry / state payer from ``data/funders.csv``, normalised to its current name, and a
   ministry programme ("Maluch+", "Senior+", …) when no EU programme was found.

Disagreements never raise: the explicit reading wins and a warning says what disagreed.

>>> found, _ = find_funding("RPO WO 2014-2020, oś priorytetowa VIII – Integracja społeczna")
>>> found.programme, found.priority_axis, found.fund
('RPO WO 2014-2020', 'VIII', 'EFS')
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class FundingMention:
    fund: str | None = None  # EFS, EFS+, EFRR, FS, EFRROW
    programme: str | None = None  # canonical, e.g. "RPO WO 2014-2020"
    priority_axis: str | None = None  # as printed, e.g. "VIII", "II"
    measure: str | None = None  # e.g. "8.1", "9.2.1"
    funder: str | None = None  # normalised ministry / payer name
    funder_text: str | None = None  # the payer's name as the page wrote it


# --------------------------------------------------------------------------- text folding

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


def _fold(text: str) -> str:
    """Lower case, Polish diacritics and quotes dropped, dashes unified; same length as `text`."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer (İ): letter by letter
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return _replace_all(lowered, _FOLD_PAIRS)


def _dashes(text: str) -> str:
    """`text` with NBSP as a space and every dash as "-"; same length."""
    return _replace_all(text, _DASH_PAIRS)


def _norm_name(text: str) -> str:
    """A name for comparison: folded, dashes without spaces, one space between words."""
    text = re.sub(r"\s*-\s*", "-", _fold(text))
    return " ".join(text.split())


# --------------------------------------------------------------------------- alias compiling


def _expand_braces(alias: str) -> list[str]:
    """ "wojewod{a,y} opolsk*" -> ["wojewoda opolsk*", "wojewody opolsk*"] (one group at most)."""
    match = re.search(r"\{([^}]*)\}", alias)
    if not match:
        return [alias]
    return [alias[: match.start()] + option + alias[match.end() :] for option in match.group(1).split(",")]


def _name_pattern(alias: str) -> str:
    """Regex for a folded alias: `*` ends a stem, `,?` an optional comma, `-` a dash, `+` a plus."""
    out: list[str] = []
    for word in alias.split():
        piece = ""
        for char in word:
            if char == "*":
                piece += r"\w*"
            elif char == "?" and piece:
                piece += "?"
            elif char == "-":
                piece += r"\s*-\s*"
            elif char == "+":
                piece += r"\s*\+"
            else:
                piece += re.escape(char)
        out.append(piece)
    tail = "" if alias.endswith("+") else r"(?!\w)"
    return r"\s+".join(out) + tail


def _abbreviation_pattern(abbreviation: str) -> str:
    """Regex for a case-sensitive abbreviation: a space may be missing, a hyphen may be spaced."""
    out = ""
    for char in abbreviation:
        if char == " ":
            out += "[ ]?"
        elif char == "-":
            out += r"\s?-\s?"
        elif char == "+":
            out += r"\+"
        else:
            out += re.escape(char)
    tail = "" if abbreviation.endswith("+") else r"(?![\w+])"
    return out + tail


_LEADING_LETTERS = re.compile(r"[^\W_]+")

_Candidates = dict[str, tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]]


@dataclass(frozen=True, slots=True)
class _Index:
    """Aliases grouped by the literal letters their first word starts with ("program", "RPO")."""

    by_prefix: _Candidates
    roots: tuple[tuple[str, tuple[str, ...]], ...]  # shortest prefixes, each with all it starts

    def _starts(self, haystack: str) -> dict[int, list[str]]:
        """Word starts holding a prefix: `str.find` per prefix is far cheaper than one big regex."""
        starts: dict[int, list[str]] = {}
        for root, family in self.roots:
            at = haystack.find(root)
            while at >= 0:
                if not at or not (haystack[at - 1].isalnum() or haystack[at - 1] in "-_"):
                    starts[at] = [p for p in family if haystack.startswith(p, at)]
                at = haystack.find(root, at + 1)
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
                for regex, keys in self.by_prefix[prefix]:
                    match = regex.match(haystack, start)
                    if match and (best is None or match.end() > best[0]):
                        best = (match.end(), keys)
            if best is not None:
                found.append((start, best[0], best[1]))
                taken_to = best[0]
        return found


def _index(patterns: dict[str, list[str]], prefixes: dict[str, str]) -> _Index:
    """patterns: regex -> table keys; prefixes: regex -> the literal letters it must start with."""
    grouped: dict[str, list[tuple[re.Pattern[str], tuple[str, ...]]]] = {}
    for pattern, keys in patterns.items():
        grouped.setdefault(prefixes[pattern], []).append((re.compile(pattern), tuple(dict.fromkeys(keys))))
    roots = [p for p in grouped if not any(p != q and p.startswith(q) for q in grouped)]
    families = tuple((root, tuple(p for p in grouped if p.startswith(root))) for root in roots)
    return _Index({prefix: tuple(rows) for prefix, rows in grouped.items()}, families)


@dataclass(frozen=True, slots=True)
class _AliasSet:
    """All aliases of one table, indexed for a single pass over the words of a text."""

    names: _Index  # on folded text
    abbreviations: _Index  # on dash-normalised original text

    def scan(self, text: str, folded: str) -> list[tuple[int, int, tuple[str, ...]]]:
        """(start, end, keys) for every alias match, left to right, the longest at each place."""
        found = self.names.scan(folded) + self.abbreviations.scan(_dashes(text))
        found.sort()
        return found


def _alias_set(entries: list[tuple[str, str, str]]) -> _AliasSet:
    """entries: (key, names, abbreviations), both |-separated; several keys may share an alias."""
    by_name: dict[str, list[str]] = {}
    by_abbreviation: dict[str, list[str]] = {}
    prefixes: dict[str, str] = {}
    for key, names, abbreviations in entries:
        for alias in (a.strip() for a in names.split("|")):
            for expanded in _expand_braces(alias) if alias else []:
                pattern = _name_pattern(expanded)
                by_name.setdefault(pattern, []).append(key)
                prefixes[pattern] = _LEADING_LETTERS.match(expanded).group(0)  # type: ignore[union-attr]
        for alias in (a.strip() for a in abbreviations.split("|")):
            if alias:
                pattern = _abbreviation_pattern(alias)
                by_abbreviation.setdefault(pattern, []).append(key)
                prefixes[pattern] = _LEADING_LETTERS.match(alias).group(0)  # type: ignore[union-attr]
    return _AliasSet(_index(by_name, prefixes), _index(by_abbreviation, prefixes))


# --------------------------------------------------------------------------- reference tables


@dataclass(frozen=True, slots=True)
class Programme:
    name: str
    period: str  # "2014-2020", "" for ministry programmes
    voivodeship: str
    kind: str  # eu | ministry | fund | government
    fund: str  # the programme's only fund, "" when it has several
    funder: str  # the payer of a non-EU programme


@dataclass(frozen=True, slots=True)
class Measure:
    programme: str
    priority_axis: str
    axis_name: str
    measure: str
    measure_name: str
    fund: str


def _read_csv(name: str) -> list[dict[str, str]]:
    text = files("extract.data").joinpath(name).read_text(encoding="utf-8")
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(text.splitlines())]


@cache
def programmes() -> dict[str, Programme]:
    """The programme table (``data/programmes.csv``) by canonical name."""
    return {
        row["programme"]: Programme(
            row["programme"],
            row["period"],
            row["voivodeship"],
            row["kind"],
            row["fund"],
            row["funder"],
        )
        for row in _read_csv("programmes.csv")
    }


@cache
def measures() -> tuple[Measure, ...]:
    """The axis / measure table (``data/programme_measures.csv``)."""
    return tuple(
        Measure(
            row["programme"],
            row["priority_axis"],
            row["axis_name"],
            row["measure"],
            row["measure_name"],
            row["fund"],
        )
        for row in _read_csv("programme_measures.csv")
    )


@cache
def _programme_aliases() -> _AliasSet:
    return _alias_set([(r["programme"], r["aliases"], r["abbreviations"]) for r in _read_csv("programmes.csv")])


@cache
def _funder_aliases() -> _AliasSet:
    return _alias_set([(r["funder"], r["aliases"], r["abbreviations"]) for r in _read_csv("funders.csv")])


@cache
def _measure_index() -> tuple[dict[int, list[tuple[str, str, Measure]]], dict[str, list[tuple[str, Measure]]]]:
    """Axis rows by axis number (with the folded axis name) and measure rows by measure number."""
    axes: dict[int, list[tuple[str, str, Measure]]] = {}
    by_measure: dict[str, list[tuple[str, Measure]]] = {}
    for row in measures():
        number = _axis_number(row.priority_axis)
        if number is not None and row.axis_name and not row.measure:
            axes.setdefault(number, []).append((_norm_name(row.axis_name), row.programme, row))
        if row.measure and row.measure_name:
            by_measure.setdefault(row.measure, []).append((_norm_name(row.measure_name), row))
    return axes, by_measure


# --------------------------------------------------------------------------- EU funds

# Each EU fund name, from its "fundusz" on; all but the Cohesion Fund follow "europejski".
_FUND_PATTERNS: tuple[tuple[str, bool, re.Pattern[str]], ...] = (
    ("EFS+", True, re.compile(r"fundusz\w*\s+spoleczn\w*\s*(?:\+|plus\b)")),
    (
        "EFRROW",
        True,
        re.compile(r"fundusz\w*\s+roln\w*\s+na\s+rzecz\s+rozwoju\s+obszarow\s+wiejskich"),
    ),
    ("EFRR", True, re.compile(r"fundusz\w*\s+rozwoju\s+regionaln\w*")),
    ("EFS", True, re.compile(r"fundusz\w*\s+spoleczn\w*")),
    ("FS", False, re.compile(r"fundusz\w*\s+spojnosci\b")),
)
_EUROPEAN_BEFORE = re.compile(r"\beuropejsk\w*\s+$")
_FUND_ABBREVIATIONS = re.compile(r"\b(EFS\s?\+|EFS\s+Plus\b|EFRROW|EFRR|EFS)(?![\w+])")
_FUND_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:fundusz|źródło\s+finansowania|zrodlo\s+finansowania)\s*:\s*$", re.I)


def _find_funds(text: str, folded: str) -> list[tuple[int, str, bool]]:
    """(position, fund, labelled) for every EU fund named, in order."""
    found: list[tuple[int, str, bool]] = []
    at = folded.find("fundusz")
    while at >= 0:
        european = _EUROPEAN_BEFORE.search(folded, max(0, at - 30), at)
        for fund, needs_european, pattern in _FUND_PATTERNS:
            if needs_european and european is None:
                continue
            if pattern.match(folded, at):
                start = european.start() if european and needs_european else at
                labelled = bool(_FUND_LABEL.search(text[max(0, start - 40) : start]))
                found.append((start, fund, labelled))
                break
        at = folded.find("fundusz", at + 1)
    for match in _FUND_ABBREVIATIONS.finditer(text) if "EF" in text else ():
        if match.start() and text[match.start() - 1] == "-":
            continue
        raw = match.group(1)
        fund = "EFS+" if raw.startswith("EFS") and raw != "EFS" else raw
        found.append((match.start(), fund, False))
    found.sort()
    return found


# --------------------------------------------------------------------------- axes and measures

_ROMAN = re.compile(r"(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}

_NUMBER = r"(\d{1,2}|[ivxl]{1,6})"
_AXIS = re.compile(
    rf"\b(?:(?:os|osi|osia)\s+(?:priorytetow\w*\s+)?|priorytet(?:u|em|ie)?\s+)(?:nr\.?\s*)?{_NUMBER}(?![\w]|\.\d)"
)
_MEASURE = re.compile(
    r"(?=[pd])\b(?:pod)?dzialani(?:e|a|u|em|ach|om)?\s+(?:nr\.?\s*)?(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?!\.?\d)"
    r"(?!\s*(?:mln|mld|tys|zl|%))"
)
_NAME_SKIP = " .:,-–—\t\n"


def _axis_number(printed: str) -> int | None:
    """ "VIII" -> 8, "9" -> 9; None for anything else."""
    if printed.isdigit():
        return int(printed)
    if not printed or not _ROMAN.fullmatch(printed):
        return None
    total = 0
    for i, char in enumerate(printed):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[printed[i + 1]] if i + 1 < len(printed) else 0
        total += -value if value < following else value
    return total


def _name_follows(folded_window: str, name: str) -> bool:
    """Does `folded_window` (text after a number) start with `name`, as a whole word run?"""
    window = _norm_name(folded_window).lstrip(_NAME_SKIP)
    if not window.startswith(name):
        return False
    rest = window[len(name) : len(name) + 1]
    return not rest or not rest.isalnum()


@dataclass(frozen=True, slots=True)
class _Numbered:
    printed: str
    start: int
    end: int


def _find_axes(text: str, folded: str) -> list[_Numbered]:
    out: list[_Numbered] = []
    for match in _AXIS.finditer(folded):
        printed = text[match.start(1) : match.end(1)]
        if printed.isdigit() and match.group(0).startswith("prior"):
            continue  # "Priorytet 1" is a strategy's priority; PO KL numbered priorities in Roman
        if not printed.isdigit() and (printed != printed.upper() or _axis_number(printed) is None):
            continue  # "osi priorytetowej i działania": a lower-case "i" is the conjunction
        out.append(_Numbered(printed, match.start(1), match.end(1)))
    return out


def _find_measures(folded: str) -> list[_Numbered]:
    return [_Numbered(m.group(1), m.start(1), m.end(1)) for m in _MEASURE.finditer(folded)]


def _pick_measure(found: list[_Numbered], warnings: list[str]) -> _Numbered | None:
    """The sub-measure when both a measure and its sub-measure are named, else the first one."""
    if not found:
        return None
    deepest = found[0]
    for mention in found[1:]:
        if mention.printed.startswith(deepest.printed + "."):
            deepest = mention
    others = {
        m.printed for m in found if m.printed != deepest.printed and not deepest.printed.startswith(m.printed + ".")
    }
    if others:
        warnings.append(
            f"Several measures named ({', '.join([deepest.printed, *sorted(others)])}); kept {deepest.printed}."
        )
    return deepest


def _pick_axis(found: list[_Numbered], warnings: list[str]) -> _Numbered | None:
    if not found:
        return None
    numbers = {_axis_number(a.printed) for a in found}
    if len(numbers) > 1:
        printed = ", ".join(dict.fromkeys(a.printed for a in found))
        warnings.append(f"Several priority axes named ({printed}); kept {found[0].printed}.")
    return found[0]


def _programmes_from_names(
    folded: str, axes: list[_Numbered], measures_found: list[_Numbered]
) -> tuple[set[str], set[str]]:
    """Programmes whose axis name / measure name follows a printed axis / measure number."""
    axis_index, measure_index = _measure_index()
    by_axis: set[str] = set()
    by_measure: set[str] = set()
    for axis in axes:
        window = folded[axis.end : axis.end + 240]
        for name, programme, _ in axis_index.get(_axis_number(axis.printed) or -1, []):
            if _name_follows(window, name):
                by_axis.add(programme)
    for measure in measures_found:
        window = folded[measure.end : measure.end + 240]
        for name, row in measure_index.get(measure.printed, []):
            if _name_follows(window, name):
                by_measure.add(row.programme)
    return by_axis, by_measure


# --------------------------------------------------------------------------- programmes

_YEARS_AFTER = re.compile(
    r"[ \t,]*(?:\(?\s*(?:na\s+lata|w\s+latach|lata|perspektyw\w*)\s+)?"
    r"((?:19|20)\d{2})\s*(?:-|/)\s*((?:19|20)\d{2})"
    r"|[ \t,]*((?:19|20)\d{2})\s*\+"
)


@dataclass(frozen=True, slots=True)
class _ProgrammeMention:
    start: int
    candidates: tuple[str, ...]
    printed: str


def _find_programmes(text: str, folded: str, warnings: list[str]) -> list[_ProgrammeMention]:
    table = programmes()
    found: list[_ProgrammeMention] = []
    for start, end, keys in _programme_aliases().scan(text, folded):
        printed = text[start:end]
        years = _YEARS_AFTER.match(folded, end)
        candidates = tuple(keys)
        if years:
            first = years.group(1) or years.group(3)
            printed = text[start : years.end()].strip()
            candidates = tuple(k for k in keys if not table[k].period or table[k].period.startswith(first))
            if not candidates:
                warnings.append(f"Programme {printed!r} is not in the programme table for those years; not read.")
                continue
        found.append(_ProgrammeMention(start, candidates, printed))
    return found


def _resolve_programme(
    mentions: list[_ProgrammeMention], derived: set[str], warnings: list[str]
) -> tuple[str | None, str | None]:
    """(EU programme, ministry programme) from the mentions, the table-derived set breaking ties."""
    table = programmes()
    eu = [m for m in mentions if any(table[c].kind == "eu" for c in m.candidates)]
    other = [m for m in mentions if m not in eu]
    certain = [m.candidates[0] for m in eu if len(m.candidates) == 1]
    explicit: list[str] = list(dict.fromkeys(certain))
    for mention in eu:
        if len(mention.candidates) == 1:
            continue
        known = [c for c in mention.candidates if c in certain or c in derived]
        if len(known) == 1:
            explicit.append(known[0])
        elif not certain:
            warnings.append(f"Programme {mention.printed!r} is ambiguous ({'; '.join(mention.candidates)}); not read.")
    explicit = list(dict.fromkeys(explicit))

    chosen: str | None = None
    if explicit:
        chosen = next((p for p in explicit if p in derived), explicit[0])
        if len(explicit) > 1:
            warnings.append(f"Several programmes named ({'; '.join(explicit)}); kept {chosen}.")
        if derived and chosen not in derived:
            warnings.append(
                f"The axis / measure names point to {'; '.join(sorted(derived))}, "
                f"but the text names {chosen}; kept {chosen}."
            )
    elif len(derived) == 1:
        chosen = next(iter(derived))
    elif len(derived) > 1:
        warnings.append(f"The axis / measure names fit several programmes ({'; '.join(sorted(derived))}); not read.")

    ministry = next((m.candidates[0] for m in other if len(m.candidates) == 1), None)
    return chosen, ministry


# --------------------------------------------------------------------------- funders

_FUNDING_CONTEXT = re.compile(
    r"(?:dofinansow|wspolfinansow|sfinansow|finansow|dotacj|srodk|budzet|grant|przyzna|otrzyma|pozyska|pozyczk"
    r"|program|wsparci|subwencj|dzieki|fundator|platnik)"
)
_FUNDER_AFTER = re.compile(r"^\W{0,3}\s*(?:\w+\s+){0,2}?(?:przyznal|przekazal|dofinansowal|sfinansowal|ufundowal)")


def _find_funder(text: str, folded: str, warnings: list[str]) -> tuple[str | None, str | None]:
    """(canonical funder, as printed) for the first payer named in a funding context."""
    found: list[tuple[str, str]] = []
    for start, end, keys in _funder_aliases().scan(text, folded):
        sentence_start = max(0, folded.rfind(". ", 0, start), folded.rfind("\n", 0, start), start - 160)
        before = folded[sentence_start:start]
        if not (_FUNDING_CONTEXT.search(before) or _FUNDER_AFTER.match(folded[end : end + 60])):
            continue
        found.append((keys[0], " ".join(text[start:end].split())))
    if not found:
        return None, None
    distinct = list(dict.fromkeys(f for f, _ in found))
    if len(distinct) > 1:
        warnings.append(f"Several payers named ({'; '.join(distinct)}); kept {distinct[0]}.")
    return found[0]


# --------------------------------------------------------------------------- the cascade


def _table_fund(programme: str | None, axis: _Numbered | None, measure: _Numbered | None) -> str | None:
    """The fund the tables give for this programme / measure / axis, most specific first."""
    if programme is None:
        return None
    rows = [r for r in measures() if r.programme == programme]
    if measure is not None:
        row = next((r for r in rows if r.measure == measure.printed and r.fund), None)
        if row:
            return row.fund
    if axis is not None:
        number = _axis_number(axis.printed)
        row = next(
            (r for r in rows if not r.measure and r.fund and _axis_number(r.priority_axis) == number),
            None,
        )
        if row:
            return row.fund
    entry = programmes().get(programme)
    return entry.fund if entry and entry.fund else None


def find_funding(text: str) -> tuple[FundingMention, list[str]]:
    """What `text` says about where the money comes from, plus warnings."""
    warnings: list[str] = []
    if not text:
        return FundingMention(), warnings
    folded = _fold(text)

    funds = _find_funds(text, folded)
    axes = _find_axes(text, folded)
    measures_found = _find_measures(folded) if "dzialani" in folded else []
    axis = _pick_axis(axes, warnings)
    measure = _pick_measure(measures_found, warnings)
    if axis and measure:
        number = _axis_number(axis.printed)
        if number is not None and measure.printed.split(".")[0] != str(number):
            warnings.append(f"Measure {measure.printed} does not belong to priority axis {axis.printed}.")

    by_axis, by_measure = _programmes_from_names(folded, axes, measures_found)
    if by_axis and by_measure:
        derived = by_axis & by_measure
        if not derived:
            warnings.append(
                f"Axis name points to {'; '.join(sorted(by_axis))} but measure name to "
                f"{'; '.join(sorted(by_measure))}; programme not derived."
            )
    else:
        derived = by_axis or by_measure

    mentions = _find_programmes(text, folded, warnings)
    programme, ministry_programme = _resolve_programme(mentions, derived, warnings)

    # Axis / measure rows speak for the chosen programme only when the printed names did not
    # point elsewhere ("RPO WO …, Osi priorytetowej II Efektywne polityki publiczne …").
    trust_rows = not derived or programme in derived
    table_fund = _table_fund(programme, axis if trust_rows else None, measure if trust_rows else None)
    fund: str | None = None
    if funds:
        distinct = list(dict.fromkeys(f for _, f, _ in funds))
        labelled = [f for _, f, is_labelled in funds if is_labelled]
        fund = labelled[0] if labelled else (table_fund if table_fund in distinct else distinct[0])
        if len(distinct) > 1:
            warnings.append(f"Several EU funds named ({', '.join(distinct)}); kept {fund}.")
        if table_fund and fund != table_fund:
            warnings.append(f"The text names {fund} but {programme} is {table_fund} in the table; kept {fund}.")
    else:
        fund = table_fund

    funder, funder_text = _find_funder(text, folded, warnings)
    if programme is None and ministry_programme is not None:
        programme = ministry_programme
        if funder is None:
            funder = programmes()[ministry_programme].funder or None

    return (
        FundingMention(
            fund=fund,
            programme=programme,
            priority_axis=axis.printed.upper() if axis else None,
            measure=measure.printed if measure else None,
            funder=funder,
            funder_text=funder_text,
        ),
        warnings,
    )
