"""A construction grid for amounts (issue 13): every kind cue the labelling conventions settle, in its case forms and
positions, crossed with every number format, the clause frames that join two or three amounts in one sentence, and the
recipient frames of the convention's three fixed rules (tests/realtext/README.md, `amounts`).

Each cell is an invented sentence with one expected set of (kind, value) pairs, read through the entry point
`scrape evaluate` uses for a passage (tests/conventions.py).  `python tests/grid_amounts.py` prints the share right per
cue, per format, per frame and per recipient frame (the grid is a measurement: tests/test_grid_amounts.py holds its
floors).
"""

from __future__ import annotations

import itertools
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from conventions import amounts

Want = frozenset[tuple[str, Decimal]]

# A sentence before each cue cell names the one recipient (it signed the funding agreement) and prints no amount, so
# no cell's kind depends on a pool rule for sums nobody is named to get.
PREFIX = "Gmina Rybno podpisała umowę o dofinansowanie projektu „Nowa świetlica w Kołatkach”.\n"

# Number formats of issue 13 §2 and the README, as printed, with their exact values.  A "bare" format has no currency
# word: it is money only before "z/ze/na/dla" (a grouped number with grosze), so it fills only such slots.
FORMATS: list[tuple[str, str, bool]] = [
    ("412.300zł", "412300", False),
    ("38 412 509, 17 zł", "38412509.17", False),
    ("7,25 tys. zł", "7250", False),
    ("12,375 tys. PLN", "12375", False),
    ("150 tyś. zł", "150000", False),
    ("45 tys zł", "45000", False),
    ("1,2 mln zł", "1200000", False),
    ("3 mld zł", "3000000000", False),
    ("7.500.000 zł", "7500000", False),
    ("1 940 200,00", "1940200", True),
    ("prawie 2 mln zł", "2000000", False),
    ("ponad 300 tys. zł", "300000", False),
    ("150 000 złotych", "150000", False),
    ("1 234 567,89 zł", "1234567.89", False),
]

# Numbers that share one multiplier and currency ("900 i 500 tys. zł"): (printed, the values it holds), each filling
# SHARED_TEMPLATES (the cue's kind for every value).
SHARED_FORMATS: list[tuple[str, tuple[str, ...]]] = [
    ("900 i 500 tys. zł", ("900000", "500000")),
    ("8 i 9 tys. zł", ("8000", "9000")),
    ("2,5 oraz 1,5 mln zł", ("2500000", "1500000")),
    ("5, 8 lub 10 tys. zł", ("5000", "8000", "10000")),
]
SHARED_TEMPLATES: list[tuple[str, str]] = [
    ("Dotacje dla Gminy Rybno wyniosą odpowiednio {X}.", "grant"),
    ("Wartość obu zadań to odpowiednio {X}.", "total_cost"),
]

