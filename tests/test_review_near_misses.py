"""Near misses of the s16 role and period rules, found by the session's review (its sentences rebuilt in s17): an
office's opening hours, a desk's duty or a call's window with no year, a meeting's end, work the project does not
hold, a coordinator who is a person or a programme's intermediate body, a guest's use of a grant.  Each sentence
gave a value before; the `kept` cases are the constructions the rules were written for, which must still read."""

from __future__ import annotations

from datetime import date

import pytest

from extract.fields import read_fields

_PUBLISHED = date(2024, 5, 1)


def _period(text: str) -> tuple[str | None, str | None] | None:
    found = read_fields(text, published=_PUBLISHED).period
    return None if found is None else (found.start and found.start.isoformat(), found.end and found.end.isoformat())


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Punkt konsultacyjny projektu jest czynny od 1 czerwca do 31 sierpnia, w godzinach 8-15.", None),
        ("Biuro projektu przyjmuje zgłoszenia od 5 do 30 września.", None),
        ("Dyżury w ramach projektu odbywają się od 10 do 20 czerwca w budynku GOPS.", None),
        ("Projekt trwa od 1 kwietnia. Spotkanie inauguracyjne potrwa do 15 czerwca 2024 r.", None),
        ("Spotkanie informacyjne trwało do 15 marca 2024 r. Projekt rusza 1 kwietnia 2024 r.", ("2024-04-01", None)),
        (
            "Projekt realizowany jest od 1 marca 2024 r. Do 30 czerwca 2025 r. wykonawca wybuduje też drogę, która nie "
            "jest objęta projektem.",
            ("2024-03-01", None),
        ),
        ("Do 30 czerwca 2025 r. wykonawca wybuduje salę, która nie jest objęta projektem.", None),
        # kept: the work's own dates (the s17 review's near misses of those filters)
        ("Zajęcia w ramach projektu będą prowadzone od 1 czerwca do 30 września.", ("2024-06-01", "2024-09-30")),
        (
            "Na sesji Rady Gminy wójt poinformował, że budowa drogi gminnej w Lipnie zakończy się 30 września 2024 r.",
            (None, "2024-09-30"),
        ),
        (
            "Po posiedzeniu zarządu ustalono, że przebudowa drogi powiatowej rozpocznie się 15 kwietnia 2024 r.",
            ("2024-04-15", None),
        ),
        (
            "Projekt realizowany jest od 1 stycznia 2024 r. do 31 grudnia 2025 r. i nie jest objęty pomocą publiczną.",
            ("2024-01-01", "2025-12-31"),
        ),
        (
            "Remont świetlicy potrwa do 31 października 2024 r., natomiast plac zabaw nie jest objęty projektem.",
            (None, "2024-10-31"),
        ),
        (
            "Zadanie publiczne wyłonione w otwartym konkursie ofert będzie realizowane od 1 czerwca do 30 listopada.",
            ("2024-06-01", "2024-11-30"),
        ),
        (
            "Zajęcia w ramach projektu „Aktywny senior” odbywają się od 1 lipca do 31 sierpnia w godzinach 9:00–13:00.",
            ("2024-07-01", "2024-08-31"),
        ),
        ("Spotkania w ramach projektu potrwają do 15 grudnia 2024 r.", (None, "2024-12-15")),
        ("Projekt rozpoczął się 1 marca 2024 r., a potrwa do 30 czerwca 2025 r.", ("2024-03-01", "2025-06-30")),
    ],
)
def test_period(text: str, period: tuple[str | None, str | None] | None) -> None:
    assert _period(text) == period


def _implementer(text: str) -> str | None:
    found = read_fields(text, published=_PUBLISHED).implementer
    return None if found is None else found.name


@pytest.mark.parametrize(
    ("text", "implementer"),
    [
        ("Koordynatorem projektu jest Jan Kowalski z Urzędu Gminy Rybno.", None),
        ("Koordynatorem projektu jest Centrum Projektów Polska Cyfrowa, instytucja pośrednicząca programu.", None),
        ("Realizatorem konkursu jest Wojewódzki Urząd Pracy w Olsztynie jako Instytucja Pośrednicząca RPO.", None),
        # kept
        (
            "Koordynatorem projektu jest Gminny Ośrodek Pomocy Społecznej w Rybnie.",
            "Gminny Ośrodek Pomocy Społecznej w Rybnie",
        ),
        ("Realizatorem projektu jest Referat Oświaty Urzędu Gminy Rybno.", "Referat Oświaty Urzędu Gminy Rybno"),
    ],
)
def test_implementer(text: str, implementer: str | None) -> None:
    assert _implementer(text) == implementer


def _beneficiary(text: str) -> str | None:
    found = read_fields(text, published=_PUBLISHED).beneficiary
    return None if found is None else found.name


@pytest.mark.parametrize(
    ("text", "beneficiary"),
    [
        ("Ośrodek Kultury w Rybnie skorzystał z dofinansowania jako gość targów.", None),
        ("Z dofinansowania skorzystał Ośrodek Kultury w Rybnie jako gość.", None),
        ("Stowarzyszenie Razem skorzystało z dotacji na wyjazd jako uczestnik festiwalu.", None),
        # kept: a guest or a participant in another clause
        ("Z dofinansowania skorzystał Ośrodek Kultury w Rybnie.", "Ośrodek Kultury w Rybnie"),
        (
            "Z grantu skorzystała Szkoła Podstawowa nr 2 w Lipnie, a jako uczestnicy zajęć zgłosiło się 40 uczniów.",
            "Szkoła Podstawowa nr 2 w Lipnie",
        ),
    ],
)
def test_beneficiary(text: str, beneficiary: str | None) -> None:
    assert _beneficiary(text) == beneficiary
