"""Units listed after a verb of joining the project, its partners or "them" (the partners just named): "Do projektu
dołączyły dwie fundacje: A i B", "Partnerami są A i B. Dołączają do nich organizacje: C i D"; not a lone joiner, an
event joined, nor "do nich" with no partners before it."""

from __future__ import annotations

import pytest

from extract.organisations import find_partners


def _partners(text: str) -> list[tuple[str, bool]]:
    return [(partner.name, partner.lead) for partner in find_partners(text)[0]]


_ALFA_BETA = [("Fundacja Alfa", False), ("Stowarzyszenie Beta", False)]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("Do projektu dołączyły dwie organizacje: Fundacja Alfa i Stowarzyszenie Beta.", _ALFA_BETA),
        ("Do partnerstwa dołączyli też: Fundacja Alfa oraz Stowarzyszenie Beta.", _ALFA_BETA),
        ("W marcu dołączyły do projektu kolejne organizacje: Fundacja Alfa, Stowarzyszenie Beta.", _ALFA_BETA),
        (
            "Partnerami są Gmina Lipno i Gmina Kikół. "
            "Dołączają do nich organizacje: Fundacja Alfa i Stowarzyszenie Beta.",
            [("Gmina Lipno", False), ("Gmina Kikół", False), *_ALFA_BETA],
        ),
        (
            "Liderem jest Gmina Lipno. Dołączą do nich instytucje pozarządowe: Fundacja Alfa i Stowarzyszenie Beta.",
            [("Gmina Lipno", True), *_ALFA_BETA],
        ),
    ],
)
def test_found(text: str, partners: list[tuple[str, bool]]) -> None:
    assert _partners(text) == partners


@pytest.mark.parametrize(
    "text",
    [
        # "nich" with no partners before it
        "Gmina Lipno prowadzi świetlicę. Dołączają do nich organizacje: Fundacja Alfa i Stowarzyszenie Beta.",
        "Do akcji dołączyły: Fundacja Alfa i Stowarzyszenie Beta.",  # an event, not the project
        "Do projektu dołączyła Fundacja Alfa.",  # one joiner, no list
        "Do projektu dołączyło 40 uczniów: klasy 4a i 4b.",  # no units
    ],
)
def test_not_found(text: str) -> None:
    assert _partners(text) == []