# (cue, kind, form, template): the form says where the cue stands and in which case.
CUES: list[tuple[str, str, str, str]] = [
    # dofinansowanie in every case, before and after the number, and in a parenthesis
    ("dofinansowanie", "grant", "before nom", "Dofinansowanie wyniesie {X}."),
    ("dofinansowanie", "grant", "before gen", "Kwota dofinansowania wynosi {X}."),
    ("dofinansowanie", "grant", "before acc", "Zarząd zatwierdził dofinansowanie w wysokości {X}."),
    ("dofinansowanie", "grant", "before instr", "Zadanie objęto dofinansowaniem w kwocie {X}."),
    ("dofinansowanie", "grant", "before loc", "Zarząd zdecydował o dofinansowaniu w kwocie {X}."),
    ("dofinansowanie", "grant", "before dat", "Dzięki dofinansowaniu w wysokości {X} świetlica zyska nowy dach."),
    ("dofinansowanie", "grant", "after gen", "Na remont świetlicy trafi {X} dofinansowania."),
    ("dofinansowanie", "grant", "after dash", "Remont świetlicy: {X} – dofinansowanie."),
    ("dofinansowanie", "grant", "after stanowi", "W budżecie zadania {X} stanowi dofinansowanie."),
    ("dofinansowanie", "grant", "paren cue+num", "Remont świetlicy (dofinansowanie: {X}) zakończy się w maju."),
    ("dofinansowanie", "grant", "paren num+cue", "Remont świetlicy ({X} dofinansowania) zakończy się w maju."),
    ("dofinansowanie", "grant", "paren num", "Gmina Rybno dostała dofinansowanie ({X}) na remont świetlicy."),
    # dotacja
    ("dotacja", "grant", "before nom", "Dotacja wyniesie {X}."),
    ("dotacja", "grant", "before gen", "Wysokość dotacji wynosi {X}."),
    ("dotacja", "grant", "before acc", "Zarząd zatwierdził dotację w wysokości {X}."),
    ("dotacja", "grant", "before instr", "Zadanie objęto dotacją w kwocie {X}."),
    ("dotacja", "grant", "before loc", "Zarząd zdecydował o dotacji w kwocie {X}."),
    ("dotacja", "grant", "after gen", "Na remont świetlicy trafi {X} dotacji."),
    ("dotacja", "grant", "after dash", "Remont świetlicy: {X} – dotacja."),
    ("dotacja", "grant", "after stanowi", "W budżecie zadania {X} stanowi dotacja."),
    ("dotacja", "grant", "paren cue+num", "Remont świetlicy (dotacja: {X}) zakończy się w maju."),
    ("dotacja", "grant", "paren num+cue", "Remont świetlicy ({X} dotacji) zakończy się w maju."),
    # wsparcie, wsparcie finansowe
    ("wsparcie", "grant", "before nom", "Wsparcie wyniesie {X}."),
    ("wsparcie", "grant", "before gen", "Kwota wsparcia wynosi {X}."),
    ("wsparcie", "grant", "before gen fin", "Wysokość wsparcia finansowego to {X}."),
    ("wsparcie", "grant", "before acc", "Zarząd zatwierdził wsparcie w wysokości {X}."),
    ("wsparcie", "grant", "before instr", "Zadanie objęto wsparciem finansowym w kwocie {X}."),
    ("wsparcie", "grant", "after gen", "Na remont świetlicy trafi {X} wsparcia."),
    ("wsparcie", "grant", "after gen fin", "Na remont świetlicy trafi {X} wsparcia finansowego."),
    ("wsparcie", "grant", "after dash", "Remont świetlicy: {X} – wsparcie."),
    ("wsparcie", "grant", "paren cue+num", "Remont świetlicy (wsparcie: {X}) zakończy się w maju."),
    # pomoc finansowa
    ("pomoc finansowa", "grant", "before nom", "Pomoc finansowa wyniesie {X}."),
    ("pomoc finansowa", "grant", "before gen", "Kwota pomocy finansowej wynosi {X}."),
    ("pomoc finansowa", "grant", "before acc", "Zarząd zatwierdził pomoc finansową w wysokości {X}."),
    ("pomoc finansowa", "grant", "before instr", "Zadanie objęto pomocą finansową w kwocie {X}."),
    ("pomoc finansowa", "grant", "after gen", "Na remont świetlicy trafi {X} pomocy finansowej."),
    ("pomoc finansowa", "grant", "after dash", "Remont świetlicy: {X} – pomoc finansowa."),
    ("pomoc finansowa", "grant", "paren cue+num", "Remont świetlicy (pomoc finansowa: {X}) zakończy się w maju."),
    # promesa
    ("promesa", "grant", "before nom", "Promesa opiewa na {X}."),
    ("promesa", "grant", "before gen", "Wartość promesy wynosi {X}."),
    ("promesa", "grant", "before acc", "Wójt odebrał promesę na kwotę {X}."),
    ("promesa", "grant", "before instr", "Gmina Rybno dysponuje promesą na kwotę {X}."),
    ("promesa", "grant", "after dash", "Remont świetlicy: {X} – promesa."),
    ("promesa", "grant", "paren cue+num", "Remont świetlicy (promesa: {X}) zakończy się w maju."),
    # kwota przyznana
    ("kwota przyznana", "grant", "before nom", "Kwota przyznana wynosi {X}."),
    ("kwota przyznana", "grant", "before nom rev", "Przyznana kwota to {X}."),
    ("kwota przyznana", "grant", "before dat", "Gminie Rybno przyznano kwotę {X}."),
    ("kwota przyznana", "grant", "after", "{X} to kwota przyznana gminie."),
    ("kwota przyznana", "grant", "paren cue+num", "Remont świetlicy (kwota przyznana: {X}) zakończy się w maju."),
    # otrzymała X zł
    ("otrzymała", "grant", "before past", "Gmina Rybno otrzymała {X}."),
    ("otrzymała", "grant", "before future", "Gmina Rybno otrzyma {X}."),
    ("otrzymała", "grant", "before past+purpose", "Gmina Rybno otrzymała na remont świetlicy {X}."),
    ("otrzymała", "grant", "after", "{X} otrzymała Gmina Rybno."),
    ("otrzymała", "grant", "paren num", "Gmina Rybno otrzymała pieniądze ({X}) na remont świetlicy."),
    # przyznano X zł
    ("przyznano", "grant", "before dat", "Gminie Rybno przyznano {X}."),
    ("przyznano", "grant", "before purpose", "Na remont świetlicy przyznano {X}."),
    ("przyznano", "grant", "after", "{X} przyznano Gminie Rybno."),
    ("przyznano", "grant", "before 3rd", "Wojewoda przyznał Gminie Rybno {X}."),
    # pozyskała X zł
    ("pozyskała", "grant", "before past", "Gmina Rybno pozyskała {X}."),
    ("pozyskała", "grant", "before purpose", "Gmina Rybno pozyskała na remont świetlicy {X}."),
    ("pozyskała", "grant", "after", "{X} pozyskała Gmina Rybno."),
    ("pozyskała", "grant", "before impersonal", "Na remont świetlicy udało się pozyskać {X}."),
    # z budżetu państwa
    ("z budżetu państwa", "grant", "after", "Na remont świetlicy trafi {X} z budżetu państwa."),
    ("z budżetu państwa", "grant", "before", "Z budżetu państwa pochodzi {X}."),
    ("z budżetu państwa", "grant", "paren num+cue", "Remont świetlicy ({X} z budżetu państwa) zakończy się w maju."),
    # z Funduszu …
    ("z Funduszu", "grant", "after", "Na remont świetlicy trafi {X} z Funduszu Dróg Samorządowych."),
    ("z Funduszu", "grant", "before", "Z Rządowego Funduszu Inwestycji Lokalnych pochodzi {X}."),
    ("z Funduszu", "grant", "after verb", "Remont świetlicy sfinansowano kwotą {X} z Funduszu Pracy."),
    ("z Funduszu", "grant", "paren num+cue", "Remont świetlicy ({X} z Funduszu Dróg Samorządowych) ruszy w maju."),
    # ze środków UE
    ("ze środków UE", "eu_share", "after", "Na remont świetlicy trafi {X} ze środków UE."),
    ("ze środków UE", "eu_share", "before", "Ze środków Unii Europejskiej pochodzi {X}."),
    ("ze środków UE", "eu_share", "before dof", "Dofinansowanie ze środków UE wynosi {X}."),
    ("ze środków UE", "eu_share", "paren num+cue", "Remont świetlicy ({X} ze środków UE) zakończy się w maju."),
    # unijne dofinansowanie
    ("unijne dofinansowanie", "eu_share", "before nom", "Unijne dofinansowanie wyniesie {X}."),
    ("unijne dofinansowanie", "eu_share", "before gen", "Kwota unijnego dofinansowania to {X}."),
    ("unijne dofinansowanie", "eu_share", "before instr", "Zadanie objęto unijnym dofinansowaniem w kwocie {X}."),
    ("unijne dofinansowanie", "eu_share", "before label", "Dofinansowanie unijne: {X}."),
    ("unijne dofinansowanie", "eu_share", "after gen", "Gmina Rybno dostała {X} unijnego dofinansowania."),
    ("unijne dofinansowanie", "eu_share", "after dash", "Remont świetlicy: {X} – dofinansowanie unijne."),
    # wartość/koszt projektu, zadania, inwestycji, umowy
    ("wartość projektu", "total_cost", "before nom", "Wartość projektu wynosi {X}."),
    ("wartość projektu", "total_cost", "before adj", "Całkowita wartość projektu to {X}."),
    ("wartość projektu", "total_cost", "before gen o wartości", "Projekt o wartości {X} ruszy w maju."),
    ("wartość projektu", "total_cost", "after dash", "Remont świetlicy: {X} – wartość projektu."),
    ("wartość projektu", "total_cost", "after to", "W sumie {X} to wartość projektu."),
    ("wartość projektu", "total_cost", "paren cue+num", "Projekt (wartość: {X}) ruszy w maju."),
    ("koszt zadania", "total_cost", "before nom", "Koszt zadania wynosi {X}."),
    ("koszt zadania", "total_cost", "before adj", "Całkowity koszt zadania to {X}."),
    ("koszt zadania", "total_cost", "before pl", "Koszty zadania wyniosą {X}."),
    ("koszt zadania", "total_cost", "after dash", "Remont świetlicy: {X} – koszt zadania."),
    ("koszt zadania", "total_cost", "paren cue+num", "Zadanie (koszt: {X}) ruszy w maju."),
    ("wartość inwestycji", "total_cost", "before nom", "Wartość inwestycji wynosi {X}."),
    ("wartość inwestycji", "total_cost", "before gen o wartości", "Inwestycja o wartości {X} ruszy w maju."),
    ("wartość inwestycji", "total_cost", "before koszt", "Koszt inwestycji to {X}."),
    ("wartość inwestycji", "total_cost", "before instr", "Koszt inwestycji zamknie się kwotą {X}."),
    ("wartość inwestycji", "total_cost", "after to", "Łącznie {X} to koszt inwestycji."),
    ("wartość umowy", "total_cost", "before nom", "Wartość umowy wynosi {X}."),
    ("wartość umowy", "total_cost", "before contractor", "Umowę z wykonawcą podpisano na kwotę {X}."),
    ("wartość umowy", "total_cost", "before gen o wartości", "Umowa o wartości {X} została zawarta z firmą Budmax."),
    # kosztował
    ("kosztował", "total_cost", "before past", "Remont świetlicy kosztował {X}."),
    ("kosztował", "total_cost", "before obj", "Remont kosztował gminę {X}."),
    ("kosztował", "total_cost", "before future", "Remont świetlicy będzie kosztować {X}."),
    ("kosztował", "total_cost", "before pl", "Prace kosztowały {X}."),
    # wkład własny
    ("wkład własny", "own_share", "before nom", "Wkład własny wynosi {X}."),
    ("wkład własny", "own_share", "before gen", "Kwota wkładu własnego to {X}."),
    ("wkład własny", "own_share", "before acc", "Gmina Rybno wniesie wkład własny w wysokości {X}."),
    ("wkład własny", "own_share", "after stanowi", "Z budżetu gminy {X} stanowi wkład własny."),
    ("wkład własny", "own_share", "after dash", "Remont świetlicy: {X} – wkład własny."),
    ("wkład własny", "own_share", "paren cue+num", "Remont świetlicy (wkład własny: {X}) zakończy się w maju."),
    ("wkład własny", "own_share", "paren num+cue", "Remont świetlicy ({X} wkładu własnego) zakończy się w maju."),
    # środki własne
    ("środki własne", "own_share", "before nom", "Środki własne gminy to {X}."),
    ("środki własne", "own_share", "before gen", "Ze środków własnych gmina pokryje {X}."),
    ("środki własne", "own_share", "after gen", "Gmina dołoży {X} ze środków własnych."),
    ("środki własne", "own_share", "after gen rev", "Gmina dołoży {X} z własnych środków."),
    ("środki własne", "own_share", "after to", "Pozostałe {X} to środki własne gminy."),
    ("środki własne", "own_share", "paren num+cue", "Remont świetlicy ({X} ze środków własnych) zakończy się w maju."),
    # wkład finansowy gminy
    ("wkład finansowy gminy", "own_share", "before nom", "Wkład finansowy gminy wynosi {X}."),
    ("wkład finansowy gminy", "own_share", "before acc", "Gmina Rybno wniesie wkład finansowy w wysokości {X}."),
    ("wkład finansowy gminy", "own_share", "after to", "Pozostałe {X} to wkład finansowy gminy."),
    # koszty kwalifikowalne
    ("koszty kwalifikowalne", "eligible", "before nom", "Koszty kwalifikowalne wynoszą {X}."),
    ("koszty kwalifikowalne", "eligible", "before gen", "Wartość kosztów kwalifikowalnych to {X}."),
    ("koszty kwalifikowalne", "eligible", "before wydatki", "Wydatki kwalifikowalne wyniosą {X}."),
    ("koszty kwalifikowalne", "eligible", "before sg", "Koszt kwalifikowalny projektu to {X}."),
    ("koszty kwalifikowalne", "eligible", "after dash", "Remont świetlicy: {X} – koszty kwalifikowalne."),
    ("koszty kwalifikowalne", "eligible", "paren cue+num", "Remont (koszty kwalifikowalne: {X}) ruszy w maju."),
]

