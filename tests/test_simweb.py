"""The simulated web itself: deterministic, large enough, every hazard really served, truth and pages agree."""

from __future__ import annotations

import asyncio
import errno
import gzip
import hashlib
import html
import re
import socket
from collections import Counter
from collections.abc import Awaitable, Iterator
from datetime import UTC, datetime
from typing import TypeVar
from urllib.parse import urljoin, urlsplit

import httpx
import pytest

from extract.decode import decode_html
from extract.page import SiteInfo
from extract.pipeline import extract
from scraper.fetch import Fetcher, FetchPolicy
from simweb import HAZARDS, SEED, TEMPLATES, SimWeb, UnitTruth, sim_web, start_sim_web, strip_noise
from simweb.templates import render_web
from simweb.units import build_units

__all__ = ["sim_web"]  # the package's fixture, used by the stop test

T = TypeVar("T")
_HREF = re.compile(r"""href=['"]([^'"]*)['"]""")
_META = re.compile(rb"""<meta[^>]*charset=['"]?([\w-]+)""", re.I)


def run(coro: Awaitable[T], timeout: float = 30) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, timeout=timeout)

    return asyncio.run(bounded())


@pytest.fixture(scope="module")
def web() -> Iterator[SimWeb]:
    served = start_sim_web()
    try:
        yield served
    finally:
        served.stop()


def body_of(web: SimWeb, url: str) -> bytes:
    """A page's bytes straight from the stored web (no HTTP): for checks over thousands of pages."""
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    response = web.hosts[parts.hostname or ""].answer(target)
    assert response.status == 200, url
    return response.body


def links(web: SimWeb, url: str) -> set[str]:
    """Absolute link targets on a page, noise parameters dropped."""
    found = set()
    for href in _HREF.findall(body_of(web, url).decode("latin-1")):
        absolute = urljoin(url, html.unescape(href))
        parts = urlsplit(absolute)
        target = strip_noise(parts.path + (f"?{parts.query}" if parts.query else ""))
        found.add(f"{parts.scheme}://{parts.netloc}{target}")
    return found


async def get_all(web: SimWeb, urls: list[str], concurrency: int = 1) -> dict[str, httpx.Response]:
    """GET every URL through the web's transport with a real httpx client, `concurrency` at a time.

    One at a time is the fastest here: client and server share one interpreter (and its GIL).
    """
    gate = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(transport=web.transport(), timeout=5, follow_redirects=False) as client:

        async def one(url: str) -> tuple[str, httpx.Response]:
            async with gate:
                return url, await client.get(url)

        return dict(await asyncio.gather(*(one(u) for u in urls)))


def unit_of(web: SimWeb, hazard: str) -> list[tuple[int, UnitTruth]]:
    return [(i, t) for i, t in enumerate(web.truths) if hazard in t.hazards]


# -- shape of the web -------------------------------------------------------------------------------


def test_same_seed_gives_the_same_web_and_another_seed_another() -> None:
    first, second = render_web(build_units(SEED)), render_web(build_units(SEED))
    assert {h: s.pages for h, s in first.hosts.items()} == {h: s.pages for h, s in second.hosts.items()}
    assert first.truths == second.truths
    other = render_web(build_units(SEED + 1))
    assert {t.homepage for t in other.truths.values()} != {t.homepage for t in first.truths.values()}


def test_at_least_50_units_of_every_level_with_teryt_codes_and_polish_names(web: SimWeb) -> None:
    assert len(web.units) >= 50
    assert {u.level for u in web.units} == {"gmina", "powiat", "miasto", "wojewodztwo"}
    teryts = [u.teryt for u in web.units]
    assert len(set(teryts)) == len(teryts) and all(re.fullmatch(r"\d{7}", t) for t in teryts)
    assert all(t[:2] in {"34", "36", "38"} for t in teryts)  # never a real voivodeship code
    assert sum(bool(re.search("[ąćęłńóśźż]", u.name)) for u in web.units) >= 10
    assert all(host.endswith(".sim") for host in web.hosts)


