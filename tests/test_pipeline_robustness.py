"""Hostile or broken pages give an error value or a record with warnings, never a traceback."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.page import SiteInfo
from extract.pipeline import extract

SITE = SiteInfo(id="fuzz", name="Fuzz")
WHEN = datetime(2026, 11, 20, tzinfo=UTC)

fragments = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='tresc'>",
        "</div>",
        "<h1>",
        "</h1>",
        "<table><tr><td>",
        "</td></tr></table>",
        "Wartość projektu: 1 234,56 zł",
        "31.03.20121 r.",
        "na lata 2019-2021",
        "Wnioskodawca: Gmina X",
        "tel. (77) 441 02 60",
        "urzad [at] um.opole.pl",
        "Oś priorytetowa VIII",
        "Działanie 8.1",
        "&nbsp;",
        "\u00a0",
        "<script>var a='</p>';</script>",
        "<!--",
        "-->",
        "ą",
        "\x00",
        "<br>",
        "<meta charset=windows-1250>",
    ]
)


def run(url: str, body: bytes, extractor: str | None, role: str) -> None:
    result = extract(
        url,
        body,
        site=SITE,
        content_type=None,
        fetched_at=WHEN,
        content_sha256=hashlib.sha256(body).hexdigest(),
        extractor=extractor,
        role=role,
    )  # type: ignore[arg-type]
    assert result.fallback is None or result.extractor == "generic"  # what read the page is named
    if role == "article":  # a page gives its record or says, in one line, why not
        assert len(result.records) + (result.error is not None) == 1, result
        assert result.error is None or "\n" not in result.error
    else:  # a listing gives links, or says why it has none (its item selector matched nothing)
        assert result.records == []
        assert bool(result.links) != (result.error is not None), result
        assert all(link.startswith(("http://", "https://")) for link in result.links)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(fragments, max_size=60).map("".join),
    st.sampled_from([None, "ops-milicz", "um-opole", "dobrepraktyki"]),
    st.sampled_from(["article", "listing"]),
)
def test_html_soup_never_raises(html: str, extractor: str | None, role: str) -> None:
    run("https://gmina.example.pl/a", html.encode("utf-8", "surrogatepass"), extractor, role)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise(body: bytes) -> None:
    run("https://gmina.example.pl/a", body, None, "article")


def test_a_page_of_the_wrong_shape_is_an_error_value() -> None:
    """Without the fallback to the generic extractor, a page object that does not match is the error."""
    body = b"<html><body><p>no article here</p></body></html>"
    result = extract(
        "https://opsmilicz.pl/aktualnosci/1,x",
        body,
        site=SITE,
        content_type="text/html",
        fetched_at=WHEN,
        content_sha256=hashlib.sha256(body).hexdigest(),
        role="article",
        fallback=False,
    )
    assert result.records == []
    url = "https://opsmilicz.pl/aktualnosci/1,x"
    assert result.error == f"selector 'div.artykul > h1' matched 0 element(s) on {url}, expected exactly 1"
    assert result.fallback is None and result.extractor == "ops-milicz"
