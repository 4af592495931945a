"""Site templates of the simulated web: real platforms' URL, pagination and markup shapes, and bespoke sites.

Each `Template` knows its URL shapes (listing pages, items, aliases) and its markup; `render_web`
renders every unit's main site, BIP, welfare centre and sibling school into `HostSite`s (what each
host answers) and, in the same pass, each unit's `UnitTruth`, so the two always agree.

Main-site templates: wordpress, joomla, drupal, idcom, logonet, asp (the /asp/pl_start.asp CMS),
samorzad (a government-portal-like host of many units, /web/gmina-x/...), bespoke_php and bespoke_html.
BIPs, welfare centres and schools have their own small templates (not counted among those).
"""

from __future__ import annotations

import functools
import gzip
import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

from .truth import SCHEME, SiteBuilder, UnitTruth
from .units import (
    SHARED_BIP_PATH_HOST,
    SHARED_BIP_TENANT_DOMAIN,
    Item,
    PastEnd,
    Unit,
    polish_date,
)

# Query parameters a site ignores (tracking, sessions): the server drops them before routing.
NOISE_PARAMS = frozenset(
    {"utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "fbclid", "gclid", "sid", "phpsessid"}
)
_JSESSIONID = re.compile(r";jsessionid=[^?/]*", re.I)


@dataclass(frozen=True)
class Response:
    """One stored answer: status, body bytes as sent, Content-Type (None: no header) and extra headers."""

    status: int
    body: bytes
    content_type: str | None = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PagedRule:
    """Listing pages past the last one: repeat page 1, answer an empty 200 page, or 404 (no rule)."""

    pattern: re.Pattern[str]  # matches a listing page target; group "n" is the number in the URL
    page_of: Callable[[int], int | None]  # logical 1-based page of that number (None: not a page)
    last: int
    behaviour: PastEnd
    first: Response
    empty: Response


@dataclass
class HostSite:
    """Everything one host answers: stored pages by target (path?query) and the past-end rules."""

    host: str
    pages: dict[str, Response] = field(default_factory=dict)
    rules: list[PagedRule] = field(default_factory=list)

    def add(self, target: str, response: Response) -> None:
        if target in self.pages and self.pages[target] != response:
            raise ValueError(f"two different pages for {self.host}{target}")
        self.pages[target] = response

    def answer(self, target: str) -> Response:
        """What the host answers for `target` as requested (noise parameters and session ids ignored)."""
        clean = strip_noise(target)
        found = self.pages.get(clean)
        if found is not None:
            return found
        for rule in self.rules:
            match = rule.pattern.fullmatch(clean)
            if match is None:
                continue
            page = rule.page_of(int(match["n"]))
            if page is None or page <= rule.last or rule.behaviour == "404":
                break
            return rule.first if rule.behaviour == "repeat_first" else rule.empty
        return NOT_FOUND


def strip_noise(target: str) -> str:
    """`target` without tracking/session parameters and ;jsessionid=, other parameters kept in order."""
    target = _JSESSIONID.sub("", target)
    path, _, query = target.partition("?")
    if not query:
        return path
    kept = [p for p in query.split("&") if p and p.split("=", 1)[0].lower() not in NOISE_PARAMS]
    return path + ("?" + "&".join(kept) if kept else "")


NOT_FOUND = Response(
    404,
    b'<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>404</title></head>'
    b"<body><h1>Nie znaleziono strony</h1></body></html>",
)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def ascii_pl(text: str) -> str:
    """Polish text without diacritics, as some sites print their menus."""
    return text.translate(str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ"))


# -- templates ---------------------------------------------------------------------------------


class Template:
    """A main-site template; the base class is a plain bespoke site that subclasses reshape."""

    name = "base"
    platform = "bespoke"
    generator: str | None = None
    stylesheet = "/css/style.css"
    absolute_links = False
    wrap = ("<div id='strona'>", "</div>")
    credit = "Projekt strony: Studio WWW"
    pagination = "?strona=N"

    # URL shapes (targets are relative to the unit's prefix) ------------------------------------

    def news_base(self, unit: Unit) -> str:
        return "/aktualnosci"

    def funding_base(self, unit: Unit) -> str:
        from .units import slugify

        return "/" + slugify(unit.funding_label)

    def page_target(self, base: str, page: int, per_page: int) -> str:
        return base if page == 1 else f"{base}?strona={page}"

    def page_regex(self, base: str) -> str:
        return re.escape(base) + r"\?strona=(?P<n>\d+)"

    def page_of(self, n: int, per_page: int) -> int | None:
        return n

    def item_target(self, unit: Unit, item: Item, section: str) -> str:
        return f"/aktualnosci/{item.n},{item.slug}"

    def item_regex(self, unit: Unit, section: str) -> str:
        return r"/aktualnosci/\d+,[a-z0-9-]+"

    def alias_targets(self, unit: Unit, item: Item, section: str) -> list[str]:
        return []

    def home_target(self, unit: Unit, item: Item) -> str | None:
        """The URL the homepage's "latest news" box uses when not the primary one (a short alias)."""
        return None

    # markup ------------------------------------------------------------------------------------

    def head_extra(self, ctx: Ctx) -> str:
        return ""

    def menu(self, entries: list[str]) -> str:
        return "<nav class='menu'><ul>" + "".join(f"<li>{e}</li>" for e in entries) + "</ul></nav>"

    def row(self, href: str, title: str, when: str, lead: str) -> str:
        return (
            f"<div class='news-item'><h3><a href='{esc(href)}'>{esc(title)}</a></h3>"
            f"<span class='date'>{esc(when)}</span><p>{esc(lead)}</p></div>"
        )

    def listing(self, heading: str, rows: list[str], pager: str) -> str:
        return f"<h1>{esc(heading)}</h1><div class='news-list'>{''.join(rows)}</div>{pager}"

    def pager(self, prev: str | None, next_: str | None, numbers: list[tuple[int, str | None]]) -> str:
        parts = [f"<a href='{esc(prev)}'>« poprzednia</a>"] if prev else []
        parts += [f"<a href='{esc(h)}'>{n}</a>" if h else f"<span class='current'>{n}</span>" for n, h in numbers]
        if next_:
            parts.append(f"<a href='{esc(next_)}'>następna »</a>")
        return "<div class='pager'>" + " ".join(parts) + "</div>"

    def article(self, item: Item, when: str, back: str) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in item.paragraphs)
        return (
            f"<div class='wpis'><h1>{esc(item.title)}</h1><p class='meta'>Dodano: {esc(when)} | Autor: Redakcja</p>"
            f"<div class='tresc'>{body}</div><p><a href='{esc(back)}'>« powrót</a></p></div>"
        )

    def static(self, title: str, paragraphs: Iterable[str]) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        return f"<div class='wpis'><h1>{esc(title)}</h1><div class='tresc'>{body}</div></div>"


class WordPress(Template):
    name = "wordpress"
    platform = "wordpress"
    generator = "WordPress 6.5.3"
    stylesheet = "/wp-content/themes/samorzad/style.css?ver=6.5.3"
    absolute_links = True
    wrap = ("<div id='page' class='site'><div id='content' class='site-content'>", "</div></div>")
    credit = "Dumnie wspierane przez WordPress"
    pagination = "/page/N/"

    def news_base(self, unit: Unit) -> str:
        return "/kategoria/aktualnosci/"

    def funding_base(self, unit: Unit) -> str:
        from .units import slugify

        return (
            f"/{slugify(unit.funding_label)}/" if unit.funding_static else f"/kategoria/{slugify(unit.funding_label)}/"
        )

    def page_target(self, base: str, page: int, per_page: int) -> str:
        return base if page == 1 else f"{base}page/{page}/"

    def page_regex(self, base: str) -> str:
        return re.escape(base) + r"page/(?P<n>\d+)/"

    def _pretty(self, unit: Unit) -> bool:
        return unit.index % 2 == 0

    def item_target(self, unit: Unit, item: Item, section: str) -> str:
        if self._pretty(unit):
            return f"/{item.published:%Y/%m}/{item.slug}/"
        return f"/?p={item.n}"

    def item_regex(self, unit: Unit, section: str) -> str:
        return r"/\d{4}/\d{2}/[a-z0-9-]+/" if self._pretty(unit) else r"/\?p=\d+"

    def alias_targets(self, unit: Unit, item: Item, section: str) -> list[str]:
        return [f"/?p={item.n}"] if self._pretty(unit) else []

    def home_target(self, unit: Unit, item: Item) -> str:
        return f"/?p={item.n}"

    def head_extra(self, ctx: Ctx) -> str:
        feeds = []
        if ctx.unit.feed == "posts":
            feeds.append(f"<link rel='alternate' type='application/rss+xml' title='Kanał' href='{ctx.url('/feed/')}'>")
        feeds.append(
            "<link rel='alternate' type='application/rss+xml' title='Kanał komentarzy' "
            f"href='{ctx.url('/comments/feed/')}'>"
        )
        return "".join(feeds) + f"<link rel='https://api.w.org/' href='{ctx.url('/wp-json/')}'>"

    def menu(self, entries: list[str]) -> str:
        items = "".join(f"<li class='menu-item'>{e}</li>" for e in entries)
        return (
            f"<nav id='site-navigation' class='main-navigation'><ul id='primary-menu' class='menu'>{items}</ul></nav>"
        )

    def row(self, href: str, title: str, when: str, lead: str) -> str:
        return (
            f"<article class='post type-post status-publish'><header class='entry-header'>"
            f"<h2 class='entry-title'><a href='{esc(href)}' rel='bookmark'>{esc(title)}</a></h2>"
            f"<div class='entry-meta'><span class='posted-on'>{esc(when)}</span></div></header>"
            f"<div class='entry-summary'><p>{esc(lead)} […]</p></div></article>"
        )

    def listing(self, heading: str, rows: list[str], pager: str) -> str:
        return (
            f"<header class='page-header'><h1 class='page-title'>Kategoria: {esc(heading)}</h1></header>"
            f"{''.join(rows)}{pager}"
        )

    def pager(self, prev: str | None, next_: str | None, numbers: list[tuple[int, str | None]]) -> str:
        links = f"<div class='nav-previous'><a href='{esc(next_)}'>← Starsze wpisy</a></div>" if next_ else ""
        if prev:
            links += f"<div class='nav-next'><a href='{esc(prev)}'>Nowsze wpisy →</a></div>"
        return f"<nav class='navigation posts-navigation'><div class='nav-links'>{links}</div></nav>"

    def article(self, item: Item, when: str, back: str) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in item.paragraphs)
        return (
            f"<article id='post-{item.n}' class='post type-post status-publish'><header class='entry-header'>"
            f"<h1 class='entry-title'>{esc(item.title)}</h1><div class='entry-meta'><span class='posted-on'>"
            f"Opublikowano <time class='entry-date published' datetime='{item.published.isoformat()}T10:00:00+02:00'>"
            f"{esc(when)}</time></span></div></header><div class='entry-content'>{body}</div></article>"
            "<div id='comments' class='comments-area'><h3>Dodaj komentarz</h3></div>"
        )


