"""What a site's URL is (a listing, an article, neither) and how a stored page becomes records."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.page import SiteInfo
from scraper import crashpoints, offline_pool
from scraper.canonical import canonical_set
from scraper.registry import Site
from scraper.store import StoredPage

if TYPE_CHECKING:  # the extractor is imported where a page is read: a live run's own process never reads one
    from extract.pipeline import Extraction, Role


def role_of(site: Site, url: str) -> Role | None:
    if site.is_article(url):
        return "article"
    if site.is_listing(url) or url in canonical_set(site.start_urls):
        return "listing"
    return None


def run_page(page: StoredPage, site: SiteInfo, *, extractor: str | None, role: Role) -> Extraction:
    """An extractor over a stored body, with the headers and time it was fetched with; StoreError if the body is bad."""
    crashpoints.reach("extract")  # a test can stop a run here (SCRAPE_CRASH_AT); nothing otherwise
    return extract_page(page, site, extractor=extractor, role=role)


def extract_page(page: StoredPage, site: SiteInfo, *, extractor: str | None, role: Role) -> Extraction:
    """`run_page` without its crash point: what a worker of `scraper.offline_pool` runs."""
    from extract.pipeline import extract

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


def extract_stored(page: StoredPage, site: Site, *, role: Role) -> Extraction:
    """The site's page object (or its registry extractor) over a stored body; the offline pool's result if any."""
    done = offline_pool.take(site.id, page, site.extractor, role)
    if done is not None:
        crashpoints.reach("extract")
        return done
    return run_page(page, site.info, extractor=site.extractor, role=role)
