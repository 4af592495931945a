"""The article's container in a page's layout, and the boxes inside it that are not the article.

The container is the block with the best density score (see `extract.layout`), multiplied by
(1 - link density) and by a weight for semantic tags and CMS class names; a CMS body marker wins
when it holds the text.  Inside it, forms, cookie notices, metadata boxes and related lists
announced by a heading ("Zobacz także") are left out.
"""

from __future__ import annotations

from extract import bounds
from extract.boilerplate_words import (
    COOKIE_NOTICE,
    MEDIUM,
    NOT_ARTICLE_HEADING,
    RELATED_HEADING,
    STRONG,
    WEAK,
    metadata_labels,
)
from extract.layout import HEADINGS, Block, Layout

# Elements that may act as a heading over a box ("<p><strong>Zobacz także</strong></p>").
_HEADING_LIKE = frozenset({"p", "div", "strong", "b", "dt", "span"})


def _weight(block: Block) -> float:
    weight = 1.0
    if block.flags & STRONG:
        weight *= 1.5
    elif block.flags & MEDIUM:
        weight *= 1.2
    if block.flags & WEAK:
        weight *= 0.7
    if block.tag in ("tr", "ul", "ol", "table", "tbody"):
        weight *= 0.8
    return weight


def _score(layout: Layout, position: int) -> float:
    block = layout.blocks[position]
    if block.text <= 0:
        return 0.0
    return block.score * (1 - block.link / block.text) * _weight(block)


def _counted(layout: Layout, position: int) -> bool:
    block = layout.blocks[position]
    return block.kind == 0 and not block.muted


def find_container(layout: Layout) -> int | None:
    """The index of the article's container: CMS body marker or the densest block, then widened.

    None when the page has no analysable element at all.
    """
    blocks = layout.blocks
    if not blocks:
        return None
    ranked: list[tuple[float, int]] = []
    for position, block in enumerate(blocks):
        if block.score <= 0 or block.kind or block.muted or block.tag in ("body", "html"):
            continue
        ranked.append((_score(layout, position), position))
    ranked.sort(reverse=True)
    best, best_score = -1, 0.0
    for score, position in ranked[:8]:  # a block announced as comments or related news is not the article
        if score > best_score and not _announced(layout, position):
            best, best_score = position, score
    if best >= 0:
        best = _widen(layout, best)
    chosen = _marker(layout, best)
    if chosen is not None:
        return chosen
    if best >= 0:
        return best
    for position, block in enumerate(blocks):  # no paragraph anywhere: a semantic container, else <body>
        if block.flags & MEDIUM and block.tag in ("main", "article") and _counted(layout, position) and block.text:
            return position
    return 0


def _announced(layout: Layout, position: int) -> bool:
    """Whether a related-list or comments heading opens a block or stands right before it."""
    blocks = layout.blocks
    block = blocks[position]
    candidates = []
    if position + 1 < block.end and blocks[position + 1].parent == position:
        candidates.append(position + 1)  # its first child
    previous = position - 1
    for _ in range(64):  # its previous sibling: climb from the block just before it in preorder
        if previous < 0 or blocks[previous].parent == block.parent:
            break
        previous = blocks[previous].parent
    if previous >= 0 and blocks[previous].parent == block.parent:
        candidates.append(previous)
    for index in candidates:
        heading = blocks[index]
        short = heading.text <= 60 and heading.anchors == 0
        heading_like = heading.tag in HEADINGS or heading.tag in _HEADING_LIKE
        if short and heading_like and NOT_ARTICLE_HEADING.match(heading.node.text(deep=True, separator=" ")):
            return True
    return False


def _widen(layout: Layout, best: int) -> int:
    """Climb to the parent while it only adds prose paragraphs (a lead or intro box next to the body)."""
    blocks = layout.blocks
    for _ in range(4):
        block = blocks[best]
        if block.parent < 0:
            break
        parent = blocks[block.parent]
        if parent.tag in ("body", "html") or parent.kind or parent.muted:
            break
        extra, extra_link = parent.text - block.text, parent.link - block.link
        if parent.paras - block.paras >= 1 and extra_link <= 0.15 * extra and extra <= block.text:
            best = block.parent
        else:
            break
    return best


def _marker(layout: Layout, best: int) -> int | None:
    """A CMS article-body marker that holds the text, preferred to the density pick."""
    markers = [m for m in layout.markers if _counted(layout, m) and layout.blocks[m].prose > 0]
    if not markers:
        return None
    if best < 0:
        return max(markers, key=lambda m: layout.blocks[m].prose)
    around = [m for m in markers if layout.contains(m, best)]
    if around:  # the deepest marker around the densest block (K2 itemBody around itemFullText)
        return max(around, key=lambda m: layout.blocks[m].depth)
    prose = layout.blocks[best].prose
    inside = [m for m in markers if layout.contains(best, m) and layout.blocks[m].prose >= 0.6 * prose]
    if inside:  # entry-content inside the <article> the density picked
        return max(inside, key=lambda m: layout.blocks[m].prose)
    elsewhere = [m for m in markers if layout.blocks[m].prose >= 0.5 * prose]
    if elsewhere:
        return max(elsewhere, key=lambda m: _score(layout, m) + layout.blocks[m].prose / 100)
    return None


