"""The programme, funder and fund conventions of tests/realtext/README.md, rule by rule, in invented sentences.

`programme` and `funder` take the canonical names of src/extract/data/programmes.csv and funders.csv (a
voivodeship's marshal's office, board or self-government as payer is its Urząd Marszałkowski); `funder`
is the payer the passage names, else the one a national programme's row implies, and an EU programme
alone implies none.  `fund` is the EU fund the passage names, else the single fund of a named programme.
"""

from __future__ import annotations

import pytest

from conventions import record

RMPS = "Ministerstwo Rodziny, Pracy i Polityki Społecznej"

# (text, programme, funder, fund)
ROWS = [
    # a national programme: its canonical name and the funder its row implies
    ("Gmina Lipno realizuje program „Senior+” na lata 2021-2025.", "Senior+", RMPS, None),
    ("Ośrodek przystąpił do Programu Opieka Wytchnieniowa – edycja 2024.", "Opieka wytchnieniowa", RMPS, None),
    (
        "Gmina realizuje Program „Asystent osobisty osoby z niepełnosprawnością” – edycja 2023.",
        "Asystent osobisty osoby z niepełnosprawnością",
        RMPS,
        None,
    ),
    ("Powiat przystąpił do programu „Aktywny samorząd”.", "Aktywny samorząd", "PFRON", None),
    # the payer the passage names wins over the implied one
    (
        "Wojewoda Mazowiecki przekazał gminie środki na program „Posiłek w szkole i w domu”.",
        "Posiłek w szkole i w domu",
        "Wojewoda Mazowiecki",
        None,
    ),
    # ... after its verb too, the money named first; a voivode's office is the voivode
    (
        "Środki na program „Senior+” przekazał Wojewoda Mazowiecki.",
        "Senior+",
        "Wojewoda Mazowiecki",
        None,
    ),
    (
        "Pieniądze na program „Senior+” przekazał Mazowiecki Urząd Wojewódzki.",
        "Senior+",
        "Wojewoda Mazowiecki",
        None,
    ),
    # a payer printed in the genitive comes back in the nominative
    (
        "Gmina podpisała umowę o dofinansowanie z Urzędu Marszałkowskiego na 60 000 zł.",
        None,
        "Urząd Marszałkowski",
        None,
    ),
    # a state fund named after its kind ("fundusz celowy pn./–/pod nazwą …") is the payer the passage names
    (
        "Usługi opieki wytchnieniowej dofinansowano ze środków funduszu celowego – Fundusz Solidarnościowy.",
        None,
        "Fundusz Solidarnościowy",
        None,
    ),
    (
        "Ogłoszenie o programie „Opieka wytchnieniowa” wydał minister. Program finansuje państwowy fundusz "
        "celowy pn. Fundusz Solidarnościowy.",
        "Opieka wytchnieniowa",
        "Fundusz Solidarnościowy",
        None,
    ),
    # near-misses: a body handed a report (dative) or quoted (a verb of speech) pays nothing
    ("Wójt przekazał Wojewodzie Mazowieckiemu sprawozdanie z programu „Senior+”.", "Senior+", RMPS, None),
    (
        "Jak przekazał zespół prasowy wojewody mazowieckiego, program „Senior+” obejmie 40 gmin.",
        "Senior+",
        RMPS,
        None,
    ),
    # a marshal's office, board or self-government as payer: its Urząd Marszałkowski
    (
        "Zarząd Województwa Lubuskiego przyznał gminie dotację na remont świetlicy.",
        None,
        "Urząd Marszałkowski Województwa Lubuskiego",
        None,
    ),
    (
        "Dotację przyznał Samorząd Województwa Lubelskiego.",
        None,
        "Urząd Marszałkowski Województwa Lubelskiego",
        None,
    ),
    (
        "Marszałek Województwa Lubuskiego wręczył gminie czek na 50 000 zł dotacji.",
        None,
        "Urząd Marszałkowski Województwa Lubuskiego",
        None,
    ),
    # an EU programme alone implies no funder; its single fund is the fund
    (
        "Projekt współfinansowany ze środków Unii Europejskiej w ramach Programu Operacyjnego Wiedza Edukacja Rozwój.",
        "PO WER 2014-2020",
        None,
        "EFS",
    ),
    (
        "Operacja współfinansowana w ramach Programu Rozwoju Obszarów Wiejskich na lata 2014-2020.",
        "PROW 2014-2020",
        None,
        "EFRROW",
    ),
    (
        "Projekt w ramach programu Fundusze Europejskie dla Rozwoju Społecznego.",
        "FERS 2021-2027",
        None,
        "EFS+",
    ),
    # an Interreg programme has no `fund` in programmes.csv (the dev labels give EFRR only where the passage names
    # it: filling the column cost 5 fully right tune passages and 1 check passage), so it implies none
    (
        "Projekt jest współfinansowany w ramach Programu Interreg Polska – Saksonia 2021-2027.",
        "Interreg Polska – Saksonia",
        None,
        None,
    ),
    (
        "Mikroprojekt realizowany w ramach Programu Współpracy Transgranicznej Interreg V-A Polska – Słowacja.",
        "Interreg V-A Polska – Słowacja",
        None,
        None,
    ),
    (
        "Projekt współfinansowany ze środków Europejskiego Funduszu Rozwoju Regionalnego w ramach programu "
        "Interreg Czechy – Polska.",
        "Interreg Czechy – Polska",
        None,
        "EFRR",
    ),
    (
        "Projekt realizowany w ramach Programu Interreg NEXT Polska – Ukraina 2021-2027 (EFRR).",
        "Interreg NEXT Polska – Ukraina",
        None,
        "EFRR",
    ),
    # a programme of several funds gives none unless the passage names one
    (
        "Projekt współfinansowany ze środków Unii Europejskiej w ramach Regionalnego Programu Operacyjnego "
        "Województwa Śląskiego na lata 2014-2020.",
        "RPO WSL 2014-2020",
        None,
        None,
    ),
    (
        "Projekt współfinansowany z EFS+ w ramach programu Fundusze Europejskie dla Śląskiego 2021-2027.",
        "FE SL 2021-2027",
        None,
        "EFS+",
    ),
    # a named fund is the fund
    (
        "Projekt współfinansowany z Europejskiego Funduszu Rozwoju Regionalnego.",
        None,
        None,
        "EFRR",
    ),
    (
        "Projekt jest współfinansowany ze środków Europejskiego Funduszu Społecznego.",
        None,
        None,
        "EFS",
    ),
    # a payer named in the instrumental or genitive
    (
        "Zadanie dofinansowano ze środków Państwowego Funduszu Rehabilitacji Osób Niepełnosprawnych.",
        None,
        "PFRON",
        None,
    ),
    # the payer in more verbs and cases, its canonical name from funders.csv
    (
        "Zadanie dofinansowano ze środków Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Toruniu.",
        None,
        "WFOŚiGW w Toruniu",
        None,
    ),
    (
        "Inwestycja otrzymała wsparcie z budżetu Województwa Mazowieckiego.",
        None,
        "Urząd Marszałkowski Województwa Mazowieckiego",
        None,
    ),
    (
        "Zadanie współfinansowane przez Zarząd Województwa Pomorskiego.",
        None,
        "Urząd Marszałkowski Województwa Pomorskiego",
        None,
    ),
    (
        "Zadanie zostało dofinansowane przez Samorząd Województwa Lubuskiego.",
        None,
        "Urząd Marszałkowski Województwa Lubuskiego",
        None,
    ),
    (
        "Dotację przyznał Minister Kultury i Dziedzictwa Narodowego.",
        None,
        "Ministerstwo Kultury i Dziedzictwa Narodowego",
        None,
    ),
    ("Gmina otrzymała promesę od Wojewody Mazowieckiego.", None, "Wojewoda Mazowiecki", None),
    ("Dofinansowanie pochodzi z Ministerstwa Sportu i Turystyki.", None, "Ministerstwo Sportu i Turystyki", None),
    (
        "Projekt sfinansowano ze środków Narodowego Funduszu Ochrony Środowiska i Gospodarki Wodnej.",
        None,
        "NFOŚiGW",
        None,
    ),
    # a payer missing from funders.csv: the name as printed, in the nominative
    ("Projekt dofinansowany przez Powiat Lipnowski.", None, "Powiat Lipnowski", None),
    ("Zadanie finansowane ze środków Fundacji Zielony Most.", None, "Fundacja Zielony Most", None),
    # no programme, no payer: nothing
    ("Gmina Lipno wyremontowała świetlicę wiejską.", None, None, None),
]


@pytest.mark.parametrize(
    ("text", "programme", "funder", "fund"),
    [row if hasattr(row, "marks") else pytest.param(*row, id=row[0][:50]) for row in ROWS],
)
def test_programme_funder_and_fund_follow_the_written_rules(
    text: str, programme: str | None, funder: str | None, fund: str | None
) -> None:
    found = record(text).funding
    assert (found.programme, found.funder, found.fund) == (programme, funder, fund)
