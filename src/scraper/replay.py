"""The offline run: replay the raw store as a live crawl would walk it, from start URLs through listings.

Saved article pages that no saved listing links to are extracted too (and counted), so
`scrape run --offline` covers every saved page; links to pages that were never saved are
counted as missing, not errors.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from extract.model import Record
from extract.page import SiteInfo
from extract.pipeline import Extraction, Role, extract
from extract.urls import canonical_url
from scraper.registry import Site
from scraper.state import PageState
from scraper.store import RawStore, StoredPage, StoreError

History = Callable[[str], PageState | None]


@dataclass
class SiteResult:
    site: str
    pages: int = 0
    listings: int = 0
    articles: int = 0
    unlinked: int = 0  # saved articles no saved listing links to
    missing: int = 0  # linked pages that are not in the store
    errors: list[str] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    reached: set[str] = field(default_factory=set)  # URLs of the pages extracted without an error
    stopped: str | None = None  # "max_pages=1 reached, 3 queued URLs not visited"

    @property
    def warnings(self) -> int:
        return sum(len(record.warnings) for record in self.records)


def run_page(page: StoredPage, site: SiteInfo, *, extractor: str | None, role: Role) -> Extraction:
    return extract(
        page.url,
        page.body(),
        site=site,
        content_type=page.content_type,
        fetched_at=page.fetched_at,
        content_sha256=page.content_sha256,
        extractor=extractor,
        role=role,
    )


def role_of(site: Site, url: str) -> Role | None:
    if site.is_article(url):
        return "article"
    if site.is_listing(url) or url in {canonical_url(u) for u in site.start_urls}:
        return "listing"
    return None


def replay_site(
    store: RawStore,
    site: Site,
    *,
    max_pages: int | None = None,
    history: History | None = None,
    on_page: Callable[[str, str], None] | None = None,
) -> SiteResult:
    """Walk the site's saved pages; `history` (the live runs' state) supplies first_seen and removed."""
    result = SiteResult(site.id)
    limit = max_pages or site.max_pages
    queue = deque(canonical_url(url) for url in site.start_urls)
    seen: set[str] = set(queue)

    def process(page: StoredPage, role: Role) -> None:
        result.pages += 1
        if page.status != 200:
            result.errors.append(f"{page.url}: stored response has status {page.status}")
            return
        try:
            extraction = run_page(page, site.info, extractor=site.extractor, role=role)
        except StoreError as error:
            result.errors.append(str(error))
            return
        if on_page:
            on_page(site.id, page.url)
        if extraction.error:
            result.errors.append(f"{page.url}: {extraction.error}")
        else:
            result.reached.add(page.url)
        known = history(page.url) if history else None
        if known is None:
            result.records += extraction.records
        else:
            update = {"first_seen": known.first_seen.date(), "removed": known.removed}
            result.records += [record.model_copy(update=update) for record in extraction.records]
        if role == "listing":
            result.listings += 1
            for link in extraction.links:
                if link not in seen and role_of(site, link):
                    seen.add(link)
                    queue.append(link)
        else:
            result.articles += 1

    while queue and result.pages < limit:
        url = queue.popleft()
        role = role_of(site, url)
        try:
            page = store.get(site.id, url)
        except StoreError as error:
            result.errors.append(str(error))
            continue
        if page is None:
            result.missing += 1
            continue
        if role:
            process(page, role)

    if queue:
        result.stopped = f"max_pages={limit} reached, {len(queue)} queued URLs not visited"
    for entry in store.scan(site.id):
        if result.pages >= limit:
            result.stopped = result.stopped or f"max_pages={limit} reached"
            break
        if isinstance(entry, StoreError):
            result.errors.append(str(entry))
        elif entry.url not in seen and site.is_article(entry.url):
            seen.add(entry.url)
            result.unlinked += 1
            process(entry, "article")
    return result
