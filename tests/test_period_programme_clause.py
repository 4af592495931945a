"""A relative clause on a programme dates the programme, not a project (tests/realtext/README.md: a programme's own
run is no period)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.periods import find_period

D = date


def sides(text: str) -> tuple[date | None, date | None] | None:
    period, _ = find_period(text)
    return None if period is None else (period.start, period.end)


@pytest.mark.parametrize(
    "text",
    [
        "Gmina chce przystąpić do realizacji programu, który ma trwać od stycznia 2024 r. do grudnia 2024 r.",
        "Środki pochodzą z Programu „Asystent”, który będzie realizowany do końca 2024 r.",
        "Gmina przystąpiła do programu, którego realizacja potrwa do 31 grudnia 2024 r.",
        "Ośrodek zgłosił się do rządowego programu, który trwa od 1 lutego do 30 listopada 2023 r.",
        "Seniorzy skorzystają z usług w programie, który potrwa do 31.12.2025 r.",
    ],
)
def test_a_programmes_clause_gives_no_period(text: str) -> None:
    assert sides(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause names the work: the work's dates
        (
            "Środki pochodzą z programu, który finansuje projekt realizowany od 1 marca 2023 r. do 31 grudnia 2023 r.",
            (D(2023, 3, 1), D(2023, 12, 31)),
        ),
        # a project's clause, not a programme's
        ("Gmina realizuje projekt, który potrwa do 31 grudnia 2024 r.", (None, D(2024, 12, 31))),
        # a programme a named unit runs keeps its dates
        ("Gmina realizuje program „Asystent”, który potrwa do 31 grudnia 2024 r.", (None, D(2024, 12, 31))),
        ("Ośrodek prowadzi program, który trwa od 1 lutego do 30 listopada 2023 r.", (D(2023, 2, 1), D(2023, 11, 30))),
    ],
)
def test_near_misses_keep_their_period(text: str, expected: tuple[date | None, date | None]) -> None:
    assert sides(text) == expected
