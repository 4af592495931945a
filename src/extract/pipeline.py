"""One page in, its records or links out: the only entry point the scraper and the CLI use.

A site's page object declares its selectors; when the site is redesigned they stop matching
(`SelectorError`).  Then the page is read again by the generic extractor (web-poet's
"UseFallback"), so one redesign does not lose the site's pages: the record says so in its
warnings, its `extractor` names the generic extractor, and `Extraction.fallback` holds the
reason - which `scrape validate` reports as a failure, since a page object that no longer
matches is what it exists to catch.

A page over a cap (body size, element count, nesting depth) or over its time budget is read by
the cheap path instead (`extract.bounds`, `extract.plain`): it still gives a record, whose
warnings (and `Extraction.limits`) say why, and the run goes on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from pydantic import ValidationError

from extract import bounds, registry
from extract.model import Record
from extract.page import FAULTS, Document, ExtractError, SelectorError, SiteInfo, describe_invalid
from extract.plain import plain_links, plain_record, with_fields
from extract.sniff import why_not_html
from extract.urls import canonical_url, host_of

Role = Literal["article", "listing"]
# What reading a page may raise: on purpose (ExtractError), a refused record, or a fault (see page.FAULTS).
_READ_ERRORS: tuple[type[Exception], ...] = (ExtractError, ValidationError, *FAULTS)
GENERIC = "generic"
log = logging.getLogger(__name__)


@dataclass
class Extraction:
    url: str
    role: Role
    extractor: str  # what produced the result: the generic extractor after a fallback
    records: list[Record] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    error: str | None = None  # why the page gave nothing, one line
    # Why the site's page object was set aside for the generic extractor (its SelectorError,
    # one line); None when the page object read the page, or no fallback was tried.
    fallback: str | None = None
    # Why the page was read only in part (`extract.bounds`: a cap or the time budget), one line each;
    # its record carries the same lines first in its warnings.
    limits: list[str] = field(default_factory=list)


def _read(chosen: registry.SiteExtractor, doc: Document, site: SiteInfo, role: Role, result: Extraction) -> None:
    """Run `chosen`'s page object for `role`; fills `result` only when it succeeds."""
    if role == "article":
        if chosen.article is None:
            raise ExtractError(f"extractor {chosen.name!r} has no article page object")
        result.records.append(chosen.article(doc, site).record())
    else:
        if chosen.listing is None:
            raise ExtractError(f"extractor {chosen.name!r} has no listing page object")
        result.links = chosen.listing(doc, site).links()


def _describe(error: Exception, url: str) -> str:
    """One line for an error `_read` may raise."""
    if isinstance(error, ValidationError):
        return describe_invalid(error)
    if isinstance(error, ExtractError):
        return str(error)
    log.exception("%s: extraction crashed", url, exc_info=error)
    return f"internal error while extracting: {type(error).__name__}: {error}"


def mismatch(extractor: str, error: SelectorError) -> str:
    """The fallback warning's first half: which page object, which selector, what it found."""
    return (
        f"page object {extractor!r} did not match the page "
        f"(selector {error.selector!r} matched {error.found} element(s), expected {error.expected})"
    )


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
    fallback: bool = True,
    budget: float | None = None,
) -> Extraction:
    """Parse once, run the site's page object for `role`; a page that cannot be read gives an error, not a raise.

    A site's page object whose selectors do not match the page is replaced by the generic
    extractor for the same role, unless `fallback` is False (then its SelectorError is the error).
    `budget` is the page's time budget in seconds (default `bounds.default_budget()`).
    """
    chosen = registry.get(extractor) if extractor else registry.for_host(host_of(url))
    refused = why_not_html(body)  # before parsing: a PDF is not worth a parse
    if refused is not None:
        page = canonical_url(url)
        return Extraction(url=page, role=role, extractor=chosen.name, error=f"no text on {page}: {refused}")
    body, cut = bounds.cut_body(body)
    doc = Document(url, body, content_type=content_type, fetched_at=fetched_at, content_sha256=content_sha256)
    result = Extraction(url=doc.url, role=role, extractor=chosen.name, limits=[cut] if cut else [])
    if too_big := bounds.tree_limits(doc.tree):
        _plain(too_big, doc, site, result, fields=True, budget=budget)
        return result
    try:
        with bounds.deadline(budget):
            try:
                _read(chosen, doc, site, role, result)
            except SelectorError as error:
                if fallback and chosen.name != GENERIC:
                    _fall_back(chosen.name, error, doc, site, result)
                else:
                    result.error = str(error)
            except _READ_ERRORS as error:
                result.error = _describe(error, doc.url)
    except bounds.OverBudget as error:
        _plain(str(error), doc, site, result)
        return result
    if result.limits:
        log.warning("%s: %s", doc.url, "; ".join(result.limits))
        result.records = [_warned(record, result.limits) for record in result.records]
    return result


def _warned(record: Record, limits: list[str]) -> Record:
    return record.model_copy(update={"warnings": [*limits, *record.warnings]})


def _plain(
    why: str,
    doc: Document,
    site: SiteInfo,
    result: Extraction,
    *,
    fields: bool = False,
    budget: float | None = None,
) -> None:
    """Read the page by the cheap path (`extract.plain`) in place of whatever was read so far.

    Over a cap (`fields`) the record's fields are read from the plain text within the page's `budget`;
    over the time budget they are not.
    """
    result.limits.append(why)
    log.warning("%s: %s", doc.url, "; ".join(result.limits))
    result.records, result.links, result.error = [], [], None
    try:
        if result.role == "listing":
            result.links = plain_links(doc, site)
        else:
            record = plain_record(doc, site, result.extractor, list(result.limits))
            if fields:
                record = with_fields(record, budget)
            result.records = [record]
    except _READ_ERRORS as error:
        result.error = _describe(error, doc.url)


def _fall_back(name: str, error: SelectorError, doc: Document, site: SiteInfo, result: Extraction) -> None:
    """Read the page with the generic extractor; its records carry the reason as their first warning."""
    generic = registry.get(GENERIC)
    reason = mismatch(name, error)
    result.extractor, result.fallback = generic.name, str(error)
    try:
        _read(generic, doc, site, result.role, result)
    except _READ_ERRORS as second:
        result.error = f"{reason}, and the generic extractor failed too: {_describe(second, doc.url)}"
        return
    warning = f"{reason}; read by the generic extractor"
    log.warning("%s: %s", doc.url, warning)
    result.records = [record.model_copy(update={"warnings": [warning, *record.warnings]}) for record in result.records]
