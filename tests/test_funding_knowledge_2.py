"""The second round of funding knowledge (issue 13): programmes and payers that municipal, school, library and NGO
pages name, read in the case forms pages print, with the payer each row implies, and not in the ordinary phrases
that look like them.  Sentences are written for these tests."""

from __future__ import annotations

import re

import pytest

from extract.funding import find_funding
from extract.funding_aliases import fold
from extract.funding_tables import programme_aliases, programmes, read_csv

MKIDN = "Ministerstwo Kultury i Dziedzictwa Narodowego"
MSIT = "Ministerstwo Sportu i Turystyki"
MSWIA = "Ministerstwo Spraw Wewnętrznych i Administracji"
PAFW = "Polsko-Amerykańska Fundacja Wolności"
BGK_FOUNDATION = "Fundacja Banku Gospodarstwa Krajowego im. J. K. Steczkowskiego"

# Every row of this round, so that a row cannot silently disappear; each names the public page it rests on.
ROUND_2 = [
    "SAPARD",
    "Phare",
    "Europejski Korpus Solidarności",
    "FAMI 2014-2020",
    "FAMI 2021-2027",
    "CEF",
    "Program Kultura",
    "Program Rozwój Lokalny",
    "Obywatele dla Demokracji",
    "Interreg VI-A Meklemburgia-Pomorze Przednie/Brandenburgia/Polska",
    "Strzelnica w powiecie",
    "Wdzięczni Bohaterom – świąteczne wsparcie",
    "Szatnia na medal",
    "Aktywna Szkoła",
    "Program Wsparcia i Rozwoju Lig Amatorskich",
    "Szkolny Klub Sportowy",
    "Sport Wszystkich Dzieci",
    "Sport dla Wszystkich",
    "Program Modernizacji Infrastruktury Sportowej",
    "Program rozwoju ponadlokalnej infrastruktury sportowej",
    "Program rozwoju infrastruktury sportowej w województwach",
    "Program Ochrony Ludności i Obrony Cywilnej",
    "Narodowy Program Przebudowy Dróg Lokalnych",
    "Program integracji społecznej i obywatelskiej Romów w Polsce",
    "Program integracji społeczności romskiej w Polsce",
    "Rządowy Program Wsparcia Rozwoju Organizacji Harcerskich i Skautowych",
    "Narodowy Program Ochrony Zdrowia Psychicznego",
    "Poakcesyjny Program Wsparcia Obszarów Wiejskich",
    "Samodzielność – Aktywność – Mobilność!",
    "Absolwent II",
    "Wspieranie działań muzealnych",
    "Ochrona dziedzictwa kulturowego za granicą",
    "Ochrona zabytków archeologicznych",
    "Miejsca Pamięci Narodowej za Granicą",
    "Badanie polskich strat wojennych",
    "Infrastruktura szkolnictwa artystycznego",
    "Promocja kultury polskiej za granicą",
    "Kultura cyfrowa",
    "Rozwój sektorów kreatywnych",
    "Wspieranie archiwów, bibliotek i muzeów poza krajem",
    "Promesa Ministra Kultury i Dziedzictwa Narodowego",
    "Muzyczny ślad",
    "Teatr i Taniec",
    "Sztuki wizualne",
    "Wydarzenia artystyczne dla dzieci i młodzieży",
    "Wydarzenia artystyczne",
    "Zamówienia kompozytorskie",
    "Partnerstwo dla książki",
    "Edukacja artystyczna",
    "Narodowa Kolekcja Sztuki Współczesnej",
    "Regionalne kolekcje sztuki współczesnej",
    "Kolekcje muzealne",
    "Edukacja medialna i informacyjna",
    "Ochrona i cyfryzacja dziedzictwa kulturowego",
    "Obserwatorium kultury",
    "Promocja literatury i czytelnictwa",
    "Ojczysty – dodaj do ulubionych",
    "Chrzest966",
    "Rozbudowa zbiorów muzealnych",
    "Potańcówki Wiejskie",
    "Równać Szanse",
    "Program Rozwoju Bibliotek",
    "Fundusz Pomocowy dla Organizacji Pozarządowych oraz Inicjatyw Obywatelskich 2020",
    "Fundusz Pomocowy dla Organizacji Pozarządowych oraz Inicjatyw Obywatelskich 2021",
    "Fundusz Pomocowy dla Organizacji Pozarządowych oraz Inicjatyw Obywatelskich 2022-2023",
    "Moja Mała Ojczyzna",
    "Z Fundacją PZU po lekcjach",
    "Fundacja PZU z Kulturą",
    "Młodzi niepełnosprawni – sprawni z Fundacją PZU",
    "Rozgrzewamy Polskie Serca",
    "Mały Strażak",
    "Zielona Pracownia",
    "Zielony Transport Publiczny",
    "GEPARD – Bezemisyjny transport publiczny",
    "Mazowsze dla kół gospodyń wiejskich",
    "Mazowiecki Instrument Wsparcia Ochrony Powietrza i Mikroklimatu",
    "Małe Granty Sołeckie Marszałka Województwa Warmińsko-Mazurskiego",
    "Program Odnowy Wsi Województwa Warmińsko-Mazurskiego",
    "Granty Sołeckie",
    "Aktywne Sołectwo Pomorskie",
    "Odnowa wsi świętokrzyskiej",
]
ROUND_2_PAYERS = [
    BGK_FOUNDATION,
    "Fundacja PZU",
    "Fundacja KGHM Polska Miedź",
    "Fundacja PGNiG im. Ignacego Łukasiewicza",
    "Fundacja PGE",
    "Fundacja LOTOS",
    "Rządowa Agencja Rezerw Strategicznych",
    "Agencja Mienia Wojskowego",
    "Narodowy Instytut Muzeów",
    "Ministerstwo Administracji i Cyfryzacji",
    "Krajowy Fundusz Szkoleniowy",
    "Urząd do Spraw Kombatantów i Osób Represjonowanych",
    "Narodowy Instytut Kultury i Dziedzictwa Wsi",
]


