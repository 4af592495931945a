"""The export's tables and columns, defined once as data: `scraper.export` builds every file from them and
`scraper.dictionary` the data dictionary, so the two cannot drift apart.

A column taken from the record model gets its type and meaning from the model (`extract.model`); a column
the export derives says how in `derivation`. Adding a table (the `projects` table, say) is adding a `Table`
with its row source and columns to `TABLES`; nothing else changes.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from extract.model import Amount, AmountKind, Contact, Partner, Record
from extract.personal_data import WARNING as PERSONAL_DATA_WARNING
from scraper.projects import Project, group_projects, project_id_of

ColumnType = Literal["VARCHAR", "DATE", "TIMESTAMP", "DECIMAL", "INTEGER", "BOOLEAN"]
Value = str | int | bool | Decimal | date | datetime | None

# Amounts: the parser keeps the printed precision, at most 3 decimal places ("1,234567 tys. zł" is
# 1234.567), and drops sums of a billion or more as allocations; 15 integer digits leave room to spare.
DECIMAL_PRECISION, DECIMAL_SCALE = 18, 3
SQL_TYPES: dict[ColumnType, str] = {
    "VARCHAR": "VARCHAR",
    "DATE": "DATE",
    "TIMESTAMP": "TIMESTAMP",
    "DECIMAL": f"DECIMAL({DECIMAL_PRECISION}, {DECIMAL_SCALE})",
    "INTEGER": "BIGINT",
    "BOOLEAN": "BOOLEAN",
}
_PYTHON_TYPES: dict[type, ColumnType] = {
    bool: "BOOLEAN",
    int: "INTEGER",
    Decimal: "DECIMAL",
    datetime: "TIMESTAMP",
    date: "DATE",
    str: "VARCHAR",
}
LIST_SEPARATOR = "\n"  # a list of strings (warnings) in one cell, one item a line


@dataclass(frozen=True)
class Column:
    """One column: what it is called, holds and means, and how its value is got from a row's source."""

    name: str
    type: ColumnType
    meaning: str
    example: str
    derivation: str
    get: Callable[[Any], Value]


@dataclass(frozen=True)
class Table:
    """One table: its rows come from `rows(records)` (the whole dataset, so a table may group records)."""

    name: str
    grain: str
    key: tuple[str, ...]
    rows: Callable[[Sequence[Record]], Iterable[Any]]
    columns: tuple[Column, ...]


@dataclass(frozen=True)
class Item:
    """A row of a child table: the record, the item's 1-based place in its list, the item."""

    record: Record
    position: int
    item: Any


def _field(model: type[BaseModel], path: str) -> tuple[ColumnType, str]:
    """The column type and description of a model field by dotted path (`period.start`)."""
    names = path.split(".")
    for name in names[:-1]:
        model = next(a for a in _plain_args(model.model_fields[name].annotation) if isinstance(a, type))
    info = model.model_fields[names[-1]]
    kinds = [a for a in _plain_args(info.annotation) if a is not type(None)]
    column_type: ColumnType = next((_PYTHON_TYPES[k] for k in kinds if k in _PYTHON_TYPES), "VARCHAR")
    return column_type, info.description or ""


