"""Units that got money together for one project the sentence calls joint or a partnership's ("Gmina A i Gmina B
otrzymały dofinansowanie na realizację wspólnego projektu"): the joint subject, all partners, before or after the
verb (bare places named as gminas elsewhere in the passage, or foreign ones under their country);
not recipients of their own grants, nor a joint word in another sentence."""

from __future__ import annotations

import pytest

from extract.organisations import find_partners


def _partners(text: str) -> list[tuple[str, bool]]:
    return [(partner.name, partner.lead) for partner in find_partners(text)[0]]


_TWO = [("Gmina Bobowa", False), ("Gmina Sękowa", False)]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("Gmina Bobowa i Gmina Sękowa otrzymały dofinansowanie na realizację wspólnego projektu.", _TWO),
        ("Dofinansowanie na wspólny projekt otrzymały Gmina Bobowa i Gmina Sękowa.", _TWO),
        ("Gmina Bobowa oraz Gmina Sękowa pozyskały 2 mln zł na projekt partnerski „Szlak”.", _TWO),
        ("Gmina Bobowa i Gmina Sękowa w ubiegłym roku uzyskały środki na wspólną inwestycję.", _TWO),
        (
            "Gmina Bobowa i Fundacja Razem dostaną dotację na wspólne przedsięwzięcie.",
            [("Gmina Bobowa", False), ("Fundacja Razem", False)],
        ),
        (
            "Gmina Bobowa i Gmina Sękowa zdobyły środki na realizację wspólnych przedsięwzięć. "
            "Liderem projektu jest gmina Bobowa.",
            [("Gmina Bobowa", True), ("Gmina Sękowa", False)],
        ),
        (  # bare places: a gmina where the passage names it so, a foreign place under its country as printed
            "Lipno i Kikół otrzymały dofinansowanie na realizację wspólnego projektu. Wójt Gminy Lipno i wójt gminy "
            "Kikół podpisali umowę.",
            [("Gmina Lipno", False), ("Gmina Kikół", False)],
        ),
        (
            "Bobowa w Małopolsce oraz Stropkov i Nizna Polianka na Słowacji pozyskały środki na wspólne "
            "przedsięwzięcia. Liderem projektu jest małopolska gmina Bobowa.",
            [("Gmina Bobowa", True), ("Stropkov", False), ("Nizna Polianka", False)],
        ),
        ("Liderem projektu jest małopolska gmina Bobowa.", [("Gmina Bobowa", True)]),
        ("Partnerem projektu jest czeska gmina Javornik.", [("Gmina Javornik", False)]),
    ],
)
def test_found(text: str, partners: list[tuple[str, bool]]) -> None:
    assert _partners(text) == partners


@pytest.mark.parametrize(
    "text",
    [
        "Gmina Bobowa i Gmina Sękowa otrzymały dofinansowanie na swoje projekty.",  # each its own grant
        "Gmina Bobowa i Gmina Sękowa otrzymały dotacje. Wspólny projekt ruszy w maju.",  # the joint word elsewhere
        "Dotacje otrzymały Gmina Bobowa i Gmina Sękowa, a także Powiat Gorlicki.",  # a list of recipients
        "Gmina Bobowa otrzymała dofinansowanie na realizację wspólnego projektu z sąsiadami.",  # one unit
        "Ministerstwo i Urząd Marszałkowski otrzymały wnioski o wspólny projekt od mieszkańców.",  # no unit pair
        "Lipno i Kikół otrzymały dofinansowanie na realizację wspólnego projektu.",  # bare places never named units
        "Lipno w Polsce i Kikół otrzymały środki na wspólny projekt. Gmina Lipno się cieszy.",  # Kikół unresolved
        "Mieszkańcy i Goście otrzymały nagrody za wspólny projekt.",  # no places at all
        # the joint word in another clause, denied, or a word of a programme's name (s16 review)
        "Gmina Bobowa i Gmina Sękowa otrzymały dofinansowanie na swoje drogi, a wspólny projekt dopiero powstaje.",
        "Gmina Bobowa i Gmina Sękowa otrzymały dofinansowanie; wspólny projekt złożą za rok.",
        "Gmina Bobowa i Gmina Sękowa otrzymały dofinansowanie, choć nie na wspólny projekt, lecz każda na swój.",
        "Gmina Bobowa i Gmina Sękowa otrzymały dotacje, ale nie na wspólne przedsięwzięcie.",
        "Gmina Bobowa i Gmina Sękowa otrzymały dofinansowanie z programu „Wspólne inicjatywy samorządów” na świetlice.",
    ],
)
def test_not_found(text: str) -> None:
    assert _partners(text) == []
