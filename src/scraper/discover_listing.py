"""Is a page a listing, which of its links are the items, and how does it page?

A listing is what a reader recognises: the same block repeated (at least three times), each
with a link whose text is a title and a Polish date.  From those item links a URL regex is
generalised (the shared path shape, numbers and slugs replaced, anchored to the host) so the
walker can tell items from everything else; from the pager (rel=next, "następna", "»",
numbered links) a rule that names page N of the listing (`?page=` 0- or 1-based, `?start=`
offsets, `/page/N/`, `/strona/N`), which `discover` then checks by fetching page 2.
Pure functions over parsed pages; every loop is bounded by the page's (capped) anchors.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qsl, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extract.dates import find_dates
from scraper.discover_links import MAX_LINKS, absolute, fold, region_of

MIN_ITEMS = 3  # repeated dated blocks that make a listing
MAX_CLIMB = 6  # levels from an anchor up to its block
MAX_BLOCK_TEXT = 2000  # characters of a block searched for its date
MAX_PAGE = 200  # a numbered link above this is not a page number (a year, an id)
_TITLE_MIN_CHARS, _TITLE_MAX_CHARS, _TITLE_MIN_WORDS = 10, 300, 2
_GENERIC_TEXT = frozenset(
    {"czytaj wiecej", "wiecej", "czytaj dalej", "zobacz", "zobacz wiecej", "wiecej informacji", "read more", "dalej"}
)
_NEXT_WORDS = frozenset(
    {
        "nastepna",
        "nastepna strona",
        "nastepne",
        "nastepny",
        "nastepne wpisy",
        "starsze wpisy",
        "starsze",
        "starsze artykuly",
        "starsze wiadomosci",
        "wczesniejsze wpisy",
        "poprzednie wpisy",
        "next",
        "next page",
        "dalej",
    }
)
_NEXT_SYMBOLS = frozenset({"»", "›", ">", ">>", "→", "»»", "następna »", "›»"})
_DIGITS = re.compile(r"\d+")
_WORD_CHARS = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Item:
    """One entry of a listing: its link, its title as printed, its date."""

    url: str
    title: str
    published: date | None


def _text(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator=" ").split())


def is_title(text: str) -> bool:
    """Title-length anchor text: a few words, not "czytaj więcej"."""
    words = text.split()
    return (
        _TITLE_MIN_CHARS <= len(text) <= _TITLE_MAX_CHARS
        and len(words) >= _TITLE_MIN_WORDS
        and " ".join(_WORD_CHARS.findall(fold(text))) not in _GENERIC_TEXT
    )


def _own(url: str, hosts: frozenset[str]) -> bool:
    return urlsplit(url).netloc in hosts


def _first_date(text: str) -> date | None:
    for mention in find_dates(text[:MAX_BLOCK_TEXT]):
        if mention.value is not None and mention.precision == "day":
            return mention.value
    return None


def _classes(node: LexborNode) -> str:
    """Class tokens without numbers ("post-12 type-post" -> "type-post"): repeated blocks share them."""
    tokens = (node.attributes.get("class") or "").split()
    return " ".join(sorted(t for t in tokens if not any(c.isdigit() for c in t)))


def _path(node: LexborNode) -> tuple[str, ...]:
    tags: list[str] = []
    current: LexborNode | None = node
    while current is not None and len(tags) < 40:
        tags.append(current.tag or "")
        current = current.parent
    return tuple(tags)


def listing_items(
    tree: LexborHTMLParser,
    page_url: str,
    hosts: frozenset[str],
    resolve: Callable[[str], str | None] | None = None,
) -> list[Item]:
    """The items of the page's largest group of repeated dated blocks; [] when under MIN_ITEMS (not a listing).

    `resolve`: `absolute(page_url, href)`, or a caller's memo of it (the walk resolves the same anchors again).
    """
    titles: dict[int, str] = {}  # anchor mem_id -> URL, for title anchors to the site's own hosts
    anchors: list[tuple[LexborNode, str, str]] = []
    for node in tree.css("a[href]")[:MAX_LINKS]:
        href = node.attributes.get("href") or ""
        url = absolute(page_url, href) if resolve is None else resolve(href)
        text = _text(node)
        if url is None or not _own(url, hosts) or url == page_url or not is_title(text):
            continue
        if region_of(node) != "body":
            continue
        titles[node.mem_id] = url
        anchors.append((node, url, text))
    distinct: dict[int, int] = {}  # container mem_id -> distinct title URLs inside

    def count(node: LexborNode) -> int:
        key = node.mem_id
        if key not in distinct:
            inside = {titles[a.mem_id] for a in node.css("a[href]") if a.mem_id in titles}
            if node.tag == "a" and node.mem_id in titles:
                inside.add(titles[node.mem_id])
            distinct[key] = len(inside)
        return distinct[key]

    groups: dict[tuple[tuple[str, ...], str], dict[str, Item]] = defaultdict(dict)
    for anchor, url, text in anchors:
        block: LexborNode | None = anchor
        for _ in range(MAX_CLIMB):
            if block is None or count(block) > 1:
                break
            published = _first_date(_text(block))
            if published is not None:
                groups[(_path(block), _classes(block))].setdefault(url, Item(url, text, published))
                break
            block = block.parent
    if not groups:
        return []
    best = max(groups.values(), key=lambda items: (len(items), sum(len(i.title) for i in items.values())))
    return list(best.values()) if len(best) >= MIN_ITEMS else []


def content_links(tree: LexborHTMLParser, page_url: str, hosts: frozenset[str]) -> list[Item]:
    """Title-length links of a page's body to its own hosts: what a static section page points at."""
    found: dict[str, Item] = {}
    for node in tree.css("a[href]")[:MAX_LINKS]:
        url = absolute(page_url, node.attributes.get("href") or "")
        text = _text(node)
        if url and url != page_url and _own(url, hosts) and is_title(text) and region_of(node) == "body":
            found.setdefault(url, Item(url, text, None))
    return list(found.values())


