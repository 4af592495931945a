"""A partner list after a count and the units' kind ("Partnerem projektu jest sześć samorządów: …", "Partnerami są
cztery gminy: A, B"), a unit type's plural heading the rest of a list after a first item ("starostwo X oraz gminy: A,
B"), and a powiat named in lower case by its office or type and adjective ("starostwo kartuskie" -> Powiat Kartuski,
also as the leader: "Rolę lidera pełni starostwo kartuskie"), and a counted plural opening a clause over the
places of a joint subject ("Trzy gminy: A, B i C wspólnie realizują projekt")."""

from __future__ import annotations

import pytest

from extract.organisations import find_partners


def _partners(text: str) -> list[tuple[str, bool]]:
    return [(partner.name, partner.lead) for partner in find_partners(text)[0]]


_FIVE = [("Gmina Lipno", False), ("Gmina Kikół", False), ("Gmina Skępe", False)]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("Partnerami projektu są trzy gminy: Lipno, Kikół i Skępe.", _FIVE),
        ("Partnerami przedsięwzięcia będą 3 gminy: Lipno, Kikół oraz Skępe.", _FIVE),
        ("Partnerem projektu jest pięć gmin: Lipno, Kikół i Skępe.", _FIVE),
        ("Partnerem zadania są cztery samorządy: gminy: Lipno, Kikół i Skępe.", _FIVE),
        (
            "Partnerem projektu jest czterech partnerów: Fundacja Razem oraz gminy: Lipno, Kikół i Skępe.",
            [("Fundacja Razem", False), *_FIVE],
        ),
        (
            "Partnerem projektu jest sześć samorządów: starostwo lipnowskie oraz gminy: Lipno, Kikół, Skępe. "
            "Rolę lidera pełni starostwo lipnowskie.",
            [("Powiat Lipnowski", True), *_FIVE],
        ),
        (
            "Partnerami projektu są: powiat rypiński, Fundacja Razem i Stowarzyszenie Nasza Wieś.",
            [("Powiat Rypiński", False), ("Fundacja Razem", False), ("Stowarzyszenie Nasza Wieś", False)],
        ),
        (
            "Partnerami projektu są dwie fundacje: Fundacja Alfa i Fundacja Beta.",
            [("Fundacja Alfa", False), ("Fundacja Beta", False)],
        ),
        (
            "Partnerem projektu będą trzy powiaty: lipnowski, rypiński i golubsko-dobrzyński.",
            [("Powiat Lipnowski", False), ("Powiat Rypiński", False), ("Powiat Golubsko-Dobrzyński", False)],
        ),
        ("Gmina Lipno realizuje projekt. Funkcję lidera pełni powiat lipnowski.", [("Powiat Lipnowski", True)]),
        # a partnership's members counted: "W skład partnerstwa wchodzi (też) 5 gmin: A, B"
        ("W skład partnerstwa wchodzą trzy gminy: Lipno, Kikół i Skępe.", _FIVE),
        (
            "Liderem partnerstwa jest Powiat Lipnowski. W skład partnerstwa wchodzi też 3 gmin: Lipno, Kikół i Skępe.",
            [("Powiat Lipnowski", True), *_FIVE],
        ),
        (
            "Partnerstwo tworzą cztery podmioty: Gmina Lipno, Gmina Kikół, Fundacja Razem i Stowarzyszenie Beta.",
            [*_FIVE[:2], ("Fundacja Razem", False), ("Stowarzyszenie Beta", False)],
        ),
        # the role's project called a partnership's or joint: "Liderem projektu partnerskiego jest"
        ("Liderem projektu partnerskiego jest Gmina Lipno.", [("Gmina Lipno", True)]),
        ("Partnerami wspólnego projektu są Gmina Lipno i Gmina Kikół.", _FIVE[:2]),
        # a counted plural opening the clause, its places the joint subject of a verb of carrying out
        ("Trzy gminy: Lipno, Kikół i Skępe wspólnie realizują projekt.", _FIVE),
        ("Projekt finansuje UE. Trzy gminy: Lipno, Kikół oraz Skępe prowadzą projekt „Razem”.", _FIVE),
        ("Dwie gminy: Lipno i Kikół od 2019 r. realizują program.", _FIVE[:2]),
    ],
)
def test_found(text: str, partners: list[tuple[str, bool]]) -> None:
    assert _partners(text) == partners


@pytest.mark.parametrize(
    "text",
    [
        "Obszar działania LGD obejmuje pięć gmin: Lipno, Kikół, Skępe, Wielgie i Tłuchowo.",  # the area served
        "Dotacje otrzymały cztery gminy: Lipno, Kikół, Skępe i Wielgie.",  # recipients of separate grants
        "Warsztaty odbędą się w trzech gminach: Lipno, Kikół i Skępe.",  # venues
        "Projekt obejmuje sześć samorządów: starostwo lipnowskie oraz gminy: Lipno, Kikół, Skępe.",  # no partner word
        "Starostwo lipnowskie ogłosiło nabór. Rolę koordynatora pełni Jan Nowak.",  # no role of a unit
        "W powiecie są trzy gminy: Lipno, Kikół i Skępe. Wspólnie realizują projekt.",  # another sentence
        "Trzy gminy: Lipno, Kikół i Skępe otrzymały dotacje.",  # recipients, nothing carried out together
        "Trzy gminy: Lipno, Kikół i Skępe realizują projekty.",  # each its own project
        "W skład związku wchodzi 5 gmin: Lipno, Kikół, Skępe, Wielgie i Tłuchowo.",  # a union, no partnership
    ],
)
def test_not_found(text: str) -> None:
    assert _partners(text) == []
