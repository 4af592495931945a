"""Mends from the review of the s9 rounds: each row failed (or took seconds) on the code before."""

from __future__ import annotations

from datetime import date

import pytest

from extract.money import find_amounts
from extract.partner_heads import powiat_name
from extract.periods import find_period


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("aleksandrowski", "Powiat Aleksandrowski"),
        ("golubsko-dobrzyński", "Powiat Golubsko-Dobrzyński"),
        ("lipnowskim", "Powiat Lipnowski"),
        ("rypińskiego", "Powiat Rypiński"),
        # words shaped as a powiat's adjective that name no powiat of the TERYT register
        ("Kowalski", None),
        ("polskim", None),
        ("angielski", None),
        ("niski", None),
    ],
)
def test_a_powiat_is_named_only_by_a_registered_adjective(word: str, expected: str | None) -> None:
    assert powiat_name(word) == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the end's year said in words is not the start's year
        ("Projekt realizowany był od 1 czerwca 2018 r. do 31 października ubiegłego roku.", date(2018, 6, 1), None),
        # a leap day after a start in a common year is the next year's
        ("Projekt realizowany od 1 marca 2023 r. do 29 lutego.", date(2023, 3, 1), date(2024, 2, 29)),
        # the form the rule is for
        ("Projekt realizowany od czerwca 2018 r. do 31 października.", date(2018, 6, 1), date(2018, 10, 31)),
    ],
)
def test_a_yearless_end(text: str, start: date, end: date | None) -> None:
    found, _ = find_period(text)
    assert found is not None
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # money returned or left unspent is no grant, whoever paid it
        ("Gmina musiała zwrócić 120 tys. zł z Rządowego Funduszu Polski Ład.", "other"),
        ("Gmina nie wydała 30 tys. zł z Funduszu Dróg Samorządowych.", "other"),
        # near misses: a payer after a sum that was given stays a grant
        ("Gmina otrzymała 120 tys. zł z Rządowego Funduszu Polski Ład.", "grant"),
        ("Na drogę przeznaczono 5 mln zł z Polskiego Ładu.", "grant"),
    ],
)
def test_a_payer_after_money_given_back(text: str, kind: str) -> None:
    found, _ = find_amounts(text)
    assert [m.kind for m in found] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a lower bound of money already got is the money got
        ("Gmina Lipno otrzymała co najmniej 300 tys. zł na drogi.", "grant"),
        ("Gmina otrzymała min. 300 tys. zł na drogi.", "grant"),
        # a programme's lower bound stays a rule
        ("Grant wyniesie co najmniej 100 000 PLN.", "other"),
        ("Dotacja min. 5 000 zł na jedno zadanie.", "other"),
    ],
)
def test_a_lower_bound_of_money_got(text: str, kind: str) -> None:
    found, _ = find_amounts(text)
    assert [m.kind for m in found] == [kind]
