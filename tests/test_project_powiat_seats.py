"""A powiat named by its office's seat ("Starostwo Powiatowe w Lublinie") when that seat is a city with powiat
rights: the rural powiat seated there (`projects.org_powiats`), not only the city, so the powiat and its own office
are one body."""

from __future__ import annotations

import pytest

from extract import local_offices
from extract.teryt import units
from project_records import rec, same
from scraper import projects


@pytest.mark.parametrize(
    ("powiat", "office", "seat_site"),
    [
        ("Powiat Lubelski", "Starostwo Powiatowe w Lublinie", "sp-lublin"),  # the review's reproduction
        ("Powiat Nowosądecki", "Starostwo Powiatowe w Nowym Sączu", "sp-nowysacz"),
        ("Powiat Krośnieński", "Starostwo Powiatowe w Krośnie", "sp-krosno"),  # Krosno, not Krosno Odrzańskie
        ("Powiatu Rzeszowskiego", "Starostwo Powiatowe w Rzeszowie", "sp-rzeszow"),  # another case form
    ],
)
def test_a_powiat_and_its_office_in_a_city_with_powiat_rights_are_one_body(
    powiat: str, office: str, seat_site: str
) -> None:
    a = rec(
        "Przebudowa drogi powiatowej nr 2233L w Jakubowicach",
        beneficiary=powiat,
        programme="RFRD",
        amounts={"grant": "1500000"},
        published="2022-03-01",
    )
    b = rec(
        "Przebudowa drogi powiatowej nr 2233L w Jakubowicach – umowa",
        beneficiary=office,
        programme="RFRD",
        amounts={"grant": "1500000"},
        published="2022-03-05",
        site=seat_site,
    )
    assert same(a, b)


@pytest.mark.parametrize(
    ("powiat", "office"),
    [
        ("Powiat Lubartowski", "Starostwo Powiatowe w Lublinie"),  # one voivodeship, another powiat's office
        ("Powiat Łęczyński", "Starostwo Powiatowe w Lublinie"),
        ("Powiat Krakowski", "Starostwo Powiatowe w Nowym Sączu"),
    ],
)
def test_another_powiat_and_a_seated_office_stay_apart(powiat: str, office: str) -> None:
    a = rec(
        "Przebudowa drogi powiatowej nr 2233L w Jakubowicach",
        beneficiary=powiat,
        programme="RFRD",
        amounts={"grant": "1500000"},
        published="2022-03-01",
    )
    b = rec(
        "Przebudowa drogi powiatowej nr 2233L w Jakubowicach – umowa",
        beneficiary=office,
        programme="RFRD",
        amounts={"grant": "1500000"},
        published="2022-03-05",
        site="sp-x",
    )
    assert not same(a, b)


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Starostwo Powiatowe w Lublinie", "Powiat Lubartowski"),  # another powiat of the voivodeship
        ("Starostwo Powiatowe w Krośnie", "Powiat Krośnieński"),  # Krosno Odrzańskie's powiat is lubuskie's (0802)
        ("Starostwo Powiatowe w Gdańsku", "Powiat Gdański"),  # powiat gdański is seated in Pruszcz Gdański
        ("Starostwo Powiatowe w Oleśnie", "Powiat Lubelski"),  # a town that is no city with powiat rights
    ],
)
def test_the_seat_points_at_its_own_rural_powiat_only(name: str, other: str) -> None:
    seated = projects.org_powiats(name, frozenset({"powiat"}))
    named = projects.org_powiats(other, frozenset({"powiat"}))
    if other == "Powiat Krośnieński":
        assert "1807" in seated and "0802" not in seated  # two powiats bear the name: the seat says which
    else:
        assert not seated & named


def test_a_seat_unlike_its_powiats_name() -> None:
    """Jelenia Góra seats powiat karkonoski: the table, not the name, says so."""
    seated = projects.org_powiats("Starostwo Powiatowe w Jeleniej Górze", frozenset({"powiat"}))
    assert seated & projects.org_powiats("Powiat Karkonoski", frozenset({"powiat"}))


def test_every_seat_is_a_city_with_powiat_rights_and_its_powiat_of_one_voivodeship() -> None:
    table = units()
    cities = {(unit.name, code[:2]) for code, unit in table.items() if code[-1] == "1" and code[2:4] >= "61"}
    powiats = {(unit.name, code[:2]) for code, unit in table.items() if code.endswith("000") and unit.kind == "powiat"}
    for city, powiat in local_offices.RURAL_POWIAT_SEATS.items():
        voivodeships = {v for name, v in cities if name == city}
        assert voivodeships, city
        assert any((powiat, v) in powiats for v in voivodeships), (city, powiat)
