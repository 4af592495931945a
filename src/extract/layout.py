"""One pass over a parsed page: every element as a `Block` with its verdict and its text counts.

One explicit-stack pass over <body> (the tree Document parsed once; nothing is re-parsed or
mutated) gives every element its tag, its class/id/role verdict (`extract.boilerplate_words`),
and bottom-up counts of visible text, link text, commas and paragraphs.  It also scores text
density (Readability's idea): every paragraph with at least 25 characters of non-link text
scores 1 + its commas + one point per 100 characters (at most 3), for its parent and half of it
for its grandparent; an element holding text directly (old table layouts: text and <br> right
in a <td>) scores for itself.  `extract.container` picks the article from those scores.

Every loop is bounded by the number of elements (itself capped), so hostile pages stay linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import repeat

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extract import bounds
from extract.boilerplate_words import (
    DATE,
    DROP,
    FOOTER,
    HIDDEN,
    ITEMPROP_FLAGS,
    MEDIUM,
    METADATA,
    MUTE,
    PAGER,
    RELATED,
    ROLE_FLAGS,
    STRONG,
    TITLE,
    UPDATED,
    attribute_flags,
    metadata_labels,
)
from extract.page import BLOCK_TAGS, SKIP_TAGS, ExtractError

_METADATA_BOXES = frozenset({"table", "dl", "ul", "div", "section", "aside", "footer"})
_METADATA_NAME = re.compile(r"metr|meta|info", re.IGNORECASE)


def _looks_like_metadata(node: LexborNode) -> bool:
    """Only a box named like metadata is read for labels: menus and footers are muted too, and large."""
    attributes = node.attributes
    return node.tag in ("table", "dl") or bool(
        _METADATA_NAME.search(f"{attributes.get('class') or ''} {attributes.get('id') or ''}")
    )


def failure(url: str, error: Exception) -> ExtractError:
    """The one-line error for a heuristic that tripped on a hostile page."""
    return ExtractError(f"generic extractor failed on {url}: {type(error).__name__}: {error}")


# Not text at all; never entered.
_SKIP_TAGS = SKIP_TAGS | {"head", "img", "link", "meta", "source", "br", "hr", "wbr"}
# Elements that own the text of their inline descendants (a paragraph, a cell, a box).
_BLOCKISH = (BLOCK_TAGS - {"hr"}) | {"html", "td", "th"}
_TABULAR = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "ol", "body", "main", "article"})
# Paragraph-like elements: each scores for its parent and grandparent.
_PARAGRAPHS = frozenset({"p", "pre", "blockquote", "li", "dd"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
MAX_BLOCKS = 200_000  # elements analysed on one page; a 10 MB body of empty <div>s stops here
MAX_ATTRIBUTE_CHARS = 1000  # of a class or id value judged (real ones hold a few dozen)
# The tags `Layout._verdict` judges by themselves (every other element without attributes is neither
# boilerplate nor flagged).
_TAGS_JUDGED = frozenset({"nav", "aside", "footer", "header", "article", "main", "time", "body", "html"})
# A calendar grid's cells: day numbers only.
_CALENDAR_CELL = re.compile(r"^\d{1,2}$")


@dataclass(slots=True)
class Block:
    """One element of the analysed tree, with bottom-up counts over its counted descendants."""

    node: LexborNode
    tag: str
    parent: int  # index of the parent block, -1 for the root
    depth: int
    flags: int
    kind: int  # 0, DROP or MUTE: the verdict on this element itself
    muted: bool  # this element or an ancestor is MUTE
    in_link: bool
    owner: int  # the nearest block-level element (itself or an ancestor): its text is counted there
    end: int = 0  # blocks[index:end] is this element's analysed subtree (preorder)
    own: int = 0  # characters of text owned directly (text nodes and inline descendants)
    own_link: int = 0
    own_commas: int = 0
    text: int = 0  # characters of counted text in the subtree (DROP and MUTE descendants left out)
    link: int = 0  # … of which inside <a>
    commas: int = 0
    anchors: int = 0
    paras: int = 0  # paragraphs with at least 25 characters of non-link text
    children: int = 0  # element children analysed
    score: float = 0.0

    @property
    def prose(self) -> int:
        return self.text - self.link


class Layout:
    """The analysed page: its blocks in preorder, with their verdicts, counts and density scores."""

    def __init__(
        self,
        tree: LexborHTMLParser,
        *,
        root: LexborNode | None = None,
        listing: bool = False,
        classes: bool = True,
    ) -> None:
        self.listing = listing
        self.classes = classes  # False: judge by tags, roles and hidden markers only (the lenient retry)
        self.blocks: list[Block] = []
        self.index: dict[int, int] = {}
        self.headings: list[int] = []  # h1-h6 and headline-classed elements
        self.dated: list[int] = []  # date lines, <time>, itemprop=datePublished
        self.tables: list[int] = []  # analysed <table> and <dl> (label/value metadata)
        self.markers: list[int] = []  # CMS article-body markers
        self.pagers: list[int] = []
        self.mutes: list[int] = []
        self.metadata: list[int] = []  # metadata boxes found by their labels inside the container
        self.truncated = False
        self._table_budget = 2_000_000  # characters of table text read to judge tables
        protected = self._protected(tree)
        if root is not None:  # a given root (a site's body selector) is analysed, never judged
            protected |= {root.mem_id}
        root = root or tree.body or tree.root
        if root is not None:
            self._walk(root, frozenset(protected))
            self._total()
        cumulative = [0]
        for block in self.blocks:
            cumulative.append(cumulative[-1] + block.own)
        self._cumulative = cumulative

    # -- the pass ------------------------------------------------------------------------------

    @staticmethod
    def _protected(tree: LexborHTMLParser) -> set[int]:
        """Ancestors of <main> and of itemprop=articleBody: never boilerplate, whatever their class says."""
        protected: set[int] = set()
        for node in tree.css("main, [role=main], [itemprop=articleBody]")[:20]:
            current: LexborNode | None = node
            steps = 0
            while current is not None and steps < 400:
                protected.add(current.mem_id)
                current = current.parent
                steps += 1
        return protected

    def _verdict(
        self, attributes: dict[str, str | None], tag: str, parent: Block | None, protected: bool
    ) -> tuple[int, int]:
        """(flags, kind) of an element from its attributes and tag (and, for a footer, where it stands)."""
        flags = 0
        if attributes:
            if self.classes:
                classes, ident = attributes.get("class") or "", attributes.get("id") or ""
                # Cut, as they are cached across pages: 1 MB class values would pile up in memory.
                flags = attribute_flags(classes[:MAX_ATTRIBUTE_CHARS], ident[:MAX_ATTRIBUTE_CHARS])
            role = (attributes.get("role") or "").lower()
            itemprop = (attributes.get("itemprop") or "").lower()
            style = (attributes.get("style") or "").replace(" ", "").lower()
            if "hidden" in attributes or attributes.get("aria-hidden") == "true" or "display:none" in style:
                flags |= HIDDEN
            flags |= ROLE_FLAGS.get(role, 0) | ITEMPROP_FLAGS.get(itemprop, 0)
        if flags & (DATE | UPDATED) and tag not in _TABULAR:  # a date line; a "data" table is content
            flags |= MUTE
        if tag in ("nav", "aside"):
            flags |= DROP
        if tag == "footer" or flags & FOOTER:  # an entry's footer holds its date; the page's is boilerplate
            inside = parent is not None and not parent.muted and self._in_article(parent)
            flags = (flags & ~DROP) | MUTE if inside else flags | DROP
        elif tag == "header":
            flags |= MUTE
        elif tag in ("article", "main"):
            flags |= MEDIUM
        elif tag == "time":
            flags |= DATE
        if self.listing:
            flags &= ~RELATED
        elif flags & RELATED and not flags & (STRONG | MEDIUM):
            flags |= DROP
        if tag in ("body", "html"):
            return flags & ~(DROP | MUTE | HIDDEN), 0
        if flags & HIDDEN:
            return flags, DROP
        if protected:
            return flags, 0
        if flags & DROP:
            return flags, DROP
        if flags & MUTE:
            return flags, MUTE
        return flags, 0

    def _in_article(self, block: Block) -> bool:
        """Whether an element sits in an <article> or <main> (its <footer> is an entry footer, not the page's)."""
        steps = 0
        current: Block | None = block
        while current is not None and steps < 64:
            if current.tag in ("article", "main") or (current.flags & (STRONG | MEDIUM) and current.tag != "body"):
                return True
            current = self.blocks[current.parent] if current.parent >= 0 else None
            steps += 1
        return False

    def _walk(self, root: LexborNode, protected: frozenset[int]) -> None:
        blocks, index = self.blocks, self.index
        headings, dated, markers, pagers, mutes = self.headings, self.dated, self.markers, self.pagers, self.mutes
        listing, verdict = self.listing, self._verdict
        stack: list[tuple[LexborNode, int]] = [(root, -1)]
        pop, push = stack.pop, stack.extend
        while stack:
            node, parent = pop()
            tag = node.tag
            if tag == "-text":
                if parent < 0:
                    continue
                text = node.text_content
                if not text or text.isspace():
                    continue
                holder = blocks[parent]
                owner = blocks[holder.owner]
                length = len(text.strip())
                owner.own += length
                owner.own_commas += text.count(",")
                if holder.in_link:
                    owner.own_link += length
                continue
            if tag is None or tag in _SKIP_TAGS or tag.startswith("-"):
                continue
            position = len(blocks)
            if position >= MAX_BLOCKS:
                self.truncated = True
                break
            if not position & 1023:
                bounds.check()
            mem_id = node.mem_id
            attributes = node.attributes
            if parent >= 0:
                up = blocks[parent]
                # An element with no attributes and a tag `_verdict` does not name is (0, 0) whatever its place:
                # most elements of an article (<p>, <td>, <li>, <tr>), so the call is saved for them.
                if attributes or tag in _TAGS_JUDGED:
                    flags, kind = verdict(attributes, tag, up, mem_id in protected)
                else:
                    flags = kind = 0
                block = Block(
                    node,
                    tag,
                    parent,
                    up.depth + 1,
                    flags,
                    kind,
                    kind == MUTE or up.muted,
                    tag == "a" or up.in_link,
                    position if (kind or tag in _BLOCKISH) else up.owner,
                )
                up.children += 1
            else:
                flags, kind = verdict(attributes, tag, None, mem_id in protected)
                block = Block(node, tag, parent, 0, flags, kind, kind == MUTE, tag == "a", position)
            blocks.append(block)
            index[mem_id] = position
            if flags:
                if flags & TITLE or tag in HEADINGS:
                    headings.append(position)
                if flags & (DATE | UPDATED):
                    dated.append(position)
                if flags & STRONG:
                    markers.append(position)
                if flags & PAGER:
                    pagers.append(position)
            elif tag in HEADINGS:
                headings.append(position)
            if kind == MUTE:
                mutes.append(position)
            if tag in ("table", "dl") and kind == 0 and not listing:
                kind = self._table_verdict(block)
            elif kind == MUTE and tag in _METADATA_BOXES and not listing and _looks_like_metadata(node):
                self._flag_metadata(block)  # muted by its class ("metryczka"): its dates are still read
            if kind == DROP:
                continue
            # Text nodes of ASCII whitespace only (indentation between tags: about half a page's nodes) are
            # left out by lexbor (`skip_empty`); the walk would skip them anyway (`text.isspace()`).
            children = list(node.iter(include_text=True, skip_empty=True))
            if children:
                children.reverse()
                push(zip(children, repeat(position), strict=False))  # repeat is endless: zip stops with the children

    def _flag_metadata(self, block: Block) -> None:
        """A box muted by its class that holds BIP metadata labels is metadata (the publication date's source)."""
        if self._table_budget <= 0:
            return
        text = block.node.text(deep=True, separator=" ")
        self._table_budget -= len(text)
        if len(text) <= 4000 and metadata_labels(text) >= 2:
            block.flags |= METADATA

    def _table_verdict(self, block: Block) -> int:
        """A calendar grid is boilerplate; a small table of BIP metadata labels is metadata."""
        if self._table_budget <= 0:  # nested layout tables: each would copy the page's text again
            return 0
        text = block.node.text(deep=True, separator=" ")
        self._table_budget -= len(text)
        if len(text) > 4000:
            return 0
        if self._tables_in(block.node) > 1:  # a layout table holding others: its inner tables get their own verdict
            return 0
        self.tables.append(len(self.blocks) - 1)
        words = text.split()
        if len(words) >= 20 and sum(1 for w in words if _CALENDAR_CELL.match(w)) >= 0.7 * len(words):
            block.kind = DROP
            return DROP
        if metadata_labels(text) >= 2:
            block.kind = MUTE
            block.muted = True
            block.flags |= METADATA
            self.mutes.append(len(self.blocks) - 1)
            return MUTE
        return 0

    def _tables_in(self, node: LexborNode) -> int:
        """Tables in `node`'s subtree, itself included, counted up to 2 (`len(node.css("table"))` capped).

        The elements visited are charged to the table budget: nested <dl>s without tables would
        otherwise each walk the rest of the page.
        """
        count = visited = 0
        for inner in node.traverse():
            visited += 1
            if inner.tag == "table":
                count += 1
                if count > 1:
                    break
        self._table_budget -= visited
        return count

    def _total(self) -> None:
        """Bottom-up counts (reverse preorder: children before parents) and the density scores."""
        blocks = self.blocks
        for position in range(len(blocks) - 1, -1, -1):
            block = blocks[position]
            if block.end <= position:
                block.end = position + 1
            block.text += block.own
            block.link += block.own_link
            block.commas += block.own_commas
            if block.tag == "a":
                block.anchors += 1
            parent = blocks[block.parent] if block.parent >= 0 else None
            if parent is not None and block.end > parent.end:
                parent.end = block.end
            if block.kind:
                continue
            if not block.muted:
                prose = block.text - block.link
                if block.tag in _PARAGRAPHS:
                    if prose >= 25 and parent is not None:
                        block.paras = max(block.paras, 1)
                        self._credit(block.parent, 1 + min(block.commas, 12) + min(prose / 100, 3))
                elif block.own - block.own_link >= 25:
                    # Text right in a <div> or <td>: a paragraph of div soup, or a whole table-layout article.
                    own = block.own - block.own_link
                    gain = 1 + min(block.own_commas, 30) + own / 100
                    block.score += gain
                    block.paras += 1 + own // 400
                    if parent is not None:
                        self._credit(block.parent, gain)
            if parent is not None:
                parent.text += block.text
                parent.link += block.link
                parent.commas += block.commas
                parent.anchors += block.anchors
                parent.paras += block.paras

    def _lift(self, position: int) -> int:
        """Past wrappers that hold nothing but one element (<div class="x"><p>…</p></div>)."""
        blocks = self.blocks
        for _ in range(64):
            block = blocks[position]
            if block.children != 1 or block.own or block.parent < 0 or block.tag in ("body", "html"):
                break
            position = block.parent
        return position

    def _credit(self, parent: int, gain: float) -> None:
        """A paragraph's score: all of it for its container, half for the container's container."""
        blocks = self.blocks
        parent = self._lift(parent)
        blocks[parent].score += gain
        if blocks[parent].parent >= 0:
            blocks[self._lift(blocks[parent].parent)].score += gain / 2

    # -- questions -----------------------------------------------------------------------------

    def between(self, start: int, stop: int) -> int:
        """Characters of text owned by the blocks start..stop-1 (preorder): how far apart two elements are."""
        start, stop = max(0, min(start, stop)), min(len(self.blocks), max(start, stop))
        return self._cumulative[stop] - self._cumulative[start]

    def lca(self, first: int, second: int) -> int | None:
        """The nearest common ancestor of two blocks (None when they are in different trees)."""
        blocks = self.blocks
        for _ in range(2 * MAX_BLOCKS):
            if first == second:
                return first
            if first < 0 or second < 0:
                return None
            if blocks[first].depth >= blocks[second].depth:
                first = blocks[first].parent
            else:
                second = blocks[second].parent
        return None

    def contains(self, outer: int, inner: int) -> bool:
        return outer <= inner < self.blocks[outer].end

    def dropped_inside(self, position: int) -> list[int]:
        """DROP and MUTE roots inside a block's subtree: the boilerplate to leave out of its text."""
        block = self.blocks[position]
        return [i for i in range(position + 1, block.end) if self.blocks[i].kind]
