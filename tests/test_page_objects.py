"""Page-object machinery: text layout, selector checks that name what broke, link extraction."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import ClassVar

import pytest

from extract.page import Document, ListingPage, PageObject, SelectorError, SiteInfo, block_text

SITE = SiteInfo(id="test", name="Test")


def doc(html: str, url: str = "https://gmina.example.pl/aktualnosci") -> Document:
    return Document(
        url,
        html.encode("utf-8"),
        content_type="text/html; charset=utf-8",
        fetched_at=datetime(2026, 11, 20, tzinfo=UTC),
        content_sha256="0" * 64,
    )


def test_block_text_keeps_paragraphs_and_joins_inline() -> None:
    page = doc(
        "<div id=b><p>Ala <b>ma</b>\n kota,</p><p>a&nbsp;kot\u00a0ma  Alę.<br>Nowa linia</p>"
        "<ul><li>jeden</li><li>dwa</li></ul><table><tr><th>Fundusz:</th><td>EFS</td></tr></table>"
        "<script>var x = 1;</script><style>p{}</style></div>"
    )
    text = block_text(page.tree.css_first("#b"))
    assert text == "Ala ma kota,\n\na kot ma Alę.\nNowa linia\n\njeden\n\ndwa\n\nFundusz: EFS"


def test_block_text_skips_without_mutating() -> None:
    page = doc("<div id=b><p>keep</p><div class=related><p>drop 2019-02-19</p></div></div>")
    body = page.tree.css_first("#b")
    skip = frozenset(n.mem_id for n in body.css(".related"))
    assert block_text(body, skip) == "keep"
    assert "drop" in block_text(body)  # the tree is unchanged for every other hook


def test_block_text_survives_hostile_nesting() -> None:
    page = doc("<div>" * 20000 + "deep" + "</div>" * 20000)
    assert block_text(page.tree.body) == "deep"  # type: ignore[arg-type]


class Probe(PageObject):
    pass


def test_selector_error_names_selector_url_and_counts() -> None:
    page = Probe(doc("<h1>a</h1><h1>b</h1>"), SITE)
    with pytest.raises(SelectorError) as caught:
        page.css_one("h1")
    assert (
        str(caught.value)
        == "selector 'h1' matched 2 element(s) on https://gmina.example.pl/aktualnosci, expected exactly 1"
    )
    assert page.css_optional("h2") is None
    with pytest.raises(SelectorError, match="expected at least 3"):
        page.css_many("h1", at_least=3)


class News(ListingPage):
    links_selector: ClassVar[str] = ".list a[href]"


def test_listing_links_are_absolute_canonical_and_unique() -> None:
    html = """<base href="https://gmina.example.pl/pl/">
    <nav><a href="/kontakt">Kontakt</a></nav>
    <div class="list">
      <a href="aktualnosci/1,a?utm_source=x#top">1</a>
      <a href="https://GMINA.example.pl/pl/aktualnosci/1,a">1 again</a>
      <a href="/pl/aktualnosci/2,b">2</a>
      <a href="mailto:urzad@gmina.pl">mail</a><a href="javascript:void(0)">js</a>
      <a href="http://[bad">broken</a>
    </div>"""
    assert News(doc(html), SITE).links() == [
        "https://gmina.example.pl/pl/aktualnosci/1,a",
        "https://gmina.example.pl/pl/aktualnosci/2,b",
    ]


def test_attachments_are_listed_from_the_main_text_only() -> None:
    from extract.pipeline import extract

    html = """<html><body><nav><a href="/regulamin-strony.pdf">Regulamin</a></nav>
    <article><h1>Nabór wniosków</h1><p>Szczegóły w <a href="/pliki/Regulamin%20naboru.pdf">regulaminie</a>
    i <a href="/pliki/wniosek.docx"></a>; zdjęcie <a href="/foto/1.jpg">tutaj</a>;
    <a href="/pliki/Regulamin%20naboru.pdf?pobierz=1">drugi raz</a>
    <a href="/pliki/Regulamin%20naboru.pdf">raz</a></p></article>
    </body></html>""".encode()
    result = extract(
        "https://gmina.example.pl/nabor",
        body=html,
        site=SITE,
        content_type="text/html; charset=utf-8",
        fetched_at=datetime(2026, 11, 20, tzinfo=UTC),
        content_sha256="0" * 64,
    )
    (record,) = result.records
    assert [(a.name, a.url) for a in record.attachments] == [
        ("regulaminie", "https://gmina.example.pl/pliki/Regulamin%20naboru.pdf"),
        ("wniosek.docx", "https://gmina.example.pl/pliki/wniosek.docx"),
        ("drugi raz", "https://gmina.example.pl/pliki/Regulamin%20naboru.pdf?pobierz=1"),
    ]


def test_amounts_in_table_cells_under_a_currency_heading() -> None:
    from decimal import Decimal

    from extract.pipeline import extract

    html = """<html><body><article><h1>Projekt „Razem”</h1><p>Finansowanie projektu:</p>
    <table><tr><th>Źródło</th><th>Kwota (zł)</th><th>Udział (%)</th></tr>
    <tr><td>Dofinansowanie z EFS</td><td>85 000,00</td><td>85</td></tr>
    <tr><td>Wkład własny</td><td>15 000,00</td><td>15</td></tr></table>
    <table><tr><td>Wartość projektu (zł)</td><td>100 000,00</td></tr>
    <tr><td>Liczba uczestników</td><td>40</td></tr></table>
    <p>Całkowita wartość projektu: 100 000,00 zł.</p></article></body></html>""".encode()
    result = extract(
        "https://gmina.example.pl/projekt",
        body=html,
        site=SITE,
        content_type="text/html; charset=utf-8",
        fetched_at=datetime(2026, 11, 20, tzinfo=UTC),
        content_sha256="0" * 64,
    )
    (record,) = result.records
    assert [(a.kind, a.value) for a in record.amounts] == [
        ("total_cost", Decimal("100000.00")),  # from the prose; the table's same value is not repeated
        ("eu_share", Decimal("85000.00")),
        ("own_share", Decimal("15000.00")),
    ]
    assert record.amounts[1].text == "85 000,00 (Kwota (zł))"
