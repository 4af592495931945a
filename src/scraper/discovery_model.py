"""What discovery found for one site, as frozen data: reviewable JSON, and a Site the walker can crawl.

The operator reads (and may pin) this per site, so every verdict carries its evidence and a
confidence; `Discovery.apply` turns the confirmed sections into the start URLs and the
follow/articles regexes the existing walker understands, so no one writes them by hand.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any, Literal, cast, get_args
from urllib.parse import urlsplit

from scraper.discover_links import SectionKind
from scraper.discover_listing import NO_PAGINATION, Item, Pagination, host_regex
from scraper.platform import UNKNOWN_PLATFORM, Platform
from scraper.registry import Site

SCHEMA = 1
Shape = Literal["listing", "static"]
ExtraKind = Literal["bip", "welfare"]


@dataclass(frozen=True)
class Section:
    """One section of a site: a listing (repeated dated items, paged) or a static page linking to items."""

    kind: SectionKind
    url: str
    shape: Shape
    confidence: float  # 0..1
    item_pattern: str | None = None  # anchored regex of the section's item URLs
    pagination: Pagination = NO_PAGINATION
    sample_items: tuple[Item, ...] = ()
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExtraSite:
    """A BIP or welfare centre on another host: its own registry entry (own politeness), same TERYT, exact host."""

    kind: ExtraKind
    site_id: str  # suggested registry id, e.g. "gmina-x-bip"
    name: str
    url: str  # where the parent's link pointed (a path on a shared BIP host stays in it)
    host: str  # exact netloc: sibling subdomains (schools, other units) are never allowed
    teryt: str | None
    platform: Platform = UNKNOWN_PLATFORM
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()
    # "host/path/" when the homepage lies below its host's root (a unit on a shared platform): the
    # site is only that path, never the other units of the host (scraper.scopes).  None: the whole host.
    scope: str | None = None

    def site(self, parent: Site) -> Site:
        """A registry entry for this host (or its path), discovered on its own (start URL only, no regexes yet)."""
        return replace(
            parent,
            id=self.site_id,
            name=self.name,
            start_urls=(self.url,),
            follow=(),
            articles=(),
            extractor="generic",
            teryt=self.teryt,
            allowed_hosts=(self.host,),
            scopes=(self.scope,) if self.scope else (),
            sitemaps=(),
            feeds=(),
            selectors={},
        )


@dataclass(frozen=True)
class Discovery:
    """Everything found for one site on one day; `problems` lists what failed (a dead host, a 404 section)."""

    site_id: str
    teryt: str | None
    discovered: date
    home: str
    platform: Platform = UNKNOWN_PLATFORM
    sections: tuple[Section, ...] = ()
    extra_sites: tuple[ExtraSite, ...] = ()
    sitemaps: tuple[str, ...] = ()  # fetched and holding item URLs
    feeds: tuple[str, ...] = ()  # RSS/Atom feeds whose items match an item pattern
    requests: int = 0
    problems: tuple[str, ...] = ()
    pinned: bool = False  # set by the operator: rediscovery keeps this file
    schema: int = SCHEMA
    notes: tuple[str, ...] = field(default=())  # what was tried and not kept (reviewable)

    def section(self, kind: SectionKind) -> Section | None:
        """The most confident section of a kind."""
        found = [s for s in self.sections if s.kind == kind]
        return max(found, key=lambda s: s.confidence) if found else None

    @property
    def crawlable(self) -> tuple[Section, ...]:
        """The news and funding sections the walker should start from."""
        return tuple(s for s in self.sections if s.kind in ("news", "funding"))

    def apply(self, site: Site) -> Site:
        """A copy of `site` whose start URLs and follow/articles regexes come from the discovered sections.

        A discovery with no news or funding section leaves the site as it is (the hand-written
        or generated entry is better than nothing).
        """
        if site.id != self.site_id:
            raise ValueError(f"discovery of {self.site_id!r} applied to site {site.id!r}")
        sections = sorted(self.crawlable, key=lambda s: (s.kind != "news", -s.confidence))
        if not sections:
            return site
        # a static page that links to no items is itself the item (a page describing the projects)
        pages = [s for s in sections if s.shape == "static" and not s.item_pattern]
        follow = [exact_url_regex(s.url) for s in sections if s not in pages]
        follow += [s.pagination.pattern for s in sections if s.pagination.pattern]
        articles = [s.item_pattern for s in sections if s.item_pattern] + [exact_url_regex(s.url) for s in pages]
        hosts = {urlsplit(s.url).netloc for s in sections} - {urlsplit(u).netloc for u in site.start_urls}
        return replace(
            site,
            start_urls=tuple(dict.fromkeys(s.url for s in sections)),
            follow=tuple(re.compile(p) for p in dict.fromkeys(follow)),
            articles=tuple(re.compile(p) for p in dict.fromkeys(articles)),
            allowed_hosts=tuple(dict.fromkeys((*site.allowed_hosts, *sorted(hosts)))),
            sitemaps=self.sitemaps or site.sitemaps,
            feeds=self.feeds or site.feeds,
        )

    def to_json(self) -> dict[str, Any]:
        """Plain JSON types only (dates as ISO strings)."""
        data = asdict(self)
        data["discovered"] = self.discovered.isoformat()
        for section in data["sections"]:
            for item in section["sample_items"]:
                item["published"] = item["published"].isoformat() if item["published"] else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Discovery:
        """The inverse of `to_json`; ValueError (or KeyError/TypeError) on a file that is not one.

        A hand-edited file is checked before anything uses it: every regex compiles and every kind
        and shape is one of the known ones; the error names the key (`sections[0].item_pattern`).
        """
        if data.get("schema") != SCHEMA:
            raise ValueError(f"schema {data.get('schema')!r}, expected {SCHEMA}")
        sections = tuple(_section(s, f"sections[{n}]") for n, s in enumerate(data["sections"]))
        extras = tuple(
            ExtraSite(
                kind=_one_of(e["kind"], ExtraKind, f"extra_sites[{n}].kind"),
                site_id=e["site_id"],
                name=e["name"],
                url=e["url"],
                host=e["host"],
                teryt=e["teryt"],
                platform=_platform(e["platform"]),
                confidence=float(e["confidence"]),
                evidence=tuple(e["evidence"]),
                scope=_scope(e.get("scope"), f"extra_sites[{n}].scope"),
            )
            for n, e in enumerate(data["extra_sites"])
        )
        return cls(
            site_id=data["site_id"],
            teryt=data["teryt"],
            discovered=date.fromisoformat(data["discovered"]),
            home=data["home"],
            platform=_platform(data["platform"]),
            sections=sections,
            extra_sites=extras,
            sitemaps=tuple(data["sitemaps"]),
            feeds=tuple(data["feeds"]),
            requests=int(data["requests"]),
            problems=tuple(data["problems"]),
            pinned=bool(data["pinned"]),
            notes=tuple(data.get("notes", ())),
        )


def _one_of(value: Any, allowed: Any, key: str) -> Any:
    """`value` when it is one of the Literal's values; ValueError naming the key otherwise."""
    choices = get_args(allowed)
    if value not in choices:
        raise ValueError(f"{key}: {value!r} is not one of {', '.join(choices)}")
    return value


