"""One row per project (issue 16): the grouping rule, its invariants, and its scores on the labelled pairs."""

from __future__ import annotations

import hashlib
import json
import os
import runpy
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.model import Record
from project_records import rec, same
from scraper import projects
from scraper.projects import group_projects, project_id_of
from scraper.projects_eval import Pair, PairsError, load_pairs, main, score

PAIRS = Path(__file__).parent / "projects"
DEV, HOLDOUT = PAIRS / "pairs.jsonl", PAIRS / "pairs_holdout.jsonl"
ROUND5 = PAIRS / "pairs_round5.jsonl"
ROUND6 = PAIRS / "pairs_round6.jsonl"
ROUND7 = PAIRS / "pairs_round7.jsonl"
ROUND8 = PAIRS / "pairs_round8.jsonl"
ROUND9 = PAIRS / "pairs_round9.jsonl"
ROUND10 = PAIRS / "pairs_round10.jsonl"
ROUND11 = PAIRS / "pairs_round11.jsonl"
ROUND12 = PAIRS / "pairs_round12.jsonl"
ROUND13 = PAIRS / "pairs_round13.jsonl"
ROUND14 = PAIRS / "pairs_round14.jsonl"
ROUND15 = PAIRS / "pairs_round15.jsonl"
ROUND16 = PAIRS / "pairs_round16.jsonl"
ROUND17 = PAIRS / "pairs_round17.jsonl"
ROUND18 = PAIRS / "pairs_round18.jsonl"
ROUND19 = PAIRS / "pairs_round19.jsonl"
ROUND20 = PAIRS / "pairs_round20.jsonl"
# The files the rule is tuned on (rounds 3 and 4, `HOLDOUT`, are the check; round 20, built apart, is held out).
TUNING = (
    DEV,
    ROUND5,
    ROUND6,
    ROUND7,
    ROUND8,
    ROUND9,
    ROUND10,
    ROUND11,
    ROUND12,
    ROUND13,
    ROUND14,
    ROUND15,
    ROUND16,
    ROUND17,
    ROUND18,
    ROUND19,
)


