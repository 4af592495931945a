"""A partnership formed or signed, in either order and with a complement between ("Umowę partnerską na realizację
projektu podpisały A i B", "Partnerstwo zawarły A i B", "A i B zawarły partnerstwo na rzecz realizacji projektu"), and
lower-case unit heads after "Partnerami projektu są" ("fundacja „X” i parafia pw. Y")."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from extract.organisations import find_partners


def names(text: str) -> list[str]:
    return [partner.name for partner in find_partners(text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Umowę partnerską na realizację projektu podpisały Gmina Kikół i Fundacja Razem.",
            ["Gmina Kikół", "Fundacja Razem"],
        ),
        (
            "Porozumienie partnerskie w sprawie wspólnego projektu zawarły Gmina Skępe oraz Stowarzyszenie Przyjaciół Skępego.",
            ["Gmina Skępe", "Stowarzyszenie Przyjaciół Skępego"],
        ),
        ("Partnerstwo zawarły Gmina Kikół i Fundacja Razem.", ["Gmina Kikół", "Fundacja Razem"]),
        (
            "Gmina Kikół i Fundacja Razem zawarły partnerstwo na rzecz realizacji projektu „Dom”.",
            ["Gmina Kikół", "Fundacja Razem"],
        ),
        (
            "Powiat Lipnowski, Gmina Skępe i Fundacja Razem zawiązały partnerstwo projektowe, by wspólnie realizować zadanie.",
            ["Powiat Lipnowski", "Gmina Skępe", "Fundacja Razem"],
        ),
        (
            "Partnerami projektu są fundacja „Razem” i parafia pw. Św. Jana w Kikole.",
            ["Fundacja „Razem”", "Parafia pw. Św. Jana w Kikole"],
        ),
        # twin towns: two named units in a partnership with no project are partners (tests/realtext/README.md, the
        # fifth and seventh rounds); traps: one signatory, persons
        ("Gmina Kikół i Miasto Hoorn zawarły partnerstwo miast.", ["Gmina Kikół", "Miasto Hoorn"]),
        ("Gmina Kikół zawarła partnerstwo z myślą o projekcie.", []),
        ("Umowę partnerską na realizację projektu podpisali wójt Jan Kowalski i prezes Anna Nowak.", []),
    ],
)
def test_a_partnership_formed_or_signed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's last name, then the clause's subject with no separator: the name stops at the next unit's head
        ("W partnerstwie z gminą Skępe Gmina Kikół realizuje projekt „Dom”.", ["Gmina Skępe"]),
        ("Wspólnie z Fundacją Razem Stowarzyszenie Kikół prowadzi projekt.", ["Fundacja Razem"]),
        (
            "W partnerstwie z Gminą Skępe i Fundacją Razem Powiat Lipnowski realizuje zadanie.",
            ["Gmina Skępe", "Fundacja Razem"],
        ),
        # traps: one name holding two heads ("Miasto i Gmina", "Urząd Miasta i Gminy"), one word before a head
        (
            "Projekt realizowany jest w partnerstwie z Gminą Skępe oraz Miastem i Gminą Kikół.",
            ["Gmina Skępe", "Miasto i Gmina Kikół"],
        ),
        (
            "Projekt realizowany jest w partnerstwie ze Stowarzyszeniem Klub Seniora Razem.",
            ["Stowarzyszenie Klub Seniora Razem"],
        ),
    ],
)
def test_a_name_stops_at_the_next_unit_s_head(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Projekt realizowany jest w ramach partnerstwa z Fundacją Razem.", ["Fundacja Razem"]),
        ("Projekt współrealizują Gmina Kikół i Fundacja Razem.", ["Gmina Kikół", "Fundacja Razem"]),
        (
            "Partnerem projektu jest Fundacja Razem, a także Stowarzyszenie Przyjaciół Kikoła.",
            ["Fundacja Razem", "Stowarzyszenie Przyjaciół Kikoła"],
        ),
        # traps: residents or a person after "a także"; one co-implementer named alone is no pair
        ("Partnerem projektu jest Fundacja Razem, a także mieszkańcy gminy.", ["Fundacja Razem"]),
        ("Partnerem projektu jest Fundacja Razem, a także Jan Kowalski.", ["Fundacja Razem"]),
        ("Projekt współrealizuje Fundacja Razem.", []),
    ],
)
def test_more_forms_of_a_partner(text: str, expected: list[str]) -> None:
    assert names(text) == expected
