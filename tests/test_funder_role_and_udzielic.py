"""A payer named by its role ("Instytucja finansująca: X", "Instytucją finansującą jest X", "Grantodawcą jest X",
"Fundatorem nagrody jest X", read last: a prize's sponsor is not the task's giver) and "udzielić" with the money in
the genitive before its giver ("Wsparcia finansowego udzieliła Gmina X", "Dofinansowania w wysokości 5 tys. zł
udzielił Bank Y"); a person, an EU body, a managing authority's label and help with no money name no funder."""

from __future__ import annotations

import pytest

from extract.funding import find_funding


def _funder(text: str) -> str | None:
    return find_funding(text)[0].funder


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        ("Instytucja finansująca: Narodowe Centrum Badań i Rozwoju", "Narodowe Centrum Badań i Rozwoju"),
        ("Instytucją finansującą jest Narodowe Centrum Badań i Rozwoju.", "Narodowe Centrum Badań i Rozwoju"),
        ("Fundator: Bank Spółdzielczy w Rybnie", "Bank Spółdzielczy w Rybnie"),
        ("Fundatorem nagrody jest Bank Spółdzielczy w Rybnie.", "Bank Spółdzielczy w Rybnie"),
        ("Grantodawcą jest Fundacja Pomocy Dzieciom.", "Fundacja Pomocy Dzieciom"),
        ("Wsparcia finansowego w kwocie 5 tys. zł udzieliła Gmina Rybno.", "Gmina Rybno"),
        ("Pomocy finansowej udzielił Powiat Lipnowski.", "Powiat Lipnowski"),
        ("Dofinansowania w wysokości 5 tys. zł udzielił Bank Spółdzielczy w Rybnie.", "Bank Spółdzielczy w Rybnie"),
        # a prize's sponsor gives way to the task's giver named anywhere in the passage (s16 review)
        ("Konkurs dofinansowano ze środków Gminy Rybno. Fundator nagród: Bank Spółdzielczy w Rybnie.", "Gmina Rybno"),
        (
            "Fundatorem nagród jest Bank Spółdzielczy w Rybnie. Zadanie sfinansowano ze środków Gminy Rybno.",
            "Gmina Rybno",
        ),
    ],
)
def test_found(text: str, funder: str) -> None:
    assert _funder(text) == funder


@pytest.mark.parametrize(
    "text",
    [
        "Fundatorem nagrody był Jan Kowalski.",  # a person
        "Instytucja finansująca: Unia Europejska",  # the EU names no payer body
        "Instytucja Zarządzająca: Zarząd Województwa Rybnickiego",  # a managing authority's label, not a payer's
        "Informacji udzielił Urząd Gminy Rybno.",  # no money
        "Stowarzyszenie otrzymało dotację. Wywiadu udzielił prezes Fundacji Razem.",  # a person, no money given
    ],
)
def test_none(text: str) -> None:
    assert _funder(text) is None
