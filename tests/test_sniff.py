"""The sniff that refuses non-HTML bodies in one line naming what they look like."""

from __future__ import annotations

import codecs
import hashlib
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.page import SiteInfo
from extract.pipeline import extract
from extract.sniff import WINDOW, why_not_html

SIDECAR = b"""{
  "url": "https://opsmilicz.pl/aktualnosci",
  "status": 200,
  "headers": {"content-type": "text/html"},
  "fetched_at": "2026-11-20T09:08:23Z",
  "content_sha256": "772487487c3ad772f027fdd2b2df7345b2a88bee0f02c27a9fb73bf64631a728",
  "body": "27c98be30e2ee781.html"
}
"""
PAGE = b"<!DOCTYPE html><html><head><title>T</title></head><body><h1>T</h1><p>tekst</p></body></html>"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty file (0 bytes): nothing to extract"),
        (b" \r\n\t \n", "empty file (6 bytes, only whitespace): nothing to extract"),
        (codecs.BOM_UTF8 + b"\n\n", "empty file (5 bytes, only whitespace): nothing to extract"),
        (b" " * (3 * WINDOW), f"empty file ({3 * WINDOW} bytes, only whitespace): nothing to extract"),
        (
            codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"),
            "empty file (6 bytes of UTF-16 whitespace): nothing to extract",
        ),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not an HTML page: looks like a PDF document (starts with %PDF-)"),
        (b"%PDF-1.7\nBT /F1 12 Tf (<html>) Tj ET", "not an HTML page: looks like a PDF document (starts with %PDF-)"),
        (b"\n  %PDF-1.3\n", "not an HTML page: looks like a PDF document (starts with %PDF-)"),
        (
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml\x00\x00",
            "not an HTML page: looks like an Office Open XML document (.docx, .xlsx or .pptx)"
            " (starts with PK\\x03\\x04)",
        ),
        (
            b"PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00word/document.xml",
            "not an HTML page: looks like an Office Open XML document (.docx) (starts with PK\\x03\\x04)",
        ),
        (
            b"PK\x03\x04\n\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text",
            "not an HTML page: looks like an OpenDocument file (.odt) (starts with PK\\x03\\x04)",
        ),
        (
            b"PK\x03\x04\x14\x00\x00\x00\x08\x00data.csv",
            "not an HTML page: looks like a ZIP archive (or an Office file in one: .docx, .xlsx, .odt)"
            " (starts with PK\\x03\\x04)",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00",
            "not an HTML page: looks like an old Microsoft Office file (.doc, .xls, .ppt)"
            " (starts with \\xD0\\xCF\\x11\\xE0)",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not an HTML page: looks like a PNG image (starts with \\x89PNG)"),
        (
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
            "not an HTML page: looks like a JPEG image (starts with \\xFF\\xD8\\xFF)",
        ),
        (b"GIF89a\x01\x00\x01\x00", "not an HTML page: looks like a GIF image (starts with GIF89a)"),
        (b"GIF87a<", "not an HTML page: looks like a GIF image (starts with GIF87a)"),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}", "not an HTML page: looks like an RTF document (starts with {\\rtf)"),
        (
            b"\x1f\x8b\x08\x00",
            "not an HTML page: looks like gzip-compressed data (a body saved without decompressing it?)"
            " (starts with \\x1F\\x8B)",
        ),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "not an HTML page: looks like a WebP image (starts with RIFF….WEBP)"),
        (b"<html>\x00\x01\x02</html>", "not an HTML page: looks like binary data (a NUL byte at offset 6)"),
        (b"  \x7fELF\x02\x01\x01\x00", "not an HTML page: looks like binary data (a NUL byte at offset 9)"),
        (
            "<html><body>x</body></html>".encode("utf-16-le"),
            "not an HTML page: looks like UTF-16 text without a byte-order mark (NUL bytes between letters)",
        ),
        (SIDECAR, "this is a raw-store sidecar (.json); pass its body, the .html file beside it"),
        (
            b'{"url": "https://a.pl/x", "content_sha256": "ab"}',
            "this is a raw-store sidecar (.json); pass its body, the .html file beside it",
        ),
        (
            b'{"key": "27c98be30e2ee781", "url": "https://a.pl/x", "status": 200, "fetched_at": "2026-11-20"}\n',
            "this is a raw-store entries file (_entries.jsonl); pass a body, an .html file beside it",
        ),
        (b'{"items": ["<b>x</b>"]}', 'not an HTML page: looks like JSON data (starts with {")'),
        (b"just some words", f"not an HTML page: no markup in its first {WINDOW} bytes (plain text?)"),
        (
            codecs.BOM_UTF16_BE + "plain words".encode("utf-16-be"),
            f"not an HTML page: UTF-16 text with no markup in its first {WINDOW} bytes",
        ),
        # Accepted: pages, fragments, XML, UTF-16 with its BOM, a PHP warning before the page.
        (PAGE, None),
        (b"\n\n  " + PAGE, None),
        (codecs.BOM_UTF8 + PAGE, None),
        (b"<h1>x</h1><p>tekst</p>", None),
        (b'<?xml version="1.0" encoding="utf-8"?><rss><channel></channel></rss>', None),
        (codecs.BOM_UTF16_LE + PAGE.decode().encode("utf-16-le"), None),
        (codecs.BOM_UTF16_BE + PAGE.decode().encode("utf-16-be"), None),
        (b"Warning: session_start() in /var/www/index.php on line 3<br>\n" + PAGE, None),
        (
            PAGE.replace(b"tekst", "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144".encode("cp1250")),
            None,
        ),
    ],
)
def test_sniff(body: bytes, reason: str | None) -> None:
    assert why_not_html(body) == reason


