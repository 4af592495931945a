"""The one shared pass: the field parsers over a page's title and main text, each run at most once.

`ArticlePage` makes one `Prose` per page and its default field methods read from it; a site
that reads a field from its markup overrides that field's method instead (`extract.article`).
A parser runs when a field first asks for it, so a field a site reads elsewhere costs nothing,
and the page's dates are found once for both the period and the deadline.

`Prose.warnings` lists what the parsers that ran could not read, always in the order of
`WARNED` (the record's warning order), whatever order the fields were asked in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Generic, TypeVar, overload

from extract import bounds, contacts, dates, funding, money, organisations, periods
from extract.contract_numbers import find_contract_number
from extract.deadlines import find_deadline
from extract.model import Amount, Contact, Funding, Organisation, Partner, Period
from extract.participants import find_participants

# The record fields the shared pass gives (each a property of `Prose` and a default field method).
FIELDS = (
    "period",
    "deadline",
    "amounts",
    "funding",
    "contract_number",
    "beneficiary",
    "implementer",
    "partners",
    "participants",
    "contacts",
)
# The parsers that can warn, in the order their warnings appear in a record.
WARNED = ("period", "amounts", "funding", "partners", "deadline")


T = TypeVar("T")


class cached_property(Generic[T]):  # functools' takes a lock on every first read (Python 3.11)
    """Computed on first read, then an ordinary attribute of the instance."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> T | cached_property[T]:
        if instance is None:
            return self
        bounds.check()  # each parser starts within the page's time budget (`extract.bounds`)
        value = instance.__dict__[self.name] = self.func(instance)
        return value


# A grant of 10 mln zł or more in a text that names no unit getting money is a programme's or a region's pool
# (rule 3 of tests/realtext/README.md) far more often than one project's: on the real dev set this reads 6 such
# sums right and 2 wrong (a region's 70 mln for its schools, one project's 32 mln EU share).  A sum whose sentence
# says one unit got it ("Projekt otrzymał …", "otrzymała Gdynia", "- Szczecin – 93,5 mln zł") is that unit's.
_UNNAMED_POOL = 10_000_000


def organisation(mention: organisations.OrgMention | None) -> Organisation | None:
    return Organisation(name=mention.name, name_expanded=mention.name_expanded) if mention else None


class Prose:
    """Every field a record reads from `text` (title and main text only: never menus, widgets or footers)."""

    def __init__(self, text: str, *, published: date | None) -> None:
        self.text = text
        self.published = published  # the reference for relative dates ("15 marca" without a year)
        self._warnings: dict[str, list[str]] = {}

    @property
    def warnings(self) -> list[str]:
        return [warning for name in WARNED for warning in self._warnings.get(name, ())]

    @cached_property
    def dates(self) -> list[dates.DateMention]:
        return dates.find_dates(self.text, reference=self.published)

    @cached_property
    def period(self) -> Period | None:
        found, self._warnings["period"] = periods.find_period(self.text, reference=self.published, mentions=self.dates)
        return Period(start=found.start, end=found.end, text=found.text) if found else None

    @cached_property
    def deadline(self) -> date | None:
        found, self._warnings["deadline"] = find_deadline(self.text, mentions=self.dates)
        return found

    @cached_property
    def amounts(self) -> list[Amount]:
        mentions, self._warnings["amounts"] = money.find_amounts(self.text)
        big = [m.kind in money.GRANT_KINDS and m.value >= _UNNAMED_POOL and not m.one_recipient for m in mentions]
        pools = big if any(big) and self.beneficiary is None else [False] * len(mentions)  # names no one: a pool
        return [
            Amount(kind="other" if pool else m.kind, value=m.value, currency=m.currency, text=m.text)
            for m, pool in zip(mentions, pools, strict=True)
        ]

    @cached_property
    def funding(self) -> Funding:
        found, self._warnings["funding"] = funding.find_funding(self.text)
        return Funding(
            fund=found.fund,
            programme=found.programme,
            priority_axis=found.priority_axis,
            measure=found.measure,
            funder=found.funder,
        )

    @cached_property
    def contract_number(self) -> str | None:
        return find_contract_number(self.text)

    @cached_property
    def beneficiary(self) -> Organisation | None:
        return organisation(organisations.find_beneficiary(self.text))

    @cached_property
    def implementer(self) -> Organisation | None:
        return organisation(organisations.find_implementer(self.text))

    @cached_property
    def partners(self) -> list[Partner]:
        beneficiary = self.beneficiary.name if self.beneficiary else None  # no partner of its own project
        found, self._warnings["partners"] = organisations.find_partners(self.text, beneficiary)
        return [Partner(name=p.name, name_expanded=p.name_expanded, lead=p.lead) for p in found]

    @cached_property
    def participants(self) -> int | None:
        return find_participants(self.text)

    @cached_property
    def contacts(self) -> list[Contact]:
        return contact_records(self.text)


def contact_records(text: str) -> list[Contact]:
    """The record's contacts from the contact parser's mentions (a site's metadata row or the main text)."""
    return [
        Contact(name=c.name, phone=c.phone, phone_text=c.phone_text, email=c.email)
        for c in contacts.find_contacts(text)
    ]


def read_fields(text: str, *, published: date | None) -> Prose:
    """The shared pass with every parser run (benchmarks, tests); pages read theirs lazily."""
    prose = Prose(text, published=published)
    for name in FIELDS:
        getattr(prose, name)
    return prose
