"""The record kind (extract.kinds.classify): EU money or a contract marks a project, a programme title a programme."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.kinds import classify
from extract.model import Amount

GRANT = Amount(kind="grant", value=Decimal("51120"), text="51 120 zł")
EU = Amount(kind="eu_share", value=Decimal("1000"), text="1 000 zł")


@pytest.mark.parametrize(
    ("title", "text", "found", "kind"),
    [
        ("„Trudny start, lepsza przyszłość 2” – Program wsparcia rodzin", "", {"fund": "EFS"}, "project"),
        ("Program asystent rodziny i koordynator rodzinnej pieczy zastępczej", "", {"amounts": [GRANT]}, "programme"),
        ("Gminny Program Wspierania Rodziny na lata 2019-2021", "", {}, "programme"),
        ("Zapraszamy do udziału w projekcie „Kooperacja”", "", {"fund": "EFS"}, "project"),
        ("Nowe boisko", "Wartość robót 100 000 zł.", {"amounts": [GRANT]}, "project"),
        ("Nowe boisko", "", {"amounts": [EU]}, "project"),
        ("Nowe boisko", "", {"contract_number": "RPOP.08.01.00-16-0001/20"}, "project"),
        ("Ferie z Chatką Puchatka", "W dniach od 28 stycznia trwają ferie.", {}, "news"),
        ("Dzień Seniora", "Zapraszamy na projekcję filmu.", {}, "news"),
        ("Dzień Seniora", "Projekt „Aktywni” zaprasza.", {}, "project"),
    ],
)
def test_kind(title: str, text: str, found: dict[str, object], kind: str) -> None:
    assert classify(title, text, **found) == kind  # type: ignore[arg-type]


@given(st.text(max_size=200), st.text(max_size=400))
def test_always_one_of_the_kinds_it_reads(title: str, text: str) -> None:
    assert classify(title, text) in ("project", "programme", "news")
