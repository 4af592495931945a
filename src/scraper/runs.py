"""A whole run, live or offline, outside the CLI: walk the sites, write the dataset, judge, save the report.

Both modes go through one walker (`scraper.walk`) with a different source of pages
(`scraper.sources`), end in one report type (`scraper.report.RunReport`, saved under
`<data>/runs/`), and share the rules that keep data safe: a run writes only what it reached
and keeps every earlier record it did not reach, and the dataset files are written with
SIGINT and SIGTERM held, so a stop request never leaves `records.jsonl` out of step with the
site files.

Memory stays flat however many pages a run reads: each site's file is written as its walk ends
(on the event loop, which looks at signals only between steps) and its records let go; offline,
the sites are walked one at a time; `records.jsonl` is rebuilt from the site files by streaming
(`scraper.dataset.rebuild`).  A stop request during the walks still ends in one rebuild.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

import httpx

from scraper import crashpoints, dataset
from scraper.extract_pool import ExtractPool
from scraper.fetch import Fetcher, FetchPolicy
from scraper.registry import Site
from scraper.report import RunReport, SiteReport, judge
from scraper.robots import RobotsRules
from scraper.signals import SIGNALS, deferred
from scraper.sources import LiveSource, OfflineSource
from scraper.state import STATE_FILE, State
from scraper.store import RawStore
from scraper.walk import Mode, SiteWalk, Source, WalkOptions, default_since, walk_sites
from scraper.writer import sweep_temp

OnPage = Callable[[str, str], None]


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class RunResult:
    report: RunReport
    total: int  # records in records.jsonl afterwards
    target: Path  # records.jsonl
    saved: Path  # the report's JSON file
    pages: int  # pages read

    @property
    def exit_code(self) -> int:
        return self.report.exit_code


async def _walk(walks: list[SiteWalk], *, at_once: int | None, done: Callable[[SiteWalk], None]) -> int | None:
    """Walk until done or until SIGINT/SIGTERM; returns the signal that stopped it, if any.

    A site's files are written on the loop as its walk ends (`done`): a signal cannot cut that
    write, it is handled after it; one that came during the last write is taken before returning.
    """
    loop = asyncio.get_running_loop()
    received: list[int] = []
    task = asyncio.ensure_future(walk_sites(walks, at_once=at_once, done=done))

    def stop(signum: int) -> None:
        received.append(signum)
        task.cancel()

    installed = []
    for sig in SIGNALS:
        try:
            loop.add_signal_handler(sig, stop, sig)
            installed.append(sig)
        except (RuntimeError, ValueError):  # not the main thread: no signal handling there
            pass
    try:
        await task
        for _ in range(3):  # the loop reads a signal's wake-up byte, then calls `stop`: a few turns
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        if not received:
            raise
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
    return received[0] if received else None


@asynccontextmanager
async def _source(
    mode: Mode,
    store: RawStore,
    state: State | None,
    policy: FetchPolicy,
    transport: httpx.AsyncBaseTransport | None = None,
    robots: dict[str, RobotsRules] | None = None,
) -> AsyncIterator[tuple[Source, ExtractPool | None]]:
    """The run's source of pages, and live the worker processes its pages are read in (`scraper.extract_pool`)."""
    if mode == "offline":
        yield OfflineSource(store, state), None
        return
    assert state is not None
    async with Fetcher(policy, transport=transport, robots=robots) as fetcher, ExtractPool() as pool:
        yield LiveSource(fetcher, store, state), pool


