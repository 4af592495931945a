"""The `scrape` command: a thin layer over scraper and extract. Expected failures print one `Error:` line.

Exit codes: 0 all good; 1 some pages, sites or golden checks failed (everything else still
written); 2 bad usage, registry, input, or a path that cannot be written; 3 a bug; 130 / 143
a run stopped by Ctrl-C / SIGTERM (what was done is kept).
"""

from __future__ import annotations

import signal
import sys
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperCommand

from scraper.commands.common import err, out
from scraper.commands.discover import discover_command
from scraper.commands.evaluate import evaluate_command
from scraper.commands.export import export_command
from scraper.commands.extract import extract_command
from scraper.commands.report import report_command
from scraper.commands.run import _with_saved_pages as _with_saved_pages  # re-exported: tests import it from here
from scraper.commands.run import run
from scraper.commands.schema import schema
from scraper.commands.sites import sites_command
from scraper.commands.validate import validate
from scraper.signals import Interrupted

# Only what `scrape --help` needs is imported above; each command (scraper.commands.*) imports its own modules
# (the field parsers, httpx, the discovery code) when it runs, so the help and a usage error come back at once.


class _PlainArgument(TyperArgument):
    """An argument shown by its metavar alone (`PATH...`), not typer's `{PATH...}... <list[Path]>`."""

    def display_type_rich(self, ctx: typer.Context) -> str | None:  # type: ignore[override]
        return None if self.metavar else super().display_type_rich(ctx)

    def _usage_display_name(self) -> str:
        return self.metavar or super()._usage_display_name()


class _Command(TyperCommand):
    """Typer's command with readable argument placeholders in its help."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if type(param) is TyperArgument:
                param.__class__ = _PlainArgument


app = typer.Typer(
    help=(
        "Scrape Polish local-government sites into a JSONL dataset of funded projects and programmes.\n\n"
        "Start with `scrape run --offline` (the shipped saved pages, no network). Data goes to ./data "
        "in the current directory unless --data or SCRAPE_DATA says otherwise."
    ),
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# The commands, in the order `scrape --help` lists them; each lives in its own module under scraper.commands.
app.command(short_help="Crawl the sites (or replay saved pages: --offline) into the dataset.")(run)
app.command("discover", short_help="Find the news, funding, BIP and welfare sections of the selected sites.")(
    discover_command
)
app.command("sites", short_help="List the registry's sites (or a selection) and count them per level and region.")(
    sites_command
)
app.command("extract", cls=_Command, short_help="Extract records from local HTML files and print them as JSONL.")(
    extract_command
)
app.command(short_help="Re-extract the fixture pages; compare with their expected records.")(validate)
app.command("evaluate", short_help="Score an extractor on hand-labelled pages or passages (P, R, F1).")(
    evaluate_command
)
app.command("report", short_help="Write one self-contained HTML page on the dataset and the last run's health.")(
    report_command
)
app.command(short_help="Print the JSON Schema of a record.")(schema)
app.command("export", short_help="Write the dataset as Parquet, CSV, xlsx and DuckDB tables for analysts.")(
    export_command
)


def _version() -> str:
    try:
        return version("jst-funding-scraper")
    except PackageNotFoundError:  # run from a source tree that was not installed
        return "unknown"


def _show_version(value: bool) -> None:
    if value:
        out.print(f"scrape (jst-funding-scraper) {_version()}", highlight=False)
        raise typer.Exit(0)


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    show_version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of an internal error (exit 3) instead of one line.")
    ] = False,
) -> None:
    """Without a subcommand, `scrape` prints this help (a live crawl is never started by accident)."""
    if ctx.invoked_subcommand is None:
        out.print(ctx.get_help(), highlight=False, markup=False)
        raise typer.Exit(0)


def _terminate(signum: int, frame: object) -> None:
    raise Interrupted(signum)


def main() -> None:
    debug = "--debug" in sys.argv
    if debug:  # accepted anywhere on the line (`scrape run --debug` too); listed in `scrape --help`
        sys.argv.remove("--debug")
    signal.signal(signal.SIGTERM, _terminate)  # a SIGTERM outside a run's own handling: the same clean exit
    try:
        app()
    except (KeyboardInterrupt, Interrupted) as stop:  # before or after a run's work: nothing half-done
        signum = stop.signum if isinstance(stop, Interrupted) else signal.SIGINT
        err.print(f"interrupted ({signal.Signals(signum).name})", highlight=False, markup=False)
        sys.exit(128 + signum)
    except Exception as error:  # an unexpected failure is a bug: one line unless --debug
        if debug:
            raise
        err.print(
            f"Error: internal error: {type(error).__name__}: {error} (run with --debug for the traceback)",
            highlight=False,
            markup=False,
        )
        sys.exit(3)
