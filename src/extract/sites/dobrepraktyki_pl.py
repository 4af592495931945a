"""Baza Dobrych Praktyk (archiwum.dobrepraktyki.pl): good-practice entries with a "Metryka praktyki" table.

The metric table is structured data and beats prose: date entered, unit type, place,
implementing unit, population and contacts come from it, not from the description.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property

from extract import places
from extract.article import ArticlePage
from extract.dates import parse_date
from extract.fields import contact_records
from extract.model import Contact, Location, Organisation, RecordKind
from extract.page import ListingPage
from extract.registry import site
from extract.text import clean

HOSTS = ("archiwum.dobrepraktyki.pl",)
_POSTCODE = re.compile(r"\b(\d{2}-\d{3})\b")


@site("dobrepraktyki", hosts=HOSTS)
class PracticePage(ArticlePage):
    version = "1"
    title_selector = "h1.tytul-praktyki"
    body_selector = "div.praktyka"
    exclude = ("table.metryka", "div.metryka_naglowek")

    @cached_property
    def metric(self) -> dict[str, str]:
        return self.label_table("table.metryka")

    def kind(self) -> RecordKind:
        return "practice"

    def published(self) -> date | None:
        return parse_date(self.metric.get("data wprowadzenia do bdp", ""))

    def location(self) -> Location | None:
        m = self.metric
        place = clean(m.get("miejscowość", "")) or None
        county = clean(m.get("powiat", "")) or None
        voivodeship = clean(m.get("województwo", "")).lower() or None
        gmina = places.find_gmina(place, voivodeship, county) if place and voivodeship else None
        where = places.hierarchy(gmina.code) if gmina else None
        postcode = _POSTCODE.search(m.get("kod pocztowy i poczta", ""))
        population = re.sub(r"\D", "", m.get("liczba mieszkańców", ""))
        return Location(
            place=place,
            municipality=where.municipality if where else None,
            county=county,
            voivodeship=voivodeship,
            teryt=gmina.code if gmina else None,
            unit_type=clean(m.get("typ jednostki", "")) or None,
            postcode=postcode.group(1) if postcode else None,
            street=clean(m.get("ulica", "")) or None,
            population=int(population) if population else None,
        )

    def implementer(self) -> Organisation | None:
        if name := clean(self.metric.get("jednostka wdrażająca", "")):
            return Organisation(name=name, place=clean(self.metric.get("miejscowość", "")) or None)
        return super().implementer()

    def contacts(self) -> list[Contact]:
        if people := self.metric.get("osoby kontaktowe"):
            return contact_records(f"Osoby kontaktowe: {people}")
        return super().contacts()


@site("dobrepraktyki", hosts=HOSTS)
class CategoryPage(ListingPage):
    links_selector = "table.lista_praktyk a[href]"
