"""Realistic municipal pages for the speed benchmarks: real sizes and real boilerplate, fixed seed.

    .venv/bin/python benchmarks/realistic_pages.py OUT [--pages 200] [--copies 1]

The ten saved fixture pages are small (5-20 KB) and clean; a municipal site serves 30-120 KB:
menus with 50-150 links, sidebars, calendars, footers, cookie banners, inline scripts and inline
SVG.  This writes such pages as a raw store (`OUT/raw/<site>/<key>.html` + `_entries.jsonl`, the layout
`scrape run --offline --from` and `scrape extract` read) and the site registry that walks them
(`OUT/sites.toml`, for `--sites`).  Three templates (a BIP, a city CMS, an old table-layout OPS
site); about a quarter of the sites serve windows-1250 (the meta charset, the Content-Type header
or both).  Each site has two listing pages and article pages whose Polish bodies hold amounts,
dates, periods, programmes and partners; BIP articles end with the BIP metadata table.

`--copies N` writes every site N times under other hosts (the same pages: 200 distinct x 3 = 600).
Hosts are fictional (`*.bench.example`).  `SELECTORS` names each template's title, date and body:
the benchmark's page object reads them, as a site's page object would.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SEED = 17
PAGES_PER_SITE = 20  # 2 listing pages + 18 articles
FETCHED_AT = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # the store's time of every page: runs repeat
ARTICLES_PER_SITE = PAGES_PER_SITE - 2
TEMPLATES = ("bip", "cms", "ops")
SELECTORS = {
    "bip": {"title": "div#tresc > h2.tytul", "date": "div#tresc > p.data", "body": "div#tresc > div.tekst"},
    "cms": {"title": "article.news-full h1", "date": "article.news-full time", "body": "article.news-full div.entry"},
    "ops": {"title": "td.main h1", "date": "td.main span.data", "body": "td.main div.tresc"},
}
TOWNS = (
    "Lipowo Dolne",
    "Zielonka Wielka",
    "Brzozów Mały",
    "Kamienna Góra Nowa",
    "Olszanka",
    "Dębowa Wola",
    "Jarzębinów",
    "Sosnowiec Mały",
    "Wierzbica Górna",
    "Modrzewie",
    "Bukowiec",
    "Grabowo Stare",
    "Jaworzno Małe",
    "Klonowa",
    "Topolin",
)
PROGRAMMES = (
    "Regionalnego Programu Operacyjnego Województwa Opolskiego na lata 2014-2020",
    "programu Fundusze Europejskie dla Śląskiego 2021-2027",
    "Rządowego Funduszu Polski Ład: Programu Inwestycji Strategicznych",
    "Rządowego Funduszu Inwestycji Lokalnych",
    "Programu Operacyjnego Wiedza Edukacja Rozwój 2014-2020",
    "Resortowego programu Ministra Rodziny i Polityki Społecznej „Asystent osobisty osoby niepełnosprawnej”",
    "programu „Senior+” na lata 2021-2025",
    "Krajowego Planu Odbudowy i Zwiększania Odporności",
)
TOPICS = (
    ("Przebudowa drogi gminnej w miejscowości {town}", "przebudowy drogi gminnej"),
    ("Termomodernizacja budynku szkoły podstawowej w {town}", "termomodernizacji budynku szkoły"),
    ("Klub Seniora w {town} – nowe zajęcia", "utworzenia i prowadzenia Klubu Seniora"),
    ("Asystent osobisty osoby niepełnosprawnej – edycja {year}", "usług asystencji osobistej"),
    ("Budowa świetlicy wiejskiej w {town}", "budowy świetlicy wiejskiej"),
    ("Wymiana oświetlenia ulicznego na LED w gminie {town}", "modernizacji oświetlenia ulicznego"),
    ("Cyfrowa Gmina – zakup sprzętu komputerowego", "zakupu sprzętu komputerowego dla szkół"),
    ("Rozbudowa sieci wodociągowej w {town}", "rozbudowy sieci wodociągowej"),
    ("Program „Czyste Powietrze” w gminie {town}", "wymiany źródeł ciepła w budynkach mieszkalnych"),
    ("Remont przedszkola samorządowego w {town}", "remontu przedszkola samorządowego"),
)
PARTNERS = (
    "Stowarzyszenie Rozwoju Wsi {town}",
    "Fundacja Pomocy Rodzinie „Razem”",
    "Ochotnicza Straż Pożarna w {town}",
    "Gminny Ośrodek Kultury w {town}",
    "Powiatowe Centrum Pomocy Rodzinie w {town}",
    "Uniwersytet Trzeciego Wieku w {town}",
)
MONTHS = (
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
)
FILLER = (
    "Inwestycja poprawi bezpieczeństwo mieszkańców i komfort codziennego życia w całej gminie.",
    "Zakres prac obejmuje roboty przygotowawcze, wymianę instalacji oraz zagospodarowanie terenu.",
    "Wykonawca został wyłoniony w postępowaniu prowadzonym w trybie podstawowym.",
    "Mieszkańcy mogą zgłaszać uwagi w sekretariacie urzędu w godzinach jego pracy.",
    "Dzięki realizacji zadania zmniejszą się koszty utrzymania obiektu i emisja zanieczyszczeń.",
    "Odbiór końcowy robót zaplanowano po zakończeniu wszystkich prac wykończeniowych.",
    "Z zajęć skorzysta kilkadziesiąt osób, w tym osoby starsze i z niepełnosprawnościami.",
    "Szczegółowe informacje o harmonogramie prac publikujemy na bieżąco w aktualnościach.",
    "Projekt jest zgodny ze strategią rozwoju gminy przyjętą uchwałą rady gminy.",
    "Prace prowadzone są przy zachowaniu ruchu, prosimy kierowców o zachowanie ostrożności.",
)
MENU_WORDS = (
    "Urząd",
    "Rada Gminy",
    "Aktualności",
    "Ogłoszenia",
    "Przetargi",
    "Projekty unijne",
    "Turystyka",
    "Kultura",
    "Sport",
    "Oświata",
    "Pomoc społeczna",
    "Ochrona środowiska",
    "Gospodarka odpadami",
    "Podatki i opłaty",
    "Sprawy obywatelskie",
    "Zdrowie",
    "Inwestycje",
    "Budżet obywatelski",
    "Sołectwa",
    "Organizacje pozarządowe",
    "Galeria",
    "Kontakt",
    "Deklaracja dostępności",
    "RODO",
    "Mapa strony",
    "Jednostki organizacyjne",
    "Zamówienia publiczne",
    "Nabory",
    "Konsultacje społeczne",
    "Gminne Centrum Informacji",
)


@dataclass(frozen=True)
class Page:
    site: str  # the site id (a copy's has "-cN")
    url: str
    role: str  # "article" or "listing"
    body: bytes
    headers: dict[str, str]


@dataclass(frozen=True)
class SiteSpec:
    index: int
    id: str
    host: str
    town: str
    template: str
    cp1250: str  # "" (UTF-8), "meta", "header" or "both"


def _sites(count: int) -> list[SiteSpec]:
    rng = random.Random(SEED)
    specs = []
    for i in range(count):
        town = TOWNS[i % len(TOWNS)]
        charset = ("meta", "header", "both")[i % 3] if (i * 3) % 8 < 2 else ""  # a quarter of every 8 sites
        slug = f"gmina{i:03d}"
        specs.append(SiteSpec(i, f"bench-{slug}", f"www.{slug}.bench.example", town, TEMPLATES[i % 3], charset))
    rng.shuffle(specs)  # templates and charsets spread over the ids
    return sorted(specs, key=lambda s: s.index)


def _amount(rng: random.Random) -> str:
    value = rng.randrange(20_000, 9_000_000)
    grosze = rng.randrange(100)
    whole = f"{value:,}".replace(",", " ")
    return f"{whole},{grosze:02d} zł"


def _date(rng: random.Random, year: int) -> str:
    day, month = rng.randrange(1, 29), rng.randrange(1, 13)
    return f"{day} {MONTHS[month - 1]} {year} r." if rng.random() < 0.5 else f"{day:02d}.{month:02d}.{year} r."


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _article_body(rng: random.Random, town: str, number: int) -> tuple[str, str, str]:
    """(title, ISO date, body HTML) of one article about a funded project."""
    year = rng.randrange(2019, 2026)
    title_form, subject = TOPICS[(number + rng.randrange(3)) % len(TOPICS)]
    title = title_form.format(town=town, year=year)
    programme = rng.choice(PROGRAMMES)
    total = _amount(rng)
    grant = _amount(rng)
    partners = rng.sample(PARTNERS, 2)
    start, end = year, year + rng.randrange(1, 3)
    paragraphs = [
        f"Gmina {town} realizuje projekt dotyczący {subject}. Projekt jest współfinansowany ze środków {programme}.",
        f"Całkowita wartość projektu wynosi {total}, a kwota dofinansowania to {grant}. "
        f"Umowę o dofinansowanie podpisano {_date(rng, year)}",
        f"Okres realizacji projektu: od {_date(rng, start)} do {_date(rng, end)}",
        f"Beneficjentem projektu jest Gmina {town}. Realizatorem jest Urząd Gminy {town}.",
        "Partnerami projektu są: " + " oraz ".join(p.format(town=town) for p in partners) + ".",
    ]
    paragraphs += [rng.choice(FILLER) + " " + rng.choice(FILLER) for _ in range(rng.randrange(4, 16))]
    rng.shuffle(paragraphs[3:])
    html = "\n".join(f"<p>{_esc(p)}</p>" for p in paragraphs)
    if rng.random() < 0.4:
        html += (
            "\n<table class='tabela'><tr><th>Źródło</th><th>Kwota</th></tr>"
            f"<tr><td>Dofinansowanie</td><td>{grant}</td></tr>"
            f"<tr><td>Wkład własny</td><td>{_amount(rng)}</td></tr></table>"
        )
    if rng.random() < 0.5:
        html += f"\n<p class='zal'><a href='/files/umowa-{number}.pdf'>Umowa o dofinansowanie (PDF, 312 KB)</a></p>"
    iso = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    return title, iso, html


def _menu(rng: random.Random, host: str, links: int) -> str:
    items = []
    for i in range(links):
        word = MENU_WORDS[i % len(MENU_WORDS)]
        extra = f" {i // len(MENU_WORDS) + 1}" if i >= len(MENU_WORDS) else ""
        items.append(
            f'<li class="menu-item item-{i}"><a href="https://{host}/strona/{i},{i * 7 % 97}" title="{word}">'
            f"{word}{extra}</a></li>"
        )
    return '<nav id="menu-glowne" class="menu"><ul class="nav level-1">' + "".join(items) + "</ul></nav>"


def _svg(rng: random.Random, size: int) -> str:
    points = []
    length = 0
    while length < size:
        chunk = " ".join(f"L{rng.randrange(1000)} {rng.randrange(1000)}" for _ in range(12))
        points.append(f'<path d="M0 0 {chunk} Z" fill="#{rng.randrange(0xFFFFFF):06x}"/>')
        length += len(points[-1])
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 1000" class="ikona" aria-hidden="true">'
    return f"{svg}{''.join(points)}</svg>"


def _script(rng: random.Random, size: int) -> str:
    lines = []
    length = 0
    while length < size:
        name = f"fn{rng.randrange(10**6)}"
        line = f"function {name}(a,b){{var x=a*{rng.randrange(99)}+b;"
        line += f"if(x>{rng.randrange(999)}){{return '{name}'+x;}}return null;}}"
        lines.append(line)
        length += len(line)
    return "<script>\n" + "\n".join(lines) + "\n</script>"


def _calendar(rng: random.Random, host: str) -> str:
    cells = []
    for week in range(5):
        row = "".join(
            f'<td><a href="https://{host}/kalendarz/{week * 7 + d + 1}">{week * 7 + d + 1}</a></td>'
            if rng.random() < 0.3
            else f"<td>{week * 7 + d + 1}</td>"
            for d in range(7)
        )
        cells.append(f"<tr>{row}</tr>")
    head = "".join(f"<th>{d}</th>" for d in ("Pn", "Wt", "Śr", "Cz", "Pt", "So", "Nd"))
    return (
        f'<div class="kalendarz widget"><h3>Kalendarz wydarzeń</h3><table><tr>{head}</tr>{"".join(cells)}</table></div>'
    )


def _sidebar(rng: random.Random, host: str) -> str:
    news = "".join(
        f'<li><a href="https://{host}/wydarzenia/{rng.randrange(9999)}">{_esc(rng.choice(FILLER)[:60])}</a></li>'
        for _ in range(rng.randrange(6, 15))
    )
    return (
        '<aside class="sidebar"><div class="widget"><h3>Najnowsze wydarzenia</h3><ul>'
        + news
        + "</ul></div>"
        + _calendar(rng, host)
        + '<div class="widget pogoda"><h3>Pogoda</h3><p>Dziś 12°C, zachmurzenie umiarkowane</p></div>'
        + '<div class="widget licznik">Odwiedzin: 1 234 567</div></aside>'
    )


def _footer(spec: SiteSpec) -> str:
    return (
        '<footer id="stopka"><div class="kontakt"><p>Urząd Gminy '
        + _esc(spec.town)
        + "</p><p>ul. Główna 1, 00-001 "
        + _esc(spec.town)
        + "</p><p>tel. 12 345 67 89, e-mail: sekretariat@"
        + spec.host[4:]
        + "</p><p>NIP 123-456-78-90</p></div>"
        + '<div class="linki"><a href="/deklaracja-dostepnosci">Deklaracja dostępności</a> | '
        '<a href="/polityka-prywatnosci">Polityka prywatności</a> | <a href="/rodo">RODO</a></div>'
        "<p>© 2024 Urząd Gminy. Wszelkie prawa zastrzeżone.</p></footer>"
    )


COOKIES = (
    '<div id="cookie-banner" class="cookies"><p>Ta strona używa plików cookies w celu świadczenia usług '
    "na najwyższym poziomie. Dalsze korzystanie ze strony oznacza zgodę na ich użycie.</p>"
    '<button class="accept">Akceptuję</button> <a href="/polityka-cookies">Więcej informacji</a></div>'
)


def _bip_metadata(rng: random.Random, spec: SiteSpec, iso: str) -> str:
    day = iso.split("-")
    created = f"{day[2]}.{day[1]}.{day[0]}"
    return (
        '<div class="metryka"><h4>Metryka</h4><table class="metryka-tabela">'
        f"<tr><th>Podmiot udostępniający</th><td>Urząd Gminy {_esc(spec.town)}</td></tr>"
        f"<tr><th>Wytworzył informację</th><td>Jan Kowalski</td></tr>"
        f"<tr><th>Data wytworzenia</th><td>{created}</td></tr>"
        f"<tr><th>Opublikował</th><td>Anna Nowak</td></tr>"
        f"<tr><th>Data publikacji</th><td>{created} {rng.randrange(8, 16):02d}:{rng.randrange(60):02d}</td></tr>"
        f"<tr><th>Ostatnia modyfikacja</th><td>{created} {rng.randrange(8, 16):02d}:{rng.randrange(60):02d}</td></tr>"
        f"<tr><th>Liczba odwiedzin</th><td>{rng.randrange(50, 5000)}</td></tr></table></div>"
    )


def _main(spec: SiteSpec, title: str, iso: str, body: str, rng: random.Random) -> str:
    """The article block in the site's template."""
    t = _esc(title)
    shown = f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}"
    if spec.template == "bip":
        return (
            f'<div id="tresc"><h2 class="tytul">{t}</h2><p class="data">Data: {shown}</p>'
            f'<div class="tekst">{body}</div>{_bip_metadata(rng, spec, iso)}</div>'
        )
    if spec.template == "cms":
        return (
            f'<article class="news-full"><header><h1>{t}</h1><time datetime="{iso}">{shown}</time></header>'
            f'<div class="entry">{body}</div><div class="share"><a href="#fb">Udostępnij</a> '
            '<a href="#tw">Tweetnij</a></div></article>'
        )
    return f'<h1>{t}</h1><span class="data">{iso}</span><div class="tresc">{body}</div>'


