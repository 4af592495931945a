"""The project's owner in the genitive after its quoted title ("projekt „X” Stowarzyszenia Y"), as right after the
noun ("projekt Stowarzyszenia Y"); an unquoted title after "pt." is the title, and a funder or the people served are
no owner."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from extract.organisations import find_implementer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Na liście znalazł się projekt „TREASURES OF THE POLISH UNIVERSITY HERITAGE” Stowarzyszenia Muzeów Uczelnianych. Kwota to 141 500 zł.",
            "Stowarzyszenie Muzeów Uczelnianych",
        ),
        ("Nagrodę dostał projekt pn. „Razem” Fundacji Nowy Dom.", "Fundacja Nowy Dom"),
        ('Dofinansowanie trafi na projekt "Czyste powietrze" Gminy Rybno.', "Gmina Rybno"),
        (
            "W ramach projektu „Senior w sieci” Ośrodka Pomocy Społecznej w Lipnie odbyły się zajęcia.",
            "Ośrodek Pomocy Społecznej w Lipnie",
        ),
    ],
)
def test_owner_after_title(text: str, name: str) -> None:
    found = find_implementer(text)
    assert found is not None and found.name == name


def test_owner_right_after_the_noun_control() -> None:
    # a control, no title between (read before the title rule too): the owner right after "projekt"
    found = find_implementer("Na liście znalazł się projekt Stowarzyszenia Muzeów Uczelnianych. Kwota to 5 000 zł.")
    assert found is not None and found.name == "Stowarzyszenie Muzeów Uczelnianych"


@pytest.mark.parametrize(
    "text",
    [
        "Pieniądze przyznano na projekt pt. Szkoły Gminy Wrocław i Gminy Czernica to kompetencji skarbnica.",  # unquoted title
        "Projekt „Razem” Ministerstwa Zdrowia ruszył w maju.",  # a ministry: a funder, no owner
        "To projekt „Razem” dla mieszkańców Gminy Rybno.",  # the people served
    ],
)
def test_no_owner(text: str) -> None:
    assert find_implementer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Projekt „Na granicy” jest partnerskim projektem Gminy Świerklany i czeskiej Gminy Větřkovice w ramach Funduszu Mikroprojektów.",
        "Projekt „Razem” jest projektem Gminy Rybno i Gminy Lipy.",
        "To wspólny projekt Fundacji Razem oraz Stowarzyszenia Przyjaciół Wsi.",
    ],
)
def test_two_owners_name_no_implementer(text: str) -> None:
    # the project of two owners is a partnership's: its owners are partners (extract.partner_towns), none implementer
    assert find_implementer(text) is None


def test_one_owner_and_others() -> None:
    # "i mieszkańców" is no second owner
    found = find_implementer("Projekt „Razem” jest projektem Gminy Rybno i mieszkańców.")
    assert found is not None and found.name == "Gmina Rybno"
