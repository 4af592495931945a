"""Discovery: from a site's homepage (plus robots.txt Sitemap lines, /sitemap.xml and its feeds) to its sections.

Nobody will write regexes for 2,800 sites and sites change, so the crawler finds for itself
where a site keeps its news and its funded projects, its BIP and its welfare centre: menu links
are scored (`discover_links`), each candidate page is fetched once and confirmed as a listing
or recorded as a static page (`discover_listing`), a listing's page 2 is fetched to prove the
pagination rule brings new items, and the platform is fingerprinted (`platform`).

Every request should be a listing page, an item or the homepage (issue 14): the sitemaps and the
feed are read only when the homepage's links lead to no news listing (then they name the section
roots), no page is asked past the end of a listing (the walker stops by itself on a page that
brings nothing new), and on a BIP "Ogłoszenia" (legal notices, tenders) is not taken for news.

Every request goes through the caller's Fetcher (robots.txt and per-host politeness are its
job) and counts against `max_requests`; no request leaves the site's own hosts, except one
to the homepage of a BIP or welfare centre found on another host, which becomes a site of its
own.  When the homepage gives no BIP, the community list's guess for the unit (`bip_hints`) is
asked once and kept only if the page proves to be this unit's BIP.  Failures (a dead host, a
404 section, the budget used up) are recorded in `problems`, never raised.
"""

from __future__ import annotations

import gzip
import logging
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from extract.decode import decode_html
from extract.urls import canonical_url, origin_of
from scraper.bip_hints import check_bip, unit_bip_hint, unit_names
from scraper.discover_links import Candidate, Link, SectionKind, absolute, candidates, fold, page_links, url_words
from scraper.discover_listing import (
    NO_PAGINATION,
    Item,
    Pagination,
    content_links,
    item_pattern,
    listing_items,
    new_items,
    pagination,
)
from scraper.discovery_model import Discovery, ExtraKind, ExtraSite, Section
from scraper.fetch import Accept, Fetcher, FetchResult
from scraper.platform import fingerprint
from scraper.registry import Site
from scraper.scopes import in_scope, path_scope
from scraper.sources import feed_links

log = logging.getLogger(__name__)

MAX_SITEMAP_URLS = 5000  # URLs kept from one site's sitemaps
MAX_SITEMAPS = 3  # sitemap files fetched (an index and two of its children, or three listed in robots.txt)
MAX_UNZIPPED = 20_000_000  # a gzipped sitemap body is inflated at most this far
SAMPLE_ITEMS = 10
UNIT_RESERVE = 4  # requests kept for the BIP and welfare homepages (robots.txt + page each)
_CRAWLED: tuple[SectionKind, ...] = ("news", "funding")
_WANTED: dict[SectionKind, int] = {"news": 2, "funding": 2}  # sections confirmed per kind
_TRIED: dict[SectionKind, int] = {"news": 3, "funding": 4}  # candidate pages fetched per kind at most
_FEED_TYPES = re.compile(r"rss|atom", re.IGNORECASE)
_COMMENTS = re.compile(r"comment|komentarz", re.IGNORECASE)
_NEWSY_SITEMAP = re.compile(r"posts?-post|news|aktualn|wiadom|article|artyku", re.IGNORECASE)
_WELFARE_HUB = "jednostki organizacyjne"
_BIP_TITLE = "biuletyn informacji publicznej"
_NOTICE_WORDS = ("ogloszenia", "komunikaty", "przetargi", "zamowienia publiczne")  # a BIP's legal notices
_NEWS_WORDS = ("aktualnosci", "wiadomosci", "news", "wydarzenia")
_EXTRA_ID: dict[ExtraKind, str] = {"bip": "bip", "welfare": "ops"}
_EXTRA_NAME: dict[ExtraKind, str] = {"bip": "Biuletyn Informacji Publicznej", "welfare": "Ośrodek pomocy społecznej"}
HINT_CONFIDENCE = 0.45  # a verified guess from the community list: below any BIP the site links to itself
HintSource = Callable[[Site], str | None]  # the BIP URL to try for a site, if any


