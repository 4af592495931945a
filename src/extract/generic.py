"""The fallback for hosts without a page object: structure and text density, never a list of sites.

Main text: `extract.boilerplate.Layout` picks the article's container (CMS body markers, semantic
tags, then a text-density score) and the boilerplate inside it (menus, related lists, share bars,
comments, cookie notices, BIP metadata tables, …); leftover labels at the edges of the text
("Drukuj", "Liczba odsłon: 12", "Opublikowano: …") are trimmed line by line.

Title: the headline is reconciled between the page's headings (h1/h2 near or at the top of the
container), og:title / JSON-LD headline and <title>; the site name and its separator (" – ", " | ",
" :: ", " » ", … on either side) are dropped, and a candidate found in several sources wins.

Publication date, from the most to the least trusted source; every candidate must be plausible
(1995 <= year, not after the fetch day) or the next one is tried:
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

A site's registry entry may give `selectors` (body, title, date): they are used first; one that
matches nothing is reported in the record's warnings and the heuristics take over.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import Any
from urllib.parse import unquote, urlsplit

from pydantic import ValidationError
from selectolax.lexbor import LexborNode, SelectolaxError

from extract.article import _DOCUMENT, ArticlePage
from extract.boilerplate import (
    DATE,
    DROP,
    HIDDEN,
    MEDIUM,
    METADATA,
    MUTE,
    RELATED_HEADING,
    STRONG,
    TITLE,
    UPDATED,
    Layout,
)
from extract.dates import find_dates, parse_date
from extract.model import Attachment, Record
from extract.page import ExtractError, ListingPage, SelectorError, block_text
from extract.registry import site
from extract.text import clean

# What a heuristic may trip over on a hostile page: turned into ExtractError, never raised as is.
_FAULTS = (ValueError, LookupError, AttributeError, TypeError, RecursionError, ArithmeticError, SelectolaxError)

MIN_YEAR = 1995

# -- title ------------------------------------------------------------------------------------------

_SEPARATOR = re.compile(r"(\s+(?:[-–—|»«·•/]|::|\|\||>>|<<)\s+)")
_NORMAL_SEPARATOR = re.compile(r"\s(?:[-|»«·•/]|::|\|\||>>|<<)\s")
_QUOTES = str.maketrans({c: None for c in "„”“\"«»‚‘’'`´"} | {"–": "-", "—": "-", "‑": "-"})
_SITE_WORDS = re.compile(
    r"\b(?:gmin\w*|urz[aą]d\w*|miast\w*|powiat\w*|starostw\w*|bip|biuletyn\w*|ośrod\w*|ops|mops|gops|mopr"
    r"|pcpr|rops|serwis\w*|portal\w*|oficjaln\w*|stron\w*\s+główn\w*|aktualności\s+z|województw\w*)\b",
    re.IGNORECASE,
)

_HOME_PATH = re.compile(r"^(?:/|\./|/?index\.(?:php|html?|aspx?)|/[a-z]{2}/?)$")  # a link to the home page
# Section names a <title> carries between the site and the headline.
_SECTION = re.compile(
    r"^(?:aktualności|wiadomości|komunikaty|ogłoszenia|informacje|news|start|strona\s+główna|bip"
    r"|biuletyn\s+informacji\s+publicznej|artykuły|wydarzenia|blog|archiwum)$"
)


def _norm(text: str) -> str:
    """A title for comparison: lower case, no quotes, one kind of dash, collapsed spaces, no end punctuation."""
    return " ".join(clean(text).lower().translate(_QUOTES).split()).strip(" .:;,!?…")


def _segments(normal: str) -> list[str]:
    return [s for s in _NORMAL_SEPARATOR.split(normal) if s][:12]


def _appears(candidate: list[str], source: list[str]) -> bool:
    """Whether a title (as segments) is the whole source or its leading or trailing part at a separator."""
    k = len(candidate)
    return 0 < k <= len(source) and (source[:k] == candidate or source[-k:] == candidate)


def _runs(original: str) -> Iterator[tuple[str, int, bool]]:
    """Leading and trailing runs of a title's segments, as printed: (text, segments left out, leading)."""
    parts = _SEPARATOR.split(clean(original))[:23]
    count = (len(parts) + 1) // 2
    for k in range(1, count + 1):
        yield "".join(parts[: 2 * k - 1]).strip(), count - k, True
        if k < count:
            yield "".join(parts[len(parts) - (2 * k - 1) :]).strip(), count - k, False


