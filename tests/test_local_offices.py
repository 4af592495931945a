"""A gmina's or powiat's organ named as the payer is its unit (tests/realtext/README.md, the funder rule).

`office_unit` turns a printed organ into the unit, from the TERYT register only; the funding reader takes the unit
when an organ grants, or calls for grants, in its sentence, and never where EU money is named or another payer is.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conventions import record
from extract.local_offices import office_unit, offices, powiat_seated_in
from extract.places import powiat_adjective

OFFICES = [
    ("Burmistrz Miasta Rumi", "Miasto Rumia"),
    ("Prezydent Miasta Rzeszowa", "Miasto Rzeszów"),
    ("Wójt Gminy Polanka Wielka", "Gmina Polanka Wielka"),  # the name in the nominative after the title
    ("Burmistrz Gminy i Miasta Krajenka", "Gmina i Miasto Krajenka"),
    ("Burmistrz Miasta i Gminy Dobrzyń nad Wisłą", "Miasto i Gmina Dobrzyń nad Wisłą"),
    ("Urząd Miasta Poznania", "Miasto Poznań"),
    ("Rada Gminy Banie", "Gmina Banie"),
    ("Zastępca Wójta Gminy Banie", None),  # a deputy's title in the genitive: not read
    ("Wójt Gminy Banie Jan Kowal", "Gmina Banie"),  # the person's name is not the unit's
    ("Zarząd Powiatu w Lubinie", "Powiat Lubiński"),  # the seat's gmina lies in the powiat
    ("Zarząd Powiatu w Rzeszowie", "Powiat Rzeszowski"),  # the seat is a city with powiat rights
    ("Starostwo Powiatowe w Oświęcimiu", "Powiat Oświęcimski"),
    ("Zarząd Powiatu Oświęcimskiego", "Powiat Oświęcimski"),
    ("Starosta Gryfiński", "Powiat Gryfiński"),
    ("Rada Powiatu Nyskiego", "Powiat Nyski"),
    # not a local organ, or a unit the register does not know
    ("Wójt Gminy", None),
    ("Rada Gminy Xyzowo", None),
    ("Wojewoda Mazowiecki", None),  # state administration: its own canonical payer
    ("Zarząd Województwa Opolskiego", None),  # a voivodeship: the marshal's office (funders.csv)
    ("Starosta Jan Kowal", None),
    ("Gmina Banie", None),  # already a unit
    # the organ and its town in the genitive: the register's gmina ("Miasto" for a city with powiat rights)
    ("Burmistrz Sępopola", "Gmina Sępopol"),
    ("Wójt Rybna Jan Kowal", "Gmina Rybno"),
    ("Prezydent Rzeszowa", "Miasto Rzeszów"),
    ("Wójt Marek Kowal", None),  # a given name, though "Marek" is the genitive of Marki
    ("Burmistrz Jan Kowal", None),
]


@pytest.mark.parametrize(("printed", "unit"), OFFICES, ids=[p for p, _ in OFFICES])
def test_office_unit(printed: str, unit: str | None) -> None:
    assert office_unit(printed) == unit


def test_offices_span_the_title_and_the_name() -> None:
    text = "Konkurs ogłosił Zarząd Powiatu w Lubinie. Wójt Gminy Polanka Wielka, działając na podstawie ustawy."
    assert [(text[s:e], unit) for s, e, unit in offices(text)] == [
        ("Zarząd Powiatu w Lubinie", "Powiat Lubiński"),
        ("Wójt Gminy Polanka Wielka", "Gmina Polanka Wielka"),
    ]


@given(st.text(max_size=80))
def test_office_unit_never_fails(text: str) -> None:
    unit = office_unit(text)
    assert unit is None or unit.split()[0] in ("Gmina", "Miasto", "Powiat")


# (passage, funder): the organ grants or calls for grants in its sentence; near misses keep their own payer or none
FUNDERS = [
    (
        "Burmistrz Gminy i Miasta Krajenka podaje do wiadomości, że Stowarzyszeniu Ogrodowemu przyznano dotację w "
        "kwocie 10.000,00 zł na zakup pompy.",
        "Gmina i Miasto Krajenka",
    ),
    (
        "Konkurs ofert dla organizacji pozarządowych ogłosił Zarząd Powiatu w Lubinie. Na zadania przeznaczono "
        "250 tysięcy złotych.",
        "Powiat Lubiński",
    ),
    (
        "Wójt Gminy Polanka Wielka, działając na podstawie ustawy o samorządzie gminnym, zarządza:\n\n§ 1\nDla "
        "klubu LKS Strumień przyznaję dotację w wysokości 45.000,- zł na szkolenie sportowe.",
        "Gmina Polanka Wielka",
    ),
    (
        "Prezydent Miasta Rzeszowa ogłasza otwarty konkurs ofert na zadanie publiczne z zakresu rewitalizacji. "
        "Na realizację zadania przeznacza się 60 000 zł.",
        "Miasto Rzeszów",
    ),
    # near misses
    (
        "Burmistrz Miasta Rumi ogłasza przetarg nieograniczony na przebudowę ulicy Dębogórskiej.",
        None,  # a tender: no grant
    ),
    (
        "Wójt Gminy Banie ogłasza nabór wniosków o dotacje ze środków Unii Europejskiej na odnawialne źródła energii.",
        None,  # EU money: the call's authority does not pay
    ),
    (
        "Gmina Banie otrzymała dotację na remont świetlicy. Wójt Gminy Banie podziękował radnym za wsparcie.",
        None,  # the organ does not grant
    ),
    (
        "Wojewoda Zachodniopomorski przyznał dotację na usuwanie skutków klęski. Wójt Gminy Banie odebrał promesę.",
        "Wojewoda Zachodniopomorski",  # a named payer wins
    ),
]


@pytest.mark.parametrize(("text", "funder"), FUNDERS, ids=[t[:40] for t, _ in FUNDERS])
def test_local_organ_as_funder(text: str, funder: str | None) -> None:
    assert record(text).funding.funder == funder


# (passage, beneficiary): a unit whose organ signs the funding agreement is the beneficiary (the README's rule);
# near misses: an organ in another sentence or clause than the signing, a works contract's signer is still its unit
BENEFICIARIES = [
    (
        "Starosta Gryfiński podpisał umowę o dofinansowanie zadania z Wojewodą Zachodniopomorskim. Dotacja wynosi "
        "1 000 000 zł.",
        "Powiat Gryfiński",
    ),
    (
        "Zarząd Powiatu w Lubinie zawarł umowę o dofinansowanie projektu z Urzędem Marszałkowskim.",
        "Powiat Lubiński",
    ),
    (
        "Umowę o dofinansowanie budowy drogi podpisał Burmistrz Miasta i Gminy Dobrzyń nad Wisłą.",
        "Miasto i Gmina Dobrzyń nad Wisłą",
    ),
    (
        "Zarząd Powiatu w Lubinie otrzymał dotację w wysokości 200 000 zł na remont drogi.",
        "Powiat Lubiński",  # the powiat by its name, not "Powiat w Lubinie"
    ),
    (
        "Starosta Miński spotkał się z wójtami z powiatu. Podpisano wtedy umowy z Samorządem Województwa o "
        "dofinansowanie remontów strażnic; gminę Dobre reprezentował Wójt Gminy Dobre.",
        "Gmina Dobre",  # the starosta only met them: the signing is another sentence's
    ),
]


@pytest.mark.parametrize(("text", "beneficiary"), BENEFICIARIES, ids=[t[:40] for t, _ in BENEFICIARIES])
def test_signing_organ_as_beneficiary(text: str, beneficiary: str | None) -> None:
    found = record(text).beneficiary
    assert (found.name if found else None) == beneficiary


@pytest.mark.parametrize(
    ("locative", "powiat"),
    [
        ("Lubinie", "Powiat Lubiński"),
        ("Oświęcimiu", "Powiat Oświęcimski"),
        ("Rzeszowie", "Powiat Rzeszowski"),
        # cities with powiat rights, from the one seat table the grouping uses too (RURAL_POWIAT_SEATS)
        ("Lublinie", "Powiat Lubelski"),
        ("Nowym Sączu", "Powiat Nowosądecki"),
        ("Jeleniej Górze", "Powiat Karkonoski"),
        ("Gdańsku", None),  # seats no powiat (powiat gdański sits in Pruszcz Gdański)
        ("Szczecinie", None),  # not powiat szczecinecki
        ("Warszawie", None),  # not powiat warszawski zachodni
        ("Xyzowie", None),
        ("", None),
    ],
)
def test_powiat_seated_in(locative: str, powiat: str | None) -> None:
    assert powiat_seated_in(locative) == powiat


@pytest.mark.parametrize(
    ("printed", "nominative"),
    [
        ("gryfińskiego", "gryfiński"),
        ("Gryfiński", "gryfiński"),
        ("oświęcimskiemu", "oświęcimski"),
        ("zielonogórskim", "zielonogórski"),
        ("gryfińska", None),
        ("Kowalskiego", None),
    ],
)
def test_powiat_adjective_in_any_case(printed: str, nominative: str | None) -> None:
    assert powiat_adjective(printed) == nominative