GRANT = {"grant": "96480.00"}
ROUND = {"grant": "400000.00"}
CASES = [
    # (why, a, b, expected)
    (
        "contract numbers equal once spacing and case are normalised",
        rec("Usługi opiekuńcze", contract_number="rpop.08.01.00 - 16-0031/18"),
        rec("Zupełnie inny tytuł", contract_number="RPOP.08.01.00-16-0031/18", site="rops"),
        True,
    ),
    (
        "different contract numbers are never one project",
        rec("Rewitalizacja Rynku w Paczkowie", contract_number="RPOP.10.03.00-16-0008/18", amounts=GRANT),
        rec("Rewitalizacja Rynku w Paczkowie", contract_number="RPOP.10.03.00-16-0011/18", amounts=GRANT),
        False,
    ),
    (
        "same title and an exact amount",
        rec("Opieka wytchnieniowa w Kolonowskiem", amounts=GRANT),
        rec("Kolonowskie: dofinansowanie na opiekę wytchnieniową", amounts=GRANT, site="gops"),
        True,
    ),
    (
        "editions of one programme in different years",
        rec("Opieka wytchnieniowa – edycja 2024", amounts=GRANT, implementer="GOPS w Kolonowskiem"),
        rec("Opieka wytchnieniowa – edycja 2025", amounts=GRANT, implementer="GOPS w Kolonowskiem"),
        False,
    ),
    (
        "stage II against an unnumbered title (edition 1)",
        rec("Przebudowa drogi Ligota – Bielice", amounts={"total_cost": "2450000"}, beneficiary="Gmina Bielice"),
        rec("Przebudowa drogi Ligota – Bielice – etap II", amounts={"grant": "2450000"}, beneficiary="Gmina Bielice"),
        False,
    ),
    (
        "periods that do not overlap",
        rec("Aktywni razem w Głogówku", amounts=GRANT, period={"start": "2018-01-01", "end": "2019-12-31"}),
        rec("Aktywni razem w Głogówku", amounts=GRANT, period={"start": "2020-01-01", "end": "2021-12-31"}),
        False,
    ),
    (
        "the same title with different amounts of one kind",
        rec("Zakup samochodu dla OSP Domaszowice", amounts={"total_cost": "349000.00", "grant": "5300.10"}),
        rec("Zakup samochodu dla OSP Domaszowice", amounts={"total_cost": "212000.00", "grant": "5300.10"}),
        False,
    ),
    (
        "the same programme in two gminas",
        rec("Korpus Wsparcia Seniorów 2023", amounts=GRANT, implementer="OPS w Ozimku"),
        rec("Korpus Wsparcia Seniorów 2023", amounts=GRANT, implementer="GOPS w Chrząstowicach"),
        False,
    ),
    (
        "different canonical programmes",
        rec("Szkoła ćwiczeń w Lasowicach", amounts=GRANT, programme="RPO WO 2014-2020"),
        rec("Szkoła ćwiczeń w Lasowicach", amounts=GRANT, programme="FEO 2021-2027"),
        False,
    ),
    (
        "the gmina and its OPS, same year in both titles",
        rec("Opieka wytchnieniowa 2024 w Kolonowskiem", beneficiary="Gmina Kolonowskie"),
        rec("Rekrutacja: opieka wytchnieniowa 2024", implementer="Gminny Ośrodek Pomocy Społecznej w Kolonowskiem"),
        True,
    ),
    (
        "similar titles and nothing else in common",
        rec("Opieka wytchnieniowa", site="a"),
        rec("Opieka wytchnieniowa", site="b"),
        False,
    ),
    (
        "titles naming different places: the next unit's car",
        rec("Zakup samochodu dla OSP Domaszowice", amounts={"grant": "200000.00"}, beneficiary="Gmina Domaszowice"),
        rec("Zakup samochodu dla OSP Gręboszów", amounts={"grant": "200000.00"}, beneficiary="Gmina Domaszowice"),
        False,
    ),
    (
        "two villages sharing a first word",
        rec("Termomodernizacja szkoły w Dobrzeniu Małym", amounts={"grant": "1290000.00"}),
        rec("Termomodernizacja szkoły w Dobrzeniu Wielkim", amounts={"grant": "1290000.00"}),
        False,
    ),
    (
        "different modules of one programme in one gmina",
        rec("Posiłek w szkole i w domu – moduł 1", amounts=GRANT, beneficiary="Gmina Dolsk"),
        rec("Posiłek w szkole i w domu – moduł 3", amounts=GRANT, beneficiary="Gmina Dolsk"),
        False,
    ),
    (
        "a module against an unnumbered title is no new edition",
        rec("Posiłek w szkole i w domu – moduł II, 2023", amounts={"grant": "72000.00"}, implementer="GOPS w Byczynie"),
        rec(
            "Byczyna: 72 tys. zł na stołówki w programie Posiłek w szkole i w domu (2023)",
            beneficiary="Gmina Byczyna",
            amounts={"grant": "72000.00"},
            site="um",
        ),
        True,
    ),
    (
        "a quoted project name of three words standing in the other title, same body",
        rec(
            "Projekt „Razem dla seniora na wsi” – rekrutacja uczestników",
            implementer="OPS w Prudniku",
            published="2019-10-20",
        ),
        rec(
            "Prudnik: umowa na projekt Razem dla seniora na wsi podpisana",
            beneficiary="Gmina Prudnik",
            published="2019-09-12",
            site="um",
        ),
        True,
    ),
    (
        "a two-word project name and one body, undated: such names recur (one MOPS's yearly „Stop krzywdzeniu”)",
        rec("Projekt „Razem dla seniora” – rekrutacja uczestników", implementer="OPS w Prudniku"),
        rec("Prudnik: umowa na projekt Razem dla seniora podpisana", beneficiary="Gmina Prudnik", site="um"),
        False,
    ),
    (
        "a sum of five significant digits and one content word within a year",
        rec("Podpisanie umowy na dokształcanie zawodowe", amounts={"total_cost": "1622949.12"}, published="2017-04-19"),
        rec(
            "Kompetencje w zawodzie – 1,6 mln zł dla szkół",
            amounts={"total_cost": "1622949.12"},
            published="2017-04-25",
        ),
        True,
    ),
    (
        "a specific sum of four significant digits and one content word: not enough",
        rec("Podpisanie umowy na dokształcanie zawodowe", amounts={"total_cost": "187300"}, published="2017-04-19"),
        rec("Kompetencje w zawodzie dla szkół", amounts={"total_cost": "187300"}, published="2017-04-25"),
        False,
    ),
    (
        "a rural gmina's and the town's centre of one name are two bodies",
        rec(
            "Aktywny senior – zajęcia dla seniorów",
            implementer="Gminny Ośrodek Pomocy Społecznej w Krasnymstawie",
            period={"start": "2021-03-01", "end": "2021-11-30"},
        ),
        rec(
            "Aktywny senior – zajęcia dla seniorów w Krasnymstawie",
            implementer="Miejski Ośrodek Pomocy Społecznej w Krasnymstawie",
            period={"start": "2021-03-01", "end": "2021-11-30"},
        ),
        False,
    ),
    (
        "two gminas whose names share their first letters (Kluczbork / Kluczewsko) are two bodies",
        rec(
            "Posiłek w szkole i w domu – dofinansowanie na 2023 rok",
            beneficiary="Gmina Kluczbork",
            amounts={"grant": "158400"},
            published="2023-03-01",
        ),
        rec(
            "Posiłek w szkole i w domu – dofinansowanie na 2023 rok",
            beneficiary="Gmina Kluczewsko",
            amounts={"grant": "158400"},
            published="2023-03-02",
        ),
        False,
    ),
    (
        "one gmina named in two cases (Krasnystaw / w Krasnymstawie) is still one body",
        rec(
            "Remont świetlicy wiejskiej w Zakręciu",
            beneficiary="Gmina Krasnystaw",
            amounts={"grant": "241870.55"},
            published="2022-05-10",
        ),
        rec(
            "Świetlica w Zakręciu po remoncie",
            implementer="Urząd Gminy w Krasnymstawie",
            amounts={"grant": "241870.55"},
            published="2022-09-14",
        ),
        True,
    ),
    (
        "a title's year against the other record's period",
        rec("Klub Senior+ w Walcach – edycja 2022", beneficiary="Gmina Walce", published="2022-12-01"),
        rec(
            "Klub Senior+ w Walcach",
            beneficiary="Gmina Walce",
            published="2022-12-20",
            period={"start": "2023-01-01", "end": "2023-12-31"},
        ),
        False,
    ),
    (
        "headlines naming different sums",
        rec("Gmina Olsztyn pozyskała ponad 700 tysięcy na drogi", beneficiary="Gmina Olsztyn", published="2022-03-01"),
        rec("Gmina Olsztyn pozyskała ponad 500 tys. zł na drogi", beneficiary="Gmina Olsztyn", published="2022-05-01"),
        False,
    ),
    (
        "near-identical titles on one site within a year and nothing else: one fact, not two",
        rec("Remont świetlicy wiejskiej w Jaworsku", published="2022-03-01"),
        rec("Remont świetlicy wiejskiej w Jaworsku zakończony", published="2022-10-01"),
        False,
    ),
    (
        "a quoted programme name is not a project's name",
        rec(
            "Program „Opieka wytchnieniowa” – rekrutacja uczestników",
            implementer="OPS w Prudniku",
            programme="Opieka wytchnieniowa",
        ),
        rec("Prudnik: opieka wytchnieniowa dla rodzin osób niepełnosprawnych", beneficiary="Gmina Prudnik", site="um"),
        False,
    ),
    (
        "the same place and body within a year, titles worded apart",
        rec("Dzienny Dom Senior+ w Kupie otwarty", beneficiary="Gmina Kup", published="2022-01-10"),
        rec("Dotacja na utworzenie Dziennego Domu Senior+ w Kupie", implementer="GOPS w Kupie", published="2021-03-30"),
        True,
    ),
    (
        "one body and one sum to the grosz: the titles may share no word",
        rec(
            "Rządowy Fundusz Inwestycji Lokalnych",
            amounts={"grant": "2418349.00"},
            beneficiary="Gmina Pawłowice",
            published="2021-01-15",
        ),
        rec(
            "Pawłowice: 2,4 mln zł na szkoły",
            amounts={"grant": "2418349"},
            beneficiary="Gmina Pawłowice",
            published="2020-09-30",
            site="n",
        ),
        True,
    ),
    (
        "both state a grant and the grants differ: one body and close titles are not enough",
        rec(
            "Fundusz Sprawiedliwości: sprzęt dla OSP z gminy Dzwola",
            amounts={"grant": "30000"},
            beneficiary="Gmina Dzwola",
        ),
        rec("Nowy sprzęt dla OSP z gminy Dzwola", amounts={"grant": "28500.00"}, beneficiary="Gmina Dzwola"),
        False,
    ),
    (
        "one body, close titles, more than a year apart",
        rec("Seniorzy z Czaplinka mają klub", beneficiary="Gmina Czaplinek", published="2023-06-14"),
        rec("Dotacja dla klubu seniorów w Czaplinku", beneficiary="Gmina Czaplinek", published="2022-05-30"),
        False,
    ),
    (
        "a grant ceiling shared by many (round amount) needs closer titles",
        rec("Utworzenie Dziennego Domu Senior+ w Kupie", amounts={"grant": "300000"}),
        rec("Utworzenie Klubu Senior+ w Murowie", amounts={"grant": "300000"}, site="ug-murow"),
        False,
    ),
    (
        "near-identical only on place and body words (centrum kultury), a year's grant against next year's",
        rec(
            "Gmina Wólka z umową na 85 tys. zł dla centrum kultury",
            beneficiary="Gmina Wólka",
            published="2023-05-12",
            amounts={"grant": "85000"},
            programme="Kulisy kultury",
        ),
        rec(
            "Remont sali widowiskowej Gminnego Centrum Kultury w Wólce – Kulisy kultury 2024",
            beneficiary="Gmina Wólka",
            implementer="GCK w Wólce",
            published="2024-04-22",
            amounts={"grant": "85000.00", "total_cost": "120480.00"},
            programme="Kulisy kultury",
        ),
        False,
    ),
    (
        "a clear clash of kinds (MOPS / GOPS of one town) vetoes though a plain Gmina of that name agrees",
        rec(
            "Nowy schemat – wyższy standard: MOPS w Zgórzu podsumowuje",
            implementer="Miejski Ośrodek Pomocy Społecznej w Zgórzu",
            published="2021-02-12",
            period={"start": "2020-01-01", "end": "2021-01-31"},
        ),
        rec(
            "Projekt „Nowy schemat – wyższy standard” w GOPS w Zgórzu",
            beneficiary="Gmina Zgórz",
            implementer="Gminny Ośrodek Pomocy Społecznej w Zgórzu",
            published="2020-02-11",
            period={"start": "2020-01-01", "end": "2021-01-31"},
        ),
        False,
    ),
    (
        "one body within a year, and one title's content words all in the other",
        rec("Boisko w Wólce po modernizacji", beneficiary="Gmina Wólka", published="2022-10-12"),
        rec(
            "Wólka: dofinansowanie modernizacji boiska wielofunkcyjnego",
            beneficiary="Gmina Wólka",
            published="2022-04-01",
        ),
        True,
    ),
    (
        "one body, a two-word quoted name in both, one year",
        rec("STOP krzywdzeniu – RAZEM można więcej", implementer="MOPS w Wólce", published="2018-05-10"),
        rec("„Stop krzywdzeniu” – projekt MOPS dla dzieci", implementer="MOPS w Wólce", published="2018-05-22"),
        True,
    ),
    (
        "one body, a two-word quoted name, one year, the other's multi-year period holding the announcement",
        rec(
            "Razem dla seniora – usługi opiekuńcze w Gminie Wólka",
            implementer="OPS w Wólce",
            published="2019-10-01",
            period={"start": "2019-10-01", "end": "2022-09-30"},
        ),
        rec("Projekt „Razem dla seniora” – rekrutacja uczestników", implementer="OPS w Wólce", published="2019-10-20"),
        True,
    ),
    (
        "one body and near-identical titles: a title year need not hold the other's publication year",
        rec("Profesjonalne kadry pomocy społecznej w województwie", implementer="ROPS w Wólce", published="2017-03-15"),
        rec(
            "Profesjonalne kadry pomocy społecznej – szkolenia 2018", implementer="ROPS w Wólce", published="2018-01-22"
        ),
        True,
    ),
    (
        "one body within a year, one title's content words in the other, which names another village",
        rec("Seniorzy ze Skrzydłowa – podsumowanie roku w klubie", beneficiary="Gmina Wólka", published="2024-12-18"),
        rec("Klub Senior+ w Wólce z dofinansowaniem", beneficiary="Gmina Wólka", published="2024-02-20"),
        False,
    ),
    (
        "one body within a year, one village in both titles, the content words of one in the other",
        rec("Seniorzy ze Skrzydłowa – podsumowanie roku w klubie", beneficiary="Gmina Wólka", published="2024-12-18"),
        rec("Klub Senior+ w Skrzydłowie z dofinansowaniem", beneficiary="Gmina Wólka", published="2024-02-20"),
        True,
    ),
    (
        "one body within a year, one facility number and two content words",
        rec("Utworzenie Klubu Dziecięcego nr 2 w Gminie Wólka", beneficiary="Gmina Wólka", published="2019-10-25"),
        rec("Nowy klub dziecięcy nr 2 otwarty – zapisy", beneficiary="Gmina Wólka", published="2020-03-02"),
        True,
    ),
    (
        "one body within a year, one title's content words in the other, two facility numbers",
        rec("Klub Dziecięcy nr 1 w Wólce", beneficiary="Gmina Wólka", published="2019-10-25"),
        rec("Nowy klub dziecięcy nr 2 otwarty", beneficiary="Gmina Wólka", published="2020-03-02"),
        False,
    ),
    (
        "one body, a two-word quoted name in both, next year's edition",
        rec("STOP krzywdzeniu – RAZEM można więcej", implementer="MOPS w Wólce", published="2019-04-15"),
        rec("„Stop krzywdzeniu” – projekt MOPS dla dzieci", implementer="MOPS w Wólce", published="2018-05-22"),
        False,
    ),
    (
        "one body (the gmina and its OPS), one yearly programme, one edition year",
        rec("Program „Opieka wytchnieniowa” – edycja 2021", implementer="OPS w Wólce", published="2021-04-28"),
        rec("Wólka: 1680 godzin opieki wytchnieniowej", beneficiary="Gmina Wólka", published="2021-05-07"),
        True,
    ),
    (
        "one body, one yearly programme, its edition year from the period against the publication",
        rec("Dotacja na działalność Klubu „Senior+”", beneficiary="Gmina Wólka", published="2023-06-05"),
        rec(
            "Seniorzy mają pieniądze na swój klub",
            beneficiary="Gmina Wólka",
            programme="Senior+",
            period={"start": "2023-01-01", "end": "2023-12-31"},
        ),
        True,
    ),
    (
        "one body, one yearly programme, next year's edition (the title without a year, published in 2020)",
        rec("Program Wspieraj Seniora", implementer="MOPS w Wólce", published="2020-11-03"),
        rec("Program Wspieraj Seniora – edycja 2021", implementer="MOPS w Wólce", published="2021-01-18"),
        False,
    ),
    (
        "one body, one yearly programme and year, the meals against a canteen's refit",
        rec(
            "Rządowy program „Posiłek w szkole i w domu”",
            implementer="Gmina Wólka",
            period={"start": "2024-01-01", "end": "2024-12-31"},
        ),
        rec(
            "Modernizacja stołówki z programu „Posiłek w szkole i w domu”",
            beneficiary="Gmina Wólka",
            published="2024-07-02",
        ),
        False,
    ),
    (
        "a yearly programme's edition, a gmina name several gminas bear, two sites",
        rec("Klub „Senior+” otwarty", beneficiary="Gmina Dąbie", published="2021-12-10"),
        rec("Utworzenie Klubu Senior+ w Dąbiu", beneficiary="Gmina Dąbie", published="2021-05-07", site="ug-dabie-2"),
        False,
    ),
    (
        "one body, one village both titles name and two content words, within a year",
        rec("30 tys. zł na doposażenie świetlicy w Jaworsku", beneficiary="Gmina Wólka", published="2022-08-05"),
        rec("Świetlica w Jaworsku z nowym wyposażeniem", beneficiary="Gmina Wólka", published="2022-11-14"),
        True,
    ),
    (
        "one body, one village both titles name, one content word: two roads of one village",
        rec("Przebudowa drogi w Brodach", beneficiary="Gmina Wólka", published="2023-02-16"),
        rec("Remont drogi w Brodach", beneficiary="Gmina Wólka", published="2023-07-03"),
        False,
    ),
    (
        "one body, two villages both titles name and one content word, within a year",
        rec("2,4 mln zł z RFIL na szkoły w Brodach i Lesie", beneficiary="Gmina Wólka", published="2020-09-30"),
        rec(
            "Przebudowa szkoły w Brodach i rozbudowa przedszkola w Lesie",
            beneficiary="Gmina Wólka",
            published="2021-06-01",
        ),
        True,
    ),
    (
        "one specific sum, and the place of a title standing for the body the other record names",
        rec(
            "Wymiana instalacji grzewczej w domu kultury w Wólce",
            beneficiary="Gmina Wólka",
            amounts={"total_cost": "187300"},
        ),
        rec("Nowe kotły w Wólce", amounts={"total_cost": "187300"}, site="gok"),
        True,
    ),
    (
        "one specific sum, a title's place against another gmina's body",
        rec("Wymiana instalacji grzewczej w domu kultury", beneficiary="Gmina Wólka", amounts={"total_cost": "187300"}),
        rec("Nowe kotły w Lesie", amounts={"total_cost": "187300"}, site="gok"),
        False,
    ),
    (
        "a quoted project name, and a powiat a title names standing for the other record's body",
        rec(
            "Projekt „Kompetencje w zawodzie drogą do kariery” w Zespole Szkół nr 3",
            beneficiary="Powiat Wólczański",
            published="2017-09-05",
        ),
        rec(
            "Kompetencje w zawodzie drogą do kariery – 1,6 mln zł dla szkół powiatu wólczańskiego",
            site="news",
            published="2017-04-25",
        ),
        True,
    ),
    (
        "one body, one programme both name, one round sum, within a quarter",
        rec(
            "Kolejne dofinansowanie dla Wólki",
            beneficiary="Gmina Wólka",
            programme="Rady Seniorów",
            amounts={"grant": "20000"},
            published="2022-06-14",
        ),
        rec(
            "Projekt „Aktywność Seniora” z dofinansowaniem",
            beneficiary="Gmina Wólka",
            programme="Rady Seniorów",
            amounts={"grant": "20000.00"},
            published="2022-06-10",
            site="news",
        ),
        True,
    ),
    (
        "one body, one grant (round), one content word, within a quarter",
        rec(
            "STOP krzywdzeniu – RAZEM można więcej",
            implementer="MOPS w Wólce",
            amounts={"grant": "81000"},
            published="2018-05-10",
        ),
        rec(
            "Wólka z dotacją na przeciwdziałanie krzywdzeniu dzieci",
            beneficiary="Gmina Miejska Wólka",
            amounts={"grant": "81000.00"},
            published="2018-04-20",
        ),
        True,
    ),
    (
        "one body, one grant (round), within a quarter, but one's grant is the other's total cost",
        rec(
            "STOP krzywdzeniu – RAZEM można więcej",
            implementer="MOPS w Wólce",
            amounts={"total_cost": "81000"},
            published="2018-05-10",
        ),
        rec(
            "Wólka z dotacją na przeciwdziałanie krzywdzeniu dzieci",
            beneficiary="Gmina Miejska Wólka",
            amounts={"grant": "81000.00"},
            published="2018-04-20",
        ),
        False,
    ),
    (
        "one body within a year, an ordinal facility against its number, two content words",
        rec(
            "Wólka: drugi klub dziecięcy powstanie za unijne pieniądze",
            beneficiary="Gmina Wólka",
            published="2019-10-29",
        ),
        rec("Nowy klub dziecięcy nr 2 otwarty – zapisy dzieci", beneficiary="Gmina Wólka", published="2020-03-02"),
        True,
    ),
    (
        "one body within a year, an ordinal facility against another number",
        rec(
            "Wólka: drugi klub dziecięcy powstanie za unijne pieniądze",
            beneficiary="Gmina Wólka",
            published="2019-10-29",
        ),
        rec("Nowy klub dziecięcy nr 1 otwarty – zapisy dzieci", beneficiary="Gmina Wólka", published="2020-03-02"),
        False,
    ),
    (
        "one site, a quoted project name of three content words in the other title, within a year",
        rec(
            "Zapraszamy do udziału w projekcie „Kooperacja – efektywna i skuteczna”",
            published="2018-09-10",
            site="rops",
        ),
        rec("Kooperacja – efektywna i skuteczna: szkolenia dla pracowników OPS", published="2019-02-14", site="rops"),
        True,
    ),
    (
        "one site, a yearly programme's name quoted in both titles: the meals and a canteen",
        rec("Program „Posiłek w szkole i w domu” w 2024 roku", published="2024-03-04", site="gops"),
        rec("Modernizacja stołówki z programu „Posiłek w szkole i w domu”", published="2024-07-02", site="gops"),
        False,
    ),
    (
        "one body, one grant (round) within a quarter, only 'dotacja' in common",
        rec(
            "Dotacja na zakup wozu strażackiego",
            beneficiary="Gmina Wólka",
            amounts={"grant": "50000"},
            published="2021-05-10",
        ),
        rec(
            "Gmina Wólka z dotacją na kompostowniki",
            beneficiary="Gmina Wólka",
            amounts={"grant": "50000"},
            published="2021-06-10",
        ),
        False,
    ),
    (
        "one site, a quoted project name, ten months apart: maybe next year's edition",
        rec("Zapraszamy do udziału w projekcie „Bezpieczne wakacje z OPS”", published="2023-07-10", site="ops"),
        rec("„Bezpieczne wakacje z OPS” – zapisy", published="2024-05-14", site="ops"),
        False,
    ),
    (
        "one body, one programme both name, one round sum, half a year apart",
        rec(
            "Kolejne dofinansowanie dla Wólki",
            beneficiary="Gmina Wólka",
            programme="Rady Seniorów",
            amounts={"grant": "20000"},
            published="2022-12-14",
        ),
        rec(
            "Projekt „Aktywność Seniora” z dofinansowaniem",
            beneficiary="Gmina Wólka",
            programme="Rady Seniorów",
            amounts={"grant": "20000.00"},
            published="2022-06-10",
            site="news",
        ),
        False,
    ),
    (
        "one body within two months, two content words beyond a programme's name",
        rec(
            "Gmina Wólka z dotacją na ochronę dzieci przed krzywdzeniem",
            beneficiary="Gmina Wólka",
            amounts={"grant": "64000.00"},
            published="2019-03-01",
        ),
        rec(
            "„Bezpieczny dom” – MOPS w Wólce rusza z pomocą dla krzywdzonych dzieci",
            implementer="Miejski Ośrodek Pomocy Społecznej w Wólce",
            published="2019-04-10",
            site="news",
        ),
        True,
    ),
    (
        "one body, the same two content words five months apart: maybe the next call",
        rec(
            "Gmina Wólka z dotacją na ochronę dzieci przed krzywdzeniem",
            beneficiary="Gmina Wólka",
            amounts={"grant": "64000.00"},
            published="2019-03-01",
        ),
        rec(
            "„Bezpieczny dom” – MOPS w Wólce rusza z pomocą dla krzywdzonych dzieci",
            implementer="Miejski Ośrodek Pomocy Społecznej w Wólce",
            published="2019-08-12",
            site="news",
        ),
        False,
    ),
    (
        "one body within two months, one grant of one kind (round), one content word (the programme's)",
        rec(
            "Wsparcie z rządowego programu „Posiłek w szkole i w domu”",
            beneficiary="Gmina Wólka",
            programme="Posiłek w szkole i w domu",
            amounts={"grant": "60000.00"},
            published="2022-09-05",
        ),
        rec(
            "Wólka: 60 tys. zł od wojewody na nową kuchnię w szkole",
            beneficiary="Gmina Wólka",
            amounts={"grant": "60000"},
            published="2022-09-30",
            site="news",
        ),
        True,
    ),
    (
        "one body, one round grant, one content word, four months apart",
        rec(
            "Wsparcie z rządowego programu „Posiłek w szkole i w domu”",
            beneficiary="Gmina Wólka",
            programme="Posiłek w szkole i w domu",
            amounts={"grant": "60000.00"},
            published="2022-05-05",
        ),
        rec(
            "Wólka: 60 tys. zł od wojewody na nową kuchnię w szkole",
            beneficiary="Gmina Wólka",
            amounts={"grant": "60000"},
            published="2022-09-30",
            site="news",
        ),
        False,
    ),
    (
        "one body, one call both name (a foundation's grants), one calendar year, titles with nothing in common",
        rec(
            "Grupa seniorów z Wólki doceniona",
            beneficiary="Stowarzyszenie Przyjaciół Wólki",
            programme="Działaj Lokalnie",
            amounts={"grant": "5000"},
            published="2021-07-02",
        ),
        rec(
            "„Zdrowo i aktywnie nad stawem w Zalesiu” z dotacją",
            beneficiary="Stowarzyszenie Przyjaciół Wólki",
            programme="Działaj Lokalnie",
            published="2021-07-20",
            site="news",
        ),
        True,
    ),
    (
        "one body, one fund both name that pays for many of its projects a year (RFRD)",
        rec(
            "Remont drogi gminnej w Wólce",
            beneficiary="Gmina Wólka",
            programme="Rządowy Fundusz Rozwoju Dróg",
            published="2021-04-02",
        ),
        rec(
            "Gmina Wólka z pieniędzmi na nowy most",
            beneficiary="Gmina Wólka",
            programme="Rządowy Fundusz Rozwoju Dróg",
            published="2021-06-20",
            site="news",
        ),
        False,
    ),
    (
        "one body, one call both name, December and February: two years' calls",
        rec(
            "Grupa seniorów z Wólki doceniona",
            beneficiary="Stowarzyszenie Przyjaciół Wólki",
            programme="Działaj Lokalnie",
            published="2021-12-02",
        ),
        rec(
            "„Zdrowo i aktywnie nad stawem” z dotacją",
            beneficiary="Stowarzyszenie Przyjaciół Wólki",
            programme="Działaj Lokalnie",
            published="2022-02-20",
            site="news",
        ),
        False,
    ),
    (
        "one body, one village both titles name and two content words, at signing and at completion",
        rec(
            "Umowa na budowę kanalizacji w Zalesiu podpisana",
            beneficiary="Gmina Wólka",
            amounts={"grant": "2300000"},
            published="2020-03-02",
        ),
        rec(
            "Zalesie z kanalizacją – budowa zakończona",
            beneficiary="Gmina Wólka",
            amounts={"total_cost": "4100000.00"},
            published="2021-10-15",
            site="news",
        ),
        True,
    ),
    (
        "one body, one village both titles name and two content words, one record undated: no time said, apart",
        rec(
            "Umowa na budowę kanalizacji w Zalesiu podpisana",
            beneficiary="Gmina Wólka",
            amounts={"grant": "2300000"},
        ),
        rec(
            "Zalesie z kanalizacją – budowa zakończona",
            beneficiary="Gmina Wólka",
            amounts={"total_cost": "4100000.00"},
            published="2021-10-15",
            site="news",
        ),
        False,
    ),
    (
        "one body, one village both titles name, one content word a year and a half apart: the hall's next project",
        rec(
            "Remont świetlicy w Zalesiu",
            beneficiary="Gmina Wólka",
            published="2020-03-02",
        ),
        rec(
            "Zalesie: świetlica z nowym wyposażeniem",
            beneficiary="Gmina Wólka",
            published="2021-10-15",
            site="news",
        ),
        False,
    ),
    (
        "one project's name of three content words in both titles, within half a year, a body on one side only",
        rec(
            "Nasi pracownicy na szkoleniu w projekcie Nowoczesne usługi dla rodzin", published="2019-05-06", site="ops"
        ),
        rec(
            "Nowoczesne usługi dla rodzin – zaproszenie na szkolenia",
            implementer="Regionalny Ośrodek Polityki Społecznej w Zalesiu",
            published="2019-02-14",
            site="rops",
        ),
        True,
    ),
    (
        "the same project's name nine months apart: maybe the next edition",
        rec(
            "Nasi pracownicy na szkoleniu w projekcie Nowoczesne usługi dla rodzin", published="2019-11-06", site="ops"
        ),
        rec(
            "Nowoczesne usługi dla rodzin – zaproszenie na szkolenia",
            implementer="Regionalny Ośrodek Polityki Społecznej w Zalesiu",
            published="2019-02-14",
            site="rops",
        ),
        False,
    ),
    (
        "the same project's name, but one title names a village the other lacks",
        rec("Nowoczesne usługi dla rodzin w Brzózce", published="2019-05-06", site="ops"),
        rec(
            "Nowoczesne usługi dla rodzin – zaproszenie na szkolenia",
            implementer="Regionalny Ośrodek Polityki Społecznej w Zalesiu",
            published="2019-04-14",
            site="rops",
        ),
        False,
    ),
    (
        "a yearly programme and a headline naming what it pays for, one body, ten days apart",
        rec(
            "Dożywianie w 2023 roku – informacja GOPS",
            implementer="Gminny Ośrodek Pomocy Społecznej w Wólce",
            programme="Posiłek w szkole i w domu",
            published="2023-03-20",
        ),
        rec(
            "Wojewoda da 180 tys. zł na obiady dla uczniów z gminy Wólka",
            beneficiary="Gmina Wólka",
            published="2023-03-30",
        ),
        True,
    ),
    (
        "a year's report on a yearly programme and the news its period holds",
        rec(
            "Sprawozdanie z programu „Asystent osobisty osoby z niepełnosprawnością” za 2024 r.",
            beneficiary="Gmina Wólka",
            programme="Asystent osobisty osoby z niepełnosprawnością",
            period={"start": "2024-01-01", "end": "2024-12-31"},
            published="2025-02-10",
        ),
        rec("Asystenci pomogą dwunastu mieszkańcom gminy Wólka", implementer="GOPS w Wólce", published="2024-03-08"),
        True,
    ),
    (
        "near-miss: the programme's canteen module against its meals, one body, one month",
        rec(
            "Posiłek w szkole i w domu – 2023",
            beneficiary="Gmina Wólka",
            programme="Posiłek w szkole i w domu",
            published="2023-03-20",
        ),
        rec("Nowa stołówka w szkole w Wólce, obiady od września", beneficiary="Gmina Wólka", published="2023-04-10"),
        False,
    ),
    (
        "near-miss: the programme's edition of one year against the next year's meals",
        rec(
            "Posiłek w szkole i w domu – sprawozdanie",
            beneficiary="Gmina Wólka",
            programme="Posiłek w szkole i w domu",
            period={"start": "2023-01-01", "end": "2023-12-31"},
            published="2024-01-20",
        ),
        rec("Ciepłe posiłki dla uczniów z gminy Wólka", beneficiary="Gmina Wólka", published="2024-03-05"),
        False,
    ),
    (
        "near-miss: a family assistant is not the personal assistance programme",
        rec(
            "Asystent osobisty osoby z niepełnosprawnością – 2024",
            beneficiary="Gmina Wólka",
            programme="Asystent osobisty osoby z niepełnosprawnością",
            published="2024-03-01",
        ),
        rec("Asystent rodziny pomoże rodzinom z gminy Wólka", beneficiary="Gmina Wólka", published="2024-03-08"),
        False,
    ),
    (
        "one body and one near-identical title, the planned and the settled total 2 % apart (a report)",
        rec(
            "Termomodernizacja szkoły w Wólce – umowa podpisana",
            beneficiary="Gmina Wólka",
            amounts={"total_cost": "1250000.00"},
            published="2023-04-03",
        ),
        rec(
            "Termomodernizacja szkoły w Wólce zakończona",
            beneficiary="Gmina Wólka",
            amounts={"total_cost": "1225418.37"},
            published="2023-11-14",
        ),
        True,
    ),
    (
        "near-miss: one body and one content word, two totals 2 % apart",
        rec(
            "Nowe oświetlenie w Wólce",
            beneficiary="Gmina Wólka",
            amounts={"total_cost": "1250000.00"},
            published="2023-04-03",
        ),
        rec(
            "Oświetlenie uliczne – przetarg",
            beneficiary="Gmina Wólka",
            amounts={"total_cost": "1225418.37"},
            published="2023-04-14",
        ),
        False,
    ),
    (
        "near-miss: one body and one near-identical title, two totals 20 % apart",
        rec(
            "Termomodernizacja szkoły w Wólce – umowa podpisana",
            beneficiary="Gmina Wólka",
            amounts={"total_cost": "1250000.00"},
            published="2023-04-03",
        ),
        rec(
            "Termomodernizacja szkoły w Wólce zakończona",
            beneficiary="Gmina Wólka",
            amounts={"total_cost": "1000418.37"},
            published="2023-11-14",
        ),
        False,
    ),
    (
        "the body's own gmina named by a unit word holds the village another headline names, one sum",
        rec(
            "Dotacja na przebudowę dróg dojazdowych w gminie Wólka",
            beneficiary="Gmina Wólka",
            amounts={"grant": "233406.00"},
            published="2024-03-28",
        ),
        rec(
            "Drogi dojazdowe w Zalesiu przebudowane",
            beneficiary="Gmina Wólka",
            amounts={"grant": "233406.00"},
            published="2024-10-02",
        ),
        True,
    ),
    (
        "near-miss: two villages of one gmina, one sum",
        rec(
            "Dotacja na przebudowę drogi dojazdowej w Brzózkach",
            beneficiary="Gmina Wólka",
            amounts={"grant": "233406.00"},
            published="2024-03-28",
        ),
        rec(
            "Drogi dojazdowe w Zalesiu przebudowane",
            beneficiary="Gmina Wólka",
            amounts={"grant": "233406.00"},
            published="2024-10-02",
        ),
        False,
    ),
    (
        "a call and the operational programme it is part of, one body, three content words, five months",
        rec(
            "Szkolenia z cyberbezpieczeństwa dla pracowników urzędu – Cyfrowa Gmina",
            implementer="Urząd Miasta i Gminy w Wólce",
            programme="Cyfrowa Gmina",
            published="2022-04-20",
        ),
        rec(
            "Cyfrowa Gmina w Wólce: komputery i szkolenia dla pracowników urzędu",
            beneficiary="Miasto i Gmina Wólka",
            programme="Program Operacyjny Polska Cyfrowa 2014-2020, oś V REACT-EU",
            published="2022-09-14",
        ),
        True,
    ),
    (
        "an annex raising a yearly programme's grant: one body, one edition, the sums 10 % apart",
        rec(
            "Umowa na Asystenta osobistego osoby z niepełnosprawnością – edycja 2024",
            beneficiary="Gmina Wólka",
            amounts={"grant": "262781.17"},
            published="2024-03-04",
        ),
        rec(
            "Aneks do umowy – zwiększenie środków na asystencję osobistą w gminie Wólka",
            beneficiary="Gmina Wólka",
            amounts={"grant": "289059.29"},
            published="2024-09-10",
        ),
        True,
    ),
    (
        "near-miss: the same sums 10 % apart with no annex",
        rec(
            "Umowa na Asystenta osobistego osoby z niepełnosprawnością – edycja 2024",
            beneficiary="Gmina Wólka",
            amounts={"grant": "262781.17"},
            published="2024-03-04",
        ),
        rec(
            "Asystencja osobista w gminie Wólka – nabór uczestników",
            beneficiary="Gmina Wólka",
            amounts={"grant": "289059.29"},
            published="2024-09-10",
        ),
        False,
    ),
    (
        "near-miss: an annex to the next year's edition",
        rec(
            "Umowa na Asystenta osobistego osoby z niepełnosprawnością – edycja 2024",
            beneficiary="Gmina Wólka",
            amounts={"grant": "262781.17"},
            published="2024-03-04",
        ),
        rec(
            "Aneks do umowy – zwiększenie środków na asystencję osobistą w 2025 r.",
            beneficiary="Gmina Wólka",
            amounts={"grant": "289059.29"},
            published="2025-09-10",
        ),
        False,
    ),
    (
        "an abbreviation (COM) spelt out by the other headline, one body, a village both name, a year apart",
        rec(
            "Centrum Opiekuńczo-Mieszkalne w Zalesiu – funkcjonowanie w 2023 roku",
            beneficiary="Gmina Wólka",
            period={"start": "2023-01-01", "end": "2023-12-31"},
            published="2023-02-14",
        ),
        rec(
            "Sprawozdanie z działalności COM w Zalesiu za 2023 rok",
            implementer="Gminny Ośrodek Pomocy Społecznej w Wólce",
            period={"start": "2023-01-01", "end": "2023-12-31"},
            published="2024-02-28",
        ),
        True,
    ),
    (
        "near-miss: the abbreviation's next year",
        rec(
            "Centrum Opiekuńczo-Mieszkalne w Zalesiu – funkcjonowanie w 2023 roku",
            beneficiary="Gmina Wólka",
            period={"start": "2023-01-01", "end": "2023-12-31"},
            published="2023-02-14",
        ),
        rec(
            "Sprawozdanie z działalności COM w Zalesiu za 2024 rok",
            implementer="Gminny Ośrodek Pomocy Społecznej w Wólce",
            period={"start": "2024-01-01", "end": "2024-12-31"},
            published="2025-02-28",
        ),
        False,
    ),
    (
        "a module list is no edition: one year's meals (moduły 1 i 2) and the grant's own sum",
        rec("Dożywianie 2023 – moduły 1 i 2", amounts={"grant": "184512.00"}, beneficiary="Gmina Wólka"),
        rec("Wójt podpisał umowę na Posiłek w szkole i w domu – 2023", amounts={"grant": "184512.00"}),
        True,
    ),
    (
        "a contract's reference in a headline names no stage (ZP-II.3.2022)",
        rec(
            "Umowa ZP-II.272.14.2022 na termomodernizację szkoły",
            amounts={"grant": "1264350.00"},
            beneficiary="Gmina Wólka",
        ),
        rec("Termomodernizacja szkoły w Wólce z dotacją", amounts={"grant": "1264350.00"}, beneficiary="Gmina Wólka"),
        True,
    ),
    (
        "near-miss: a real second stage still differs from the first",
        rec("Termomodernizacja szkoły – etap II", amounts={"grant": "1264350.00"}, beneficiary="Gmina Wólka"),
        rec("Termomodernizacja szkoły – etap I", amounts={"grant": "1264350.00"}, beneficiary="Gmina Wólka"),
        False,
    ),
    (
        "a fire brigade named in full and as OSP, its village in two cases (Wieś / Wsi), within a week",
        rec(
            "Strażacy z Białej Wsi odebrali nowy samochód",
            beneficiary="Ochotnicza Straż Pożarna w Białej Wsi",
            published="2023-09-04",
        ),
        rec("Samochód ratowniczy dla OSP Biała Wieś", beneficiary="OSP Biała Wieś", published="2023-09-08"),
        True,
    ),
    (
        "near-miss: two brigades of one gmina are two bodies, though both are Ochotnicza Straż Pożarna",
        rec("OSP Biała Wieś z nowym wozem", beneficiary="Ochotnicza Straż Pożarna w Białej Wsi", amounts=ROUND),
        rec("OSP Lipnica z nowym wozem", beneficiary="Ochotnicza Straż Pożarna w Lipnicy", amounts=ROUND),
        False,
    ),
    (
        "near-miss: one village's name in two gminas, each headline naming its gmina",
        rec(
            "Nowy wóz dla OSP Biała Wieś – gmina Lipnica",
            beneficiary="OSP Biała Wieś",
            amounts=ROUND,
            published="2023-09-04",
        ),
        rec(
            "Strażacy z Białej Wsi (gmina Brzeg) mają wóz",
            beneficiary="OSP w Białej Wsi",
            amounts=ROUND,
            published="2023-09-08",
        ),
        False,
    ),
    (
        "near-miss: the rural gmina's OPS and the town's MOPS of one name, one yearly programme",
        rec(
            "Usługi opiekuńcze 75+ – OPS Gminy Iława",
            implementer="Ośrodek Pomocy Społecznej Gminy Iława",
            programme="Opieka 75+",
            published="2024-06-05",
        ),
        rec(
            "Opieka 75+ w Iławie – edycja 2024",
            beneficiary="Miasto Iława",
            implementer="Miejski Ośrodek Pomocy Społecznej w Iławie",
            programme="Opieka 75+",
            published="2024-06-03",
        ),
        False,
    ),
    (
        "a yearly programme's office words are no village: 'dla Jednostek Samorządu', 'z Wojewodą'",
        rec(
            "Opieka wytchnieniowa dla Jednostek Samorządu Terytorialnego – nabór",
            implementer="GOPS w Wólce",
            programme="Opieka wytchnieniowa",
            published="2024-05-06",
        ),
        rec(
            "Umowa z Wojewodą Lubelskim na opiekę wytchnieniową",
            beneficiary="Gmina Wólka",
            programme="Opieka wytchnieniowa",
            published="2024-04-17",
        ),
        True,
    ),
]


