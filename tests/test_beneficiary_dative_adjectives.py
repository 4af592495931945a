"""A recipient in the dative keeps the adjectives of its name (issue 13, s14): any capitalised adjective in the dative
before its head is part of the name, read back to the nominative; an indeclinable head ("Centrum", "Muzeum") shows its
dative in the adjective before it.

Written for this file (no page's sentence). Before, only a fixed list of adjectives (Gminnemu, Miejskiemu, …) was kept:
"Polskiemu Związkowi Działkowców" read "Związek Działkowców", "Powiatowemu Centrum Pomocy Rodzinie" read none. The
near-misses: a pronoun's dative ("naszemu Stowarzyszeniu", "Dzięki temu"), a gift that is no money.
"""

from __future__ import annotations

import pytest

from extract.organisations import find_beneficiary

DATIVES = [
    pytest.param(
        "Wojewoda przyznał Polskiemu Związkowi Działkowców 5000 zł.", "Polski Związek Działkowców", id="polskiemu"
    ),
    pytest.param(
        "Wojewoda przyznał Katolickiemu Stowarzyszeniu Młodzieży w Lipnie 5000 zł.",
        "Katolickie Stowarzyszenie Młodzieży w Lipnie",
        id="katolickiemu",
    ),
    pytest.param(
        "Polskiemu Towarzystwu Turystyczno-Krajoznawczemu przyznano 5000 zł.",
        "Polskie Towarzystwo Turystyczno-Krajoznawcze",
        id="polskiemu-towarzystwu-before-verb",
    ),
    pytest.param(
        "Ludowemu Klubowi Sportowemu Orzeł przyznano 5000 zł.", "Ludowy Klub Sportowy Orzeł", id="ludowemu-klubowi"
    ),
    pytest.param(
        "Wojewoda przyznał Powiatowemu Centrum Pomocy Rodzinie w Lipnie 5000 zł.",
        "Powiatowe Centrum Pomocy Rodzinie w Lipnie",
        id="powiatowemu-centrum",
    ),
    pytest.param(
        "Marszałek przekazał Regionalnemu Muzeum w Lipnie dotację w kwocie 20 tys. zł.",
        "Regionalne Muzeum w Lipnie",
        id="regionalnemu-muzeum",
    ),
    pytest.param(
        "Wojewoda przyznał Śląskiemu Bankowi Żywności 5000 zł.", "Śląski Bank Żywności", id="slaskiemu-bankowi"
    ),
]

NOT_DATIVES = [
    pytest.param("Wojewoda przyznał naszemu Stowarzyszeniu 5000 zł.", id="pronoun-naszemu"),
    # capitalised, as the adjective pattern reads them (review s14, T1: the lower-case one could not fail), before a
    # head the unit list knows and before a body's head
    pytest.param("Przyznano Naszemu Stowarzyszeniu 5 000 zł.", id="pronoun-Naszemu-capital"),
    pytest.param("Wojewoda przyznał Każdemu Stowarzyszeniu 5000 zł.", id="determiner-Kazdemu"),
    pytest.param("Wojewoda przyznał Swojemu Klubowi 5000 zł.", id="pronoun-Swojemu-body-head"),
    pytest.param("Wojewoda przekazał Naszej Bibliotece 5000 zł.", id="pronoun-Naszej-feminine"),
    pytest.param("Minister przekazał Miejskiemu Centrum Kultury w Lipnie sztandar.", id="gift-no-money"),
]


@pytest.mark.parametrize(("text", "expected"), DATIVES)
def test_dative_recipient_keeps_its_adjectives(text: str, expected: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("text", NOT_DATIVES)
def test_no_recipient(text: str) -> None:
    assert find_beneficiary(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dzięki temu Stowarzyszeniu Przyjaciół Lipna przyznano 5000 zł.",
        # capitalised (review s14, T2: the lower-case "temu" alone could not fail)
        "Wojewoda przyznał Jednemu Stowarzyszeniu Przyjaciół Lipna 5000 zł.",
        "Wojewoda przyznał Temu Stowarzyszeniu Przyjaciół Lipna 5000 zł.",
        "Wojewoda przyznał Naszemu Stowarzyszeniu Przyjaciół Lipna 5000 zł.",
    ],
)
def test_pronoun_before_a_named_recipient_is_no_part_of_it(text: str) -> None:
    found = find_beneficiary(text)
    assert found is not None and found.name == "Stowarzyszenie Przyjaciół Lipna"
