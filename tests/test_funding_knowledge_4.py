"""The fourth round of funding knowledge (issue 13): programmes and payers from public lists (PFRON, the ministries of
family, sport and education, NFOŚiGW and a regional fund, marshal offices' small grants, company foundations, Lasy
Państwowe, the EEA grants of 2009-2014), read in the forms pages print with the payer each row implies, and not in the
ordinary phrases that look like them.  Sentences are written for these tests."""

from __future__ import annotations

import pytest

from extract.funding import find_funding
from extract.funding_tables import programmes, read_csv

MR = "Ministerstwo Rodziny, Pracy i Polityki Społecznej"
MSIT = "Ministerstwo Sportu i Turystyki"
MEN = "Ministerstwo Edukacji Narodowej"
ENEA = "Fundacja Enea"
KGS = "Fundacja Krajowej Grupy Spożywczej „Pomaganie krzepi”"
UM = "Urząd Marszałkowski Województwa "
EFRWP = "Europejski Fundusz Rozwoju Wsi Polskiej"
GAZ = "Operator Gazociągów Przesyłowych GAZ-SYSTEM"

# Every row of this round, so that a row cannot silently disappear.
ROUND_4 = [
    "Uczeń na wsi",
    "Dostępne mieszkanie",
    "Od zależności ku samodzielności",
    "Oparcie społeczne dla osób z zaburzeniami psychicznymi",
    "Wsparcie rodzin zastępczych i rodzinnych domów dziecka",
    "Rządowy program wsparcia powiatu w organizacji i tworzeniu rodzinnych form pieczy zastępczej",
    "Program Olimpia",
    "Program budowy kompleksów sportowych Orlik",
    "Mały Mistrz",
    "Granty Marszałka dla Kół Gospodyń Wiejskich",
    "Lubuska Odnowa Wsi",
    "Wojewódzki program wsparcia Kół Gospodyń Wiejskich",
    "Ochrona zabytków Małopolski",
    "Szlakiem lokalnej historii",
    "Lokalnie, aktywnie, sportowo",
    "Eko-gospodyni",
    "Adaptacja do zmian klimatu – Podnoszenie potencjału technicznego służb ratowniczych",
    "Leader+",
    "SOWA – energooszczędne oświetlenie uliczne",
    "LEMUR – Energooszczędne Budynki Użyteczności Publicznej",
    "BOCIAN – Rozproszone, odnawialne źródła energii",
    "Gospodarka wodno-ściekowa w Polsce",
    "Program budowy 100 obwodnic",
    "Filantropia",
    "Małopolska Wieś",
    "Małopolska – czas na wieś",
    "Wsparcie funkcjonalności obszarów wiejskich",
    "Promowanie różnorodności kulturowej i artystycznej",
    "Konserwacja i rewitalizacja dziedzictwa kulturowego",
    "Mała szkoła",
    "Inwestycje w oświacie",
    "Drewno jest z Lasu",
    "5000+",
    "Infrastruktura Bibliotek",
    "Wielkopolskie Jadłodzielnie",
    "Program Regionalnego Wsparcia Edukacji Ekologicznej",
    "Ekopracownia pod chmurką",
    "Teatr Polska",
    "Usługi opiekuńcze dla osób niepełnosprawnych",
    "Program rozwoju rodzinnych domów pomocy",
    "Aktywne Koło Gospodyń Wiejskich Pomorza Zachodniego",
    "Razem możemy więcej",
    "Program Wspierania Inicjatyw Obywatelskich na rzecz Wsi i Terenów Wiejskich",
    "Nasza Świetlica, Nasz Klub",
    "Fundusz Naturalnej Energii",
    "Program wspierający powrót osób bezdomnych do społeczności",
    "Skaut",
    "Zielone Czeki",
    "Marszałkowska Inicjatywa Sołecka – Opolskie",
    "Małopolskie OSP",
]
ROUND_4_PAYERS = [ENEA, KGS, EFRWP, "Fundacja Wspomagania Wsi", GAZ, "Fundacja Totalizatora Sportowego"]


@pytest.mark.parametrize("name", ROUND_4)
def test_each_row_of_the_round_is_in_the_table_with_its_source(name: str) -> None:
    row = next(r for r in read_csv("programmes.csv") if r["programme"] == name)
    assert len(row["source"]) > 40 and row["kind"], name
    payers = {r["funder"] for r in read_csv("funders.csv")}
    assert row["kind"] in ("eu", "eea") or row["funder"] in payers, name  # a national row names a payer


