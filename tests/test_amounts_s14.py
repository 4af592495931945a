"""Amount kinds and values on real text, session 14: each mechanism with its reworded examples and its near misses."""

from __future__ import annotations

import pytest

from extract.money import find_amounts


def kinds_values(text: str) -> list[tuple[str, str]]:
    return [(m.kind, str(m.value)) for m in find_amounts(text)[0]]


# A sum printed with grosze and no currency word after a form of "wynieść"/"wynosić" under a money cue, or after a
# colon with dot groups and a comma after it: money (tests/realtext/README.md: "a sum without a currency word is an
# amount when the passage makes it money").  Hosts kock.naszgok.pl, pceluban.pl.
NO_CURRENCY_AFTER_VERB = [
    ("Całkowita wartość zadania wyniesie 189 617,80 .", [("total_cost", "189617.80")]),
    (
        "Koszt całkowity wyniósł 1 250 000,00, a dotacja wyniosła 900 000,00.",
        [("total_cost", "1250000.00"), ("grant", "900000.00")],
    ),
    ("Dofinansowanie wynosi 35 000,00.", [("grant", "35000.00")]),
    ("Wkład własny gminy wynosił 4 500,00.", [("own_share", "4500.00")]),
    (
        "Wartość projektu wynosiłaby 120 000,00; dotacja wyniesie 90 000,00.",
        [("total_cost", "120000.00"), ("grant", "90000.00")],
    ),
    ("Koszty kwalifikowalne wyniosły 88 000,00.", [("eligible", "88000.00")]),
    ("Wydano 330.400,04 zł, w tym dofinansowanie ze środków unijnych: 279.065,71, a wkład własny: 51.334,33 zł.", None),
    # near misses: no money cue before the verb (a length, an area, a head count), too short a number
    ("Długość drogi wynosi 1 500,00 m.", []),
    ("Powierzchnia działki wynosi 6 243,75, a długość 1 163,46.", []),
    ("Liczba mieszkańców wynosi 12 345,00.", []),
    ("Dotacja wynosiła 12,50.", []),
    ("Rok wcześniej wskaźnik wyniósł 1 250,5.", []),
]


@pytest.mark.parametrize(("text", "expected"), NO_CURRENCY_AFTER_VERB)
def test_a_sum_with_no_currency_after_a_verb_of_amounting(text: str, expected: list[tuple[str, str]] | None) -> None:
    got = kinds_values(text)
    if expected is None:  # the dotted, comma-followed figure after a colon: read, with the kind its label gives
        assert ("eu_share", "279065.71") in got
    else:
        assert got == expected
