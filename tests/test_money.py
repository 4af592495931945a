"""Money parsing: exact Decimals as printed, kinds from context, and what is not money."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.money import MoneyMention, find_amounts, parse_cell_amount, parse_money
from seed_texts import SEEDS

NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"


def kinds_values(text: str) -> list[tuple[str, str]]:
    mentions, _ = find_amounts(text)
    return [(m.kind, str(m.value)) for m in mentions]


# --- parse_money ----------------------------------------------------------------------------

SEED_VALUES = [
    ("335 545,87 zł", "335545.87"),
    ("301 813,75 zł", "301813.75"),
    ("355 075,00 zł", "355075.00"),
    ("51 120,  zł", "51120"),
    (f"51{NBSP}120,{NBSP} zł", "51120"),  # as the Nysa page prints it
]

FORMAT_VALUES = [
    ("51 120,- zł", "51120"),
    ("51 120,– zł", "51120"),
    ("51 120,-- zł", "51120"),
    ("1.234.567,89 PLN", "1234567.89"),
    ("1.234.567 zł", "1234567"),
    ("1 234 567 zł", "1234567"),
    ("1234567 zł", "1234567"),
    ("1234567,00 zł", "1234567.00"),
    ("2,5 mln zł", "2500000"),
    ("1,2 mln złotych", "1200000"),
    ("1.5 mln zł", "1500000"),
    ("1,25 mln PLN", "1250000"),
    ("150 tys. zł", "150000"),
    ("150 tys zł", "150000"),
    ("150 tysięcy złotych", "150000"),
    ("12,5 tys. zł", "12500"),
    ("3 mld zł", "3000000000"),
    ("2 miliardy złotych", "2000000000"),
    ("1,5 miliona zł", "1500000"),
    ("5 milionów złotych", "5000000"),
    ("1,234567 mln zł", "1234567"),
    ("0,5 tys. zł", "500"),
    ("kwota 12000 zł", "12000"),
    ("PLN 5 000", "5000"),
    ("PLN 5 000,50", "5000.50"),
    ("5 000 PLN", "5000"),
    ("5000 pln", "5000"),
    ("100 ZŁ", "100"),
    ("2 złote", "2"),
    ("12.50 zł", "12.50"),
    ("0,99 zł", "0.99"),
    ("0 zł", "0"),
    ("12,5 zł", "12.5"),
    ("100zł", "100"),
    ("100 zł.", "100"),
    (f"1{NBSP}234{NBSP}567,89{NBSP}zł", "1234567.89"),
    (f"1{THIN}234{THIN}567,89 zł", "1234567.89"),
    (f"1{NNBSP}234{NNBSP}567 zł", "1234567"),
    # three-digit groups whatever mix of space and dot divides them (and a dot with a space after it between two
    # groups); comma thousands after a dot group
    ("1 228.285,35 zł", "1228285.35"),
    ("2 769.333,22 zł", "2769333.22"),
    ("1.250 000,00 zł", "1250000.00"),
    ("12 500.000 zł", "12500000"),
    ("1.088. 000 zł", "1088000"),
    ("4.987. 500,00 PLN", "4987500.00"),
    ("7.600,000,00 zł", "7600000.00"),
    ("Wartość projektu: 1 000 000,00 zł (słownie: jeden milion złotych)", "1000000.00"),
    ("335 545,87 zł (w tym ze środków europejskich: 301 813,75 zł)", "335545.87"),  # the first
]

NOT_AN_AMOUNT = [
    "",
    "zł",
    "kwota",
    "77 45 11 800",
    "12 345,67",  # no currency: parse_cell_amount's job, with a header
    "1,234 zł",  # three decimals in złoty: ambiguous, never guessed
    "1.234.50 zł",
    "12 34 zł",
    "Złoty Stok 5",  # a town, not the currency
    "ul. Kościuszki 5 Złoty Stok",
    "84,28%",
    "słownie: dwanaście tysięcy złotych",
]


@pytest.mark.parametrize(("text", "expected"), SEED_VALUES + FORMAT_VALUES)
def test_parse_money(text: str, expected: str) -> None:
    value = parse_money(text)
    assert value is not None
    assert str(value) == expected  # same digits and precision, plain notation


@pytest.mark.parametrize("text", NOT_AN_AMOUNT)
def test_parse_money_none(text: str) -> None:
    assert parse_money(text) is None


def test_multiplier_prints_plain_digits() -> None:
    assert str(parse_money("2,5 mln zł")) == "2500000"
    assert "E" not in str(parse_money("7 mld zł"))


# --- find_amounts: the seed pages -----------------------------------------------------------


def test_opole_seed_amounts() -> None:
    mentions, warnings = find_amounts(SEEDS["001"])
    assert [(m.kind, m.value, m.text) for m in mentions] == [
        ("grant", Decimal("335545.87"), "335 545,87 zł"),
        ("eu_share", Decimal("301813.75"), "301 813,75 zł"),
        ("total_cost", Decimal("355075.00"), "355 075,00 zł"),
    ]
    assert warnings == []
    for m in mentions:
        assert SEEDS["001"][m.start : m.end] == m.text


def test_nysa_seed_amount() -> None:
    mentions, warnings = find_amounts(SEEDS["002"])
    assert [(m.kind, m.value) for m in mentions] == [("grant", Decimal("51120"))]
    assert mentions[0].text == f"51{NBSP}120,{NBSP} zł"
    assert warnings == []


@pytest.mark.parametrize("key", ["000", "003", "004"])
def test_seeds_without_money(key: str) -> None:
    # 000: counter 1.552.911, population 125.710, phone, postcode; 003: phone, counts of people
    assert find_amounts(SEEDS[key]) == ([], [])


SEED_SENTENCES = [
    (
        "Wartość dofinansowania: 335 545,87 zł (w tym ze środków europejskich: 301 813,75 zł)",
        [("grant", "335545.87"), ("eu_share", "301813.75")],
    ),
    (
        "Dofinansowanie z Ministerstwa Rodziny Pracy i Polityki Społecznej wynosi 51 120,  zł",
        [("grant", "51120")],
    ),
    (
        "w OPSDofinansowanie z Ministerstwa Rodziny Pracy i Polityki Społecznej wynosi 51 120,  zł",
        [("grant", "51120")],
    ),
    ("Całkowite koszty projektu: 355 075,00 zł", [("total_cost", "355075.00")]),
    ("Dofinansowanie ze środków Unii Europejskiej wynosi 1 000 zł", [("eu_share", "1000")]),
]

KIND_CASES = [
    ("Wartość projektu: 1 000 zł", [("total_cost", "1000")]),
    ("Całkowita wartość projektu wynosi 2,5 mln zł.", [("total_cost", "2500000")]),
    ("Koszt całkowity: 10 000 zł", [("total_cost", "10000")]),
    ("Łączna wartość zadania to 150 tys. zł", [("total_cost", "150000")]),
    ("Wartość całkowita projektu: 700 000,00 PLN", [("total_cost", "700000.00")]),
    ("Budżet projektu: 99 zł", [("total_cost", "99")]),
    ("Kwota dofinansowania: 12 000 zł", [("grant", "12000")]),
    ("Gmina otrzymała dotację w wysokości 40 000 zł", [("grant", "40000")]),
    ("Dotacja celowa z budżetu państwa: 5 000 zł", [("grant", "5000")]),
    ("Wsparcie finansowe wyniesie 3 000 zł", [("grant", "3000")]),
    ("Wkład własny: 15 000,00 zł", [("own_share", "15000.00")]),
    ("Środki własne gminy 1 500 zł", [("own_share", "1500")]),
    ("Wydatki kwalifikowalne: 80 000 zł", [("eligible", "80000")]),
    ("Całkowite koszty kwalifikowalne: 90 000 zł", [("eligible", "90000")]),
    ("Wartość wydatków kwalifikowanych 70 000 zł", [("eligible", "70000")]),
    ("Wkład UE: 850 000 zł", [("eu_share", "850000")]),
    ("Wkład Unii Europejskiej: 850 zł", [("eu_share", "850")]),
    ("Dofinansowanie z EFS: 900 zł", [("eu_share", "900")]),
    ("Dofinansowanie z Europejskiego Funduszu Społecznego wynosi 900 zł", [("eu_share", "900")]),
    ("Dofinansowanie UE: 1 mln zł", [("eu_share", "1000000")]),
    (
        "Ze środków Unii Europejskiej projekt otrzymał dofinansowanie w wysokości 900 zł",
        [("eu_share", "900")],
    ),
    ("Dofinansowanie w wysokości 900 zł z EFS", [("eu_share", "900")]),
    ("Dofinansowanie ze środków unijnych: 700 zł", [("eu_share", "700")]),
    ("Wkład unijny 700 zł", [("eu_share", "700")]),
    ("Dofinansowanie ze środków Uniwersytetu: 100 zł", [("grant", "100")]),  # not the Union
    ("Projekt kosztował 500 zł", [("total_cost", "500")]),
    ("kwota 12000 zł", [("other", "12000")]),
    ("Bilety po 10 zł", [("other", "10")]),
    (
        "Całkowita wartość projektu: 1 000 000,00 zł, wkład własny: 150 000,00 zł, wydatki kwalifikowalne 900 000 zł",
        [("total_cost", "1000000.00"), ("own_share", "150000.00"), ("eligible", "900000")],
    ),
    (
        "Wartość projektu wynosi 1 000 zł, w tym dofinansowanie z EFS 850 zł",
        [("total_cost", "1000"), ("eu_share", "850")],
    ),
    (
        "Dofinansowanie 1000 zł, w tym 850 zł z EFS",
        [("grant", "1000"), ("eu_share", "850")],
    ),
    (
        "Wartość projektu: 1 000 zł\nDofinansowanie: 800 zł\nWkład własny: 200 zł",
        [("total_cost", "1000"), ("grant", "800"), ("own_share", "200")],
    ),
    ("Wartość dofinansowania:\n335 545,87 zł", [("grant", "335545.87")]),  # label line above
    (
        "Projekt współfinansowany z EFS. Wartość projektu: 1 000 zł",
        [("total_cost", "1000")],
    ),
    (
        "kwota 12 000 zł (słownie: dwanaście tysięcy złotych)",
        [("other", "12000")],
    ),
    ("kwota 12 000 zł (słownie: 12 000 zł)", [("other", "12000")]),
    # Kinds from the words real pages use (issue 13).
    ("Gmina otrzymała wsparcie w wysokości 50 000 zł.", [("grant", "50000")]),
    ("Wojewoda przekazał promesę na 30 000 zł.", [("grant", "30000")]),
    ("Wartość programu to 80 000 zł.", [("total_cost", "80000")]),
    ("Wartość umowy: 80 000 zł.", [("total_cost", "80000")]),
    ("(wartość całkowita projektu: 1 200 000 zł)", [("total_cost", "1200000")]),
    ("unijne dofinansowanie wyniesie 700 000 zł", [("eu_share", "700000")]),
    ("wkład finansowy gminy to 20 000 zł", [("own_share", "20000")]),
    ("kwota przyznana: 45 000 zł", [("grant", "45000")]),
    ("Na realizację zadania gmina otrzymała 300 000 zł.", [("grant", "300000")]),
    ("Przyznano dotację celową w kwocie 12 000 zł.", [("grant", "12000")]),
    ("kwota 500 000 zł ze środków UE", [("eu_share", "500000")]),
    # Issue 13's example: the dot of "zł." does not end the clause, so each amount keeps its own cue.
    (
        "Łączny koszt zadania to 412.300zł., z czego 370.000zł. pokrywa dotacja z budżetu państwa, "
        "a 42.300zł to środki własne gminy.",
        [("total_cost", "412300"), ("grant", "370000"), ("own_share", "42300")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEED_SENTENCES + KIND_CASES)
def test_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Wartość dofinansowania: 335 545,87 zł (w tym", "335 545,87 zł"),
        ("kwota 12000 zł.", "12000 zł"),
        ("PLN 5 000 na cele", "PLN 5 000"),
        ("to 2,5 mln zł rocznie", "2,5 mln zł"),
        ("to 150 tys. zł rocznie", "150 tys. zł"),
    ],
)
def test_printed_text_and_offsets(text: str, printed: str) -> None:
    mentions, _ = find_amounts(text)
    assert [m.text for m in mentions] == [printed]
    assert text[mentions[0].start : mentions[0].end] == printed


def test_mention_shape() -> None:
    (m,), _ = find_amounts("Wkład własny: 10 zł")
    assert m == MoneyMention(Decimal("10"), "own_share", "10 zł", 14, 19, "PLN")


# --- not money ------------------------------------------------------------------------------

NOT_MONEY = [
    "77 45 11 800",
    "tel. (77) 441 02 60",
    "Kontakt: tel. 068 32 31 880.",
    "45-315 Opole",
    "45-015 Opole\n77 45 11 800",
    "PL 61 1090 1014 0000 0712 1981 2874",
    "nr konta 12 1020 3147 0000 1234 5678 9012",
    "NIP 754-10-05-720, REGON 531413180, KRS 0000123456",
    "2019",
    "RPO WO 2014-2020",
    "na lata 2019-2021",
    "04.10.2020 r. – 31.10.2022 r.",
    "Wsparcie kierowane będzie łącznie do 100 osób",
    "Powiatowe Grupy Decydentów (15 osób)",
    "(ok. 7 przedstawicieli)",
    "1.552.911\ngości odwiedziło nas",
    "Liczba mieszkańców:  125.710",
    "art. 176 ust. 1 ustawy",
    "Wskaźnik 84,28%",
    "strona 3 z 12",
    "ul. Głogowska 25c",
    "działanie 8.1, oś priorytetowa VIII",
    "Dofinansowanie otrzymało 12 gmin",
    "Kwota dofinansowania zostanie podana później",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert find_amounts(text) == ([], [])
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("Kwota 12 34 zł", 'unreadable amount "12 34 zł"'),
        ("Kwota 1,234 zł", 'ambiguous amount "1,234 zł"'),
        ("Koszt 123456789012345678 zł", "unreadable amount"),
    ],
)
def test_warnings_never_guess(text: str, warning: str) -> None:
    mentions, warnings = find_amounts(text)
    assert mentions == []
    assert len(warnings) == 1 and warning in warnings[0]


def test_irregular_digit_groups_are_read_with_a_warning() -> None:
    # one number only right before grosze; without them "2 350594 zł" stays unread
    mentions, warnings = find_amounts("Dotacja 2 150000,00 zł")
    assert [m.value for m in mentions] == [Decimal("2150000.00")]
    assert warnings == ['amount with irregular digit groups read as one number: "2 150000,00 zł"']
    assert find_amounts("W 2 350594 zł")[0] == []
    # one dotted group ("80. 000,00 zł") too, but never a list item's number at a line's start
    assert [m.value for m in find_amounts("Dofinansowanie: 80. 000,00 zł")[0]] == [Decimal("80000.00")]
    assert [m.value for m in find_amounts("Dotacja:\n1. 228 835,00 zł - na utrzymanie")[0]] == [Decimal("228835.00")]


def test_mixed_group_separators_are_one_number_but_not_a_list_of_bounds() -> None:
    # a space then a dot ("1 228.285,35 zł"), a dot with a space after it ("1.088. 000 zł"): one number each
    assert kinds_values(
        "Kwota dofinansowania unijnego wynosi 1 228.285,35 zł, a wartość projektu 2 769.333,22 zł."
    ) == [
        ("eu_share", "1228285.35"),
        ("total_cost", "2769333.22"),
    ]
    assert kinds_values("Dotacja wynosić będzie 1.088. 000 zł.") == [("grant", "1088000")]
    # near misses: a list item's number at a line's start, a dot-space before the first group, a list of bounds with
    # commas, a dot decimal after dot groups (ambiguous), a year before a sum
    assert kinds_values("Dotacja:\n1. 228 835,00 zł") == [("grant", "228835.00")]
    assert [m.value for m in find_amounts("Dotacja:\n1.\n500.000 zł")[0]] == [Decimal("500000")]
    assert kinds_values("Dotacje po 500, 700 i 900 zł.") == [("grant", "900")]
    assert find_amounts("1.234.50 zł")[0] == []
    assert [m.value for m in find_amounts("W 2021 r. 1 200.000 zł")[0]] == [Decimal("1200000")]


def test_a_needless_multiplier_after_millions_is_dropped_with_a_warning() -> None:
    # "260 582 586 mln zł" would be 260 trillion złoty: the page meant 260 582 586 zł
    mentions, warnings = find_amounts("wnioski na łączną kwotę 260 582 586 mln zł")
    assert [m.value for m in mentions] == [Decimal("260582586")]
    assert warnings == ['amount with a needless multiplier read without it: "260 582 586 mln zł"']
    assert [m.value for m in find_amounts("budżet 150 mln zł")[0]] == [Decimal("150000000")]
    assert [m.value for m in find_amounts("kwota 1 500 tys. zł")[0]] == [Decimal("1500000")]


def test_a_tail_of_zeros_is_no_amount() -> None:
    # "000,00 zł" is what is left of a number split by a typo, not zero złoty
    assert find_amounts("Kwota 000,00 zł") == ([], ['unreadable amount "000,00 zł"'])
    assert [m.value for m in find_amounts("Koszt 0,50 zł")[0]] == [Decimal("0.50")]
    assert [m.value for m in find_amounts("dotacja 0,5 mln zł")[0]] == [Decimal("500000")]  # one zero is a number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("od 5 000 do 10 000 zł", [("other", "5000"), ("other", "10000")]),
        ("Ceny od 100-200 zł", [("other", "100"), ("other", "200")]),
        ("Bilety 20 – 30 zł", [("other", "20"), ("other", "30")]),
        # the currency only at the end, a multiplier on each bound (issue 13)
        ("od 40,5 tys. do 52,125 tys. PLN", [("other", "40500"), ("other", "52125")]),
        # one multiplier for both bounds
        # one multiplier for both bounds; a range is a rule of a call (a cap), never money given: other
        ("dotacja od 5 do 10 tys. zł", [("other", "5000"), ("other", "10000")]),
    ],
)
def test_a_range_gives_both_bounds(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # number formats of real pages (issue 13)
        ("Wartość 38 412 509, 17 zł.", [("total_cost", "38412509.17")]),  # a space after the decimal comma
        ("dotacja 7,25 tys. zł", [("grant", "7250")]),
        ("kwota 12,375 tys. PLN", [("other", "12375")]),
        ("kwota 5 tyś. zł", [("other", "5000")]),  # "tyś." misspelt
        ("kwota 45 tys zł", [("other", "45000")]),
        ("kwota 2 mln zl", [("other", "2000000")]),  # "zl" without its diacritic
        ("budżet 3 mld zł", [("other", "3000000000")]),
        ("kwota 7.500.000 zł", [("other", "7500000")]),
        ("Gmina pozyskała 1 940 200,00 z Funduszu Dróg Samorządowych", [("grant", "1940200.00")]),
        ("12.04.202287 000,00 zł", [("other", "87000.00")]),  # a flattened table: a date glued to it
        ("Koszt całkowity: 1 350594,39 PLN", [("total_cost", "1350594.39")]),  # digits grouped irregularly
    ],
)
def test_real_number_formats(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "pomoc dla 3 660 osób",
        "37 tys. projektów",
        "1,5 tys. km dróg",
        "92,5 % kosztów",
        "20 proc. wartości",
        "wartość 1 234,56 m2",
    ],
)
def test_head_counts_percentages_and_measures_are_never_money(text: str) -> None:
    assert find_amounts(text) == ([], [])


@pytest.mark.xfail(strict=True, reason="grosze written as a separate '50 gr' are not added")
def test_zloty_and_grosze() -> None:
    assert parse_money("12 zł 50 gr") == Decimal("12.50")


# --- table cells ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "header", "expected"),
    [
        ("12 345,67", "Kwota (zł)", Decimal("12345.67")),
        ("12 345,67", "Wartość [PLN]", Decimal("12345.67")),
        ("12345", "Kwota dofinansowania w zł", Decimal("12345")),
        (f"1{NBSP}000,00 zł", "Kwota (zł)", Decimal("1000.00")),
        ("12,5", "Wartość (tys. zł)", Decimal("12500")),
        ("1,2", "Dofinansowanie [mln PLN]", Decimal("1200000")),
        (" 7 ", "Kwota PLN", Decimal("7")),
        ("12 345,67", "Liczba uczestników", None),
        ("12 345,67", "Kwota", None),
        ("-", "Kwota (zł)", None),
        ("", "Kwota (zł)", None),
        ("brak danych", "Kwota (zł)", None),
        ("77 45 11 800", "Kwota (zł)", None),
        ("1,234", "Kwota (zł)", None),
    ],
)
def test_parse_cell_amount(cell: str, header: str, expected: Decimal | None) -> None:
    assert parse_cell_amount(cell, header) == expected


# --- properties -----------------------------------------------------------------------------

POLISH_BITS = st.sampled_from(
    [" ", NBSP, THIN, ",", ".", "-", "–", "zł", "PLN", "złotych", "mln", "tys.", "(", ")",
     "w tym", "słownie", "dofinansowanie", "\n", ":", "%", "r.", "tyſ.", "\u0663", "Złoty"]
)  # fmt: skip
NOISE = st.lists(st.one_of(st.text("0123456789", min_size=1, max_size=6), POLISH_BITS), max_size=40).map("".join)


@settings(max_examples=500)
@given(st.one_of(st.text(), NOISE))
def test_never_raises(text: str) -> None:
    mentions, warnings = find_amounts(text)
    parse_money(text)
    parse_cell_amount(text, "Kwota (zł)")
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.value >= 0
    assert all(isinstance(w, str) for w in warnings)


def polish(value: Decimal, sep: str, currency: str) -> str:
    """Print a Decimal the Polish way: grouped thousands, decimal comma."""
    whole, _, frac = f"{value:f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sep.join(groups) + (f",{frac}" if frac else "") + f" {currency}"


@settings(max_examples=500)
@given(
    st.integers(0, 10**9 - 1),
    st.integers(0, 99),
    st.booleans(),
    st.sampled_from([" ", NBSP, ".", THIN, NNBSP, ""]),
    st.sampled_from(["zł", "PLN", "złotych"]),
)
def test_round_trip(whole: int, cents: int, decimals: bool, sep: str, currency: str) -> None:
    value = Decimal(f"{whole}.{cents:02d}") if decimals else Decimal(whole)
    printed = polish(value, sep, currency)
    assert str(parse_money(printed)) == str(value)
    mentions, warnings = find_amounts(f"Wartość projektu: {printed}.")
    assert [(m.kind, str(m.value), m.text) for m in mentions] == [("total_cost", str(value), printed)]
    assert warnings == []