def _plain_args(annotation: Any) -> list[Any]:
    """`X | None`, `Annotated[X, ...]`, `Literal[...]` and `list[X]` taken apart down to their types."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        return [t for arg in get_args(annotation) for t in _plain_args(arg)]
    if origin is Literal:
        return [type(get_args(annotation)[0])]
    if origin is list:
        return _plain_args(get_args(annotation)[0])
    if hasattr(annotation, "__metadata__"):  # Annotated
        return _plain_args(get_args(annotation)[0])
    return [annotation]


def _walk(value: Any, path: tuple[str, ...]) -> Value:
    for name in path:
        if value is None:
            return None
        value = getattr(value, name)
    if isinstance(value, list):  # a list of strings: one cell
        return LIST_SEPARATOR.join(value) if value else None
    return value  # type: ignore[no-any-return]


def field(
    path: str,
    example: str,
    *,
    name: str | None = None,
    model: type[BaseModel] = Record,
    source: str = "",
    derivation: str | None = None,
) -> Column:
    """A column copied from a model field: type and meaning from the model; `source` is the attribute of the
    row's source that holds the model (`item` for a child table's item, `record` for its record)."""
    column_type, meaning = _field(model, path)
    parts = tuple(f"{source}.{path}".split(".") if source else path.split("."))
    where = f"the record's `{path}`" if model is Record else f"the item's `{model.__name__}.{path}`"
    return Column(
        name=name or path.replace(".", "_"),
        type=column_type,
        meaning=meaning,
        example=example,
        derivation=derivation or where,
        get=lambda row: _walk(row, parts),
    )


def _kind_meanings() -> dict[str, str]:
    """`Amount.kind`'s description split per kind ("grant: dofinansowanie ...; eu_share: ...")."""
    text = Amount.model_fields["kind"].description or ""
    parts = (part.split(": ", 1) for part in text.rstrip(".").split("; "))
    return {kind.strip(): meaning for kind, meaning in parts}


AMOUNT_KINDS: tuple[str, ...] = get_args(AmountKind)
AMOUNT_RULE = (
    "the value of the record's amount of this kind when it states exactly one in PLN; empty when it states "
    "none in PLN, or several (every amount, EUR and CHF ones too, is in the `amounts` table)"
)


def single_amount(record: Record, kind: str) -> Decimal | None:
    """The record's amount of `kind` when it states exactly one in PLN: a sum an analyst may add up safely."""
    found = [a.value for a in record.amounts if a.kind == kind and a.currency == "PLN"]
    return found[0] if len(found) == 1 else None


def _amount_column(kind: str, example: str) -> Column:
    return Column(
        name=f"amount_{kind}",
        type="DECIMAL",
        meaning=f"{kind}: {_kind_meanings()[kind]}.",
        example=example,
        derivation=f"{AMOUNT_RULE[:1].upper()}{AMOUNT_RULE[1:]}.",
        get=lambda record: single_amount(record, kind),
    )


def _count(name: str, of: str, example: str) -> Column:
    return Column(
        name=name,
        type="INTEGER",
        meaning=f"How many {of.replace('_', ' ')} the record lists.",
        example=example,
        derivation=f"len(record.{of})" + ("" if of == "attachments" else f"; the items are in the `{of}` table"),
        get=lambda record: len(getattr(record, of)),
    )


_AMOUNT_EXAMPLES = {
    "total_cost": "355075.00",
    "grant": "301813.75",
    "eu_share": "256541.69",
    "own_share": "53261.25",
    "eligible": "355075.00",
    "other": "5280",
}

