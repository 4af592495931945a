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
from extract.urls import canonical_url
from scraper.fetch import Fetcher, FetchResult
from scraper.registry import Site
from scraper.replay import role_of
from scraper.report import BENIGN_ERRORS, SiteReport
from scraper.state import State
from scraper.store import RawStore, StoredPage

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
        site = self.site
        limit = self.options.max_pages or site.max_pages
        queue: deque[tuple[str, int]] = deque()
        seen: set[str] = set()

        def enqueue(url: str, depth: int) -> None:
            if url not in seen and depth <= self.options.max_depth and role_of(site, url):
                seen.add(url)
                queue.append((url, depth))

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
            log.info("%s: stopped at max_pages=%d with %d URLs still queued", site.id, limit, len(queue))
        # Articles from earlier runs that no listing links to any more: ask again (conditionally),
        # so a page that is gone is marked removed rather than silently kept or dropped.
        for known in self.state.pages(site.id):
            if len(self.visited) >= limit:
                break
            if known.url not in self.visited and known.removed is None and site.is_article(known.url):
                self.visited.add(known.url)
                await self._page(known.url)
                self.on_page(site.id, known.url)
        self._keep_unvisited()
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
        stored = self.store.get(site.id, url)
        if stored is None:  # no body to fall back on: ask for the whole page
            etag = last_modified = None
        result = await self.fetcher.fetch(
            url, allowed_hosts=site.hosts, delay=site.delay, etag=etag, last_modified=last_modified
        )
        self._count(result)
        when = result.fetched_at or _now()
        if result.status in (404, 410):
            newly = state.gone(url, site.id, status=result.status, when=when)
            self._keep_previous(url, removed=when.strftime("%Y-%m-%d"))
            if newly:
                self.report.pages_removed += 1
            return []
        if result.error_class in BENIGN_ERRORS:  # refused by policy (robots, scope, not HTML): keep nothing
            return []
        if result.error or result.status not in (200, 304):
            self._keep_previous(url)
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
            self._keep_previous(page.url)
            return []
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

    def _keep_previous(self, url: str, *, removed: str | None = None) -> None:
        """Carry the page's last records into this run, marked removed when it is gone."""
        known = self.state.get(url)
        for key in known.record_ids if known else ():
            line = self.previous.get(key)
            if line is None:
                continue
            if removed:
                data = jsonl.loads(line)
                if data.get("removed") is None:
                    data["removed"] = removed
                    line = jsonl.dumps(data)
                    self.report.records_removed += 1
            self.lines[key] = line

    def _keep_unvisited(self) -> None:
        """Pages known from earlier runs that this run did not reach keep their records."""
        for page in self.state.pages(self.site.id):
            if page.url not in self.visited:
                for key in page.record_ids:
                    if key in self.previous and key not in self.lines:
                        self.lines[key] = self.previous[key]


async def crawl_sites(crawls: list[SiteCrawl]) -> list[SiteReport]:
    """Crawl every site concurrently; per-host politeness lives in the shared Fetcher."""
    return list(await asyncio.gather(*(crawl.run() for crawl in crawls)))