class Joomla(Template):
    name = "joomla"
    platform = "joomla"
    generator = "Joomla! - Open Source Content Management"
    stylesheet = "/templates/protostar/css/template.css"
    wrap = ("<div class='body'><div class='container'><main id='content' role='main'>", "</main></div></div>")
    credit = "Urząd – wszelkie prawa zastrzeżone"
    pagination = "?start=offset"

    def news_base(self, unit: Unit) -> str:
        return "/index.php/aktualnosci"

    def funding_base(self, unit: Unit) -> str:
        from .units import slugify

        return f"/index.php/{slugify(unit.funding_label)}"

    def page_target(self, base: str, page: int, per_page: int) -> str:
        return base if page == 1 else f"{base}?start={(page - 1) * per_page}"

    def page_regex(self, base: str) -> str:
        return re.escape(base) + r"\?start=(?P<n>\d+)"

    def page_of(self, n: int, per_page: int) -> int | None:
        return n // per_page + 1 if n % per_page == 0 else None

    def item_target(self, unit: Unit, item: Item, section: str) -> str:
        return f"{section}/{item.n}-{item.slug}"

    def item_regex(self, unit: Unit, section: str) -> str:
        return re.escape(section) + r"/\d+-[a-z0-9-]+"

    def alias_targets(self, unit: Unit, item: Item, section: str) -> list[str]:
        return [f"/index.php?option=com_content&view=article&id={item.n}&catid=8&Itemid=101"]

    def home_target(self, unit: Unit, item: Item) -> str:
        return f"/index.php?option=com_content&view=article&id={item.n}&catid=8&Itemid=101"

    def head_extra(self, ctx: Ctx) -> str:
        feed = ctx.key(self.news_base(ctx.unit)) + "?format=feed&amp;type=rss"
        return f"<link href='{feed}' rel='alternate' type='application/rss+xml' title='RSS 2.0'>"

    def menu(self, entries: list[str]) -> str:
        items = "".join(f"<li class='item-{101 + i}'>{e}</li>" for i, e in enumerate(entries))
        return f"<div class='navigation'><ul class='nav menu mod-list'>{items}</ul></div>"

    def row(self, href: str, title: str, when: str, lead: str) -> str:
        return (
            f"<div class='items-row'><div class='item'><div class='page-header'><h2 itemprop='name'>"
            f"<a href='{esc(href)}' itemprop='url'>{esc(title)}</a></h2></div><dl class='article-info'>"
            f"<dd class='published'>Opublikowano: {esc(when)}</dd></dl><p>{esc(lead)}</p>"
            f"<p class='readmore'><a href='{esc(href)}'>Czytaj więcej …</a></p></div></div>"
        )

    def listing(self, heading: str, rows: list[str], pager: str) -> str:
        return f"<div class='blog'><h1>{esc(heading)}</h1>{''.join(rows)}{pager}</div>"

    def pager(self, prev: str | None, next_: str | None, numbers: list[tuple[int, str | None]]) -> str:
        first = numbers[0][1] if numbers else None
        parts = [f"<li><a title='Start' href='{esc(first)}'>Start</a></li>" if first and prev else ""]
        parts.append(f"<li><a title='Poprzedni' href='{esc(prev)}'>Poprzedni</a></li>" if prev else "")
        parts += [f"<li><a href='{esc(h)}'>{n}</a></li>" if h else f"<li class='active'>{n}</li>" for n, h in numbers]
        parts.append(f"<li><a title='Następny' href='{esc(next_)}'>Następny</a></li>" if next_ else "")
        return f"<div class='pagination'><ul class='pagination-list'>{''.join(parts)}</ul></div>"

    def article(self, item: Item, when: str, back: str) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in item.paragraphs)
        return (
            f"<div class='item-page' itemscope itemtype='https://schema.org/Article'><div class='page-header'>"
            f"<h2 itemprop='headline'>{esc(item.title)}</h2></div><dl class='article-info muted'>"
            f"<dd class='published'><time datetime='{item.published.isoformat()}T08:00:00+00:00' "
            f"itemprop='datePublished'>Opublikowano: {esc(when)}</time></dd><dd class='hits'>Odsłony: {item.n * 7}"
            f"</dd></dl><div itemprop='articleBody'>{body}</div></div>"
        )


