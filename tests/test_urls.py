from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.urls import canonical_url, url_id


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://WWW.Opole.PL/dla-mieszkanca", "https://www.opole.pl/dla-mieszkanca"),
        ("https://www.opole.pl:443/a#section", "https://www.opole.pl/a"),
        ("http://opsmilicz.pl:80", "http://opsmilicz.pl/"),
        ("http://opsmilicz.pl:8080/x", "http://opsmilicz.pl:8080/x"),
        ("https://a.pl/x?utm_source=fb&id=7&fbclid=abc", "https://a.pl/x?id=7"),
        ("https://a.pl/x?PHPSESSID=123&start=10", "https://a.pl/x?start=10"),
        ("https://a.pl/x;jsessionid=1?jsessionid=2&a=1", "https://a.pl/x?a=1"),
        ("https://a.pl/x?b=2&a=1", "https://a.pl/x?b=2&a=1"),  # order kept: some CMSs care
        ("https://a.pl/szukaj?q=%B1&print", "https://a.pl/szukaj?q=%B1&print"),  # Latin-2 bytes and bare keys kept
        ("https://a.pl/x?sid=12", "https://a.pl/x?sid=12"),  # a page id on some CMSs, not a session
        ("http://[::1]:8080/a", "http://[::1]:8080/a"),
        ("https://a.pl/x?utm_source=a", "https://a.pl/x"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_id_is_stable_and_ignores_noise() -> None:
    assert url_id("https://www.opole.pl/a") == url_id("HTTPS://www.opole.pl/a#x")
    assert url_id("https://www.opole.pl/a") != url_id("https://www.opole.pl/b")
    assert len(url_id("https://x.pl/")) == 16


@given(st.text(max_size=200))
def test_canonical_never_raises_on_text(text: str) -> None:
    # urllib rejects some malformed netlocs (bad ports): callers treat that as a bad link.
    with contextlib.suppress(ValueError):
        canonical_url(text)