def _page(spec: SiteSpec, title: str, main: str, rng: random.Random, target: int) -> str:
    """A whole page around `main`, padded with inline script and SVG up to about `target` characters."""
    menu = _menu(rng, spec.host, rng.randrange(50, 151))
    charset = (
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
        if spec.cp1250
        in (
            "meta",
            "both",
        )
        else '<meta charset="utf-8">'
    )
    head = (
        f'<!DOCTYPE html><html lang="pl"><head>{charset}<title>{_esc(title)} - Urząd Gminy {_esc(spec.town)}</title>'
        f'<meta name="description" content="{_esc(title)}"><meta name="viewport" content="width=device-width">'
        '<link rel="stylesheet" href="/css/style.css">'
    )
    if spec.template == "ops":
        layout = (
            f'<table class="uklad"><tr><td class="lewa">{menu}</td><td class="main">{main}</td>'
            f'<td class="prawa">{_sidebar(rng, spec.host)}</td></tr></table>'
        )
    else:
        layout = (
            f'<header id="naglowek"><a href="/" class="logo">Urząd Gminy {_esc(spec.town)}</a>'
            '<form class="szukaj" action="/szukaj"><input name="q"><button>Szukaj</button></form></header>'
            f'{menu}<div class="breadcrumbs"><a href="/">Start</a> » <a href="/aktualnosci">Aktualności</a></div>'
            f'<div id="srodek"><main id="content">{main}</main>{_sidebar(rng, spec.host)}</div>'
        )
    rest = _footer(spec) + COOKIES
    bare = len(head) + len(layout) + len(rest) + 200
    pad = max(0, target - bare)
    svg_size = pad // 3
    scripts = _script(rng, pad - svg_size - 3000) if pad > 3000 else ""
    return (
        f"{head}{scripts}</head><body class='podstrona'>{_svg(rng, max(500, svg_size))}{layout}{rest}"
        f"{_script(rng, 1500)}</body></html>"
    )


