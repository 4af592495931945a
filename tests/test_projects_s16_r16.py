"""Round 16's false merges as general guards (issue 16, s16-pairs8): each kind with reworded near-misses and same
pairs that still join. A place named by the word for a locality and its name in the nominative ("w msc. Klepaczka",
"w miejscowości Zalesie") is where the works are, as a place after a bare "w" is, so two of them are two places; two
titles giving plots of land by number and sharing none are two investments, and a plot's number is no edition; two
proper names of one kind ("Technikum Agrobiznesu" / "Technikum Rolnicze") are two things, as two facility numbers
are. And the recall rule of the session: a report's spent sum to the grosz up to 10 % under the other's sum, with one
body and a programme both name or a word of their own (no stock word: `projects._telling`)."""

from __future__ import annotations

import pytest

from extract.model import Record
from project_records import rec, same
from scraper import projects

KETY = {"beneficiary": "Gmina Kęty"}
POWIAT = {"beneficiary": "Powiat Oświęcimski"}

PAIRS: list[tuple[str, Record, Record, bool]] = [
    (
        "a gmina's two roads, one in a village after 'w miejscowości', one in its seat (main joined them)",
        rec("Przebudowa drogi gminnej w miejscowości Zalesie", published="2023-04-03", site="bip-kety", **KETY),
        rec("Przebudowa drogi gminnej w Kętach", published="2023-05-10", site="ug-kety", **KETY),
        False,
    ),
    (
        "two village halls, one after 'w m.', one in another village's locative (main joined them)",
        rec("Modernizacja świetlicy wiejskiej w m. Brzezie", published="2023-04-03", site="bip-kety", **KETY),
        rec("Modernizacja świetlicy wiejskiej w Bulowicach", published="2023-05-10", site="ug-kety", **KETY),
        False,
    ),
    (
        "two pavements, the localities in the plural 'w miejscowościach'",
        rec("Remont chodnika w miejscowościach Nowa Wieś i Bielany", published="2023-04-03", site="bip-kety", **KETY),
        rec("Remont chodnika w Malcu", published="2023-05-10", site="ug-kety", **KETY),
        False,
    ),
    (
        "one road: the locality in the nominative after 'w miejscowości' and in the locative",
        rec(
            "Przetarg: budowa drogi gminnej w miejscowości Zalesie",
            published="2023-04-03",
            amounts={"total_cost": "512000.00"},
            site="bip-kety",
            **KETY,
        ),
        rec("Droga w Zalesiu gotowa", published="2023-10-10", site="ug-kety", **KETY),
        True,
    ),
    (
        "one farm road: 'w msc.' and the locative",
        rec(
            "Budowa drogi dojazdowej do gruntów rolnych w msc. Zalesie", published="2023-04-03", site="bip-kety", **KETY
        ),
        rec("Budowa drogi dojazdowej do gruntów rolnych w Zalesiu", published="2023-05-03", site="ug-kety", **KETY),
        True,
    ),
    (
        "one village's two farm roads told by their plots (main joined them)",
        rec(
            "Budowa drogi dojazdowej do gruntów rolnych w Zalesiu – dz. nr 112",
            published="2023-04-03",
            site="bip-kety",
            **KETY,
        ),
        rec(
            "Budowa drogi dojazdowej do gruntów rolnych w Zalesiu – dz. nr 87",
            published="2023-05-10",
            site="ug-kety",
            **KETY,
        ),
        False,
    ),
    (
        "two roads on plots in the plural and in a list",
        rec("Przebudowa drogi na działkach nr 12, 14 i 15 w Zalesiu", published="2023-04-03", site="bip-kety", **KETY),
        rec("Przebudowa drogi na działkach nr 301 i 302 w Zalesiu", published="2023-05-10", site="ug-kety", **KETY),
        False,
    ),
    (
        "one road: one plot among the other's list (main read 14 and 15 as editions and kept them apart)",
        rec("Przebudowa drogi na działkach nr 12, 14 i 15 w Zalesiu", published="2023-04-03", site="bip-kety", **KETY),
        rec("Przebudowa drogi na działce nr 14 w Zalesiu", published="2023-05-10", site="ug-kety", **KETY),
        True,
    ),
    (
        "a powiat's two lyceums, one round sum each, within a month",
        rec(
            "Liceum Plastyczne kupi sztalugi i piec ceramiczny",
            published="2023-04-03",
            amounts={"grant": "80000.00"},
            site="powiat-oswiecim",
            **POWIAT,
        ),
        rec(
            "Pracownia komputerowa dla Liceum Ogólnokształcącego",
            published="2023-04-20",
            amounts={"grant": "80000.00"},
            site="bip-powiat-oswiecim",
            **POWIAT,
        ),
        False,
    ),
    (
        "a gmina's two kindergartens by name, one round sum each, within a month (main joined them)",
        rec(
            "Przedszkole Samorządowe w Kętach z nowym placem",
            published="2023-04-03",
            amounts={"grant": "60000.00"},
            site="ug-kety",
            **KETY,
        ),
        rec(
            "Nowy plac dla Przedszkola Niepublicznego",
            published="2023-04-20",
            amounts={"grant": "60000.00"},
            site="kety-info",
            **KETY,
        ),
        False,
    ),
    (
        "one technikum named in both titles, inflected, with its round sum",
        rec(
            "Umowa z ministerstwem: wyposażenie pracowni Technikum Leśnego",
            published="2023-04-03",
            amounts={"grant": "99000.00"},
            site="minrol",
            **POWIAT,
        ),
        rec(
            "Technikum Leśne ma nową pracownię",
            published="2023-05-20",
            amounts={"grant": "99000.00"},
            site="powiat-oswiecim",
            **POWIAT,
        ),
        True,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), PAIRS, ids=[case[0][:60] for case in PAIRS])