def cookie_notice(text: str) -> bool:
    """`COOKIE_NOTICE.search(text)`, answered without the regex when none of its words is there.

    The regex scans every frontier block of the container and costs more than the rest of the
    pass; a lowered substring test is several times cheaper and rules out nearly every block.
    """
    return _cookie_words(text) and COOKIE_NOTICE.search(text) is not None


def _cookie_words(text: str) -> bool:
    """Whether `text` may hold a cookie notice: False only when COOKIE_NOTICE cannot match it.

    Each branch of COOKIE_NOTICE holds "cookie", "ciastecz", "rodo" or "polityk"; str.lower() folds
    case as its IGNORECASE does, except for İ, ı and ſ (checked over all of Unicode), where the regex
    decides.  Written out as `in` tests: `any()` over a generator cost more than the tests (15 blocks a page).
    A text's words are in every text holding it: False for a container is False for each of its blocks.
    """
    lowered = text.lower()
    return (
        "cookie" in lowered
        or "ciastecz" in lowered
        or "rodo" in lowered
        or "polityk" in lowered
        or "\u0130" in text
        or "\u0131" in text
        or "\u017f" in text
    )


def extra_exclusions(layout: Layout, position: int) -> list[int]:
    """Inside the container: forms, cookie notices, and related lists announced by a heading."""
    blocks = layout.blocks
    container = blocks[position]
    found: list[int] = []
    skip_until = -1
    regions = 0
    # A block's text (lexbor's, joined by spaces) is a run of its container's: a container without a cookie
    # word has no block that is a cookie notice, so its text is read once, not each frontier block's lowered.
    notices: bool | None = None
    for i in range(position + 1, container.end):
        if not i & 1023:
            bounds.check()
        if i < skip_until:
            continue
        block = blocks[i]
        if block.kind:
            skip_until = block.end
            continue
        if block.tag == "form":
            found.append(i)
            skip_until = block.end
            continue
        parent = blocks[block.parent]
        frontier = 40 <= block.text <= 1200 and (parent.text > 1200 or block.parent == position)
        if frontier and block.text <= 0.5 * container.text:  # never most of the article
            text = block.node.text(deep=True, separator=" ")
            labels = 0
            if ":" in text:  # "Label: value" lines (tables of labels were judged on the way down)
                labels = metadata_labels(text)
            if notices is None:
                notices = _cookie_words(container.node.text(deep=True, separator=" "))
            if (notices and cookie_notice(text)) or labels >= 3 or (labels >= 2 and block.text <= 600):
                if labels >= 2:
                    layout.metadata.append(i)
                found.append(i)
                skip_until = block.end
                continue
        short = block.text <= 60 and block.anchors == 0 and (block.tag in HEADINGS or block.tag in _HEADING_LIKE)
        if short and RELATED_HEADING.match(block.node.text(deep=True, separator=" ")):
            region = _related_region(layout, i, position)
            if region:
                found.extend(region)
                skip_until = max(blocks[r].end for r in region)
                regions += 1
                if regions >= 20:
                    break
    return found


def _related_region(layout: Layout, heading: int, container: int) -> list[int]:
    """The list a related heading announces: its link-heavy wrapper, or the heading and the lists after it."""
    blocks = layout.blocks
    block = blocks[heading]
    # A heading inside inline wrappers (<p><strong>Zobacz także</strong></p>): start from the wrapper.
    for _ in range(64):
        if block.parent <= container or blocks[block.parent].text != block.text:
            break
        heading = block.parent
        block = blocks[heading]
    parent_index = block.parent
    if parent_index < 0:
        return []
    parent = blocks[parent_index]
    if parent_index != container and layout.contains(container, parent_index):
        rest, rest_link = parent.text - block.text, parent.link - block.link
        if rest > 0 and rest_link >= 0.35 * rest:
            return [parent_index]
    siblings: list[int] = []
    sibling = block.end
    while sibling < parent.end:  # the following siblings, up to the next paragraph of prose
        after = blocks[sibling]
        listing = after.tag in ("ul", "ol", "dl", "table") or after.link >= 0.3 * after.text
        if not listing and after.prose >= 80:
            break
        siblings.append(sibling)
        sibling = after.end
    text = sum(blocks[i].text for i in siblings)
    link = sum(blocks[i].link for i in siblings)
    anchors = sum(blocks[i].anchors for i in siblings)
    whole = blocks[container].text or 1
    if text and (link >= 0.3 * text or (text <= 0.5 * whole and anchors >= 2)):
        return [heading, *siblings]
    return []
