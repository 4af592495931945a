"""A partner in apposition ("Fundacja X, partner projektu, …"), as the lead already is ("Gmina X, lider projektu,
…"); a name printed in capitals before it is taken as printed; a partner of something else than a project, a person
and a firm's partner are none."""

from __future__ import annotations

import pytest

from conventions import record
from extract.organisations import find_partners


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fundacja Razem, partner projektu, przygotowała warsztaty.", ["Fundacja Razem"]),
        ("Stowarzyszenie Lipy, partner zagraniczny projektu, przysłało grupę.", ["Stowarzyszenie Lipy"]),
        ("Gmina Lipy, będąca partnerem projektu, udostępniła salę.", ["Gmina Lipy"]),
        ("Fundacja Razem, partner w realizacji projektu. Fundacja działa od 2010 roku.", ["Fundacja Razem"]),
        ("TERRAM PACIS, partner w realizacji projektu. Ta norweska fundacja działa w Oslo.", ["TERRAM PACIS"]),
        # traps: a partner of an event or a firm, a person, no role noun
        ("Fundacja Razem, partner merytoryczny wydarzenia, przygotowała warsztaty.", []),
        ("Jan Kowalski, partner w kancelarii, udzielił porady.", []),
        ("Fundacja Razem, partner strategiczny banku, wspiera sport.", []),
        ("Fundacja Razem, organizator festynu, zaprasza.", []),
    ],
)
def test_partner_in_apposition(text: str, expected: list[str]) -> None:
    assert [partner.name for partner in find_partners(text)[0]] == expected


def test_moved_from_the_open_forms() -> None:
    # tests/test_conventions_partners_open.py's row, now passing: the whole record's partners
    text = "Lider projektu: Fundacja Nowy Dom.\n\nFundacja Pro Arte, partner w realizacji projektu, prowadzi warsztaty."
    assert {partner.name for partner in record(text).partners} == {"Fundacja Nowy Dom", "Fundacja Pro Arte"}
