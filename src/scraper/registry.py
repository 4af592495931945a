"""The site registry (a TOML file): which sites to crawl, where to start, which URLs are what.

Every error names the file, the site and the key, and is raised before any request.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from extract import registry as extractors
from extract.page import SiteInfo
from extract.urls import host_of

_REQUIRED = {"id", "name", "start_urls", "follow", "articles", "extractor"}
_OPTIONAL = {
    "teryt",
    "delay",
    "max_pages",
    "allowed_hosts",
    "sitemaps",
    "feeds",
    "selectors",
    "may_be_empty",
}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class SiteRegistryError(Exception):
    """The registry file is wrong; the message says where."""


@dataclass(frozen=True)
class Site:
    id: str
    name: str
    start_urls: tuple[str, ...]
    follow: tuple[re.Pattern[str], ...]
    articles: tuple[re.Pattern[str], ...]
    extractor: str
    teryt: str | None = None
    delay: float = 1.0
    max_pages: int = 500
    allowed_hosts: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    selectors: dict[str, str] = field(default_factory=dict)
    may_be_empty: bool = False

    @property
    def info(self) -> SiteInfo:
        return SiteInfo(id=self.id, name=self.name, teryt=self.teryt, selectors=dict(self.selectors))

    @property
    def hosts(self) -> frozenset[str]:
        hosts = {host_of(url) for url in self.start_urls} | set(self.allowed_hosts)
        return frozenset(hosts | {h[4:] if h.startswith("www.") else f"www.{h}" for h in hosts})

    def is_article(self, url: str) -> bool:
        return any(p.search(url) for p in self.articles)

    def is_listing(self, url: str) -> bool:
        return any(p.search(url) for p in self.follow)


def default_path() -> Path:
    return Path(str(files("scraper").joinpath("sites.toml")))


def _fail(path: Path, site: str, key: str, message: str) -> SiteRegistryError:
    return SiteRegistryError(f"{path}: site {site!r}, key {key!r}: {message}")


def _strings(path: Path, site: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, site, key, "must be a list of strings")
    return tuple(value)


def _patterns(path: Path, site: str, key: str, value: Any) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in _strings(path, site, key, value):
        try:
            compiled.append(re.compile(pattern))
        except re.error as error:
            raise _fail(path, site, key, f"bad regular expression {pattern!r}: {error}") from error
    return tuple(compiled)


def load_sites(path: Path | None = None) -> list[Site]:
    path = path or default_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise SiteRegistryError(f"{path}: cannot read the site registry: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise SiteRegistryError(f"{path}: not valid TOML: {error}") from error
    known = extractors.load()
    sites: list[Site] = []
    seen: set[str] = set()
    for index, entry in enumerate(data.get("site", [])):
        name = str(entry.get("id", f"#{index + 1}"))
        if unknown := set(entry) - _REQUIRED - _OPTIONAL:
            raise _fail(path, name, sorted(unknown)[0], "unknown key")
        if missing := _REQUIRED - set(entry):
            raise _fail(path, name, sorted(missing)[0], "missing")
        if not isinstance(entry["id"], str) or not _ID.match(entry["id"]):
            raise _fail(path, name, "id", "must be lower-case letters, digits and hyphens")
        if name in seen:
            raise _fail(path, name, "id", "duplicate id")
        seen.add(name)
        if entry["extractor"] not in known:
            raise _fail(
                path,
                name,
                "extractor",
                f"unknown extractor {entry['extractor']!r} (known: {', '.join(sorted(known))})",
            )
        teryt = entry.get("teryt")
        if teryt is not None and not (isinstance(teryt, str) and re.fullmatch(r"\d{7}", teryt)):
            raise _fail(path, name, "teryt", "must be a 7-digit string")
        sites.append(
            Site(
                id=name,
                name=str(entry["name"]),
                start_urls=_strings(path, name, "start_urls", entry["start_urls"]),
                follow=_patterns(path, name, "follow", entry["follow"]),
                articles=_patterns(path, name, "articles", entry["articles"]),
                extractor=entry["extractor"],
                teryt=teryt,
                delay=float(entry.get("delay", 1.0)),
                max_pages=int(entry.get("max_pages", 500)),
                allowed_hosts=_strings(path, name, "allowed_hosts", entry.get("allowed_hosts", [])),
                sitemaps=_strings(path, name, "sitemaps", entry.get("sitemaps", [])),
                feeds=_strings(path, name, "feeds", entry.get("feeds", [])),
                selectors=dict(entry.get("selectors", {})),
                may_be_empty=bool(entry.get("may_be_empty", False)),
            )
        )
    return sites


def site_for_url(sites: list[Site], url: str) -> Site | None:
    host = host_of(url)
    return next((site for site in sites if host in site.hosts), None)
