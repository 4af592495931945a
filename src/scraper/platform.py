"""Which CMS a site runs on, from what its pages give away: meta generator, asset paths and hosts, footers, URL shapes.

Knowing the platform tells the operator which URL and pagination shapes to expect and lets a
later page object be shared by every site of one vendor.  Each rule is one observable fact with
a weight; the platform with the highest total wins and every matching fact is kept as evidence,
so a wrong verdict can be argued with.  Pure functions; no requests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

Where = Literal["generator", "asset", "text", "host", "url"]
UNKNOWN = "unknown"
_MIN_SCORE = 1.0  # one strong fact (a generator, a platform host) or two weak ones
_TEXT_TAIL = 4000  # characters of the page's end (footer credits) searched for vendor names
_MAX_URLS = 400


@dataclass(frozen=True)
class Fact:
    platform: str
    where: Where  # generator: <meta name=generator>; asset: src/href of scripts, styles, images; text: footer
    # text; host: the page's own host; url: the page's URL and its links' paths
    pattern: re.Pattern[str]
    weight: float
    says: str  # evidence as shown to the operator


def _fact(platform: str, where: Where, pattern: str, weight: float, says: str) -> Fact:
    return Fact(platform, where, re.compile(pattern, re.IGNORECASE), weight, says)


def _credit(vendor: str) -> str:
    """A footer crediting a vendor ("Wykonanie: bip.info.pl", "System BIP: biuletyn.net"), not any mention of its
    domain: a unit's own site often prints the address of its BIP (gmina.bip.net.pl) without running on it."""
    return (
        r"(?:wykonani\w*|realizacj\w*|system\w*|platform\w*|oprogramowani\w*|dostawc\w*|obsług\w*)\W+(?:[\w-]+\W+){0,3}?"
        + vendor
    )


FACTS: tuple[Fact, ...] = (
    _fact("wordpress", "generator", r"\bwordpress\b", 2.0, "meta generator WordPress"),
    _fact("wordpress", "asset", r"/wp-(?:content|includes)/", 1.0, "assets under /wp-content/"),
    _fact("wordpress", "url", r"/wp-json/|[?&]p=\d+$|/page/\d+/?$", 0.5, "WordPress URL shapes"),
    _fact("joomla", "generator", r"\bjoomla\b", 2.0, "meta generator Joomla"),
    _fact(
        "joomla", "asset", r"/media/(?:jui|system|vendor)/|/templates/[\w-]+/|/components/com_", 0.8, "Joomla assets"
    ),
    _fact("joomla", "url", r"option=com_|/index\.php/|[?&]limitstart=", 0.6, "Joomla URL shapes"),
    _fact("drupal", "generator", r"\bdrupal\b", 2.0, "meta generator Drupal"),
    _fact(
        "drupal", "asset", r"/sites/(?:default|all)/(?:files|themes|modules)/|/core/misc/drupal", 1.0, "Drupal assets"
    ),
    _fact("drupal", "url", r"/node/\d+$|/taxonomy/term/\d+", 0.6, "Drupal URL shapes"),
    _fact("idcom", "text", r"\bidcom(?:-jst)?\b", 1.0, "footer credits IDcom"),
    _fact("idcom", "asset", r"idcom(?:-jst)?\.pl", 1.0, "assets from idcom-jst.pl"),
    _fact("idcom", "generator", r"idcom", 2.0, "meta generator IDcom"),
    _fact("logonet", "text", r"\blogonet\b", 1.0, "footer credits Logonet"),
    _fact("logonet", "asset", r"logonet\.(?:pl|com\.pl)", 1.0, "assets from logonet"),
    _fact("logonet", "generator", r"logonet", 2.0, "meta generator Logonet"),
    _fact("biuletyn.net", "host", r"(?:^|\.)biuletyn\.net$", 2.0, "host on biuletyn.net"),
    _fact("biuletyn.net", "asset", r"biuletyn\.net", 0.8, "assets from biuletyn.net"),
    _fact("biuletyn.net", "url", r"/nt-bin/", 0.8, "biuletyn.net URL shape /nt-bin/"),
    _fact("biuletyn.net", "text", _credit(r"biuletyn\.net\b"), 1.0, "footer credits biuletyn.net"),
    _fact("bip.info.pl", "host", r"(?:^|\.)bip\.info\.pl$", 2.0, "host on bip.info.pl"),
    _fact("bip.info.pl", "asset", r"bip\.info\.pl", 0.8, "assets from bip.info.pl"),
    _fact("bip.info.pl", "url", r"/dokument\.php\?|/index\.php\?idmp=", 0.5, "bip.info.pl URL shapes"),
    _fact("bip.info.pl", "text", _credit(r"bip\.info\.pl\b"), 1.0, "footer credits bip.info.pl"),
    _fact("bip.net.pl", "host", r"(?:^|\.)bip\.net\.pl$", 2.0, "host on bip.net.pl"),
    _fact("bip.net.pl", "asset", r"bip\.net\.pl", 0.8, "assets from bip.net.pl"),
    _fact("bip.net.pl", "url", r"/\?[ac]=\d+$", 0.5, "bip.net.pl URL shapes /?c=N, /?a=N"),
    _fact("bip.net.pl", "text", _credit(r"bip\.net\.pl\b"), 1.0, "footer credits bip.net.pl"),
    _fact("e-bip", "host", r"(?:^|\.)(?:e-bip\.eu|bip\.lubelskie\.pl)$", 2.0, "host on e-bip.eu / bip.lubelskie.pl"),
    _fact("e-bip", "asset", r"e-bip\.eu|bip\.lubelskie\.pl", 0.8, "assets from e-bip.eu / bip.lubelskie.pl"),
    _fact("e-bip", "text", r"\be-bip\b", 0.8, "e-BIP named on the page"),
    _fact("e-bip", "text", _credit(r"e-bip\b"), 1.0, "footer credits e-BIP"),
    _fact("bip.gov.pl", "host", r"\.bip\.gov\.pl$", 2.0, "host *.bip.gov.pl"),
    _fact("bip.gov.pl", "url", r"/(?:articles|subjects)/(?:view|index)/\d+", 0.5, "bip.gov.pl URL shapes"),
    _fact("bip.gov.pl", "text", _credit(r"bip\.gov\.pl\b"), 1.0, "footer credits bip.gov.pl"),
    # the government's portal, where units without a site of their own keep a profile under /web/<unit>
    _fact("gov.pl", "url", r"\.gov\.pl/web/", 2.0, "gov.pl portal URL shape /web/<unit>"),
    _fact("gov.pl", "asset", r"gov\.pl/(?:img|css|js|resources)/", 0.6, "gov.pl portal assets"),
    # its pages: "Serwis Rzeczypospolitej Polskiej" in the header and footer, units under /web/<unit>/ on any host
    _fact(
        "gov.pl", "text", r"serwis rzeczypospolitej polskiej", 0.6, "gov.pl portal: Serwis Rzeczypospolitej Polskiej"
    ),
    _fact("gov.pl", "url", r"^https?://[^/]+/web/[a-z0-9-]+(?:/|$)", 0.5, "gov.pl portal URL shape /web/<unit>/"),
    _fact("asp_pl_start", "url", r"/asp/pl_start\.asp", 1.5, "URL shape /asp/pl_start.asp"),
    _fact("asp_pl_start", "url", r"/asp/[\w-]+\.asp", 0.5, "URLs under /asp/*.asp"),
)