@pytest.mark.parametrize(
    ("title", "programme", "key", "module"),
    [
        ("Opieka wytchnieniowa – edycja 2024", None, "Opieka wytchnieniowa", None),
        (
            "Gmina z dofinansowaniem na asystentów dla osób z niepełnosprawnością",
            None,
            "Asystent osobisty osoby z niepełnosprawnością",
            None,
        ),
        ("Dotacja na działalność Klubu „Senior+” w Czaplinku", None, "Senior+", "running"),
        ("Utworzenie Klubu Senior+ w Dąbiu", None, "Senior+", "building"),
        ("Modernizacja stołówki z programu „Posiłek w szkole i w domu”", None, "Posiłek w szkole i w domu", "building"),
        ("Dotacja na posiłki dla mieszkańców", "Posiłek w szkole i w domu", "Posiłek w szkole i w domu", "running"),
        ("Program „Opieka 75+” – edycja 2021", None, "Opieka 75+", None),
        ("Dom Dziennego Pobytu Senior-WIGOR w Wólce", None, "Senior+", None),
        (
            "Pomoc państwa w zakresie dożywiania: obiady w szkołach",
            None,
            "Pomoc państwa w zakresie dożywiania",
            "running",
        ),
        ("Klub seniora w Wólce", None, None, None),
        ("Asystent rodziny w gminie", None, None, None),
    ],
)
def test_yearly_programme_and_module(title: str, programme: str | None, key: str | None, module: str | None) -> None:
    assert projects.yearly_programme(title, programme) == key
    if key:
        assert projects.programme_module(title, programme) == module