class Drupal(Template):
    name = "drupal"
    platform = "drupal"
    generator = "Drupal 9 (https://www.drupal.org)"
    stylesheet = "/sites/default/files/css/css_aB3x.css"
    wrap = (
        "<div class='dialog-off-canvas-main-canvas'><div class='layout-container'><main role='main'>",
        "</main></div></div>",
    )
    credit = "Zbudowane na Drupal"
    pagination = "?page=N-1"

    def page_target(self, base: str, page: int, per_page: int) -> str:
        return base if page == 1 else f"{base}?page={page - 1}"

    def page_regex(self, base: str) -> str:
        return re.escape(base) + r"\?page=(?P<n>\d+)"

    def page_of(self, n: int, per_page: int) -> int | None:
        return n + 1

    def item_target(self, unit: Unit, item: Item, section: str) -> str:
        return f"{section}/{item.slug}"

    def item_regex(self, unit: Unit, section: str) -> str:
        return re.escape(section) + r"/[a-z0-9-]+"

    def alias_targets(self, unit: Unit, item: Item, section: str) -> list[str]:
        return [f"/node/{item.n}"]

    def home_target(self, unit: Unit, item: Item) -> str:
        return f"/node/{item.n}"

    def head_extra(self, ctx: Ctx) -> str:
        return f"<link rel='alternate' type='application/rss+xml' title='RSS' href='{ctx.key('/rss.xml')}'>"

    def menu(self, entries: list[str]) -> str:
        items = "".join(f"<li class='menu-item'>{e}</li>" for e in entries)
        return f"<nav role='navigation' aria-labelledby='block-main-menu'><ul class='menu'>{items}</ul></nav>"

    def row(self, href: str, title: str, when: str, lead: str) -> str:
        return (
            f"<div class='views-row'><div class='views-field views-field-title'><span class='field-content'>"
            f"<a href='{esc(href)}' hreflang='pl'>{esc(title)}</a></span></div><div class='views-field "
            f"views-field-created'><span class='field-content'>{esc(when)}</span></div><div class='views-field "
            f"views-field-body'><div class='field-content'>{esc(lead)}</div></div></div>"
        )

    def listing(self, heading: str, rows: list[str], pager: str) -> str:
        return (
            f"<h1 class='page-title'>{esc(heading)}</h1><div class='view view-aktualnosci'>"
            f"<div class='view-content'>{''.join(rows)}</div>{pager}</div>"
        )

    def pager(self, prev: str | None, next_: str | None, numbers: list[tuple[int, str | None]]) -> str:
        parts = (
            [f"<li class='pager__item pager__item--previous'><a href='{esc(prev)}' rel='prev'>‹ poprzednia</a></li>"]
            if prev
            else []
        )
        parts += [
            f"<li class='pager__item'><a href='{esc(h)}'>{n}</a></li>"
            if h
            else f"<li class='pager__item is-active'>{n}</li>"
            for n, h in numbers
        ]
        if next_:
            parts.append(
                f"<li class='pager__item pager__item--next'><a href='{esc(next_)}' rel='next'>następna ›</a></li>"
            )
        return (
            f"<nav class='pager' role='navigation'><ul class='pager__items js-pager__items'>{''.join(parts)}</ul></nav>"
        )

    def article(self, item: Item, when: str, back: str) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in item.paragraphs)
        return (
            f"<h1 class='page-title'><span class='field field--name-title'>{esc(item.title)}</span></h1>"
            f"<article role='article' class='node node--type-article node--view-mode-full'>"
            f"<div class='node__meta'>Opublikowano: {esc(when)}</div><div class='node__content'>"
            f"<div class='clearfix text-formatted field field--name-body'>{body}</div></div></article>"
        )


class IDcom(Template):
    name = "idcom"
    platform = "idcom"
    stylesheet = "/css/idcom/style.css"
    wrap = ("<div id='kontener'><div id='tresc'>", "</div></div>")
    credit = "Projekt i wykonanie: IDcom-jst"
    pagination = "?page=N"

    def news_base(self, unit: Unit) -> str:
        return "/m,12,aktualnosci.html"

    def funding_base(self, unit: Unit) -> str:
        from .units import slugify

        return f"/m,31,{slugify(unit.funding_label)}.html"

    def page_target(self, base: str, page: int, per_page: int) -> str:
        return base if page == 1 else f"{base}?page={page}"

    def page_regex(self, base: str) -> str:
        return re.escape(base) + r"\?page=(?P<n>\d+)"

    def item_target(self, unit: Unit, item: Item, section: str) -> str:
        return f"/n,{item.n},{item.slug}.html"

    def item_regex(self, unit: Unit, section: str) -> str:
        return r"/n,\d+,[a-z0-9-]+\.html"

    def row(self, href: str, title: str, when: str, lead: str) -> str:
        return (
            f"<div class='wiadomosc'><div class='data'>{esc(when)}</div><h2 class='tytul'>"
            f"<a href='{esc(href)}'>{esc(title)}</a></h2><div class='zajawka'>{esc(lead)}</div>"
            f"<a class='wiecej' href='{esc(href)}'>więcej</a></div>"
        )

    def article(self, item: Item, when: str, back: str) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in item.paragraphs)
        return (
            f"<div class='artykul'><h2 class='tytul'>{esc(item.title)}</h2><p class='data'>Data publikacji: "
            f"{esc(when)}</p><div class='tekst'>{body}</div>"
            f"<p class='powrot'><a href='{esc(back)}'>« wróć</a></p></div>"
        )


class Logonet(Template):
    name = "logonet"
    platform = "logonet"
    stylesheet = "https://static.logonet.sim/szablon-jst/css/main.css"
    wrap = ("<div class='page-wrapper'><main class='main-content'>", "</main></div>")
    credit = "Realizacja: Logonet"
    pagination = "/strona/N"

    def news_base(self, unit: Unit) -> str:
        return "/pl/aktualnosci"

    def funding_base(self, unit: Unit) -> str:
        from .units import slugify

        return f"/pl/{slugify(unit.funding_label)}"

    def page_target(self, base: str, page: int, per_page: int) -> str:
        return base if page == 1 else f"{base}/strona/{page}"

    def page_regex(self, base: str) -> str:
        return re.escape(base) + r"/strona/(?P<n>\d+)"

    def item_target(self, unit: Unit, item: Item, section: str) -> str:
        return f"{section}/{item.n},{item.slug}.html"

    def item_regex(self, unit: Unit, section: str) -> str:
        return re.escape(section) + r"/\d+,[a-z0-9-]+\.html"

    def row(self, href: str, title: str, when: str, lead: str) -> str:
        return (
            f"<div class='news-box'><a class='news-box__link' href='{esc(href)}'><span class='news-box__date'>"
            f"{esc(when)}</span><h3 class='news-box__title'>{esc(title)}</h3></a><p>{esc(lead)}</p></div>"
        )

    def pager(self, prev: str | None, next_: str | None, numbers: list[tuple[int, str | None]]) -> str:
        parts = [f"<a class='pagination__prev' href='{esc(prev)}'>«</a>"] if prev else []
        parts += [f"<a href='{esc(h)}'>{n}</a>" if h else f"<strong>{n}</strong>" for n, h in numbers]
        if next_:
            parts.append(f"<a class='pagination__next' href='{esc(next_)}'>»</a>")
        return "<div class='pagination'>" + "".join(parts) + "</div>"

    def article(self, item: Item, when: str, back: str) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in item.paragraphs)
        return (
            f"<div class='news-details'><h1 class='news-details__title'>{esc(item.title)}</h1>"
            f"<span class='news-details__date'>{esc(when)}</span><div class='news-details__content'>{body}</div></div>"
        )


