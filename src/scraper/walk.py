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

Crawling thousands of sites every night, a live walk does not read every listing to its end
(`SiteWalk._bound`), and says what it left (`SiteReport.not_followed`):

- `since` (default three years back): a listing page whose dated items are all older than
  `since` ends that listing; its pagination is not followed and those old items are not fetched.
  Dates are the ones the listing shows (the discovery's reading of repeated dated blocks, else
  the date nearest each link).  An undated item cannot be judged, so it is always fetched; a
  page with no dated item never ends a listing; the page where a listing crosses `since` (new
  and old items) is read whole.
- known items: once a whole live run of the site is on record, a listing page that brings no
  item new to this walk (none unknown to the state before the run, none not already on an
  earlier page of the listing) ends that listing: new items appear on page 1 first.  Known
  items are still asked again as before, conditionally, whether a listing links to them or not.

Either way the first page of every listing is read (only later pages, recognised by their page
number, are cut), a listing that runs oldest first is never cut, and an offline replay is never
bounded: it reads what was saved and must give the same records whatever today's date.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Literal, Protocol, TypeVar, runtime_checkable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extract import jsonl
from extract.dates import find_dates
from extract.decode import decode_html
from extract.model import Record
from scraper import crashpoints, dataset
from scraper.canonical import canonical_url
from scraper.discover_links import MAX_LINKS, absolute
from scraper.discover_listing import MAX_BLOCK_TEXT, MAX_CLIMB, listing_items
from scraper.extract_pool import ExtractPool, PageRead, read_listing
from scraper.pages import extract_stored, role_of
from scraper.registry import Site
from scraper.report import SiteReport, record_facts
from scraper.scopes import may_fetch
from scraper.state import PageState
from scraper.store import StoredPage, StoreError

if TYPE_CHECKING:  # a live walk reads its pages in worker processes: this process need not import the extractor
    from extract.pipeline import Extraction, Role

log = logging.getLogger(__name__)

Mode = Literal["live", "offline"]
T = TypeVar("T")
MAX_PAGE_LINKS = 5000  # links of one listing page considered; a page with more is read this far (with a warning)
MAX_QUEUE_SLACK = 1000  # URLs queued beyond what max_pages could still visit (some queued URLs are cut unvisited)


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


@runtime_checkable
class Baseline(Protocol):
    """A source that knows what the site's last whole run saw (live: the state database)."""

    def baseline(self, site: Site) -> frozenset[str] | None:
        """URLs known before this run (not removed), or None while no whole run of the site is on record."""
        ...


def default_since(today: date | None = None) -> date:
    """Three years before today: deep enough for the projects still running, shallow enough for a night."""
    today = today or date.today()
    try:
        return today.replace(year=today.year - 3)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 3, day=28)


@dataclass(frozen=True)
class WalkOptions:
    max_pages: int | None = None  # overrides each site's max_pages
    max_depth: int = 8
    # Live walks: a listing page whose items are all dated before this ends the listing (None: no bound).
    since: date | None = field(default_factory=default_since)
    # False (--no-personal-data): private persons' e-mails and phones leave every record (extract.personal_data).
    personal_data: bool = True


