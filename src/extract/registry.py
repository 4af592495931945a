"""Which page objects exist, by extractor name and by host; filled by the `site` decorator.

A site module under extract/sites/ registers its page classes by decorating them:

    @site("um-opole", hosts=("www.opole.pl", "opole.pl"))
    class OpoleArticle(ArticlePage): ...

Importing `extract.sites` imports every module in it, so adding a site touches nothing else.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
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


def names() -> frozenset[str]:
    """Every extractor's name, as `load` would give them, without importing the page objects when it can.

    Why: a site registry names its extractors and is checked in processes that never extract (a live
    run's own process: its pages are read in worker processes), and importing the page objects imports
    every field parser, whose patterns compile in about half a second of CPU.  The names are read from
    the `@site("name", ...)` decorators in the modules' sources (`tests/test_extractor_registry.py`
    holds them equal to `load`'s), with those registered since in this process; when a source cannot be
    read, `load` answers.
    """
    declared = _declared()
    if declared is None:
        return frozenset(load())
    return declared | frozenset(_BY_NAME)


@cache
def _declared() -> frozenset[str] | None:
    """The literal names `load`'s modules give to `site(...)`, read from their sources; None if one is unreadable."""
    found: set[str] = set()
    try:
        for source in _sources():
            for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"), filename=str(source))):
                if isinstance(node, ast.ClassDef):
                    found.update(_site_names(node.decorator_list))
    except (OSError, SyntaxError, ValueError):
        return None
    return frozenset(found)


def _sources() -> Iterator[Path]:
    """The source files of the modules `load` imports: `extract.generic` and every module of `extract.sites`."""
    import extract.sites  # its __init__ imports nothing

    generic = importlib.util.find_spec("extract.generic")
    if generic is None or generic.origin is None:
        raise ValueError("extract.generic has no source file")
    yield Path(generic.origin)
    for module in pkgutil.iter_modules(extract.sites.__path__):
        spec = importlib.util.find_spec(f"extract.sites.{module.name}")
        if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
            raise ValueError(f"extract.sites.{module.name} has no source file")
        yield Path(spec.origin)


def _site_names(decorators: list[ast.expr]) -> Iterator[str]:
    """The names of the `site(...)` (or `registry.site(...)`) calls among a class's decorators.

    ValueError for one whose name is not a literal string: `names` then leaves the answer to `load`.
    """
    for decorator in decorators:
        if not isinstance(decorator, ast.Call):
            continue
        func = decorator.func
        called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        if called != "site":
            continue
        given = [decorator.args[0]] if decorator.args else [k.value for k in decorator.keywords if k.arg == "name"]
        if not given or not isinstance(given[0], ast.Constant) or not isinstance(given[0].value, str):
            raise ValueError("a site(...) decorator whose name is not a literal string")
        yield given[0].value


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
