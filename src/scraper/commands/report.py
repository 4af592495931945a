"""`scrape report`: the one-page HTML report on the dataset and the last run's health."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from scraper.commands.common import fail, out
from scraper.commands.options import DataOption
from scraper.writer import WriteError, check_file_target


def report_command(
    data: DataOption = Path("data"),
    out_file: Annotated[
        Path | None, typer.Option("--out", metavar="FILE", help="Write here (default DIR/report.html).")
    ] = None,
) -> None:
    """Write one HTML page (inline CSS and SVG charts: opens offline) on DIR/clean/records.jsonl and DIR/runs.

    The dataset by voivodeship, level, kind, fund and programme, grants by year, the largest projects and
    coverage; the last run per site, with the sites whose record count or fill rates dropped flagged first.

    Example: scrape report --out /tmp/report.html
    """
    from scraper.html_report import write_report

    target = out_file or data / "report.html"
    try:
        check_file_target(target)
        written = write_report(data, target)
    except WriteError as error:
        fail(str(error))
    out.print(
        f"report -> {written.path} ({written.records} records, {written.size // 1024} KiB, {written.seconds:.1f} s)",
        highlight=False,
    )
