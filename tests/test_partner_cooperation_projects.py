"""A cooperation project of local action groups with its members counted and listed (PROW 2014-2020, poddziałanie
19.3: a joint project of several LGDs), and a partnership's founders or initiators ("Inicjatorami partnerstwa były
trzy organizacje: A, B i C")."""

from __future__ import annotations

import pytest

from extract.organisations import find_partners


def _partners(text: str) -> list[tuple[str, bool]]:
    return [(partner.name, partner.lead) for partner in find_partners(text)[0]]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "Gmina Rybno była uczestnikiem projektu współpracy trzech Lokalnych Grup Działania: LGD „Alfa” Gościno, "
            "LGD „Beta” z Gryfic i Stowarzyszenie Gamma.",
            [("LGD „Alfa” Gościno", False), ("LGD „Beta” z Gryfic", False), ("Stowarzyszenie Gamma", False)],
        ),
        (
            "Projekt współpracy dwóch LGD: Stowarzyszenie LGD Alfa i Stowarzyszenie LGD Beta ruszył w 2022 r.",
            [("Stowarzyszenie LGD Alfa", False), ("Stowarzyszenie LGD Beta", False)],
        ),
        (
            "Inicjatorami partnerstwa były trzy organizacje: Fundacja Alfa, Stowarzyszenie Beta i Fundacja Gamma.",
            [("Fundacja Alfa", False), ("Stowarzyszenie Beta", False), ("Fundacja Gamma", False)],
        ),
        (
            "Założycielami partnerstwa są Gmina Lipno i Fundacja Razem.",
            [("Gmina Lipno", False), ("Fundacja Razem", False)],
        ),
    ],
)
def test_found(text: str, partners: list[tuple[str, bool]]) -> None:
    assert _partners(text) == partners


@pytest.mark.parametrize(
    "text",
    [
        "Projekt współpracy realizuje LGD Alfa.",  # no members listed
        "Projekt współpracy trzech LGD zostanie złożony w maju.",  # counted, none named
        "Inicjatorem akcji była Fundacja Alfa.",  # an action's initiator, no partnership
        "Założycielami fundacji są Jan Nowak i Anna Kowalska.",  # a foundation's founders, persons
    ],
)
def test_not_found(text: str) -> None:
    assert _partners(text) == []
