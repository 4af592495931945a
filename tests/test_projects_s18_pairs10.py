"""Round 18's false merges and misses read as general mechanisms (issue 16, s18-pairs10): each kind with reworded
pairs the rule before got wrong, and pairs of its kind the rule already got right that stay so."""

from __future__ import annotations

import pytest

from extract.model import Record
from project_records import rec, same
from scraper import projects


@pytest.mark.parametrize(
    ("left", "right", "one"),
    [
        ("wielbark", "wielbarku", True),  # a case ending
        ("jawor", "jaworze", True),  # the locative, its last consonant softened
        ("starogard", "starogardzie", True),
        ("biskupi", "biskupim", True),  # an adjective's locative
        ("krasnystaw", "krasnymstawie", True),  # a compound inflects inside
        ("wolow", "wolowice", False),  # Wołów / Wołowice: a name that goes on, no ending
        ("jawor", "jaworzno", False),
        ("biala", "bialaczow", False),
        ("wielbark", "wieliczki", False),
    ],
)
def test_inflected_reads_a_prefix_rest_as_a_case_ending_only(left: str, right: str, one: bool) -> None:
    assert projects._inflected(left, right) is one
    assert projects._inflected(right, left) is one


def test_a_clubs_kind_words_are_no_key() -> None:
    assert projects.org_words("Ludowy Klub Sportowy Orzeł Brzezie") == {"orzel", "brzezie"}
    assert projects.org_words("Uczniowski Klub Sportowy Dwójka") == {"dwojka"}


@pytest.mark.parametrize(
    ("title", "tiers"),
    [
        ("Parking przy Starostwie Powiatowym w Lesku dostępny dla wszystkich", [frozenset({"powiat"})]),
        ("Nowy parking przy urzędzie w Lesku", [frozenset()]),
    ],
)
def test_a_powiat_office_before_a_seat_implies_the_powiat(title: str, tiers: list[frozenset[str]]) -> None:
    assert [tier for _, tier in projects.title_bodies(title)] == tiers


KLUB = {"grant": "15000.00"}
FALSE_MERGES: list[tuple[str, Record, Record, bool]] = [
    (
        "one ministry list, one title and one sum, two clubs of one gmina spelt out by their kind words",
        rec(
            "Program „Sportowe Gminy” 2021 – lista klubów z dofinansowaniem, województwo śląskie",
            published="2021-05-10",
            site="msit",
            beneficiary="Ludowy Klub Sportowy Orzeł Brzezie",
            programme="Sportowe Gminy 2021",
            amounts=KLUB,
        ),
        rec(
            "Program „Sportowe Gminy” 2021 – lista klubów z dofinansowaniem, województwo śląskie",
            published="2021-05-10",
            site="msit",
            beneficiary="Uczniowski Klub Sportowy Nędza",
            programme="Sportowe Gminy 2021",
            amounts=KLUB,
        ),
        False,
    ),
    (
        "two clubs of one name in two towns whose names begin alike (Wołów / Wołowice), one programme and sum",
        rec(
            "LKS Piast Wołowice z grantem programu Sportowe Gminy 2021",
            site="lks-wolowice",
            beneficiary="LKS Piast Wołowice",
            programme="Sportowe Gminy",
            amounts={"grant": "15000"},
        ),
        rec(
            "KS Piast Wołów otrzymał grant z programu Sportowe Gminy 2021",
            published="2021-05-20",
            site="ks-wolow",
            beneficiary="KS Piast Wołów",
            programme="Sportowe Gminy",
            amounts={"grant": "15000"},
        ),
        False,
    ),
    (
        "one gmina, one village's fire station, two works in two months: seniors' rooms and the station itself",
        rec(
            "Adaptacja sali w budynku OSP w Koziegłówkach na potrzeby klubu seniora",
            published="2019-03-04",
            site="bip-kozieglowy",
            beneficiary="Gmina Koziegłowy",
            amounts={"total_cost": "96400.00"},
        ),
        rec(
            "Przebudowa strażnicy OSP w Koziegłówkach z pomocą województwa",
            published="2019-04-11",
            site="kozieglowy",
            beneficiary="Gmina Koziegłowy",
            amounts={"grant": "80000"},
        ),
        False,
    ),
    (
        "a powiat's office in its seat against a city whose name begins like the seat's (Jawor / Jaworzno)",
        rec(
            "Przebudowa parkingu przy Starostwie Powiatowym w Lesku dla osób z niepełnosprawnościami",
            published="2023-06-01",
            site="powiat-leski",
            programme="Dostępna przestrzeń publiczna",
            amounts={"total_cost": "412730.40"},
        ),
        rec(
            "Leszno: parking przy urzędzie dostępny dla osób z niepełnosprawnościami",
            published="2023-06-09",
            site="leszno",
            beneficiary="Miasto Leszno",
            programme="Dostępna przestrzeń publiczna",
            amounts={"total_cost": "410000.00"},
        ),
        False,
    ),
    (
        "one club named in full and by its initials with its seat in the locative: still one body",
        rec(
            "Nowe stroje dla młodzików dzięki programowi Sportowe Gminy",
            published="2021-09-01",
            site="orzel-brzezie",
            beneficiary="LKS Orzeł Brzezie",
            programme="Sportowe Gminy",
            amounts={"grant": "15000"},
        ),
        rec(
            "Klub z Brzezia z grantem na stroje dla młodzików",
            published="2021-08-20",
            site="news-raciborz",
            beneficiary="Ludowy Klub Sportowy Orzeł Brzezie",
            programme="Sportowe Gminy",
            amounts={"grant": "15000.00"},
        ),
        True,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), FALSE_MERGES, ids=[case[0][:60] for case in FALSE_MERGES])