class SiteWalk:
    """One site's walk: the queue, the counters, and the records it ends with ({id: JSON line})."""

    def __init__(
        self,
        site: Site,
        source: Source,
        *,
        previous: dict[str, str] | Callable[[], dict[str, str]],
        options: WalkOptions,
        on_page: Callable[[str, str], None] | None = None,
        pool: ExtractPool | None = None,
    ) -> None:
        self.site = site
        self.pool = pool  # live runs: pages are read in its worker processes (scraper.extract_pool)
        self._pending: set[asyncio.Task[None]] = set()  # articles handed to the pool, not yet applied
        self.source = source
        # The site's earlier records, read when its walk starts (a callable: read then, not all sites at once).
        self._load = previous if callable(previous) else None
        self.previous: dict[str, str] = {} if callable(previous) else previous
        self.options = options
        self.on_page = on_page or (lambda site, url: None)
        self.report = SiteReport(site=site.id)
        self.lines: dict[str, str] = {}
        self.visited: set[str] = set()
        self._starts = {canonical_url(url) for url in site.start_urls}
        self._baseline: frozenset[str] | None = None  # item URLs a whole earlier live run knew
        self._ended: dict[str, str] = {}  # listing key -> why its later pages are not read ("since", "known")
        self._listed: dict[str, set[str]] = {}  # listing key -> item URLs its pages read so far gave

    async def run(self) -> SiteReport:
        """Walk the site; the caller calls `finish` afterwards, also when the walk was cancelled.

        Articles still being read in the pool are waited for, also when the walk is cancelled:
        a page fetched and saved gives its records, as when it was read on the loop.
        """
        self._load_previous()
        try:
            return await self._run()
        finally:
            while self._pending:
                await asyncio.gather(*self._pending)

    async def _run(self) -> SiteReport:
        site, source, report = self.site, self.source, self.report
        limit = self.options.max_pages or site.max_pages
        queue: deque[tuple[str, int]] = deque()
        seen: set[str] = set()
        overflow = 0  # URLs not queued: the queue already held more than could ever be visited

        def enqueue(url: str, depth: int) -> None:
            nonlocal overflow
            if url in seen or depth > self.options.max_depth or not role_of(site, url):
                return
            seen.add(url)
            if not may_fetch(url, site.hosts, site.scopes):  # another host, scheme or unit: never asked
                self._skip("offsite")
            elif len(queue) >= limit - len(self.visited) + MAX_QUEUE_SLACK:
                overflow += 1
                self._skip("queue_full")
            elif not self._cut(url):
                queue.append((url, depth))

        if reason := await source.unreachable(site, report):
            report.add_error("unreachable")
            report.problems.append(reason)
            self._unreachable(reason)
            return report
        if source.mode == "live" and isinstance(source, Baseline):
            known = source.baseline(site)
            if known and any(role_of(site, url) == "article" for url in known):
                self._baseline = known
        for url in site.start_urls:
            enqueue(canonical_url(url), 0)
        for url in await source.seeds(site, report):
            enqueue(url, 1)
        while queue and len(self.visited) < limit:
            url, depth = queue.popleft()
            if self._cut(url):  # queued by page 1's numbered pager before a later page ended the listing
                continue
            for link in await self._visit(url):
                enqueue(link, depth + 1)
        if queue or overflow:
            report.stopped = f"max_pages={limit} reached, {len(queue) + overflow} queued URLs not visited"
            log.info("%s: %s", site.id, report.stopped)
        for url in source.known(site, report):
            if url in self.visited or role_of(site, url) != "article":
                continue
            if len(self.visited) >= limit:
                report.stopped = report.stopped or f"max_pages={limit} reached"
                break
            report.unlinked += 1
            await self._visit(url)
        while self._pending:  # every article read before the site's health is judged
            await asyncio.gather(*self._pending)
        if source.mode == "live" and not report.status_200 and not report.status_304 and report.page_failures:
            self._unreachable(next(iter(report.problems), "no page answered"))
        return report

    def _load_previous(self) -> None:
        if self._load is not None:
            self.previous, self._load = self._load(), None

    def release(self) -> None:
        """Drop the records (written by now) and the walk's sets: a run over many sites keeps only reports."""
        self.lines, self.previous = {}, {}
        self.visited, self._listed = set(), {}

    def _skip(self, why: str, count: int = 1) -> None:
        self.report.not_followed[why] = self.report.not_followed.get(why, 0) + count

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
            if self.pool is None or not await self.pool.started():  # no workers to be had: read on the loop
                links = self._extract(got.page, role, fresh=got.fresh)
            else:
                links = await self._extract_pooled(self.pool, got.page, role, fresh=got.fresh)
        self.on_page(self.site.id, url)
        await asyncio.sleep(0)  # a stop request (SIGINT, SIGTERM) is handled between pages, even offline
        return links

    def _reuse(self, page: StoredPage, role: Role, known: PageState | None, *, fresh: bool) -> bool:
        """An unchanged article whose records were made from this very body: those records, the same bytes."""
        ids = known.record_ids if known else ()
        if role == "article" and not fresh and ids and all(_made_from(self.previous.get(key), page) for key in ids):
            self.lines.update({key: self.previous[key] for key in ids})
            return True
        return False

    async def _extract_pooled(self, pool: ExtractPool, page: StoredPage, role: Role, *, fresh: bool) -> list[str]:
        """`_extract` with the reading done in a worker; an article's records are applied when they come."""
        known = self.source.history(page.url)
        if self._reuse(page, role, known, fresh=fresh):
            return []
        crashpoints.reach("extract")  # as `run_page` does on the loop: the page saved, nothing of it read
        update = None
        if role == "article":
            update = {
                "first_seen": known.first_seen.date() if known else page.fetched_at.date(),
                "removed": known.removed if known else None,
            }
        site, personal_data = self.site, self.options.personal_data
        try:
            if role == "article":  # its records are applied when they come: it may wait a few ms to go in a batch
                article = await pool.read(page, site.info, site.extractor, role, update, personal_data)
            else:  # a listing's links and its items' dates in one task: the site's next request waits for both
                future = await pool.submit(read_listing, page, site, personal_data, self._bounds())
        except BrokenProcessPool:  # the workers are gone: this page (and the next ones) read on the loop
            return self._extract(page, role, fresh=fresh)
        if role == "article":
            task = asyncio.create_task(self._apply_later(page, article))
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)
            return []
        read = await self._read(page, future)
        if read is None or not self._usable(page, read):
            return []
        return self._bound(page, self._listing_links(page, read.links), dates=read.dates)

    async def _read(self, page: StoredPage, future: asyncio.Future[T]) -> T | None:
        """The worker's answer; None (the page counted as failed) when the pool broke under it."""
        try:
            return await future
        except BrokenProcessPool as error:
            self.report.add_error("other")
            self.report.problems.append(f"{page.url}: extraction failed: {error}")
            log.error("%s: extraction failed: %s", page.url, error)
            return None

    async def _apply_later(self, page: StoredPage, future: asyncio.Future[PageRead]) -> None:
        read = await self._read(page, future)
        if read is not None and self._usable(page, read):
            self._records(page, [line for _, line in read.lines], [key for key, _ in read.lines])

    def _usable(self, page: StoredPage, read: PageRead | Extraction) -> bool:
        """Count what a read page says of itself (an error, a fallback, limits); False when it gave nothing."""
        if isinstance(read, PageRead) and read.store_error:  # the stored body is missing or altered
            self.report.add_error("other")
            self.report.problems.append(read.store_error)
            return False
        if read.error:
            self.report.add_error("other")  # the page arrived but could not be read: a redesign?
            self.report.problems.append(f"{page.url}: {read.error}")
            log.warning("%s: %s", page.url, read.error)
            return False  # its earlier records are kept by finish()
        if read.fallback:  # the site was redesigned: the page is kept, the operator is told
            self.report.fallbacks += 1
            self.report.problems.append(f"{page.url}: read by the generic extractor: {read.fallback}")
        if read.limits:  # over a cap or its time budget: read by the cheap path (extract.bounds)
            self.report.bounded += 1
            self.report.problems += [f"{page.url}: {why}" for why in read.limits]
        return True

    def _listing_links(self, page: StoredPage, links: list[str]) -> list[str]:
        if len(links) > MAX_PAGE_LINKS:  # a hostile or sitemap-like page: its first links are read
            self._skip("over_max_page_links", len(links) - MAX_PAGE_LINKS)
            self.report.problems.append(f"{page.url}: {len(links)} links, only the first {MAX_PAGE_LINKS} read")
            log.warning("%s: %d links, only the first %d read", page.url, len(links), MAX_PAGE_LINKS)
            links = links[:MAX_PAGE_LINKS]
        return links

    def _records(self, page: StoredPage, lines: list[str], ids: list[str]) -> None:
        """Take an article's records (JSON lines), count them new or changed, remember their ids."""
        for key, line in zip(ids, lines, strict=True):
            old = self.previous.get(key)
            if old is None:
                self.report.records_new += 1
            elif old != line:
                self.report.records_changed += 1
            self.lines[key] = line
        self.source.remember(page.url, ids)

    def _extract(self, page: StoredPage, role: Role, *, fresh: bool) -> list[str]:
        known = self.source.history(page.url)
        if self._reuse(page, role, known, fresh=fresh):  # unchanged: the same bytes as last run
            return []
        try:
            result = extract_stored(page, self.site, role=role)
        except StoreError as error:  # the stored body is missing or altered since it was saved
            self.report.add_error("other")
            self.report.problems.append(str(error))
            return []
        if not self._usable(page, result):
            return []
        if role == "listing":
            return self._bound(page, self._listing_links(page, result.links))
        update = {
            "first_seen": known.first_seen.date() if known else page.fetched_at.date(),
            "removed": known.removed if known else None,
        }
        records: list[Record] = [r.model_copy(update=update) for r in result.records]
        if not self.options.personal_data:
            from extract.personal_data import drop_personal_data

            records = [drop_personal_data(record) for record in records]
        self._records(page, [jsonl.record_line(record) for record in records], [r.id for r in records])
        return []

    def _bounds(self) -> bool:
        """May this walk end a listing early (a live walk with `since` or the known items)?"""
        return self.source.mode == "live" and (self.options.since is not None or self._baseline is not None)

    def _items_to_bound(self, links: list[str]) -> list[str]:
        """A live listing page's items (article links) when `since` or the known items may bound it, else none."""
        return page_items(self.site, links) if self._bounds() else []

    def _bound(self, page: StoredPage, links: list[str], *, dates: dict[str, date] | None = None) -> list[str]:
        """A live listing page's links, minus what `since` or the known items say not to read (module docstring).

        `dates`: the items' dates when already read (in a worker); read here otherwise.
        """
        since = self.options.since
        items = self._items_to_bound(links)
        if not items:  # offline, no bound asked, or an index of other listings / a page past the end
            return links
        key = self._listing_of(page.url)
        listed = self._listed.setdefault(key, set())
        if dates is None:
            dates = item_dates(page, set(items), self.site.hosts)
        dated = [url for url in items if url in dates]
        why: str | None = None
        if _ascending([dates[url] for url in dated]):
            why = None  # oldest first: the new items are on the last page, not the first
        elif since is not None and dated and all(dates[url] < since for url in dated):
            why = "since"
        elif self._baseline is not None and all(url in self._baseline or url in listed for url in items):
            why = "known"
        listed.update(items)
        if why is None:
            return links
        self._ended.setdefault(key, why)
        log.info("%s: %s: listing ends here (%s)", self.site.id, page.url, why)
        if why != "since":
            return links
        self.report.not_followed["since_items"] = self.report.not_followed.get("since_items", 0) + len(dated)
        old = set(dated)  # the undated items of the page are fetched: nothing says they are old
        return [url for url in links if url not in old]

    def _listing_of(self, url: str) -> str:
        """The key of the listing a listing page belongs to: its URL without the page number."""
        return _later_page(self.site, url) or _listing_key(url)

    def _cut(self, url: str) -> bool:
        """Is `url` a later page of a listing that has ended? Counted once per URL (the caller dedups)."""
        if url in self._starts or role_of(self.site, url) != "listing":
            return False
        key = _later_page(self.site, url)
        why = self._ended.get(key) if key else None
        if why is None:
            return False
        name = f"{why}_pages"
        self.report.not_followed[name] = self.report.not_followed.get(name, 0) + 1
        return True

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
        self._load_previous()  # a walk that never started (interrupted first) keeps every earlier record
        if interrupted:
            self.report.stopped = "interrupted"
        stopped = self.report.stopped is not None

        def keep(url: str) -> bool:
            return stopped or not self.source.may_drop(self.site, url)

        self.lines, self.report.records_kept = dataset.merge(self.previous, self.lines, keep)
        if not self.options.personal_data:  # earlier records kept or reused hold what they held
            from extract.personal_data import redact_line

            self.lines = {key: redact_line(line) for key, line in self.lines.items()}
        self.report.records_total = len(self.lines)
        self.report.warnings, self.report.fill_rates = record_facts(self.lines.values())  # the lines it writes
        return self.report