def test_round16_kinds_of_near_miss(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Budowa drogi w msc. Klepaczka, dz. nr 195", {frozenset({"kle"})}),
        ("Remont drogi gminnej nr 290819W w m. Brody Duże", {frozenset({"bro", "duz"})}),
        ("Budowa świetlicy w miejscowości Dalsze", {frozenset({"dal"})}),
        ("Remont chodnika w miejscowościach Nowa Wieś i Bielany", {frozenset({"now", "wie"}), frozenset({"bie"})}),
        ("Budowa drogi w Zalesiu", set()),  # a bare "w": `title_places` reads it
        ("Program 500 m. kw. zieleni", set()),  # no capital after "m."
    ],
)
def test_localities(title: str, places: set[frozenset[str]]) -> None:
    assert projects.localities(title) == places


@pytest.mark.parametrize(
    ("title", "plots"),
    [
        ("Przetarg: budowa drogi w msc. Klepaczka, dz. nr 195", {"195"}),
        ("Kolejna droga do pól w Przyrowie – działka nr 1021", {"1021"}),
        ("Budowa drogi (dz. nr 659, 327, 353) – przetarg", {"659", "327", "353"}),
        ("Przebudowa drogi na działkach nr 12, 14 i 15", {"12", "14", "15"}),
        ("Przebudowa drogi na działce nr 14", {"14"}),
        ("Ogrodzenie terenu, dz. ew. 12/4 oraz 13", {"12/4", "13"}),
        ("Projekt z Dz. 1.2 RPO", set()),  # a measure's number, no plot
        ("Ustawa (Dz. U. z 2023 r. poz. 40)", set()),  # the journal of laws
        ("Nowa dzielnica nr 5", set()),
    ],
)
def test_plots(title: str, plots: set[str]) -> None:
    assert projects.plots(title) == plots


def test_a_plot_number_is_no_edition() -> None:
    assert projects.edition_numbers("Przebudowa drogi na działkach nr 12, 14 i 15") == frozenset()
    assert projects.edition_numbers("Budowa drogi – dz. nr 87/3 – etap II") == {2}


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Technikum Rolnicze w Gnieźnie kupi ciągnik", {("techn", "rol")}),
        ("pracownie Technikum Agrobiznesu", {("techn", "agr")}),
        ("Przedszkole Samorządowe w Kętach", {("przed", "sam")}),
        ("Klub Seniora w Walcach", {("klub", "sen")}),
        ("Gmina Kęty z dotacją", set()),  # a body's kind: the body rules tell two gminas
        ("Budowa Sali Gimnastycznej w Zalesiu", {("sal", "gim")}),  # the works word is no kind of thing
        ("Dotacja Ministerstwa Kultury dla OSP", set()),  # a grant's word, an office, a body's initials
        ("Nowa Sala Gimnastyczna W Szkole Podstawowej", set()),  # title case: capitals name nothing
    ],
)
def test_title_names(title: str, names: set[tuple[str, str]]) -> None:
    assert projects.title_names(title) == names


