"""Sums printed without a currency word (issue 13; tests/realtext/README.md, fifth settling round, question 1).

A bare sum with a multiplier ("10 tysięcy", "5,3 mln", "12 miliardów") is money when the passage makes it money:
a money word right before it that leaves no doubt ("na łączną kwotę", "w wysokości", "kwota … wynosiła"), a money
noun after it ("bezzwrotnego wsparcia"), or a sum printed with its currency shortly before it in the same paragraph.
Rows are invented passages in the shape the named host printed (reworded); near misses keep counts out.  Values
only: which kind each sum is, is the other rules' business.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from conventions import amounts


def values(text: str) -> set[Decimal]:
    return {value for _, value in amounts(text)}


def test_a_bare_sum_in_the_sentence_of_a_sum_in_zloty_has_its_kind() -> None:
    """The left-out verb and currency of "…, a dwie akademie po 10 tysięcy" are the sum's before; so is its kind. In
    the next sentence a bare sum has no cue of its own: other."""
    text = "Klub bokserski dostanie 15 tysięcy złotych, a dwie akademie po 10 tysięcy. Pieniądze pójdą na trenerów."
    assert amounts(text) == {("grant", Decimal("15000")), ("grant", Decimal("10000"))}
    text = "Gmina dostała dotację 80 tys. zł. Mieszkańcy mają do dyspozycji jeszcze 5 tys."
    assert amounts(text) == {("grant", Decimal("80000")), ("other", Decimal("5000"))}


def _d(*numbers: str) -> set[Decimal]:
    return {Decimal(n) for n in numbers}


READ: list[tuple[str, set[Decimal], str]] = [
    # a sum with its currency lends it to a bare one soon after, in the same paragraph
    (
        "Z ministerialnego programu klub bokserski dostanie 15 tysięcy złotych, a dwie akademie piłkarskie po "
        "10 tysięcy. Pieniądze pójdą na trenerów.",
        _d("15000", "10000"),
        "iknurow.pl",
    ),
    (
        "Samorządy w kraju mają w tym roku na kluby seniora 80 mln zł. – Gminy z Wielkopolski mają do dyspozycji "
        "5,3 mln, co da ponad 500 miejsc – mówi wojewoda.",
        _d("80000000", "5300000"),
        "grodzisk.naszemiasto.pl",
    ),
    (
        "WYSOKOŚĆ DOTACJI:\n• moduł 1 – KS 150 tys. zł., DDP 300 tys.\n",
        _d("150000", "300000"),
        "wanir.pl",
    ),
    # a money word before it that leaves no doubt, whatever follows
    (
        "Podpisane w listopadzie 113 umów na łączną kwotę ponad 173 mln posłuży rozbudowie sieci wodociągowej.",
        _d("173000000"),
        "inzynieria.com",
    ),
    (
        "Pokrywamy do 70 procent kosztów zakupu. W ubiegłym roku kwota maksymalna wynosiła 120 tys. Z tej puli gmina "
        "kupiła auto.",
        _d("120000"),
        "zielonagora.naszemiasto.pl",
    ),
    # a money noun after it, an adjective between
    (
        "Z całego programu, czyli blisko 12 miliardów bezzwrotnego wsparcia, gminy sfinansują drogi i wodociągi.",
        _d("12000000000"),
        "przybiernow.pl",
    ),
]


@pytest.mark.parametrize(("text", "want", "host"), READ, ids=[row[2] for row in READ])
def test_a_bare_sum_the_passage_makes_money_is_read(text: str, want: set[Decimal], host: str) -> None:
    assert values(text) == want


NOT_MONEY: list[tuple[str, set[Decimal], str]] = [
    # counts after a sum in złoty: the counted noun keeps them out
    ("Projekt kosztował 2 mln zł. W gminie mieszka 12 tys. osób.", _d("2000000"), "near miss"),
    ("Plac zabaw kosztował 2 mln zł, a skorzysta z niego 5 tys. dzieci.", _d("2000000"), "near miss"),
    # a bare count with no currency anywhere
    ("Gmina liczy 12 tys. mieszkańców, a do biblioteki przybyło 3 tys. woluminów.", set(), "near miss"),
    # a blank line ends the lending
    ("Dotacja wyniosła 50 tys. zł.\n\nW zeszłym roku gości było 40 tys.", _d("50000"), "near miss"),
    # too far: more than 200 characters after the sum with its currency
    (
        "Dotacja wyniosła 50 tys. zł. "
        + "Za te pieniądze odnowiono świetlicę, kupiono stoły, krzesła i sprzęt nagłośnieniowy dla zespołu. " * 3
        + "Na dożynki przyszło 4 tys.",
        _d("50000"),
        "near miss",
    ),
    # "w wysokości" before a percentage or a count is not this rule's: a percentage is never money
    ("Dofinansowanie w wysokości 85 proc. kosztów kwalifikowanych.", set(), "near miss"),
]


@pytest.mark.parametrize(("text", "want", "host"), NOT_MONEY, ids=[f"{i}-{r[2]}" for i, r in enumerate(NOT_MONEY)])
def test_counts_and_far_sums_stay_out(text: str, want: set[Decimal], host: str) -> None:
    assert values(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # counts of what the money brought, their noun left out (review of d99d914)
        "Dotacja wyniosła 50 tys. zł. Festyn odwiedziło 40 tys.",
        "Impreza kosztowała 20 tys. zł, a przyszło na nią 5 tys.",
        "Gmina dostała 50 tys. zł na festyn. Przyszło 5 tys., czyli rekord.",
        "Dotacja wyniosła 120 tys. zł. Biblioteka ma w zbiorach 12 tys. woluminów i 3 tys. na płytach.",
    ],
)
def test_a_bare_count_after_a_sum_in_zloty_is_no_money(text: str) -> None:
    assert len(values(text)) == 1


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # words that only look like counting: "przyszłym" (next), "uczestników" (a noun)
        ("Gmina przekaże 15 tys. zł w tym roku, a w przyszłym roku kolejne 10 tys.", _d("15000", "10000")),
        ("Klub otrzymał 20 tys. zł na stroje dla uczestników zajęć i 5 tys. na sprzęt.", _d("20000", "5000")),
    ],
)
def test_counting_words_are_verbs(text: str, want: set[Decimal]) -> None:
    assert values(text) == want
