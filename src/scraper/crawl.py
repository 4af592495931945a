"""The live crawl: sites side by side, each host politely, every page through the raw store.

A site is crawled breadth-first from its start URLs (plus its sitemaps and feeds), following
`follow` links as listings and extracting `articles` links, bounded by `max_pages` and a
depth limit so calendars and other endless URL spaces stay finite.  What the state database
knows makes the run incremental: conditional requests, no new body for an unchanged page,
no re-extraction, and the previous record lines reused byte for byte.  A page that answers
404/410 keeps its records with a `removed` date; a page that fails for any other reason keeps
its previous records too (a transient error must not delete data).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from extract import jsonl
from extract.model import Record
from extract.pipeline import Role, extract
from extract.urls import canonical_url, origin_of
from scraper import dataset
from scraper.fetch import Fetcher, FetchResult
from scraper.registry import Site
from scraper.replay import role_of
from scraper.report import BENIGN_ERRORS, SiteReport
from scraper.state import State
from scraper.store import RawStore, StoredPage, StoreError

log = logging.getLogger(__name__)

_LOC = re.compile(rb"<(?:loc|link)>\s*([^<\s]+)\s*</(?:loc|link)>|<link[^>]+href=\"([^\"]+)\"", re.IGNORECASE)


@dataclass(frozen=True)
class CrawlOptions:
    max_pages: int | None = None  # overrides each site's max_pages
    max_depth: int = 8


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def feed_links(body: bytes) -> list[str]:
    """URLs listed by a sitemap (<loc>) or an RSS/Atom feed (<link>): enough for discovery, no XML parser needed."""
    found = []
    for match in _LOC.finditer(body):
        raw = match.group(1) or match.group(2)
        try:
            found.append(canonical_url(raw.decode("utf-8", "replace").replace("&amp;", "&")))
        except ValueError:
            continue
    return found


class SiteCrawl:
    """One site's crawl: the queue, the counters, and the records it ends with ({id: JSON line})."""

    def __init__(
        self,
        site: Site,
        *,
        fetcher: Fetcher,
        store: RawStore,
        state: State,
        previous: dict[str, str],
        options: CrawlOptions,
        on_page: Callable[[str, str], None] | None = None,
    ) -> None:
        self.site = site
        self.fetcher = fetcher
        self.store = store
        self.state = state
        self.previous = previous
        self.options = options
        self.on_page = on_page or (lambda site, url: None)
        self.report = SiteReport(site=site.id)
        self.lines: dict[str, str] = {}
        self.visited: set[str] = set()

    async def run(self) -> SiteReport:
        """Crawl the site; the orchestrator calls `finish` afterwards, also when the crawl was cancelled."""
        site = self.site
        limit = self.options.max_pages or site.max_pages
        queue: deque[tuple[str, int]] = deque()
        seen: set[str] = set()

        def enqueue(url: str, depth: int) -> None:
            if url not in seen and depth <= self.options.max_depth and role_of(site, url):
                seen.add(url)
                queue.append((url, depth))

        if await self._unreachable():
            return self.report
        for url in site.start_urls:
            canonical = canonical_url(url)
            seen.add(canonical)
            queue.append((canonical, 0))
        for url in (*site.sitemaps, *site.feeds):
            result = await self.fetcher.fetch(url, allowed_hosts=site.hosts, delay=site.delay, accept="xml")
            self._count(result)
            if result.body:
                for link in feed_links(result.body):
                    enqueue(link, 1)
        while queue and len(self.visited) < limit:
            url, depth = queue.popleft()
            self.visited.add(url)
            for link in await self._page(url):
                enqueue(link, depth + 1)
            self.on_page(site.id, url)
        if queue:
            self.report.stopped = f"max_pages={limit} reached, {len(queue)} queued URLs not visited"
            log.info("%s: %s", site.id, self.report.stopped)
        # Articles from earlier runs that no listing links to any more: ask again (conditionally),
        # so a page that is gone is marked removed rather than silently kept or dropped.
        for known in self.state.pages(site.id):
            if len(self.visited) >= limit:
                self.report.stopped = self.report.stopped or f"max_pages={limit} reached"
                break
            if known.url not in self.visited and known.removed is None and site.is_article(known.url):
                self.visited.add(known.url)
                await self._page(known.url)
                self.on_page(site.id, known.url)
        if not self.report.status_200 and not self.report.status_304 and self.report.page_failures:
            first = next((p for p in self.report.problems), "no page answered")
            self.report.fail(f"site unreachable: {first}; nothing crawled; previous records kept")
        return self.report

    async def _unreachable(self) -> bool:
        """True (and the site marked failed) when robots.txt of every start URL's host could not be read.

        RFC 9309: an unreachable robots.txt means "do not crawl now"; the site's records stay as they were.
        """
        reasons = []
        for url in self.site.start_urls:
            await self.fetcher.allowed(url, delay=self.site.delay)
            rules = self.fetcher.robots_rules(url)
            if rules is None or not rules.unreachable:
                return False
            cause = rules.reason.removeprefix("unreachable (").removesuffix(")").removeprefix("connect: ")
            reasons.append(f"robots.txt of {origin_of(url)}: {cause}")
        self.report.add_error("unreachable")
        self.report.problems.extend(reasons)
        self.report.fail(f"site unreachable: {reasons[0]}; nothing crawled; previous records kept")
        return True

    def finish(self, *, interrupted: bool = False) -> SiteReport:
        """Carry every earlier record this run did not reach (capped, interrupted, failed pages) and count.

        A live run never sees a site's whole history, so nothing is dropped here: a page that is
        gone keeps its record marked `removed`, a page not reached keeps its last record as it was.
        """
        if interrupted:
            self.report.stopped = "interrupted"
        self.lines, self.report.records_kept = dataset.merge(self.previous, self.lines, keep=lambda url: True)
        self.report.records_total = len(self.lines)
        self.report.warnings = sum(len(jsonl.loads(line).get("warnings", [])) for line in self.lines.values())
        return self.report

    def _count(self, result: FetchResult) -> None:
        report = self.report
        report.requests += result.attempts
        if result.status == 200 and not result.error:
            report.status_200 += 1
        elif result.status == 304:
            report.status_304 += 1
        if result.status in (404, 410):
            return  # a removed page is counted as removed, not as a failure of the site
        if result.error_class:
            report.add_error(result.error_class)
            report.problems.append(f"{result.url}: {result.error or result.error_class}")

    async def _page(self, url: str) -> list[str]:
        """Fetch one page, keep what it gives; return the links to consider (listings only)."""
        site, state = self.site, self.state
        role = role_of(site, url)
        assert role is not None
        etag, last_modified = state.validators(url)
        try:
            stored = self.store.get(site.id, url)
            if stored is not None:
                stored.body()  # a 304 would point at this body: it must be whole and match its hash
        except StoreError as error:  # a broken entry (bad sidecar, lost or altered body): fetched whole, saved anew
            log.warning("%s: %s; fetching the page again", url, error)
            self.report.problems.append(f"{url}: {error}; fetched again")
            stored = None
        if stored is None:  # no body to fall back on: ask for the whole page
            etag = last_modified = None
        result = await self.fetcher.fetch(
            url, allowed_hosts=site.hosts, delay=site.delay, etag=etag, last_modified=last_modified
        )
        self._count(result)
        when = result.fetched_at or _now()
        if result.status in (404, 410):
            newly = state.gone(url, site.id, status=result.status, when=when)
            self._mark_removed(url, when.strftime("%Y-%m-%d"))
            if newly:
                self.report.pages_removed += 1
            return []
        if result.error_class in BENIGN_ERRORS:  # refused by policy (robots, scope, not HTML): keep nothing
            return []
        if result.error or result.status not in (200, 304):  # its earlier records are kept by finish()
            log.warning("%s: %s", url, result.error or f"status {result.status}")
            return []

        if result.status == 304:
            change = state.seen(url, site.id, status=304, when=when, etag=None, last_modified=None, content_sha256=None)
        else:
            assert result.body is not None
            digest = hashlib.sha256(result.body).hexdigest()
            # Body first, then the state: a run killed in between re-fetches the page next time,
            # never believes an unsaved body is stored.
            if stored is None or stored.content_sha256 != digest:
                stored = self.store.save(
                    site.id, url, result.body, status=200, headers=result.headers, fetched_at=result.fetched_at
                )
            change = state.seen(
                url,
                site.id,
                status=200,
                when=when,
                etag=result.headers.get("etag"),
                last_modified=result.headers.get("last-modified"),
                content_sha256=digest,
            )
        if change in ("new", "changed"):
            setattr(self.report, f"pages_{change}", getattr(self.report, f"pages_{change}") + 1)
        else:
            self.report.pages_unchanged += 1
        assert stored is not None
        return self._extract(stored, role, fresh=change in ("new", "changed"))

    def _extract(self, page: StoredPage, role: Role, *, fresh: bool) -> list[str]:
        known = self.state.get(page.url)
        ids = known.record_ids if known else ()
        if role == "article" and not fresh and ids and all(key in self.previous for key in ids):
            self.lines.update({key: self.previous[key] for key in ids})  # unchanged: the same bytes as last run
            return []
        result = extract(
            page.url,
            page.body(),
            site=self.site.info,
            content_type=page.content_type,
            fetched_at=page.fetched_at,
            content_sha256=page.content_sha256,
            extractor=self.site.extractor,
            role=role,
        )
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
        first_seen = known.first_seen.date() if known else page.fetched_at.date()
        records: list[Record] = [r.model_copy(update={"first_seen": first_seen}) for r in result.records]
        for record in records:
            line = jsonl.record_line(record)
            old = self.previous.get(record.id)
            if old is None:
                self.report.records_new += 1
            elif old != line:
                self.report.records_changed += 1
            self.lines[record.id] = line
        self.state.set_records(page.url, [r.id for r in records])
        return []

    def _mark_removed(self, url: str, removed: str) -> None:
        """Carry the page's last records into this run, marked removed (once: the first day it was gone)."""
        known = self.state.get(url)
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


async def crawl_sites(crawls: list[SiteCrawl]) -> list[SiteReport]:
    """Crawl every site concurrently; per-host politeness lives in the shared Fetcher. Call `finish` after."""
    return list(await asyncio.gather(*(crawl.run() for crawl in crawls)))
