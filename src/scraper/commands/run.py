"""`scrape run`: crawl the selected sites (or replay saved pages offline) into the dataset. The option checks
and the choice of saved pages are here; what it prints is in run_output, the discovery before the crawl in
run_discovery."""

from __future__ import annotations

import logging
import re
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.logging import RichHandler

from extract import bounds
from scraper.commands.common import (
    _HEADER_SAFE,
    FIXTURES_DEFAULT,
    _choose_found,
    _plural,
    _registry,
    _resolver,
    _selection,
    err,
    fail,
    out,
)
from scraper.commands.options import (
    AllowLoopbackOption,
    BudgetOption,
    DataOption,
    LevelOption,
    NoPersonalDataOption,
    PowiatOption,
    ResolveFileOption,
    ResolveOption,
    SiteIdsOption,
    SitesOption,
    TerytOption,
    VoivodeshipOption,
)
from scraper.commands.run_discovery import _skipped_undiscovered, _with_discoveries
from scraper.commands.run_output import _print_coverage, _print_run, _print_skipped, _print_unreachable, _progress
from scraper.writer import WriteError, check_directory

if TYPE_CHECKING:
    from scraper.registry import Site
    from scraper.robots import RobotsRules
    from scraper.store import RawStore


def _logging(quiet: bool, verbose: bool) -> None:
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    if err.is_terminal:  # log lines above the live progress display instead of through it
        handler: logging.Handler = RichHandler(console=err, show_path=False, markup=False)
        logging.basicConfig(level=level, format="%(name)s: %(message)s", handlers=[handler])
    else:
        logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.INFO if verbose else logging.WARNING)  # one line per request


def run(
    data: DataOption = Path("data"),
    sites: SitesOption = None,
    site: SiteIdsOption = [],  # noqa: B006
    voivodeship: VoivodeshipOption = [],  # noqa: B006
    powiat: PowiatOption = [],  # noqa: B006
    teryt: TerytOption = [],  # noqa: B006
    level: LevelOption = [],  # noqa: B006
    offline: Annotated[bool, typer.Option("--offline", help="Replay the saved pages in DIR/raw; no network.")] = False,
    live: Annotated[bool, typer.Option("--live", help="Fetch the sites (the default).")] = False,
    pages_from: Annotated[
        Path | None,
        typer.Option(
            "--from",
            metavar="DIR",
            help="Offline: replay this raw store (default DIR/raw, or tests/fixtures when DIR/raw is empty).",
        ),
    ] = None,
    max_pages: Annotated[
        int | None, typer.Option("--max-pages", metavar="N", min=1, help="Pages per site at most.")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="YYYY-MM-DD",
            help="Live: how far back a first run reads listings (default: 3 years ago).",
        ),
    ] = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", metavar="N", min=1, max=64, help="Requests in flight (1-64).")
    ] = 8,
    contact: Annotated[
        str | None,
        typer.Option(
            "--contact",
            envvar="SCRAPE_CONTACT",
            metavar="EMAIL",
            help="E-mail or URL put in the User-Agent so site administrators can reach you; required live.",
        ),
    ] = None,
    resolve: ResolveOption = [],  # noqa: B006
    resolve_file: ResolveFileOption = None,
    allow_loopback: AllowLoopbackOption = False,
    no_personal_data: NoPersonalDataOption = False,
    budget: BudgetOption = bounds.BUDGET_SECONDS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every page and request.")] = False,
) -> None:
    """Crawl the registry's sites (or replay DIR/raw with --offline) into DIR/clean/records.jsonl.

    The registry is every unit of the official list plus sites.toml (or --sites FILE alone); select
    with --site, --voivodeship, --powiat, --teryt, --level (options AND together). Sites whose sections
    are not discovered yet are skipped (one line says how many); offline, so are generated sites with
    no saved pages.

    Exit 0: all fetched; 1: some pages or sites failed (everything else still written, earlier records
    of what was not reached kept); 2: bad usage, registry or data directory; 130/143: stopped by
    Ctrl-C/SIGTERM.

    Example: scrape run --offline --site ops-milicz
    """
    from scraper.coverage import compute_coverage, save_coverage
    from scraper.fetch import USER_AGENT, FetchPolicy
    from scraper.lock import LockedError, RunLock
    from scraper.runs import run_sites
    from scraper.state import StateError
    from scraper.store import RawStore

    bounds.configure(budget)
    if offline and live:
        fail("--offline and --live exclude each other; give one")
    if quiet and verbose:
        fail("--quiet and --verbose exclude each other; give one")
    if pages_from is not None and not offline:
        fail("--from replays saved pages: give it with --offline")
    if not offline and not (contact or "").strip():
        fail(
            "a live run needs a contact for the User-Agent, so site administrators can reach you: "
            "--contact EMAIL or SCRAPE_CONTACT=EMAIL (or run --offline on the saved pages)"
        )
    contact = (contact or "").strip()
    if contact and not _HEADER_SAFE.fullmatch(contact):
        fail(f"--contact {contact!r} must be printable ASCII (an e-mail or URL): it goes into an HTTP header")
    since_day = _since(since)
    resolver = _resolver(resolve, resolve_file)
    _logging(quiet, verbose)
    if not offline:  # the extraction workers' server imports while the registry is read (scraper.extract_pool)
        from scraper.extract_pool import start_early

        start_early()
    selected = _choose_found(_registry(sites), _selection(site, voivodeship, powiat, teryt, level), data)[0]
    data = data.absolute()
    try:
        check_directory(data)
    except WriteError as error:
        fail(str(error))
    policy = FetchPolicy(
        concurrency=concurrency, user_agent=USER_AGENT.format(contact=contact), allow_loopback=allow_loopback
    )
    progress, tasks = _progress(quiet, [])

    def advance(site_id: str, url: str) -> None:
        progress.advance(tasks[site_id])  # type: ignore[arg-type]
        if progress.disable and not quiet and not offline:
            logging.getLogger("scraper.run").info("%s %s", site_id, url)

    try:
        with RunLock(data):  # discovery writes DATA/discovery too: two runs must not both discover
            robots: dict[str, RobotsRules] = {}  # read once a night per host, by discovery and crawl alike
            discovered = _with_discoveries(
                selected, data, policy, live=not offline, quiet=quiet, resolver=resolver, robots=robots
            )
            selected = discovered.sites
            chosen = [s for s in selected if not s.needs_discovery]
            skipped = _skipped_undiscovered(selected, discovered.nothing_to_crawl)
            pages = _pages_to_replay(data, pages_from, quiet) if offline else None
            if pages is not None:
                chosen, unsaved = _with_saved_pages(chosen, RawStore(pages), named=set(site))
                if unsaved:
                    skipped.append(f"{_plural(unsaved, 'generated site')} with no saved pages in {pages}: skipped")
            if not chosen:  # nothing walked: no dataset rebuilt, no report saved
                _print_skipped([*skipped, "nothing to run: none of the selected sites is ready"], quiet)
                _print_unreachable(discovered.unreachable)
                raise typer.Exit(1 if discovered.unreachable else 0)
            tasks.update({s.id: progress.add_task(s.id, total=None) for s in chosen})
            with progress, _offline_pool(chosen, pages):
                result = run_sites(
                    chosen,
                    data,
                    mode="offline" if offline else "live",
                    pages=pages,
                    policy=policy,
                    max_pages=max_pages,
                    on_page=advance,
                    transport=None
                    if offline
                    else resolver.transport(policy.concurrency, allow_loopback=allow_loopback),
                    since=since_day,
                    personal_data=not no_personal_data,
                    robots=robots,
                )
            coverage = compute_coverage(selected, data, result.report)
            coverage_saved = save_coverage(coverage, result.saved)
    except (LockedError, StateError, WriteError) as error:
        fail(str(error))
    _print_run(result, quiet, skipped)
    _print_coverage(coverage, coverage_saved, quiet)
    _print_unreachable(discovered.unreachable)
    raise typer.Exit(max(result.exit_code, 1 if discovered.unreachable else 0))