def test_at_least_8_templates_each_used_several_times(web: SimWeb) -> None:
    used = Counter(u.template for u in web.units)
    assert len(used) >= 8 and set(used) == set(TEMPLATES)
    assert min(used.values()) >= 5
    assert {t.platform for t in web.truths} >= {"wordpress", "joomla", "drupal", "idcom", "logonet", "gov.pl"}


def test_every_hazard_is_carried_by_at_least_two_units(web: SimWeb) -> None:
    counts = Counter(h for t in web.truths for h in t.hazards)
    assert {h: counts[h] for h in HAZARDS if counts[h] < 2} == {}


def test_listings_have_2_to_4_pages_and_pages_stay_small(web: SimWeb) -> None:
    for truth in web.truths:
        news = truth.site("main").listing_pages[truth.sections["news"][0]]
        assert 2 <= len(set(news)) <= 4 + (truth.template == "asp"), truth.homepage  # asp: bare URL + &strona=1
    sizes = [len(r.body) for site in web.hosts.values() for r in site.pages.values() if r.content_type]
    assert max(sizes) < 6_000 and sum(sizes) / len(sizes) < 3_000


# -- truth agrees with the pages --------------------------------------------------------------------


def test_listings_link_exactly_the_truth_items_and_page_2_brings_new_ones(web: SimWeb) -> None:
    for truth in web.truths:
        for site in truth.sites:
            linked: set[str] = set()
            for section, pages in site.listing_pages.items():
                pattern = re.compile(site.item_pattern[section])
                per_page = [
                    {truth.primary(u) for u in links(web, p) if pattern.fullmatch(u)}
                    for p in {body_of(web, p): p for p in pages}.values()
                ]
                assert all(per_page), (section, per_page)
                if len(per_page) > 1:
                    assert per_page[1] - per_page[0], section
                linked |= set().union(*per_page)
            news = site.sections.get("news", ())
            news_linked = {
                truth.primary(u)
                for s in news
                for p in site.listing_pages[s]
                for u in links(web, p)
                if re.fullmatch(site.item_pattern[s], u)
            }
            assert news_linked == site.news_items, site.url
            static = set(site.sections.get("funding", ())) - set(site.listing_pages)
            assert site.project_items <= linked | static, site.url


def test_homepage_links_every_section_and_the_bip_and_welfare_hosts(web: SimWeb) -> None:
    for truth in web.truths:
        on_home = links(web, truth.homepage)
        for kind in ("news", "funding", "bip", "welfare"):
            assert set(truth.sections[kind]) <= on_home, (truth.homepage, kind)
        assert truth.owns(truth.bip_url) and truth.owns(truth.welfare_url)
        assert all(truth.owns(u) for u in truth.items | truth.listing_pages)


def test_every_truth_url_answers_200_through_the_transport(web: SimWeb) -> None:
    urls: set[str] = set()
    for truth in web.truths:
        urls |= truth.items | truth.listing_pages | set(truth.aliases) | set(truth.feeds) | set(truth.sitemaps)
        urls |= {u for kind in truth.sections.values() for u in kind}
        urls |= {site.url for site in truth.sites}
    answers = run(get_all(web, sorted(urls)))
    assert {u: r.status_code for u, r in answers.items() if r.status_code != 200} == {}
    assert len(urls) > 1500
    hosts = {r.host for r in web.requests}
    assert hosts <= set(web.hosts)


def test_aliases_serve_the_same_document_as_the_primary_url(web: SimWeb) -> None:
    checked = 0
    for truth in web.truths:
        for alias, primary in truth.aliases.items():
            assert body_of(web, alias) == body_of(web, primary)
            checked += 1
    assert checked > 100


# -- hazards, as served -------------------------------------------------------------------------------


