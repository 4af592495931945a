"""Which page objects exist, by extractor name and by host; filled by the `site` decorator.

A site module under extract/sites/ registers its page classes by decorating them:

    @site("um-opole", hosts=("www.opole.pl", "opole.pl"))
    class OpoleArticle(ArticlePage): ...

Importing `extract.sites` imports every module in it, so adding a site touches nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from extract.page import ListingPage, PageObject

if TYPE_CHECKING:  # imported when a page object registers: `scrape --help` need not load the field parsers
    from extract.article import ArticlePage

P = TypeVar("P", bound=type[PageObject])


@dataclass
class SiteExtractor:
    name: str
    hosts: tuple[str, ...]
    article: type[ArticlePage] | None = None
    listing: type[ListingPage] | None = None


_BY_NAME: dict[str, SiteExtractor] = {}
_BY_HOST: dict[str, str] = {}


class RegistryError(Exception):
    """A page object was registered twice, for a taken host, or with no role."""


def site(name: str, *, hosts: tuple[str, ...] = ()) -> Callable[[P], P]:
    def register(cls: P) -> P:
        from extract.article import ArticlePage

        entry = _BY_NAME.setdefault(name, SiteExtractor(name, hosts))
        if hosts and entry.hosts != hosts:
            raise RegistryError(f"extractor {name!r} registered with two host lists: {entry.hosts} and {hosts}")
        for host in hosts:
            if _BY_HOST.setdefault(host, name) != name:
                raise RegistryError(f"host {host!r} claimed by {_BY_HOST[host]!r} and {name!r}")
        if issubclass(cls, ArticlePage):
            if entry.article is not None:
                raise RegistryError(f"extractor {name!r} has two article page objects")
            entry.article = cls
        elif issubclass(cls, ListingPage):
            if entry.listing is not None:
                raise RegistryError(f"extractor {name!r} has two listing page objects")
            entry.listing = cls
        else:
            raise RegistryError(f"{cls.__name__} is neither an ArticlePage nor a ListingPage")
        cls.site = name
        return cls

    return register


@cache
def load() -> dict[str, SiteExtractor]:
    """Import every site module once; return the extractors by name (always including 'generic')."""
    import extract.generic  # registers "generic"
    import extract.sites

    for module in pkgutil.iter_modules(extract.sites.__path__):
        importlib.import_module(f"extract.sites.{module.name}")
    return dict(_BY_NAME)


def get(name: str) -> SiteExtractor:
    extractors = load()
    if name not in extractors:
        raise KeyError(f"no extractor named {name!r}; known: {', '.join(sorted(extractors))}")
    return extractors[name]


def for_host(host: str) -> SiteExtractor:
    """The site's extractor for `host` (or its www twin); the generic one for unknown hosts."""
    load()
    host = host.lower()
    twin = host[4:] if host.startswith("www.") else f"www.{host}"
    name = _BY_HOST.get(host) or _BY_HOST.get(twin) or "generic"
    return get(name)
