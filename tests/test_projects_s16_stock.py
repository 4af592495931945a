"""Title evidence counts only on words that say something of the project (issue 16, s16-pairs7): a shared word
that is no stock word of the programme table's names, a yearly programme's, a grant's, a body's kind's, the works'
or a document's own (`projects.stock_stems`), and no Roman numeral. Reworded near-misses of kinds not in the
labelled pairs, which main's rule joined on boilerplate alone, and same pairs that still join on a word of their
own."""

from __future__ import annotations

import pytest

from extract.model import Record
from project_records import rec, same
from scraper import projects

PAIRS: list[tuple[str, Record, Record, bool]] = [
    (
        "a council's two budget changes, each headed by its session's name, three months apart",
        rec(
            "XIV sesja Rady Gminy Lipnica Wielka: zmiany w budżecie gminy",
            beneficiary="Gmina Lipnica Wielka",
            published="2023-03-30",
            site="bip-lipnica",
        ),
        rec(
            "Zmiany w budżecie gminy – XIV sesja Rady Gminy Lipnica Wielka",
            beneficiary="Gmina Lipnica Wielka",
            published="2023-06-29",
            site="bip-lipnica",
        ),
        False,
    ),
    (
        "two gminas' pages for their brigades with one programme's stock headline and its call period",
        rec(
            "Dofinansowanie dla OSP – Rządowy Fundusz Polski Ład",
            period={"start": "2022-03-01", "end": "2023-06-30"},
            site="ug-lipnica",
        ),
        rec(
            "Dofinansowanie dla OSP – Rządowy Fundusz Polski Ład",
            period={"start": "2022-03-01", "end": "2023-06-30"},
            site="ug-zawoja",
        ),
        False,
    ),
    (
        "one gmina on a ministry's list and on its next list, months apart: two monuments",
        rec(
            "Lista wniosków wybranych do dofinansowania – Rządowy Program Odbudowy Zabytków",
            beneficiary="Gmina Kęty",
            published="2022-10-05",
            amounts={"grant": "350000.00"},
            site="bgk-lista",
        ),
        rec(
            "Lista wniosków wybranych do dofinansowania – Rządowy Program Odbudowy Zabytków",
            beneficiary="Gmina Kęty",
            published="2023-03-10",
            site="bgk-lista",
        ),
        False,
    ),
    (
        "a programme's stock page on two gminas' sites with the programme's period",
        rec(
            "Program Ciepłe Mieszkanie – nabór wniosków",
            period={"start": "2023-06-01", "end": "2025-12-31"},
            site="ug-andrychow",
        ),
        rec(
            "Program Ciepłe Mieszkanie – nabór wniosków",
            period={"start": "2023-06-01", "end": "2025-12-31"},
            site="ug-wadowice",
        ),
        False,
    ),
    (
        "one gmina's stock headline of one programme for two of its calls in a year",
        rec(
            "Ciepłe Mieszkanie – dofinansowanie dla Gminy Andrychów",
            beneficiary="Gmina Andrychów",
            published="2023-03-01",
            site="ug-andrychow",
        ),
        rec(
            "Gmina Andrychów z dofinansowaniem z programu Ciepłe Mieszkanie",
            beneficiary="Gmina Andrychów",
            published="2023-11-20",
            site="ug-andrychow",
        ),
        False,
    ),
    (
        "one light rescue vehicle on the gmina's page and the brigade's: a word of its own and the sum",
        rec(
            "Nowy lekki samochód ratowniczy dla OSP w Zawoi z programu Ratownictwo",
            beneficiary="Gmina Zawoja",
            published="2022-05-10",
            amounts={"grant": "245000.00"},
            site="ug-zawoja",
        ),
        rec(
            "Lekki samochód ratowniczy już w remizie – OSP Zawoja",
            beneficiary="Gmina Zawoja",
            published="2022-09-20",
            amounts={"grant": "245000.00"},
            site="osp-zawoja",
        ),
        True,
    ),
    (
        "one monument on the ministry's list and on the gmina's page: the chapel named in both",
        rec(
            "Lista wniosków wybranych – Rządowy Program Odbudowy Zabytków: remont kaplicy w Nowej Wsi",
            beneficiary="Gmina Kęty",
            published="2022-10-05",
            amounts={"grant": "350000.00"},
            site="bgk-lista",
        ),
        rec(
            "Remont kaplicy w Nowej Wsi z Rządowego Programu Odbudowy Zabytków",
            beneficiary="Gmina Kęty",
            published="2022-11-15",
            site="ug-kety",
        ),
        True,
    ),
    (
        "one session's budget change on the BIP and in the news: the village hall named in both",
        rec(
            "XIV sesja Rady Gminy Lipnica Wielka: zmiany w budżecie na budowę świetlicy w Kiczorach",
            beneficiary="Gmina Lipnica Wielka",
            published="2023-03-30",
            site="bip-lipnica",
        ),
        rec(
            "Świetlica w Kiczorach: radni zmienili budżet na XIV sesji",
            beneficiary="Gmina Lipnica Wielka",
            published="2023-04-02",
            site="lipnica-info",
        ),
        True,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), PAIRS, ids=[case[0][:60] for case in PAIRS])
def test_title_evidence_needs_a_word_of_the_project(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


@pytest.mark.parametrize(
    ("title", "programme", "told"),
    [
        ("Opieka wytchnieniowa – edycja 2024", None, set()),  # a yearly programme's name
        ("Lista wniosków wybranych – Rządowy Program Odbudowy Zabytków", None, set()),  # a programme's list
        ("XIV sesja Rady Gminy: zmiany w budżecie", None, set()),  # a session's act
        ("Dofinansowanie dla OSP na zakup sprzętu", None, {"zakup", "sprze"}),  # what is bought says which purchase
        ("Termomodernizacja szkoły w Wólce", None, {"szkol"}),  # a school is a project's object, not a body's kind
        ("Posiłek w szkole i w domu – stołówka w Wólce", None, {"stolo"}),  # the yearly programme's words
        ("Remont dachu kościoła w Zalesiu", None, {"dach", "kosci"}),  # (the title's place is no content word)
        ("Remont kaplicy w Zalesiu", "Rządowy Program Odbudowy Zabytków", {"kapli"}),
        ("Modernizacja boiska w Zalesiu", None, {"boisk"}),  # no programme named: "boisko" tells
        ("Modernizacja boiska „Orlik” w Zalesiu", "Moje Boisko – Orlik 2012", set()),  # the programme's own words
    ],
)
def test_stock_words_leave_the_projects_own_words(title: str, programme: str | None, told: set[str]) -> None:
    fact = projects._facts(rec(title, programme=programme))
    assert {word for word in fact.content if projects._telling(fact, fact, frozenset({word}))} == told