def test_bip_placements(web: SimWeb) -> None:
    for truth in web.truths:
        home_host = urlsplit(truth.homepage).hostname
        bip = urlsplit(truth.bip_url)
        if "bip_own_host" in truth.hazards:
            assert bip.hostname == truth.bip_host and truth.bip_host.startswith("bip.") and bip.path == "/"
        if "bip_tenant" in truth.hazards:
            assert truth.bip_host.endswith(".bip-tenant.sim") and bip.hostname == truth.bip_host
        if "bip_shared_path" in truth.hazards:
            assert bip.path.startswith("/bip/") and truth.site("bip").shared_host
        if "bip_inside" in truth.hazards:
            assert bip.hostname == home_host and truth.bip_url.startswith(truth.homepage)


def test_a_guessed_bip_host_is_dead_and_unknown_hosts_are_refused(web: SimWeb) -> None:
    dead = [t for t in web.truths if "dead_guessed_bip" in t.hazards]
    assert len(dead) >= 2

    async def probe(url: str) -> BaseException | None:
        async with httpx.AsyncClient(transport=web.transport(), timeout=5) as client:
            try:
                await client.get(url)
            except httpx.ConnectError as error:
                return error
        return None

    for url in [dead[0].bip_hint, dead[1].bip_hint, "https://www.example.com/", "http://nope.sim/x"]:
        error = run(probe(url))
        assert isinstance(error, httpx.ConnectError), url
        assert isinstance(error.__cause__, ConnectionRefusedError) and error.__cause__.errno == errno.ECONNREFUSED
    refused = [r for r in web.requests if r.status is None]
    assert {r.host for r in refused} >= {urlsplit(dead[0].bip_hint).hostname, "www.example.com", "nope.sim"}


def test_menu_label_hazards(web: SimWeb) -> None:
    for i, truth in unit_of(web, "ascii_anchors"):
        page = body_of(web, truth.homepage).decode(web.units[i].encoding)
        label = web.units[i].news_label
        anchor = label.translate(str.maketrans("ąćęłńóśźż", "acelnoszz"))
        assert f">{anchor}<" in page or f"alt='{anchor}'" in page
        if anchor != label:
            assert f">{label}<" not in page
    for i, truth in unit_of(web, "image_menu"):
        page = body_of(web, truth.homepage).decode(web.units[i].encoding)
        news = html.escape(truth.sections["news"][0].removeprefix(f"http://{urlsplit(truth.homepage).netloc}"))
        assert re.search(rf"href='[^']*{re.escape(news)}'><img [^>]*alt='[^']+'></a>", page), truth.homepage
        assert "alt='Biuletyn Informacji Publicznej'></a>" in page


def test_funding_as_a_static_page(web: SimWeb) -> None:
    for _, truth in unit_of(web, "funding_static"):
        url = truth.sections["funding"][0]
        assert url in truth.project_items and url not in truth.listing_pages
        assert "Wartość projektu" in decode_html(body_of(web, url)).text


def test_pagination_shapes_and_pages_past_the_end(web: SimWeb) -> None:
    for _, truth in unit_of(web, "zero_based_pages"):
        pages = truth.site("main").listing_pages[truth.sections["news"][0]]
        assert pages[1].endswith("?page=1")
    for i, truth in unit_of(web, "offset_pages"):
        pages = truth.site("main").listing_pages[truth.sections["news"][0]]
        assert pages[1].endswith(f"?start={web.units[i].per_page}")
    for i, truth in unit_of(web, "past_end_repeats_first"):
        pages = truth.site("main").listing_pages[truth.sections["news"][0]]
        tpl = TEMPLATES[truth.template]
        section = tpl.news_base(web.units[i])
        count = len([p for p in pages if p != truth.sections["news"][0]]) if truth.template == "asp" else len(pages)
        past = truth.homepage.rstrip("/") + tpl.page_target(section, count + 1, web.units[i].per_page)
        assert body_of(web, past) == body_of(web, pages[0])
        assert past in links(web, pages[-1])  # the last page still offers "next"
    for i, truth in unit_of(web, "past_end_empty_200"):
        tpl = TEMPLATES[truth.template]
        section = tpl.news_base(web.units[i])
        past = truth.homepage.rstrip("/") + tpl.page_target(section, 999, web.units[i].per_page)
        assert "Brak wpisów" in decode_html(body_of(web, past)).text
    drupal = next(t for _, t in unit_of(web, "zero_based_pages"))
    assert body_of(web, drupal.sections["news"][0] + "?page=999")  # 200


