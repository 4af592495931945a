"""Nothing is fetched off the site: other hosts, other schemes, other units of a shared host; and hostile
sizes are bounded (sitemaps, feeds, listings, pagination).  Real HTTP on loopback (tests/hostile_site.py);
"elsewhere" is a second server, so any request it logs went off the site.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest

from hostile_site import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    Answer,
    HostileSite,
    elsewhere,
    endless,
    for_host,
    gzip_of,
    hostile,
    html,
    listing,
    many_links,
    sitemap,
)
from scraper import discover as discover_module
from scraper.discover import MAX_UNZIPPED, discover
from scraper.discovery_model import ExtraSite
from scraper.fetch import Fetcher, FetchPolicy, FetchResult
from scraper.registry import Site
from scraper.report import SiteReport
from scraper.runs import run_sites
from scraper.scopes import in_scope, may_fetch, path_scope
from scraper.sources import MAX_FEED_LINKS, feed_links
from scraper.walk import MAX_PAGE_LINKS

__all__ = ["elsewhere", "hostile"]

T = TypeVar("T")
POLICY = FetchPolicy(delay=0.0, retries=0, timeout=5.0, max_total_time=10.0, allow_loopback=True)
TODAY = date(2026, 3, 1)
XML = {"Content-Type": "application/xml"}


def run(coro: Awaitable[T]) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, timeout=60)

    return asyncio.run(bounded())


def site_on(web: HostileSite, *, start: str = "/lista", follow: str = r"/lista|/endless", **extra: object) -> Site:
    return Site(
        id="gmina-wroga",
        name="Urząd Gminy Wrogiej",
        start_urls=(web.url(start),),
        follow=(re.compile(follow),),
        articles=(re.compile(r"/artykul/"),),
        extractor="generic",
        delay=0.0,
        **extra,  # type: ignore[arg-type]
    )


def walk(site: Site, data: Path, max_pages: int = 50) -> SiteReport:
    result = run_sites([site], data, mode="live", policy=POLICY, max_pages=max_pages, since=date(2000, 1, 1))
    return result.report.sites[0]


def article(n: object) -> Answer:
    return Answer(body=html(f"Artykuł {n}", f"<h1>Artykuł {n} o inwestycji</h1><p>01.03.2024</p><p>Treść.</p>"))


def serve_articles(web: HostileSite) -> None:
    web.prefix_routes["/artykul/"] = lambda path: article(path.rsplit("/", 1)[1])


# -- links, redirects, meta refresh, canonical ------------------------------------------------------------


def test_listing_links_to_other_hosts_are_not_followed(
    hostile: HostileSite, elsewhere: HostileSite, tmp_path: Path
) -> None:
    serve_articles(hostile)
    serve_articles(elsewhere)
    away = [elsewhere.url("/artykul/obcy-1"), elsewhere.url("/lista"), "http://localhost/artykul/x"]
    hostile.routes["/lista"] = Answer(body=listing("Aktualności", ["/artykul/1", "/artykul/2", *away]))
    report = walk(site_on(hostile), tmp_path)
    assert elsewhere.paths == []
    assert sorted(hostile.hits()) == ["/artykul/1", "/artykul/2", "/lista"]
    assert report.not_followed.get("offsite") == len(away)  # refused by the walk, not left to the fetcher
    assert "offsite" not in report.errors


@pytest.mark.parametrize(
    "location",
    [
        "file:///etc/passwd",
        "ftp://HOST/plik",
        "data:text/html,<h1>x</h1>",
        "javascript:alert(1)",
        "mailto:a@b.pl",
        "gopher://HOST/",
        "https://ELSEWHERE/artykul/1",
        "http://ELSEWHERE/artykul/1",
        "//ELSEWHERE/artykul/1",
    ],
)
def test_redirects_to_another_scheme_or_host_are_not_followed(
    hostile: HostileSite, elsewhere: HostileSite, location: str
) -> None:
    target = location.replace("HOST", hostile.host).replace("ELSEWHERE", elsewhere.host)
    hostile.routes["/stary"] = Answer(301, b"", {"Location": target})

    async def go() -> FetchResult:
        async with Fetcher(POLICY) as fetcher:
            return await fetcher.fetch(hostile.url("/stary"), allowed_hosts=frozenset({hostile.host}))

    result = run(go())
    assert result.error_class in ("scheme", "offsite") and result.body is None
    assert result.error is not None and "\n" not in result.error
    assert hostile.hits() == ["/stary"] and elsewhere.paths == []


def test_meta_refresh_and_canonical_links_are_not_followed(
    hostile: HostileSite, elsewhere: HostileSite, tmp_path: Path
) -> None:
    """Neither the walk nor discovery follows a meta refresh or a canonical link (on or off the site)."""
    serve_articles(hostile)
    head = (
        f'<meta http-equiv="refresh" content="0; url={elsewhere.url("/artykul/odswiez")}">'
        f'<link rel="canonical" href="{elsewhere.url("/artykul/kanoniczny")}">'
        '<link rel="canonical" href="/artykul/ukryty-kanoniczny">'
    )
    hostile.routes["/lista"] = Answer(body=listing("Aktualności", ["/artykul/1", "/artykul/2"], head=head))
    hostile.routes["/"] = Answer(body=html("Gmina", '<nav><a href="/lista">Aktualności</a></nav>', head))
    walk(site_on(hostile), tmp_path)

    async def go() -> None:
        async with Fetcher(POLICY) as fetcher:
            await discover(site_on(hostile, start="/"), fetcher, max_requests=20, today=TODAY, bip_hint=lambda _: None)

    run(go())
    assert elsewhere.paths == []
    assert not [p for p in hostile.paths if "kanoniczny" in p or "odswiez" in p]


# -- sitemaps and feeds --------------------------------------------------------------------------------------


def test_sitemap_and_feed_entries_off_the_site_are_not_fetched(
    hostile: HostileSite, elsewhere: HostileSite, tmp_path: Path
) -> None:
    serve_articles(hostile)
    serve_articles(elsewhere)
    hostile.routes["/lista"] = Answer(body=listing("Aktualności", ["/artykul/1"]))
    hostile.routes["/sitemap.xml"] = Answer(
        body=sitemap([hostile.url("/artykul/2"), elsewhere.url("/artykul/3"), "ftp://x.pl/artykul/4"]), headers=XML
    )
    hostile.routes["/rss.xml"] = Answer(
        body=f"<rss><channel><item><link>{elsewhere.url('/artykul/5')}</link></item></channel></rss>".encode(),
        headers={"Content-Type": "application/rss+xml"},
    )
    offsite_map = elsewhere.url("/sitemap.xml")
    site = site_on(hostile, sitemaps=(hostile.url("/sitemap.xml"), offsite_map), feeds=(hostile.url("/rss.xml"),))
    report = walk(site, tmp_path)
    assert elsewhere.paths == []
    assert sorted(hostile.hits()) == ["/artykul/1", "/artykul/2", "/lista", "/rss.xml", "/sitemap.xml"]
    assert report.not_followed.get("offsite") == 2  # /artykul/3 and /artykul/5 (ftp: is never a link)
    assert report.errors.get("offsite") == 1  # the sitemap on another host, refused without a request


def test_discovery_reads_no_sitemap_or_feed_off_the_site(hostile: HostileSite, elsewhere: HostileSite) -> None:
    """robots.txt Sitemap lines, a sitemap index's children and a feed on another host are not asked."""
    hostile.routes["/robots.txt"] = Answer(
        body=f"User-agent: *\nAllow: /\nSitemap: {elsewhere.url('/sitemap.xml')}\n".encode(), headers={}
    )
    hostile.routes["/sitemap.xml"] = Answer(
        body=sitemap([elsewhere.url("/sitemap-news.xml"), hostile.url("/sitemap-1.xml")], index=True), headers=XML
    )
    hostile.routes["/sitemap-1.xml"] = Answer(body=sitemap([elsewhere.url("/aktualnosci/")]), headers=XML)
    feed = f'<link rel="alternate" type="application/rss+xml" href="{elsewhere.url("/rss.xml")}">'
    hostile.routes["/"] = Answer(body=html("Gmina", "<p>Witamy</p>", feed))

    async def go() -> None:
        async with Fetcher(POLICY) as fetcher:
            await discover(site_on(hostile, start="/"), fetcher, max_requests=20, today=TODAY, bip_hint=lambda _: None)

    run(go())
    assert elsewhere.paths == []
    assert "/sitemap-1.xml" in hostile.paths


