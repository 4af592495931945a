"""Fuzzing the whole extraction path: bytes in, a clean record or one clear error line out.

Tag soup, misnested and unclosed tags, moderate deep nesting, huge attributes, NUL and other
control characters, invalid UTF-8, wrong declared charsets and byte-order marks, binary files
served as HTML, comments / CDATA / script soup, and mutated real pages, through every site's page
object and the generic extractor.  Each example is bounded in size (MAX_BODY bytes) and in the
Python memory it may take (tracemalloc peak, MAX_PEAK); time is bounded by the `fuzz-long`
profile's deadline (tests/conftest.py), CI runs `fuzz-ci` with no clock.

Set FUZZ_EXAMPLES=N for a long hunt (the `fuzz-long` profile, N examples per test).
"""

from __future__ import annotations

import hashlib
import os
import re
import tracemalloc
import unicodedata
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import jsonl
from extract.model import Record
from extract.page import SiteInfo
from extract.pipeline import Extraction, extract

FUZZ = settings.get_profile("fuzz-long" if os.environ.get("FUZZ_EXAMPLES") else "fuzz-ci")
FIXTURES = Path(__file__).parent / "fixtures"
WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
MAX_BODY = 64 * 1024  # bytes of one example's body
# Elements one page nests unclosed (CI: 200; deeper pages are `extract.bounds`' to cut short, FUZZ_MAX_DEPTH=N tries).
MAX_DEPTH = int(os.environ.get("FUZZ_MAX_DEPTH") or 200)
MAX_PEAK = 48 * 1024 * 1024  # Python heap one example may take on top of what it started with

# (extractor, URL, skeleton with {title}, {date}, {body}) of every page object and the generic one.
SKELETONS: tuple[tuple[str | None, str, str], ...] = (
    (
        None,
        "https://gmina.example.pl/aktualnosci/1,projekt",
        "<html><head><title>{title}</title></head><body><nav><a href='/'>Start</a></nav>"
        "<main><article><h1>{title}</h1><time datetime='2019-01-27'>{date}</time>{body}</article></main>"
        "<footer>Urząd Gminy</footer></body></html>",
    ),
    (
        "ops-milicz",
        "https://opsmilicz.pl/aktualnosci/17,program",
        "<div class='artykul'><h1>{title}</h1><span class='data'>{date}</span><div class='tresc'>{body}</div></div>",
    ),
    (
        "um-opole",
        "https://www.opole.pl/projekty/1",
        "<h1 class='page-title'>{title}</h1><article class='node'><div class='field--name-body'>{body}</div></article>",
    ),
    (
        "dobrepraktyki",
        "https://archiwum.dobrepraktyki.pl/praktyka/1",
        "<h1 class='tytul-praktyki'>{title}</h1><div class='praktyka'>{body}<table class='metryka'>"
        "<tr><td>Data wprowadzenia do BDP:</td><td>{date}</td></tr><tr><td>Osoby kontaktowe</td><td>{body}</td></tr>"
        "<tr><td>Miejscowość</td><td>{title}</td></tr><tr><td>Liczba mieszkańców</td><td>{date}</td></tr>"
        "</table></div>",
    ),
    (
        "nasza-nysa",
        "https://www.nasza.nysa.pl/aktualnosci/item/1",
        "<div class='itemView'><span class='itemDateCreated'>{date}</span><h2 class='itemTitle'>{title}</h2>"
        "<div class='itemBody'>{body}<div class='itemRelated'>{title}</div></div></div>",
    ),
    (
        "rops-zielona-gora",
        "https://polityka-spoleczna.lubuskie.pl/aktualnosci/1",
        "<div id='content'><div class='article'><h1>{title}</h1><div class='article-body'>{body}</div></div></div>",
    ),
)

