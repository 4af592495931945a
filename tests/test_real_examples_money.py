"""Issue 13, section 2: every money example real text gave, as a test (kinds, cues, number formats, traps)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract.money import find_amounts, kind_of


def kinds(text: str) -> list[tuple[str, Decimal]]:
    return [(m.kind, m.value) for m in find_amounts(text)[0]]


D = Decimal

# Cue after the number, several amounts in one sentence: each amount takes its own clause's cue.
CLAUSES = [
    (
        "Łączny koszt zadania to 412.300zł., z czego 370.000zł. pokrywa dotacja z budżetu państwa, "
        "a 42.300zł to środki własne gminy.",
        [("total_cost", D(412300)), ("grant", D(370000)), ("own_share", D(42300))],
    ),
    ("Kwota 120 000 zł stanowi wkład własny gminy.", [("own_share", D(120000))]),
    ("Wkład własny stanowi 30 000 zł.", [("own_share", D(30000))]),
    ("Na ten cel 250 000 zł – dofinansowanie.", [("grant", D(250000))]),
    (
        "Wartość projektu wynosi 500 000 zł; przy czym 425 000 zł to dofinansowanie ze środków UE.",
        [("total_cost", D(500000)), ("eu_share", D(425000))],
    ),
    (
        "Inwestycja kosztowała 900 tys. zł, natomiast dotacja wyniosła 600 tys. zł, zaś 300 tys. zł dołożyła gmina.",
        [("total_cost", D(900000)), ("grant", D(600000)), ("own_share", D(300000))],
    ),
    (
        "Projekt (wartość całkowita projektu: 1 200 000,00 zł) otrzymał 1 020 000,00 zł dofinansowania.",
        [("total_cost", D("1200000.00")), ("grant", D("1020000.00"))],
    ),
    (
        "Gmina dostanie 2 mln zł, w tym 1,5 mln zł na drogi.",
        [("grant", D(2000000)), ("grant", D(1500000))],
    ),
    # every case form of the cue
    ("Kwota dofinansowania: 80 000 zł.", [("grant", D(80000))]),
    ("Z dofinansowaniem w wysokości 80 000 zł gmina kupi wóz.", [("grant", D(80000))]),
    ("Przy dofinansowaniu 80 000 zł gmina dopłaci resztę.", [("grant", D(80000))]),
    ("Przy całkowitym koszcie realizacji zadania wynoszącym 12 480,00 zł.", [("total_cost", D("12480.00"))]),
    ("Z wkładem własnym 5 000 zł.", [("own_share", D(5000))]),
]

# Kinds from words the extractor did not know before.
CUE_WORDS = [
    ("Gmina otrzymała wsparcie w wysokości 45 000 zł.", [("grant", D(45000))]),
    ("Wójt odebrał promesę na 1 200 000 zł.", [("grant", D(1200000))]),
    ("Gminie przyznano dotację celową w kwocie 194 312 zł.", [("grant", D(194312))]),
    ("Wartość programu to 300 000 zł.", [("total_cost", D(300000))]),
    ("Wartość zadania: 52 683,35 zł.", [("total_cost", D("52683.35"))]),
    ("Wartość umowy wynosi 1 000 000 zł.", [("total_cost", D(1000000))]),
    ("Unijne dofinansowanie wyniesie 2 500 000 zł.", [("eu_share", D(2500000))]),
    ("Ze środków UE pochodzi 700 000 zł.", [("eu_share", D(700000))]),
    ("Z budżetu państwa gmina dostanie 400 000 zł.", [("grant", D(400000))]),
    ("Wkład finansowy gminy to 60 000 zł.", [("own_share", D(60000))]),
    ("Kwota przyznana gminie: 75 000 zł.", [("grant", D(75000))]),
    ("Projekt jest wart 11,5 miliona złotych.", [("total_cost", D(11500000))]),
    ("Za wóz zapłacono ponad 800 tys. zł.", [("total_cost", D(800000))]),
    ("Kwota pomocy na inwestycję ma wynieść 260 996,00 zł.", [("grant", D("260996.00"))]),
    ("Gmina odebrała voucher w wysokości 5 000 000 zł.", [("grant", D(5000000))]),
    ("Bilety kosztują 10 zł, a wstęp na wystawę jest darmowy.", [("total_cost", D(10))]),
    ("Pani Anna wygrała 100 zł w konkursie.", [("other", D(100))]),  # no cue: other
    ("Program ma budżet 40 mln zł.", [("other", D(40000000))]),
    ("Samorządy otrzymają łącznie 12 mld złotych.", [("other", D(12000000000))]),  # an allocation
]

# Cues across a comma, a pool's complement, coordinated amounts, bare sums with a cue after them.
MORE_CLAUSES = [
    (
        "Wartość projektu przekracza 770 tys. zł, z czego ponad 716 tys. to dofinansowanie ze środków EFS.",
        [("total_cost", D(770000)), ("eu_share", D(716000))],
    ),
    (
        "Budżet projektu to 2 miliony 300 tysięcy złotych, a 2 miliony 100 tysięcy to dofinansowanie z EFS.",
        [("total_cost", D(2300000)), ("eu_share", D(2100000))],
    ),
    ("Najwięcej, bo ponad 70 milionów złotych, otrzymała Gdynia.", [("grant", D(70000000))]),
    ("Pula na dofinansowanie wynosi 9 035 975,60 zł.", [("other", D("9035975.60"))]),
    (
        "Do gminy trafią dwie dotacje: 144 tys. zł i około 63 tys. zł.",
        [("grant", D(144000)), ("grant", D(63000))],
    ),
]

# Round 2 of real text: totals, village funds, allocations, a subject after the amount, sums in words.
ROUND_TWO = [
    ("Kwota całkowita za 2023 r.: 7 113 187,55 zł", [("total_cost", D("7113187.55"))]),
    # (a gmina's budget line is an own share beside the grant, in a project's list of sources; alone it is `other`:
    # tests/realtext/README.md, last section)
    (
        "Dotacja: 4 180 974 zł\nZ budżetu gminy (w ramach funduszu sołeckiego 31 428,69 zł).",
        [("grant", D(4180974)), ("own_share", D("31428.69"))],
    ),
    ("Z budżetu gminy (w ramach funduszu sołeckiego 31 428,69 zł).", [("other", D("31428.69"))]),
    ("Na realizację zadania przeznaczono kwotę 130.000,00 zł.", [("grant", D("130000.00"))]),
    ("Budżet programu to 70 mln zł.", [("other", D(70000000))]),
    ("Pozostałe 7 427,40 zł Gmina pokrywa z wkładu własnego.", [("own_share", D("7427.40"))]),
    (
        "Wpływy za wodę wyniosły 47 991,65 zł, dotacja na zwrot akcyzy – 40 566,84 zł.",
        [("other", D("47991.65")), ("grant", D("40566.84"))],
    ),
    (
        "Składają się na nią: 1) 47 789 zł (słownie: czterdzieści siedem tysięcy siedemset osiemdziesiąt dziewięć"
        " złotych) – dofinansowanie zadania własnego.",
        [("grant", D(47789))],
    ),
]

ROUND_THREE = [
    (
        "Źródła finansowania projektu (wartość w zł):\nCałkowita wartość projektu: 49 190,00\n"
        "EFS – środki Unii Europejskiej: 41 811,50\nBudżet państwa – środki krajowe: 7 378,50",
        [("total_cost", D("49190.00")), ("eu_share", D("41811.50")), ("grant", D("7378.50"))],
    ),
    ("Dotacje na łączną kwotę ponad 73 tys. zł otrzymało 17 podmiotów.", [("other", D(73000))]),
    ("A dofinansowanie ma z tego pokryć ponad milion 300 tysięcy.", [("grant", D(1300000))]),
    ("Urząd rozdzielił prawie 300 milionów złotych unijnych dotacji.", [("other", D(300000000))]),
    ("Wnioskowana kwota dotacji wynosi 45 609,00 zł.", [("other", D("45609.00"))]),
    ("Kwota wnioskowanego dofinansowania: 10 000 zł", [("other", D(10000))]),
]

# Rules and pools are not money given to one project: other.
NOT_ONE_PROJECTS = [
    ("Na utworzenie domu można dostać najwyżej 300 tys. złotych.", [("other", D(300000))]),
    ("Dotacja wynosi maksymalnie 25 000 zł.", [("other", D(25000))]),
    ("W tym roku do podziału jest 40 mln zł dotacji.", [("other", D(40000000))]),
    ("Samorządy z całej Polski dostaną dofinansowanie 500 mln zł.", [("other", D(500000000))]),
    ("Gminy mogą dostać dotacje od 0,5 mln zł do 93,5 mln.", [("other", D(500000)), ("other", D(93500000))]),
    (
        "Samorządy z całej Polski dostaną łącznie 30 mld zł, a do Gminy Puszcza Mariańska trafi 12.587.500,00 PLN.",
        [("other", D(30000000000)), ("grant", D("12587500.00"))],
    ),
    ("Kurs: 1 EURO = 4 PLN, co daje 1 477 103,76 PLN limitu.", [("other", D("1477103.76"))]),
    (
        "Projekt otrzymał dofinansowanie w wysokości 43,6 % wydatków kwalifikowanych, tj. kwotę 11 964 953,38 PLN.",
        [("grant", D("11964953.38"))],
    ),
    (
        "Projekt sfinansuje Europejski Fundusz Społeczny, a jego koszt przekroczy 14 mln złotych.",
        [("total_cost", D(14000000))],
    ),
]

# A list under a heading with the cue: each item takes the heading's kind.
LISTS = [
    (
        "Dofinansowanie otrzymują trzy zadania:\nBudowa sali – w wysokości 5 400 000,00 zł;\n"
        "Modernizacja PSZOK-u – w wysokości 2 660 000,00 zł;\n"
        "Modernizacja dróg gminnych – w wysokości\n1 710 000,00 zł.",
        [("grant", D("5400000.00")), ("grant", D("2660000.00")), ("grant", D("1710000.00"))],
    ),
    (
        "Najwięksi beneficjenci:\n- Szczecin – 93.5 mln zł\n- Świnoujście – 21 mln zł",
        [("grant", D(93500000)), ("grant", D(21000000))],
    ),
    (
        "Dofinansowanie – 5.280 zł, w tym kurs kategorii B – 2.310 zł, pozostałe kategorie – 3.850 zł.",
        [("grant", D(5280)), ("grant", D(2310)), ("grant", D(3850))],
    ),
]

# Number formats.
FORMATS = [
    ("Wartość 38 412 509, 17 zł.", [("total_cost", D("38412509.17"))]),
    ("Dotacja 412.300zł. wpłynie w maju.", [("grant", D(412300))]),
    ("Dotacja: 7,25 tys. zł", [("grant", D(7250))]),
    ("Dotacja: 12,375 tys. PLN", [("grant", D(12375))]),
    ("Dotacja: 15 tyś. zł", [("grant", D(15000))]),
    ("Dotacja: 45 tys zł", [("grant", D(45000))]),
    ("Dotacja: 2 mln zl", [("grant", D(2000000))]),
    ("Alokacja: 3 mld zł", [("other", D(3000000000))]),
    ("Dotacja: 7.500.000 zł", [("grant", D(7500000))]),
    ("Dotacja 1 940 200,00 z Funduszu Dróg Samorządowych.", [("grant", D("1940200.00"))]),
    ("Całkowita wartość projektu: 1 928 433,60.", [("total_cost", D("1928433.60"))]),
    ("Dotacja w kwocie 35 637,08 (słownie: trzydzieści pięć tysięcy złotych 08/100).", [("grant", D("35637.08"))]),
    ("Sala kosztowała 10 mln 821 tys. zł.", [("total_cost", D(10821000))]),
    ("Dofinansowanie wyniesie 4 mln 132 tys. 500 złotych.", [("grant", D(4132500))]),
    ("Gmina dostanie po 783 tys. 750 złotych.", [("grant", D(783750))]),
    ("Projekt może kosztować około milion 700 tysięcy zł.", [("total_cost", D(1700000))]),
    ("Każde koło dostało grant w wysokości dziesięciu tysięcy złotych.", [("grant", D(10000))]),
    ("Dotacja wyniesie pół miliona złotych.", [("grant", D(500000))]),
    ("Projekt kosztował dwieście pięćdziesiąt tysięcy złotych.", [("total_cost", D(250000))]),
    # words under a cue; a plural subject of recipients (the region's firefighters) makes it a pool (rule 3)
    ("Strażacy dostają trzy miliony, a gospodynie mniej.", [("other", D(3000000))]),
    ("Straż w Rybnie dostaje trzy miliony, a gospodynie mniej.", [("grant", D(3000000))]),
    ("PRAWIE 50 TYS. ZŁ DLA KÓŁ GOSPODYŃ", [("other", D(50000))]),
]


def test_range_with_currency_once() -> None:
    got = kinds("Dotacja od 40,5 tys. do 52,125 tys. PLN na jeden projekt.")
    assert got == [("other", D(40500)), ("other", D(52125))]  # a per-applicant range is a call's rule


def test_date_glued_to_the_amount() -> None:
    got = kinds("Wypłata dotacji 12.04.202287 000,00 zł")
    assert [value for _, value in got] == [D("87000.00")]


@pytest.mark.parametrize(
    "text",
    [
        "W projekcie weźmie udział 3 660 osób.",
        "Złożono 37 tys. projektów.",
        "Wybudowano 1,5 tys. km dróg.",
        "Dofinansowanie wynosi 92,5 % kosztów kwalifikowanych.",
        "Wkład własny to 20 proc. kosztów.",
        "Tel. 89 641 21 04, 11-320 Jeziorany, w latach 2014-2020.",
        "Pismo z dnia 12.04.2022 r. (znak 2022/15).",
        "Gmina ma trzy tysiące mieszkańców.",
        "Dwa tysiące osób otrzymało pomoc.",
        "Przez dwa miliony lat, a nawet dłużej.",
    ],
)
def test_never_money(text: str) -> None:
    """Head counts, lengths, percentages, phones, postcodes and years are never amounts."""
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    CLAUSES + MORE_CLAUSES + ROUND_TWO + ROUND_THREE + CUE_WORDS + NOT_ONE_PROJECTS + LISTS + FORMATS,
)
def test_example(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Przy grancie", "grant"),
        ("Łącznie wsparć finansowych", "grant"),
        ("Gmina otrzymuje", "grant"),
        ("Wydatek kwalifikowalny", "eligible"),
        ("Dofinansowaniem", "grant"),
        ("Dotacją celową", "grant"),
        ("Wkładem własnym", "own_share"),
        ("Koszcie całkowitym", "total_cost"),
        ("w OPSDofinansowanie", "grant"),  # a capital glued to the word before still starts a cue
        # look-alikes are not cues (benchmarks/bench_cue_forms.py measures the whole table)
        ("Konkurs grantowy", "other"),
        ("Przy ulicy Grantowej", "other"),
        ("Niedofinansowanie", "other"),
        ("Niekwalifikowalne koszty", "other"),  # never eligible
        ("Wartościowy sprzęt", "other"),
        ("Potrafię", "other"),
    ],
)
def test_cue_forms(label: str, kind: str) -> None:
    assert kind_of(label) == kind


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Dofinansowanie z EFRR 85 % - 18 385,50 EUR", D("18385.50"), "EUR"),
        ("Maksymalna kwota dofinansowania z EFRR: 15.524,62 Euro (85%)", D("15524.62"), "EUR"),
        ("Wartość projektu: 120 000 €", D(120000), "EUR"),
        ("Dotacja: 100 zł", D(100), "PLN"),
    ],
)
def test_euro_amounts_carry_their_currency(text: str, value: Decimal, currency: str) -> None:
    """Cross-border (Interreg) projects are budgeted in euro: the value as printed, the currency beside it."""
    (mention,) = find_amounts(text)[0]
    assert (mention.value, mention.currency) == (value, currency)
