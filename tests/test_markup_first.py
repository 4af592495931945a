"""`ArticlePage.record()` reads the markup-only fields (attachments, table cells) before the field parsers run,
while the parsed page is in the processor's cache: the records are those of the model's order."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import realistic_pages

from extract.article import ArticlePage
from extract.generic import GenericArticle
from extract.model import Attachment
from extract.page import Document, SiteInfo

WHEN = datetime(2026, 12, 1, tzinfo=UTC)
SITE = SiteInfo(id="bench", name="Urząd Gminy (benchmark)")
ARTICLES = [page for page in realistic_pages.pages(60) if page.role == "article"]
TEMPLATE = {spec.id: spec.template for spec in realistic_pages._sites(-(-60 // realistic_pages.PAGES_PER_SITE))}


class _GenericInOrder(GenericArticle):
    _markup_first = False


def _template_pages(template: str) -> tuple[type[ArticlePage], type[ArticlePage]]:
    chosen = realistic_pages.SELECTORS[template]

    class First(ArticlePage):
        site = f"bench-{template}"
        title_selector = chosen["title"]
        date_selector = chosen["date"]
        body_selector = chosen["body"]

    class InOrder(First):
        _markup_first = False

    return First, InOrder


@pytest.mark.parametrize("page", ARTICLES[:25], ids=lambda page: page.url.rsplit("/", 1)[-1])
def test_the_records_are_those_of_the_model_order(page: realistic_pages.Page) -> None:
    def read(cls: type[ArticlePage]) -> object:
        doc = Document(
            page.url, page.body, content_type=page.headers["content-type"], fetched_at=WHEN, content_sha256="0" * 64
        )
        return cls(doc, SITE).record()

    assert read(GenericArticle) == read(_GenericInOrder)
    first, in_order = _template_pages(TEMPLATE[page.site])
    assert read(first) == read(in_order)


def test_a_page_object_overriding_a_markup_field_keeps_the_model_order() -> None:
    class Own(ArticlePage):
        def attachments(self) -> list[Attachment]:
            return []

    class Told(Own):
        _markup_first = True

    assert ArticlePage._markup_first and GenericArticle._markup_first
    assert not Own._markup_first
    assert Told._markup_first
