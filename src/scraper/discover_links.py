"""Which links of a homepage lead to the sections the dataset is about: news, funding, the BIP, the welfare centre.

Nobody writes 2,800 URL regexes by hand, so sections are found the way a person finds them: by
the words of a menu.  A link is scored by its anchor text, its title and the alt of an image
inside it (BIP logos are often image-only) and the words of its URL, all folded (lower case,
no diacritics: "Aktualnosci" on an ASCII site is "Aktualności"), and a menu link counts more
than the same link in a footer.  Pure functions over a parsed page; no requests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extract.funding_aliases import fold as _fold
from extract.urls import canonical_url

SectionKind = Literal["news", "funding", "bip", "welfare"]
Region = Literal["menu", "body", "footer"]
KINDS: tuple[SectionKind, ...] = ("news", "funding", "bip", "welfare")

MAX_LINKS = 2000  # a page with more anchors is read only this far (a sitemap-like page, a hostile one)
_REGION_WEIGHT: dict[Region, float] = {"menu": 1.0, "body": 0.8, "footer": 0.55}
_SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "#")
_FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|odt|ods|zip|rar|7z|jpe?g|png|gif|svg|mp4|mp3)$", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"[\s_-]+")
_NAV_PARTS = frozenset({"menu", "nav", "navbar", "navigation", "mainmenu", "topmenu", "megamenu", "navi"})
_HEADER_PARTS = frozenset({"header", "topbar", "naglowek", "banner"})
_FOOTER_PARTS = frozenset({"footer", "stopka", "contentinfo"})
_ENTRY_PARTS = frozenset({"entry", "post", "wpis", "hentry", "teaser"})
_CONTENT_NAMES = frozenset({"content", "tresc", "srodek", "main"})
_WORDS = re.compile(r"[a-z0-9]+")
_ITEM_LIKE = re.compile(r"/[^/]*\d{2,}[^/]*/?$|/[^/]{40,}/?$")  # an id or a long slug in the last segment


def fold(text: str) -> str:
    """Lower case, Polish diacritics dropped (ł -> l), one space between words: "Aktualności" == "AKTUALNOSCI"."""
    return " ".join(_fold(text).split())


@dataclass(frozen=True)
class Link:
    """One anchor of a page, as a reader sees it."""

    url: str  # canonical, absolute
    text: str  # the anchor text, whitespace collapsed
    label: str  # title attribute and alt texts of images inside, joined
    region: Region


@dataclass(frozen=True)
class Rule:
    """A phrase (folded, matched on word boundaries) and how much it says about a kind."""

    phrase: str
    weight: float


def _rules(*pairs: tuple[str, float]) -> tuple[Rule, ...]:
    return tuple(Rule(phrase, weight) for phrase, weight in pairs)


# Words of anchor text / title / alt, per kind.  Short acronyms match whole words only.
TEXT_RULES: dict[SectionKind, tuple[Rule, ...]] = {
    "news": _rules(
        ("aktualnosci", 1.0),
        ("wiadomosci", 0.9),
        ("komunikaty", 0.85),
        ("ogloszenia", 0.8),
        ("wydarzenia", 0.75),
        ("news", 0.7),
        ("informacje", 0.45),
        ("z zycia gminy", 0.6),
    ),
    "funding": _rules(
        ("projekty unijne", 1.0),
        ("projekty ue", 1.0),
        ("fundusze europejskie", 1.0),
        ("fundusze zewnetrzne", 1.0),
        ("fundusze unijne", 1.0),
        ("srodki zewnetrzne", 0.9),
        ("srodki unijne", 0.9),
        ("pozyskane srodki", 1.0),
        ("dofinansowania", 0.95),
        ("dofinansowanie", 0.85),
        ("dotacje", 0.75),
        ("programy rzadowe", 0.95),
        ("polski lad", 0.9),
        ("rfil", 0.85),
        ("rzadowy fundusz", 0.85),
        ("kpo", 0.8),
        ("rpo", 0.8),
        ("prow", 0.8),
        ("unia europejska", 0.7),
        ("projekty", 0.6),
        ("inwestycje", 0.45),
    ),
    "bip": _rules(
        ("biuletyn informacji publicznej", 1.0),
        ("bip", 1.0),
    ),
    "welfare": _rules(
        ("osrodek pomocy spolecznej", 1.0),
        ("centrum pomocy rodzinie", 1.0),
        ("centrum uslug spolecznych", 1.0),
        ("osrodek pomocy rodzinie", 1.0),
        ("gops", 1.0),
        ("mops", 1.0),
        ("mopr", 1.0),
        ("mgops", 1.0),
        ("pcpr", 1.0),
        ("rops", 1.0),
        ("osrodek polityki spolecznej", 1.0),
        ("cus", 0.8),
        ("ops", 0.8),
        ("pomoc spoleczna", 0.7),
        ("jednostki organizacyjne", 0.55),
    ),
}
# Words of the URL (host and path, split at every non-letter), per kind.
URL_RULES: dict[SectionKind, tuple[Rule, ...]] = {
    "news": _rules(
        ("aktualnosci", 1.0),
        ("wiadomosci", 0.9),
        ("komunikaty", 0.85),
        ("ogloszenia", 0.8),
        ("wydarzenia", 0.75),
        ("news", 0.8),
        ("aktualnosc", 0.8),
    ),
    "funding": _rules(
        ("projekty unijne", 1.0),
        ("fundusze", 0.9),
        ("unijne", 0.85),
        ("dofinansowania", 0.9),
        ("dofinansowanie", 0.8),
        ("pozyskane srodki", 1.0),
        ("srodki zewnetrzne", 0.9),
        ("programy rzadowe", 0.9),
        ("polski lad", 0.9),
        ("rfil", 0.85),
        ("kpo", 0.8),
        ("rpo", 0.8),
        ("prow", 0.8),
        ("ue", 0.6),
        ("projekty", 0.55),
    ),
    "bip": _rules(("bip", 1.0), ("biuletyn", 0.8)),
    "welfare": _rules(
        ("gops", 1.0),
        ("mops", 1.0),
        ("mopr", 1.0),
        ("mgops", 1.0),
        ("pcpr", 1.0),
        ("rops", 1.0),
        ("ops", 0.85),
        ("cus", 0.75),
        ("pomoc spoleczna", 0.7),
        ("jednostki organizacyjne", 0.5),
    ),
}
# "Fundusze Europejskie dla Opolskiego", "FE dla Śląska": a programme name is a funding section.
_FUNDING_PATTERN = re.compile(r"\bfundusze europejskie dla\b|\bfe dla\b|\bfunduszy europejskich\b")
_TEXT_WEIGHT, _LABEL_WEIGHT, _URL_WEIGHT = 1.0, 0.85, 0.6
_LONG_TEXT_WORDS = 7  # a section link is a short label; a long one is an article title that happens to match


@dataclass(frozen=True)
class Score:
    """How strongly a link points at a kind of section (0..1), and why."""

    value: float
    evidence: tuple[str, ...]


def _match(rules: tuple[Rule, ...], words: str) -> Rule | None:
    """The strongest rule whose phrase occurs in `words` (folded) on word boundaries."""
    padded = f" {words} "
    best: Rule | None = None
    for rule in rules:
        if f" {rule.phrase} " in padded and (best is None or rule.weight > best.weight):
            best = rule
    return best


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(fold(text)))


def url_words(url: str) -> str:
    """The words of a URL's host, path and query: "https://bip.x.pl/projekty-unijne" -> "bip x pl projekty unijne"."""
    parts = urlsplit(url)
    return _words(f"{parts.hostname or ''} {unquote(parts.path)} {unquote(parts.query)}")