@given(st.binary(max_size=200))
def test_any_pdf_is_refused(rest: bytes) -> None:
    for lead in (b"", b"\n", b"  \r\n"):
        reason = why_not_html(lead + b"%PDF-" + rest)
        assert reason == "not an HTML page: looks like a PDF document (starts with %PDF-)"


text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=300)


@given(text, text, st.sampled_from(["utf-8", "cp1250", "utf-16"]), st.sampled_from(["", "\n", "\ufeff"]))
def test_an_ordinary_page_is_accepted(title: str, paragraph: str, encoding: str, lead: str) -> None:
    page = f"{lead}<!DOCTYPE html>\n<html><head><title>{title}</title></head><body><p>{paragraph}</p></body></html>"
    body = page.encode(encoding, "replace")  # utf-16 writes its byte-order mark
    assert why_not_html(body) is None


@given(st.binary(max_size=3 * WINDOW))
def test_the_reason_is_one_line_or_none(body: bytes) -> None:
    reason = why_not_html(body)
    assert reason is None or (reason and "\n" not in reason)


def test_the_sniff_looks_only_at_the_start() -> None:
    padded = PAGE + b" " * WINDOW
    assert why_not_html(padded + b"\x00%PDF-") is None  # a NUL far down is the parser's problem
    assert why_not_html(padded[:WINDOW] + b"\x00") is None
    assert why_not_html(padded[: WINDOW - 1] + b"\x00") is not None
    assert why_not_html(b"%PDF-1.4\n" + PAGE * 1000) is not None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty file (0 bytes): nothing to extract"),
        (b"%PDF-1.4\n(text) Tj", "not an HTML page: looks like a PDF document (starts with %PDF-)"),
        (SIDECAR, "this is a raw-store sidecar (.json); pass its body, the .html file beside it"),
    ],
)
def test_extract_refuses_a_non_html_body_in_one_line(body: bytes, reason: str) -> None:
    for role in ("article", "listing"):
        result = extract(
            "https://opsmilicz.pl/aktualnosci/1,x",
            body,
            site=SiteInfo(id="ops-milicz", name="OPS"),
            content_type="text/html",
            fetched_at=datetime(2026, 11, 20, tzinfo=UTC),
            content_sha256=hashlib.sha256(body).hexdigest(),
            role=role,  # type: ignore[arg-type]
        )
        assert result.records == [] and result.links == [] and result.fallback is None
        assert result.error == f"no text on https://opsmilicz.pl/aktualnosci/1,x: {reason}"
