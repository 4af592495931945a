"""The site registry (a TOML file): which sites to crawl, where to start, which URLs are what.

The whole file is checked against a strict model before any request, and every problem is
reported at once, one line each naming the file, the site and the key: a typo found on the
first run is cheaper than one found an hour into a crawl, one fix per run.
"""

from __future__ import annotations

import difflib
import ipaddress
import json
import re
import tomllib
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cached_property, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import SplitResult, urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError
from selectolax.lexbor import LexborHTMLParser, SelectolaxError

from extract import places
from extract import registry as extractors
from extract.page import SiteInfo
from extract.regex_safety import MAX_URL_CHARS, catastrophic
from extract.urls import host_of
from scraper.units import Level

MAX_DELAY = 3600.0  # seconds between requests; more is a typo (milliseconds?), not a policy


class SiteRegistryError(Exception):
    """The registry file is wrong; `problems` holds one line per mistake, each naming file, site and key."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems: list[str] = list(problems) or [message]


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
    # The unit the site belongs to (filled by `scraper.full_registry` from the official list, by TERYT).
    level: Level | None = None
    voivodeship: str | None = None  # lower case, with diacritics: "opolskie"
    powiat: str | None = None
    generated: bool = False  # made from the official list of units, not written in sites.toml
    # "host/path/": on that host only URLs under the path are the site's (a unit on a shared host; scraper.scopes)
    scopes: tuple[str, ...] = ()

    @property
    def needs_discovery(self) -> bool:
        """No article pattern yet (a generated site): the crawl would not know what to read, so it is skipped."""
        return not self.articles

    @property
    def info(self) -> SiteInfo:
        return SiteInfo(id=self.id, name=self.name, teryt=self.teryt, selectors=dict(self.selectors))

    @cached_property
    def hosts(self) -> frozenset[str]:
        """Computed once a site (the walk and the fetcher ask it for every URL): the fields are frozen."""
        hosts = {host_of(url) for url in self.start_urls} | set(self.allowed_hosts)
        return frozenset(hosts | {h[4:] if h.startswith("www.") else f"www.{h}" for h in hosts})

    def is_article(self, url: str) -> bool:
        # A URL past MAX_URL_CHARS is no page of the site: it keeps a pattern's n^2 backtracking small.
        return len(url) <= MAX_URL_CHARS and any(p.search(url) for p in self.articles)

    def is_listing(self, url: str) -> bool:
        return len(url) <= MAX_URL_CHARS and any(p.search(url) for p in self.follow)


def default_path() -> Path:
    return Path(str(files("scraper").joinpath("sites.toml")))


# -- the strict model of one [[site]] entry ----------------------------------------------------------------


def _problem(message: str) -> PydanticCustomError:
    """A validator's error whose text is shown as is (through a placeholder: regexes hold braces)."""
    return PydanticCustomError("registry", "{message}", {"message": message})


def _show(value: object, limit: int = 80) -> str:
    """A value as it would be written in TOML, so the user recognises it; long ones cut short."""
    if isinstance(value, str):
        plain = "\\" in value and "'" not in value and "\n" not in value
        text = f"'{value}'" if plain else json.dumps(value, ensure_ascii=False)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        text = "[" + ", ".join(_show(v, limit) for v in value) + "]"
    elif isinstance(value, dict):
        text = "{ " + ", ".join(f"{k} = {_show(v, limit)}" for k, v in value.items()) + " }" if value else "{}"
    elif isinstance(value, datetime | date | time):
        text = value.isoformat()
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_HOST_LABEL = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
_WITH_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# What ends a file name, not a host name: "sitemap.xml" is a path (none of these is a TLD; x.pl stays a host).
_FILE_SUFFIX = re.compile(r"\.(?:xml|rss|atom|rdf|x?html?|shtml|php\d?|aspx?|jsp|cgi|txt|json|gz|pdf)$", re.IGNORECASE)


def _looks_like_host(segment: str) -> bool:
    """Is the first segment of a URL without a scheme a host ("x.pl", "x.pl:8080", "localhost:8000"), not a file?"""
    name, colon, port = segment.partition(":")
    if colon and not (port.isascii() and port.isdigit()):
        return False
    labels = name.rstrip(".").split(".")
    return (
        ("." in name or bool(colon))
        and all(_HOST_LABEL.fullmatch(label) for label in labels)
        and not _FILE_SUFFIX.search(name)
    )