class Asp(Template):
    """The /asp/pl_start.asp CMS: everything is one script with query parameters; windows-1250."""

    name = "asp"
    platform = "asp_pl_start"
    stylesheet = "/asp/style.css"
    wrap = ("<table width='100%' class='glowna'><tr><td class='srodek'>", "</td></tr></table>")
    credit = "Serwis obsługiwany przez system CMS"
    pagination = "&strona=N"

    def news_base(self, unit: Unit) -> str:
        return "/asp/pl_start.asp?typ=14&menu=12"

    def funding_base(self, unit: Unit) -> str:
        return "/asp/pl_start.asp?typ=14&menu=31"

    def page_target(self, base: str, page: int, per_page: int) -> str:
        return f"{base}&strona={page}"

    def page_regex(self, base: str) -> str:
        return re.escape(base) + r"&strona=(?P<n>\d+)"

    def item_target(self, unit: Unit, item: Item, section: str) -> str:
        menu = section.rsplit("menu=", 1)[1]
        return f"/asp/pl_start.asp?typ=14&sub=2&menu={menu}&artykul={item.n}&akcja=artykul"

    def item_regex(self, unit: Unit, section: str) -> str:
        return r"/asp/pl_start\.asp\?typ=14&sub=2&menu=\d+&artykul=\d+&akcja=artykul"

    def alias_targets(self, unit: Unit, item: Item, section: str) -> list[str]:
        return [f"/asp/pl_start.asp?typ=14&artykul={item.n}&akcja=drukuj"]

    def menu(self, entries: list[str]) -> str:
        return "<table class='menu'>" + "".join(f"<tr><td class='menu_poz'>{e}</td></tr>" for e in entries) + "</table>"

    def row(self, href: str, title: str, when: str, lead: str) -> str:
        return (
            f"<table class='wpis'><tr><td class='data'>{esc(when)}</td></tr><tr><td class='tytul'>"
            f"<a href='{esc(href)}'>{esc(title)}</a></td></tr><tr><td class='zajawka'>{esc(lead)}</td></tr></table>"
        )

    def article(self, item: Item, when: str, back: str) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in item.paragraphs)
        return (
            f"<table class='artykul'><tr><td class='naglowek'><h1>{esc(item.title)}</h1></td></tr>"
            f"<tr><td class='data'>Dodano: {esc(when)}</td></tr><tr><td class='tresc'>{body}</td></tr>"
            f"<tr><td><a href='{esc(back)}'>powrót</a> | "
            "<a href='javascript:window.print()'>drukuj</a></td></tr></table>"
        )


class Samorzad(Template):
    """A government-portal-like host: many units on one host, each under /web/<kind>-<slug>/."""

    name = "samorzad"
    platform = "gov.pl"
    stylesheet = "https://samorzad.gov.sim/resources/css/gov.css"
    absolute_links = True
    wrap = ("<div class='main-container'><section class='art-prev'>", "</section></div>")
    credit = "Portal samorządowy – Serwis Rzeczypospolitej Polskiej"
    pagination = "?page=N&size=K"

    def page_target(self, base: str, page: int, per_page: int) -> str:
        return base if page == 1 else f"{base}?page={page}&size={per_page}"

    def page_regex(self, base: str) -> str:
        return re.escape(base) + r"\?page=(?P<n>\d+)&size=\d+"

    def item_target(self, unit: Unit, item: Item, section: str) -> str:
        return f"/{item.slug}-{item.n}"

    def item_regex(self, unit: Unit, section: str) -> str:
        return r"/[a-z0-9-]+-\d+"

    def row(self, href: str, title: str, when: str, lead: str) -> str:
        return (
            f"<li><a href='{esc(href)}'><div class='title'>{esc(title)}</div><div class='event'>"
            f"<span class='date'>{esc(when)}</span></div><div class='intro'>{esc(lead)}</div></a></li>"
        )

    def listing(self, heading: str, rows: list[str], pager: str) -> str:
        return f"<h2>{esc(heading)}</h2><ul>{''.join(rows)}</ul>{pager}"

    def pager(self, prev: str | None, next_: str | None, numbers: list[tuple[int, str | None]]) -> str:
        parts = [f"<li class='previous'><a href='{esc(prev)}'>Poprzednia</a></li>"] if prev else []
        parts += [f"<li><a href='{esc(h)}'>{n}</a></li>" if h else f"<li class='current'>{n}</li>" for n, h in numbers]
        if next_:
            parts.append(f"<li class='next'><a href='{esc(next_)}'>Następna</a></li>")
        return f"<nav class='pagination'><ul>{''.join(parts)}</ul></nav>"

    def article(self, item: Item, when: str, back: str) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in item.paragraphs)
        return (
            f"<article class='article-area__article'><h2>{esc(item.title)}</h2><p class='event-date'>{esc(when)}</p>"
            f"<div class='editor-content'>{body}</div></article>"
        )


class BespokePhp(Template):
    """An old hand-written PHP site: tables, ISO-8859-2, document-relative links, a repeating last page."""

    name = "bespoke_php"
    stylesheet = "style.css"
    wrap = ("<table width='760' align='center'><tr><td valign='top'>", "</td></tr></table>")
    credit = "Copyright © Urząd"
    pagination = "?strona=N"

    def news_base(self, unit: Unit) -> str:
        return "/wiadomosci.php"

    def funding_base(self, unit: Unit) -> str:
        return "/projekty.php"

    def item_target(self, unit: Unit, item: Item, section: str) -> str:
        return f"/wiadomosc.php?id={item.n}"

    def item_regex(self, unit: Unit, section: str) -> str:
        return r"/wiadomosc\.php\?id=\d+"

    def menu(self, entries: list[str]) -> str:
        return "<td class='menu' width='180' valign='top'>" + "<br>".join(entries) + "</td>"

    def row(self, href: str, title: str, when: str, lead: str) -> str:
        return (
            f"<tr><td><i>{esc(when)}</i><br><b><a href='{esc(href.lstrip('/'))}'>{esc(title)}</a></b>"
            f"<br>{esc(lead)}</td></tr>"
        )

    def listing(self, heading: str, rows: list[str], pager: str) -> str:
        return f"<font size='4'><b>{esc(heading)}</b></font><table>{''.join(rows)}</table>{pager}"

    def pager(self, prev: str | None, next_: str | None, numbers: list[tuple[int, str | None]]) -> str:
        parts = [f"<a href='{esc(h.lstrip('/'))}'>[{n}]</a>" if h else f"<b>[{n}]</b>" for n, h in numbers]
        if next_:
            parts.append(f"<a href='{esc(next_.lstrip('/'))}'>dalej &gt;&gt;</a>")
        return "<p align='center'>Strony: " + " ".join(parts) + "</p>"

    def article(self, item: Item, when: str, back: str) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in item.paragraphs)
        return (
            f"<b class='tytul'><font size='4'>{esc(item.title)}</font></b><br><i>{esc(when)}</i>{body}"
            f"<p><a href='{esc(back.lstrip('/'))}'>&lt;&lt; wstecz</a></p>"
        )