@pytest.mark.parametrize(
    ("programme", "expected"),
    [
        ("Działaj Lokalnie", True),  # a foundation's grants: one project of a body an edition
        ("Kulisy kultury", True),
        ("Laboratoria Przyszłości", True),
        ("Konkurs grantowy „Aktywna wieś” Gminy Wólka", True),  # a call the table does not know
        ("RPO WO 2014-2020", False),  # an operational programme pays for many projects of one body
        ("Rządowy Fundusz Rozwoju Dróg", False),
        ("Program Inwestycji Strategicznych", False),
        ("Czyste Powietrze", False),
        (None, False),
    ],
)
def test_one_call(programme: str | None, expected: bool) -> None:
    assert projects.one_call(programme) is expected


def test_yearly_programmes_are_the_programme_tables_names() -> None:
    """A yearly programme is keyed by its canonical name, so a record's parsed programme finds it directly."""
    from extract.funding_tables import programmes

    assert projects._YEARLY_NAMES.issubset(programmes())
    for name in projects._YEARLY_NAMES:
        assert projects.yearly_programme("Dotacja na działalność", name) == name


@pytest.mark.parametrize(
    ("years", "period", "published", "expected"),
    [
        ({2024}, None, "2023-12-01", 2024),  # the title's one year
        ({2024, 2025, 2026}, ("2024-01-01", "2024-12-31"), None, 2024),  # a multi-year programme, one year's period
        (set(), ("2021-04-01", "2021-12-31"), "2021-04-06", 2021),
        (set(), None, "2020-11-03", 2020),
        (set(), None, "2022-01-10", None),  # January: often the year before summed up
        (set(), ("2021-04-01", "2022-06-30"), "2021-04-06", None),  # a period over two years
    ],
)
def test_edition_year(
    years: set[int], period: tuple[str, str] | None, published: str | None, expected: int | None
) -> None:
    start, end = (date.fromisoformat(period[0]), date.fromisoformat(period[1])) if period else (None, None)
    when = date.fromisoformat(published) if published else None
    assert projects.edition_year(frozenset(years), start, end, when) == expected


@pytest.mark.parametrize(("why", "a", "b", "expected"), CASES, ids=[case[0] for case in CASES])
def test_pair_rule(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why
    assert same(b, a) is expected, why


@pytest.mark.parametrize(
    ("title", "editions", "years"),
    [
        ("Opieka wytchnieniowa – edycja 2024", set(), {2024}),
        ("Gminny Program Wspierania Rodziny na lata 2019-2021", set(), {2019, 2020, 2021}),
        ("„Trudny start, lepsza przyszłość 2”", {2}, set()),
        ("Budowa drogi – etap II", {2}, set()),
        ("Drugi etap budowy drogi", {2}, set()),
        ("Posiłek w szkole i w domu – moduł I", set(), set()),
        ("Nowy żłobek gotowy – 60 miejsc dla dzieci", set(), set()),
        ("Projekt w Zespole Szkół nr 3", set(), set()),
        ("Wsparcie dzieci w pieczy zastępczej w okresie epidemii COVID-19", set(), set()),
        ("Rządowy Fundusz Inwestycji Lokalnych – drugi nabór", {2}, set()),
        ("Dąbrowa: ponad 1,8 mln zł na przedszkole", set(), set()),
        ("Wspieraj Seniora – pomoc dla osób 70+", set(), set()),
        ("Dobry Start 300+ – wnioski od 1 lipca 2021", set(), {2021}),
        ("Walce: 150 tys. zł na klub", set(), set()),
        ("Klub dziecięcy nr 2 – zapisy dzieci do lat 3", set(), set()),
        ("Posiłek w szkole i w domu – edycja 2024 (moduł 1 i 2)", set(), {2024}),
        ("Umowa nr WP-III.9421.15.11.2021 – Senior+ edycja 2021", set(), {2021}),
        ("Otrzymaliśmy 30 000,00 zł na świetlicę", set(), set()),
        ("Klub – etap 2 za 150 000 zł", {2}, set()),  # a stage beside a sum
        ("Moduł 1 i etap 2", {2}, set()),  # a stage after a module
    ],
)
def test_editions_and_years(title: str, editions: set[int], years: set[int]) -> None:
    assert projects.edition_numbers(title) == editions
    assert projects.title_years(title) == years


@pytest.mark.parametrize(
    ("title", "modules"),
    [
        ("Posiłek w szkole i w domu – moduł II, 2023", {2}),
        ("Moduł 3: stołówki", {3}),
        ("Edycja 2", set()),
        ("Posiłek – moduły I oraz II", {1, 2}),
        ("Moduł 1 i etap 2", {1}),
    ],
)
def test_module_numbers(title: str, modules: set[int]) -> None:
    assert projects.module_numbers(title) == modules


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Zakup samochodu dla OSP Gręboszów", [{"gre"}]),
        ("Termomodernizacja szkoły w Dobrzeniu Małym", [{"dob", "mal"}]),
        ("Opieka wytchnieniowa w gminie Kadzidło", [{"kad"}]),
        ("Rekrutacja: opieka wytchnieniowa w Kolonowskiem", [{"kol"}]),
        ("Projekt w Zespole Szkół nr 3", []),
        ("Funkcjonowanie Dziennego Domu Senior+", []),
        ("Nabór dla Jednostek Samorządu Terytorialnego", []),
        ("Umowa podpisana w Urzędzie Wojewódzkim", []),
        ("Nowy wóz dla OSP Nowa Wieś", [{"now", "wie"}]),
        ("Strażacy w Nowej Wsi", [{"now", "wie"}]),
    ],
)
def test_title_places(title: str, places: list[set[str]]) -> None:
    assert projects.title_places(title) == {frozenset(place) for place in places}


def test_a_lead_word_is_a_place_only_when_an_organisation_names_it() -> None:
    title = "Dąbrowa: ponad 1,8 mln zł na rozbudowę przedszkola"
    assert projects.title_places(title) == set()
    assert projects.title_places(title, [projects.org_key("Gmina Dąbrowa")]) == {frozenset({"dab"})}


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Seniorzy ze Skrzydlnej – podsumowanie", [{"skr"}]),
        ("Klub w Dobrej", []),
        ("Miłosław z 1,88 mln zł na kanalizację", []),
        ("Pieniądze z Urzędu Marszałkowskiego", []),
        ("Umowa z Wojewodą Pomorskim", []),
        ("Umowa z Marszałkiem Województwa", []),
    ],
)
def test_loose_places_leave_out_the_bodies_places(title: str, places: list[set[str]]) -> None:
    assert projects.loose_places(title, [frozenset({"dob"})]) == {frozenset(p) for p in places}


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("COM w Bukowej", "Centrum Opiekuńczo-Mieszkalne w Bukowej"),
        ("Dotacja z FOGR", "Dotacja z Funduszu Ochrony Gruntów Rolnych"),
        ("Nowy sprzęt dla KGW", "Nowy sprzęt dla Koła Gospodyń Wiejskich"),
        ("ŚDS w Wólce", "Środowiskowy Dom Samopomocy w Wólce"),
    ],
)
def test_an_abbreviation_stems_as_its_words(short: str, long: str) -> None:
    assert projects.title_stems(short) == projects.title_stems(long)


def test_a_short_nouns_locative_stems_like_its_nominative() -> None:
    assert projects.title_stems("w klubie") == projects.title_stems("klub") == {"klub"}


def test_title_stems_fold_polish_and_drop_generic_words() -> None:
    assert projects.title_stems("Realizacja projektu „Opieka wytchnieniowa” w Gminie Łąka") == {
        "opiek",
        "wytch",
        "lak",
    }
    assert projects.title_stems("Opieki wytchnieniowej") == projects.title_stems("OPIEKA WYTCHNIENIOWA")
    assert projects.title_stems("Klubu Senior+") == projects.title_stems("klub seniora")  # a short word's ending
    assert projects.title_stems("przebudowa dróg") == projects.title_stems("przebudowa drogi")
    assert projects.title_stems("Nasi seniorzy w naszej gminie") == projects.title_stems("seniorzy")  # pronouns


def test_chain_of_look_alikes_never_joins_two_editions() -> None:
    """A ~ B (same grant), B ~ C (same EU share), but A and C are editions 2024 and 2025: never one project."""
    a = rec("Opieka wytchnieniowa 2024 w Kolonowskiem", amounts={"grant": "96480.50"})
    b = rec("Opieka wytchnieniowa w Kolonowskiem", amounts={"grant": "96480.50", "eu_share": "70111.11"})
    c = rec("Opieka wytchnieniowa 2025 w Kolonowskiem", amounts={"total_cost": "70111.11"})
    assert same(a, b) and same(b, c)
    ids = project_id_of([a, b, c])
    assert ids[a.id] != ids[c.id]


def test_project_takes_the_contract_records_values_and_lists_conflicts() -> None:
    signed = rec(
        "Umowa na Razem dla seniora podpisana",
        published="2019-09-12",
        beneficiary="Gmina Prudnik",
        amounts={"total_cost": "1204336.80"},
        contract_number="rpop.08.01.00-16-0031/18",
        programme="RPO WO 2014-2020",
    )
    news = [
        rec(
            "Razem dla seniora – usługi opiekuńcze w Prudniku",
            salt=str(n),
            published=f"2019-1{n}-01",
            beneficiary="Gmina Prudnik",
            amounts={"total_cost": "1204336.80", "grant": "1023686.28"},
            period={"start": "2019-10-01", "end": "2022-09-30"},
        )
        for n in range(2)
    ]
    (project,) = group_projects([news[1], signed, news[0]])
    assert project.project_id == hashlib.sha256(b"contract:RPOP.08.01.00-16-0031/18").hexdigest()[:16]
    assert project.contract_number == "RPOP.08.01.00-16-0031/18"
    assert project.title == signed.title  # from the contract's record, though the other is more frequent
    assert project.conflicts["title"] == tuple(sorted({signed.title, news[0].title}))
    assert project.total_cost == Decimal("1204336.80") and "total_cost" not in project.conflicts
    assert project.grant == Decimal("1023686.28")
    assert str(project.period_start) == "2019-10-01" and str(project.period_end) == "2022-09-30"
    assert project.programme == "RPO WO 2014-2020"
    assert project.record_ids == (signed.id, news[0].id, news[1].id)  # earliest first


def test_project_without_contract_is_keyed_by_its_earliest_record() -> None:
    walce = {"beneficiary": "Gmina Walce", "amounts": {"grant": "150000"}}
    later = rec("Klub Senior+ w Walcach", published="2021-01-01", **walce)
    earlier = rec("Klub Senior+ w Walcach – otwarcie", published="2020-05-01", **walce)
    (project,) = group_projects([later, earlier])
    assert project.project_id == hashlib.sha256(f"record:{earlier.id}".encode()).hexdigest()[:16]


