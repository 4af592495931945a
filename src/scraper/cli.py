"""The `scrape` command: a thin layer over scraper and extract. Expected failures print one `Error:` line.

Exit codes: 0 all good; 1 some pages, sites or golden checks failed (everything else still
written); 2 bad usage, registry or input.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, NoReturn
from urllib.parse import urlsplit

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from extract import jsonl
from extract.model import Record
from extract.page import SiteInfo
from extract.pipeline import Role, extract
from extract.urls import host_of
from scraper import dataset, golden
from scraper.crawl import CrawlOptions, SiteCrawl, crawl_sites
from scraper.fetch import DEFAULT_CONTACT, USER_AGENT, Fetcher, FetchPolicy
from scraper.lock import LockedError, RunLock
from scraper.registry import Site, SiteRegistryError, load_sites, site_for_url
from scraper.replay import SiteResult, replay_site, role_of
from scraper.report import RunReport, judge
from scraper.state import STATE_FILE, State
from scraper.store import RawStore
from scraper.writer import write_jsonl, write_text_atomic

app = typer.Typer(
    help="Scrape Polish local-government sites into a JSONL dataset of funded projects and programmes.",
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
out = Console(width=None if sys.stdout.isatty() else 120, soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DataOption = Annotated[Path, typer.Option("--data", help="Data directory holding raw/ and clean/.")]
SitesOption = Annotated[Path | None, typer.Option("--sites", help="Site registry (TOML); the shipped one by default.")]


def fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"Error: {message}", highlight=False, markup=False)
    raise typer.Exit(code)


def _sites(path: Path | None) -> list[Site]:
    try:
        return load_sites(path)
    except SiteRegistryError as error:
        fail(str(error))


@app.callback(invoke_without_command=True)
def main_callback(ctx: typer.Context) -> None:
    """Without a subcommand, `scrape` runs `scrape run`."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(run)


@app.command()
def run(
    data: DataOption = Path("data"),
    sites: SitesOption = None,
    site: Annotated[list[str], typer.Option("--site", help="Only this site id (repeatable).")] = [],  # noqa: B006
    offline: Annotated[bool, typer.Option("--offline/--live", help="Replay data/raw instead of fetching.")] = False,
    max_pages: Annotated[int | None, typer.Option("--max-pages", min=1, help="Pages per site at most.")] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=64, help="Requests in flight.")] = 8,
    contact: Annotated[
        str, typer.Option("--contact", envvar="SCRAPE_CONTACT", help="E-mail or URL put in the User-Agent.")
    ] = DEFAULT_CONTACT,
    quiet: Annotated[bool, typer.Option("--quiet", help="Only errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", help="Log every page.")] = False,
) -> None:
    """Crawl the registry's sites (or replay data/raw with --offline) into data/clean/records.jsonl.

    Exit 0: all fetched; 1: some pages or sites failed (everything else still written); 2: bad usage.

    Example: scrape run --offline --site ops-milicz
    """
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    if err.is_terminal:  # log lines above the live progress display instead of through it
        handler: logging.Handler = RichHandler(console=err, show_path=False, markup=False)
        logging.basicConfig(level=level, format="%(name)s: %(message)s", handlers=[handler])
    else:
        logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.INFO if verbose else logging.WARNING)  # one line per request
    registry = _sites(sites)
    if unknown := set(site) - {s.id for s in registry}:
        fail(f"unknown site id(s): {', '.join(sorted(unknown))}")
    chosen = [s for s in registry if not site or s.id in site]
    agent = USER_AGENT.format(contact=contact)
    try:
        with RunLock(data):
            code = (
                _replay(chosen, data, max_pages, quiet)
                if offline
                else _live(chosen, data, max_pages, FetchPolicy(concurrency=concurrency, user_agent=agent), quiet)
            )
    except LockedError as error:
        fail(str(error))
    raise typer.Exit(code)


def _replay(chosen: list[Site], data: Path, max_pages: int | None, quiet: bool) -> int:
    store = RawStore(data / "raw")
    clean = data / "clean"
    if (data / STATE_FILE).is_file():  # a live run left its history: replay gives the same records
        with State.open(data) as state:
            results = [replay_site(store, s, max_pages=max_pages, history=state.get) for s in chosen]
    else:
        results = [replay_site(store, s, max_pages=max_pages) for s in chosen]
    for result in results:
        if result.pages:  # a site with nothing saved keeps its last records rather than losing them
            dataset.write_site(clean, result.site, {r.id: jsonl.record_line(r) for r in result.records})
    dataset.rebuild(clean)
    records = sorted((r for result in results for r in result.records), key=lambda r: r.id)
    target = clean / dataset.COMBINED
    failed = [r for r in results if r.errors or not r.records]
    if not quiet:
        _print_summary(results, records, target)
    for result in results:
        for message in result.errors:
            err.print(f"Error: {result.site}: {message}", highlight=False, markup=False)
        if not result.records:
            err.print(
                f"Error: {result.site}: no records (nothing saved for it in {store.root}?)",
                highlight=False,
                markup=False,
            )
    return 1 if failed else 0


