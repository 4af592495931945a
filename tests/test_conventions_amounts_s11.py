"""The grant / other boundary of amounts (issue 13, s11): the three fixed rules of tests/realtext/README.md read in
every form Polish gives them, not in the one wording a passage printed.

Rule 1 (a requested sum is `other` unless granted), rule 2 (a cap is `other`) and rule 3 (a sum for many recipients is
`other`, one named recipient's takes its cue's kind) each decide with a test that missed a construction: a cap said with
a modal beside a participle of granting, the one named recipient among many ("jednym z beneficjentów", "dla X ("), the
many after their verb ("jakie otrzymały szkoły") or as the object of a verb of giving ("każdą jednostkę wsparliśmy"), an
allocation whose sentence names many ("przeznaczyli … w całej Polsce"), a decision still awaited, a sum that says by how
much money changed.  Each table holds reworded examples (the host in the last column), invented variants of the same
construction in its other forms, and near misses that must keep their kinds.  Read through the entry point
`scrape evaluate` uses for a passage (tests/conventions.py).
"""

from __future__ import annotations

import pytest

from conventions import Want, amounts, amounts_of

Row = tuple[str, Want, str]


def _ids(rows: list[Row]) -> list[str]:
    return [f"{i}-{row[2]}" for i, row in enumerate(rows)]