def _pool() -> list[Record]:
    """The dev pairs' records in file order, so a window holds a project's announcements and near-misses."""
    unique = {}
    for pair in load_pairs(DEV):
        unique.setdefault(pair.a.id, pair.a)
        unique.setdefault(pair.b.id, pair.b)
    return list(unique.values())


POOL = _pool()
CHAIN = [  # A ~ B, B ~ C, A vetoes C: which merge happens first must not depend on the input order
    rec("Opieka wytchnieniowa 2024 w Kolonowskiem", amounts={"grant": "96480.50"}),
    rec("Opieka wytchnieniowa w Kolonowskiem", amounts={"grant": "96480.50", "eu_share": "70111.11"}),
    rec("Opieka wytchnieniowa 2025 w Kolonowskiem", amounts={"total_cost": "70111.11"}),
]
windows = st.builds(
    lambda start, size, chain: [*POOL[start : start + size], *(CHAIN if chain else [])],
    st.integers(0, len(POOL) - 1),
    st.integers(1, 25),
    st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(windows, st.randoms())
def test_grouping_is_independent_of_order_and_partitions_records(records: list[Record], random: Any) -> None:
    shuffled = list(records)
    random.shuffle(shuffled)
    result = group_projects(records)
    assert group_projects(shuffled) == result
    ids = [record_id for project in result for record_id in project.record_ids]
    assert sorted(ids) == sorted(r.id for r in records)  # each record in exactly one project


@settings(max_examples=40, deadline=None)
@given(
    windows,
    st.text(alphabet="bcdfghjklmnprstwz", min_size=6, max_size=12),
)
def test_an_unrelated_record_does_not_change_other_ids(records: list[Record], word: str) -> None:
    unrelated = rec(f"Qx{word} Vy{word[::-1]}", salt=word, amounts={"grant": "1.00"}, site="elsewhere")
    before = project_id_of(records)
    after = project_id_of([*records, unrelated])
    assert {k: after[k] for k in before} == before


def test_scales_with_blocking_not_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only titles sharing two stems are compared, and a crowded block only within one site or body."""
    calls = 0
    original = projects.pair_score

    def counting(a: Any, b: Any) -> float:
        nonlocal calls
        calls += 1
        return original(a, b)

    monkeypatch.setattr(projects, "pair_score", counting)
    records = [rec(f"Budowa drogi w miejscowości {i}xyz", salt=str(i), site=f"s{i}") for i in range(400)]
    records += [rec(f"Remont {i}abc {i}def", salt=str(i)) for i in range(400)]
    assert len(group_projects(records)) == 800
    assert calls < 800 * 799 // 2 // 100


# --- the labelled pairs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("builder", "written"),
    [
        ("build_pairs.py", DEV),
        ("build_holdout.py", HOLDOUT),
        ("build_round5.py", ROUND5),
        ("build_round6.py", ROUND6),
        ("build_round7.py", ROUND7),
        ("build_round8.py", ROUND8),
        ("build_round9.py", ROUND9),
        ("build_round10.py", ROUND10),
        ("build_round11.py", ROUND11),
        ("build_round12.py", ROUND12),
        ("build_round13.py", ROUND13),
        ("build_round14.py", ROUND14),
        ("build_round15.py", ROUND15),
        ("build_round16.py", ROUND16),
        ("build_round17.py", ROUND17),
        ("build_round18.py", ROUND18),
        ("build_round19.py", ROUND19),
        ("build_round20.py", ROUND20),
    ],
)
def test_pairs_files_are_what_the_builders_write(tmp_path: Path, builder: str, written: Path) -> None:
    """The checked-in pairs are the builders' output (no hand edits)."""
    module = runpy.run_path(str(PAIRS / builder))
    module["main"].__globals__["HERE"] = tmp_path
    module["main"]()
    assert (tmp_path / written.name).read_text(encoding="utf-8") == written.read_text(encoding="utf-8")


def test_holdout_is_apart_from_dev_and_has_the_near_misses() -> None:
    def records(pairs: list[Pair]) -> set[str]:
        return {record.title for pair in pairs for record in (pair.a, pair.b)}

    dev, holdout = load_pairs(DEV), load_pairs(HOLDOUT)
    assert len(dev) >= 120 and len(holdout) >= 80
    assert not records(dev) & records(holdout)
    assert not {pair.id for pair in dev} & {pair.id for pair in holdout}
    for pairs in (dev, holdout):
        notes = " ".join(pair.note for pair in pairs)
        for near_miss in ("edition", "another gmina", "other amount"):
            assert near_miss in notes
    assert "neighbouring gmina" in " ".join(pair.note for pair in holdout)


def test_round5_is_apart_from_the_earlier_pairs_and_has_the_near_misses() -> None:
    """Round 5 was built before the precision-first rule: none of its records is in dev or rounds 3-4."""
    round5 = load_pairs(ROUND5)
    earlier = [*load_pairs(DEV), *load_pairs(HOLDOUT)]
    titles = {record.title for pair in earlier for record in (pair.a, pair.b)}
    assert len(round5) >= 80
    assert not titles & {record.title for pair in round5 for record in (pair.a, pair.b)}
    assert not {pair.id for pair in earlier} & {pair.id for pair in round5}
    notes = " ".join(pair.note for pair in round5)
    for near_miss in ("edition", "neighbouring gmina", "same round sum", "rural gmina"):
        assert near_miss in notes


def test_round6_is_apart_from_the_earlier_pairs_and_has_the_near_misses() -> None:
    """Round 6 was committed before the rule changes that round 5 informed: none of its records is earlier."""
    round6 = load_pairs(ROUND6)
    earlier = [*load_pairs(DEV), *load_pairs(HOLDOUT), *load_pairs(ROUND5)]
    titles = {record.title for pair in earlier for record in (pair.a, pair.b)}
    assert len(round6) >= 80
    assert not titles & {record.title for pair in round6 for record in (pair.a, pair.b)}
    assert not {pair.id for pair in earlier} & {pair.id for pair in round6}
    notes = " ".join(pair.note for pair in round6)
    for near_miss in ("edition", "neighbouring gmina", "same round sum", "like name"):
        assert near_miss in notes


# The held-out rounds, each after the files it must share nothing with, and the near-miss kinds its notes name.
_ROUNDS_APART = [
    (ROUND7, (DEV, HOLDOUT, ROUND5, ROUND6), 110, ("same round sum", "like name")),
    (ROUND8, (DEV, HOLDOUT, ROUND5, ROUND6, ROUND7), 110, ("same round sum", "like name")),
    (ROUND9, (DEV, HOLDOUT, ROUND5, ROUND6, ROUND7, ROUND8), 200, ("very same", "like-named")),
    (ROUND10, (DEV, HOLDOUT, ROUND5, ROUND6, ROUND7, ROUND8, ROUND9), 200, ("very same", "like-named")),
]


@pytest.mark.parametrize(
    ("held_out", "earlier_files", "least", "worded"), _ROUNDS_APART, ids=["round7", "round8", "round9", "round10"]
)
def test_a_held_out_round_is_apart_from_the_earlier_pairs_and_has_the_near_misses(
    held_out: Path, earlier_files: tuple[Path, ...], least: int, worded: tuple[str, ...]
) -> None:
    """A round held out for the lead's scoring loads, shares no record or id with the rounds before it, is about
    two fifths "same", and holds each near-miss kind (it is not scored here)."""
    pairs = load_pairs(held_out)
    earlier = [pair for path in earlier_files for pair in load_pairs(path)]
    titles = {record.title for pair in earlier for record in (pair.a, pair.b)}
    assert len(pairs) >= least
    assert 0.35 <= sum(pair.same for pair in pairs) / len(pairs) <= 0.45
    assert not titles & {record.title for pair in pairs for record in (pair.a, pair.b)}
    assert not {pair.id for pair in earlier} & {pair.id for pair in pairs}
    notes = " ".join(pair.note for pair in pairs)
    for near_miss in ("edition", "neighbouring gmina", "module", "stage", "rural gmina", *worded):
        assert near_miss in notes


def test_dev_pairs_meet_the_floors() -> None:
    """Precision first: the 0.98 target holds on dev; recall has a floor under today's 0.947 (the 0.8 target
    is met), so a change that loses more of it fails."""
    scores = score(load_pairs(DEV))
    assert scores.pairs >= 120
    assert scores.precision >= 0.98, scores.wrong
    assert scores.recall >= 0.9, scores.wrong


def test_round5_pairs_meet_the_floors() -> None:
    """Round 5 joined the tuning material after its one scoring: no false merge, and recall over its old 0.485
    (a floor under today's 0.818)."""
    scores = score(load_pairs(ROUND5))
    assert scores.precision >= 0.98, scores.wrong
    assert scores.recall >= 0.75, scores.wrong


def test_round6_pairs_meet_the_floors() -> None:
    """Round 6 joined the tuning material after its one scoring (0.714 / 0.556): its false merges (a programme's
    name as title evidence, next year's edition of one OPS) are vetoes now; recall has a floor under 0.778."""
    scores = score(load_pairs(ROUND6))
    assert scores.precision >= 0.98, scores.wrong
    assert scores.recall >= 0.75, scores.wrong


@pytest.mark.parametrize(("pairs_file", "floor"), [(ROUND7, 0.7), (ROUND8, 0.65)], ids=["round 7", "round 8"])
def test_rounds_7_and_8_pairs_meet_the_floors(pairs_file: Path, floor: float) -> None:
    """Rounds 7 and 8 joined the tuning material (their summaries were read after every change of the session
    before, their misses classified in this one): no false merge, recall over a floor under today's 0.733 and
    0.713 (from 0.533 and 0.489; round 7 was 0.767 before the s16-pairs7 session's stock words took two pairs
    whose titles share only a yearly programme's name)."""
    scores = score(load_pairs(pairs_file))
    assert scores.precision >= 0.98, scores.wrong
    assert scores.recall >= floor, scores.wrong


@pytest.mark.parametrize(
    "pairs_file",
    TUNING,
    ids=["dev", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19"],
)
def test_a_tuning_files_records_grouped_at_once_make_no_false_merge(pairs_file: Path) -> None:
    """Every record of a tuning file grouped at once, where chains could join look-alikes: no pair labelled
    apart ends in one project."""
    pairs = load_pairs(pairs_file)
    ids = project_id_of([record for pair in pairs for record in (pair.a, pair.b)])
    wrong = [pair.id for pair in pairs if not pair.same and ids[pair.a.id] == ids[pair.b.id]]
    assert wrong == []


def test_round9_pairs_meet_the_floors() -> None:
    """Round 9 joined the tuning material in the s14 session (its false merges and misses classified there):
    no false merge, recall over a floor under today's 0.534 (from 0.371 at main, 0.422 with the s13 rules)."""
    scores = score(load_pairs(ROUND9))
    assert scores.precision >= 0.98, scores.wrong
    assert scores.recall >= 0.5, scores.wrong


@pytest.mark.parametrize(("pairs_file", "floor"), [(ROUND10, 0.34), (ROUND11, 0.4)], ids=["round 10", "round 11"])
def test_rounds_10_and_11_pairs_meet_the_floors(pairs_file: Path, floor: float) -> None:
    """Rounds 10 and 11 joined the tuning material in the s14-pairs2 session (held out and scored once before:
    one false merge each, a like-named powiat and a gmina's seat read as the gmina): no false merge, recall over
    a floor under today's."""
    scores = score(load_pairs(pairs_file))
    assert scores.precision >= 0.98, scores.wrong
    assert scores.recall >= floor, scores.wrong


# The rounds that joined the tuning material in the s15 sessions, each held out and scored once before: its file,
# the recall floor under today's figure, and how it came in.
S15_ROUNDS = [
    (ROUND12, 0.48, "s15-pairs3 session (held out and scored once before: 1.000 / 0.357); today's recall 0.500"),
    (
        ROUND13,
        0.35,
        "s15-pairs4 session (held out and scored once before: 0.922 / 0.324, four false merges, with main's rule "
        "before and after the s15-pairs3 session)",
    ),
    (
        ROUND14,
        0.27,
        "s15-pairs5 session (held out and scored once before: 0.932 / 0.293, three false merges, with main's rule "
        "after the s15-pairs4 session); today's recall 0.293",
    ),
    (
        ROUND15,
        0.32,
        "s15-pairs6 session (held out and scored once before: 0.906 / 0.343, five false merges, with main's rule "
        "before and after the s15-pairs5 session); today's recall 0.343",
    ),
    (
        ROUND16,
        0.26,
        "s16-pairs8 session (held out and scored once before: 0.929 / 0.279, three false merges, with main's rule "
        "before and after the s16-pairs7 session); today's recall 0.293 (0.279 before its spent-sum rule)",
    ),
    (
        ROUND17,
        0.3,
        "s17-pairs9 session (held out and scored once before: 1.000 / 0.157, no false merge, with main's rule "
        "before and after the s16-pairs8 session); today's recall 0.321",
    ),
    (
        ROUND18,
        0.38,
        "s18-pairs10 session (held out and scored once before: 0.915 / 0.307, then 0.913 / 0.300 after the s17 "
        "review, four false merges, with main's rule); today's recall 0.400",
    ),
    (
        ROUND19,
        0.5,
        "s18-pairs11 session (held out and scored once before: 0.971 / 0.471 with main's rule before pass 10, "
        "0.974 / 0.529 after it, two false merges); today's recall 0.529",
    ),
]


@pytest.mark.parametrize(
    ("pairs_file", "floor", "why"),
    S15_ROUNDS,
    ids=["round 12", "round 13", "round 14", "round 15", "round 16", "round 17", "round 18", "round 19"],
)
def test_s15_rounds_pairs_meet_the_floors(pairs_file: Path, floor: float, why: str) -> None:
    """Rounds 12 to 17 joined the tuning material in the s15, s16 and s17 sessions (`why`): no false merge, recall
    over a floor under today's."""
    scores = score(load_pairs(pairs_file))
    assert scores.precision >= 0.98, (why, scores.wrong)
    assert scores.recall >= floor, (why, scores.wrong)


def test_all_tuning_files_records_grouped_at_once_make_no_false_merge() -> None:
    """The fourteen tuning files' records in one grouping: look-alikes of different rounds can chain too."""
    pairs = [pair for path in TUNING for pair in load_pairs(path)]
    ids = project_id_of([record for pair in pairs for record in (pair.a, pair.b)])
    assert [pair.id for pair in pairs if not pair.same and ids[pair.a.id] == ids[pair.b.id]] == []


@pytest.mark.parametrize("held_out", [HOLDOUT, ROUND6], ids=["rounds 3 and 4", "round 6"])
def test_holdout_pairs_are_scored(capsys: pytest.CaptureFixture[str], held_out: Path) -> None:
    """The held-out pairs are scored and reported (never tuned on, so no floor is asserted)."""
    assert main([str(held_out)]) == 0
    out = capsys.readouterr().out
    scores = score(load_pairs(held_out))
    assert f"{scores.pairs} pairs, precision {scores.precision:.3f}, recall {scores.recall:.3f}" in out
    assert scores.true_positive + scores.false_negative == sum(pair.same for pair in load_pairs(held_out))


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """`python -m scraper.projects_eval … | head -1`: the reader closes the pipe; the module exits quietly."""
    files = [
        str(path) for path in sorted(DEV.parent.glob("pairs*.jsonl"))
    ]  # about 150 KB of lines: past the pipe's buffer
    env = {**os.environ, "PYTHONPATH": str(Path(projects.__file__).resolve().parents[1])}
    with subprocess.Popen(
        [sys.executable, "-m", "scraper.projects_eval", *files], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        err = process.stderr.read().decode()
        code = process.wait(timeout=120)
    assert b"pairs, precision" in first
    assert "Traceback" not in err and err == ""
    assert code == 141


def test_a_reserved_host_is_refused(tmp_path: Path) -> None:
    line = json.loads(DEV.read_text(encoding="utf-8").splitlines()[0])
    line["a"]["site"] = "gops.example.pl"
    bad = tmp_path / "pairs.jsonl"
    bad.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(PairsError, match=r"pairs.jsonl:1: names the reserved host gops.example.pl"):
        load_pairs(bad, reserved=frozenset({"gops.example.pl"}))


def test_a_malformed_pair_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "pairs.jsonl"
    bad.write_text('{"id": "x", "a": {"title": "T", "site": "s", "amounts": {"grant": "lots"}}}\n', encoding="utf-8")
    assert main([str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {bad}:1: not a pair") and "\n" not in err


@pytest.mark.parametrize(
    ("name", "tier"),
    [
        ("Gminny Ośrodek Pomocy Społecznej w Krasnymstawie", {"gmina"}),
        ("Miejski Ośrodek Pomocy Społecznej w Krasnymstawie", {"miasto"}),
        ("Gmina Miasto Zgierz", {"miasto"}),
        ("Gmina Miejska Starogard Gdański", {"miasto"}),
        ("GOPS w Kupie", {"gmina"}),
        ("Gmina Kup", {"gmina", "miasto"}),  # rural, urban-rural or a city's gmina: the name does not say
        ("Gmina Lubawa", {"gmina"}),  # a town and a rural gmina bear the name: "Gmina" is the rural one
        ("Ośrodek Pomocy Społecznej Gminy Krasnystaw", {"gmina"}),
        ("Miasto Lubawa", {"miasto"}),
        ("Miasto i Gmina Dobrzyca", {"gmina", "miasto"}),
        ("Urząd Miejski w Głuchołazach", {"gmina", "miasto"}),
        ("Powiatowe Centrum Pomocy Rodzinie w Górze", {"powiat"}),
        ("Regionalny Ośrodek Polityki Społecznej w Opolu", {"region"}),
        ("Ośrodek Pomocy Społecznej w Kadzidle", set()),
        ("Stowarzyszenie „Dom z Sercem”", set()),
        (None, set()),
    ],
)
def test_org_tier(name: str | None, tier: set[str]) -> None:
    assert projects.org_tier(name) == tier


@pytest.mark.parametrize(
    ("title", "sums"),
    [
        ("Plus 400 tys. zł dla gminy", {Decimal(400000)}),
        ("Gmina Olsztyn pozyskała ponad 700 tysięcy", {Decimal(700000)}),
        ("Miłosław z 1,88 mln zł z Polskiego Ładu", {Decimal(1880000)}),
        ("4 miliony złotych na oczyszczalnię", {Decimal(4000000)}),
        ("Granty PPGR – 252 laptopy dla dzieci", set()),
        ("Opieka wytchnieniowa – edycja 2024", set()),
    ],
)
def test_title_sums(title: str, sums: set[Decimal]) -> None:
    assert projects.title_sums(title) == sums


@pytest.mark.parametrize(
    ("name", "gmina"),
    [
        ("Gminny Ośrodek Pomocy Społecznej w Kluczewsku", "kluczewsko"),
        ("Gmina Kluczbork", "kluczbork"),
        ("Urząd Miejski w Strzelcach Opolskich", "strzelce opolskie"),
        ("Miejski Ośrodek Pomocy Społecznej w Krasnymstawie", "krasnystaw"),
        ("Fundacja Nowy Dom", None),
        ("OPS", None),
        (None, None),
    ],
)
def test_org_gmina_reads_the_gmina_a_name_ends_with(name: str | None, gmina: str | None) -> None:
    assert projects.org_gmina(name) == gmina


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Strażacy z gminy Kęty odebrali kluczyki", {("gmina", "ket")}),
        ("OSP w Nowej Wsi (gmina Dobczyce)", {("gmina", "dob")}),
        ("Dla szkół powiatu tomaszowskiego", {("powiat", "tom")}),
        ("Gmina wiejska i gminy miejskiej", set()),  # a unit's kind, not its name
        ("Nowy wóz w remizie", set()),
        (None, set()),
    ],
)
def test_named_units(text: str | None, units: set[tuple[str, str]]) -> None:
    assert projects.named_units(text) == units


@pytest.mark.parametrize(
    ("title", "topics"),
    [
        (
            "257 tys. zł na ciepłe posiłki dla uczniów",
            {"Posiłek w szkole i w domu", "Pomoc państwa w zakresie dożywiania"},
        ),
        ("Asystenci pomogą trzynastu mieszkańcom", {"Asystent osobisty osoby z niepełnosprawnością"}),
        ("Asystent rodziny w gminie", set()),
        ("Asystenci nauczycieli w szkołach gminy", set()),
        ("Asystent międzykulturowy w szkole", set()),
        ("Na odciążenie opiekunów osób z niepełnosprawnością", {"Opieka wytchnieniowa"}),
        ("Seniorzy 75+ dostaną więcej godzin opieki", {"Opieka 75+"}),
        ("Zakupy pod drzwi dla seniorów", {"Wspieraj Seniora"}),
        ("Klub seniora przy Budowlanych działa dalej", {"Senior+"}),
        ("Budowa drogi w Wólce", set()),
    ],
)
def test_programme_topics(title: str, topics: set[str]) -> None:
    assert projects.programme_topics(title) == topics


def test_programme_topics_are_yearly_programmes() -> None:
    assert set(projects._PROGRAMME_TOPICS) <= projects._YEARLY_NAMES


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Aneks do umowy – zwiększenie środków na asystencję osobistą", True),
        ("Zwiększenie kwoty dotacji na klub seniora", True),
        ("Zmiana wysokości dotacji dla OPS", True),
        ("Zmiany w regulaminie klubu", False),  # a change, but of no sum
        ("Zwiększenie liczby miejsc w żłobku", False),
    ],
)
def test_amends(title: str, expected: bool) -> None:
    assert projects.amends(title) is expected


# The s14 guards: each near-miss was joined by the rule before them (the false merges of round 9, reworded).
GUARD_PAIRS = [
    # (why, a, b, expected)
    (
        "a village's school and a like-named town's gmina: 'w Lipowej' and 'w Lipowcu' are two places",
        rec(
            "Dwanaścioro przedszkolaków w nowym oddziale przy szkole w Lipowej",
            implementer="Szkoła Podstawowa w Lipowej",
            published="2021-09-03",
            site="sp-lipowa",
        ),
        rec(
            "Utworzenie nowego oddziału przedszkolnego w Lipowcu",
            beneficiary="Gmina Lipowiec",
            published="2021-10-01",
            amounts={"total_cost": "210000.00"},
            programme="RPO WSL 2014-2020",
            site="ug-lipowiec",
        ),
        False,
    ),
    (
        "the school and the gmina of one place, one locative: one project",
        rec(
            "Dwanaścioro przedszkolaków w nowym oddziale przy szkole w Lipowej",
            implementer="Szkoła Podstawowa w Lipowej",
            published="2021-09-03",
            site="sp-lipowa",
        ),
        rec(
            "Utworzenie nowego oddziału przedszkolnego w Lipowej",
            beneficiary="Gmina Lipowa",
            published="2021-10-01",
            amounts={"total_cost": "210000.00"},
            programme="RPO WSL 2014-2020",
            site="ug-lipowa",
        ),
        True,
    ),
    (
        "a gmina named in the accusative ('Gminę Olesno') is a gmina: the powiat's road through the village differs",
        rec(
            "Droga w Zalesiu Oleskim szersza i z poboczami",
            beneficiary="Gminę Olesno",
            published="2024-09-18",
            site="news-olesno",
        ),
        rec(
            "Przebudowa drogi powiatowej nr 1234O na odcinku przez Zalesie Oleskie",
            beneficiary="Powiat Oleski",
            published="2023-10-12",
            amounts={"grant": "1120000.00"},
            programme="Rządowy Fundusz Rozwoju Dróg",
            site="powiat-oleski",
        ),
        False,
    ),
    (
        "the gmina in the accusative and in the nominative, one road: one project",
        rec(
            "Droga w Zalesiu Oleskim szersza i z poboczami",
            beneficiary="Gminę Olesno",
            published="2024-09-18",
            site="news-olesno",
        ),
        rec(
            "Przebudowa drogi gminnej w Zalesiu Oleskim",
            beneficiary="Gmina Olesno",
            published="2023-10-12",
            amounts={"grant": "1120000.00"},
            programme="Rządowy Fundusz Rozwoju Dróg",
            site="ug-olesno",
        ),
        True,
    ),
    (
        "one powiat's two roads from one village: the far ends differ",
        rec(
            "Droga z Zalesia do Kowalowej Górnej po remoncie",
            beneficiary="Powiatu Tarnowskiego",
            published="2020-12-03",
            site="news-tarnow",
        ),
        rec(
            "Przebudowa drogi powiatowej Zalesie – Brzezinka",
            beneficiary="Powiat Tarnowski",
            published="2019-09-02",
            amounts={"grant": "605000.00"},
            programme="Fundusz Dróg Samorządowych",
            site="powiat-tarnowski",
        ),
        False,
    ),
    (
        "one section in two wordings ('z X do Y' / 'X – Y'): one project",
        rec(
            "Droga z Zalesia do Kowalowej Górnej po remoncie",
            beneficiary="Powiatu Tarnowskiego",
            published="2020-12-03",
            site="news-tarnow",
        ),
        rec(
            "Przebudowa drogi powiatowej Zalesie – Kowalowa Górna",
            beneficiary="Powiat Tarnowski",
            published="2019-09-02",
            amounts={"grant": "605000.00"},
            programme="Fundusz Dróg Samorządowych",
            site="powiat-tarnowski",
        ),
        True,
    ),
    (
        "the voivodeship's roads and the powiats' and gminas' roads of one region, one day: two grants",
        rec(
            "Wojewoda Małopolski podpisał umowę dotacji na remonty dróg wojewódzkich",
            beneficiary="Samorząd Województwa Małopolskiego",
            published="2019-05-20",
            amounts={"grant": "12345678.00"},
            site="uw-krakow",
        ),
        rec(
            "Rezerwa subwencji ogólnej na drogi powiatowe i gminne w Małopolskiem – podział środków",
            published="2019-05-20",
            site="uw-krakow",
        ),
        False,
    ),
    (
        "the voivodeship's roads in two headlines, one sum: one grant",
        rec(
            "Wojewoda Małopolski podpisał umowę dotacji na remonty dróg wojewódzkich",
            beneficiary="Samorząd Województwa Małopolskiego",
            published="2019-05-20",
            amounts={"grant": "12345678.00"},
            site="uw-krakow",
        ),
        rec(
            "12,3 mln zł na remonty dróg wojewódzkich w Małopolsce",
            beneficiary="Województwo Małopolskie",
            published="2019-05-22",
            amounts={"grant": "12345678.00"},
            site="umwm",
        ),
        True,
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), GUARD_PAIRS, ids=[case[0] for case in GUARD_PAIRS])
def test_the_near_miss_guards(why: str, a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected, why


@pytest.mark.parametrize(
    ("texts", "found"),
    [
        (("Nowy oddział przy szkole w Kunowej", "Szkoła Podstawowa w Kunowej"), {"kunowej"}),
        (("Oddział przedszkolny we Wrocławiu",), {"wroclawiu"}),
        (("Szkolenia w Gminie Kunów", "Zespół Szkół w Kunowie"), {"kunowie"}),  # "w Gminie" names no place
        (("Konkurs w Programie Senior+",), set()),
        (("Dotacja dla OPS", None), set()),
    ],
)
def test_locatives(texts: tuple[str | None, ...], found: set[str]) -> None:
    assert projects.locatives(*texts) == found


@pytest.mark.parametrize(
    ("title", "ends"),
    [
        ("Droga z Wojciechowa do Młodyń Dolnych po remoncie", {frozenset({"woj"}), frozenset({"mlo", "dol"})}),
        ("Przebudowa drogi powiatowej nr 1110W Wojciechów – Brzeźce", {frozenset({"woj"}), frozenset({"brz"})}),
        ("Droga gminna na odcinku Zalesie – Kowalowa", {frozenset({"zal"}), frozenset({"kow"})}),
        ("Budowa drogi w Budach – Rządowy Fundusz Polski Ład", set()),  # a dash after the place, no section
        ("Dotacja na drogi wojewódzkie dla Kujawsko-Pomorskiego", set()),
        ("Dofinansowanie z Funduszu do Programu Maluch+", set()),
    ],
)
def test_section_ends(title: str, ends: set[frozenset[str]]) -> None:
    assert projects.section_ends(title) == ends


@pytest.mark.parametrize(
    ("name", "tier"),
    [
        ("Gminę Gostynin", {"gmina"}),  # a town and a rural gmina bear the name: "Gminę" is the rural one
        ("Gminie Kęty", {"gmina", "miasto"}),
        ("Miastem Kęty", {"miasto"}),
        ("Powiatem Gostynińskim", {"powiat"}),
    ],
)
def test_org_tier_reads_every_case_form(name: str, tier: set[str]) -> None:
    assert projects.org_tier(name) == tier


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Przebudowa drogi powiatowej Wojciechów – Brzeźce", set()),  # a powiat's road, no powiat named Wojciechów
        ("Szkoły w powiecie gostynińskim", {("powiat", "gos")}),
        ("Umowa z powiatem oleskim", {("powiat", "ole")}),
    ],
)
def test_named_units_read_the_powiat_noun_not_its_adjective(text: str, units: set[tuple[str, str]]) -> None:
    assert projects.named_units(text) == units


