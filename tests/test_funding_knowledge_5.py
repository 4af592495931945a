"""The fifth round of funding knowledge (issue 13): programmes and payers from public lists (the Mazowsze
self-government's list of its support programmes, other marshal offices' competitions, the environment funds'
programmes, a 2018 government roads programme), read in the forms pages print with the payer each row implies, and
not in the ordinary phrases that look like them.  Sentences are written for these tests."""

from __future__ import annotations

import pytest

from extract.funding import find_funding
from extract.funding_tables import read_csv

MR = "Ministerstwo Rodziny, Pracy i Polityki Społecznej"
UM = "Urząd Marszałkowski Województwa "
MAZ = UM + "Mazowieckiego"
FTS = "Fundacja Totalizatora Sportowego"
LOTTO = "Fundacja LOTTO im. Haliny Konopackiej"

# Every row of this round, so that a row cannot silently disappear.
ROUND_5 = [
    "Rządowy Program na rzecz Rozwoju oraz Konkurencyjności Regionów poprzez Wsparcie Lokalnej Infrastruktury Drogowej",
    "Mazowiecka Aktywacja",
    "Mazowsze dla zabytków",
    "Mazowiecki Instrument Wsparcia Zachowania i Tworzenia Miejsc Pamięci Narodowej",
    "Mazowiecki Instrument Aktywizacji Działkowców",
    "Mazowsze dla lokalnych centrów integracyjnych",
    "Mazowsze dla klimatu",
    "Mazowsze dla czystego ciepła",
    "Mazowsze dla melioracji",
    "Mazowsze dla orkiestr",
    "Mazowsze dla zwierząt",
    "Mazowsze dla młodzieży",
    "Mazowsze dla zdrowia kobiety",
    "Mazowsze dla równomiernego rozwoju",
    "Mazowsze – autobusy dla szkół",
    "Mazowsze – tory treningowo-szkoleniowe dla OSP",
    "Mazowsze Pomaga",
    "Budżet Obywatelski Mazowsza",
    "Kangur – Bezpieczna i ekologiczna droga do szkoły",
    "Ekopracownia – zielone serce szkoły",
    "Fundusz Ekologii",
    "Owca Plus",
    "Piękna Wieś Podkarpacka",
    "Program Społecznik",
    "Piękna Zachodniopomorska Wieś",
    "Świetlice wiejskie – co się tutaj dzieje?",
    "Kapliczki Małopolski",
    "Małopolska Gościnna",
    "Pomoc obywatelom Ukrainy z niepełnosprawnością",
    "Odpowiedzialni Społecznie",
    "Polska dziś i jutro",
    "Z kobietami-patriotkami",
    "Sportowo Kulturalnie Lokalnie",
    "Poprawa bezpieczeństwa w Województwie Dolnośląskim",
    "Ogólnopolski program regeneracji środowiskowej gleb poprzez ich wapnowanie",
    "Rozwój potencjału infrastrukturalnego podmiotów wspierających system oświaty i wychowania",
    "Fundacja KGHM Polska Miedź dla OSP",
    "Koalicje dla Niepodległej",
    "Opolskie EDUKO",
    "JUNIOR – program aktywizacji zawodowej absolwentów niepełnosprawnych",
    "Granty Marszałka Województwa dla Rodzinnych Ogrodów Działkowych",
    "Samorządowy Program Wsparcia Ochotniczych Straży Pożarnych",
]
ROUND_5_PAYERS = [LOTTO, "Fundacja Tauron", "Rządowy Fundusz Rozwoju Mieszkalnictwa", "Fundacja JSW"]


@pytest.mark.parametrize("name", ROUND_5)
def test_each_row_of_the_round_is_in_the_table_with_its_source(name: str) -> None:
    row = next(r for r in read_csv("programmes.csv") if r["programme"] == name)
    assert "http" in row["source"] and row["kind"], name  # a row rests on a public page
    payers = {r["funder"] for r in read_csv("funders.csv")}
    assert row["kind"] in ("eu", "eea") or not row["funder"] or row["funder"] in payers, name


@pytest.mark.parametrize("name", ROUND_5_PAYERS)
def test_each_payer_of_the_round_is_in_the_table_with_a_note(name: str) -> None:
    row = next(r for r in read_csv("funders.csv") if r["funder"] == name)
    assert row["aliases"] and "http" in row["note"], name