def test_noise_parameters_reach_the_same_page(web: SimWeb) -> None:
    for _, truth in unit_of(web, "noise_params"):
        home = body_of(web, truth.homepage).decode("latin-1")
        assert "utm_source=" in home
        item = sorted(truth.news_items)[0]
        joiner = "&" if "?" in item else "?"
        assert body_of(web, f"{item}{joiner}utm_source=x&sid=123&PHPSESSID=ab") == body_of(web, item)


def test_sitemaps_as_html_and_gzip_and_robots_sitemap_lines(web: SimWeb) -> None:
    answers: dict[str, None] = {}
    for hazard in ("sitemap_as_html", "sitemap_gzip", "robots_sitemap"):
        for _, truth in unit_of(web, hazard):
            answers[truth.homepage + "robots.txt"] = None
            for sitemap in truth.sitemaps:
                answers[sitemap] = None
    got = run(get_all(web, sorted(answers)))
    for _, truth in unit_of(web, "sitemap_as_html"):
        response = got[truth.sitemaps[0]]
        assert response.headers["content-type"].startswith("text/html") and response.content.startswith(b"<?xml")
    for _, truth in unit_of(web, "sitemap_gzip"):
        response = got[truth.sitemaps[0]]
        assert response.content[:2] == b"\x1f\x8b" and b"<urlset" in gzip.decompress(response.content)
    for _, truth in unit_of(web, "robots_sitemap"):
        robots = got[truth.homepage + "robots.txt"].text
        assert [f"Sitemap: {u}" for u in truth.sitemaps] == [
            ln for ln in robots.splitlines() if ln.startswith("Sitemap")
        ]


def test_comments_only_feed(web: SimWeb) -> None:
    for _, truth in unit_of(web, "comments_only_feed"):
        assert len(truth.feeds) == 1 and truth.feeds[0].endswith("/comments/feed/")
        head = body_of(web, truth.homepage).split(b"</head>")[0].decode()
        assert "application/rss+xml" in head and "/feed/'" not in head.replace("/comments/feed/'", "")
        titles = re.findall(r"<item><title>([^<]*)</title>", body_of(web, truth.feeds[0]).decode())
        assert titles and all(t.startswith("Komentarz do:") for t in titles)


def test_footer_links_to_other_units_and_sibling_hosts_are_not_the_units_own(web: SimWeb) -> None:
    homes = {t.homepage for t in web.truths}
    for _, truth in unit_of(web, "footer_links_to_other_units"):
        others = links(web, truth.homepage) & (homes - {truth.homepage})
        assert len(others) == 2 and not any(truth.owns(u) for u in others)
    for i, truth in unit_of(web, "sibling_host"):
        sibling = web.units[i].sibling_host
        assert sibling in truth.forbidden_hosts and sibling not in truth.hosts
        assert f"http://{sibling}/" in links(web, truth.homepage)
        assert body_of(web, f"http://{sibling}/")  # it answers: only scoping keeps a crawler out


def test_encodings_are_what_the_pages_declare(web: SimWeb) -> None:
    seen: Counter[str] = Counter()
    for host, site in web.hosts.items():
        for target, response in site.pages.items():
            if not (response.content_type or "").startswith("text/html") or response.body.startswith(b"<?xml"):
                continue
            header = re.search(r"charset=([\w-]+)", response.content_type or "")
            meta = _META.search(response.body[:1024])
            declared = {m.lower() for m in (header and header[1], meta and meta[1].decode()) if m}
            assert len(declared) == 1, (host, target, declared)  # every page says it, header and meta agree
            codec = declared.pop()
            text = response.body.decode(codec)  # strict: the page is what it says
            if codec != "utf-8":
                with pytest.raises(UnicodeDecodeError):
                    response.body.decode("utf-8")
                assert re.search("[ąćęłńóśźżŁŚŻ]", text)
                assert decode_html(response.body, response.content_type).text == text
            seen[codec] += 1
    assert seen["windows-1250"] > 50 and seen["iso-8859-2"] > 50