@pytest.mark.parametrize("word", ["Pomorskiem", "Małopolsce", "Mazowszu", "Polsce"])
def test_a_region_is_no_village(word: str) -> None:
    assert projects.villages(f"Podział środków na drogi w {word}") == frozenset()


# Evidence read wrongly before (round 9's misses, reworded): a settled or tendered sum 5-10 % off the planned, a
# road authority's kind words, the place a contract was signed at, an address's house number; each same pair was
# kept apart by the code before, and each near-miss stays apart.
_PLAN = rec(
    "Zalesie: pieniądze z RFRD na rozbudowę drogi gminnej",
    beneficiary="Gmina Ryglice",
    programme="Rządowy Fundusz Rozwoju Dróg",
    amounts={"grant": "488548.79", "total_cost": "697926.85"},
    published="2023-10-05",
    site="muw-krakow",
)
EVIDENCE_PAIRS = {
    "settled same": (
        _PLAN,
        rec(
            "Odbiór rozbudowy drogi gminnej w Zalesiu",
            beneficiary="Gmina Ryglice",
            amounts={"grant": "456309.01", "total_cost": "651870.02"},
            published="2024-08-30",
            site="ug-ryglice",
        ),
        True,
    ),
    "settled 20% near": (
        _PLAN,
        rec(
            "Odbiór rozbudowy drogi gminnej w Zalesiu",
            beneficiary="Gmina Ryglice",
            amounts={"grant": "390000.00", "total_cost": "557000.00"},
            published="2024-08-30",
            site="ug-ryglice",
        ),
        False,
    ),
    "unsettled 7% near": (
        _PLAN,
        rec(
            "Rozbudowa drogi gminnej w Zalesiu",
            beneficiary="Gmina Ryglice",
            amounts={"grant": "456309.01", "total_cost": "651870.02"},
            published="2024-08-30",
            site="ug-ryglice",
        ),
        False,
    ),
    "tender same": (
        _PLAN,
        rec(
            "Przetarg: rozbudowa drogi gminnej w m. Zalesie",
            beneficiary="Gmina Ryglice",
            programme="RFRD",
            amounts={"total_cost": "652300.00"},
            published="2024-03-12",
            site="bip-ryglice",
        ),
        True,
    ),
    "zdp same": (
        rec(
            "Powiat tarnowski podpisał umowę na przebudowę drogi powiatowej Zalesie – Kowalowa",
            beneficiary="Powiat Tarnowski",
            programme="Rządowy Fundusz Rozwoju Dróg",
            amounts={"grant": "398119.51"},
            published="2020-07-01",
            site="powiat-tarnowski",
        ),
        rec(
            "Odbiór przebudowy odcinka drogi w Kowalowej",
            implementer="Zarząd Dróg Powiatowych w Tarnowie",
            amounts={"total_cost": "781502.66"},
            published="2020-11-27",
            site="zdp-tarnow",
        ),
        True,
    ),
    "zdp near": (
        rec(
            "Powiat tarnowski podpisał umowę na przebudowę drogi powiatowej Zalesie – Kowalowa",
            beneficiary="Powiat Tarnowski",
            programme="Rządowy Fundusz Rozwoju Dróg",
            amounts={"grant": "398119.51"},
            published="2020-07-01",
            site="powiat-tarnowski",
        ),
        rec(
            "Odbiór przebudowy odcinka drogi w Kowalowej",
            implementer="Zarząd Dróg Powiatowych w Brzesku",
            amounts={"total_cost": "781502.66"},
            published="2020-11-27",
            site="zdp-brzesko",
        ),
        False,
    ),
    "signing same": (
        rec(
            "Kanalizacja w Zalesiu z pieniędzmi z Działania 3.4",
            beneficiary="Gmina Ryglice",
            programme="Wielkopolski Regionalny Program Operacyjny na lata 2007-2013",
            amounts={"eu_share": "2621922.41"},
            published="2010-07-22",
            site="wrpo",
        ),
        rec(
            "Burmistrz podpisał umowę w WFOŚiGW w Krakowie",
            beneficiary="Gminy Ryglice",
            amounts={"total_cost": "4575350.86", "eu_share": "2621922.41"},
            published="2010-10-07",
            site="ug-ryglice",
        ),
        True,
    ),
    "signing near": (
        rec(
            "Kanalizacja w Zalesiu z pieniędzmi z Działania 3.4",
            beneficiary="Gmina Ryglice",
            programme="Wielkopolski Regionalny Program Operacyjny na lata 2007-2013",
            amounts={"eu_share": "2621922.41"},
            published="2010-07-22",
            site="wrpo",
        ),
        rec(
            "Burmistrz podpisał umowę na kanalizację w Kowalowej",
            beneficiary="Gminy Ryglice",
            amounts={"total_cost": "4575350.86", "eu_share": "2621922.41"},
            published="2010-10-07",
            site="ug-ryglice",
        ),
        False,
    ),
    "address same": (
        rec(
            "Program „Senior+” – edycja 2021",
            beneficiary="Gmina Ryglice",
            programme="Senior+",
            amounts={"grant": "97560.00", "total_cost": "121950.00"},
            published="2021-08-30",
            site="ug-ryglice",
        ),
        rec(
            "Utworzenie i wyposażenie Klubu „Senior+” w Gminie Ryglice, Kowalowa 80",
            beneficiary="Gmina Ryglice",
            programme="Program Wieloletni „Senior+” na lata 2021-2025, Edycja 2021, Moduł I",
            amounts={"grant": "97560.00"},
            published="2021-07-15",
            site="bip-ryglice",
        ),
        True,
    ),
    "address near": (
        rec(
            "Program „Senior+” – edycja 2022",
            beneficiary="Gmina Ryglice",
            programme="Senior+",
            amounts={"grant": "97560.00", "total_cost": "121950.00"},
            published="2022-08-30",
            site="ug-ryglice",
        ),
        rec(
            "Utworzenie i wyposażenie Klubu „Senior+” w Gminie Ryglice, Kowalowa 80",
            beneficiary="Gmina Ryglice",
            programme="Program Wieloletni „Senior+” na lata 2021-2025, Edycja 2021, Moduł I",
            amounts={"grant": "97560.00"},
            published="2021-07-15",
            site="bip-ryglice",
        ),
        False,
    ),
}