class BespokeHtml(Template):
    """A hand-made modern site: .html files, -N.html pagination."""

    name = "bespoke_html"
    stylesheet = "/assets/css/app.min.css"
    credit = "Wykonanie: agencja interaktywna"
    pagination = "-N.html"

    def news_base(self, unit: Unit) -> str:
        return "/aktualnosci.html"

    def funding_base(self, unit: Unit) -> str:
        from .units import slugify

        return f"/{slugify(unit.funding_label)}.html"

    def page_target(self, base: str, page: int, per_page: int) -> str:
        return base if page == 1 else base.replace(".html", f"-{page}.html")

    def page_regex(self, base: str) -> str:
        return re.escape(base.removesuffix(".html")) + r"-(?P<n>\d+)\.html"

    def item_target(self, unit: Unit, item: Item, section: str) -> str:
        return f"/aktualnosci/{item.n}-{item.slug}.html"

    def item_regex(self, unit: Unit, section: str) -> str:
        return r"/aktualnosci/\d+-[a-z0-9-]+\.html"


TEMPLATES: dict[str, Template] = {
    t.name: t
    for t in (WordPress(), Joomla(), Drupal(), IDcom(), Logonet(), Asp(), Samorzad(), BespokePhp(), BespokeHtml())
}


# -- rendering -----------------------------------------------------------------------------------


def _page_of(tpl: Template, per_page: int, n: int) -> int | None:
    return tpl.page_of(n, per_page)


class Ctx:
    """One unit being rendered: URL helpers, encoding and the hosts it writes into."""

    def __init__(self, unit: Unit, web: Web) -> None:
        self.unit = unit
        self.tpl = TEMPLATES[unit.template]
        self.web = web
        self.origin = f"{SCHEME}://{unit.main_host}"

    def key(self, target: str) -> str:
        """The stored target (path?query) on the main host."""
        return self.unit.prefix + target

    def url(self, target: str) -> str:
        return self.origin + self.key(target)

    def href(self, target: str) -> str:
        """A link as this template writes it: absolute or root-relative."""
        return self.url(target) if self.tpl.absolute_links else self.key(target)

    def noisy(self, href: str, kind: str) -> str:
        if not self.unit.noise_links:
            return href
        noise = {
            "utm": "utm_source=facebook&utm_medium=social&utm_campaign=aktualnosci",
            "session": f"PHPSESSID={self.unit.slug[:4]}9f3a1c07be42d8e5a6"
            if self.unit.template != "asp"
            else "sid=A81F2C",
        }[kind]
        return href + ("&" if "?" in href else "?") + noise

    def html_response(self, text: str, *, status: int = 200) -> Response:
        unit = self.unit
        body = text.encode(unit.encoding, errors="xmlcharrefreplace")
        header = unit.charset_in in ("header", "both")
        return Response(status, body, f"text/html; charset={unit.encoding}" if header else "text/html")

    def doc(self, title: str, main: str, *, head: str = "", canonical: str | None = None) -> str:
        unit, tpl = self.unit, self.tpl
        meta = ""
        if unit.charset_in in ("meta", "both"):
            if unit.template in ("asp", "bespoke_php"):
                meta = f"<meta http-equiv='Content-Type' content='text/html; charset={unit.encoding}'>"
            else:
                meta = f"<meta charset='{unit.encoding}'>"
        gen = f"<meta name='generator' content='{tpl.generator}'>" if tpl.generator else ""
        canon = f"<link rel='canonical' href='{esc(canonical)}'>" if canonical else ""
        return (
            f"<!DOCTYPE html>\n<html lang='pl'><head>{meta}<title>{esc(title)} – {esc(unit.name)}</title>{gen}"
            f"<link rel='stylesheet' href='{tpl.stylesheet}'>{canon}{head}</head>\n<body>"
            f"<header><a class='logo' href='{self.href('/')}'><img src='{self.key('/img/herb.png')}' alt='Herb'> "
            f"{esc(unit.name)}</a>{tpl.menu(self.web.menu_entries(self))}</header>\n"
            f"{tpl.wrap[0]}{main}{tpl.wrap[1]}\n<footer>{self.web.footer(self)}</footer></body></html>\n"
        )


