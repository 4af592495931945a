"""The fictional units of the simulated web, generated from a fixed seed so every run sees the same web.

`build_units(seed)` returns at least 50 `Unit`s (gminas, powiats, cities with powiat rights and
voivodeships) with Polish names, TERYT-like 7-digit codes, their hosts, their news and project
items and the hazards each one carries.  Nothing here renders HTML: `templates` does that.
TERYT voivodeship codes are 34, 36 and 38, outside the real 02-32, so a simulated unit can
never be mistaken for (or override) a real one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Literal

SEED = 14  # issue 14
Level = Literal["gmina", "powiat", "miasto", "wojewodztwo"]
ItemKind = Literal["news", "project"]
BipMode = Literal["own_host", "tenant", "shared_path", "inside"]
PastEnd = Literal["404", "repeat_first", "empty_200"]
Sitemap = Literal["none", "xml", "html", "gzip"]
Feed = Literal["none", "posts", "comments"]

#: Main-site templates, in the order units are dealt to them (see templates.TEMPLATES).
TEMPLATE_NAMES = (
    "wordpress",
    "joomla",
    "drupal",
    "idcom",
    "logonet",
    "asp",
    "samorzad",
    "bespoke_php",
    "bespoke_html",
)
#: Every hazard the web must hold at least twice (tests/test_simweb.py checks it).
HAZARDS = (
    "bip_own_host",
    "bip_tenant",
    "bip_shared_path",
    "bip_inside",
    "dead_guessed_bip",
    "ascii_anchors",
    "image_menu",
    "funding_static",
    "zero_based_pages",
    "offset_pages",
    "past_end_repeats_first",
    "past_end_empty_200",
    "noise_params",
    "duplicate_paths",
    "sitemap_as_html",
    "sitemap_gzip",
    "comments_only_feed",
    "windows_1250",
    "iso_8859_2",
    "robots_sitemap",
    "footer_links_to_other_units",
    "sibling_host",
)
SHARED_BIP_TENANT_DOMAIN = "bip-tenant.sim"  # <slug>.bip-tenant.sim: one platform, a subdomain per unit
SHARED_BIP_PATH_HOST = "www.bip-wspolny.sim"  # /bip/<slug>/: one platform, a path per unit
SAMORZAD_HOST = "samorzad.gov.sim"  # /web/<kind>-<slug>/: a government-portal-like shared host

_VOIVODESHIPS = (
    ("34", "nadwiślańskie", "nadwislanskie", "Fundusze Europejskie dla Nadwiśla 2021-2027"),
    ("36", "pogórskie", "pogorskie", "Fundusze Europejskie dla Pogórza 2021-2027"),
    ("38", "pojezierskie", "pojezierskie", "Fundusze Europejskie dla Pojezierza 2021-2027"),
)
_ROOTS = (
    ("Kwiat", "kwiat"),
    ("Brzez", "brzez"),
    ("Lip", "lip"),
    ("Dęb", "deb"),
    ("Jabłon", "jablon"),
    ("Wiśni", "wisni"),
    ("Sosn", "sosn"),
    ("Olsz", "olsz"),
    ("Grab", "grab"),
    ("Jawor", "jawor"),
    ("Kalin", "kalin"),
    ("Malin", "malin"),
    ("Żuraw", "zuraw"),
    ("Sokol", "sokol"),
    ("Wilcz", "wilcz"),
    ("Borz", "borz"),
    ("Łęcz", "lecz"),
    ("Młyn", "mlyn"),
    ("Kamion", "kamion"),
    ("Piask", "piask"),
    ("Złot", "zlot"),
    ("Modrz", "modrz"),
    ("Buk", "buk"),
    ("Głog", "glog"),
    ("Jeżow", "jezow"),
    ("Orzech", "orzech"),
    ("Czereśn", "czeresn"),
    ("Świerk", "swierk"),
    ("Ślaz", "slaz"),
    ("Rzep", "rzep"),
)
_SUFFIXES = (
    ("owo", "owo"),
    ("ów", "ow"),
    ("ice", "ice"),
    ("no", "no"),
    ("owice", "owice"),
    ("in", "in"),
    ("ewo", "ewo"),
)
_VILLAGES = (
    "Nowa Wieś",
    "Stary Dwór",
    "Zalesie",
    "Podgórze",
    "Wólka",
    "Kolonia Leśna",
    "Górki",
    "Łęg",
    "Przybyszewo",
    "Zagórze",
    "Dąbrowa",
    "Księży Dwór",
)
_STREETS = ("Szkolna", "Kościelna", "Polna", "Lipowa", "Źródlana", "Ogrodowa", "Łąkowa", "Słoneczna")
NEWS_LABELS = ("Aktualności", "Wiadomości", "Komunikaty", "Wydarzenia", "Ogłoszenia")
FUNDING_LABELS = (
    "Projekty unijne",
    "Fundusze zewnętrzne",
    "Dofinansowania",
    "Pozyskane środki",
    "Fundusze Europejskie",
    "Programy rządowe",
    "Polski Ład",
    "Projekty dofinansowane",
)
_WELFARE = {
    "gmina": (("GOPS", "Gminny Ośrodek Pomocy Społecznej"), ("CUS", "Centrum Usług Społecznych")),
    "miasto": (("MOPS", "Miejski Ośrodek Pomocy Społecznej"), ("CUS", "Centrum Usług Społecznych")),
    "powiat": (("PCPR", "Powiatowe Centrum Pomocy Rodzinie"),),
    "wojewodztwo": (("ROPS", "Regionalny Ośrodek Polityki Społecznej"),),
}
_DATE_FORMATS = ("dmy_dot", "dmy_dot_r", "iso", "long", "long_r", "weekday", "dmy_dash", "iso_time")

# (title, programme or None, paragraph about the work); {v} is a village, {s} a street.
_PROJECTS = (
    ("Przebudowa drogi gminnej w miejscowości {v}", "Rządowego Funduszu Rozwoju Dróg", "przebudowę 1,2 km drogi"),
    ("Termomodernizacja budynku szkoły w miejscowości {v}", "{region}", "docieplenie ścian i wymianę okien"),
    ("Budowa kanalizacji sanitarnej w miejscowości {v}", "Krajowego Planu Odbudowy (KPO)", "budowę 3,4 km sieci"),
    ("Cyfrowa Gmina – nowy sprzęt dla urzędu", "Programu Operacyjnego Polska Cyfrowa", "zakup 25 komputerów"),
    ("Klub Senior+ w miejscowości {v}", "Programu Wieloletniego „Senior+” na lata 2021-2025", "wyposażenie klubu"),
    ("Fotowoltaika na budynkach użyteczności publicznej", "{region}", "montaż 6 instalacji fotowoltaicznych"),
    (
        "Modernizacja stacji uzdatniania wody w miejscowości {v}",
        "Rządowego Funduszu Polski Ład: Programu Inwestycji Strategicznych",
        "wymianę filtrów i zbiornika",
    ),
    ("Rozbudowa przedszkola przy ulicy {s}", "Rządowego Funduszu Inwestycji Lokalnych (RFIL)", "dobudowę 2 sal"),
    ("Aktywny Maluch – nowe miejsca w żłobku", "programu „Aktywny Maluch 2022-2029”", "utworzenie 20 miejsc opieki"),
    ("Remont świetlicy wiejskiej w miejscowości {v}", "Programu Rozwoju Obszarów Wiejskich (PROW)", "remont dachu"),
    ("Asystent osobisty osoby z niepełnosprawnością – edycja 2025", "Funduszu Solidarnościowego", "usługi asystenta"),
    ("Budowa ścieżki rowerowej wzdłuż ulicy {s}", "{region}", "budowę 2,8 km ścieżki"),
)
_NEWS = (
    ("Zebranie wiejskie w sołectwie {v}", "Sołtys zaprasza mieszkańców na zebranie w świetlicy."),
    ("Harmonogram odbioru odpadów komunalnych", "Nowy harmonogram obowiązuje od początku miesiąca."),
    ("Dożynki gminne w miejscowości {v}", "Zapraszamy na mszę dziękczynną, korowód i festyn."),
    ("Utrudnienia w ruchu na ulicy {s}", "Trwają prace przy wymianie nawierzchni chodnika."),
    ("Sesja Rady – kolejne posiedzenie", "Porządek obrad jest dostępny w Biuletynie Informacji Publicznej."),
    ("Konkurs plastyczny dla dzieci i młodzieży", "Prace należy składać w sekretariacie urzędu."),
    ("Przerwa w dostawie wody w miejscowości {v}", "Przepraszamy za utrudnienia związane z awarią."),
    ("Spotkanie w sprawie planu miejscowego", "Projekt planu wyłożono do publicznego wglądu."),
    ("Bieg Niepodległości ulicami miejscowości {v}", "Zapisy prowadzi Gminny Ośrodek Kultury."),
    ("Wyniki konkursu na najpiękniejszy ogród", "Komisja odwiedziła dwanaście zgłoszonych ogrodów."),
    ("Dyżur radnego powiatowego", "Radny przyjmuje mieszkańców w pierwszy poniedziałek miesiąca."),
    ("Akcja krwiodawstwa przy ulicy {s}", "Ambulans stanie przed budynkiem ośrodka zdrowia."),
    ("Ferie zimowe w bibliotece", "Biblioteka przygotowała zajęcia dla dzieci w wieku 6-12 lat."),
    ("Ostrzeżenie meteorologiczne", "Prosimy o zachowanie ostrożności podczas silnego wiatru."),
)


@dataclass(frozen=True)
class Item:
    """One article: a news item or an item about a project or funding (the dataset's target)."""

    n: int  # id within the unit, used in URLs
    slug: str
    title: str
    published: date
    kind: ItemKind
    paragraphs: tuple[str, ...]


@dataclass
class Unit:
    """One fictional unit and every choice that shapes its sites; `templates` renders it."""

    index: int
    teryt: str
    level: Level
    name: str  # "Gmina Kwiatkowo", "Powiat lipnicki", ...
    short: str  # "Kwiatkowo"
    slug: str  # "kwiatkowo"
    voivodeship: str
    region_programme: str
    template: str
    main_host: str
    prefix: str  # "" or "/web/gmina-kwiatkowo" on the shared samorzad portal
    bip_mode: BipMode
    bip_host: str
    bip_prefix: str  # "" or "/bip/<slug>" (shared path) or "<prefix>/bip" (inside the main site)
    dead_bip_host: str | None  # the guessed BIP host a community list would give; nothing answers there
    welfare_short: str  # GOPS, MOPS, PCPR, CUS, ROPS
    welfare_name: str
    welfare_host: str
    sibling_host: str | None  # a school on a sibling subdomain, linked but not the unit's site
    news_label: str
    funding_label: str
    funding_static: bool
    encoding: str  # "utf-8", "windows-1250" or "iso-8859-2"
    charset_in: Literal["meta", "header", "both"]
    date_format: str
    per_page: int
    past_end: PastEnd
    sitemap: Sitemap
    robots_sitemap: bool
    feed: Feed
    ascii_anchors: bool
    image_menu: bool
    noise_links: bool
    neighbours: tuple[int, ...]  # indexes of units linked from the footer
    villages: tuple[str, ...]
    news: tuple[Item, ...] = ()  # news listing order, newest first (some are about projects)
    funding: tuple[Item, ...] = ()  # funding listing order (or the items a static page describes)
    welfare_items: tuple[Item, ...] = ()
    hazards: set[str] = field(default_factory=set)

    @property
    def news_pages(self) -> int:
        return -(-len(self.news) // self.per_page)

    @property
    def funding_pages(self) -> int:
        return max(1, -(-len(self.funding) // self.per_page))

    @property
    def genitive(self) -> str:
        """'Gminy Kwiatkowo', 'Powiatu Lipnickiego' ... for "Urząd ..." lines."""
        if self.level == "gmina":
            return f"Gminy {self.short}"
        if self.level == "miasto":
            return f"Miasta {self.short}"
        if self.level == "powiat":
            return f"Powiatu {self.short[:-1]}iego"
        return f"Województwa {self.short[:-2]}iego"


def money(value: float) -> str:
    """1234567.89 -> '1 234 567,89' as Polish pages print it."""
    whole, cents = f"{value:.2f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return " ".join(groups) + "," + cents


_MONTHS_GEN = (
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
_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")


def polish_date(day: date, style: str) -> str:
    """A date as Polish sites print it, in one of `_DATE_FORMATS`."""
    long = f"{day.day} {_MONTHS_GEN[day.month - 1]} {day.year}"
    return {
        "dmy_dot": f"{day:%d.%m.%Y}",
        "dmy_dot_r": f"{day:%d.%m.%Y} r.",
        "iso": day.isoformat(),
        "long": long,
        "long_r": f"{long} r.",
        "weekday": f"{_WEEKDAYS[day.weekday()]}, {long}",
        "dmy_dash": f"{day:%d-%m-%Y}",
        "iso_time": f"{day.isoformat()} {9 + day.day % 7:02d}:{(day.day * 7) % 60:02d}",
    }[style]


def slugify(text: str) -> str:
    """ASCII URL slug of a Polish title."""
    table = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
    out = []
    for ch in text.translate(table).lower():
        out.append(ch if ch.isascii() and ch.isalnum() else "-")
    return "-".join(part for part in "".join(out).split("-") if part)[:60].rstrip("-")


def _project(rng: random.Random, unit: Unit, n: int, day: date) -> Item:
    title_t, programme_t, work = _PROJECTS[rng.randrange(len(_PROJECTS))]
    fill = {"v": rng.choice(unit.villages), "s": rng.choice(_STREETS), "region": unit.region_programme}
    title = title_t.format(**fill)
    programme = programme_t.format(**fill)
    total = rng.randrange(150_000_00, 9_000_000_00) / 100
    share = rng.choice((50, 60, 63.63, 70, 80, 85, 95))
    grant = round(total * share / 100, 2)
    start = date(day.year, 1 + rng.randrange(12), 1)
    end = start + timedelta(days=rng.choice((364, 545, 730)))
    period = rng.choice(
        (
            f"Okres realizacji: od {polish_date(start, 'long')} r. do {polish_date(end, 'long')} r.",
            f"Okres realizacji projektu: {start:%d.%m.%Y} – {end:%d.%m.%Y}.",
            f"Projekt będzie realizowany w latach {start.year}-{end.year}.",
        )
    )
    paragraphs = (
        f"{polish_date(day, 'long')} r. podpisano umowę o dofinansowanie projektu „{title}” "
        f"realizowanego przez {unit.name} ze środków {programme}.",
        f"Wartość projektu: {money(total)} zł. Kwota dofinansowania: {money(grant)} zł.",
        f"Zakres prac obejmuje {work}. {period}",
        f"Zadanie realizuje Urząd {unit.genitive}, ul. {rng.choice(_STREETS)} {1 + rng.randrange(40)}.",
    )
    return Item(n, slugify(title), title, day, "project", paragraphs)


def _news(rng: random.Random, unit: Unit, n: int, day: date) -> Item:
    title_t, lead = _NEWS[rng.randrange(len(_NEWS))]
    title = title_t.format(v=rng.choice(unit.villages), s=rng.choice(_STREETS))
    paragraphs = (
        f"Informujemy, że {polish_date(day + timedelta(days=7), 'long')} r. {lead[0].lower()}{lead[1:]}",
        f"Szczegółowe informacje można uzyskać w Urzędzie {unit.genitive}, pokój nr {1 + rng.randrange(30)}, "
        f"lub pod numerem telefonu 12 345 {rng.randrange(10, 99)} {rng.randrange(10, 99)}.",
        "Serdecznie zapraszamy wszystkich mieszkańców.",
    )
    return Item(n, slugify(title), title, day, "news", paragraphs)


def _names(rng: random.Random) -> list[tuple[str, str]]:
    """Unique (name, slug) pairs from roots and suffixes."""
    pairs = [
        (r + s, rs + ss)
        for r, rs in _ROOTS
        for s, ss in _SUFFIXES
        if rs[-1] != ss[0] and rs[-1] != "i" and not (rs.endswith("ow") and ss.startswith("ow"))
    ]
    rng.shuffle(pairs)
    return pairs


def _adjective(stem: str) -> str:
    """A powiat's adjective from a place name: 'Lipice' -> 'lipicki', 'Grabowo' -> 'grabowski'."""
    core = stem.lower().replace("ó", "o").rstrip("oeiyaąę")
    if core.endswith("c"):
        return core + "ki"
    if core.endswith("n"):
        return core[:-1] + "eński"
    return core + "ski"


def _levels() -> list[Level]:
    counts: tuple[tuple[Level, int], ...] = (("gmina", 42), ("powiat", 8), ("miasto", 5), ("wojewodztwo", 3))
    return [level for level, count in counts for _ in range(count)]


def build_units(seed: int = SEED) -> list[Unit]:
    """The web's units; the same seed always gives the same units, items and hazards."""
    rng = random.Random(seed)
    names = _names(rng)
    units: list[Unit] = []
    counters: dict[tuple[str, str], int] = {}
    for index, level in enumerate(_levels()):
        stem, stem_slug = names[index]
        woj = index - 55 if level == "wojewodztwo" else index % 3
        woj_code, woj_name, woj_slug, region = _VOIVODESHIPS[woj]
        if level == "gmina":
            name, short, slug = f"Gmina {stem}", stem, stem_slug
            key = (woj_code, f"{index % 8 + 1:02d}")
            counters[key] = counters.get(key, 0) + 1
            teryt = f"{woj_code}{key[1]}{counters[key]:02d}{rng.choice('123')}"
            own_host = rng.choice((f"www.gmina-{slug}.sim", f"www.{slug}.sim", f"gmina{slug}.sim"))
        elif level == "powiat":
            adjective = _adjective(stem)
            name, short, slug = f"Powiat {adjective}", adjective, slugify(adjective)
            teryt = f"{woj_code}{index - 41:02d}000"
            own_host = f"www.powiat-{slug}.sim"
        elif level == "miasto":
            name, short, slug = f"Miasto {stem}", stem, stem_slug
            teryt = f"{woj_code}{60 + index - 49:02d}011"
            own_host = f"www.{slug}.sim"
        else:
            name, short, slug = f"Województwo {woj_name}", woj_name, woj_slug
            teryt = f"{woj_code}00000"
            own_host = f"www.{slug}.sim"
        template = TEMPLATE_NAMES[index % len(TEMPLATE_NAMES)]
        bare = own_host.removeprefix("www.")
        main_host, prefix = own_host, ""
        if template == "samorzad":
            main_host, prefix = SAMORZAD_HOST, f"/web/{level}-{slug}"
        bip_mode: BipMode = ("own_host", "tenant", "shared_path", "inside")[(index // 2) % 4]
        if bip_mode == "own_host":
            bip_host, bip_prefix = f"bip.{bare}", ""
        elif bip_mode == "tenant":
            bip_host, bip_prefix = f"{slug}.{SHARED_BIP_TENANT_DOMAIN}", ""
        elif bip_mode == "shared_path":
            bip_host, bip_prefix = SHARED_BIP_PATH_HOST, f"/bip/{level}-{slug}"
        else:
            bip_host, bip_prefix = main_host, f"{prefix}/bip"
        welfare_short, welfare_name = rng.choice(_WELFARE[level])
        welfare_host = rng.choice(
            (f"{welfare_short.lower()}.{slug}.sim", f"www.{welfare_short.lower()}-{slug}.sim")
            if level != "powiat"
            else (f"pcpr.{bare}",)
        )
        encoding, charset_in = "utf-8", rng.choice(("meta", "header", "both"))
        if template == "asp":
            encoding, charset_in = "windows-1250", "both"
        elif template == "bespoke_php":
            encoding, charset_in = "iso-8859-2", "meta" if index % 2 else "both"
        elif template in ("idcom", "bespoke_html") and rng.random() < 0.3:
            encoding = "windows-1250"
        per_page = {"joomla": 5, "drupal": 4, "asp": 4}.get(template, rng.choice((4, 5, 6)))
        past_end: PastEnd = {
            "drupal": "empty_200",
            "joomla": "empty_200",
            "asp": "repeat_first",
            "bespoke_php": "repeat_first",
        }.get(template, "404")  # type: ignore[assignment]
        if template in ("idcom", "bespoke_html") and rng.random() < 0.4:
            past_end = "empty_200"
        unit = Unit(
            index=index,
            teryt=teryt,
            level=level,
            name=name,
            short=short,
            slug=slug,
            voivodeship=woj_name,
            region_programme=region,
            template=template,
            main_host=main_host,
            prefix=prefix,
            bip_mode=bip_mode,
            bip_host=bip_host,
            bip_prefix=bip_prefix,
            dead_bip_host=f"bip.ug{slug}.sim" if index % 5 == 2 else None,
            welfare_short=welfare_short,
            welfare_name=f"{welfare_name} w {'Gminie' if level == 'gmina' else 'Mieście'} {short}"
            if level in ("gmina", "miasto")
            else welfare_name,
            welfare_host=welfare_host,
            sibling_host=f"szkola.{bare}" if index % 3 == 0 else None,
            news_label=rng.choice(NEWS_LABELS),
            funding_label=FUNDING_LABELS[index % len(FUNDING_LABELS)],
            funding_static=index % 6 == 1,
            encoding=encoding,
            charset_in=charset_in,  # type: ignore[arg-type]
            date_format=rng.choice(_DATE_FORMATS),
            per_page=per_page,
            past_end=past_end,
            sitemap=("none", "xml", "html", "gzip")[index % 4] if template != "samorzad" else "none",
            robots_sitemap=index % 4 == 3 or (index % 4 == 1 and rng.random() < 0.5),
            feed=("comments" if index % 2 == 0 else "posts") if template == "wordpress" else "none",
            ascii_anchors=index % 7 == 3,
            image_menu=index % 7 == 5,
            noise_links=index % 4 == 1,
            neighbours=(),
            villages=tuple(rng.sample(_VILLAGES, 4)),
        )
        if unit.sitemap == "none" or template == "samorzad":
            unit.robots_sitemap = False
        if unit.sitemap == "gzip":
            unit.robots_sitemap = True
        _fill_items(rng, unit)
        units.append(unit)
    for unit in units:
        others = [u.index for u in units if u.index != unit.index and u.voivodeship == unit.voivodeship]
        if unit.index % 2 == 0:
            unit.neighbours = tuple(rng.sample(others, 2))
        unit.hazards = hazards_of(unit)
    return units


def _fill_items(rng: random.Random, unit: Unit) -> None:
    """News (2-4 listing pages, a third about projects), the funding section and the welfare centre's items."""
    pages = 2 + rng.randrange(3)
    count = unit.per_page * (pages - 1) + 1 + rng.randrange(unit.per_page)
    day = date(2025, 6, 20) - timedelta(days=rng.randrange(20))
    news: list[Item] = []
    n = 100 + rng.randrange(800)
    for _ in range(count):
        n += 1 + rng.randrange(3)
        item = _project(rng, unit, n, day) if rng.random() < 0.35 else _news(rng, unit, n, day)
        news.append(item)
        day -= timedelta(days=3 + rng.randrange(12))
    funding = [item for item in news if item.kind == "project"][:3]
    for _ in range(2 + rng.randrange(5)):  # projects only in the funding section
        n += 1 + rng.randrange(3)
        funding.append(_project(rng, unit, n, day))
        day -= timedelta(days=20 + rng.randrange(40))
    funding.sort(key=lambda item: item.published, reverse=True)
    welfare: list[Item] = []
    wday = date(2025, 5, 30)
    for k in range(4):
        item = _project(rng, unit, 10 + k, wday) if k % 2 == 0 else _news(rng, unit, 10 + k, wday)
        welfare.append(item)
        wday -= timedelta(days=11 + rng.randrange(10))
    seen: dict[str, int] = {}
    renamed: dict[int, Item] = {}
    for item in [*news, *funding]:  # unique slugs per unit, as CMSs make them ("-1", "-2", ...)
        if item.n in renamed:
            continue
        count = seen.get(item.slug, 0)
        seen[item.slug] = count + 1
        renamed[item.n] = replace(item, slug=f"{item.slug}-{count}") if count else item
    news = [renamed[i.n] for i in news]
    funding = [renamed[i.n] for i in funding]
    unit.news, unit.funding, unit.welfare_items = tuple(news), tuple(funding), tuple(welfare)


def hazards_of(unit: Unit) -> set[str]:
    """The hazard names (from HAZARDS) this unit carries."""
    found = {f"bip_{unit.bip_mode}"}
    flags = {
        "dead_guessed_bip": unit.dead_bip_host is not None,
        "ascii_anchors": unit.ascii_anchors,
        "image_menu": unit.image_menu,
        "funding_static": unit.funding_static,
        "zero_based_pages": unit.template == "drupal",
        "offset_pages": unit.template == "joomla",
        "past_end_repeats_first": unit.past_end == "repeat_first",
        "past_end_empty_200": unit.past_end == "empty_200",
        "noise_params": unit.noise_links,
        "duplicate_paths": unit.template in ("wordpress", "joomla", "drupal", "asp"),
        "sitemap_as_html": unit.sitemap == "html",
        "sitemap_gzip": unit.sitemap == "gzip",
        "comments_only_feed": unit.feed == "comments",
        "windows_1250": unit.encoding == "windows-1250",
        "iso_8859_2": unit.encoding == "iso-8859-2",
        "robots_sitemap": unit.robots_sitemap,
        "footer_links_to_other_units": bool(unit.neighbours),
        "sibling_host": unit.sibling_host is not None,
    }
    return found | {name for name, on in flags.items() if on}