def test_round18s_false_merges_of_look_alike_bodies_and_works(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


# One body, one sum of one kind and a telling word of their own within a year (`projects.pair_score`, 1.309).
DOBRE = {"beneficiary": "Stowarzyszenie „Dolina Rabki”"}
SUM_WITHIN_A_YEAR: list[tuple[str, Record, Record, bool]] = [
    (
        "a grant's news and the association's report seven months on, the round sum and the feast's name in both",
        rec(
            "4 tysiące złotych od województwa na Dni Rydza", published="2016-03-10", amounts={"grant": "4000"}, **DOBRE
        ),
        rec(
            "Sprawozdanie z realizacji zadania publicznego „Dni Rydza 2016”",
            published="2016-10-20",
            site="dolina-rabki",
            amounts={"grant": "4000.00", "total_cost": "6120.00"},
            **DOBRE,
        ),
        True,
    ),
    (
        "one body's two clubs of one sum in one year: two groups the projects are for",
        rec(
            "Klub Młodzieżowy w Gminie Brudzeń otwarty",
            published="2019-02-01",
            beneficiary="Gmina Brudzeń Duży",
            amounts={"grant": "40000"},
        ),
        rec(
            "Klub Seniora w Gminie Brudzeń z dotacją",
            published="2019-09-01",
            site="news-plock",
            beneficiary="Gmina Brudzeń Duży",
            amounts={"grant": "40000"},
        ),
        False,
    ),
    (
        "one body's one sum over a year apart: two editions",
        rec(
            "4 tysiące złotych od województwa na Dni Rydza", published="2016-03-10", amounts={"grant": "4000"}, **DOBRE
        ),
        rec(
            "Sprawozdanie z realizacji zadania publicznego Dni Rydza",
            published="2017-06-20",
            site="dolina-rabki",
            amounts={"grant": "4000.00"},
            **DOBRE,
        ),
        False,
    ),
]


@pytest.mark.parametrize(
    ("why", "a", "b", "expected"), SUM_WITHIN_A_YEAR, ids=[case[0][:60] for case in SUM_WITHIN_A_YEAR]
)
def test_one_body_one_sum_and_a_word_of_their_own_within_a_year(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Program „Opieka 75+” edycja 2023 w Mieście i Gminie Sulmierzyce", set()),  # the unit, no village
        ("Promesy na odbudowę dróg wręczone w Rzeszowie", set()),  # where a ceremony was held
        ("Promesy wręczone, droga w Lipnicy do remontu", {frozenset({"lip"})}),
        ("Remont świetlicy w Lipnicy", {frozenset({"lip"})}),
    ],
)
def test_a_unit_word_and_a_ceremonys_seat_are_no_village(title: str, places: set[frozenset[str]]) -> None:
    assert projects.title_places(title) == places


