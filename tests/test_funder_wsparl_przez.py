"""A payer's verb in the past ("Ministerstwo X wsparło projekt kwotą …": "wspiera" and "wesprze" were read, "wsparł"
was not) and a funding noun with its object before the agent ("Dofinansowanie projektu przez Powiat X wynosi …");
a noun that is no funding, or a person as the agent, names no payer."""

from __future__ import annotations

import pytest

from extract.funding import find_funding


def _funder(text: str) -> str | None:
    return find_funding(text)[0].funder


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        (
            "Projekt sali kameralnej Ministerstwo Kultury i Dziedzictwa Narodowego wsparło kwotą 36 tys. złotych.",
            "Ministerstwo Kultury i Dziedzictwa Narodowego",
        ),
        ("Wojewoda Mazowiecki wsparł zakup sprzętu kwotą 20 tys. zł.", "Wojewoda Mazowiecki"),
        ("Fundusz Sprawiedliwości wsparł w tym roku 12 projektów.", "Fundusz Sprawiedliwości"),
        ("Dofinansowanie projektu przez Powiat Ełcki wynosi: 15.000,00 zł", "Powiat Ełcki"),
        ("Dofinansowanie zadania przez Fundację PZU wyniosło 8 tys. zł.", "Fundacja PZU"),
    ],
)
def test_found(text: str, funder: str) -> None:
    assert _funder(text) == funder


@pytest.mark.parametrize(
    "text",
    [
        "Ocena projektu przez Zarząd Stowarzyszenia Razem trwała miesiąc.",  # no funding noun
        "Dofinansowanie projektu przez Jana Kowalskiego nie jest możliwe.",  # a person
        # review of s18: no grant's noun, the unit's own money, an assessment
        "Warunkiem jest zapewnienie finansowania projektu przez Gminę Rybno w kwocie 50 000 zł jako wkładu własnego.",
        "Sfinansowanie inwestycji przez Gminę Rybno z własnych środków kosztowało 500 000 zł.",
        "Po ocenie wniosku o dofinansowanie projektu przez Komisję Konkursową Gmina Rybno otrzymała 100 000 zł.",
        # support by presence or patronage
        "Marszałek Województwa Mazowieckiego wsparł swoją obecnością festyn, na który Gmina Rybno wydała 30 000 zł.",
        "Wojewoda Mazowiecki wsparł patronatem honorowym festyn, na który Gmina Rybno wydała 30 000 zł.",
    ],
)
def test_none(text: str) -> None:
    assert _funder(text) is None