# -- the item URL pattern ------------------------------------------------------------------------------


def host_regex(netloc: str) -> str:
    """Exactly this host (with or without "www."), never a sibling subdomain."""
    bare = netloc.removeprefix("www.")
    return r"https?://(?:www\.)?" + re.escape(bare)


def _boundary_prefix(values: list[str]) -> str:
    """The common prefix, cut back to its last non-alphanumeric character ("art-12", "art-345" -> "art-")."""
    prefix = values[0]
    for value in values[1:]:
        while not value.startswith(prefix):
            prefix = prefix[:-1]
    cut = max((i for i, c in enumerate(prefix) if not c.isalnum()), default=-1)
    return prefix[: cut + 1]


def _boundary_suffix(values: list[str]) -> str:
    reversed_prefix = _boundary_prefix([v[::-1] for v in values])
    return reversed_prefix[::-1]


def _generalise(values: list[str], stop: str) -> str:
    """One regex for differing URL segments (or query values): literal edges, the middle by its shape."""
    prefix = _boundary_prefix(values)
    rest = [v[len(prefix) :] for v in values]
    suffix = _boundary_suffix(rest) if all(rest) else ""
    middles = [v[: len(v) - len(suffix)] if suffix else v for v in rest]
    other = f"[^{stop}]"
    if all(m.isdigit() for m in middles):
        middle = r"\d+"
    elif all(re.match(r"\d+\W", m) for m in middles) and len({re.match(r"\d+(\W)", m)[1] for m in middles}) == 1:  # type: ignore[index]
        separator = re.match(r"\d+(\W)", middles[0])[1]  # type: ignore[index]
        middle = r"\d+" + re.escape(separator) + other + "*"
    elif all("-" in m for m in middles):
        middle = f"{other}*-{other}*"
    else:
        middle = other + "+"
    return re.escape(prefix) + middle + re.escape(suffix)


def _column(values: list[str], stop: str) -> str:
    """One URL segment (or query value) across the items: literal when shared, unless it is a number.

    A number shared by every sample (the year 2025 of /2025/06/slug/) is still a number: last
    year's items must match too.
    """
    if all(v.isdigit() for v in values):
        return r"\d+"
    return re.escape(values[0]) if len(set(values)) == 1 else _generalise(values, stop)


def _shape(url: str) -> tuple[str, int, bool, tuple[str, ...]]:
    parts = urlsplit(url)
    keys = tuple(sorted(k for k, _ in parse_qsl(parts.query, keep_blank_values=True)))
    return parts.netloc.removeprefix("www."), parts.path.count("/"), parts.path.endswith("/"), keys