RECORDS = Table(
    name="records",
    grain="one row per record (extracted page)",
    key=("id",),
    rows=lambda records: records,
    columns=(
        field("id", "5934135e5be77cb5"),
        field("url", "https://opsmilicz.pl/aktualnosci/17,program"),
        field("site", "ops-milicz"),
        field("kind", "project"),
        field("schema_version", "1.2"),
        field("title", "Kooperacja – efektywna i skuteczna"),
        field("published", "2019-01-27"),
        field("period.start", "2019-01-01"),
        field("period.end", "2021-12-31"),
        field("period.text", "na lata 2019-2021"),
        field("deadline", "2024-03-15"),
        *(_amount_column(kind, _AMOUNT_EXAMPLES[kind]) for kind in AMOUNT_KINDS),
        _count("amounts_count", "amounts", "2"),
        field("funding.fund", "EFS"),
        field("funding.programme", "RPO WO 2014-2020"),
        field("funding.priority_axis", "VIII"),
        field("funding.measure", "8.1"),
        field("funding.funder", "Ministerstwo Rodziny i Polityki Społecznej"),
        field("contract_number", "RPOP.08.01.00-16-0001/20"),
        field("beneficiary.name", "Gmina Milicz"),
        field("beneficiary.name_expanded", "Ośrodek Pomocy Społecznej w Miliczu"),
        field("beneficiary.place", "Milicz"),
        field("implementer.name", "OPS w Miliczu"),
        field("implementer.name_expanded", "Ośrodek Pomocy Społecznej w Miliczu"),
        field("implementer.place", "Milicz"),
        _count("partners_count", "partners", "3"),
        field("participants", "120"),
        field("publisher.name", "Gmina Milicz"),
        field("publisher.teryt", "0213033"),
        field("publisher.municipality", "Milicz"),
        field("publisher.county", "milicki"),
        field("publisher.voivodeship", "dolnośląskie"),
        field("location.place", "Sułów"),
        field("location.municipality", "Milicz"),
        field("location.county", "milicki"),
        field("location.voivodeship", "dolnośląskie"),
        field("location.teryt", "0213033"),
        field("location.unit_type", "gmina miejsko-wiejska"),
        field("location.postcode", "56-300"),
        field("location.street", "ul. Trzebnicka 2"),
        field("location.population", "23800"),
        _count("attachments_count", "attachments", "1"),
        _count("contacts_count", "contacts", "1"),
        field("text", "Gmina Milicz realizuje projekt …"),
        field(
            "warnings",
            "no publication date on the page",
            derivation="the record's `warnings`, one a line (empty when none)",
        ),
        Column(
            name="personal_data_dropped",
            type="BOOLEAN",
            meaning="True when `--no-personal-data` removed private persons' e-mails or phone numbers from the record.",
            example="false",
            derivation="a warning of the record starts with “personal data dropped”",
            get=lambda record: any(w.startswith(PERSONAL_DATA_WARNING.split(" (", 1)[0]) for w in record.warnings),
        ),
        field("first_seen", "2026-11-20"),
        field("removed", "2026-12-01"),
        field("fetched_at", "2026-11-20 09:07:40", derivation="the record's `fetched_at`, in UTC (no zone stored)"),
        field("content_sha256", "acf071d3bfbfb8665ccbd52ed915518cb2aadcfbcae4dccb7008a029dffa7796"),
        field("extractor.name", "generic"),
        field("extractor.version", "1/0.1.0"),
    ),
)


def _items(name: str) -> Callable[[Sequence[Record]], Iterable[Item]]:
    """The rows of a child table: every item of the records' list `name`, in order."""

    def rows(records: Sequence[Record]) -> Iterable[Item]:
        for record in records:
            for position, item in enumerate(getattr(record, name), 1):
                yield Item(record, position, item)

    return rows


def _record_id() -> Column:
    return field("id", "5934135e5be77cb5", name="record_id", source="record", derivation="the record's `id`")


def _position(of: str) -> Column:
    return Column(
        name="position",
        type="INTEGER",
        meaning=f"Place of the item in the record's `{of}` list (1 = first as printed).",
        example="1",
        derivation=f"1-based index in the record's `{of}`",
        get=lambda row: row.position,
    )


AMOUNTS = Table(
    name="amounts",
    grain="one row per amount a record states",
    key=("record_id", "position"),
    rows=_items("amounts"),
    columns=(
        _record_id(),
        _position("amounts"),
        field("kind", "total_cost", model=Amount, source="item"),
        field("value", "355075.00", model=Amount, source="item"),
        field("currency", "PLN", model=Amount, source="item"),
        field("text", "355 075,00 zł", model=Amount, source="item"),
    ),
)

PARTNERS = Table(
    name="partners",
    grain="one row per partner of a partnership project",
    key=("record_id", "position"),
    rows=_items("partners"),
    columns=(
        _record_id(),
        _position("partners"),
        field("name", "ROPS województwa pomorskiego", model=Partner, source="item"),
        field(
            "name_expanded",
            "Regionalny Ośrodek Polityki Społecznej województwa pomorskiego",
            model=Partner,
            source="item",
        ),
        field("place", "Gdańsk", model=Partner, source="item"),
        field("lead", "true", model=Partner, source="item"),
    ),
)

