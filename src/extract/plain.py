"""The cheap path for a page over a cap or its time budget: its title and plain text, then the fields.

Every step over the tree is one call into lexbor's C code (no per-node Python, no heuristics),
so its cost is linear in the page whatever its shape; the text is cut to `MAX_PLAIN_CHARS`.  The
record says why in its warnings (`extract.bounds`).  A page over a cap still gets its fields
(`with_fields`): the field parsers are linear in the text, and it was the tree that was too big, so
the amounts and roles of a deeply nested page are not lost; a page over its time budget does not.
"""

from __future__ import annotations

from extract import __version__, bounds, places
from extract.bounds import MAX_PLAIN_CHARS
from extract.fields import FIELDS, Prose
from extract.kinds import classify
from extract.model import ExtractorInfo, Publisher, Record
from extract.page import SKIP_TAGS, Document, ExtractError, ListingPage, SiteInfo
from extract.text import clean
from extract.urls import url_id

MAX_PLAIN_LINKS = 5_000  # links a listing read by the cheap path gives
_TITLE_CHARS = 500
_UNREAD = [tag for tag in SKIP_TAGS if not tag.startswith("-")] + ["head"]


def _title(doc: Document) -> str:
    for selector in ("title", "h1"):
        node = doc.tree.css_first(selector)
        if node is not None and (text := clean(node.text(deep=True, separator=" ")[: 4 * _TITLE_CHARS])):
            return text[:_TITLE_CHARS]
    return doc.url


def _text(doc: Document) -> str:
    """The body's visible text as one paragraph (scripts, styles and forms left out), cut at a word."""
    doc.tree.strip_tags(_UNREAD, recursive=True)  # the last reader of this tree: it may change it
    root = doc.tree.body or doc.tree.root
    raw = root.text(deep=True, separator=" ") if root is not None else ""
    if len(raw) > 2 * MAX_PLAIN_CHARS:
        raw = raw[: 2 * MAX_PLAIN_CHARS]
    text = clean(raw)
    if len(text) > MAX_PLAIN_CHARS:
        cut = text.rfind(" ", 0, MAX_PLAIN_CHARS)
        text = text[: cut if cut > 0 else MAX_PLAIN_CHARS]
    return text


def _publisher(site: SiteInfo) -> Publisher:
    if site.teryt is None:
        return Publisher(name=site.name)
    where = places.hierarchy(site.teryt)
    return Publisher(
        name=site.name,
        teryt=site.teryt,
        municipality=where.municipality,
        county=where.county,
        voivodeship=where.voivodeship,
    )


def plain_record(doc: Document, site: SiteInfo, extractor: str, warnings: list[str]) -> Record:
    """The page's record from its title and plain text; `warnings` say why it was read this way."""
    title = _title(doc)  # before `_text`, which strips <head>
    text = _text(doc)
    if not text:
        raise ExtractError(f"no text on {doc.url}: {'; '.join(warnings)}")
    return Record(
        id=url_id(doc.url),
        url=doc.url,
        site=site.id,
        kind=classify(title, text),
        title=title,
        publisher=_publisher(site),
        text=text,
        warnings=warnings,
        first_seen=doc.fetched_at.date(),
        fetched_at=doc.fetched_at,
        content_sha256=doc.content_sha256,
        extractor=ExtractorInfo(name=extractor, version=f"plain/{__version__}"),
    )


def plain_links(doc: Document, site: SiteInfo) -> list[str]:
    """A listing's links, in page order, the first MAX_PLAIN_LINKS web pages of them."""
    page = ListingPage(doc, site)
    seen: dict[str, None] = {}
    for anchor in doc.tree.css("a[href]"):
        url = page.absolute(anchor.attributes.get("href") or "")
        if url and url != doc.url:
            seen.setdefault(url, None)
            if len(seen) >= MAX_PLAIN_LINKS:
                break
    return list(seen)


def with_fields(record: Record, budget: float | None) -> Record:
    """The record with the field parsers' reading of its plain text, within a fresh time budget."""
    prose = Prose(record.text, published=None)
    try:
        with bounds.deadline(budget):
            found = {name: getattr(prose, name) for name in FIELDS}
    except bounds.OverBudget as error:
        return record.model_copy(update={"warnings": [*record.warnings, str(error)]})
    return record.model_copy(update={**found, "warnings": [*record.warnings, *prose.warnings]})
