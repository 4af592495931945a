"""One page in, its records or links out: the only entry point the scraper and the CLI use."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from pydantic import ValidationError

from extract import registry
from extract.model import Record
from extract.page import Document, ExtractError, SiteInfo
from extract.urls import host_of

Role = Literal["article", "listing"]


@dataclass
class Extraction:
    url: str
    role: Role
    extractor: str
    records: list[Record] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    error: str | None = None  # why the page gave nothing, one line


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
    return result
