"""Numerals in words: every value 1-999 in the nominative and the genitive reads back as itself."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.money_words import numeral_value

UNITS = ["", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"]
TEENS = ["dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście",
         "siedemnaście", "osiemnaście", "dziewiętnaście"]  # fmt: skip
TENS = ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt",
        "osiemdziesiąt", "dziewięćdziesiąt"]  # fmt: skip
HUNDREDS = ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset",
            "dziewięćset"]  # fmt: skip
# genitive ("dziesięciu tysięcy", "dwustu pięćdziesięciu tysięcy")
UNITS_GEN = ["", "jednego", "dwóch", "trzech", "czterech", "pięciu", "sześciu", "siedmiu", "ośmiu", "dziewięciu"]
TEENS_GEN = ["dziesięciu", "jedenastu", "dwunastu", "trzynastu", "czternastu", "piętnastu", "szesnastu",
             "siedemnastu", "osiemnastu", "dziewiętnastu"]  # fmt: skip
TENS_GEN = ["", "", "dwudziestu", "trzydziestu", "czterdziestu", "pięćdziesięciu", "sześćdziesięciu",
            "siedemdziesięciu", "osiemdziesięciu", "dziewięćdziesięciu"]  # fmt: skip
HUNDREDS_GEN = ["", "stu", "dwustu", "trzystu", "czterystu", "pięciuset", "sześciuset", "siedmiuset", "ośmiuset",
                "dziewięciuset"]  # fmt: skip


def words(n: int, *, genitive: bool) -> str:
    units, teens, tens, hundreds = (
        (UNITS_GEN, TEENS_GEN, TENS_GEN, HUNDREDS_GEN) if genitive else (UNITS, TEENS, TENS, HUNDREDS)
    )
    h, rest = divmod(n, 100)
    parts = [hundreds[h]]
    parts += [teens[rest - 10]] if 10 <= rest < 20 else [tens[rest // 10], units[rest % 10]]
    return " ".join(part for part in parts if part)


@given(st.integers(min_value=1, max_value=999), st.booleans())
def test_every_numeral_reads_back(n: int, genitive: bool) -> None:
    assert numeral_value(words(n, genitive=genitive)) == n


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pół", Decimal("0.5")),
        ("dwie", Decimal(2)),
        ("Trzy", Decimal(3)),
        ("pięć sto", None),  # parts must fall in rank
        ("dwadzieścia dwanaście", None),
        ("dwanaście trzy", None),
        ("sto sto", None),
        ("kilka", None),
    ],
)
def test_numerals(text: str, value: Decimal | None) -> None:
    assert numeral_value(text) == value