# Clause fragments for two and three amounts in one sentence: each binds its own amount to its own cue.
FRAGMENTS: list[tuple[str, str]] = [
    ("wartość projektu wynosi {X}", "total_cost"),
    ("dofinansowanie wynosi {X}", "grant"),
    ("wkład własny to {X}", "own_share"),
    ("koszty kwalifikowalne to {X}", "eligible"),
    ("dofinansowanie z UE wynosi {X}", "eu_share"),
    ("{X} to dotacja z budżetu państwa", "grant"),
    ("{X} stanowi wkład własny gminy", "own_share"),
    ("koszt zadania to {X}", "total_cost"),
]
# Joiners between two clauses; "z czego" and "w tym" take a part of the first sum, so they follow a whole only.
JOINERS = [", ", "; ", ", z czego ", ", w tym ", ", przy czym ", ", zaś ", ", a ", ", natomiast ", " ("]
_WHOLES = {"total_cost", "eligible", "grant"}
SLOTS = [("1 250 000,00 zł", "1250000"), ("850 tys. zł", "850000"), ("400.000 zł", "400000")]

# Three-amount sentences and list items: (frame, template with {A} {B} {C}, kinds of A, B, C).
TRIPLES: list[tuple[str, str, tuple[str, str, str]]] = [
    (
        "three , ,",
        "Wartość projektu wynosi {A}, dofinansowanie to {B}, wkład własny to {C}.",
        ("total_cost", "grant", "own_share"),
    ),
    (
        "three z czego / a",
        "Wartość projektu wynosi {A}, z czego dofinansowanie to {B}, a wkład własny gminy {C}.",
        ("total_cost", "grant", "own_share"),
    ),
    (
        "three w tym / natomiast",
        "Koszt zadania to {A}, w tym {B} to dotacja z budżetu państwa, natomiast {C} stanowi wkład własny.",
        ("total_cost", "grant", "own_share"),
    ),
    (
        "three ; ;",
        "Wartość inwestycji: {A}; dofinansowanie: {B}; wkład własny: {C}.",
        ("total_cost", "grant", "own_share"),
    ),
    (
        "three parentheses",
        "Wartość projektu wynosi {A} (dofinansowanie: {B}, wkład własny: {C}).",
        ("total_cost", "grant", "own_share"),
    ),
    (
        "three pozostała kwota",
        "Wartość projektu wynosi {A}, dofinansowanie to {B}, a pozostała kwota, {C}, to wkład własny gminy.",
        ("total_cost", "grant", "own_share"),
    ),
    (
        "three reszta",
        "Całkowity koszt zadania to {A}, dotacja wyniesie {B}, a resztę, czyli {C}, gmina pokryje ze środków własnych.",
        ("total_cost", "grant", "own_share"),
    ),
    (
        "three zaś / przy czym",
        "Koszty kwalifikowalne to {A}, zaś dofinansowanie z UE wynosi {B}, przy czym wkład własny to {C}.",
        ("eligible", "eu_share", "own_share"),
    ),
    (
        "list items -",
        "Koszt projektu:\n- wartość całkowita: {A},\n- dofinansowanie: {B},\n- wkład własny: {C}.",
        ("total_cost", "grant", "own_share"),
    ),
    (
        "list items num",
        "Źródła finansowania zadania:\n1. dotacja z budżetu państwa – {B}\n2. środki własne gminy – {C}\n"
        "Wartość zadania ogółem: {A}.",
        ("total_cost", "grant", "own_share"),
    ),
    (
        "list items cue after",
        "Finansowanie remontu:\n- {B} – dofinansowanie z Funduszu Dróg Samorządowych,\n- {C} – wkład własny gminy.",
        ("-", "grant", "own_share"),
    ),
]

