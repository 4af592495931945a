"""`scrape validate`: re-extract the fixture pages and compare them with their expected records."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from scraper.commands.common import FIXTURES_DEFAULT, _sites, fail, out
from scraper.commands.options import SitesOption
from scraper.writer import WriteError


def validate(
    sites: SitesOption = None,
    fixtures: Annotated[
        Path,
        typer.Option(
            "--fixtures",
            metavar="DIR",
            help=(
                "Fixtures folder (a raw store): SITE/KEY.html and its entry (SITE/KEY.json, or a line of "
                "SITE/_entries.jsonl) beside the expected records SITE/KEY.expected.json; relative to the "
                "current directory."
            ),
        ),
    ] = FIXTURES_DEFAULT,
    update: Annotated[
        bool,
        typer.Option("--update", help="Rewrite the expected files from the current output (review the diff!)."),
    ] = False,
) -> None:
    """Re-extract the fixture pages; compare with their expected records.

    Reads the fixtures folder (each saved page, a raw-store entry, beside its KEY.expected.json),
    never the run outputs in data/, so a live run does not change what is checked.

    Example: scrape validate            (exit 1 and a diff on any difference)
    """
    from scraper import golden
    from scraper.store import RawStore

    if fixtures == FIXTURES_DEFAULT and not fixtures.is_dir():  # not in the repository: say so, write nothing
        fail(f"no fixtures folder {fixtures.absolute()}; run from the repository or give --fixtures DIR")
    if not fixtures.is_dir():
        fail(f"no fixtures folder {fixtures.absolute()}")
    if next(RawStore(fixtures).scan(), None) is None:  # before --update could delete every expected file
        fail(f"no saved pages under {fixtures.absolute()}")
    try:
        report = golden.validate(fixtures, _sites(sites), update=update)
    except WriteError as error:
        fail(str(error))
    for check in report.checks:
        colour = {"ok": "green", "updated": "yellow"}.get(check.status, "red")
        out.print(f"[{colour}]{check.status:8}[/] {escape(check.site)} {escape(check.url)}", highlight=False)
        for line in check.differences:
            out.print(f"         {line}", highlight=False, markup=False)
    bad = report.failed
    out.print(f"{len(report.checks)} pages checked, {len(bad)} failed", highlight=False)
    raise typer.Exit(1 if bad else 0)
