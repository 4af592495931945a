"""The fallback for hosts without a page object: semantic tags and common CMS classes, then <body>.

Deliberately basic for now (a later issue measures and deepens it); it never guesses a
publication date from anything but structured metadata or a <time> element.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property

from selectolax.lexbor import LexborNode

from extract.article import ArticlePage
from extract.dates import parse_date
from extract.page import ExtractError, ListingPage
from extract.registry import site

_CONTAINERS = (
    "article .entry-content",
    "article .field--name-body",
    "div.itemView",
    "div.item-page",
    "article",
    "main",
    "div#content",
    "div.content",
    "body",
)
_BOILERPLATE = (
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "[role=navigation]",
    "[role=banner]",
    "[role=contentinfo]",
    ".breadcrumb",
    ".breadcrumbs",
    ".menu",
    ".sidebar",
    ".share",
    ".social",
    ".cookie",
    ".calendar",
    ".related",
    ".zobacz-takze",
    ".itemRelated",
    ".pagination",
)


@site("generic")
class GenericArticle(ArticlePage):
    version = "1"

    @cached_property
    def body(self) -> LexborNode:
        for selector in _CONTAINERS:
            found = self.doc.tree.css(selector)
            if len(found) == 1:
                return found[0]
        node = self.doc.tree.body or self.doc.tree.root
        if node is None:  # an empty document: lexbor still builds <html>, so this is a bug
            raise ExtractError(f"no document tree for {self.doc.url}")
        return node

    @cached_property
    def excluded(self) -> frozenset[int]:
        return frozenset(node.mem_id for selector in _BOILERPLATE for node in self.body.css(selector))

    def main_text(self) -> str:
        text = super().main_text()
        if not text:
            raise ExtractError(f"no text on {self.doc.url}: not an HTML page, or an empty one")
        return text

    def title(self) -> str:
        for selector in ("h1", "meta[property='og:title']", "title"):
            node = self.doc.tree.css_first(selector)
            text = (node.attributes.get("content") or "") if node and node.tag == "meta" else self.text_of(node)
            if text.strip():
                return text.strip()
        return self.doc.url

    def published(self) -> date | None:
        for selector, attribute in (
            ("meta[property='article:published_time']", "content"),
            ("time[datetime]", "datetime"),
        ):
            node = self.doc.tree.css_first(selector)
            if node and (value := node.attributes.get(attribute)):
                return parse_date(value[:10])
        return None


@site("generic")
class GenericListing(ListingPage):
    pass
