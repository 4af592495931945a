"""Who pays, round 2 of s9 (issue 13): classes of misses on text written after the rules, each seen on three or more
unrelated real sites.

Each row is a short passage invented for this file in the form the real page used (the source page of the form in
its last column), labelled by tests/realtext/README.md; near-misses (source "near-miss") are invented forms that
must keep their answer.
"""

from __future__ import annotations

import pytest

from conventions import record

# A gmina's or powiat's organ that decides or announces its own grants pays from its unit's budget (README,
# `funding.funder`: "Rada Gminy X" is the unit): a council's resolution to grant ("zdecydowała o udzieleniu …
# dotacji", "postanawia: § 1 … otrzyma pomoc finansową"), and the organ giving a call's results ("Wyniki podaje Wójt
# Gminy X"; the public-benefit act, art. 15 ust. 2h, has the organ that ran the call announce its results).
ORGAN_DECIDES = [
    (
        "Rada Powiatu Gostyńskiego uchwałą Nr IV/21/12 z dnia 3 kwietnia 2012 r. zdecydowała o udzieleniu z budżetu "
        "powiatu dotacji na prace przy zabytkach tym parafiom:\n\n1) Parafii w Krobi – w wysokości 20.000,00 zł,",
        "Powiat Gostyński",
        "https://bip.powiat.gostyn.pl/?c=1119",
    ),
    (
        "UCHWAŁA NR XX/101/2017\nRADY GMINY KRZYKOSY\n\nNa podstawie art. 220 ustawy o finansach publicznych "
        "Rada Gminy Krzykosy postanawia:\n\n§1 W 2018 r. Powiat Średzki otrzyma pomoc finansową w kwocie "
        "120.000,00 zł na przebudowę drogi powiatowej.",
        "Gmina Krzykosy",
        "http://gminakrzykosy.pl/krzykosy/wydruk.html?id=3176",
    ),
    (
        "Rozstrzygnięto otwarty konkurs ofert na zadanie publiczne w zakresie wspierania seniorów. Wyniki podaje Wójt "
        "Gminy Włocławek, a podstawą jest art. 15 ust. 2h ustawy. Przyznano dotacje: Stowarzyszenie Seniorów – "
        "6.000,00 zł.",
        "Gmina Włocławek",
        "https://bip.gmina.wloclawek.pl/",
    ),
    (
        "Rada Gminy Krzykosy postanawia:\n\n§1 Przyjmuje się sprawozdanie z wykonania budżetu za 2017 r.",
        None,
        "near-miss: a council's resolution that grants nothing",
    ),
    (
        "Wyniki naboru do programu podaje Wójt Gminy Włocławek. Gmina zbuduje drogę z budżetu państwa.",
        None,
        "near-miss: results of no grant call",
    ),
    (
        "Rada Powiatu Gostyńskiego zdecydowała o udzieleniu absolutorium zarządowi.",
        None,
        "near-miss: a decision that is no grant",
    ),
]


@pytest.mark.parametrize(("text", "funder", "source"), ORGAN_DECIDES, ids=[row[2][:60] for row in ORGAN_DECIDES])
def test_a_local_organ_deciding_its_grants_pays(text: str, funder: str | None, source: str) -> None:
    funding = record(text).funding
    assert (funding.funder if funding else None) == funder