def test_billion_laughs_and_external_entities_are_never_expanded() -> None:
    host = "www.gmina.pl"
    laughs = feed_links(for_host(BILLION_LAUGHS, host))
    assert laughs == [f"http://{host}/artykul/1"]
    external = feed_links(for_host(EXTERNAL_ENTITY, host))
    assert external == [f"http://{host}/artykul/2?a=1&b=2"]  # &xxe; and &remote; dropped, &amp; read


def test_a_sitemap_listing_too_many_urls_is_cut() -> None:
    body = sitemap([f"http://www.gmina.pl/a/{n}" for n in range(MAX_FEED_LINKS + 500)])
    assert len(feed_links(body)) == MAX_FEED_LINKS


def test_a_gzip_bomb_sitemap_inflates_only_to_the_cap() -> None:
    bomb = gzip_of(b"<urlset>" + b" " * 1_000_000, repeat=64)  # 64 MB inflated, about 64 KB sent
    body, cut = discover_module._unzip(bomb)
    assert len(body) == MAX_UNZIPPED and cut


def test_a_gzip_bomb_sitemap_in_discovery_is_cut_with_a_note(hostile: HostileSite) -> None:
    hostile.routes["/sitemap.xml"] = Answer(
        body=gzip_of(b"<urlset>" + b" " * 1_000_000, repeat=64), headers={"Content-Type": "application/xml"}
    )
    hostile.routes["/"] = Answer(body=html("Gmina", "<p>Witamy</p>"))

    async def go() -> list[str]:
        async with Fetcher(POLICY) as fetcher:
            found = await discover(
                site_on(hostile, start="/"), fetcher, max_requests=20, today=TODAY, bip_hint=lambda _: None
            )
            return list(found.notes)

    notes = run(go())
    assert any("sitemap" in n and "cut" in n for n in notes), notes


