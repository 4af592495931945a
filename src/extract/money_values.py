"""Exact Decimal values of printed sums, because sums are compared and added: multipliers, grosze marks,
numbers in words and the typos pages print.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from extract.model import Currency
from extract.money_amounts import (
    CELL,
    EURO_MARKS,
    FRANC_MARKS,
    HEADER_CURRENCY,
    HEADER_MULT,
    NON_DIGIT,
    ONE,
    amount_matches,
)
from extract.money_words import numeral_value

MILLION = Decimal(10) ** 6
# How far back a sum printed with its currency lends it to a bare one of the same passage ("Fight Club otrzyma 15
# tysięcy złotych, a Akademia i BKS po 10 tysięcy", "80 mln zł … Wielkopolscy seniorzy mają do dyspozycji 5,3 mln").
_LENDING_REACH = 200
# Verbs and nouns of counting people or things (attendance, visits, holdings, residents, participants).
_COUNTING = re.compile(
    r"(?<!\w)(?:przyszł[oa]|przyszli|przybył[oay]?|przybyli|odwiedził\w*|wzię(?:ło|li|ły)\s+udział|uczestniczył\w*"
    r"|w\s+zbiorach|mieszka(?:ło|ją)?|liczy|zgromadził\w*|obejrzał\w*|zarejestrowa\w*|zapisał\w*)(?!\w)",
    re.IGNORECASE,
)


def _exponent(mult: str) -> int:
    """Power of ten a multiplier word stands for (tys. 3, mln 6, mld 9)."""
    mult = mult.lower()
    if mult.startswith(("mld", "miliard")):
        return 9
    return 6 if mult.startswith(("mln", "milion")) else 3


def number_value(num: str, frac: str | None, mult: str | None) -> Decimal | None:
    """Exact value of the printed number; None when its form is ambiguous ("1,234", "1.234.50")."""
    digits = NON_DIGIT.sub("", num)
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
        value = value.quantize(ONE) if value == value.to_integral_value() else value.normalize()
    return value


def _rest(
    value: Decimal | None, exponent: int, num2: str | None, num3: str | None, mult2: str | None = None
) -> Decimal | None:
    """Add the lower parts of "4 mln 132 tys. 500 zł" (or "1 miliard 12 milionów zł"); None when they do not fit
    under the multiplier."""
    if value is None:
        return None
    if num2 is not None:
        lower = _exponent(mult2) if mult2 else 3
        if lower >= exponent or (lower == 6 and exponent != 9) or (lower == 3 and exponent < 6):
            return None
        value += int(num2) * 10**lower
        exponent = lower
    if num3 is not None:
        if exponent != 3:
            return None
        value += int(num3)
    return value


def currency_of(m: re.Match[str]) -> Currency:
    """ISO code of the amount's currency word: EUR for euro, CHF for Swiss francs, else PLN (a bare sum is taken as
    złoty)."""
    word = m.group("cur") or m.group("ocur") or m.group("wcur")
    return "EUR" if word in EURO_MARKS else "CHF" if word in FRANC_MARKS else "PLN"


def bare_figure(m: re.Match[str]) -> bool:
    """An amount printed with a multiplier or in words but no currency ("320 tys.", "trzy miliony")."""
    return (
        m.group("xnum") is not None
        or (m.group("words") is not None and m.group("wcur") is None)
        or (m.group("one") is not None and m.group("ocur") is None)
    )


def lent_currency(text: str, lent_from: int, start: int) -> bool:
    """A sum printed with its currency ended shortly before `start`, in the same paragraph: a bare sum after it is
    money of the same passage ("… 15 tysięcy złotych, a BKS po 10 tysięcy", "… 80 mln zł. Seniorzy mają do
    dyspozycji 5,3 mln"), unless what lies between counts what the money brought ("kosztowała 20 tys. zł, a przyszło
    na nią 5 tys.", "ma w zbiorach 12 tys. woluminów i 3 tys. na płytach"): the dev passages showed no such count,
    the review of d99d914 wrote these."""
    if lent_from < 0 or start - lent_from > _LENDING_REACH:
        return False
    between = text[lent_from:start]
    return "\n\n" not in between and _COUNTING.search(between) is None


def match_value(m: re.Match[str]) -> Decimal | None:
    if m.group("pnum") is not None:
        return number_value(m.group("pnum"), m.group("pfrac"), None)
    if m.group("bnum") is not None:
        return number_value(m.group("bnum"), f",{m.group('bfrac')}", None)
    if m.group("lnum") is not None:
        return number_value(m.group("lnum"), f",{m.group('lfrac')}", None)
    if m.group("vnum") is not None:
        return number_value(m.group("vnum"), f",{m.group('vfrac')}", None)
    if m.group("snum") is not None:
        return number_value(m.group("snum"), f",{m.group('sfrac')}", None)
    if m.group("xnum") is not None:
        value = number_value(m.group("xnum"), m.group("xfrac"), m.group("xmult"))
        return _rest(value, _exponent(m.group("xmult")), m.group("xnum2"), None)
    if m.group("words") is not None:
        words = numeral_value(m.group("words"))
        mult = m.group("wmult")
        return None if words is None else (words * 10 ** _exponent(mult)).quantize(ONE)
    if m.group("one") is not None:
        exponent = 9 if m.group("one").lower() == "miliard" else 6
        return _rest(Decimal(10) ** exponent, exponent, m.group("onum2"), m.group("onum3"), m.group("omult2"))
    mult = m.group("mult")
    value = number_value(m.group("num"), m.group("frac"), mult)
    if mult is None:
        return value
    if value is not None and m.group("half") is not None:
        if m.group("frac"):
            return None  # "2,5 i pół miliona" is no number
        value += Decimal(5) * 10 ** (_exponent(mult) - 1)  # "8 i pół miliona": a half of the multiplier more
    return _rest(value, _exponent(mult), m.group("num2"), m.group("num3"), m.group("mult2"))


def magnitude_typo(m: re.Match[str]) -> Decimal | None:
    """The value without its "mln"/"mld" when the number before it already holds millions: "260 582 586 mln zł"
    (260 trillion złoty is no public sum; the page meant 260 582 586 zł); None for any other amount."""
    for num, frac, mult in (("num", "frac", "mult"), ("xnum", "xfrac", "xmult")):
        word = m.group(mult)
        if word is not None and m.group(num) is not None and _exponent(word) >= 6:
            plain = number_value(m.group(num), m.group(frac), None)
            if plain is not None and plain >= MILLION:
                return plain
    return None


def parse_money(text: str) -> Decimal | None:
    """Value of one amount as printed ("51 120,  zł" -> 51120, "355 075,00 zł" -> 355075.00).

    The first amount with a currency marker in `text`; None when there is none.
    """
    for m in amount_matches(text):
        if (
            bare_figure(m)
            or m.group("lnum") is not None
            or m.group("vnum") is not None
            or "słownie" in text[max(0, m.start() - 20) : m.start()].lower()
        ):
            continue  # no currency marker; or "(słownie: dwanaście tysięcy złotych)" repeating a sum in figures
        value = match_value(m)
        if value is not None:
            return value
    return None


def parse_cell_amount(cell: str, header: str) -> Decimal | None:
    """A table cell under a header naming the currency ("Kwota (zł)": "12 345,67" -> 12345.67).

    None unless the header names zł/PLN and the whole cell is one number; "tys. zł" in the
    header scales the cell.
    """
    if not HEADER_CURRENCY.search(header):
        return None
    m = CELL.fullmatch(cell.strip())
    if m is None:
        return None
    mult = m.group("mult")
    if mult is None and (hm := HEADER_MULT.search(header)):
        mult = hm.group(1).lower()
    return number_value(m.group("num"), m.group("frac"), mult)
