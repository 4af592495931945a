"""Fields read straight off the main text: contract numbers, participants, and the record kind."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.fields import TextFields, find_participants, read_fields
from extract.kinds import classify
from extract.model import Amount, Funding


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # formats seen on project pages
        ("Numer umowy: RPOP.08.01.00-16-0001/20", "RPOP.08.01.00-16-0001/20"),
        ("na podstawie umowy nr POWR.02.05.00-00-0320/19-00 z dnia 31.12.2019 r.", "POWR.02.05.00-00-0320/19-00"),
        ("Nr projektu: RPDS.09.02.01-02-0001/19.", "RPDS.09.02.01-02-0001/19"),
        ("umowa FEOP.06.01-IZ.00-0001/23", "FEOP.06.01-IZ.00-0001/23"),
        ("POKL.07.01.01-16-012/09", "POKL.07.01.01-16-012/09"),
        # normalised: one spelling per number
        ("umowa nr rpop.08.01.00-16-0001/20", "RPOP.08.01.00-16-0001/20"),
        ("umowa nr RPOP.08.01.00 - 16 - 0001/20", "RPOP.08.01.00-16-0001/20"),
        # negatives: not a contract number
        ("Działanie 8.1, oś VIII", None),
        ("tel. 77 441 02 60, NIP 754-10-12-345", None),
        ("RPO WO 2014-2020", None),
        ("konto 12 1020 3147 0000 1234 5678 9012", None),
        ("RPOP.08.01.00-16-0001/2020x", None),
    ],
)
def test_contract_number(text: str, number: str | None) -> None:
    assert read_fields(text, published=None).contract_number == number


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Wsparcie projektu kierowane będzie łącznie do 100 osób uwzględniając rodziny", 100),  # seed 001
        ("Wsparciem zostanie objętych 1 250 osób z terenu gminy.", 1250),
        pytest.param(
            "W projekcie weźmie udział 40 uczestników.",
            40,
            marks=pytest.mark.xfail(strict=True, reason="only the order 'udział weźmie' is read"),
        ),
        ("Udział weźmie 40 uczestników.", 40),
        ("Z zajęć skorzysta 25 dzieci.", 25),
        # negatives: counts of people that are not the project's participants
        ("Powiatowe Grupy Decydentów (15 osób). Spotkania 1 dniowe.", None),  # seed 003
        ("Liczba mieszkańców: 125.710", None),
        ("1.552.911 gości odwiedziło nas", None),
        ("W spotkaniu udział wzięło 30 osób.", None),
        ("Wsparcie finansowe wynosi 100 000 zł.", None),
    ],
)
def test_participants(text: str, count: int | None) -> None:
    assert find_participants(text) == count


def fields(**values: object) -> TextFields:
    out = TextFields()
    for name, value in values.items():
        setattr(out, name, value)
    return out


GRANT = Amount(kind="grant", value=__import__("decimal").Decimal("51120"), text="51 120 zł")
EU = Amount(kind="eu_share", value=__import__("decimal").Decimal("1000"), text="1 000 zł")


@pytest.mark.parametrize(
    ("title", "text", "found", "kind"),
    [
        (
            "„Trudny start, lepsza przyszłość 2” – Program wsparcia rodzin",
            "",
            fields(funding=Funding(fund="EFS")),
            "project",
        ),
        (
            "Program asystent rodziny i koordynator rodzinnej pieczy zastępczej",
            "",
            fields(amounts=[GRANT]),
            "programme",
        ),
        ("Gminny Program Wspierania Rodziny na lata 2019-2021", "", fields(), "programme"),
        ("Zapraszamy do udziału w projekcie „Kooperacja”", "", fields(funding=Funding(fund="EFS")), "project"),
        ("Nowe boisko", "Wartość robót 100 000 zł.", fields(amounts=[GRANT]), "project"),
        ("Nowe boisko", "", fields(amounts=[EU]), "project"),
        ("Nowe boisko", "", fields(contract_number="RPOP.08.01.00-16-0001/20"), "project"),
        ("Ferie z Chatką Puchatka", "W dniach od 28 stycznia trwają ferie.", fields(), "news"),
        ("Dzień Seniora", "Zapraszamy na projekcję filmu.", fields(), "news"),
    ],
)
def test_kind(title: str, text: str, found: TextFields, kind: str) -> None:
    assert classify(title, text, found) == kind


@given(st.text(max_size=400))
def test_read_fields_never_raises(text: str) -> None:
    read_fields(text, published=None)
