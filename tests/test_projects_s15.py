"""The s15 reading fixes of the grouping (issue 16): evidence the records carry that the rule read wrongly or not at
all, each with a reworded same pair that now joins and a near-miss that stays apart (round 12's misses, reworded)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extract.model import Record
from project_records import rec, same
from scraper import projects
from scraper.project_objects import works

ZBOJNO = "Gmina Zbójno"


@pytest.mark.parametrize(
    ("title", "editions"),
    [
        ("Umowy na gospodarkę wodno-ściekową podpisane – 12 gmin z regionu", set()),  # a count of gminas
        ("19 miejsc w żłobku z rządowym dofinansowaniem", set()),
        ("Zapytanie ofertowe: dostawa samochodu 9-osobowego", set()),  # a part of an adjective
        ("Program 3-letni dla szkół", set()),
        ("Trudny start 2", {2}),  # after its noun: an edition
        ("Trudny start 2 dla dzieci", {2}),  # a stop word after it
        ("Przebudowa drogi – etap 2 przebudowy chodnika", {2}),  # after an edition word
        ("2 edycja konkursu plastycznego", {2}),  # before an edition word
        ("Klub 2-gi w gminie", {2}),  # an ordinal's ending
        ("Przebudowa drogi – etap II", {2}),
        ("Program wyrównywania różnic między regionami III – obszar D: umowa z Gminą Zbójno", set()),
        ("Fundusz Dróg Samorządowych – etap II", {2}),  # a stage after a programme's name and a dash
    ],
)
def test_edition_numbers_leave_counts_and_a_programmes_own_numeral_out(title: str, editions: set[int]) -> None:
    assert projects.edition_numbers(title) == editions


@pytest.mark.parametrize(
    ("title", "numerals"),
    [
        ("Program wyrównywania różnic między regionami III – obszar D", {3}),
        ("PFRON: program wyrównywania różnic między regionami II dla powiatu", {2}),
        ("Fundusz Dróg Samorządowych – etap II", set()),
        ("Przebudowa drogi – etap II", set()),
    ],
)
def test_programme_numerals(title: str, numerals: set[int]) -> None:
    assert projects.programme_numerals(title) == numerals


@pytest.mark.parametrize(
    ("texts", "rounds"),
    [
        (("Drugi nabór RFIL: pieniądze dla gmin powiatu",), {2}),
        (("Mieszkania oddane", "Rządowy Fundusz Inwestycji Lokalnych (drugi nabór)"), {2}),
        (("RFIL – nabór II",), {2}),
        (("Wyniki: II tura programu",), {2}),
        (("Nabór wniosków 2022",), set()),  # a year
        (("Przebudowa drogi – etap II",), set()),  # a stage, no round
    ],
)
def test_round_numbers(texts: tuple[str, ...], rounds: set[int]) -> None:
    assert projects.round_numbers(*texts) == rounds


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Seniorzy z miasta i gminy podsumowali rok zajęć", set()),  # a lower-case word is no gmina's name
        ("DOFINANSOWANIE DLA GMINY KĘTY", {("gmina", "ket")}),
        ("Porozumienie z fundacją i gminą Zbójno", {("gmina", "zbo")}),
        ("Wsparcie dla szkół powiatu tomaszowskiego", {("powiat", "tom")}),  # a powiat's adjective, lower case
    ],
)
def test_named_units_read_a_gminas_name_capitalised(text: str, units: set[tuple[str, str]]) -> None:
    assert projects.named_units(text) == units


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("przekazanie placu budowy – remont drogi", {"renovation"}),
        ("przekazanie placu budowy na drodze", set()),  # the site of works: no kind of works
        ("kierownik budowy odebral prace", set()),
        ("budowa drogi i plac zabaw", {"building"}),
    ],
)
def test_the_site_of_works_names_no_works(title: str, found: set[str]) -> None:
    assert works(title) == found


@pytest.mark.parametrize(
    ("title", "ends"),
    [
        ("Nowa nawierzchnia między Kopaszynem a Grylewem", {frozenset({"kop"}), frozenset({"gry"})}),
        ("Droga między Nową Wsią a Lipnem gotowa", {frozenset({"now", "wie"}), frozenset({"lip"})}),
        ("Współpraca między gminą a powiatem", set()),
    ],
)
def test_section_ends_between_two_places(title: str, ends: set[frozenset[str]]) -> None:
    assert projects.section_ends(title) == ends


@pytest.mark.parametrize(
    ("value", "rounded", "expected"),
    [
        ("18240", "18000", True),
        ("2742982", "2700000", True),
        ("187380.03", "187000", True),
        ("756563.76", "756000", True),  # rounded down ("ponad 756 tys.")
        ("1480000", "1000000", False),  # a third off: no rounding
        ("18600", "18000", False),  # 18 600 rounds to 19 000
        ("19000", "18000", False),  # both round: two sums
        ("18000", "18000", False),
    ],
)
def test_rounds_to(value: str, rounded: str, expected: bool) -> None:
    assert projects.rounds_to(Decimal(value), Decimal(rounded)) is expected


@pytest.mark.parametrize(
    ("years", "start", "end", "published", "year"),
    [
        (set(), date(2020, 7, 1), None, date(2020, 9, 9), 2020),  # a period's one end in the publication's year
        (set(), None, date(2020, 12, 31), date(2020, 9, 9), 2020),
        (set(), date(2020, 7, 1), None, date(2021, 3, 9), None),  # another year: which edition is not said
        (set(), None, None, date(2020, 9, 9), 2020),
        (set(), date(2020, 7, 1), None, date(2020, 12, 9), None),  # December opens the next edition
        ({2021}, date(2020, 7, 1), None, date(2020, 9, 9), 2021),
    ],
)
def test_edition_year_of_a_period_of_one_end(
    years: set[int], start: date | None, end: date | None, published: date | None, year: int | None
) -> None:
    assert projects.edition_year(frozenset(years), start, end, published) == year


PAIRS = [
    # (why, a, b, expected)
    (
        "a count before a noun ('8-osobowego') is no edition: one body's bus, two content words in two months",
        rec("Gmina Zbójno kupi auto do przewozu niepełnosprawnych", beneficiary=ZBOJNO, published="2021-03-10"),
        rec(
            "Zapytanie ofertowe: dostawa 8-osobowego busa do przewozu niepełnosprawnych mieszkańców",
            beneficiary=ZBOJNO,
            published="2021-04-15",
            site="bip-zbojno",
        ),
        True,
    ),
    (
        "a second edition against an unnumbered title stays apart",
        rec("2 edycja konkursu plastycznego dla przedszkolaków", beneficiary=ZBOJNO, published="2021-03-10"),
        rec("Konkurs plastyczny dla przedszkolaków", beneficiary=ZBOJNO, published="2021-03-20"),
        False,
    ),
    (
        "a programme's own numeral ('regionami III') against a headline naming none: one body, one grant, a car",
        rec(
            "Program wyrównywania różnic między regionami III – obszar D: samochód dla Gminy Zbójno",
            beneficiary=ZBOJNO,
            published="2020-09-15",
            programme="Program wyrównywania różnic między regionami III",
            amounts={"grant": "105000.00"},
            site="pcpr-zbojno",
        ),
        rec(
            "Nowy samochód do przewozu niepełnosprawnych w Gminie Zbójno",
            beneficiary=ZBOJNO,
            published="2020-10-12",
            amounts={"grant": "105000"},
        ),
        True,
    ),
    (
        "two numerals of one programme are two of its editions",
        rec(
            "Program wyrównywania różnic między regionami II – samochód dla Gminy Zbójno",
            beneficiary=ZBOJNO,
            published="2020-09-15",
            amounts={"grant": "105000.00"},
        ),
        rec(
            "Program wyrównywania różnic między regionami III – samochód dla Gminy Zbójno",
            beneficiary=ZBOJNO,
            published="2020-10-12",
            amounts={"grant": "105000.00"},
        ),
        False,
    ),
    (
        "a fund's round ('drugi nabór') against a headline naming none: one body, the fund, one sum, four days",
        rec(
            "Drugi nabór RFIL: pieniądze dla gmin powiatu golubsko-dobrzyńskiego",
            beneficiary=ZBOJNO,
            published="2020-12-18",
            programme="Rządowy Fundusz Inwestycji Lokalnych",
            amounts={"grant": "1000000"},
            site="powiat-zbojno",
        ),
        rec(
            "Budynek komunalny w Zbójnie z dofinansowaniem z RFIL",
            beneficiary=ZBOJNO,
            published="2020-12-22",
            programme="Rządowy Fundusz Inwestycji Lokalnych",
            amounts={"grant": "1000000.00"},
        ),
        True,
    ),
    (
        "two rounds of one fund stay apart",
        rec(
            "Pierwszy nabór RFIL: pieniądze dla gmin powiatu golubsko-dobrzyńskiego",
            beneficiary=ZBOJNO,
            published="2020-12-18",
            programme="Rządowy Fundusz Inwestycji Lokalnych",
            amounts={"grant": "1000000"},
        ),
        rec(
            "Mieszkania komunalne w Zbójnie z RFIL",
            beneficiary=ZBOJNO,
            published="2020-12-22",
            programme="Rządowy Fundusz Inwestycji Lokalnych (drugi nabór)",
            amounts={"grant": "1000000.00"},
        ),
        False,
    ),
    (
        "a stage against an unnumbered title stays apart (a round is no stage)",
        rec("Przebudowa drogi gminnej w Zbójnie – etap II", beneficiary=ZBOJNO, published="2021-05-10"),
        rec("Przebudowa drogi gminnej w Zbójnie", beneficiary=ZBOJNO, published="2021-05-20"),
        False,
    ),
    (
        "'z miasta i gminy podsumowali' names no gmina: one foundation's classes for seniors, two days apart",
        rec("Zajęcia dla seniorów z miasta i gminy podsumowane", beneficiary="Fundacja Razem", published="2019-12-12"),
        rec(
            "Fundacja Razem i gmina Zbójno podsumowały zajęcia dla seniorów",
            beneficiary="Fundacja Razem",
            published="2019-12-14",
            site="um-zbojno",
        ),
        True,
    ),
    (
        "two gminas named by a unit word stay apart",
        rec("Zajęcia dla seniorów z gminy Kęty podsumowane", beneficiary="Fundacja Razem", published="2019-12-12"),
        rec(
            "Fundacja Razem i gmina Zbójno podsumowały zajęcia dla seniorów",
            beneficiary="Fundacja Razem",
            published="2019-12-14",
            site="um-zbojno",
        ),
        False,
    ),
    (
        "'placu budowy' is the site, no new building: one powiat's repair of one road section",
        rec("Remont drogi Kopaszyn – Grylewo", beneficiary="Powiat Wągrowiecki", published="2022-06-01"),
        rec(
            "Przekazanie placu budowy na drodze Kopaszyn – Grylewo",
            implementer="Powiatowy Zarząd Dróg w Wągrowcu",
            published="2022-07-08",
            site="pzd-wagrowiec",
        ),
        True,
    ),
    (
        "a repair and a building of one road section stay apart",
        rec("Remont drogi Kopaszyn – Grylewo", beneficiary="Powiat Wągrowiecki", published="2022-06-01"),
        rec("Budowa drogi Kopaszyn – Grylewo", beneficiary="Powiat Wągrowiecki", published="2022-07-08"),
        False,
    ),
    (
        "'między Kopaszynem a Grylewem' gives a section's two ends: one powiat, one section, months apart",
        rec("Nowa nawierzchnia między Kopaszynem a Grylewem", beneficiary="Powiat Wągrowiecki", published="2022-10-05"),
        rec(
            "Przekazanie placu budowy – droga nr 1602P na odcinku Kopaszyn – Grylewo",
            implementer="Powiatowy Zarząd Dróg w Wągrowcu",
            published="2022-07-08",
            site="pzd-wagrowiec",
        ),
        True,
    ),
    (
        "another section from one of its ends stays apart",
        rec("Nowa nawierzchnia między Kopaszynem a Ochodzą", beneficiary="Powiat Wągrowiecki", published="2022-10-05"),
        rec(
            "Przekazanie placu budowy – droga nr 1602P na odcinku Kopaszyn – Grylewo",
            implementer="Powiatowy Zarząd Dróg w Wągrowcu",
            published="2022-07-08",
            site="pzd-wagrowiec",
        ),
        False,
    ),
    (
        "a grant and its rounding, one body, six days, one content word: compared (a block of near sums)",
        rec(
            "Dotacja dla Gminy Zbójno na Klub Seniora+",
            beneficiary=ZBOJNO,
            published="2022-03-18",
            programme="Senior+",
            amounts={"grant": "187380.03"},
        ),
        rec(
            "W dawnej bibliotece przy Polnej seniorzy będą mieli swoje miejsce",
            beneficiary=ZBOJNO,
            published="2022-03-24",
            amounts={"grant": "187000"},
            site="news-zbojno",
        ),
        True,
    ),
    (
        "one body's other grant of those days stays apart",
        rec(
            "Dotacja dla Gminy Zbójno na Klub Seniora+",
            beneficiary=ZBOJNO,
            published="2022-03-18",
            programme="Senior+",
            amounts={"grant": "187380.03"},
        ),
        rec(
            "W dawnej bibliotece przy Polnej seniorzy będą mieli swoje miejsce",
            beneficiary=ZBOJNO,
            published="2022-03-24",
            amounts={"grant": "195000"},
            site="news-zbojno",
        ),
        False,
    ),
    (
        "one association named two ways ('RAZEM z Dębowca' / 'RAZEM'): compared, one call within half a year",
        rec(
            "Wyniki konkursu grantowego Działaj Lokalnie 2021 – Ośrodek Działaj Lokalnie Pojezierze",
            beneficiary="Stowarzyszenie RAZEM z Dębowca",
            published="2021-06-18",
            programme="Działaj Lokalnie 2021",
            amounts={"grant": "6000.00"},
            site="lgd-pojezierze",
        ),
        rec(
            "Nowe ławki i nasadzenia przy świetlicy w Działyniu",
            beneficiary="Stowarzyszeniu RAZEM",
            published="2021-10-12",
            programme="Działaj Lokalnie",
            site="news-debowiec",
        ),
        True,
    ),
    (
        "'odpoczynek dla opiekunów' is respite care: one gmina's edition 2020 and its news",
        rec(
            "Nabór uczestników do programu „Opieka wytchnieniowa” – edycja 2020",
            implementer="Gminny Ośrodek Pomocy Społecznej w Zbójnie",
            published="2020-06-22",
            programme="Opieka wytchnieniowa",
            period={"start": "2020-07-01", "end": "2020-12-31"},
            site="gops-zbojno",
        ),
        rec("1500 godzin odpoczynku dla opiekunów z gminy Zbójno", beneficiary=ZBOJNO, published="2020-09-01"),
        True,
    ),
    (
        "next year's respite for carers stays apart from edition 2020",
        rec(
            "Nabór uczestników do programu „Opieka wytchnieniowa” – edycja 2020",
            implementer="Gminny Ośrodek Pomocy Społecznej w Zbójnie",
            published="2020-06-22",
            programme="Opieka wytchnieniowa",
            site="gops-zbojno",
        ),
        rec("1500 godzin odpoczynku dla opiekunów z gminy Zbójno", beneficiary=ZBOJNO, published="2021-09-01"),
        False,
    ),
    (
        "an edition whose period gives only its start ('od 1 lipca 2020'), published that year: its news",
        rec(
            "Opieka Wytchnieniowa w Gminie Zbójno.",
            implementer=ZBOJNO,
            published="2020-09-09",
            programme="Opieka wytchnieniowa",
            period={"start": "2020-07-01"},
        ),
        rec("Odpoczynek dla opiekunów z gminy Zbójno", beneficiary=ZBOJNO, published="2020-09-12", site="news-zbojno"),
        True,
    ),
    (
        "the edition of 2021 (its period's start) stays apart from the news of 2020",
        rec(
            "Opieka Wytchnieniowa w Gminie Zbójno.",
            implementer=ZBOJNO,
            published="2021-09-09",
            programme="Opieka wytchnieniowa",
            period={"start": "2021-07-01"},
        ),
        rec("Odpoczynek dla opiekunów z gminy Zbójno", beneficiary=ZBOJNO, published="2020-09-12", site="news-zbojno"),
        False,
    ),
    (
        "'2,7 mln' is 2 742 982 zł rounded, not another budget: one village's sewers, one record naming no body",
        rec(
            "2 742 982 zł dotacji na budowę sieci wodno-kanalizacyjnej w Działyniu",
            programme="PROW 2014-2020",
            period={"end": "2023-09-30"},
            amounts={"grant": "2742982"},
        ),
        rec(
            "Działyń doczeka się kanalizacji. Prawie 4 km sieci",
            beneficiary=ZBOJNO,
            published="2023-02-09",
            amounts={"grant": "2700000"},
            site="news-zbojno",
        ),
        True,
    ),
    (
        "a sum a tenth off is another budget: apart",
        rec(
            "2 742 982 zł dotacji na budowę sieci wodno-kanalizacyjnej w Działyniu",
            programme="PROW 2014-2020",
            period={"end": "2023-09-30"},
            amounts={"grant": "2742982"},
        ),
        rec(
            "Działyń doczeka się kanalizacji. Prawie 4 km sieci",
            beneficiary=ZBOJNO,
            published="2023-02-09",
            amounts={"grant": "2450000"},
            site="news-zbojno",
        ),
        False,
    ),
]


PAIRS += [
    (
        "a grant to the grosz and its rounding, one body, within a year, nothing else in common: one grant",
        rec(
            "Dotacja dla Gminy Zbójno na Klub Seniora+",
            beneficiary=ZBOJNO,
            published="2022-03-18",
            programme="Senior+",
            amounts={"grant": "187380.03"},
        ),
        rec(
            "Zarządzenie w sprawie zmian w budżecie – dotacja celowa na utworzenie ośrodka wsparcia",
            beneficiary=ZBOJNO,
            published="2022-08-10",
            amounts={"grant": "187000"},
            site="bip-zbojno",
        ),
        True,
    ),
    (
        "a sum 1 % off a grant to the grosz is no rounding of it: apart",
        rec(
            "Dotacja dla Gminy Zbójno na Klub Seniora+",
            beneficiary=ZBOJNO,
            published="2022-03-18",
            programme="Senior+",
            amounts={"grant": "187380.03"},
        ),
        rec(
            "Zarządzenie w sprawie zmian w budżecie – dotacja celowa na utworzenie ośrodka wsparcia",
            beneficiary=ZBOJNO,
            published="2022-08-10",
            amounts={"grant": "189000"},
            site="bip-zbojno",
        ),
        False,
    ),
    (
        "another gmina's grant of the rounded sum: apart",
        rec(
            "Dotacja dla Gminy Zbójno na Klub Seniora+",
            beneficiary=ZBOJNO,
            published="2022-03-18",
            programme="Senior+",
            amounts={"grant": "187380.03"},
        ),
        rec(
            "Zarządzenie w sprawie zmian w budżecie – dotacja celowa na utworzenie ośrodka wsparcia",
            beneficiary="Gmina Radomin",
            published="2022-08-10",
            amounts={"grant": "187000"},
            site="bip-radomin",
        ),
        False,
    ),
    (
        "a page with no date and a grant to the grosz, its rounding on a dated page of one body: one project",
        rec(
            "Gminny Ośrodek Pomocy Społecznej w Zbójnie rozpoczyna kolejny projekt unijny",
            beneficiary=ZBOJNO,
            implementer="Gminny Ośrodek Pomocy Społecznej w Zbójnie",
            programme="RPO WK-P 2014-2020",
            amounts={"eu_share": "138277.40"},
        ),
        rec(
            "W Zbójnie wyremontują klub dla osób zagrożonych wykluczeniem",
            beneficiary=ZBOJNO,
            published="2018-04-03",
            amounts={"eu_share": "138000"},
            site="news-golub",
        ),
        True,
    ),
    (
        "a page with no date and a sum 3 % off on a dated page of one body: apart",
        rec(
            "Gminny Ośrodek Pomocy Społecznej w Zbójnie rozpoczyna kolejny projekt unijny",
            beneficiary=ZBOJNO,
            implementer="Gminny Ośrodek Pomocy Społecznej w Zbójnie",
            programme="RPO WK-P 2014-2020",
            amounts={"eu_share": "138277.40"},
        ),
        rec(
            "W Zbójnie wyremontują klub dla osób zagrożonych wykluczeniem",
            beneficiary=ZBOJNO,
            published="2018-04-03",
            amounts={"eu_share": "142000"},
            site="news-golub",
        ),
        False,
    ),
    (
        "'z Warmii i Mazur' is a region, no village one headline names and the other lacks: one grant, three days",
        rec(
            "Umowy na gospodarkę wodno-ściekową z PROW podpisane – 12 gmin z Warmii i Mazur",
            beneficiary=ZBOJNO,
            published="2023-02-06",
            programme="Program Rozwoju Obszarów Wiejskich na lata 2014-2020",
            amounts={"grant": "2742982.00"},
            site="warmia-mazury",
        ),
        rec(
            "Działyń doczeka się kanalizacji. Prawie 4 km sieci",
            beneficiary=ZBOJNO,
            published="2023-02-09",
            amounts={"grant": "2700000"},
            site="news-golub",
        ),
        True,
    ),
    (
        "a village after 'z' is still a village one headline names and the other lacks: apart",
        rec(
            "Umowy na gospodarkę wodno-ściekową z PROW podpisane – mieszkańcy z Wielkiej Łąki czekają",
            beneficiary=ZBOJNO,
            published="2023-02-06",
            programme="Program Rozwoju Obszarów Wiejskich na lata 2014-2020",
            amounts={"grant": "2742982.00"},
            site="warmia-mazury",
        ),
        rec(
            "Działyń doczeka się kanalizacji. Prawie 4 km sieci",
            beneficiary=ZBOJNO,
            published="2023-02-09",
            amounts={"grant": "2700000"},
            site="news-golub",
        ),
        False,
    ),
]


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Umowy podpisane – 12 gmin z Warmii i Mazur", set()),
        ("Strażacy ze Śląska i z Mazowsza na ćwiczeniach", set()),
        ("Seniorzy ze Skrzydlnej w teatrze", {frozenset({"skr"})}),
        ("Mieszkańcy z Wielkiej Łąki czekają", {frozenset({"wie", "lak"})}),
    ],
)
def test_a_region_after_z_is_no_village(title: str, places: set[frozenset[str]]) -> None:
    assert projects.loose_places(title) == places


@pytest.mark.parametrize(
    ("value", "rounded"),
    [
        ("18240", {"18000"}),
        ("187380.03", {"187000", "190000"}),
        ("2742982", {"2743000", "2742000", "2740000", "2700000"}),
        ("1000000", {"1000000"}),  # a round sum is filed under itself
        ("1612345.67", {"1612000", "1610000", "1600000"}),
    ],
)
def test_roundings_are_what_rounds_to_reads(value: str, rounded: set[str]) -> None:
    """Blocking files a sum under each of its roundings, so a sum and its rounding are compared (`rounds_to`)."""
    found = projects.roundings(Decimal(value))
    assert found == {Decimal(r) for r in rounded}
    assert all(r == Decimal(value) or projects.rounds_to(Decimal(value), r) for r in found)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Starostwa Powiatowego i Gminy Miejskiej Hrubieszów", {("gmina", "hru")}),  # the kind adjective skipped
        ("boisko gminy wiejskiej Kęty", {("gmina", "ket")}),
        ("Gmina Miejsko-Wiejska Lubawa", {("gmina", "lub")}),
        ("Gmina wiejska i gminy miejskiej", set()),
    ],
)
def test_named_units_skip_a_gminas_kind_adjective(text: str, units: set[tuple[str, str]]) -> None:
    assert projects.named_units(text) == units


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Mikrobus dla PSP nr 2 do przewozu uczniów", set()),  # a school's initials, no place
        ("Winda w SP nr 5 i dwa busy", set()),
        ("Utworzenie oddziału przedszkolnego w SP Kunowa", {frozenset({"kun"})}),  # the place after the initials
        ("Utworzenie oddziału przedszkolnego w SP Święcany", {frozenset({"swi"})}),  # "Święcany" is no village hall
        ("Nowe boisko w Świebodzinie", {frozenset({"swi"})}),
        ("Remont w Świetlicy Wiejskiej", set()),
    ],
)
def test_a_bodys_initials_are_no_place(title: str, places: set[frozenset[str]]) -> None:
    assert projects.title_places(title) == places


PAIRS += [
    (
        "the title of a page naming no body implies the town ('Gminy Miejskiej Kowal'), its sum rounded: one project",
        rec(
            "Projekt „Poprawa efektywności energetycznej budynków Starostwa Powiatowego i Gminy Miejskiej Kowal”",
            programme="RPO WK-P 2014-2020",
            amounts={"total_cost": "1815377.21"},
            site="um-kowal",
        ),
        rec(
            "Ratusz taniej ogrzewany. Fotowoltaika na dachu po remoncie za 1,8 mln zł",
            beneficiary="Miasto Kowal",
            published="2019-11-08",
            amounts={"total_cost": "1800000"},
            site="news-wloclawek",
        ),
        True,
    ),
    (
        "another town's news with that rounded sum stays apart",
        rec(
            "Projekt „Poprawa efektywności energetycznej budynków Starostwa Powiatowego i Gminy Miejskiej Kowal”",
            programme="RPO WK-P 2014-2020",
            amounts={"total_cost": "1815377.21"},
            site="um-kowal",
        ),
        rec(
            "Ratusz taniej ogrzewany. Fotowoltaika na dachu po remoncie za 1,8 mln zł",
            beneficiary="Miasto Lubień Kujawski",
            published="2019-11-08",
            amounts={"total_cost": "1800000"},
            site="news-wloclawek",
        ),
        False,
    ),
    (
        "'w SP nr 5' names no village: one powiat's PFRON grant, a settled sum 0.2 % off, eight months later",
        rec(
            "Winda w SP nr 5 i dwa busy – umowa starosty z PFRON",
            beneficiary="Powiatem Golubsko-Dobrzyńskim",
            published="2021-06-15",
            amounts={"grant": "240319.89"},
            site="news-golub",
        ),
        rec(
            "Sprawozdanie z realizacji Programu wyrównywania różnic między regionami III w 2021 r.",
            beneficiary="Powiat Golubsko-Dobrzyński",
            published="2022-02-24",
            period={"start": "2021-06-14", "end": "2021-12-31"},
            programme="Program wyrównywania różnic między regionami III",
            amounts={"grant": "239880.12"},
            site="bip-powiat-golub",
        ),
        True,
    ),
    (
        "a school in a village one headline names and the other lacks stays apart",
        rec(
            "Winda w szkole w Działyniu i dwa busy – umowa starosty z PFRON",
            beneficiary="Powiatem Golubsko-Dobrzyńskim",
            published="2021-06-15",
            amounts={"grant": "240319.89"},
            site="news-golub",
        ),
        rec(
            "Sprawozdanie z realizacji Programu wyrównywania różnic między regionami III w 2021 r.",
            beneficiary="Powiat Golubsko-Dobrzyński",
            published="2022-02-24",
            period={"start": "2021-06-14", "end": "2021-12-31"},
            programme="Program wyrównywania różnic między regionami III",
            amounts={"grant": "239880.12"},
            site="bip-powiat-golub",
        ),
        False,
    ),
]


PAIRS += [
    (
        "'Dzienny Dom Senior+ w Zbójnie' is the gmina's day centre: one body, one edition and module of Senior+",
        rec(
            "Wicewojewoda podpisała umowę na funkcjonowanie Dziennego Domu Senior+ w Zbójnie",
            beneficiary="Gminą Zbójno",
            published="2020-05-26",
            programme="Senior+ edycja 2020 moduł II",
            amounts={"grant": "72000.00"},
            site="uw-bydgoszcz",
        ),
        rec(
            "Seniorzy ze Zbójna aktywni także w czasie pandemii",
            implementer="Dzienny Dom Senior+ w Zbójnie",
            published="2020-09-14",
            programme="Senior+",
            site="dds-zbojno",
        ),
        True,
    ),
    (
        "another gmina's day centre stays apart",
        rec(
            "Wicewojewoda podpisała umowę na funkcjonowanie Dziennego Domu Senior+ w Zbójnie",
            beneficiary="Gminą Zbójno",
            published="2020-05-26",
            programme="Senior+ edycja 2020 moduł II",
            amounts={"grant": "72000.00"},
            site="uw-bydgoszcz",
        ),
        rec(
            "Seniorzy z Radomina aktywni także w czasie pandemii",
            implementer="Dzienny Dom Senior+ w Radominie",
            published="2020-09-14",
            programme="Senior+",
            site="dds-radomin",
        ),
        False,
    ),
]


PAIRS += [
    (
        "two public roads' numbers ('nr 290822W' / 'nr 290815W') are two roads of one gmina, however alike",
        rec("Przebudowa drogi gminnej nr 290822W", beneficiary=ZBOJNO, published="2021-05-10"),
        rec("Przebudowa drogi gminnej nr 290815W", beneficiary=ZBOJNO, published="2021-06-20", site="bip-zbojno"),
        False,
    ),
    (
        "one road's number in both headlines: one rebuilding",
        rec("Przebudowa drogi gminnej nr 290822W", beneficiary=ZBOJNO, published="2021-05-10"),
        rec("Droga 290822W po przebudowie", beneficiary=ZBOJNO, published="2021-06-20", site="bip-zbojno"),
        True,
    ),
]


@pytest.mark.parametrize(
    ("title", "numbers"),
    [
        ("Remont drogi gminnej 202824K Miechowice Wielkie przez Wieś – etap II", {"202824K"}),
        ("Umowa w sprawie pomocy finansowej – droga nr 3676P", {"3676P"}),
        ("Rozliczenie mikroprojektu CZ.11.4.120/0.0/0.0/16_013/0001874", set()),  # a reference number
        ("Klub 2025A dla seniorów", set()),  # no road
    ],
)
def test_road_numbers(title: str, numbers: set[str]) -> None:
    assert projects.road_numbers(title) == numbers


@pytest.mark.parametrize(("why", "a", "b", "expected"), PAIRS, ids=[case[0][:60] for case in PAIRS])
def test_s15_pairs(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why
