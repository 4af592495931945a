"""Cards and lists put a sum's kind on a label line or a heading, not in its sentence: read from the layout."""

from __future__ import annotations

import re

from extract.money_amounts import CELL, CURRENCY_WORD, GLUED_CURRENCY, SP
from extract.money_kinds import heads_in
from extract.money_limits import GOT_STEMS

_DASH_END = re.compile(r"\s[-–—]\s*\Z|\s\(\s*(?:po\s+)?\Z")


def label_line(text: str, line_start: int) -> str:
    """The previous line when it is a label ending in ":" (amount on its own line under it)."""
    end = line_start - 1
    while end > 0 and text[end - 1] in " \t\u00a0\n":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    return line if line.endswith(":") else ""


def label_below(text: str, end: int) -> str:
    """The next non-blank line when it is a short label with a money head word ("Kwota dofinansowania")."""
    start = end
    while start < len(text) and text[start] in " \t\u00a0\n":
        start += 1
    stop = text.find("\n", start)
    line = text[start : stop if stop >= 0 else len(text)].strip()
    return line if _is_label(line) else ""


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line holding `pos`."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, end if end >= 0 else len(text)


def _previous_line(text: str, line_start: int) -> tuple[int, int]:
    """The non-blank line before the one starting at `line_start` ((0, 0) when there is none)."""
    end = line_start - 1
    while end > 0 and text[end - 1] in " \t\u00a0\n":
        end -= 1
    if end <= 0:
        return 0, 0
    return text.rfind("\n", 0, end) + 1, end


def _is_label(line: str) -> bool:
    """A short money label with no digits and no end mark ("Kwota dofinansowania")."""
    return (
        len(line) <= 60
        and not line.endswith((".", ":"))
        and not any(c.isdigit() for c in line)
        and bool(heads_in(line))
    )


def _is_value(line: str) -> bool:
    """A line that is only an amount ("1 275 000,00 zł")."""
    return CELL.fullmatch(line) is not None and line[:1].isdigit()


def card_label(text: str, start: int, end: int) -> str | None:
    """The label under an amount printed alone on its line, in cards that print each label under its value.

    "1 500 000,00 zł\nwartość projektu\n1 275 000,00 zł\nkwota dofinansowania": the run of value and label
    lines decides the layout by its first line, a value (labels under) or a label (labels over).
    """
    before = start
    while before > 0 and text[before - 1] in " \t\u00a0":
        before -= 1
    if before > 0 and text[before - 1] != "\n":
        return None  # not at a line's start
    line_start, line_end = _line_at(text, start)
    if text[end:line_end].strip(" \t\u00a0."):
        return None
    label = label_below(text, end)
    if not label:
        return None
    top, pos = "value", line_start
    for _ in range(12):
        above_start, above_end = _previous_line(text, pos)
        line = text[above_start:above_end].strip()
        if _is_value(line):
            top = "value"
        elif _is_label(line):
            top = "label"
        else:
            break
        if above_start == 0:
            break
        pos = above_start
    return label if top == "value" else None


def own_before(before: str, split: re.Match[str] | None, after_has_head: bool) -> str:
    """The context that decides an amount's kind: its own clause when a cue is there, before or after it.

    "Łączny koszt to 412.300zł., z czego 370.000zł. pokrywa dotacja": the second amount's clause
    ("z czego … pokrywa dotacja") has its cue after it, so the "koszt" of the clause before is
    not its kind.  With no cue in the clause the whole sentence before it decides.  `split`: the last
    `CLAUSE_SPLIT` match in `before` (the caller needs it too).
    """
    own = before[split.end() :] if split else before
    if after_has_head or heads_in(own):
        return own
    return before


# A line ending in a sum with grosze and no currency: an item of a list of sums ("7. Gmina A kwotę 454 668,55").
_GROSZE_END = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:{SP}\d{{3}})*,\d{{2}}[ \u00a0]*\Z")
# ("otrzymała środki … z podziałem na szkoły:": the sum split among the recipients listed under it)
_GRANT_HEADING = re.compile(r"\b(?:dofinansowa|dotacj|grant|wsparci)\w*|\bz\s+podziałem\s+na\b", re.I)


MONEY_NOUN_BEFORE = re.compile(rf"(?<!\w)(?:kwot[ęyą]|kwocie){SP}\Z", re.I)


