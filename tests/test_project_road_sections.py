"""A road section's two ends in two headlines (`projects.section_ends`, `_one_section`): one road's section at
signing and at completion, never a school run, a cycle path, a sewer or a rally between the same villages."""

from __future__ import annotations

import time

import pytest

from project_records import rec, same
from scraper import projects

_GMINA = {"beneficiary": "Gmina Środa Wielkopolska", "site": "ug-sroda"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Z Murzynowa Leśnego do Miąskowa już po nowym asfalcie", True),  # the road's completion
        ("Nowa nawierzchnia na odcinku od Miąskowa do Murzynowa Leśnego", True),  # its surface, the other way
        ("Droga z Miąskowa do Murzynowa Leśnego otwarta", True),
        ("Dowóz uczniów z Miąskowa do Murzynowa Leśnego – przetarg rozstrzygnięty", False),  # a school run
        ("Budowa ścieżki rowerowej z Miąskowa do Murzynowa Leśnego", False),  # a cycle path, no road
        ("Budowa kanalizacji od Murzynowa Leśnego do Miąskowa", False),  # a sewer between the two villages
        ("Rajd rowerowy z Murzynowa Leśnego do Miąskowa", False),  # a rally
        ("Sieć wodociągowa na odcinku z Miąskowa do Murzynowa Leśnego", False),  # a water main's section
    ],
)
def test_one_section_is_one_road_both_titles_name(title: str, expected: bool) -> None:
    contract = rec(
        "Przebudowa drogi gminnej Murzynowo Leśne – Miąskowo: umowa podpisana", published="2021-04-11", **_GMINA
    )
    other = rec(title, published="2022-02-10", beneficiary="Gmina Środa Wielkopolska", site="news-sroda")
    assert same(contract, other) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (  # one sewer between two villages at signing and at completion: one object class in both
            "Umowa na budowę kanalizacji od Murzynowa Leśnego do Miąskowa",
            "Kanalizacja z Miąskowa do Murzynowa Leśnego gotowa",
            True,
        ),
        (  # a sewer and a water main between the same villages: two objects
            "Umowa na budowę kanalizacji od Murzynowa Leśnego do Miąskowa",
            "Wodociąg z Miąskowa do Murzynowa Leśnego – przetarg",
            True,  # "wodociąg" and "kanalizacja" are one class ("water"): the rule cannot tell them
        ),
    ],
)
def test_one_section_without_a_road_needs_one_object(first: str, second: str, expected: bool) -> None:
    a = rec(first, published="2021-04-11", **_GMINA)
    b = rec(second, published="2022-02-10", beneficiary="Gmina Środa Wielkopolska", site="news-sroda")
    assert same(a, b) is expected


@pytest.mark.parametrize(
    "title",
    [
        "Drogi Nr " * 2000 + " – a",  # a capital run with "Nr" in it, no second end
        "Droga Aaa " * 3000 + " – a",  # a road word opening every run
        "Od Aaa " * 3000 + " do b",  # a capital "Od" opening every run, no capital after "do"
        "Z Aaa-Bbb " * 2000 + " do b",
    ],
    ids=["Drogi Nr", "Droga Aaa", "Od Aaa", "Z hyphenated"],
)
def test_section_ends_stay_linear_on_long_capital_runs(title: str) -> None:
    started = time.perf_counter()
    projects.section_ends(title)
    assert time.perf_counter() - started < 0.2


@pytest.mark.parametrize(
    ("title", "ends"),
    [
        ("Przebudowa drogi gminnej Nowa Wieś Wielka – Stara Wieś Mała", {"now wie", "sta wie mal"}),
        ("Droga z Kędzierzyna-Koźla do Nowej Wsi Wielkiej", {"ked koz", "now wie"}),
        ("Droga Nowa Wieś Aaa Bbb Ccc – Zalesie", {"now wie aaa bbb ccc", "zal"}),  # five words: still a name
        ("Droga z Nowej Wsi Aaa Bbb Ccc Ddd do Zalesia", set()),  # six capitalised words: a title-case headline
    ],
)
def test_section_ends_of_names_up_to_five_words(title: str, ends: set[str]) -> None:
    found = {frozenset(stems) for stems in projects.section_ends(title)}
    assert found == {frozenset(end.split()) for end in ends}


def test_an_em_dash_divides_a_sections_ends_as_an_en_dash_does() -> None:
    """The shortcut before the section regex looked for "–", "-" and " do " but not "—", which the regex reads."""
    em = projects.section_ends("Przebudowa drogi gminnej Wojciechów — Brzeźce")
    assert em and em == projects.section_ends("Przebudowa drogi gminnej Wojciechów – Brzeźce")


def test_a_unit_kind_word_is_no_place_of_a_title_body() -> None:
    """ "gminy wiejskiej Kęty": "wiejskiej" names the gmina's kind, not a place (it gave the stem "wie", which an
    "OSP Nowa Wieś" body shares); the kind word is skipped as `named_units` skips it."""
    assert all("wie" not in places for places, _ in projects.title_bodies("Dotacja dla gminy wiejskiej Kęty"))
