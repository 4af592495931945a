"""A gmina, city or powiat as the payer: the subject of a verb of giving in every person and number, and the prefixed
verbs of financing (issue 13, s14).

Written for this file (no page's sentence): "Powiat X dofinansował remont kwotą …", "Gmina Y współfinansuje …",
coordinated units sharing a plural verb ("Gmina X i Powiat Y przeznaczyli …", the first named pays), the imperfective
and the plural. The near-misses: a unit co-financing its own project from its own money, a verb of financing with no
money said, a unit getting money, a share given as a percentage only.
"""

from __future__ import annotations

import pytest

from extract.unit_payers import unit_payer

PAYERS = [
    pytest.param(
        "Powiat Kraśnicki dofinansował remont drogi gminnej kwotą 100 000 zł.", "Powiat Kraśnicki", id="dofinansowal"
    ),
    pytest.param(
        "Gmina Lipno współfinansowała zakup busa dla stowarzyszenia kwotą 40 tys. zł.",
        "Gmina Lipno",
        id="wspolfinansowala",
    ),
    pytest.param(
        "Co roku Gmina Lipno dofinansowuje działalność klubu dotacją 20 000 zł.", "Gmina Lipno", id="dofinansowuje"
    ),
    pytest.param(
        "Gmina Lipno i Powiat Kraśnicki przeznaczyli na remont mostu 100 000 zł.",
        "Gmina Lipno",
        id="przeznaczyli-plural",
    ),
    pytest.param("Gmina Lipno i Powiat Kraśnicki dają na zadanie po 50 000 zł.", "Gmina Lipno", id="daja-plural"),
    pytest.param("Powiat Kraśnicki przyznaje klubom dotacje w kwocie 5 000 zł.", "Powiat Kraśnicki", id="przyznaje"),
]

# Its own budget named as the source still makes the unit the payer.
OWN_BUDGET = [
    pytest.param(
        "Gmina Lipno dofinansowała remont ze środków budżetu gminy kwotą 50 000 zł.", id="srodkow-budzetu-gminy"
    ),
    pytest.param("Gmina Lipno dofinansowała remont z budżetu Gminy kwotą 50 000 zł.", id="z-budzetu-gminy"),
]

NOT_PAYERS = [
    pytest.param("Gmina Lipno dofinansowała zadanie z własnych środków kwotą 100 000 zł.", id="own-money"),
    pytest.param("Gmina Lipno współfinansowała projekt wkładem własnym w wysokości 30 000 zł.", id="own-share"),
    # its share named "wkład", and another payer's money passed on, named as the source (review s14, M4)
    pytest.param("Gmina Lipno współfinansuje projekt unijny kwotą 50 000 zł wkładu.", id="wkladu"),
    pytest.param("Gmina Lipno dofinansowała projekt z dotacji PFRON kwotą 50 000 zł.", id="z-dotacji-pfron"),
    pytest.param(
        "Gmina Lipno sfinansowała zakup samochodu ze środków otrzymanych od Wojewody w kwocie 50 000 zł.",
        id="ze-srodkow-otrzymanych",
    ),
    pytest.param(
        "Powiat Rybnicki sfinansował remont drogi z Rządowego Funduszu Rozwoju Dróg kwotą 2 mln zł.", id="z-funduszu"
    ),
    pytest.param("Powiat Kraśnicki dofinansował wyjazd uczniów na olimpiadę.", id="no-money-said"),
    pytest.param("Gmina Lipno otrzymała 100 000 zł dotacji.", id="a-getter"),
    pytest.param("Gmina Lipno i Powiat Kraśnicki dają na zadanie po około 25%.", id="a-percentage-only"),
]


@pytest.mark.parametrize(("text", "expected"), PAYERS)
def test_unit_paying(text: str, expected: str) -> None:
    assert unit_payer(text) == expected


@pytest.mark.parametrize("text", NOT_PAYERS)
def test_unit_not_paying(text: str) -> None:
    assert unit_payer(text) is None


@pytest.mark.parametrize("text", OWN_BUDGET)
def test_unit_paying_from_its_own_budget(text: str) -> None:
    assert unit_payer(text) == "Gmina Lipno"