def _made_from(line: str | None, page: StoredPage) -> bool:
    """Was this earlier record made from this very body?  Not when a run was killed after the state
    learnt of a new body and before the dataset was written: then the page is extracted again."""
    return line is not None and jsonl.loads(line).get("content_sha256") == page.content_sha256


# -- listings: which pages are later pages of one listing, and the dates of its items -------------

# Query parameters that number a listing's pages, and those that only size them (`?page=2&size=20`).
_PAGE_PARAMS = frozenset({"page", "strona", "str", "start", "offset", "limitstart", "paged", "pg", "pagenum", "pageno"})
_SIZE_PARAMS = frozenset({"size", "limit", "per_page", "perpage", "ilosc", "items_per_page"})
_PAGE_PATH = re.compile(r"/(?:page|strona|str)[/,-]?\d{1,5}/?$", re.IGNORECASE)  # /page/2/, /strona/2, /strona-2
_NUMBER_PATH = re.compile(r"(?:[-_,]\d{1,5}(?P<ext>\.[a-z]{2,5})?|/\d{1,5}/?)$", re.IGNORECASE)  # -2.html, ,2, /2


def _listing_key(url: str, path: str | None = None, query: list[tuple[str, str]] | None = None) -> str:
    """One listing however its first page is printed (www., a trailing slash, parameter order)."""
    parts = urlsplit(url)
    pairs = sorted(parse_qsl(parts.query, keep_blank_values=True) if query is None else query)
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{(parts.path if path is None else path).rstrip('/')}?{urlencode(pairs)}"


