"""The `scrape` command: a thin layer over scraper and extract. Expected failures print one `Error:` line.

Exit codes: 0 all good; 1 some pages, sites or golden checks failed (everything else still
written); 2 bad usage, registry, input, or a path that cannot be written; 3 a bug; 130 / 143
a run stopped by Ctrl-C / SIGTERM (what was done is kept).
"""

from __future__ import annotations

import json
import logging
import re
import signal
import sys
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn
from urllib.parse import urlsplit

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from typer.core import TyperArgument, TyperCommand

from extract import bounds
from scraper.discovery_age import MAX_AGE_DAYS
from scraper.signals import Interrupted
from scraper.units import LEVELS, load_units
from scraper.writer import WriteError, check_directory, check_file_target, write_jsonl, write_text_atomic

if TYPE_CHECKING:
    from scraper.coverage import Coverage
    from scraper.discovering import Outcome
    from scraper.fetch import FetchPolicy
    from scraper.full_registry import Found
    from scraper.registry import Site
    from scraper.resolve import Resolver
    from scraper.robots import RobotsRules
    from scraper.runs import RunResult
    from scraper.selection import Selection
    from scraper.store import RawStore


# Only what `scrape --help` needs is imported above; each command imports its own modules (the field
# parsers, httpx, the discovery code) when it runs, so the help and a usage error come back at once.


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
out = Console(width=None if sys.stdout.isatty() else 120, soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DataOption = Annotated[
    Path,
    typer.Option(
        "--data",
        envvar="SCRAPE_DATA",
        metavar="DIR",
        help="Data directory (raw/, clean/, state/, runs/); relative to the current directory.",
    ),
]
NoPersonalDataOption = Annotated[
    bool,
    typer.Option(
        "--no-personal-data",
        help="Drop private persons' e-mails and phone numbers (institutional ones kept); records say so.",
    ),
]
SitesOption = Annotated[
    Path | None,
    typer.Option("--sites", metavar="FILE", help="Site registry (TOML); the shipped one by default."),
]
SiteIdsOption = Annotated[
    list[str], typer.Option("--site", metavar="ID", help="Only this site id (repeatable; `scrape sites` lists them).")
]
VoivodeshipOption = Annotated[
    list[str],
    typer.Option(
        "--voivodeship",
        metavar="NAME",
        help="Only sites in this voivodeship (repeatable; any case, diacritics optional: malopolskie).",
    ),
]
PowiatOption = Annotated[
    list[str],
    typer.Option(
        "--powiat", metavar="NAME", help="Only sites in this powiat (repeatable; nyski, or a city's own: Opole)."
    ),
]
TerytOption = Annotated[
    list[str],
    typer.Option(
        "--teryt",
        metavar="PREFIX",
        help="Only sites whose TERYT starts so (repeatable; 2 digits: voivodeship, 4: powiat, 7: one unit).",
    ),
]
LevelOption = Annotated[
    list[str],
    typer.Option(
        "--level",
        metavar="LEVEL",
        help=f"Only units of this level (repeatable): {', '.join(LEVELS)} (miasto: na prawach powiatu).",
    ),
]
ResolveOption = Annotated[
    list[str],
    typer.Option(
        "--resolve",
        metavar="HOST=ADDRESS:PORT",
        help=(
            "Connect to ADDRESS:PORT for HOST, URL and Host header unchanged (like curl --resolve; plain http "
            "only), to test against a local staging or simulated server. Repeatable. Loopback addresses only "
            "for now (127.0.0.0/8, ::1): a later issue decides about private addresses."
        ),
    ),
]
ResolveFileOption = Annotated[
    Path | None,
    typer.Option(
        "--resolve-file",
        envvar="SCRAPE_RESOLVE_FILE",
        metavar="FILE",
        help="--resolve entries from FILE, one HOST=ADDRESS:PORT a line (# comments).",
    ),
]
AllowLoopbackOption = Annotated[
    bool,
    typer.Option(
        "--allow-loopback",
        help=(
            "Let hosts that are (or resolve to) loopback addresses (127.0.0.0/8, ::1) be fetched: a local "
            "test or staging server. Other addresses that are not public (private, link-local, ...) never are; "
            "hosts mapped by --resolve are allowed without it."
        ),
    ),
]

BudgetOption = Annotated[
    float,
    typer.Option(
        "--budget",
        metavar="SECONDS",
        min=0.0,
        help="Time one page's extraction may take; a page over it is read as plain text, with a warning.",
    ),
]


FIXTURES_DEFAULT = Path("tests/fixtures")  # relative: `scrape validate` runs from the repository
_HEADER_SAFE = re.compile(r"[\x20-\x7e]+")  # what an HTTP header value may hold without encoding


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"Error: {message}", highlight=False, markup=False)
    raise typer.Exit(code)


