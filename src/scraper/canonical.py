"""`canonical_url` and `url_id` remembered for the URLs a crawl is working on.

One fetched page asks for its URL's canonical form about eight times (the politeness key, the
robots origin, the fetch itself, the store's key and file names, the state's rows, the walk's
roles); each is a parse and a rebuild of the URL.  The answers are pure functions of the URL,
so the last few thousand are kept (bounded: a crawl of any size holds the same few hundred KB).
"""

from __future__ import annotations

from functools import lru_cache

from extract import urls

_KEPT = 8192  # URLs: more than the pages in flight and the links of the listings being read


@lru_cache(maxsize=_KEPT)
def canonical_url(url: str) -> str:
    """`extract.urls.canonical_url`, remembered (ValueError for a bad URL, as there: errors are not kept)."""
    return urls.canonical_url(url)


@lru_cache(maxsize=_KEPT)
def url_id(url: str) -> str:
    """`extract.urls.url_id`, remembered: the record id and the raw-store key of the URL."""
    return urls.url_id(url)


@lru_cache(maxsize=_KEPT)
def canonical_set(start_urls: tuple[str, ...]) -> frozenset[str]:
    """A site's start URLs, canonical: `role_of` asks of every link whether it is one."""
    return frozenset(canonical_url(url) for url in start_urls)
