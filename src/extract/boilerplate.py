"""Structure and text density of one parsed page: which element holds the article, and what is boilerplate.

One explicit-stack pass over <body> (the tree Document parsed once; nothing is re-parsed or
mutated) gives every element a `Block`: its tag, its class/id/role verdict, and bottom-up counts
of visible text, link text, commas and paragraphs.  From those:

* boilerplate is recognised by structure, never by site: <nav>, <aside>, page-level <footer>,
  ARIA roles, hidden elements, and class/id words that CMSs and hand-made sites use for menus,
  breadcrumbs, sidebars, cookie banners, share bars, comments, related lists, pagination,
  calendars, banners and EU-logo strips (`DROP`: not text, not searched).  Headers, bylines, date
  lines and metadata tables (BIP "Podmiot udostępniający informację", "Data wytworzenia", …) are
  `MUTE`: not text, but still searched for the headline and the publication date;
* the article's container is picked by a text-density score (Readability's idea): every
  paragraph with at least 25 characters of non-link text scores 1 + its commas + one point per
  100 characters (at most 3), for its parent and half of it for its grandparent; an element
  holding text directly (old table layouts: text and <br> right in a <td>) scores for itself.
  A candidate's score is multiplied by (1 - link density) and by a weight for semantic tags and
  CMS class names (WordPress entry-content, Joomla articleBody / item-page, K2 itemBody, Drupal
  field--name-body, BIP tresc / bip-content, …).  CMS body markers win when they hold the text.

Every loop is bounded by the number of elements (itself capped), so hostile pages stay linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extract.page import BLOCK_TAGS, SKIP_TAGS

# Verdicts and hints, as bit flags from an element's tag, class, id, role and itemprop.
DROP = 1  # boilerplate: not text, not searched
MUTE = 2  # header, byline, date line, metadata: not text, searched for the headline and the date
DATE = 4  # a date line or a <time> / datePublished element
UPDATED = 8  # a modification date: never the publication date
STRONG = 16  # a CMS article-body marker
MEDIUM = 32  # a content-ish name (content, main, article, post, …) or tag (article, main)
WEAK = 64  # teasers, excerpts, lists: rarely the article itself
TITLE = 128  # an element CMSs use for the headline
PAGER = 256  # pagination
RELATED = 512  # related / latest / popular lists: boilerplate on an article, the list itself on a listing
HIDDEN = 1024  # not rendered (hidden, aria-hidden, display:none, screen-reader-only)
METADATA = 2048  # a table or list of BIP metadata labels
FOOTER = 4096  # a footer: the page's (boilerplate) or an entry's (its date and author)

# Not text at all; never entered.
_SKIP_TAGS = SKIP_TAGS | {"head", "img", "link", "meta", "source", "br", "hr", "wbr"}
# Elements that own the text of their inline descendants (a paragraph, a cell, a box).
_BLOCKISH = (BLOCK_TAGS - {"hr"}) | {"html", "td", "th"}
_TABULAR = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "ol", "body", "main", "article"})
_HEADING_LIKE = frozenset({"p", "div", "strong", "b", "dt", "span"})
# Paragraph-like elements: each scores for its parent and grandparent.
_PARAGRAPHS = frozenset({"p", "pre", "blockquote", "li", "dd"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
MAX_BLOCKS = 200_000  # elements analysed on one page; a 10 MB body of empty <div>s stops here

_LAYOUT_TOKEN = re.compile(r"^(?:has|with|without|no|one|two|three|is|layout|path|page-node|node-type|col|span)-")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _words(words: str) -> re.Pattern[str]:
    """Class or id words as whole parts of a token: "menu" matches "main-menu", "menu_top", not "menus2"."""
    return re.compile(rf"(?:^|-)(?:{words})(?:-|$)")


def _tokens(words: str) -> re.Pattern[str]:
    """Whole tokens only: "content" matches "content", not "sidebar-content"."""
    return re.compile(rf"^(?:{words})$")


_DROP_WORDS = _words(
    "nav|navbar|navigation|nawigacja|menu|menus|mainmenu|topmenu|submenu|megamenu|breadcrumbs?|okruszki|sciezka"
    "|crumbs?|sidebars?|side|aside|widgets?|footer|stopka|cookies?|ciasteczka|rodo|gdpr|consent|cmplz"
    "|share|sharing|sharer|social|socials|addthis|addtoany|a2a|sharedaddy|udostepnij|comments?|komentarze?"
    "|disqus|respond|calendar|kalendarz|banners|baner|banery|reklama|reklamy|advert|ads|newsletter|search"
    "|szukaj|wyszukiwarka|skip|skiplinks|tags|tagi|tagcloud|logos|loga|logotypy|ue-logos|partners|partnerzy"
    "|sponsors|weather|pogoda|popup|modal|drukuj|toolbar|tools|languages|language-switcher|jezyki|wcag|accessibility"
    "|dostepnosc|contrast|kontrast|links|hits|rating|gallery|galeria|powrot|back|totop|scrolltop|rss"
    "|pagination|pager|paginacja|stronicowanie|pagenav|pagenavigation|page-numbers|nav-links"
)
_FOOTER_WORDS = _words("footer|stopka")
_PAGER_WORDS = _words("pagination|pager|paginacja|stronicowanie|pagenav|pagenavigation|page-numbers|nav-links")
_RELATED_WORDS = _words(
    "related|powiazane|zobacz|zobacz-takze|zobacz-tez|czytaj|polecane|polecamy|recommended|popular|popularne"
    "|latest|najnowsze|recent|ostatnie|most-read|more|wiecej|inne|other|podobne|similar"
)
_MUTE_WORDS = _words(
    "meta|metadata|metadane|metryka|metryczka|article-info|byline|author|autor|submitted|header|masthead"
    "|banner|hero|rejestr|rejestr-zmian|historia-zmian|info-bip|bip-info|bip-meta"
)
_DATE_WORDS = re.compile(
    r"(?:^|-)(?:date|data|datum|pubdate|published|publish|created|posted|dodano|opublikowano|time|czas)(?:-|$)"
    r"|date$|^date|created|published"  # "createdate", "postdate", "dateline"
)
_UPDATED_WORDS = re.compile(r"updat|modif|zmodyfikowano|aktualizacja|edited|changed|poprawion")
_STRONG_TOKENS = _tokens(
    "entry-content|post-content|post-body|post-entry|article-body|article-content|article-text|articlebody"
    "|news-content|news-body|news-text|field--name-body|field-name-body|field-body|field--name-field-body"
    "|item-body|item-page|content-body|bip-content|bip-tresc|tresc|tresc-artykulu|tresc-wpisu"
    "|tresc-aktualnosci|artykul-tresc|wpis-tresc|single-content|td-post-content|rich-text"
)
_MEDIUM_TOKENS = _tokens(
    "content|main|main-content|maincontent|article|artykul|post|entry|news|wpis|text|tekst|page-content"
    "|region-content|node|node--content|node-content|single|text-formatted|akapit|zawartosc|srodek|tresc-strony"
)
_WEAK_TOKENS = _tokens("teaser|summary|excerpt|list|lista|items|blog|zajawka|thumb|thumbnail|card|cards")
_HIDDEN_TOKENS = _tokens(
    "sr-only|visually-hidden|visuallyhidden|screen-reader-text|element-invisible|hidden|d-none|invisible"
    "|hide|element-hidden|show-for-sr|screenreader|sr-text"
)
_TITLE_TOKENS = _tokens(
    "entry-title|post-title|page-title|article-title|news-title|item-title|tytul|title|headline"
    "|content-heading|contentheading|tytul-artykulu|tytul-wpisu|naglowek-artykulu|title-news"
)
_DROP_ROLES = frozenset(
    {"navigation", "search", "menu", "menubar", "dialog", "alertdialog", "contentinfo", "complementary"}
)
# BIP metadata labels: two of them in a small table or list make it metadata, not text.
METADATA_LABELS = re.compile(
    r"podmiot\w*\s+udostępniając|osob\w+\s+(?:sporządzając|wytwarzając|odpowiedzialn|udostępniając|wprowadzając"
    r"|publikując)|wytworzył|wytworzon\w*\s+przez|udostępnił|opublikował|wprowadził|zmodyfikował"
    r"|data\s+(?:wytworzenia|publikacji|udostępnienia|opublikowania|modyfikacji|aktualizacji|wprowadzenia"
    r"|utworzenia)|liczba\s+(?:odsłon|wyświetleń|odwiedzin)|rejestr\s+zmian|historia\s+zmian"
    r"|ostatni\w*\s+(?:modyfikacj|zmian|aktualizacj)|informację\s+wytworzył|odpowiedzialn\w*\s+za\s+treść",
    re.IGNORECASE,
)
# Headings of what is never the article: related news, comments ("Komentarze (3)").
_NOT_ARTICLE = (
    r"zobacz\s+(?:też|także|również|więcej|inne)|czytaj\s+(?:też|także|również|więcej)"
    r"|przeczytaj\s+(?:też|także|również)|powiązane(?:\s+\w+)?|podobne(?:\s+\w+)?|polecane(?:\s+\w+)?"
    r"|polecamy|najnowsze(?:\s+\w+)?|ostatnie\s+(?:wpisy|wiadomości|artykuły|aktualności|informacje)"
    r"|(?:inne|pozostałe|więcej)\s+(?:aktualności|wiadomości|artykuły|wpisy|informacje)"
    r"|najczęściej\s+(?:czytane|oglądane)|popularne(?:\s+\w+)?|udostępnij(?:\s+\w+)?|komentarze|skomentuj"
    r"|dodaj\s+komentarz|related(?:\s+\w+)?|see\s+also"
)
NOT_ARTICLE_HEADING = re.compile(rf"^\W*(?:{_NOT_ARTICLE})\W*(?:\(\d+\)\W*)?$", re.IGNORECASE)
# … and of lists that may be (a section's name over a list of its news, tags, a calendar).
RELATED_HEADING = re.compile(
    rf"^\W*(?:{_NOT_ARTICLE}|aktualności|archiwum(?:\s+\w+)?|kategorie|tagi|kalendarz(?:\s+\w+)?|wydarzenia)"
    r"\W*(?:\(\d+\)\W*)?$",
    re.IGNORECASE,
)
_COOKIE = re.compile(
    r"\bcookie|ciastecz|\bRODO\b.{0,200}(?:zgod|akcept)|polityk\w*\s+prywatności.{0,200}(?:akcept|zgod|rozumiem)",
    re.IGNORECASE | re.DOTALL,
)
_CALENDAR_CELL = re.compile(r"^\d{1,2}$")


@lru_cache(maxsize=8192)
def token_flags(token: str) -> int:
    """What one class or id token says: DROP, MUTE, DATE, STRONG, … bits (cached: pages repeat their classes)."""
    token = _CAMEL.sub("-", token).lower().replace("_", "-")
    if _LAYOUT_TOKEN.match(token):
        return 0
    flags = 0
    if _STRONG_TOKENS.match(token):
        flags |= STRONG
    if _MEDIUM_TOKENS.match(token):
        flags |= MEDIUM
    if _WEAK_TOKENS.match(token):
        flags |= WEAK
    if _HIDDEN_TOKENS.match(token):
        flags |= HIDDEN
    if _TITLE_TOKENS.match(token):
        flags |= TITLE
    if flags & (STRONG | MEDIUM | TITLE):
        return flags
    if _PAGER_WORDS.search(token):
        flags |= PAGER | DROP
    elif _DROP_WORDS.search(token):
        flags |= DROP
    if _FOOTER_WORDS.search(token):
        flags |= FOOTER
    if _RELATED_WORDS.search(token):
        flags |= RELATED
    if _UPDATED_WORDS.search(token):
        flags |= UPDATED
    elif _DATE_WORDS.search(token):
        flags |= DATE
    if _MUTE_WORDS.search(token):
        flags |= MUTE
    return flags


@lru_cache(maxsize=8192)
def attribute_flags(classes: str, ident: str) -> int:
    flags = 0
    for token in (*classes.split(), *ident.split()):
        flags |= token_flags(token)
    if flags & (STRONG | MEDIUM):  # "content sidebar-right": the content column, not the sidebar
        flags &= ~(DROP | MUTE | RELATED)
    return flags


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
    """The analysed page: its blocks in preorder, boilerplate verdicts, and the article's container."""

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

    def _verdict(self, node: LexborNode, tag: str, parent: Block | None, protected: bool) -> tuple[int, int]:
        attributes = node.attributes
        flags = 0
        if attributes:
            if self.classes:
                flags = attribute_flags(attributes.get("class") or "", attributes.get("id") or "")
            role = (attributes.get("role") or "").lower()
            itemprop = (attributes.get("itemprop") or "").lower()
            style = (attributes.get("style") or "").replace(" ", "").lower()
            if "hidden" in attributes or attributes.get("aria-hidden") == "true" or "display:none" in style:
                flags |= HIDDEN
            if role in _DROP_ROLES:
                flags |= DROP
            elif role == "banner":
                flags |= MUTE
            elif role in ("main", "article"):
                flags |= MEDIUM
            if itemprop == "articlebody":
                flags |= STRONG
            elif itemprop == "headline":
                flags |= TITLE
            elif itemprop == "datepublished":
                flags |= DATE
            elif itemprop in ("datemodified", "dateupdated"):
                flags |= UPDATED
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
        stack: list[tuple[LexborNode, int]] = [(root, -1)]
        while stack:
            node, parent = stack.pop()
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
            if len(blocks) >= MAX_BLOCKS:
                self.truncated = True
                break
            up = blocks[parent] if parent >= 0 else None
            flags, kind = self._verdict(node, tag, up, node.mem_id in protected)
            position = len(blocks)
            block = Block(
                node=node,
                tag=tag,
                parent=parent,
                depth=up.depth + 1 if up else 0,
                flags=flags,
                kind=kind,
                muted=kind == MUTE or (up.muted if up else False),
                in_link=tag == "a" or (up.in_link if up else False),
                owner=position if (kind or tag in _BLOCKISH or up is None) else up.owner,
            )
            blocks.append(block)
            index[node.mem_id] = position
            if up is not None:
                up.children += 1
            if tag in HEADINGS or flags & TITLE:
                self.headings.append(position)
            if flags & (DATE | UPDATED):
                self.dated.append(position)
            if flags & STRONG:
                self.markers.append(position)
            if flags & PAGER:
                self.pagers.append(position)
            if kind == MUTE:
                self.mutes.append(position)
            if tag in ("table", "dl") and kind == 0 and not self.listing:
                kind = self._table_verdict(block)
            if kind == DROP:
                continue
            stack.extend((child, position) for child in reversed(list(node.iter(include_text=True))))

    def _table_verdict(self, block: Block) -> int:
        """A calendar grid is boilerplate; a small table of BIP metadata labels is metadata."""
        if self._table_budget <= 0:  # nested layout tables: each would copy the page's text again
            return 0
        text = block.node.text(deep=True, separator=" ")
        self._table_budget -= len(text)
        if len(text) > 4000:
            return 0
        if len(block.node.css("table")) > 1:  # a layout table holding others: its inner tables get their own verdict
            return 0
        self.tables.append(len(self.blocks) - 1)
        words = text.split()
        if len(words) >= 20 and sum(1 for w in words if _CALENDAR_CELL.match(w)) >= 0.7 * len(words):
            block.kind = DROP
            return DROP
        if len({m.group(0).lower()[:12] for m in METADATA_LABELS.finditer(text)}) >= 2:
            block.kind = MUTE
            block.muted = True
            block.flags |= METADATA
            self.mutes.append(len(self.blocks) - 1)
            return MUTE
        return 0

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

    def weight(self, block: Block) -> float:
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

    def final_score(self, position: int) -> float:
        block = self.blocks[position]
        if block.text <= 0:
            return 0.0
        return block.score * (1 - block.link / block.text) * self.weight(block)

    def counted(self, position: int) -> bool:
        block = self.blocks[position]
        return block.kind == 0 and not block.muted

    def container(self) -> int | None:
        """The index of the article's container: CMS body marker or the densest block, then widened.

        None when the page has no analysable element at all.
        """
        blocks = self.blocks
        if not blocks:
            return None
        ranked: list[tuple[float, int]] = []
        for position, block in enumerate(blocks):
            if block.score <= 0 or block.kind or block.muted or block.tag in ("body", "html"):
                continue
            ranked.append((self.final_score(position), position))
        ranked.sort(reverse=True)
        best, best_score = -1, 0.0
        for score, position in ranked[:8]:  # a block announced as comments or related news is not the article
            if score > best_score and not self._announced(position):
                best, best_score = position, score
        if best >= 0:
            best = self._widen(best)
        chosen = self._marker(best)
        if chosen is not None:
            return chosen
        if best >= 0:
            return best
        for position, block in enumerate(blocks):  # no paragraph anywhere: a semantic container, else <body>
            if block.flags & MEDIUM and block.tag in ("main", "article") and self.counted(position) and block.text:
                return position
        return 0

    def _announced(self, position: int) -> bool:
        """Whether a related-list or comments heading opens a block or stands right before it."""
        blocks = self.blocks
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

    def _widen(self, best: int) -> int:
        """Climb to the parent while it only adds prose paragraphs (a lead or intro box next to the body)."""
        blocks = self.blocks
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

    def _marker(self, best: int) -> int | None:
        """A CMS article-body marker that holds the text, preferred to the density pick."""
        markers = [m for m in self.markers if self.counted(m) and self.blocks[m].prose > 0]
        if not markers:
            return None
        if best < 0:
            return max(markers, key=lambda m: self.blocks[m].prose)
        around = [m for m in markers if self.contains(m, best)]
        if around:  # the deepest marker around the densest block (K2 itemBody around itemFullText)
            return max(around, key=lambda m: self.blocks[m].depth)
        prose = self.blocks[best].prose
        inside = [m for m in markers if self.contains(best, m) and self.blocks[m].prose >= 0.6 * prose]
        if inside:  # entry-content inside the <article> the density picked
            return max(inside, key=lambda m: self.blocks[m].prose)
        elsewhere = [m for m in markers if self.blocks[m].prose >= 0.5 * prose]
        if elsewhere:
            return max(elsewhere, key=lambda m: self.final_score(m) + self.blocks[m].prose / 100)
        return None

    def dropped_inside(self, position: int) -> list[int]:
        """DROP and MUTE roots inside a block's subtree: the boilerplate to leave out of its text."""
        block = self.blocks[position]
        return [i for i in range(position + 1, block.end) if self.blocks[i].kind]

    def extra_exclusions(self, position: int) -> list[int]:
        """Inside the container: forms, cookie notices, and related lists announced by a heading."""
        blocks = self.blocks
        container = blocks[position]
        found: list[int] = []
        skip_until = -1
        regions = 0
        for i in range(position + 1, container.end):
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
                    labels = len({m.group(0).lower()[:12] for m in METADATA_LABELS.finditer(text)})
                if _COOKIE.search(text) or labels >= 3 or (labels >= 2 and block.text <= 600):
                    if labels >= 2:
                        self.metadata.append(i)
                    found.append(i)
                    skip_until = block.end
                    continue
            short = block.text <= 60 and block.anchors == 0 and (block.tag in HEADINGS or block.tag in _HEADING_LIKE)
            if short and RELATED_HEADING.match(block.node.text(deep=True, separator=" ")):
                region = self._related_region(i, position)
                if region:
                    found.extend(region)
                    skip_until = max(blocks[r].end for r in region)
                    regions += 1
                    if regions >= 20:
                        break
        return found

    def _related_region(self, heading: int, container: int) -> list[int]:
        """The list a related heading announces: its link-heavy wrapper, or the heading and the lists after it."""
        blocks = self.blocks
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
        if parent_index != container and self.contains(container, parent_index):
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