# Pieces of tag soup: tags opened and closed out of order, comments, CDATA, scripts that print markup,
# entities for forbidden code points, and the field text the parsers look for.
SOUP = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='tresc'>",
        "</div>",
        "<span>",
        "</span>",
        "<b><i>",
        "</b></i>",
        "<table><tr><td>",
        "</td></tr></table>",
        "<td>",
        "<tr>",
        "<li>",
        "<ul>",
        "</ul>",
        "<h1>",
        "</h1>",
        "<br>",
        "<br/>",
        "<hr>",
        "<a href='x.pdf'>Wniosek.pdf</a>",
        "<a href='javascript:alert(1)'>",
        "<a href='http://[::1'>zły link</a>",
        "<a href='http://host:99999/'>port</a>",
        "<base href='ftp://x/'>",
        "<!--",
        "-->",
        "<!-- <p>komentarz</p> -->",
        "<![CDATA[ <p>cdata</p> ]]>",
        "<script>document.write('<p>');</script>",
        "<script>",
        "</script>",
        "<style>p{}</style>",
        "<svg><p>",
        "<math><mi>",
        "<template><p>ukryty</p></template>",
        "<textarea>",
        "<plaintext>",
        "<noscript>",
        "<select><option>",
        "<iframe>",
        "&nbsp;",
        "&#0;",
        "&#1;",
        "&#x85;",
        "&#128;",
        "&#xD800;",
        "&#xFFFE;",
        "&#xFFFF;",
        "&#x10FFFF;",
        "&#xFDD0;",
        "&#x200B;",
        "&#173;",
        "&amp",
        "&",
        "<",
        ">",
        "\x00",
        "\x01",
        "\x08",
        "\x0b",
        "\x0c",
        "\x1b[31m",
        "\x7f",
        "\x85",
        "\x9f",
        "\u2028",
        "\u2029",
        "\ufeff",
        "\ufffe",
        "\ufffd",
        "\u200b",
        "\u00ad",
        "\u00a0",
        "\u3000",
        "\t",
        "\r\n",
        "\r",
        "\n\n\n",
        "z\u0307",  # ż decomposed
        "a\u0328",  # ą decomposed
        "e\u0328\u0301",
        "\u0307",
        "\u212b",  # Å by its Angstrom sign (NFC maps it)
        "ą",
        "Zażółć gęślą jaźń",
        "Wartość projektu: 1 234,56 zł",
        "dofinansowanie 99999999999999999999999999,99 zł",
        "kwota 1e999 zł",
        "NaN zł",
        "31.03.20121 r.",
        "29.02.2019",
        "0000-00-00",
        "9999-12-31",
        "na lata 2019-2021",
        "od 2021 do 2019",
        "Wnioskodawca: Gmina X",
        "Partnerzy: Stowarzyszenie A, Fundacja B",
        "Realizator: MOPS",
        "tel. (77) 441 02 60",
        "kom. 600 123 456",
        "Osoba do kontaktu: Jan Kowalski, tel. 600 123 456, e-mail: jan.kowalski@gmail.com",
        "urzad [at] um.opole.pl",
        "x@y.pl",
        "Oś priorytetowa VIII",
        "Działanie 8.1",
        "RPOP.08.01.00-16-0001/20",
        "Projekt współfinansowany z EFS",
        "dla 120 osób",
        "Termin składania wniosków: 15 marca 2020 r.",
        "<meta charset=windows-1250>",
        "<meta charset=utf-8>",
        "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-2'>",
        "<meta charset='bogus-label'>",
    ]
)
WORDS = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "Cc", "Cf", "Co")), max_size=40
)
# Any code point at all, lone surrogates included: what a broken decoder or an entity may leave.
ANY_TEXT = st.text(alphabet=st.characters(), max_size=40)


@st.composite
def huge_attribute(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(["class", "href", "title", "style", "data-x", "src"]))
    value = draw(st.sampled_from(["a", "<p>", "\x00", "ą", "'", '"', " "])) * draw(st.integers(1000, 20_000))
    return f"<div {name}='{value}'>"


