"""The generic extractor's headline: reconciled between the page's headings, its metadata and its <title>.

Candidates are the headings (h1/h2 near or at the top of the container), og:title / JSON-LD
headline and <title>; the site name and its separator (" – ", " | ", " :: ", " » ", … on either
side) are dropped, and a candidate found in several sources wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit

from extract.boilerplate_words import DROP, HIDDEN, MUTE, RELATED_HEADING, STRONG, TITLE
from extract.date_lines import date_only
from extract.generic_page import GenericPage
from extract.text import clean
from extract.title_text import SECTION, appears, norm_title, title_runs, title_segments

_SITE_WORDS = re.compile(
    r"\b(?:gmin\w*|urz[aą]d\w*|miast\w*|powiat\w*|starostw\w*|bip|biuletyn\w*|ośrod\w*|ops|mops|gops|mopr"
    r"|pcpr|rops|serwis\w*|portal\w*|oficjaln\w*|stron\w*\s+główn\w*|aktualności\s+z|województw\w*)\b",
    re.IGNORECASE,
)

_HOME_PATH = re.compile(r"^(?:/|\./|/?index\.(?:php|html?|aspx?)|/[a-z]{2}/?)$")  # a link to the home page
_HOME_CHARS = len("/index.html")  # the longest href `_HOME_PATH` matches


@dataclass
class _Candidate:
    text: str
    dom: float | None = None  # position score of the best heading with this text; None: not a heading
    whole: bool = False  # the complete <title> or og:title with its site name still on
    leading: bool = False
    trimmed: bool = False  # the whole title less one end segment: "Headline - Site" less " - Site"


class TitledPage(GenericPage):
    """The generic page with its headline (the date cascade and the text's edges look for it)."""

    def _site_names(self) -> set[str]:
        """The site's name as og:site_name, the registry and the home-page links (the logo) spell it."""
        names = {self.metas.get("og:site_name", ""), self.metas.get("application-name", ""), self.site_info.name}
        parts = urlsplit(self.doc.url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        schemeless, cut = "//" + parts.netloc.lower(), len(parts.netloc) + 2
        home = _HOME_PATH.match
        # A home-page link is at most `_HOME_CHARS` characters after the origin: a longer href with no space
        # at either end (strip would not shorten it; lower never does) is not one, and is not lowered.
        longest = len(origin) + _HOME_CHARS
        for anchor in self.doc.tree.css("a[href]")[:300]:
            # `attrs.get` reads one attribute; `attributes` would build a dict of all (300 links a page)
            raw = anchor.attrs.get("href") or ""
            if len(raw) > longest and not raw[0].isspace() and not raw[-1].isspace():
                continue
            href = raw.strip().lower()
            if href.startswith(origin):
                href = href[len(origin) :]
            elif href.startswith(schemeless):
                href = href[cut:]
            if home(href):
                names.add(anchor.text(deep=True, separator=" "))
        return {key for key in map(norm_title, names) if len(key) >= 3}

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
            key = norm_title(text)
            if not 3 <= len(key) <= 300 or date_only(text) or RELATED_HEADING.match(text):
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
        meta_sources = [title_segments(norm_title(m)) for m in metas if m and m.strip()]
        title_source = title_segments(norm_title(page_title)) if page_title else []
        for original in [*metas, page_title]:
            if original and original.strip():
                for text, left_out, leading in title_runs(original):
                    key = norm_title(text)
                    if 3 <= len(key) <= 300 and key not in candidates:
                        whole = left_out == 0 and len(title_segments(key)) > 1
                        candidates[key] = _Candidate(text, whole=whole, leading=leading, trimmed=left_out == 1)
        if not candidates:
            return "", None
        site_names = self._site_names()

        def rank(item: tuple[str, _Candidate]) -> tuple[float, int, int]:
            key, found = item
            segments = title_segments(key)
            support = (found.dom is not None) + any(appears(segments, s) for s in meta_sources)
            support += appears(segments, title_source)
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
                sections = sum(1 for segment in segments if SECTION.match(segment))
                score -= 3 if sections == len(segments) else sections
            return score, int(found.leading or found.dom is not None), len(key)

        key, best = max(candidates.items(), key=rank)
        return best.text, nodes.get(key)
