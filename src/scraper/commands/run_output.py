"""What `scrape run` prints: the progress display, the per-site table and totals, the skipped sites,
coverage and the sites discovery could not read; apart from the run's logic so it reads on its own."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from scraper.commands.common import _plural, err, out

if TYPE_CHECKING:
    from scraper.coverage import Coverage
    from scraper.registry import Site
    from scraper.runs import RunResult


def _print_unreachable(site_ids: list[str]) -> None:
    """One line naming the sites discovery could not read (exit 1: an unreachable site is a failure)."""
    if site_ids:
        err.print(
            f"Error: discovery could not read {_plural(len(site_ids), 'site')} (unreachable): {', '.join(site_ids)}",
            highlight=False,
            markup=False,
        )


def _print_coverage(coverage: Coverage, saved: Path, quiet: bool) -> None:
    """The units the run covered (scraper.coverage): what was found per level and voivodeship, and what was not."""
    from scraper.coverage import coverage_lines

    if quiet:
        return
    out.print(coverage.table())
    for line in coverage_lines(coverage, saved):
        out.print(line, highlight=False, markup=False)


def _print_skipped(lines: list[str], quiet: bool) -> None:
    if not quiet:
        for line in lines:
            out.print(line, highlight=False, markup=False)


def _progress(quiet: bool, sites: list[Site]) -> tuple[Progress, dict[str, object]]:
    show = not quiet and err.is_terminal
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} pages"), TimeElapsedColumn())
    progress = Progress(*columns, console=err, transient=True, disable=not show)
    # No total: a site's size is unknown until its listings are read (max_pages is only a bound).
    return progress, {s.id: progress.add_task(s.id, total=None) for s in sites}


def _print_run(result: RunResult, quiet: bool, skipped: list[str]) -> None:
    report = result.report
    if not quiet:
        out.print(report.table())
    _print_skipped(skipped, quiet)
    for site_report in report.sites:
        if site_report.stopped and site_report.stopped != "interrupted" and not quiet:
            line = f"{site_report.site}: {site_report.stopped}; records of pages not reached kept"
            out.print(line, highlight=False, markup=False)
        for problem in [] if site_report.unreachable else site_report.problems:  # its one line says it all
            err.print(f"{site_report.site}: {problem}", highlight=False, markup=False)
        if site_report.failed:
            err.print(f"Error: {site_report.site}: {site_report.failure}", highlight=False, markup=False)
    if not quiet:
        totals = report.totals()
        out.print(
            f"{_plural(result.pages, 'page')}, {totals.records_total - totals.records_kept} records extracted, "
            f"{totals.records_kept} kept, {totals.warnings} warnings -> {result.target} ({result.total} records); "
            f"report -> {result.saved}",
            highlight=False,
        )
    if report.interrupted:
        kept = sum(site.records_kept for site in report.sites)
        err.print(
            f"interrupted ({report.interrupted}) after {_plural(result.pages, 'page')}; partial records kept: "
            f"the pages done are written, {_plural(kept, 'earlier record')} of pages not reached kept as they "
            f"were; report -> {result.saved}",
            highlight=False,
            markup=False,
        )
