"""TERYT look-ups against the shipped GUS register."""

from __future__ import annotations

import pytest

from extract import places, teryt


@pytest.mark.parametrize(
    ("code", "municipality", "county", "voivodeship"),
    [
        ("1661011", "Opole", "Opole", "opolskie"),  # city with powiat rights
        ("0213033", "Milicz", "milicki", "dolnośląskie"),  # gmina miejsko-wiejska
        ("1607053", "Nysa", "nyski", "opolskie"),
        ("0800000", None, None, "lubuskie"),  # a voivodeship-level publisher
        ("1607000", None, "nyski", "opolskie"),  # a powiat-level publisher
    ],
)
def test_hierarchy(code: str, municipality: str | None, county: str | None, voivodeship: str) -> None:
    assert places.hierarchy(code) == places.Hierarchy(municipality, county, voivodeship)


@pytest.mark.parametrize(
    ("name", "voivodeship", "county", "code"),
    [
        ("Opole", "opolskie", "Opole", "1661011"),
        ("Milicz", "dolnośląskie", None, "0213033"),
        ("  Nysa ", "Opolskie", None, "1607053"),
        (
            "Bolesławiec",
            "dolnośląskie",
            None,
            None,
        ),  # a gmina miejska and a gmina wiejska: ambiguous
        ("Dobra", "zachodniopomorskie", None, "3218013"),  # three Dobra gminas, one per voivodeship
        ("Nieistniejąca", "opolskie", None, None),
    ],
)
def test_find_gmina(name: str, voivodeship: str, county: str | None, code: str | None) -> None:
    found = places.find_gmina(name, voivodeship, county)
    assert (found.code if found else None) == code


def test_register_size() -> None:
    gminas = [u for code, u in teryt.units().items() if code[4:] != "000" and code[6] in "123"]
    assert len(gminas) == 2479  # GUS, TERYT, stan na 2026-01-01