@pytest.mark.parametrize("name", ROUND_2)
def test_each_row_of_the_round_is_in_the_table_with_its_source_page(name: str) -> None:
    row = next(r for r in read_csv("programmes.csv") if r["programme"] == name)
    assert re.search(r"https?://\S+\.\S+", row["source"]), name


@pytest.mark.parametrize("name", ROUND_2_PAYERS)
def test_each_payer_of_the_round_is_in_the_table_with_its_source_page(name: str) -> None:
    row = next(r for r in read_csv("funders.csv") if r["funder"] == name)
    assert re.search(r"https?://\S+\.\S+", row["note"]), name


def test_no_alias_matches_inside_another_programmes_name() -> None:
    """A programme's printed name is read as itself, never as a shorter name hidden in it."""
    aliases = programme_aliases()
    for name in programmes():
        for start, end, keys in aliases.scan(name, fold(name)):
            assert name in keys, (name, name[start:end], keys)


PROGRAMMES = [
    # (text, programme, funder): national and foreign programmes in the case forms pages print
    ("Projekt dofinansowano ze środków programu SAPARD.", "SAPARD", None),
    ("Kanalizację zbudowano w 2003 r. z Phare.", "Phare", None),
    ("Stowarzyszenie gości wolontariuszy Europejskiego Korpusu Solidarności.", "Europejski Korpus Solidarności", None),
    ("Projekt współfinansowany z Programu Krajowego Funduszu Azylu, Migracji i Integracji.", "FAMI 2021-2027", None),
    ("Projekt współfinansowany z Funduszu Azylu, Migracji i Integracji 2014-2020.", "FAMI 2014-2020", None),
    ("Węzeł przesiadkowy powstał z Instrumentu „Łącząc Europę”.", "CEF", None),
    ("Zamek odnowiono w ramach Programu Kultura finansowanego z Funduszy EOG.", "Program Kultura", None),
    ("Rynek przebudowano z Programu „Rozwój lokalny” Funduszy norweskich i EOG.", "Program Rozwój Lokalny", None),
    ("Raport powstał w ramach programu Obywatele dla Demokracji.", "Obywatele dla Demokracji", None),
    (
        "Festiwal wsparł Interreg VI A Meklemburgia-Pomorze Przednie/Brandenburgia/Polska 2021-2027.",
        "Interreg VI-A Meklemburgia-Pomorze Przednie/Brandenburgia/Polska",
        None,
    ),
    (
        "Powiat zbudował strzelnicę w ramach programu „Strzelnica w powiecie”.",
        "Strzelnica w powiecie",
        "Ministerstwo Obrony Narodowej",
    ),
    ("Szkoła dołączyła do programu Szkolny Klub Sportowy.", "Szkolny Klub Sportowy", MSIT),
    ("Związek dostał dotację w Programie Sport Wszystkich Dzieci.", "Sport Wszystkich Dzieci", MSIT),
    ("Orlik otwarto po południu dzięki programowi Aktywna Szkoła.", "Aktywna Szkoła", MSIT),
    (
        "Stadion wyremontowano z Programu Modernizacji Infrastruktury Sportowej.",
        "Program Modernizacji Infrastruktury Sportowej",
        MSIT,
    ),
    (
        "Gmina kupiła agregaty z Programu Ochrony Ludności i Obrony Cywilnej.",
        "Program Ochrony Ludności i Obrony Cywilnej",
        MSWIA,
    ),
    ("Drogę przebudowano w ramach tzw. schetynówki.", "Narodowy Program Przebudowy Dróg Lokalnych", None),
    (
        "Szkoła zatrudniła asystenta z Programu integracji społecznej i obywatelskiej Romów w Polsce 2021-2030.",
        "Program integracji społecznej i obywatelskiej Romów w Polsce",
        MSWIA,
    ),
    (
        "Hufiec dostał dotację z Rządowego Programu Wsparcia Rozwoju Organizacji Harcerskich i Skautowych.",
        "Rządowy Program Wsparcia Rozwoju Organizacji Harcerskich i Skautowych",
        "Narodowy Instytut Wolności - Centrum Rozwoju Społeczeństwa Obywatelskiego",
    ),
    (
        "Gmina realizuje zadania Narodowego Programu Ochrony Zdrowia Psychicznego.",
        "Narodowy Program Ochrony Zdrowia Psychicznego",
        "Ministerstwo Zdrowia",
    ),
    (
        "Mieszkanie treningowe powstało z pakietu „Samodzielność – Aktywność – Mobilność!”.",
        "Samodzielność – Aktywność – Mobilność!",
        "PFRON",
    ),
    # the Minister of Culture's programmes: after "program", in any case form
    ("Muzeum dostało dotację w programie Wspieranie działań muzealnych.", "Wspieranie działań muzealnych", MKIDN),
    (
        "Wykopaliska sfinansowano z programu Ochrona zabytków archeologicznych.",
        "Ochrona zabytków archeologicznych",
        MKIDN,
    ),
    ("Koncert zamówiono w programie Zamówienia kompozytorskie.", "Zamówienia kompozytorskie", MKIDN),
    ("Biblioteka działa w programie Partnerstwo dla książki.", "Partnerstwo dla książki", MKIDN),
    (
        "Festiwal dla dzieci dofinansował program Wydarzenia artystyczne dla dzieci i młodzieży.",
        "Wydarzenia artystyczne dla dzieci i młodzieży",
        MKIDN,
    ),
    ("Cyfrowe archiwum powstało z programu Kultura cyfrowa.", "Kultura cyfrowa", MKIDN),
    (
        "Teatr otrzymał Promesę Ministra Kultury i Dziedzictwa Narodowego.",
        "Promesa Ministra Kultury i Dziedzictwa Narodowego",
        MKIDN,
    ),
    (
        "Warsztaty językowe sfinansowano z programu Ojczysty – dodaj do ulubionych.",
        "Ojczysty – dodaj do ulubionych",
        "Narodowe Centrum Kultury",
    ),
    (
        "Koło zorganizowało zabawę z programu Potańcówki Wiejskie.",
        "Potańcówki Wiejskie",
        "Narodowy Instytut Kultury i Dziedzictwa Wsi",
    ),
    (
        "Muzeum kupiło obraz w programie Rozbudowa zbiorów muzealnych.",
        "Rozbudowa zbiorów muzealnych",
        "Narodowy Instytut Muzeów",
    ),
    # foundations' programmes
    ("Biblioteka wygrała grant w programie Równać Szanse.", "Równać Szanse", PAFW),
    ("Biblioteki dostały komputery z Programu Rozwoju Bibliotek.", "Program Rozwoju Bibliotek", PAFW),
    ("Sołectwo wygrało konkurs grantowy Moja Mała Ojczyzna.", "Moja Mała Ojczyzna", BGK_FOUNDATION),
    (
        "Stowarzyszenie dostało dotację w konkursie Z Fundacją PZU po lekcjach.",
        "Z Fundacją PZU po lekcjach",
        "Fundacja PZU",
    ),
    ("Wyjazd do opery sfinansowano z konkursu „PZU z kulturą”.", "Fundacja PZU z Kulturą", "Fundacja PZU"),
    (
        "Koncert powstał dzięki programowi Rozgrzewamy Polskie Serca.",
        "Rozgrzewamy Polskie Serca",
        "Fundacja PGNiG im. Ignacego Łukasiewicza",
    ),
    # environment funds
    ("Autobusy elektryczne kupiono z programu Zielony Transport Publiczny.", "Zielony Transport Publiczny", "NFOŚiGW"),
    ("Druhowie kupili hełmy w programie Mały Strażak WFOŚiGW w Olsztynie.", "Mały Strażak", "WFOŚiGW w Olsztynie"),
    ("Pracownię przyrodniczą urządzono w konkursie Zielona Pracownia.", "Zielona Pracownia", "WFOŚiGW"),
    ("Szkoła otworzyła Zieloną Pracownię z dotacją WFOŚiGW w Katowicach.", None, "WFOŚiGW w Katowicach"),
    # voivodeships' programmes
    (
        "Koło dostało 5 tys. zł z programu „Mazowsze dla kół gospodyń wiejskich”.",
        "Mazowsze dla kół gospodyń wiejskich",
        "Urząd Marszałkowski Województwa Mazowieckiego",
    ),
    (
        "Gmina wymieniła piece w ramach Mazowieckiego Instrumentu Wsparcia Ochrony Powietrza i Mikroklimatu.",
        "Mazowiecki Instrument Wsparcia Ochrony Powietrza i Mikroklimatu",
        "Urząd Marszałkowski Województwa Mazowieckiego",
    ),
    (
        "Altanę w Rybnie zbudowano z Małych Grantów Sołeckich Marszałka Województwa Warmińsko-Mazurskiego.",
        "Małe Granty Sołeckie Marszałka Województwa Warmińsko-Mazurskiego",
        "Urząd Marszałkowski Województwa Warmińsko-Mazurskiego",
    ),
    (
        "Sołectwo z województwa zachodniopomorskiego zdobyło 10 tys. zł w konkursie Granty Sołeckie.",
        "Granty Sołeckie",
        "Urząd Marszałkowski Województwa Zachodniopomorskiego",
    ),
    (
        "Wieś dostała stroje z konkursu Odnowa wsi świętokrzyskiej 2017.",
        "Odnowa wsi świętokrzyskiej",
        "Urząd Marszałkowski Województwa Świętokrzyskiego",
    ),
]


