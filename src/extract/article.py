"""The article role: a page about one item, turned into one record, one field method per record field.

Every field of `extract.model.Record` has a method of the same name here, marked `@field`
(`site` is `site_id()`: `site` is the extractor's name on every page object).  `record()`
calls them all, by the model's field names, so a field added to the model without a method
fails every extraction and `tests/test_page_objects.py`, never silently.

By default the prose fields (period, amounts, funding, contract number, organisations,
participants, contacts, deadline) read one shared pass of the field parsers over the title
and the main text (`extract.fields.Prose`).  A site's page object declares its selectors and
overrides just the fields its markup gives better, by defining a method of the same name:

    def implementer(self) -> Organisation | None:
        if name := clean(self.metric.get("jednostka wdrażająca", "")):
            return Organisation(name=name)
        return super().implementer()  # the prose's

Field methods are memoised per page (an override is, whether or not it repeats `@field`), so
fields may read each other (`kind` reads `amounts`) and every method runs once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from functools import cached_property
from typing import Any, ClassVar, TypeVar, overload

from selectolax.lexbor import LexborNode

from extract import __version__, bounds, places
from extract.dates import parse_date
from extract.document_links import attachment
from extract.fields import Prose
from extract.kinds import classify
from extract.locations import find_location
from extract.model import (
    SCHEMA_VERSION,
    Amount,
    Attachment,
    Contact,
    ExtractorInfo,
    Funding,
    Location,
    Organisation,
    Partner,
    Period,
    Publisher,
    Record,
    RecordKind,
)
from extract.money import kind_of, parse_cell_amount
from extract.page import Document, PageObject, SiteInfo, block_text
from extract.urls import url_id

_FIELD = "__record_field__"  # set on a field method: the name of the Record field it gives
_TABLE_CHARS = 2_000_000  # cell text `table_amounts` reads on one page (a real page has far less)
_ROW_GROUPS = frozenset({"tbody", "thead", "tfoot"})

P = TypeVar("P", bound="ArticlePage")
T = TypeVar("T")


def _rows_by_table(root: LexborNode) -> list[tuple[LexborNode, list[LexborNode]]]:
    """The tables under `root` in page order, each with its own rows (not those of tables nested in it).

    One pass over the rows, each climbing at most two levels (<tr> sits in a row group or its
    <table>), where `table.css("tr")` per table would read a nested table's rows once per ancestor.
    """
    tables: dict[int, tuple[LexborNode, list[LexborNode]]] = {table.mem_id: (table, []) for table in root.css("table")}
    for row in root.css("tr"):
        owner = row.parent
        if owner is not None and owner.tag in _ROW_GROUPS:
            owner = owner.parent
        if owner is not None and owner.tag == "table" and (entry := tables.get(owner.mem_id)) is not None:
            entry[1].append(row)
    return list(tables.values())


def _field(name: str, method: Callable[[P], T]) -> Callable[[P], T]:
    @functools.wraps(method)
    def read(self: P) -> T:
        memo = self._memo  # keyed by function: an override calling super() gets the parent's own value
        if method in memo:  # (not try/except KeyError: the method would then run inside the handler, slower)
            return memo[method]  # type: ignore[no-any-return]
        value = memo[method] = method(self)
        return value

    setattr(read, _FIELD, name)
    return read


@overload
def field(method: Callable[[P], T], /) -> Callable[[P], T]: ...
@overload
def field(*, name: str) -> Callable[[Callable[[P], T]], Callable[[P], T]]: ...
def field(
    method: Callable[[P], T] | None = None, /, *, name: str | None = None
) -> Callable[[P], T] | Callable[[Callable[[P], T]], Callable[[P], T]]:
    """Mark a page-object method as the reader of the Record field of its name (or `name`), memoised per page."""
    if method is not None:
        return _field(method.__name__, method)
    assert name is not None
    return lambda method: _field(name, method)


_METHODS: dict[type, dict[str, str]] = {}
_ORDER: dict[type, tuple[tuple[str, str], ...]] = {}


def _methods(cls: type) -> dict[str, str]:
    """{method name: Record field} of the field methods `cls` has, its own and inherited."""
    if cls not in _METHODS:
        found: dict[str, str] = {}
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                if (record_field := getattr(value, _FIELD, None)) is not None:
                    found[attr] = record_field
        _METHODS[cls] = found
    return _METHODS[cls]


def _reading_order(cls: type[ArticlePage]) -> tuple[tuple[str, str], ...]:
    """(Record field, method name) in the model's order, warnings last: reading any other field may add a note."""
    if cls not in _ORDER:
        methods = cls.field_methods()
        if missing := [name for name in Record.model_fields if name not in methods]:
            raise TypeError(f"{cls.__name__} has no field method for Record.{', Record.'.join(missing)}")
        names = [name for name in Record.model_fields if name != "warnings"]
        _ORDER[cls] = tuple((name, methods[name]) for name in [*names, "warnings"])
    return _ORDER[cls]