def _without_scheme(url: str) -> str:
    """Why a URL without "scheme://" is not absolute, with the fix when it can be told."""
    relative = url.startswith(("//", "://"))  # scheme-relative: "//x.pl/a"
    rest = url.lstrip(":/") if relative else url
    first = "" if url.startswith("/") and not relative else re.split(r"[/?#]", rest, maxsplit=1)[0]
    if _looks_like_host(first):
        return f'no scheme; did you mean "https://{rest}"?'
    scheme = _SCHEME.match(url)
    if scheme:
        name = scheme[0][:-1]
        if name.lower() in ("http", "https"):
            return f'no host: "{name}:" must be followed by "//" and the host'
        return f"scheme {name!r}, not http or https"
    path = re.sub(r"^(?:\.{0,2}/)+", "", url)
    return f"a path: give the whole URL, https://host/{path}"


def _bad_port(parts: SplitResult) -> str:
    port = parts.netloc.rpartition("@")[2].rpartition("]")[2].rpartition(":")[2]
    if port.isascii() and port.isdigit():
        return f"bad port {port}: more than 65535"
    return f"bad port {port!r}: not a number"


def _url(url: str) -> str:
    """Absolute http(s) with a host: checked now, not when the crawl first fetches it."""
    reason = ""
    if not url or url != url.strip() or any(c.isspace() for c in url):
        reason = "it contains whitespace" if url.strip() else "it is empty"
    elif not _WITH_SCHEME.match(url):
        reason = _without_scheme(url)
    else:
        try:
            parts = urlsplit(url)
        except ValueError as error:  # a bad IPv6 literal, a netloc NFKC turns into another
            raise _problem(f"{_show(url)} is not a valid URL ({error})") from error
        try:
            parts.port  # noqa: B018 - raises on a bad port
        except ValueError as error:
            raise _problem(f"{_show(url)} is not a valid URL ({_bad_port(parts)})") from error
        if parts.scheme.lower() not in ("http", "https"):
            reason = f"scheme {parts.scheme!r}, not http or https"
        elif not parts.hostname:
            reason = "no host"
    if reason:
        raise _problem(f"{_show(url)} is not an absolute http(s) URL ({reason})")
    return url


def _regex(pattern: str) -> str:
    if why := _unsafe(pattern):
        raise _problem(why)
    return pattern


@lru_cache(maxsize=16384)
def _unsafe(pattern: str) -> str | None:
    """Why a URL pattern is refused, or None; each distinct pattern is checked once a process (a site
    is validated more than once, and discovery gives many sites the same shapes)."""
    try:
        re.compile(pattern)
    except re.error as error:
        return f"bad regular expression {_show(pattern)}: {error}"
    if why := catastrophic(pattern):  # `re` cannot be stopped once a match runs away (extract.regex_safety)
        return f"regular expression {_show(pattern)} may never finish on a long URL: {why}"
    return None


def _host(host: str) -> str:
    """A host name (or host:port), as the fetcher and `site_for_url` compare it: lower-case, nothing else."""
    name, _, port = host.rpartition(":") if host.count(":") == 1 else (host, "", "")
    is_ip = False
    try:
        ipaddress.ip_address(name.strip("[]"))
        is_ip = True
    except ValueError:
        pass
    labels = name.rstrip(".").split(".")
    if not (is_ip or all(_HOST_LABEL.fullmatch(label) for label in labels)) or (port and not port.isdigit()):
        raise _problem(f'{_show(host)} is not a host name (write just the host, e.g. "x.pl" or "x.pl:8080")')
    if host != host.lower():
        raise _problem(f"{_show(host)}: host names must be lower-case")
    return host


_CSS_CHECK = LexborHTMLParser("<p></p>")


def _css(selector: str) -> str:
    """Compiled once here, so a bad selector stops the load instead of warning on every page."""
    try:
        _CSS_CHECK.css(selector)
    except SelectolaxError as error:
        raise _problem(f"not a valid CSS selector: {_show(selector)}") from error
    return selector


def _not_blank(text: str) -> str:
    if not text.strip():
        raise _problem(f"must not be blank, got {_show(text)}")
    return text


TERC_DATE = "2026-01-01"  # stan na of extract/data/teryt_terc.csv (a test keeps them in step)
_GMINA_KINDS = "123"  # RODZ: gmina miejska, wiejska, miejsko-wiejska


def _teryt(code: str) -> str:
    """A voivodeship (xx00000), powiat (xxxx000) or gmina (WOJ+POW+GMI+RODZ) in the shipped TERC register."""
    found = places.unit(code)
    if found is None:
        raise _problem(f"{_show(code)} is not a TERYT code of any voivodeship, powiat or gmina (TERC {TERC_DATE})")
    if code[4:] != "000" and code[6] not in _GMINA_KINDS:  # a town or rural part of a gmina, a city district
        whole = places.unit(code[:6] + "3" if code[6] in "45" else code[:4] + "011")
        fix = f': use "{whole.code}" ({whole.name}, {whole.kind})' if whole else ""
        raise _problem(f"{_show(code)} is {found.name} ({found.kind}), a part of a gmina, not a gmina{fix}")
    return code


