"""A partner named in a relative clause after its name, in the name's own case (`extract.partner_relative`), and the
predicate forms of an event's or a project's partner: "X pozostaje głównym partnerem festiwalu", "Partnerami
festiwalu byli A i B", "Współpartnerem projektu jest C", "Partnerem Gminy w realizacji projektu jest D"."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from extract.organisations import find_partners


def partners(text: str) -> list[tuple[str, bool]]:
    return [(partner.name, partner.lead) for partner in find_partners(text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the antecedent in the genitive after "od" (b27, offeliada.pl), the dative-genitive after "dzięki"
        (
            "Stowarzyszenie przejęło festiwal od Urzędu Miejskiego w Kłecku, który odtąd pozostaje głównym partnerem festiwalu.",
            [("Urząd Miejski w Kłecku", False)],
        ),
        ("Dzięki Fundacji Razem, która jest partnerem projektu, kupiono sprzęt.", [("Fundacja Razem", False)]),
        # the instrumental after "z", two antecedents; the nominative; the lead
        (
            "Umowę podpisano z Gminą Kikół i Gminą Skępe, które są partnerami zadania.",
            [("Gmina Kikół", False), ("Gmina Skępe", False)],
        ),
        ("Projekt prowadzi Powiat Lipnowski, który został liderem projektu.", [("Powiat Lipnowski", True)]),
        (
            "Salę udostępniło Centrum Kultury w Kikole, które jest jednym z partnerów projektu.",
            [("Centrum Kultury w Kikole", False)],
        ),
        # the predicate forms
        ("Gmina Kikół jest głównym partnerem festiwalu.", [("Gmina Kikół", False)]),
        (
            "Partnerami festiwalu byli Gmina Kikół i Fundacja Razem.",
            [("Gmina Kikół", False), ("Fundacja Razem", False)],
        ),
        ("Współpartnerem projektu jest Fundacja Razem.", [("Fundacja Razem", False)]),
        ("Partnerem Gminy w realizacji projektu jest Fundacja Razem.", [("Fundacja Razem", False)]),
        # traps: a twin town's partner, a person, a sponsor, a campaign's (media) partner
        ("Rozmawiano z Gminą Kikół, która jest partnerem gminy Skępe.", []),
        ("Spotkanie z panem Janem Kowalskim, który jest partnerem projektu.", []),
        ("Sponsorem festiwalu jest Bank Spółdzielczy w Kikole.", []),
        ("Partnerem akcji było Radio Lipno.", []),
    ],
)
def test_relative_and_predicate_partners(text: str, expected: list[tuple[str, bool]]) -> None:
    assert partners(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's role with its of-what left to the partner's ("jest liderem, a B partnerem projektu")
        (
            "Gmina Kikół jest liderem, a Fundacja Razem partnerem projektu.",
            [("Gmina Kikół", True), ("Fundacja Razem", False)],
        ),
        # a role in brackets after a name in the instrumental or the accusative
        (
            "Gmina Kikół (lider projektu) realizuje zadanie z Fundacją Razem (partner).",
            [("Gmina Kikół", True), ("Fundacja Razem", False)],
        ),
        (
            "Projekt realizowany przez Gminę Kikół (lider) i Fundację Razem (partner).",
            [("Gmina Kikół", True), ("Fundacja Razem", False)],
        ),
        # traps: a leader in its field, a person in brackets
        ("Gmina Kikół jest liderem w swojej branży.", []),
        ("Spotkanie z Janem Kowalskim (partner).", []),
    ],
)
def test_lead_and_bracketed_roles(text: str, expected: list[tuple[str, bool]]) -> None:
    assert partners(text) == expected