def _sites(path: Path | None) -> list[Site]:
    """The hand-written registry alone (extract, validate: pages of known page objects)."""
    from scraper.registry import SiteRegistryError, load_sites

    try:
        return load_sites(path)
    except SiteRegistryError as error:
        fail(str(error))


def _registry(path: Path | None) -> list[Site]:
    """What run and sites work on: the shipped sites.toml merged with every unit; `--sites FILE`: that file alone."""
    from scraper.full_registry import annotate, load_registry
    from scraper.registry import SiteRegistryError, load_sites

    units = load_units()
    for warning in units.warnings:
        err.print(f"warning: {warning}", highlight=False, markup=False)
    try:
        return load_registry(units=units) if path is None else annotate(load_sites(path), units)
    except SiteRegistryError as error:
        fail(str(error))


def _selection(
    ids: list[str], voivodeship: list[str], powiat: list[str], teryt: list[str], level: list[str]
) -> Selection:
    from scraper.selection import Selection

    return Selection(tuple(ids), tuple(voivodeship), tuple(powiat), tuple(teryt), tuple(level))


def _resolver(values: list[str], path: Path | None) -> Resolver:
    """--resolve and --resolve-file as one map; a bad entry is one `Error:` line naming where (exit 2)."""
    from scraper.resolve import ResolveError, Resolver

    try:
        return Resolver.build(values, path)
    except ResolveError as error:
        fail(str(error))


def _choose_found(registry: list[Site], selection: Selection, data: Path) -> tuple[list[Site], dict[str, Found]]:
    """The selected sites, from the registry and the BIP and welfare sites that DATA's discoveries found on
    other hosts (selecting a unit selects them too; `--site ID` selects one alone), and those found, by id.
    A bad name or an empty selection is one `Error:` line (exit 2)."""
    from scraper.full_registry import found_sites, with_found
    from scraper.selection import SelectionError, select

    found, _ = found_sites(registry, data)  # an unreadable file is warned about where it is applied
    try:
        chosen = select(with_found(registry, found), selection, {f.site.id: f.parent for f in found})
    except SelectionError as error:
        fail(str(error))
    return chosen, {f.site.id: f for f in found}


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


def _logging(quiet: bool, verbose: bool) -> None:
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    if err.is_terminal:  # log lines above the live progress display instead of through it
        handler: logging.Handler = RichHandler(console=err, show_path=False, markup=False)
        logging.basicConfig(level=level, format="%(name)s: %(message)s", handlers=[handler])
    else:
        logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.INFO if verbose else logging.WARNING)  # one line per request


@app.command(short_help="Crawl the sites (or replay saved pages: --offline) into the dataset.")
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


def _print_unreachable(site_ids: list[str]) -> None:
    """One line naming the sites discovery could not read (exit 1: an unreachable site is a failure)."""
    if site_ids:
        err.print(
            f"Error: discovery could not read {_plural(len(site_ids), 'site')} (unreachable): {', '.join(site_ids)}",
            highlight=False,
            markup=False,
        )


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


def _print_coverage(coverage: Coverage, saved: Path, quiet: bool) -> None:
    """The units the run covered (scraper.coverage): what was found per level and voivodeship, and what was not."""
    from scraper.coverage import coverage_lines

    if quiet:
        return
    out.print(coverage.table())
    for line in coverage_lines(coverage, saved):
        out.print(line, highlight=False, markup=False)


@dataclass(frozen=True)
class _Discovered:
    """The selection with the stored discoveries applied, and what discovery before the run left to say."""

    sites: list[Site]
    nothing_to_crawl: set[str] = field(default_factory=set)  # discovered: no news or funding section
    unreachable: list[str] = field(default_factory=list)  # site ids discovery could not read tonight