# Frames where the cue stands in an earlier sentence or a heading, and each sum of a list or an enumeration
# ("pierwsza …, druga …") takes it: (frame, passage with {A} {B} {C}, kinds of A, B, C; "-" for a slot the passage
# leaves out).
DISCOURSE: list[tuple[str, str, tuple[str, str, str]]] = [
    (
        "enumeration: pierwsza, druga",
        "Wójt odebrał dwie promesy. Pierwsza opiewa na kwotę {A}, druga na kwotę {B}.",
        ("grant", "grant", "-"),
    ),
    (
        "enumeration: pierwszą, drugą",
        "Wojewoda przekazał Gminie Rybno dwie dotacje: pierwszą w kwocie {A} na remont świetlicy, drugą w kwocie {B} "
        "na budowę drogi.",
        ("grant", "grant", "-"),
    ),
    (
        "enumeration: pierwsze to (kwota)",
        "Gmina Rybno zdobyła dofinansowanie dwóch zadań. Pierwsze to remont świetlicy (kwota {A}), drugie – budowa "
        "drogi ({B}).",
        ("grant", "grant", "-"),
    ),
    (
        "list under a cue: dash lines",
        "Gmina Rybno podpisała umowy o dofinansowanie zadań:\n– remont świetlicy – {A};\n– budowa drogi – {B}.",
        ("grant", "grant", "-"),
    ),
    (
        "list under a cue: inline dashes",
        "Gmina Rybno otrzymała dotacje na dwa zadania: remont świetlicy – {A}, budowa drogi – {B}.",
        ("grant", "grant", "-"),
    ),
    (
        "list under a cue: years",
        "Biblioteka w Rybnie co roku dostaje dofinansowanie z ministerstwa:\n2017 r. – {A}\n2016 r. – {B}",
        ("grant", "grant", "-"),
    ),
    (
        "sources list",
        "Źródła finansowania:\nŚrodki EFRR: {A}\nŚrodki powiatu bydgoskiego: {B}\nŚrodki gminy Rybno: {C}",
        ("eu_share", "grant", "own_share"),
    ),
]