# ---- Rule 2: a norm said with a modal ("nie może przekroczyć") is a cap, whatever participle of granting it has
MODAL_CAP: list[Row] = [
    (
        "Wysokość i forma pomocy\n\nPomoc przyznana LGD na jeden projekt grantowy nie może przekroczyć "
        "300 tys. złotych.",
        amounts_of(("other", "300000")),
        "kraina-nafty.pl",
    ),
    (
        "Dotacja przyznana stowarzyszeniu na jedno zadanie nie może przekraczać 20 000 zł.",
        amounts_of(("other", "20000")),
        "invented: the imperfective",
    ),
    (
        "Przyznane dofinansowanie nie powinno przekroczyć kwoty 150 000 zł na gminę.",
        amounts_of(("other", "150000")),
        "invented: 'nie powinno'",
    ),
    (
        "Otrzymane granty nie mogą przekroczyć 5 tys. zł na jedną organizację.",
        amounts_of(("other", "5000")),
        "invented: plural, a participle of getting",
    ),
    # near misses: a sum awarded to a named recipient 'w wysokości nie przekraczającej' stays a grant (rule 2)
    (
        "Gminie Lipno przyznano dotację w wysokości nie przekraczającej kwoty 80 000 zł.",
        amounts_of(("grant", "80000")),
        "near miss",
    ),
    (
        "Gmina Rybno otrzymała dotację w kwocie do 35 000 zł.",
        amounts_of(("grant", "35000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), MODAL_CAP, ids=_ids(MODAL_CAP))
def test_a_cap_said_with_a_modal_is_other_beside_a_participle_of_granting(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- Rule 3: one of the many ("jednym z beneficjentów") is the one named recipient, not the many
ONE_OF_MANY: list[Row] = [
    (
        "Wsparcie dostało 69 samorządów. Jednym z Beneficjentów jest także Gmina Kałuszyn: na modernizację boiska "
        "otrzyma dofinansowanie w kwocie 198 075,00 zł.",
        amounts_of(("grant", "198075.00")),
        "orkiestra.kaluszyn.pl",
    ),
    (
        # (the many counted in the sum's own clause: without the rule "12 gmin" makes the sum their pool)
        "Gmina Rybno jako jedna z 12 gmin otrzyma dotację w wysokości 120 000 zł.",
        amounts_of(("grant", "120000")),
        "invented: 'jedna z 12 gmin'",
    ),
    (
        "Fundacja Nowy Dom jako jedna z 40 organizacji otrzymała dotację w kwocie 45 000 zł.",
        amounts_of(("grant", "45000")),
        "invented: 'jedna z 40 organizacji'",
    ),
    # near misses: the many themselves
    (
        "Dotację w wysokości 2 mln zł otrzymają beneficjenci programu z całego województwa.",
        amounts_of(("other", "2000000")),
        "near miss",
    ),
    (
        "Na wsparcie organizacji przeznaczono 500 tys. zł do podziału między wiele stowarzyszeń.",
        amounts_of(("other", "500000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), ONE_OF_MANY, ids=_ids(ONE_OF_MANY))
def test_one_of_the_many_is_one_named_recipient(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- Rule 3: "dla X (sum)": a sum for one unit named with a capital is its grant, also a sum of a pool's size
FOR_ONE_NAMED: list[Row] = [
    (
        "Pieniądze pójdą na dofinansowanie zadań z kontraktu wojewódzkiego, czyli na budowę szpitala w Radomiu "
        "(5 mln zł) oraz dla Wojewódzkiego Szpitala Specjalistycznego w Ostrołęce (15 mln zł).",
        amounts_of(("grant", "5000000"), ("grant", "15000000")),
        "izba-lekarska.pl",
    ),
    (
        "Z dotacji celowej budżetu państwa przekazano dla Powiatowego Centrum Medycznego – 12 mln zł.",
        amounts_of(("grant", "12000000")),
        "invented: a dash, not a bracket",
    ),
    # near misses: a programme's pool for many, no one named (a capitalised plural too)
    (
        "Z budżetu państwa przekazano dotację dla Ochotniczych Straży Pożarnych (15 mln zł) na sprzęt.",
        amounts_of(("other", "15000000")),
        "near miss: a genitive plural adjective first",
    ),
    (
        "Rząd przekazał dotację dla Kół Gospodyń Wiejskich – 12 mln zł.",
        amounts_of(("other", "12000000")),
        "near miss: a genitive plural noun first",
    ),
    (
        "Z budżetu państwa przekazano na dotacje dla szpitali powiatowych 40 mln zł.",
        amounts_of(("other", "40000000")),
        "near miss",
    ),
    (
        "Dotacje z rządowego programu (12 mln zł) trafią do gmin z całego regionu.",
        amounts_of(("other", "12000000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), FOR_ONE_NAMED, ids=_ids(FOR_ONE_NAMED))
def test_a_sum_for_one_named_unit_is_its_grant(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- Rule 3: the many after their verb of getting (Polish word order), or as the object of a verb of giving
MANY_IN_OTHER_ORDERS: list[Row] = [
    (
        "Wsparcie finansowe, jakie otrzymały ogółem szkoły w Gminie Kruszyna, wyniosło 120 000,00 zł.",
        amounts_of(("other", "120000.00")),
        "kruszyna.pl",
    ),
    (
        "Dotacje, które dostały w tym roku organizacje pozarządowe z gminy, to 80 tys. zł.",
        amounts_of(("other", "80000")),
        "invented: 'dostały' with three words between",
    ),
    (
        "Pieniądze, które otrzymają wiejskie świetlice, to łącznie 45 000 zł.",
        amounts_of(("other", "45000")),
        "invented: the future, an adjective before the noun",
    ),
    (
        "- Każdą jednostkę OSP z naszego terenu wsparliśmy dotacją: po 10 tysięcy złotych dostały jednostki z KSRG, "
        "a po 6 tysięcy złotych te spoza systemu.",
        amounts_of(("other", "10000"), ("other", "6000")),
        "wloclawek.naszemiasto.pl",
    ),
    (
        "Każdemu klubowi sportowemu z gminy przyznano dotację w wysokości 3 000 zł.",
        amounts_of(("other", "3000")),
        "invented: the dative 'każdemu' and 'przyznano'",
    ),
    # near misses: named recipients after the verb ("dostały koła: KGW w …"), one gmina each year, one unit
    (
        "Dotacje w wysokości 10 tys. zł dostały koła: KGW w Grudusku i KGW w Kondrajcu.",
        amounts_of(("grant", "10000")),
        "near miss: the many named after a colon",
    ),
    (
        "Każdego roku gmina otrzymuje dotację w wysokości 30 000 zł.",
        amounts_of(("grant", "30000")),
        "near miss: 'każdego roku' is a time",
    ),
    (
        "Gmina Rybno otrzymała 50 000 zł na remont szkoły.",
        amounts_of(("grant", "50000")),
        "near miss",
    ),
    # near misses (review 1b): the verb's own plural subject of persons, a noun of recipients its genitive singular
    (
        "Wsparcie, które otrzymały władze gminy Rybno, wyniosło 500 000 zł.",
        amounts_of(("grant", "500000")),
        "near miss: 'władze gminy'",
    ),
    (
        "Dotacja, jaką otrzymali mieszkańcy gminy Rybno, wyniosła 20 000 zł.",
        amounts_of(("grant", "20000")),
        "near miss: 'mieszkańcy gminy'",
    ),
    (
        "Pieniądze, które dostali uczniowie szkoły w Rybnie, to 20 000 zł dofinansowania.",
        amounts_of(("grant", "20000")),
        "near miss: 'uczniowie szkoły'",
    ),
    # the many after an adverbial of time still make a pool
    (
        "Wsparcie finansowe, jakie otrzymały w 2023 r. szkoły w Gminie Rybno, wyniosło 120 000 zł.",
        amounts_of(("other", "120000")),
        "invented: 'w 2023 r.' between",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), MANY_IN_OTHER_ORDERS, ids=_ids(MANY_IN_OTHER_ORDERS))
def test_the_many_after_their_verb_or_as_an_object_make_a_pool(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- Rule 3: money allotted ("przeznaczyć", any form) in a sentence that names many recipients is their pool
ALLOTTED_TO_MANY: list[Row] = [
    (
        "Kolejne 2 mln złotych na wsparcie państwowych i ochotniczych straży pożarnych w całej Polsce przeznaczyli "
        "PKN ORLEN i jego fundacja.",
        amounts_of(("other", "2000000")),
        "bydgoszcz.naszemiasto.pl",
    ),
    (
        # (the cue after the sum and no call named: the many after the verb decide, not `_CALL_POOL`)
        "Kolejne 900 tys. zł dotacji zarząd województwa przeznaczy na zakup sprzętu dla klubów sportowych z regionu.",
        amounts_of(("other", "900000")),
        "invented: the future",
    ),
    (
        "Kolejne 400 000 zł dofinansowania starosta przeznaczył na sprzęt dla wszystkich gmin powiatu.",
        amounts_of(("other", "400000")),
        "invented: 'wszystkich gmin'",
    ),
    # near misses: allotted to one named unit, or a unit's own allotment with no many
    (
        "Marszałek przeznaczył dotację w kwocie 300 tys. zł dla Gminy Rybno na remont drogi.",
        amounts_of(("grant", "300000")),
        "near miss",
    ),
    (
        "Gmina Rybno otrzymała dotację 80 000 zł i przeznaczy ją na remont świetlicy.",
        amounts_of(("grant", "80000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), ALLOTTED_TO_MANY, ids=_ids(ALLOTTED_TO_MANY))
def test_money_allotted_in_a_sentence_naming_many_is_their_pool(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- Rule 1: a grant in an application whose decision is awaited is asked for, not got
PENDING: list[Row] = [
    (
        "Łączna wartość projektu to 1 664 758,47 zł, wartość dofinansowania: 1 581 520,54 zł. Wyniki konkursu mają "
        "być znane w sierpniu.",
        amounts_of(("total_cost", "1664758.47"), ("other", "1581520.54")),
        "echocianow.pl",
    ),
    (
        "Czekamy na rozpatrzenie wniosków, w których łączna kwota dofinansowania z UE wynosi 5,5 mln zł.",
        amounts_of(("other", "5500000")),
        "echocianow.pl",
    ),
    (
        # (no request in the sum's clause: the awaited decision alone makes it other)
        "Dofinansowanie w wysokości 40 000 zł ma trafić do gminy; wniosek czeka na rozstrzygnięcie.",
        amounts_of(("other", "40000")),
        "invented: the decision after the sum, as gokrachanie.pl",
    ),
    (
        "Dofinansowanie z programu Maluch+ ma wynieść 50 000 zł. Wniosek do programu Maluch+ czeka na rozpatrzenie.",
        amounts_of(("other", "50000")),
        "invented: the next sentence names the sum's own programme",
    ),
    (
        "Dofinansowanie projektu ma wynieść 250 000 zł. Wniosek jest w trakcie oceny w urzędzie marszałkowskim.",
        amounts_of(("other", "250000")),
        "invented: 'w trakcie oceny' in the next sentence",
    ),
    (
        "Kwota dofinansowania: 60 000 zł. Wyniki naboru zostaną ogłoszone w grudniu.",
        amounts_of(("other", "60000")),
        "invented: 'zostaną ogłoszone'",
    ),
    # near misses: a grant got beside a pending one; results that are known
    (
        "Gmina otrzymała 50 000 zł dotacji. Drugi wniosek czeka na ocenę.",
        amounts_of(("grant", "50000")),
        "near miss",
    ),
    (
        "Dofinansowanie wyniosło 70 000 zł. Wyniki naszych uczniów są bardzo dobre.",
        amounts_of(("grant", "70000")),
        "near miss",
    ),
    # near misses: the next sentence awaits another application's decision (review 1c)
    (
        "Dotacja z programu X wyniosła 50 000 zł. Wniosek do programu Y czeka na rozpatrzenie.",
        amounts_of(("grant", "50000")),
        "near miss: another programme's application",
    ),
    (
        "Dofinansowanie z programu Senior+ to 50 000 zł. Kolejny wniosek gminy czeka na ocenę.",
        amounts_of(("grant", "50000")),
        "near miss: 'kolejny wniosek'",
    ),
    (
        "Dotacja z programu Senior+ wyniosła 50 000 zł. Wyniki konkursu „Moja Wieś” poznamy w maju, "
        "a wnioski czekają na ocenę.",
        amounts_of(("grant", "50000")),
        "near miss: another contest named",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), PENDING, ids=_ids(PENDING))
def test_a_grant_awaiting_its_decision_is_other(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- The third round: by how much money changed ("wzrosła o X", "zwiększono o X", "o X więcej") is other
CHANGED_BY: list[Row] = [
    (
        # (one unit's grant before it: the many the page named would make the sum other without the rule)
        "Gmina Oświęcim otrzyma dofinansowanie 2 mln zł. Decyzją premiera kwotę dofinansowania zwiększono o "
        "dodatkowe 21 mln zł.",
        amounts_of(("grant", "2000000"), ("other", "21000000")),
        "oswiecim.naszemiasto.pl",
    ),
    (
        # ("a zatem", not "czyli": a restatement after "czyli" is other without the rule)
        "Kwota dofinansowania wyniesie 3 206 599,10 zł, a zatem wzrosła o 480 989,87 zł.",
        amounts_of(("grant", "3206599.10"), ("other", "480989.87")),
        "mikolow.eu",
    ),
    (
        "Dotacja dla Gminy Rybno wzrośnie o 15 000 zł i wyniesie 95 000 zł.",
        amounts_of(("other", "15000"), ("grant", "95000")),
        "invented: the future, the new total keeps its cue",
    ),
    (
        "W tym roku gmina dostała dofinansowanie o 50 tys. zł większe. Gmina Rybno otrzymała o 20 tys. zł więcej niż "
        "rok temu.",
        amounts_of(("other", "50000"), ("other", "20000")),
        "invented: 'o X więcej'",
    ),
    (
        "Zarząd obniżył dotację o 5 000 zł.",
        amounts_of(("other", "5000")),
        "invented: a fall",
    ),
    # near misses: "o wartości", a grant "o" nothing
    (
        "Gmina Rybno otrzymała dofinansowanie o wartości 200 000 zł.",
        amounts_of(("grant", "200000")),
        "near miss",
    ),
    (
        "Dotacja na zwiększenie liczby miejsc wynosi 60 000 zł.",
        amounts_of(("grant", "60000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), CHANGED_BY, ids=_ids(CHANGED_BY))
def test_a_sum_saying_by_how_much_money_changed_is_other(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- An aspect pair: "dokładać" (imperfective of "dołożyć") is a verb of giving as "dołożyć" is
ADDS: list[Row] = [
    (
        "Dzięki 2,5 mln zł, które dokładamy, zatrudnienie znajdzie 70 osób – mówiła marszałkini.",
        amounts_of(("grant", "2500000")),
        "to.com.pl",
    ),
    (
        "Województwo dokłada do inwestycji 400 tys. zł.",
        amounts_of(("grant", "400000")),
        "invented",
    ),
    (
        # ("z własnych środków" would make it the own share without the rule: the verb alone here)
        "Na remont drogi powiat otrzymał 300 000 zł dotacji, a gmina dokłada 120 000 zł.",
        amounts_of(("grant", "300000"), ("own_share", "120000")),
        "invented: the unit's own share",
    ),
    (
        "Gmina dokłada do remontu 120 000 zł.",
        amounts_of(("own_share", "120000")),
        "invented: the unit's own share, the verb first",
    ),
    # near miss: "dokładnie" is "exactly"
    (
        "Remont kosztował dokładnie 58 000 zł.",
        amounts_of(("total_cost", "58000")),
        "near miss",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), ADDS, ids=_ids(ADDS))
def test_dokladac_is_dolozyc(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- A line of a list of sums is an amount also without its currency (tests/realtext/README.md, fifth round: "w
# podziale na: SP Nr 1 - 11 136,00"): after "kwotę"/"kwocie", or after a dash or colon in a list whose neighbouring line
# prints a sum with its currency or whose heading names money; a heading "… w podziale na:" lends its kind to its parts
LIST_LINES: list[Row] = [
    (
        "Dofinansowanie w województwie dostały:\n1. Powiat Biłgorajski kwotę 999 911,12 zł\n2. Gmina Leśniowice kwotę "
        "454 668,55\n3. Gmina Konopnica kwotę 311 610,00 zł",
        amounts_of(("grant", "999911.12"), ("grant", "454668.55"), ("grant", "311610.00")),
        "niepelnosprawni.lublin.pl",
    ),
    (
        "Z budżetu państwa pochodzi dofinansowanie 24 736,00 zł, w podziale na:\nSzkołę Podstawową Nr 1 - 11 136,00\n"
        "Szkołę Podstawową Nr 2 - 13 600,00\n\nWkład własny wynosi 9 664,00 zł, w podziale na:\n"
        "Szkołę Podstawową Nr 1 - 6 264,00\nSzkołę Podstawową Nr 2 - 3 400,00",
        amounts_of(
            ("grant", "24736.00"),
            ("grant", "11136.00"),
            ("grant", "13600.00"),
            ("own_share", "9664.00"),
            ("own_share", "6264.00"),
            ("own_share", "3400.00"),
        ),
        "um-monki.pl",
    ),
    (
        "Dotacje otrzymały:\n– Klub Sportowy Orzeł w kwocie 12 500,00\n– Stowarzyszenie Razem – 8 000,00 zł",
        amounts_of(("grant", "12500.00"), ("grant", "8000.00")),
        "invented: 'w kwocie', the currency on the next line",
    ),
    (
        "Środki własne gminy wynoszą 20 000,00 zł z podziałem na:\n- świetlica w Lipnie: 12 000,00\n"
        "- świetlica w Rybnie: 8 000,00",
        amounts_of(("own_share", "20000.00"), ("own_share", "12000.00"), ("own_share", "8000.00")),
        "invented: 'z podziałem na', after a colon",
    ),
    # near misses: numbers with grosze in a list that names no money
    (
        "Długość przebudowanych dróg:\nul. Polna – 1 250,50\nul. Leśna – 2 100,00",
        set(),
        "near miss: a list of lengths",
    ),
    (
        "Zużycie wody w latach:\n2022 - 12 345,60\n2023 - 11 980,20",
        set(),
        "near miss: a table of volumes",
    ),
    # near misses (review 1a): a measure over or under a line of a sum with its currency; a line of no list's shape
    (
        "Długość drogi: 1 500,00\nKoszt: 500 000,00 zł",
        amounts_of(("total_cost", "500000.00")),
        "near miss: a length over a cost",
    ),
    (
        "Powierzchnia: 1 250,00\nDotacja: 80 000,00 zł",
        amounts_of(("grant", "80000.00")),
        "near miss: an area over a grant",
    ),
    (
        "Długość – 1 500,00\nWartość zadania – 500 000,00 zł",
        amounts_of(("total_cost", "500000.00")),
        "near miss: a length after a dash",
    ),
    (
        "1. Powierzchnia boiska w m² – 1 250,00\n2. Wartość zadania – 500 000,00 zł",
        amounts_of(("total_cost", "500000.00")),
        "near miss: a numbered line of a measure",
    ),
    (
        "Zakup sprzętu: 12 000,00 zł\nRemont sali: 8 000,00",
        amounts_of(("other", "12000.00")),
        "near miss: no list's shape (no number, body or marker)",
    ),
    # list lines still read: the same marker as the neighbour, a numbered line, a line naming a body
    (
        "– zakup sprzętu: 12 000,00 zł\n– remont sali: 8 000,00",
        amounts_of(("other", "12000.00"), ("other", "8000.00")),
        "invented: the same bullet",
    ),
    (
        "1. Gmina Lipno kwotę 12 000,00 zł\n2. Gmina Rybno kwotę 8 000,00",
        amounts_of(("other", "12000.00"), ("other", "8000.00")),
        "invented: numbered",
    ),
    (
        "Szkoła Podstawowa w Lipnie – 12 000,00 zł\nSzkoła Podstawowa w Rybnie – 8 000,00",
        amounts_of(("other", "12000.00"), ("other", "8000.00")),
        "invented: a body named",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), LIST_LINES, ids=_ids(LIST_LINES))
def test_a_line_of_a_list_of_sums_is_an_amount(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want


# ---- Rule 2: a range said with a dash between two sums, each with its currency, is a programme's range ("od … do …")
DASH_RANGE: list[Row] = [
    (
        "Wysokość dotacji: 25 000 zł – 250 000 zł\nWkład własny: minimum 10% wartości dotacji",
        amounts_of(("other", "25000"), ("other", "250000")),
        "grantowo.pl",
    ),
    (
        "Dofinansowanie wynosi 5 tys. zł - 20 tys. zł na jeden projekt.",
        amounts_of(("other", "5000"), ("other", "20000")),
        "invented: multipliers, a hyphen",
    ),
    (
        "Granty w wysokości 10 000 EUR — 50 000 EUR.",
        amounts_of(("other", "10000"), ("other", "50000")),
        "invented: euro, an em dash",
    ),
    # near misses: a list's next item after the dash, a smaller sum after it (no range), a label after the dash
    (
        "Gmina Lipno otrzymała dotację 50 000 zł – najwyższą w powiecie; Gmina Rybno otrzymała dotację 40 000 zł.",
        amounts_of(("grant", "50000"), ("grant", "40000")),
        "near miss: words after the dash",
    ),
    (
        "Gmina Rybno otrzymała dotację 80 000 zł – 20 000 zł wyłożyła ze środków własnych.",
        amounts_of(("grant", "80000"), ("own_share", "20000")),
        "near miss: a smaller sum after the dash",
    ),
    # near misses (review 1f): two columns of a row, a kind word after the second; a sum the clause says was got
    (
        "Szkoła Podstawowa w Rybnie otrzymała dotację: 5 000 zł – 10 000 zł (wartość projektu).",
        amounts_of(("grant", "5000"), ("other", "10000")),
        "near miss: a got grant and the project's value",
    ),
    (
        "Dofinansowanie: 5 000 zł – 12 000 zł koszt całkowity",
        amounts_of(("grant", "5000"), ("total_cost", "12000")),
        "near miss: a kind word after the second sum",
    ),
    (
        "Gmina Rybno dostała dofinansowanie 5 000 zł – 10 000 zł wyniósł cały koszt.",
        amounts_of(("grant", "5000"), ("total_cost", "10000")),
        "near miss: 'dostała', a past verb of getting",
    ),
    # still a range: no past verb of getting, no kind word after
    (
        "Grant wyniesie 5 000 zł – 10 000 zł, zależnie od liczby uczestników.",
        amounts_of(("other", "5000"), ("other", "10000")),
        "invented: a range in the future",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), DASH_RANGE, ids=_ids(DASH_RANGE))
def test_a_range_said_with_a_dash_is_other(text: str, want: Want, host: str) -> None:
    assert amounts(text) == want