def _with_discoveries(
    selected: list[Site],
    data: Path,
    policy: FetchPolicy,
    *,
    live: bool,
    quiet: bool,
    resolver: Resolver | None = None,
    robots: dict[str, RobotsRules] | None = None,
) -> _Discovered:
    """The selection with the stored discoveries applied; live, the sites still unknown are discovered first.

    Discovery is bounded per site (MAX requests) and polite per host; at most MAX_AUTO_DISCOVER sites are
    discovered before one run, so a first run over thousands of units starts crawling the same night.
    A site already discovered with nothing to crawl is not rediscovered until its discovery is due; a
    discovery file that cannot be read is warned about (one line) and left alone.
    """
    from scraper.discovering import apply_stored, discover_sites, states, unreadable, yielded_nothing
    from scraper.resolve import Resolver

    today = date.today()
    applied, problems = apply_stored(selected, data)
    for problem in problems:
        err.print(f"warning: {unreadable(problem)}", highlight=False, markup=False)
    state = states(applied, data, today)
    waiting = [s for s in applied if s.needs_discovery]
    if not live:
        return _Discovered(applied, {s.id for s in waiting if state[s.id].stored == "found"})
    unknown = [s for s in waiting if state[s.id].to_discover][:MAX_AUTO_DISCOVER]
    empty = yielded_nothing(applied, data, today)[: MAX_AUTO_DISCOVER - len(unknown)]
    if not unknown and not empty:
        return _Discovered(applied, {s.id for s in waiting if state[s.id].stored == "found"})
    if not quiet:
        err.print(
            f"discovering {_plural(len(unknown), 'unknown site')} and rediscovering "
            f"{_plural(len(empty), 'site')} that gave nothing, first",
            highlight=False,
        )
    resolver = resolver or Resolver()
    outcomes: list[Outcome] = []
    try:
        transport = resolver.transport(policy.concurrency, allow_loopback=policy.allow_loopback)
        outcomes += discover_sites(unknown, data, policy=policy, today=today, transport=transport, robots=robots)
        if empty:  # the patterns of last time matched nothing: find the sections again
            by_id = {s.id: s for s in selected}
            again = [by_id.get(s.id, s) for s in empty]
            transport = resolver.transport(policy.concurrency, allow_loopback=policy.allow_loopback)  # one per client
            outcomes += discover_sites(
                again, data, policy=policy, today=today, transport=transport, force=True, robots=robots
            )
    except WriteError as error:
        fail(str(error))
    for outcome in outcomes:
        if outcome.status == "unreadable" and outcome.problem:  # became unreadable since apply_stored
            err.print(f"warning: {outcome.problem}", highlight=False, markup=False)
    applied = apply_stored(selected, data)[0]
    state = states(applied, data, today)
    return _Discovered(
        applied,
        {s.id for s in applied if s.needs_discovery and state[s.id].stored == "found"},
        list(dict.fromkeys(o.site.id for o in outcomes if o.status == "failed")),
    )


MAX_AUTO_DISCOVER = 500  # sites discovered automatically before one live run; the rest wait for the next


def _not_discovered(count: int) -> str:
    return (
        f"{_plural(count, 'site')} not discovered yet (homepage known, no sections): skipped; `scrape sites` lists them"
    )


def _skipped_undiscovered(selected: list[Site], nothing_to_crawl: set[str]) -> list[str]:
    """The skip lines: sites not discovered yet, and sites discovered with nothing to crawl (told apart)."""
    waiting = [s for s in selected if s.needs_discovery]
    empty = sum(s.id in nothing_to_crawl for s in waiting)
    lines = [_not_discovered(len(waiting) - empty)] if len(waiting) > empty else []
    if empty:
        lines.append(f"{_plural(empty, 'site')} discovered with no news or funding section: nothing to crawl")
    return lines


def _with_saved_pages(chosen: list[Site], store: RawStore, named: set[str]) -> tuple[list[Site], int]:
    """Offline: a generated site with nothing saved is left out (not failed), unless named with --site.

    A hand-written site still fails when nothing is saved for it, as before: it is expected to have pages.
    """
    kept = [s for s in chosen if not s.generated or s.id in named or store.holds_any(s.id)]
    return kept, len(chosen) - len(kept)


def _print_skipped(lines: list[str], quiet: bool) -> None:
    if not quiet:
        for line in lines:
            out.print(line, highlight=False, markup=False)


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