def site_hosts(site: Site) -> frozenset[str]:
    """The site's own netlocs (host[:port]), with and without "www.": exact, so 127.0.0.1:8001 is not :8002."""
    netlocs = {urlsplit(canonical_url(u)).netloc for u in site.start_urls} | set(site.allowed_hosts)
    return frozenset(netlocs | {n[4:] if n.startswith("www.") else f"www.{n}" for n in netlocs})


@dataclass
class _Page:
    url: str  # final URL, canonical
    tree: LexborHTMLParser
    status: int


@dataclass
class _Run:
    """One site's discovery: the budget, what was fetched, and what went wrong."""

    site: Site
    fetcher: Fetcher
    limit: int
    hosts: frozenset[str]
    scopes: tuple[str, ...] = ()  # the site's paths on shared hosts (scraper.scopes): nothing else there is asked
    used: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    origins: set[str] = field(default_factory=set)
    out_of_budget: bool = False
    pages: dict[str, _Page] = field(default_factory=dict)  # by URL asked and final URL: nothing is fetched twice

    def affordable(self, n: int = 1) -> bool:
        return self.used + n <= self.limit

    def owns(self, url: str) -> bool:
        """On the site's hosts and, on a shared host, under the site's path."""
        return _own(url, self.hosts) and in_scope(url, self.scopes)

    async def get(self, url: str, hosts: frozenset[str], accept: Accept = "html") -> FetchResult | None:
        """Fetch within the budget and the given hosts; None (and a problem) when refused before asking."""
        netloc = urlsplit(url).netloc
        if netloc not in hosts:
            self.problems.append(f"{url}: not fetched, {netloc} is not one of the hosts of this discovery")
            return None
        if not in_scope(url, self.scopes):
            self.problems.append(f"{url}: not fetched, outside the site's path on a shared host")
            return None
        cost = 1 + (origin_of(url) not in self.origins)  # the first request to an origin reads its robots.txt
        if not self.affordable(cost):
            if not self.out_of_budget:
                self.problems.append(f"request budget of {self.limit} used up; not fetched: {url}")
                self.out_of_budget = True
            return None
        self.origins.add(origin_of(url))
        result = await self.fetcher.fetch(
            url, allowed_hosts=hosts, delay=self.site.delay, accept=accept, scopes=self.scopes
        )
        self.used += cost - 1 + max(1, result.attempts)
        return result

    async def page(self, url: str, hosts: frozenset[str], why: str) -> _Page | None:
        """An HTML page parsed, or None with the reason in `problems` (a 404 section, a dead host)."""
        if url in self.pages:
            return self.pages[url]
        result = await self.get(url, hosts)
        if result is None:
            return None
        if result.body is None or result.error or result.status != 200:
            reason = result.error or f"HTTP {result.status}"
            self.problems.append(f"{why} {url}: {reason}")
            return None
        text = decode_html(result.body, result.headers.get("content-type")).text
        page = _Page(result.final_url, LexborHTMLParser(text), result.status)
        self.pages[url] = self.pages[result.final_url] = page
        return page


def _unzip(body: bytes) -> tuple[bytes, bool]:
    """A sitemap.xml.gz body the server did not mark as Content-Encoding: inflated, capped (a gzip bomb).

    Returns the body and whether it was cut at MAX_UNZIPPED."""
    if not body.startswith(b"\x1f\x8b"):
        return body, False
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        inflated = inflater.decompress(body, MAX_UNZIPPED)
        return inflated, bool(inflater.unconsumed_tail)
    except (zlib.error, gzip.BadGzipFile):
        return b"", False


def _with_www(netloc: str) -> frozenset[str]:
    """One host, with or without "www." (never any other subdomain)."""
    return frozenset({netloc, netloc[4:] if netloc.startswith("www.") else f"www.{netloc}"})


def _own(url: str, hosts: frozenset[str]) -> bool:
    return urlsplit(url).netloc in hosts


def _feeds(tree: LexborHTMLParser, base: str, hosts: frozenset[str]) -> list[str]:
    """<link rel="alternate"> RSS/Atom feeds on the site's hosts; comment feeds (no news in them) left out."""
    found: list[str] = []
    for node in tree.css('link[rel~="alternate"][href]'):
        attributes = node.attributes
        url = absolute(base, attributes.get("href") or "")
        if url is None or not _FEED_TYPES.search(attributes.get("type") or "") or not _own(url, hosts):
            continue
        if _COMMENTS.search(url) or _COMMENTS.search(attributes.get("title") or ""):
            continue
        found.append(url)
    return list(dict.fromkeys(found))


