"""Page-object machinery: text layout, selector checks that name what broke, link extraction."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cached_property
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborNode

from extract.article import ArticlePage
from extract.model import Location, Organisation, Record, RecordKind
from extract.page import BLOCK_TAGS, SKIP_TAGS, Document, ListingPage, PageObject, SelectorError, SiteInfo, block_text
from extract.text import clean_block

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


def reference_block_text(node: LexborNode, skip: frozenset[int] = frozenset()) -> str:
    """`block_text` as it was first written: each element's children listed and pushed on a stack."""
    parts: list[str] = []
    stack: list[tuple[LexborNode, str | None]] = [(node, None)]
    while stack:
        current, closing = stack.pop()
        if closing is not None:
            parts.append(closing)
            continue
        tag = current.tag
        if tag == "-text":
            parts.append(_spaces(current))
            continue
        if tag in SKIP_TAGS or current.mem_id in skip:
            continue
        if tag == "br":
            parts.append("\n")
            continue
        if tag in BLOCK_TAGS:
            parts.append("\n")
            stack.append((current, "\n"))
        elif tag in ("td", "th"):
            parts.append(" ")
            stack.append((current, " "))
        stack.extend((child, None) for child in reversed(list(current.iter(include_text=True))))
    return clean_block("".join(parts))


def _spaces(node: LexborNode) -> str:
    return re.sub(r"\s+", " ", node.text_content or "")


# Markup pieces glued in any order: unclosed, stray and nested tags the parser repairs its own way.
HTML_PIECES = (
    *("<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<b>", "<br>", "<td>", "<tr>", "<table>", "</table>"),
    *("<li>", "<ul>", "</ul>", "<script>x</script>", "<svg><text>y</text></svg>", "<!-- c -->", "<h2>", "</h2>"),
    *("<div class=skip>", "<a href=x>", "</a>", "tekst", "Ala ma", " ", "  ", "\n", "\u00a0", "&nbsp;", ","),
)


@given(st.lists(st.sampled_from(HTML_PIECES), max_size=40).map("".join))
def test_block_text_equals_the_stack_walk(html: str) -> None:
    """The one-`traverse` walk writes what the first stack walk wrote, skipped elements and closings included."""
    tree = doc(f"<html><body><main>{html}</main></body></html>").tree
    for root in (tree.body, tree.css_first("main"), *tree.css("div, p, td, ul")[:5]):
        assert root is not None
        skip = frozenset(n.mem_id for n in root.css(".skip"))
        assert block_text(root, skip) == reference_block_text(root, skip)


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


# --------------------------------------------------------------------------- field methods


def _article_classes() -> list[type[ArticlePage]]:
    from extract import registry

    found = [entry.article for entry in registry.load().values() if entry.article is not None]
    return [ArticlePage, *found]


@pytest.mark.parametrize("cls", _article_classes(), ids=lambda cls: f"{cls.__module__}.{cls.__name__}")
def test_every_record_field_has_a_field_method(cls: type[ArticlePage]) -> None:
    """A field added to the model (src/extract/model.py) needs its method on ArticlePage: this fails first."""
    methods = cls.field_methods()
    assert sorted(methods) == sorted(Record.model_fields), "Record fields without a field method, or the reverse"
    for name, attr in methods.items():
        assert callable(getattr(cls, attr)), name


def test_a_record_field_without_a_method_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import article

    class Bare(ArticlePage):
        pass

    monkeypatch.setattr(article, "_methods", lambda cls: {"id": "id"})  # as if every other method were missing
    with pytest.raises(TypeError, match=r"Bare has no field method for Record\.url, Record\.site"):
        Bare(doc("<article><h1>T</h1><p>x</p></article>"), SITE).record()


def test_a_field_cannot_be_replaced_by_a_value() -> None:
    with pytest.raises(TypeError, match=r"Fixed\.kind replaces the field method kind\(\) with a str"):

        class Fixed(ArticlePage):
            kind = "news"  # type: ignore[assignment]


PROJECT = """<html><body><article><h1>Projekt „Razem”</h1>
<p>Projekt realizowany na terenie Gminy Milicz w okresie od 01.02.2024 r. do 31.12.2024 r.</p>
<p>Realizator: Ośrodek Pomocy Społecznej w Miliczu. Wsparciem zostanie objętych 40 osób.</p>
<table class="meta"><tr><td>Realizator</td><td>Stowarzyszenie „Razem”</td></tr></table>
</article></body></html>"""


class Plain(ArticlePage):
    site = "test"  # the registry's decorator sets it on shipped page objects
    exclude = ("table.meta",)


class Metadata(Plain):
    """A site whose metadata table names the implementer: it overrides that one field."""

    calls: ClassVar[list[str]] = []

    @cached_property
    def meta(self) -> dict[str, str]:
        return self.label_table("table.meta")

    def implementer(self) -> Organisation | None:
        self.calls.append("implementer")
        if name := self.meta.get("realizator"):
            return Organisation(name=name)
        return super().implementer()

    def kind(self) -> RecordKind:
        self.calls.append("kind")
        return "practice"


def test_a_site_overrides_one_field_and_keeps_the_others() -> None:
    plain = Plain(doc(PROJECT), SITE).record()
    Metadata.calls.clear()
    site = Metadata(doc(PROJECT), SITE).record()
    assert plain.implementer == Organisation(name="Ośrodek Pomocy Społecznej w Miliczu")
    assert site.implementer == Organisation(name="Stowarzyszenie „Razem”")
    assert (plain.kind, site.kind) == ("project", "practice")
    assert site.model_dump(exclude={"implementer", "kind"}) == plain.model_dump(exclude={"implementer", "kind"})
    assert Metadata.calls == ["kind", "implementer"]  # each override once, memoised without repeating @field


def test_field_methods_run_once_per_page() -> None:
    Metadata.calls.clear()
    page = Metadata(doc(PROJECT), SITE)
    first = page.implementer()
    assert page.implementer() is first and page.record().implementer == first
    assert Metadata.calls == ["implementer", "kind"]
    # the parent's method keeps its own value: an override that calls super() gets the prose's
    assert ArticlePage.implementer(page) == Organisation(name="Ośrodek Pomocy Społecznej w Miliczu")


def test_an_override_can_fall_back_to_the_prose() -> None:
    html = PROJECT.replace("<td>Realizator</td>", "<td>Inne</td>")
    assert Metadata(doc(html), SITE).record().implementer == Organisation(name="Ośrodek Pomocy Społecznej w Miliczu")


def test_the_location_is_where_the_page_says_the_item_happens() -> None:
    record = Plain(doc(PROJECT), SITE).record()
    assert record.location == Location(municipality="Milicz", teryt="0213033")
    assert record.participants == 40
    seat_only = PROJECT.replace("realizowany na terenie Gminy Milicz ", "")
    assert Plain(doc(seat_only), SITE).record().location is None  # "Ośrodek … w Miliczu" is a seat


def test_warnings_are_the_page_objects_notes_then_the_parsers() -> None:
    class Dated(Plain):
        date_selector = "p.date"

    html = PROJECT.replace("<article>", '<article><p class="date">wczoraj rano</p>').replace(
        "do 31.12.2024 r.", "do 31.02.2024 r."
    )
    record = Dated(doc(html), SITE).record()
    assert record.warnings == [
        "publication date 'wczoraj rano' not read",
        'impossible date "31.02.2024" in period',
    ]