def test_a_sitemap_gzip_bomb_stops_being_read_at_max_decompressed(hostile: HostileSite) -> None:
    """Content-Encoding gzip, 200 MB of zeros in about 200 KB: the reading stops once 20 MB are decoded."""
    body = gzip_of(bytes(1_000_000), repeat=200)
    hostile.routes["/sitemap.xml"] = Answer(
        body=body, headers={"Content-Type": "application/xml", "Content-Encoding": "gzip"}, chunked=True
    )
    result, wire = fetch_xml(hostile, POLICY)
    assert result.error_class == "too_large" and "max_decompressed" in (result.error or "") and result.body is None
    assert wire < len(body) // 2  # not read to its end


def test_a_huge_sitemap_stops_being_read_at_max_bytes(hostile: HostileSite) -> None:
    body = sitemap([f"http://x.pl/{n}" for n in range(40_000)])  # about 1.6 MB, no Content-Length
    hostile.routes["/sitemap.xml"] = Answer(body=body, headers=XML, chunked=True)
    result, wire = fetch_xml(hostile, FetchPolicy(delay=0, retries=0, allow_loopback=True, max_bytes=100_000))
    assert result.error_class == "too_large" and "max_bytes" in (result.error or "") and result.body is None
    assert wire < 100_000 + 70_000  # one chunk past the cap at most


def fetch_xml(hostile: HostileSite, policy: FetchPolicy) -> tuple[FetchResult, int]:
    async def go() -> tuple[FetchResult, int]:
        async with Fetcher(policy) as fetcher:
            url = hostile.url("/sitemap.xml")
            result = await fetcher.fetch(url, allowed_hosts=frozenset({hostile.host}), accept="xml")
            return result, fetcher.stats[hostile.host].wire_bytes

    return run(go())


# -- endless and huge listings --------------------------------------------------------------------------------


