"""Where the item happens (extract.locations): explicit cues only, never an institution's or the publisher's seat."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.locations import find_location
from extract.model import Location

MILICZ = Location(municipality="Milicz", teryt="0213033")
NYSA = Location(municipality="Nysa", teryt="1607053")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a unit after "na terenie" / "realizowany w"
        ("Na terenie Gminy Milicz w/w badanie przeprowadzali pracownicy socjalni.", MILICZ),  # seed 004
        ("Projekt realizowany jest na terenie gminy Nysa.", NYSA),
        ("Zadanie będzie realizowane w gminie Nysa.", NYSA),
        ("Program realizowany w Gminie Milicz w latach 2019-2021.", MILICZ),
        ("na terenie Miasta Opola", Location(municipality="Opole", teryt="1661011")),
        ("na terenie Miasta i Gminy Nysa", NYSA),
        ("Inwestycja na terenie Gminy Kędzierzyn - Koźle.", Location(municipality="Kędzierzyn-Koźle", teryt="1603011")),
        ("na terenie powiatu nyskiego", Location(county="nyski", teryt="1607000")),
        ("na terenie województwa opolskiego", Location(voivodeship="opolskie", teryt="1600000")),
        # a place after "w miejscowości": as printed, not mapped without the publisher's county
        ("Przebudowa drogi w miejscowości Próbkowice Górne.", Location(place="Próbkowice Górne")),
        ("W miejscowości Jaworek   Mały nastąpi zamknięcie drogi.", Location(place="Jaworek Mały")),
        ("w miejscowości Sułów", Location(place="Sułów")),  # a village of gmina Milicz, and a gmina in lubelskie
        # the same place twice is one location
        ("Na terenie Gminy Milicz… Projekt realizowany w gminie Milicz.", MILICZ),
        # negatives: a seat, a bare "w gminie", no name, a name the unit does not end, several places
        ("Ośrodek Pomocy Społecznej w Nysie zaprasza.", None),
        ("Urząd Miasta Opola informuje.", None),
        ("Ferie zimowe w Gminie Wzorowo", None),
        ("program wsparcia rodzin w mieście Opolu realizowany jest w ramach RPO WO 2014-2020", None),  # um-opole
        ("dostęp do usług asystenta rodziny w gminie oraz koordynatora", None),  # nasza-nysa
        ("na terenie naszej gminy", None),
        ("na terenie gminy oraz powiatu", None),
        ("na terenie Gminy Nowe Testowo", None),  # not the gmina Nowe
        ("na terenie Gminy Makietów", None),  # unknown
        ("na terenie Gminy Milicz i Gminy Krośnice", None),
        ("na terenie powiatów nyskiego i prudnickiego", None),
        ("na terenie Gminy Milicz oraz w miejscowości Sułów", None),
        ("w miejscowościach Sułów i Milicz", None),
        # a place only in the title or the lead: further down it is often one item of many
        ("Sesja Rady Gminy\n\nPorządek obrad:\n\nnadanie nazwy ulicy w miejscowości Wierzbno Małe.", None),
        ("Przebudowa drogi w miejscowości Wzorki\n\nZakończono prace.\n\nOdbiór.", Location(place="Wzorki")),
        ("Droga\n\nZakończono prace w miejscowości Wzorki.\n\nOdbiór.", Location(place="Wzorki")),
        # a unit is read anywhere
        ("Badanie\n\nWstęp.\n\nNa terenie Gminy Milicz badanie przeprowadzali pracownicy.", MILICZ),
        ("", None),
    ],
)
def test_location(text: str, location: Location | None) -> None:
    assert find_location(text) == location


@pytest.mark.parametrize(
    ("text", "county", "location"),
    [
        ("w miejscowości Milicz", "milicki", Location(place="Milicz", municipality="Milicz", teryt="0213033")),
        ("w miejscowości Sułów", "milicki", Location(place="Sułów")),  # no gmina Sułów in powiat milicki
        ("w miejscowości Nysa", "milicki", Location(place="Nysa")),
        ("w miejscowości Opole", "Opole", Location(place="Opole", municipality="Opole", teryt="1661011")),
        ("na terenie Gminy Milicz", "nyski", MILICZ),  # the county only maps places, never units
    ],
)
def test_a_place_is_mapped_only_inside_the_publishers_county(text: str, county: str, location: Location | None) -> None:
    assert find_location(text, county=county) == location


@given(st.text(max_size=400), st.sampled_from([None, "milicki", "Opole", "nie-ma-takiego"]))
def test_never_raises(text: str, county: str | None) -> None:
    found = find_location(text, county=county)
    if found is not None:
        assert found.teryt is None or re.fullmatch(r"\d{7}", found.teryt)
        assert found.place or found.teryt


@given(
    st.sampled_from(["na terenie", "realizowany w", "realizowane jest na terenie", "Projekt realizowany będzie w"]),
    st.sampled_from([("Gminy Milicz", MILICZ), ("gminie Milicz", MILICZ), ("Gminie Nysa", NYSA), ("gminy Nysa", NYSA)]),
    st.sampled_from(["", ".", " w 2024 r.", ", dla mieszkańców"]),
)
def test_every_cue_reads_the_unit(cue: str, unit: tuple[str, Location], tail: str) -> None:
    name, location = unit
    if cue.endswith(" w") and not name.lower().startswith("gminie"):
        return  # "realizowany w gminy" is not Polish
    assert find_location(f"{cue} {name}{tail}") == location