# Recipient frames of the convention's three fixed rules: (frame, template, kind).
RECIPIENTS: list[tuple[str, str, str]] = [
    ("one named recipient", "Gmina Rybno otrzymała dotację w wysokości {X}.", "grant"),
    ("one named recipient", "Stowarzyszenie „Razem” z Rybna dostało {X} dofinansowania.", "grant"),
    ("one named recipient", "Dla Gminy Rybno przyznano dofinansowanie w kwocie {X}.", "grant"),
    ("one named recipient", "Gmina Rybno będzie mogła przeznaczyć na remont dotację w wysokości {X}.", "grant"),
    ("many: do podziału", "W naborze do podziału jest {X}.", "other"),
    ("many: do podziału", "Do podziału między gminy jest {X} dofinansowania.", "other"),
    ("many: programme budget", "Budżet programu wynosi {X}.", "other"),
    ("many: programme budget", "Na cały program rząd przeznaczył {X}.", "other"),
    ("many: call allocation", "Na nabór wniosków przeznaczono {X}.", "other"),
    ("many: call allocation", "Alokacja w konkursie wynosi {X}.", "other"),
    ("many: łącznie", "Łącznie 35 gmin z regionu otrzymało dotacje na kwotę {X}.", "other"),
    ("many: łącznie", "Samorządy z województwa otrzymają łącznie {X} dofinansowania.", "other"),
    ("many: łącznie", "W ramach programu 120 projektów otrzymało łącznie {X}.", "other"),
    ("requested", "Gmina Rybno złożyła wniosek o dofinansowanie w kwocie {X}.", "other"),
    ("requested", "Wnioskowana kwota dotacji wynosi {X}.", "other"),
    ("requested", "Gmina Rybno ubiega się o {X} dofinansowania.", "other"),
    ("requested then granted", "Gmina Rybno wnioskowała o dotację w wysokości {X} i otrzymała ją w całości.", "grant"),
    (
        "requested then granted",
        "Gmina Rybno ubiegała się o {X} dofinansowania, które przyznano w pełnej wysokości.",
        "grant",
    ),
    ("cap", "Maksymalna kwota dofinansowania wynosi {X}.", "other"),
    ("cap", "Dotacja może wynieść maksymalnie {X}.", "other"),
    ("cap", "Jedna gmina może otrzymać do {X}.", "other"),
    ("cap", "Dofinansowanie wynosi nie więcej niż {X} na projekt.", "other"),
    ("cap", "Wsparcie wyniesie najwyżej {X} na jednego wnioskodawcę.", "other"),
    ("cap awarded", "Gminie Rybno przyznano dotację w wysokości nie przekraczającej {X}.", "grant"),
    ("open call", "Nabór wniosków startuje 1 marca.\nWysokość wsparcia: {X}.", "other"),
    ("open call", "Kto może wnioskować: kluby sportowe. Dotacja na jeden klub wyniesie {X}.", "other"),
    ("open call", "Gmina ogłasza nabór wniosków. Forma wsparcia – premia w wysokości {X}.", "other"),
    ("cap awarded", "Gmina Rybno otrzymała dotację w kwocie do {X}.", "grant"),
]