def score_link(link: Link, kind: SectionKind) -> Score:
    """Score one link for one kind: the best of text, label and URL, weighted by where the link sits."""
    evidence: list[str] = []
    value = 0.0
    text_words, label_words = _words(link.text), _words(link.label)
    for source, words, weight in (("text", text_words, _TEXT_WEIGHT), ("title/alt", label_words, _LABEL_WEIGHT)):
        rule = _match(TEXT_RULES[kind], words)
        found = rule.weight * weight if rule else 0.0
        if kind == "funding" and _FUNDING_PATTERN.search(fold(link.text if source == "text" else link.label)):
            rule, found = Rule("fundusze europejskie dla", 1.0), max(found, weight)
        if rule and found > 0:
            evidence.append(f'{source} "{rule.phrase}"')
            value = max(value, found)
    url_rule = _match(URL_RULES[kind], url_words(link.url))
    if url_rule and (value or not _ITEM_LIKE.search(urlsplit(link.url).path)):
        evidence.append(f'url "{url_rule.phrase}"')
        # URL words confirm a label (+0.15) or stand alone at a lower weight (not for an item's URL:
        # "/aktualnosci/228-ostrzezenie.html" is one news item, not the news section)
        value = min(1.0, value + 0.15) if value else url_rule.weight * _URL_WEIGHT
    if not value:
        return Score(0.0, ())
    if len(text_words.split()) >= _LONG_TEXT_WORDS:
        value *= 0.4
        evidence.append("long anchor text")
    value *= _REGION_WEIGHT[link.region]
    evidence.append(f"in {link.region}")
    return Score(round(min(value, 1.0), 3), tuple(evidence))


