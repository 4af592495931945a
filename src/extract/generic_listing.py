"""The generic extractor's listing page: the item links of the page's main list, on any site."""

from __future__ import annotations

import bisect
import re

from selectolax.lexbor import LexborNode

from extract import bounds
from extract.boilerplate_words import MEDIUM, STRONG
from extract.layout import Layout, failure
from extract.page import FAULTS, ExtractError, ListingPage, SelectorError
from extract.registry import site

_PAGER_TAGS = frozenset({"div", "p", "ul", "ol", "nav", "span", "td", "section"})
_PAGE_WORD_SPLIT = re.compile(r"[\s|:,.()\[\]«»‹›<>…/-]+")
_PAGE_WORD = re.compile(
    r"^(?:\d{1,4}|strona|strony|str|stron|z|następna|następne|następny|nast|poprzednia|poprzednie|poprzedni"
    r"|poprz|dalej|wstecz|pierwsza|ostatnia|next|prev|previous|first|last|page)$"
)


@site("generic")
class GenericListing(ListingPage):
    """Item links of the page's main list: the densest repeated structure outside menus and footers."""

    version = "2"

    def links(self) -> list[str]:
        try:
            return self._links()
        except ExtractError:
            raise
        except FAULTS as error:
            raise failure(self.doc.url, error) from error

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
            if not position & 1023:
                bounds.check()
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
        for number, anchor in enumerate(anchors):
            if not number & 255:
                bounds.check()
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
        for number, kids in enumerate(list(children.values())[:20_000]):
            if not number & 255:
                bounds.check()
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
