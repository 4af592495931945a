"""Charset handling: HTTP header, then BOM, then <meta>, then a UTF-8 / windows-1250 guess."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.decode import charset_from_content_type, decode_html
from extract.page import replacements

POLISH = "Zażółć gęślą jaźń – Ośrodek Pomocy Społecznej w Miliczu"


def page(meta: str = "") -> str:
    return f"<html><head>{meta}<title>t</title></head><body><p>{POLISH}</p></body></html>"


@pytest.mark.parametrize(
    ("body", "content_type", "encoding", "declared_by"),
    [
        (page().encode("utf-8"), "text/html; charset=UTF-8", "utf-8", "http"),
        (
            page().encode("iso-8859-2", "xmlcharrefreplace"),
            "text/html; charset=ISO-8859-2",
            "iso8859-2",
            "http",
        ),
        (
            page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">').encode("cp1250"),
            "text/html",
            "cp1250",
            "meta",
        ),
        (
            page('<meta charset="iso-8859-2">').encode("iso-8859-2", "xmlcharrefreplace"),
            None,
            "iso8859-2",
            "meta",
        ),
        (b"\xef\xbb\xbf" + page().encode("utf-8"), None, "utf-8", "bom"),
        # The header wins over a contradicting <meta>, as the issue and browsers order it.
        (
            page('<meta charset="windows-1250">').encode("utf-8"),
            "text/html; charset=utf-8",
            "utf-8",
            "http",
        ),
        # Nothing declared: strict UTF-8 first, then windows-1250.
        (page().encode("utf-8"), None, "utf-8", "guess"),
        (page().encode("cp1250"), None, "cp1250", "guess"),
    ],
)
def test_declared_charset_is_honoured(body: bytes, content_type: str | None, encoding: str, declared_by: str) -> None:
    decoded = decode_html(body, content_type)
    assert (decoded.encoding, decoded.declared_by) == (encoding, declared_by)
    assert "Zażółć gęślą jaźń" in decoded.text


def test_unknown_charset_label_falls_through_to_guess() -> None:
    decoded = decode_html(page('<meta charset="x-no-such">').encode("cp1250"), "text/html; charset=bogus")
    assert decoded.encoding == "cp1250"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=ISO-8859-2", "iso8859-2"),
        ('text/html;charset="windows-1250"', "cp1250"),
        ("text/html", None),
        (None, None),
    ],
)
def test_charset_from_content_type(header: str | None, expected: str | None) -> None:
    assert charset_from_content_type(header) == expected


@given(st.binary(max_size=2000), st.one_of(st.none(), st.text(max_size=40)))
def test_never_raises(body: bytes, content_type: str | None) -> None:
    assert isinstance(decode_html(body, content_type).text, str)


# Bytes around U+FFFD's UTF-8 form (EF BF BD), its pieces and other lead bytes, in any order.
REPLACEMENT_PIECES = st.lists(
    st.sampled_from([b"\xef\xbf\xbd", b"\xef", b"\xbf\xbd", b"\xef\xbf", b"\xe9", b"\xb9", b"a", b" ", "ł".encode()]),
    max_size=12,
).map(b"".join)


@given(REPLACEMENT_PIECES, st.sampled_from([None, "text/html; charset=utf-8", "text/html; charset=windows-1250"]))
def test_replacements_are_the_two_counts(body: bytes, content_type: str | None) -> None:
    """`page.replacements` takes a shortcut when neither U+FFFD nor the byte EF is there: same number."""
    text = decode_html(body, content_type).text
    assert replacements(text, body) == text.count("\ufffd") - body.count(b"\xef\xbf\xbd")


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b"<p>zaj\xeaty</p>", "text/html; charset=utf-8", 1),  # a windows-1250 byte read as UTF-8
        ("<p>znak \ufffd w treści</p>".encode(), "text/html; charset=utf-8", 0),  # the page's own U+FFFD
        ("<p>zażółć</p>".encode(), None, 0),
    ],
)
def test_replacements_count_the_bytes_that_did_not_decode(body: bytes, content_type: str, expected: int) -> None:
    assert replacements(decode_html(body, content_type).text, body) == expected
