"""The generic extractor's publication date: a cascade from the most to the least trusted source.

Every candidate must be plausible (1995 <= year, not after the fetch day) or the next one is tried:
  1. JSON-LD datePublished;
  2. <meta> article:published_time, og:published_time, itemprop=datePublished, DC.date, …;
  3. <time datetime> in the article (not inside a paragraph of text, not a modification time);
  4. a metadata row "Data publikacji" / "Opublikowano" / "Data udostępnienia" / "Data wprowadzenia",
     then "Data wytworzenia" (BIP tables, definition lists, metadata boxes);
  5. a date line near the headline: a date-classed element ("Dodano", K2's "piątek, 16 listopad
     2018 09:05", Joomla's dl.article-info), a cue line ("Opublikowano: …", "Napisane przez …"),
     or a line holding only a date next to the headline;
  6. a date in the URL's path (/2023/05/12/).
Related lists, calendars and footers are boilerplate, so they are never searched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import cached_property
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from extract.boilerplate_words import DATE, DROP, METADATA, MUTE, UPDATED
from extract.date_lines import (
    PUBLISHED_CUE,
    badge_date,
    bracketed_date,
    byline_date,
    cued_date,
    date_only,
    dateline,
    machine_stamp,
    stamped_headline,
)
from extract.dates import parse_date
from extract.generic_title import TitledPage
from extract.page import block_text
from extract.text import clean
from extract.title_text import norm_title

MIN_YEAR = 1995

_PUBLISHED_LABEL = re.compile(
    r"^\W{0,3}(?:informacj[eęa]\s+)?(?:data\s+publ(?=\.)|data\s+i\s+(?:godzina|czas)\s+publikacji|czas\s+publikacji"
    r"|data\s+(?:publikacji(?:\s*/\s*aktualizacji)?|opublikowania|udostępnienia|upublicznienia|wprowadzenia|dodania"
    r"|zamieszczenia"
    r"|umieszczenia|wydania|publikowania)|opublikowan[oay]|opublikował\w*|udostępnion[oay]|udostępnił\w*"
    r"|wprowadzon[oay]|wprowadził\w*|zamieszczon[oay]|dodan[oay]|publikacja|published|posted)\b",
    re.IGNORECASE,
)
_CREATED_LABEL = re.compile(
    r"^\W{0,3}(?:data\s+(?:wytworzenia|utworzenia|sporządzenia|dokumentu|powstania)|wytworzon[oay]"
    r"|wytworzył\w*|informację\s+wytworzył\w*|utworzon[oay]|sporządzon[oay]|created|data(?=\s*:|\s+\d))",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_CREATED_CUE = re.compile(r"^\W{0,3}(?:utworzono|data\s+utworzenia|wytworzono|data\s+wytworzenia)", re.IGNORECASE)
_NOT_PUBLISHED = re.compile(
    r"modyfik|aktualiz|zmian|zmienion|edyt|ostatni|ważn|wygas|termin|obowiązuj|updated|modified|spotkani"
    r"|wydarzeni|odbęd|zgłosze"
    # an act's publication in an official journal ("Publikacja w Dz. Urz. Woj. …, opublikowano dnia: …")
    r"|\bdz\.\s?u|dzienni\w*\s+urz|monitor\w*\s+pol",
    re.IGNORECASE,
)
# The post's date in a URL path, in the forms CMSs print it: /2021/07/26/, 2021-07-26, 2021_07_26, 2021.07.26,
# 20210726 (eight digits alone), 26-07-2021, ,26.07.2021.html. A month without its day is no date.
_URL_DATE = re.compile(
    r"(?<!\d)(?:(?P<y>(?:19|20)\d{2})(?P<s>[-/._])(?P<m>0?[1-9]|1[0-2])(?P=s)(?P<d>0?[1-9]|[12]\d|3[01])"
    r"|(?P<cy>(?:19|20)\d{2})(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])"
    r"|(?P<rd>0[1-9]|[12]\d|3[01])(?P<rs>[-._])(?P<rm>0[1-9]|1[0-2])(?P=rs)(?P<ry>(?:19|20)\d{2}))(?!\d)",
)
# A slug naming an event before the date carries the event's date ("spotkanie-efs-15-12-2017"), never the post's.
_EVENT_SLUG = re.compile(
    r"spotkani|szkoleni|konferencj|warsztat|zebrani|sesj|festyn|piknik|wydarzeni|termin|zaprosz|odbedzie|odbędzie",
    re.IGNORECASE,
)
# A section named by its creation's date and time (Joomla's alias of a title it could not spell:
# "/2012-02-03-09-03-31/od-juniora-do-seniora"): the section's date, not the post's (tests/realtext/README.md); as
# the post's own last segment it is the post's.
_TIME_AFTER = re.compile(r"[-_.](?:[01]\d|2[0-3])[-_.][0-5]\d[-_.][0-5]\d(?=/.)")
# Published-date <meta> names, most specific first; the last ones are ambiguous (a render date on
# some CMSs), so they are not believed when they say the fetch day itself.
_META_DATES = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "published_time",
    "article.published",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "publication_date",
    "publish-date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dcterms.date",
    "date",
)
# Class names of an event's dates ("event-date", "termin", "dateStart"), not the page's publication.
_EVENT = re.compile(
    r"(?i:event|wydarz|termin|deadline|koniec|pocz|(?<![a-z])(?:start|end)(?![a-z]))|(?<=[a-z])(?:Start|End)"
)
# The label a cue's date may carry on the line after the cue ("dnia: 2019/11/06 08:39:36").
_DAY_LABEL = re.compile(r"^\W{0,3}(?:dnia|w\s+dniu|data)?\s*:?\s*", re.IGNORECASE)
# A signature: words (a name, "opr.", "Źródło:") and a comma before the day.
_SIGNED = re.compile(r"^[^\d,]{3,60},\s*\d")
_NEXT_LABEL = re.compile(r"[^\d:]{2,40}:")
_AMBIGUOUS_META = frozenset({"dc.date", "dcterms.date", "date"})
_DATE_LINES_TRIED = 100
_ARTICLE_TYPES = re.compile(r"article|posting|report|news|webpage|event", re.IGNORECASE)


def _next_line_value(line: str) -> date | None:
    """The date a label with no value points at on the next line ("dnia: 2019/11/06 08:39:36", "2021-07-26
    13:47"), not the value of the next label ("wytworzono: 2012/05/07")."""
    line = _DAY_LABEL.sub("", line, count=1)
    return None if _NEXT_LABEL.match(line) else parse_date(line)


def header_row_date(header: str, values: str) -> date | None:
    """A metadata table flattened to two lines, its labels over its values ("Data wytworzenia | … | Data
    udostępnienia (Udostępniający) | …" over "2010-12-20 | … | 2010-12-21 08:20:04 (Anna Lis) | …"): the
    date under the publication label."""
    if header.count("|") < 2 or "|" not in values:
        return None
    cells = [cell.strip() for cell in values.split("|")]
    for head, cell in zip((cell.strip() for cell in header.split("|")), cells, strict=False):
        if _PUBLISHED_LABEL.match(head) and not _NOT_PUBLISHED.search(head):
            return parse_date(cell)
    return None


def _header_column_date(node: LexborNode) -> date | None:
    """The same in markup: a table row of labels over a row of values, the date under the publication label."""
    for table in ([node] if node.tag == "table" else node.css("table"))[:5]:
        rows = table.css("tr")[:20]
        for number, row in enumerate(rows[:-1]):
            heads = [clean(cell.text(deep=True)) for cell in row.css("th, td")]
            if len(heads) < 2 or not any(_PUBLISHED_LABEL.match(head) for head in heads):
                continue
            cells = [clean(cell.text(deep=True)) for cell in rows[number + 1].css("th, td")]
            for head, cell in zip(heads, cells, strict=False):
                if _PUBLISHED_LABEL.match(head) and not _NOT_PUBLISHED.search(head) and (found := parse_date(cell)):
                    return found
    return None


# "Czwartek, 2021-08-05 (Imieniny: Emila, Karoliny)", "Poniedziałek 15.07.24" over "Imieniny: Henryka, …": the
# site's widget of today's date and name days (many Polish municipal sites and BIPs print it atop every page),
# the day the page was seen, never the post's.
# (the widget's label, "Imieniny:", "Imieniny obchodzą:", not a post about a name-day party)
_NAME_DAYS = re.compile(r"(?<!\w)imieniny(?:\s+obchodz\w*)?\s*:", re.IGNORECASE)


def _name_days(lines: list[str], number: int) -> bool:
    """Whether the line `number` is a today widget's date: it or the line after it names the day's name days."""
    return any(_NAME_DAYS.search(line) for line in lines[number : number + 2])


class DatedPage(TitledPage):
    """The generic page with its publication date (and the article's zone, which the attachments read too)."""

    def published(self) -> date | None:
        steps: tuple[Callable[[], Iterator[tuple[date, str]]], ...] = (
            self._date_by_selector,
            self._date_json_ld,
            self._date_meta,
            self._date_time_element,
            self._date_metadata_rows,
            self._date_near_headline,
            self._date_url,
        )
        for step in steps:
            for found, source in step():
                if self._plausible(found, source):
                    return found
        return None

    def _plausible(self, found: date, source: str) -> bool:
        fetched = self.doc.fetched_at
        latest = (fetched + timedelta(hours=2)).date()  # Polish time is at most two hours ahead of UTC
        if MIN_YEAR <= found.year <= latest.year and found <= latest:
            return True
        self.notes.append(f"publication date {found.isoformat()} from {source} is not plausible; ignored")
        return False

    def _date_by_selector(self) -> Iterator[tuple[date, str]]:
        for node in self._select("date")[:5]:
            printed = clean(node.attributes.get("datetime") or node.attributes.get("content") or node.text(deep=True))
            found = parse_date(printed)
            if found is None:
                if printed:
                    self.notes.append(f"publication date {printed[:80]!r} not read")
                continue
            yield found, "the date selector"

    def _date_json_ld(self) -> Iterator[tuple[date, str]]:
        objects = sorted(self.json_ld, key=lambda o: not _ARTICLE_TYPES.search(str(o.get("@type", ""))))
        for item in objects:
            value = item.get("datePublished")
            if isinstance(value, str) and (found := parse_date(value[:40])):
                yield found, "JSON-LD datePublished"

    def _date_meta(self) -> Iterator[tuple[date, str]]:
        metas = self.metas
        fetched = self.doc.fetched_at.date()
        for name in _META_DATES:
            value = metas.get(name)
            if value and (found := parse_date(value[:40])):
                if name in _AMBIGUOUS_META and found >= fetched:
                    continue  # a render date, not a publication date
                yield found, f"<meta {name}>"
        # itemprop=datePublished on an element of the article (not of a related teaser or a sidebar)
        layout = self.layout
        for position in self._dated_in_zone:
            block = layout.blocks[position]
            attributes = block.node.attributes
            if (attributes.get("itemprop") or "").lower() == "datepublished":
                value = attributes.get("datetime") or attributes.get("content") or block.node.text(deep=True)
                if value and (found := parse_date(clean(value)[:60])):
                    yield found, "itemprop=datePublished"
        # A <meta itemprop> gives a date only with a content attribute, so it is among the page's meta[content]:
        # when none of those has an itemprop, the walk of the body below would find nothing to read.
        if not any("itemprop" in node.attributes for node in self.meta_nodes):
            return
        body = self.doc.tree.body  # the page's one <body> (the parser merges a second): "body meta", one walk less
        for node in body.css("meta[itemprop=datePublished]")[:10] if body is not None else []:
            parent = node.parent
            index = layout.index.get(parent.mem_id) if parent is not None else None
            if index is None or self._in_excluded(index) or layout.blocks[index].kind == DROP:
                continue
            if (found := parse_date((node.attributes.get("content") or "")[:40])) is not None:
                yield found, "itemprop=datePublished"

    @cached_property
    def _zone(self) -> int | None:
        """The article around the container: its common ancestor with the headline, when not much larger."""
        layout, container = self.layout, self._page_index
        if container is None:
            return None
        blocks = layout.blocks
        limit = 1.5 * blocks[container].prose + 1500
        headline = self._headline[1]
        if headline is not None:
            common = layout.lca(headline, container)
            if common is not None and blocks[common].tag not in ("body", "html") and blocks[common].prose <= limit:
                return common
        parent = blocks[container].parent
        if parent >= 0 and blocks[parent].tag not in ("body", "html") and blocks[parent].prose <= limit:
            return parent
        return container

    @cached_property
    def _dated_in_zone(self) -> list[int]:
        """Date-classed elements and <time> in the article, nearest to the headline first."""
        zone = self._zone
        if zone is None:
            return []
        layout = self.layout
        found = [
            i
            for i in layout.dated
            if layout.contains(zone, i) and layout.blocks[i].kind != DROP and not self._in_excluded(i)
        ]
        anchor = self._headline[1]
        if anchor is None or not layout.contains(zone, anchor):
            anchor = self._page_index if self._page_index is not None else zone
        return sorted(found, key=lambda i: layout.between(min(i, anchor), max(i, anchor)))

    def _date_time_element(self) -> Iterator[tuple[date, str]]:
        layout = self.layout
        ranked: list[tuple[int, int]] = []
        dated = self._dated_in_zone
        for order, position in enumerate(dated):
            block = layout.blocks[position]
            if block.tag != "time" or block.flags & UPDATED:
                continue
            if layout.blocks[block.owner].own >= 120 and block.owner != position:
                continue  # a date inside a sentence of the text: an event, not the publication
            attributes = block.node.attributes
            published = (
                "pubdate" in attributes
                or (attributes.get("itemprop") or "").lower() == "datepublished"
                or "publish" in (attributes.get("class") or "").lower()
            )
            ranked.append((0 if published else 1, order))
        for _, order in sorted(ranked):
            node = layout.blocks[dated[order]].node
            value = node.attributes.get("datetime") or ""
            if (found := parse_date(value[:40])) is not None:
                yield found, "<time datetime>"

    def _metadata_sources(self) -> list[tuple[LexborNode, bool]]:
        """Metadata boxes and tables of the article, then BIP metadata tables anywhere: (node, is it metadata)."""
        layout, zone = self.layout, self._zone
        blocks = layout.blocks
        inside: set[int] = set()
        if zone is not None:
            inside = {i for i in (*layout.mutes, *layout.tables) if layout.contains(zone, i)}
        outside = [i for i in layout.mutes if blocks[i].flags & METADATA and i not in inside]
        _ = self._inner_exclusions  # finds the metadata boxes inside the container by their labels
        found = layout.metadata if self.container.layout is layout else []
        chosen = [i for i in sorted(inside) if not self._in_excluded(i)] + list(found) + outside
        return [(blocks[i].node, blocks[i].kind == MUTE or i in found) for i in chosen[:40]]

    def _date_metadata_rows(self) -> Iterator[tuple[date, str]]:
        created: list[tuple[date, str]] = []
        for node, metadata in self._metadata_sources():
            text = node.text(deep=True)
            if len(text) > 8000 or not re.search(r"\d", text):
                continue
            if (found := _header_column_date(node)) is not None:
                yield found, "a metadata table's header row"
            lines = [line for line in block_text(node).split("\n") if line.strip()][:80]
            for number, line in enumerate(lines):
                if (found := header_row_date(line, lines[number + 1] if number + 1 < len(lines) else "")) is not None:
                    yield found, "a metadata table's header row"
                    continue
                label = _PUBLISHED_LABEL.match(line)
                # a publication row's own value first: "data publikacji: 22.06.2018, ostatnia aktualizacja: …"
                if not_published := _NOT_PUBLISHED.search(line, label.end() if label else 0, 60):
                    if label is None or not _DIGIT.search(line, label.end(), not_published.start()):
                        continue  # (no value of its own: "Data publikacji zmiany …" is another row's)
                    line = line[: not_published.start()]
                tier = 0
                if label is None and (found := cued_date(line)) is not None:
                    yield found, "a publication cue in a metadata row"  # "Metryka: …, Data publikacji: …"
                    continue
                if label is None:
                    label, tier = _CREATED_LABEL.match(line), 1
                if label is None or (not metadata and label.group(0).strip().lower() == "data"):
                    continue  # a bare "Data" in a table of the text: a schedule, not the publication
                value = line[label.end() :]
                found = parse_date(value)
                if found is None and not re.search(r"\d", value) and number + 1 < len(lines):
                    found = _next_line_value(lines[number + 1])
                if found is None:
                    continue
                source = f"the metadata row {clean(line[: label.end()])!r}"
                if tier == 0:
                    yield found, source
                else:
                    created.append((found, source))
        yield from created

    def _zone_lines(self) -> list[str]:
        zone = self._zone
        if zone is None:
            return []
        layout = self.layout
        blocks = layout.blocks
        skip = {blocks[i].node.mem_id for i in range(zone, blocks[zone].end) if blocks[i].kind == DROP}
        skip.update(blocks[i].node.mem_id for i in self._inner_exclusions if self.container.layout is layout)
        return [line for line in block_text(blocks[zone].node, frozenset(skip)).split("\n") if line.strip()][:600]

    def _date_near_headline(self) -> Iterator[tuple[date, str]]:
        layout = self.layout
        # Date-classed elements ("span.date", K2 itemDateCreated), the nearest to the headline first: a
        # page of thousands of them (nested or not) would parse each.
        for position in self._dated_in_zone[:_DATE_LINES_TRIED]:
            block = layout.blocks[position]
            if block.flags & UPDATED or not block.flags & DATE or block.text > 160:
                continue
            attributes = block.node.attributes
            if _EVENT.search(f"{attributes.get('class') or ''} {attributes.get('id') or ''}"):
                continue  # the date of the event the page announces
            text = clean(block.node.text(deep=True, separator=" "))
            if not text or len(text) > 160 or _NOT_PUBLISHED.search(text):
                continue
            if (found := parse_date(text)) is not None:
                yield found, "a date line"
        lines = self._zone_lines()
        if any(_NAME_DAYS.search(line) for line in lines[:12]):  # a widget of today's date and name days atop the page
            lines = ["" if _name_days(lines, number) else line for number, line in enumerate(lines)]
        created: list[tuple[date, str]] = []
        for number, line in enumerate(lines):  # cue lines: "Opublikowano: …", "Dodano: …", "Napisane przez … dnia …"
            if (found := header_row_date(line, lines[number + 1] if number + 1 < len(lines) else "")) is not None:
                yield found, "a metadata table's header row"
                continue
            published_cue = PUBLISHED_CUE.match(line)
            # "… Data publikacji: 2016-04-27, …", "Wytworzono: … | Opublikowano: …"
            if (len(line) > 160 or not published_cue) and (found := cued_date(line)) is not None:
                yield found, "a publication cue"
                continue
            if len(line) > 160 or (not published_cue and not _CREATED_CUE.match(line)):
                continue
            # "Opublikowano: … Aktualizacja: …": the first part ("Data publikacji/aktualizacji:" is one label)
            if not_published := _NOT_PUBLISHED.search(line, published_cue.end() if published_cue else 0):
                line = line[: not_published.start()]
            if (found := parse_date(line)) is None and published_cue:
                found = dateline(line[published_cue.end() :].lstrip(" :"))  # "Dodano: 12.03.21", a dateline's form
            if found is None and not re.search(r"\d", line) and number + 1 < len(lines):
                found = date_only(_DAY_LABEL.sub("", lines[number + 1], count=1))  # "… wprowadził: X," / "dnia: …"
            if found is None:
                continue
            if _CREATED_CUE.match(line):
                created.append((found, "a date line"))
            else:
                yield found, "a date line"
        yield from created
        headline = norm_title(self._headline[0]) if self._headline[0] else ""
        at = next((number for number, line in enumerate(lines) if headline and norm_title(line) == headline), None)
        if at is not None:  # a dateline right before or after the headline
            for offset in (1, -1, 2, -2):
                if 0 <= at + offset < len(lines) and (found := dateline(lines[at + offset])):
                    yield found, "the date next to the headline"
            if (found := stamped_headline(lines[at])) is not None:
                yield found, "the date ending the headline"
        else:  # no headline in the article: a dateline among its first lines, before its prose
            prose = False  # after the prose begins, only a bracketed stamp ("[10.11.2020 r.]") is a dateline
            for line in lines[:6]:
                if len(line) > 120:
                    prose = True
                    continue
                if (found := bracketed_date(line) if prose else dateline(line)) is not None:
                    yield found, "the dateline atop the article"
                    break
            if lines and (found := stamped_headline(lines[0])) is not None:
                yield found, "the date ending the first line"
        for line in lines:  # a byline anywhere: "… Poprawiony: … Wpisany przez …" after the text
            if (found := byline_date(line)) is not None:
                yield found, "a byline"
        if (found := self._signed_last_line(lines)) is not None:
            yield found, "the signature closing the text"
        for number, line in enumerate(lines):  # a date badge: "15" / "MAJ" / "2018"
            if len(line) <= 2 and (found := badge_date(lines, number)) is not None:
                yield found, "a date badge"

    @staticmethod
    def _signed_last_line(lines: list[str]) -> date | None:
        """The day of a signature closing the text after its prose ("Jan Nowak, 12.03.2021", "opr. Anna Lis,
        12.03.2021 r.", "Źródło: UG Lipno, 12.03.2021"): the last line, a name and its day, nothing after it; not a
        bare date (an event's or a document's as often as the post's) nor a day a colon announces."""
        if len(lines) < 2 or not any(len(line) > 120 for line in lines[:-1]):
            return None
        if len(lines) > 2 and lines[-1].strip().isdigit() and len(lines[-1].strip()) <= 7:
            lines = lines[:-1]  # a view count after the stamp ("12.03.2021 15:07:44" / "628")
        line, before = lines[-1], lines[-2].rstrip()
        if not before.endswith(":") and not _NOT_PUBLISHED.search(before) and (stamp := machine_stamp(line)):
            return stamp
        if len(line) > 120 or before.endswith(":") or _NOT_PUBLISHED.search(line) or date_only(line) is not None:
            return None
        found = dateline(line)
        return found if found is not None and _SIGNED.match(line) else None

    def _date_url(self) -> Iterator[tuple[date, str]]:
        path = urlsplit(self.doc.url).path
        for match in _URL_DATE.finditer(path):
            if _EVENT_SLUG.search(path, path.rfind("/", 0, match.start()) + 1, match.start()):
                continue
            if _TIME_AFTER.match(path, match.end()):
                continue  # a section's date and time
            year, month, day = next(
                match.group(*names)
                for names in (("y", "m", "d"), ("cy", "cm", "cd"), ("ry", "rm", "rd"))
                if match.group(names[0])
            )
            try:
                yield date(int(year), int(month), int(day)), "the URL"
            except ValueError:
                continue
