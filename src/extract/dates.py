"""Dates in Polish prose: every date mention with its position and context, never a guessed fix.

One master regex finds every date shape in a single left-to-right pass; each match is then
checked (calendar, plausible year, calendar-widget grids) in small pure functions.  A shape that
is clearly a date but cannot be a real one ("31.03.20121", "30 lutego 2020") is reported with
value None and a warning naming the text, so a typo is never silently "corrected".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from extract.figures import figure_spans
from extract.regex_starts import digit_class

Precision = Literal["day", "month", "quarter", "half", "year"]

#: Years a valid date may have; a day-precision date outside is reported as implausible.
MIN_YEAR = 1990
MAX_YEAR = 2100


@dataclass(frozen=True, slots=True)
class DateMention:
    value: date | None  # first day of the span; None when impossible or unresolvable
    last: date | None  # last day of the span (== value for day precision)
    precision: Precision
    text: str  # as printed, e.g. "16 listopad 2018", "31.03.20121 r."
    start: int
    end: int
    warning: str | None = None  # set when value is None, names the text


# Month names in every case a date uses: nominative (Joomla/K2 "16 listopad 2018"), genitive
# ("16 listopada"), locative ("w listopadzie"), plus the same without diacritics (ASCII sites).
_MONTH_FORMS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, ("styczeń", "stycznia", "styczniu", "styczen")),
    (2, ("luty", "lutego", "lutym")),
    (3, ("marzec", "marca", "marcu")),
    (4, ("kwiecień", "kwietnia", "kwietniu", "kwiecien")),
    (5, ("maj", "maja", "maju")),
    (6, ("czerwiec", "czerwca", "czerwcu")),
    (7, ("lipiec", "lipca", "lipcu")),
    (8, ("sierpień", "sierpnia", "sierpniu", "sierpien")),
    (9, ("wrzesień", "września", "wrześniu", "wrzesien", "wrzesnia", "wrzesniu")),
    (
        10,
        (
            "październik",
            "października",
            "październiku",
            "pazdziernik",
            "pazdziernika",
            "pazdzierniku",
        ),
    ),
    (11, ("listopad", "listopada", "listopadzie")),
    (12, ("grudzień", "grudnia", "grudniu", "grudzien")),
)
#: Lower-case month word -> month number (1..12).
MONTHS: dict[str, int] = {form: number for number, forms in _MONTH_FORMS for form in forms}


def prefix_tree(words: list[str]) -> str:
    """A regex matching what the alternation of `words` longest first does, in the same order of tries.

    Their shared letters are written once ("lut(?:ego|ym|y)"), so a place where no word begins fails
    after a letter or two instead of after trying each word.  The words that match at one place are
    prefixes of one another; the tree tries a longer one before a shorter one, as the sorted
    alternation does, so matches and backtracking are the same.
    """
    firsts = sorted({word[0] for word in words if word})
    branches = [re.escape(first) + prefix_tree([word[1:] for word in words if word[:1] == first]) for first in firsts]
    if "" in words:
        branches.append("")  # the word ends here: tried after every longer one
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def prefix_tree_after(words: list[str], not_before: str) -> str:
    """`(?<!not_before)` then `prefix_tree(words)`, written so that it opens with an alternation of letters, which
    the regex engine skips to at C speed (a regex opening with a look-behind is tried at every position): each
    first letter, the look-behind after it, then the rest of the tree.  The same matches."""
    firsts = sorted({word[0] for word in words})
    return (
        "(?:"
        + "|".join(
            rf"{re.escape(a)}(?<!{not_before}{re.escape(a)}){prefix_tree([w[1:] for w in words if w[:1] == a])}"
            for a in firsts
        )
        + ")"
    )


#: Every month word as sites print it (lower, Capitalised, UPPER), longest first (`prefix_tree`).
#: Listed instead of matched with re.IGNORECASE, which would also let in look-alikes
#: ("ſtycznia" with a long s) that `MONTHS` cannot look up.
MONTH_WORDS = sorted({f(w) for w in MONTHS for f in (str.lower, str.capitalize, str.upper)}, key=len, reverse=True)
MONTH_PATTERN = prefix_tree(MONTH_WORDS)
#: The lower-case words alone, for a pattern compiled with re.IGNORECASE as a whole: there it matches what MONTH_PATTERN
#: matches, trying the same lengths in the same order (MONTH_PATTERN's three cases only try each length three times,
#: failing the same way each time), and compiles about 3 times faster (3.5 -> 1.2 ms).
MONTH_PATTERN_ANY_CASE = prefix_tree(sorted(MONTHS, key=len, reverse=True))

_MONTH_INITIALS = "".join(sorted({w[0] for w in MONTHS} | {w[0].upper() for w in MONTHS}))

_ROMAN: dict[str, int] = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
    "XI": 11,
    "XII": 12,
}
_ROMAN_PATTERN = "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"
# A month's first three letters ("maj" is the whole word, read as such).
_ABBREVIATED = dict(sty=1, lut=2, mar=3, kwi=4, cze=6, lip=7, sie=8, wrz=9, paź=10, paz=10, lis=11, gru=12)
_ABBREVIATED_PATTERN = "|".join(_ABBREVIATED) + r"(?![^\W\d_])"

# Horizontal space only: a date never spans a line break (calendar widgets do).
_HS = r"[ \t\u00a0\u2009\u202f]"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
# A year directly followed by a currency or a count is a number, not a year ("15 maja 2000 zł").
_NOT_A_QUANTITY = rf"(?!{_HS}*(?:zł|PLN|złotych|osób|os\.|tys|mln))"
_MONTH = rf"(?:{MONTH_PATTERN}){_NOT_LETTER_AFTER}"
# An apostrophe standing for a year's century: "VII’22" (typographic or straight).
_APOSTROPHE = r"[’'`´]"
_RELATIVE = r"(?:b\.\s?r\.|br\.|br\b|bież\.\s?r\.|bieżącego" + _HS + r"+roku)"

_DATE = re.compile(
    # Only a digit, I/V (quarters) or a month's initial can start a date: skip the rest cheaply.  In each
    # branch below the look-ahead at its first character comes before the look-behind: at most places the
    # look-ahead fails, and the look-behind (which passes at every word start) is not tried.
    rf"(?=[\dIVX{_MONTH_INITIALS}])(?:"
    # Dates led by a digit; the shared guard makes every other position fail at once.
    r"(?=\d)(?<![\d.,])(?:"
    # 04.10.2020, 4/10/2020; a year of 5-6 digits is captured so a typo stays whole
    rf"(?<!/)(?P<nd>\d{{1,2}})(?P<ns>[./])(?P<nm>\d{{1,2}})(?P=ns)(?P<ny>\d{{4,6}})(?![\d]|[.,]\d)"
    # 04-10-2020 (never inside a longer chain of dashed numbers)
    rf"|(?<![/-])(?P<hd>\d{{1,2}})-(?P<hm>\d{{1,2}})-(?P<hy>\d{{4,6}})(?![\d]|[.,-]\d)"
    # 2019-01-27, and the year first with dots or slashes as BIP systems print it: 2019.01.27, 2019/01/27
    rf"|(?<!/)(?P<iy>\d{{4}})(?P<is>[-./])(?P<im>\d{{1,2}})(?P=is)(?P<id>\d{{1,2}})(?![\d]|[.,/]\d)"
    # 16 listopada 2018, 16 listopad 2018, 27 kwietnia br., 1-go stycznia 2023 (an ordinal's ending)
    rf"|(?P<td>\d{{1,2}})(?:\.|-?(?:go|ego)(?!\w))?{_HS}+(?P<tm>{_MONTH}){_HS}+"
    rf"(?:(?P<br>{_RELATIVE})|(?P<ty>\d{{4,6}})(?!\d){_NOT_A_QUANTITY})"
    # 16 cze 2014, 3 lis. 2021: a month's three letters, as some CMS print a byline (only between a day and a year:
    # alone, "sie" is "się" without its diacritic and "lis" a fox)
    # (no word but "r."/"roku" after the year: "2 lis 2000 kg karmy" is a quantity)
    rf"|(?P<ad>\d{{1,2}}){_HS}+(?P<am>(?i:{_ABBREVIATED_PATTERN}))\.?{_HS}+(?P<ay>\d{{4}})(?!\d){_NOT_A_QUANTITY}"
    rf"(?!{_HS}*(?!r\.|r{_NOT_LETTER_AFTER}|roku{_NOT_LETTER_AFTER})[^\W\d_])"
    # 16 XI 2018, 16.XI.2018
    rf"|(?P<rd>\d{{1,2}})(?:{_HS}+|\.{_HS}?)(?P<rm>{_ROMAN_PATTERN})(?:{_HS}+|\.{_HS}?)"
    rf"(?P<ry>\d{{4,6}})(?!\d){_NOT_A_QUANTITY}"
    # 01.2020, 06/2021 (two-digit month only: "8.1" or "2.5" are never dates)
    rf"|(?<![/-])(?P<nmm>\d{{2}})[./](?P<nmy>\d{{4}})(?![\d]|[.,/-]\d)"
    r")"
    # I kwartał 2021, 2 kw. 2021
    rf"|(?=[IV1-4])(?<!\w)(?P<q>IV|III|II|I|[1-4])\.?{_HS}+(?i:kwarta(?:łem|łu|le|ł|l)|kw\.){_HS}+"
    rf"(?P<qy>\d{{4}})(?!\d)"
    # I półrocze 2022, w II półroczu 2023 r.
    rf"|(?=[I12])(?<!\w)(?P<hq>II|I|[12])\.?{_HS}+(?i:półrocz(?:em|e|a|u)){_HS}+(?P<hqy>\d{{4}})(?!\d)"
    # styczeń 2020, w styczniu 2020, stycznia 2020, kwietnia br., lipiec’22 (an apostrophe for the century)
    rf"|(?=[{_MONTH_INITIALS}]){_NOT_LETTER_BEFORE}(?P<mm>{_MONTH})(?:{_HS}+"
    rf"(?:(?P<mr>{_RELATIVE})|(?P<my>\d{{4}})(?!\d){_NOT_A_QUANTITY})|{_APOSTROPHE}(?P<msy>\d{{2}})(?![\d.,]\d|\d))"
    # VII.2022, VII’22, VII'2022: a Roman month with a year and no day
    rf"|(?=[IVX])(?<![\w.])(?P<rmm>{_ROMAN_PATTERN})(?:\.{_HS}?(?P<rmy>\d{{4}})|{_APOSTROPHE}(?P<rsy>\d{{2}}|\d{{4}}))"
    rf"(?![\d]|[.,]\d){_NOT_A_QUANTITY}"
    r")"
    # the " r." / " roku" that follows a Polish date belongs to it
    # (also a bare "r" with its dot left off: "od 1 lipca 2017 r do …")
    rf"(?P<suffix>{_HS}?(?:r\.|r{_NOT_LETTER_AFTER}|roku{_NOT_LETTER_AFTER}))?"
)

# Where a _DATE match can begin, found at C speed instead of trying _DATE at every position (it opens with a
# look-ahead, which the regex engine cannot skip to: about 0.1 ms a 2.4 KB article).  Every branch of _DATE starts
# at one of these, so trying it only there finds exactly its `finditer` matches (`_date_matches`).  Each regex opens
# with a class of ranges, every digit (DIGITS) and a few letters, which the engine skips to fast.
# * A digit after no digit (the digit-led branches and the quarters "2 kw.", with its run of digits) or an I, V or
#   X after no letter or digit (quarters, halves, Roman months): `extract.figures`, whose spans of a page's text the
#   period's years and the phones' prefilter use too (found once a page).
# * A month word after no letter that opens a date ("w styczniu 2020", "kwietnia br.", "lipiec’22"): it is followed
#   by spaces and a year's digit or the "b" of "br."/"b.r."/"bież", or by an apostrophe.  Month words begin with
#   common letters, so they are found from those rarer characters, in the reversed text, back over the spaces: the
#   month word reversed, no letter after it (before it in the text).
_DIGIT_OR_B = digit_class("b’'`´")  # [{DIGITS}b’'`´]
_MONTH_REVERSED = re.compile(
    rf"{_DIGIT_OR_B}(?:(?<=[\db]){_HS}+|(?<=[’'`´]))"
    rf"{prefix_tree([w[::-1] for w in MONTH_WORDS])}{_NOT_LETTER_AFTER}"
)
_SHORT = 200  # characters: a line or a cell is scanned whole, faster than looking for the places first
# What follows the run of digits a date begins with: one or two digits (a day, a month, a quarter) before a dot, a
# slash, a dash, an ordinal's "go"/"ego" or a space; a year of four before its separator ("2019-01-27").  Other runs
# (a sum's "1 000", a phone, a year in prose, "2,5") begin no date: _DATE (about 1 µs a try) is not tried there.
_AFTER_DAY = frozenset("./-ge \t\u00a0\u2009\u202f")
_AFTER_YEAR = frozenset("-./")


def _date_matches(text: str) -> list[re.Match[str]]:
    """`list(_DATE.finditer(text))`, with _DATE tried only where a match can begin."""
    if len(text) < _SHORT:
        return list(_DATE.finditer(text))
    starts = [
        start
        for start, end in figure_spans(text)
        if text[start] in "IVX"  # (a Roman numeral's span: one letter)
        or (end - start <= 2 and text[end : end + 1] in _AFTER_DAY)
        or (end - start == 4 and text[end : end + 1] in _AFTER_YEAR)
    ]
    size = len(text)
    starts += [size - m.end() for m in _MONTH_REVERSED.finditer(text[::-1])]
    starts.sort()
    found: list[re.Match[str]] = []
    end = 0  # as finditer: the next match begins where the last one ended, or later
    for at in starts:
        if at >= end and (match := _DATE.match(text, at)):
            found.append(match)
            end = match.end()
    return found


# Calendar widgets: a day grid ("5 6 7 8 9 10 11") or weekday header line right after a month.
_GRID_LINE = re.compile(
    r"[^\S\n]*\n[^\S\n]*(?:(?:\d{1,2}[^\S\n]+){3}|(?:(?:Pn|Wt|Śr|Cz|Pt|So|Nd|N|Pon|Wto)\b[^\S\n]*){3})"
)
_GRID_BEFORE = re.compile(rf"\d{{1,2}}{_HS}+\Z")
_GRID_LINE_BEFORE = re.compile(r"(?:\d{1,2}[^\S\n]+){2}\d{1,2}[^\S\n]*\n[^\S\n]*\Z")


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month (a month-precision date stands for all of it)."""
    return date(year, month, 1), _last_day(year, month)