class Web:
    """Renders all units into hosts and truths."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self.hosts: dict[str, HostSite] = {}
        self.truths: dict[str, UnitTruth] = {}
        for unit in units:
            self._unit(unit)
        self._shared_roots()

    def host(self, name: str) -> HostSite:
        return self.hosts.setdefault(name, HostSite(name))

    # -- pieces shared by templates ------------------------------------------------------------

    def bip_url(self, unit: Unit) -> str:
        return f"{SCHEME}://{unit.bip_host}{unit.bip_prefix}/"

    def welfare_url(self, unit: Unit) -> str:
        return f"{SCHEME}://{unit.welfare_host}/"

    def label(self, ctx: Ctx, text: str, image: str | None = None) -> str:
        if ctx.unit.ascii_anchors:
            text = ascii_pl(text)
        if image is not None and ctx.unit.image_menu:
            return f"<img src='{ctx.key('/img/' + image)}' alt='{esc(text)}'>"
        return esc(text)

    def menu_entries(self, ctx: Ctx) -> list[str]:
        unit, tpl = ctx.unit, ctx.tpl
        news_img, fund_img = "menu-aktualnosci.png", "menu-fundusze.png"
        bip_label = (
            "Biuletyn Informacji Publicznej",
            "BIP",
            f"<img src='{ctx.key('/img/bip-logo.png')}' alt='Biuletyn Informacji Publicznej'>",
        )[unit.index % 3]
        if unit.image_menu:
            bip_label = (
                f"<img src='{ctx.key('/img/bip.png')}' alt='{esc(self.label(ctx, 'Biuletyn Informacji Publicznej'))}'>"
            )
        sub = [f"<li><a href='{self.welfare_url(unit)}'>{self.label(ctx, unit.welfare_name)}</a></li>"]
        if unit.sibling_host:
            sub.append(f"<li><a href='{SCHEME}://{unit.sibling_host}/'>Szkoła Podstawowa im. Jana Pawła II</a></li>")
        return [
            f"<a href='{esc(ctx.href('/'))}'>{self.label(ctx, 'Strona główna')}</a>",
            f"<a href='{esc(ctx.href(tpl.news_base(unit)))}'>{self.label(ctx, unit.news_label, news_img)}</a>",
            f"<a href='{esc(ctx.href(tpl.funding_base(unit)))}'>{self.label(ctx, unit.funding_label, fund_img)}</a>",
            f"<a href='{esc(ctx.href('/kontakt'))}'>{self.label(ctx, 'Kontakt')}</a>",
            f"<a href='{self.bip_url(unit)}' title='Biuletyn Informacji Publicznej'>{bip_label}</a>",
            f"<span>{self.label(ctx, 'Jednostki organizacyjne')}</span><ul>{''.join(sub)}</ul>",
        ]

    def footer(self, ctx: Ctx) -> str:
        unit = ctx.unit
        parts = [f"<p>Urząd {esc(unit.genitive)}, ul. Rynek 1, 00-{unit.index:03d} {esc(unit.short)}</p>"]
        if unit.neighbours:
            links = " | ".join(
                f"<a href='{SCHEME}://{self.units[i].main_host}{self.units[i].prefix}/'>{esc(self.units[i].name)}</a>"
                for i in unit.neighbours
            )
            parts.append(f"<p class='sasiedzi'>Sąsiednie samorządy: {links}</p>")
        parts.append(
            f"<p><a href='{esc(ctx.href('/deklaracja-dostepnosci'))}'>Deklaracja dostępności</a>"
            f" · {esc(ctx.tpl.credit)}</p>"
        )
        return "".join(parts)

    # -- one unit ------------------------------------------------------------------------------

    def _unit(self, unit: Unit) -> None:
        ctx = Ctx(unit, self)
        tpl = ctx.tpl
        main = SiteBuilder("main", ctx.url("/"), unit.main_host, ctx.url("/"), shared_host=bool(unit.prefix))
        main.platform = "unknown" if tpl.platform == "bespoke" else tpl.platform
        host = self.host(unit.main_host)
        aliases: dict[str, str] = {}
        primary: dict[int, str] = {}  # item n -> primary target
        when = {item.n: polish_date(item.published, unit.date_format) for item in (*unit.news, *unit.funding)}

        def item_pages(items: tuple[Item, ...], section: str) -> None:
            for item in items:
                if item.n in primary:
                    continue
                target = tpl.item_target(unit, item, section)
                primary[item.n] = target
                canonical = ctx.url(target) if tpl.name in ("wordpress", "drupal") else None
                page = ctx.html_response(
                    ctx.doc(item.title, tpl.article(item, when[item.n], ctx.href(section)), canonical=canonical)
                )
                host.add(ctx.key(target), page)
                for alias in tpl.alias_targets(unit, item, section):
                    host.add(ctx.key(alias), page)
                    aliases[ctx.url(alias)] = ctx.url(target)

        def listing(items: tuple[Item, ...], section: str, heading: str, kind: str) -> None:
            pages = max(1, -(-len(items) // unit.per_page))
            urls = []
            for page in range(1, pages + 1):
                chunk = items[(page - 1) * unit.per_page : page * unit.per_page]
                rows = []
                for item in chunk:
                    href = ctx.href(primary[item.n])
                    if page == 2:
                        href = ctx.noisy(href, "session")
                    rows.append(tpl.row(href, item.title, when[item.n], item.paragraphs[0][:140]))

                def link(n: int) -> str:
                    return ctx.href(tpl.page_target(section, n, unit.per_page))

                repeat = unit.past_end == "repeat_first" and page == pages
                pager = tpl.pager(
                    link(page - 1) if page > 1 else None,
                    link(page + 1) if page < pages or repeat else None,
                    [(n, None if n == page else link(n)) for n in range(1, pages + 1)],
                )
                target = tpl.page_target(section, page, unit.per_page)
                title = heading if page == 1 else f"{heading} – strona {page}"
                host.add(ctx.key(target), ctx.html_response(ctx.doc(title, tpl.listing(heading, rows, pager))))
                urls.append(ctx.url(target))
            if tpl.page_target(section, 1, unit.per_page) != section:  # asp: the bare menu URL is page 1 too
                host.add(ctx.key(section), host.pages[ctx.key(tpl.page_target(section, 1, unit.per_page))])
            empty = ctx.html_response(ctx.doc(heading, tpl.listing(heading, ["<p>Brak wpisów.</p>"], "")))
            prefix_re = re.escape(unit.prefix)
            host.rules.append(
                PagedRule(
                    re.compile(prefix_re + tpl.page_regex(section)),
                    functools.partial(_page_of, tpl, unit.per_page),
                    pages,
                    unit.past_end,
                    host.pages[ctx.key(tpl.page_target(section, 1, unit.per_page))],
                    empty,
                )
            )
            main.sections.setdefault(kind, []).append(ctx.url(section))
            if urls[0] != ctx.url(section):
                urls.insert(0, ctx.url(section))
            main.listing_pages[ctx.url(section)] = urls
            main.pagination[ctx.url(section)] = tpl.pagination
            main.item_pattern[ctx.url(section)] = (
                SCHEME + "://" + re.escape(unit.main_host) + prefix_re + tpl.item_regex(unit, section)
            )

        news_base, funding_base = tpl.news_base(unit), tpl.funding_base(unit)
        item_pages(unit.news, news_base)
        listing(unit.news, news_base, unit.news_label, "news")
        main.news_items |= {ctx.url(primary[i.n]) for i in unit.news}
        main.project_items |= {ctx.url(primary[i.n]) for i in unit.news if i.kind == "project"}
        if unit.funding_static:
            paragraphs = [f"{unit.name} realizuje następujące projekty dofinansowane ze środków zewnętrznych."]
            for item in unit.funding:
                paragraphs += [item.title, *item.paragraphs[1:3]]
            host.add(
                ctx.key(funding_base),
                ctx.html_response(ctx.doc(unit.funding_label, tpl.static(unit.funding_label, paragraphs))),
            )
            main.sections["funding"] = [ctx.url(funding_base)]
            main.project_items.add(ctx.url(funding_base))
        else:
            item_pages(unit.funding, funding_base)
            listing(unit.funding, funding_base, unit.funding_label, "funding")
            main.project_items |= {ctx.url(primary[i.n]) for i in unit.funding}

        # homepage: the latest news through the template's short links, with noise parameters
        latest = "".join(
            tpl.row(
                ctx.noisy(ctx.href(tpl.home_target(unit, i) or primary[i.n]), "utm"),
                i.title,
                when[i.n],
                i.paragraphs[0][:100],
            )
            for i in unit.news[:3]
        )
        home_main = f"<section class='najnowsze'><h2>Najnowsze</h2>{latest}</section>"
        home = ctx.doc("Strona główna", home_main, head=tpl.head_extra(ctx))
        host.add(ctx.key("/"), ctx.html_response(home))
        if unit.prefix:
            host.add(unit.prefix, host.pages[ctx.key("/")])
        host.add(
            ctx.key("/kontakt"),
            ctx.html_response(
                ctx.doc("Kontakt", tpl.static("Kontakt", [f"Urząd {unit.genitive}", "tel. 12 345 67 89"]))
            ),
        )
        host.add(
            ctx.key("/deklaracja-dostepnosci"),
            ctx.html_response(
                ctx.doc(
                    "Deklaracja dostępności",
                    tpl.static("Deklaracja dostępności", ["Strona jest częściowo zgodna z WCAG 2.1."]),
                )
            ),
        )

        feeds = self._feeds(ctx, host, primary, when)
        sitemaps = self._sitemap(ctx, host, main)
        bip = self._bip(unit)
        welfare = self._welfare(unit)
        if unit.sibling_host:
            self._school(unit)

        dead = frozenset({unit.dead_bip_host} if unit.dead_bip_host else set())
        forbidden = {f"{self.units[i].main_host}" for i in unit.neighbours if not self.units[i].prefix}
        if unit.sibling_host:
            forbidden.add(unit.sibling_host)
        sites = (main.freeze(), bip.freeze(), welfare.freeze())
        self.truths[unit.teryt] = UnitTruth(
            teryt=unit.teryt,
            name=unit.name,
            level=unit.level,
            voivodeship=unit.voivodeship,
            template=unit.template,
            platform=tpl.platform,
            homepage=ctx.url("/"),
            sections={
                "news": tuple(main.sections["news"]),
                "funding": tuple(main.sections["funding"]),
                "bip": (bip.url,),
                "welfare": (welfare.url,),
            },
            sites=sites,
            aliases=aliases,
            bip_url=bip.url,
            bip_host=unit.bip_host,
            welfare_url=welfare.url,
            welfare_host=unit.welfare_host,
            bip_hint=f"{SCHEME}://{unit.dead_bip_host}/" if unit.dead_bip_host else bip.url,
            dead_hosts=dead,
            forbidden_hosts=frozenset(forbidden - {s.host for s in sites}),
            feeds=feeds,
            sitemaps=sitemaps,
            hazards=frozenset(unit.hazards),
        )

    def _feeds(self, ctx: Ctx, host: HostSite, primary: dict[int, str], when: dict[int, str]) -> tuple[str, ...]:
        """RSS feeds: WordPress posts and comments (some units link only the comments), Drupal, Joomla."""
        unit, tpl = ctx.unit, ctx.tpl

        def rss(title: str, entries: list[tuple[str, str, str]]) -> Response:
            items = "".join(
                f"<item><title>{esc(t)}</title><link>{esc(link)}</link><pubDate>{d}</pubDate></item>"
                for t, link, d in entries
            )
            body = (
                f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>{esc(title)}</title>"
                f"<link>{ctx.url('/')}</link>{items}</channel></rss>"
            ).encode()
            return Response(200, body, "application/rss+xml; charset=UTF-8")

        def pub(item: Item) -> str:
            return format_datetime(
                datetime(item.published.year, item.published.month, item.published.day, 10, tzinfo=UTC)
            )

        posts = [(i.title, ctx.url(primary[i.n]), pub(i)) for i in unit.news[:10]]
        if tpl.name == "wordpress":
            host.add(ctx.key("/feed/"), rss(unit.name, posts))
            comments = [
                (f"Komentarz do: {i.title}", f"{ctx.url(primary[i.n])}#comment-{i.n * 3}", pub(i))
                for i in unit.news[:4]
            ]
            host.add(ctx.key("/comments/feed/"), rss(f"Komentarze – {unit.name}", comments))
            return tuple(ctx.url(t) for t in (["/feed/"] if unit.feed == "posts" else []) + ["/comments/feed/"])
        if tpl.name == "drupal":
            host.add(ctx.key("/rss.xml"), rss(unit.name, posts))
            return (ctx.url("/rss.xml"),)
        if tpl.name == "joomla":
            target = tpl.news_base(unit) + "?format=feed&type=rss"
            host.add(ctx.key(target), rss(unit.name, posts))
            return (ctx.url(target),)
        return ()

    def _sitemap(self, ctx: Ctx, host: HostSite, main: SiteBuilder) -> tuple[str, ...]:
        """robots.txt (with Sitemap lines for some units) and the sitemap as XML, as text/html, or gzipped."""
        unit = ctx.unit
        urls = [
            main.url,
            *[u for urls in main.sections.values() for u in urls],
            *sorted(main.news_items | main.project_items),
        ]
        xml = (
            "<?xml version='1.0' encoding='UTF-8'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>\n"
            + "".join(f"<url><loc>{esc(u)}</loc></url>\n" for u in urls)
            + "</urlset>\n"
        ).encode()
        found: list[str] = []
        if unit.sitemap == "xml":
            host.add(ctx.key("/sitemap.xml"), Response(200, xml, "application/xml"))
            found.append(ctx.url("/sitemap.xml"))
        elif unit.sitemap == "html":
            host.add(ctx.key("/sitemap.xml"), Response(200, xml, "text/html; charset=UTF-8"))
            found.append(ctx.url("/sitemap.xml"))
        elif unit.sitemap == "gzip":
            host.add(ctx.key("/sitemap.xml.gz"), Response(200, gzip.compress(xml, mtime=0), "application/x-gzip"))
            found.append(ctx.url("/sitemap.xml.gz"))
        if not unit.prefix:
            disallow = {"wordpress": "/wp-admin/", "joomla": "/administrator/", "drupal": "/admin/"}.get(
                unit.template, "/admin/"
            )
            lines = f"User-agent: *\nDisallow: {disallow}\n"
            if unit.robots_sitemap:
                lines += "".join(f"Sitemap: {u}\n" for u in found)
            host.add("/robots.txt", Response(200, lines.encode(), "text/plain; charset=utf-8"))
        return tuple(found)

    def _simple(
        self,
        host: HostSite,
        origin: str,
        prefix: str,
        title: str,
        menu: list[tuple[str, str]],
        main: str,
        *,
        head: str = "",
        credit: str = "",
    ) -> Response:
        nav = "".join(f"<li><a href='{esc(prefix + t)}'>{esc(label)}</a></li>" for label, t in menu)
        footer = esc(origin) + (f" · {esc(credit)}" if credit else "")
        text = (
            f"<!DOCTYPE html>\n<html lang='pl'><head><meta charset='utf-8'><title>{esc(title)}</title>{head}</head>"
            f"<body><header><a href='{prefix}/'>{esc(title.split(' – ')[-1])}</a><nav><ul>{nav}</ul></nav></header>"
            f"<main>{main}</main><footer>{footer}</footer></body></html>\n"
        )
        return Response(200, text.encode())

    def _bip(self, unit: Unit) -> SiteBuilder:
        """The unit's BIP: own host, tenant subdomain, a path on a shared host, or inside the main site."""
        host = self.host(unit.bip_host)
        prefix = unit.bip_prefix
        url = self.bip_url(unit)
        site = SiteBuilder(
            "bip", url, unit.bip_host, url, shared_host=unit.bip_mode == "shared_path" or bool(unit.prefix)
        )
        site.platform = bip_platform(unit)
        shape = bip_shape(site.platform, unit.slug)
        head = f"<link rel='stylesheet' href='{prefix}{shape.stylesheet}'>" if shape.stylesheet else ""
        title = f"Biuletyn Informacji Publicznej – {unit.name}"
        menu = [("Ogłoszenia", shape.notices), ("Przetargi", shape.notices), ("Kontakt", shape.contact)]
        notices = [
            (n, f"Ogłoszenie nr {n}/2025 w sprawie {topic}")
            for n, topic in ((7, "sprzedaży działki"), (8, "konsultacji społecznych"), (9, "naboru na stanowisko"))
        ]
        rows = "".join(
            f"<li><a href='{esc(prefix + shape.notice.format(n=n))}'>{esc(t)}</a> <span>1{n}.05.2025</span></li>"
            for n, t in notices
        )

        def page(main: str) -> Response:
            return self._simple(host, unit.bip_host, prefix, title, menu, main, head=head, credit=shape.credit)

        host.add(f"{prefix}/", page(f"<h1>{esc(title)}</h1>"))
        host.add(f"{prefix}{shape.notices}", page(f"<h1>Ogłoszenia</h1><ul>{rows}</ul>"))
        host.add(f"{prefix}{shape.contact}", page(f"<p>Urząd {esc(unit.genitive)}</p>"))
        for n, t in notices:
            host.add(f"{prefix}{shape.notice.format(n=n)}", page(f"<h1>{esc(t)}</h1><p>Data: 1{n}.05.2025</p>"))
        if prefix and unit.bip_mode == "shared_path":
            host.add(prefix, host.pages[f"{prefix}/"])
        if not prefix:
            host.add("/robots.txt", Response(200, b"User-agent: *\nDisallow:\n", "text/plain"))
        return site

    def _welfare(self, unit: Unit) -> SiteBuilder:
        """The welfare centre (GOPS/MOPS/PCPR/CUS/ROPS) on its own host, with a one-page news listing."""
        host = self.host(unit.welfare_host)
        origin = f"{SCHEME}://{unit.welfare_host}"
        site = SiteBuilder("welfare", origin + "/", unit.welfare_host, origin + "/")
        site.platform = WELFARE_PLATFORMS[unit.index % len(WELFARE_PLATFORMS)]
        title = f"{unit.welfare_short} – {unit.welfare_name}"
        menu = [("Aktualności", "/aktualnosci"), ("Kontakt", "/kontakt")]
        simple = functools.partial(self._simple, head=_WELFARE_HEAD[site.platform])
        rows = []
        for item in unit.welfare_items:
            target = f"/aktualnosci/{item.n},{item.slug}"
            day = polish_date(item.published, "dmy_dot")
            body = "".join(f"<p>{esc(p)}</p>" for p in item.paragraphs)
            host.add(
                target,
                simple(
                    host,
                    unit.welfare_host,
                    "",
                    f"{item.title} – {title}",
                    menu,
                    f"<article><h1>{esc(item.title)}</h1><p class='data'>{day}</p>{body}</article>",
                ),
            )
            rows.append(
                f"<div class='wpis'><a href='{target}'>{esc(item.title)}</a> <span class='data'>{day}</span>"
                f"<p>{esc(item.paragraphs[0][:100])}</p></div>"
            )
            site.news_items.add(origin + target)
            if item.kind == "project":
                site.project_items.add(origin + target)
        host.add("/", simple(host, unit.welfare_host, "", title, menu, f"<h1>{esc(unit.welfare_name)}</h1>"))
        host.add(
            "/aktualnosci",
            simple(host, unit.welfare_host, "", f"Aktualności – {title}", menu, "<h1>Aktualności</h1>" + "".join(rows)),
        )
        host.add("/kontakt", simple(host, unit.welfare_host, "", title, menu, "<p>Kontakt z ośrodkiem.</p>"))
        host.add("/robots.txt", Response(200, b"User-agent: *\nDisallow:\n", "text/plain"))
        site.sections["news"] = [origin + "/aktualnosci"]
        site.listing_pages[origin + "/aktualnosci"] = [origin + "/aktualnosci"]
        site.pagination[origin + "/aktualnosci"] = "none"
        site.item_pattern[origin + "/aktualnosci"] = re.escape(origin) + r"/aktualnosci/\d+,[a-z0-9-]+"
        return site

    def _school(self, unit: Unit) -> None:
        """A sibling school host: linked from the unit, carrying a tempting project, but not the unit's site."""
        assert unit.sibling_host
        host = self.host(unit.sibling_host)
        title = "Szkoła Podstawowa im. Jana Pawła II"
        menu = [("Aktualności", "/aktualnosci/erasmus")]
        host.add("/", self._simple(host, unit.sibling_host, "", title, menu, "<h1>Witamy w naszej szkole</h1>"))
        host.add(
            "/aktualnosci/erasmus",
            self._simple(
                host,
                unit.sibling_host,
                "",
                title,
                menu,
                "<h1>Projekt Erasmus+ w naszej szkole</h1><p>12.03.2025</p><p>Wartość projektu: 120 000,00 zł.</p>",
            ),
        )

    def _shared_roots(self) -> None:
        """Directory pages and robots.txt of the shared hosts (samorzad portal, shared BIP)."""
        for name, prefixes in (
            ("samorzad.gov.sim", [u.prefix for u in self.units if u.prefix]),
            (SHARED_BIP_PATH_HOST, [u.bip_prefix for u in self.units if u.bip_mode == "shared_path"]),
        ):
            host = self.host(name)
            links = "".join(f"<li><a href='{p}/'>{p}</a></li>" for p in prefixes)
            host.add(
                "/",
                Response(
                    200,
                    f"<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>{name}</title></head>"
                    f"<body><ul>{links}</ul></body></html>".encode(),
                ),
            )
            host.add("/robots.txt", Response(200, b"User-agent: *\nDisallow: /admin/\n", "text/plain"))
        for unit in self.units:
            if unit.bip_mode == "tenant":
                assert unit.bip_host.endswith(SHARED_BIP_TENANT_DOMAIN)


