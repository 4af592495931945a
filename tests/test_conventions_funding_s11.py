"""Who pays and which programme, session s11 of issue 13: the payer and programme classes of tune5's misses.

Each row is a short passage invented for this file (reworded; names, numbers and cues kept as the real forms print
them), labelled by tests/realtext/README.md; the last column names the rule or the real pages' form it stands for
and "near-miss" marks a form that must keep its answer.
"""

from __future__ import annotations

import pytest

from extract.funding import find_funding
from extract.local_offices import offices
from extract.org_names import org_run

FUNDERS = [
    # A state fund named as the frame the money comes in is the source (README, fifth round: "w ramach Funduszu
    # Ochrony Gruntów Rolnych"); mops.rumia.pl, bądkowo.pl
    (
        "Program, realizowany w ramach Funduszu Solidarnościowego, wspiera opiekunów osób z niepełnosprawnościami. "
        "Program „Opieka wytchnieniowa” to dotacja dla gmin.",
        "Fundusz Solidarnościowy",
        "'realizowany w ramach Funduszu Solidarnościowego' beats the row's ministry",
    ),
    (
        "Drogę dojazdową do pól przebudowano w ramach Funduszu Ochrony Gruntów Rolnych, dofinansowanie wyniosło 80 "
        "tys. zł.",
        "Fundusz Ochrony Gruntów Rolnych",
        "'w ramach Funduszu Ochrony Gruntów Rolnych'",
    ),
    (
        "Program jest realizowany w ramach państwowego funduszu celowego – Fundusz Solidarnościowy.",
        "Fundusz Solidarnościowy",
        "'w ramach państwowego funduszu celowego – Fundusz X'",
    ),
    (
        "Gmina złożyła wniosek w ramach Rządowego Funduszu Inwestycji Lokalnych i dostała 2 mln zł.",
        "Fundusz Przeciwdziałania COVID-19",
        "near-miss: a fund that is a programme's name (an umbrella of calls) keeps its row's payer",
    ),
    (
        "Mikroprojekt dofinansowano w ramach Funduszu Małych Projektów Interreg Polska-Saksonia 2014-2022.",
        None,
        "near-miss: an EU programme's small projects' fund is no state fund",
    ),
    # The information card of a task paid from a state fund (the 2021 regulation's form): "…z państwowych funduszy
    # celowych: Fundusz X" (pcpr.monki.pl)
    (
        "Zadanie opłacane lub dofinansowane z budżetu państwa albo z państwowych funduszy celowych: Fundusz "
        "Solidarnościowy. Program MRPiPS „Asystent osobisty osoby z niepełnosprawnością” – edycja 2025.",
        "Fundusz Solidarnościowy",
        "'z państwowych funduszy celowych: Fundusz X' beats the programme's author",
    ),
    # What a grant is for is not who gives it: "dofinansowanie na X" (radiomaryja.pl)
    (
        "Gminy mogą składać wnioski o dofinansowanie na utworzenie CUS-ów\n\nRuszył nabór wniosków gmin.",
        None,
        "near-miss: 'dofinansowanie na utworzenie CUS-ów' and a headline's end",
    ),
    (
        "Gmina dostała dotację na remont Szkoły Podstawowej w Bieli.",
        None,
        "near-miss: 'dotację na remont Szkoły …': the thing funded",
    ),
    (
        "Pieniądze na projekt pochodzą od Fundacji Wspólna Droga.",
        "Fundacja Wspólna Droga",
        "'na projekt pochodzą od': the giver after 'pochodzą'",
    ),
    # A gmina's head named by the place in the genitive ("Burmistrz Dzierzgonia", "Prezydent Skierniewic") acts for
    # the unit (README, funder rule), and an organ that settles or gives the results of its open call pays
    # (bip.dzierzgon.pl, psmk.org.pl)
    (
        "Burmistrz Dzierzgonia podaje wyniki otwartego konkursu na realizację zadań publicznych w roku 2015. "
        "Stowarzyszeniu przyznano 5.000,00 zł.",
        "Gmina Dzierzgoń",
        "'Burmistrz Dzierzgonia podaje wyniki otwartego konkursu'",
    ),
    (
        "Prezydent Miasta Skierniewice rozstrzygnął konkurs dla organizacji pozarządowych działających m.in. w "
        "kulturze. W efekcie dostaliśmy dofinansowanie w kwocie 20 000 zł.",
        "Miasto Skierniewice",
        "'rozstrzygnął konkurs', the grant in the next sentence",
    ),
    (
        "Prezydent Skierniewic rozstrzygnął otwarty konkurs na realizację zadań publicznych z zakresu sportu.",
        "Miasto Skierniewice",
        "'Prezydent Skierniewic' (a city with powiat rights) 'rozstrzygnął otwarty konkurs'",
    ),
    (
        "Wójt Kościeliska rozstrzygnął konkurs fotograficzny. Laureaci dostali aparaty.",
        None,
        "near-miss: a contest with no grant",
    ),
    (
        "Burmistrz Dzierzgonia ogłosił wyniki konkursu na logo gminy. Zwycięzca dostał nagrodę rzeczową.",
        None,
        "near-miss: results of a contest that grants no money",
    ),
]


@pytest.mark.parametrize(("text", "funder", "source"), FUNDERS, ids=[row[2][:60] for row in FUNDERS])
def test_who_pays(text: str, funder: str | None, source: str) -> None:
    assert find_funding(text)[0].funder == funder


OFFICES = [
    ("Burmistrz Dzierzgonia podaje", "Burmistrz Dzierzgonia", "Gmina Dzierzgoń"),  # an urban-rural gmina
    ("Burmistrz Łowicza ogłosił", "Burmistrz Łowicza", "Miasto Łowicz"),  # an urban gmina: the town
    ("Prezydent Gdańska Aleksandra Dulkiewicz", "Prezydent Gdańska", "Miasto Gdańsk"),  # a city with powiat rights
    ("Wójt Kościeliska Roman Krupa", "Wójt Kościeliska", "Gmina Kościelisko"),
    ("Wójt Łowicza ogłosił", "Wójt Łowicza", "Gmina Łowicz"),  # the rural gmina of the same name
]
NOT_OFFICES = [
    "Wójt Marek Wolszczak podpisał umowę",  # a given name, though "Marek" is the genitive of Marki
    "Burmistrz Jan Nowak",
    "Zastępca Burmistrza Dzierzgonia",  # a deputy's title in the genitive
    "Burmistrz Xyzowa",  # no gmina of the register
]


@pytest.mark.parametrize(("text", "printed", "unit"), OFFICES)
def test_head_by_place_in_genitive(text: str, printed: str, unit: str) -> None:
    assert [(text[a:b], found) for a, b, found in offices(text)] == [(printed, unit)]


@pytest.mark.parametrize("text", NOT_OFFICES)
def test_head_by_place_near_miss(text: str) -> None:
    assert offices(text) == []


def test_a_name_ends_at_a_blank_line() -> None:
    text = "na utworzenie CUS-ów\n\nRuszył nabór"
    run = org_run(text, text.index("CUS"))
    assert run is not None and run.text == "CUS-ów"
    wrapped = "Stowarzyszenie Przyjaciół\nZiemi Kłodzkiej"  # a line wrapped inside a name still joins
    run = org_run(wrapped)
    assert run is not None and run.text.split() == ["Stowarzyszenie", "Przyjaciół", "Ziemi", "Kłodzkiej"]