async def _sitemaps(run: _Run, robots_sitemaps: list[str], home: str) -> dict[str, tuple[str, ...]]:
    """{sitemap file: the URLs it lists}: robots.txt Sitemap lines first, then /sitemap.xml; an index one level."""
    queue = [u for u in (*robots_sitemaps, f"{origin_of(home)}/sitemap.xml") if run.owns(u)]
    queue = list(dict.fromkeys(canonical_url(u) for u in queue))
    read: dict[str, tuple[str, ...]] = {}
    total = 0
    for _ in range(MAX_SITEMAPS):
        if not queue:
            break
        url = queue.pop(0)
        result = await run.get(url, run.hosts, accept="xml")
        if result is None:
            break
        if result.body is None:
            run.notes.append(f"sitemap {url}: {result.error or f'HTTP {result.status}'}")
            continue
        body, cut = _unzip(result.body)
        if cut:
            run.notes.append(f"sitemap {url}: inflates past {MAX_UNZIPPED} bytes; cut there")
        listed = [u for u in feed_links(body) if run.owns(u)]
        if b"<sitemapindex" in body[:2000].lower():  # an index: its (news-like first) children are read next
            queue = [*sorted(listed, key=lambda u: not _NEWSY_SITEMAP.search(u)), *queue]
            continue
        read[url] = tuple(listed[: max(0, MAX_SITEMAP_URLS - total)])
        total += len(read[url])
    return read


def _sitemap_candidates(urls: list[str], kind: SectionKind) -> list[Candidate]:
    """Section roots (one or two path segments) named like the kind, when the homepage had no link for it."""
    short = [Link(u, "", "", "body") for u in urls if 1 <= len([p for p in urlsplit(u).path.split("/") if p]) <= 2]
    return candidates(short, kind, threshold=0.3, limit=2)


async def _examine(run: _Run, candidate: Candidate, avoid: tuple[str, ...], known: _Known) -> Section | None:
    """Fetch a candidate section page; a listing (paged, checked) or a static page; None when it failed."""
    kind, link = candidate.kind, candidate.link
    page = await run.page(link.url, run.hosts, f"{kind} section")
    if page is None:
        return None
    evidence = [f'link "{link.text or link.label}"', *candidate.score.evidence]
    items = [i for i in listing_items(page.tree, page.url, run.hosts) if run.owns(i.url)]
    if not items:
        return _static(run, candidate, page, avoid, evidence, known)
    evidence.append(f"listing: {len(items)} dated items")
    rule = pagination(page.tree, page.url, run.hosts)
    rule, extra = await _check_pages(run, page.url, rule, items, avoid)
    all_items = items + extra
    urls = [i.url for i in all_items]
    pattern = item_pattern(urls, avoid=(*avoid, page.url, *(u for u in (rule.page_url(2),) if u)))
    confidence = 0.55 + 0.1 * candidate.score.value
    if pattern:
        matched = [u for u in urls if re.match(pattern, u)]
        evidence.append(f"item pattern matches {len(matched)}/{len(urls)} items")
        confidence += 0.15 * len(matched) / len(urls)
        confidence += _corroborate(pattern, known, evidence)
    if rule.verified or rule is NO_PAGINATION:
        confidence += 0.15
    return Section(
        kind=kind,
        url=page.url,
        shape="listing",
        confidence=round(min(confidence, 1.0), 2),
        item_pattern=pattern,
        pagination=rule,
        sample_items=tuple(all_items[:SAMPLE_ITEMS]),
        evidence=tuple(evidence),
    )


def _corroborate(pattern: str, known: _Known, evidence: list[str]) -> float:
    """Sitemap and feed URLs matching an item pattern confirm it."""
    bonus = 0.0
    for name, urls in (("sitemap", known.sitemap_urls), ("feed", known.feed_urls)):
        hits = sum(1 for u in urls if re.match(pattern, u))
        if hits:
            evidence.append(f"pattern matches {hits} {name} URLs")
            bonus = 0.05
    return bonus