class ArticlePage(PageObject):
    title_selector: ClassVar[str] = "h1"
    body_selector: ClassVar[str] = "article"
    date_selector: ClassVar[str | None] = None
    # Removed from the body before its text is read: related lists, share bars, galleries.
    exclude: ClassVar[tuple[str, ...]] = ()
    # `record()` reads what only the markup gives (the attachments, the tables' cells) right after the prose's
    # inputs, while the parsed page is still in the processor's cache: read after the field parsers (a
    # millisecond of other data) the same walks cost a third more.  Pure reads, so the record is the same; a
    # page object overriding `attachments` or `table_amounts` keeps the model's order unless it says otherwise.
    _markup_first: ClassVar[bool] = True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Memoise a site's override of a field method; refuse one that is not a method (`kind = "news"`)."""
        super().__init_subclass__(**kwargs)
        own = vars(cls)
        if ("attachments" in own or "table_amounts" in own) and "_markup_first" not in own:
            cls._markup_first = False
        inherited = {attr: name for base in cls.__mro__[1:] for attr, name in _methods(base).items()}
        for attr, value in list(vars(cls).items()):
            if attr not in inherited or hasattr(value, _FIELD):
                continue
            if not callable(value):
                raise TypeError(
                    f"{cls.__name__}.{attr} replaces the field method {attr}() with a {type(value).__name__}: "
                    f"define `def {attr}(self)` returning the value instead"
                )
            setattr(cls, attr, _field(inherited[attr], value))

    def __init__(self, doc: Document, site: SiteInfo) -> None:
        super().__init__(doc, site)
        self._memo: dict[Callable[..., Any], Any] = {}  # field values, keyed by the function that computed them

    @classmethod
    def field_methods(cls) -> dict[str, str]:
        """{Record field: method name} for every field method of this page object."""
        return {name: attr for attr, name in _methods(cls).items()}

    def record(self) -> Record:
        """The record: every `Record` field from its method, in the model's order; warnings last."""
        self.prose  # noqa: B018  # its inputs first (title, main text, publication date), whatever a site overrides
        if self._markup_first:
            self._table_rows  # noqa: B018
            self.attachments()
        values = {}
        for name, attr in _reading_order(type(self)):
            bounds.check()  # between fields: a page past its time budget stops here (`extract.bounds`)
            values[name] = getattr(self, attr)()
        return Record(**values)

    # -- what the fields are read from ---------------------------------------------------------------

    @cached_property
    def notes(self) -> list[str]:
        """Warnings the page object itself raises (a date line it cannot read, a bad encoding)."""
        notes = []
        if self.doc.replacements:
            notes.append(f"{self.doc.replacements} byte(s) not valid in {self.doc.encoding}; the text may be garbled")
        return notes

    @cached_property
    def body(self) -> LexborNode:
        return self.css_one(self.body_selector)

    @cached_property
    def excluded(self) -> frozenset[int]:
        """Elements inside the body that are not the article (related boxes, metadata tables)."""
        return frozenset(node.mem_id for selector in self.exclude for node in self.body.css(selector))

    def main_text(self) -> str:
        """The body's text (the `text` field memoises it)."""
        return block_text(self.body, self.excluded)

    @cached_property
    def prose(self) -> Prose:
        """The shared pass of the field parsers over the title and the main text."""
        title, text = self.title(), self.text()
        prose = f"{title}\n\n{text}"
        if len(prose) > bounds.MAX_PROSE_CHARS:  # the parsers' cost grows with it: a 5 MB text node
            self.notes.append(bounds.prose_cut(len(prose)))
            prose = prose[: bounds.MAX_PROSE_CHARS]
        return Prose(prose, published=self.published())

    @cached_property
    def _table_rows(self) -> list[list[list[str]]]:
        """The cells' text of the body's tables (not excluded ones), each row under its own table, within
        `_TABLE_CHARS` of cell text: the tables before the one that passes it."""
        tables: list[list[list[str]]] = []
        budget = _TABLE_CHARS
        for table, own_rows in _rows_by_table(self.body):
            if table.mem_id in self.excluded:
                continue
            rows: list[list[str]] = []
            for row in own_rows:
                bounds.check()
                rows.append([self.text_of(cell) for cell in row.iter() if cell.tag in ("td", "th")])
                budget -= sum(map(len, rows[-1]))
            if budget < 0:
                break
            tables.append(rows)
        return tables

    def table_amounts(self) -> list[Amount]:
        """Amounts in table cells whose column or row heading names the currency ("Kwota (zł)" | "12 345,67").

        Prose parsing cannot see them: the number and its currency sit in different cells.
        Each row is read once, under its own table (a nested table's rows are not its outer
        table's), and at most `_TABLE_CHARS` of cell text per page: nested tables stay linear.
        """
        found: list[Amount] = []
        for rows in self._table_rows:
            header = rows[0] if rows else []
            for cells in rows[1:]:
                label = cells[0] if cells else ""
                for index, cell in enumerate(cells[1:], start=1):
                    column = header[index] if index < len(header) else ""
                    for heading in (column, label):
                        value = parse_cell_amount(cell, heading)
                        if value is not None:
                            kind = kind_of(f"{label} {column}")
                            found.append(Amount(kind=kind, value=value, text=f"{cell} ({heading})"))
                            break
        return found

    # -- the fields, in the model's order ------------------------------------------------------------

    @field
    def id(self) -> str:
        return url_id(self.doc.url)

    @field
    def url(self) -> str:
        return self.doc.url

    @field(name="site")
    def site_id(self) -> str:
        return self.site_info.id

    @field
    def kind(self) -> RecordKind:
        """From the title, the text and the record's own funding, contract number and amounts."""
        return classify(
            self.title(),
            self.text(),
            fund=self.funding().fund,
            contract_number=self.contract_number(),
            amounts=self.amounts(),
        )

    @field
    def schema_version(self) -> str:
        return SCHEMA_VERSION

    @field
    def title(self) -> str:
        return self.text_of(self.css_one(self.title_selector))

    @field
    def published(self) -> date | None:
        if self.date_selector is None:
            return None
        printed = self.text_of(self.css_optional(self.date_selector))
        found = parse_date(printed)
        if printed and found is None:
            self.notes.append(f"publication date {printed!r} not read")
        return found

    @field
    def period(self) -> Period | None:
        return self.prose.period

    @field
    def deadline(self) -> date | None:
        return self.prose.deadline

    @field
    def amounts(self) -> list[Amount]:
        """The prose's amounts, then those of table cells whose value the prose does not state."""
        stated = self.prose.amounts
        values = {amount.value for amount in stated}
        return [*stated, *(amount for amount in self.table_amounts() if amount.value not in values)]

    @field
    def funding(self) -> Funding:
        return self.prose.funding

    @field
    def contract_number(self) -> str | None:
        return self.prose.contract_number

    @field
    def beneficiary(self) -> Organisation | None:
        return self.prose.beneficiary

    @field
    def implementer(self) -> Organisation | None:
        return self.prose.implementer

    @field
    def partners(self) -> list[Partner]:
        return self.prose.partners

    @field
    def participants(self) -> int | None:
        return self.prose.participants

    @field
    def publisher(self) -> Publisher:
        site = self.site_info
        if site.teryt is None:
            return Publisher(name=site.name)
        where = places.hierarchy(site.teryt)
        return Publisher(
            name=site.name,
            teryt=site.teryt,
            municipality=where.municipality,
            county=where.county,
            voivodeship=where.voivodeship,
        )

    @field
    def location(self) -> Location | None:
        """Where the item happens, when the prose says so in so many words ("na terenie Gminy X",
        "w miejscowości X"); never an institution's or the publisher's seat (`extract.locations`)."""
        return find_location(self.prose.text, county=self.publisher().county)

    @field
    def attachments(self) -> list[Attachment]:
        """Links in the main text to documents: the record lists them, the crawler never downloads them."""
        found: dict[str, Attachment] = {}
        for number, anchor in enumerate(self.body.css("a[href]")):
            if not number & 255:
                bounds.check()
            if anchor.mem_id in self.excluded:
                continue
            url = self.document_url(anchor.attributes.get("href") or "")
            if url:
                found.setdefault(url, attachment(url, self.text_of(anchor)))
        return list(found.values())

    @field
    def contacts(self) -> list[Contact]:
        return self.prose.contacts

    @field
    def text(self) -> str:
        return self.main_text()

    @field
    def warnings(self) -> list[str]:
        """The page object's notes, then the parsers'; read last, when every other field has been read."""
        return [*self.notes, *self.prose.warnings]

    @field
    def first_seen(self) -> date:
        return self.doc.fetched_at.date()

    @field
    def removed(self) -> date | None:
        return None

    @field
    def fetched_at(self) -> datetime:
        return self.doc.fetched_at

    @field
    def content_sha256(self) -> str:
        return self.doc.content_sha256

    @field
    def extractor(self) -> ExtractorInfo:
        return ExtractorInfo(name=self.site, version=f"{self.version}/{__version__}")