def quarter_span(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of a quarter."""
    return date(year, 3 * quarter - 2, 1), _last_day(year, 3 * quarter)


def half_span(year: int, half: int) -> tuple[date, date]:
    """First and last day of a half-year ("II półrocze 2022")."""
    return date(year, 6 * half - 5, 1), _last_day(year, 6 * half)


def year_span(year: int) -> tuple[date, date]:
    """First and last day of a year."""
    return date(year, 1, 1), date(year, 12, 31)


def plausible_year(year: int) -> bool:
    """Whether a year can be a date on a page about current public funding."""
    return MIN_YEAR <= year <= MAX_YEAR


def _full_year(digits: str) -> int:
    """A year as printed; an apostrophe's two digits ("’22") name a year of 1990-2089."""
    if len(digits) != 2:
        return int(digits)
    return (1900 if int(digits) >= 90 else 2000) + int(digits)


def _day_mention(m: re.Match[str], core: str, y: str, mo: int, d: str, *, dashed: bool = False) -> DateMention | None:
    """A day-precision mention, or a warned one when it is impossible or implausible."""
    text, start, end = m.group(0), m.start(), m.end()
    if dashed and (mo > 12 or int(d) > 31):
        return None  # dashes with no date shape: a phone or reference number, not a date typo
    problem: str | None = None
    if len(y) != 4 or not 1 <= mo <= 12:
        problem = f'impossible date "{core}"'
    else:
        try:
            value = date(int(y), mo, int(d))
        except ValueError:
            problem = f'impossible date "{core}"'
        else:
            if plausible_year(value.year):
                return DateMention(value, value, "day", text, start, end)
            problem = f'implausible year {y} in "{core}"'
    return DateMention(None, None, "day", text, start, end, problem)


def _relative(m: re.Match[str], core: str, mo: int, d: str | None, reference: date | None) -> DateMention:
    """A date in the current year ("27 kwietnia br."), resolved against the publication date."""
    text, start, end = m.group(0), m.start(), m.end()
    precision: Precision = "day" if d else "month"
    if reference is None:
        warning = f'relative date "{core}" cannot be resolved: no publication date'
        return DateMention(None, None, precision, text, start, end, warning)
    if d is None:
        first, last = month_span(reference.year, mo)
        return DateMention(first, last, "month", text, start, end)
    try:
        value = date(reference.year, mo, int(d))
    except ValueError:
        return DateMention(None, None, "day", text, start, end, f'impossible date "{core}"')
    return DateMention(value, value, "day", text, start, end)


def _span(m: re.Match[str], precision: Precision, first: date, last: date) -> DateMention:
    return DateMention(first, last, precision, m.group(0), m.start(), m.end())


def _mention(m: re.Match[str], text: str, reference: date | None) -> DateMention | None:
    """Turn one regex match into a mention; None for shapes that turn out not to be dates."""
    g = m.groupdict()
    core = text[m.start() : m.start("suffix")] if g["suffix"] else m.group(0)
    if g["nd"] is not None:
        return _day_mention(m, core, g["ny"], int(g["nm"]), g["nd"])
    if g["hd"] is not None:
        return _day_mention(m, core, g["hy"], int(g["hm"]), g["hd"], dashed=True)
    if g["iy"] is not None:
        return _day_mention(m, core, g["iy"], int(g["im"]), g["id"])
    if g["br"] is not None:
        return _relative(m, core, MONTHS[g["tm"].lower()], g["td"], reference)
    if g["mr"] is not None:
        return _relative(m, core, MONTHS[g["mm"].lower()], None, reference)
    if g["ad"] is not None:
        return _day_mention(m, core, g["ay"], _ABBREVIATED[g["am"].lower()], g["ad"])
    if g["td"] is not None or g["rd"] is not None:
        if _GRID_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            return None  # "30 31 Wrzesień 2019": a day grid running into a month header
        if g["td"] is not None:
            return _day_mention(m, core, g["ty"], MONTHS[g["tm"].lower()], g["td"])
        return _day_mention(m, core, g["ry"], _ROMAN[g["rm"]], g["rd"])
    if g["q"] is not None:
        year, quarter = int(g["qy"]), _ROMAN.get(g["q"]) or int(g["q"])
        if not plausible_year(year):
            return None
        return _span(m, "quarter", *quarter_span(year, quarter))
    if g["hq"] is not None:
        year, half = int(g["hqy"]), _ROMAN.get(g["hq"]) or int(g["hq"])
        if not plausible_year(year):
            return None
        return _span(m, "half", *half_span(year, half))
    if g["rmm"] is not None:
        year = _full_year(g["rmy"] or g["rsy"])
        if not plausible_year(year):
            return None
        return _span(m, "month", *month_span(year, _ROMAN[g["rmm"]]))
    if g["mm"] is not None:
        year = _full_year(g["msy"] or g["my"])
        month = MONTHS[g["mm"].lower()]
        if (
            not plausible_year(year)
            or _GRID_LINE.match(text, m.end())
            or _GRID_LINE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            return None  # a history date, or the header of a calendar widget
        return _span(m, "month", *month_span(year, month))
    year, month = int(g["nmy"]), int(g["nmm"])
    if not plausible_year(year) or not 1 <= month <= 12:
        return None
    return _span(m, "month", *month_span(year, month))


def find_dates(text: str, *, reference: date | None = None) -> list[DateMention]:
    """Every date in `text`, in order; relative ones ("27 kwietnia br.") use `reference`'s year."""
    found: list[DateMention] = []
    for m in _date_matches(text):
        mention = _mention(m, text, reference)
        if mention is not None:
            found.append(mention)
    return found


def parse_date(text: str, *, reference: date | None = None) -> date | None:
    """The first valid day-precision date in a short string: a date line or a metadata cell."""
    for mention in find_dates(text, reference=reference):
        if mention.precision == "day" and mention.value is not None:
            return mention.value
    return None