_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_Url = Annotated[str, AfterValidator(_url)]
_Regex = Annotated[str, AfterValidator(_regex)]
_Css = Annotated[str, AfterValidator(_css)]
_STRICT = ConfigDict(strict=True, extra="forbid", frozen=True, allow_inf_nan=False)


class _Selectors(BaseModel):
    """The generic extractor's per-site overrides: the keys `extract.generic` passes to `_select`."""

    model_config = _STRICT

    title: _Css | None = None
    date: _Css | None = None
    body: _Css | None = None


class _Entry(BaseModel):
    """One [[site]] as written: strict TOML types (no "false" for false), no unknown keys."""

    model_config = _STRICT

    id: Annotated[str, StringConstraints(pattern=_ID.pattern)]
    name: Annotated[str, AfterValidator(_not_blank)]
    start_urls: Annotated[list[_Url], Field(min_length=1)]
    follow: list[_Regex] = Field(default_factory=list)
    # omitted: discovery finds the sections and patterns (scrape discover, or a live run)
    articles: Annotated[list[_Regex], Field(min_length=1)] | None = None
    extractor: str
    teryt: Annotated[str, StringConstraints(pattern=r"^[0-9]{7}$"), AfterValidator(_teryt)] | None = Site.teryt
    delay: Annotated[float, Field(ge=0, le=MAX_DELAY)] = Site.delay
    max_pages: Annotated[int, Field(ge=1)] = Site.max_pages
    allowed_hosts: list[Annotated[str, AfterValidator(_host)]] = Field(default_factory=list)
    sitemaps: list[_Url] = Field(default_factory=list)
    feeds: list[_Url] = Field(default_factory=list)
    selectors: _Selectors = Field(default_factory=_Selectors)
    may_be_empty: bool = Site.may_be_empty

    @field_validator("extractor")
    @classmethod
    def _known_extractor(cls, name: str, info: ValidationInfo) -> str:
        known: Collection[str] = (info.context or {}).get("extractors") or extractors.names()
        if name not in known:
            raise _problem(f"unknown extractor {_show(name)} (known: {', '.join(sorted(known))})")
        return name

    def site(self) -> Site:
        return Site(
            id=self.id,
            name=self.name,
            start_urls=tuple(self.start_urls),
            follow=tuple(re.compile(p) for p in self.follow),
            articles=tuple(re.compile(p) for p in self.articles or ()),
            extractor=self.extractor,
            teryt=self.teryt,
            delay=self.delay,
            max_pages=self.max_pages,
            allowed_hosts=tuple(self.allowed_hosts),
            sitemaps=tuple(self.sitemaps),
            feeds=tuple(self.feeds),
            selectors=self.selectors.model_dump(exclude_none=True),
            may_be_empty=self.may_be_empty,
        )


SITE_KEYS = tuple(_Entry.model_fields)
# Site fields not written in TOML: from the list of units, or (scopes) from a discovery
UNIT_FIELDS = ("level", "voivodeship", "powiat", "generated", "scopes")
SELECTOR_KEYS = tuple(_Selectors.model_fields)

# What a key must hold, as a whole and (for a list or table) item by item: the text of a type error.
_EXPECTED: dict[str, tuple[str, str]] = {
    "id": ("lower-case letters, digits and hyphens (a string)", ""),
    "name": ("a non-empty string", ""),
    "start_urls": ("a non-empty list of absolute http(s) URLs", "a string (an absolute http(s) URL)"),
    "follow": ("a list of regular expressions (strings)", "a string (a regular expression)"),
    "articles": ("a non-empty list of regular expressions (strings)", "a string (a regular expression)"),
    "extractor": ("the name of an extractor (a string)", ""),
    "teryt": ('a 7-digit string, quoted (e.g. "0213033")', ""),
    "delay": (f"a number of seconds from 0 to {MAX_DELAY:g}", ""),
    "max_pages": ("a whole number >= 1", ""),
    "allowed_hosts": ("a list of host names (strings)", "a string (a host name)"),
    "sitemaps": ("a list of absolute http(s) URLs", "a string (an absolute http(s) URL)"),
    "feeds": ("a list of absolute http(s) URLs", "a string (an absolute http(s) URL)"),
    "selectors": (
        'a table of CSS selectors, e.g. { title = "h1", body = "article" }',
        "a string (a CSS selector)",
    ),
    "may_be_empty": ("true or false (a TOML boolean, without quotes)", ""),
}


