"""The payer and programme reading stays linear on texts built to make it backtrack or compare every pair (the
review of session s11, section 2): each check compares two timings of the same process, not a wall-clock budget, so
a loaded machine slows both sides alike."""

from __future__ import annotations

import time

import pytest

from extract.funding import find_funding


def _fastest(text: str, runs: int = 3) -> float:
    """The best of `runs` timings of `find_funding(text)` (the least disturbed by other processes)."""
    timings = []
    for _ in range(runs):
        began = time.perf_counter()
        find_funding(text)
        timings.append(time.perf_counter() - began)
    return min(timings)


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize(
    ("owner", "plain"),
    [
        ("programu ministra ", "programu seniora "),
        ("program ministerstwa ", "program rybnikowa "),
        ("programu mkidn ", "programu kadry "),
        ("programu " + "ministra " * 12, "programu " + "seniora " * 12),
    ],
)
def test_a_programme_owner_costs_no_more_than_another_word(owner: str, plain: str) -> None:
    # The owner's words were a qualifier inside a group repeated three times: each "program" tried every split of
    # the repeats, 40-60 times the cost of the same text with another word (now 5-7 times: its few words are tried).
    find_funding("Program Ministra Kultury")  # (the tables load outside the timings)
    assert _fastest(_repeated(owner, 30_000)) < 20 * _fastest(_repeated(plain, 30_000))


def test_bodies_in_a_row_are_read_in_linear_time() -> None:
    # Each payer's verb was checked against every body's start ("rząd dał wojewoda " repeated: four times the text,
    # twelve times the time); a bisection into the sorted starts makes it four times.
    find_funding("Wojewoda Mazowiecki przekazał")
    small, big = _fastest(_repeated("rząd dał wojewoda ", 25_000)), _fastest(_repeated("rząd dał wojewoda ", 100_000))
    assert big < 8 * small