def _later_page(site: Site, url: str) -> str | None:
    """The listing key of `url` when it is page N of a listing (its page number taken out), else None.

    A named page parameter (`?strona=2`, `?start=20`) or path (`/page/2/`, `/strona/2`) is enough; a
    bare number (`-2.html`, `/2`) only when the URL without it is a listing of the site, so that
    `/kategoria-12` and `/kategoria-13` stay two listings.  An unrecognised shape is never cut.
    """
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    numbered = [(k, v) for k, v in pairs if k.lower() in _PAGE_PARAMS and v.isdigit()]
    if numbered:
        rest = [(k, v) for k, v in pairs if (k, v) not in numbered and k.lower() not in _SIZE_PARAMS]
        return _listing_key(url, query=rest)
    if match := _PAGE_PATH.search(parts.path):
        return _listing_key(url, path=parts.path[: match.start()])
    if match := _NUMBER_PATH.search(parts.path):
        path = parts.path[: match.start()] + (match.group("ext") or "")
        first = urlunsplit((parts.scheme, parts.netloc, path or "/", parts.query, ""))
        if role_of(site, canonical_url(first)) == "listing":
            return _listing_key(url, path=path)
    return None


def page_items(site: Site, links: list[str]) -> list[str]:
    """A listing page's items: its links (the first MAX_PAGE_LINKS, as the walk reads them) that are articles."""
    return [url for url in links[:MAX_PAGE_LINKS] if role_of(site, url) == "article"]


