"""The shared pass (extract.fields.Prose): each parser once, on demand; warnings in one fixed order."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract import fields
from extract.fields import FIELDS, WARNED, Prose, read_fields
from extract.model import Record

TEXT = (
    "Projekt „Razem” realizowany w okresie od 01.02.2024 r. do 31.12.2024 r.\n\n"
    "Wartość projektu: 100 000,00 zł, w tym dofinansowanie ze środków EFS: 85 000 zł. "
    "Numer umowy: RPOP.08.01.00-16-0001/20. Wsparciem zostanie objętych 40 osób. "
    "Zgłoszenia przyjmowane są do 15 marca 2024 r. Kontakt: tel. 77 441 02 60."
)


def test_every_field_of_the_pass_is_a_record_field() -> None:
    assert set(FIELDS) <= set(Record.model_fields)
    assert set(WARNED) <= set(FIELDS)
    assert all(isinstance(getattr(Prose, name), fields.cached_property) for name in FIELDS)


def test_the_pass_reads_every_field() -> None:
    prose = read_fields(TEXT, published=date(2024, 1, 10))
    assert prose.period is not None and (prose.period.start, prose.period.end) == (date(2024, 2, 1), date(2024, 12, 31))
    assert [(a.kind, str(a.value)) for a in prose.amounts] == [("total_cost", "100000.00"), ("eu_share", "85000")]
    assert prose.funding.fund == "EFS"
    assert prose.contract_number == "RPOP.08.01.00-16-0001/20"
    assert prose.participants == 40
    assert prose.deadline == date(2024, 3, 15)
    assert [c.phone for c in prose.contacts] == ["+48774410260"]


def test_a_parser_runs_once_and_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = fields.find_contract_number

    def counting(text: str) -> str | None:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(fields, "find_contract_number", counting)
    prose = Prose(TEXT, published=None)
    prose.period  # noqa: B018
    assert calls == []  # a site that reads the field from its markup never pays for the parser
    assert prose.contract_number == prose.contract_number == "RPOP.08.01.00-16-0001/20"
    assert len(calls) == 1


def test_the_dates_are_found_once_for_the_period_and_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = fields.dates.find_dates

    def counting(text: str, *, reference: date | None = None) -> list[fields.dates.DateMention]:
        calls.append(text)
        return real(text, reference=reference)

    monkeypatch.setattr(fields.dates, "find_dates", counting)
    prose = Prose(TEXT, published=None)
    prose.deadline  # noqa: B018
    prose.period  # noqa: B018
    assert len(calls) == 1


WARNING_TEXT = (  # one warning from each parser that can warn
    "Projekt realizowany od 31.02.2024 r.\n"
    "Wartość: 1,234 zł.\n"
    "Dofinansowanie z EFS i EFRR.\n"
    "Partnerzy: Gmina A (partner wiodący), Gmina B (partner wiodący).\n"
    "Zgłoszenia przyjmowane są do 31.02.2024 r."
)
WARNINGS = [  # period, amounts, funding, partners, deadline: the order records have always had
    'impossible date "31.02.2024" in period',
    'ambiguous amount "1,234 zł"',
    "Several EU funds named (EFS, EFRR); kept EFS.",
    "Several lead partners marked: Gmina A; Gmina B.",
    'deadline not read: impossible date "31.02.2024"',
]


def test_warnings_keep_one_order_whatever_order_the_fields_are_read_in() -> None:
    forward = read_fields(WARNING_TEXT, published=None).warnings
    backward = Prose(WARNING_TEXT, published=None)
    for name in reversed(FIELDS):
        getattr(backward, name)
    assert forward == backward.warnings == WARNINGS


def test_warnings_are_those_of_the_parsers_that_ran() -> None:
    prose = Prose(WARNING_TEXT, published=None)
    assert prose.warnings == []
    prose.deadline  # noqa: B018
    prose.funding  # noqa: B018
    assert prose.warnings == [WARNINGS[2], WARNINGS[4]]


@given(st.text(max_size=400))
def test_read_fields_never_raises(text: str) -> None:
    read_fields(text, published=None)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a big grant in a text naming no unit that gets it: a programme's or a region's pool
        ("Rząd przeznaczył 45 mln zł dofinansowania na drogi dojazdowe do pól.", ["other"]),
        # a named recipient keeps it a grant; so does a sum under the bound
        ("Gmina Lipno otrzymała 45 mln zł dofinansowania na obwodnicę.", ["grant"]),
        ("Dofinansowanie projektu wyniesie 9,9 mln zł.", ["grant"]),
        # a total cost is never a pool by its size
        ("Wartość projektu to 45 mln zł.", ["total_cost"]),
    ],
)
def test_a_big_grant_with_no_recipient_is_a_pool(text: str, kinds: list[str]) -> None:
    assert [amount.kind for amount in read_fields(text, published=None).amounts] == kinds