PROGRAMMES = [
    # (text, programme, funder): at least one row per ten programmes of the round, as a page prints them
    (
        "Starosta podpisał z Wojewodą Mazowieckim umowę w ramach Rządowego Programu na rzecz Rozwoju oraz"
        " Konkurencyjności Regionów poprzez Wsparcie Lokalnej Infrastruktury Drogowej.",
        "Rządowy Program na rzecz Rozwoju oraz Konkurencyjności Regionów poprzez Wsparcie Lokalnej Infrastruktury"
        " Drogowej",
        "Wojewoda Mazowiecki",
    ),
    (
        "Dotację na drogę przyznano z Rządowego Programu na rzecz Rozwoju oraz Konkurencyjności Regionów poprzez"
        " Wsparcie Lokalnej Infrastruktury Drogowej.",
        "Rządowy Program na rzecz Rozwoju oraz Konkurencyjności Regionów poprzez Wsparcie Lokalnej Infrastruktury"
        " Drogowej",
        None,  # paid through the voivodes: no payer implied
    ),
    ("KGW otrzymało 5000 zł w konkursie grantowym Mazowiecka Aktywacja.", "Mazowiecka Aktywacja", MAZ),
    ("Parafia otrzymała dotację z programu „Mazowsze dla zabytków”.", "Mazowsze dla zabytków", MAZ),
    (
        "Gmina odnowiła pomnik dzięki programowi Mazowsze dla miejsc pamięci 2024.",
        "Mazowiecki Instrument Wsparcia Zachowania i Tworzenia Miejsc Pamięci Narodowej",
        MAZ,
    ),
    (
        "ROD otrzymał dotację w ramach programu „Mazowsze dla działkowców”.",
        "Mazowiecki Instrument Aktywizacji Działkowców",
        MAZ,
    ),
    ("Gmina otrzymała 100 tys. zł z programu Mazowsze dla klimatu.", "Mazowsze dla klimatu", MAZ),
    ("Gmina kupiła autobus szkolny z programu „Mazowsze – autobusy dla szkół”.", "Mazowsze – autobusy dla szkół", MAZ),
    ("Gmina otrzymała dotację z programu „Mazowsze Pomaga”.", "Mazowsze Pomaga", MAZ),
    ("Projekt zgłoszony do Budżetu Obywatelskiego Mazowsza wygrał głosowanie.", "Budżet Obywatelski Mazowsza", MAZ),
    (
        "Rada seniorów zrealizowała zadanie z programu „Mazowsze dla seniorów 2024”.",
        "Samorządowy Instrument Wsparcia Inicjatyw Rad Seniorów",
        MAZ,
    ),
    ("OSP otrzymała dotację z programu „Mazowsze dla straży pożarnej 2023”.", "Mazowsze dla straży pożarnych", MAZ),
    (
        "Gmina otrzymała dotację z programu priorytetowego Kangur na chodnik do szkoły.",
        "Kangur – Bezpieczna i ekologiczna droga do szkoły",
        "NFOŚiGW",
    ),
    (
        "Szkoła otrzymała dotację w programie „Ekopracownia – zielone serce szkoły”.",
        "Ekopracownia – zielone serce szkoły",
        "WFOŚiGW we Wrocławiu",
    ),
    (
        "Szkoła otrzymała dotację z Funduszu Ekologii WFOŚiGW w Białymstoku.",
        "Fundusz Ekologii",
        "WFOŚiGW w Białymstoku",
    ),
    (
        "Szkoła otrzymała dotację w ramach Programu Regionalnego Wsparcia Edukacji Ekologicznej.",
        "Program Regionalnego Wsparcia Edukacji Ekologicznej",
        "WFOŚiGW",  # several regional funds run it: the one the text names, else the generic fund
    ),
    ("Stowarzyszenie otrzymało dotację w ramach programu Owca Plus.", "Owca Plus", UM + "Śląskiego"),
    ("Sołectwo wygrało konkurs Piękna Wieś Podkarpacka 2021.", "Piękna Wieś Podkarpacka", UM + "Podkarpackiego"),
    (
        "KGW otrzymało mikrodotację z Programu Społecznik Województwa Zachodniopomorskiego.",
        "Program Społecznik",
        UM + "Zachodniopomorskiego",
    ),
    (
        "KGW wygrało konkurs „Świetlice wiejskie – co się tutaj dzieje?” Marszałka Województwa Kujawsko-Pomorskiego.",
        "Świetlice wiejskie – co się tutaj dzieje?",
        UM + "Kujawsko-Pomorskiego",
    ),
    ("Gmina otrzymała dotację w konkursie Kapliczki Małopolski.", "Kapliczki Małopolski", UM + "Małopolskiego"),
    (
        "Stowarzyszenie otrzymało dotację w konkursie „Małopolska Gościnna – II edycja 2023”.",
        "Małopolska Gościnna",
        UM + "Małopolskiego",
    ),
    (
        "Powiat otrzymał środki z programu PFRON „Pomoc obywatelom Ukrainy z niepełnosprawnością”.",
        "Pomoc obywatelom Ukrainy z niepełnosprawnością",
        "PFRON",
    ),
    ("Stowarzyszenie otrzymało darowiznę w programie „Odpowiedzialni Społecznie”.", "Odpowiedzialni Społecznie", FTS),
    ("Fundacja otrzymała grant z programu „Polska dziś i jutro”.", "Polska dziś i jutro", FTS),
    ("Projekt sfinansowano w programie „Z kobietami-patriotkami”.", "Z kobietami-patriotkami", FTS),
    ("Klub wygrał w konkursie „Sportowo Kulturalnie Lokalnie” edycja 2023.", "Sportowo Kulturalnie Lokalnie", LOTTO),
    (
        "Gmina otrzymała dotację w konkursie „Poprawa bezpieczeństwa w Województwie Dolnośląskim w roku 2017”.",
        "Poprawa bezpieczeństwa w Województwie Dolnośląskim",
        UM + "Dolnośląskiego",
    ),
    (
        "Rolnicy mogą skorzystać z Ogólnopolskiego programu regeneracji środowiskowej gleb poprzez ich wapnowanie.",
        "Ogólnopolski program regeneracji środowiskowej gleb poprzez ich wapnowanie",
        "NFOŚiGW",
    ),
    (
        "Hufiec otrzymał dotację w programie „Rozwój potencjału infrastrukturalnego podmiotów wspierających system"
        " oświaty i wychowania”.",
        "Rozwój potencjału infrastrukturalnego podmiotów wspierających system oświaty i wychowania",
        "Ministerstwo Edukacji Narodowej",
    ),
    (
        "OSP otrzymała darowiznę w konkursie „Fundacja KGHM Polska Miedź dla OSP”.",
        "Fundacja KGHM Polska Miedź dla OSP",
        "Fundacja KGHM Polska Miedź",
    ),
    (
        "Stowarzyszenie otrzymało dotację w programie „Koalicje dla Niepodległej” 2022.",
        "Koalicje dla Niepodległej",
        "Biuro Programu „Niepodległa”",
    ),
    (
        "Szkoła wygrała w Marszałkowskim konkursie grantowym – Opolskie EDUKO 2019.",
        "Opolskie EDUKO",
        UM + "Opolskiego",
    ),
    (
        "PUP realizuje JUNIOR – program aktywizacji zawodowej absolwentów niepełnosprawnych.",
        "JUNIOR – program aktywizacji zawodowej absolwentów niepełnosprawnych",
        "PFRON",
    ),
    (
        "Gmina z Warmii i Mazur otrzymała dotację w konkursie „Granty Marszałka Województwa dla Rodzinnych Ogrodów"
        " Działkowych”.",
        "Granty Marszałka Województwa dla Rodzinnych Ogrodów Działkowych",
        UM + "Warmińsko-Mazurskiego",
    ),
    (
        "Gmina otrzymała dotację w ramach Samorządowego Programu Wsparcia Ochotniczych Straży Pożarnych Województwa"
        " Warmińsko-Mazurskiego.",
        "Samorządowy Program Wsparcia Ochotniczych Straży Pożarnych",
        UM + "Warmińsko-Mazurskiego",
    ),
    # forms of existing rows read in this round
    (
        "Dom kultury otrzymał dotację z Rządowego Programu Dotacyjnego „Niepodległa” w 2022 r.",
        "Niepodległa",
        "Biuro Programu „Niepodległa”",
    ),
    (
        "Projekt jest prowadzony w ramach współpracy transgranicznej Rzeczpospolita Polska – Republika Słowacka"
        " 2007 – 2013.",
        "Program Współpracy Transgranicznej Rzeczpospolita Polska – Republika Słowacka 2007-2013",
        None,
    ),
    ("Stowarzyszenie otrzymało dotację z FIO 2016.", "Fundusz Inicjatyw Obywatelskich", MR),
    (
        "Stowarzyszenie otrzymało dotację z FIO 2019.",
        "Fundusz Inicjatyw Obywatelskich",
        "Narodowy Instytut Wolności - Centrum Rozwoju Społeczeństwa Obywatelskiego",
    ),
]