@pytest.mark.parametrize(("a", "b", "expected"), EVIDENCE_PAIRS.values(), ids=EVIDENCE_PAIRS.keys())
def test_settled_sums_authorities_signing_places_and_addresses(a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Odbiór rozbudowy drogi gminnej w Zalesiu", True),
        ("Rozliczenie projektu „Nowy oddział”", True),
        ("Sprawozdanie z realizacji Programu „Opieka wytchnieniowa” – edycja 2023", True),
        ("Informacja o zakończeniu projektu nr 12", True),
        ("Przetarg: rozbudowa drogi w m. Zalesie", True),
        ("Zakończenie roku szkolnego w klubie", False),  # an end, but of no project's works
        ("Rozbudowa drogi w Zalesiu", False),
    ],
)
def test_settles(title: str, expected: bool) -> None:
    assert projects.settles(title) is expected


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Burmistrz podpisał umowę w WFOŚiGW w Poznaniu", set()),
        ("Umowy z Funduszu Dróg Samorządowych podpisane w Radomiu", set()),
        ("Gmina podpisała umowę na budowę drogi w Zalesiu", {frozenset({"zal"})}),  # what the contract is for
        ("Podpisanie umowy w Urzędzie Marszałkowskim w Toruniu – świetlica w Zalesiu", {frozenset({"zal"})}),
    ],
)
def test_a_signing_place_is_no_project_place(title: str, places: set[frozenset[str]]) -> None:
    assert projects.title_places(title) == places


@pytest.mark.parametrize(
    ("title", "editions"),
    [
        ("Utworzenie Klubu „Senior+” w Gminie Wojcieszków, Wola Burzecka 80", set()),
        ("Remont świetlicy przy ul. Lipowej 5", set()),
        ("Trudny start 2", {2}),
        ("Klub Senior+ – edycja 3, Wola 4", {3}),
        ("Przebudowa drogi w Zalesiu, Etap 2", {2}),  # a stage after a comma is no address
        ("Remont świetlicy, Część 3", {3}),
    ],
)
def test_an_address_number_is_no_edition(title: str, editions: set[int]) -> None:
    assert projects.edition_numbers(title) == editions


@pytest.mark.parametrize(
    ("name", "key", "tier"),
    [
        ("Zarząd Dróg Powiatowych w Białobrzegach", {"bia"}, {"powiat"}),
        ("ZDW w Gdańsku", {"gda"}, {"region"}),
        ("Zarząd Dróg Wojewódzkich w Gdańsku", {"gda"}, {"region"}),
    ],
)
def test_a_road_authoritys_kind_words(name: str, key: set[str], tier: set[str]) -> None:
    assert projects.org_key(name) == key
    assert projects.org_tier(name) == tier


# Time, bodies and places read anew (round 9's misses, reworded): a standing page's period stands for its
# date, a voivodeship's unit in its capital is the voivodeship, the gmina a grant is "dla" is no village. Each
# same pair was kept apart by the code before; each near-miss stays apart.
_PAGE = rec(
    "Utworzenie nowego oddziału przedszkolnego w SP Zalesie",
    beneficiary="Gmina Ryglice",
    programme="RPO WM 2014-2020",
    amounts={"total_cost": "299901.42"},
    period={"start": "2019-08-28", "end": "2021-01-31"},
    site="ug-ryglice",
)
_NEWS = rec(
    "Nowe miejsca przedszkolne w Zalesiu – Gmina Ryglice z unijnym dofinansowaniem",
    beneficiary="Gmina Ryglice",
    programme="Regionalny Program Operacyjny Województwa Małopolskiego 2014-2020",
    amounts={"eu_share": "269910.42"},
    published="2019-09-12",
    site="ug-ryglice",
)
TIME_BODY_PAIRS = {
    "standing page same": (_PAGE, _NEWS, True),
    "standing page, news three years after": (
        _PAGE,
        rec(
            "Nowe miejsca przedszkolne w Zalesiu – Gmina Ryglice z unijnym dofinansowaniem",
            beneficiary="Gmina Ryglice",
            programme="Regionalny Program Operacyjny Województwa Małopolskiego 2014-2020",
            amounts={"eu_share": "269910.42"},
            published="2024-09-12",
            site="ug-ryglice",
        ),
        False,
    ),
    "undated page, no period": (
        rec(
            "Utworzenie nowego oddziału przedszkolnego w SP Zalesie",
            beneficiary="Gmina Ryglice",
            programme="RPO WM 2014-2020",
            amounts={"total_cost": "299901.42"},
            site="ug-ryglice",
        ),
        _NEWS,
        False,
    ),
    "zdw same": (
        rec(
            "Dotacja na drogi wojewódzkie",
            beneficiary="Województwo Małopolskie",
            amounts={"grant": "16708979"},
            site="news-krakow",
        ),
        rec(
            "Remonty nawierzchni dróg wojewódzkich w 2018 roku z dotacji celowej",
            implementer="Zarząd Dróg Wojewódzkich w Krakowie",
            amounts={"grant": "16708979.00"},
            period={"start": "2018-01-01", "end": "2018-12-31"},
            published="2018-06-15",
            site="zdw-krakow",
        ),
        True,
    ),
    "zdw near": (
        rec(
            "Dotacja na drogi wojewódzkie",
            beneficiary="Województwo Świętokrzyskie",
            amounts={"grant": "16708979"},
            site="news-kielce",
        ),
        rec(
            "Remonty nawierzchni dróg wojewódzkich w 2018 roku z dotacji celowej",
            implementer="Zarząd Dróg Wojewódzkich w Krakowie",
            amounts={"grant": "16708979.00"},
            period={"start": "2018-01-01", "end": "2018-12-31"},
            published="2018-06-15",
            site="zdw-krakow",
        ),
        False,
    ),
    "dla gmina same": (
        rec(
            "Budowa sali gimnastycznej przy Szkole Podstawowej w Zalesiu",
            beneficiary="Gmina Ryglice",
            programme="Małopolski Program Rozwoju Bazy Sportowej",
            amounts={"grant": "851000.00"},
            published="2023-05-22",
            site="ug-ryglice",
        ),
        rec(
            "851 tys. zł z programu bazy sportowej dla Ryglic",
            beneficiary="Gmina Ryglice",
            programme="Małopolski Program Rozwoju Bazy Sportowej",
            amounts={"grant": "851000.00"},
            published="2023-06-12",
            site="umwm",
        ),
        True,
    ),
    "dla village near": (
        rec(
            "Budowa sali gimnastycznej przy Szkole Podstawowej w Zalesiu",
            beneficiary="Gmina Ryglice",
            programme="Małopolski Program Rozwoju Bazy Sportowej",
            amounts={"grant": "851000.00"},
            published="2023-05-22",
            site="ug-ryglice",
        ),
        rec(
            "851 tys. zł z programu bazy sportowej dla Kowalowej",
            beneficiary="Gmina Ryglice",
            programme="Małopolski Program Rozwoju Bazy Sportowej",
            amounts={"grant": "851000.00"},
            published="2023-06-12",
            site="umwm",
        ),
        False,
    ),
}


@pytest.mark.parametrize(("a", "b", "expected"), TIME_BODY_PAIRS.values(), ids=TIME_BODY_PAIRS.keys())
def test_standing_pages_seats_and_recipient_gminas(a: Record, b: Record, expected: bool) -> None:
    assert same(a, b) is expected


@pytest.mark.parametrize(
    ("published", "start", "end", "years", "when"),
    [
        (date(2021, 5, 4), date(2020, 1, 1), None, frozenset({2020}), (date(2021, 5, 4), date(2021, 5, 4))),
        (None, date(2019, 8, 28), date(2021, 1, 31), frozenset(), (date(2019, 8, 28), date(2021, 1, 31))),
        (None, None, date(2021, 1, 31), frozenset(), (date(2021, 1, 31), date(2021, 1, 31))),
        (None, None, None, frozenset({2021, 2022}), (date(2021, 1, 1), date(2022, 12, 31))),
        (None, None, None, frozenset(), None),
    ],
)
def test_record_time(
    published: date | None,
    start: date | None,
    end: date | None,
    years: frozenset[int],
    when: tuple[date, date] | None,
) -> None:
    assert projects.record_time(published, start, end, years) == when


