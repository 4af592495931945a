"""What each simulated unit really holds, so discovery and whole runs can be scored against it.

Templates fill a `TruthBuilder` while they render, so the truth can never disagree with the
pages served.  Every URL here is the item's primary URL (http://host/path, no noise
parameters); `aliases` maps the other URLs that serve the same document to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

#: The web's URLs are plain http: served by one loopback server without TLS, so an operator can
#: point `scrape --resolve` (curl-like, HTTP only) at it as at any staging server.
SCHEME = "http"

SectionKind = Literal["news", "funding", "bip", "welfare"]
SiteRole = Literal["main", "bip", "welfare"]


@dataclass(frozen=True)
class SiteTruth:
    """One crawlable site of a unit: its main site, its BIP or its welfare centre."""

    role: SiteRole
    url: str  # start URL (the homepage)
    host: str
    scope: str  # every URL of the site starts with this (host plus a path on shared hosts)
    shared_host: bool  # the host also serves other units (a shared BIP platform, samorzad portal)
    sections: Mapping[str, tuple[str, ...]]  # "news"/"funding" -> first-page URLs of the site's sections
    listing_pages: Mapping[str, tuple[str, ...]]  # section URL -> all its listing page URLs, in order
    news_items: frozenset[str]  # items reached from a news listing
    project_items: frozenset[str]  # items about projects and funding (a static funding page is one)
    pagination: Mapping[str, str]  # section URL -> rule: "page/N", "?page=N-1", "?start=offset", ...
    item_pattern: Mapping[str, str]  # section URL -> regex its item URLs match
    platform: str = "unknown"  # what `scraper.platform.fingerprint` should say of the site's homepage

    @property
    def items(self) -> frozenset[str]:
        return self.news_items | self.project_items


@dataclass(frozen=True)
class UnitTruth:
    """One unit: where its sections are, which URLs are items, which hosts are its own."""

    teryt: str
    name: str
    level: str
    voivodeship: str
    template: str
    platform: str  # the fingerprint discovery should record
    homepage: str
    sections: Mapping[str, tuple[str, ...]]  # news, funding, bip, welfare -> URLs (bip/welfare: homepages)
    sites: tuple[SiteTruth, ...]
    aliases: Mapping[str, str]  # another URL of the same document -> its primary URL
    bip_url: str
    bip_host: str
    welfare_url: str
    welfare_host: str
    bip_hint: str  # what a guessed BIP list says: the real BIP, or a dead host (hazard dead_guessed_bip)
    dead_hosts: frozenset[str]  # guessed hosts nothing answers on
    forbidden_hosts: frozenset[str]  # linked from the unit but not its own (sibling school, other units)
    feeds: tuple[str, ...]  # feed URLs linked from the homepage's <head>
    sitemaps: tuple[str, ...]  # sitemap URLs (robots.txt or the /sitemap.xml guess)
    hazards: frozenset[str]

    @property
    def hosts(self) -> frozenset[str]:
        """Hosts the unit's sites live on (shared hosts included: check `scopes` there)."""
        return frozenset(site.host for site in self.sites)

    @property
    def scopes(self) -> tuple[str, ...]:
        """URL prefixes of the unit's own sites: a request outside all of them left the unit."""
        return tuple(site.scope for site in self.sites)

    @property
    def news_items(self) -> frozenset[str]:
        return frozenset().union(*(site.news_items for site in self.sites))

    @property
    def project_items(self) -> frozenset[str]:
        return frozenset().union(*(site.project_items for site in self.sites))

    @property
    def items(self) -> frozenset[str]:
        return self.news_items | self.project_items

    @property
    def listing_pages(self) -> frozenset[str]:
        return frozenset(url for site in self.sites for pages in site.listing_pages.values() for url in pages)

    def site(self, role: SiteRole) -> SiteTruth:
        return next(site for site in self.sites if site.role == role)

    def primary(self, url: str) -> str:
        """The primary URL of `url` (itself when it is not an alias)."""
        return self.aliases.get(url, url)

    def owns(self, url: str) -> bool:
        """Is `url` inside one of the unit's sites?  The robots.txt of their hosts counts (politeness needs it)."""
        if any(url == f"{SCHEME}://{host}/robots.txt" for host in self.hosts):
            return True
        return any(url == scope.rstrip("/") or url.startswith(scope) for scope in self.scopes)


@dataclass
class SiteBuilder:
    """Mutable `SiteTruth` while a template renders the site."""

    role: SiteRole
    url: str
    host: str
    scope: str
    shared_host: bool = False
    sections: dict[str, list[str]] = field(default_factory=dict)
    listing_pages: dict[str, list[str]] = field(default_factory=dict)
    news_items: set[str] = field(default_factory=set)
    project_items: set[str] = field(default_factory=set)
    pagination: dict[str, str] = field(default_factory=dict)
    item_pattern: dict[str, str] = field(default_factory=dict)
    platform: str = "unknown"

    def freeze(self) -> SiteTruth:
        return SiteTruth(
            role=self.role,
            url=self.url,
            host=self.host,
            scope=self.scope,
            shared_host=self.shared_host,
            sections={k: tuple(v) for k, v in self.sections.items()},
            listing_pages={k: tuple(v) for k, v in self.listing_pages.items()},
            news_items=frozenset(self.news_items),
            project_items=frozenset(self.project_items),
            pagination=dict(self.pagination),
            item_pattern=dict(self.item_pattern),
            platform=self.platform,
        )