def _name_parts(node: LexborNode) -> set[str]:
    """The words of an element's class, id and role ("menu-glowne main-nav" -> menu, glowne, main, nav)."""
    attributes = node.attributes
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''} {attributes.get('role') or ''}"
    return set(_NAME_SPLIT.split(names.lower())) - {""}


def region_of(node: LexborNode) -> Region:
    """Where an anchor sits: a menu (header, nav, a box named menu), the footer, or the page body.

    An entry's own header or footer (WordPress "entry-header" inside an <article>) is body: its
    links are the items.  The climb stops at the content (<main>, <body>, #content), so a body
    class such as "has-header-image" does not make every link a menu link.
    """
    current: LexborNode | None = node.parent
    nav = header = footer = False
    for _ in range(40):
        if current is None or current.tag in ("body", "html"):
            break
        parts = _name_parts(current)
        inside_content = current.tag == "main" or (
            parts & _CONTENT_NAMES and not parts & (_FOOTER_PARTS | _HEADER_PARTS | _NAV_PARTS)
        )
        if current.tag == "article" or parts & _ENTRY_PARTS or inside_content:
            return "menu" if nav else "body"  # a header or footer below here is an entry's, not the page's
        footer = footer or current.tag == "footer" or bool(parts & _FOOTER_PARTS)
        header = header or current.tag == "header" or bool(parts & _HEADER_PARTS)
        nav = nav or current.tag == "nav" or bool(parts & _NAV_PARTS)
        current = current.parent
    return "footer" if footer else "menu" if nav or header else "body"


def absolute(base: str, href: str) -> str | None:
    """A link's canonical absolute http(s) URL, or None for mailto:, files, fragments and junk."""
    href = href.strip()
    if not href or href.lower().startswith(_SKIP_SCHEMES):
        return None
    try:
        url = canonical_url(urljoin(base, href))
    except ValueError:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or _FILE.search(parts.path):
        return None
    return url


def page_links(tree: LexborHTMLParser, base: str) -> list[Link]:
    """Every followable anchor of a page (at most MAX_LINKS), with its text, title/alt label and region."""
    found: list[Link] = []
    for node in tree.css("a[href]")[:MAX_LINKS]:
        url = absolute(base, node.attributes.get("href") or "")
        if url is None:
            continue
        labels = [node.attributes.get("title") or "", node.attributes.get("aria-label") or ""]
        labels += [img.attributes.get("alt") or "" for img in node.css("img")]
        text = " ".join(node.text(deep=True, separator=" ").split())
        found.append(Link(url, text, " ".join(" ".join(labels).split()), region_of(node)))
    return found


@dataclass(frozen=True)
class Candidate:
    """A link that may lead to a section of one kind."""

    kind: SectionKind
    link: Link
    score: Score


def candidates(links: list[Link], kind: SectionKind, *, threshold: float = 0.3, limit: int = 3) -> list[Candidate]:
    """The best distinct URLs for `kind`, strongest first (ties: the earlier link on the page)."""
    best: dict[str, Candidate] = {}
    for link in links:
        score = score_link(link, kind)
        if score.value < threshold:
            continue
        key = link.url
        if key not in best or score.value > best[key].score.value:
            best[key] = Candidate(kind, link, score)
    order = {url: i for i, url in reversed(list(enumerate(link.url for link in links)))}
    ranked = sorted(best.values(), key=lambda c: (-c.score.value, order[c.link.url]))
    return ranked[:limit]