@pytest.mark.parametrize("name", ROUND_4_PAYERS)
def test_each_payer_of_the_round_is_in_the_table_with_a_note(name: str) -> None:
    row = next(r for r in read_csv("funders.csv") if r["funder"] == name)
    assert row["aliases"] and len(row["note"]) > 20, name


def test_the_donor_rows_of_the_round_imply_no_payer() -> None:
    donors = [name for name in ROUND_4 if programmes()[name].kind in ("eu", "eea")]
    assert len(donors) == 3
    assert all(not programmes()[name].funder for name in donors)


PROGRAMMES = [
    # (text, programme, funder): at least one row per ten programmes of the round, as a page prints them
    ("Wnioski w programie „Uczeń na wsi” przyjmuje PCPR.", "Uczeń na wsi", "PFRON"),
    (
        "Powiat realizuje pilotażowy program „Uczeń na wsi – pomoc w zdobyciu wykształcenia przez osoby"
        " niepełnosprawne”.",
        "Uczeń na wsi",
        "PFRON",
    ),
    ("PCPR przyjmuje wnioski w programie „Dostępne mieszkanie”.", "Dostępne mieszkanie", "PFRON"),
    (
        "Gmina otrzymała dotację w ramach programu „Od zależności ku samodzielności”.",
        "Od zależności ku samodzielności",
        MR,
    ),
    (
        "Stowarzyszenie realizuje program „Oparcie społeczne dla osób z zaburzeniami psychicznymi” 2015.",
        "Oparcie społeczne dla osób z zaburzeniami psychicznymi",
        MR,
    ),
    (
        "Powiat otrzymał dotację z programu „Wsparcie rodzin zastępczych i rodzinnych domów dziecka”.",
        "Wsparcie rodzin zastępczych i rodzinnych domów dziecka",
        MR,
    ),
    (
        "Powiat otrzymał dofinansowanie w ramach Rządowego programu wsparcia powiatu w organizacji i tworzeniu"
        " rodzinnych form pieczy zastępczej w 2023 r.",
        "Rządowy program wsparcia powiatu w organizacji i tworzeniu rodzinnych form pieczy zastępczej",
        "Fundusz Pracy",
    ),
    ("Gmina otrzymała dofinansowanie z Programu Olimpia na budowę hali przy szkole.", "Program Olimpia", MSIT),
    (
        "Gmina otrzymała dotację w ramach Programu budowy kompleksów sportowych Orlik – edycja 2024.",
        "Program budowy kompleksów sportowych Orlik",
        MSIT,
    ),
    ("Szkoła przystąpiła do projektu „Mały Mistrz”.", "Mały Mistrz", MSIT),
    (
        "Gmina otrzymała dotację w konkursie „Granty Marszałka dla Kół Gospodyń Wiejskich” Województwa"
        " Warmińsko-Mazurskiego.",
        "Granty Marszałka dla Kół Gospodyń Wiejskich",
        UM + "Warmińsko-Mazurskiego",
    ),
    (
        "OSP otrzymała 10 tys. zł w konkursie Lubuska Odnowa Wsi Województwa Lubuskiego.",
        "Lubuska Odnowa Wsi",
        UM + "Lubuskiego",
    ),
    ("Stowarzyszenie otrzymało dotację z Lubuskiej Odnowy Wsi.", "Lubuska Odnowa Wsi", UM + "Lubuskiego"),
    (
        "KGW z województwa podlaskiego otrzymało wsparcie w ramach Wojewódzkiego programu wsparcia Kół Gospodyń"
        " Wiejskich.",
        "Wojewódzki program wsparcia Kół Gospodyń Wiejskich",
        UM + "Podlaskiego",
    ),
    (
        "Parafia otrzymała dotację w konkursie „Ochrona zabytków Małopolski” Województwa Małopolskiego.",
        "Ochrona zabytków Małopolski",
        UM + "Małopolskiego",
    ),
    (
        "KGW otrzymało grant w programie „Szlakiem lokalnej historii” Fundacji Enea.",
        "Szlakiem lokalnej historii",
        ENEA,
    ),
    ("Klub otrzymał grant w programie „Lokalnie, aktywnie, sportowo”.", "Lokalnie, aktywnie, sportowo", ENEA),
    ("Koło otrzymało grant w programie „Eko-gospodyni” Fundacji KGS.", "Eko-gospodyni", KGS),
    (
        "OSP otrzymała dotację w ramach programu „Adaptacja do zmian klimatu – Podnoszenie potencjału technicznego"
        " służb ratowniczych”.",
        "Adaptacja do zmian klimatu – Podnoszenie potencjału technicznego służb ratowniczych",
        "WFOŚiGW w Olsztynie",
    ),
    ("Projekt współfinansowany w ramach Pilotażowego Programu Leader+.", "Leader+", None),
    ("LGD zrealizowała schemat II programu LEADER+ w 2006 r.", "Leader+", None),
    (
        "Gmina otrzymała pożyczkę w ramach programu priorytetowego SOWA – energooszczędne oświetlenie uliczne.",
        "SOWA – energooszczędne oświetlenie uliczne",
        "NFOŚiGW",
    ),
    (
        "Termomodernizację szkoły sfinansowano z programu LEMUR.",
        "LEMUR – Energooszczędne Budynki Użyteczności Publicznej",
        "NFOŚiGW",
    ),
    (
        "Gmina otrzymała dotację z programu priorytetowego BOCIAN.",
        "BOCIAN – Rozproszone, odnawialne źródła energii",
        "NFOŚiGW",
    ),
    (
        "Oczyszczalnię zbudowano z programu priorytetowego „Gospodarka wodno-ściekowa w Polsce”.",
        "Gospodarka wodno-ściekowa w Polsce",
        "NFOŚiGW",
    ),
    (
        "Obwodnica powstanie w ramach Programu budowy 100 obwodnic.",
        "Program budowy 100 obwodnic",
        "Ministerstwo Infrastruktury",
    ),
    ("Szkoła otrzymała grant w konkursie „Filantropia” Fundacji PGE.", "Filantropia", "Fundacja PGE"),
    (
        "Gmina otrzymała pomoc finansową dla sołectwa nagrodzonego w konkursie „Małopolska Wieś 2022”.",
        "Małopolska Wieś",
        UM + "Małopolskiego",
    ),
    (
        "Stowarzyszenie otrzymało dotację w konkursie „Małopolska – czas na wieś”.",
        "Małopolska – czas na wieś",
        UM + "Małopolskiego",
    ),
    (
        "Gmina dostała dofinansowanie z konkursu „Wsparcie funkcjonalności obszarów wiejskich” ogłoszonego przez"
        " Urząd Marszałkowski Województwa Świętokrzyskiego.",
        "Wsparcie funkcjonalności obszarów wiejskich",
        UM + "Świętokrzyskiego",
    ),
    (
        "Projekt sfinansowano z programu „Promowanie różnorodności kulturowej i artystycznej”.",
        "Promowanie różnorodności kulturowej i artystycznej",
        None,
    ),
    (
        "Remont dworu sfinansowano z Programu „Konserwacja i rewitalizacja dziedzictwa kulturowego”.",
        "Konserwacja i rewitalizacja dziedzictwa kulturowego",
        None,
    ),
    ("Gmina otrzymała dotację z programu „Mała szkoła”.", "Mała szkoła", MEN),
    ("Gmina otrzymała dotację z programu „Inwestycje w oświacie”.", "Inwestycje w oświacie", MEN),
    ("Parafia otrzymała grant w konkursie „Drewno jest z Lasu”.", "Drewno jest z Lasu", "Lasy Państwowe"),
    ("Druga tura dofinansowania 5000+ dla OSP.", "5000+", "Ministerstwo Spraw Wewnętrznych i Administracji"),
    (
        "Biblioteka otrzymała dofinansowanie z programu „Infrastruktura bibliotek” w 2018 r.",
        "Infrastruktura Bibliotek",
        "Instytut Książki",
    ),
    (
        "Biblioteka otrzymała dofinansowanie z programu „Infrastruktura bibliotek” w 2010 r.",
        "Infrastruktura Bibliotek",
        "Ministerstwo Kultury i Dziedzictwa Narodowego",
    ),
    (
        "Gmina otrzymała dotację w konkursie „Wielkopolskie Jadłodzielnie” Samorządu Województwa Wielkopolskiego.",
        "Wielkopolskie Jadłodzielnie",
        UM + "Wielkopolskiego",
    ),
    (
        # the programme is run by several regional funds (knowledge round 5): the fund named is the payer
        "Szkoła otrzymała dotację WFOŚiGW w Katowicach w ramach Programu Regionalnego Wsparcia Edukacji Ekologicznej.",
        "Program Regionalnego Wsparcia Edukacji Ekologicznej",
        "WFOŚiGW w Katowicach",
    ),
    (
        "Szkoła zbudowała ekopracownię pod chmurką dzięki dotacji funduszu.",
        "Ekopracownia pod chmurką",
        "WFOŚiGW w Katowicach",
    ),
    (
        "Dom kultury gościł spektakl w ramach programu TEATR POLSKA 2023.",
        "Teatr Polska",
        "Instytut Teatralny im. Zbigniewa Raszewskiego",
    ),
    (
        "Gmina otrzymała dotację w ramach programu „Usługi opiekuńcze dla osób niepełnosprawnych” – edycja 2019.",
        "Usługi opiekuńcze dla osób niepełnosprawnych",
        MR,
    ),
    (
        "Gmina otrzymała dofinansowanie w ramach Programu rozwoju rodzinnych domów pomocy – edycja 2024.",
        "Program rozwoju rodzinnych domów pomocy",
        MR,
    ),
    (
        "KGW otrzymało nagrodę w konkursie „Aktywne Koło Gospodyń Wiejskich Pomorza Zachodniego” Marszałka"
        " Województwa Zachodniopomorskiego.",
        "Aktywne Koło Gospodyń Wiejskich Pomorza Zachodniego",
        UM + "Zachodniopomorskiego",
    ),
    ("Stowarzyszenie otrzymało grant w programie „Razem możemy więcej”.", "Razem możemy więcej", EFRWP),
    (
        "Rada sołecka otrzymała grant z Programu Wspierania Inicjatyw Obywatelskich na rzecz Wsi i Terenów Wiejskich.",
        "Program Wspierania Inicjatyw Obywatelskich na rzecz Wsi i Terenów Wiejskich",
        EFRWP,
    ),
    (
        "Świetlica powstała w konkursie „Nasza Świetlica, Nasz Klub”.",
        "Nasza Świetlica, Nasz Klub",
        "Fundacja Wspomagania Wsi",
    ),
    ("Szkoła otrzymała grant z Funduszu Naturalnej Energii.", "Fundusz Naturalnej Energii", GAZ),
    (
        "Stowarzyszenie otrzymało dotację w ramach „Programu wspierającego powrót osób bezdomnych do społeczności”.",
        "Program wspierający powrót osób bezdomnych do społeczności",
        MR,
    ),
    ("Gmina przystąpiła do programu „Skaut” Ministerstwa Sportu.", "Skaut", MSIT),
    ("Laureaci konkursu „Zielone Czeki” otrzymali nagrody.", "Zielone Czeki", "WFOŚiGW w Katowicach"),
    (
        "Sołectwo otrzymało 5 tys. zł w ramach Marszałkowskiej Inicjatywy Sołeckiej – Opolskie w latach 2020-2022.",
        "Marszałkowska Inicjatywa Sołecka – Opolskie",
        UM + "Opolskiego",
    ),
    (
        "OSP otrzymała dotację w konkursie „Małopolskie OSP” Województwa Małopolskiego.",
        "Małopolskie OSP",
        UM + "Małopolskiego",
    ),
]


