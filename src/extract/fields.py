"""Every field a record reads from prose, in one pass of the shared parsers over the main text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from extract import contacts, dates, funding, money, organisations, periods
from extract.model import Amount, Contact, Funding, Organisation, Partner, Period

# "numer umowy / projektu / decyzji" keys of EU and state programmes, e.g. RPOP.08.01.00-16-0001/20,
# POWR.02.05.00-00-0320/19-00, FEOP.06.01-IZ.00-0001/23.
_CONTRACT = re.compile(
    r"\b((?:RP[A-Z]{2}|POWR|POIS|POIR|POPC|POPW|POKL|POPT|FE[A-Z]{2,4})\s?\.\s?\d{2}\.\d{2}(?:\.\d{2})?"
    r"\s?-\s?[A-Z0-9.]+\s?-\s?\d{3,4}/\d{2}(?:-\d{2})?)(?![\w/])",
    re.IGNORECASE,
)
_PARTICIPANTS = re.compile(
    r"\b(?:wsparci\w*|objęt\w*|skorzysta\w*|uczestni\w*|udział\s+weźmie)\b[^.\n]{0,60}?"
    r"\b(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)\s+(?:osób|osoby|uczestników|uczestniczek|dzieci|rodzin)\b",
    re.IGNORECASE,
)
_DEADLINE_CUE = re.compile(
    r"(?:zgłosze\w*|nadsyła\w*|składa\w*\s+(?:wniosków|ofert|zgłoszeń)|termin\w*\s+(?:składania|naboru|zgłoszeń)|przyjmowane\s+są)"
    r"[^.\n]{0,40}?(?:do\s+dnia|do|w\s+terminie\s+do)\s*$",
    re.IGNORECASE,
)


def normalise_contract(raw: str) -> str:
    """One spelling per contract number, so it joins to the official lists: upper case, no spaces."""
    return re.sub(r"\s+", "", raw).upper()


def find_participants(text: str) -> int | None:
    """How many people a project supports ("wsparciem zostanie objętych 120 osób"), not any count of people."""
    if match := _PARTICIPANTS.search(text):
        return int(re.sub(r"\D", "", match.group(1)))
    return None


@dataclass
class TextFields:
    period: Period | None = None
    amounts: list[Amount] = field(default_factory=list)
    funding: Funding = field(default_factory=Funding)
    contract_number: str | None = None
    beneficiary: Organisation | None = None
    implementer: Organisation | None = None
    partners: list[Partner] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    participants: int | None = None
    deadline: date | None = None
    warnings: list[str] = field(default_factory=list)


def organisation(mention: organisations.OrgMention | None) -> Organisation | None:
    return Organisation(name=mention.name, name_expanded=mention.name_expanded) if mention else None


def read_fields(text: str, *, published: date | None) -> TextFields:
    """All prose fields of `text` (title and main text only: never menus, widgets or footers)."""
    out = TextFields()

    found_dates = dates.find_dates(text, reference=published)  # once: the period and the deadline share them
    period, warnings = periods.find_period(text, reference=published, mentions=found_dates)
    out.warnings += warnings
    if period:
        out.period = Period(start=period.start, end=period.end, text=period.text)

    mentions, warnings = money.find_amounts(text)
    out.warnings += warnings
    out.amounts = [Amount(kind=m.kind, value=m.value, text=m.text) for m in mentions]

    found, warnings = funding.find_funding(text)
    out.warnings += warnings
    out.funding = Funding(
        fund=found.fund,  # type: ignore[arg-type]  # the parser returns only the Fund literals
        programme=found.programme,
        priority_axis=found.priority_axis,
        measure=found.measure,
        funder=found.funder,
    )

    if match := _CONTRACT.search(text):
        out.contract_number = normalise_contract(match.group(1))
    out.beneficiary = organisation(organisations.find_beneficiary(text))
    out.implementer = organisation(organisations.find_implementer(text))
    partners, warnings = organisations.find_partners(text)
    out.warnings += warnings
    out.partners = [Partner(name=p.name, name_expanded=p.name_expanded, lead=p.lead) for p in partners]
    out.contacts = [
        Contact(name=c.name, phone=c.phone, phone_text=c.phone_text, email=c.email)
        for c in contacts.find_contacts(text)
    ]
    out.participants = find_participants(text)

    for mention in found_dates:
        if _DEADLINE_CUE.search(text[max(0, mention.start - 80) : mention.start]):
            if mention.value is None:
                out.warnings.append(f"deadline not read: {mention.warning}")
            else:
                out.deadline = mention.last
            break
    return out
