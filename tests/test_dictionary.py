"""The data dictionary is generated, not written: docs/data-dictionary.md must be what `scrape schema --markdown`
prints today, and it must describe every exported column with the model's own words."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from extract.model import Amount, Partner, Period, Publisher, Record
from scraper.cli import app
from scraper.dictionary import DOCUMENT, markdown
from scraper.export_columns import SQL_TYPES, TABLES

runner = CliRunner()


def test_docs_file_is_up_to_date(root: Path) -> None:
    written = (root / DOCUMENT).read_text(encoding="utf-8")
    assert written == markdown(), f"{DOCUMENT} is out of date: run `scrape schema --markdown --out {DOCUMENT}`"


def test_schema_markdown_prints_it_and_plain_schema_is_unchanged() -> None:
    result = runner.invoke(app, ["schema", "--markdown"])
    assert result.exit_code == 0 and result.output == markdown()
    plain = runner.invoke(app, ["schema"])
    assert json.loads(plain.output) == Record.model_json_schema(mode="serialization")


def test_every_column_is_described_with_its_type() -> None:
    text = markdown()
    for table in TABLES:
        section = text.split(f"## Table `{table.name}`\n", 1)[1].split("\n## ", 1)[0]
        rows = [line for line in section.splitlines() if line.startswith("| `")]
        assert [row.split("`")[1] for row in rows] == [c.name for c in table.columns]
        for row, column in zip(rows, table.columns, strict=True):
            cells = [cell.strip() for cell in row.strip("|").split(" | ")]
            assert cells[1] == SQL_TYPES[column.type] and all(cells[2:]), row


def test_meanings_and_types_come_from_the_model() -> None:
    columns = {(t.name, c.name): c for t in TABLES for c in t.columns}
    assert columns["records", "period_start"].meaning == Period.model_fields["start"].description
    assert columns["records", "period_start"].type == "DATE"
    assert columns["records", "publisher_teryt"].meaning == Publisher.model_fields["teryt"].description
    assert columns["records", "publisher_teryt"].type == "VARCHAR"
    assert columns["records", "participants"].type == "INTEGER"
    assert columns["records", "fetched_at"].type == "TIMESTAMP"
    assert columns["amounts", "value"].type == "DECIMAL"
    assert columns["amounts", "value"].meaning == Amount.model_fields["value"].description
    assert columns["partners", "lead"].type == "BOOLEAN"
    assert columns["partners", "lead"].meaning == Partner.model_fields["lead"].description
    assert "exactly one in PLN" in columns["records", "amount_grant"].derivation
    assert columns["records", "amount_grant"].meaning.startswith("grant: dofinansowanie")