@dataclass(frozen=True)
class Cell:
    """One grid cell: its dimensions (name -> value), its passage and the (kind, value) pairs it should give."""

    dims: tuple[tuple[str, str], ...]
    text: str
    want: Want


def _fits(template: str, bare: bool) -> bool:
    """A bare format (no currency word) fills only a slot a source or use follows ("X z Funduszu …")."""
    return not bare or any(f"{{X}} {word} " in template for word in ("z", "ze", "na", "dla"))


def cue_cells() -> Iterator[Cell]:
    for (cue, kind, form, template), (printed, value, bare) in itertools.product(CUES, FORMATS):
        if not _fits(template, bare):
            continue
        text = PREFIX + template.replace("{X}", printed)
        want = frozenset({(kind, Decimal(value))})
        yield Cell((("cue", cue), ("form", form), ("format", printed)), text, want)


def shared_cells() -> Iterator[Cell]:
    for (printed, values), (template, kind) in itertools.product(SHARED_FORMATS, SHARED_TEMPLATES):
        want = frozenset((kind, Decimal(v)) for v in values)
        yield Cell((("format", printed),), PREFIX + template.replace("{X}", printed), want)


def frame_cells() -> Iterator[Cell]:
    for (a, ka), (b, kb) in itertools.permutations(FRAGMENTS, 2):
        for joiner in JOINERS:
            if joiner.strip(", ") in ("z czego", "w tym") and ka not in _WHOLES:
                continue
            first = a.replace("{X}", SLOTS[0][0])
            first = first[:1].upper() + first[1:]
            second = b.replace("{X}", SLOTS[1][0])
            text = PREFIX + first + joiner + second + (")." if joiner == " (" else ".")
            want = frozenset({(ka, Decimal(SLOTS[0][1])), (kb, Decimal(SLOTS[1][1]))})
            yield Cell((("frame", joiner.strip() or "space"), ("pair", f"{ka}+{kb}")), text, want)
    for frame, template, kinds in TRIPLES + DISCOURSE:
        text = PREFIX + template.format(A=SLOTS[0][0], B=SLOTS[1][0], C=SLOTS[2][0])
        want = frozenset((k, Decimal(v)) for k, (_, v) in zip(kinds, SLOTS, strict=True) if k != "-")
        yield Cell((("frame", frame),), text, want)


