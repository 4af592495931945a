"""`scrape extract`: records from local HTML files as JSONL, without a crawl (to try a page object)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

import typer

from extract import bounds
from scraper.commands.common import _sites, err, fail
from scraper.commands.options import BudgetOption, NoPersonalDataOption, SitesOption
from scraper.writer import WriteError, check_file_target, write_jsonl


def extract_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH...",
            help="HTML files (a raw-store body uses its entry: URL, content type, time).",
            exists=True,
            dir_okay=False,
        ),
    ],
    url: Annotated[
        str | None, typer.Option("--url", metavar="URL", help="The page's URL (chooses the site's page object).")
    ] = None,
    extractor: Annotated[
        str | None,
        typer.Option("--extractor", metavar="NAME", help="Use this extractor (a page object's name, or generic)."),
    ] = None,
    out_file: Annotated[
        Path | None, typer.Option("--out", metavar="FILE", help="Write JSONL here instead of stdout.")
    ] = None,
    sites: SitesOption = None,
    no_personal_data: NoPersonalDataOption = False,
    budget: BudgetOption = bounds.BUDGET_SECONDS,
) -> None:
    """Extract records from local HTML files and print them as JSONL.

    A site's page object that no longer matches its page falls back to the generic extractor,
    with a warning on the record. Exit 1 when a file gives no record.

    Example: scrape extract page.html --url https://opsmilicz.pl/aktualnosci/17,program
    """
    from extract import registry as extractors
    from scraper.extract_files import FileJob, extract_files

    bounds.configure(budget)
    if url and len(paths) > 1:
        fail("--url applies to one file; give one PATH with it")
    if url:
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018  # raises on a bad port
        except ValueError as error:
            fail(f"--url {url!r} is not a valid URL: {error}")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            fail(f"--url {url!r} must be an absolute http(s) URL")
    if extractor is not None and extractor not in (known := extractors.load()):
        fail(f"unknown extractor {extractor!r} (known: {', '.join(sorted(known))})")
    if out_file and out_file.resolve() in {p.resolve() for p in paths}:
        fail(f"--out {out_file} is one of the input files; it would be overwritten")
    try:
        if out_file:
            check_file_target(out_file)
    except WriteError as error:
        fail(str(error))
    job = FileJob(registry=_sites(sites), url=url, extractor=extractor, no_personal_data=no_personal_data)
    lines: list[str] = []
    failures = 0
    for done in extract_files(job, paths):
        for message, markup in done.messages:
            err.print(message, highlight=False, markup=markup)
        failures += done.failed
        lines += done.lines
    if out_file:
        try:
            write_jsonl(out_file, lines)
        except WriteError as error:
            fail(str(error))
    else:
        sys.stdout.write("".join(f"{line}\n" for line in lines))
    raise typer.Exit(1 if failures else 0)