@dataclass(frozen=True)
class Platform:
    """The verdict and the facts behind it (name "unknown" with no evidence when nothing matched)."""

    name: str
    evidence: tuple[str, ...] = ()


UNKNOWN_PLATFORM = Platform(UNKNOWN)


def _observations(tree: LexborHTMLParser, page_url: str) -> dict[Where, list[str]]:
    """What the page shows of itself, per kind of fact."""
    generators = [node.attributes.get("content") or "" for node in tree.css('meta[name="generator" i]')]
    assets: list[str] = []
    for selector, attribute in (("script[src]", "src"), ("link[href]", "href"), ("img[src]", "src")):
        assets += [node.attributes.get(attribute) or "" for node in tree.css(selector)[:_MAX_URLS]]
    links = [node.attributes.get("href") or "" for node in tree.css("a[href]")[:_MAX_URLS]]
    body = tree.body
    text = " ".join(body.text(deep=True, separator=" ").split()) if body is not None else ""
    footer = " ".join(node.text(deep=True, separator=" ") for node in tree.css("footer, #footer, .footer, #stopka"))
    return {
        "generator": generators,
        "asset": assets,
        "text": [text[-_TEXT_TAIL:], footer[:_TEXT_TAIL]],
        "host": [(urlsplit(page_url).hostname or "").lower()],
        "url": [page_url, *links],
    }


def fingerprint(html: str | LexborHTMLParser, page_url: str) -> Platform:
    """The platform a page was made with, and every fact that says so."""
    tree = html if isinstance(html, LexborHTMLParser) else LexborHTMLParser(html)
    seen = _observations(tree, page_url)
    scores: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    for fact in FACTS:
        hit = next((value for value in seen[fact.where] if value and fact.pattern.search(value)), None)
        if hit is None:
            continue
        scores[fact.platform] = scores.get(fact.platform, 0.0) + fact.weight
        shown = hit if fact.where in ("generator", "host") else fact.pattern.search(hit).group(0)  # type: ignore[union-attr]
        evidence.setdefault(fact.platform, []).append(f"{fact.says}: {' '.join(shown.split())[:80]}")
    if not scores:
        return Platform(UNKNOWN)
    best = max(scores, key=lambda name: (scores[name], -list(scores).index(name)))
    if scores[best] < _MIN_SCORE:
        return Platform(UNKNOWN, tuple(evidence[best]))
    return Platform(best, tuple(evidence[best]))
