"""What a page says about itself in markup: <meta> values and JSON-LD objects (the headline, the dates)."""

from __future__ import annotations

import json
from collections import deque
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode


def meta_nodes(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's meta[content] elements in document order (`meta_values` reads the first 400)."""
    return list(tree.css("meta[content]"))


def meta_values(nodes: list[LexborNode]) -> dict[str, str]:
    """<meta> values by lower-cased property / name / itemprop (the first of each), from the whole page's
    meta[content] (`meta_nodes`)."""
    found: dict[str, str] = {}
    # <head> first; itemprop in the body belongs to an element (maybe a related teaser): judged apart.
    # One walk: the parser puts every <meta> in <head> or <body>, and <head> comes first in document order.
    for node in nodes[:400]:
        attributes = node.attributes
        key = attributes.get("property") or attributes.get("name")
        if key is None and node.parent is not None and node.parent.tag == "head":
            key = attributes.get("itemprop")
        content = (attributes.get("content") or "").strip()
        if key and content and key.lower() not in found:
            found[key.lower()] = content
    return found


def json_ld_objects(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    """Objects of the page's JSON-LD blocks (@graph flattened), at most 100; broken JSON is skipped."""
    objects: list[dict[str, Any]] = []
    for script in tree.css('script[type="application/ld+json"]')[:10]:
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