def _scope(value: Any, key: str) -> str | None:
    """A path scope "host/path/" (or None); ValueError naming the key otherwise."""
    if value is None:
        return None
    if not isinstance(value, str) or "/" not in value or value.startswith("/") or "://" in value:
        raise ValueError(f"{key}: {value!r} is not a path scope (host/path/)")
    return value


def _regex(value: Any, key: str) -> str | None:
    """A pattern that compiles (or None); ValueError naming the key otherwise."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key}: {value!r} is not a regex string")
    try:
        re.compile(value)
    except re.error as error:
        raise ValueError(f"{key}: bad regex {value!r} ({error})") from None
    return value


def _section(s: dict[str, Any], key: str) -> Section:
    return Section(
        kind=cast(SectionKind, _one_of(s["kind"], SectionKind, f"{key}.kind")),
        url=s["url"],
        shape=cast(Shape, _one_of(s["shape"], Shape, f"{key}.shape")),
        confidence=float(s["confidence"]),
        item_pattern=_regex(s["item_pattern"], f"{key}.item_pattern"),
        pagination=_pagination(s["pagination"], f"{key}.pagination"),
        sample_items=tuple(
            Item(i["url"], i["title"], date.fromisoformat(i["published"]) if i["published"] else None)
            for i in s["sample_items"]
        ),
        evidence=tuple(s["evidence"]),
    )


def _platform(data: dict[str, Any]) -> Platform:
    return Platform(data["name"], tuple(data["evidence"]))


def _pagination(data: dict[str, Any], key: str = "pagination") -> Pagination:
    return Pagination(
        label=data["label"],
        template=data["template"],
        base=int(data["base"]),
        step=int(data["step"]),
        next_url=data["next_url"],
        pattern=_regex(data["pattern"], f"{key}.pattern"),
        verified=bool(data["verified"]),
        past_end=data["past_end"],
        evidence=tuple(data["evidence"]),
    )


def exact_url_regex(url: str) -> str:
    """This one URL (with or without "www."), anchored: a listing's first page for the walker's `follow`."""
    parts = urlsplit(url)
    rest = url[len(f"{parts.scheme}://{parts.netloc}") :]
    return "^" + host_regex(parts.netloc) + re.escape(rest) + "$"
