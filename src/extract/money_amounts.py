"""How Polish pages print a sum, as one grammar scanned over every text.

A currency marker is required, so phone numbers, postcodes and counters never read as money; the scan skips
to the places an amount can start because it runs over whole pages.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from extract.figures import figure_spans
from extract.model import AmountKind, Currency
from extract.money_words import AMOUNTS_TO, NUMERAL
from extract.org_names import matches_from, text_cues
from extract.regex_starts import digit_class


@dataclass(frozen=True, slots=True)
class MoneyMention:
    value: Decimal
    kind: AmountKind
    text: str  # the amount as printed, e.g. "335 545,87 zł"
    start: int  # offsets of `text` in the input
    end: int
    currency: Currency = "PLN"
    # the amount's sentence says one named unit got it ("Projekt otrzymał …", "- Szczecin – 93,5 mln zł"): no pool
    one_recipient: bool = False


# Thousands separators Polish sites print: space, NBSP, thin and narrow no-break spaces.
SP = r"[ \u00a0\u2009\u202f]"
# Integer part: dot groups "1.234.567", space groups "1 234 567", or plain digits "12000".
# (or apostrophe groups "1'000'000", as Swiss-style spreadsheets print them)
INT = (
    r"(?:\d{1,3}(?:\.\d{3}(?!\d)){1,5}"
    rf"|\d{{1,3}}(?:{SP}\d{{3}}(?!\d)){{1,5}}"
    r"|\d{1,3}(?:['’]\d{3}(?!\d)){1,5}"
    r"|\d{1,15})"
)
# Fraction: ",87", "2,5 mln", ".50", or "no grosze" marks: ",-", ",–", ".-" ("150.- zł"), a bare "," ("51 120,  zł").
# A spaced comma is a decimal one before grosze ("38 412 509, 17 zł") or one digit before a multiplier ("12, 5 tys. zł":
# a list of bare numbers sharing a multiplier ends with "i"/"oraz"/"lub"/"albo" before its last, "8, 9 lub 10 mln"),
# or two or three after a one-digit whole part ("1, 105 mln zł").
FRAC = (
    rf"(?:\.(?=tys|mln|mld)|,\d{{1,6}}(?!\d)|,{SP}\d{{2}}(?!\d)"
    rf"|,{SP}\d(?!\d)(?={SP}*(?:tys|tyś|mln|mld|mil|MLN|TYS|Mln|Tys))"
    # ("1, 105 mln zł": three digits only after a one-digit whole part that is no list's item, "nr 1," nor "100, 150")
    rf"|(?<![\d.,]\d)(?<![\d.,]{SP}\d)(?<!nr{SP}\d)(?<=\d),{SP}\d{{2,3}}(?!\d)(?={SP}*(?:tys|tyś|mln|mld|mil|MLN|TYS|Mln|Tys))"
    r"|\.\d{1,2}(?!\d)|[,.][-–—‐]{1,2}|,)"
)
# ("150 ty. zł": a "tys." with its s dropped, only right before the currency)
MULT = (
    r"(?:mln|mld|tys|tyś|ty(?=\.[ \u00a0]*(?:zł|złotych|PLN))"
    r"|mil(?:ion|iard)(?:ów|y|a)?|tysi(?:ęcy|ące|ąca|ąc)|MLN|MLD|TYS|Mln|Mld|Tys)"
)
# Capitalised "Złoty"/"Złote" are place names (Złoty Stok, Złote Tarasy), not the currency.
# Euro too: cross-border (Interreg) projects are budgeted in it; the mention carries the currency.
_CURRENCIES: tuple[str, ...] = (
    # ("zlotych", "ZŁOTYCH": a page without Polish letters, a headline in capitals)
    *("złotych", "złotego", "złote", "złoty", "zł", "ZŁOTYCH", "Zł", "ZŁ", "zlotych", "zl", "PLN", "pln", "Pln"),
    *(_EURO := ("EURO", "EUR", "Euro", "euro", "€")),
    # the Swiss-Polish Cooperation Programme budgets in francs: "489 mln CHF", "1 mld franków szwajcarskich"
    *(_FRANCS := ("CHF", "franków szwajcarskich", "franki szwajcarskie", "franków", "franki")),
)
_CUR = f"(?:{'|'.join(_CURRENCIES)})"
EURO_MARKS = frozenset(_EURO)
FRANC_MARKS = frozenset(_FRANCS)
# What may follow a multiplier before the currency: "4 mln 132 tys. 500 złotych", "783 tys. 750 zł".
_REST = (
    # ("1 miliard 12 milionów złotych": millions after billions)
    # (only a lower multiplier: thousands after millions or billions, millions after billions; "5 mln 12 mln zł" is
    # two sums, and the match must not swallow the second: the groups `hi` and `big` say what the first one was)
    rf"(?:(?P<num2>\d{{1,3}}){SP}*"
    rf"(?P<mult2>(?(hi)(?:tysi(?:ęcy|ące|ąc)|tyś|tys)|(?!))|(?(big)(?:milion(?:ów|y|a)?|mln)|(?!)))(?!\w)\.?{SP}*)?"
    rf"(?:(?P<num3>\d{{1,3}}){SP}+)?"
)
_OREST = (
    _REST.replace("num2", "onum2")
    .replace("mult2", "omult2")
    .replace("num3", "onum3")
    .replace("(?(hi)", "(?(ohi)")
    .replace("(?(big)", "(?(obig)")
)
# What the multiplier just read was, for `_REST`: billions (`big`), millions or more (`hi`), told by its last letters.
_MAGNITUDE = (
    r"(?:(?:(?<=ld)|(?<=LD)|(?<=rd)|(?<=rdy)|(?<=rda)|(?<=rdów))(?P<big>)|)"
    r"(?:(?:(?<=ld)|(?<=LD)|(?<=rd)|(?<=rdy)|(?<=rda)|(?<=rdów)|(?<=ln)|(?<=LN)|(?<=ion)|(?<=iony)|(?<=iona)"
    r"|(?<=ionów))(?P<hi>)|)"
)

# A sum restated in words in brackets: "(słownie: …)", or the words alone, closed by the currency or the grosze
# ("( dwa miliony … złote 41/100 )"; not "(trzy tysiące zł więcej niż rok temu)", a sum of its own).
IN_WORDS = (
    rf"\({SP}*(?:słownie|(?:{NUMERAL}|milion\w*|miliard\w*|tysiąc\w*)"
    rf"(?=[^)\n]{{0,160}}?(?:złot\w*|zł\.?|/100){SP}*\)))"
)

# The forms of "wynieść"/"wynosić" a sum with no currency word may follow (fixed-width look-behinds).
_AFTER_VERB = "".join(rf"|(?<={word}{SP})" for word in AMOUNTS_TO)

# A unit of measure after a figure: "długość wynosi 1 250,00 m", "1 228,35 m2", "3 400,00 km": no sum.
_MEASURE = r"(?:m(?:2|²|3|³|b|kw)?|km|ha|ar|%|proc|szt|os|osób|kg|ton|t|l|mm|cm|dni|godz|h)(?![\w])"

# Right after a cue that numbers an item or a paragraph: "poz. 3", "§ 2", "nr 4", "pkt 1", "ust. 2", "art. 5", "lp. 6".
_NUMBERED = (
    rf"(?:(?<=poz\.{SP})|(?<=§{SP})|(?<=§)|(?<=nr{SP})|(?<=Nr{SP})|(?<=pkt{SP})|(?<=ust\.{SP})|(?<=art\.{SP})"
    rf"|(?<=lp\.{SP})|(?<=Lp\.{SP})|(?<=poz{SP}))"
)
_XMAGNITUDE = _MAGNITUDE.replace("P<big>", "P<xbig>").replace("P<hi>", "P<xhi>")

_AMOUNTS = (
    # 5 000 PLN, 335 545,87 zł, 2,5 mln zł, 150 tys. zł
    # (or glued to a date a flattened table printed before it: "12.04.202287 000,00 zł")
    # ("1 350594,39 PLN", "80. 000,00 zł": digits grouped irregularly, read as one number only right before grosze)
    # (or after a date and a space: "12.04.2022 87 000,00 zł", where a digit and a space before are no group's end)
    rf"(?:(?<![\w.,])(?:(?<!\d{SP})|(?<=\d{{2}}\.\d{{2}}\.\d{{4}}{SP}))|(?<=\d{{2}}\.\d{{2}}\.\d{{4}}))"
    rf"(?P<num>{INT}|(?P<loose>(?:(?!(?:19|20)\d\d)\d{{4}}|\d{{1,3}})(?:{SP}\d{{3,6}}){{1,3}}(?=,\d{{2}}(?!\d))"
    # ("80. 000,00": one dotted group, never at a line's start, where "1. 228 835,00 zł" numbers a list item)
    rf"|(?<=.)(?<!\n)\d{{1,3}}\.{SP}\d{{3}}(?=,\d{{2}}(?!\d))"
    # ("1 228.285,35 zł", "2 769.333,22 zł", "1.088. 000 zł": three-digit groups whatever mix of space and dot divides
    # them, a dot with a space after it only between two groups, never after a line's first number: "1. 228 835,00")
    # (after a number's cue, a space group before a dot group only before grosze: "poz. 3 120.000 zł", "§ 2 100.000
    # zł" are a count and a sum, not 3 120 000; "12 500.000 zł" with no cue before stays one number)
    rf"|(?!{_NUMBERED}\d{{1,3}}(?:[.{SP[1:-1]}]{{1,2}}\d{{3}}(?!\d))*?{SP}\d{{3}}\.\d{{3}}(?!\d)"
    rf"(?:[.{SP[1:-1]}]{{1,2}}\d{{3}}(?!\d))*+(?!,\d{{2}}(?!\d)))"
    rf"\d{{1,3}}(?:(?:{SP}|\.(?!{SP}))\d{{3}}(?!\d)|(?<=[.{SP[1:-1]}]\d{{3}})\.{SP}\d{{3}}(?!\d)){{2,5}})"
    # ("20,000,-zł", "1 169,381,74 zł", "1,250,000.00 zł": comma thousands, as a spreadsheet prints them, read only
    # before a decimal part or a no-grosze mark, where "1,234 zł" alone stays ambiguous)
    # ("7.600,000,00 zł": a dot group before them)
    rf"|\d{{1,3}}(?:[,.{SP[1:-1]}]\d{{3}}(?!\d))*,\d{{3}}(?=,(?:\d{{2}}(?!\d)|[-–—‐])|\.\d{{2}}(?!\d))"
    # ("254 056,50\nzł": a line wrapped between the number and its currency)
    # (or between the number and its multiplier: "kosztować w sumie 977\ntysięcy złotych"; not after a year, where
    # "Plan 2023\ntys. zł" is a flattened table's column header)
    # ("8 i pół miliona złotych": a half of the multiplier more)
    rf")(?P<frac>{FRAC})?{SP}*(?:(?P<half>i{SP}+pół{SP}+)?(?:(?<!(?:19|20)\d\d)\n{SP}*)?(?P<mult>{MULT}){_MAGNITUDE}\.?{SP}*{_REST})?"
    rf"(?:\n{SP}*)?(?P<cur>{_CUR})(?!\w)"
    # milion 700 tysięcy zł, miliard złotych: the word itself is the number one
    rf"|(?<!\w)(?P<one>[Mm]ilion|[Mm]iliard)(?:(?<=iard)(?P<obig>)|)(?P<ohi>)(?=[ \u00a0])\s*{_OREST}"
    rf"(?:(?P<ocur>{_CUR})(?!\w))?"
    # 1 940 200,00 z Funduszu …: grouped with grosze, no currency word, a source or use after it
    rf"|(?<![\w.,])(?<!\d{SP})(?P<bnum>\d{{1,3}}(?:{SP}\d{{3}}){{1,4}}),(?P<bfrac>\d{{2}})"
    rf"(?={SP}+(?:z|ze|na|dla)\s)"
    # "Całkowita wartość projektu: 1 928 433,60." or "35 637,08 (słownie: …)": no currency word, but a
    # label or the words after say it is money (kept only under a money cue, see find_amounts)
    # ("7. Gmina Leśniowice kwotę 454 668,55": after the money noun "kwota", in the case its verb takes)
    # (or after the verb "wynieść" in any of its forms: "Całkowita wartość zadania wyniesie 189 617,80 ."; dot groups
    # too, and a comma after: "dofinansowanie ze środków unijnych: 279.065,71, a wkład własny …")
    rf"|(?:(?<=:{SP})|(?<=:)|(?<=[–—-]{SP})|(?<=kwot[ęyą]{SP})|(?<=kwocie{SP}){_AFTER_VERB})"
    rf"(?P<lnum>\d{{1,3}}(?:{SP}\d{{3}}){{1,4}}|\d{{1,3}}(?:\.\d{{3}}){{1,4}}|\d{{4,9}}),(?P<lfrac>\d{{2}})(?=[.;,]?(?:\s|$))(?!{SP}*{_MEASURE})"
    # "1 214 123,38" alone on its line with its label on the next ("Koszt całkowity"): a flattened card
    rf"|(?<=\n)(?P<vnum>\d{{1,3}}(?:{SP}\d{{3}}){{0,4}}),(?P<vfrac>\d{{2}})(?={SP}*\n)"
    rf"|(?<![\w.,])(?<!\d{SP})(?P<snum>\d{{1,3}}(?:{SP}\d{{3}}){{0,4}}),(?P<sfrac>\d{{2}})(?={SP}*{IN_WORDS})"
    # "320 tys. przekazanych przez wojewodę": a multiplier and no currency, money only under a cue
    rf"|(?<![\w.,])(?<!\d{SP})(?P<xnum>{INT})(?P<xfrac>,\d{{1,3}})?{SP}*(?P<xmult>{MULT}){_XMAGNITUDE}\.?"
    rf"(?:{SP}*(?P<xnum2>\d{{1,3}}){SP}*(?P<xmult2>(?(xhi)(?:tys|tyś|tysi(?:ęcy|ące|ąc))|(?!)))\.?)?(?!\w)"
    # "dziesięciu tysięcy złotych", "pół miliona zł"; "trzy miliony" with no currency only under a cue
    rf"|(?P<words>{NUMERAL})\s+(?P<wmult>tysi(?:ąca|ąc|ące|ęcy|ącach|ącami)|milion(?:a|y|ów)?|miliard(?:a|y|ów)?)(?!\w)"
    rf"(?:\s+(?P<wcur>{_CUR})(?!\w))?"
    # PLN 5 000
    rf"|(?<!\w)(?:PLN){SP}*(?P<pnum>{INT})(?P<pfrac>,\d{{1,2}}|\.\d{{1,2}})?(?![\d]|{SP}\d|[.,]\d)"
)
# Only a digit, "PLN" or a word that starts a number ("milion", a numeral) can start an amount, and such
# a word starts after no letter: the lookahead skips other positions cheaply.
_AMOUNT = re.compile(rf"(?=\d|(?<!\w)[PMmjdtcpso])(?:{_AMOUNTS})")
# Where no word can start one ("milion", "trzy tysiące" need a "mili" or a "tysi"), the matches are those of
# _FIGURES, `(?=[\dP])(?:{_AMOUNTS})`, which is not compiled: `_Figures` tries it only at a digit or at a "P" after no
# letter or digit (_FIGURE_START), where that look-ahead and _AMOUNT's both pass and the rest is one alternation, so it
# tries _AMOUNT there: the same matches, and the extractor's largest pattern compiled once at import, not twice.
# Where a _FIGURES match can begin: each of its branches looks behind its first character, for a digit no letter,
# digit, "." or "," (or a date it is glued to: "12.04.202287 000,00 zł"), for the "P" of "PLN" no letter or digit.
# So the "11" and "2023" of "19.11.2023" are not tried.  A class first (of ranges, DIGITS): the regex engine skips to
# such a place at C speed, where _FIGURES (a look-ahead first) is tried at every position.
_FIGURE_START = re.compile(rf"{digit_class('P')}(?:(?<=\d)(?:(?<![\w.,].)|(?<=\d\d\.\d\d\.\d{{4}}.))|(?<=P)(?<!\w.))")


_SHORT = 200  # characters: a shorter text is scanned for its figure starts whole
_GLUED_DATE = re.compile(r"\d\d\.\d\d\.")  # a date's day and month before its year: "12.04." of "12.04.202287"


def _figure_starts(text: str) -> list[int]:
    """Every place `_FIGURE_START` finds, in order.  In a long text read from the page's figures (`extract.figures`,
    found once a page; the "P"s with str.find): a run of digits's first after no letter, digit, "_", "." or ",", the
    fifth of a run glued to a date ("12.04.202287": the year's four digits, then the sum's), a "P" after no word
    character."""
    if len(text) < _SHORT:
        return [m.start() for m in _FIGURE_START.finditer(text)]  # (each match is one character: none hides another)
    starts = []
    for start, end in figure_spans(text):
        before = text[start - 1] if start else " "
        if not (before.isalnum() or before in "_.,") and text[start] not in "IVX":
            starts.append(start)
        if end - start > 4 and start >= 6 and _GLUED_DATE.match(text, start - 6):
            starts.append(start + 4)
    at = text.find("P")
    while at >= 0:
        if not at or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            starts.append(at)
        at = text.find("P", at + 1)
    starts.sort()
    return starts


# What every _FIGURES match that begins with a digit holds before its multiplier or currency: digits and the marks
# of its number's groups, grosze, "no grosze" dashes, white space and a wrapped line.  After that run comes a
# multiplier's or a currency's first letter (_LEADS), or the run holds a comma (the branches with grosze and no
# currency: "1 940 200,00 z", "Wartość: 1 928 433,60").  A figure without either (a date, a year, a count, a phone)
# starts no match: the alternation (about 2 µs a try) is not tried there.  The run is read at most _RUN_REACH
# characters far (a long one, a table's flattened columns, is left to the regex).
_RUN = re.compile(r"[\d.,'’ \u00a0\u2009\u202f\-–—‐\n]*")
_RUN_REACH = 64
_LEADS = frozenset("mtMTzZPpEe€")


def may_begin(text: str, at: int) -> bool:
    """False only where no _FIGURES match can begin at `at`, a digit (see _RUN) or a "P" (of which only "PLN 5 000"
    begins one: no other branch opens with that letter, and "Program", "Powiat", "Projekt" begin many words)."""
    if text[at] == "P":
        return text.startswith("PLN", at)
    run = _RUN.match(text, at, at + _RUN_REACH)  # (always a match, maybe empty)
    end = run.end() if run else at
    return (
        end - at >= _RUN_REACH
        or text[end : end + 1] in _LEADS
        or text.find(",", at, end) >= 0
        or text.startswith("i pół", end)  # ("8 i pół miliona złotych")
    )


class _Figures:
    """`_FIGURES.search(text, pos)` for a `pos` that never goes back, tried only at `_figure_starts` (about 30 in a
    3 KB article) where `may_begin` allows it: a place where no match begins is never tried again."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = _figure_starts(text)
        self.next = 0  # the first start not yet passed

    def search(self, pos: int) -> re.Match[str] | None:
        starts, k, text = self.starts, self.next, self.text
        while k < len(starts) and starts[k] < pos:
            k += 1
        found = None
        while k < len(starts) and (not may_begin(text, starts[k]) or (found := _AMOUNT.match(text, starts[k])) is None):
            k += 1
        self.next = k
        return found