@app.command("discover", short_help="Find the news, funding, BIP and welfare sections of the selected sites.")
def discover_command(
    data: DataOption = Path("data"),
    sites: SitesOption = None,
    site: SiteIdsOption = [],  # noqa: B006
    voivodeship: VoivodeshipOption = [],  # noqa: B006
    powiat: PowiatOption = [],  # noqa: B006
    teryt: TerytOption = [],  # noqa: B006
    level: LevelOption = [],  # noqa: B006
    force: Annotated[
        bool, typer.Option("--force", help="Rediscover even fresh discoveries (never pinned ones).")
    ] = False,
    max_requests: Annotated[
        int, typer.Option("--max-requests", metavar="N", min=5, max=500, help="Requests per site at most.")
    ] = 40,
    max_age: Annotated[
        int, typer.Option("--max-age", metavar="DAYS", min=0, help="Rediscover discoveries older than this.")
    ] = MAX_AGE_DAYS,
    pin: Annotated[bool, typer.Option("--pin", help="Pin the stored discoveries: rediscovery keeps them.")] = False,
    unpin: Annotated[bool, typer.Option("--unpin", help="Unpin the stored discoveries.")] = False,
    concurrency: Annotated[
        int, typer.Option("--concurrency", metavar="N", min=1, max=64, help="Requests in flight (1-64).")
    ] = 8,
    contact: Annotated[
        str | None,
        typer.Option("--contact", envvar="SCRAPE_CONTACT", metavar="EMAIL", help="E-mail or URL for the User-Agent."),
    ] = None,
    resolve: ResolveOption = [],  # noqa: B006
    resolve_file: ResolveFileOption = None,
    allow_loopback: AllowLoopbackOption = False,
) -> None:
    """Discover the selected sites' sections, platform and item patterns into DIR/discovery/<site>.json.

    A site is discovered when it has no discovery, its discovery is older than --max-age days, or
    --force; a pinned discovery (reviewed by hand) is never replaced. BIPs and welfare centres found
    on other hosts become sites of their own and are discovered too. `scrape run` uses what is stored
    (and discovers unknown sites itself when live); a site that is down keeps its previous discovery,
    and a discovery file that cannot be read is never overwritten (fix or delete it). Exit 0: done; 1: some
    sites (or discovery files) could not be read.

    Example: scrape discover --voivodeship opolskie --level powiat --contact ops@example.org
    """
    from scraper.discovering import discover_sites
    from scraper.discovery_report import rows as discovery_rows
    from scraper.discovery_report import summary as discovery_summary
    from scraper.discovery_store import set_pinned
    from scraper.fetch import USER_AGENT, FetchPolicy
    from scraper.lock import LockedError, RunLock

    if pin and unpin:
        fail("--pin and --unpin exclude each other; give one")
    chosen, found = _choose_found(_registry(sites), _selection(site, voivodeship, powiat, teryt, level), data)
    data = data.absolute()
    if pin or unpin:
        missing = 0
        for target in chosen:
            loaded = set_pinned(data, target.id, pin)
            missing += loaded.discovery is None
            out.print(f"{target.id}: {loaded.problem or ('pinned' if pin else 'unpinned')}", highlight=False)
        raise typer.Exit(1 if missing or not chosen else 0)
    if not (contact or "").strip() or not _HEADER_SAFE.fullmatch((contact or "").strip()):
        fail("discovery fetches the sites: give --contact EMAIL or SCRAPE_CONTACT=EMAIL (printable ASCII)")
    resolver = _resolver(resolve, resolve_file)
    try:
        check_directory(data)
    except WriteError as error:
        fail(str(error))
    policy = FetchPolicy(
        concurrency=concurrency,
        user_agent=USER_AGENT.format(contact=(contact or "").strip()),
        allow_loopback=allow_loopback,
    )
    try:
        with RunLock(data):
            outcomes = discover_sites(
                # a found site whose parent is rediscovered comes from that fresh discovery (it may have moved)
                [s for s in chosen if s.id not in found or found[s.id].parent not in {c.id for c in chosen}],
                data,
                policy=policy,
                today=date.today(),
                transport=resolver.transport(policy.concurrency, allow_loopback=allow_loopback),
                max_requests=max_requests,
                force=force,
                max_age_days=max_age,
            )
    except (LockedError, WriteError) as error:
        fail(str(error))
    header = ("site", "status", "platform", "news", "funding", "bip", "welfare", "requests", "problem")
    sys.stdout.write("".join("\t".join(row) + "\n" for row in [header, *discovery_rows(outcomes)]))
    for line in discovery_summary(outcomes):
        err.print(line, highlight=False, markup=False)
    raise typer.Exit(1 if any(o.status in ("failed", "unreadable") for o in outcomes) else 0)


