"""A sum for the one named item after "w tym" (`extract.money_recipients`), read in one pass over a long clause.

Review s14, P2: a look-ahead for a later "w tym" after each one rescanned the clause (quadratic: 1.8 s on 56 KB).
"""

from __future__ import annotations

import time

from extract.money import find_amounts
from extract.money_recipients import got_by_one


def test_the_named_item_after_the_last_w_tym() -> None:
    text = "Dotacje otrzymało 12 organizacji, w tym Stowarzyszenie Rybno – 400 tys. zł."
    assert [(m.kind, str(m.value)) for m in find_amounts(text)[0]] == [("grant", "400000")]
    text = "Dotacje otrzymało 12 organizacji, w tym kluby, w tym Stowarzyszenie Rybno – 400 tys. zł."
    assert [(m.kind, str(m.value)) for m in find_amounts(text)[0]] == [("grant", "400000")]


def test_many_w_tym_in_one_clause_take_linear_time() -> None:
    text = "w tym " * 4000 + "abc " * 8000 + "Rybno – 400 tys. zł."
    start = text.index("400")
    best = min(_timed(text, start) for _ in range(3))
    assert best < 0.3  # (quadratic: about 1.8 s; one pass: a few ms)


def _timed(text: str, start: int) -> float:
    begin = time.perf_counter()
    got_by_one(text, text.lower(), 0, start, len(text))
    return time.perf_counter() - begin
