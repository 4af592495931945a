"""One walk over a site's pages, wherever they come from: the network (a live run) or the raw store (offline).

The walk is the same in both modes: breadth-first from the start URLs (and, live, the site's
sitemaps and feeds), following `follow` links as listings and extracting `articles` links,
bounded by `max_pages` and a depth limit so calendars and other endless URL spaces stay
finite; then the pages the source remembers that no listing linked to (live: articles of
earlier runs, asked again so a page that is gone is marked removed; offline: every saved
article).  Only the source differs (`scraper.sources`): how a URL becomes a stored page.

A walk writes only what it reached: `finish` keeps every earlier record it did not reach,
unless the source says the page is really gone from it (an offline store that no longer holds
the page).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol

from extract import jsonl
from extract.model import Record
from extract.pipeline import Role
from extract.urls import canonical_url
from scraper import dataset
from scraper.pages import extract_stored, role_of
from scraper.registry import Site
from scraper.report import SiteReport
from scraper.state import PageState
from scraper.store import StoredPage, StoreError

log = logging.getLogger(__name__)

Mode = Literal["live", "offline"]


@dataclass(frozen=True)
class Got:
    """What a source gives for one URL: a page to read, a page that is gone, or nothing (refused, failed)."""

    page: StoredPage | None = None  # the body to read (a 200, or a 304 pointing at the stored body)
    fresh: bool = True  # new or changed since its records were made: extract again
    gone: date | None = None  # it answered 404/410: its records are kept, marked removed


class Source(Protocol):
    """Where a walk's pages come from; each method counts what it does into the site's report."""

    mode: Mode

    async def unreachable(self, site: Site, report: SiteReport) -> str | None:
        """Why nothing of the site can be read now (then nothing is asked), or None."""
        ...

    async def seeds(self, site: Site, report: SiteReport) -> list[str]:
        """URLs to start from besides the start URLs (sitemaps, feeds)."""
        ...

    async def get(self, site: Site, url: str, report: SiteReport) -> Got: ...

    def known(self, site: Site, report: SiteReport) -> Iterator[str]:
        """URLs the source remembers for the site, visited after the walk if no listing linked to them."""
        ...

    def history(self, url: str) -> PageState | None:
        """What the state database knows of the page (first_seen, removed, its record ids)."""
        ...

    def remember(self, url: str, record_ids: list[str]) -> None:
        """Note which records a page gave (live runs reuse them while the page is unchanged)."""
        ...

    def may_drop(self, site: Site, url: str) -> bool:
        """May an earlier record of `url`, not reached by a complete walk, leave the dataset?"""
        ...


@dataclass(frozen=True)
class WalkOptions:
    max_pages: int | None = None  # overrides each site's max_pages
    max_depth: int = 8


class SiteWalk:
    """One site's walk: the queue, the counters, and the records it ends with ({id: JSON line})."""

    def __init__(
        self,
        site: Site,
        source: Source,
        *,
        previous: dict[str, str],
        options: WalkOptions,
        on_page: Callable[[str, str], None] | None = None,
    ) -> None:
        self.site = site
        self.source = source
        self.previous = previous
        self.options = options
        self.on_page = on_page or (lambda site, url: None)
        self.report = SiteReport(site=site.id)
        self.lines: dict[str, str] = {}
        self.visited: set[str] = set()

    async def run(self) -> SiteReport:
        """Walk the site; the caller calls `finish` afterwards, also when the walk was cancelled."""
        site, source, report = self.site, self.source, self.report
        limit = self.options.max_pages or site.max_pages
        queue: deque[tuple[str, int]] = deque()
        seen: set[str] = set()

        def enqueue(url: str, depth: int) -> None:
            if url not in seen and depth <= self.options.max_depth and role_of(site, url):
                seen.add(url)
                queue.append((url, depth))

        if reason := await source.unreachable(site, report):
            report.add_error("unreachable")
            report.problems.append(reason)
            self._unreachable(reason)
            return report
        for url in site.start_urls:
            enqueue(canonical_url(url), 0)
        for url in await source.seeds(site, report):
            enqueue(url, 1)
        while queue and len(self.visited) < limit:
            url, depth = queue.popleft()
            for link in await self._visit(url):
                enqueue(link, depth + 1)
        if queue:
            report.stopped = f"max_pages={limit} reached, {len(queue)} queued URLs not visited"
            log.info("%s: %s", site.id, report.stopped)
        for url in source.known(site, report):
            if url in self.visited or role_of(site, url) != "article":
                continue
            if len(self.visited) >= limit:
                report.stopped = report.stopped or f"max_pages={limit} reached"
                break
            report.unlinked += 1
            await self._visit(url)
        if source.mode == "live" and not report.status_200 and not report.status_304 and report.page_failures:
            self._unreachable(next(iter(report.problems), "no page answered"))
        return report

    def _unreachable(self, reason: str) -> None:
        self.report.unreachable = reason
        self.report.fail(f"site unreachable: {reason}; nothing crawled; previous records kept")

    async def _visit(self, url: str) -> list[str]:
        """Read one page through the source; return the links to consider (listings only)."""
        role = role_of(self.site, url)
        assert role is not None
        self.visited.add(url)
        got = await self.source.get(self.site, url, self.report)
        links: list[str] = []
        if got.gone is not None:
            self._mark_removed(url, got.gone.isoformat())
        elif got.page is not None:
            self.report.pages += 1
            links = self._extract(got.page, role, fresh=got.fresh)
        self.on_page(self.site.id, url)
        await asyncio.sleep(0)  # a stop request (SIGINT, SIGTERM) is handled between pages, even offline
        return links

    def _extract(self, page: StoredPage, role: Role, *, fresh: bool) -> list[str]:
        known = self.source.history(page.url)
        ids = known.record_ids if known else ()
        if role == "article" and not fresh and ids and all(key in self.previous for key in ids):
            self.lines.update({key: self.previous[key] for key in ids})  # unchanged: the same bytes as last run
            return []
        try:
            result = extract_stored(page, self.site, role=role)
        except StoreError as error:  # the stored body is missing or altered since it was saved
            self.report.add_error("other")
            self.report.problems.append(str(error))
            return []
        if result.error:
            self.report.add_error("other")  # the page arrived but could not be read: a redesign?
            self.report.problems.append(f"{page.url}: {result.error}")
            log.warning("%s: %s", page.url, result.error)
            return []  # its earlier records are kept by finish()
        if result.fallback:  # the site was redesigned: the page is kept, the operator is told
            self.report.fallbacks += 1
            self.report.problems.append(f"{page.url}: read by the generic extractor: {result.fallback}")
        if role == "listing":
            return result.links
        update = {
            "first_seen": known.first_seen.date() if known else page.fetched_at.date(),
            "removed": known.removed if known else None,
        }
        records: list[Record] = [r.model_copy(update=update) for r in result.records]
        for record in records:
            line = jsonl.record_line(record)
            old = self.previous.get(record.id)
            if old is None:
                self.report.records_new += 1
            elif old != line:
                self.report.records_changed += 1
            self.lines[record.id] = line
        self.source.remember(page.url, [r.id for r in records])
        return []

    def _mark_removed(self, url: str, removed: str) -> None:
        """Carry the page's last records into this run, marked removed (once: the first day it was gone)."""
        known = self.source.history(url)
        for key in known.record_ids if known else ():
            line = self.previous.get(key)
            if line is None:
                continue
            data = jsonl.loads(line)
            if data.get("removed") is None:
                data["removed"] = removed
                line = jsonl.dumps(data)
                self.report.records_removed += 1
            self.lines[key] = line

    def finish(self, *, interrupted: bool = False) -> SiteReport:
        """Carry every earlier record this walk did not reach, count, and return the report.

        A walk stopped early (max_pages, interrupted) keeps all it did not reach; a complete walk
        lets the source drop what it no longer holds (an offline store without the page).
        """
        if interrupted:
            self.report.stopped = "interrupted"
        stopped = self.report.stopped is not None

        def keep(url: str) -> bool:
            return stopped or not self.source.may_drop(self.site, url)

        self.lines, self.report.records_kept = dataset.merge(self.previous, self.lines, keep)
        self.report.records_total = len(self.lines)
        self.report.warnings = sum(len(jsonl.loads(line).get("warnings", [])) for line in self.lines.values())
        return self.report


async def walk_sites(walks: list[SiteWalk]) -> list[SiteReport]:
    """Walk every site concurrently (per-host politeness lives in the shared Fetcher). Call `finish` after."""
    return list(await asyncio.gather(*(walk.run() for walk in walks)))
