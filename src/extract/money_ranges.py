"""Sums that belong to another sum (a range's bounds, a rate, the words restating it, items sharing a
multiplier): read with the one they qualify, not as amounts of their own.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extract.money_amounts import FRAC, IN_WORDS, INT, MULT, NON_DIGIT, SP
from extract.money_values import currency_of, match_value, number_value
from extract.regex_starts import led

# "Wysokość dotacji: 25 000 zł – 250 000 zł": a range said with a dash between two sums, each with its currency.
_DASH_BETWEEN = re.compile(r"[ \u00a0]*[-–—‐][ \u00a0]*")


# A kind word after a dash's second sum on its line: the two sums are a row's columns, each its own kind ("dotację:
# 5 000 zł – 10 000 zł (wartość projektu)"), not a range's bounds.
_KIND_WORD_AFTER = re.compile(r"\b(?:wartoś|koszt|wkład|dofinansow|dotacj|wsparci|kwalifikowa|całkowit)\w*", re.I)
# A verb of getting in the past in the clause before: a sum got is no range ("otrzymała dotację: 5 000 zł – …").
_GOT_PAST = re.compile(r"\b(?:otrzymał|dostał|uzyskał|pozyskał|zdobył|przyznał|przyznan[oay])\w*", re.I)
# Its stems, lowered, each with the stems of the same verb in every tense (`_RESOLVED_STEMS` reads those; "przyzna"
# widens to "przyznał" only: the noun "przyznanie" asks, it grants nothing).
GOT_STEMS_BY_TENSE: dict[str, tuple[str, ...]] = {
    "otrzymał": ("otrzym",),
    "dostał": ("dostał", "dostal", "dostan", "dostaj"),
    "uzyskał": ("uzysk",),
    "pozyskał": ("pozysk",),
    "zdobył": ("zdoby",),
    "przyzna": ("przyznał",),
}
GOT_PAST_STEMS = tuple(GOT_STEMS_BY_TENSE)
_REST_OF_CLAUSE = re.compile(r"[^,;\n]*?(?=[,;\n]|\.\s|\Z)")  # (up to the clause's end, within the bounds given)


def dash_range(
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
    upper = match_value(following)
    if upper is None or upper <= value or currency_of(following) != currency_of(m):
        return False
    rest = _REST_OF_CLAUSE.match(text, following.end(), min(limit, following.end() + 40))
    if rest and _KIND_WORD_AFTER.search(text, following.end(), rest.end()):
        return False
    return not (got_past and _GOT_PAST.search(text, clause, m.start()))


# "dotacje od 0,5 mln zł do 93,5 mln": the lower bound of a range printed with its own currency.
RANGE_FROM = re.compile(r"\bod[ \u00a0]*\Z", re.I)
# "od 0,5 mln zł do 93 mln", "… aż do 93 mln", "… aż po ponad 93 mln"
_UP_TO = r"(?:aż[ \u00a0]+)?(?:do|po)(?:[ \u00a0]+(?:aż|ponad|około|ok\.|blisko|prawie|nawet))?"
RANGE_TO = re.compile(rf"[ \u00a0]*{_UP_TO}[ \u00a0]+\d")
# Sums in words with no currency ("dostają trzy miliony, a …") end the clause or go on to whom/what for.
WORDS_MONEY = re.compile(
    r"[ \u00a0]*(?:[,.;)]|$|(?:na|dla|z|ze|do|to|stanowi\w*|pochodz\w*|przekazan\w*|przyznan\w*"
    # ("12 miliardów bezzwrotnego wsparcia": the money noun after an adjective)
    r"|(?:[a-ząćęłńóśźż]+(?:ego|ych)[ \u00a0]+)?(?:dofinansowania|dotacji|wsparcia|subwencji|środków|pomocy))"
    r"(?!\w))"
)
# A bare sum under a money word that leaves no doubt ("na łączną kwotę ponad 173 mln posłuży …", "w wysokości 120 tys.
# przeznaczy"): money whatever word follows, as a counted noun never follows these ("w wysokości 30 tys. osób" is no
# Polish). The looser SUM_BEFORE still asks WORDS_MONEY of the words after.
SURE_SUM_BEFORE = re.compile(
    r"\b(?:w\s+wysokości|w\s+kwocie|na\s+(?:[^\W\d]+\s+)?kwotę|kwot[aęy]\s+(?:[^\W\d]+\s+)?wynosi\w*)"
    r"(?:\s+(?:ponad|około|ok\.|blisko|prawie|niemal|niespełna|do|aż))?[ \u00a0]*\Z",
    re.I,
)
# "Środki w wysokości 209 tys. pochodzą z …", "czyli 81 tys.,": words that say a bare number is a sum.
# ("czyli po przeliczeniu na złote około 23 miliony": a sum restated in another currency)
SUM_BEFORE = re.compile(
    r"\b(?:w\s+wysokości|w\s+kwocie|na\s+kwotę|kwot[aęy]|kwotą|sum[aęy]|(?:czyli|tj\.)(?:\s+po\s+przeliczeniu(?:\s+na\s+\w+)?)?)"
    r"(?:\s+[^\W\d]+\.?)?[ \u00a0]*\Z",
    re.I,
)
RANGE_NEXT = re.compile(r"[ \u00a0]*(?:do|[-–—‐])[ \u00a0]*\d")  # "40,5 tys. do 52,125 tys. PLN": a lower bound
BETWEEN_OPEN = re.compile(r"\b(?:po)?między[ \u00a0]+\Z", re.I)  # "między 5 tys. a 10 tys. zł": a lower bound too
BETWEEN_NEXT = re.compile(r"[ \u00a0]+a[ \u00a0]+\d")
RANGE_UPPER = re.compile(rf"\b{_UP_TO}[ \u00a0]*\Z")  # "od 0,5 mln zł do 93,5 mln": the upper bound
# ("4,9 miliona euro, czyli po przeliczeniu na złote około 23 miliony": the same sum restated, of the same kind)
COORDINATED = re.compile(
    r"[ \u00a0]*(?:,|i|oraz|a\s+także)?[ \u00a0]*(?:(?:czyli|tj\.)(?:\s+po\s+przeliczeniu(?:\s+na\s+\w+)?)?\s+)?"
    r"(?:(?:około|ok\.|ponad|blisko|prawie|niemal|niespełna)[ \u00a0]*)?",
    re.I,
)
# A verb after a comma still speaks of the amount ("70 milionów złotych, otrzymała Gdynia"); a noun starts
# the next item of a list ("47 991,65 zł, dotacja … – 40 566,84 zł").
VERB_CUE = re.compile(
    r"(?:otrzyma|otrzymuj|pozyska|uzyska|dostał|dostal|dostan|dostaj|zdoby|przyzna|przekaza|przekaż|trafi|wesprze|dołoż|dokłada"
    r"|pokry|sfinansuj|wyłoż)\w*",
    re.I,
)
# "20 000 zł na ubrania i hełmy pozyskała OSP": a purpose phrase after the sum, its "i" no clause end before a verb.
PURPOSE = re.compile(r"[ \u00a0]*na[ \u00a0]")
VERB_AFTER_AND = re.compile(rf"(?:[^\W\d]+[ \u00a0]+){{0,4}}?(?:{VERB_CUE.pattern})", re.I)
# "Pozostałe 7 427,40 zł Gmina pokrywa z wkładu własnego": a unit as the subject after the amount.
UNIT_SUBJECT = re.compile(r"(?:Gmina|Miasto|Powiat|Województwo|Samorząd|Urząd|Ośrodek|Stowarzyszenie|Fundacja)\s+\w")
SLOWNIE_AFTER = re.compile(rf"[ \u00a0]*{IN_WORDS}[^)]{{0,160}}\)", re.I)
# "1 EURO = 4 PLN": an exchange rate, not money.
RATE_BEFORE = re.compile(r"(?:EUR|EURO|euro)[ \u00a0]*=[ \u00a0]*\Z")
RATE_SIDES = re.compile(r"[ \u00a0]*=")  # "1 EURO = 4 PLN": both sides of an exchange rate
# ... the right side only after a sum ("1 EURO = ", "1 € ="): "Całkowity koszt zadania = 750.420,72 zł" is a label's
# value
RATE_RIGHT = re.compile(r"(?:\d|EURO?|[Ee]uro|€|zł|PLN|USD|CHF)\.?[ \u00a0]*=[ \u00a0]*\Z")
# "po kursie 4 zł/euro": a price of a currency, not money
PER_CURRENCY = re.compile(r"[ \u00a0]*/[ \u00a0]*(?:EURO?|[Ee]uro|€|USD|CHF)(?!\w)")
# "Kurs euro: 4,30 PLN", "po średnim kursie NBP 4,27 zł": a rate in words ("kurs prawa jazdy – 2 310 zł" is money).
RATE_WORD = re.compile(
    r"\bkurs\w*\s+(?:(?:średni\w*|wymiany)\s+)?(?:euro?|walut\w*|nbp|wymiany)\b[^.;\n\d]{0,30}\Z", re.I
)
ABBREVIATION_DOT = re.compile(r"\.[ \u00a0]+[a-ząćęłńóśźż]")
SLOWNIE = re.compile(r"\A[\s(]*słownie", re.I)
# A sum in brackets right after a percentage restates it: "85% (850 000 zł) pochodzi z EFS".
PERCENT_OPEN = re.compile(r"(?:%|\bproc\.?|\bprocent\w*)[ \u00a0]*\([ \u00a0]*\Z", re.I)
CLOSE_PAREN = re.compile(r"[ \u00a0]*\)")
# A share in brackets right after a sum ("64 000 zł (80%)", "(85 proc. kosztów)") is no clause end.
PERCENT_AFTER = re.compile(
    r"[ \u00a0]*\([ \u00a0]*\d{1,3}(?:[,.]\d+)?[ \u00a0]*(?:%|proc\.?|procent\w*)[^()\n]{0,30}\)"
)
RANGE_BEFORE = re.compile(rf"(?:\d|{MULT}\.?){SP}*(?:[-–—‐]|do){SP}*\Z")
# The lower bound of a range whose currency is printed once, after the upper: "od 40,5 tys. do 52,125 tys. PLN".
RANGE_LOWER = re.compile(
    rf"(?<![\w.,])(?P<num>{INT})(?P<frac>{FRAC})?{SP}*(?:(?P<mult>{MULT})\.?{SP}*)?(?:[-–—‐]|do){SP}*\Z"
)
# An item of a list of sums whose currency is printed once, after the last: "granty w wysokości 10 000, 15 000, 20 000
# oraz 25 000 zł".  Only digit-grouped numbers (a thousand or more), so "w latach 2021, 2022 i 3 000 zł" is no list.
_LIST_ITEM_BEFORE = re.compile(
    rf"(?<![\w.,])(?<!\d{SP})(?P<num>\d{{1,3}}(?:{SP}\d{{3}}(?!\d)){{1,4}})(?P<frac>,\d{{2}})?"
    rf"(?:{SP}*,{SP}*|{SP}+(?:i|oraz|lub|albo){SP}+)\Z"
)


def list_items(text: str, m: re.Match[str], floor: int) -> list[tuple[Decimal, int, int]]:
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
            if (value := number_value(item.group("num"), item.group("frac"), mult)) is None:
                break
            items.append((value, item.start(), item.end("frac") if item.group("frac") else item.end("num")))
            pos = item.start()
        return items[::-1]
    size = len(NON_DIGIT.sub("", m.group("num")))
    while (item := _LIST_ITEM_BEFORE.search(text, max(floor, pos - 40), pos)) is not None:
        value = number_value(item.group("num"), item.group("frac"), None)
        if value is None or abs(len(NON_DIGIT.sub("", item.group("num"))) - size) > 1:
            break
        items.append((value, item.start(), item.end("frac") if item.group("frac") else item.end("num")))
        pos = item.start()
    return items[::-1]


# A bare number of up to three digits joined to a sum with a multiplier ("900 i 500 tys. zł", "8, 9 lub 10 mln zł"): it
# shares the sum's multiplier and currency (not a part of a date, a reference number or a larger number).
_SHARED_MULT_BEFORE = led(
    rf"(?<![\w.,/\-])(?<!\d{SP})(?<![Nn]r{SP})(?<![Nn]r\.{SP})(?<!pkt{SP})(?<!§{SP})(?P<num>\d{{1,3}})(?P<frac>,\d{{1,3}})?(?:{SP}*,{SP}*|{SP}+(?:i|oraz|lub|albo){SP}+)\Z"
)
# "w przedziale między 20 000 a 60 000 euro": the lower bound of a range said with "między … a".
BETWEEN_LOWER = re.compile(
    rf"\b(?:po)?między{SP}+(?P<num>{INT})(?P<frac>{FRAC})?{SP}*(?:(?P<mult>{MULT})\.?{SP}*)?a{SP}+\Z", re.I
)