@st.composite
def nesting(draw: st.DrawFn) -> str:
    """Unclosed or misnested tags, at most MAX_DEPTH elements: what CMS templates with a lost closing tag give."""
    tags = draw(
        st.lists(
            st.sampled_from(["table", "tr", "td", "div", "span", "b", "i", "ul", "li", "p"]), min_size=1, max_size=6
        )
    )
    depth = draw(st.integers(1, MAX_DEPTH // len(tags)))
    opened = "".join(f"<{tag}>" for tag in tags) * depth
    closed = "".join(f"</{tag}>" for tag in tags) * draw(st.integers(0, depth))
    return opened + draw(WORDS) + closed


FRAGMENT = st.one_of(SOUP, SOUP, SOUP, WORDS, ANY_TEXT, huge_attribute())
SOUP_TEXT = st.lists(FRAGMENT, max_size=40).map("".join)
DATES = st.sampled_from(["27.01.2019", "16 listopad 2018 09:05", "2019-01-27", "31.02.2019", "", "jutro", "\x00"])


@st.composite
def pages(draw: st.DrawFn) -> tuple[str | None, str, str]:
    """(extractor, URL, HTML text) filled into one of the skeletons or bare soup."""
    extractor, url, skeleton = draw(st.sampled_from(SKELETONS))
    title, body = draw(SOUP_TEXT), draw(SOUP_TEXT)
    if draw(st.booleans()):  # one nest per page, so the page's depth stays within MAX_DEPTH
        at = draw(st.integers(0, len(body)))
        body = body[:at] + draw(nesting()) + body[at:]
    html = skeleton.format(title=title, date=draw(DATES), body=body) if draw(st.booleans()) else title + body
    return extractor, url, html


ENCODINGS = ("utf-8", "cp1250", "iso-8859-2", "utf-16-le", "utf-16-be", "cp1252")
LABELS = ("utf-8", "windows-1250", "iso-8859-2", "utf-16", "latin1", "x-cp1250", "bogus", "", "utf8")


@st.composite
def encoded(draw: st.DrawFn, html: str) -> tuple[bytes, str | None]:
    """The text as bytes in some encoding, declared (or not, or wrongly) by a header, a BOM or a <meta>."""
    encoding = draw(st.sampled_from(ENCODINGS))
    meta = draw(st.sampled_from([None, *LABELS]))
    if meta is not None:
        html = f"<meta charset={meta}>" + html if draw(st.booleans()) else f"<meta content='text/html; charset={meta}'>"
    body = html.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
    bom = draw(st.sampled_from([b"", b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]))
    header = draw(st.sampled_from([None, None, "text/html", *(f"text/html; charset={label}" for label in LABELS)]))
    return bom + body, header


@st.composite
def mutated(draw: st.DrawFn, body: bytes) -> bytes:
    """Bytes spliced in (invalid UTF-8, NULs, magic numbers) or the body cut short."""
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(body)))
        junk = draw(
            st.one_of(
                st.sampled_from(
                    [b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xe2\x82", b"\x00", b"\xc0\xaf", b"\x85", b"\xf4\x90"]
                ),
                st.binary(max_size=16),
            )
        )
        body = body[:at] + junk + body[at:]
    if draw(st.booleans()):
        body = body[: draw(st.integers(0, len(body)))]
    return body[:MAX_BODY]


BINARY_HEADS = (
    b"%PDF-1.4\n",
    b"\x89PNG\r\n\x1a\n",
    b"PK\x03\x04",
    b"\xff\xd8\xff\xe0",
    b"GIF89a",
    b"\x1f\x8b\x08",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"RIFF\x00\x00\x00\x00WEBP",
    b"{\\rtf1",
    b"7z\xbc\xaf\x27\x1c",
    b"",
)

_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_NO_TITLE = "1 error(s): title: String should have at least 1 character"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_KEYS = frozenset({"published", "deadline", "start", "end", "first_seen", "removed"})


def _strings(value: Any, path: str = "") -> list[tuple[str, str]]:
    """(field path, text) of every string in a dumped record."""
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, dict):
        return [pair for key, item in value.items() for pair in _strings(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [pair for index, item in enumerate(value) for pair in _strings(item, f"{path}[{index}]")]
    return []


def _is_clean(path: str, text: str) -> str | None:
    """Why `text` is not what the dataset promises, or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "not valid UTF-8 (a lone surrogate)"
    if bad := _FORBIDDEN.search(text.replace("\n", "") if path == ".text" else text):
        return f"forbidden character U+{ord(bad.group(0)):04X}"
    if re.search("[\U0001fffe\U0001ffff\U0010fffe\U0010ffff]", text):
        return "a noncharacter"
    if not unicodedata.is_normalized("NFC", text):
        return "not NFC"
    if path == ".text":
        lines = text.split("\n")
        if any(line != " ".join(line.split()) for line in lines) or "\n\n\n" in text or text != text.strip():
            return "whitespace not collapsed (text block)"
    elif text != " ".join(text.split()):
        return "whitespace not collapsed"
    return None


def check(result: Extraction) -> None:
    """Every property the dataset promises of what one page gives."""
    if result.error is not None:
        assert "\n" not in result.error and result.error.strip(), repr(result.error)
        assert not result.error.startswith("internal error"), result.error  # a crash caught, still a bug
        # A record the model refuses is a parser's bug, but for a page whose headline is empty or invisible.
        assert "failed validation" not in result.error or result.error.endswith(_NO_TITLE), result.error
    if result.role == "article":
        assert len(result.records) + (result.error is not None) == 1, result
    for record in result.records:
        Record.model_validate(record.model_dump())  # the record validates again, as it is
        line = jsonl.record_line(record)
        line.encode("utf-8")
        data = jsonl.loads(line)
        for path, text in _strings(data):
            problem = _is_clean(path, text)
            assert problem is None, f"{path}: {problem}: {text!r}"
        for amount in record.amounts:
            assert isinstance(amount.value, Decimal) and amount.value.is_finite() and amount.value >= 0, amount
        for key, value in _dates(data):
            assert _DATE.match(value) and date.fromisoformat(value), (key, value)


def _dates(value: Any) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        found = [(k, v) for k, v in value.items() if k in _DATE_KEYS and v is not None]
        return found + [pair for item in value.values() for pair in _dates(item)]
    if isinstance(value, list):
        return [pair for item in value for pair in _dates(item)]
    return []


def run(url: str, body: bytes, content_type: str | None, extractor: str | None, role: str = "article") -> Extraction:
    """The pipeline over one body, its Python heap peak bounded."""
    assert len(body) <= MAX_BODY + 3  # a BOM may stand before the cap
    tracemalloc.start()
    try:
        result = extract(
            url,
            body,
            site=SiteInfo(id="fuzz", name="Fuzz", teryt="0213033"),
            content_type=content_type,
            fetched_at=WHEN,
            content_sha256=hashlib.sha256(body).hexdigest(),
            extractor=extractor,
            role=role,  # type: ignore[arg-type]
        )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MAX_PEAK, f"{peak} bytes of Python heap for a {len(body)}-byte page"
    check(result)
    return result


@FUZZ
@given(pages(), st.data())
def test_tag_soup_in_any_encoding(page: tuple[str | None, str, str], data: st.DataObject) -> None:
    extractor, url, html = page
    body, content_type = data.draw(encoded(html))
    run(url, body[: MAX_BODY + 3], content_type, extractor)


@FUZZ
@given(pages(), st.data())
def test_mangled_bytes(page: tuple[str | None, str, str], data: st.DataObject) -> None:
    extractor, url, html = page
    body, content_type = data.draw(encoded(html))
    run(url, data.draw(mutated(body)), content_type, extractor)


@FUZZ
@given(st.sampled_from(BINARY_HEADS), st.binary(max_size=4096), st.sampled_from([None, "text/html; charset=utf-8"]))
def test_binary_served_as_html(head: bytes, rest: bytes, content_type: str | None) -> None:
    result = run("https://gmina.example.pl/plik.html", head + rest, content_type, None)
    if head:  # every magic number is refused before parsing
        assert result.error is not None and result.records == [], result


def _fixture_pages() -> list[tuple[str, bytes, str | None, str]]:
    """(URL, body, content type, role) of every saved fixture page."""
    found = []
    for sidecar in sorted(FIXTURES.glob("*/*.json")):
        if sidecar.name.endswith(".expected.json"):
            continue
        stored = jsonl.loads(sidecar.read_text(encoding="utf-8"))
        expected = jsonl.loads(sidecar.with_name(sidecar.stem + ".expected.json").read_text(encoding="utf-8"))
        body = (sidecar.parent / stored["body"]).read_bytes()
        found.append((stored["url"], body, stored["headers"].get("content-type"), expected.get("role", "article")))
    return found


FIXTURE_PAGES = _fixture_pages()


@FUZZ
@given(st.sampled_from(FIXTURE_PAGES), st.data())
def test_mutated_real_pages(page: tuple[str, bytes, str | None, str], data: st.DataObject) -> None:
    url, body, content_type, role = page
    if data.draw(st.booleans()):  # the page's own bytes, spliced and cut
        body = data.draw(mutated(body[:MAX_BODY]))
    else:  # soup spliced into its bytes, in the page's own encoding or in UTF-8
        encoding = data.draw(st.sampled_from(["utf-8", "cp1250", "iso-8859-2"]))
        soup = data.draw(SOUP_TEXT).encode(encoding, "surrogatepass" if encoding == "utf-8" else "replace")
        at = data.draw(st.integers(0, len(body)))
        body = (body[:at] + soup + body[at:])[:MAX_BODY]
    content_type = data.draw(
        st.sampled_from([content_type, None, "text/html; charset=utf-8", "text/html; charset=cp1250"])
    )
    run(url, body, content_type, None, role)


@pytest.mark.parametrize("body", [b"", b" \n\t", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00" * 10, b"<html>", b"<!--"])
def test_empty_and_nearly_empty_input(body: bytes) -> None:
    result = run("https://gmina.example.pl/a", body, None, None)
    assert result.error is not None and result.records == []


# -- what the fuzzing found, pinned ---------------------------------------------------------------


@pytest.mark.parametrize("bom", ["utf-8-sig", "utf-16"])
@pytest.mark.parametrize("header", ["text/html; charset=utf-8", "text/html; charset=windows-1250", None])
def test_a_byte_order_mark_outranks_the_declared_charset(bom: str, header: str | None) -> None:
    """A UTF-16 page served as charset=utf-8 read as UTF-8 was a NUL between every two letters."""
    html = "<meta charset=iso-8859-2><html><body><article><h1>Urząd Gminy Żółkiewka</h1><p>Zażółć gęślą jaźń.</p>"
    result = run("https://gmina.example.pl/a", html.encode(bom), header, None)
    (record,) = result.records
    assert record.title == "Urząd Gminy Żółkiewka" and "Zażółć gęślą jaźń." in record.text