@pytest.mark.parametrize(("text", "programme", "funder"), PROGRAMMES)
def test_programmes_of_the_round_with_the_payer_they_imply(
    text: str, programme: str | None, funder: str | None
) -> None:
    found, _ = find_funding(text)
    assert (found.programme, found.funder) == (programme, funder)


PAYER_BY_YEARS = [
    # (text, funder): one programme name whose payer changed over the years
    (
        "Gmina wyremontowała szatnię w programie „Szatnia na medal” w 2019 roku.",
        "Urząd Marszałkowski Województwa Wielkopolskiego",
    ),
    ("Klub zbuduje szatnię z programu Szatnia na medal w 2026 roku.", MSIT),
    (
        "W 2014 r. szkoła dostała dotację z Programu integracji społeczności romskiej w Polsce.",
        "Ministerstwo Administracji i Cyfryzacji",
    ),
    ("W 2018 r. szkoła dostała dotację z Programu integracji społeczności romskiej w Polsce.", MSWIA),
    # the editions of a yearly programme: the years printed choose the row
    (
        "Stowarzyszenie dostało w 2021 roku grant z Funduszu Pomocowego dla Organizacji Pozarządowych oraz Inicjatyw Obywatelskich.",  # noqa: E501
        PAFW,
    ),
]