def item_pattern(urls: list[str], *, avoid: tuple[str, ...] = ()) -> str | None:
    """An anchored regex generalising the item URLs of the largest same-shape group; None under two URLs.

    `avoid` (the listing itself, its pages, other sections) is excluded by a negative lookahead
    when the generalised shape would also match it: the walker asks "article?" before "listing?".
    """
    groups: dict[tuple[str, int, bool, tuple[str, ...]], list[str]] = defaultdict(list)
    for url in dict.fromkeys(urls):
        groups[_shape(url)].append(url)
    if not groups:
        return None
    shape, group = max(groups.items(), key=lambda kv: len(kv[1]))
    if len(group) < 2:
        return None
    splits = [urlsplit(u) for u in group]
    segments = [s.path.split("/") for s in splits]
    path = "/".join(_column(list(column), "/?#") for column in zip(*segments, strict=True))
    query = ""
    if shape[3]:
        pairs = [parse_qsl(s.query, keep_blank_values=True) for s in splits]
        pieces = []
        for key, _ in pairs[0]:
            values = [dict(p).get(key, "") for p in pairs]
            value = _column(values, "&#")
            pieces.append(re.escape(key) + "=" + value)
        query = r"\?" + "&".join(pieces)
    host = host_regex(splits[0].netloc)
    pattern = f"^{host}{path}{query}$"
    guards = [urlsplit(a) for a in avoid if re.match(pattern, a)]
    if guards:
        alternatives = "|".join(re.escape(g.path + (f"?{g.query}" if g.query else "")) + "$" for g in guards)
        pattern = f"^{host}(?!{alternatives}){path}{query}$"
    if not all(re.match(pattern, u) for u in group):
        return None
    return pattern


# -- pagination ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pagination:
    """How page N of a listing is named: `template` with "{n}" = base + (N - 1) * step (page 1 is the listing)."""

    label: str  # "?page= 0-based", "?start= offset 10", "/page/N/", "next link", "none"
    template: str | None = None
    base: int = 1
    step: int = 1
    next_url: str | None = None  # the page-2 link as found (an opaque next link has no template)
    pattern: str | None = None  # regex for the walker's `follow`: every page of this listing
    verified: bool = False  # page 2 was fetched and brought new items
    past_end: str | None = None  # "repeats page 1" when page 2 brings nothing new (no page past the end is asked)
    evidence: tuple[str, ...] = ()

    def page_url(self, page: int) -> str | None:
        """URL of page `page` (1 = the listing itself is not generated); None without a template."""
        if self.template is None:
            return self.next_url if page == 2 else None
        return self.template.replace("{n}", str(self.base + (page - 1) * self.step))


NO_PAGINATION = Pagination("none")


def _near(url: str, page_url: str) -> int:
    """How much a pager link looks like this listing's own: 2 same path, 1 below its path, 0 elsewhere."""
    path, own = urlsplit(url).path, urlsplit(page_url).path
    if path == own:
        return 2
    stem = own.rstrip("/")
    stem = stem.rsplit(".", 1)[0] if "." in stem.rsplit("/", 1)[-1] else stem
    return 1 if stem and path.startswith(stem) else 0


def _next_links(tree: LexborHTMLParser, page_url: str) -> tuple[dict[int, str], list[tuple[str, str]]]:
    """Numbered page links ({2: url, 3: url}) and "next" links (url, why) of a page, its own pager's first."""
    numbered: dict[int, list[str]] = defaultdict(list)
    nexts: list[tuple[str, str]] = []
    for node in tree.css('link[rel~="next"]'):
        if url := absolute(page_url, node.attributes.get("href") or ""):
            nexts.append((url, "<link rel=next>"))
    for node in tree.css("a[href]")[:MAX_LINKS]:
        url = absolute(page_url, node.attributes.get("href") or "")
        if url is None or url == page_url:
            continue
        text = _text(node)
        label = " ".join(filter(None, (node.attributes.get("title"), node.attributes.get("aria-label"))))
        words = " ".join(_WORD_CHARS.findall(fold(f"{text} {label}" if not text.isdigit() else text)))
        rel = (node.attributes.get("rel") or "").split()
        if "next" in rel:
            nexts.append((url, "rel=next"))
        elif text.isdigit() and 2 <= int(text) <= MAX_PAGE:
            numbered[int(text)].append(url)
        elif text in _NEXT_SYMBOLS or words in _NEXT_WORDS or any(words.startswith(w + " ") for w in _NEXT_WORDS):
            nexts.append((url, f'link "{text or label}"'))
    best = {n: max(urls, key=lambda u: _near(u, page_url)) for n, urls in numbered.items()}
    if 2 in best and _near(best[2], page_url) == 0 and any(_near(u, page_url) for u, _ in nexts):
        best = {}  # the "2" of a calendar or a gallery, while the listing has a next link of its own
    nexts.sort(key=lambda pair: -_near(pair[0], page_url))
    return best, nexts


def _fit(points: list[tuple[int, int]]) -> tuple[int, int] | None:
    """(base, step) with value = base + (page - 1) * step through every (page, value), or None."""
    if len(points) < 2:
        return None
    (p1, v1), (p2, v2) = points[0], points[1]
    if (v2 - v1) % (p2 - p1):
        return None
    step = (v2 - v1) // (p2 - p1)
    base = v1 - (p1 - 1) * step
    if step <= 0 or any(base + (p - 1) * step != v for p, v in points):
        return None
    return base, step