@pytest.mark.parametrize(
    ("name", "stems"),
    [
        ("Zarząd Dróg Wojewódzkich w Gdańsku", {"pom"}),
        ("Urząd Marszałkowski Województwa Kujawsko-Pomorskiego w Toruniu", {"kuj", "pom"}),
        ("Regionalny Ośrodek Polityki Społecznej w Krakowie", {"mal"}),
        ("Gmina Miasta Gdańsk", set()),  # a city, not the voivodeship
        ("Zarząd Dróg Wojewódzkich w Tczewie", set()),  # a district office, in no capital
    ],
)
def test_seat_voivodeship(name: str, stems: set[str]) -> None:
    assert projects.seat_voivodeship(name, projects.org_tier(name)) == stems


@pytest.mark.parametrize(
    ("title", "topics"),
    [
        ("Pierwszy w gminie klub dla seniorów otwarty", {"Senior+"}),
        ("Seniorzy z Woli Burzeckiej będą mieli swój klub", set()),  # a club, not said to be seniors' one
        ("Seniorzy dostali opaski SOS", {"Korpus Wsparcia Seniorów"}),
        ("Klub sportowy zaprasza seniorów na mecz", set()),  # a club and seniors, but no seniors' club
    ],
)
def test_programme_topics_in_other_word_orders(title: str, topics: set[str]) -> None:
    assert projects.programme_topics(title) == topics


def test_an_eu_measure_is_no_place() -> None:
    assert projects.villages("Kanalizacja w Kłodawie z pieniędzmi z Działania 3.4", ()) == frozenset(
        {frozenset({"klo"})}
    )


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Pilzno: 288 tys. zł z PFRON na samochód dla uczniów", set()),  # a fund in capitals, no village
        ("Umowa z WFOŚiGW na kanalizację", set()),
        ("Seniorzy ze Skrzydlnej w teatrze", {frozenset({"skr"})}),  # a village after "ze" still counts
    ],
)
def test_an_acronym_after_z_is_no_village(title: str, places: set[frozenset[str]]) -> None:
    assert projects.loose_places(title) == places


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Stowarzyszeniu WSPÓLNIE", {"wsp"}),  # the dative a news item gives the beneficiary in
        ("Stowarzyszeniem Wspólnie", {"wsp"}),
        ("Fundację Rozwoju Wsi", {"roz", "wie"}),
    ],
)
def test_an_associations_name_in_every_case_form(name: str, key: set[str]) -> None:
    assert projects.org_key(name) == key


def test_an_association_in_the_dative_is_the_association() -> None:
    grant = rec(
        "Stowarzyszenie Razem z dotacją w ramach programu Działaj Lokalnie 2021",
        beneficiary="Stowarzyszenie Razem z Kowalowej",
        programme="Działaj Lokalnie 2021",
        amounts={"grant": "6000.00"},
        published="2021-06-18",
        site="lgd",
    )
    news = rec(
        "Stowarzyszenie Razem z dotacją z programu Działaj Lokalnie 2021 na świetlicę",
        beneficiary="Stowarzyszeniu Razem",
        programme="Działaj Lokalnie",
        amounts={"grant": "6000.00"},
        published="2021-07-02",
        site="news",
    )
    other = rec(
        "Stowarzyszenie Razem z dotacją z programu Działaj Lokalnie 2021 na świetlicę",
        beneficiary="Stowarzyszeniu Przyjaciół Kowalowej",
        programme="Działaj Lokalnie",
        amounts={"grant": "6000.00"},
        published="2021-07-02",
        site="news",
    )
    assert projects._orgs_agree(projects._facts(grant), projects._facts(news))
    assert not projects._orgs_agree(projects._facts(grant), projects._facts(other))


# Rounds 10 and 11's false merges (reworded): two powiats whose adjectives share the three-letter place stem
# (Powiat Oleski / Oleśnicki), and a gmina's seat named after a bare "w" read as the gmina itself (two gminas
# Dobre, one grant sum, the seat's school against a village's).
@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("Powiat Gostyniński", {"1404"}),
        ("Powiatu Gostyńskiego", {"3004"}),  # the genitive of the other powiat of stem "gos"
        ("Powiatem Gostynińskim", {"1404"}),
        ("Powiatowi Gostyńskiemu", {"3004"}),
        ("Starostwo Powiatowe w Gostyniu", {"3004"}),  # the seat's gmina, its powiat
        ("Gmina Gostynin", set()),  # no powiat-level body
        ("Stowarzyszenie Razem", set()),
    ],
)
def test_a_powiats_name_points_at_its_powiat(name: str, codes: set[str]) -> None:
    assert projects.org_powiats(name, projects.org_tier(name)) == codes


_MINIBUS = {
    "programme": "Program wyrównywania różnic między regionami III",
    "amounts": {"grant": "81400.00"},
    "published": "2021-05-10",
}


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("Powiatu Gostyńskiego", False),  # a like-named powiat in the same programme, the same week, the same sum
        ("Starostwo Powiatowe w Gostyninie", True),  # the powiat's own office, in its seat
        ("Powiatowi Gostynińskiemu", True),  # the powiat in the dative
    ],
)
def test_two_powiats_of_one_place_stem_are_two_bodies(other: str, expected: bool) -> None:
    grant = rec(
        "Umowa na zakup mikrobusu dla szkoły specjalnej podpisana", beneficiary="Powiat Gostyniński", **_MINIBUS
    )
    news = rec(
        "Mikrobus dla uczniów szkoły specjalnej – pieniądze z PFRON",
        beneficiary=other,
        site="news-powiat",
        **{**_MINIBUS, "published": "2021-05-14"},
    )
    assert same(grant, news) is expected


_FIELD = {"beneficiary": "Gmina Kowale", "amounts": {"grant": "297000.00"}, "published": "2022-05-20"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Gmina Kowale z dotacją na boisko przy szkole w Kowalach", False),  # the seat's school, not the village's
        ("Gmina Kowale z dotacją na boisko przy szkole w Zalesiu", True),
        ("Boisko w Zalesiu: gmina Kowale z dotacją", True),
    ],
)
def test_a_seat_named_after_w_is_a_place(title: str, expected: bool) -> None:
    village = rec(
        "Gmina Kowale otrzymała dotację z Ministerstwa Sportu na budowę boiska w Zalesiu", site="ug-kowale", **_FIELD
    )
    other = rec(title, site="ug-kowale-2", **{**_FIELD, "published": "2022-05-24"})
    assert same(village, other) is expected


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Gmina Kowale: boisko przy szkole w Kowalach", {frozenset({"kow"})}),  # the seat after a bare "w"
        ("Przebudowa dróg w gminie Kowale", set()),  # the gmina by a unit word: no village
        ("851 tys. zł dla Kowali", set()),  # the gmina as the money's recipient
    ],
)
def test_the_bodys_own_gmina_as_a_village(title: str, places: set[frozenset[str]]) -> None:
    fact = projects._facts(rec(title, beneficiary="Gmina Kowale"))
    assert fact.village_places == places


# Rounds 10 and 11's missed same pairs, evidence read wrongly (reworded): a sum in words read as an edition, an
# office's seat or a fund read as a village, a programme's shorter name read as another programme; and the guard
# the office fix needed (a like-named brigade the office's seat had kept apart by chance).
@pytest.mark.parametrize(
    ("title", "numbers"),
    [
        ("4 miliony złotych na oczyszczalnię ścieków w Zalesiu", set()),
        ("Ponad 2 miliardy na drogi lokalne", set()),
        ("3 milionów zł dla gminy", set()),
        ("Oczyszczalnia w Zalesiu – etap 2", {2}),  # a stage is still a stage
    ],
)
def test_a_sum_in_words_is_no_edition(title: str, numbers: set[int]) -> None:
    assert projects.edition_numbers(title) == numbers


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Promesy wręczone w Opolskim Urzędzie Wojewódzkim", set()),  # an office, no village
        ("Dobre wieści z Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej we Wrocławiu", set()),
        ("Umowa z Narodowym Funduszem podpisana – 3,9 mln zł na sieć", set()),  # a fund after "z"
        ("Dotacja z WFOŚiGW w Katowicach na kanalizację w Zalesiu", {frozenset({"zal"})}),  # the seat only
        ("Fundusz Dróg Samorządowych na drogę w Zalesiu", {frozenset({"zal"})}),  # the fund's words end before
    ],
)
def test_an_offices_seat_is_no_village(title: str, places: set[frozenset[str]]) -> None:
    assert projects.villages(title) == places


@pytest.mark.parametrize(
    ("locative", "word", "fits"),
    [
        ("mieroszowie", "mieroszow", True),
        ("mieroszynie", "mieroszyno", True),
        ("mieroszynie", "mieroszow", False),  # Mieroszyno is not Mieroszów
        ("borowie", "borynia", False),
        ("pradze", "praga", True),  # a softened consonant
        ("gorze", "gora", True),
        ("lodzi", "lodz", True),
        ("ketach", "kety", True),  # a plural name
        ("dobrem", "dobre", True),  # an adjectival name
        ("krasnymstawie", "krasnystaw", True),  # an adjective and a noun in one word
        ("bialymstoku", "bialystok", True),
        ("wsi", "wies", True),
    ],
)
def test_a_locative_fits_its_place(locative: str, word: str, fits: bool) -> None:
    assert projects.locative_fits(locative, word) is fits


_SUITS = {"amounts": {"total_cost": "20000.00"}, "published": "2020-10-14", "site": "osp-borow"}


@pytest.mark.parametrize(
    ("brigade", "expected"),
    [
        ("Ochotnicza Straż Pożarna w Boryni", False),  # a like-named brigade, Borynia, in the same programme
        ("Ochotnicza Straż Pożarna w Borowie", True),  # the brigade itself, its place in the locative
    ],
)
def test_two_brigades_of_one_place_stem(brigade: str, expected: bool) -> None:
    own = rec("Nowe ubrania specjalne i hełmy dla naszych druhów", beneficiary="OSP Borów", **_SUITS)
    grant = rec(
        "Druhowie z dotacją na ubrania specjalne i hełmy",
        beneficiary=brigade,
        programme="Ogólnopolski program finansowania służb ratowniczych",
        amounts={"grant": "20000.00"},
        published="2020-07-06",
        site="ug-news",
    )
    assert same(own, grant) is expected


@pytest.mark.parametrize(
    ("short", "names"),
    [
        ("PWRMR III", True),  # the initials and the programme's version
        ("PFRON", True),  # the fund that pays it
        ("program wyrównywania różnic", True),  # its words
        ("Aktywny samorząd", False),  # another PFRON programme
    ],
)
def test_a_shorter_name_of_a_programme_is_that_programme(short: str, names: bool) -> None:
    full = rec(
        "Winda i dwa busy", beneficiary="Powiat Łukowski", programme="Program wyrównywania różnic między regionami"
    )
    other = rec("Uchwała w sprawie wniosków", beneficiary="Powiat Łukowski", programme=short)
    assert projects._programmes_differ(projects._facts(full), projects._facts(other)) is not names


def test_a_programmes_initials_name_it_in_a_same_pair() -> None:
    contract = rec(
        "Środki PFRON pozyskane przez Powiat Łukowski",
        beneficiary="Powiat Łukowski",
        programme="Program wyrównywania różnic między regionami",
        amounts={"grant": "240319.89"},
        site="powiat",
    )
    resolution = rec(
        "Uchwała Zarządu Powiatu w sprawie wniosków do PFRON w obszarach B i D",
        beneficiary="Powiat Łukowski",
        programme="PWRMR III",
        amounts={"grant": "240319.89"},
        published="2021-05-20",
        site="bip-powiat",
    )
    assert same(contract, resolution)


def test_a_ceremony_at_the_wojewodas_office_is_the_gminas_club() -> None:
    """The promise handed over in the wojewoda's office and the gmina's news of the contract: one Maluch+ club
    (the office read as a village kept them apart)."""
    contract = rec(
        "Klub dziecięcy w Kowalach – umowa z Wojewodą Opolskim podpisana",
        beneficiary="Gmina Kowale",
        programme="Resortowy program rozwoju instytucji opieki nad dziećmi w wieku do lat 3 „MALUCH+” 2019",
        amounts={"grant": "640000.00"},
        published="2019-05-14",
        site="ug-kowale",
    )
    ceremony = rec(
        "Promesy z programu Maluch+ 2019 wręczone w Opolskim Urzędzie Wojewódzkim",
        beneficiary="Gminie Kowale",
        programme="MALUCH+ 2019",
        amounts={"grant": "640000.00"},
        published="2019-03-29",
        site="uw-opole",
    )
    assert same(contract, ceremony)


@pytest.mark.parametrize(
    ("title", "ends"),
    [
        ("Z Murzynowa Leśnego do Miąskowa po nowym asfalcie", {frozenset({"mur", "les"}), frozenset({"mia"})}),
        ("Od Zalesia do Kowalowej nowym chodnikiem", {frozenset({"zal"}), frozenset({"kow"})}),  # a capital "Od"
        ("Rozbudowa drogi Nr 3676P Sulęcinek – Kowalowo", {frozenset({"sul"}), frozenset({"kow"})}),  # "Nr"
        ("Droga z Urzędu Gminy do Szkoły", set()),  # short office words are still no places
    ],
)
def test_section_ends_read_anew(title: str, ends: set[frozenset[str]]) -> None:
    assert projects.section_ends(title) == ends


_ROAD = {"beneficiary": "Powiat Średzki", "site": "powiat-sredzki"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Z Murzynowa Leśnego do Miąskowa już po nowym asfalcie", True),  # the section's completion
        ("Z Murzynowa Leśnego do Zalesia już po nowym asfalcie", False),  # another section from one village
        ("Z Zalesia do Kowalowej już po nowym asfalcie", False),  # another road of the powiat
    ],
)
def test_one_road_section_at_signing_and_completion(title: str, expected: bool) -> None:
    contract = rec(
        "Rozbudowa drogi powiatowej Murzynowo Leśne – Miąskowo: umowa z wykonawcą podpisana",
        published="2017-04-11",
        **_ROAD,
    )
    done = rec(title, beneficiary="Powiatowi Średzkiemu", published="2017-10-24", site="news-sroda")
    assert same(contract, done) is expected


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("miasta", True),
        ("miastach", True),
        ("miastem", True),
        ("miaskowa", False),  # Miąskowo, a village
        ("miastko", False),  # Miastko, a town
        ("funduszu", True),
        ("szkoly", True),
    ],
)
def test_a_kind_word_and_a_place_of_its_letters(word: str, kind: bool) -> None:
    assert projects._kind_word(word) is kind