@pytest.mark.parametrize(("text", "programme", "funder"), PROGRAMMES)
def test_programmes_of_the_round_with_the_payer_they_imply(text: str, programme: str, funder: str | None) -> None:
    found, _ = find_funding(text)
    assert (found.programme, found.funder) == (programme, funder)


NEAR_MISSES = [
    # (text, programme that must not be read): the ordinary phrase, or the same words in another sense
    ("Projekt „Mazowiecka aktywacja zawodowa” realizuje PUP.", "Mazowiecka Aktywacja"),
    ("To piękna wieś podkarpacka nad Sanem.", "Piękna Wieś Podkarpacka"),
    ("Zadbana, piękna zachodniopomorska wieś przyciąga turystów.", "Piękna Zachodniopomorska Wieś"),
    ("Stare kapliczki Małopolski zachwycają turystów.", "Kapliczki Małopolski"),
    ("Małopolska gościnna dla turystów – mówi marszałek.", "Małopolska Gościnna"),
    ("Mazowsze pomaga powodzianom z południa.", "Mazowsze Pomaga"),
    ("Uczniowie wzięli udział w konkursie Kangur Matematyczny.", "Kangur – Bezpieczna i ekologiczna droga do szkoły"),
    ("Stowarzyszenie z Wielkopolski otrzymało grant z Programu Społecznik.", "Program Społecznik"),
    ("Projekt wygrał w Budżecie Obywatelskim Warszawy.", "Budżet Obywatelski Mazowsza"),
    ("Owca plus koza to podstawa gospodarstwa.", "Owca Plus"),
    ("Powstała koalicja dla niepodległej Ukrainy.", "Koalicje dla Niepodległej"),
    (
        "Gmina otrzymała dotację w ramach Samorządowego Programu Wsparcia Ochotniczych Straży Pożarnych.",
        "Samorządowy Program Wsparcia Ochotniczych Straży Pożarnych",  # no region named
    ),
    ("Jesteśmy odpowiedzialni społecznie – mówi prezes.", "Odpowiedzialni Społecznie"),
    ("Polska dziś i jutro – debata w bibliotece.", "Polska dziś i jutro"),
    (
        "Pomoc obywatelom Ukrainy z niepełnosprawnością koordynuje MOPS.",
        "Pomoc obywatelom Ukrainy z niepełnosprawnością",
    ),
]