def test_endless_pagination_stops_at_max_pages(hostile: HostileSite, tmp_path: Path) -> None:
    serve_articles(hostile)
    hostile.prefix_routes["/endless"] = endless
    report = walk(site_on(hostile, start="/endless?strona=1"), tmp_path, max_pages=12)
    assert len(hostile.hits()) == 12
    assert report.stopped is not None and "max_pages=12" in report.stopped


def test_a_listing_with_a_huge_number_of_links_is_read_only_so_far(hostile: HostileSite, tmp_path: Path) -> None:
    serve_articles(hostile)
    count = MAX_PAGE_LINKS + 3000
    hostile.routes["/lista"] = Answer(body=many_links(count))
    report = walk(site_on(hostile), tmp_path, max_pages=5)
    assert report.not_followed.get("over_max_page_links") == count - MAX_PAGE_LINKS
    assert any("only the first" in p for p in report.problems)
    assert len(hostile.hits()) == 5
    # the queue holds no more than could still be visited (plus a margin); the rest is counted, not kept
    assert report.not_followed.get("queue_full", 0) > 0
    assert report.stopped is not None and f"{MAX_PAGE_LINKS - 4} queued URLs not visited" in report.stopped


def test_a_listing_of_a_million_links_is_refused_by_the_size_cap(hostile: HostileSite, tmp_path: Path) -> None:
    hostile.routes["/lista"] = Answer(body=many_links(1_000_000))  # about 60 MB
    report = walk(site_on(hostile), tmp_path)
    assert report.errors.get("too_large") == 1 and hostile.hits() == ["/lista"]


# -- a unit on a shared host: its path only ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "scope"),
    [
        ("http://bip.example.pl/gmina-x/", "bip.example.pl/gmina-x/"),
        ("http://bip.example.pl/gmina-x", "bip.example.pl/gmina-x/"),
        ("http://bip.example.pl/gmina-x/index.php?id=1", "bip.example.pl/gmina-x/"),
        ("http://bip.example.pl/bip/gmina-x/", "bip.example.pl/bip/gmina-x/"),
        ("http://bip.gmina-x.pl/", None),
        ("http://bip.gmina-x.pl/index.php", None),
    ],
)
def test_path_scope_of_a_homepage(url: str, scope: str | None) -> None:
    assert path_scope(url) == scope


@pytest.mark.parametrize(
    ("url", "inside"),
    [
        ("http://bip.example.pl/gmina-x/", True),
        ("http://bip.example.pl/gmina-x", True),
        ("http://www.bip.example.pl/gmina-x/artykul/1", True),
        ("https://bip.example.pl/gmina-x/a?b=../c", True),
        ("http://bip.example.pl/gmina-xy/", False),
        ("http://bip.example.pl/gmina-y/", False),
        ("http://bip.example.pl/", False),
        ("http://bip.example.pl/gmina-x/../gmina-y/", False),
        ("http://bip.example.pl/gmina-x/%2e%2e/gmina-y/", False),
        ("http://bip.example.pl/gmina-x/%252e%252e/gmina-y/", False),
        ("http://bip.example.pl/gmina-x/..%5cgmina-y/", False),
        ("http://bip.example.pl/gmina-x/..\\gmina-y/", False),
        ("http://other.pl/anything", True),  # no scope on that host: the host's own rule decides
    ],
)
def test_in_scope(url: str, inside: bool) -> None:
    assert in_scope(url, ("bip.example.pl/gmina-x/",)) is inside


def test_may_fetch_needs_http_the_host_and_the_scope() -> None:
    hosts, scopes = frozenset({"bip.example.pl"}), ("bip.example.pl/gmina-x/",)
    assert may_fetch("http://bip.example.pl/gmina-x/a", hosts, scopes)
    assert not may_fetch("http://bip.example.pl/gmina-y/a", hosts, scopes)
    assert not may_fetch("ftp://bip.example.pl/gmina-x/a", hosts, scopes)
    assert not may_fetch("http://bip.example.pl.evil.pl/gmina-x/a", hosts, scopes)
    assert not may_fetch("http://[::1/x", hosts, scopes)