def test_windows_1250_declared_in_header_or_meta_only_both_occur(web: SimWeb) -> None:
    places = {u.charset_in for u in web.units if u.encoding != "utf-8"}
    assert {"meta", "both"} <= places


# -- using the web ------------------------------------------------------------------------------------


def test_the_project_fetcher_runs_through_the_transport(web: SimWeb) -> None:
    truth = web.truths[0]
    dead = next(t for t in web.truths if "dead_guessed_bip" in t.hazards)

    async def go() -> tuple[int | None, bytes | None, str]:
        async with Fetcher(FetchPolicy(delay=0, retries=0, timeout=5), transport=web.transport()) as fetcher:
            page = await fetcher.fetch(truth.homepage, allowed_hosts=truth.hosts)
            gone = await fetcher.fetch(dead.bip_hint, allowed_hosts=frozenset({urlsplit(dead.bip_hint).netloc}))
            return page.status, page.body, f"{gone.error_class}: {gone.error}"

    status, body, dead_class = run(go())
    assert status == 200 and body and truth.name.encode() in body
    assert dead_class.startswith("unreachable") and "connection refused" in dead_class  # robots.txt: nobody home
    asked = [r for r in web.requests if r.host == urlsplit(truth.homepage).hostname]
    assert {"/robots.txt", "/"} <= {r.path for r in asked}


def test_the_generic_extractor_gives_records_on_every_template(web: SimWeb) -> None:
    done = set()
    for truth in web.truths:
        if truth.template in done:
            continue
        done.add(truth.template)
        main = truth.site("main")
        url = sorted(main.project_items - {truth.sections["funding"][0]})[0]
        body = body_of(web, url)
        result = extract(
            url,
            body,
            site=SiteInfo(id=truth.teryt, name=truth.name),
            content_type=None,
            fetched_at=datetime(2025, 7, 2, tzinfo=UTC),
            content_sha256=hashlib.sha256(body).hexdigest(),
            extractor="generic",
        )
        assert result.error is None and result.records, (url, result.error)
        record = result.records[0]
        assert record.published is not None and len(record.amounts) >= 2, url
    assert done == set(TEMPLATES)


def test_conditional_requests_answer_304(web: SimWeb) -> None:
    url = sorted(web.truths[1].news_items)[0]

    async def go() -> tuple[int, int]:
        async with httpx.AsyncClient(transport=web.transport(), timeout=5) as client:
            first = await client.get(url)
            again = await client.get(url, headers={"If-None-Match": first.headers["etag"]})
            return first.status_code, again.status_code

    assert run(go()) == (200, 304)


def test_requests_are_logged_with_host_path_and_status(web: SimWeb) -> None:
    truth = web.truths[2]
    run(get_all(web, [truth.homepage, truth.homepage + "nie-ma-takiej-strony"]))
    logged = [r for r in web.requests if r.host == urlsplit(truth.homepage).hostname]
    assert {(r.path, r.status) for r in logged} >= {("/", 200), ("/nie-ma-takiej-strony", 404)}
    assert all(r.t > 0 for r in logged)


def test_server_stops_cleanly(sim_web: SimWeb) -> None:
    url = sim_web.truths[0].homepage
    assert run(get_all(sim_web, [url]))[url].status_code == 200
    sim_web.stop()
    assert not sim_web.running
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", sim_web.port)) != 0
    with pytest.raises(httpx.ConnectError):
        run(get_all(sim_web, [url]))
    sim_web.stop()  # twice is harmless