_ABOUT = ("prawie", "ponad")


def recipient_cells() -> Iterator[Cell]:
    for (frame, template, kind), (printed, value, bare) in itertools.product(RECIPIENTS, FORMATS):
        if not _fits(template, bare) or value == "3000000000" or (frame == "cap" and printed.startswith(_ABOUT)):
            continue  # (a cap of "prawie 2 mln zł" is no Polish: caps are exact)
        text = template.replace("{X}", printed)
        yield Cell((("recipient", frame), ("format", printed)), text, frozenset({(kind, Decimal(value))}))


def cells() -> Iterator[Cell]:
    yield from cue_cells()
    yield from shared_cells()
    yield from frame_cells()
    yield from recipient_cells()


@dataclass(frozen=True)
class Result:
    cell: Cell
    got: Want

    @property
    def right(self) -> bool:
        return self.got == self.cell.want

    @property
    def values_right(self) -> bool:
        return {v for _, v in self.got} == {v for _, v in self.cell.want}


def run() -> list[Result]:
    return [Result(cell, frozenset(amounts(cell.text))) for cell in cells()]


def shares(results: list[Result], dim: str) -> dict[str, tuple[int, int, int]]:
    """Per value of the dimension: (kind and value right, values right, cells)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in results:
        for name, value in r.cell.dims:
            if name == dim:
                c = counts[value]
                c[0] += r.right
                c[1] += r.values_right
                c[2] += 1
    return {k: (a, b, n) for k, (a, b, n) in counts.items()}


def report(results: list[Result]) -> str:
    lines = []
    total = len(results)
    right = sum(r.right for r in results)
    lines.append(f"grid: {right}/{total} cells right ({right / total:.0%})")
    for dim in ("cue", "form", "format", "frame", "pair", "recipient"):
        lines.append(f"\nper {dim}: kind+value right, value right, cells")
        for value, (a, b, n) in sorted(shares(results, dim).items(), key=lambda kv: kv[1][0] / kv[1][2]):
            lines.append(f"  {a / n:5.0%} {b / n:5.0%} {n:4d}  {value}")
    return "\n".join(lines)


if __name__ == "__main__":
    found = run()
    print(report(found))
    if "-v" in sys.argv:
        for r in found:
            if not r.right:
                print("MISS", dict(r.cell.dims), repr(r.cell.text), sorted(r.cell.want), "got", sorted(r.got))
