"""Discovery's pure parts, table-driven: link scoring, listings, item patterns, pagination, platforms, the store."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from scraper.discover_links import Link, SectionKind, candidates, fold, page_links, score_link
from scraper.discover_listing import Item, item_pattern, listing_items, pagination
from scraper.discovery_model import Discovery, Section
from scraper.discovery_store import Loaded, due, is_stale, load_discovery, path_for, save_discovery, set_pinned
from scraper.platform import fingerprint

BASE = "https://www.gmina.pl"
HOSTS = frozenset({"www.gmina.pl", "gmina.pl"})


def test_fold_drops_case_and_diacritics() -> None:
    assert fold("  AKTUALNOŚCI  Łódź\u00a0Żółć ") == "aktualnosci lodz zolc"


# -- link scoring ---------------------------------------------------------------------------------------------

LINKS = [
    # (text, title/alt, url, region, kind, scores at least, at most)
    ("Aktualności", "", "/aktualnosci", "menu", "news", 1.0, 1.0),
    ("Aktualnosci", "", "/index.php?id=5", "menu", "news", 1.0, 1.0),  # no diacritics
    ("AKTUALNOŚCI", "", "/a", "footer", "news", 0.5, 0.6),  # footer counts less
    ("Wiadomości", "", "/wiadomosci", "body", "news", 0.8, 0.8),
    ("", "", "/komunikaty-i-ogloszenia", "menu", "news", 0.5, 0.55),  # URL words alone
    ("Projekty unijne", "", "/projekty-unijne", "menu", "funding", 1.0, 1.0),
    ("Projekty unijne", "", "/strona-12", "menu", "funding", 1.0, 1.0),
    ("Fundusze Europejskie dla Opolskiego", "", "/fe", "menu", "funding", 1.0, 1.0),
    ("Pozyskane środki", "", "/x", "menu", "funding", 1.0, 1.0),
    ("Polski Ład", "", "/polski-lad", "menu", "funding", 1.0, 1.0),
    ("RFIL", "", "/rfil", "menu", "funding", 0.95, 1.0),
    ("", "", "/kpo", "body", "funding", 0.3, 0.4),
    ("", "BIP", "https://bip.gmina.pl/", "menu", "bip", 1.0, 1.0),  # image-only link, alt="BIP"
    ("", "Biuletyn Informacji Publicznej", "https://gmina.bip.gov.pl/", "menu", "bip", 1.0, 1.0),
    ("Biuletyn Informacji Publicznej", "", "https://www.biuletyn.net/nt-bin/start.asp", "footer", "bip", 0.55, 0.55),
    ("GOPS", "", "https://gops.gmina.pl/", "menu", "welfare", 1.0, 1.0),
    ("Miejski Ośrodek Pomocy Społecznej", "", "https://mops.miasto.pl/", "body", "welfare", 0.8, 0.8),
    ("Powiatowe Centrum Pomocy Rodzinie", "", "/pcpr", "menu", "welfare", 1.0, 1.0),
    ("Centrum Usług Społecznych", "", "/cus", "menu", "welfare", 1.0, 1.0),
    ("Jednostki organizacyjne", "", "/jednostki", "menu", "welfare", 0.5, 0.6),
    # not sections
    ("Kontakt", "", "/kontakt", "menu", "news", 0.0, 0.0),
    ("Kontakt", "", "/kontakt", "menu", "bip", 0.0, 0.0),
    ("Oferta kulturalna", "", "/kultura", "menu", "funding", 0.0, 0.0),
    ("Szkoła Podstawowa", "", "https://sp1.gmina.pl/", "menu", "welfare", 0.0, 0.0),
    ("Biblioteka", "", "/biblioteka", "menu", "bip", 0.0, 0.0),
    ("Focus na rozwój", "", "/focus", "menu", "welfare", 0.0, 0.0),  # "cus" inside a word is not CUS
    # an article title that mentions a keyword is not a section link
    ("Ogłoszenia o naborze wniosków na dofinansowanie wymiany pieców", "", "/a/1", "body", "news", 0.0, 0.35),
]


@pytest.mark.parametrize(("text", "label", "url", "region", "kind", "low", "high"), LINKS)
def test_score_link(text: str, label: str, url: str, region: str, kind: SectionKind, low: float, high: float) -> None:
    link = Link(BASE + url if url.startswith("/") else url, text, label, region)  # type: ignore[arg-type]
    score = score_link(link, kind)
    assert low <= score.value <= high, score
    assert bool(score.evidence) == bool(score.value)


def test_page_links_read_alt_title_and_region() -> None:
    html = (
        '<header><nav><a href="/aktualnosci">Aktualnosci</a><a href="https://bip.gmina.pl/">'
        '<img src="bip.png" alt="BIP"></a></nav></header><main><a href="mailto:x@y.pl">mail</a>'
        '<a href="/plik.pdf">Uchwała</a><a href="/a/1" title="Komunikat">Komunikat wójta</a></main>'
        '<div id="stopka"><a href="/aktualnosci">Aktualności</a></div>'
    )
    found = page_links(LexborHTMLParser(html), BASE + "/")
    assert [(link.url, link.text, link.label, link.region) for link in found] == [
        ("https://www.gmina.pl/aktualnosci", "Aktualnosci", "", "menu"),
        ("https://bip.gmina.pl/", "", "BIP", "menu"),
        ("https://www.gmina.pl/a/1", "Komunikat wójta", "Komunikat", "body"),
        ("https://www.gmina.pl/aktualnosci", "Aktualności", "", "footer"),
    ]
    [best] = candidates(found, "news", limit=1)
    assert best.link.region == "menu"  # the menu link wins over the same URL in the footer


# -- listings -------------------------------------------------------------------------------------------------


def _parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(f"<html><body>{html}</body></html>")


def test_a_table_of_dated_rows_is_a_listing() -> None:
    rows = "".join(
        f'<tr><td>{d}.02.2024</td><td><a href="/aktualnosci/{n},komunikat-{n}">Komunikat wójta numer {n}</a></td></tr>'
        for n, d in ((1, 10), (2, 11), (3, 12))
    )
    items = listing_items(_parse(f"<table>{rows}</table>"), BASE + "/aktualnosci", HOSTS)
    assert [i.published for i in items] == [date(2024, 2, d) for d in (10, 11, 12)]
    assert items[0] == Item(f"{BASE}/aktualnosci/1,komunikat-1", "Komunikat wójta numer 1", date(2024, 2, 10))


def test_links_without_dates_or_too_few_are_not_a_listing() -> None:
    undated = "".join(f'<li><a href="/p/{n}">Projekt numer {n} w gminie</a></li>' for n in range(5))
    assert listing_items(_parse(f"<ul>{undated}</ul>"), BASE + "/p", HOSTS) == []
    two = "".join(f'<li><a href="/p/{n}">Projekt numer {n}</a> 1 marca 2024</li>' for n in range(2))
    assert listing_items(_parse(f"<ul>{two}</ul>"), BASE + "/p", HOSTS) == []


def test_the_main_list_wins_over_a_dated_sidebar() -> None:
    main = "".join(
        f'<div class="wpis"><a href="/n/{n}">Wiadomość numer {n} z gminy</a> 0{n}.03.2024</div>' for n in range(1, 6)
    )
    side = "".join(f'<li><a href="/w/{n}">Wydarzenie numer {n} w GOK</a> 1{n}.04.2024</li>' for n in range(1, 4))
    items = listing_items(_parse(f"<aside><ul>{side}</ul></aside><section>{main}</section>"), BASE + "/n", HOSTS)
    assert [i.url for i in items] == [f"{BASE}/n/{n}" for n in range(1, 6)]


# -- item patterns --------------------------------------------------------------------------------------------

PATTERNS = [
    # (item URLs, must match, must not match)
    (
        ["/2024/03/12/nowa-droga/", "/2023/11/02/klub-seniora/"],
        ["/2022/01/05/cokolwiek-innego/"],
        ["/2024/03/12/", "/aktualnosci/", "/kontakt/"],
    ),
    (
        ["/aktualnosci/123,nowa-droga", "/aktualnosci/98,klub-seniora"],
        ["/aktualnosci/7,x"],
        ["/aktualnosci/", "/aktualnosci/strona/2", "/aktualnosci/abc"],
    ),
    (
        ["/index.php?option=com_content&id=12&Itemid=5", "/index.php?option=com_content&id=130&Itemid=5"],
        ["/index.php?option=com_content&id=9&Itemid=5", "/index.php?option=com_content&id=9&Itemid=6"],
        ["/index.php?option=com_tags&id=9&Itemid=5", "/index.php"],
    ),
    (  # a number shared by every sample (this year) is still a number
        ["/2025/06/nowa-droga/", "/2025/05/klub-seniora/"],
        ["/2024/12/zeszloroczny-wpis/"],
        ["/2025/", "/kontakt/"],
    ),
    (
        ["/art-12.html", "/art-345.html"],
        ["/art-9.html"],
        ["/art-x.html", "/kontakt.html"],
    ),
]


@pytest.mark.parametrize(("items", "good", "bad"), PATTERNS)
def test_item_pattern(items: list[str], good: list[str], bad: list[str]) -> None:
    pattern = item_pattern([BASE + u for u in items])
    assert pattern is not None
    for url in items + good:
        assert re.match(pattern, BASE + url), url
        assert re.match(pattern, "http://gmina.pl" + url), url  # with or without www, either scheme
    for url in bad:
        assert not re.match(pattern, BASE + url), url
    assert not re.match(pattern, "https://sp1.gmina.pl" + items[0])  # host-exact: no sibling subdomain


def test_item_pattern_excludes_the_section_pages_it_would_match() -> None:
    items = [f"{BASE}/nowa-droga-gminna/", f"{BASE}/klub-seniora-otwarty/"]
    pattern = item_pattern(items, avoid=(f"{BASE}/projekty-unijne/", f"{BASE}/aktualnosci/"))
    assert pattern is not None and re.match(pattern, f"{BASE}/inny-wpis/")
    assert not re.match(pattern, f"{BASE}/projekty-unijne/")
    assert item_pattern([f"{BASE}/a/1"]) is None  # one URL generalises to nothing


# -- pagination -----------------------------------------------------------------------------------------------

PAGERS = [
    # (listing path, pager HTML, label, URL of page 3)
    (
        "/aktualnosci/",
        '<a href="/aktualnosci/page/2/">2</a><a href="/aktualnosci/page/3/">3</a>',
        "/page/N/ 1-based",
        "/aktualnosci/page/3/",
    ),
    (
        "/aktualnosci",
        '<a href="/aktualnosci?page=1">2</a> <a href="/aktualnosci?page=2">3</a>',
        "?page= 0-based",
        "/aktualnosci?page=2",
    ),
    ("/aktualnosci", '<a href="/aktualnosci?page=1">następna ›</a>', "?page= 0-based", "/aktualnosci?page=2"),
    ("/aktualnosci", '<a href="/aktualnosci?page=2">Następna strona</a>', "?page= 1-based", "/aktualnosci?page=3"),
    (
        "/wiadomosci",
        '<a href="/wiadomosci?start=10">2</a><a href="/wiadomosci?start=20">3</a>',
        "?start= offset 10",
        "/wiadomosci?start=20",
    ),
    ("/wiadomosci", '<a href="/wiadomosci?start=15">»</a>', "?start= offset 15", "/wiadomosci?start=30"),
    ("/aktualnosci", '<a href="/aktualnosci?strona=2">2</a>', "?strona= 1-based", "/aktualnosci?strona=3"),
    ("/aktualnosci", '<a href="/aktualnosci/strona/2">Starsze wpisy</a>', "/strona/N 1-based", "/aktualnosci/strona/3"),
    ("/news", '<a rel="next" href="/news/strona-2.html">→</a>', "/strona-N.html 1-based", "/news/strona-3.html"),
]


@pytest.mark.parametrize(("path", "pager", "label", "third"), PAGERS)
def test_pagination_rule(path: str, pager: str, label: str, third: str) -> None:
    calendar = '<div class="kalendarz"><a href="/kalendarz?dzien=2">2</a></div>'
    rule = pagination(_parse(f"{calendar}<div class='pager'>{pager}</div>"), BASE + path, HOSTS)
    assert rule.label == label
    assert rule.page_url(3) == BASE + third
    assert rule.pattern and re.match(rule.pattern, BASE + third) and not re.match(rule.pattern, BASE + "/kontakt")


def test_an_opaque_next_link_is_kept_as_is() -> None:
    rule = pagination(_parse('<a rel="next" href="/lista?x=abc">Dalej</a>'), BASE + "/lista", HOSTS)
    assert (rule.label, rule.page_url(2), rule.page_url(3)) == ("next link", BASE + "/lista?x=abc", None)
    assert pagination(_parse("<p>Brak stron</p>"), BASE + "/lista", HOSTS).label == "none"


# -- platforms ------------------------------------------------------------------------------------------------

PLATFORMS = [
    ("wordpress", BASE + "/", '<head><meta name="generator" content="WordPress 6.5"></head>'),
    (
        "wordpress",
        BASE + "/",
        '<link rel="stylesheet" href="/wp-content/themes/x/style.css"><script src="/wp-includes/js/a.js"></script>',
    ),
    ("joomla", BASE + "/", '<meta name="generator" content="Joomla! - Open Source Content Management">'),
    (
        "joomla",
        BASE + "/",
        '<script src="/media/jui/js/jquery.js"></script><a href="/index.php?option=com_content&view=article">x</a>',
    ),
    ("drupal", BASE + "/", '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">'),
    ("drupal", BASE + "/", '<link href="/sites/default/files/css/a.css" rel="stylesheet"><a href="/node/12">x</a>'),
    ("idcom", BASE + "/", "<footer>Projekt i realizacja: IDcom-JST</footer>"),
    ("logonet", BASE + "/", '<div id="footer">Wykonanie: Logonet Sp. z o.o.</div>'),
    ("biuletyn.net", "https://www.biuletyn.net/nt-bin/start.asp?podmiot=gmina/", "<p>BIP</p>"),
    ("bip.info.pl", "https://ugtestowo.bip.info.pl/index.php", "<p>BIP</p>"),
    ("bip.net.pl", "https://testowo.bip.net.pl/", "<p>BIP</p>"),
    ("e-bip", "https://ugtestowo.e-bip.eu/", "<p>BIP</p>"),
    ("e-bip", "https://ugtestowo.bip.lubelskie.pl/index.php", "<p>BIP</p>"),
    ("bip.gov.pl", "https://gminatestowo.bip.gov.pl/", "<p>BIP</p>"),
    ("gov.pl", "https://www.gov.pl/web/gmina-testowo", "<p>Gmina</p>"),
    ("asp_pl_start", BASE + "/asp/pl_start.asp?typ=13&menu=1", "<p>Gmina</p>"),
    ("unknown", BASE + "/", "<p>Zwykła strona bez śladów</p>"),
    # BIPs on their units' own hosts: the vendor's footer credit (and URL shapes) tell them
    ("bip.info.pl", "http://bip.gmina.pl/", "<footer>bip.gmina.pl · System BIP: bip.info.pl</footer>"),
    ("biuletyn.net", "http://bip.gmina.pl/", "<footer>Wykonanie: biuletyn.net</footer>"),
    ("bip.net.pl", "http://bip.gmina.pl/", '<a href="/?c=14">Ogłoszenia</a><footer>Realizacja: bip.net.pl</footer>'),
    ("e-bip", "http://bip.gmina.pl/x/", "<footer>Platforma e-BIP</footer>"),
    ("bip.gov.pl", "http://bip.gmina.pl/", '<a href="/articles/view/7">x</a><footer>Platforma: bip.gov.pl</footer>'),
    # a unit's site naming its BIP's address is not running on that platform
    ("unknown", BASE + "/", "<footer>BIP: gmina.bip.net.pl · bip.info.pl · gmina.biuletyn.net</footer>"),
    # the government portal on another host name: its header words and /web/<unit>/ shape
    (
        "gov.pl",
        "http://portal.example.pl/web/gmina-testowo",
        '<a href="/web/gmina-testowo/aktualnosci">A</a><footer>Serwis Rzeczypospolitej Polskiej</footer>',
    ),
]


@pytest.mark.parametrize(("name", "url", "html"), PLATFORMS)
def test_platform_fingerprint(name: str, url: str, html: str) -> None:
    found = fingerprint(html, url)
    assert found.name == name
    assert bool(found.evidence) == (name != "unknown")


# -- the store ------------------------------------------------------------------------------------------------


def _discovery(**changes: object) -> Discovery:
    section = Section("news", BASE + "/aktualnosci", "listing", 0.9, item_pattern="^x$")
    values: dict[str, object] = {
        "site_id": "gmina-x",
        "teryt": "1601011",
        "discovered": date(2025, 1, 10),
        "home": BASE + "/",
        "sections": (section,),
    }
    return Discovery(**{**values, **changes})  # type: ignore[arg-type]


def test_store_saves_atomically_and_keeps_pinned(tmp_path: Path) -> None:
    first = _discovery()
    assert save_discovery(tmp_path, first) == "saved"
    stored = path_for(tmp_path, "gmina-x")
    assert stored == tmp_path / "discovery" / "gmina-x.json"
    assert json.loads(stored.read_text(encoding="utf-8"))["sections"][0]["url"] == BASE + "/aktualnosci"
    assert load_discovery(tmp_path, "gmina-x").discovery == first
    assert set_pinned(tmp_path, "gmina-x", True).discovery == _discovery(pinned=True)
    newer = _discovery(discovered=date(2025, 3, 1), sections=())
    assert save_discovery(tmp_path, newer) == "kept pinned"
    assert load_discovery(tmp_path, "gmina-x").discovery == _discovery(pinned=True)
    assert save_discovery(tmp_path, newer, force=True) == "saved"
    assert load_discovery(tmp_path, "gmina-x").discovery == newer
    assert not list((tmp_path / "discovery").glob(".*.tmp"))


def test_store_reports_bad_and_missing_files(tmp_path: Path) -> None:
    assert load_discovery(tmp_path, "gmina-x").discovery is None
    assert load_discovery(tmp_path, "gmina-x").problem is None
    path = path_for(tmp_path, "gmina-x")
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    loaded = load_discovery(tmp_path, "gmina-x")
    assert loaded.discovery is None and loaded.problem and "not a discovery file" in loaded.problem
    assert set_pinned(tmp_path, "gmina-x", True).problem
    save_discovery(tmp_path, _discovery(site_id="gmina-y"))
    path_for(tmp_path, "gmina-y").rename(path)
    assert "holds site 'gmina-y'" in (load_discovery(tmp_path, "gmina-x").problem or "")
    with pytest.raises(ValueError):
        path_for(tmp_path, "../etc")


def test_staleness_and_due() -> None:
    found = _discovery()
    assert not is_stale(found, date(2025, 2, 9), 30)
    assert is_stale(found, date(2025, 2, 10), 30)
    assert not is_stale(_discovery(pinned=True), date(2030, 1, 1), 30)
    from scraper.discovery_store import Loaded

    assert due(Loaded(None), date(2025, 1, 11), 30)
    assert not due(Loaded(found), date(2025, 1, 11), 30)
    assert not due(Loaded(_discovery(pinned=True)), date(2030, 1, 11), 30)  # pinned: never, however old


REGIONS = [
    ('<div class="main-menu"><a href="/x">X</a></div>', "menu"),
    ('<ul id="menu-glowne"><li><a href="/x">X</a></li></ul>', "menu"),
    ('<div id="stopka"><a href="/x">X</a></div>', "footer"),
    ('<div class="site-footer-content"><a href="/x">X</a></div>', "footer"),
    ('<div id="content"><div class="box"><a href="/x">X</a></div></div>', "body"),
    ('<main class="x"><a href="/x">X</a></main>', "body"),
    ('<footer><nav class="menu-stopka"><a href="/x">X</a></nav></footer>', "footer"),
    ("<header><div><a href='/x'>X</a></div></header>", "menu"),
    ("<article class='post'><header class='entry-header'><h2><a href='/x'>X</a></h2></header></article>", "body"),
    ("<div class='wpis'><footer class='entry-footer'><a href='/x'>X</a></footer></div>", "body"),
    ("<main><div class='item'><div class='page-header'><h2><a href='/x'>X</a></h2></div></div></main>", "body"),
    ("<main><nav class='submenu'><a href='/x'>X</a></nav></main>", "menu"),
]


@pytest.mark.parametrize(("html", "region"), REGIONS)
def test_region_of_a_link(html: str, region: str) -> None:
    tree = LexborHTMLParser(f'<html><body class="has-header-image home">{html}</body></html>')
    [link] = page_links(tree, BASE + "/")
    assert link.region == region


# -- review fixes: failed discoveries, unreadable files, hand-edited files -------------------------------------

NEWS = Section("news", f"{BASE}/aktualnosci", "listing", 0.9, rf"^{re.escape(BASE)}/a/\d+$")


def test_a_failed_discovery_is_due_the_next_day_not_in_a_month() -> None:
    today = date(2026, 12, 4)
    failed = Discovery("g", None, date(2026, 12, 3), f"{BASE}/", problems=("site unreachable: connection refused",))
    assert due(load_ok(failed), today, 30)  # yesterday's failure is tried again
    assert not due(load_ok(failed), date(2026, 12, 3), 30)  # not twice the same day
    homepage = Discovery("g", None, date(2026, 12, 3), f"{BASE}/", problems=("homepage https://x/: HTTP 503",))
    assert due(load_ok(homepage), today, 30)
    found = Discovery("g", None, date(2026, 12, 3), f"{BASE}/", sections=(NEWS,))
    assert not due(load_ok(found), today, 30)  # a good discovery waits its 30 days
    empty = Discovery("g", None, date(2026, 12, 3), f"{BASE}/")  # read the site, found nothing: a result
    assert not due(load_ok(empty), today, 30)


def load_ok(discovery: Discovery) -> Loaded:
    return Loaded(discovery)


@pytest.mark.parametrize("force", [False, True])
def test_a_file_that_cannot_be_read_is_never_overwritten(tmp_path: Path, force: bool) -> None:
    path = path_for(tmp_path, "g")
    path.parent.mkdir(parents=True)
    typo = b'{"pinned": true, "site_id": "g",, }\n'  # a hand-reviewed file with a JSON typo
    path.write_bytes(typo)
    assert save_discovery(tmp_path, Discovery("g", None, date(2026, 12, 4), f"{BASE}/"), force=force) == (
        "kept unreadable"
    )
    assert path.read_bytes() == typo


@pytest.mark.parametrize(
    ("key", "value", "named"),
    [
        ("item_pattern", "^http://([", "sections[0].item_pattern"),
        ("kind", "ogloszenia", "sections[0].kind"),
        ("shape", "table", "sections[0].shape"),
    ],
)
def test_a_hand_edited_file_is_validated(tmp_path: Path, key: str, value: str, named: str) -> None:
    data = Discovery("g", None, date(2026, 12, 4), f"{BASE}/", sections=(NEWS,)).to_json()
    data["sections"][0][key] = value
    with pytest.raises(ValueError, match=re.escape(named)):
        Discovery.from_json(data)
    path = path_for(tmp_path, "g")
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_discovery(tmp_path, "g")
    assert loaded.discovery is None and loaded.problem and str(path) in loaded.problem and named in loaded.problem


def test_a_bad_pagination_pattern_is_named(tmp_path: Path) -> None:
    data = Discovery("g", None, date(2026, 12, 4), f"{BASE}/", sections=(NEWS,)).to_json()
    data["sections"][0]["pagination"]["pattern"] = "(unclosed"
    with pytest.raises(ValueError, match=re.escape("sections[0].pagination.pattern")):
        Discovery.from_json(data)