@app.command("sites", short_help="List the registry's sites (or a selection) and count them per level and region.")
def sites_command(
    data: DataOption = Path("data"),
    sites: SitesOption = None,
    site: SiteIdsOption = [],  # noqa: B006
    voivodeship: VoivodeshipOption = [],  # noqa: B006
    powiat: PowiatOption = [],  # noqa: B006
    teryt: TerytOption = [],  # noqa: B006
    level: LevelOption = [],  # noqa: B006
    count: Annotated[bool, typer.Option("--count", help="Only the counts, not the sites.")] = False,
) -> None:
    """List the registry's sites (all, or a selection) and count them per level and voivodeship.

    The registry is every unit of the official list (MSWiA) plus sites.toml; --sites FILE lists that
    file alone. Options AND together; a repeated option ORs its values. Piped: tab-separated lines
    with a header (id, name, teryt, level, extractor, start_urls; the counts go to stderr); on a
    terminal, the same columns aligned, then the counts. "needs discovery" in the extractor column:
    a generated site whose sections are not known yet (DIR/discovery holds none); "discovered, nothing to
    crawl": its discovery found no news or funding section. A BIP or
    welfare centre that discovery found on another host is listed after its unit's site, marked
    "discovered bip of SITE-ID" (or welfare) in the extractor column; selecting the unit selects it too.

    Example: scrape sites --voivodeship opolskie --level gmina
    """
    from scraper.full_registry import as_discovered
    from scraper.selection import count_lines, place_filter

    registry = _registry(sites)
    selection = _selection(site, voivodeship, powiat, teryt, level)
    chosen, found = _choose_found(registry, selection, data)
    chosen, nothing_to_crawl = as_discovered(chosen, data)
    counts = count_lines(chosen, found, nothing_to_crawl)
    if sites is None and not selection.ids:  # units the official list gives no website: no site, said apart
        in_place = place_filter(selection)
        counts += [
            f"no website in the official list, so no site: {u.teryt} {u.name} ({u.level}, {u.voivodeship})"
            for u in load_units().without_homepage
            if in_place(u)
        ]
    if count:
        sys.stdout.write("\n".join(counts) + "\n")
        return
    rows = [
        (
            s.id,
            s.name,
            s.teryt or "",
            s.level or "",
            "; ".join(
                [
                    s.extractor
                    if not s.needs_discovery
                    else "discovered, nothing to crawl"
                    if s.id in nothing_to_crawl
                    else "needs discovery",
                    *([found[s.id].mark()] if s.id in found else []),
                ]
            ),
            " ".join(s.start_urls),
        )
        for s in chosen
    ]
    if not out.is_terminal:  # piped: one tab-separated line per site, nothing wrapped, for grep and cut
        lines = ["id\tname\tteryt\tlevel\textractor\tstart_urls", *("\t".join(row) for row in rows)]
        sys.stdout.write("\n".join(lines) + "\n")
        err.print("\n".join(counts), highlight=False, markup=False)
        return
    for line in _aligned([("id", "name", "teryt", "level", "extractor", "start"), *rows]):
        out.print(line, highlight=False, markup=False, overflow="ignore", crop=False)
    out.print("\n".join(counts), highlight=False, markup=False)


def _aligned(rows: list[tuple[str, ...]], name_at_most: int = 36) -> list[str]:
    """Rows as aligned lines for a terminal, one per site (fast for 2,800 rows, unlike a rich Table); a long
    name is cut with "…", the start URL is left whole (the terminal wraps it rather than losing it)."""
    cut = [
        tuple(v[: name_at_most - 1] + "…" if i == 1 and len(v) > name_at_most else v for i, v in enumerate(r))
        for r in rows
    ]
    widths = [max(len(row[i]) for row in cut) for i in range(len(cut[0]) - 1)]
    return ["  ".join([*(value.ljust(w) for value, w in zip(row, widths, strict=False)), row[-1]]) for row in cut]


@app.command("extract", cls=_Command, short_help="Extract records from local HTML files and print them as JSONL.")
def extract_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH...",
            help="HTML files (a raw-store body uses its .json sidecar).",
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