def _static(
    run: _Run,
    candidate: Candidate,
    page: _Page,
    avoid: tuple[str, ...],
    evidence: list[str],
    known: _Known,
) -> Section:
    """A section page without repeated dated blocks: kept as a static page; its content links may be items."""
    links = [i for i in content_links(page.tree, page.url, run.hosts) if i.url not in avoid and run.owns(i.url)]
    evidence.append(f"static page: no repeated dated blocks, {len(links)} content links")
    pattern = item_pattern([i.url for i in links], avoid=(*avoid, page.url))
    confidence = 0.3 + 0.4 * candidate.score.value
    if pattern:
        confidence += 0.1
        confidence += _corroborate(pattern, known, evidence)
    return Section(
        kind=candidate.kind,
        url=page.url,
        shape="static",
        confidence=round(min(confidence, 1.0), 2),
        item_pattern=pattern,
        sample_items=tuple(links[:SAMPLE_ITEMS]),
        evidence=tuple(evidence),
    )


async def _check_pages(
    run: _Run, url: str, rule: Pagination, first: list[Item], avoid: tuple[str, ...] = ()
) -> tuple[Pagination, list[Item]]:
    """Fetch page 2: does it bring new items?  (No page past the end is asked: the walker stops on a page
    that brings nothing new, so what the site does there costs a request and decides nothing.)

    A short last page (fewer dated blocks than a listing needs) still brings new items: its links that
    match the item pattern of page 1 and are not on page 1.  Only a page 2 whose item links are all on
    page 1 repeats it."""
    second_url = rule.page_url(2)
    if second_url is None:
        return rule, []
    page = await run.page(second_url, run.hosts, "listing page 2")
    if page is None:
        return _with(rule, evidence=("page 2 could not be fetched",)), []
    second = [i for i in listing_items(page.tree, page.url, run.hosts) if run.owns(i.url)]
    fresh = new_items(first, second)
    if not fresh:  # too few dated blocks for a listing, perhaps: the item links by page 1's pattern decide
        pattern = item_pattern([i.url for i in first], avoid=(*avoid, url, second_url))
        if pattern:
            links = [i for i in content_links(page.tree, page.url, run.hosts) if re.match(pattern, i.url)]
            fresh = new_items(first, links)
    if not fresh:
        run.problems.append(f"{url}: page 2 {second_url} repeats page 1 (no new items); pagination not confirmed")
        return _with(rule, evidence=("page 2 repeats page 1: no new items",), past_end="repeats page 1"), []
    return _with(rule, verified=True, evidence=(f"page 2 brings {len(fresh)} new items",)), fresh


def _with(rule: Pagination, *, evidence: tuple[str, ...], **changes: object) -> Pagination:
    return replace(rule, evidence=(*rule.evidence, *evidence), **changes)  # type: ignore[arg-type]


async def _extra_or_section(run: _Run, candidate: Candidate) -> tuple[Section | None, ExtraSite | None]:
    """A BIP or welfare link: a section when on the site's hosts, else a site of its own (its homepage checked)."""
    kind = candidate.kind
    assert kind in ("bip", "welfare")
    link, score = candidate.link, candidate.score
    evidence = (f'link "{link.text or link.label}"', *score.evidence)
    netloc = urlsplit(link.url).netloc
    if netloc in run.hosts:
        return Section(kind, link.url, "static", round(score.value, 2), evidence=evidence), None
    result = await run.get(link.url, _with_www(netloc))
    if result is not None and result.error_class == "offsite" and result.final_url != result.url:
        # bip.gmina.pl -> gmina.bip.gov.pl: the unit lives where the redirect points; that host is asked once
        evidence = (*evidence, f"{netloc} redirects to {result.final_url}")
        result = await run.get(result.final_url, _with_www(urlsplit(result.final_url).netloc))
    if result is None:
        return None, None
    if result.body is None or result.status != 200:
        run.problems.append(f"{kind} host {result.url}: {result.error or f'HTTP {result.status}'}")
        return None, None
    if urlsplit(result.final_url).netloc in run.hosts:  # bip.gmina.pl -> www.gmina.pl/bip: a section after all
        return Section(kind, result.final_url, "static", round(score.value, 2), evidence=evidence), None
    tree = LexborHTMLParser(decode_html(result.body, result.headers.get("content-type")).text)
    platform = fingerprint(tree, result.final_url)
    extra_kind: ExtraKind = "bip" if kind == "bip" else "welfare"
    name = link.text if len(link.text) > 8 else f"{_EXTRA_NAME[extra_kind]} – {run.site.name}"
    extra = ExtraSite(
        kind=extra_kind,
        site_id=f"{run.site.id}-{_EXTRA_ID[extra_kind]}",
        name=name,
        url=result.final_url,
        host=urlsplit(result.final_url).netloc,
        teryt=run.site.teryt,
        platform=platform,
        confidence=round(score.value, 2),
        evidence=(*evidence, f"homepage answered {result.status}"),
        scope=path_scope(result.final_url),
    )
    return None, extra