def _encode(spec: SiteSpec, html: str) -> tuple[bytes, dict[str, str]]:
    if spec.cp1250:
        body = html.encode("cp1250", errors="xmlcharrefreplace")
        ctype = "text/html; charset=windows-1250" if spec.cp1250 in ("header", "both") else "text/html"
        return body, {"content-type": ctype}
    return html.encode("utf-8"), {"content-type": "text/html; charset=utf-8"}


def _article_path(number: int, title: str) -> str:
    slug = "-".join("".join(c for c in w.lower() if c.isalnum()) for w in title.split()[:5])
    slug = slug.encode("ascii", "ignore").decode() or "artykul"
    return f"/aktualnosci/{number},{slug}"


def site_pages(spec: SiteSpec) -> list[Page]:
    """The site's 20 pages: two listing pages, then the articles."""
    rng = random.Random(SEED * 100_003 + spec.index)
    articles = []
    for n in range(ARTICLES_PER_SITE):
        number = spec.index * 1000 + n + 1
        title, iso, body = _article_body(rng, spec.town, number)
        articles.append((number, title, iso, body))
    pages = []
    for number, title, iso, body in articles:
        html = _page(spec, title, _main(spec, title, iso, body, rng), rng, rng.randrange(32_000, 118_000))
        url = f"https://{spec.host}{_article_path(number, title)}"
        pages.append(Page(spec.id, url, "article", *_encode(spec, html)))
    listings = []
    half = ARTICLES_PER_SITE // 2
    for page_no, chunk in enumerate((articles[:half], articles[half:]), start=1):
        items = "".join(
            f'<div class="news-item"><h3><a href="https://{spec.host}{_article_path(n, t)}">{_esc(t)}</a></h3>'
            f'<span class="data">{iso}</span><p>{_esc(rng.choice(FILLER))}</p></div>'
            for n, t, iso, _ in chunk
        )
        pager = f'<div class="pager"><a href="https://{spec.host}/aktualnosci?strona=2">2</a></div>'
        main = f'<div id="lista"><h1>Aktualności</h1>{items}{pager}</div>'
        html = _page(spec, "Aktualności", main, rng, rng.randrange(32_000, 90_000))
        url = f"https://{spec.host}/aktualnosci" + ("" if page_no == 1 else "?strona=2")
        listings.append(Page(spec.id, url, "listing", *_encode(spec, html)))
    return listings + pages