def test_an_extra_site_on_a_shared_host_keeps_its_path(hostile: HostileSite, tmp_path: Path) -> None:
    extra = ExtraSite(
        "bip",
        "g-bip",
        "BIP",
        hostile.url("/bip/gmina-x/"),
        hostile.host,
        None,
        scope=path_scope(hostile.url("/bip/gmina-x/")),
    )
    site = extra.site(site_on(hostile))
    assert site.scopes == (f"{hostile.host}/bip/gmina-x/",)
    # the walk over it: a listing linking to another unit's path on the same host
    serve_articles(hostile)
    hostile.prefix_routes["/bip/"] = lambda path: article(path)
    hostile.routes["/bip/gmina-x/"] = Answer(
        body=listing("BIP", ["/bip/gmina-x/artykul/1", "/bip/gmina-y/artykul/2", "/bip/gmina-x/../gmina-z/artykul/3"])
    )
    walked = site_on(hostile, start="/bip/gmina-x/", follow=r"/bip/gmina-x/$", scopes=site.scopes)
    report = walk(walked, tmp_path)
    assert report.not_followed.get("offsite", 0) >= 1
    assert not [p for p in hostile.hits() if not p.startswith("/bip/gmina-x/")]


def test_the_fetcher_refuses_a_redirect_out_of_the_sites_path(hostile: HostileSite) -> None:
    hostile.routes["/bip/gmina-x/stary"] = Answer(302, b"", {"Location": "/bip/gmina-y/"})
    hostile.routes["/bip/gmina-y/"] = Answer(body=html("Inna gmina", "<p>inna</p>"))

    async def go() -> FetchResult:
        async with Fetcher(POLICY) as fetcher:
            return await fetcher.fetch(
                hostile.url("/bip/gmina-x/stary"),
                allowed_hosts=frozenset({hostile.host}),
                scopes=(f"{hostile.host}/bip/gmina-x/",),
            )

    result = run(go())
    assert result.error_class == "offsite" and "path" in (result.error or "")
    assert hostile.hits() == ["/bip/gmina-x/stary"]


def test_discovery_of_a_unit_on_a_shared_host_stays_in_its_path(hostile: HostileSite) -> None:
    """The shared platform's menu links to its root and to another unit's news: neither is asked."""
    hostile.routes["/bip/gmina-x/"] = Answer(
        body=html(
            "Biuletyn Informacji Publicznej – Gmina X",
            '<nav><a href="/">Platforma BIP</a> <a href="/bip/gmina-y/aktualnosci">Aktualności</a> '
            '<a href="/bip/gmina-x/../gmina-z/aktualnosci">Wiadomości</a> '
            '<a href="/bip/gmina-x/aktualnosci">Aktualności gminy</a></nav>',
        )
    )
    hostile.prefix_routes["/bip/gmina-x/aktualnosci"] = lambda path: Answer(body=listing("Aktualności", []))
    scoped = site_on(hostile, start="/bip/gmina-x/", scopes=(f"{hostile.host}/bip/gmina-x/",))

    async def go() -> list[str]:
        async with Fetcher(POLICY) as fetcher:
            found = await discover(scoped, fetcher, max_requests=30, today=TODAY, bip_hint=lambda _: None)
            return [*found.notes, *found.problems]

    said = run(go())
    outside = [p for p in hostile.hits() if not p.startswith("/bip/gmina-x/")]
    assert outside == []
    assert "/bip/gmina-x/aktualnosci" in hostile.paths
    assert any("not followed" in line and "gmina-y" in line for line in said), said  # refused as a candidate


def test_a_discovery_request_outside_the_sites_path_is_refused_before_the_fetcher(hostile: HostileSite) -> None:
    scoped = site_on(hostile, start="/bip/gmina-x/", scopes=(f"{hostile.host}/bip/gmina-x/",))

    async def go() -> tuple[FetchResult | None, list[str]]:
        async with Fetcher(POLICY) as fetcher:
            probe = discover_module._Run(scoped, fetcher, 10, frozenset({hostile.host}), scoped.scopes)
            return await probe.get(hostile.url("/bip/gmina-y/"), probe.hosts), probe.problems

    result, problems = run(go())
    assert result is None and any("outside the site's path" in p for p in problems)
    assert hostile.paths == []