@dataclass
class _Candidate:
    text: str
    dom: float | None = None  # position score of the best heading with this text; None: not a heading
    whole: bool = False  # the complete <title> or og:title with its site name still on
    leading: bool = False
    trimmed: bool = False  # the whole title less one end segment: "Headline - Site" less " - Site"


# -- dates ------------------------------------------------------------------------------------------

_WEEKDAYS_TIMES = re.compile(
    r"\b(?:poniedziałek|poniedzialek|wtorek|środa|sroda|czwartek|piątek|piatek|sobota|niedziela|pon|wt|śr|sr|czw"
    r"|pt|sob|niedz|nd)\b\.?|\d{1,2}:\d{2}(?::\d{2})?|\bgodz\w*\.?|\b(?:dnia|dn\.|r\.|roku)\b",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
_PUBLISHED_LABEL = re.compile(
    r"^\W{0,3}(?:data\s+(?:publikacji|opublikowania|udostępnienia|wprowadzenia|dodania|zamieszczenia"
    r"|umieszczenia|wydania|publikowania)|opublikowan[oay]|opublikował\w*|udostępnion[oay]|udostępnił\w*"
    r"|wprowadzon[oay]|wprowadził\w*|zamieszczon[oay]|dodan[oay]|publikacja|published|posted)\b",
    re.IGNORECASE,
)
_CREATED_LABEL = re.compile(
    r"^\W{0,3}(?:data\s+(?:wytworzenia|utworzenia|sporządzenia|dokumentu|powstania)|wytworzon[oay]"
    r"|wytworzył\w*|informację\s+wytworzył\w*|utworzon[oay]|sporządzon[oay]|created|data(?=\s*:|\s+\d))",
    re.IGNORECASE,
)
_CUE = re.compile(
    r"^\W{0,3}(?:opublikowano|opublikował\w*|data\s+(?:publikacji|opublikowania|dodania|wprowadzenia"
    r"|udostępnienia|zamieszczenia)|dodano|dodał\w*|wprowadzono|zamieszczono|udostępniono|napisane\s+przez"
    r"|napisał\w*|wpisany\s+przez|wpisał\w*|autor\w*|publikacja|wysłano|posted|published|written\s+by)",
    re.IGNORECASE,
)
_CREATED_CUE = re.compile(r"^\W{0,3}(?:utworzono|data\s+utworzenia|wytworzono|data\s+wytworzenia)", re.IGNORECASE)
_NOT_PUBLISHED = re.compile(
    r"modyfik|aktualiz|zmian|zmienion|edyt|ostatni|ważn|wygas|termin|obowiązuj|updated|modified|spotkani"
    r"|wydarzeni|odbęd|zgłosze",
    re.IGNORECASE,
)
_URL_DATE = re.compile(
    r"(?<![\d])((?:19|20)\d{2})([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d])",
)
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
_AMBIGUOUS_META = frozenset({"dc.date", "dcterms.date", "date"})
_PAGER_TAGS = frozenset({"div", "p", "ul", "ol", "nav", "span", "td", "section"})
_PAGE_WORD_SPLIT = re.compile(r"[\s|:,.()\[\]«»‹›<>…/-]+")
_PAGE_WORD = re.compile(
    r"^(?:\d{1,4}|strona|strony|str|stron|z|następna|następne|następny|nast|poprzednia|poprzednie|poprzedni"
    r"|poprz|dalej|wstecz|pierwsza|ostatnia|next|prev|previous|first|last|page)$"
)
_ARTICLE_TYPES = re.compile(r"article|posting|report|news|webpage|event", re.IGNORECASE)

# -- text edges -------------------------------------------------------------------------------------

_EDGE_PHRASE = re.compile(
    r"^\W*(?:rejestr\s+zmian|historia\s+zmian|drukuj|wydrukuj|wersja\s+do\s+druku|pdf|e-?mail|poleć|udostępnij"
    r"(?:\s+\w+){0,2}|powrót(?:\s+do\s+.{0,50})?|wróć(?:\s+do\s+.{0,50})?|wstecz|do\s+góry|na\s+górę"
    r"|czytaj\s+(?:więcej|dalej)|więcej|zobacz\s+(?:też|także|więcej|również)|poprzedni(?:\s+(?:artykuł|wpis))?"
    r"|następny(?:\s+(?:artykuł|wpis))?|szczegóły|powiększ|zamknij|tweet|lubię\s+to!?|facebook|twitter"
    r"|metryczka|metryka|informacje\s+o\s+publikacji|a\+?|a-|aa|[-–—*•|·_=\s«»‹›<>]*)\W*$",
    re.IGNORECASE,
)
_EDGE_LABEL = re.compile(
    r"^\W*(?:podmiot\w*\s+udostępniając\w*|osob\w+\s+(?:sporządzając|wytwarzając|odpowiedzialn|udostępniając"
    r"|wprowadzając|publikując)\w*|wytworzył\w*|informację\s+wytworzył\w*|udostępnił\w*|opublikował\w*"
    r"|wprowadził\w*|zmodyfikował\w*|redagował\w*|data\s+\w+|opublikowano|utworzono|zmodyfikowano|dodano"
    r"|aktualizacja|ostatni\w*\s+\w+|autor\w*|napisane\s+przez|kategori\w*|tagi|tags|odsłon\w*"
    r"|wyświetle\w*|liczba\s+\w+|czytano|hits|źródło\s+zdjęć|fot\.?|foto)\b(?:\s+[\w()]+){0,3}\s*:",
    re.IGNORECASE,
)
_BAR = re.compile(r"\s[|•·/]\s")
_EDGE_COUNTER = re.compile(r"^\W*(?:odsłon\w*|wyświetle\w*|czytano|hits|odsłony)\W*\d[\d\s]*(?:razy)?\W*$", re.I)


def _date_only(line: str) -> date | None:
    """The date of a line that holds nothing but a date (with a weekday, an hour, "r.")."""
    if len(line) > 70:
        return None
    mentions = [m for m in find_dates(line) if m.precision == "day" and m.value is not None]
    if not mentions:
        return None
    rest = line
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    rest = _WEEKDAYS_TIMES.sub(" ", rest)
    if len(_LETTER.findall(rest)) > 2:
        return None
    return mentions[0].value


def _edge_junk(line: str, headline: str) -> bool:
    """A line at the start or end of the text that is a label, a button or a date, not the article."""
    if headline and _norm(line) == headline:
        return True
    if len(line) <= 40 and (_SECTION.match(_norm(line)) or RELATED_HEADING.match(line)):
        return True  # a section's name above the article ("Aktualności"), a list's heading below it
    if _EDGE_PHRASE.match(line) or _EDGE_COUNTER.match(line) or _date_only(line):
        return True
    if len(line) <= 80 and _BAR.search(line) and all(_EDGE_PHRASE.match(part) for part in _BAR.split(line)):
        return True  # "Drukuj | Powrót", "PDF • E-mail"
    if len(line) <= 200 and _EDGE_LABEL.match(line):
        return True
    return bool(len(line) <= 120 and _CUE.match(line) and parse_date(line))


def trim_edges(text: str, headline: str = "") -> str:
    """Drop label, button and date lines from both ends of a text (at most 25 from each)."""
    lines = text.split("\n")
    wanted = _norm(headline) if headline else ""
    start, stop = 0, len(lines)
    for _ in range(25):
        while start < stop and not lines[start].strip():
            start += 1
        if start < stop and _edge_junk(lines[start], wanted):
            start += 1
        else:
            break
    for _ in range(25):
        while stop > start and not lines[stop - 1].strip():
            stop -= 1
        if stop > start and _edge_junk(lines[stop - 1], ""):
            stop -= 1
        else:
            break
    return clean_lines(lines[start:stop])


def clean_lines(lines: list[str]) -> str:
    return re.sub(r"\n\s*\n+", "\n\n", "\n".join(lines)).strip()


@dataclass(frozen=True)
class _Container:
    node: LexborNode
    layout: Layout  # the analysis `index` belongs to (the page's, or one rooted at a selector's match)
    index: int


@site("generic")
class GenericArticle(ArticlePage):
    version = "2"

    # -- the shared hooks, guarded: a heuristic tripping on a hostile page is an ExtractError ----------

    def record(self) -> Record:
        try:
            return super().record()
        except ExtractError:
            raise
        except ValidationError as error:
            raise ExtractError(
                f"record failed validation: {error.error_count()} error(s): "
                + "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
            ) from error
        except _FAULTS as error:
            raise ExtractError(
                f"generic extractor failed on {self.doc.url}: {type(error).__name__}: {error}"
            ) from error

    # -- analysis ----------------------------------------------------------------------------------

    @cached_property
    def layout(self) -> Layout:
        return Layout(self.doc.tree)

    def _select(self, key: str) -> list[LexborNode]:
        """The nodes a site's selector names; a bad or empty selector is a warning, and [] (heuristics)."""
        selector = self.site_info.selectors.get(key)
        if not selector or not isinstance(selector, str):
            return []
        try:
            found = list(self.doc.tree.css(selector))[:50]
        except SelectolaxError:
            self.notes.append(f"{key} selector {selector!r} is not valid CSS; heuristics used")
            return []
        if not found:
            self.notes.append(f"{key} selector {selector!r} matched nothing; heuristics used")
        return found

    @cached_property
    def container(self) -> _Container:
        layout = self.layout
        chosen = self._select("body")
        if chosen:
            node = max(chosen, key=lambda n: len(n.text(deep=True)))
            index = layout.index.get(node.mem_id)
            if index is not None and layout.blocks[index].kind == 0:
                return _Container(node, layout, index)
            rooted = Layout(self.doc.tree, root=node)
            return _Container(node, rooted, 0)
        index = layout.container()
        if index is None:
            raise ExtractError(f"no text on {self.doc.url}: not an HTML page, or an empty one")
        if layout.blocks[index].prose < 200 and not layout.truncated:
            # Class names may have hidden the article (a "sidebar-left" layout column): judge by tags only.
            lenient = Layout(self.doc.tree, classes=False)
            other = lenient.container()
            if other is not None and lenient.blocks[other].prose >= max(400, 3 * layout.blocks[index].prose):
                return _Container(lenient.blocks[other].node, lenient, other)
        return _Container(layout.blocks[index].node, layout, index)

    @cached_property
    def body(self) -> LexborNode:
        return self.container.node

    @cached_property
    def _page_index(self) -> int | None:
        """The container's index in the page's own analysis (None when it lies outside it)."""
        return self.layout.index.get(self.container.node.mem_id)

    @cached_property
    def _inner_exclusions(self) -> list[int]:
        found = self.container
        return found.layout.extra_exclusions(found.index)

    @cached_property
    def _excluded_ranges(self) -> list[tuple[int, int]]:
        """Related lists and forms inside the container, as preorder ranges of the page's analysis."""
        if self.container.layout is not self.layout:
            return []
        blocks = self.layout.blocks
        return [(i, blocks[i].end) for i in self._inner_exclusions]

    def _in_excluded(self, index: int) -> bool:
        return any(start <= index < stop for start, stop in self._excluded_ranges)

    @cached_property
    def excluded(self) -> frozenset[int]:
        found = self.container
        blocks = found.layout.blocks
        roots = [blocks[i].node for i in (*found.layout.dropped_inside(found.index), *self._inner_exclusions)]
        ids: set[int] = set()
        for node in roots:
            ids.add(node.mem_id)
            ids.update(sub.mem_id for sub in node.css("table, a[href]"))
        headline = self._headline[1]
        if headline is not None and found.layout is self.layout and self.layout.contains(found.index, headline):
            ids.add(blocks[headline].node.mem_id)
        return frozenset(ids)

    # -- main text ---------------------------------------------------------------------------------

    def main_text(self) -> str:
        text = trim_edges(block_text(self.body, self.excluded), self._headline[0])
        if not text:
            text = block_text(self.body, self.excluded)
        if not text:
            raise ExtractError(f"no text on {self.doc.url}: not an HTML page, or an empty one")
        return text

    def attachments(self) -> list[Attachment]:
        """Documents linked from the article: its text, and the attachment box that often sits beside it."""
        found = {a.url: a for a in super().attachments()}
        layout, zone = self.layout, self._zone
        if zone is None:
            return list(found.values())
        blocks = layout.blocks
        for position in range(zone, blocks[zone].end):
            block = blocks[position]
            if block.tag != "a" or block.kind or self._in_excluded(position):
                continue
            url = self.absolute(block.node.attributes.get("href") or "")
            if url and url not in found and _DOCUMENT.search(urlsplit(url).path):
                name = clean(block.node.text(deep=True, separator=" ")) or unquote(
                    urlsplit(url).path.rsplit("/", 1)[-1]
                )
                found[url] = Attachment(name=name or url, url=url)
            if len(found) >= 200:
                break
        return list(found.values())

    # -- title -------------------------------------------------------------------------------------

    @cached_property
    def metas(self) -> dict[str, str]:
        """<meta> values by lower-cased property / name / itemprop (the first of each), from the whole page."""
        found: dict[str, str] = {}
        tree = self.doc.tree
        # <head> first; itemprop in the body belongs to an element (maybe a related teaser): judged apart.
        nodes = [*(tree.head.css("meta[content]") if tree.head else []), *tree.css("body meta[content]")][:400]
        for node in nodes:
            attributes = node.attributes
            key = attributes.get("property") or attributes.get("name")
            if key is None and node.parent is not None and node.parent.tag == "head":
                key = attributes.get("itemprop")
            content = (attributes.get("content") or "").strip()
            if key and content and key.lower() not in found:
                found[key.lower()] = content
        return found

    @cached_property
    def json_ld(self) -> list[dict[str, Any]]:
        """Objects of the page's JSON-LD blocks (@graph flattened), at most 100; broken JSON is skipped."""
        objects: list[dict[str, Any]] = []
        for script in self.doc.tree.css('script[type="application/ld+json"]')[:10]:
            raw = script.text(deep=True)
            if len(raw) > 500_000:
                continue
            try:
                data = json.loads(raw)
            except (ValueError, RecursionError):
                continue
            pending: deque[Any] = deque([data])
            for _ in range(10_000):
                if not pending or len(objects) >= 100:
                    break
                item = pending.popleft()
                if isinstance(item, list):
                    pending.extend(item[:100])
                elif isinstance(item, dict):
                    objects.append(item)
                    if isinstance(item.get("@graph"), list):
                        pending.extend(item["@graph"][:100])
        return objects

    def _site_names(self) -> set[str]:
        """The site's name as og:site_name, the registry and the home-page links (the logo) spell it."""
        names = {self.metas.get("og:site_name", ""), self.metas.get("application-name", ""), self.site_info.name}
        parts = urlsplit(self.doc.url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        for anchor in self.doc.tree.css("a[href]")[:300]:
            href = (anchor.attributes.get("href") or "").strip().lower()
            if href.startswith(origin):
                href = href[len(origin) :]
            elif href.startswith("//" + parts.netloc.lower()):
                href = href[len(parts.netloc) + 2 :]
            if _HOME_PATH.match(href):
                names.add(anchor.text(deep=True, separator=" "))
        return {key for key in map(_norm, names) if len(key) >= 3}

    @cached_property
    def _headline(self) -> tuple[str, int | None]:
        """The page's headline and, when it is a heading element, its index in the page's analysis."""
        chosen = self._select("title")
        for node in chosen:
            text = clean(node.text(deep=True, separator=" "))
            if text:
                return text, self.layout.index.get(node.mem_id)
        return self._reconcile_title()

    def title(self) -> str:
        return self._headline[0] or self.doc.url

    def _position(self, heading: int) -> float:
        """How well a heading's place says "headline": at the top of the container or just before it."""
        layout, container = self.layout, self._page_index
        block = layout.blocks[heading]
        score = {"h1": 1.0, "h2": 0.5}.get(block.tag, 0.0) + (1.0 if block.flags & TITLE else 0.0)
        if container is None:
            return score
        if layout.contains(container, heading):
            score += 3 if layout.between(container, heading) < 200 else -1
        elif heading < container:
            gap = layout.between(block.end, container)
            score += 3 if gap <= 300 else 1.5 if gap <= 1500 else 0
            if self._in_page_header(heading, container):
                score -= 3
        else:
            score += 1 if layout.between(layout.blocks[container].end, heading) <= 300 else 0
        anchor = block.node.css_first("a[href]")
        if anchor is not None:  # a logo heading links to the home page; a headline to itself, if anywhere
            target = self.absolute(anchor.attributes.get("href") or "")
            if target is not None and target != self.doc.url:
                score -= 4 if urlsplit(target).path in ("", "/") else 1
        return score

    def _in_page_header(self, heading: int, container: int) -> bool:
        """Inside the site's header or banner (the logo's h1), not an article header."""
        blocks = self.layout.blocks
        current = blocks[heading].parent
        for _ in range(200):
            if current < 0:
                return False
            block = blocks[current]
            banner = block.tag == "header" or block.node.attributes.get("role") == "banner"
            if banner and block.kind == MUTE and not self.layout.contains(current, container):
                return not any(self._ancestor_tags(current, ("article", "main")))
            current = block.parent
        return False

    def _ancestor_tags(self, index: int, tags: tuple[str, ...]) -> Iterator[int]:
        blocks = self.layout.blocks
        current = blocks[index].parent
        for _ in range(200):
            if current < 0:
                return
            if blocks[current].tag in tags or blocks[current].flags & STRONG:
                yield current
            current = blocks[current].parent

    def _reconcile_title(self) -> tuple[str, int | None]:
        layout = self.layout
        candidates: dict[str, _Candidate] = {}
        nodes: dict[str, int] = {}
        for heading in layout.headings[:80]:
            block = layout.blocks[heading]
            if block.kind == DROP or block.flags & HIDDEN or block.text > 600:
                continue
            text = clean(block.node.text(deep=True, separator=" "))
            key = _norm(text)
            if not 3 <= len(key) <= 300 or _date_only(text) or RELATED_HEADING.match(text):
                continue
            position = self._position(heading)
            found = candidates.setdefault(key, _Candidate(text))
            if found.dom is None or position > found.dom:
                found.dom, found.text = position, text
                nodes[key] = heading
        metas = [self.metas.get(k, "") for k in ("og:title", "twitter:title", "title", "dc.title", "headline")]
        metas += [str(o["headline"]) for o in self.json_ld if isinstance(o.get("headline"), str)][:3]
        title_node = self.doc.tree.css_first("title")
        page_title = clean(title_node.text(deep=True)) if title_node else ""
        meta_sources = [_segments(_norm(m)) for m in metas if m and m.strip()]
        title_source = _segments(_norm(page_title)) if page_title else []
        for original in [*metas, page_title]:
            if original and original.strip():
                for text, left_out, leading in _runs(original):
                    key = _norm(text)
                    if 3 <= len(key) <= 300 and key not in candidates:
                        whole = left_out == 0 and len(_segments(key)) > 1
                        candidates[key] = _Candidate(text, whole=whole, leading=leading, trimmed=left_out == 1)
        if not candidates:
            return "", None
        site_names = self._site_names()

        def rank(item: tuple[str, _Candidate]) -> tuple[float, int, int]:
            key, found = item
            segments = _segments(key)
            support = (found.dom is not None) + any(_appears(segments, s) for s in meta_sources)
            support += _appears(segments, title_source)
            score = 3.0 * support + (found.dom or 0.0)
            if any(key in name for name in site_names):  # the site's name, or a part of it
                score -= 6
            elif len(key.split()) <= 6 and _SITE_WORDS.search(key) and found.dom is None:
                score -= 2
            if found.dom is None:
                if found.whole:
                    score -= 1
                if found.trimmed:
                    score += 0.5
                sections = sum(1 for segment in segments if _SECTION.match(segment))
                score -= 3 if sections == len(segments) else sections
            return score, int(found.leading or found.dom is not None), len(key)

        key, best = max(candidates.items(), key=rank)
        return best.text, nodes.get(key)

    # -- publication date --------------------------------------------------------------------------

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
        for node in self.doc.tree.css("body meta[itemprop=datePublished]")[:10]:
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
            lines = [line for line in block_text(node).split("\n") if line.strip()][:80]
            for number, line in enumerate(lines):
                if _NOT_PUBLISHED.search(line[:60]):
                    continue
                label = _PUBLISHED_LABEL.match(line)
                tier = 0
                if label is None:
                    label, tier = _CREATED_LABEL.match(line), 1
                if label is None or (not metadata and label.group(0).strip().lower() == "data"):
                    continue  # a bare "Data" in a table of the text: a schedule, not the publication
                value = line[label.end() :]
                found = parse_date(value)
                if found is None and not re.search(r"\d", value) and number + 1 < len(lines):
                    found = parse_date(lines[number + 1])
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
        for position in self._dated_in_zone:  # date-classed elements ("span.date", K2 itemDateCreated)
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
        created: list[tuple[date, str]] = []
        for line in lines:  # cue lines: "Opublikowano: …", "Dodano: …", "Napisane przez … dnia …"
            if len(line) > 160 or (not _CUE.match(line) and not _CREATED_CUE.match(line)):
                continue
            if _NOT_PUBLISHED.search(line) or (found := parse_date(line)) is None:
                continue
            if _CREATED_CUE.match(line):
                created.append((found, "a date line"))
            else:
                yield found, "a date line"
        yield from created
        headline = _norm(self._headline[0]) if self._headline[0] else ""
        if headline:  # a line holding only a date, right before or after the headline
            for number, line in enumerate(lines):
                if _norm(line) == headline:
                    for offset in (1, -1, 2, -2):
                        if 0 <= number + offset < len(lines) and (found := _date_only(lines[number + offset])):
                            yield found, "the date next to the headline"
                    break

    def _date_url(self) -> Iterator[tuple[date, str]]:
        path = urlsplit(self.doc.url).path
        for match in _URL_DATE.finditer(path):
            try:
                yield date(int(match.group(1)), int(match.group(3)), int(match.group(4))), "the URL"
            except ValueError:
                continue


@site("generic")
class GenericListing(ListingPage):
    """Item links of the page's main list: the densest repeated structure outside menus and footers."""

    version = "2"

    def links(self) -> list[str]:
        try:
            return self._links()
        except ExtractError:
            raise
        except _FAULTS as error:
            raise ExtractError(
                f"generic extractor failed on {self.doc.url}: {type(error).__name__}: {error}"
            ) from error

    def _links(self) -> list[str]:
        layout = Layout(self.doc.tree, listing=True)
        blocks = layout.blocks
        groups = self._groups(layout)
        anchors: list[LexborNode] = []
        if groups:
            best = groups[0][0]
            for score, members in groups[:4]:
                if score < 0.5 * best:
                    break
                for member in members:
                    anchors += [blocks[i].node for i in range(member, blocks[member].end) if blocks[i].tag == "a"]
        else:
            area = self._area(layout)
            if area is not None:
                anchors = [
                    blocks[i].node
                    for i in range(area, blocks[area].end)
                    if blocks[i].tag == "a" and blocks[i].kind == 0 and not blocks[i].muted
                ]
        for pager in [*layout.pagers[:10], *self._pagers_by_text(layout)]:
            anchors += list(blocks[pager].node.css("a[href]"))[:200]
        found = self._urls(anchors)
        if not found:  # nothing in the content area: every link of the page (none at all is an error)
            found = self._urls(self.css_many("a[href]", at_least=1))
        if not found:
            raise SelectorError("a[href]", self.doc.url, 0, "at least 1 link to a web page")
        return found

    @staticmethod
    def _pagers_by_text(layout: Layout) -> list[int]:
        """Small boxes of links whose words are only page numbers and "next" / "previous" ("Strona: 1 2 3 »")."""
        blocks = layout.blocks
        found: list[int] = []
        for position, block in enumerate(blocks):
            if block.anchors < 1 or block.text > 150 or block.kind or block.tag not in _PAGER_TAGS:
                continue
            if blocks[block.parent].text == block.text and blocks[block.parent].tag in _PAGER_TAGS:
                continue  # the same box one level up is checked
            words = _PAGE_WORD_SPLIT.split(block.node.text(deep=True, separator=" ").lower())
            words = [w for w in words if w]
            if words and all(_PAGE_WORD.match(w) for w in words) and any(w.isdigit() for w in words):
                found.append(position)
                if len(found) >= 5:
                    break
        return found

    def _urls(self, anchors: list[LexborNode]) -> list[str]:
        seen: dict[str, None] = {}
        for anchor in anchors:
            url = self.absolute(anchor.attributes.get("href") or "")
            if url and url != self.doc.url:
                seen.setdefault(url, None)
        return list(seen)

    @staticmethod
    def _signature(node: LexborNode, tag: str) -> tuple[str, str]:
        """Siblings of one kind: rows and list items by tag (odd/even classes alternate), boxes by class too."""
        attributes = node.attributes
        ident = re.sub(r"\d+", "", (attributes.get("id") or "").lower())  # #lewa, #tresc, #dol: regions
        if tag in ("tr", "li", "article", "dt", "dd"):
            return tag, ident
        classes = (attributes.get("class") or "").split()
        first = re.sub(r"\d+", "", classes[0].lower()) if classes else ""
        return tag, f"{first}#{ident}"

    def _groups(self, layout: Layout) -> list[tuple[float, list[int]]]:
        """Repeated siblings (li, article, .views-row, tr, …) that carry links, best first."""
        blocks = layout.blocks
        children: dict[int, list[int]] = {}
        for position, block in enumerate(blocks):
            if block.parent >= 0 and block.kind == 0 and not block.muted and block.tag != "a":
                children.setdefault(block.parent, []).append(position)
        groups: list[tuple[float, list[int]]] = []
        for kids in list(children.values())[:20_000]:
            if len(kids) < 2:
                continue
            buckets: dict[tuple[str, str], list[int]] = {}
            for kid in kids:
                block = blocks[kid]
                buckets.setdefault(self._signature(block.node, block.tag), []).append(kid)
            for members in buckets.values():
                # An item has a few links (title, "więcej", a category); a layout row holding the page has many.
                linked = [m for m in members if 0 < blocks[m].anchors <= 8 and blocks[m].link]
                if len(linked) < 2:
                    continue
                average = sum(blocks[m].link for m in linked) / len(linked)
                if average < 12:
                    continue  # page numbers, icons, a row of short menu words
                score = sum(min(blocks[m].link, 120) + 0.3 * min(blocks[m].prose, 400) for m in linked)
                groups.append((score, linked))
        groups.sort(key=lambda g: -g[0])
        groups = groups[:50]

        def nested(inner: list[int], outer: list[int]) -> bool:
            at = bisect.bisect_right(outer, inner[0])
            return at > 0 and inner[0] < blocks[outer[at - 1]].end

        # A list inside the members of a bigger "list" (page regions, layout rows) is the real one.
        groups = [
            (score, members)
            for score, members in groups
            if not any(other is not members and s >= 0.5 * score and nested(other, members) for s, other in groups)
        ]
        kept: list[tuple[float, list[int]]] = []
        starts: list[int] = []  # kept members' first blocks, sorted; their subtrees never overlap
        for score, members in groups:  # a group nested in a kept one, or around it, is the same list

            def overlaps(member: int) -> bool:
                at = bisect.bisect_right(starts, member)
                inside = at > 0 and member < blocks[starts[at - 1]].end
                return inside or (at < len(starts) and starts[at] < blocks[member].end)

            if not any(overlaps(m) for m in members):
                kept.append((score, members))
                for member in members:
                    bisect.insort(starts, member)
        return kept

    @staticmethod
    def _area(layout: Layout) -> int | None:
        """The content area: <main> or role=main, else the content-named element with the most links, else <body>."""
        blocks = layout.blocks
        if not blocks:
            return None
        best, best_anchors = 0, -1
        for position, block in enumerate(blocks):
            if block.kind or block.muted or not block.anchors:
                continue
            if block.tag == "main" or (block.node.attributes.get("role") or "") == "main":
                return position
            if block.flags & (STRONG | MEDIUM) and block.tag != "body" and block.anchors > best_anchors:
                best, best_anchors = position, block.anchors
        return best
