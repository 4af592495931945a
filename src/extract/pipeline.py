"""One page in, its records or links out: the only entry point the scraper and the CLI use."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from pydantic import ValidationError

from extract import registry
from extract.model import Record
from extract.page import Document, ExtractError, SiteInfo
from extract.urls import host_of

Role = Literal["article", "listing"]
log = logging.getLogger(__name__)


@dataclass
class Extraction:
    url: str
    role: Role
    extractor: str
    records: list[Record] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    error: str | None = None  # why the page gave nothing, one line


def looks_like_html(body: bytes) -> bool:
    """Cheap sniff: markup near the start and no NUL bytes (a PDF or an image saved as .html is not a page)."""
    head = body[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM: NULs are expected
        return True
    return b"<" in head and b"\x00" not in head


def extract(
    url: str,
    body: bytes,
    *,
    site: SiteInfo,
    content_type: str | None,
    fetched_at: datetime,
    content_sha256: str,
    extractor: str | None = None,
    role: Role = "article",
) -> Extraction:
    """Parse once, run the site's page object for `role`; a page that cannot be read gives an error, not a raise."""
    chosen = registry.get(extractor) if extractor else registry.for_host(host_of(url))
    doc = Document(url, body, content_type=content_type, fetched_at=fetched_at, content_sha256=content_sha256)
    result = Extraction(url=doc.url, role=role, extractor=chosen.name)
    try:
        if not looks_like_html(body):
            raise ExtractError(f"no text on {doc.url}: not an HTML page (no markup, or binary bytes)")
        if role == "article":
            if chosen.article is None:
                raise ExtractError(f"extractor {chosen.name!r} has no article page object")
            result.records.append(chosen.article(doc, site).record())
        else:
            if chosen.listing is None:
                raise ExtractError(f"extractor {chosen.name!r} has no listing page object")
            result.links = chosen.listing(doc, site).links()
    except ExtractError as error:
        result.error = str(error)
    except ValidationError as error:
        result.error = f"record failed validation: {error.error_count()} error(s): " + "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()
        )
    except (RecursionError, MemoryError, UnicodeError, ValueError, LookupError, AttributeError, TypeError) as error:
        # A bug or a page hostile enough to break a parser: report this page, keep the run going.
        log.exception("%s: extraction crashed", doc.url)
        result.error = f"internal error while extracting: {type(error).__name__}: {error}"
    return result
