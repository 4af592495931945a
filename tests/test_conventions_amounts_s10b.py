"""Amount kinds on text the rules had not seen, issue 13 round s10 (2): the fresh passages' misses, by mechanism.

Each table holds invented passages (reworded, never a copied sentence) in the shapes real pages printed, the variants a
construction takes in Polish (cue before or after the sum, inflected forms), and near-miss rows that must keep their
kinds.  The last column names the host whose page showed the form (or "variant" / "near miss").  Read through the entry
point `scrape evaluate` uses for a passage (tests/conventions.py).
"""

from __future__ import annotations

import pytest

from conventions import Row, Want, amounts, amounts_of, row_ids

# ---- Tasks one named unit carries out itself are no recipients the money is shared by (rule 3 of
# tests/realtext/README.md: a sum for one named recipient takes its cue's kind): `money_pools.shared_by_count`
OWN_TASKS: list[Row] = [
    ("Gmina Rybno dzięki dotacji 500 000 zł zrealizuje 5 projektów.", amounts_of(("grant", "500000")), "review"),
    (
        "Dzięki dotacji w wysokości 500 000 zł Gmina Rybno zrealizuje w tym roku 5 zadań.",
        amounts_of(("grant", "500000")),
        "variant",
    ),
    (
        "Stowarzyszenie „Nasza Wieś” za dotację 120 000 zł przeprowadziło 12 przedsięwzięć.",
        amounts_of(("grant", "120000")),
        "variant",
    ),
    (
        "Powiat Lipski z dofinansowania 2,4 mln zł wykona aż 3 inwestycje drogowe.",
        amounts_of(("grant", "2400000")),
        "variant",
    ),
    # near misses: no named unit, a verb of giving (the unit shares the money), a count of recipients
    (
        "Dzięki dotacji 500 000 zł zrealizowanych zostanie 5 projektów w gminach regionu.",
        amounts_of(("other", "500000")),
        "near miss",
    ),
    ("Dotacja 6,3 mln zł trafi na 57 zadań.", amounts_of(("other", "6300000")), "near miss"),
    ("Gmina Rybno dofinansuje kwotą 500 000 zł 5 projektów organizacji.", amounts_of(("other", "500000")), "near miss"),
    ("Dotacja 500 000 zł pozwoli zrealizować 5 projektów.", amounts_of(("other", "500000")), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), OWN_TASKS, ids=row_ids(OWN_TASKS))