# A list entry's marker at its line's start: a number ("7. Gmina A kwotę …", "3) …", "b. …") or a bullet ("- ", "• ").
_ENTRY_MARK = re.compile(r"[ \t\u00a0]*(?:(?P<num>\d{1,3}[.)]|[a-z][.)])|(?P<bullet>[-–—•*▪·]))(?=[ \t\u00a0])")
# A line naming a body, in any case its list puts it in ("Gmina Leśniowice kwotę …", "Szkołę Podstawową Nr 1 - …",
# "Klubowi Sportowemu Orzeł …"): a capitalised head word of a unit or an organisation.
_BODY_HEAD = re.compile(
    r"(?-i:(?<!\w)(?:Gmin|Miast|Powiat|Wojew[oó]dztw|Sołect|Stowarzysz|Fundacj|Parafi|Klub|Ośrod|Szkoł|Przedszkol"
    r"|Bibliotek|Spółdziel|Koł[oau]|Kół|Towarzyst|Związ|Zesp[oó]ł|Centrum|Muze|Ochotnicz|Uczniowsk|Ludow|Gminn|Miejsk"
    r"|Powiatow|Samorząd|OSP|KGW|LGD|UKS|GOK|MOK|GOPS|MOPS)\w*)"
)
# A line's label that names a measure, not money ("Długość drogi: 1 500,00", "Powierzchnia – 1 250,00", "Liczba
# punktów: 1 250,00", "Zużycie wody 2022 - 12 345,60", "… m² – 1 250,00"): its number is no sum, whatever lines of sums
# stand around it.
_MEASURE_LABEL = re.compile(
    r"(?<!\w)(?:długoś|powierzchni|szerokoś|głębokoś|objętoś|kubatur|liczb[aęy]|ilość|ilości|zużyci|mas[aęy]|wag[aęi]"
    r"|punkt|pkt|osób|osoby|mieszkańc|uczni|uczestnik|km|mb|ha|kg|kwh|mwh|litr|ton|metr|m[²³23]|%|proc)",
    re.I,
)


class ListLines:
    """One text's lines as a list of sums reads them, each worked out once: which lines print a sum with its currency
    (a digit and a currency word on the line) and each line's list heading (`heading`, kept by the line's end):
    read per sum, they cost a walk over a dozen lines each (100 KB of "kwotę 1 000,00" lines took 0.4 s)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._priced: set[int] | None = None
        self._walks: dict[int, tuple[str, int]] = {}  # a line's end: its heading, the lines passed over

    def priced(self, line_start: int) -> bool:
        """Whether the line starting at `line_start` prints a sum with its currency."""
        if self._priced is None:
            text, found = self.text, set()
            for pattern in (CURRENCY_WORD, GLUED_CURRENCY):
                for m in pattern.finditer(text):
                    first, last = _line_at(text, m.start())
                    if first not in found and any(c.isdigit() for c in text[first:last]):
                        found.add(first)
            self._priced = found
        return line_start in self._priced

    def heading(self, line_end: int) -> str:
        """The heading of the list whose line ends at `line_end` ("Dofinansowanie otrzymują trzy zadania:"), "" when
        there is none: the walk up over blank lines and sibling items (`_heading_line`) reaches it within a dozen
        lines.  Each line's walk is kept with how many lines it passed over, so that the line below goes one more."""
        text, walks, passed = self.text, self._walks, []
        pos = line_end
        while pos not in walks:
            start = text.rfind("\n", 0, pos) + 1
            said = _heading_line(text, start, pos)
            if said is not None:
                walks[pos] = (said, 0)
                break
            passed.append(pos)
            pos = start - 1
        heading, over = walks[pos]
        for pos in reversed(passed):
            over += 1
            walks[pos] = (heading, over)
        heading, over = walks[line_end]
        return heading if over < _HEADING_REACH else ""


def _entry_shape(line: str) -> str:
    """A list entry's marker kind ("num", or the bullet itself); "" for a line with none."""
    mark = _ENTRY_MARK.match(line)
    if mark is None:
        return ""
    return "num" if mark.group("num") else mark.group("bullet")


