"""`PageObject.document_url` (an href's path without a document extension is no document) answers as the
plain code does: `absolute(href)` when `is_document` of it, else None; on any href and any base URL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.document_links import is_document
from extract.page import Document, PageObject, SiteInfo


def _page(url: str, base: str | None = None) -> PageObject:
    head = f'<base href="{base}">' if base is not None else ""
    body = f"<html><head>{head}</head><body><p>x</p></body></html>".encode()
    doc = Document(url, body, content_type=None, fetched_at=datetime(2026, 1, 1, tzinfo=UTC), content_sha256="0")
    return PageObject(doc, SiteInfo(id="t", name="t"))


def _plain(page: PageObject, href: str) -> str | None:
    url = page.absolute(href)
    return url if url and is_document(url) else None


HREFS = [
    "/files/umowa.pdf",
    "umowa.PDF",
    "../docs/plan.docx?v=2",
    "plik.pdf;jsessionid=AB12",
    ";",  # `urljoin` reads it as an empty path: the base's URL (hypothesis found it)
    ";x",
    "plik.p\tdf",  # urlsplit drops tabs and line breaks: a document
    " /a/b.xlsx ",
    "https://inny.pl/x.zip#strona",
    "//cdn.example.pl/raport.csv",
    "?download=1",  # the base's path: a document when the base is one
    "#top",
    "",
    "x.pdf/..",
    "x.pdf/.",
    "mailto:a@b.pl",
    "javascript:void(0)",
    "http://[::1",  # a bad netloc: no URL
    "/aktualnosci/news,12.html",
    "/pliki/x.pdf.html",
]


@pytest.mark.parametrize("base", [None, "https://gmina.pl/files/", "https://gmina.pl/doc.pdf"])
@pytest.mark.parametrize("href", HREFS)
def test_agrees_with_the_plain_code(href: str, base: str | None) -> None:
    for url in ("https://gmina.pl/aktualnosci/1", "https://gmina.pl/zarzadzenie.pdf"):
        page = _page(url, base)
        assert page.document_url(href) == _plain(page, href)


_PIECES = st.sampled_from(
    [
        "/",
        "..",
        ".",
        "?",
        "#",
        ";",
        ";jsessionid=1",
        ".pdf",
        ".PDF",
        ".doc",
        "x",
        "pd",
        "f",
        "\t",
        "\n",
        "\r",
        " ",
        "http:",
        "https://",
        "//",
        "gmina.pl",
        "mailto:",
        "%2E",
        "[",
        "]",
        ":",
        "@",
        "&",
        "=",
        "\x00",
        "ſ",
    ]
)
_HREFS = st.lists(st.one_of(_PIECES, st.text(max_size=2)), max_size=12).map("".join)
_URLS = st.sampled_from(
    [
        "https://gmina.pl/",
        "https://gmina.pl/a/b",
        "https://gmina.pl/a/plan.pdf",
        "http://gmina.pl/x.PDF;sid=1?q=2",
        "https://gmina.pl/a/b/?x=.pdf",
    ]
)


@given(href=_HREFS, url=_URLS, base=st.one_of(st.none(), _URLS, _HREFS))
def test_agrees_on_any_href(href: str, url: str, base: str | None) -> None:
    page = _page(url, base.replace('"', "") if base is not None else None)
    assert page.document_url(href) == _plain(page, href)
