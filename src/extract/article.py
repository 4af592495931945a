"""The article role: a page about one item, turned into one record.

A site's page object declares its selectors and overrides only the hooks its
markup needs (a metadata table, a date line); everything else - the field
parsers over the main text, the publisher, provenance - is shared here.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property
from typing import ClassVar
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborNode

from extract import __version__, places
from extract.dates import parse_date
from extract.fields import TextFields, read_fields
from extract.kinds import classify
from extract.model import Amount, Attachment, ExtractorInfo, Location, Publisher, Record, RecordKind
from extract.money import kind_of, parse_cell_amount
from extract.page import PageObject, block_text
from extract.urls import url_id

_DOCUMENT = re.compile(r"\.(?:pdf|docx?|odt|ods|odp|rtf|xlsx?|pptx?|zip|7z|rar|csv)$", re.IGNORECASE)


class ArticlePage(PageObject):
    title_selector: ClassVar[str] = "h1"
    body_selector: ClassVar[str] = "article"
    date_selector: ClassVar[str | None] = None
    # Removed from the body before its text is read: related lists, share bars, galleries.
    exclude: ClassVar[tuple[str, ...]] = ()
    kind: ClassVar[RecordKind | None] = None

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

    def title(self) -> str:
        return self.text_of(self.css_one(self.title_selector))

    def published(self) -> date | None:
        if self.date_selector is None:
            return None
        printed = self.text_of(self.css_optional(self.date_selector))
        found = parse_date(printed)
        if printed and found is None:
            self.notes.append(f"publication date {printed!r} not read")
        return found

    def main_text(self) -> str:
        return block_text(self.body, self.excluded)

    def location(self) -> Location | None:
        return None

    def table_amounts(self) -> list[Amount]:
        """Amounts in table cells whose column or row heading names the currency ("Kwota (zł)" | "12 345,67").

        Prose parsing cannot see them: the number and its currency sit in different cells.
        """
        found: list[Amount] = []
        for table in self.body.css("table"):
            if table.mem_id in self.excluded:
                continue
            rows = [[self.text_of(cell) for cell in row.iter() if cell.tag in ("td", "th")] for row in table.css("tr")]
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

    def attachments(self) -> list[Attachment]:
        """Links in the main text to documents: the record lists them, the crawler never downloads them."""
        found: dict[str, Attachment] = {}
        for anchor in self.body.css("a[href]"):
            if anchor.mem_id in self.excluded:
                continue
            url = self.absolute(anchor.attributes.get("href") or "")
            if not url or not _DOCUMENT.search(urlsplit(url).path):
                continue
            name = self.text_of(anchor) or unquote(urlsplit(url).path.rsplit("/", 1)[-1])
            found.setdefault(url, Attachment(name=name, url=url))
        return list(found.values())

    def adjust(self, fields: TextFields) -> TextFields:
        """Hook for a site whose structured data beats prose (a metadata table)."""
        return fields

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

    def record(self) -> Record:
        title = self.title()
        text = self.main_text()
        published = self.published()
        fields = self.adjust(read_fields(f"{title}\n\n{text}", published=published))
        stated = {amount.value for amount in fields.amounts}
        fields.amounts += [amount for amount in self.table_amounts() if amount.value not in stated]
        return Record(
            id=url_id(self.doc.url),
            url=self.doc.url,
            site=self.site_info.id,
            kind=self.kind or classify(title, text, fields),
            title=title,
            published=published,
            period=fields.period,
            deadline=fields.deadline,
            amounts=fields.amounts,
            funding=fields.funding,
            contract_number=fields.contract_number,
            beneficiary=fields.beneficiary,
            implementer=fields.implementer,
            partners=fields.partners,
            participants=fields.participants,
            publisher=self.publisher(),
            location=self.location(),
            contacts=fields.contacts,
            attachments=self.attachments(),
            text=text,
            warnings=[*self.notes, *fields.warnings],
            first_seen=self.doc.fetched_at.date(),
            fetched_at=self.doc.fetched_at,
            content_sha256=self.doc.content_sha256,
            extractor=ExtractorInfo(name=self.site, version=f"{self.version}/{__version__}"),
        )