def amount_matches(text: str) -> Iterator[re.Match[str]]:
    """_AMOUNT's matches (exactly `_AMOUNT.finditer(text)`'s), found with _FIGURES, several times faster.

    At a digit or a "P" both regexes are the same alternation; elsewhere only a sum in words can begin,
    and its words run into a "mili" or "tysi" ("milion", "trzy tysiące"): _AMOUNT is tried only at the
    word starts right before each of those, in order, before the next match _FIGURES finds.
    """
    figures = _Figures(text)
    if "mili" not in text and "tysi" not in text and "Mili" not in text:
        pos = 0
        while (figure := figures.search(pos)) is not None:
            yield figure
            pos = figure.end()  # a match is never empty
        return
    words = _word_starts(text)
    pos = k = 0
    while True:
        figure = figures.search(pos)
        limit = figure.start() if figure else len(text)
        found = None
        while found is None and k < len(words) and words[k] < limit:
            if words[k] >= pos:
                found = _AMOUNT.match(text, words[k])
            k += 1
        found = found or figure
        if found is None:
            return
        yield found
        pos = found.end()


def _word_starts(text: str) -> list[int]:
    """Where a sum in words can begin: each "mili"/"tysi" and the starts of the three words before it (a
    numeral has one to three words, white space between them and before the multiplier)."""
    starts: set[int] = set()
    for stem in ("mili", "tysi", "Mili"):
        at = text.find(stem)
        while at >= 0:
            starts.add(at)
            end = at
            for _ in range(3):
                space = end
                while space and text[space - 1].isspace():
                    space -= 1
                if space == end:
                    break  # no white space before: no word of the numeral there
                word = space
                while word and (text[word - 1].isalnum() or text[word - 1] == "_"):
                    word -= 1
                if word == space:
                    break
                starts.add(word)
                end = word
            at = text.find(stem, at + 1)
    return sorted(starts)


