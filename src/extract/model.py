"""The record model: one validated record per extracted page; the dataset's contract with analysts.

Field names are fixed (analysts' notebooks and CI checks depend on them); bump
`SCHEMA_VERSION` on any change to names, types or meanings.  Models validate
invariants only (end after start, amounts >= 0); all parsing happens before.

One thing every model does to its input: each string goes through `extract.text` (`clean`, or
`clean_block` for a record's main text), so the dataset's text is valid UTF-8, NFC, without
control characters and with whitespace collapsed whichever parser produced it, and a copy made
with `model_copy(update=...)` is validated like a new record.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal, Self, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, WithJsonSchema, field_validator, model_validator

from extract.text import clean, clean_block

# The version records are written with first, then the older ones this model still reads unchanged (1.2 widened
# `funding.fund` by FEAD and `amounts.currency` by CHF: a 1.1 record is a valid 1.2 one, so an existing dataset
# stays readable by `scrape export` and `scrape report`). The one place the version is written; bump it on any change.
SchemaVersion = Literal["1.2", "1.1"]
SCHEMA_VERSION: SchemaVersion = get_args(SchemaVersion)[0]

RecordKind = Literal["project", "programme", "practice", "news", "other"]
AmountKind = Literal["total_cost", "grant", "eu_share", "own_share", "eligible", "other"]
Fund = Literal["EFS", "EFS+", "EFRR", "FS", "EFRROW", "FEAD"]
Currency = Literal["PLN", "EUR", "CHF"]

Text = Annotated[str, Field(min_length=1)]


class _Model(BaseModel):
    # Every key is always written (nulls included), so the schema marks every key required.
    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, json_schema_serialization_defaults_required=True
    )
    _blocks: ClassVar[frozenset[str]] = frozenset()  # fields of several lines (`clean_block`, not `clean`)

    @field_validator("*", mode="before")
    @classmethod
    def _clean_strings(cls, value: Any, info: ValidationInfo) -> Any:
        """Every string (and string in a list) as `extract.text` cleans it, before any other check."""
        # Most values are not strings (dates, numbers, models, lists of models): they go back first.
        if isinstance(value, str):
            return clean_block(value) if info.field_name in cls._blocks else clean(value)
        if isinstance(value, list):
            tidy = clean_block if info.field_name in cls._blocks else clean
            return [tidy(item) if isinstance(item, str) else item for item in value]
        return value

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy; with `update`, validated as a new model (cleaned, checked), never assigned unchecked."""
        if not update:
            return super().model_copy(deep=deep)
        return self.model_validate({**dict(self), **update})


class Period(_Model):
    """When the project or programme runs; either end may be unknown."""

    start: date | None = Field(
        None, description="First day (ISO). A year alone starts on 1 January, a month on its 1st."
    )
    end: date | None = Field(
        None,
        description="Last day (ISO). A year alone ends on 31 December, a month on its last day.",
    )
    text: str | None = Field(None, description="The phrase the period was read from, as printed.")

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Period:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        return self


class Amount(_Model):
    """One sum of money stated on the page."""

    kind: AmountKind = Field(
        description=(
            "total_cost: wartość projektu / całkowite koszty; grant: dofinansowanie or dotacja whose "
            "source is not named as EU funds; eu_share: the part explicitly from EU funds; own_share: "
            "wkład własny; eligible: wydatki kwalifikowalne; other: any other sum."
        )
    )
    # Written as a JSON number with the printed precision (extract.jsonl), so the schema says number.
    value: Annotated[Decimal, Field(ge=0), WithJsonSchema({"type": "number", "minimum": 0})] = Field(
        description="Exact value with the precision printed (355 075,00 zł -> 355075.00); a JSON number."
    )
    currency: Currency = Field(
        "PLN",
        description="ISO 4217 code: złoty, euro (cross-border projects are budgeted in it) or Swiss franc (the "
        "Swiss-Polish Cooperation Programme's sums).",
    )
    text: Text = Field(description="The snippet the amount was read from, as printed.")


class Funding(_Model):
    """Where the money comes from. Every field is null when the page does not say."""

    fund: Fund | None = Field(
        None,
        description="EU fund: EFS, EFS+, EFRR, FS (Fundusz Spójności), EFRROW, FEAD (the food aid's fund, PO PŻ).",
    )
    programme: str | None = Field(
        None, description='Canonical programme name, e.g. "RPO WO 2014-2020", "PO WER 2014-2020".'
    )
    priority_axis: str | None = Field(
        None,
        description='Priority axis number as printed in Roman or Arabic numerals, e.g. "VIII".',
    )
    measure: str | None = Field(None, description='Measure (działanie) or sub-measure, e.g. "8.1", "9.2.1".')
    funder: str | None = Field(
        None,
        description="A ministry or other payer when it is not an EU fund, normalised to its current name.",
    )


class Organisation(_Model):
    """An institution named on the page (beneficiary, implementer)."""

    name: Text = Field(description="Name as written, spacing and hyphens repaired.")
    name_expanded: str | None = Field(
        None,
        description="The name with abbreviations (OPS, MOPR, ROPS, …) spelled out, when it has any.",
    )
    place: str | None = Field(
        None, description="Seat of the institution when the page gives it separately from the name."
    )


class Partner(Organisation):
    """A partner in a partnership project."""

    lead: bool = Field(False, description="True for the lead partner (partner wiodący, lider).")