def _ascending(dates: list[date]) -> bool:
    """Does the page list oldest first (more steps forward in time than back)?"""
    steps = list(pairwise(dates))
    return sum(a < b for a, b in steps) > sum(a > b for a, b in steps)


def _first_day(node: LexborNode) -> date | None:
    text = " ".join(node.text(deep=True, separator=" ").split())
    for mention in find_dates(text[:MAX_BLOCK_TEXT]):
        if mention.value is not None and mention.precision == "day":
            return mention.value
    return None


def item_dates(page: StoredPage, items: set[str], hosts: frozenset[str]) -> dict[str, date]:
    """The date a listing page shows for each of its items; an item with none is left out.

    First the discovery's reading of the page (repeated blocks of link, title and date), then, for
    the items it did not date, the first date in the smallest block around the link that holds no
    other item.  Bounded by MAX_LINKS anchors and MAX_CLIMB levels each.
    """
    try:
        tree = LexborHTMLParser(decode_html(page.body(), page.content_type).text)
    except StoreError:
        return {}
    # href -> absolute URL: the discovery's reading and the climbs meet the same anchors again and again
    resolved: dict[str, str | None] = {}

    def resolve(href: str) -> str | None:
        if href not in resolved:
            resolved[href] = absolute(page.url, href)
        return resolved[href]

    def url_of(anchor: LexborNode) -> str | None:
        return resolve(anchor.attributes.get("href") or "")

    dates = {item.url: item.published for item in listing_items(tree, page.url, hosts, resolve) if item.published}
    dates = {url: day for url, day in dates.items() if url in items}

    for anchor in tree.css("a[href]")[:MAX_LINKS]:
        url = url_of(anchor)
        if url is None or url not in items or url in dates:
            continue
        block: LexborNode | None = anchor
        for _ in range(MAX_CLIMB):
            if block is None:
                break
            inside = {url_of(a) for a in block.css("a[href]")[:MAX_LINKS]}
            if inside & (items - {url}):
                break  # the block holds another item: a date here could be that item's
            if (day := _first_day(block)) is not None:
                dates[url] = day
                break
            block = block.parent
    return dates


async def walk_sites(
    walks: list[SiteWalk], *, at_once: int | None = None, done: Callable[[SiteWalk], None] | None = None
) -> list[SiteReport]:
    """Walk the sites concurrently (per-host politeness lives in the shared Fetcher), at most `at_once` at a time.

    `done(walk)` is called as each walk ends (its caller finishes and writes it there, so a run over
    many sites holds the records of the sites being walked only); a cancelled walk is not passed to it.
    """
    gate = asyncio.Semaphore(at_once) if at_once else None

    async def one(walk: SiteWalk) -> SiteReport:
        if gate is None:
            report = await walk.run()
        else:
            async with gate:
                report = await walk.run()
        if done is not None:
            done(walk)
        return report

    return list(await asyncio.gather(*(one(walk) for walk in walks)))
