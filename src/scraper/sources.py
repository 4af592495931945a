"""The two sources of a walk's pages: the network through the polite fetcher, and the raw store.

`LiveSource` fetches (conditionally, when the state database knows the page), saves new bodies
to the raw store before the state, and reports 304s as unchanged pages; `OfflineSource` reads
what a live run saved (or the shipped fixtures).  Both count what they do into the site's report.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime

from extract.urls import origin_of
from scraper.canonical import canonical_url
from scraper.errors import BENIGN_ERRORS
from scraper.fetch import Fetcher, FetchResult
from scraper.registry import Site
from scraper.report import SiteReport
from scraper.scopes import may_fetch
from scraper.state import PageState, State
from scraper.store import RawStore, StoredPage, StoreError
from scraper.walk import Got, Mode

log = logging.getLogger(__name__)

_LATER_THAN_ANY_RUN = 2**62  # this run's own count is written only after its walk
_LOC = re.compile(rb"<(?:loc|link)>\s*([^<\s]+)\s*</(?:loc|link)>|<link[^>]+href=\"([^\"]+)\"", re.IGNORECASE)
# XML's predefined entities and character references: the only ones read.  Any other (`&lol9;`, `&xxe;`)
# would need the document's DTD, which is never read: a URL holding one is dropped, never expanded.
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ENTITY = re.compile(r"&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z_][\w.-]*);")
MAX_FEED_LINKS = 50_000  # the sitemap protocol's own limit per file; a longer list is cut


def _unescape(text: str) -> str | None:
    """Predefined entities and character references replaced; None when another (a DTD's) entity is used."""
    unknown = False

    def one(match: re.Match[str]) -> str:
        nonlocal unknown
        name = match.group(1)
        if name.startswith("#"):
            code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
            return chr(code) if 0 < code < 0x110000 else ""
        if name in _PREDEFINED:
            return _PREDEFINED[name]
        unknown = True
        return ""

    result = _ENTITY.sub(one, text)
    return None if unknown else result


def feed_links(body: bytes, limit: int = MAX_FEED_LINKS) -> list[str]:
    """URLs listed by a sitemap (<loc>) or an RSS/Atom feed (<link>): enough for discovery, no XML parser needed.

    Read with a regular expression, never an XML parser, so no DTD is loaded and no entity expanded
    (a billion laughs or an external entity stays inert); at most `limit` URLs, http(s) only.
    """
    found: list[str] = []
    for match in _LOC.finditer(body):
        if len(found) >= limit:
            log.warning("a sitemap or feed lists more than %d URLs; the rest is not read", limit)
            break
        raw = _unescape((match.group(1) or match.group(2)).decode("utf-8", "replace"))
        if raw is None:
            continue
        try:
            url = canonical_url(raw)
        except ValueError:
            continue
        if url.startswith(("http://", "https://")):
            found.append(url)
    return found


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class LiveSource:
    """Pages from the network: robots.txt, politeness and retries in the shared Fetcher; bodies to the store."""

    mode: Mode = "live"

    def __init__(self, fetcher: Fetcher, store: RawStore, state: State) -> None:
        self.fetcher, self.store, self.state = fetcher, store, state

    async def unreachable(self, site: Site, report: SiteReport) -> str | None:
        """RFC 9309: a robots.txt that cannot be read (network, 5xx) means "do not crawl now"."""
        reasons = []
        for url in site.start_urls:
            await self.fetcher.allowed(url, delay=site.delay)
            rules = self.fetcher.robots_rules(url)
            if rules is None or not rules.unreachable:
                return None
            if rules.blocked:  # not a public address: said as it is, not as a robots.txt failure
                reasons.append(rules.reason)
                continue
            cause = rules.reason.removeprefix("unreachable (").removesuffix(")").removeprefix("connect: ")
            reasons.append(f"robots.txt of {origin_of(url)}: {cause}")
        return reasons[0] if reasons else None

    async def seeds(self, site: Site, report: SiteReport) -> list[str]:
        links: list[str] = []
        for url in (*site.sitemaps, *site.feeds):
            result = await self.fetcher.fetch(
                url, allowed_hosts=site.hosts, delay=site.delay, accept="xml", scopes=site.scopes
            )
            _count(report, result)
            if result.body:
                listed = feed_links(result.body)
                mine = [link for link in listed if may_fetch(link, site.hosts, site.scopes)]
                if len(mine) < len(listed):
                    report.not_followed["offsite"] = report.not_followed.get("offsite", 0) + len(listed) - len(mine)
                links += mine
        return links

    async def get(self, site: Site, url: str, report: SiteReport) -> Got:
        state = self.state
        etag, last_modified = state.validators(url)
        try:
            stored = self.store.get(site.id, url)
            if stored is not None and (etag or last_modified):
                stored.body()  # a 304 would point at this body: it must be whole and match its hash
        except (
            StoreError
        ) as error:  # a broken entry (an unreadable line or sidecar, a lost or altered body): fetched whole, saved anew
            log.warning("%s: %s; fetching the page again", url, error)
            report.problems.append(f"{url}: {error}; fetched again")
            stored = None
        if stored is None:  # no body to fall back on: ask for the whole page
            etag = last_modified = None
        result = await self.fetcher.fetch(
            url,
            allowed_hosts=site.hosts,
            delay=site.delay,
            etag=etag,
            last_modified=last_modified,
            scopes=site.scopes,
        )
        _count(report, result)
        when = result.fetched_at or _now()
        if result.status in (404, 410):
            if state.gone(url, site.id, status=result.status, when=when):
                report.pages_removed += 1
            return Got(gone=when.date())
        if result.error_class in BENIGN_ERRORS:  # refused by policy (robots, scope, not HTML): keep nothing
            return Got()
        if result.error or result.status not in (200, 304):  # its earlier records are kept by the walk
            log.warning("%s: %s", url, result.error or f"status {result.status}")
            return Got()
        if result.status == 304:
            change = state.seen(url, site.id, status=304, when=when, etag=None, last_modified=None, content_sha256=None)
        else:
            assert result.body is not None
            digest = hashlib.sha256(result.body).hexdigest()
            # Body first, then the state: a run killed in between re-fetches the page next time,
            # never believes an unsaved body is stored.
            if stored is None or stored.content_sha256 != digest or not _intact(stored):
                # in a thread: two fsyncs a page would stop every other fetch while the disk answers
                stored = await asyncio.to_thread(
                    self.store.save,
                    site.id,
                    url,
                    result.body,
                    status=200,
                    headers=result.headers,
                    fetched_at=result.fetched_at,
                    content_sha256=digest,
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
        if change == "new":
            report.pages_new += 1
        elif change == "changed":
            report.pages_changed += 1
        else:
            report.pages_unchanged += 1
        assert stored is not None
        return Got(page=stored, fresh=change in ("new", "changed"))

    def known(self, site: Site, report: SiteReport) -> Iterator[str]:
        """Articles of earlier runs, asked again (conditionally) so a page that is gone is marked removed."""
        return (page.url for page in self.state.pages(site.id) if page.removed is None)

    def baseline(self, site: Site) -> frozenset[str] | None:
        """Pages known before this run, once a whole, healthy live run of the site is on record.

        A first run cut short (max_pages, a stop, failed pages) leaves older listing pages unread:
        until one run is whole, later runs read listings down to `since` instead of stopping at
        what they know.
        """
        if self.state.last_site_count(site.id, before_run=_LATER_THAN_ANY_RUN) is None:
            return None
        return frozenset(page.url for page in self.state.pages(site.id) if page.removed is None)

    def history(self, url: str) -> PageState | None:
        return self.state.get(url)

    def remember(self, url: str, record_ids: list[str]) -> None:
        self.state.set_records_later(url, record_ids)  # with the next page's seen: one commit a page

    def may_drop(self, site: Site, url: str) -> bool:
        return False  # a live run never sees a site's whole history: gone pages are marked, not dropped


class OfflineSource:
    """Pages from a raw store (a live run's, or the shipped fixtures); the state, if any, gives their history."""

    mode: Mode = "offline"

    def __init__(self, store: RawStore, state: State | None = None) -> None:
        self.store, self.state = store, state
        self._holds_readable: dict[str, bool] = {}

    async def unreachable(self, site: Site, report: SiteReport) -> str | None:
        return None

    async def seeds(self, site: Site, report: SiteReport) -> list[str]:
        return []

    async def get(self, site: Site, url: str, report: SiteReport) -> Got:
        try:
            page: StoredPage | None = self.store.get(site.id, url)
        except StoreError as error:
            report.add_error("other")
            report.problems.append(str(error))
            return Got()
        if page is None:
            report.not_saved += 1
            return Got()
        if page.status != 200:
            report.add_error("other")
            report.problems.append(f"{url}: stored response has status {page.status}")
            return Got()
        report.status_200 += 1
        return Got(page=page)

    def known(self, site: Site, report: SiteReport) -> Iterator[str]:
        """Every saved page of the site; a broken entry (its URL unknown) is counted as a failed page."""
        for entry in self.store.scan(site.id):
            if isinstance(entry, StoreError):
                if str(entry) not in report.problems:  # the walk may have met it through a listing already
                    report.add_error("other")
                    report.problems.append(str(entry))
                continue
            yield entry.url

    def history(self, url: str) -> PageState | None:
        return self.state.get(url) if self.state else None

    def remember(self, url: str, record_ids: list[str]) -> None:
        return None  # an offline run never writes the state

    def may_drop(self, site: Site, url: str) -> bool:
        """A complete replay replaces the site's records: a page no longer in the store drops its record.

        A store that holds nothing for the site drops nothing (it was never saved here, not removed), nor
        one whose entries for it are all unreadable (a damaged entries file is not a site emptied on purpose).
        """
        if site.id not in self._holds_readable:
            self._holds_readable[site.id] = self.store.holds_readable(site.id)
        return self._holds_readable[site.id] and not self.store.holds(site.id, url)


def _intact(page: StoredPage) -> bool:
    """Is the stored body whole and the one its entry records (an unchanged page is not saved again)?"""
    try:
        page.body()
    except StoreError:
        return False
    return True


def _count(report: SiteReport, result: FetchResult) -> None:
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