def _at_word_start(words: tuple[str, ...]) -> str:
    r"""`(?<!\w)(?:word|…)` written so that it opens with an alternation of letters, which the regex engine
    scans for at C speed (a regex opening with a look-behind is tried at every position): each word's
    first letter, the look-behind after it, then the rest.  Words with different first letters cannot
    match at one place, and each letter's words keep their order: the same matches."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(rf"{re.escape(a)}(?<!\w{re.escape(a)})(?:{'|'.join(r)})" for a, r in rests.items()) + ")"


CURRENCY_WORD = re.compile(rf"{_at_word_start(_CURRENCIES)}(?!\w)")
# What every CURRENCY_WORD match begins with, lowered ("ZŁOTYCH", "Zł": "zł"; "EURO", "Euro": "eur").
_CURRENCY_STARTS = ("zł", "zl", "pln", "eur", "€", "chf", "frank")
GLUED_CURRENCY = re.compile(rf"(?<=\d){_CUR}(?!\w)")
NON_DIGIT = re.compile(r"\D")
LETTER = re.compile(r"[^\W\d_]")
ONE = Decimal(1)

# A whole table cell: a number with optional multiplier and currency, nothing else.
CELL = re.compile(rf"{SP}*(?P<num>{INT})(?P<frac>{FRAC})?{SP}*(?:(?P<mult>{MULT})\.?{SP}*)?(?:{_CUR}\.?)?{SP}*")
HEADER_CURRENCY = re.compile(rf"(?<!\w)(?:zł|PLN|złotych|złote)(?!\w)|\[{SP}*zł|\({SP}*zł", re.I)
HEADER_MULT = re.compile(r"(?<!\w)(tys|mln|mld)\.?(?!\w)", re.I)


def unreadable(text: str, covered: list[tuple[int, int]]) -> list[str]:
    """Warnings for digits right before a currency word that no amount could be read from.

    `covered` holds the sorted, disjoint spans of the amounts already matched.
    """
    starts = [s for s, _ in covered]
    warnings: list[str] = []
    for m in matches_from(CURRENCY_WORD, text, text_cues(text), _CURRENCY_STARTS):  # only where a currency word is
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < covered[k][1]:
            continue
        i = m.start()
        while i > 0 and m.start() - i < 40 and (text[i - 1].isdigit() or text[i - 1] in " \u00a0\u2009\u202f.,-–—‐"):
            i -= 1
        snippet = text[i : m.end()].strip(" \u00a0\u2009\u202f.,-–—‐")
        if snippet[:1].isdigit():
            warnings.append(f'unreadable amount "{snippet}"')
    return warnings
