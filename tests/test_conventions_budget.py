"""The tests' record helper reads a passage under a generous time budget of its own: a loaded machine (parallel test
processes, a cold first extraction building its tables) cannot cut the extraction short to the cheap path."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conventions import record
from extract import bounds


@pytest.fixture
def no_default_budget() -> Iterator[None]:
    """The process's default budget at 0 s: any extraction under it is cut short at its first check."""
    saved = bounds.default_budget()
    bounds.configure(0.0)
    try:
        yield
    finally:
        bounds.configure(saved)


@pytest.mark.usefixtures("no_default_budget")
def test_record_does_not_use_the_default_budget() -> None:
    text = "Lider projektu: Fundacja Nowy Dom.\n\nFundacja Pro Arte, partner w realizacji projektu, prowadzi warsztaty."
    assert {partner.name for partner in record(text).partners} == {"Fundacja Nowy Dom", "Fundacja Pro Arte"}