def test_tasks_one_named_unit_carries_out_share_no_pool(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A list of named recipients with their sums goes on over an item whose currency the page left out (rule 3: each
# entry of such a list is `grant`)
LIST_ITEMS: list[Row] = [
    (
        "Dotacje w regionie dostały:\n1. Gmina Lipno kwotę 120 000,00 zł\n2. Gmina Rybno kwotę 95 500,50\n"
        "3. Gmina Brodnica kwotę 80 000,00 zł\n4. Powiat Lipnowski kwotę 310 000,00 zł",
        # (the item itself is an amount too since s11: "a line of a list or table of sums", the README's fifth round)
        amounts_of(("grant", "120000.00"), ("grant", "95500.50"), ("grant", "80000.00"), ("grant", "310000.00")),
        "niepelnosprawni.lublin.pl",
    ),
    # near miss: a list under no grant heading keeps no cue
    (
        "Wykaz wydatków:\n1. Remont dachu 120 000,00 zł\n2. Malowanie 95 500,50\n3. Okna 80 000,00 zł",
        amounts_of(("other", "120000.00"), ("other", "80000.00")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), LIST_ITEMS, ids=row_ids(LIST_ITEMS))
def test_a_list_of_recipients_goes_on_over_an_item_without_currency(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- "granty/dotacje o wartości X are money and keep the grant rules" (tests/realtext/README.md, third round): a grant
# noun right before "o (łącznej) wartości"; a thing's value stays its cost
GRANT_OF_VALUE: list[Row] = [
    (
        "Na utworzenie Domu gmina dostała z programu dofinansowanie o wartości 239 907 zł, a wkład własny gminy "
        "wyniósł 59 977,40 zł.",
        amounts_of(("grant", "239907"), ("own_share", "59977.40")),
        "gok.info.pl",
    ),
    (
        "Powiat otrzymał dotację celową o łącznej wartości ponad 1,2 mln zł.",
        amounts_of(("grant", "1200000")),
        "variant",
    ),
    ("Klub dostał grant ministerstwa o wartości 50 000 zł.", amounts_of(("grant", "50000")), "variant"),
    ("Promesa o wartości 3 mln zł trafiła do gminy.", amounts_of(("grant", "3000000")), "variant"),
    # near misses: the value of a thing or of a project
    (
        "Dzięki dotacji gmina kupiła sprzęt o wartości 90 tys. złotych.",
        amounts_of(("total_cost", "90000")),
        "near miss",
    ),
    ("Dofinansowanie otrzymał projekt o wartości 800 000 zł.", amounts_of(("total_cost", "800000")), "near miss"),
    ("Dotacja na zakup sprzętu o wartości 50 000 zł.", amounts_of(("total_cost", "50000")), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), GRANT_OF_VALUE, ids=row_ids(GRANT_OF_VALUE))
def test_a_grant_of_a_value_is_a_grant(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A coordinated clause that keeps only a time phrase closed by an adverb ("dwa lata temu", "rok wcześniej") and the
# sum: the verb and cue are the previous clause's
TIME_ELLIPSIS: list[Row] = [
    (
        "W ubiegłym roku ministerstwo przyznało klubowi kwotę 15.000,00 zł., dwa lata temu 10.000,00 zł.",
        amounts_of(("grant", "15000.00"), ("grant", "10000.00")),
        "zskdlugosz.pl",
    ),
    (
        "W tym roku gmina otrzymała dotację 20 000 zł, rok wcześniej 12 000 zł, a trzy lata temu 9 000 zł.",
        amounts_of(("grant", "20000"), ("grant", "12000"), ("grant", "9000")),
        "variant",
    ),
    # near misses: a verb of its own, a new sentence
    (
        "Gmina otrzymała dotację 20 000 zł, dwa lata temu wydała 12 000 zł na remont.",
        amounts_of(("grant", "20000"), ("other", "12000")),
        "near miss",
    ),
    (
        "Gmina otrzymała dotację 20 000 zł. Dwa lata temu remont kosztował 12 000 zł.",
        amounts_of(("grant", "20000"), ("total_cost", "12000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), TIME_ELLIPSIS, ids=row_ids(TIME_ELLIPSIS))
def test_a_time_phrase_with_an_adverb_keeps_the_previous_clauses_cue(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A sum asked for with adverbials between the verb and its "o" (rule 1: a requested sum is `other`)
REQUEST_WORDS: list[Row] = [
    (
        "Gmina wysłała cztery wnioski i ubiegała się w nich łącznie o ponad 3,5 miliona złotych.",
        amounts_of(("other", "3500000")),
        "przybiernow.pl",
    ),
    ("Powiat wystąpił do ministerstwa o dotację w kwocie 200 000 zł.", amounts_of(("other", "200000")), "variant"),
    ("Stowarzyszenie starało się wielokrotnie o 40 000 zł dotacji.", amounts_of(("other", "40000")), "variant"),
    # near miss: the request granted in its sentence
    (
        "Gmina ubiegała się w tym naborze o dofinansowanie i otrzymała 300 000 zł.",
        amounts_of(("grant", "300000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), REQUEST_WORDS, ids=row_ids(REQUEST_WORDS))
def test_a_request_with_words_before_its_o_is_other(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A call's allocation for tasks in the plural ("Na zadania z zakresu sportu przeznaczono kwotę X", "na realizację
# zadań publicznych"), and its parts; one unit said to get the sum keeps its kind
CALL_TASKS: list[Row] = [
    (
        "Na zadania z zakresu kultury fizycznej przeznaczono kwotę 145 000,00 zł, w tym na zadanie Nr 1 kwotę "
        "85 000,00 zł (słownie: osiemdziesiąt pięć tysięcy złotych), a na zadanie Nr 2 kwotę 25 000,00 zł.",
        amounts_of(("other", "145000.00"), ("other", "85000.00"), ("other", "25000.00")),
        "kamienieczabkowicki.eu",
    ),
    (
        "Na realizację zadań publicznych w 2024 roku przeznaczono dotacje w wysokości 300 000 zł.",
        amounts_of(("other", "300000")),
        "variant",
    ),
    (
        "Na sportowe zadania publiczne przeznaczono dotacje w kwocie 90 000 zł.",
        amounts_of(("other", "90000")),
        "variant",
    ),
    # near misses: one task (the singular genitive), one unit's own tasks, one unit said to get the sum
    ("Na realizację zadania przeznaczono dotację 40 000 zł.", amounts_of(("grant", "40000")), "near miss"),
    (
        "Gmina otrzymała dotację 50 000 zł przeznaczoną na zadania własne gminy.",
        amounts_of(("grant", "50000")),
        "near miss",
    ),
    (
        "Łącznie ponad 4,5 mln zł. otrzyma Powiatowy Urząd Pracy i przeznaczy je na realizację programów zatrudnienia.",
        amounts_of(("grant", "4500000")),
        "powiatwolowski.pl",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), CALL_TASKS, ids=row_ids(CALL_TASKS))
def test_a_calls_allocation_for_tasks_is_other(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A prize a contest awarded to a named unit is money awarded (a grant); a person's prize or a contest's prize to
# come is not
PRIZES: list[Row] = [
    (
        "Kategoria „Najpiękniejsza wieś”:\n• I miejsce: wieś Stare Pole (gm. Lipno) - nagroda w wysokości 20 000 zł.\n"
        "• II miejsce: wieś Jarki (gm. Rybno) - nagroda w wysokości 15 000 zł.\nWyróżnienia dla wsi:\n"
        "• Przedmość (gm. Korfantów) - nagroda w wysokości 4 500 zł.",
        amounts_of(("grant", "20000"), ("grant", "15000"), ("grant", "4500")),
        "murow.pl",
    ),
    ("Zostaliśmy nagrodzeni kwotą w wysokości 12,000.00 zł.", amounts_of(("grant", "12000.00")), "orkiestraczajkow.pl"),
    ("Koło Gospodyń Wiejskich w Bohdanie zostało nagrodzone kwotą 3 000 zł.", amounts_of(("grant", "3000")), "variant"),
    ("Za projekt nagrodzono kwotą 7 000 zł Stowarzyszenie Razem.", amounts_of(("grant", "7000")), "variant"),
    # near misses: a prize to come, a person's prize, a rank with no unit named
    ("Najlepsza zagroda zostanie nagrodzona kwotą 5 000 zł.", amounts_of(("other", "5000")), "near miss"),
    ("Pracownik socjalny - nagroda w wysokości 800 zł.", amounts_of(("other", "800")), "near miss"),
    (
        "I miejsce - nagroda w wysokości 3 000 zł, II miejsce - nagroda w wysokości 2 000 zł.",
        amounts_of(("other", "3000"), ("other", "2000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), PRIZES, ids=row_ids(PRIZES))
def test_a_prize_awarded_to_a_named_unit_is_a_grant(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- Many recipients across the country ("w całej Polsce", "na terenie całego kraju"), and a very large cost where the
# passage counts the many units sharing it (rule 3)
NATIONWIDE: list[Row] = [
    (
        "Kolejne 2 mln złotych na wsparcie straży w całej Polsce przeznaczyła fundacja.",
        amounts_of(("other", "2000000")),
        "bydgoszcz.naszemiasto.pl",
    ),
    (
        "Na terenie całego kraju na remonty świetlic trafi 20 mln zł dotacji.",
        amounts_of(("other", "20000000")),
        "variant",
    ),
    (
        "Pieniądze na wozy trafią do 456 jednostek. Dofinansowanie wyniesie łącznie 175 mln zł, a szacowana wartość "
        "sprzętu to ok. 383 mln zł.",
        amounts_of(("other", "175000000"), ("other", "383000000")),
        "torun.naszemiasto.pl",
    ),
    (
        "Przedstawiciele 78 gmin podpisali umowy. Do jednostek trafi sprzęt o wartości ponad 100 mln zł.",
        amounts_of(("other", "100000000")),
        "straz.gorzow.pl",
    ),
    # near misses: one named unit, a large cost with no many counted
    (
        "Gmina Rybno otrzymała 2 mln zł dotacji, jako jedna z najlepszych w Polsce.",
        amounts_of(("grant", "2000000")),
        "near miss",
    ),
    (
        "Powiat prowadzi inwestycje drogowe o łącznej wartości ponad 137 milionów złotych.",
        amounts_of(("total_cost", "137000000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), NATIONWIDE, ids=row_ids(NATIONWIDE))
def test_money_for_many_across_the_country_is_other(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A grant's part given to one of its recipients or purposes ("z czego dla Gminy X Y zł") is a grant; the value of a
# gmina's budget within a project is a cost, not its own share
PARTS: list[Row] = [
    (
        "Całkowita wartość projektu: 14 833 511,00 zł (z czego wartość budżetu Gminy Długołęka to 7 944 687,00 zł)\n"
        "Dofinansowanie: 12 608 484,35 zł (z czego dla Gminy Długołęka 6 515 814,00 zł)",
        amounts_of(
            ("total_cost", "14833511.00"),
            ("total_cost", "7944687.00"),
            ("grant", "12608484.35"),
            ("grant", "6515814.00"),
        ),
        "gmina.dlugoleka.pl",
    ),
    (
        "Dotacja wyniesie 1 mln zł, z czego 300 tys. zł dla Szkoły Podstawowej w Rybnie.",
        amounts_of(("grant", "1000000"), ("grant", "300000")),
        "variant",
    ),
    (
        "Powiat dostał 2 mln zł dofinansowania, z tego dla Gminy Lipno ponad 400 tys. zł.",
        amounts_of(("grant", "2000000"), ("grant", "400000")),
        "variant",
    ),
    # near misses: a part split by purpose (the unit's spending), a part of a cost, a part of a pool, a part with its
    # own cue
    (
        "Na program powiat otrzymał ze środków PFRON kwotę 412 300,00 zł, z czego 247 380,00 zł przeznaczono na "
        "Moduł I.",
        amounts_of(("grant", "412300.00"), ("other", "247380.00")),
        "near miss",
    ),
    (
        "Koszt projektu to 100 000 zł, z czego 20 000 zł na szkolenia.",
        amounts_of(("total_cost", "100000"), ("other", "20000")),
        "near miss",
    ),
    (
        "Program ma budżet 40 mln zł, z czego 38 mln zł trafi do gmin.",
        amounts_of(("other", "40000000"), ("other", "38000000")),
        "near miss",
    ),
    (
        "Gmina otrzymała 1 mln zł dotacji, z czego 200 tys. zł stanowi wkład własny partnera.",
        amounts_of(("grant", "1000000"), ("own_share", "200000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), PARTS, ids=row_ids(PARTS))
def test_a_grants_part_is_a_grant(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A cue far back in a long sentence (programme, axis and measure names between it and the sum) still decides
LONG_SENTENCE: list[Row] = [
    (
        "Na te projekty gmina otrzymała środki unijne z Europejskiego Funduszu Rozwoju Regionalnego w ramach "
        "Regionalnego Programu Operacyjnego Warmia i Mazury na lata 2014-2020, Oś Priorytetowa 8 Obszary wymagające "
        "rewitalizacji, Działanie 8.1 Rewitalizacja obszarów miejskich, łącznie 2 888 087,73 zł.",
        amounts_of(("eu_share", "2888087.73")),
        "dzialdowo.eu",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), LONG_SENTENCE, ids=row_ids(LONG_SENTENCE))
def test_a_cue_far_back_in_a_long_sentence_decides(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want