@pytest.mark.parametrize(("text", "funder"), PAYER_BY_YEARS)
def test_the_payer_of_the_years_printed(text: str, funder: str) -> None:
    found, _ = find_funding(text)
    assert found.funder == funder


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("Grant z Funduszu Pomocowego dla Organizacji Pozarządowych oraz Inicjatyw Obywatelskich w 2020 r.", "2020"),
        ("Grant z Funduszu Pomocowego dla Organizacji Pozarządowych oraz Inicjatyw Obywatelskich w 2021 r.", "2021"),
        (
            "Grant z Funduszu Pomocowego dla Organizacji Pozarządowych oraz Inicjatyw Obywatelskich 2022-2023.",
            "2022-2023",
        ),
    ],
)
def test_the_edition_of_the_aid_fund_follows_the_years(text: str, programme: str) -> None:
    found, _ = find_funding(text)
    assert found.programme == f"Fundusz Pomocowy dla Organizacji Pozarządowych oraz Inicjatyw Obywatelskich {programme}"


PAYERS = [
    # (text, funder): each payer in the case forms pages print
    ("Fundacja PZU przyznała stowarzyszeniu dotację na wyjazd.", "Fundacja PZU"),
    ("Wyjazd sfinansowano ze środków Fundacji PZU.", "Fundacja PZU"),
    ("Dotację przyznała Fundacja BGK.", BGK_FOUNDATION),
    ("Plac zabaw powstał dzięki dotacji Fundacji Banku Gospodarstwa Krajowego.", BGK_FOUNDATION),
    ("Parafia dostała darowiznę od Fundacji KGHM Polska Miedź na remont dachu.", "Fundacja KGHM Polska Miedź"),
    ("Dofinansowanie przekazała Fundacja PGNiG im. Ignacego Łukasiewicza.", "Fundacja PGNiG im. Ignacego Łukasiewicza"),
    ("Dotację na sprzęt dla szpitala przekazała Fundacja PGE.", "Fundacja PGE"),
    ("Pomnik odsłonięto dzięki dofinansowaniu Fundacji LOTOS.", "Fundacja LOTOS"),
    ("Grant przyznała Fundacja PKN Orlen.", "Fundacja ORLEN"),
    ("Rządowa Agencja Rezerw Strategicznych przekazała gminie agregaty.", "Rządowa Agencja Rezerw Strategicznych"),
    ("Agencja Rezerw Materiałowych przekazała gminie worki na piasek.", "Rządowa Agencja Rezerw Strategicznych"),
    ("Samochód strażacki gmina otrzymała od Agencji Mienia Wojskowego.", "Agencja Mienia Wojskowego"),
    ("Szkolenie pracowników sfinansowano ze środków Krajowego Funduszu Szkoleniowego.", "Krajowy Fundusz Szkoleniowy"),
    (
        "Dotację na rajd przyznał Urząd do Spraw Kombatantów i Osób Represjonowanych.",
        "Urząd do Spraw Kombatantów i Osób Represjonowanych",
    ),
    ("Dotację przyznał Narodowy Instytut Muzealnictwa i Ochrony Zbiorów.", "Narodowy Instytut Muzeów"),
    (
        "Dotację na warsztaty przyznał Narodowy Instytut Kultury i Dziedzictwa Wsi.",
        "Narodowy Instytut Kultury i Dziedzictwa Wsi",
    ),
    ("Dotację przyznało Ministerstwo Administracji i Cyfryzacji.", "Ministerstwo Administracji i Cyfryzacji"),
    ("Parafia dostała dotację z Funduszu Kościelnego na remont dachu.", MSWIA),
]