CONTACTS = Table(
    name="contacts",
    grain="one row per contact (person or office); as the records hold them, so what `--no-personal-data` "
    "dropped is not here either",
    key=("record_id", "position"),
    rows=_items("contacts"),
    columns=(
        _record_id(),
        _position("contacts"),
        field("name", "Renata Mach", model=Contact, source="item"),
        field("phone", "+48683231880", model=Contact, source="item"),
        field("phone_text", "068 32 31 880", model=Contact, source="item"),
        field("email", "sekretariat@ops.milicz.pl", model=Contact, source="item"),
    ),
)


def _project(name: str, column_type: ColumnType, meaning: str, example: str, get: Callable[[Project], Value]) -> Column:
    return Column(
        name, column_type, meaning, example, "scraper.projects.group_projects (rule: docs/project-grouping.md)", get
    )


def _conflicts(project: Project) -> Value:
    lines = [f"{name}: {' | '.join(values)}" for name, values in sorted(project.conflicts.items())]
    return LIST_SEPARATOR.join(lines) or None


# Records that describe the same project (the gmina's news, its OPS's, the ROPS's, over years) grouped by
# contract number, then by the rule in scraper.projects: sum a project's amounts here, not the records'.
PROJECTS = Table(
    name="projects",
    grain="one row per project: the records describing the same project grouped (scraper.projects)",
    key=("project_id",),
    rows=lambda records: group_projects(records),
    columns=(
        _project(
            "project_id",
            "VARCHAR",
            "Stable id of the project: 16 hex digits of SHA-256 of its smallest contract number, else of its "
            "earliest record's id.",
            "3f1c0a9e5b7d2c41",
            lambda p: p.project_id,
        ),
        _project(
            "title", "VARCHAR", "The project's title (the best of its records').", "Kooperacja", lambda p: p.title
        ),
        _project("beneficiary", "VARCHAR", "Beneficiary's name, best value.", "Gmina Milicz", lambda p: p.beneficiary),
        _project("implementer", "VARCHAR", "Implementer's name, best value.", "OPS w Miliczu", lambda p: p.implementer),
        _project("total_cost", "DECIMAL", "Total cost in PLN, best value.", "355075.00", lambda p: p.total_cost),
        _project("grant", "DECIMAL", "Grant (dofinansowanie) in PLN, best value.", "301813.75", lambda p: p.grant),
        _project("period_start", "DATE", "Start of the realisation period.", "2019-01-01", lambda p: p.period_start),
        _project("period_end", "DATE", "End of the realisation period.", "2021-12-31", lambda p: p.period_end),
        _project("fund", "VARCHAR", "EU fund.", "EFS", lambda p: p.fund),
        _project(
            "programme", "VARCHAR", "Funding programme (canonical name).", "RPO WO 2014-2020", lambda p: p.programme
        ),
        _project(
            "contract_number", "VARCHAR", "Contract number.", "RPOP.08.01.00-16-0001/20", lambda p: p.contract_number
        ),
        _project("records_count", "INTEGER", "How many records describe it.", "2", lambda p: len(p.record_ids)),
        _project(
            "record_ids",
            "VARCHAR",
            "Its records' ids, one a line, earliest first (each also in `project_records`).",
            "5934135e5be77cb5",
            lambda p: LIST_SEPARATOR.join(p.record_ids),
        ),
        _project(
            "conflicts",
            "VARCHAR",
            "Fields whose records disagree: `field: value | value`, one a line (empty when none).",
            "grant: 301813.75 | 301813.00",
            _conflicts,
        ),
    ),
)

PROJECT_RECORDS = Table(
    name="project_records",
    grain="one row per record: the project it belongs to (join to records on record_id)",
    key=("record_id",),
    rows=lambda records: sorted(project_id_of(records).items()),
    columns=(
        Column(
            "record_id", "VARCHAR", "The record's `id`.", "5934135e5be77cb5", "the record's `id`", lambda row: row[0]
        ),
        Column(
            "project_id",
            "VARCHAR",
            "The project the record describes (`projects.project_id`).",
            "3f1c0a9e5b7d2c41",
            "scraper.projects.project_id_of",
            lambda row: row[1],
        ),
    ),
)

TABLES: tuple[Table, ...] = (RECORDS, AMOUNTS, PARTNERS, CONTACTS, PROJECTS, PROJECT_RECORDS)
