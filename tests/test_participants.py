"""Participants (extract.participants): how many people a project supports, never any count of people."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract import participants
from extract.participants import find_participants


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Wsparcie projektu kierowane będzie łącznie do 100 osób uwzględniając rodziny", 100),  # seed 001
        ("Wsparciem zostanie objętych 1 250 osób z terenu gminy.", 1250),
        ("Wsparciem zostanie objętych 1\u00a0250 osób.", 1250),
        pytest.param(
            "W projekcie weźmie udział 40 uczestników.",
            40,
            marks=pytest.mark.xfail(strict=True, reason="only the order 'udział weźmie' is read"),
        ),
        ("Udział weźmie 40 uczestników.", 40),
        ("Z zajęć skorzysta 25 dzieci.", 25),
        ("Projektem objęto 12 rodzin.", 12),
        ("UCZESTNIKAMI BĘDZIE 30 OSÓB", 30),
        # negatives: counts of people that are not the project's participants
        ("Powiatowe Grupy Decydentów (15 osób). Spotkania 1 dniowe.", None),  # seed 003
        ("Liczba mieszkańców: 125.710", None),
        ("1.552.911 gości odwiedziło nas", None),
        ("W spotkaniu udział wzięło 30 osób.", None),
        ("Wsparcie finansowe wynosi 100 000 zł.", None),
        ("Wsparcie. 40 osób", None),  # another sentence
        ("", None),
    ],
)
def test_participants(text: str, count: int | None) -> None:
    assert find_participants(text) == count


@given(st.text(max_size=400))
def test_never_raises_and_never_negative(text: str) -> None:
    found = find_participants(text)
    assert found is None or found >= 0


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(["osób", "uczestników", "dzieci", "rodzin"]))
def test_any_count_after_a_support_verb_is_read(count: int, who: str) -> None:
    printed = f"{count:,}".replace(",", " ")
    assert find_participants(f"Wsparciem zostanie objętych {printed} {who}.") == count


TOKENS = ["Wsparciem", "objętych", "skorzysta", "uczestników", "udział weźmie", "zostanie", "osób", "OSÓB", "dzieci",
          "rodzin", "1", "25", "250", "1 250", "1\u00a0250", ".", "\n", "z", "gminy"]  # fmt: skip


@given(st.lists(st.sampled_from(TOKENS), max_size=12).map(" ".join))
def test_the_quick_look_never_hides_a_count(text: str) -> None:
    """`_COUNT` only skips texts the full pattern cannot match."""
    match = participants._PARTICIPANTS.search(text)
    assert find_participants(text) == (int(re.sub(r"\D", "", match.group(1))) if match else None)