def _guess(value: int) -> tuple[int, int]:
    """(base, step) from page 2's value alone: 1 is 0-based, 2 is 1-based, more an offset (`?start=10`)."""
    if value > 2:
        return 0, value
    return (0, 1) if value == 1 else (1, 1)


def _label(where: str, base: int, step: int) -> str:
    if step > 1:
        return f"{where} offset {step}"
    return f"{where} {base}-based"


def _query_rule(url2: str, numbered: dict[int, str], page_url: str) -> tuple[str, int, int, str] | None:
    """(template, base, step, label) when page 2 differs from page 1 by a numeric query value."""
    first = dict(parse_qsl(urlsplit(page_url).query, keep_blank_values=True))
    parts = urlsplit(url2)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    changed = [(k, v) for k, v in pairs if v.isdigit() and first.get(k) != v]
    if not changed:
        return None
    key, value = changed[-1]
    points = []
    for page, url in sorted(numbered.items()):
        found = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True)).get(key)
        if found is not None and found.isdigit():
            points.append((page, int(found)))
    fitted = _fit(points) or _guess(int(value))
    query = "&".join(f"{k}={{n}}" if k == key else f"{k}={v}" for k, v in pairs)
    template = parts._replace(query=query).geturl()
    return template, fitted[0], fitted[1], _label(f"?{key}=", *fitted)


def _path_rule(url2: str, numbered: dict[int, str], page_url: str) -> tuple[str, int, int, str] | None:
    """(template, base, step, label) when page 2's path carries the page number ("/page/2/", "/strona/2")."""
    parts = urlsplit(url2)
    if parts.path == urlsplit(page_url).path:
        return None
    runs = list(_DIGITS.finditer(parts.path))
    if not runs:
        return None
    run = runs[-1]
    before, after = parts.path[: run.start()], parts.path[run.end() :]
    points = []
    for page, url in sorted(numbered.items()):
        other = urlsplit(url).path
        if (
            other.startswith(before)
            and other.endswith(after)
            and other[len(before) : len(other) - len(after)].isdigit()
        ):
            points.append((page, int(other[len(before) : len(other) - len(after)])))
    fitted = _fit(points) or _guess(int(run.group()))
    template = parts._replace(path=f"{before}{{n}}{after}").geturl()
    shown = re.sub(r"^.*?(/[^/\d]*/?)$", r"\1", before) if before else "/"
    return template, fitted[0], fitted[1], _label(f"{shown}N{after}", *fitted)


def _follow(template: str) -> str:
    parts = urlsplit(template)
    rest = template[len(f"{parts.scheme}://{parts.netloc}") :]
    return "^" + host_regex(parts.netloc) + re.escape(rest).replace(r"\{n\}", r"\d+") + "$"


def _opaque_follow(url: str) -> str:
    """A next link without a page number in sight: its shape, every number free."""
    parts = urlsplit(url)
    rest = re.escape(url[len(f"{parts.scheme}://{parts.netloc}") :])
    return "^" + host_regex(parts.netloc) + _DIGITS.sub(lambda _: r"\d+", rest) + "$"


def pagination(tree: LexborHTMLParser, page_url: str, hosts: frozenset[str]) -> Pagination:
    """The rule naming page N of this listing, from its pager; NO_PAGINATION when it has none."""
    numbered, nexts = _next_links(tree, page_url)
    numbered = {n: u for n, u in numbered.items() if urlsplit(u).netloc in hosts}
    nexts = [(u, why) for u, why in nexts if urlsplit(u).netloc in hosts]
    if 2 in numbered:
        url2, why = numbered[2], 'numbered link "2"'
    elif nexts:
        url2, why = nexts[0]
    else:
        return NO_PAGINATION
    evidence = [f"{why} -> {url2}"]
    if len(numbered) > 1:
        evidence.append(f"numbered links {min(numbered)}..{max(numbered)}")
    rule = _query_rule(url2, numbered, page_url) or _path_rule(url2, numbered, page_url)
    if rule is None:
        pattern = _opaque_follow(url2)
        return Pagination("next link", None, next_url=url2, pattern=pattern, evidence=tuple(evidence))
    template, base, step, label = rule
    return Pagination(label, template, base, step, url2, _follow(template), evidence=tuple(evidence))


def new_items(first: list[Item], second: list[Item]) -> list[Item]:
    """Items of page 2 not on page 1 (a page past the end that repeats page 1 brings none)."""
    seen = {item.url for item in first}
    return [item for item in second if item.url not in seen]