@pytest.mark.parametrize(("text", "programme", "funder"), PROGRAMMES)
def test_programmes_of_the_round_with_the_payer_they_imply(text: str, programme: str, funder: str | None) -> None:
    found, _ = find_funding(text)
    assert (found.programme, found.funder) == (programme, funder)


PAYERS = [
    ("Dotację przyznała Fundacja Enea.", ENEA),
    ("Sprzęt kupiono dzięki dotacji od Fundacji Krajowej Grupy Spożywczej „Pomaganie krzepi”.", KGS),
    ("Dotację przyznał Europejski Fundusz Rozwoju Wsi Polskiej.", EFRWP),
    ("Grant przyznała Fundacja Wspomagania Wsi.", "Fundacja Wspomagania Wsi"),
    ("Dotację przekazał GAZ-SYSTEM.", GAZ),
    (
        "Organizacja otrzymała darowiznę z Fundacji Totalizatora Sportowego na projekt.",
        "Fundacja Totalizatora Sportowego",
    ),
]


@pytest.mark.parametrize(("text", "funder"), PAYERS)
def test_payers_of_the_round(text: str, funder: str) -> None:
    found, _ = find_funding(text)
    assert found.funder == funder


NEAR_MISSES = [
    # (text, programme that must not be read): the ordinary phrase, or the same words in another sense
    ("Uczeń na wsi ma daleko do szkoły, mówi dyrektor.", "Uczeń na wsi"),
    ("Dostępne mieszkanie na sprzedaż w centrum miasta.", "Dostępne mieszkanie"),
    (
        "Ośrodek wsparcia zapewnia oparcie społeczne dla osób z zaburzeniami psychicznymi.",
        "Oparcie społeczne dla osób z zaburzeniami psychicznymi",
    ),
    (
        "Powiat przeznaczył środki na wsparcie rodzin zastępczych i rodzinnych domów dziecka.",
        "Wsparcie rodzin zastępczych i rodzinnych domów dziecka",
    ),
    ("Uczniowie realizują program olimpiady przedmiotowej.", "Program Olimpia"),
    ("Klub Olimpia otrzymał dotację z budżetu gminy.", "Program Olimpia"),
    ("Mały mistrz kierownicy – konkurs dla przedszkolaków.", "Mały Mistrz"),
    ("Uczniowie wędrowali szlakiem lokalnej historii po gminie.", "Szlakiem lokalnej historii"),
    ("Pan Jan Sowa otrzymał nagrodę wójta.", "SOWA – energooszczędne oświetlenie uliczne"),
    ("Program ochrony bociana białego realizuje nadleśnictwo.", "BOCIAN – Rozproszone, odnawialne źródła energii"),
    ("Filantropia to ważna część życia parafii.", "Filantropia"),
    ("Małopolska wieś słynie z tradycji.", "Małopolska Wieś"),
    ("Mała szkoła w Zagórzu ma 40 uczniów.", "Mała szkoła"),
    ("Inwestycje w oświacie to priorytet gminy.", "Inwestycje w oświacie"),
    ("Infrastruktura bibliotek w gminie jest przestarzała.", "Infrastruktura Bibliotek"),
    ("Świadczenie 500+ wypłaca ZUS.", "5000+"),
    ("Parafia otrzymała dotację z programu Ochrona zabytków MKiDN.", "Ochrona zabytków Małopolski"),
    ("W Wielkopolsce funkcjonuje już 38 jadłodzielni.", "Wielkopolskie Jadłodzielnie"),
    ("Lekcja odbyła się pod chmurką w ekopracowni szkolnej.", "Ekopracownia pod chmurką"),
    ("Teatr Polski w Poznaniu wystawił Wesele.", "Teatr Polska"),
    ("Gmina świadczy usługi opiekuńcze dla osób niepełnosprawnych.", "Usługi opiekuńcze dla osób niepełnosprawnych"),
    ("Razem możemy więcej – mówi wójt.", "Razem możemy więcej"),
    (
        "Organizacja pomaga w powrocie osób bezdomnych do społeczności.",
        "Program wspierający powrót osób bezdomnych do społeczności",
    ),
    ("Program skautowy realizuje drużyna harcerska.", "Skaut"),
    ("Zielone tereny gminy zadbane.", "Zielone Czeki"),
    (
        "Gmina otrzymała dotację w Marszałkowskim Konkursie Inicjatywa Sołecka Województwa Śląskiego.",
        "Marszałkowska Inicjatywa Sołecka – Opolskie",
    ),
]


@pytest.mark.parametrize(("text", "name"), NEAR_MISSES)
def test_near_misses_are_not_read(text: str, name: str) -> None:
    found, _ = find_funding(text)
    assert found.programme != name


def test_the_umbrella_of_the_national_reading_programme_stays_when_its_priority_is_named() -> None:
    found, _ = find_funding(
        "Biblioteka rozbudowana w ramach Narodowego Programu Rozwoju Czytelnictwa, Priorytet 2 „Infrastruktura"
        " bibliotek 2016-2020”."
    )
    assert found.programme == "Narodowy Program Rozwoju Czytelnictwa"


def test_a_regional_programme_of_the_round_is_not_read_without_its_region() -> None:
    found, _ = find_funding("Gmina otrzymała dotację z konkursu Granty Marszałka dla Kół Gospodyń Wiejskich.")
    assert found.programme is None
