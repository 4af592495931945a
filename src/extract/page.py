"""Page objects: a parsed page plus the selectors of one page role (article or listing) of one site.

Exceptions:
    ExtractError      base of everything extraction raises on purpose.
    SelectorError     a declared selector matched the wrong number of elements: the site
                      changed its markup, or the page is not of this role.  The message
                      names the selector, the URL, the count found and the count expected.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import ClassVar
from urllib.parse import urljoin, urlsplit

from pydantic import ValidationError
from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from extract import bounds
from extract.decode import decode_html
from extract.document_links import MAY_BE_DOCUMENT, is_document
from extract.text import clean, clean_block
from extract.urls import canonical_url


class ExtractError(Exception):
    """Extraction failed on purpose: the page cannot give a record."""


# What a parser or heuristic may trip over on a hostile page (or a bug shows as): reported for that
# page as an error value, never let out of the extractor, so one page never stops a run.
FAULTS: tuple[type[Exception], ...] = (
    ValueError,  # UnicodeError included
    LookupError,
    AttributeError,
    TypeError,
    RecursionError,
    ArithmeticError,
    MemoryError,
    SelectolaxError,
)


def describe_invalid(error: ValidationError) -> str:
    """One line for a record the model refused: how many errors, each with its field path."""
    details = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
    return f"record failed validation: {error.error_count()} error(s): {details}"


class SelectorError(ExtractError):
    def __init__(self, selector: str, url: str, found: int, expected: str) -> None:
        super().__init__(f"selector {selector!r} matched {found} element(s) on {url}, expected {expected}")
        self.selector, self.url, self.found, self.expected = selector, url, found, expected


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """What the extractor needs to know about the publisher (from the site registry)."""

    id: str
    name: str
    teryt: str | None = None
    # The registry's per-site overrides for the generic extractor: CSS selectors keyed "title",
    # "date", "body".  Left out of the hash, so a SiteInfo stays hashable.
    selectors: Mapping[str, str] = field(default_factory=dict, hash=False)


_REPLACEMENT = "\ufffd"
_REPLACEMENT_UTF8 = _REPLACEMENT.encode()


def replacements(text: str, body: bytes) -> int:
    """U+FFFD in the decoded text less those the body itself holds as UTF-8: the bytes that did not decode.

    Exactly `text.count("\ufffd") - body.count(b"\xef\xbf\xbd")`, but most pages hold neither: one
    `in` test of a character and one of the byte EF (C `memchr` scans, ~1 µs for 80 KB) answer for them,
    where the two counts took ~60 µs a page.
    """
    decoded = text.count(_REPLACEMENT) if _REPLACEMENT in text else 0
    stored = body.count(_REPLACEMENT_UTF8) if b"\xef" in body else 0
    return decoded - stored


class Document:
    """One fetched page, decoded and parsed once; every page object reads this same tree."""

    def __init__(
        self,
        url: str,
        body: bytes,
        *,
        content_type: str | None,
        fetched_at: datetime,
        content_sha256: str,
    ) -> None:
        decoded = decode_html(body, content_type)
        self.url = canonical_url(url)
        self.encoding = decoded.encoding
        self.replacements = replacements(decoded.text, body)
        self.tree = LexborHTMLParser(decoded.text)
        self.fetched_at = fetched_at
        self.content_sha256 = content_sha256

    @cached_property
    def base_url(self) -> str:
        base = self.tree.css_first("base[href]")
        href = base.attributes.get("href") if base else None
        return urljoin(self.url, href) if href else self.url


# Elements with no readable text (shared with the generic extractor, which adds empty elements to it).
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "select",
        "button",
        "textarea",
        "input",
        "audio",
        "video",
        "canvas",
        "picture",
        "map",
        "math",
        "-comment",
    ]
)
# Elements that start a new line of text (shared with the generic extractor's block scoring).
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    ]
)
_CELL = frozenset({"td", "th"})
_WHITESPACE = re.compile(r"\s+")


def _collapse_spaces(text: str) -> str:
    """`text` with each whitespace run as one space, as `_WHITESPACE.sub(" ", text)` gives.

    Most text nodes are indentation only, or already single-spaced (no whitespace but ASCII spaces
    is what `isprintable` with no double space means): two C scans answer those without a regex.
    """
    if text.isspace():
        return " "
    if text.isprintable() and "  " not in text:
        return text
    return _WHITESPACE.sub(" ", text)


def block_text(node: LexborNode, skip: frozenset[int] = frozenset()) -> str:
    """Visible text with block elements on their own lines and table cells side by side.

    `skip` holds the `mem_id`s of elements to leave out (the tree is never mutated, so
    every page hook sees the same page).  Iterative, so hostile nesting cannot overflow.

    One `traverse` of the subtree in document order (lexbor's own walk; listing each element's
    children took ~0.5 µs an element): the elements being read are kept open on a stack, and an
    element's closing (a line break, a cell's space) is written when the walk leaves its subtree,
    which is when a node's parent is not the innermost open element.
    """
    parts: list[str] = []
    open_ids: list[int] = []  # mem_ids of the elements whose subtree is being read, outermost first
    closings: list[str | None] = []  # what each of them writes after its subtree
    left_out: set[int] = set()  # elements whose subtree is not read (skipped, <br>)
    steps = 0
    for current in node.traverse(include_text=True):
        steps += 1
        if not steps & 4095:
            bounds.check()
        if steps > 1:  # the root comes first; every other node's parent has been seen
            parent = current.parent
            parent_id = parent.mem_id if parent is not None else -1
            if parent_id in left_out:
                left_out.add(current.mem_id)
                continue
            while open_ids and open_ids[-1] != parent_id:  # the walk has left these subtrees
                open_ids.pop()
                if (closing := closings.pop()) is not None:
                    parts.append(closing)
        tag = current.tag
        if tag == "-text":
            # Source line breaks are whitespace in HTML; only the markup makes lines.
            parts.append(_collapse_spaces(current.text_content or ""))
            continue
        if tag in SKIP_TAGS or (skip and current.mem_id in skip) or tag == "br":
            if tag == "br":
                parts.append("\n")
            left_out.add(current.mem_id)
            continue
        if tag in BLOCK_TAGS:
            parts.append("\n")
            closings.append("\n")
        elif tag in _CELL:
            parts.append(" ")
            closings.append(" ")
        else:
            closings.append(None)
        open_ids.append(current.mem_id)
    parts.extend(closing for closing in reversed(closings) if closing is not None)
    return clean_block("".join(parts))


class PageObject:
    """Selector helpers shared by both roles; each checks how many elements it got."""

    site: ClassVar[str] = ""  # extractor name, set by the registry decorator
    version: ClassVar[str] = "1"

    def __init__(self, doc: Document, site: SiteInfo) -> None:
        self.doc = doc
        self.site_info = site

    def css_one(self, selector: str, root: LexborNode | None = None) -> LexborNode:
        found = (root or self.doc.tree).css(selector)
        if len(found) != 1:
            raise SelectorError(selector, self.doc.url, len(found), "exactly 1")
        return found[0]

    def css_optional(self, selector: str, root: LexborNode | None = None) -> LexborNode | None:
        found = (root or self.doc.tree).css(selector)
        if len(found) > 1:
            raise SelectorError(selector, self.doc.url, len(found), "0 or 1")
        return found[0] if found else None

    def css_many(self, selector: str, root: LexborNode | None = None, *, at_least: int = 1) -> list[LexborNode]:
        found = (root or self.doc.tree).css(selector)
        if len(found) < at_least:
            raise SelectorError(selector, self.doc.url, len(found), f"at least {at_least}")
        return list(found)

    @staticmethod
    def text_of(node: LexborNode | None) -> str:
        return clean(node.text(separator=" ")) if node is not None else ""

    def label_table(self, selector: str) -> dict[str, str]:
        """A two-column metadata table (label cell, value cell) as {label without colon: value}.

        Labels are lower-cased for look-up; values keep their line breaks (block_text).
        """
        table = self.css_one(selector)
        values: dict[str, str] = {}
        for row in table.css("tr"):
            cells = [cell for cell in row.iter() if cell.tag in _CELL]
            if len(cells) != 2:
                continue
            label = clean(cells[0].text(separator=" ")).rstrip(":").strip().lower()
            if label:
                values[label] = block_text(cells[1])
        return values

    def absolute(self, href: str) -> str | None:
        try:
            url = urljoin(self.doc.base_url, href.strip())
            if urlsplit(url).scheme not in ("http", "https"):
                return None
            return canonical_url(url)
        except ValueError:  # malformed link (bad port, bad IPv6 literal): not a page we can visit
            return None

    def document_url(self, href: str) -> str | None:
        """`absolute(href)` when it is a document's URL (`is_document`), else None.

        A link's absolute URL ends as its own path does (`urljoin` keeps its last segment, or ends in "/"
        after "." and ".."; `canonical_url` only cuts ";jsessionid=…" parameters), unless that path is
        empty ("?page=2", "#top", "//host"), when it is the base URL's: so an href whose path holds no
        document extension is answered without joining it (most links of a page: ~10 µs each).
        """
        try:
            path = urlsplit(href.strip()).path  # what `urljoin` reads of the href (a bad netloc raises there too)
        except ValueError:
            return None
        if path == ";":  # `urljoin` splits a last segment's ";params" off: a bare ";" is an empty path, the base's
            path = ""
        if path and MAY_BE_DOCUMENT.search(path) is None:
            return None
        url = self.absolute(href)
        return url if url is not None and is_document(url) else None


class ListingPage(PageObject):
    """A list of items (news list, project list, database index): yields links, never records."""

    links_selector: ClassVar[str] = "a[href]"

    def links(self) -> list[str]:
        """Item links, absolute and canonical; no match at all means the listing's markup changed."""
        seen: dict[str, None] = {}
        for number, anchor in enumerate(self.css_many(self.links_selector, at_least=1)):
            if not number & 255:
                bounds.check()
            url = self.absolute(anchor.attributes.get("href") or "")
            if url and url != self.doc.url:
                seen.setdefault(url, None)
        return list(seen)
