"""The container's cheap cookie-notice test answers exactly as the COOKIE_NOTICE regex does."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.boilerplate_words import COOKIE_NOTICE
from extract.container import cookie_notice

CASES = [
    ("Ta strona używa plików cookies.", True),
    ("Serwis wykorzystuje CIASTECZKA", True),
    ("RODO: wyrażam zgodę na przetwarzanie", True),
    ("Polityką prywatności - akceptuję", True),
    ("CooKİe policy", True),  # İ: the regex folds it to i, str.lower() does not
    ("COOKıE policy", True),  # dotless ı folds to i in the regex
    ("ciaſteczka na stronie", True),  # long s: the regex folds it to s
    ("Używamy ciasteczek, by strona działała.", True),
    ("Ciasteczka\n\nKorzystając z witryny, zgadzasz się na ich zapis.", True),
    # a cookie word with nothing of a site or a consent beside it is no notice
    ("Za 4 tys. zł koło zorganizuje warsztaty dekorowania ciasteczek i robienia laleczek.", False),
    ("Na festynie był kiermasz ciast i ciasteczek upieczonych przez gospodynie.", False),
    ("Zgodnie z planem dzieci korzystali z przepisów i piekli ciasteczka z babciami.", False),
    ("Gmina otrzymała dofinansowanie na drogę.", False),
    ("", False),
    ("RODO bez zgody", True),
    ("rodo", False),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_agrees_with_the_regex(text: str, expected: bool) -> None:
    assert cookie_notice(text) is expected
    assert (COOKIE_NOTICE.search(text) is not None) is expected


_PIECES = st.sampled_from(
    [
        "cookie",
        "COOKIE",
        "ciastecz",
        "RODO",
        "rodo",
        "zgod",
        "akcept",
        "polityk",
        "prywatności",
        "rozumiem",
        " ",
        "\n",
        "x",
        "İ",
        "ı",
        "ſ",
        "K",
        "Ś",
        "ą",
        "-",
        "a",
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=20).map("".join))
def test_agrees_on_any_text(text: str) -> None:
    assert cookie_notice(text) == (COOKIE_NOTICE.search(text) is not None)


_HTML_PIECES = st.sampled_from(
    ["cookie", "COOK", "ie", "ciastecz", "RODO", "ro", "do", "polityk", "İ", "ı", "ſ", "Σ", " "]
)
_TAGS = st.sampled_from(["p", "b", "span", "li", "td"])


@given(st.lists(st.tuples(_TAGS, st.lists(_HTML_PIECES, max_size=4).map("".join)), min_size=1, max_size=8))
def test_a_container_without_cookie_words_has_no_block_with_them(blocks: list[tuple[str, str]]) -> None:
    """`extra_exclusions` asks the container's text once: a block's text is a run of it (lexbor joins the
    text nodes with the separator), so a word in a block is in its container."""
    from selectolax.lexbor import LexborHTMLParser

    from extract.container import _cookie_words

    html = "<div>" + "".join(f"<{tag}>{text}</{tag}>" for tag, text in blocks) + "</div>"
    container = LexborHTMLParser(html).css_first("div")
    assert container is not None
    whole = container.text(deep=True, separator=" ")
    for node in container.traverse():
        text = node.text(deep=True, separator=" ")
        assert text in whole
        if _cookie_words(text):
            assert _cookie_words(whole)