def _live(chosen: list[Site], data: Path, max_pages: int | None, policy: FetchPolicy, quiet: bool) -> int:
    store = RawStore(data / "raw")
    clean = data / "clean"
    started = datetime.now(UTC).replace(microsecond=0)
    with State.open(data) as state:
        run_id = state.begin_run("live", started)
        report = RunReport(run_id=run_id, mode="live", started=started)
        options = CrawlOptions(max_pages=max_pages)
        show_progress = not quiet and err.is_terminal
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed} pages"),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=err, transient=True, disable=not show_progress) as progress:
            # No total: a site's size is unknown until its listings are read (max_pages is only a bound).
            tasks = {s.id: progress.add_task(s.id, total=None) for s in chosen}

            def advance(site_id: str, url: str) -> None:
                progress.advance(tasks[site_id])
                if not show_progress and not quiet:
                    logging.getLogger("scraper.run").info("%s %s", site_id, url)

            async def crawl_all() -> list[SiteCrawl]:
                async with Fetcher(policy) as fetcher:
                    crawls = [
                        SiteCrawl(
                            s,
                            fetcher=fetcher,
                            store=store,
                            state=state,
                            previous=dataset.read_site(clean, s.id),
                            options=options,
                            on_page=advance,
                        )
                        for s in chosen
                    ]
                    await crawl_sites(crawls)
                    return crawls

            crawls = asyncio.run(crawl_all())
        for crawl in crawls:
            dataset.write_site(clean, crawl.site.id, crawl.lines)
            judge(
                crawl.report,
                last_count=state.last_site_count(crawl.site.id, before_run=run_id),
                may_be_empty=crawl.site.may_be_empty,
            )
            if not crawl.report.failed:  # a broken run must not become the next run's baseline
                state.set_site_count(run_id, crawl.site.id, crawl.report.records_total)
            report.sites.append(crawl.report)
        total = dataset.rebuild(clean)
        report.finished = datetime.now(UTC).replace(microsecond=0)
        saved = report.save(data)
        state.end_run(run_id, report.finished, report.exit_code)
    if not quiet:
        out.print(report.table())
        out.print(f"{total} records -> {clean / dataset.COMBINED}; report -> {saved}", highlight=False)
    for site_report in report.sites:
        for problem in site_report.problems:
            err.print(f"{site_report.site}: {problem}", highlight=False, markup=False)
        if site_report.failed:
            err.print(f"Error: {site_report.site}: {site_report.failure}", highlight=False, markup=False)
    return report.exit_code


def _print_summary(results: list[SiteResult], records: list[Record], target: Path) -> None:
    table = Table(title="scrape run (offline)", title_justify="left")
    table.add_column("site", no_wrap=True)
    for column in (
        "pages",
        "lists",
        "articles",
        "unlinked",
        "not saved",
        "records",
        "warnings",
        "errors",
    ):
        table.add_column(column, justify="right", no_wrap=True)
    for r in results:
        table.add_row(
            r.site,
            *map(
                str,
                (
                    r.pages,
                    r.listings,
                    r.articles,
                    r.unlinked,
                    r.missing,
                    len(r.records),
                    r.warnings,
                    len(r.errors),
                ),
            ),
        )
    out.print(table)
    pages = sum(r.pages for r in results)
    warnings = sum(len(r.warnings) for r in records)
    out.print(f"{pages} pages, {len(records)} records, {warnings} warnings -> {target}", highlight=False)