# -- BIP and welfare-centre platforms ------------------------------------------------------------

#: The BIP platforms, with the URL shapes of their menus and notices and the vendor's footer credit as those
#: platforms print them; "unknown" is a hand-made BIP.  A tenant subdomain is one of the hosted platforms
#: (gmina.biuletyn.net, gmina.bip.net.pl, gmina.bip.gov.pl), the shared host with a path per unit is e-BIP
#: (bip.lubelskie.pl/<unit>), a BIP on the unit's own host is bip.info.pl or hand-made.
BIP_PLATFORMS = ("biuletyn.net", "bip.info.pl", "bip.net.pl", "e-bip", "bip.gov.pl", "unknown")
_TENANT_PLATFORMS = ("biuletyn.net", "bip.net.pl", "bip.gov.pl")


def bip_platform(unit: Unit) -> str:
    """The platform of the unit's BIP (a BIP inside the main site is that site's own section: none of its own)."""
    if unit.bip_mode == "inside":
        return "unknown"
    if unit.bip_mode == "tenant":
        return _TENANT_PLATFORMS[unit.index % len(_TENANT_PLATFORMS)]
    if unit.bip_mode == "shared_path":
        return "e-bip"
    return ("bip.info.pl", "unknown")[unit.index % 2]


@dataclass(frozen=True)
class BipShape:
    notices: str  # the notices listing ("Ogłoszenia")
    contact: str
    notice: str  # one notice, "{n}" its number
    credit: str  # the footer's vendor line
    stylesheet: str | None = None