def run_sites(
    chosen: list[Site],
    data: Path,
    *,
    mode: Mode,
    pages: Path | None = None,
    policy: FetchPolicy | None = None,
    max_pages: int | None = None,
    on_page: OnPage | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    since: date | None = None,
    personal_data: bool = True,
    robots: dict[str, RobotsRules] | None = None,
) -> RunResult:
    """Walk the sites (live: fetch into `data/raw`; offline: read `pages`, default `data/raw`) into `data/clean`.

    A live run records its history in the state database; an offline run only reads it (when
    there is one) for first_seen and removed, so replaying a live store gives the same records.
    `transport` replaces the network (tests, the simulated web); `robots` holds the robots.txt verdicts
    the run's discovery already read.  `since` (default three years
    back; `date.min` reads everything) bounds how deep a live run reads listings (`scraper.walk`).
    """
    store = RawStore(pages if pages is not None else data / "raw")
    clean = data / "clean"
    started = _now()
    _sweep_temp(clean, store if mode == "live" else None, chosen)
    state = State.open(data) if mode == "live" or (data / STATE_FILE).is_file() else None
    if state and mode == "live":
        state.checkpoint_in_thread()  # no checkpoint (two fsyncs) inside a commit on the event loop
    try:
        run_id = state.begin_run(mode, started) if state and mode == "live" else None
        report = RunReport(run_id=run_id, mode=mode, started=started)
        options = WalkOptions(max_pages=max_pages, since=since or default_since(), personal_data=personal_data)
        reports: dict[str, SiteReport] = {}

        def settle(walk_: SiteWalk, *, interrupted: bool = False) -> None:
            """Finish, write and judge one site's walk, then let its records go (they are on disk)."""
            if state is not None:
                state.flush()  # the pages' record ids before the dataset that holds their records
            site_report = walk_.finish(interrupted=interrupted)
            dataset.write_site(clean, walk_.site.id, walk_.lines)  # the lines its report's fill rates are of
            walk_.release()  # on disk now: the rebuild reads the files, memory stays flat
            last = state.last_site_count(walk_.site.id, before_run=run_id) if state and run_id else None
            unsaved = mode == "offline" and not store.holds_any(walk_.site.id)
            why_empty = f"nothing saved for it in {store.root / walk_.site.id}" if unsaved else None
            judge(site_report, last_count=last, may_be_empty=walk_.site.may_be_empty, why_empty=why_empty)
            store.release(walk_.site.id)  # its entries leave memory, its file closes
            if run_id is not None and state and not site_report.failed and not site_report.stopped:
                # only a whole, healthy live run is the next run's baseline
                state.set_site_count(run_id, walk_.site.id, site_report.records_total - site_report.records_kept)
            reports[walk_.site.id] = site_report

        async def walk() -> tuple[list[SiteWalk], int | None]:
            async with _source(mode, store, state, policy or FetchPolicy(), transport, robots) as (source, pool):
                walks = [
                    SiteWalk(
                        s,
                        source,
                        previous=partial(_previous, clean, s.id, state),
                        options=options,
                        on_page=on_page,
                        pool=pool,
                    )
                    for s in chosen
                ]
                # Offline, one site at a time: its pages come in order from the pool (`scraper.offline_pool`)
                # and only its records are in memory; live, all at once (politeness is per host).
                return walks, await _walk(walks, at_once=1 if mode == "offline" else None, done=settle)

        walks, signum = asyncio.run(walk())
        with deferred() as late:
            for walk_ in walks:  # the walks a signal stopped (or never started) keep what they did not reach
                if walk_.site.id not in reports:
                    settle(walk_, interrupted=signum is not None)
            report.sites.extend(reports[site.id] for site in chosen)
            crashpoints.reach("run.rebuild")  # site files written, records.jsonl not yet rebuilt
            total = dataset.rebuild(clean, redact=None if personal_data else _redactor())
            crashpoints.reach("run.report")  # records.jsonl rebuilt, the report not yet saved
            signum = signum or (late[0] if late else None)
            if signum is not None:
                report.interrupted = signal.Signals(signum).name
            report.finished = _now()
            saved = report.save(data)
            if state and run_id is not None:
                state.end_run(run_id, report.finished, report.exit_code)
    finally:
        store.close()
        if state:
            state.close()
    read = sum(walk_.report.pages for walk_ in walks)
    return RunResult(report=report, total=total, target=clean / dataset.COMBINED, saved=saved, pages=read)


def _redactor() -> Callable[[str], str]:
    """`extract.personal_data.redact_line`, imported only when a run redacts (it brings the contacts' patterns)."""
    from extract.personal_data import redact_line

    return redact_line


def _sweep_temp(clean: Path, store: RawStore | None, chosen: list[Site]) -> None:
    """Delete what writers killed mid-write left (`.<name>.<random>.tmp`) where this run writes.

    The run holds the data directory (`scraper.lock`), so no live writer's file is touched.  The
    raw store is swept only live, for the chosen sites: offline it may be the shipped fixtures.
    """
    folders = (
        [clean, clean / "sites", *(store.root / site.id for site in chosen)] if store else [clean, clean / "sites"]
    )
    for folder in folders:
        sweep_temp(folder)


def _previous(clean: Path, site: str, state: State | None) -> dict[str, str]:
    """The site's last written records, with the removals the state saw and the dataset missed.

    A run killed after a 404 reached the state and before the dataset was written leaves the page
    marked removed in the state only; the next run no longer asks that page, so the mark comes from here.
    """
    lines = dataset.read_site(clean, site)
    if state is None or not lines:
        return lines
    removed = {key: page.removed for page in state.pages(site) if page.removed for key in page.record_ids}
    return dataset.mark_removed(lines, removed)