@app.command("extract")
def extract_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="HTML files (a raw-store body uses its .json sidecar).",
            exists=True,
            dir_okay=False,
        ),
    ],
    url: Annotated[str | None, typer.Option("--url", help="The page's URL (chooses the site's page object).")] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help="Write JSONL here instead of stdout.")] = None,
    sites: SitesOption = None,
) -> None:
    """Extract records from local HTML files and print them as JSONL.

    Example: scrape extract page.html --url https://opsmilicz.pl/aktualnosci/17,program
    """
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
    registry = _sites(sites)
    lines: list[str] = []
    failures = 0
    for path in paths:
        body = path.read_bytes()
        page_url, content_type, fetched_at = (
            url,
            None,
            datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0),
        )
        sidecar = path.with_suffix(".json")
        if sidecar.is_file() and sidecar != path:
            try:
                meta = json.loads(sidecar.read_text(encoding="utf-8"))
                page_url = page_url or meta["url"]
                content_type = meta.get("headers", {}).get("content-type")
                fetched_at = datetime.fromisoformat(meta["fetched_at"].replace("Z", "+00:00"))
            except (ValueError, KeyError, TypeError):
                pass  # not a store sidecar; treat the file as a plain page
        page_url = page_url or path.resolve().as_uri()
        known = site_for_url(registry, page_url)
        info = known.info if known else SiteInfo(id=host_of(page_url) or "local", name=host_of(page_url) or str(path))
        role: Role = (role_of(known, page_url) if known else None) or "article"
        result = extract(
            page_url,
            body,
            site=info,
            content_type=content_type,
            fetched_at=fetched_at,
            content_sha256=hashlib.sha256(body).hexdigest(),
            extractor=known.extractor if known else None,
            role=role,
        )
        if result.error:
            failures += 1
            err.print(f"Error: {path}: {result.error}", highlight=False, markup=False)
        if role == "listing":
            err.print(f"{path}: listing page, {len(result.links)} links, no records", highlight=False)
        lines += [jsonl.record_line(record) for record in result.records]
    if out_file:
        write_jsonl(out_file, lines)
    else:
        sys.stdout.write("".join(f"{line}\n" for line in lines))
    raise typer.Exit(1 if failures else 0)


@app.command()
def validate(
    data: DataOption = Path("data"),
    sites: SitesOption = None,
    golden_dir: Annotated[Path, typer.Option("--golden", help="Golden records folder.")] = Path("tests/golden"),
    update: Annotated[
        bool,
        typer.Option("--update", help="Rewrite the golden files from the current output (review the diff!)."),
    ] = False,
) -> None:
    """Re-extract every saved page and compare with its golden records, field by field.

    Example: scrape validate            (exit 1 and a diff on any difference)
    """
    report = golden.validate(RawStore(data / "raw"), _sites(sites), golden_dir, update=update)
    if not report.checks:
        fail(f"no saved pages under {data / 'raw'}")
    for check in report.checks:
        colour = {"ok": "green", "updated": "yellow"}.get(check.status, "red")
        out.print(f"[{colour}]{check.status:8}[/] {escape(check.site)} {escape(check.url)}", highlight=False)
        for line in check.differences:
            out.print(f"         {line}", highlight=False, markup=False)
    bad = report.failed
    out.print(f"{len(report.checks)} pages checked, {len(bad)} failed", highlight=False)
    raise typer.Exit(1 if bad else 0)


@app.command("evaluate")
def evaluate_command(
    set_dir: Annotated[
        Path, typer.Option("--set", help="Evaluation set: pages/<name>.html with labels/<name>.json.")
    ] = Path("tests/evaluation"),
    extractor: Annotated[
        str, typer.Option("--extractor", help="Extractor to score (a page object's name).")
    ] = "generic",
    json_file: Annotated[Path | None, typer.Option("--json", help="Also write the report as JSON here.")] = None,
    misses: Annotated[bool, typer.Option("--misses", help="Print every miss, page by page.")] = False,
) -> None:
    """Score an extractor against the hand-labelled pages: precision, recall, F1 and accuracy per field.

    Exit 0 whatever the scores (it measures, it does not judge); 2 on a missing or malformed set.

    Example: scrape evaluate --set tests/evaluation --misses --json /tmp/evaluation.json
    """
    from scraper import evaluate as evaluation

    try:
        report = evaluation.evaluate(set_dir, extractor=extractor)
    except evaluation.EvaluationError as error:
        fail(str(error))
    out.print(report.table())
    pages, errors = len(report.pages), report.errors
    out.print(f"{pages} pages, {errors} without a record", highlight=False)
    for problem in report.problems:
        err.print(f"warning: {problem}", highlight=False, markup=False)
    if misses:
        for line in report.miss_lines():
            out.print(line, highlight=False, markup=False)
    if json_file:
        write_text_atomic(json_file, evaluation.report_json(report))
        out.print(f"report -> {json_file}", highlight=False)


@app.command()
def schema(
    out_file: Annotated[Path | None, typer.Option("--out", help="Write to this file.")] = None,
) -> None:
    """Print the JSON Schema of a record.

    Example: scrape schema > record.schema.json
    """
    text = json.dumps(Record.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2) + "\n"
    if out_file:
        write_text_atomic(out_file, text)
    else:
        sys.stdout.write(text)


def main() -> None:
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    try:
        app()
    except Exception as error:  # an unexpected failure is a bug: one line unless --debug
        if debug:
            raise
        err.print(
            f"Error: internal error: {type(error).__name__}: {error} (run with --debug for the traceback)",
            highlight=False,
            markup=False,
        )
        sys.exit(3)