def bip_shape(platform: str, slug: str) -> BipShape:
    """Where a BIP platform puts its pages (relative to the BIP's prefix) and how its footer credits it."""
    if platform == "biuletyn.net":
        base = f"/nt-bin/start.asp?podmiot={slug}/&strona="
        return BipShape(f"{base}14", f"{base}1", f"{base}14&typ=podmenu&id={{n}}", "Wykonanie: biuletyn.net")
    if platform == "bip.info.pl":
        return BipShape(
            "/index.php?idmp=14&r=r",
            "/index.php?idmp=1&r=r",
            "/dokument.php?iddok={n}&idmp=14&r=o",
            "System BIP: bip.info.pl",
        )
    if platform == "bip.net.pl":
        return BipShape("/?c=14", "/?c=1", "/?a={n}", "Realizacja: bip.net.pl", "/szablony/bip/style.css")
    if platform == "e-bip":
        return BipShape("/ogloszenia", "/kontakt", "/ogloszenia/{n}", "Platforma e-BIP · Wykonanie: e-BIP")
    if platform == "bip.gov.pl":
        return BipShape(
            "/subjects/view/14", "/subjects/view/1", "/articles/view/{n}", "Platforma: bip.gov.pl · Redakcja BIP"
        )
    return BipShape("/ogloszenia", "/kontakt", "/ogloszenia/{n}", "Redakcja BIP")


#: Welfare centres' sites: WordPress, Joomla or hand-made (by the unit's index), told by their <head>.
WELFARE_PLATFORMS = ("wordpress", "joomla", "unknown")
_WELFARE_HEAD = {
    "wordpress": "<meta name='generator' content='WordPress 6.4.3'>"
    "<link rel='stylesheet' href='/wp-content/themes/ops/style.css?ver=6.4.3'>",
    "joomla": "<meta name='generator' content='Joomla! - Open Source Content Management'>"
    "<link rel='stylesheet' href='/templates/ops/css/template.css'>",
    "unknown": "",
}


def render_web(units: list[Unit]) -> Web:
    """Every host's pages and every unit's truth for `units`."""
    return Web(units)
