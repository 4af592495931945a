"""Who a sum is for decides whether it is a grant or `other` (rule 3 of tests/realtext/README.md), in invented passages.

Each row is a passage written for this file in the shape a real-text tune passage had (its host in the last
column), with the amounts it must give as "kind value" pairs; the near-misses are the traps each rule could fall
into and must keep their kind.  Read through the entry point `scrape evaluate` uses (tests/conventions.py).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from conventions import record


def _want(pairs: str) -> list[tuple[str, Decimal]]:
    return sorted((kind, Decimal(value)) for kind, value in (pair.split() for pair in pairs.split("; ")))


def _got(text: str) -> list[tuple[str, Decimal]]:
    return sorted((a.kind, a.value) for a in record(text).amounts)


# A big grant in a passage naming no beneficiary reads as a pool (fields._UNNAMED_POOL), unless the amount's own
# sentence says one unit got it: a singular verb of receiving, or a list item that is a name and its sum.
ONE_RECIPIENT = [
    (
        "Przebudowa ulicy Portowej dobiegła końca. Projekt otrzymał dofinansowanie w wysokości 40 % wydatków "
        "kwalifikowanych, tj. kwotę 12 480 000,00 zł.",
        "grant 12480000.00",
        "www.gdynia.pl",
    ),
    (
        "Zarząd województwa rozdał 150 milionów złotych na szkoły zawodowe. Najwięcej, bo 45 milionów złotych, "
        "otrzymał Słupsk; reszta trafi do powiatów.",
        "other 150000000; grant 45000000",
        "rkold.radiokaszebe.pl",
    ),
    (
        "Rządowe pieniądze trafiły do samorządów regionu.\n\nNajwięcej dostały:\n- Olsztyn – 42 mln zł\n"
        "- Elbląg (gm. miejska) – 17,5 mln zł",
        "grant 42000000; grant 17500000",
        "echomedia.info",
    ),
    # near-misses: the payer as the subject, a list item labelled by a cue, a region (neuter "otrzymało"), "przypadło"
    ("Blisko 25 mln zł przyznało Ministerstwo Spraw Wewnętrznych na usuwanie skutków klęsk.", "other 25000000", ""),
    (
        "Sprzęt kupiono za pieniądze z kilku źródeł:\n• dotacja MSWiA – 19,6 mln zł,\n• Dotacja KSRG – 14,5 mln zł.",
        "other 19600000; other 14500000",
        "",
    ),
    ("Województwo otrzymało z rezerwy 60 mln zł na drogi lokalne.", "other 60000000", ""),
    ("Na powiat bolesławiecki przypadło ponad 80 milionów złotych.", "other 80000000", ""),
]


@pytest.mark.parametrize(("text", "want", "host"), ONE_RECIPIENT, ids=[row[0][:50] for row in ONE_RECIPIENT])
def test_a_big_grant_one_named_unit_got_is_no_pool(text: str, want: str, host: str) -> None:
    assert _got(text) == _want(want)
