"""`scrape export`: the dataset as Parquet, CSV, xlsx and DuckDB tables for analysts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from scraper.commands.common import _plural, fail, out
from scraper.commands.options import DataOption
from scraper.writer import WriteError


def export_command(
    data: DataOption = Path("data"),
    formats: Annotated[
        list[str],
        typer.Option("--format", metavar="FORMAT", help="parquet, csv, xlsx or duckdb (repeatable; default: all)."),
    ] = [],  # noqa: B006
    out_dir: Annotated[
        Path | None, typer.Option("--out", metavar="DIR", help="Write here (default DIR/export).")
    ] = None,
) -> None:
    """Write DIR/clean/records.jsonl as tables (records, amounts, partners, contacts) in every format.

    Types hold in every format (dates, exact DECIMAL amounts, TERYT codes as text); `scrape schema
    --markdown` (docs/data-dictionary.md) describes every column. The same dataset gives the same bytes.

    Example: scrape export --format parquet --out /tmp/export
    """
    from scraper.export import FORMATS, ExportError, export, load_records

    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        fail(f"--format {unknown[0]!r} is not one of {', '.join(FORMATS)}")
    target = out_dir or data / "export"
    try:
        started = datetime.now(UTC)
        records = load_records(data / "clean" / "records.jsonl")
        written = export(records, target, formats or FORMATS)
    except (ExportError, WriteError) as error:
        fail(str(error))
    seconds = (datetime.now(UTC) - started).total_seconds()
    line = f"{_plural(len(records), 'record')} -> {len(written)} files in {target} ({seconds:.1f} s)"
    out.print(line, highlight=False, markup=False)
