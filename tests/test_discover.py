"""Discovery end to end over real HTTP on 127.0.0.1: small fictional sites on the shapes of real platforms.

Each test builds its site from the builders in `discover_web`, runs `discover` through a real
Fetcher (no delay, no retries) under a time limit, and checks the sections, the pagination rule,
the extra sites, the problems, and that no request left the hosts it was allowed.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from discover_web import Entry, Host, Reply, dead_url, entries, links, listing, page, rss, sitemap, sitemap_index
from scraper.discover import discover
from scraper.discovery_model import Discovery
from scraper.fetch import Fetcher, FetchPolicy
from scraper.pages import role_of
from scraper.registry import Site
from scraper.runs import run_sites

TODAY = date(2025, 3, 1)
POLICY = FetchPolicy(allow_loopback=True, delay=0.0, retries=0, timeout=5.0, max_total_time=10.0)


@pytest.fixture()
def hosts() -> Iterator[list[Host]]:
    started: list[Host] = []
    try:
        yield started
    finally:
        for host in started:
            host.stop()


def start(hosts: list[Host]) -> Host:
    host = Host()
    hosts.append(host)
    return host


def site_at(url: str, site_id: str = "gmina-testowa") -> Site:
    return Site(
        id=site_id,
        name="Urząd Gminy Testowa",
        start_urls=(url,),
        follow=(),
        articles=(),
        extractor="generic",
        teryt="1601011",
        delay=0.0,
    )


def run_discovery(site: Site, max_requests: int = 40) -> Discovery:
    async def go() -> Discovery:
        async with Fetcher(POLICY) as fetcher:
            return await discover(site, fetcher, max_requests=max_requests, today=TODAY)

    async def bounded() -> Discovery:
        return await asyncio.wait_for(go(), timeout=60)

    return asyncio.run(bounded())


def pager(path_of: dict[int, str], current: int, last: int) -> str:
    numbers = " ".join(
        f"<span>{n}</span>" if n == current else f'<a href="{path_of[n]}">{n}</a>' for n in range(1, last + 1)
    )
    after = f' <a class="next" href="{path_of[current + 1]}">Następna »</a>' if current < last else ""
    return numbers + after


# -- a WordPress site: /page/N/, a static "Projekty unijne", BIP behind an image on another host -----------------


def wordpress(main: Host, bip: Host) -> list[Entry]:
    head = (
        '<meta name="generator" content="WordPress 6.4.2">'
        '<link rel="stylesheet" href="/wp-content/themes/gmina/style.css">'
        '<link rel="alternate" type="application/rss+xml" title="Gmina » Kanał z wpisami" href="/feed/">'
        '<link rel="alternate" type="application/rss+xml" title="Gmina » Kanał z komentarzami" href="/comments/feed/">'
    )
    menu = links(("/aktualnosci/", "Aktualności"), ("/projekty-unijne/", "Projekty unijne"), ("/kontakt/", "Kontakt"))
    menu += f'<a href="{bip.base}/"><img src="/wp-content/uploads/bip.png" alt="BIP"></a>'
    footer = links(("/gops/", "Gminny Ośrodek Pomocy Społecznej"), ("/polityka-prywatnosci/", "Polityka prywatności"))
    items = entries("", 1, 12, shape="/2024/03/{n}/wiadomosc-numer-{n}/")
    paths = {1: "/aktualnosci/", 2: "/aktualnosci/page/2/", 3: "/aktualnosci/page/3/"}
    for number, chunk in ((1, items[:5]), (2, items[5:10]), (3, items[10:])):
        main.routes[paths[number]] = Reply(listing("Aktualności", chunk, pager(paths, number, 3), head=head, menu=menu))
    projects = "".join(
        f'<li><a href="/projekty-unijne/{slug}/">{title}</a></li>'
        for slug, title in (
            ("termomodernizacja-szkoly", "Termomodernizacja Szkoły Podstawowej w Testowie"),
            ("budowa-drogi-gminnej", "Budowa drogi gminnej w Nowej Wsi"),
            ("klub-senior-plus", "Klub Senior+ w Testowie"),
        )
    )
    static = "<h1>Projekty unijne</h1><p>Gmina realizuje projekty współfinansowane ze środków UE.</p>"
    main.routes |= {
        "/": Reply(page("Gmina Testowa", "<h1>Witamy</h1><p>Strona gminy.</p>", head=head, menu=menu, footer=footer)),
        "/projekty-unijne/": Reply(page("Projekty unijne", f"{static}<ul>{projects}</ul>", head=head, menu=menu)),
        "/robots.txt": Reply(
            f"User-agent: *\nDisallow: /wp-admin/\nSitemap: {main.base}/wp-sitemap.xml\n", content_type="text/plain"
        ),
        "/wp-sitemap.xml": Reply(
            sitemap_index([main.url("/wp-sitemap-posts-page-1.xml"), main.url("/wp-sitemap-posts-post-1.xml")]),
            content_type="application/xml",
            gzip=True,
        ),
        "/wp-sitemap-posts-post-1.xml": Reply(
            sitemap([main.url(e.href) for e in items]), content_type="application/xml", gzip=True
        ),
        "/wp-sitemap-posts-page-1.xml": Reply(sitemap([main.url("/kontakt/")]), content_type="application/xml"),
        "/feed/": Reply(rss([main.url(e.href) for e in items[:5]]), content_type="application/rss+xml"),
    }
    bip.routes["/"] = Reply(
        page("Biuletyn Informacji Publicznej Gminy Testowa", "<h1>BIP</h1>", footer="Realizacja: Logonet Sp. z o.o.")
    )
    return items


def test_wordpress_site(hosts: list[Host]) -> None:
    main, bip = start(hosts), start(hosts)
    items = wordpress(main, bip)
    found = run_discovery(site_at(main.url("/")))

    assert found.platform.name == "wordpress"
    assert any("generator" in e for e in found.platform.evidence)
    news = found.section("news")
    assert news is not None and news.shape == "listing" and news.url == main.url("/aktualnosci/")
    rule = news.pagination
    assert rule.label == "/page/N/ 1-based"
    assert rule.template == main.url("/aktualnosci/page/{n}/")
    assert rule.verified and rule.past_end is None  # nothing is asked past the end: the walker stops by itself
    assert "/aktualnosci/page/999/" not in main.requests
    assert news.item_pattern is not None
    assert all(re.match(news.item_pattern, main.url(e.href)) for e in items)
    assert not any(
        re.match(news.item_pattern, main.url(p)) for p in ("/aktualnosci/", "/kontakt/", "/aktualnosci/page/2/")
    )
    assert news.confidence >= 0.9

    funding = found.section("funding")
    assert funding is not None and funding.shape == "static" and funding.url == main.url("/projekty-unijne/")
    assert funding.item_pattern is not None and re.match(
        funding.item_pattern, main.url("/projekty-unijne/inny-projekt/")
    )
    assert not re.match(funding.item_pattern, main.url("/projekty-unijne/"))

    welfare = found.section("welfare")
    assert welfare is not None and welfare.url == main.url("/gops/")  # on the site's own host: a section
    [extra] = found.extra_sites
    assert (extra.kind, extra.host, extra.teryt, extra.site_id) == ("bip", bip.netloc, "1601011", "gmina-testowa-bip")
    assert extra.platform.name == "logonet"
    assert bip.requests == ["/robots.txt", "/"]  # only its homepage: the BIP is discovered as a site of its own
    # the homepage led to a news listing: its sitemaps and feed were not needed, so not asked (issue 14)
    assert found.sitemaps == () and found.feeds == ()
    assert not [r for r in main.requests if "sitemap" in r or "feed" in r]
    assert found.requests <= 20 and found.requests >= len(main.requests) + len(bip.requests)
    assert not found.problems


def test_wordpress_discovery_applies_to_the_walker(hosts: list[Host]) -> None:
    main, bip = start(hosts), start(hosts)
    items = wordpress(main, bip)
    site = site_at(main.url("/"))
    found = run_discovery(site)
    applied = found.apply(site)

    assert applied.start_urls == (main.url("/aktualnosci/"), main.url("/projekty-unijne/"))
    assert role_of(applied, main.url(items[0].href)) == "article"
    assert role_of(applied, main.url("/projekty-unijne/klub-senior-plus/")) == "article"
    assert role_of(applied, main.url("/aktualnosci/page/3/")) == "listing"
    assert role_of(applied, main.url("/projekty-unijne/")) == "listing"
    assert role_of(applied, main.url("/kontakt/")) is None
    assert role_of(applied, bip.url("/")) is None
    assert applied.sitemaps == found.sitemaps and applied.id == site.id and applied.teryt == site.teryt
    extra_site = found.extra_sites[0].site(site)
    assert extra_site.start_urls == (bip.url("/"),) and extra_site.allowed_hosts == (bip.netloc,)
    with pytest.raises(ValueError, match="applied to site"):
        found.apply(site_at(main.url("/"), site_id="inna"))


def test_discovery_is_json_and_round_trips(hosts: list[Host]) -> None:
    main, bip = start(hosts), start(hosts)
    wordpress(main, bip)
    found = run_discovery(site_at(main.url("/")))
    text = json.dumps(found.to_json(), ensure_ascii=False)
    assert Discovery.from_json(json.loads(text)) == found


def test_request_budget_is_kept(hosts: list[Host]) -> None:
    main, bip = start(hosts), start(hosts)
    wordpress(main, bip)
    found = run_discovery(site_at(main.url("/")), max_requests=4)
    assert found.requests <= 4
    assert len(main.requests) + len(bip.requests) <= 4
    assert any("budget of 4 used up" in p for p in found.problems)


# -- Drupal: ASCII menu labels, ?page= 0-based, past the end repeats page 1, an OPS behind "Jednostki" --------


def drupal(main: Host, bip: Host, ops: Host) -> list[Entry]:
    head = '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
    head += '<link rel="stylesheet" href="/sites/default/files/css/css_abc.css">'
    menu = links(
        ("/aktualnosci", "Aktualnosci"),
        ("/projekty-unijne", "Projekty unijne"),
        ("/jednostki", "Jednostki organizacyjne"),
    )
    menu += f'<a href="{bip.base}/" title=""><img src="/sites/default/files/bip.png" alt="BIP"></a>'
    items = entries("/aktualnosci/", 1, 10, shape="{prefix}wiadomosc-numer-{n}")
    paths = {1: "/aktualnosci?page=0", 2: "/aktualnosci?page=1", 3: "/aktualnosci?page=2"}
    pages = {1: items[:4], 2: items[4:8], 3: items[8:]}

    def listing_page(number: int) -> Reply:
        return Reply(listing("Aktualnosci", pages[number], pager(paths, number, 3), head=head, menu=menu))

    main.routes |= {
        "/": Reply(page("Gmina Testowa", "<p>Witamy</p>", head=head, menu=menu)),
        "/aktualnosci": listing_page(1),
        "/aktualnosci?page=0": listing_page(1),
        "/aktualnosci?page=1": listing_page(2),
        "/aktualnosci?page=2": listing_page(3),
        "/projekty-unijne": Reply(
            listing("Projekty unijne", entries("/projekty-unijne/", 1, 3, shape="{prefix}projekt-{n}"), menu=menu)
        ),
        "/jednostki": Reply(
            page(
                "Jednostki organizacyjne",
                links((ops.url("/"), "Gminny Ośrodek Pomocy Społecznej w Testowie"), ("/szkola", "Szkoła Podstawowa")),
                menu=menu,
            )
        ),
    }
    main.fallback = lambda path: listing_page(1) if path.startswith("/aktualnosci?page=") else None  # past the end
    bip.routes["/"] = Reply(page("BIP Gminy Testowa", "<h1>Biuletyn Informacji Publicznej</h1>"))
    ops.routes["/"] = Reply(page("GOPS Testowa", "<h1>Gminny Ośrodek Pomocy Społecznej</h1>"))
    return items


def test_drupal_site_ascii_labels_zero_based_pages_and_units_on_other_hosts(hosts: list[Host]) -> None:
    main, bip, ops = start(hosts), start(hosts), start(hosts)
    items = drupal(main, bip, ops)
    found = run_discovery(site_at(main.url("/")))

    assert found.platform.name == "drupal"
    news = found.section("news")
    assert news is not None and news.url == main.url("/aktualnosci")
    rule = news.pagination
    assert (rule.label, rule.base, rule.step) == ("?page= 0-based", 0, 1)
    assert rule.page_url(2) == main.url("/aktualnosci?page=1")
    assert rule.verified and rule.past_end is None
    assert "/aktualnosci?page=998" not in main.requests  # no page past the end is asked
    assert news.item_pattern and all(re.match(news.item_pattern, main.url(e.href)) for e in items)
    assert rule.pattern and re.match(rule.pattern, main.url("/aktualnosci?page=7"))

    funding = found.section("funding")
    assert funding is not None and funding.shape == "listing" and funding.url == main.url("/projekty-unijne")
    assert funding.pagination.label == "none"

    extras = {e.kind: e for e in found.extra_sites}
    assert extras["bip"].host == bip.netloc and extras["bip"].url == bip.url("/")
    assert extras["welfare"].host == ops.netloc and extras["welfare"].site_id == "gmina-testowa-ops"
    assert "Ośrodek Pomocy" in extras["welfare"].name
    assert ops.requests == ["/robots.txt", "/"] and bip.requests == ["/robots.txt", "/"]
    assert "/szkola" not in main.requests


# -- Joomla: ?start= offsets, sitemap as text/html, a 404 section, a dead BIP host ------------------------------


def joomla(main: Host, dead_bip: str) -> list[Entry]:
    head = '<meta name="generator" content="Joomla! - Open Source Content Management">'
    head += '<script src="/media/jui/js/jquery.min.js"></script>'
    menu = links(
        ("/index.php/wiadomosci", "Wiadomości"),
        ("/index.php/projekty-unijne", "Projekty unijne"),
        ("/index.php/fundusze-zewnetrzne", "Fundusze zewnętrzne"),
        (dead_bip, "Biuletyn Informacji Publicznej"),
    )
    items = entries("/index.php/wiadomosci/", 1, 12, shape="{prefix}{n}-wiadomosc-numer-{n}")
    paths = {1: "/index.php/wiadomosci", 2: "/index.php/wiadomosci?start=5", 3: "/index.php/wiadomosci?start=10"}

    def listing_page(chunk: list[Entry], number: int) -> Reply:
        return Reply(listing("Wiadomości", chunk, pager(paths, number, 3), head=head, menu=menu))

    main.routes |= {
        "/": Reply(page("Gmina Testowa", "<p>Witamy</p>", head=head, menu=menu)),
        paths[1]: listing_page(items[:5], 1),
        paths[2]: listing_page(items[5:10], 2),
        paths[3]: listing_page(items[10:], 3),
        "/index.php/fundusze-zewnetrzne": Reply(
            page("Fundusze zewnętrzne", "<h1>Fundusze zewnętrzne</h1><p>Informacje o pozyskanych środkach.</p>")
        ),
        "/sitemap.xml": Reply(sitemap([main.url(e.href) for e in items]), content_type="text/html; charset=utf-8"),
    }
    main.fallback = lambda path: listing_page([], 3) if path.startswith("/index.php/wiadomosci?start=") else None
    return items


def test_joomla_site_offsets_sitemap_as_html_and_failures_recorded(hosts: list[Host]) -> None:
    main = start(hosts)
    dead = dead_url()
    items = joomla(main, dead)
    found = run_discovery(site_at(main.url("/")))

    assert found.platform.name == "joomla"
    news = found.section("news")
    assert news is not None and news.url == main.url("/index.php/wiadomosci")
    rule = news.pagination
    assert (rule.label, rule.base, rule.step) == ("?start= offset 5", 0, 5)
    assert rule.page_url(3) == main.url("/index.php/wiadomosci?start=10")
    assert rule.verified and rule.past_end is None
    assert news.item_pattern and all(re.match(news.item_pattern, main.url(e.href)) for e in items)
    assert "/sitemap.xml" not in main.requests  # the menu led to the news listing: the sitemap was not needed

    funding = found.section("funding")
    assert funding is not None and funding.url == main.url("/index.php/fundusze-zewnetrzne")
    assert funding.shape == "static" and funding.item_pattern is None
    applied = found.apply(site_at(main.url("/")))
    assert role_of(applied, funding.url) == "article"  # a static page linking to no items is itself the item
    problems = " | ".join(found.problems)
    assert "projekty-unijne: HTTP 404" in problems
    assert "connection refused" in problems and "bip host" in problems
    assert found.extra_sites == ()


# -- the /asp/pl_start.asp CMS whose page 2 repeats page 1 ------------------------------------------------------


def test_page_two_repeating_page_one_is_detected(hosts: list[Host]) -> None:
    main = start(hosts)
    base = "/asp/pl_start.asp?typ=14&menu=5&strona="
    shape = "/asp/pl_start.asp?typ=14&sub=5&menu=5&artykul={n}&akcja=artykul"
    items = entries("", 1, 4, shape=shape)
    paths = {n: f"{base}{n}" for n in range(1, 4)}
    menu = links((paths[1], "Komunikaty"))
    body = Reply(listing("Komunikaty", items, pager(paths, 1, 3), menu=menu))
    main.routes |= {"/": Reply(page("Gmina", "<p>Witamy</p>", menu=menu)), paths[1]: body, paths[2]: body}
    found = run_discovery(site_at(main.url("/")))

    assert found.platform.name == "asp_pl_start"
    news = found.section("news")
    assert news is not None and news.url == main.url(paths[1])
    assert news.pagination.label == "?strona= 1-based" and not news.pagination.verified
    assert news.pagination.past_end == "repeats page 1"
    assert any("repeats page 1" in p for p in found.problems)
    assert news.item_pattern and re.match(news.item_pattern, main.url(shape.format(n=999)))
    assert paths[3] not in main.requests  # no page past page 2 was asked once page 2 brought nothing new


def test_dead_site_is_recorded_not_raised() -> None:
    found = run_discovery(site_at(dead_url()))
    assert found.sections == () and found.extra_sites == ()
    assert any("unreachable" in p and "connection refused" in p for p in found.problems)
    assert found.requests <= 2


def test_sitemap_as_html_read_when_the_homepage_links_no_news(hosts: list[Host]) -> None:
    main = start(hosts)
    items = joomla(main, dead_url())
    menu = links(("/index.php/fundusze-zewnetrzne", "Fundusze zewnętrzne"))
    main.routes["/"] = Reply(page("Gmina Testowa", "<p>Witamy</p>", menu=menu))
    listed = [main.url("/index.php/wiadomosci"), *(main.url(e.href) for e in items)]
    main.routes["/sitemap.xml"] = Reply(sitemap(listed), content_type="text/html; charset=utf-8")
    found = run_discovery(site_at(main.url("/")))

    news = found.section("news")
    assert news is not None and news.url == main.url("/index.php/wiadomosci") and news.shape == "listing"
    assert any("12 sitemap URLs" in e for e in news.evidence)  # the sitemap came as text/html and was read
    assert found.sitemaps == (main.url("/sitemap.xml"),)


def test_a_bips_notices_are_not_news_and_its_sitemap_is_not_asked(hosts: list[Host]) -> None:
    bip = start(hosts)
    menu = links(("/ogloszenia", "Ogłoszenia"), ("/kontakt", "Kontakt"))
    notices = entries("/ogloszenia/", 1, 4, shape="{prefix}{n}")
    bip.routes |= {
        "/": Reply(page("Biuletyn Informacji Publicznej – Gmina Testowa", "<h1>BIP</h1>", menu=menu)),
        "/ogloszenia": Reply(listing("Ogłoszenia", notices, menu=menu)),
    }
    found = run_discovery(site_at(bip.url("/")))

    assert found.crawlable == ()
    assert bip.requests == ["/robots.txt", "/"]  # neither the notices nor a sitemap were asked
    assert any("legal notices" in n for n in found.notes) and not found.problems


def test_the_walker_crawls_what_discovery_found(hosts: list[Host], tmp_path: Path) -> None:
    main, bip = start(hosts), start(hosts)
    items = wordpress(main, bip)
    projects = ["/projekty-unijne/termomodernizacja-szkoly/", "/projekty-unijne/budowa-drogi-gminnej/"]
    projects.append("/projekty-unijne/klub-senior-plus/")
    article = "<article><h1>{title}</h1><p>Opublikowano 12.03.2024</p><p>Gmina otrzymała dofinansowanie.</p></article>"
    titles = {e.href: e.title for e in items} | {p: "Projekt gminy Testowa" for p in projects}
    main.fallback = lambda path: (
        Reply(page(titles[path], article.format(title=titles[path]))) if path in titles else None
    )
    site = site_at(main.url("/"))
    found = run_discovery(site)
    main.requests.clear()
    bip.requests.clear()

    result = run_sites([found.apply(site)], tmp_path, mode="live", policy=POLICY)

    records = [json.loads(line) for line in result.target.read_text(encoding="utf-8").splitlines()]
    assert {r["url"] for r in records} == {main.url(path) for path in titles}
    listings = {"/aktualnosci/", "/aktualnosci/page/2/", "/aktualnosci/page/3/", "/projekty-unijne/"}
    seeds = {"/robots.txt", "/wp-sitemap-posts-post-1.xml", "/feed/"}
    assert set(main.requests) <= set(titles) | listings | seeds  # no request for a page that is neither
    assert bip.requests == []


def test_bip_redirecting_to_its_real_host_and_a_latin2_site(hosts: list[Host]) -> None:
    main, guessed, real = start(hosts), start(hosts), start(hosts)
    dead_ops = dead_url()
    menu = links(("/aktualnosci", "Aktualności"), (guessed.url("/"), "BIP"), (dead_ops, "MOPS"))
    items = [
        Entry(f"/aktualnosci/{n},wpis.html", f"Żółta droga numer {n} gotowa", f"{n} lutego 2024") for n in range(1, 5)
    ]
    # ISO-8859-2, declared only by <meta>: the header says text/html without a charset
    home = page("Gmina", "<p>Witamy</p>", menu=menu, charset="iso-8859-2")
    news_page = listing("Aktualności", items, menu=menu, charset="iso-8859-2")
    main.routes |= {
        "/": Reply(home.encode("iso-8859-2"), content_type="text/html"),
        "/aktualnosci": Reply(news_page.encode("iso-8859-2"), content_type="text/html"),
    }
    guessed.routes["/"] = Reply("", status=301, headers={"Location": real.url("/start")})
    real.routes["/start"] = Reply(page("BIP", "<p>Biuletyn</p>"))
    found = run_discovery(site_at(main.url("/")))

    news = found.section("news")
    assert news is not None and news.url == main.url("/aktualnosci") and len(news.sample_items) == 4
    assert news.sample_items[0].title == "Żółta droga numer 1 gotowa"
    assert news.sample_items[0].published == date(2024, 2, 1)
    [extra] = found.extra_sites
    assert (extra.kind, extra.host, extra.url) == ("bip", real.netloc, real.url("/start"))
    assert any("redirects to" in e for e in extra.evidence)
    assert guessed.requests == ["/robots.txt", "/"] and real.requests == ["/robots.txt", "/start"]
    assert any(p.startswith("welfare host") and "connection refused" in p for p in found.problems)


# -- the community BIP list: a guess tried once when the homepage links to no BIP, kept only when verified --------


def discover_with_hint(site: Site, hint: str | None, max_requests: int = 40) -> Discovery:
    async def go() -> Discovery:
        async with Fetcher(POLICY) as fetcher:
            return await discover(site, fetcher, max_requests=max_requests, today=TODAY, bip_hint=lambda _: hint)

    return asyncio.run(asyncio.wait_for(go(), timeout=60))


def no_bip_link(main: Host) -> None:
    """A homepage with a news listing and no BIP or welfare link at all."""
    menu = links(("/aktualnosci", "Aktualności"), ("/kontakt", "Kontakt"))
    main.routes |= {
        "/": Reply(page("Gmina Testowa", "<p>Witamy</p>", menu=menu)),
        "/aktualnosci": Reply(listing("Aktualności", entries("/aktualnosci/", 1, 4), menu=menu)),
    }


def bip_page(unit: str) -> Reply:
    return Reply(
        page(f"Biuletyn Informacji Publicznej – {unit}", f"<h1>{unit}</h1><p>Biuletyn Informacji Publicznej</p>")
    )


def test_a_verified_bip_hint_becomes_an_extra_site(hosts: list[Host]) -> None:
    main, hint = start(hosts), start(hosts)
    no_bip_link(main)
    hint.routes["/"] = bip_page("Urząd Gminy Testowa")
    found = discover_with_hint(site_at(main.url("/")), hint.url("/"))

    [extra] = found.extra_sites
    assert (extra.kind, extra.host, extra.url, extra.site_id) == (
        "bip",
        hint.netloc,
        hint.url("/"),
        "gmina-testowa-bip",
    )
    assert extra.teryt == "1601011" and extra.confidence < 0.5
    assert extra.evidence[0].startswith("from the community BIP list, verified: ")
    assert "Urząd Gminy Testowa" in extra.evidence[0]
    assert hint.requests == ["/robots.txt", "/"]  # one page (and its robots.txt), nothing more
    assert not any("BIP hint" in p for p in found.problems)
    assert Discovery.from_json(json.loads(json.dumps(found.to_json()))) == found


def test_a_bip_hint_naming_the_unit_in_another_case_is_accepted(hosts: list[Host]) -> None:
    main, hint = start(hosts), start(hosts)
    no_bip_link(main)
    hint.routes["/"] = Reply(
        page("BIP", '<div id="naglowek">Gmina Testowej</div><p>Biuletyn Informacji Publicznej</p>')
    )
    found = discover_with_hint(site_at(main.url("/")), hint.url("/"))
    assert [e.host for e in found.extra_sites] == [hint.netloc]


def test_a_bip_hint_on_a_dead_host_is_a_problem_not_an_extra_site(hosts: list[Host]) -> None:
    main = start(hosts)
    no_bip_link(main)
    dead = dead_url()
    found = discover_with_hint(site_at(main.url("/")), dead)
    assert found.extra_sites == ()
    assert any(p.startswith(f"BIP hint {dead}: dead host") and "connection refused" in p for p in found.problems)


def test_another_units_bip_is_rejected(hosts: list[Host]) -> None:
    main, hint = start(hosts), start(hosts)
    no_bip_link(main)
    hint.routes["/"] = bip_page("Urząd Gminy Przykładowa")
    found = discover_with_hint(site_at(main.url("/")), hint.url("/"))
    assert found.extra_sites == ()
    assert any(n.startswith(f"BIP hint {hint.url('/')}: another unit's BIP") for n in found.notes)
    assert hint.requests == ["/robots.txt", "/"]


def test_a_hint_that_is_not_a_bip_is_rejected(hosts: list[Host]) -> None:
    main, hint = start(hosts), start(hosts)
    no_bip_link(main)
    hint.routes["/"] = Reply(page("Gmina Testowa – sklep z pamiątkami", "<h1>Pamiątki z Testowej</h1>"))
    found = discover_with_hint(site_at(main.url("/")), hint.url("/"))
    assert found.extra_sites == ()
    assert any(n.startswith(f"BIP hint {hint.url('/')}: not a BIP") for n in found.notes)


def test_a_hint_redirecting_elsewhere_is_not_followed(hosts: list[Host]) -> None:
    main, hint, real = start(hosts), start(hosts), start(hosts)
    no_bip_link(main)
    hint.routes["/"] = Reply("", status=301, headers={"Location": real.url("/")})
    real.routes["/"] = bip_page("Urząd Gminy Testowa")
    found = discover_with_hint(site_at(main.url("/")), hint.url("/"))
    assert found.extra_sites == () and real.requests == []
    assert any("redirects to" in n and "not followed" in n for n in found.notes)


def test_a_linked_bip_means_the_hint_is_never_asked(hosts: list[Host]) -> None:
    main, bip, hint = start(hosts), start(hosts), start(hosts)
    wordpress(main, bip)
    hint.routes["/"] = bip_page("Urząd Gminy Testowa")
    found = discover_with_hint(site_at(main.url("/")), hint.url("/"))
    assert [e.host for e in found.extra_sites] == [bip.netloc]
    assert hint.requests == []
    assert not any("BIP hint" in line for line in (*found.problems, *found.notes))


def test_a_hint_on_the_host_of_a_dead_bip_link_is_not_asked_again(hosts: list[Host]) -> None:
    main = start(hosts)
    dead = dead_url()
    main.routes["/"] = Reply(page("Gmina Testowa", "<p>Witamy</p>", menu=links((dead, "BIP"))))
    found = discover_with_hint(site_at(main.url("/")), dead + "bip/")
    assert found.extra_sites == ()
    assert any("already tried" in n for n in found.notes)
    assert not any(p.startswith("BIP hint") for p in found.problems)


@pytest.mark.parametrize(("budget", "asked"), [(4, False), (5, True)])
def test_the_hint_counts_against_the_budget(hosts: list[Host], budget: int, asked: bool) -> None:
    main, hint = start(hosts), start(hosts)
    main.routes["/"] = Reply(page("Gmina Testowa", "<p>Witamy</p>"))  # robots, home, /sitemap.xml: 3 requests
    hint.routes["/"] = bip_page("Urząd Gminy Testowa")
    found = discover_with_hint(site_at(main.url("/")), hint.url("/"), max_requests=budget)
    assert found.requests <= budget and len(main.requests) + len(hint.requests) <= budget
    assert bool(found.extra_sites) == asked
    assert hint.requests == (["/robots.txt", "/"] if asked else [])
    if not asked:
        assert any("BIP hint" in n and "budget" in n for n in found.notes)


@pytest.mark.parametrize(
    ("routes", "reason"),
    [
        ({"/robots.txt": Reply("User-agent: *\nDisallow: /\n", content_type="text/plain")}, "disallowed by robots.txt"),
        ({}, "HTTP 404"),
    ],
)
def test_a_hint_without_a_page_is_a_problem(hosts: list[Host], routes: dict[str, Reply], reason: str) -> None:
    main, hint = start(hosts), start(hosts)
    no_bip_link(main)
    hint.routes |= routes
    found = discover_with_hint(site_at(main.url("/")), hint.url("/bip/"))
    assert found.extra_sites == ()
    assert any(p.startswith(f"BIP hint {hint.url('/bip/')}: no page") and reason in p for p in found.problems)


def test_a_short_last_page_two_brings_new_items(hosts: list[Host]) -> None:
    """Page 2 holds two items (under a listing's minimum of dated blocks): new items, pagination confirmed."""
    main = start(hosts)
    items = entries("", 1, 7, shape="/aktualnosci/{n}/wiadomosc-numer-{n}")
    paths = {1: "/aktualnosci/", 2: "/aktualnosci/page/2/"}
    menu = links((paths[1], "Aktualności"))
    main.routes |= {
        "/": Reply(page("Gmina", "<p>Witamy</p>", menu=menu)),
        paths[1]: Reply(listing("Aktualności", items[:5], pager(paths, 1, 2), menu=menu)),
        paths[2]: Reply(listing("Aktualności", items[5:], pager(paths, 2, 2), menu=menu)),
    }
    found = run_discovery(site_at(main.url("/")))
    news = found.section("news")
    assert news is not None and news.pagination.verified and news.pagination.past_end is None
    assert not any("repeats page 1" in p for p in found.problems), found.problems
    assert "page 2 brings 2 new items" in news.pagination.evidence


def test_a_short_page_two_with_only_page_one_items_repeats_page_1(hosts: list[Host]) -> None:
    main = start(hosts)
    items = entries("", 1, 5, shape="/aktualnosci/{n}/wiadomosc-numer-{n}")
    paths = {1: "/aktualnosci/", 2: "/aktualnosci/page/2/"}
    menu = links((paths[1], "Aktualności"))
    main.routes |= {
        "/": Reply(page("Gmina", "<p>Witamy</p>", menu=menu)),
        paths[1]: Reply(listing("Aktualności", items, pager(paths, 1, 2), menu=menu)),
        paths[2]: Reply(listing("Aktualności", items[:2], pager(paths, 2, 2), menu=menu)),
    }
    found = run_discovery(site_at(main.url("/")))
    news = found.section("news")
    assert news is not None and not news.pagination.verified and news.pagination.past_end == "repeats page 1"