@pytest.mark.parametrize(("text", "name"), NEAR_MISSES)
def test_near_misses_are_not_read(text: str, name: str) -> None:
    found, _ = find_funding(text)
    assert found.programme != name


PAYERS = [
    ("Darowiznę przekazała Fundacja Tauron.", "Fundacja Tauron"),
    ("Darowiznę przekazała Fundacja LOTTO im. Haliny Konopackiej.", LOTTO),
    (
        "Gmina otrzymała 3 mln zł z Rządowego Funduszu Rozwoju Mieszkalnictwa na objęcie udziałów w SIM.",
        "Rządowy Fundusz Rozwoju Mieszkalnictwa",
    ),
    ("Gmina otrzymała dofinansowanie z Rządowego Funduszu Rozwoju Dróg.", "Rządowy Fundusz Rozwoju Dróg"),
    ("Darowiznę przekazała Fundacja JSW.", "Fundacja JSW"),
]


@pytest.mark.parametrize(("text", "funder"), PAYERS)
def test_payers_of_the_round(text: str, funder: str) -> None:
    found, _ = find_funding(text)
    assert found.funder == funder


def test_another_lotto_foundation_is_not_the_konopacka_one() -> None:
    """Only the full name reads: "Fundacja LOTTO Milion Marzeń" is another body."""
    found, _ = find_funding("Darowiznę przekazała Fundacja LOTTO Milion Marzeń.")
    assert found.funder != LOTTO


def test_a_region_named_by_its_own_name_lets_its_programme_be_read() -> None:
    """A regional row is read where the text names the region; "Mazowsze" names mazowieckie as "mazowieckiego" does."""
    found, _ = find_funding("Gmina otrzymała dotację z programu Mazowsze dla straży pożarnych.")
    assert (found.programme, found.funder) == ("Mazowsze dla straży pożarnych", MAZ)
    found, _ = find_funding("Gmina otrzymała dotację z programu Granty Strażackie.")  # no region named
    assert found.programme is None
