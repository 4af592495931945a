"""Polish numerals written as words ("dziesięciu tysięcy złotych", "trzy miliony", "pół miliona").

News items write round sums in words; the value is the numeral's, in any case form.  Only the
numerals a sum of money uses before "tysiąc"/"milion"/"miliard" are read (1-999 and "pół").
"""

from __future__ import annotations

import re
from decimal import Decimal

# Stems of each numeral's case forms (nominative, genitive/dative/locative, instrumental).
_UNITS = {
    1: r"jed(?:en|na|no|nego|nej|nym|ną)",
    2: r"dw(?:a|ie|óch|u|oma|iema)",
    3: r"trz(?:y|ech|ema)",
    4: r"czter(?:y|ech|ema)",
    5: r"pię(?:ć|ciu)",
    6: r"sze(?:ść|ściu)",
    7: r"si(?:edem|edmiu)",
    8: r"o(?:siem|śmiu)",
    9: r"dziewię(?:ć|ciu)",
}
_TEENS = {
    10: r"dziesię(?:ć|ciu)",
    11: r"jedena(?:ście|stu)",
    12: r"dw(?:anaście|unastu)",
    13: r"trzyna(?:ście|stu)",
    14: r"czterna(?:ście|stu)",
    15: r"piętna(?:ście|stu)",
    16: r"szesna(?:ście|stu)",
    17: r"siedemna(?:ście|stu)",
    18: r"osiemna(?:ście|stu)",
    19: r"dziewiętna(?:ście|stu)",
}
_TENS = {
    20: r"dw(?:adzieścia|udziestu)",
    30: r"trzy(?:dzieści|dziestu)",
    40: r"czter(?:dzieści|dziestu)",
    50: r"pięć(?:dziesiąt)|pięćdziesięciu",
    60: r"sześćdziesiąt|sześćdziesięciu",
    70: r"siedemdziesiąt|siedemdziesięciu",
    80: r"osiemdziesiąt|osiemdziesięciu",
    90: r"dziewięćdziesiąt|dziewięćdziesięciu",
}
_HUNDREDS = {
    100: r"st(?:o|u)",
    200: r"dw(?:ieście|ustu)",
    300: r"trzy(?:sta|stu)",
    400: r"czter(?:ysta|ystu)",
    500: r"pięćset|pięciuset",
    600: r"sześćset|sześciuset",
    700: r"siedemset|siedmiuset",
    800: r"osiemset|ośmiuset",
    900: r"dziewięćset|dziewięciuset",
}


def _alternatives(table: dict[int, str]) -> str:
    return "|".join(f"(?:{pattern})" for pattern in table.values())


_WORD = rf"(?:{_alternatives(_HUNDREDS)}|{_alternatives(_TENS)}|{_alternatives(_TEENS)}|{_alternatives(_UNITS)})"
# A numeral of one to three words ("sto dwadzieścia pięć"), or "pół"; longest alternatives first matter
# less than whole-word matching, which the boundaries give.
# ("półtora" is one and a half; "dwa i pół miliona": a numeral and a half)
NUMERAL = rf"(?:(?<!\w)(?:półtora|pół|{_WORD}(?:\s+{_WORD}){{0,2}}(?:\s+i\s+pół)?)(?!\w))"
_CLASSES = (_HUNDREDS, _TENS, _TEENS, _UNITS)
_PARTS = [
    (re.compile(rf"(?:{pattern})\Z", re.I), value, rank)
    for rank, table in enumerate(_CLASSES)
    for value, pattern in table.items()
]


def numeral_value(words: str) -> Decimal | None:
    """Value of a numeral of one to three words ("dwieście pięćdziesiąt" -> 250, "pół" -> 0.5, "półtora" -> 1.5,
    "dwa i pół" -> 2.5); None if not one.

    The words must fall in rank: hundreds, then tens, then units; a teen stands alone after hundreds.
    """
    lowered = words.lower()
    if lowered in ("pół", "półtora"):
        return Decimal("0.5") if lowered == "pół" else Decimal("1.5")
    half = re.search(r"\s+i\s+pół\Z", lowered)  # "dwa i pół": the numeral and a half
    if half:
        whole = numeral_value(lowered[: half.start()])
        return None if whole is None else whole + Decimal("0.5")
    total, previous = 0, -1
    for word in lowered.split():
        part = next(((value, rank) for pattern, value, rank in _PARTS if pattern.match(word)), None)
        if part is None or part[1] <= previous or (previous == 1 and part[1] == 2) or (previous == 2):
            return None
        total += part[0]
        previous = part[1]
    return Decimal(total)


# The forms of "wynieść"/"wynosić" (to amount to) a sum follows: the present, future, past and conditional, each
# person and gender the reports use (one list for the look-behinds of `extract.money_amounts` and the heads and
# pronoun subjects of `extract.money_kinds`).
AMOUNTS_TO = (
    *("wynosi", "wynoszą", "wynosić", "wynosił", "wynosiła", "wynosiło", "wynosiły", "wynosiłby", "wynosiłaby"),
    *("wynosiłoby", "wynosiłyby", "wyniesie", "wyniosą", "wynieść", "wyniósł", "wyniosła", "wyniosło", "wyniosły"),
    *("wyniosłaby", "wyniósłby", "wyniosłoby", "wyniosłyby"),
)