CEREMONY: list[tuple[str, Record, Record, bool]] = [
    (
        "a town-and-gmina's yearly programme page naming 'w Mieście i Gminie X' and local news of its round sum",
        rec(
            "Program rządowy „Opieka 75+” edycja 2023 w Mieście i Gminie Żychlin",
            beneficiary="Miasto i Gmina Żychlin",
            implementer="Miejsko-Gminny Ośrodek Pomocy Społecznej w Żychlinie",
            programme="Opieka 75+",
            amounts={"grant": "31412.00"},
            period={"start": "2023-01-01", "end": "2023-12-31"},
        ),
        rec(
            "Żychlin: 31,4 tys. zł na opiekę dla seniorów",
            published="2023-05-12",
            site="news-kutno",
            beneficiary="Miastu i Gminie Żychlin",
            amounts={"grant": "31400"},
        ),
        True,
    ),
    (
        "two gminas of one name (Rogóźno / Rogoźno), one round's promise of one sum, only the programme's words shared",
        rec(
            "Promesy Polskiego Ładu wręczone w Bydgoszczy",
            published="2022-06-10",
            site="uw-bydgoszcz",
            beneficiary="gminy Rogóźno",
            amounts={"grant": "5000000"},
        ),
        rec(
            "Polski Ład dla Rogoźna – 5 mln zł na drogi",
            published="2022-06-09",
            site="rogozno-wlkp",
            beneficiary="Gmina Rogoźno",
            programme="Program Inwestycji Strategicznych",
            amounts={"grant": "5000000"},
        ),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), CEREMONY, ids=[case[0][:60] for case in CEREMONY])
