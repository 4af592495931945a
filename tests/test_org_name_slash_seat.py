"""Name boundaries: a slash before another body's head ends the name (a unit acting through its centre is the unit,
tests/realtext/README.md, the fifth round), and a seat said apart ("z siedzibą w", "zs. w") is no part of a labelled
name; a slash inside a name and a seat's town inside the name stay."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from extract.org_names import cut_name, split_orgs
from extract.organisations import find_beneficiary, find_partners


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Miasto Nowy Sącz/Miejski Ośrodek Pomocy Społecznej w Nowym Sączu", "Miasto Nowy Sącz"),
        (
            "Województwo Kujawsko-Pomorskie / Regionalny Ośrodek Polityki Społecznej w Toruniu",
            "Województwo Kujawsko-Pomorskie",
        ),
        ("Gmina Rybno / GOPS w Rybnie", "Gmina Rybno"),
        ("Powiat Lipnowski/Powiatowe Centrum Pomocy Rodzinie w Lipnie", "Powiat Lipnowski"),
        (
            "Gminny Ośrodek Kultury w Rzepienniku Strzyżewskim z siedzibą w Rzepienniku Suchym",
            "Gminny Ośrodek Kultury w Rzepienniku Strzyżewskim",
        ),
        ("Fundacja „Bajkowy Świat” z siedzibą we Wrocławiu", "Fundacja „Bajkowy Świat”"),
        ("Stowarzyszenie Razem zs. w Lipnie", "Stowarzyszenie Razem"),
        # traps: a slash with no body after it, a seat word that is part of the name
        ("Szkoła Podstawowa w Rybnie/Lipnie", "Szkoła Podstawowa w Rybnie/Lipnie"),
        ("Zespół Szkół nr 1 / filia w Lipnie", "Zespół Szkół nr 1 / filia w Lipnie"),
        # a control: no slash and no seat, the name unchanged
        ("Gminny Ośrodek Kultury w Rybnie", "Gminny Ośrodek Kultury w Rybnie"),
    ],
)
def test_cut_name(value: str, name: str) -> None:
    assert cut_name(value) == name


def test_split_orgs_slash() -> None:
    assert split_orgs("Miasto Nowy Sącz/Miejski Ośrodek Pomocy Społecznej w Nowym Sączu")[0][0] == "Miasto Nowy Sącz"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Miasto Nowy Sącz/Miejski Ośrodek Pomocy Społecznej w Nowym Sączu zawarło z Województwem Małopolskim umowę o udzielenie pomocy finansowej w kwocie 60 000 zł.",
            "Miasto Nowy Sącz",
        ),
        (
            "Beneficjent: Gminny Ośrodek Kultury w Rzepienniku Strzyżewskim z siedzibą w Rzepienniku Suchym\n\nOkres realizacji: 2011",
            "Gminny Ośrodek Kultury w Rzepienniku Strzyżewskim",
        ),
    ],
)
def test_beneficiary(text: str, name: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Porozumienie o wdrożeniu Modelu Kooperacji zawarły trzy strony: Powiat Chełmski, Gmina Leśniowice oraz Województwo Lubelskie – Regionalny Ośrodek Polityki Społecznej w Lublinie.",
            ["Powiat Chełmski", "Gmina Leśniowice", "Województwo Lubelskie"],
        ),
        (
            "Fundacja zawarła porozumienie o współpracy na rzecz integracji społecznej z Województwem Wielkopolskim – Regionalnym Ośrodkiem Polityki Społecznej w Poznaniu.",
            ["Województwo Wielkopolskie"],
        ),
    ],
)
def test_partner_unit_through_its_centre(text: str, expected: list[str]) -> None:
    assert [partner.name for partner in find_partners(text)[0]] == expected