@app.command(short_help="Re-extract the fixture pages; compare with their expected records.")
def validate(
    sites: SitesOption = None,
    fixtures: Annotated[
        Path,
        typer.Option(
            "--fixtures",
            metavar="DIR",
            help=(
                "Fixtures folder: SITE/KEY.html and its raw-store sidecar SITE/KEY.json beside the expected "
                "records SITE/KEY.expected.json; relative to the current directory."
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


@app.command("evaluate", short_help="Score an extractor on hand-labelled pages or passages (P, R, F1).")
def evaluate_command(
    set_dir: Annotated[
        Path,
        typer.Option("--set", metavar="DIR", help="Pages (pages/NAME.html + labels/NAME.json) or passages (ID.json)."),
    ] = Path("tests/evaluation"),
    extractor: Annotated[
        str, typer.Option("--extractor", metavar="NAME", help="Extractor to score (a page object's name).")
    ] = "generic",
    json_file: Annotated[
        Path | None, typer.Option("--json", metavar="FILE", help="Also write the report as JSON here.")
    ] = None,
    misses: Annotated[bool, typer.Option("--misses", help="Print every miss, page by page.")] = False,
    pin: Annotated[
        Path | None,
        typer.Option("--pin", metavar="FILE", help="Pin this set's scores as its floors in the baseline FILE."),
    ] = None,
    allow_lower: Annotated[
        bool, typer.Option("--allow-lower", help="With --pin: allow lowering a floor (say why in the commit).")
    ] = False,
    check: Annotated[
        Path | None,
        typer.Option(
            "--check", metavar="FILE", help="Score every set pinned in the baseline FILE; exit 1 on any drop."
        ),
    ] = None,
) -> None:
    """Score an extractor against a hand-labelled set (pages, or real-text passages): P, R, F1, accuracy per field.

    Exit 0 whatever the scores (it measures, it does not judge), except with --check: 1 when a
    pinned score dropped below its floor; 2 on a missing or malformed set.

    Example: scrape evaluate --set tests/realtext/dev --misses --json /tmp/evaluation.json
    """
    from scraper import evaluate as evaluation
    from scraper import evaluation_gate as gate

    if check is not None:
        try:
            baseline = gate.read_baseline(check)
            drops = []
            for name, pinned in sorted(baseline["sets"].items()):
                report = evaluation.evaluate(Path(name), extractor=pinned.get("extractor", extractor))
                drops += gate.check(report, Path(name), baseline)
                out.print(f"{name}: {len(report.pages)} scored, {report.all_right} with every field right")
        except evaluation.EvaluationError as error:
            fail(str(error))
        for line in drops:
            err.print(f"Error: {line}", highlight=False, markup=False)
        out.print(f"{len(baseline['sets'])} sets checked against {check}, {len(drops)} drop(s)", highlight=False)
        raise typer.Exit(1 if drops else 0)
    try:
        if json_file:
            check_file_target(json_file)
        report = evaluation.evaluate(set_dir, extractor=extractor)
    except (evaluation.EvaluationError, WriteError) as error:
        fail(str(error))
    out.print(report.table())
    pages, errors = len(report.pages), report.errors
    out.print(f"{pages} pages, {errors} without a record, {report.all_right} with every field right", highlight=False)
    for problem in report.problems:
        err.print(f"warning: {problem}", highlight=False, markup=False)
    if misses:
        for line in report.miss_lines():
            out.print(line, highlight=False, markup=False)
    if json_file:
        try:
            write_text_atomic(json_file, evaluation.report_json(report))
        except WriteError as error:
            fail(str(error))
        out.print(f"report -> {json_file}", highlight=False)
    if pin is not None:
        try:
            lowered = gate.pin(report, set_dir, pin, allow_lower=allow_lower)
        except (evaluation.EvaluationError, WriteError) as error:
            fail(str(error))
        for line in lowered:
            err.print(f"warning: floor lowered: {line}", highlight=False, markup=False)
        out.print(f"floors pinned -> {pin}", highlight=False)


@app.command("report", short_help="Write one self-contained HTML page on the dataset and the last run's health.")
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


@app.command(short_help="Print the JSON Schema of a record.")
def schema(
    out_file: Annotated[Path | None, typer.Option("--out", metavar="FILE", help="Write to this file.")] = None,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="The exports' data dictionary (docs/data-dictionary.md) instead.")
    ] = False,
) -> None:
    """Print the JSON Schema of a record (or, with --markdown, the data dictionary of `scrape export`).

    Example: scrape schema > record.schema.json
    """
    from extract.model import Record
    from scraper.dictionary import markdown as dictionary

    text = json.dumps(Record.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2) + "\n"
    text = dictionary() if markdown else text
    if out_file:
        try:
            check_file_target(out_file)
            write_text_atomic(out_file, text)
        except WriteError as error:
            fail(str(error))
    else:
        sys.stdout.write(text)


@app.command("export", short_help="Write the dataset as Parquet, CSV, xlsx and DuckDB tables for analysts.")
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