def _offline_pool(chosen: list[Site], pages: Path | None) -> AbstractContextManager[int]:
    """Offline, the saved pages are extracted on every core before the walk reads them (`scraper.offline_pool`)."""
    from scraper import offline_pool
    from scraper.store import RawStore

    return offline_pool.prepared(chosen, RawStore(pages)) if pages is not None else nullcontext(0)


def _since(value: str | None) -> date | None:
    """--since as a day: YYYY-MM-DD, not after today; one `Error:` line (exit 2) otherwise."""
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise ValueError
        day = date.fromisoformat(value.strip())
    except ValueError:
        fail(f"--since {value!r} is not a date: give YYYY-MM-DD (e.g. 2024-01-31)")
    if day > date.today():
        fail(f"--since {value} is in the future: give a day not after today ({date.today().isoformat()})")
    return day


def _with_saved_pages(chosen: list[Site], store: RawStore, named: set[str]) -> tuple[list[Site], int]:
    """Offline: a generated site with nothing saved is left out (not failed), unless named with --site.

    A hand-written site still fails when nothing is saved for it, as before: it is expected to have pages.
    """
    kept = [s for s in chosen if not s.generated or s.id in named or store.holds_any(s.id)]
    return kept, len(chosen) - len(kept)


def _pages_to_replay(data: Path, pages_from: Path | None, quiet: bool) -> Path:
    """The raw store an offline run reads: --from, else DIR/raw, else (a fresh clone) the shipped fixtures."""
    from scraper.store import RawStore

    if pages_from is not None:
        if not RawStore(pages_from).sites():
            fail(f"--from {pages_from}: no saved pages there")
        return pages_from.absolute()
    raw = data / "raw"
    if RawStore(raw).sites() or not FIXTURES_DEFAULT.is_dir():
        return raw
    if not quiet:
        out.print(f"{raw} holds no saved pages: replaying the shipped fixtures in {FIXTURES_DEFAULT}", highlight=False)
    return FIXTURES_DEFAULT.absolute()
