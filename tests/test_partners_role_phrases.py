""" "w roli partnera/lidera" read as "jako partner/lider" (the unit before it a partner, the leader marked), and a
determiner or a count between "w partnerstwie z" and a unit type's plural over bare place names ("z następującymi
gminami: A, B", "z sześcioma gminami: A, B")."""

from __future__ import annotations

import pytest

from extract.organisations import find_partners


def _partners(text: str) -> list[tuple[str, bool]]:
    return [(partner.name, partner.lead) for partner in find_partners(text)[0]]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("Gmina Rybno przystąpiła do projektu w roli partnera.", [("Gmina Rybno", False)]),
        ("Gmina Rybno w roli lidera złożyła wniosek o dofinansowanie projektu.", [("Gmina Rybno", True)]),
        ("Fundacja Razem, w roli partnera wiodącego, realizuje projekt.", [("Fundacja Razem", True)]),
        (
            "Projekt realizowany jest w partnerstwie z następującymi gminami: Lipno, Kikół i Skępe.",
            [("Gmina Lipno", False), ("Gmina Kikół", False), ("Gmina Skępe", False)],
        ),
        (
            "Projekt realizowany jest w partnerstwie z sześcioma gminami: Lipno, Kikół i Skępe.",
            [("Gmina Lipno", False), ("Gmina Kikół", False), ("Gmina Skępe", False)],
        ),
        (
            "Projekt realizowany jest w partnerstwie z trzema powiatami: lipnowskim, rypińskim i golubsko-dobrzyńskim.",
            [("Powiat Lipnowski", False), ("Powiat Rypiński", False), ("Powiat Golubsko-Dobrzyński", False)],
        ),
    ],
)
def test_found(text: str, partners: list[tuple[str, bool]]) -> None:
    assert _partners(text) == partners


@pytest.mark.parametrize(
    "text",
    [
        "Wystąpił w roli partnera.",  # no unit
        "Jan Kowalski wystąpił w roli partnera Anny.",  # a person
        "Spotkanie prowadził w roli gospodarza Gminny Ośrodek Kultury.",  # a host, no partner
        "Projekt skierowano do mieszkańców z następującymi gminami: Lipno i Kikół w tle.",  # no partnership cue
    ],
)
def test_none(text: str) -> None:
    assert _partners(text) == []


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "Projekt partnerski Gminy Rybno (lider) i Gminy Lipno otrzymał dofinansowanie.",
            [("Gmina Rybno", True), ("Gmina Lipno", False)],
        ),
        (
            "Projekt partnerski Fundacji Razem (lider) oraz Gminy Lipno przeszedł ocenę.",
            [("Fundacja Razem", True), ("Gmina Lipno", False)],
        ),
        (
            "Gmina Rybno (lider) oraz Fundacja Razem (partner) podpisały umowę.",
            [("Gmina Rybno", True), ("Fundacja Razem", False)],
        ),
        ("Caritas Polska (lider) realizuje projekt.", [("Caritas Polska", True)]),  # the same in both cases
    ],
)
def test_marked_name_in_the_genitive(text: str, partners: list[tuple[str, bool]]) -> None:
    """A leader marked in brackets after its name in the genitive is one partner in the nominative, not two."""
    assert _partners(text) == partners