# A report's spent sum against the granted one (s16-pairs8's recall rule, `projects._spent_of`): one body, a headline
# reporting what was spent ("Sprawozdanie", "Rozliczenie", "Odbiór"; not a tender's estimate) with a sum to the grosz
# up to 10 % under a sum the other states, published with it or after it within two years, a programme both name or
# a word of their own (no stock word).
ZALESIE = {"beneficiary": "Gmina Zalesie"}
CARE = "Usługi opiekuńcze dla osób niepełnosprawnych"
SPENT: list[tuple[str, Record, Record, bool]] = [
    (
        "the OPS's yearly report and the grant of one programme, a year apart (main kept them apart)",
        rec(
            "Dotacja z Funduszu Solidarnościowego na opiekę nad mieszkańcami",
            published="2019-03-15",
            amounts={"grant": "86400.00"},
            programme=CARE,
            site="ug-zalesie",
            **ZALESIE,
        ),
        rec(
            "Sprawozdanie z działalności Ośrodka Pomocy Społecznej w Zalesiu za 2019 r.",
            published="2020-03-30",
            amounts={"total_cost": "84120.55"},
            programme=CARE,
            site="bip-zalesie",
            **ZALESIE,
        ),
        True,
    ),
    (
        "a club's settlement against its grant, one content word (main kept them apart)",
        rec(
            "Klub dziecięcy w Zalesiu – umowa z wojewodą podpisana",
            published="2019-05-10",
            amounts={"grant": "720000.00"},
            site="ug-zalesie",
            **ZALESIE,
        ),
        rec(
            "Rozliczenie utworzenia klubu dziecięcego w Zalesiu",
            published="2020-06-12",
            amounts={"total_cost": "702350.40"},
            site="bip-zalesie",
            **ZALESIE,
        ),
        True,
    ),
    (
        "the report's sum 15 % under the grant",
        rec(
            "Dotacja z Funduszu Solidarnościowego na opiekę nad mieszkańcami",
            published="2019-03-15",
            amounts={"grant": "86400.00"},
            programme=CARE,
            site="ug-zalesie",
            **ZALESIE,
        ),
        rec(
            "Sprawozdanie z działalności Ośrodka Pomocy Społecznej w Zalesiu za 2019 r.",
            published="2020-03-30",
            amounts={"total_cost": "73120.55"},
            programme=CARE,
            site="bip-zalesie",
            **ZALESIE,
        ),
        False,
    ),
    (
        "the settled sum over the grant: another project's cost",
        rec(
            "Klub dziecięcy w Zalesiu – umowa z wojewodą podpisana",
            published="2019-05-10",
            amounts={"grant": "720000.00"},
            site="ug-zalesie",
            **ZALESIE,
        ),
        rec(
            "Rozliczenie utworzenia klubu dziecięcego w Zalesiu",
            published="2020-06-12",
            amounts={"total_cost": "745350.40"},
            site="bip-zalesie",
            **ZALESIE,
        ),
        False,
    ),
    (
        "the report published before the grant it would settle",
        rec(
            "Dotacja z Funduszu Solidarnościowego na opiekę nad mieszkańcami",
            published="2020-03-15",
            amounts={"grant": "86400.00"},
            programme=CARE,
            site="ug-zalesie",
            **ZALESIE,
        ),
        rec(
            "Sprawozdanie z działalności Ośrodka Pomocy Społecznej w Zalesiu za 2018 r.",
            published="2019-03-30",
            amounts={"total_cost": "84120.55"},
            programme=CARE,
            site="bip-zalesie",
            **ZALESIE,
        ),
        False,
    ),
    (
        "one gmina's two roads, the acceptance in another village",
        rec(
            "Dofinansowanie przebudowy drogi gminnej w Brzeziu",
            published="2021-02-01",
            amounts={"total_cost": "552344.27"},
            site="ug-zalesie",
            **ZALESIE,
        ),
        rec(
            "Odbiór przebudowy drogi w Kozłowie",
            published="2021-10-20",
            amounts={"total_cost": "531200.15"},
            site="ug-zalesie",
            **ZALESIE,
        ),
        False,
    ),
    (
        "one gmina's acceptance of a village hall against its sewer grant: only the works' word in common",
        rec(
            "Budowa kanalizacji sanitarnej w Zalesiu – umowa podpisana",
            published="2021-02-01",
            amounts={"grant": "1028453.79"},
            site="ug-zalesie",
            **ZALESIE,
        ),
        rec(
            "Odbiór: budowa świetlicy wiejskiej w Zalesiu",
            published="2021-10-20",
            amounts={"grant": "1019443.54"},
            site="ug-zalesie",
            **ZALESIE,
        ),
        False,
    ),
    (
        "a budget report with no word or programme in common with the grant",
        rec(
            "Nowe wyposażenie dla świetlicy w Brzeziu",
            published="2021-02-01",
            amounts={"grant": "552344.27"},
            site="ug-zalesie",
            **ZALESIE,
        ),
        rec(
            "Sprawozdanie z wykonania budżetu gminy za 2021 rok",
            published="2022-03-20",
            amounts={"total_cost": "531200.15"},
            site="bip-zalesie",
            **ZALESIE,
        ),
        False,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), SPENT, ids=[case[0][:60] for case in SPENT])
def test_a_reports_spent_sum_against_the_granted_one(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why
