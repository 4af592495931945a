"""Money in Polish prose: amounts as printed, their exact Decimal value and their kind from context.

Money needs a currency marker ("zł", "złotych", "PLN"): a bare number is never taken for an
amount, which keeps phone numbers, postcodes, bank accounts, counters and populations out.  The
kind comes from the words before the amount in its clause ("Wartość dofinansowania:") and from a
short source phrase right after it ("800 zł z EFS").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Literal, get_args

from extract.dates import prefix_tree
from extract.figures import figure_spans
from extract.lowered import lowered as lower_text
from extract.model import AmountKind
from extract.money_words import NUMERAL, numeral_value
from extract.org_names import text_cues
from extract.regex_starts import DIGITS, led


@dataclass(frozen=True, slots=True)
class MoneyMention:
    value: Decimal
    kind: AmountKind
    text: str  # the amount as printed, e.g. "335 545,87 zł"
    start: int  # offsets of `text` in the input
    end: int
    currency: Literal["PLN", "EUR"] = "PLN"
    # the amount's sentence says one named unit got it ("Projekt otrzymał …", "- Szczecin – 93,5 mln zł"): no pool
    one_recipient: bool = False


# Thousands separators Polish sites print: space, NBSP, thin and narrow no-break spaces.
_SP = r"[ \u00a0\u2009\u202f]"
# Integer part: dot groups "1.234.567", space groups "1 234 567", or plain digits "12000".
# (or apostrophe groups "1'000'000", as Swiss-style spreadsheets print them)
_INT = (
    r"(?:\d{1,3}(?:\.\d{3}(?!\d)){1,5}"
    rf"|\d{{1,3}}(?:{_SP}\d{{3}}(?!\d)){{1,5}}"
    r"|\d{1,3}(?:['’]\d{3}(?!\d)){1,5}"
    r"|\d{1,15})"
)
# Fraction: ",87", "2,5 mln", ".50", or "no grosze" marks: ",-", ",–", ".-" ("150.- zł"), a bare "," ("51 120,  zł").
# A spaced comma is a decimal one before grosze ("38 412 509, 17 zł") or one digit before a multiplier ("12, 5 tys. zł":
# a list of bare numbers sharing a multiplier ends with "i"/"oraz"/"lub"/"albo" before its last, "8, 9 lub 10 mln").
_FRAC = (
    rf"(?:\.(?=tys|mln|mld)|,\d{{1,6}}(?!\d)|,{_SP}\d{{2}}(?!\d)"
    rf"|,{_SP}\d(?!\d)(?={_SP}*(?:tys|tyś|mln|mld|mil|MLN|TYS|Mln|Tys))|\.\d{{1,2}}(?!\d)|[,.][-–—‐]{{1,2}}|,)"
)
# ("150 ty. zł": a "tys." with its s dropped, only right before the currency)
_MULT = (
    r"(?:mln|mld|tys|tyś|ty(?=\.[ \u00a0]*(?:zł|złotych|PLN))"
    r"|mil(?:ion|iard)(?:ów|y|a)?|tysi(?:ęcy|ące|ąc)|MLN|MLD|TYS|Mln|Mld|Tys)"
)
# Capitalised "Złoty"/"Złote" are place names (Złoty Stok, Złote Tarasy), not the currency.
# Euro too: cross-border (Interreg) projects are budgeted in it; the mention carries the currency.
_CURRENCIES: tuple[str, ...] = (
    # ("zlotych", "ZŁOTYCH": a page without Polish letters, a headline in capitals)
    *("złotych", "złotego", "złote", "złoty", "zł", "ZŁOTYCH", "Zł", "ZŁ", "zlotych", "zl", "PLN", "pln", "Pln"),
    *("EURO", "EUR", "Euro", "euro", "€"),
)
_CUR = f"(?:{'|'.join(_CURRENCIES)})"
_EURO = frozenset({"EURO", "EUR", "Euro", "euro", "€"})
# What may follow a multiplier before the currency: "4 mln 132 tys. 500 złotych", "783 tys. 750 zł".
_REST = (
    rf"(?:(?P<num2>\d{{1,3}}){_SP}*(?P<mult2>tysi(?:ęcy|ące|ąc)|tyś|tys)(?!\w)\.?{_SP}*)?"
    rf"(?:(?P<num3>\d{{1,3}}){_SP}+)?"
)
_OREST = _REST.replace("num2", "onum2").replace("mult2", "omult2").replace("num3", "onum3")

# A sum restated in words in brackets: "(słownie: …)", or the words alone, closed by the currency or the grosze
# ("( dwa miliony … złote 41/100 )"; not "(trzy tysiące zł więcej niż rok temu)", a sum of its own).
_IN_WORDS = (
    rf"\({_SP}*(?:słownie|(?:{NUMERAL}|milion\w*|miliard\w*|tysiąc\w*)"
    rf"(?=[^)\n]{{0,160}}?(?:złot\w*|zł\.?|/100){_SP}*\)))"
)

_AMOUNTS = (
    # 5 000 PLN, 335 545,87 zł, 2,5 mln zł, 150 tys. zł
    # (or glued to a date a flattened table printed before it: "12.04.202287 000,00 zł")
    # ("1 350594,39 PLN", "80. 000,00 zł": digits grouped irregularly, read as one number only right before grosze)
    # (or after a date and a space: "12.04.2022 87 000,00 zł", where a digit and a space before are no group's end)
    rf"(?:(?<![\w.,])(?:(?<!\d{_SP})|(?<=\d{{2}}\.\d{{2}}\.\d{{4}}{_SP}))|(?<=\d{{2}}\.\d{{2}}\.\d{{4}}))"
    rf"(?P<num>{_INT}|(?P<loose>(?:(?!(?:19|20)\d\d)\d{{4}}|\d{{1,3}})(?:{_SP}\d{{3,6}}){{1,3}}(?=,\d{{2}}(?!\d))"
    # ("80. 000,00": one dotted group, never at a line's start, where "1. 228 835,00 zł" numbers a list item)
    rf"|(?<=.)(?<!\n)\d{{1,3}}\.{_SP}\d{{3}}(?=,\d{{2}}(?!\d)))"
    # ("20,000,-zł", "1 169,381,74 zł", "1,250,000.00 zł": comma thousands, as a spreadsheet prints them, read only
    # before a decimal part or a no-grosze mark, where "1,234 zł" alone stays ambiguous)
    rf"|\d{{1,3}}(?:[,{_SP[1:-1]}]\d{{3}}(?!\d))*,\d{{3}}(?=,(?:\d{{2}}(?!\d)|[-–—‐])|\.\d{{2}}(?!\d))"
    # ("254 056,50\nzł": a line wrapped between the number and its currency)
    rf")(?P<frac>{_FRAC})?{_SP}*(?:(?P<mult>{_MULT})\.?{_SP}*{_REST})?(?:\n{_SP}*)?(?P<cur>{_CUR})(?!\w)"
    # milion 700 tysięcy zł, miliard złotych: the word itself is the number one
    rf"|(?<!\w)(?P<one>[Mm]ilion|[Mm]iliard)(?=[ \u00a0])\s*{_OREST}(?:(?P<ocur>{_CUR})(?!\w))?"
    # 1 940 200,00 z Funduszu …: grouped with grosze, no currency word, a source or use after it
    rf"|(?<![\w.,])(?<!\d{_SP})(?P<bnum>\d{{1,3}}(?:{_SP}\d{{3}}){{1,4}}),(?P<bfrac>\d{{2}})"
    rf"(?={_SP}+(?:z|ze|na|dla)\s)"
    # "Całkowita wartość projektu: 1 928 433,60." or "35 637,08 (słownie: …)": no currency word, but a
    # label or the words after say it is money (kept only under a money cue, see find_amounts)
    # ("7. Gmina Leśniowice kwotę 454 668,55": after the money noun "kwota", in the case its verb takes)
    rf"|(?:(?<=:{_SP})|(?<=:)|(?<=[–—-]{_SP})|(?<=kwot[ęyą]{_SP})|(?<=kwocie{_SP}))(?P<lnum>\d{{1,3}}(?:{_SP}\d{{3}}){{1,4}}|\d{{4,9}}),(?P<lfrac>\d{{2}})(?=[.;]?(?:\s|$))"
    # "1 214 123,38" alone on its line with its label on the next ("Koszt całkowity"): a flattened card
    rf"|(?<=\n)(?P<vnum>\d{{1,3}}(?:{_SP}\d{{3}}){{0,4}}),(?P<vfrac>\d{{2}})(?={_SP}*\n)"
    rf"|(?<![\w.,])(?<!\d{_SP})(?P<snum>\d{{1,3}}(?:{_SP}\d{{3}}){{0,4}}),(?P<sfrac>\d{{2}})(?={_SP}*{_IN_WORDS})"
    # "320 tys. przekazanych przez wojewodę": a multiplier and no currency, money only under a cue
    rf"|(?<![\w.,])(?<!\d{_SP})(?P<xnum>{_INT})(?P<xfrac>,\d{{1,3}})?{_SP}*(?P<xmult>{_MULT})\.?"
    rf"(?:{_SP}*(?P<xnum2>\d{{1,3}}){_SP}*(?P<xmult2>tys|tyś|tysi(?:ęcy|ące|ąc))\.?)?(?!\w)"
    # "dziesięciu tysięcy złotych", "pół miliona zł"; "trzy miliony" with no currency only under a cue
    rf"|(?P<words>{NUMERAL})\s+(?P<wmult>tysi(?:ąc|ące|ęcy|ącach|ącami)|milion(?:a|y|ów)?|miliard(?:a|y|ów)?)(?!\w)"
    rf"(?:\s+(?P<wcur>{_CUR})(?!\w))?"
    # PLN 5 000
    rf"|(?<!\w)(?:PLN){_SP}*(?P<pnum>{_INT})(?P<pfrac>,\d{{1,2}}|\.\d{{1,2}})?(?![\d]|{_SP}\d|[.,]\d)"
)
# Only a digit, "PLN" or a word that starts a number ("milion", a numeral) can start an amount, and such
# a word starts after no letter: the lookahead skips other positions cheaply.
_AMOUNT = re.compile(rf"(?=\d|(?<!\w)[PMmjdtcpso])(?:{_AMOUNTS})")
# The same where no word can start one: the words ("milion", "trzy tysiące") need a "mili" or a "tysi".
_FIGURES = re.compile(rf"(?=[\dP])(?:{_AMOUNTS})")
# Where a _FIGURES match can begin: each of its branches looks behind its first character, for a digit no letter,
# digit, "." or "," (or a date it is glued to: "12.04.202287 000,00 zł"), for the "P" of "PLN" no letter or digit.
# So the "11" and "2023" of "19.11.2023" are not tried.  A class first (of ranges, DIGITS): the regex engine skips to
# such a place at C speed, where _FIGURES (a look-ahead first) is tried at every position.
_FIGURE_START = re.compile(rf"[{DIGITS}P](?:(?<=\d)(?:(?<![\w.,].)|(?<=\d\d\.\d\d\.\d{{4}}.))|(?<=P)(?<!\w.))")


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


class _Figures:
    """`_FIGURES.search(text, pos)` for a `pos` that never goes back, tried only at `_figure_starts` (about 30 in a
    3 KB article): a place where no match begins is never tried again."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = _figure_starts(text)
        self.next = 0  # the first start not yet passed

    def search(self, pos: int) -> re.Match[str] | None:
        starts, k = self.starts, self.next
        while k < len(starts) and starts[k] < pos:
            k += 1
        found = None
        while k < len(starts) and (found := _FIGURES.match(self.text, starts[k])) is None:
            k += 1
        self.next = k
        return found


def _amounts(text: str) -> Iterator[re.Match[str]]:
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


_CURRENCY_WORD = re.compile(rf"{_at_word_start(_CURRENCIES)}(?!\w)")
_GLUED_CURRENCY = re.compile(rf"(?<=\d){_CUR}(?!\w)")
_NON_DIGIT = re.compile(r"\D")
_LETTER = re.compile(r"[^\W\d_]")
_ONE = Decimal(1)

# A whole table cell: a number with optional multiplier and currency, nothing else.
_CELL = re.compile(rf"{_SP}*(?P<num>{_INT})(?P<frac>{_FRAC})?{_SP}*(?:(?P<mult>{_MULT})\.?{_SP}*)?(?:{_CUR}\.?)?{_SP}*")
_HEADER_CURRENCY = re.compile(rf"(?<!\w)(?:zł|PLN|złotych|złote)(?!\w)|\[{_SP}*zł|\({_SP}*zł", re.I)
_HEADER_MULT = re.compile(r"(?<!\w)(tys|mln|mld)\.?(?!\w)", re.I)

# Clause boundaries for the context of an amount: a line, ";", or a full stop before a capital.
# A line wrapped inside a sentence ("– w wysokości\n1 710 000,00 zł") is not a boundary.
# ("… do Wielkopolski. – Seniorzy mają …": a quoted speech opened by a dash begins a sentence too.)
# (The character is matched first, as a class, and its kind told by a look-behind: a regex that opens with a
# class is scanned for it at C speed, where one that opens with an alternation of lines is tried at every
# position; same matches as "\n(?!…)|;|[.!?](?=…)", held equal by a test.)
_BOUNDARY = re.compile(
    r"[\n;.!?](?:(?<=\n)(?!(?<=[a-ząćęłńóśźż,]\n)[a-ząćęłńóśźż\d])(?!(?<=[A-ZĄĆĘŁŃÓŚŹŻ]\n)\d)|(?<=;)"
    r"|(?<=[.!?])(?=[ \u00a0]+(?:[–—][ \u00a0]+)?[A-ZĄĆĘŁŃÓŚŹŻ„\"]))"
)
_BOUNDARY_MARKS = "\n;.!?"  # the characters `_BOUNDARY` may match at
# Where an amount's own clause begins: "…, z czego 370.000zł. pokrywa dotacja, a 42.300zł to środki własne".
# "w tym" is "including", not "w tym roku/celu/naborze" (this year, for this purpose, in this call).
_W_TYM = (
    r"w tym(?!\s+(?:rok\w*|miesiąc\w*|tygodni\w*|samym|czasie|zakresie|celu|przypadku|okresie|momencie|miejscu"
    r"|dniu|wypadku|naborze|konkursie|programie|projekcie|budżecie|sezonie|semestrze|kwartale|półroczu|etapie|trybie)\b)"
)
_CLAUSE_SPLIT = re.compile(rf"[,;()\[\]]|\s(?:i|oraz|a|{_W_TYM}|z czego|przy czym|zaś|natomiast|czyli|tj\.)\s")
# Where the short source phrase after an amount stops ("800 zł z EFS i 150 zł ...").
_AFTER_STOP = re.compile(rf"[,;()\[\]\n]|\s(?:i|oraz|a|{_W_TYM}|z czego|tj\.|czyli)\s|[.:](?:\s|$)")
# A relative clause right after an amount still speaks of it: "194 312 zł, którą przeznaczono na dofinansowanie".
_RELATIVE = re.compile(r",\s*(?:(?:na|w|z|do|od|za|o|przez)\s+)?któr\w+\s")
# "5.280 zł, w tym kurs – 2.310 zł": a part of the sum before, of the same kind.
_PART_OF = re.compile(rf"\b{_W_TYM}", re.I)
# "Dofinansowanie: 12 608 484,35 zł (z czego dla Gminy Długołęka 6 515 814,00 zł)": a part of a grant given to one of
# its recipients ("dla X" before or after the sum), with no cue or verb of its own, is that recipient's grant (rule 3: a
# sum for one named recipient takes its cue's kind).  Not a part split by purpose ("z czego 247 380 zł przeznaczono na
# Moduł I": the unit's spending), nor a part of a cost (no cost: tests/realtext/README.md, fourth round).
_GRANT_PART = re.compile(
    # (after the words of the grant's own clause: "2 mln zł dofinansowania, z czego …")
    r"(?:[^\d\n.;()]{0,40}?[,(]|[ \u00a0]*[,(–—-]?)[ \u00a0]*z[ \u00a0]+(?:czego|tego|tej[ \u00a0]+kwoty)"
    r"(?P<to>[ \u00a0]+dla[ \u00a0]+[^\d\n.;()]{1,60})?"
    r"(?:[ \u00a0]+(?:ponad|około|ok\.|blisko|prawie|niemal))?[ \u00a0]*",
    re.I,
)
_FOR_AFTER = re.compile(r"[ \u00a0]*dla[ \u00a0]+[^\W\d]", re.I)
# A billion złoty or more is a programme's or a country's allocation, never one project's money.
_ALLOCATION = Decimal(10) ** 9
_MILLION = Decimal(10) ** 6
# A grant of 100 mln zł or more is a programme's or a region's pool far more often than one unit's award:
# of the 55 sums that large in the real-text dev set, 54 are `other` and one a total cost, none a grant
# (tests/realtext/README.md, rule 3). A total cost that large is still one project's.
_POOL_SIZE = Decimal(10) ** 8
# The kinds of money given to a project: what a pool is not.
GRANT_KINDS: tuple[AmountKind, ...] = ("grant", "eu_share")
# A programme's cap ("można dostać najwyżej 300 tys. złotych") is a rule, not money given to anyone.
_CAP_BEFORE = led(
    r"(?:najwyżej|maksymalnie|maks\.|max\.?|co\s+najwyżej"
    # ("nie może być większa niż 10 000 zł", "nie niższa niż": a comparative, with or without its modal)
    r"|nie\s+(?:(?:może|mogą|powinn\w*)\s+(?:być\s+)?)?(?:więcej|wyższ\w*|większ\w*|mniej|niższ\w*|mniejsz\w*)"
    r"\s+(?:\w+\s+)?niż)[ \u00a0]*\Z",
    re.I,
)
# "grant wyniesie co najmniej 100 000 PLN": a programme's lower bound is a rule too, unless the clause says the sum was
# awarded ("Gmina otrzymała co najmniej 300 tys. zł": money got, `_AWARDED`).
_LOWER_BOUND_BEFORE = led(r"(?:co\s+najmniej|minimum|min\.)[ \u00a0]*\Z", re.I)
# A lower-case "do" right before the sum is a limit too ("grant do 2 mln zł", "do wysokości 50 000 zł") ...
_UP_TO_BEFORE = re.compile(
    r"(?-i:\bdo)(?:\s+(?:kwoty|wysokości))?(?:\s+(?:ok\.|około|ponad|blisko|prawie))?[ \u00a0]*\Z", re.I
)
# A limit in words: "kwota dotacji nie może przekroczyć", "limit środków", and in prose "Maksymalna (Minimalna)
# kwota dotacji to/wynosi …" (rule 2 of tests/realtext/README.md).  ("Maksymalna kwota dofinansowania: …" on a
# project's card is what it was awarded: a label's colon is no verb.)
_LIMIT = re.compile(
    r"\blimit\w*"
    r"|\b(?:maksymaln|najwyższ|minimaln)\w*\s+(?:kwot|kwoci|wysokoś|wartoś)\w*(?:\s+[^\W\d]+){0,3}?"
    r"\s+(?:to|wynosi|wyniesie|wynosić\s+będzie|jest|może\s+wynieść|sięga|ustalono\s+na)\b",
    re.I,
)
# A norm said with a modal: "kwota dotacji nie może przekroczyć", "Pomoc przyznana LGD na jeden projekt nie może
# przekroczyć 300 tys. zł".  A rule whatever its clause says was awarded (the participle "przyznana" names what the
# norm is about, not a sum given to anyone): rule 2 of tests/realtext/README.md keeps only "w wysokości nie
# przekraczającej kwoty X" awarded to a named recipient a grant, a participle, not a modal.
_MODAL_LIMIT = re.compile(
    r"\bnie\s+(?:może|mogą|mogła|mógł|mogło|mogły|mogli|powinn\w*|wolno)\s+(?:\w+\s+)?przekr\w*", re.I
)
# ... unless the clause says the sum was awarded ("Gmina dostała dotację w kwocie do 35 637,08 zł").
_AWARDED = re.compile(r"\b(?:dostał|otrzymał|przyznał|przyznan|uzyskał|pozyskał|przekazał|zawar)\w*", re.I)
# A sum that says by how much money changed is no sum given (tests/realtext/README.md, third round: "wzrosła o X",
# "zwiększono o X", "o X więcej niż w roku 2022" are `other`; the new total keeps its cue): a verb of change in any form
# ("wzrosła", "wzrosną", "wzrośnie", "zwiększono", "zwiększy", "podniesiono", "zmniejszyła", "obniżono", "spadła") with
# its "o" right before the sum ("zwiększono o dodatkowe 21 mln zł", "ma wzrosnąć o 10 mln zł") ...
_CHANGED_BY = re.compile(
    r"\b(?:wzr[oó]s|wzrasta|wzrośn|zwiększ|powiększ|podni[eoó]s|podwyższ|zmniejsz|obniż|spad|zmal)\w*"
    r"(?:\s+[^\W\d]+){0,4}?\s+o\s+(?:(?:dodatkow|kolejn)\w+\s+)?(?:(?:ponad|około|ok\.|blisko|prawie|niemal)\s+)?\Z",
    re.I,
)
# ... or "o" before the sum and "więcej"/"mniej" or a comparative after it ("dostała o 50 tys. zł więcej niż przed
# rokiem", "dofinansowanie o 50 tys. zł większe").
_BY_BEFORE = re.compile(r"(?<!\w)o[ \u00a0]+(?:(?:ponad|około|ok\.|blisko|prawie|niemal)[ \u00a0]+)?\Z", re.I)
_MORE_AFTER = re.compile(r"[ \u00a0.]*(?:więcej|mniej|większ\w*|mniejsz\w*|wyższ\w*|niższ\w*)\b", re.I)