class Publisher(_Model):
    """The institution whose site published the page, from the site registry and TERYT."""

    name: Text = Field(description="Name from the site registry.")
    teryt: str | None = Field(
        None,
        pattern=r"^\d{7}$",
        description="TERYT code of the unit the site belongs to (7 digits; woj xx00000, powiat xxxx000).",
    )
    municipality: str | None = Field(None, description="Gmina name (TERYT), null above gmina level.")
    county: str | None = Field(None, description="Powiat name (TERYT), null for a voivodeship-level publisher.")
    voivodeship: str | None = Field(None, description="Województwo name, lower case (TERYT).")


class Location(_Model):
    """Where the project or practice happens, when the page states it."""

    place: str | None = Field(None, description="Town or village as printed.")
    municipality: str | None = Field(None, description="Gmina of the place (TERYT name).")
    county: str | None = Field(None, description="Powiat as the page states it.")
    voivodeship: str | None = Field(None, description="Województwo, lower case.")
    teryt: str | None = Field(None, pattern=r"^\d{7}$", description="TERYT code of the unit the place maps to.")
    unit_type: str | None = Field(None, description='Type of local-government unit as printed, e.g. "powiat grodzki".')
    postcode: str | None = Field(None, pattern=r"^\d{2}-\d{3}$", description="Kod pocztowy, e.g. 45-315.")
    street: str | None = Field(None, description="Street address as printed.")
    population: int | None = Field(None, ge=0, description="Inhabitants of the unit, as the page states it.")


class Contact(_Model):
    """A person or office to contact about the item."""

    name: str | None = Field(
        None, description="Person (honorifics dropped) or office; null when only a number is given."
    )
    phone: str | None = Field(None, pattern=r"^\+\d{8,15}$", description="E.164, e.g. +48774410260.")
    phone_text: str | None = Field(None, description="The phone number as printed.")
    email: str | None = Field(None, description="De-obfuscated address.")


class Attachment(_Model):
    """A document the article links to (PDF, DOC, …): listed, never downloaded."""

    name: Text = Field(description="The link's text, or the file name when the link has none.")
    url: Text = Field(description="Absolute, canonical URL of the file.")


class ExtractorInfo(_Model):
    """Which page object made the record, so a record can be traced to the code that read it."""

    name: Text = Field(description="Extractor name: a site's page objects, or 'generic'.")
    version: Text = Field(description="Page-object version / package version.")


class Record(_Model):
    """One extracted page: a project, programme, good practice or news item."""

    _blocks: ClassVar[frozenset[str]] = frozenset({"text"})

    id: Annotated[str, Field(pattern=r"^[0-9a-f]{16}$")] = Field(
        description="Stable id: the first 16 hex digits of SHA-256 of the canonical URL."
    )
    url: Text = Field(description="Canonical URL of the page.")
    site: Text = Field(description="Site id from the registry.")
    kind: RecordKind = Field(
        description="project (a funded project), programme (a gminny / ministry programme), practice (a good-practice "
        "entry), news (other news), other."
    )
    schema_version: SchemaVersion = Field(SCHEMA_VERSION, description="Version of this model; bumped on any change.")
    title: Text = Field(description="The page's own headline, as printed (NFC, whitespace collapsed).")
    published: date | None = Field(None, description="Publication date the page states (ISO); null when it shows none.")
    period: Period | None = Field(None, description="Realisation period; null when the page states none.")
    deadline: date | None = Field(
        None, description="Deadline for applications when the page is a call (termin zgłoszeń)."
    )
    amounts: list[Amount] = Field(
        default_factory=list, description="Every sum of money the main text states, in order."
    )
    funding: Funding = Field(default_factory=Funding, description="Fund, programme, axis, measure, non-EU funder.")
    contract_number: str | None = Field(
        None, description="Numer umowy / decyzji / projektu, e.g. RPOP.08.01.00-16-0001/20."
    )
    beneficiary: Organisation | None = Field(None, description="Wnioskodawca / beneficjent.")
    implementer: Organisation | None = Field(None, description="Realizator / jednostka realizująca or wdrażająca.")
    partners: list[Partner] = Field(default_factory=list, description="Partners of a partnership project, lead marked.")
    participants: int | None = Field(None, ge=0, description="Number of people the project supports, when stated.")
    publisher: Publisher = Field(description="The institution whose site published the page.")
    location: Location | None = Field(None, description="Where the item happens, when the page states it.")
    attachments: list[Attachment] = Field(
        default_factory=list, description="Documents linked from the main text (PDF, DOC, ODT, XLS, ZIP, …)."
    )
    contacts: list[Contact] = Field(
        default_factory=list, description="People or offices to contact, from the main text."
    )
    text: str = Field(
        description="Clean main text: no menus, widgets or related-news lists. NFC, paragraphs split by a blank line."
    )
    warnings: list[str] = Field(default_factory=list, description="What could not be parsed, one sentence each.")
    first_seen: date = Field(
        description="The day the scraper first saw the page (UTC); the fetch day when it has no history."
    )
    removed: date | None = Field(None, description="The day the page first answered 404 or 410; its record is kept.")
    fetched_at: datetime = Field(description="When the page was fetched (UTC).")
    content_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] = Field(
        description="SHA-256 of the raw body as received."
    )
    extractor: ExtractorInfo = Field(description="The page object that made the record.")