def _suggest(word: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else f"known: {', '.join(sorted(known))}"


def _explain(error: ErrorDetails) -> tuple[str, str]:
    """A pydantic error as (key, message) in the registry's words."""
    loc = error["loc"]
    key = str(loc[0]) if loc else ""
    rest = loc[1:]
    value = error.get("input")
    if key == "selectors" and rest:
        key = f"selectors.{rest[0]}"
    if error["type"] == "registry":
        return key, error["msg"]
    if error["type"] == "missing":
        return key, "missing (a required key)"
    if error["type"] == "extra_forbidden":
        if rest:
            return key, f"unknown selector ({_suggest(str(rest[0]), SELECTOR_KEYS)})"
        return key, f"unknown key ({_suggest(key, SITE_KEYS)})"
    where = f"item {int(rest[0]) + 1} " if rest and isinstance(rest[0], int) else ""
    if error["type"] == "value_error":  # a check raised ValueError on a value of the right type: not a type error
        reason = (error.get("ctx") or {}).get("error", error["msg"])
        return key, f"{where}{_show(value)} is not valid ({reason})"
    whole, item = _EXPECTED.get(str(loc[0]) if loc else "", ("", ""))
    if rest and item:
        return key, f"{where}must be {item}, got {_show(value)}"
    if whole:
        return key, f"must be {whole}, got {_show(value)}"
    return key, f"{error['msg']}, got {_show(value)}"


def _check_entry(entry: object, known: Collection[str]) -> tuple[_Entry | None, list[tuple[str, str]]]:
    """The entry as a model, or None and its problems as (key, message), in the file's key order."""
    if not isinstance(entry, dict):
        return None, [("", f"must be a table of site keys ([[site]]), got {_show(entry)}")]
    try:
        return _Entry.model_validate(entry, context={"extractors": known}), []
    except ValidationError as error:
        found: dict[tuple[str, str], None] = {}
        for detail in error.errors(include_url=False):
            found.setdefault(_explain(detail))
        order = {key: n for n, key in enumerate(entry)}
        return None, sorted(found, key=lambda problem: order.get(problem[0].split(".")[0], len(order)))


def _check_file(path: Path, data: dict[str, Any]) -> tuple[list[Site], list[str]]:
    """Every site of the file and every problem in it; the sites count only when there are no problems."""
    problems: list[str] = []
    for key in data:
        if key == "site":
            continue
        hint = "a site key: put it under its [[site]]" if key in SITE_KEYS else _suggest(key, ["site"])
        problems.append(f"{path}: unknown top-level key {key!r} ({hint})")
    entries = data.get("site", [])
    if isinstance(entries, dict):
        problems.append(f"{path}: [site] is a single table: use [[site]] (an array of tables)")
        entries = [entries]
    elif not isinstance(entries, list):
        problems.append(f"{path}: key 'site': use [[site]] (an array of tables), got {_show(entries)}")
        entries = []
    if not entries:
        problems.append(f"{path}: no [[site]] entries")
    known = extractors.names()  # not `load`: this process may never extract (a live run's workers do)
    sites: list[Site] = []
    ids = [entry.get("id") if isinstance(entry, dict) else None for entry in entries]
    first: dict[str, int] = {}
    for number, (entry, given) in enumerate(zip(entries, ids, strict=True), start=1):
        label = f"site #{number}"
        if isinstance(given, str) and given.strip():  # a usable id, numbered when it is not unique
            label = f"site {given!r} (#{number})" if ids.count(given) > 1 else f"site {given!r}"
        model, found = _check_entry(entry, known)
        if isinstance(given, str) and _ID.fullmatch(given):
            if given in first:
                found.insert(0, ("id", f"duplicate id (site #{first[given]} has it too)"))
            first.setdefault(given, number)
        if model is not None and not found:
            sites.append(model.site())
        for key, message in found:
            problems.append(f"{path}: {label}, key {key!r}: {message}" if key else f"{path}: {label}: {message}")
    return sites, problems


def load_sites(path: Path | None = None) -> list[Site]:
    """The registry's sites; SiteRegistryError listing every problem of the file if there is any."""
    path = path or default_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise SiteRegistryError(f"{path}: cannot read the site registry: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise SiteRegistryError(f"{path}: not valid TOML: {error}") from error
    sites, problems = _check_file(path, data)
    if len(problems) == 1:
        raise SiteRegistryError(problems[0], problems)
    if problems:
        lines = [f"{path}: {len(problems)} problems in the site registry:", *(f"  {p}" for p in problems)]
        raise SiteRegistryError("\n".join(lines), problems)
    return sites


def site_for_url(sites: list[Site], url: str) -> Site | None:
    host = host_of(url)
    return next((site for site in sites if host in site.hosts), None)