def _pending(text: str, clause: int, stop: int, next_stop: int) -> bool:
    """Whether the sum's sentence (`clause`..`stop`), or the next (`stop`..`next_stop`) when it speaks of the same
    application (`_same_application`), says the decision on it is awaited (`_PENDING`), and its own sentence says
    nothing was granted or got (`_GRANTED`: "Gmina otrzymała 50 tys. zł. Drugi wniosek czeka na ocenę" keeps the
    grant)."""
    if _GRANTED.search(text, clause, stop):
        return False
    if _PENDING.search(text, clause, stop):
        return True
    return _PENDING.search(text, stop, next_stop) is not None and _same_application(text, clause, stop, next_stop)


# The next sentence's application or call is another one: "Drugi wniosek …", "kolejny nabór", "inne wnioski", or one
# named ("Wniosek do programu Y czeka …", "Wyniki konkursu „Y” …", "wniosek z Funduszu Y"): its name is group "name".
_OTHER_APPLICATION = re.compile(
    r"\b(?:drug|kolejn|inn|now|następn|pozostał)\w*\s+(?:wnios|nabor|nabór|konkurs|program)\w*"
    r"|\b(?:program|konkurs|nabor|nabór|fundusz|rządow)\w*\s+(?P<name>[„\"«]?(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w+-]*)",
    re.I,
)


def _same_application(text: str, clause: int, stop: int, next_stop: int) -> bool:
    """Whether the sentence after the sum's (`stop`..`next_stop`) speaks of the sum's own application: it names no
    other one (`_OTHER_APPLICATION`), or the programme it names is the one the sum's sentence names ("Dotacja z programu
    X wyniosła 50 000 zł. Wniosek do programu Y czeka na rozpatrzenie": Y's application, the grant from X is got)."""
    other = _OTHER_APPLICATION.search(text, stop, next_stop)
    if other is None:
        return True
    name = other.group("name")
    return bool(name) and name.strip('„"«') in text[clause:stop]


def _change(before: str, text: str, end: int) -> bool:
    """Whether the sum (`before` it, ending at `end`) says by how much money changed (`_CHANGED_BY`, `_BY_BEFORE`)."""
    if " o " not in before[-40:] and "\xa0o " not in before[-40:] and "\no " not in before[-40:]:
        return False  # (the "o" must stand right before the sum, at most a word or two away)
    return bool(
        _CHANGED_BY.search(before, max(0, len(before) - 120))
        or (_BY_BEFORE.search(before, max(0, len(before) - 20)) and _MORE_AFTER.match(text, end))
    )


