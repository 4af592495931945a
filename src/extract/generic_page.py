"""The generic extractor's base page: the page's layout, the article's container, and what inside it is not the article.

A site's registry entry may give `selectors` (body, title, date): they are used first; one that
matches nothing is reported in the record's warnings and the heuristics take over.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from selectolax.lexbor import LexborNode, SelectolaxError

from extract.article import ArticlePage
from extract.container import extra_exclusions, find_container
from extract.layout import Layout
from extract.page import ExtractError
from extract.page_metadata import json_ld_objects, meta_nodes, meta_values


@dataclass(frozen=True)
class Container:
    node: LexborNode
    layout: Layout  # the analysis `index` belongs to (the page's, or one rooted at a selector's match)
    index: int


class GenericPage(ArticlePage):
    """The analysis every heuristic of the generic extractor reads, made once per page."""

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
    def container(self) -> Container:
        layout = self.layout
        chosen = self._select("body")
        if chosen:
            node = max(chosen, key=lambda n: len(n.text(deep=True)))
            index = layout.index.get(node.mem_id)
            if index is not None and layout.blocks[index].kind == 0:
                return Container(node, layout, index)
            rooted = Layout(self.doc.tree, root=node)
            return Container(node, rooted, 0)
        index = find_container(layout)
        if index is None:
            raise ExtractError(f"no text on {self.doc.url}: not an HTML page, or an empty one")
        if layout.blocks[index].prose < 200 and not layout.truncated:
            # Class names may have hidden the article (a "sidebar-left" layout column): judge by tags only.
            lenient = Layout(self.doc.tree, classes=False)
            other = find_container(lenient)
            if other is not None and lenient.blocks[other].prose >= max(400, 3 * layout.blocks[index].prose):
                return Container(lenient.blocks[other].node, lenient, other)
        return Container(layout.blocks[index].node, layout, index)

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
        return extra_exclusions(found.layout, found.index)

    @cached_property
    def _excluded_ranges(self) -> list[tuple[int, int]]:
        """Related lists and forms inside the container, as preorder ranges of the page's analysis,
        sorted and merged (so one look-up is a binary search, not a scan of every range)."""
        if self.container.layout is not self.layout:
            return []
        blocks = self.layout.blocks
        merged: list[tuple[int, int]] = []
        for start, stop in sorted((i, blocks[i].end) for i in self._inner_exclusions):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(stop, merged[-1][1]))
            else:
                merged.append((start, stop))
        return merged

    @cached_property
    def _excluded_starts(self) -> list[int]:
        return [start for start, _ in self._excluded_ranges]

    def _in_excluded(self, index: int) -> bool:
        at = bisect.bisect_right(self._excluded_starts, index) - 1
        return at >= 0 and index < self._excluded_ranges[at][1]

    @cached_property
    def meta_nodes(self) -> list[LexborNode]:
        return meta_nodes(self.doc.tree)

    @cached_property
    def metas(self) -> dict[str, str]:
        return meta_values(self.meta_nodes)

    @cached_property
    def json_ld(self) -> list[dict[str, Any]]:
        return json_ld_objects(self.doc.tree)
