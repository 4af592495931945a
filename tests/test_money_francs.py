"""Swiss francs (the Swiss-Polish Cooperation Programme): "489 mln CHF", "1 mld franków szwajcarskich" are amounts in
CHF, read by the same rules as złoty and euro; the records' per-kind columns keep PLN only."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract.money import find_amounts


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Polsce program daje ok. 489 mln CHF.", [("other", Decimal("489000000"))]),
        ("Dziesięć państw otrzyma ponad 1 mld franków szwajcarskich.", [("other", Decimal("1000000000"))]),
        (
            "Projekt kosztował 2 mln CHF, z czego 1,7 mln CHF to dofinansowanie.",
            [("total_cost", Decimal("2000000")), ("grant", Decimal("1700000"))],
        ),
        ("Szwajcaria przyznała 2,5 mln franków na projekt.", [("grant", Decimal("2500000"))]),
    ],
)
def test_francs(text: str, want: list[tuple[str, Decimal]]) -> None:
    mentions, _ = find_amounts(text)
    assert [(m.kind, m.value) for m in mentions] == want
    assert {m.currency for m in mentions} == {"CHF"}


def test_zloty_and_euro_unchanged() -> None:
    mentions, _ = find_amounts("Koszt: 100 000 zł, w tym 20 000 euro z programu.")
    assert [m.currency for m in mentions] == ["PLN", "EUR"]


def test_a_1_1_record_still_reads() -> None:
    """Schema 1.2 only widened two enums (FEAD, CHF): a record written as 1.1 is a valid 1.2 record, so a dataset
    written before the bump still exports."""
    import json
    from pathlib import Path

    from extract.model import SCHEMA_VERSION, Record

    fixture = Path(__file__).parent / "fixtures" / "ops-milicz" / "963819ab4b690c80.expected.json"
    written = json.loads(fixture.read_text(encoding="utf-8"))["records"][0]
    assert SCHEMA_VERSION == written["schema_version"] == "1.2"
    old = Record.model_validate({**written, "schema_version": "1.1"}, strict=False)
    assert old.schema_version == "1.1" and old.id == written["id"]