# A sum asked for is not money received (unless the clause says it was granted): "Gmina prosiła o 2 mln zł".
_REQUEST = re.compile(
    # ("ubiegała się w nich łącznie o 3,5 mln zł": adverbials between the verb and its "o")
    r"\b(?:(?:prosi\w*|wnioskowa[łl]\w*|ubiega\w*\s+się|wystąpi\w*|stara(?:ł\w*|j\w*|m\w*)?\s+się|zabiega\w*)"
    r"(?:\s+(?!o\b)[^\W\d]+){0,3}?"
    r"|wnios(?:ek|ki|ków|kami|ku)(?:\s+\w+){0,2}?)\s+o\b(?!\s+(?:\w+\s+){0,2}?(?:projekt|zadani|inwestycj)\w*\s+o\s+wartości)",
    re.I,
)
# A decision still awaited (rule 1 of tests/realtext/README.md: a sum in an application not said to be granted is
# `other`; the fifth round: "a grant requested in a pending application stays other"): "Czekamy na rozpatrzenie
# wniosków", "wniosek czeka na rozstrzygnięcie", "oczekuje na ocenę", "Wyniki konkursu mają być znane w sierpniu",
# "wyniki zostaną ogłoszone", "jest w trakcie oceny".
_PENDING = re.compile(
    r"\b(?:czeka\w*|oczekuj\w*)\s+(?:[^\W\d]+\s+){0,3}?na\s+(?:[^\W\d]+\s+)?"
    r"(?:rozpatrzeni|ocen|rozstrzygni|decyzj|wynik|zatwierdzeni|akceptacj)\w*"
    r"|\bwynik\w*\s+(?:[^\W\d]+\s+){0,3}?(?:mają\s+być|będą|zostaną)\s+(?:znan|ogłoszon|opublikowan)\w*"
    r"|\bw\s+trakcie\s+(?:ocen|rozpatrywani|weryfikacji)\w*",
    re.I,
)
_PENDING_REACH = 160  # characters of the next sentence read for the awaited decision
_GOT_STEMS = r"przyzna|otrzyma|uzyska|pozyska"  # verbs of getting or granting money, any form
_GRANTED = re.compile(rf"\b(?:{_GOT_STEMS}|dostał)\w*", re.I)  # (only the past of "dostać": a request's outcome)
# "Program ma budżet 40 mln zł, z czego 38 mln zł …": a part of a pool is a pool too.
_PART_OF_POOL = re.compile(r"\b(?:z\s+czego|z\s+tego|w\s+tym|z\s+których|spośród\s+których)\W+(?:\w+\W+){0,2}\Z", re.I)
# "a 900 tys. zł z tej sumy trafiło do …": a part of the pool just named, said after the amount.
_PART_AFTER = re.compile(r"[ \u00a0]*z[ \u00a0]+(?:tej|tego)[ \u00a0]+(?:sumy|kwoty|puli)\b", re.I)
_POOLABLE: tuple[AmountKind, ...] = ("grant", "eu_share", "total_cost")
# "…, a gmina B ponad": a coordinated clause whose verb and cue are left out (they are the previous clause's).
# ("W sierpniu gmina otrzymała 2,2 mln zł, pod koniec zeszłego roku 10,5 mln zł": after a comma alone, a time phrase
# ending right before the sum is the only word the clause keeps)
_TIME_WORD = (
    # ("dwa lata temu 10 000 zł", "rok wcześniej 8 000 zł": a time phrase closed by an adverb of time)
    r"(?:roku|rok|latach|temu|wcześniej|później|miesiąc\w*|kwartale|półroczu|transzy|edycji|naborze|(?:19|20)\d\d(?:\s*r\.)?|maj[au]?"
    r"|(?:styczni|styczeń|lut|marc|kwie[ct]ni|czerw|lip|sierp|wrze[sś]|październik|listopad|grud)\w*)"
)
_ELLIPSIS = re.compile(
    r"(?:[\s,;]*(?:a|i|oraz|zaś|natomiast)\s+(?:[^\W\d]+\s+){0,4}?"
    rf"|[ \u00a0]*,\s*(?:(?:w|we|pod|na|po|przed|z|ze)\s+)?(?:[^\W\d]+\s+){{0,2}}?{_TIME_WORD}\s+)"
    r"(?:(?:ponad|około|ok\.|blisko|prawie|niemal)\s*)?\Z",
    re.I,
)
# ... but not when the sum's clause has a verb of its own after it ("a pozostałe 4 000 zł pokryły środki
# Organizatora"): nothing is left out there, and a verb the heads do not know gives no kind to copy.
_OWN_VERB_AFTER = re.compile(
    r"[ \u00a0]*(?:[^\W\d]+[ \u00a0]+)?(?:[^\W\d]{2,}(?:ł[aoy]?|li)(?:[ \u00a0]+się)?\b"
    # (an impersonal past, "wydano", "zebrano": not "netto")
    r"|(?!netto|brutto)[^\W\d]{3,}[nt]o\b"
    r"|(?:pokrywa|pochodz|finansuj|przypada|wnosi|wnies|wykłada|dokłada|zapewni|przeznacz|zabezpiecz|zaplanowa)\w*)",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# The next item of a list of names with their sums: ", GBP w Wiązowie - ", "; a MiGBP w Strzelinie – ".
# ("Gmina Lipno (120 000 zł), Gmina Rybno (95 000 zł)": each name's sum in brackets is such a list too.)
_ITEM_BEFORE = re.compile(
    # (a dash may close the item before: "gmina A – 693 707,32 zł na „…” – i gmina B – 750 000,00 zł")
    r"[\s,;]*(?:[-–—][\s,;]*)?(?:(?:a|i|oraz)\s+)?[^\W\d][^\n,;:.]{0,60}?\s[-–—]\s*\Z"
    # ("(12 000 zł) oraz Gmina B, Gmina C i Gmina D (po 6 000 zł)": several names before one sum, each's)
    r"|\)[\s,;]*(?:(?:a|i|oraz)\s+)?[^\W\d][^\n;:.()]{0,100}?\s\(\s*(?:po\s+)?\Z"
)
_DASH_END = re.compile(r"\s[-–—]\s*\Z|\s\(\s*(?:po\s+)?\Z")
# What one "can get" is a programme's rule, not money given: "każda gmina może dostać grant …".
_MODAL = re.compile(
    r"\b(?:można|może|mogą|mógł|mogła|mogło|mogli|mogły)\s+(?:\w+\s+){0,2}?"
    r"(?:dostać|otrzymać|uzyskać|pozyskać|ubiegać\s+się|starać\s+się)\b",
    re.I,
)
# A count before a noun: 2 or more, not a year nor part of a reference number ("umowa nr 395/OPS/2023 gmina").
# ("blisko 1,3 tys. organizacji": a count in thousands)
# ("70 000 projektów": a count in thousands groups)
_COUNT = (
    r"(?=\d)(?<![/.,\d])(?<!\d[ \u00a0\u2009\u202f])\b"
    r"(?:\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.])|(?![01]\s)(?!(?:19|20)\d\d\b)\d{1,5}(?:,\d{1,2}[ \u00a0]*tys\.?)?)\s+"
)
# Money for many recipients at once (a call's or a country's pool) is an allocation, not one project's.
# (Every alternative starts a word with one of the letters the lookahead lists, or a digit: it skips the
# other positions cheaply.)
_MANY_RECIPIENTS = re.compile(
    r"(?<!\w)(?=[dwzsjgpbmkcnroDWZSJGPBMKCNRO\d])(?:"
    r"\bdo\s+podziału\b|\bw\s+całym\s+kraju\b|\bz\s+całej\s+Polski\b|\bw\s+całej\s+Polsce\b|\bcałego\s+kraju\b|\bsamorząd(?:y|om)\b|\bjednostkom\s+samorządu\b"
    r"|\bwszystk\w*\s+(?:gmin|powiat|samorząd|jednost|dofinansowa|dotacj|projekt|beneficjent|szkół|szkoł|JST)\w*"
    r"|\bjednost(?:ki|ek|kom|kami)\s+samorządu\b|\b(?:gminom|powiatom|organizacjom|stowarzyszeniom|klubom|szkołom|kołom|podmiotom|sołectwom|placówkom)\b|\bbeneficjen(?:ci|tom|tów)\b"
    r"|\b(?:dla|do|wśród|pomiędzy|między)\s+(?:[^\W\d]+(?:ych|ich)\s+)?(?:gmin|powiatów|samorządów|miast|organizacji\s+pozarządowych"
    r"|klubów|stowarzyszeń|kół|szkół|placówek|podmiotów|jednostek|beneficjentów|sołectw|całego\s+regionu|regionu)\b"
    # "kilkanaście samorządów", "kilkadziesiąt organizacji", "co druga gmina": many, in words
    r"|\b(?:kilk\w*|wiel[eu]|dziesiątk\w*|setk\w*|co\s+drug\w*)\s+(?:gmin|powiat|samorząd|jednost|beneficjent|organizacj"
    r"|podmiot|stowarzysz|projekt|szkół|szkoł|JST|jst)\w*"
    # "wartość projektów w II edycji": the value of many projects (or applications) at once
    r"|\b(?:wartoś|koszt|koszc|kwot|kwoci)\w*\s+(?:[^\W\d]+\s+){0,2}?(?:projektów|mikroprojektów|zadań|wniosków|przedsięwzięć)\b"
    # "38 mln zł trafi na dotacje": money for grants (plural) is a call's pool
    r"|\bna\s+(?:dotacje|granty|mikrogranty)\b"
    # "na Lubelszczyznę trafi 271 mln zł", "do Wielkopolski": a region's allocation, shared by its samorządy
    r"|\b(?:na|do|dla)\s+(?-i:(?:Lubelszczyzn|Wielkopolsk|Mazowsz|Małopolsk|Podkarpaci|Pomorz|Podlasi|Opolszczyzn|Kujaw"
    r"|Warmi|Dolny\s+Śląsk|Dolnego\s+Śląsk|Górny\s+Śląsk|Górnego\s+Śląsk|Śląsk|Ziemi[eę]?\s+Lubusk)\w*)"
    # "otrzymało 17 podmiotów", "dla 203 KGW": a count of recipients (not a year: "umowa nr 12/2023 gmina")
    rf"|(?=\d)(?<!\bna\s){_COUNT}(?:(?!zł|złot|tys|tyś|mln|mld|mil|PLN|euro)[^\W\d]+\s+){{0,2}}?(?:podmiot|organizacj|gmin|samorząd|jednost|beneficjent|stowarzysz|wnioskodawc"
    r"|grantobiorc|KGW|OSP|JST|jst|(?:dzienn\w+\s+)?dom(?:y|ów)|klub(?:y|ów)|placów(?:ki|ek)|szkół|szkoły|świetlic|kół|koła|ośrodk(?:i|ów))\w*"
    # "pomoc otrzymało 500 osób": people getting it (not "dla 120 osób", whom one unit's project serves)
    rf"|(?=\d)(?<!\bdla\s)(?<!\bna\s){_COUNT}(?:osób|os\.|rodzin|seniorów|uczniów|mieszkańców|przedsiębiorców|firm|rolników"
    r"|gospodarstw)\b"
    # "Najmniejszy grant to 100 tys. zł": the bounds of what a programme gives
    r"|\b(?:najmniejsz|największ)\w*\s+(?:grant|dotacj|kwot|kwoci|dofinansowa|wsparci)\w*\s+(?:to|wynosi)\b"
    # "każdy UTW dostanie …": the sum each of many gets (not "każde z nich", the ones just named)
    # ("Każdą jednostkę OSP z naszego terenu wsparliśmy dotacją", "każdemu klubowi przyznano": the one each of many is
    # given, in every case of "każdy" and with a verb of giving too; not "każdego roku", a time)
    r"|\bkażd(?:y|a|e|emu|ej|ą|ego)\s+(?!z\s|ze\s|(?:rok|roku|miesiąc|miesiąca|dzień|dnia|tydzień|tygodnia|raz|razu)\b)"
    r"(?:[^\W\d]+\s+){1,5}?"
    r"(?:dostanie|otrzyma|dostaje|otrzymuje|przysługuje|przypadnie|przypada"
    r"|(?:wspar|wspier|przyzna|przekaza|dofinansowa)\w*)\b"
    r"|\brozdziel\w*|\brozdysponowa\w*"  # distributed among many
    # "dla każdego koła …", "Stawka dotacji na jedno miejsce": a sum for each of many, a rate, not one recipient's
    r"|\bdla\s+każd(?:ego|ej)\b|\bstawk\w*\s+(?:dotacj|dofinansowa|wsparci|grant|pomoc)\w*"
    # "Wysokość dofinansowania na jedno miejsce wynosi 80 zł miesięcznie", "80 zł na każdy miesiąc pobytu": a rate,
    # not one unit's award
    # ("21 020 zł na każde nowe miejsce pracy": an adjective between)
    r"|\bna\s+(?:jedn(?:o|ego|ą)|każd(?:y|e|ą|ego))\s+(?:[^\W\d]+\s+)?(?:miejsce|miesiąc|osobę|dziecko|ucznia|seniora)\b)",
    re.I,
)
# What every _MANY_RECIPIENTS match holds, in lower case: one word of each of its alternatives (the nouns where the
# first words are common: "dla", "do", a count).  _many_recipients looks for these over the cues first: at about
# 0.15 us a word start, the regex costs several microseconds on an amount's 40 characters, this a fraction of one.
# (As a tree of their letters, `prefix_tree`: the regex engine tries a place's first letter once, not each word's.)
_MANY_ANCHORS = re.compile(
    prefix_tree(
        [
            *(
                "podział",
                "kraju",
                "polski",
                "polsce",
                "samorząd",
                "wszystk",
                "gmin",
                "powiat",
                "organizacj",
                "stowarzysz",
            ),
            *("klub", "szkoł", "szkół", "koł", "kół", "podmiot", "sołectw", "placów", "beneficjen", "miast"),
            *("jedn", "regionu", "kilk", "wiel", "dziesiątk", "setk", "drug", "projektów", "zadań", "wniosków"),
            *("przedsięwzięć", "dotacje", "granty", "lubelszczyzn", "mazowsz", "małopolsk", "podkarpaci", "pomorz"),
            *("podlasi", "opolszczyzn", "kujaw", "warmi", "śląsk", "lubusk", "wnioskodawc", "grantobiorc", "kgw"),
            *("osp", "jst", "domy", "domów", "świetlic", "ośrodk", "osób", "os.", "rodzin", "seniorów", "uczniów"),
            *("mieszkańców", "przedsiębiorców", "firm", "rolników", "gospodarstw", "najmniejsz", "największ"),
            *("każd", "rozdziel", "rozdysponowa", "stawk"),
        ]
    )
)


def _many_recipients(text: str, cues: str | None, start: int, stop: int) -> bool:
    """Whether `_MANY_RECIPIENTS.search(text, start, stop)` finds one; `cues`: the text's `text_cues` when they are
    aligned with it (same length), else None (the regex alone)."""
    if cues is not None and not _MANY_ANCHORS.search(cues, start, stop):
        return False
    return any(
        not _ONE_OF.search(text, max(0, found.start() - 30), found.start())
        for found in _MANY_RECIPIENTS.finditer(text, start, stop)
    )


# "Jednym z Beneficjentów jest Gmina Kałuszyn", "jedną z 12 gmin, które dostaną": one of the many, the one the clause
# names (rule 3 of tests/realtext/README.md: a sum for one named recipient takes its cue's kind), in every case of
# "jeden" ("jeden/jedna/jedno z", "jednego/jednej/jednemu/jednym/jedną z") and with "spośród"/"wśród".
_ONE_OF = re.compile(
    r"(?<!\w)jed(?:en|na|no|nego|nej|nemu|nym|ną)[ \u00a0]+(?:z|ze|spośród|wśród)[ \u00a0]+(?:[^\W\d]+[ \u00a0]+)?\Z",
    re.I,
)


# "Pomoc otrzymało 79 projektów, a jej łączna kwota wynosi …": a total ("łącznie", "w sumie") looks over the
# whole sentence for the many it is shared by, projects and tasks counted too.
# "budżet gminy ma jeszcze wolne środki na dotacje … w wysokości 40 tys. zł": a balance left for many, not a grant.
_BALANCE = re.compile(r"\b(?:woln\w*|niewykorzystan\w*|niezagospodarowan\w*)\s+środk\w*", re.I)
_TOTAL_WORD = re.compile(r"\b(?:łączn\w*|w\s+sumie|ogółem|razem)\b", re.I)
# "Na konkurs przeznaczono 100 mln zł", "rząd przeznaczy 300 mln zł na program", "przeznaczono w tej edycji": a
# call's or a programme's allocation (not "przeznaczono na dofinansowanie tego zadania").
_CALL = (
    r"(?:\bna\s+(?:\w+\s+){0,2}?(?:program|konkurs|nabor|nabór|edycj)\w*"
    r"|\bw\s+(?:\w+\s+)?(?:edycji|naborze|konkursie)\b"
    rf"|{_COUNT}(?:\w+\s+)?(?:projekt|zada[nń]|wniosk)\w*"
    # "na dofinansowanie zadań sportowych przeznaczano 545 tys. złotych": money for many tasks (not a unit's own ones)
    # ("Na zadania z zakresu sportu przeznaczono kwotę X", "na realizację zadań publicznych": a call's tasks, plural)
    # (after a verbal noun only the genitive plural: "na realizację zadania" is one task's)
    r"|\bna\s+(?:(?:dofinansowani|realizacj|wykonani|finansowani|wsparci)\w*\s+(?:\w+\s+)?"
    r"(?:projektów|zadań|przedsięwzięć|inicjatyw|ofert|wniosków)"
    r"|(?:(?!dofinansowani|realizacj|wykonani|finansowani|wsparci|dotacj)[^\W\d]+\s+)?"
    r"(?:zadania|projekty|przedsięwzięcia|inicjatywy))\b(?!\s+(?:własn|gminy|miasta|powiatu))"
    r")"
)
_CALL_POOL = re.compile(rf"\bprzezna\w*[^.;]{{0,60}}?{_CALL}|{_CALL}[^.;]{{0,60}}?\bprzezna\w*", re.I)
_ALLOTTED = re.compile(r"\bprzeznacz\w*", re.I)
# What a contest offers anyone, not what one unit got: "Do zdobycia jest nawet 50 tys. zł", "W szóstej edycji Fundacja
# da granty w wysokości 10 000, 15 000 oraz 25 000 zł", "Marszałek przyznaje w nim (in the contest) środki w wysokości
# 8 tys. zł" (a present or future verb of giving in an edition or contest; not "przyznał", a past award).
# (looked for first, in the lowered words around the sum: a word of "do zdobycia", or one of the place's)
_TO_WIN_WORD, _CONTEST_WORDS = "zdobycia", ("nim", "niej", "edycji", "naborze", "konkursie")
_TO_WIN = re.compile(r"\bdo\s+zdobycia\b", re.I)
_OFFER_VERB = re.compile(r"\b(?:da|daje|dają|przyznaje|przyznają|oferuje|oferują)\b", re.I)
_CONTEST_PLACE = re.compile(r"\bw\s+(?:nim|niej|(?:[^\W\d]+\s+)?(?:edycji|naborze|konkursie))\b", re.I)


def _offered(text: str, lowered: str, start: int, stop: int) -> bool:
    """Whether the sentence part `start`..`stop` offers its sum to anyone (see _TO_WIN, _OFFER_VERB, _CONTEST_PLACE).

    `lowered`: the text lowered; where its offsets are the text's, its words are looked for first, at C speed."""
    if len(lowered) == len(text):
        part = lowered[start:stop]
        if _TO_WIN_WORD not in part and not any(word in part for word in _CONTEST_WORDS):
            return False
    if _TO_WIN.search(text, start, stop):
        return True
    return bool(_CONTEST_PLACE.search(text, start, stop) and _OFFER_VERB.search(text, start, stop))


_MANY_COUNTED = re.compile(
    rf"(?=\d)(?<!\bna\s){_COUNT}(?:projekt|mikroprojekt|zada[nń]|wniosk|inwestycj|przedsięwzięć|szkół|placów|inicjatyw|umów|ofert"
    r"|operacj|grantów|mikrogrant)\w*",
    re.I,
)
# A plural verb of getting ("150 samorządów, które dostaną …"): the many the sentence names get the sum.
_PLURAL_GOT = led(
    r"\b(?:dostaną|dostały|dostali|dostają|otrzymają|otrzymały|otrzymali|otrzymują|uzyskają|uzyskały|pozyskały|pozyskają"
    r"|trafią)\b",
    re.I,
)
# A plural noun of recipients opening its sentence or clause, the subject of a plural verb of getting (_PLURAL_GOT):
# "Organizacje pozarządowe z regionu dostaną …", "Mazowieckie zabytki otrzymały …", "Ochotnicze straże pożarne dostały
# …", "strażacy ochotnicy dostają trzy miliony" (not "Władze gminy otrzymały").
_PLURAL_RECIPIENTS = (
    r"(?:organizacje|gminy|powiaty|samorządy|stowarzyszenia|kluby|szkoły|parafie|jednostki|sołectwa|zabytki|koła"
    r"|podmioty|placówki|biblioteki|instytucje|fundacje|świetlice|straże|strażacy)\b"
)
_PLURAL_SUBJECT = re.compile(
    rf"(?:^|[.!?;:]\s+|,\s*(?:(?:a|i|oraz)\s+)?)(?:[^\W\d]+(?:skie|ckie|dzkie|cze|owe|ne)\s+){{0,2}}{_PLURAL_RECIPIENTS}",
    re.I | re.M,
)
# ... or standing right after its verb, as Polish word order allows anywhere: "Wsparcie finansowe, jakie otrzymały
# ogółem szkoły w Gminie Kruszyna, wyniosło 120 000,00 zł", "Środki, które dostały w tym roku organizacje, to 80 tys.
# zł", "dostały wiejskie świetlice" (an adjective before the noun).  Only adverbials may stand between
# (`_GOT_ADVERBIAL`): any other word is the verb's own subject, and a noun of recipients after it is its genitive
# singular ("które otrzymały władze gminy Rybno", "jaką otrzymali mieszkańcy gminy", "które dostali uczniowie szkoły":
# the authorities, the residents, the pupils of one unit).
_GOT_ADVERBIAL = (
    r"(?:ogółem|łącznie|razem|już|także|również|też|wtedy|wówczas|dotąd|dotychczas|wcześniej|ostatnio|dodatkowo|ponadto"
    r"|jeszcze|w\s+sumie|w\s+(?:tym|ubiegłym|zeszłym|bieżącym|poprzednim|minionym)\s+roku|w\s+\d{4}(?:\s+r(?:oku\b|\.))?)"
)
_GOT_BY_PLURAL = re.compile(
    rf"{_PLURAL_GOT.pattern}(?:\s+{_GOT_ADVERBIAL}){{0,3}}\s+(?:[^\W\d]+(?:skie|ckie|dzkie|cze|owe|ne)\s+){{0,2}}"
    rf"{_PLURAL_RECIPIENTS}",
    re.I,
)
# The stems of `_PLURAL_RECIPIENTS`, looked for in the lowered clause before `_GOT_BY_PLURAL` is run over it.
_PLURAL_RECIPIENT_STEMS = tuple(
    word[:5] for word in _PLURAL_RECIPIENTS.removeprefix("(?:").removesuffix(")\\b").split("|")
)


def _plural_subject(text: str, clause: int, start: int) -> bool:
    """Whether the amount's sentence opens with a plural subject of recipients (_PLURAL_SUBJECT), with no ":" between
    it and the amount ("Poszczególne placówki dostały kwoty: GBP w Borowie - 16 667 zł" lists named ones) and no
    "po" before it."""
    if _EACH_BEFORE.search(text, max(0, start - 12), start):
        return False  # "Gminy A, B i C otrzymały po 200 tys. zł": each one's grant, not their pool (rule 3)
    found = _PLURAL_SUBJECT.search(text, max(0, clause - 1), start)
    return found is not None and ":" not in text[found.end() : start]


def _got_by_plural(text: str, lowered: str, clause: int, start: int) -> bool:
    """Whether the amount's sentence before it has a plural verb of getting with its plural subject of recipients after
    it (`_GOT_BY_PLURAL`): the sum is what the many got (rule 3 of tests/realtext/README.md), unless a ":" lists them by
    name after it or "po" makes the sum each one's (as `_plural_subject`)."""
    if _EACH_BEFORE.search(text, max(0, start - 12), start):
        return False
    clause_words = lowered[clause:start]  # (the same offsets unless lowering changed a letter's length)
    if len(lowered) == len(text) and not any(stem in clause_words for stem in _PLURAL_RECIPIENT_STEMS):
        return False  # (no noun of recipients in the clause: the regex is not run over it)
    found = _GOT_BY_PLURAL.search(text, clause, start)
    return found is not None and ":" not in text[found.end() : start]


_EACH_BEFORE = re.compile(r"(?<!\w)po[ \u00a0]+(?:(?:ok\.|około)[ \u00a0]+)?\Z", re.I)


# A counted many as the subject of a verb of getting, anywhere in the amount's sentence: "dofinansowanie dostało 1750
# półkolonii, łącznie na …", "76 beneficjentów z regionu … dostanie ponad 755 tys. zł" (a numeral of five or more
# takes a singular verb, which _PLURAL_GOT does not read).  Not a count of years, money or grants ("otrzymała 3 dotacje:
# …" lists one unit's grants); a count before its verb only where a subject stands, at its clause's start ("Na remont
# 4 świetlic Gmina otrzymała" counts what the money is for); a count after its verb only after one that agrees with a
# count ("dostało", "otrzymały": "OSP otrzymała 2 samochody" has its own subject).
_COUNTED = re.compile(
    # (a digit first, its look-behind after it: the regex engine scans for a digit at C speed)
    r"\d(?<![/.,\w]\d)(?P<count>\d{0,4}(?:,\d{1,2}[ \u00a0]*tys\.?)?)[ \u00a0]+"
    r"(?!(?:zł|złot|tys|tyś|mln|mld|mil|pln|eur|proc|lat|rok|rocz|miesi|dni|dzień|tygodn|godzin|km|ha|dotacj|grant|promes"
    r"|dofinans|nagr|umów|umow|raz)\w*)[^\W\d]+(?!\.)",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_ABOUT = r"(?:(?:ponad|blisko|około|ok\.|prawie|niemal|aż|łącznie|razem|kolejn\w*)\s+)?"
_GOT_BEFORE = re.compile(
    r"\b(?:(?:dosta|otrzyma|uzyska|pozyska)(?:ło|ły|li)|dostaną|otrzymają|uzyskają|pozyskają)\s+" + _ABOUT + r"\Z",
    re.I,
)
_SUBJECT_PLACE = re.compile(r"(?:\A|[,;.!?\n]|\s(?:a|i|oraz))\s*" + _ABOUT + r"\Z", re.I)
_GOT_AFTER = re.compile(
    r"(?:\s+[^\W\d]+){0,6}?\s+(?:dostał\w*|dostan\w*|dostaj\w*|otrzyma\w*|otrzymuj\w*|uzyska\w*|pozyska\w*)\b", re.I
)


def _counted_got(text: str, clause: int, start: int, stop: int) -> bool:
    """Whether the sentence `clause`..`stop` has a counted many getting (see _COUNTED), with no ":" (a list of
    named recipients follows) between it and the amount at `start`."""
    for count in _COUNTED.finditer(text, clause, stop):
        number = text[count.start() : count.end("count")]
        if number in ("0", "1") or _YEAR.fullmatch(number):
            continue  # one is no many; "w 2023 roku" is a year
        if ":" in text[min(count.end(), start) : max(count.start(), start)]:
            continue
        if _GOT_BEFORE.search(text, max(clause, count.start() - 40), count.start()):
            return True
        # (from the boundary before the clause: a count that opens its sentence or line stands in a subject's place)
        if _SUBJECT_PLACE.search(text, max(clause - 1, count.start() - 30, 0), count.start()) and _GOT_AFTER.match(
            text, count.end(), min(stop, count.end() + 90)
        ):
            return True
    return False


# A count of many recipients or tasks (a plural noun in the genitive or dative a numeral takes) that the money is
# shared by, anywhere in the amount's sentence: "6,3 mln zł trafi na 57 zadań", "przyznano 100 zadaniom na kwotę X",
# "1 mln zł pozwoli zrealizować 65 zadań", "dofinansowane zostaną samochody dla 53 jednostek OSP", "dla 33 gmin i 6
# powiatów" (rule 3 of tests/realtext/README.md: a sum for many recipients).  Only nouns of recipients and of a call's
# tasks, not of what one unit builds ("5 obiektów", "3 inwestycji") nor of applications ("188 wniosków"); not a
# year, a reference number's part, or a partitive "jednym z 20 samorządów" (one of them).
_SHARED_BY_COUNT = re.compile(
    # (a digit first, its look-behind after it: the regex engine scans for a digit at C speed)
    r"[1-9](?<![\w/.,][1-9])(?P<count>\d{0,3})(?!\d)(?<!(?:19|20)\d\d)[ \u00a0]+(?:[^\W\d]+[ \u00a0]+){0,2}?"
    r"(?:zadań|zadaniom|(?:mikro)?projektów|(?:mikro)?projektom|przedsięwzięć|operacji|jednostek|jednostkom|gmin|gminom"
    r"|powiatów|powiatom|samorządów|samorządom|organizacjom|podmiotów|podmiotom|stowarzyszeń|stowarzyszeniom|klubów"
    r"|klubom|beneficjentów|beneficjentom|KGW|OSP)\b",
    re.I,
)
_MANY_REACH = 600  # characters either side of a very large cost where the many units sharing it are counted
_PARTITIVE_BEFORE = re.compile(r"\b(?:z|ze|spośród|wśród)[ \u00a0]+\Z", re.I)
# Tasks one unit carries out itself are no recipients: "Gmina X dzięki dotacji 500 000 zł zrealizuje 5 projektów" (a
# singular verb of carrying out right before the count, its subject a unit named in the nominative in the sentence).
# Not a verb of giving ("Gmina X dofinansuje 5 projektów": the gmina shares its money among them).
_TASK_COUNT = re.compile(r"(?:zadań|(?:mikro)?projektów|przedsięwzięć|operacji|inwestycji)\b", re.I)
_CARRY_OUT_BEFORE = re.compile(
    r"\b(?:z?realizuje|z?realizował[ao]?|wykona|wykonał[ao]?|wykonuje|przeprowadzi|przeprowadził[ao]?|przeprowadza"
    r"|poprowadzi|prowadzi|zorganizuje|zorganizował[ao]?|organizuje|uruchomi|uruchomił[ao]?)"
    r"(?:[ \u00a0]+[^\W\d]+){0,3}?[ \u00a0]+\Z",
    re.I,
)
# A unit named in the nominative: its head word in the nominative and a capitalised name ("Gmina Rybno", "Stowarzyszenie
# „Nasza Wieś”", "Gminny Ośrodek Kultury"); a head word alone ("gmina") names none.
_NAMED_UNIT = re.compile(
    r"(?-i:\b(?:Gmina|Miasto|Powiat|Stowarzyszenie|Fundacja|Parafia|Klub|Ośrodek|Szkoła|Biblioteka|Spółdzielnia|Koło"
    r"|Towarzystwo|Związek|Zespół|Centrum|Muzeum|Ochotnicza|Uczniowski|Ludowy|Gminny|Miejski|Powiatowy|Miejsko-Gminny)"
    r"[ \u00a0]+(?:i[ \u00a0]+Miasto[ \u00a0]+)?[„\"]?[A-ZĄĆĘŁŃÓŚŹŻ])"
)


def _own_tasks(text: str, clause: int, found: re.Match[str]) -> bool:
    """Whether the counted tasks `found` are carried out by one unit the sentence names (`_CARRY_OUT_BEFORE`,
    `_NAMED_UNIT`)."""
    if not _TASK_COUNT.search(found.group(0)):
        return False
    verb = _CARRY_OUT_BEFORE.search(text, max(clause, found.start() - 60), found.start())
    return verb is not None and _NAMED_UNIT.search(text, max(clause, verb.start() - 200), verb.start()) is not None


def _shared_by_count(text: str, clause: int, stop: int) -> bool:
    """Whether the sentence `clause`..`stop` counts many recipients or tasks the money is shared by (see
    _SHARED_BY_COUNT), not as a partitive ("jednym z 20 samorządów") nor as one named unit's own tasks
    (`_own_tasks`)."""
    for found in _SHARED_BY_COUNT.finditer(text, clause, stop):
        if found.group(0)[0] == "1" and not found.group("count"):
            continue  # one is no many
        if _PARTITIVE_BEFORE.search(text, max(clause, found.start() - 10), found.start()):
            continue
        if not _own_tasks(text, clause, found):
            return True
    return False


# "Wysokość dotacji: 25 000 zł – 250 000 zł": a range said with a dash between two sums, each with its currency.
_DASH_BETWEEN = re.compile(r"[ \u00a0]*[-–—‐][ \u00a0]*")


# A kind word after a dash's second sum on its line: the two sums are a row's columns, each its own kind ("dotację:
# 5 000 zł – 10 000 zł (wartość projektu)"), not a range's bounds.
_KIND_WORD_AFTER = re.compile(r"\b(?:wartoś|koszt|wkład|dofinansow|dotacj|wsparci|kwalifikowa|całkowit)\w*", re.I)
# A verb of getting in the past in the clause before: a sum got is no range ("otrzymała dotację: 5 000 zł – …").
_GOT_PAST = re.compile(r"\b(?:otrzymał|dostał|uzyskał|pozyskał|zdobył|przyznał|przyznan[oay])\w*", re.I)
# Its stems, lowered, each with the stems of the same verb in every tense (`_RESOLVED_STEMS` reads those; "przyzna"
# widens to "przyznał" only: the noun "przyznanie" asks, it grants nothing).
_GOT_STEMS_BY_TENSE: dict[str, tuple[str, ...]] = {
    "otrzymał": ("otrzym",),
    "dostał": ("dostał", "dostal", "dostan", "dostaj"),
    "uzyskał": ("uzysk",),
    "pozyskał": ("pozysk",),
    "zdobył": ("zdoby",),
    "przyzna": ("przyznał",),
}
_GOT_PAST_STEMS = tuple(_GOT_STEMS_BY_TENSE)
_REST_OF_CLAUSE = re.compile(r"[^,;\n]*?(?=[,;\n]|\.\s|\Z)")  # (up to the clause's end, within the bounds given)


def _dash_range(
    text: str,
    clause: int,
    m: re.Match[str],
    following: re.Match[str] | None,
    value: Decimal,
    got_past: bool,
    limit: int,
) -> bool:
    """Whether the sum `m` is the lower bound of a range whose upper bound, a larger sum printed with its own currency,
    follows right after a dash (rule 2 of tests/realtext/README.md: "od 25 tys. do 250 tys. zł" in another form); not
    a list's next item ("Gmina A – 5 000 zł – Gmina B"), which a name follows, nor a larger sum's label; nor two
    columns of a row, a kind word after the second on its line (`_KIND_WORD_AFTER`), nor a sum the clause says was got
    (`_GOT_PAST`; `got_past`: whether the text holds one of its stems at all).  `limit`: where the next sum begins (a
    kind word before it is that sum's)."""
    if following is None or m.group("cur") is None or following.group("cur") is None:
        return False
    dash = _DASH_BETWEEN.match(text, m.end())
    if dash is None or dash.end() != following.start():
        return False
    upper = _match_value(following)
    if upper is None or upper <= value or _currency(following) != _currency(m):
        return False
    rest = _REST_OF_CLAUSE.match(text, following.end(), min(limit, following.end() + 40))
    if rest and _KIND_WORD_AFTER.search(text, following.end(), rest.end()):
        return False
    return not (got_past and _GOT_PAST.search(text, clause, m.start()))


# "dotacje od 0,5 mln zł do 93,5 mln": the lower bound of a range printed with its own currency.
_RANGE_FROM = re.compile(r"\bod[ \u00a0]*\Z", re.I)
# "od 0,5 mln zł do 93 mln", "… aż do 93 mln", "… aż po ponad 93 mln"
_UP_TO = r"(?:aż[ \u00a0]+)?(?:do|po)(?:[ \u00a0]+(?:aż|ponad|około|ok\.|blisko|prawie|nawet))?"
_RANGE_TO = re.compile(rf"[ \u00a0]*{_UP_TO}[ \u00a0]+\d")
# Sums in words with no currency ("dostają trzy miliony, a …") end the clause or go on to whom/what for.
_WORDS_MONEY = re.compile(
    r"[ \u00a0]*(?:[,.;)]|$|(?:na|dla|z|ze|do|to|stanowi\w*|pochodz\w*|przekazan\w*|przyznan\w*"
    # ("12 miliardów bezzwrotnego wsparcia": the money noun after an adjective)
    r"|(?:[a-ząćęłńóśźż]+(?:ego|ych)[ \u00a0]+)?(?:dofinansowania|dotacji|wsparcia|subwencji|środków|pomocy))"
    r"(?!\w))"
)
# A bare sum under a money word that leaves no doubt ("na łączną kwotę ponad 173 mln posłuży …", "w wysokości 120 tys.
# przeznaczy"): money whatever word follows, as a counted noun never follows these ("w wysokości 30 tys. osób" is no
# Polish). The looser _SUM_BEFORE still asks _WORDS_MONEY of the words after.
_SURE_SUM_BEFORE = re.compile(
    r"\b(?:w\s+wysokości|w\s+kwocie|na\s+(?:[^\W\d]+\s+)?kwotę|kwot[aęy]\s+(?:[^\W\d]+\s+)?wynosi\w*)"
    r"(?:\s+(?:ponad|około|ok\.|blisko|prawie|niemal|niespełna|do|aż))?[ \u00a0]*\Z",
    re.I,
)
# How far back a sum printed with its currency lends it to a bare one of the same passage ("Fight Club otrzyma 15
# tysięcy złotych, a Akademia i BKS po 10 tysięcy", "80 mln zł … Wielkopolscy seniorzy mają do dyspozycji 5,3 mln").
_LENDING_REACH = 200
# How far around a sum its clause and sentence are read: in a text with no clause end (a flattened table) every
# amount's sentence would be the whole text, and each rule's search over it made the page quadratic (100 KB of
# "dotacje o łącznej wartości 12 zł" ran over a minute).
_SENTENCE_REACH = 400
# Verbs and nouns of counting people or things (attendance, visits, holdings, residents, participants).
_COUNTING = re.compile(
    r"(?<!\w)(?:przyszł[oa]|przyszli|przybył[oay]?|przybyli|odwiedził\w*|wzię(?:ło|li|ły)\s+udział|uczestniczył\w*"
    r"|w\s+zbiorach|mieszka(?:ło|ją)?|liczy|zgromadził\w*|obejrzał\w*|zarejestrowa\w*|zapisał\w*)(?!\w)",
    re.IGNORECASE,
)
# "Środki w wysokości 209 tys. pochodzą z …", "czyli 81 tys.,": words that say a bare number is a sum.
# ("czyli po przeliczeniu na złote około 23 miliony": a sum restated in another currency)
_SUM_BEFORE = re.compile(
    r"\b(?:w\s+wysokości|w\s+kwocie|na\s+kwotę|kwot[aęy]|kwotą|sum[aęy]|(?:czyli|tj\.)(?:\s+po\s+przeliczeniu(?:\s+na\s+\w+)?)?)"
    r"(?:\s+[^\W\d]+\.?)?[ \u00a0]*\Z",
    re.I,
)
_RANGE_NEXT = re.compile(r"[ \u00a0]*(?:do|[-–—‐])[ \u00a0]*\d")  # "40,5 tys. do 52,125 tys. PLN": a lower bound
_BETWEEN_OPEN = re.compile(r"\b(?:po)?między[ \u00a0]+\Z", re.I)  # "między 5 tys. a 10 tys. zł": a lower bound too
_BETWEEN_NEXT = re.compile(r"[ \u00a0]+a[ \u00a0]+\d")
_RANGE_UPPER = re.compile(rf"\b{_UP_TO}[ \u00a0]*\Z")  # "od 0,5 mln zł do 93,5 mln": the upper bound
# ("4,9 miliona euro, czyli po przeliczeniu na złote około 23 miliony": the same sum restated, of the same kind)
_COORDINATED = re.compile(
    r"[ \u00a0]*(?:,|i|oraz|a\s+także)?[ \u00a0]*(?:(?:czyli|tj\.)(?:\s+po\s+przeliczeniu(?:\s+na\s+\w+)?)?\s+)?"
    r"(?:(?:około|ok\.|ponad|blisko|prawie|niemal|niespełna)[ \u00a0]*)?",
    re.I,
)
# A verb after a comma still speaks of the amount ("70 milionów złotych, otrzymała Gdynia"); a noun starts
# the next item of a list ("47 991,65 zł, dotacja … – 40 566,84 zł").
_VERB_CUE = re.compile(
    r"(?:otrzyma|otrzymuj|pozyska|uzyska|dostał|dostal|dostan|dostaj|zdoby|przyzna|przekaza|przekaż|trafi|wesprze|dołoż|dokłada"
    r"|pokry|sfinansuj|wyłoż)\w*",
    re.I,
)
# "20 000 zł na ubrania i hełmy pozyskała OSP": a purpose phrase after the sum, its "i" no clause end before a verb.
_PURPOSE = re.compile(r"[ \u00a0]*na[ \u00a0]")
_VERB_AFTER_AND = re.compile(rf"(?:[^\W\d]+[ \u00a0]+){{0,4}}?(?:{_VERB_CUE.pattern})", re.I)
# "Pozostałe 7 427,40 zł Gmina pokrywa z wkładu własnego": a unit as the subject after the amount.
_UNIT_SUBJECT = re.compile(r"(?:Gmina|Miasto|Powiat|Województwo|Samorząd|Urząd|Ośrodek|Stowarzyszenie|Fundacja)\s+\w")
_SLOWNIE_AFTER = re.compile(rf"[ \u00a0]*{_IN_WORDS}[^)]{{0,160}}\)", re.I)
_PERCENT_OF = re.compile(r"(?:%|\bproc\.?|\bprocent\w*)[ \u00a0]+(?:\w+[ \u00a0]+)?\Z")
# "1 EURO = 4 PLN": an exchange rate, not money.
_RATE_BEFORE = re.compile(r"(?:EUR|EURO|euro)[ \u00a0]*=[ \u00a0]*\Z")
_RATE_SIDES = re.compile(r"[ \u00a0]*=")  # "1 EURO = 4 PLN": both sides of an exchange rate
# ... the right side only after a sum ("1 EURO = ", "1 € ="): "Całkowity koszt zadania = 750.420,72 zł" is a label's
# value
_RATE_RIGHT = re.compile(r"(?:\d|EURO?|[Ee]uro|€|zł|PLN|USD|CHF)\.?[ \u00a0]*=[ \u00a0]*\Z")
# "po kursie 4 zł/euro": a price of a currency, not money
_PER_CURRENCY = re.compile(r"[ \u00a0]*/[ \u00a0]*(?:EURO?|[Ee]uro|€|USD|CHF)(?!\w)")
# "Kurs euro: 4,30 PLN", "po średnim kursie NBP 4,27 zł": a rate in words ("kurs prawa jazdy – 2 310 zł" is money).
_RATE_WORD = re.compile(
    r"\bkurs\w*\s+(?:(?:średni\w*|wymiany)\s+)?(?:euro?|walut\w*|nbp|wymiany)\b[^.;\n\d]{0,30}\Z", re.I
)
_ABBREVIATION_DOT = re.compile(r"\.[ \u00a0]+[a-ząćęłńóśźż]")
_SLOWNIE = re.compile(r"\A[\s(]*słownie", re.I)
# A sum in brackets right after a percentage restates it: "85% (850 000 zł) pochodzi z EFS".
_PERCENT_OPEN = re.compile(r"(?:%|\bproc\.?|\bprocent\w*)[ \u00a0]*\([ \u00a0]*\Z", re.I)
_CLOSE_PAREN = re.compile(r"[ \u00a0]*\)")
# A share in brackets right after a sum ("64 000 zł (80%)", "(85 proc. kosztów)") is no clause end.
_PERCENT_AFTER = re.compile(
    r"[ \u00a0]*\([ \u00a0]*\d{1,3}(?:[,.]\d+)?[ \u00a0]*(?:%|proc\.?|procent\w*)[^()\n]{0,30}\)"
)
_RANGE_BEFORE = re.compile(rf"(?:\d|{_MULT}\.?){_SP}*(?:[-–—‐]|do){_SP}*\Z")
# The lower bound of a range whose currency is printed once, after the upper: "od 40,5 tys. do 52,125 tys. PLN".
_RANGE_LOWER = re.compile(
    rf"(?<![\w.,])(?P<num>{_INT})(?P<frac>{_FRAC})?{_SP}*(?:(?P<mult>{_MULT})\.?{_SP}*)?(?:[-–—‐]|do){_SP}*\Z"
)
# An item of a list of sums whose currency is printed once, after the last: "granty w wysokości 10 000, 15 000, 20 000
# oraz 25 000 zł".  Only digit-grouped numbers (a thousand or more), so "w latach 2021, 2022 i 3 000 zł" is no list.
_LIST_ITEM_BEFORE = re.compile(
    rf"(?<![\w.,])(?<!\d{_SP})(?P<num>\d{{1,3}}(?:{_SP}\d{{3}}(?!\d)){{1,4}})(?P<frac>,\d{{2}})?"
    rf"(?:{_SP}*,{_SP}*|{_SP}+(?:i|oraz|lub|albo){_SP}+)\Z"
)


def _list_items(text: str, m: re.Match[str], floor: int) -> list[tuple[Decimal, int, int]]:
    """The sums listed right before the amount `m` that carry its currency ("10 000, 15 000 oraz 25 000 zł"), in
    order, as (value, start, end); each of about the amount's size (a phone number before a sum is not one of them),
    none before `floor` (the end of the last amount read)."""
    if m.group("num") is None or m.group("loose") is not None:
        return []
    items: list[tuple[Decimal, int, int]] = []
    pos = m.start()
    if (mult := m.group("mult")) is not None:
        # "kwotami 900 i 500 tys. zł", "po 8 i 9 tys. zł": the multiplier and the currency shared by the numbers before
        if m.group("num2") is not None or m.group("num3") is not None or len(m.group("num")) > 3:
            return []
        if not any(c.isdigit() for c in text[max(floor, pos - 16) : pos]):
            return []
        while (item := _SHARED_MULT_BEFORE.search(text, max(floor, pos - 16), pos)) is not None:
            if (value := _number(item.group("num"), item.group("frac"), mult)) is None:
                break
            items.append((value, item.start(), item.end("frac") if item.group("frac") else item.end("num")))
            pos = item.start()
        return items[::-1]
    size = len(_NON_DIGIT.sub("", m.group("num")))
    while (item := _LIST_ITEM_BEFORE.search(text, max(floor, pos - 40), pos)) is not None:
        value = _number(item.group("num"), item.group("frac"), None)
        if value is None or abs(len(_NON_DIGIT.sub("", item.group("num"))) - size) > 1:
            break
        items.append((value, item.start(), item.end("frac") if item.group("frac") else item.end("num")))
        pos = item.start()
    return items[::-1]


# A bare number of up to three digits joined to a sum with a multiplier ("900 i 500 tys. zł", "8, 9 lub 10 mln zł"): it
# shares the sum's multiplier and currency (not a part of a date, a reference number or a larger number).
_SHARED_MULT_BEFORE = led(
    rf"(?<![\w.,/\-])(?<!\d{_SP})(?<![Nn]r{_SP})(?<![Nn]r\.{_SP})(?<!pkt{_SP})(?<!§{_SP})(?P<num>\d{{1,3}})(?P<frac>,\d{{1,3}})?(?:{_SP}*,{_SP}*|{_SP}+(?:i|oraz|lub|albo){_SP}+)\Z"
)
# "w przedziale między 20 000 a 60 000 euro": the lower bound of a range said with "między … a".
_BETWEEN_LOWER = re.compile(
    rf"\b(?:po)?między{_SP}+(?P<num>{_INT})(?P<frac>{_FRAC})?{_SP}*(?:(?P<mult>{_MULT})\.?{_SP}*)?a{_SP}+\Z", re.I
)

# What follows "fundusz" in a unit's own fund, no outside grant (tests/realtext/README.md: "a gmina's own budget line
# (…, a "fundusz sołecki")"): a sołectwo's fund, or a fund named for its gmina, town or powiat ("Fundusz Rozwoju
# Gminy", "Funduszu Inicjatyw Lokalnych Miasta"; capitalised, a name: not "RFIL gminy otrzymały").
_OWN_FUND = r"(?:[ \u00a0]+(?:[Ss]ołeck|(?:(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])\w+[ \u00a0]+){1,2}(?-i:Gminy|Miasta|Powiatu)\b))"

# Head words naming what the sum is; the one closest to the amount wins.  Eligible costs come
# first so "Całkowite koszty kwalifikowalne" is not read as "Całkowite koszty".
# Every head word starts at a word boundary or a capital glued to a word ("w OPSDofinansowanie"): it
# keeps "potrafię" from reading as "trafi" and scans several times faster (benchmarks/cue_forms_results.md).
# (`led`: a look-ahead at the letters the words begin with goes first; a scan twice as fast, the same matches)
_HEADS = led(
    r"(?:\b|(?-i:(?<=[a-ząćęłńóśźżA-ZĄĆĘŁŃÓŚŹŻ])(?=[A-ZĄĆĘŁŃÓŚŹŻ])))(?:(?P<eligible>(?:(?:całkowit|łączn)\w*\s+)?(?:wydatk|wydatek|koszt|koszc)\w*\s+(?:\w+\s+)?kwalifikowa\w*"
    r"|(?:wydatk|wydatek|koszt|koszc)\w*\s+kwalifikując\w*(?:\s+się\s+do\s+(?:objęcia\s+)?(?:wsparci|dofinansowa)\w*)?"
    r"|\bkwalifikowa\w*\s+(?:wydatk|wydatek|koszt|koszc|wartoś|kwot|kwoci)\w*|(?:wartoś|kwot|kwoci)\w*\s+(?:\w+\s+)?kwalifikowa\w*)"
    # ("Wkład własny Beneficjenta": whose share it is, not a grant's cue)
    # ("wkładu własnego, czyli dotacji Organizatora": what restates the own share is the own share)
    r"|(?P<own_share>wkład\w*\s+własn\w*(?:\s+(?:beneficjent|partner|wnioskodawc|grantobiorc)\w*)?"
    r"(?:,?\s+(?:czyli|tj\.)\s+(?:dotacj|środk|wkład|kwot)\w*(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])\w*)?)?"
    r"|środk\w*\s+własn\w*|własn\w*\s+(?:środk|wkład)\w*|udział\w*\s+własn\w*"
    r"|wkład\w*\s+(?:finansow\w*\s+)?(?:gminy|miasta|powiatu|województwa|samorządu)"
    # "Gmina wniesie wkład finansowy w wysokości X": the contribution a unit brings in is its own share
    r"|wnies\w*\s+(?:[^\W\d]+\s+)?wkład\w*"
    # "a wkład Leszna to 41.306,93 zł": the share of a place named in the genitive (not the EU's, a fund's, a payer's)
    r"|wkład\w*\s+(?!(?-i:Uni|Europ|Wspóln|Fundusz|Minist|Wojew|Marsza|Państw|Skarb|Mazowsz|Samorządu\s+Wojew|Rząd|Polsk|Norw|Island"
    r"|Liecht|Szwajc|Mechaniz|Bank|Krajow|Program|Fundacj|Sponsor))"
    r"(?-i:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{2,})\b(?!\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))"
    # ("Powiat dołoży ze swoich środków 92 800 zł": "swój" is the reflexive "own")
    r"|(?:doda|dołoż|dokłada|wyłoż|zapewni|wnies)\w*\s+(?:ze?\s+)?(?:własn|swoi(?=ch\s+środk)|swoje(?=\s+środk))\w*"
    rf"|(?<!wartość\s)(?<!wartości\s)budże[tc]\w*\s+(?:gminy|miasta|powiatu|własn\w*)|własn\w*\s+budże[tc]\w*|fundusz\w*{_OWN_FUND}\w*|(?:gmina|miasto|powiat)\s+(?:dołoż|dokłada)\w*|(?:dołoż|dokłada)\w*\s+(?:gmina|miasto|powiat|samorząd)"
    # "a sama dołożyła 150 tys. zł": what the unit adds itself (each verb with its imperfective: "dołoży" and "dokłada",
    # "dokładamy"; not "dokładnie", exactly)
    r"|\bsam[aoi]?\s+(?:dołoż|dokłada|wyłoż|pokry|sfinansowa|zapłaci)\w*)"
    # "Inwestycja za 2,4 mln zł": what the project is done for
    # ("sprzęt kupi za kwotę 20.000,00 PLN": the price paid)
    r"|(?P<total_cost>(?:inwestycj|projekt|zadani|przedsięwzię|remont|budow|przebudow|modernizacj)\w*\s+za(?=\s*(?:\d|\Z))"
    r"|\bza\s+(?:łączną\s+|całkowitą\s+)?kwotę\b|"
    r"całkowit\w*\s+(?:wartoś|koszt|koszc)\w*|(?:wartoś|koszt|koszc)\w*\s+całkowit\w*"
    r"|całoś(?:ć|ci)\s+(?:koszt\w*\s+)?(?:projektu|zadania|inwestycji|przedsięwzięcia|prac|robót|remontu|budowy)"
    # "Łączna wysokość tego przedsięwzięcia to 17 800,00 zł": the whole undertaking's sum
    r"|(?:łączn|całkowit)\w*\s+wysokoś\w*\s+(?:\w+\s+)?(?:projektu|zadania|przedsięwzięcia|inwestycji)\b"
    r"|(?:łączn|szacunkow|przewidywan|planowan|ogóln|szacowan)\w*\s+(?:wartoś|koszt|koszc)\w*"
    r"|budżet\w*\s+(?:całego\s+)?(?:projektu|zadania|inwestycji|przedsięwzięcia)"
    r"|(?:wartoś|koszt|koszc)\w*\s+(?:całego\s+)?(?:projektu|zadania|inwestycji|przedsięwzięcia|programu|umowy"
    r"|robót|prac|budowy|zakupu|remontu|przebudowy|modernizacji|operacji|zamówienia)"
    # "Umowę z wykonawcą podpisano na kwotę X": a contract with a contractor is the works' cost
    # (tests/realtext/README.md, fourth round: "the value of a contract with a contractor … is `total_cost`")
    r"|umow\w*\s+z\s+(?:wykonawc|firm|przedsiębiorstw|spółk|przedsiębiorc)\w*"
    r"|(?:o|na|za)\s+(?:łącznej\s+|całkowitej\s+)?wartoś\w*|wartoś(?!ciow)\w*|kosztowa\w*|kosztuj\w*|\bkosztem\b"
    r"|całkowit\w*\s+(?:kwot\w*|kwocie)|(?:kwot\w*|kwocie)\s+(?:całkowit\w*|projektu|zadania|inwestycji|umowy)|\brazem\s*:"
    r"|\bwart[aeyo]?\b|wymaga\w*\s+(?:kwoty|nakładów)|\bkoszt(?:u|em)?\b(?!\s+utrzymani)|\bkoszcie\b|(?:o|wy)szacowan\w*|wyceni\w*|pochłon\w*|zapłac\w*"
    # "Inwestycję szacowaną na 5 mln zł", "Zadanie opiewa w całości na kwotę": the undertaking's whole sum (not
    # "Dotację szacowaną na", "promesa opiewająca na": the grant's)
    r"|(?:inwestycj|projekt|zadani|przedsięwzię|remont|budow|przebudow|modernizacj)\w*\s+(?:(?!dotacj|dofinans|grant|promes|wspar|pomoc)[^\W\d]+\s+){0,2}?(?:szacowan\w*\s+na|opiew\w*))"
    r"|(?P<grant>dofinansowa\w*|dofinasowa\w*|sfinansowa\w*|współfinansowa\w*|dotacj\w*|subwencj\w*|wspar(?:ci|ć|ł|l|t)\w*"
    r"|\bgrant(?!ow[yaeąę]|obior|odaw)\w*|\bgrancie\b|beneficjen\w*|finansowani\w*\s+ze?\s|refundacj\w*|(?:z)?refundowa\w*|promes\w*|(?:kwot\w*|kwocie)\s+(?:przyznan|pomocy|wsparci)\w*|przyznan\w*\s+(?:kwot\w*|kwocie)"
    r"|pomoc\w*\s+(?:finansow\w*|de\s+minimis)|budże[tc]\w*\s+państwa"
    # "wkład finansowy MKiDN 2 000 000 zł": a contribution named as a ministry's or the state's is its grant, as one
    # named as the EU's is the EU share (tests/realtext/README.md, `eu_share`: "wkład named as coming from the EU")
    r"|wkład\w*\s+(?:finansow\w*\s+)?(?-i:Minist\w*|MKiDN|MSWiA|MSiT|MEiN|MRiRW|MRiPS|MRPiPS|Wojewod\w*|Skarbu\s+Państwa|Państwa)"
    # "przy udziale środków z Rządowego Funduszu Polski Ład": a named state or EU fund pays (not a sołectwo's fund)
    r"|środk\w*\s+(?:z\s+)?(?:\w+\s+)?(?-i:Fundusz)\w*(?!\s+[Ss]ołeck)"
    # "ze środków PFRON", "Środki finansowe Ministra:", "ze środków Wojewody": the money of a named non-EU payer
    r"|środk\w*\s+(?:finansow\w*\s+)?(?:z\s+)?(?:\w+\s+)?(?-i:Minist|PFRON|Wojewod|Marszałk|[WN]FOŚ)\w*"
    # "W tym udział PROW – 396.953,25 zł": the share a programme or fund pays
    r"|udział\w*\s+(?:środków\s+)?(?-i:(?:PROW|RPO\w*|UE|EFRR|EFS|EFRROW|PFRON|RFIL|FDS|RFRD)\b)"
    # ("Razem dało to 111 033,49 zł": "dało to" sums up, it gives nothing)
    r"|(?:otrzyma|otrzymuj|otrzymywa|pozyska|uzyska|dostał|zdoby|przyzna|przekaza|przekaż|wywalczy)\w*|dostan\w*|dostaj\w*|dostal[iy]\w*|voucher\w*|\bczek(?:i|u|iem|ów|ami|ach)?\b|trafi\w*|przypadł\w*|przypadnie|obiecuj\w*|obiecan\w*|\bdał[aoiy]?\b(?!\s+to\b)"
    r"|wesprze\w*|dołoży\w*|dokłada\w*|przeznaczon\w*\s+(?:kwot\w*|kwocie))"
    r"|(?P<eu_share>wkład\w*\s+(?:(?-i:UE)|unii\b|unijn\w*|wspólnot\w*))"
    r"|(?P<other>(?:alokacj\w*|\bpul[aięy]\b)(?:\s+(?:środków|dotacji|dofinansowania|grantów|pieniędzy)\b)?(?:\s+na\s+\w+)?"
    # a request is not money received: "wnioskowana kwota dotacji", "kwota wnioskowanego dofinansowania"
    r"|wnioskowan\w*\s+(?:(?:kwot\w*|kwocie)\s+)?(?:(?:dotacj|dofinansowa|wsparci|pomoc|środk)\w*)?"
    r"|(?:kwot\w*|kwocie)\s+wnioskowan\w*(?:\s+(?:dotacj|dofinansowa|wsparci|pomoc|środk)\w*)?|pożyczk\w*|kredyt\w*"
    # "Średni miesięczny koszt utrzymania mieszkańca": a fee for a place in a home, not a project's cost
    r"|(?:koszt|koszc)\w*\s+utrzymani\w*|(?:ma|mają|miał\w*)\s+budżet\w*|budżet\w*\s+(?:konkursu|naboru|programu)))",
    re.I,
)


_KEPT_CONTEXT = 1_000  # characters: a label line glued before an amount's clause can be a page long


def _heads(context: str) -> tuple[re.Match[str], ...]:
    """`_HEADS`'s matches in `context`.  The rules of one amount ask about the same strings again and again
    (its clause before it, its words after it: about half the scans repeated one), so the answers for
    the last few strings are kept; a string is immutable, so its answer is too.  A long string is not
    kept (64 of them would hold their text in memory): it is scanned each time, as before."""
    return _kept_heads(context) if len(context) <= _KEPT_CONTEXT else tuple(_HEADS.finditer(context))


@functools.lru_cache(maxsize=64)
def _kept_heads(context: str) -> tuple[re.Match[str], ...]:
    return tuple(_HEADS.finditer(context))


def _first_head(context: str) -> re.Match[str] | None:
    """`_HEADS.search(context)`: the first of its matches."""
    found = _heads(context)
    return found[0] if found else None


_POOL_HEAD = re.compile(
    r"alokacj|\bpul[aięy]\b|(?:ma|mają|miał\w*)\s+budżet|budżet\w*\s+(?:konkursu|naboru|programu)", re.I
)
# Phrases naming the EU as the source of a sum ("ze środków Unii Europejskiej", "z EFS").
_EU_SOURCE = re.compile(
    r"środk\w*\s+(?:z\s+)?(?:europejsk\w*|unijn\w*|(?-i:UE))|unii\s+europejsk\w*|\bunijn\w*"
    r"|europejsk\w*\s+fundusz\w*|fundusz\w*\s+europejsk\w*|fundusz\w*\s+spójności"
    # ("dofinansowanie ze środków wspólnotowych": the Community's money, an EU cue; not "działania wspólnotowe")
    r"|(?:środk|fundusz|budże[tc]|pieniądz|pieniędz|dofinansowa)\w*\s+wspólnotow\w*"
    r"|(?-i:\b(?:UE|EFS\+?|EFRR|EFRROW|FS|EU|Uni[aęi])\b)",
    re.I,
)
# Phrases naming a non-EU payer (a ministry, the state budget): the closest source phrase decides.
_OTHER_SOURCE = re.compile(
    r"budże[tc]\w*\s+(?:państwa|gminy|miasta|powiatu|województwa|samorządu)|minist\w*|wojewod\w*"
    r"|fundusz\w*\s+(?:pracy|solidarnościow\w*)"
    # national co-financing of an EU project: "środki współfinansowania krajowego środków europejskich"
    r"|(?:współ)?finansowani\w*\s+krajow\w*(?:\s+(?:środków|funduszy)\s+(?:europejsk|unijn)\w*)?"
    r"|krajow\w*\s+(?:współ)?finansowani\w*|wkład\w*\s+krajow\w*|środk\w*\s+krajow\w*"
    r"|(?-i:\b(?:PFRON|NFOŚiGW|WFOŚiGW|MRPiPS|MRiPS)\b)",
    re.I,
)
# Cues read only right before an amount (kept out of _HEADS, which every amount's context is scanned with):
# "Dotacja z urzędu miała wartość 12 tys. zł": the value of the grant is the grant.
# ("dofinansowanie o wartości 239 907 zł", "dotacje o łącznej wartości X": "granty/dotacje o wartości X are money and
# keep the grant rules", tests/realtext/README.md, third round; a thing's value stays its cost: "sprzęt o wartości X")
_GRANT_VALUE = re.compile(
    r"\b(?:dotacj|dofinansowa[nń]|grant|subwencj|promes|wsparci)\w*(?:\s+[^\s\d.,;:]+){0,5}?\s+(?:miał\w*|ma|mają)\s+wartoś\w*"
    r"[ \u00a0:]*\Z"
    r"|\b(?:dotacj|dofinansowa[nń]|grant(?!obior|odaw)|subwencj|promes)\w*(?:\s+(?!(?:o|na|dla|do|w|we|z|ze|za|i|oraz|a)\b|(?:otrzym|dosta|uzysk|pozysk|przyzna|projekt|zadani|inwestycj|przedsięwzię|sprzęt|samoch|zakup|remont|budow)\w*)[^\W\d]+){0,2}?"
    r"\s+o\s+(?:łącznej\s+|całkowitej\s+|ogólnej\s+)?wartości"
    r"(?:\s+(?:ponad|około|ok\.|blisko|prawie|niemal))?[ \u00a0:]*\Z",
    re.I,
)
# "96 247,50 zł gmina przeznaczyła z budżetu": the unit's budget named after the sum is its own share (not the state's
# or the region's; and not before the sum: "Gmina przeznaczyła z budżetu 50 000 zł na remont" is its spending, no cue).
_OWN_BUDGET_AFTER = re.compile(
    r"[ \u00a0]*(?:gmina|miasto|powiat|samorząd)\s+(?:[^\W\d]+\s+)?"
    r"(?:przeznaczy|wyłoży|pokry|zapłaci|dopłaci|dołoży|dokłada)\w*"
    r"\s+(?:[^\W\d]+\s+){0,2}?z\s+(?:własnego\s+|swojego\s+)?budżetu\b"
    r"(?!\s+(?:państwa|wojew|unii|\w*\s*(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])))",  # a named budget: "z budżetu Gminy X" (capital only)
    re.I,
)
# "miejska kasa dołoży 85 200 zł", "z kasy gminy": the unit's purse is its own share.
_PURSE = re.compile(
    r"\b(?:miejsk|gminn|powiatow)\w*\s+kas(?:a|y|ie|ę|ą)\b|\bkas(?:a|y|ie|ę|ą)\s+(?:miasta|gminy|powiatu|miejsk|gminn)",
    re.I,
)
# A benefit paid to a person ("dodatek 250 zł miesięcznie", "stypendium w wysokości 800 zł") is not the unit's money.
_BENEFIT_BEFORE = re.compile(
    r"\b(?:dodat(?:ek|ku|kiem)|zasił(?:ek|ku|kiem)|stypendi(?:um|a|ów)|pensj[aię]|nagrod(?:a|y|ę|ą|zie))\b"
    r"(?:\s+(?:w\s+wysokości|w\s+kwocie|[^\W\d]+)){0,2}[ \u00a0:–-]*\Z",
    re.I,
)
# "gdy dochód na osobę nie przekracza kwoty 514 zł": an income threshold for a person's benefit, not money given.
_INCOME_BEFORE = re.compile(
    r"\bdoch(?:ód|odu)\b(?:\s+[^\W\d]+){0,6}?\s+(?:nie\s+)?przekracza\w*(?:\s+kwot\w*)?[ \u00a0]*\Z", re.I
)
_BENEFIT_WORDS = ("dodat", "zasił", "stypend", "pensj", "nagrod", "doch")
_SPECIAL_WORDS = ("kas", "wartoś", *_BENEFIT_WORDS)

# The head words' group names are amount kinds (model.AmountKind, the one list of kinds).
_KIND_OF_GROUP: dict[str, AmountKind] = {kind: kind for kind in get_args(AmountKind) if kind in _HEADS.groupindex}
if set(_HEADS.groupindex) - set(_KIND_OF_GROUP):
    raise AssertionError(f"head-word groups that are not amount kinds: {set(_HEADS.groupindex) - set(_KIND_OF_GROUP)}")
_BEFORE_WINDOW = 300
_AFTER_WINDOW = 60


def _exponent(mult: str) -> int:
    """Power of ten a multiplier word stands for (tys. 3, mln 6, mld 9)."""
    mult = mult.lower()
    if mult.startswith(("mld", "miliard")):
        return 9
    return 6 if mult.startswith(("mln", "milion")) else 3


def _number(num: str, frac: str | None, mult: str | None) -> Decimal | None:
    """Exact value of the printed number; None when its form is ambiguous ("1,234", "1.234.50")."""
    digits = _NON_DIGIT.sub("", num)
    if frac and frac[0] == "." and "." in num:
        return None
    decimals = frac[1:].lstrip(" \u00a0\u2009\u202f") if frac else ""  # ", 17": a space after the comma
    decimals = decimals if decimals.isdigit() else ""
    if len(decimals) > 2 and not mult:
        return None  # three decimal places in złoty: a thousands group, or a typo
    try:
        value = Decimal(f"{digits}.{decimals}" if decimals else digits)
    except InvalidOperation:  # pragma: no cover - the regex only lets digits through
        return None
    if mult:
        value = value.scaleb(_exponent(mult))
        value = value.quantize(_ONE) if value == value.to_integral_value() else value.normalize()
    return value


def _rest(value: Decimal | None, exponent: int, num2: str | None, num3: str | None) -> Decimal | None:
    """Add the lower parts of "4 mln 132 tys. 500 zł"; None when they do not fit under the multiplier."""
    if value is None:
        return None
    if num2 is not None:
        if exponent < 6:
            return None
        value += int(num2) * 1000
        exponent = 3
    if num3 is not None:
        if exponent != 3:
            return None
        value += int(num3)
    return value


def _currency(m: re.Match[str]) -> Literal["PLN", "EUR"]:
    """ISO code of the amount's currency word: EUR for euro, else PLN (a bare sum is taken as złoty)."""
    word = m.group("cur") or m.group("ocur") or m.group("wcur")
    return "EUR" if word in _EURO else "PLN"


def _bare(m: re.Match[str]) -> bool:
    """An amount printed with a multiplier or in words but no currency ("320 tys.", "trzy miliony")."""
    return (
        m.group("xnum") is not None
        or (m.group("words") is not None and m.group("wcur") is None)
        or (m.group("one") is not None and m.group("ocur") is None)
    )


def _lent_currency(text: str, lent_from: int, start: int) -> bool:
    """A sum printed with its currency ended shortly before `start`, in the same paragraph: a bare sum after it is
    money of the same passage ("… 15 tysięcy złotych, a BKS po 10 tysięcy", "… 80 mln zł. Seniorzy mają do
    dyspozycji 5,3 mln"), unless what lies between counts what the money brought ("kosztowała 20 tys. zł, a przyszło
    na nią 5 tys.", "ma w zbiorach 12 tys. woluminów i 3 tys. na płytach"): the dev passages showed no such count,
    the review of d99d914 wrote these."""
    if lent_from < 0 or start - lent_from > _LENDING_REACH:
        return False
    between = text[lent_from:start]
    return "\n\n" not in between and _COUNTING.search(between) is None


def _match_value(m: re.Match[str]) -> Decimal | None:
    if m.group("pnum") is not None:
        return _number(m.group("pnum"), m.group("pfrac"), None)
    if m.group("bnum") is not None:
        return _number(m.group("bnum"), f",{m.group('bfrac')}", None)
    if m.group("lnum") is not None:
        return _number(m.group("lnum"), f",{m.group('lfrac')}", None)
    if m.group("vnum") is not None:
        return _number(m.group("vnum"), f",{m.group('vfrac')}", None)
    if m.group("snum") is not None:
        return _number(m.group("snum"), f",{m.group('sfrac')}", None)
    if m.group("xnum") is not None:
        value = _number(m.group("xnum"), m.group("xfrac"), m.group("xmult"))
        return _rest(value, _exponent(m.group("xmult")), m.group("xnum2"), None)
    if m.group("words") is not None:
        words = numeral_value(m.group("words"))
        mult = m.group("wmult")
        return None if words is None else (words * 10 ** _exponent(mult)).quantize(_ONE)
    if m.group("one") is not None:
        exponent = 9 if m.group("one").lower() == "miliard" else 6
        return _rest(Decimal(10) ** exponent, exponent, m.group("onum2"), m.group("onum3"))
    mult = m.group("mult")
    value = _number(m.group("num"), m.group("frac"), mult)
    if mult is None:
        return value
    return _rest(value, _exponent(mult), m.group("num2"), m.group("num3"))


def _magnitude_typo(m: re.Match[str]) -> Decimal | None:
    """The value without its "mln"/"mld" when the number before it already holds millions: "260 582 586 mln zł"
    (260 trillion złoty is no public sum; the page meant 260 582 586 zł); None for any other amount."""
    for num, frac, mult in (("num", "frac", "mult"), ("xnum", "xfrac", "xmult")):
        word = m.group(mult)
        if word is not None and m.group(num) is not None and _exponent(word) >= 6:
            plain = _number(m.group(num), m.group(frac), None)
            if plain is not None and plain >= _MILLION:
                return plain
    return None


def parse_money(text: str) -> Decimal | None:
    """Value of one amount as printed ("51 120,  zł" -> 51120, "355 075,00 zł" -> 355075.00).

    The first amount with a currency marker in `text`; None when there is none.
    """
    for m in _amounts(text):
        if (
            _bare(m)
            or m.group("lnum") is not None
            or m.group("vnum") is not None
            or "słownie" in text[max(0, m.start() - 20) : m.start()].lower()
        ):
            continue  # no currency marker; or "(słownie: dwanaście tysięcy złotych)" repeating a sum in figures
        value = _match_value(m)
        if value is not None:
            return value
    return None


def parse_cell_amount(cell: str, header: str) -> Decimal | None:
    """A table cell under a header naming the currency ("Kwota (zł)": "12 345,67" -> 12345.67).

    None unless the header names zł/PLN and the whole cell is one number; "tys. zł" in the
    header scales the cell.
    """
    if not _HEADER_CURRENCY.search(header):
        return None
    m = _CELL.fullmatch(cell.strip())
    if m is None:
        return None
    mult = m.group("mult")
    if mult is None and (hm := _HEADER_MULT.search(header)):
        mult = hm.group(1).lower()
    return _number(m.group("num"), m.group("frac"), mult)


def kind_of(label: str) -> AmountKind:
    """The kind an amount has under `label` alone: a table's row or column heading ("Wkład własny (zł)")."""
    return _kind(label, "")


class _Boundaries:
    """The clause boundaries (`_BOUNDARY`) of a text, looked for around the amounts that ask, not over the whole text.

    A boundary is one character whose look-arounds see only its neighbours, so whether a place is one does not
    depend on where a scan starts: the boundaries found from any place are those one `finditer` over the whole
    text finds there (a test holds it).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # The last answers, so that amounts asked in reading order cost one scan of the text in all, not one each:
        # a text with no boundary for 100 KB made every amount rescan it back to its start.
        self._start_asked = -1
        self._start_found = 0
        self._end_asked = -1
        self._end_found = -1

    def clause_start(self, pos: int) -> int:
        """Offset just after the last boundary before `pos` (0 when there is none)."""
        if 0 <= self._start_asked <= pos:  # asked in reading order: only the text since the last answer is new
            last = self._last_boundary(self._start_asked, pos)
            found = last + 1 if last >= 0 else self._start_found
        else:
            width = 256
            while True:
                low = max(0, pos - width)
                last = self._last_boundary(low, pos)
                if last >= 0 or low == 0:
                    break
                width *= 4
            found = last + 1
        self._start_asked, self._start_found = pos, found
        return found

    def _last_boundary(self, low: int, pos: int) -> int:
        """Start of the last boundary in [low, pos), or -1; its look-aheads may read past `pos`, the scan does not."""
        text = self.text
        # from `pos` back (the nearest mark is most often a boundary), each mark character's search going on from
        # where it stopped: text full of marks that are no boundary ("ul.", "r.") is read once, not once a mark
        nearest = {char: text.rfind(char, low, pos) for char in _BOUNDARY_MARKS}
        while True:
            char = max(nearest, key=nearest.__getitem__)
            mark = nearest[char]
            if mark < 0 or _BOUNDARY.match(text, mark):
                return mark
            nearest[char] = text.rfind(char, low, mark)

    def sentence_end(self, end: int) -> int:
        """The first boundary at or after `end` (the text's length when there is none): the full stop right after an
        amount ends its sentence ("… 60 193,42 zł. Dofinansowanie …"), the next sentence's words are not its."""
        if 0 <= self._end_asked <= end <= self._end_found:
            return self._end_found
        found = _BOUNDARY.search(self.text, end)
        self._end_asked, self._end_found = end, found.start() if found else len(self.text)
        return self._end_found


def _clause_start(bounds: _Boundaries, pos: int) -> int:
    """Offset just after the last clause boundary before `pos`."""
    return bounds.clause_start(pos)


def _label_line(text: str, line_start: int) -> str:
    """The previous line when it is a label ending in ":" (amount on its own line under it)."""
    end = line_start - 1
    while end > 0 and text[end - 1] in " \t\u00a0\n":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    return line if line.endswith(":") else ""


def _label_below(text: str, end: int) -> str:
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
        len(line) <= 60 and not line.endswith((".", ":")) and not any(c.isdigit() for c in line) and bool(_heads(line))
    )


def _is_value(line: str) -> bool:
    """A line that is only an amount ("1 275 000,00 zł")."""
    return _CELL.fullmatch(line) is not None and line[:1].isdigit()


def _card_label(text: str, start: int, end: int) -> str | None:
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
    label = _label_below(text, end)
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


def _own_before(before: str, split: re.Match[str] | None, after_has_head: bool) -> str:
    """The context that decides an amount's kind: its own clause when a cue is there, before or after it.

    "Łączny koszt to 412.300zł., z czego 370.000zł. pokrywa dotacja": the second amount's clause
    ("z czego … pokrywa dotacja") has its cue after it, so the "koszt" of the clause before is
    not its kind.  With no cue in the clause the whole sentence before it decides.  `split`: the last
    `_CLAUSE_SPLIT` match in `before` (the caller needs it too).
    """
    own = before[split.end() :] if split else before
    if after_has_head or _heads(own):
        return own
    return before


# A line ending in a sum with grosze and no currency: an item of a list of sums ("7. Gmina A kwotę 454 668,55").
_GROSZE_END = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:{_SP}\d{{3}})*,\d{{2}}[ \u00a0]*\Z")
# ("otrzymała środki … z podziałem na szkoły:": the sum split among the recipients listed under it)
_GRANT_HEADING = re.compile(r"\b(?:dofinansowa|dotacj|grant|wsparci)\w*|\bz\s+podziałem\s+na\b", re.I)


_MONEY_NOUN_BEFORE = re.compile(rf"(?<!\w)(?:kwot[ęyą]|kwocie){_SP}\Z", re.I)


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


class _ListLines:
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
            for pattern in (_CURRENCY_WORD, _GLUED_CURRENCY):
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


def _money_list_item(lines: _ListLines, start: int, end: int) -> bool:
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
    return bool(heading and _heads(heading))


_SPLIT_HEADING = re.compile(r"\b(?:w\s+podziale|z\s+podziałem)\s+na\s*:\s*\Z", re.I)


def _heading_line(text: str, start: int, line_end: int) -> str | None:
    """What the line `start`..`line_end` says of the list below it: its heading (a line ending in ":", "" when that line
    has a sum of its own it does not split among the items), "" for a line of no list, None for a line the walk up to
    the heading passes over (a blank line or a sibling item: a line holding an amount)."""
    line = text[start:line_end].strip()
    # ("- 3050zł": glued to its figure; "7. Gmina A kwotę 454 668,55": a sibling whose currency the list left out)
    money = _CURRENCY_WORD.search(line) or _GLUED_CURRENCY.search(line) or _GROSZE_END.search(line)
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


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - we want the last match
        pass
    return found


def _last_head(before: str) -> re.Match[str] | None:
    """The closest head word before the amount that is not the base of a percentage.

    "dofinansowanie w wysokości 43,6 % wydatków kwalifikowanych, tj. kwotę 11 964 953,38 PLN": the
    eligible costs are what the percentage is of; the amount is the dofinansowanie.
    """
    found = None
    for head in _heads(before):
        if not _PERCENT_OF.search(before, max(0, head.start() - 16), head.start()):
            found = head
    return found


# One unit said to have got the sum: a singular verb of receiving ("Projekt otrzymał dofinansowanie …", "…, otrzymała
# Gdynia"; not the neuter "otrzymało", which a count of many takes: "otrzymało 17 gmin"), or a list item that is a
# name and its sum ("- Świnoujście – 21 mln zł"; not "• dotacja KSRG – 44,9 mln zł", whose label is a cue).
_ONE_GOT_STEMS = ("otrzymał", "dostał", "uzyskał", "pozyskał")  # looked for first, at C speed (_one_recipient)
_ONE_GOT = re.compile(r"\b(?:" + "|".join(_ONE_GOT_STEMS) + r")a?\b", re.I)
# ... or a singular future ("Województwo Pomorskie dostanie … dotację") or a "we" ("Na zakup autobusów dostaniemy …"):
# one unit's getting, where a count of many takes a plural or the neuter (_PLURAL_GOT, _COUNTED)
_ONE_WILL_GET_STEMS = ("otrzyma", "dostan", "uzyska", "pozyska", "dostali")
_ONE_WILL_GET = re.compile(
    r"\b(?:otrzyma|dostanie|uzyska|pozyska|(?:otrzyma|dostanie|uzyska|pozyska)my"
    r"|(?:otrzymali|dostali|uzyskali|pozyskali)śmy)\b",
    re.I,
)
# ... unless what got it is the country or a region (named in the nominative, as a subject), whose allocation its
# samorządy share: "Małopolska otrzymała 50 mln zł" (not "z RPO Województwa Pomorskiego", a programme's name).
_REGION_GOT = re.compile(
    r"\b(?:Polska|[Rr]egion|Lubelszczyzna|Wielkopolska|Mazowsze|Małopolska|Podkarpacie|Pomorze|Podlasie|Opolszczyzna"
    r"|Kujawy|Warmia|Dolny\s+Śląsk|Górny\s+Śląsk|Śląsk|Ziemia\s+Lubuska)\b"
)
_NAMED_ITEM = re.compile(
    r"\A[\s\-–—•*·]*(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[^\W\d]+(?:[ \u00a0][^\W\d]+){0,2}(?:[ \u00a0]*\([^()\n]{0,40}\))?"
    r"[ \u00a0]*[-–—][ \u00a0]*\Z"
)


def _one_recipient(text: str, lowered: str, clause: int, start: int, stop: int) -> bool:
    """Whether the amount's sentence (`clause` to `stop`) says one unit got it (see _ONE_GOT, _NAMED_ITEM).

    `lowered`: the text lowered (the verbs' stems are looked for there first, at C speed; a letter lowered to two
    shifts its offsets, and then the sentence is lowered alone)."""
    sentence = lowered[clause:stop] if len(lowered) == len(text) else text[clause:stop].lower()
    for stems, verb in ((_ONE_GOT_STEMS, _ONE_GOT), (_ONE_WILL_GET_STEMS, _ONE_WILL_GET)):
        if any(stem in sentence for stem in stems) and verb.search(text, clause, stop):
            return not _REGION_GOT.search(text, clause, stop)
    item = text[clause:start]
    if _FOR_NAMED.search(text, max(clause, start - 120), start):
        return True  # "oraz dla Wojewódzkiego Szpitala Specjalistycznego w Ostrołęce (15 mln zł)": one named unit's sum
    return _NAMED_ITEM.match(item) is not None and not _heads(item)


# A sum right after the one unit it is for, named with a capital after "dla" (any case of the name: "dla Gminy Rybno –",
# "dla Wojewódzkiego Szpitala … (", "dla Stowarzyszenia „Razem” w kwocie"): rule 3 of tests/realtext/README.md, a sum
# for one named recipient.  Not a plural noun of many ("dla Gmin Powiatu", "dla Kół Gospodyń": a genitive plural).
# (nor an adjective in the genitive plural first: "dla Ochotniczych Straży Pożarnych (15 mln zł)" names many)
_ONE_NAMED = (
    r"(?!(?-i:Gmin|Powiatów|Samorządów|Kół|Klubów|Szkół|Organizacji|Jednostek|Stowarzyszeń)\b)"
    r"(?![^\W\d]+(?:ych|ich)\b)(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[^\W\d]+"
)
_FOR_NAMED = re.compile(
    rf"(?<!\w)dla[ \u00a0]+{_ONE_NAMED}(?:[ \u00a0]+[^\W\d.,;:()]+){{0,6}}?[ \u00a0]*"
    r"(?:[(–—-]|w[ \u00a0]+kwocie|w[ \u00a0]+wysokości)[ \u00a0]*\Z"
)


_TITLE_AFTER = re.compile(r"[ \u00a0]*(?:tytułem|z\s+tytułu|jako|w\s+formie|w\s+charakterze)\s", re.I)
# A non-EU payer, fund or programme named as the source right after the sum ("Prawie 5 mln zł z Polskiego Ładu",
# "5 tysięcy złotych od marszałka", "209 tys. pochodzą z Programu …"): a grant (tests/realtext/README.md, `grant`:
# "z budżetu państwa", "z Funduszu …"; a headline's "z Polskiego Ładu", "od marszałka").  Not a sołectwo's fund (a
# gmina's own budget line) nor a sum "z programu" one can get (a cap: the caller's rules make it `other`).
_SOURCE_AFTER = re.compile(
    r"[ \u00a0]*(?:(?:pochodz\w*|trafi\w*|przyjd\w*|przysz\w*|płyn\w*)[ \u00a0]+)?(?:ze?|od)[ \u00a0]+"
    rf"(?:(?:(?-i:R)ządow\w*[ \u00a0]+)?(?-i:Fundusz)\w*(?!{_OWN_FUND})"
    r"|(?-i:Program)\w*|program\w*[ \u00a0]+[„\"«]"
    r"|(?-i:Polski\w*[ \u00a0]+Ład\w*|RFIL|PFRON|[WN]FOŚ\w*|FOGR|FDS|RFRD|MKiDN|MSWiA|MSiT)\b"
    r"|marszałk\w*|wojewod\w*|minist\w*|rząd\w*|premier\w*|budżetu[ \u00a0]+(?:państwa|województwa)"
    r"|(?-i:Urz)ęd\w*[ \u00a0]+(?-i:M)arszałkowsk\w*|samorząd\w*[ \u00a0]+województwa)",
    re.I,
)


# A payer, fund or programme named anywhere in a headline line: the sources of _SOURCE_AFTER, a programme or payer
# by its capitalised name after "z"/"ze"/"od" ("Z Inicjatywy Sołeckiej 50 000 zł dla Rększowic"), or a state fund
# after "na" ("233 406,00 zł na FOGR").
_LINE_SOURCE = re.compile(
    r"(?<!\w)(?:ze?|od)[ \u00a0]+"
    rf"(?:(?:(?-i:R)ządow\w*[ \u00a0]+)?(?-i:Fundusz)\w*(?!{_OWN_FUND})"
    r"|(?-i:Program)\w*|program\w*[ \u00a0]+[„\"«]"
    r"|(?-i:Polski\w*[ \u00a0]+Ład\w*|RFIL|PFRON|[WN]FOŚ\w*|FOGR|FDS|RFRD|MKiDN|MSWiA|MSiT)\b"
    r"|marszałk\w*|wojewod\w*|minist\w*|rząd\w*|premier\w*|budżetu[ \u00a0]+(?:państwa|województwa)"
    r"|(?-i:Urz)ęd\w*[ \u00a0]+(?-i:M)arszałkowsk\w*|samorząd\w*[ \u00a0]+województwa"
    # (a name in the genitive "z" governs, not an instrumental "Z Nowym Rokiem": no word ending in -m or -ą)
    r"|(?-i:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?<![mą])[ \u00a0]+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?<![mą]))(?!\w))"
    r"|(?<!\w)na[ \u00a0]+(?-i:FOGR|RFIL|FDS|RFRD|PFRON)\b",
    re.I,
)
_HEADLINE_LENGTH = 200  # characters: a longer line is a paragraph, not a headline
# A named fund as the source before the sum, in the sum's clause: "Z Rządowego Funduszu Inwestycji Lokalnych pochodzi
# X", as "z budżetu państwa" is (tests/realtext/README.md, `grant`: "z Funduszu …"; an EU fund's EU cue makes it
# `eu_share`, a request's or a cap's head word before it keeps its kind).  Not a sołectwo's fund.
_FUND_BEFORE = re.compile(rf"\bze?\s+(?:[^\W\d]+\s+)?(?-i:Fundusz)\w*\b(?!{_OWN_FUND})", re.I)


def _headline_source(text: str, start: int, end: int) -> AmountKind | None:
    """The kind a headline line gives the sum it prints: a headline is one clause (tests/realtext/README.md, third
    round: "a sum there takes the kind its own words give", the payer, fund or programme named as the source, and an
    EU cue "inside the sum's own … headline line"), across a "!" or "." inside it ("800.000 zł dla szkół! Z Unii
    Europejskiej"): `eu_share` for an EU source, `grant` for another named source, None when the line names none or
    is no headline.  A headline line is a paragraph of one line, not ending as a sentence or a label does (".", ":",
    ";")."""
    low = max(0, start - _HEADLINE_LENGTH)
    line_start = text.rfind("\n", low, start) + 1
    if (line_start == 0 and low > 0) or (line_start > 1 and text[line_start - 2] != "\n"):
        return None
    line_end = text.find("\n", end, end + _HEADLINE_LENGTH)
    line_end = len(text) if line_end < 0 and len(text) - end < _HEADLINE_LENGTH else line_end
    if line_end < 0 or (line_end < len(text) and text[line_end + 1 : line_end + 2] != "\n"):
        return None
    line = text[line_start:line_end]
    if len(line) > _HEADLINE_LENGTH or line.rstrip().endswith((".", ":", ";")):
        return None
    if _EU_SOURCE.search(line):
        return "eu_share"
    return "grant" if _LINE_SOURCE.search(line) else None


def _kind(before: str, after: str, after_head: re.Match[str] | bool | None = True) -> AmountKind:
    """Kind from the closest head word before the amount, a source phrase after it, or "other".

    `after_head` is the first head word in `after` when the caller has looked for it (True: look here).
    """
    head = _last_head(before)
    kind = _KIND_OF_GROUP.get(head.lastgroup or "") if head else None
    eu = _last(_EU_SOURCE, before)
    other = _last(_OTHER_SOURCE, before)
    if eu and other and other.end() >= eu.end():  # the later source names the payer (or holds the EU one)
        eu = None
    titled = _TITLE_AFTER.match(after)  # "100 000 zł tytułem pomocy finansowej": what the money is, said after it
    # ("za kwotę 30 000 zł, na które dostaliśmy dofinansowanie": a price yields to what its relative clause says)
    priced = head is not None and head.group()[:3].lower() == "za "
    if (kind is None or titled or priced) and (head_after := _first_head(after) if after_head is True else after_head):
        kind = _KIND_OF_GROUP.get(head_after.lastgroup or "")
    if not eu and not other:
        eu = _EU_SOURCE.search(after)
    if kind in (None, "grant") and eu:
        return "eu_share"
    if kind is None and not other and _SOURCE_AFTER.match(after) and not _given_back(before, after):
        return "grant"
    if kind is None and "undusz" in before and _FUND_BEFORE.search(before) and not _given_back(before, after):
        return "grant"  # "Z Rządowego Funduszu Inwestycji Lokalnych pochodzi X": the source named before the sum
    return kind or "other"


# Money returned or left unspent is no grant, whoever paid it ("musiała zwrócić 120 tys. zł z Funduszu …",
# "nie wydała 30 tys. zł z …", "5 000 zł od wojewody przepadło").
_GIVEN_BACK = re.compile(r"zwr[oó]c\w*|oddać|oddał\w*|odda\b|nie[ \u00a0]+wydał\w*|niewykorzyst\w*|niewydan\w*", re.I)
_LOST = re.compile(r"przepad\w*|nie[ \u00a0]+został\w*[ \u00a0]+wykorzyst\w*", re.I)


def _given_back(before: str, after: str) -> bool:
    """Whether the words right before the sum, or its clause after it, say the money went back or was not spent."""
    stop = min((at for c in ".;," if (at := after.find(c, 0, 80)) >= 0), default=80)
    return bool(_GIVEN_BACK.search(before[-60:]) or _LOST.search(after[:stop]))


def _special_kind(before: str, kind: AmountKind, per_person: bool) -> AmountKind:
    """The kind a cue right before the amount gives over the head words' (a grant's value, the unit's purse,
    a person's benefit: `per_person`, which the caller works out once for this and for `cueless`)."""
    tail = before[-120:]
    low = tail.lower()
    if kind == "total_cost" and "wartoś" in low and _GRANT_VALUE.search(tail):
        return "grant"
    if kind in ("grant", "other") and "kas" in low:
        split = _last(_CLAUSE_SPLIT, tail)
        if _PURSE.search(tail, split.end() if split else 0):
            return "own_share"
    return "other" if per_person else kind


def _prize_awarded(text: str, start: int) -> bool:
    """Whether the sum at `start` is a prize awarded to a named unit (`_PRIZE_AWARDED`), read from its line's start."""
    return _PRIZE_AWARDED.search(text, text.rfind("\n", max(0, start - 160), start) + 1, start) is not None


# A prize a contest awarded to a named unit (rule 3 of tests/realtext/README.md: "a sum for one named recipient takes
# its cue's kind", the prize is money it was awarded), not a person's benefit: a list item naming a village, sołectwo or
# organisation before its "nagroda" ("• II miejsce: wieś Jaryszów (gm. Ujazd) - nagroda w wysokości 15 000 zł"), or a
# past passive of awarding ("Zostaliśmy nagrodzeni kwotą 12 000 zł", "Koło zostało nagrodzone kwotą"; not "zostanie
# nagrodzona kwotą 5 000 zł", a contest's rule for a winner to come).
_PRIZE_AWARDED = re.compile(
    r"(?:\b(?:gm\.|(?:wieś|wsi|sołectw\w*|gmin[aęy]|KGW|koł[oau]|OSP|stowarzyszeni[eau]|fundacj[aęi]|szkoł[aęy]|przedszkol[eau]"
    r"|bibliotek[aęi]|klub(?:u|owi)?|zespół|zespołu|parafi[aęi]|świetlic[aęy])\b)[^\n;:]{0,80}?[ \u00a0][-–—][ \u00a0]*"
    r"nagrod[aęy](?:[ \u00a0]+(?:w[ \u00a0]+wysokości|w[ \u00a0]+kwocie|pieniężn\w*))?"
    r"|\b(?:zostaliśmy|zostałyśmy|został[aoy]?|zostali|zostały)[ \u00a0]+(?:[^\W\d]+[ \u00a0]+)?nagrodz[eo]n\w*"
    r"[ \u00a0]+(?:kwot\w*|sum\w*)(?:[ \u00a0]+w[ \u00a0]+wysokości)?"
    r"|\bnagrodzono[ \u00a0]+(?:[^\W\d]+[ \u00a0]+)?kwot\w*)"
    r"[ \u00a0:]*\Z",
    re.I,
)


def _per_person(before: str) -> bool:
    """Whether the words right before the amount make it a person's benefit, prize or income threshold."""
    tail = before[-120:]
    low = tail.lower()
    return any(word in low for word in _BENEFIT_WORDS) and bool(
        _BENEFIT_BEFORE.search(tail, max(0, len(tail) - 60)) or _INCOME_BEFORE.search(tail, max(0, len(tail) - 90))
    )


# "Wnioskowana kwota 30 000 zł została przyznana w całości": a sum asked for and granted (rule 1 of
# tests/realtext/README.md), said by a passive of granting after it.
_REQUESTED_HEAD = re.compile(r"wnioskowan\w*(?:\s+\w+){0,4}[ \u00a0]*\Z", re.I)
_GRANTED_AFTER = re.compile(
    r"\b(?:został[aoy]?|zostanie|zostały)\s+(?:\w+\s+){0,2}?(?:przyznan|zatwierdzon|uwzględnion)\w*|\bprzyznano\b", re.I
)


# ... or said to have been approved, in its sentence or the next: "zaopiniował pozytywnie wniosek … i przyjął go do
# realizacji … we wnioskowanej kwocie X", "Wnioskowana kwota to X. LGD wydała pozytywną decyzję i … podpisali umowę …
# na tę kwotę" (a decision made, an application accepted, an agreement signed for that sum; not "czeka na pozytywną
# ocenę", a decision to come).
_APPROVED = re.compile(
    r"\b(?:wydał\w*|podjął|podjęł\w*|zaopiniował\w*|ocenił\w*|rozpatrzył\w*)\s+(?:\w+\s+)?pozytywn\w*"
    r"|\bpozytywnie\s+(?:zaopiniowa|oceni|rozpatrzy)\w*"
    r"|\bprzyj(?:ął|ęł\w*|ęt\w*)\s+(?:\w+\s+){0,2}?do\s+(?:realizacji|dofinansowania)\b"
    r"|\bpodpisa\w*\s+umow\w*[^.;\n]{0,80}?\bna\s+t(?:ę|ą)\s+(?:kwot|sum)\w*",
    re.I,
)
_APPROVED_REACH = 300  # characters of the sentence before the sum, and after it (into the next sentence)


def _granted_request(text: str, before: str, clause: int, end: int, stop: int) -> bool:
    """Whether the requested sum right before `end` is said, later in its sentence, to have been granted, or in its
    sentence or the next to have been approved (`_APPROVED`)."""
    if not _REQUESTED_HEAD.search(before, max(0, len(before) - 60)):
        return False
    return bool(
        _GRANTED_AFTER.search(text, end, stop)
        or _APPROVED.search(text, max(clause, end - _APPROVED_REACH), min(len(text), end + _APPROVED_REACH))
    )


def _next_stop(text: str, bounds: _Boundaries, stop: int) -> int:
    """Where the sentence after the one ending at `stop` ends, at most `_PENDING_REACH` after `stop`."""
    limit = min(len(text), stop + _PENDING_REACH)
    at = stop + 1
    while at < limit and text[at] in " \u00a0\n.!?;":
        at += 1  # (past the stop itself and the blanks after it)
    return limit if at >= limit else min(limit, bounds.sentence_end(at))


def _sentence_end(text: str, bounds: _Boundaries, end: int) -> int:
    """Where the amount's sentence (line, or up to ";" or a full stop) ends, at most `_SENTENCE_REACH` after it."""
    return min(bounds.sentence_end(end), end + _SENTENCE_REACH)


# Projects, tasks or grants in the plural, counted or not: "Zgłoszone projekty są warte łącznie 605 mln zł", "ponad
# 7000 dotacji o łącznej wartości 29 mln zł" (with a total word, a sum over many projects: rule 3 of
# tests/realtext/README.md; unless one unit is said to have got it).
# Only forms no singular shares ("zadania", "dotacji", "umowy" are also a singular's genitive).
_MANY_PROJECTS = re.compile(
    r"\b(?:(?:mikro)?projekt(?:y|ów)|przedsięwzięć|zadań|umów|grant(?:y|ów)|dotacje)\b"
    r"|(?=\d)(?<![/.,\d])(?<!\d[ \u00a0])(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,5})[ \u00a0]+dotacji\b",
    re.I,
)


def _many_in_sentence(text: str, cues: str | None, bounds: _Boundaries, clause: int, end: int) -> bool:
    """Whether the amount's sentence names many recipients or projects."""
    stop = _sentence_end(text, bounds, end)
    return (
        _many_recipients(text, cues, clause, stop)
        or bool(_MANY_COUNTED.search(text, clause, stop))
        # (not one unit's several projects: "Powiat dostał dofinansowanie w łącznej kwocie X na dwa projekty")
        or bool(_MANY_PROJECTS.search(text, clause, stop) and not _ONE_GOT.search(text, clause, stop))
    )


def _unreadable(text: str, covered: list[tuple[int, int]]) -> list[str]:
    """Warnings for digits right before a currency word that no amount could be read from.

    `covered` holds the sorted, disjoint spans of the amounts already matched.
    """
    starts = [s for s, _ in covered]
    warnings: list[str] = []
    for m in _CURRENCY_WORD.finditer(text):
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


def _bare_item(text: str, start: int) -> bool:
    """Whether the amount at `start` ends an item of a list of names with their sums, with no cue of its own:
    "…: GBP w Borowie - 16 667 zł" (the cue before the colon), not "…, dotacja na zwrot podatku – 40 566 zł"."""
    item_start = max(text.rfind(c, max(0, start - 80), start) for c in ",;:\n") + 1
    item = text[item_start:start]
    return bool(_DASH_END.search(item)) and not _heads(item)


# A verb of getting in the first item of a list of names with sums: "Klub A dostał 62 tys. zł, Klub B - 40 tys. zł".
_GOT_VERB = re.compile(rf"\b(?:{_GOT_STEMS}|dosta)\w*", re.I)  # `_GRANTED` with "dostanie", "dostaje" too


# ... or a verb of giving right after its sum: "kwotą 1 tys. zł wsparto Stowarzyszenie A, Klub B - 8 tys. zł".
_GAVE_AFTER = re.compile(r"[ \u00a0]*(?:wspar|przyzna|przekaza|dofinansowa)\w*", re.I)


def _got_item(text: str, start: int, end: int) -> bool:
    """Whether the item that holds the amount at `start`..`end` says its unit got it ("…, Klub A dostał 62 tys. zł",
    "kwotą 1 tys. zł wsparto Stowarzyszenie A, …"), so the names with their sums after it share its verb; not a label
    ("dotacja na zwrot podatku – 40 566 zł")."""
    item_start = max(text.rfind(c, max(0, start - 80), start) for c in ",;:\n") + 1
    return _GOT_VERB.search(text, item_start, start) is not None or _GAVE_AFTER.match(text, end) is not None


def find_amounts(text: str) -> tuple[list[MoneyMention], list[str]]:
    """Every sum of money in `text`, in order, with its kind; plus warnings."""
    bounds = _Boundaries(text)  # found near each amount: most of a page's text lies far from its amounts
    matches = list(_amounts(text))
    if not matches:
        return [], _unreadable(text, [])  # (a quarter of the dev passages): no word tests below needed
    # cheap tests of whole words some rules need, so texts without them skip those rules' searches
    lowered = lower_text(text)
    list_lines = _ListLines(text)  # (read only by the list lines' sums)
    all_cues = text_cues(text)  # the many-recipients anchors are looked for in them (a letter lowered to two:
    cues = all_cues if len(all_cues) == len(text) else None  # offsets differ, the regex runs alone)
    allocated = "rzezna" in lowered  # "przeznaczono": a call's allocation (_CALL_POOL)
    modal = "moż" in lowered or "mog" in lowered or "mógł" in lowered  # what one "can get" (_MODAL)
    requested = any(word in lowered for word in ("wnios", "prosi", "ubieg", "wystąp", "stara", "zabieg"))
    limited = any(word in lowered for word in ("limit", "przekr", "maksymaln", "najwyższ", "minimaln"))  # _LIMIT
    free = "środk" in lowered  # _BALANCE
    pending = "czeka" in lowered or "oczekuj" in lowered or "wynik" in lowered or "trakcie" in lowered  # _PENDING
    special = any(word in lowered for word in _SPECIAL_WORDS)  # _special_kind
    getting = any(word in lowered for word in ("dosta", "otrzym", "uzysk", "pozysk"))  # _counted_got
    got_past = any(word in lowered for word in _GOT_PAST_STEMS)  # _dash_range
    totals = "łączn" in lowered or "sumie" in lowered or "ogółem" in lowered or "razem" in lowered
    rests: bool | None = None  # whether "reszt"/"pozostał" are in the text (_rest_kind), looked for once when asked
    # where grants are counted (`_COUNTED_GRANT`), found once for the whole text when an ordinal's stem and a grant's
    # are in it (_enumerated_kind), likewise
    counted: list[tuple[int, int]] = []
    mentions: list[MoneyMention] = []
    warnings: list[str] = []
    covered: list[tuple[int, int]] = []
    context_from = 0  # where the next amount's own context may begin
    pool_end = -1  # end of the last amount that is a pool or a rule: its parts are too
    pooled: set[tuple[Decimal, str]] = set()  # sums read as many recipients' pools: said again, they are the pool
    in_part, part_clause = False, -1  # inside "X zł, w tym A – 1 zł, B – 2 zł"
    inside_words = 0  # end of the "(słownie: …)" after the last amount: what lies inside repeats it
    lent_from = -1  # end of the last sum read with its currency word: a bare sum soon after is money too
    change_cue: tuple[int, AmountKind] | None = (
        None  # end and cued kind of the last sum saying by how much money changed
    )
    for i, m in enumerate(matches):
        start, end = m.start(), m.end()
        covered.append((start, end))
        if start < inside_words:
            continue
        clause = max(_clause_start(bounds, start), start - _SENTENCE_REACH)  # (bounded: see _SENTENCE_REACH)
        lower = max(clause, context_from, start - _BEFORE_WINDOW)
        before = text[lower:start]
        # "15 458 zł (słownie: …) – dofinansowanie …": the sum in words is no clause end, nor the next amount
        words = _SLOWNIE_AFTER.match(text, end)
        after_words = inside_words = words.end() if words else end
        later = [n.start() for n in matches[i + 1 : i + 4] if n.start() >= after_words]
        next_start = later[0] if later else len(text)
        tail = text[end : min(next_start, after_words + _AFTER_WINDOW)]
        # "412.300zł. pokrywa …": the dot of the abbreviation "zł." does not end the clause
        skip = after_words - end if words else 1 if _ABBREVIATION_DOT.match(tail) else 0
        if (close := _CLOSE_PAREN.match(tail, skip)) and _PERCENT_OPEN.search(text, max(0, start - 24), start):
            skip = close.end()  # "z czego 85% (850 000 zł) pochodzi z EFS": the percentage's clause goes on after ")"
        elif "%" in tail or "proc" in tail:
            share = _PERCENT_AFTER.match(tail, skip)
            if share:  # "Kwota 64 000 zł (80%) pochodzi z dotacji": the cue is after it
                # ("323.551,41 zł (10,5% ogólnej wartości projektu)": the whole the sum is a share of is no cue of its
                # kind; blanked, so the offsets stay)
                tail = tail[: share.start()] + " " * (share.end() - share.start()) + tail[share.end() :]
                skip = share.end()
        stop = _AFTER_STOP.search(tail, skip)
        if stop and _RELATIVE.match(tail, stop.start()):
            stop = _AFTER_STOP.search(tail, stop.end())
        elif (
            stop
            and stop.start() <= skip + 1
            and tail[stop.start()] == ","
            and _VERB_CUE.match(tail.lstrip(", "))
            and (i + 1 == len(matches) or end + len(tail) < next_start)  # not the next amount's own clause
        ):
            stop = _AFTER_STOP.search(tail, stop.end())  # "70 milionów złotych, otrzymała Gdynia": the verb after
        elif (
            stop
            and tail[stop.start() : stop.end()].strip() in ("i", "oraz")
            and _PURPOSE.match(tail, skip)
            and (verb := _VERB_AFTER_AND.match(text, end + stop.end(), min(next_start, end + stop.end() + 60)))
        ):
            tail, stop = (
                text[end : verb.end()],
                None,
            )  # "99 tys. zł na sprzęt i meble otrzyma Technikum": the verb after
        after = tail[: stop.start()] if stop else tail
        heads_after = list(_heads(after)) if len(after) > 3 else []
        if heads_after and (second := next((h for h in heads_after if h.lastgroup != heads_after[0].lastgroup), None)):
            after = after[: second.start()]  # "320 tys. przekazanych przez wojewodę doda własne …": the next cue
        context_was, context_from = context_from, end + len(after)
        rate = bool(_RATE_SIDES.match(text, end) or _PER_CURRENCY.match(text, end)) or (
            "=" in text[max(0, start - 3) : start] and _RATE_RIGHT.search(text, max(0, start - 16), start) is not None
        )
        rate = rate or (
            ("urs" in before or "URS" in before) and _RATE_WORD.search(before, max(0, len(before) - 80)) is not None
        )
        if _SLOWNIE.match(before) or ("=" in before and _RATE_BEFORE.search(before)) or rate:
            continue  # "(słownie: …)" repeats the amount before it; "1 EURO = 4 PLN" is a rate
        # (a number after a dash with no currency is a value under a label, never a range's bound: "5 – 250 000,00")
        between = _BETWEEN_LOWER.search(text, max(lower, start - 60), start) if "iędzy" in before else None
        if between or (m.group("lnum") is None and _RANGE_BEFORE.search(text, max(0, start - 24), start)):
            low = between or _RANGE_LOWER.search(text, max(lower, start - 40), start)
            low_value = low and _number(low.group("num"), low.group("frac"), low.group("mult") or m.group("mult"))
            if not low or low_value is None or _match_value(m) is None:
                warnings.append(f'amount range not read: "{text[max(lower, start - 24) : end].strip()}"')
                continue
            kind: AmountKind = "other"  # "od 25 tys. do 250 tys. zł": a call's rule, not money given
            printed = text[low.start() : end]
            mentions.append(MoneyMention(low_value, kind, printed, low.start(), end, _currency(m)))
            mentions.append(MoneyMention(_match_value(m) or low_value, kind, printed, low.start(), end, _currency(m)))
            continue
        value = _match_value(m)
        if value is None:
            warnings.append(f'ambiguous amount "{m.group(0)}"')
            continue
        if (typo := _magnitude_typo(m)) is not None:
            value = typo
            warnings.append(f'amount with a needless multiplier read without it: "{m.group(0)}"')
        num = m.group("num") or ""
        if m.group("loose") is not None:
            warnings.append(f'amount with irregular digit groups read as one number: "{m.group(0)}"')
        elif num[:1] == "0" and num[1:2].isdigit():
            warnings.append(f'unreadable amount "{m.group(0)}"')  # "000,00 zł": a number's tail, not zero złoty
            continue
        if not _LETTER.search(before) and lower == clause and text[clause - 1 : clause] == "\n":
            before = _label_line(text, clause) + " " + before
        # what a bare "2 mln" is followed by: "2 mln Polaków" counts people, not money ("2 mln. Wójt …" ends a sentence,
        # where the dot of "30 tys. Ukraińców" is the abbreviation's)
        sentence_end = (
            m.group(0).endswith(".")
            and (m.group("xmult") or "").lower() not in ("tys", "tyś", "ty")  # ("10 tysięcy." ends its sentence)
            and after.lstrip(" \u00a0–—-")[:1].isupper()
        )
        words_after = "" if sentence_end else after
        if after.lstrip(" \u00a0–—-")[:1].isupper() and not _UNIT_SUBJECT.match(after.lstrip(" \u00a0–—-")):
            after = ""  # a new sentence or label without a full stop ("… 5.250.000,00 zł Deklarowana kwota …")
            context_from = end  # … whose words are the next amount's context
        after_head = heads_after[0] if heads_after and heads_after[0].end() <= len(after) else None
        split = _last(_CLAUSE_SPLIT, before)  # where the amount's own clause begins (used twice below)
        if (
            split
            and split.group().strip() in ("czyli", "tj.")  # (the only splits a head phrase holds: no scan for others)
            and (inner := next((h for h in _heads(before) if h.start() < split.start() < h.end()), None))
        ):
            split = _last(_CLAUSE_SPLIT, before[: inner.start()])  # "wkładu własnego, czyli dotacji": one head
        kind = _kind(_own_before(before, split, after_head is not None), after, after_head)
        if "budż" in after and _OWN_BUDGET_AFTER.match(after):
            kind = "own_share"
        per_person = special and _per_person(before)
        if special:
            kind = _special_kind(before, kind, per_person)
            # (read from the line's start: "(gm. Ujazd) - nagroda" ends a sentence at "gm." for the clause rules)
            if kind == "other" and "nagrod" in before[-120:].lower() and _prize_awarded(text, start):
                kind, per_person = "grant", False
        if (
            kind == "other"
            and requested
            and _granted_request(text, before, clause, end, _sentence_end(text, bounds, end))
        ):
            kind = "eu_share" if _EU_SOURCE.search(text, start - len(before), end + len(after)) else "grant"
        if after_head and _KIND_OF_GROUP.get(after_head.lastgroup or "") != kind and _heads(before):
            context_from = end  # "Projekt o wartości X jest współfinansowany … w kwocie Y": that cue is Y's
        if m.group("lnum") is not None and not (
            _heads(before)
            or _EU_SOURCE.search(before)
            or _MONEY_NOUN_BEFORE.search(text, max(0, start - 8), start)
            or _money_list_item(list_lines, start, end)
        ):
            continue  # a number after a colon is money only under a money label (or a money noun, or in a list of sums)
        if m.group("vnum") is not None:
            label = _label_below(text, end)
            if not label:
                continue  # a number alone on its line is money only over a money label
            kind = _kind(label, "")
            after = ""
        elif (card := _card_label(text, start, end)) is not None:
            kind, after = _kind(card, ""), ""  # "1 500 000,00 zł\nWartość projektu": a card, its label under it
        upper_bound = bool(
            mentions and start - mentions[-1].end < 20 and _RANGE_UPPER.search(text, mentions[-1].end, start)
        )
        if _bare(m) and (
            _RANGE_NEXT.match(text, end)
            or (_BETWEEN_NEXT.match(text, end) and _BETWEEN_OPEN.search(text, max(0, start - 12), start))
            or not (
                upper_bound
                or _SURE_SUM_BEFORE.search(before, max(0, len(before) - 48))
                or (
                    _WORDS_MONEY.match(words_after or " ,")
                    and (
                        _heads(before)
                        or _heads(after)
                        or _SUM_BEFORE.search(before, max(0, len(before) - 40))
                        or _lent_currency(text, lent_from, start)
                    )
                )
            )
        ):
            context_from = context_was  # not an amount: its words stay in the next one's context
            continue  # "trzy tysiące osób", "37 tys. projektów": no currency, money only under a cue and before a stop
        # no head word before the amount (and no benefit word: "gdy dochód nie przekracza 514 zł" lends from nothing)
        cueless = kind == "other" and not _heads(before) and not per_person
        part_of = cueless and mentions
        if part_of and _COORDINATED.fullmatch(text, mentions[-1].end, start):
            kind = mentions[-1].kind  # "dwie dotacje: 144 tys. zł i około 63 tys. zł": one list, one kind
        elif part_of and (_PART_OF.search(before) or (in_part and clause == part_clause)):
            kind, in_part, part_clause = mentions[-1].kind, True, clause
        elif part_of and _bare(m) and lent_from == mentions[-1].end and _sentence_end(text, bounds, lent_from) > start:
            # "klub dostanie 15 tysięcy złotych, a dwie akademie po 10 tysięcy": the verb, the currency and the kind
            # of the sum before are left out of the bare one of the same sentence
            kind, in_part = mentions[-1].kind, False
        elif (
            part_of
            and mentions[-1].kind in GRANT_KINDS
            and start - mentions[-1].end < 120
            and (part := _GRANT_PART.fullmatch(text, mentions[-1].end, start))
            and ((part.group("to") and not _OWN_VERB_AFTER.match(after)) or _FOR_AFTER.match(after))
        ):
            kind, in_part = mentions[-1].kind, False  # "Dofinansowanie: 12 mln zł (z czego dla Gminy X 6,5 mln zł)"
        else:
            in_part = False
        if kind == "other" and cueless and not after_head:
            # (before a list's heading or an elided verb lends the kind of the sum before: "…, a pozostałe X to ofiary")
            if rests is None:
                rests = "reszt" in lowered or "pozostał" in lowered
                if any(stem in lowered for stem in _ORDINAL_STEMS) and any(s in lowered for s in _COUNTED_STEMS):
                    counted = [(found.start(), found.end()) for found in _COUNTED_GRANT.finditer(text)]
            kind = (
                (rests and mentions and _rest_kind(text, bounds, mentions, start, end))
                or (counted and _enumerated_kind(text, counted, clause, start, _sentence_end(text, bounds, end)))
                or kind
            )
            cueless = kind == "other"
        if kind == "other" and cueless and text.rfind("\n", 0, clause + 1) > 0:
            kind = _kind(list_lines.heading(text.rfind("\n", 0, clause + 1)), "")
        if kind == "other" and cueless and mentions and not after_head:
            # (a change's own cue still lends: "Dotacja wzrośnie o 15 000 zł i wyniesie 95 000 zł": the new total keeps
            # the cue)
            previous = change_cue[1] if change_cue and change_cue[0] == mentions[-1].end else mentions[-1].kind
            if (
                previous != "other"
                and len(before) < 90
                and _ELLIPSIS.match(before)
                and not _SENTENCE_END.search(text, mentions[-1].end, start)
                and not _OWN_VERB_AFTER.match(after)
            ):
                kind = previous  # "Gmina A otrzyma 2 mln zł, a gmina B ponad 1,2 mln zł": the verb is left out
            elif (
                mentions[-1].kind in GRANT_KINDS
                and _ITEM_BEFORE.match(before)
                and (_bare_item(text, mentions[-1].start) or _got_item(text, mentions[-1].start, mentions[-1].end))
                and not _SENTENCE_END.search(text, mentions[-1].end, start)
            ):
                kind = mentions[-1].kind  # "dostały: GBP w Borowie - 16 667 zł, GBP w Wiązowie - 10 769 zł": one list
            elif same := next((p for p in reversed(mentions) if p.value == value and p.currency == _currency(m)), None):
                kind = same.kind  # the same sum again: "… 164 tys. zł. Kwota 164 tys. zł przypadła gminie …"
        if (
            kind == "other"
            and cueless
            and (line_kind := _headline_source(text, start, end)) is not None
            and not _given_back(before, after)
        ):
            kind = line_kind  # "800.000 zł dla szkół! Z Unii Europejskiej", "Z Inicjatywy Sołeckiej 50 000 zł dla X"
        own_start = start - len(before) + (split.end() if split else 0)
        summed = (
            kind == "other"
            and cueless
            and totals
            and _TOTAL_WORD.search(text, own_start, start) is not None
            and _sources_summed(text, start, end)
        )
        if summed:
            kind = "total_cost"  # "co razem daje 464 000,00 zł", "Wydatki ogółem: X" beside the grant and the own share
        cued = kind
        changed = _change(before, text, end)
        change_cue = (end, cued) if changed else change_cue
        if (
            value >= _ALLOCATION
            or (kind in GRANT_KINDS and value >= _POOL_SIZE)
            or _CAP_BEFORE.search(before, max(0, len(before) - 40))
            or (modal and _MODAL.search(text, own_start, end + len(after)))
            or (limited and _MODAL_LIMIT.search(text, own_start, start))
            or changed
            or (
                kind in GRANT_KINDS
                and pending
                and _pending(text, clause, (said := _sentence_end(text, bounds, end)), _next_stop(text, bounds, said))
            )
            or (
                (
                    _UP_TO_BEFORE.search(before, max(0, len(before) - 40))
                    or _LOWER_BOUND_BEFORE.search(before, max(0, len(before) - 40))
                    or (limited and _LIMIT.search(text, own_start, start))
                )
                and not _AWARDED.search(text, own_start, start)
            )
            or _many_recipients(text, cues, own_start, end + len(after))
            or (
                # the sentence's total, read from its start unless an earlier amount of the sentence owns it
                totals
                and _TOTAL_WORD.search(text, own_start if mentions and mentions[-1].end > clause else clause, end)
                and _many_in_sentence(text, cues, bounds, clause, end)
            )
            or (
                _PLURAL_GOT.search(text, own_start, end + len(after))
                and (
                    _many_recipients(text, cues, clause, _sentence_end(text, bounds, end))
                    # "koła te otrzymały w sumie 850 tys. zł": a total that many got
                    or (totals and _TOTAL_WORD.search(text, own_start, end + len(after)) is not None)
                    # "Organizacje … dostaną 300 tys. zł", "Gminy A, B i C dostały 2 mln zł": a plural subject
                    or _plural_subject(text, clause, start)
                )
            )
            or (kind in GRANT_KINDS and getting and _got_by_plural(text, lowered, clause, start))
            or (
                # (not when its own clause says one unit got it: "Wsparcie otrzymało 5 gmin, w tym Gmina A, która
                # dostała 200 tys. zł")
                kind in GRANT_KINDS
                and getting
                and _counted_got(text, clause, start, _sentence_end(text, bounds, end))
                and not _ONE_GOT.search(text, own_start, end + len(after))
            )
            or (
                kind in ("grant", "eu_share", "total_cost")
                and allocated
                and not summed  # ("Ogółem na program przeznaczono X" beside its own share: one task's whole)
                and (
                    _CALL_POOL.search(text, clause, reach := _sentence_end(text, bounds, end))
                    or (_ALLOTTED.search(text, clause, reach) and _many_recipients(text, cues, clause, reach))
                )
                # ("4,5 mln zł otrzyma Powiatowy Urząd Pracy i przeznaczy je na realizację programów": one unit's)
                and not _one_recipient(text, lowered, clause, start, reach)
            )
            or (
                # "Na dofinansowanie odnowy kapliczek samorząd przeznaczył 1,7 mln zł": money allotted for grants
                kind in GRANT_KINDS
                and allocated
                and _allotted_for_grants(text, clause, start, reach := _sentence_end(text, bounds, end))
                and not _one_recipient(text, lowered, clause, start, reach)
            )
            or (
                # (the sentence read at most 300 characters around the sum: a page's sentence can be a page long)
                kind in GRANT_KINDS
                and _offered(text, lowered, max(clause, start - 300), min(_sentence_end(text, bounds, end), end + 300))
            )
            # ("od" can only end `before`'s last word: searched from there, not tried at every position)
            or (_RANGE_FROM.search(before, max(0, len(before.rstrip(" \u00a0")) - 2)) and _RANGE_TO.match(text, end))
            or _dash_range(
                text,
                clause,
                m,
                matches[i + 1] if i + 1 < len(matches) else None,
                value,
                got_past,
                matches[i + 2].start() if i + 2 < len(matches) else len(text),
            )
            or upper_bound
            or (free and _BALANCE.search(text, clause, start))
            or (
                kind in ("grant", "eu_share", "total_cost")
                and requested
                and _REQUEST.search(text, own_start, start)
                and not _GRANTED.search(text, own_start, _sentence_end(text, bounds, end))
            )
            or (
                pool_end >= 0
                and (_PART_OF_POOL.search(text, max(pool_end, start - 60), start) or _PART_AFTER.match(text, end))
                and not _SENTENCE_END.search(text, pool_end, start)
            )
            or (
                # "6,3 mln zł trafi na 57 zadań": a count of many the sum is shared by, with no one unit said to get it
                kind in GRANT_KINDS
                and _shared_by_count(
                    text, max(clause, start - 300), reach := min(_sentence_end(text, bounds, end), end + 300)
                )
                and not _one_recipient(text, lowered, clause, start, reach)
            )
            # "Łączną wartość sprzętu szacuje się na 383 mln zł" where the passage counts the many units getting it
            # ("do 456 jednostek"): a cost that large is one project's only where no many are counted near it (rule 3)
            or (
                kind == "total_cost"
                and value >= _POOL_SIZE
                and _shared_by_count(text, max(0, start - _MANY_REACH), min(len(text), end + _MANY_REACH))
            )
            # "W powiecie zrealizowanych zostanie 10 przedsięwzięć za kwotę 245 000 zł": many counted projects' cost
            or (kind == "total_cost" and _MANY_COUNTED.search(text, own_start, start) is not None)
            # "Beneficjenci … dostaną ponad 173 tys. zł. … udzielone wsparcie to ponad 173 tys. zł": the pool again
            or (kind in _POOLABLE and (value, _currency(m)) in pooled)
        ):
            # (many said to get it: a plural verb of getting and the many in its sentence, not "800 tys. zł dla szkół!")
            if (
                cued in _POOLABLE
                and _PLURAL_GOT.search(text, clause, _sentence_end(text, bounds, end))
                and (_many_in_sentence(text, cues, bounds, clause, end) or _plural_subject(text, clause, start))
            ):
                pooled.add((value, _currency(m)))
            kind, pool_end = "other", end
        else:  # a pool named by its head word ("budżet programu", "alokacja", "pula") has pools as parts
            pool_end = end if kind == "other" and _POOL_HEAD.search(before) else -1
        for item, item_start, item_end in _list_items(text, m, mentions[-1].end if mentions else 0):
            mentions.append(MoneyMention(item, kind, text[item_start:item_end], item_start, item_end, _currency(m)))
        one = (
            kind in GRANT_KINDS and value >= _MILLION and _one_recipient(text, lowered, clause, start, end + len(after))
        )
        mentions.append(MoneyMention(value, kind, m.group(0), start, end, _currency(m), one))
        if not _bare(m):
            lent_from = end
    warnings += _unreadable(text, covered)
    if any(m.kind in GRANT_KINDS for m in mentions) and _open_call(text, lowered):
        mentions = [replace(m, kind="other") if m.kind in GRANT_KINDS else m for m in mentions]
    return _granted_requests(text, _budget_lines(text, mentions)), warnings


# "Resztę, czyli kwotę 323.551,41 zł", "a pozostała kwota, 400.000 zł, to …", "pozostałe 430 671 złotych to ofiary
# parafian": the rest of what a task costs, said right before the sum (an adjective "pozostałe"/"pozostała kwota", not
# the verb "pozostało": money left over).
_REST_BEFORE = led(
    r"(?<!\w)(?:reszt[aęy]|pozostał[eą]|pozostał[aąey][ \u00a0]+(?:kwot|sum|częś|środk)\w*)"
    r"(?:[ \u00a0]+(?:kwot|sum|częś|środk)\w*)?(?:[ \u00a0]*,)?(?:[ \u00a0]+(?:czyli|tj\.|to))?"
    r"(?:[ \u00a0]+(?:kwot[ęyaą]|w[ \u00a0]+(?:wysokości|kwocie)))?"
    r"(?:[ \u00a0]+(?:ok\.|około|ponad|prawie|blisko|niemal))?[ \u00a0:–—-]*\Z",
    re.I,
)
_REST_REACH = 400  # characters back to the grant the rest is counted off
_BRACKETED = re.compile(r"\([^()]{0,120}\)")
# The rest given back, not spent ("reszta 2 000 zł wróci do budżetu", "pozostałą kwotę zwrócono", "zostanie oddana"):
# money left over, `other`, no own share.
_GIVEN_BACK_AFTER = re.compile(r"\b(?:wr[óo]c|wraca|zwr[óo]c|zwraca|zwrot|oddan|odda[ćłn]|oddaj)\w*", re.I)


def _rest_kind(text: str, bounds: _Boundaries, mentions: list[MoneyMention], start: int, end: int) -> AmountKind | None:
    """The kind of "the rest" of a task's cost with no cue of its own (`_REST_BEFORE` right before it) after a grant:
    what the grant leaves is the recipient's own share (tests/realtext/README.md, `own_share`).  Set off by commas ("a
    pozostała kwota, 400.000 zł, to wkład własny", "resztę, czyli 400.000 zł, gmina pokryje ze środków własnych"), its
    clause goes on after the closing comma: a cue there decides ("resztę, czyli X, pokryje dotacja z budżetu
    państwa")."""
    if not _REST_BEFORE.search(text, max(0, start - 60), start):
        return None
    if not any(n.kind in GRANT_KINDS and start - n.end < _REST_REACH for n in mentions[-3:]):
        return None
    rest = _BRACKETED.sub(" ", text[end : _sentence_end(text, bounds, end)])
    if _GIVEN_BACK_AFTER.search(rest):
        return "other"
    found = _kind("", rest)
    return found if found != "other" else "own_share"


# A grant counted in an earlier sentence and then taken item by item with an ordinal used as a pronoun: "odebrał dwie
# promesy. Pierwsza opiewa na kwotę X, druga na kwotę Y", "zdobyła dofinansowanie dwóch przedsięwzięć. Pierwsze to …
# (kwota X), drugie – … (Y)", "dostał 2 dotacje. Pierwszą, w wysokości X, …": each sum is one of the grants.
_COUNT_WORD = r"(?:dwa|dwie|dwóch|dwu|dwoma|dwiema|trzy|trzech|trzema|cztery|czterech|obie|oba|obu|obydw\w*|[2-5])"
_COUNTED_GRANT = re.compile(
    rf"(?<!\w){_COUNT_WORD}[ \u00a0]+(?:[^\W\d]+[ \u00a0]+)?(?:promes|dotacj|grant(?!obior|odaw)|czek|subwencj)\w*"
    rf"|(?:dofinansowa|dotacj|promes)\w*[ \u00a0]+(?:(?:na|dla)[ \u00a0]+)?{_COUNT_WORD}[ \u00a0]+[^\W\d]",
    re.I,
)
# An ordinal standing for the noun (a pronoun: a stop, a dash or a short word after it), not an ordinal before its noun
# ("Za pierwsze miejsce", "W pierwszym rozdaniu").
_ORDINAL_ITEM = led(
    r"(?<!\w)(?:pierwsz|drug|trzec|czwart|piąt)(?:a|ą|e|i|y|ego|ej|ym)(?=[ \u00a0]*[,;:(–—-]|[ \u00a0]+(?:to|na|w|z|ze"
    r"|opiewa\w*|wynosi\w*|wyniesie|wyniosł\w*|dotyczy\w*|obejmuje|posłuży|zostanie|został\w*|przeznacz\w*)\b)",
    re.I,
)
_ORDINAL_STEMS = ("pierwsz", "drug", "trzec", "czwart", "piąt")  # `_ORDINAL_ITEM`'s, looked for in the lowered text
_COUNTED_STEMS = ("promes", "dotacj", "grant", "czek", "subwencj", "dofinansowa")  # one is in each `_COUNTED_GRANT`
_ENUMERATION_REACH = 300  # characters back from the ordinal to the counted grants
# The counted grants got ("odebrał dwie promesy", "zdobyła dofinansowanie dwóch", "dostał 2 dotacje", "przekazał gminie
# trzy dotacje", "ma dofinansowanie na dwa"), in the count's sentence before it; not asked for ("złożyła wnioski o dwie
# dotacje") ...
_GOT_COUNTED = re.compile(
    r"\b(?:otrzym|dost(?:ał|al|an|aj)|uzysk|pozysk|zdoby|odebra|odbier|przekaza|przyzna(?!ni)|wywalczy|trafi|przypad)\w*"
    r"|\b(?:ma|mają|miał\w*)\b",
    re.I,
)
# ... nor said in the ordinal's sentence not to have been granted ("Pierwsza … nie została przyznana").
_NOT_GRANTED = re.compile(
    r"\bnie\s+(?:(?:został|była|był|będzie|zostanie)\w*\s+)?(?:przyzna|otrzym|dost(?:ał|an))\w*", re.I
)


def _enumerated_kind(
    text: str, counted: list[tuple[int, int]], clause: int, start: int, stop: int
) -> AmountKind | None:
    """`grant` for a sum with no cue whose sentence (`clause` to `stop`) takes one of grants counted and got before it
    (`counted`: the text's `_COUNTED_GRANT` spans, in order; `_GOT_COUNTED`) by an ordinal pronoun (`_ORDINAL_ITEM`)
    and does not deny the grant (`_NOT_GRANTED`); None otherwise."""
    low = max(clause, start - 200)
    ordinal = _ORDINAL_ITEM.search(text, low, start)
    if ordinal is None:
        return None
    at = bisect_left(counted, (ordinal.start() - _ENUMERATION_REACH, 0))
    if at == len(counted) or counted[at][1] > ordinal.start():
        return None  # (no count ends between the reach and the ordinal)
    if _NOT_GRANTED.search(text, ordinal.start(), stop) is not None:
        return None
    count_start, count_end = counted[at]
    return "grant" if _GOT_COUNTED.search(text, _after_stop(text, count_start, 160), count_end) else None


# A payer's verb of allotting ("przeznaczył", "przeznaczono", "przeznaczy"; not the participle "przeznaczona zostanie
# pierwsza", which names the grant) with grants as the purpose ("na dofinansowanie …", "na dotacje", "na tę formę
# wsparcia", or "na to"/"na ten cel" after a grant noun of the sentence): the sum pays for grants, a pool
# (tests/realtext/README.md, rule 3; dev labels every such sum `other`: b6-farmer, b7-zarnow, b8-bialanews,
# nc-lewica-rypin, news-pfp-zporr, b15b-dkl24, b20b-dzieje).
_ALLOT_VERB = led(r"\bprzeznacz(?:ył\w*|yli|ono|a|ają|ać|yć|y)\b", re.I)
_GRANT_PURPOSE = led(
    r"\bna\s+(?:(?:tę|ten|te|tą)\s+(?:form\w*\s+)?)?(?:dofinansowa\w*|dotacj\w*|wsparci\w*|grant\w*|dopłat\w*)"
    r"|\bna\s+(?P<that>to|ten\s+cel)\b",
    re.I,
)
_GRANT_NOUN = re.compile(r"\b(?:dofinansowa|dotacj|wsparci|grant)\w*", re.I)
# One work on one object as the purpose, right after a singular grant noun: a works noun in the genitive singular and
# then the end of the phrase or one object in the genitive singular ("na dofinansowanie przebudowy drogi gminnej",
# "remontu świetlicy", "zakupu samochodu"; not "odnowy przydrożnych kapliczek", "budowy boisk", "remontu dróg"): the
# money of one project, whoever gets it, no pool of grants (rule 3 holds a pool for many objects or recipients).
_ONE_WORK = re.compile(
    r"\s+(?:(?:prze|roz|nad)?budowy|remontu|(?:termo)?modernizacji|zakupu|wymiany|renowacji|rewitalizacji|adaptacji"
    r"|odnowy|wykonania|utworzenia|(?:do)?posażenia)"
    r"(?:\s+(?![^\W\d]*(?:ych|ich)\b)[^\W\d]*(?:y|i|a|u|ej|ego)\b|(?=\s*(?:[,.;:(–—-]|(?:w|we|na|przy|z|ze|dla)\b|\Z)))",
    re.I,
)


# One named recipient anywhere in the sentence (`_ONE_NAMED` after "dla": "dla Gminy Rybno"; "dla naszego powiatu"):
# a sum allotted to it is its grant (rule 3), wherever the sum stands (`_FOR_NAMED` wants it right after the name).
_FOR_ONE = re.compile(rf"\bdla\s+(?:(?i:nasz\w*)\s+(?i:gmin|powiat|miast|szkoł|parafi|bibliotek|klub)\w*|{_ONE_NAMED})")


def _allotted_for_grants(text: str, clause: int, start: int, stop: int) -> bool:
    """Whether the sum's sentence before it allots money for grants (`_ALLOT_VERB`, `_GRANT_PURPOSE`) to more than one
    work (not `_ONE_WORK`) and names no one recipient (`_FOR_ONE`) before the sentence's end `stop` (the caller's
    `_one_recipient` reads the verbs of one unit's getting)."""
    low = max(clause, start - 300)
    if _ALLOT_VERB.search(text, low, start) is None:
        return False
    if _FOR_ONE.search(text, low, min(stop, start + 300)) is not None:
        return False
    purpose = _GRANT_PURPOSE.search(text, low, start)
    if purpose is None:
        return False
    if purpose.group("that") is not None:
        return _GRANT_NOUN.search(text, low, purpose.start()) is not None
    return _ONE_WORK.match(text, purpose.end(), start) is None


# An open call: the page announces a call one can still apply to ("ogłasza nabór wniosków", "Nabór wniosków … startuje",
# "Kto może wnioskować", "Wnioski przyjmujemy", "termin składania wniosków") ...
_CALL_OPEN = led(
    r"ogłasza\w*\s+(?:nabór|konkurs)|ogłoszeni\w*\s+o\s+naborze"
    r"|nab(?:ór|oru)\s+wniosków\s+(?:rusza|startuje|trwa|potrwa|będzie)\b"
    r"|(?:kto|mogą|może)\s+(?:wnioskować|ubiegać\s+się|składać\s+wnios)"
    r"|wnios\w*\s+(?:można|należy)\s+składać|wnioski\s+przyjmujemy|wnioski\s+będą\s+przyjmowane|wniosek\s+złożysz"
    r"|termin\w*\s+składania\s+wniosków",
    re.I,
)
# ... and says nobody has got anything: no verb of getting or granting in any tense (`_GOT_STEMS_BY_TENSE`, looked for
# in the lowered text: "otrzymała", "otrzymuje", "dostanie", "pozyskano", "zdobyła"; "trafi", "przypadło"), no call's
# resolution ("rozstrzygnięcie", "lista rankingowa"), no deal done ("podpisała umowę", "zawarto umowę"), no deadline
# passed ("termin … upłynął"), no participle of granting ("przyznano", "przyznane"; not the noun "przyznanie": "nabór
# wniosków o przyznanie pomocy" asks).
_RESOLVED_STEMS = (
    *(stem for stems in _GOT_STEMS_BY_TENSE.values() for stem in stems),
    *("trafi", "przypadł", "rozstrzyg", "rankingow"),
    *("podpisał", "podpisali", "podpisano", "zawarł", "zawarli", "zawarto", "upłynął", "upłynęł"),
)
_GRANTED_PARTICIPLE = re.compile(r"przyznan(?:[oaeyą]|ych|ej|ym)\b")  # (a literal first: scanned for at C speed)
_CALL_GATES = ("wnios", "ogłas", "ogłosz", "ubiegać")  # one of them is in each of `_CALL_WORDS`' phrases' texts
# Literal phrases one of `_CALL_OPEN`'s holds (looked for in the lowered text before it is run).
_CALL_WORDS = (
    *("ogłas", "ogłosz", "nabór wniosków", "naboru wniosków", "wnioskować", "ubiegać", "składać"),
    *("przyjmujemy", "przyjmowane", "złożysz", "składania wniosków"),
)


def _open_call(text: str, lowered: str) -> bool:
    """Whether the page is an open call with no recipient yet (`_CALL_OPEN`; no `_RESOLVED_STEMS`, no
    `_GRANTED_PARTICIPLE`): its sums are what an applicant may get ("Wysokość wsparcia: – kluby jednosekcyjne – 12 tys.
    złotych", "Forma wsparcia – premia w wysokości 100 000,00 zł", "Zadanie 1 …: dofinansowanie – 70.000 zł"), a
    programme's per-applicant amounts, `other` (tests/realtext/README.md, rule 2), whatever grant word names them.
    (Only the sums from the call's paragraph on, tried in s12: gate2 fell 25 -> 24, amounts F1 0.88 -> 0.84.)"""
    # (the cheapest tests first: most pages with a grant say "otrzym…", most others hold none of the call's words)
    if "otrzym" in lowered or not any(word in lowered for word in _CALL_GATES):
        return False
    if any(stem in lowered for stem in _RESOLVED_STEMS) or not any(word in lowered for word in _CALL_WORDS):
        return False
    return _GRANTED_PARTICIPLE.search(lowered) is None and _CALL_OPEN.search(text) is not None


# The project's own share named beside a cueless total, in any of its words, with its sum ("wkład własny w wysokości
# 3000 zł", "Środki własne gminy wyniosą łącznie: 38 216, 75 zł", "dołoży ze swoich środków 92 800 zł"; not a call's
# "wkład własny – co najmniej 10%"), or the rest that the unit covers ("a pozostałą kwotę pokrywają środki
# Organizatora").
_OWN_SOURCE = re.compile(
    r"(?:wkład\w*\s+własn|środk\w*\s+własn|własn\w*\s+środk|\bze\s+swoich\s+środk)[^.;\n%\d]{0,60}\d[\d \u00a0.,]*"
    r"(?:zł|złotych|PLN)(?!\w)"
    r"|\b(?:pozostał\w*|reszt[aęy])\s+(?:[^\W\d]+\s+){0,2}?(?:pokry|zapewni|sfinansow|dołoż|dokłada|wyłoż)\w*",
    re.I,
)
_SOURCES_REACH = 600  # characters either side of a total where its parts are looked for


def _sources_summed(text: str, start: int, end: int) -> bool:
    """Whether a total said with "razem"/"ogółem"/"łącznie" and no cue of its own adds up the project's sources
    (tests/realtext/README.md, fourth round: "co razem daje X", "Ogółem na program przeznaczono X", "Razem mamy do
    wydania X" are the task's `total_cost`): its own share is printed near it, beside the grant."""
    return _OWN_SOURCE.search(text, max(0, start - _SOURCES_REACH), min(len(text), end + _SOURCES_REACH)) is not None


def _after_stop(text: str, start: int, reach: int) -> int:
    """Just after the last ".", ";" or line break at most `reach` before `start` (a list line's or a clause's start;
    `_clause_start` reads the full clause boundaries of the amounts' pass)."""
    low = max(0, start - reach)
    return max(low - 1, *(text.rfind(c, low, start) for c in ".;\n")) + 1


# A sum asked for, in its clause right before it ("Wnioskowana kwota dofinansowania: 23 765,00 zł", "prosiła o").
_ASKED = re.compile(r"wnioskowan\w*|\b(?:prosi|wnioskowa[łl]|ubiega|wystąpi[łl])\w*", re.I)


def _granted_requests(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """A requested sum the passage says was granted takes the granted sum's kind (tests/realtext/README.md, rule 1:
    "unless the passage says that same sum was granted"): "Wnioskowana kwota dofinansowania: 23 765,00 zł\nOtrzymana
    kwota dofinansowania: 23 765,00 zł" are two grants.  The same value, read as a grant or EU share elsewhere."""
    granted = {(m.value, m.currency): m.kind for m in mentions if m.kind in GRANT_KINDS}
    if not granted:
        return mentions
    result = list(mentions)
    for i, mention in enumerate(mentions):
        kind = granted.get((mention.value, mention.currency))
        if mention.kind != "other" or kind is None:
            continue
        if _ASKED.search(text, _after_stop(text, mention.start, 80), mention.start):
            result[i] = replace(mention, kind=kind)
    return result


# A gmina's own budget named before the sum ("wpisano do budżetu gminy, zabezpieczając kwotę 0,5 mln zł", "w kwocie
# 678 000 zł … Funduszu sołeckiego"), with no "wkład/środki własne" in its clause.
_BUDGET_LINE = re.compile(rf"budże[tc]\w*\s+(?:gminy|miasta|powiatu)|fundusz\w*{_OWN_FUND}", re.I)
_OWN_WORDS = re.compile(r"własn|swoi|swoj", re.I)
_NEIGHBOUR = 250  # characters between a budget line's sum and the grant it stands beside


def _budget_lines(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """A gmina's own budget line is an own share only beside the grant (tests/realtext/README.md, last section).

    "Budżet gminy Miękinia – 850 594,39 PLN Dofinansowanie z UE – 500 000,00 PLN", "budżet Gminy Drużbice – 596,00 zł"
    after the marshal's 2 900 zł: one line of a project's list of sources, `own_share`.  Alone ("Budowę drogi wpisano do
    budżetu gminy, zabezpieczając na nią kwotę 0,5 mln zł", a year's "Fundusz sołecki" of 678 000 zł) it is the gmina's
    spending, `other`: a grant or EU share must stand near it (`_NEIGHBOUR`), with no blank line between.
    """
    result = list(mentions)
    grants = sorted((n.start, n.end) for n in mentions if n.kind in GRANT_KINDS)  # looked up by start, not scanned
    starts = [start for start, _ in grants]
    for i, mention in enumerate(mentions):
        if mention.kind != "own_share":
            continue
        clause = _after_stop(text, mention.start, 120)  # (both sides read in bounded windows, as every rule here)
        stops = [at for c in ".;\n" if (at := text.find(c, mention.end, mention.end + 80)) >= 0]
        own = text[clause : min(stops, default=mention.end + 80)]
        if not _BUDGET_LINE.search(own) or _OWN_WORDS.search(own):
            continue
        near = grants[
            bisect_left(starts, mention.start - _NEIGHBOUR) : bisect_right(starts, mention.start + _NEIGHBOUR)
        ]
        if not any("\n\n" not in text[min(end, mention.end) : max(start, mention.start)] for start, end in near):
            result[i] = replace(mention, kind="other")
    return result
