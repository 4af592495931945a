"""Partners named through what they are to each other (`extract.partner_towns`): a partner town in any case (its
printed name, the beneficiary's own town left out), and two or more owners of a partnership or joint project in the
genitive; a name stops before "w ramach …"."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from extract.organisations import find_partners


def names(text: str, beneficiary: str | None = None) -> list[str]:
    return [partner.name for partner in find_partners(text, beneficiary)[0]]


@pytest.mark.parametrize(
    ("text", "beneficiary", "expected"),
    [
        ("Zadanie pozwoli wspólnie z miastem partnerskim Javornik zacieśnić współpracę.", None, ["Javornik"]),
        ("Nasze miasto partnerskie Hoorn przysłało delegację na dożynki.", None, ["Hoorn"]),
        ("W projekcie udział wezmą mieszkańcy miasta partnerskiego Bad Hersfeld.", None, ["Bad Hersfeld"]),
        ("Spotkały się delegacje miast partnerskich: Rybno – Bischofsheim.", "Gmina Rybno", ["Bischofsheim"]),
        ("Projekt połączy mieszkańców z miastami partnerskimi Hoorn i Lipsk.", None, ["Hoorn", "Lipsk"]),
        (
            "Goście z miast partnerskich Hoorn, Lipsk oraz Nowy Jiczyn zwiedzili rynek.",
            None,
            ["Hoorn", "Lipsk", "Nowy Jiczyn"],
        ),
        # traps: no town named, the owner after the noun, a body after the towns, the beneficiary's own town
        ("Oba miasta partnerskie wspólnie zorganizują festiwal.", None, []),
        ("Przyjechała delegacja z miasta partnerskiego Gminy Rybno.", None, []),
        ("Gościliśmy delegacje z miast partnerskich Hoorn i Lipsk oraz Fundację X.", None, ["Hoorn", "Lipsk"]),
        (
            "Spotkały się delegacje miast partnerskich: Dzierżoniów – Bischofsheim.",
            "Miasto Dzierżoniów",
            ["Bischofsheim"],
        ),
    ],
)
def test_partner_towns(text: str, beneficiary: str | None, expected: list[str]) -> None:
    assert names(text, beneficiary) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Projekt „Razem” jest partnerskim projektem Gminy Świerklany i czeskiej Gminy Větřkovice w ramach Funduszu Mikroprojektów Euroregionu Silesia, oś priorytetowa 4.",
            ["Gmina Świerklany", "Gmina Větřkovice"],
        ),
        (
            "Projekt partnerski Powiatu Lipnowskiego i Fundacji Razem rusza w maju.",
            ["Powiat Lipnowski", "Fundacja Razem"],
        ),
        (
            "To wspólny projekt Gminy Rybno oraz Stowarzyszenia Przyjaciół Wsi.",
            ["Gmina Rybno", "Stowarzyszenie Przyjaciół Wsi"],
        ),
        ("O wspólnym mikroprojekcie Gminy Rybno i Gminy Lipy pisaliśmy w maju.", ["Gmina Rybno", "Gmina Lipy"]),
        # traps: a title after the adjective, one owner alone
        ("Projekt partnerski „Razem” rusza.", []),
        ("Wspólny projekt Gminy Rybno rusza w maju.", []),
    ],
)
def test_partner_project_owners(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_name_stops_before_w_ramach() -> None:
    text = "Projekt jest realizowany w partnerstwie Gminy Rybno i Gminy Lipy w ramach Funduszu Mikroprojektów Euroregionu Silesia, oś 4."
    assert names(text) == ["Gmina Rybno", "Gmina Lipy"]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "Wspólny projekt gmin Lipno, Kikół i Skępe otrzymał dofinansowanie. Liderem jest Gmina Lipno.",
            [("Gmina Lipno", True), ("Gmina Kikół", False), ("Gmina Skępe", False)],
        ),
        ("To partnerski projekt gmin Lipno i Kikół.", [("Gmina Lipno", False), ("Gmina Kikół", False)]),
        ("Projekt partnerski gmin Lipno oraz Kikół ruszył.", [("Gmina Lipno", False), ("Gmina Kikół", False)]),
        ("Wspólna inicjatywa miast Lipno i Rypin zdobyła nagrodę.", [("Miasto Lipno", False), ("Miasto Rypin", False)]),
    ],
)
def test_joint_project_of_places(text: str, partners: list[tuple[str, bool]]) -> None:
    """Bare places under their kind's genitive plural after a joint or partnership project, each a unit."""
    assert [(p.name, p.lead) for p in find_partners(text)[0]] == partners


@pytest.mark.parametrize(
    "text",
    [
        "Projekt obejmuje obszar gmin Lipno, Kikół i Skępe.",  # the area served
        "Wspólny projekt gmin powiatu lipnowskiego ruszył.",  # no place named
        "Wspólny projekt gmin Lipno ruszył.",  # one place: no partnership to read
        "Projekt gmin Lipno i Kikół otrzymał dotację.",  # not called joint
    ],
)
def test_joint_project_of_places_not(text: str) -> None:
    assert find_partners(text)[0] == []
