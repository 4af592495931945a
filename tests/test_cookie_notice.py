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