def pages(distinct: int = 200) -> Iterator[Page]:
    """`distinct` pages (rounded up to whole sites of 20), in site order."""
    for spec in _sites(-(-distinct // PAGES_PER_SITE)):
        yield from site_pages(spec)


def _copy_spec(spec: SiteSpec, copy: int) -> SiteSpec:
    if copy == 0:
        return spec
    host = spec.host.replace(".bench.", f"-c{copy}.bench.")
    return SiteSpec(spec.index, f"{spec.id}-c{copy}", host, spec.town, spec.template, spec.cp1250)


def write_store(out: Path, distinct: int = 200, copies: int = 1) -> Path:
    """Write OUT/raw (the pages, each site `copies` times) and OUT/sites.toml; returns OUT/raw.

    A copy is the same page under another host (its links rewritten), so a copy costs what the original does.
    """
    from extract.urls import canonical_url, url_id  # the store's own key, so `RawStore.get` finds the pages
    from scraper.store import entry_fields
    from scraper.store_log import ENTRIES, line_of

    raw = out / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    entries = []
    for spec in _sites(-(-distinct // PAGES_PER_SITE)):
        originals = site_pages(spec)
        for copy in range(copies):
            cspec = _copy_spec(spec, copy)
            folder = raw / cspec.id
            folder.mkdir(parents=True)
            lines = []
            for page in originals:
                body = page.body if copy == 0 else page.body.replace(spec.host.encode(), cspec.host.encode())
                url = canonical_url(page.url.replace(spec.host, cspec.host))
                key = url_id(url)
                (folder / f"{key}.html").write_bytes(body)
                digest = hashlib.sha256(body).hexdigest()
                lines.append(line_of(entry_fields(key, url, 200, page.headers, FETCHED_AT, digest, f"{key}.html")))
            (folder / ENTRIES).write_bytes(b"".join(lines))  # the store's layout, without a fsync a page
            entries.append(_registry_entry(cspec))
    (out / "sites.toml").write_text("".join(entries), encoding="utf-8")
    return raw


def _registry_entry(spec: SiteSpec) -> str:
    host = spec.host.replace(".", r"\.")
    return (
        f'[[site]]\nid = "{spec.id}"\nname = "Urząd Gminy {spec.town} (benchmark)"\n'
        f'start_urls = ["https://{spec.host}/aktualnosci"]\n'
        f"follow = ['^https://{host}/aktualnosci(\\?strona=\\d+)?$']\n"
        f"articles = ['^https://{host}/aktualnosci/\\d+,[\\w-]+$']\n"
        'extractor = "generic"\n\n'
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=200, help="distinct pages (whole sites of 20)")
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    raw = write_store(args.out, args.pages, args.copies)
    files = list(raw.rglob("*.html"))
    size = sum(f.stat().st_size for f in files)
    print(
        f"{len(files)} pages, {size / len(files) / 1024:.0f} KB on average, in {raw};",
        f"registry {args.out / 'sites.toml'}",
    )


if __name__ == "__main__":
    main()