async def _welfare(run: _Run, links: list[Link]) -> Candidate | None:
    """The welfare centre's link; through a "jednostki organizacyjne" page when that is all the menu offers."""
    found = candidates(links, "welfare", threshold=0.4, limit=3)
    direct = [c for c in found if fold(c.link.text) != _WELFARE_HUB and _WELFARE_HUB not in fold(c.link.text)]
    if direct:
        return direct[0]
    hubs = [c for c in found if run.owns(c.link.url)]
    if not hubs:
        return None
    page = await run.page(hubs[0].link.url, run.hosts, "welfare hub")
    if page is None:
        return None
    inner = [
        c
        for c in candidates(page_links(page.tree, page.url), "welfare", threshold=0.4, limit=5)
        if _WELFARE_HUB not in fold(c.link.text)
    ]
    return inner[0] if inner else None


@dataclass(frozen=True)
class _Known:
    """URLs the site lists outside its pages: sitemap files read, their URLs, feed items."""

    sitemaps: dict[str, tuple[str, ...]] = field(default_factory=dict)  # file -> URLs it lists
    feed: str | None = None
    feed_urls: tuple[str, ...] = ()

    @property
    def sitemap_urls(self) -> tuple[str, ...]:
        return tuple(u for urls in self.sitemaps.values() for u in urls)

    def confirms(self, patterns: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(sitemaps, feeds) worth giving the walker: those listing URLs of a discovered item pattern."""
        compiled = [re.compile(p) for p in patterns]

        def useful(urls: tuple[str, ...]) -> bool:
            return any(c.match(u) for c in compiled for u in urls)

        feeds = (self.feed,) if self.feed and useful(self.feed_urls) else ()
        return tuple(file for file, urls in self.sitemaps.items() if useful(urls)), feeds


async def _read_known(run: _Run, homepage: _Page, robots_sitemaps: list[str]) -> _Known:
    """The homepage's first news feed and the site's sitemaps (robots.txt Sitemap lines, /sitemap.xml)."""
    feed: str | None = None
    feed_urls: tuple[str, ...] = ()
    feeds = [u for u in _feeds(homepage.tree, homepage.url, run.hosts) if run.owns(u)]
    if feeds:
        got = await run.get(feeds[0], run.hosts, accept="xml")
        if got is not None and got.body is not None:
            feed, feed_urls = feeds[0], tuple(u for u in feed_links(got.body) if run.owns(u))
        elif got is not None:
            run.notes.append(f"feed {feeds[0]}: {got.error or f'HTTP {got.status}'}")
    return _Known(await _sitemaps(run, robots_sitemaps, homepage.url), feed, feed_urls)


def _is_bip(homepage: _Page) -> bool:
    """A BIP names itself in its title or first heading ("Biuletyn Informacji Publicznej – Gmina X")."""
    nodes = (homepage.tree.css_first("title"), homepage.tree.css_first("h1"))
    return any(node is not None and _BIP_TITLE in fold(node.text(deep=True)) for node in nodes)


def _notices(candidate: Candidate) -> bool:
    """A BIP's "Ogłoszenia", "Komunikaty", "Przetargi": legal notices and tenders, not the news sought."""
    link = candidate.link
    words = f" {' '.join(re.findall(r'[a-z0-9]+', fold(link.text or link.label)))} {url_words(link.url)} "
    return any(f" {w} " in words for w in _NOTICE_WORDS) and not any(f" {w} " in words for w in _NEWS_WORDS)


async def _confirm(
    run: _Run, kind: SectionKind, found: list[Candidate], sections: list[Section], avoid: tuple[str, ...], known: _Known
) -> None:
    """Candidates of one kind examined, best first, until `_WANTED` of them are confirmed (added to `sections`)."""
    confirmed = sum(1 for s in sections if s.kind == kind)
    for candidate in found:
        if confirmed >= _WANTED[kind]:
            break
        url = candidate.link.url
        if not run.owns(url):
            run.notes.append(f"{kind} link to another host (or outside the site's path) not followed: {url}")
            continue
        if any(s.url == url for s in sections):
            continue
        if not run.affordable(1 + UNIT_RESERVE):
            run.notes.append(f"{kind} candidate {url} not examined: budget kept for the BIP and welfare links")
            continue
        section = await _examine(run, candidate, avoid, known)
        if section is None:
            continue
        if kind == "news" and section.shape == "static":
            run.notes.append(f"news candidate {section.url} is not a listing")
            continue
        sections.append(section)
        confirmed += 1


async def _listings(
    run: _Run, homepage: _Page, links: list[Link], robots_sitemaps: list[str], bip: bool
) -> tuple[list[Section], _Known]:
    """News and funding sections, and what the sitemaps and feed said (read only when the links led to no news).

    The homepage's candidates come first; only when none of them is a news listing are the feed
    and the sitemaps read, for section roots named like a kind and to corroborate item patterns.
    On a BIP (`bip`) its notices are not news, and no news is looked for beyond its links.
    """
    sections: list[Section] = []
    tried = tuple(c.link.url for kind in _CRAWLED for c in candidates(links, kind, limit=_TRIED[kind]))
    avoid = (homepage.url, *tried)
    known = _Known()
    for kind in _CRAWLED:
        found = candidates(links, kind, limit=_TRIED[kind])
        if bip and kind == "news":
            for candidate in [c for c in found if _notices(c)]:
                run.notes.append(f"news candidate {candidate.link.url} on a BIP: legal notices, not news")
            found = [c for c in found if not _notices(c)]
        await _confirm(run, kind, found, sections, avoid, known)
    if not bip and not any(s.kind == "news" for s in sections):
        known = await _read_known(run, homepage, robots_sitemaps)
        for kind in _CRAWLED:
            if not any(s.kind == kind for s in sections):
                await _confirm(run, kind, _sitemap_candidates(list(known.sitemap_urls), kind), sections, avoid, known)
    if not any(s.kind == "news" for s in sections):
        items = [] if bip else listing_items(homepage.tree, homepage.url, run.hosts)
        if items:
            pattern = item_pattern([i.url for i in items], avoid=avoid)
            evidence = [f"no news link confirmed; the homepage lists {len(items)} dated items"]
            if pattern:
                _corroborate(pattern, known, evidence)
            sample = tuple(items[:SAMPLE_ITEMS])
            sections.append(
                Section("news", homepage.url, "listing", 0.5, pattern, NO_PAGINATION, sample, tuple(evidence))
            )
        elif bip:
            run.notes.append("a BIP: no news section looked for beyond its links")
        else:
            run.problems.append("no news section found")
    return sections, known


async def _units(run: _Run, links: list[Link], hint: str | None) -> tuple[list[Section], list[ExtraSite]]:
    """The BIP and the welfare centre: sections on the site's hosts, or sites of their own; then the BIP hint."""
    sections: list[Section] = []
    extras: list[ExtraSite] = []
    bip = candidates(links, "bip", threshold=0.4, limit=1)
    welfare = await _welfare(run, links)
    for label, candidate in (("bip", bip[0] if bip else None), ("welfare", welfare)):
        if candidate is None:
            run.notes.append(f"no {label} link found")
            continue
        section, extra = await _extra_or_section(run, candidate)
        sections += [section] if section else []
        extras += [extra] if extra else []
    found_bip = any(s.kind == "bip" for s in sections) or any(e.kind == "bip" for e in extras)
    if hint is not None and not found_bip:  # after the welfare link: the guess never takes its reserved requests
        tried = _with_www(urlsplit(bip[0].link.url).netloc) if bip else frozenset()
        extras += [extra] if (extra := await _hinted_bip(run, hint, tried)) else []
    return sections, extras


async def _hinted_bip(run: _Run, hint: str, tried: frozenset[str]) -> ExtraSite | None:
    """The community list's BIP guess, asked once (robots.txt aside) and kept only if it is this unit's BIP."""
    try:
        url = canonical_url(hint)
    except ValueError:
        run.notes.append(f"BIP hint {hint!r}: not a URL")
        return None
    netloc = urlsplit(url).netloc
    if netloc in run.hosts:
        run.notes.append(f"BIP hint {url}: the site's own host; nothing to add")
        return None
    if netloc in tried:
        run.notes.append(f"BIP hint {url}: the host of the BIP link already tried; not asked again")
        return None
    result = await run.get(url, _with_www(netloc))  # its host is allowed for this one request only
    if result is None:
        run.notes.append(f"BIP hint {url}: not tried (request budget)")
        return None
    if result.error_class == "offsite":
        run.notes.append(f"BIP hint {url}: redirects to {result.final_url} on another host; not followed")
        return None
    if result.error_class in ("connect", "timeout", "unreachable"):  # unreachable: its robots.txt could not be read
        run.problems.append(f"BIP hint {url}: dead host ({result.error or 'no answer'})")
        return None
    if result.body is None or result.status != 200:
        run.problems.append(f"BIP hint {url}: no page ({result.error or f'HTTP {result.status}'})")
        return None
    tree = LexborHTMLParser(decode_html(result.body, result.headers.get("content-type")).text)
    verdict, why = check_bip(tree, result.final_url, unit_names(run.site), run.site.level)
    if verdict != "bip":
        run.notes.append(f"BIP hint {url}: {verdict}: {why}")
        return None
    return ExtraSite(
        kind="bip",
        site_id=f"{run.site.id}-{_EXTRA_ID['bip']}",
        name=f"{_EXTRA_NAME['bip']} – {run.site.name}",
        url=result.final_url,
        host=urlsplit(result.final_url).netloc,
        teryt=run.site.teryt,
        platform=fingerprint(tree, result.final_url),
        confidence=HINT_CONFIDENCE,
        evidence=(f"from the community BIP list, verified: {why}", f"homepage answered {result.status}"),
        scope=path_scope(result.final_url),
    )


async def discover(
    site: Site, fetcher: Fetcher, *, max_requests: int = 40, today: date, bip_hint: HintSource = unit_bip_hint
) -> Discovery:
    """Discover a site's news, funding, BIP and welfare sections and its platform, in at most `max_requests`.

    `bip_hint` gives the unverified BIP URL to try when the homepage links to no BIP (by default the
    community list's guess, for the unit's own website only); tests pass their own.
    """
    run = _Run(site, fetcher, max_requests, site_hosts(site), site.scopes)
    home = canonical_url(site.start_urls[0])
    base = Discovery(site_id=site.id, teryt=site.teryt, discovered=today, home=home)

    def finish(found: Discovery) -> Discovery:
        return replace(found, requests=run.used, problems=tuple(run.problems), notes=tuple(run.notes))

    run.origins.add(origin_of(home))
    run.used += 1  # robots.txt, read by the fetcher before anything else
    await fetcher.allowed(home, delay=site.delay)
    rules = fetcher.robots_rules(home)
    if rules is not None and rules.blocked:  # a host that is not a public address: nothing asked at all
        run.problems.append(f"site unreachable: {rules.reason}")
        return finish(base)
    if rules is not None and rules.unreachable:
        run.problems.append(f"site unreachable: robots.txt of {origin_of(home)} {rules.reason}")
        return finish(base)
    homepage = await run.page(home, run.hosts, "homepage")
    if homepage is None:
        return finish(base)
    links = page_links(homepage.tree, homepage.url)
    bip = _is_bip(homepage)
    sections, known = await _listings(run, homepage, links, rules.sitemaps() if rules else [], bip)
    units, extras = await _units(run, links, bip_hint(site))
    sitemaps, feeds = known.confirms([s.item_pattern for s in sections if s.item_pattern])
    found = replace(
        base,
        platform=fingerprint(homepage.tree, homepage.url),
        sections=(*sections, *units),
        extra_sites=tuple(extras),
        sitemaps=sitemaps,
        feeds=feeds,
    )
    log.info(
        "%s: discovered %d sections, %d extra sites in %d requests", site.id, len(found.sections), len(extras), run.used
    )
    return finish(found)