def test_a_unit_word_and_a_ceremony_name_no_village(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


def test_initials_skip_na_rzecz() -> None:
    """ "Na rzecz" is one preposition: an association's acronym skips it as it skips "na"."""
    initials = projects.org_initials("Towarzystwo na rzecz Osób Niewidomych w Elblągu")
    assert "ton" in initials


PSONI_KALISZ = "Polskie Stowarzyszenie na rzecz Osób z Niepełnosprawnością Intelektualną Koło w Kaliszu"
NA_RZECZ: list[tuple[str, Record, Record, bool]] = [
    (
        "an association in full (with 'na rzecz') and by its acronym, one yearly programme's edition and its subject",
        rec(
            "Zadanie „Kaliski asystent osobisty osoby z niepełnosprawnościami 2023” w realizacji",
            site="psoni-kalisz",
            implementer=PSONI_KALISZ,
            programme="Asystent osobisty osoby z niepełnosprawnością",
            amounts={"grant": "412300"},
            period={"start": "2023-03-01", "end": "2023-12-31"},
        ),
        rec(
            "Asystent pomoże w codziennych sprawach – PSONI szuka chętnych",
            published="2023-03-06",
            site="news-kalisz",
            implementer="PSONI Koło w Kaliszu",
        ),
        True,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), NA_RZECZ, ids=[case[0][:60] for case in NA_RZECZ])
def test_an_acronym_skipping_na_rzecz(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


@pytest.mark.parametrize(
    ("title", "tender"),
    [
        ("Przetarg: przebudowa parkingu przy starostwie", True),
        ("Zapytanie ofertowe – dostawa nagłośnienia dla domu kultury", True),
        ("Modernizacja oświetlenia ulicznego – wybór wykonawcy", True),
        ("Nowy parking przy starostwie oddany", False),
    ],
)
def test_tenders(title: str, tender: bool) -> None:
    assert projects.tenders(title) is tender


LESKO = {"beneficiary": "Powiat Leski"}
TENDERS: list[tuple[str, Record, Record, bool]] = [
    (
        "one powiat's tender and its local news months on, the parking both name, the estimate against the cost",
        rec(
            "Przebudowa chodników i parkingu przy budynku Starostwa Powiatowego w Lesku – przetarg",
            published="2023-02-01",
            site="bip-powiat-leski",
            amounts={"total_cost": "612000.00"},
            **LESKO,
        ),
        rec(
            "Nowe miejsca parkingowe i niższe krawężniki – przy starostwie wygodniej",
            published="2023-07-20",
            site="lesko-info",
            beneficiary="Powiatu Leskiego",
            amounts={"total_cost": "571300"},
        ),
        True,
    ),
    (
        "one gmina's tender for a road and its news of a sewer in another village: two investments",
        rec(
            "Przetarg na przebudowę drogi gminnej w Wólce",
            published="2021-03-01",
            beneficiary="Gmina Cisna",
            amounts={"total_cost": "850000.00"},
        ),
        rec(
            "Kanalizacja w Woli Michowej z dotacją",
            published="2021-05-01",
            site="news-sanok",
            beneficiary="Gmina Cisna",
            amounts={"grant": "600000"},
        ),
        False,
    ),
    (
        "one gmina's tender for outdoor gyms and its news of a pitch, one word of sport shared: two objects",
        rec(
            "Zapytanie ofertowe: siłownie plenerowe przy szkole w Baligrodzie",
            published="2021-03-01",
            beneficiary="Gmina Baligród",
            amounts={"total_cost": "180000.00"},
        ),
        rec(
            "Boisko przy szkole w Baligrodzie z dotacją ministerstwa sportu",
            published="2021-06-01",
            site="news-lesko",
            beneficiary="Gmina Baligród",
            amounts={"grant": "300000"},
        ),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), TENDERS, ids=[case[0][:60] for case in TENDERS])
def test_a_tender_and_the_grants_news_within_a_year(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


@pytest.mark.parametrize(
    ("title", "module", "opening"),
    [
        ("Rozstrzygnięcie otwartego konkursu ofert na zadanie „Asystent osobisty 2022”", None, False),
        ("Otwarty konkurs ofert: klub seniora w Lipnicy", None, False),
        ("Klub seniora w Lipnicy otwarty", "building", True),
    ],
)
def test_an_open_call_opens_nothing(title: str, module: str | None, opening: bool) -> None:
    from scraper.project_objects import works

    assert projects.programme_module(title, None) == module
    assert ("opening" in works(projects.fold(title))) is opening


@pytest.mark.parametrize(
    ("title", "topics"),
    [
        ("Sochocin: 21,7 tys. zł na opiekę dla seniorów", {"Opieka 75+"}),
        ("Więcej godzin opieki nad osobami starszymi", {"Opieka 75+"}),
        ("Opieka nad zabytkami w gminie", set()),
    ],
)
def test_care_for_the_old_is_opieka_75s_subject(title: str, topics: set[str]) -> None:
    assert projects.programme_topics(title) == topics


PSONI_RADOM = "Polskie Stowarzyszenie na rzecz Osób z Niepełnosprawnością Intelektualną Koło w Radomiu"
CALLS: list[tuple[str, Record, Record, bool]] = [
    (
        "a city's open call result naming a yearly programme and local news of its subject, one association",
        rec(
            "Rozstrzygnięcie otwartego konkursu ofert na zadanie „Radomski asystent osobisty 2023”",
            published="2023-02-20",
            site="mops-radom",
            implementer=PSONI_RADOM,
            programme="Asystent osobisty osoby z niepełnosprawnością – edycja 2023",
            amounts={"grant": "534200.00"},
        ),
        rec(
            "Asystenci pomogą w codziennych sprawach – PSONI przyjmuje zgłoszenia",
            published="2023-03-03",
            site="news-radom",
            implementer="PSONI Koło w Radomiu",
        ),
        True,
    ),
    (
        "one town-and-gmina's Opieka 75+ page and local news of the care for seniors with its round sum",
        rec(
            "Usługi opiekuńcze dla osób 75+ w 2023 roku",
            published="2023-07-04",
            site="mgops-sochocin",
            implementer="GOPS w Sochocinie",
            programme="Opieka 75+",
        ),
        rec(
            "Sochocin: 21,7 tys. zł na opiekę dla seniorów",
            published="2023-06-20",
            site="news-plonsk",
            beneficiary="Gminie Sochocin",
            amounts={"grant": "21700"},
        ),
        True,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), CALLS, ids=[case[0][:60] for case in CALLS])
def test_an_open_call_and_a_programmes_subject(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


# One body, one sum of one kind within a month, whatever the headlines say (`projects.pair_score`, 1.2).
SUCHA = {"beneficiary": "Gmina Sterdyń"}
ONE_SUM_IN_A_MONTH: list[tuple[str, Record, Record, bool]] = [
    (
        "a marshal's list of agreements and the gmina's news of its round grant three days on",
        rec(
            "Umowy o pomocy finansowej z gminami subregionu ostrołęckiego podpisane",
            published="2022-08-29",
            site="mazovia",
            beneficiary="Miasto i Gmina Sterdyń",
            amounts={"grant": "800000.00"},
        ),
        rec("800 tys. zł dotacji dla Gminy Sterdyń", published="2022-09-01", amounts={"grant": "800000"}, **SUCHA),
        True,
    ),
    (
        "one powiat's two workshops in two towns, one sum on one day: a place only one title names",
        rec(
            "Nowy minibus dla Warsztatu Terapii Zajęciowej w Grójcu",
            published="2021-12-10",
            site="powiat-grojec",
            beneficiary="Powiat Grójecki",
            amounts={"grant": "90000.00"},
        ),
        rec(
            "Nowy bus dla Warsztatu Terapii Zajęciowej w Mogielnicy",
            published="2021-12-10",
            site="powiat-grojec",
            beneficiary="Powiat Grójecki",
            amounts={"grant": "90000.00"},
        ),
        False,
    ),
    (
        "two brigades of one village name, one round sum in one week, one body naming its gmina",
        rec(
            "OSP Dąbrówka z nowym wozem",
            published="2022-11-20",
            site="ug-dobra",
            beneficiary="Ochotnicza Straż Pożarna w Dąbrówce",
            amounts={"grant": "350000"},
        ),
        rec(
            "Nowy wóz bojowy dla OSP Dąbrówka",
            published="2022-11-23",
            site="news-wadowice",
            beneficiary="Ochotnicza Straż Pożarna w Dąbrówce (gmina Tomice)",
            amounts={"grant": "350000.00"},
        ),
        False,
    ),
    (
        "one gmina's two clubs of one sum in one month: two groups",
        rec("Klub Młodzieżowy w Gminie Sterdyń", published="2022-03-01", amounts={"grant": "40000"}, **SUCHA),
        rec("Klub Seniora w Gminie Sterdyń", published="2022-03-15", amounts={"grant": "40000"}, **SUCHA),
        False,
    ),
]


@pytest.mark.parametrize(
    ("why", "a", "b", "expected"), ONE_SUM_IN_A_MONTH, ids=[case[0][:60] for case in ONE_SUM_IN_A_MONTH]
)
def test_one_body_one_sum_within_a_month(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


def test_a_clubs_kind_words_take_only_their_own_stems() -> None:
    # the club's kind words ("Uczniowski Klub Sportowy") say no project, compared by the title words' own stems: a
    # word of the same stem goes ("uczniami" / "Uczniowski"), one sharing only three letters stays ("uczestników",
    # "spotkanie"; re-read of pass 10, where a place's three-letter stem had taken them)
    title = "Spotkanie uczestników projektu z uczniami szkoły"
    club = projects._facts(rec(title, beneficiary="Uczniowski Klub Sportowy Orzeł Rybno"))
    other = projects._facts(rec(title, beneficiary="Stowarzyszenie Razem"))
    assert club.content == other.content - {"uczni"}
    assert {"spotk", "uczes", "szkol"} <= club.content