@pytest.mark.parametrize(("text", "funder"), PAYERS)
def test_payers_of_the_round(text: str, funder: str) -> None:
    found, _ = find_funding(text)
    assert found.funder == funder


NEAR_MISSES = [
    # (text, what must not be read): ordinary phrases and look-alike names
    ("Moja mała ojczyzna to Kaszuby; dotację dała gmina.", "Moja Mała Ojczyzna"),
    ("Program kultury gminy przyjęła rada; dotację dała gmina.", "Program Kultura"),
    ("Teatr dostał dotację z programu Kultura Dostępna.", "Program Kultura"),
    ("Chrzest 966 roku wspominano na lekcji; dotację dała gmina.", "Chrzest966"),
    ("Wolontariusze działają w Korpusie Solidarności.", "Europejski Korpus Solidarności"),
    ("Strzelnica w powiecie gnieźnieńskim jest nowa; dotację dała gmina.", "Strzelnica w powiecie"),
    ("Chcemy równać szanse dzieci z małych wsi; dotację dała gmina.", "Równać Szanse"),
    (
        "Posiłki dla uchodźców sfinansowano ze środków Funduszu Pomocy.",
        "Fundusz Pomocowy dla Organizacji Pozarządowych oraz Inicjatyw Obywatelskich 2022-2023",
    ),
    ("Festyn to sport dla wszystkich mieszkańców; dotację dała gmina.", "Sport dla Wszystkich"),
    ("Nasza aktywna szkoła zaprasza na festyn; dotację dała gmina.", "Aktywna Szkoła"),
    ("Mały strażak dostał hełm na festynie; dotację dała gmina.", "Mały Strażak"),
    (
        "Gmina rozdała małe granty sołeckie z własnego budżetu.",
        "Małe Granty Sołeckie Marszałka Województwa Warmińsko-Mazurskiego",
    ),
    ("Program wydarzenia artystycznego przygotowała szkoła; dotację dała gmina.", "Wydarzenia artystyczne"),
    ("Muzyczny koncert odbył się w sobotę; dotację dała gmina.", "Muzyczny ślad"),
    ("Żona strażaka ufundowała puchar; dotację dała gmina.", "Mały Strażak"),
    ("Gmina przyjęła Gminny Program Ochrony Zdrowia Psychicznego.", "Narodowy Program Ochrony Zdrowia Psychicznego"),
    ("Klub Szatnia FC dostał medal; dotację dała gmina.", "Szatnia na medal"),
]


@pytest.mark.parametrize(("text", "name"), NEAR_MISSES)
def test_near_misses_are_not_read(text: str, name: str) -> None:
    found, _ = find_funding(text)
    assert name not in (found.programme, found.funder)


def test_the_fund_of_a_region_is_its_own() -> None:
    """A WFOŚiGW programme run by several regional funds: the fund the text names pays."""
    found, _ = find_funding("OSP kupiła umundurowanie w programie Mały Strażak WFOŚiGW w Białymstoku.")
    assert (found.programme, found.funder) == ("Mały Strażak", "WFOŚiGW w Białymstoku")
    found, _ = find_funding("OSP kupiła umundurowanie w programie Mały Strażak.")
    assert found.funder == "WFOŚiGW"


def test_a_regional_programme_needs_its_region() -> None:
    found, _ = find_funding("Sołectwo dostało pieniądze z konkursu Granty Sołeckie.")
    assert found.programme != "Granty Sołeckie"
    found, _ = find_funding("Sołectwo dostało pieniądze z Małych Grantów Sołeckich.")
    assert found.programme is None