def money_list_item(lines: ListLines, start: int, end: int) -> bool:
    """Whether the sum at `start`..`end` (with grosze, no currency) ends a line of a list of sums (tests/realtext/
    README.md, fifth round: "a line of a list or table of sums" is an amount).  The line has a list entry's shape and a
    neighbouring line (the one right before or after it) prints a sum with its currency ("6. Gmina Ułęż kwotę 569
    173,60 zł" over "7. Gmina Leśniowice kwotę 454 668,55"): it is numbered, or names a body ("Szkołę Podstawową Nr 1 -
    11 136,00"), or opens with the same marker as a neighbour; or the list's heading names money ("dofinansowanie 24
    736,00 zł …, w podziale na:").  Never a line whose label names a measure ("Długość drogi: 1 500,00" over "Koszt:
    500 000,00 zł")."""
    text = lines.text
    line_start, line_end = _line_at(text, start)
    if text[end:line_end].strip(" \u00a0.;,"):
        return False  # the sum does not end its line
    label = text[line_start:start]
    if _MEASURE_LABEL.search(label):
        return False
    shape = _entry_shape(label)
    entry = shape == "num" or _BODY_HEAD.search(label) is not None
    neighbours = []
    if line_start > 0:
        neighbours.append(text.rfind("\n", 0, line_start - 1) + 1)
    if line_end < len(text):
        neighbours.append(line_end + 1)
    for first in neighbours:
        if lines.priced(first) and (entry or (shape and _entry_shape(text[first : first + 8]) == shape)):
            return True
    heading = lines.heading(line_start - 1) if line_start > 0 else ""
    return bool(heading and heads_in(heading))


_SPLIT_HEADING = re.compile(r"\b(?:w\s+podziale|z\s+podziałem)\s+na\s*:\s*\Z", re.I)


def _heading_line(text: str, start: int, line_end: int) -> str | None:
    """What the line `start`..`line_end` says of the list below it: its heading (a line ending in ":", "" when that line
    has a sum of its own it does not split among the items), "" for a line of no list, None for a line the walk up to
    the heading passes over (a blank line or a sibling item: a line holding an amount)."""
    line = text[start:line_end].strip()
    # ("- 3050zł": glued to its figure; "7. Gmina A kwotę 454 668,55": a sibling whose currency the list left out)
    money = CURRENCY_WORD.search(line) or GLUED_CURRENCY.search(line) or _GROSZE_END.search(line)
    if line.endswith(":"):
        # a heading with its own sum lends its kind only when it is a grant split among the named items
        # ("Kwota dofinansowania wyniosła 105 000 zł:\n1. Szkoła A – 35 000 zł": rule 3, a list of recipients)
        # ("Wkład własny wynosi 9 664,00 zł, w podziale na:\nSzkołę Podstawową Nr 1 - 6 264,00": any sum split among
        # the items, each item a part of the kind the heading names)
        return "" if money and not (_GRANT_HEADING.search(line) or _SPLIT_HEADING.search(line)) else line
    if line and not money:
        return ""
    return "" if start == 0 else None


_HEADING_REACH = 12  # lines walked up from an amount's line to its list's heading


def bare_item(text: str, start: int) -> bool:
    """Whether the amount at `start` ends an item of a list of names with their sums, with no cue of its own:
    "…: GBP w Borowie - 16 667 zł" (the cue before the colon), not "…, dotacja na zwrot podatku – 40 566 zł"."""
    item_start = max(text.rfind(c, max(0, start - 80), start) for c in ",;:\n") + 1
    item = text[item_start:start]
    return bool(_DASH_END.search(item)) and not heads_in(item)


# A verb of getting in the first item of a list of names with sums: "Klub A dostał 62 tys. zł, Klub B - 40 tys. zł".
_GOT_VERB = re.compile(rf"\b(?:{GOT_STEMS}|dosta)\w*", re.I)  # `GRANTED` with "dostanie", "dostaje" too


# ... or a verb of giving right after its sum: "kwotą 1 tys. zł wsparto Stowarzyszenie A, Klub B - 8 tys. zł".
_GAVE_AFTER = re.compile(r"[ \u00a0]*(?:wspar|przyzna|przekaza|dofinansowa)\w*", re.I)


def got_item(text: str, start: int, end: int) -> bool:
    """Whether the item that holds the amount at `start`..`end` says its unit got it ("…, Klub A dostał 62 tys. zł",
    "kwotą 1 tys. zł wsparto Stowarzyszenie A, …"), so the names with their sums after it share its verb; not a label
    ("dotacja na zwrot podatku – 40 566 zł")."""
    item_start = max(text.rfind(c, max(0, start - 80), start) for c in ",;:\n") + 1
    return _GOT_VERB.search(text, item_start, start) is not None or _GAVE_AFTER.match(text, end) is not None
