"""A whole run, live or offline, outside the CLI: read or fetch pages, write the dataset, say what happened.

Both modes share the rules that keep data safe: a run writes only what it reached and keeps
every earlier record it did not reach (a page cap, a failed page, an unreachable site, an
interrupt), and the dataset files are written with SIGINT and SIGTERM held, so a stop request
never leaves `records.jsonl` out of step with the site files.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from extract import jsonl
from scraper import dataset
from scraper.crawl import CrawlOptions, SiteCrawl, crawl_sites
from scraper.fetch import Fetcher, FetchPolicy
from scraper.registry import Site
from scraper.replay import SiteResult, replay_site
from scraper.report import RunReport, judge
from scraper.signals import SIGNALS, Interrupted, deferred, stop_requests
from scraper.state import STATE_FILE, State
from scraper.store import RawStore

OnPage = Callable[[str, str], None]


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class OfflineRun:
    """What `run_offline` did: per-site results, or the signal that stopped it before anything was written."""

    results: list[SiteResult] = field(default_factory=list)
    kept: dict[str, int] = field(default_factory=dict)  # earlier records kept, by site
    total: int = 0  # records in records.jsonl afterwards
    target: Path = Path()
    interrupted: Interrupted | None = None

    @property
    def pages(self) -> int:
        return sum(result.pages for result in self.results)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return self.interrupted.exit_code
        return 1 if any(r.errors or not (r.records or self.kept.get(r.site)) for r in self.results) else 0


def run_offline(
    chosen: list[Site], data: Path, *, max_pages: int | None = None, on_page: OnPage | None = None
) -> OfflineRun:
    """Replay the raw store into the dataset.  Interrupted: nothing is written and the dataset is unchanged.

    A complete walk of a site replaces its records (the store is the whole truth offline); a walk
    stopped by the page cap, or pages that fail, keep the earlier records of the pages not reached.
    """
    store, clean = RawStore(data / "raw"), data / "clean"
    run = OfflineRun(target=clean / dataset.COMBINED)
    try:
        with stop_requests():
            if (data / STATE_FILE).is_file():  # a live run left its history: replay gives the same records
                with State.open(data) as state:
                    for site in chosen:
                        run.results.append(
                            replay_site(store, site, max_pages=max_pages, history=state.get, on_page=on_page)
                        )
            else:
                for site in chosen:
                    run.results.append(replay_site(store, site, max_pages=max_pages, on_page=on_page))
    except (Interrupted, KeyboardInterrupt) as stop:
        run.interrupted = stop if isinstance(stop, Interrupted) else Interrupted(signal.SIGINT)
        return run
    with deferred() as late:
        for result in run.results:
            if not result.pages:  # nothing saved for the site: its last records stay as they are
                continue
            produced = {r.id: jsonl.record_line(r) for r in result.records}

            def keep(url: str, result: SiteResult = result) -> bool:
                if url in result.reached:
                    return False
                # stopped early: keep all it did not reach; complete: keep pages still stored (they failed)
                return result.stopped is not None or store.holds(result.site, url)

            lines, run.kept[result.site] = dataset.merge(dataset.read_site(clean, result.site), produced, keep)
            dataset.write_site(clean, result.site, lines)
        run.total = dataset.rebuild(clean)
    if late:  # asked to stop while the dataset was written: it was written whole; stop now
        raise Interrupted(late[0])
    return run


@dataclass
class LiveRun:
    report: RunReport
    total: int  # records in records.jsonl afterwards
    target: Path
    saved: Path  # the report's JSON file
    pages: int  # pages visited

    @property
    def exit_code(self) -> int:
        return self.report.exit_code


async def _crawl(crawls: list[SiteCrawl], policy: FetchPolicy, make: Callable[[Fetcher], None]) -> int | None:
    """Crawl until done or until SIGINT/SIGTERM; returns the signal that stopped it, if any."""
    loop = asyncio.get_running_loop()
    received: list[int] = []
    async with Fetcher(policy) as fetcher:
        make(fetcher)
        task = asyncio.ensure_future(crawl_sites(crawls))

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
        except asyncio.CancelledError:
            if not received:
                raise
        finally:
            for sig in installed:
                loop.remove_signal_handler(sig)
    return received[0] if received else None


def run_live(
    chosen: list[Site],
    data: Path,
    *,
    policy: FetchPolicy,
    max_pages: int | None = None,
    on_page: OnPage | None = None,
) -> LiveRun:
    """Crawl the sites into the raw store and the dataset, judge each site, save the run report."""
    store, clean = RawStore(data / "raw"), data / "clean"
    started = _now()
    options = CrawlOptions(max_pages=max_pages)
    with State.open(data) as state:
        run_id = state.begin_run("live", started)
        report = RunReport(run_id=run_id, mode="live", started=started)
        crawls: list[SiteCrawl] = []

        def make(fetcher: Fetcher) -> None:
            for site in chosen:
                previous = dataset.read_site(clean, site.id)
                crawls.append(
                    SiteCrawl(
                        site,
                        fetcher=fetcher,
                        store=store,
                        state=state,
                        previous=previous,
                        options=options,
                        on_page=on_page,
                    )
                )

        signum = asyncio.run(_crawl(crawls, policy, make))
        with deferred() as late:
            for crawl in crawls:
                crawl.finish(interrupted=signum is not None)
                dataset.write_site(clean, crawl.site.id, crawl.lines)
                last = state.last_site_count(crawl.site.id, before_run=run_id)
                judge(crawl.report, last_count=last, may_be_empty=crawl.site.may_be_empty)
                if not crawl.report.failed and not crawl.report.stopped:  # only a whole, healthy run is a baseline
                    reached = crawl.report.records_total - crawl.report.records_kept
                    state.set_site_count(run_id, crawl.site.id, reached)
                report.sites.append(crawl.report)
            total = dataset.rebuild(clean)
            signum = signum or (late[0] if late else None)
            if signum is not None:
                report.interrupted = signal.Signals(signum).name
            report.finished = _now()
            saved = report.save(data)
            state.end_run(run_id, report.finished, report.exit_code)
    pages = sum(len(crawl.visited) for crawl in crawls)
    return LiveRun(report=report, total=total, target=clean / dataset.COMBINED, saved=saved, pages=pages)
