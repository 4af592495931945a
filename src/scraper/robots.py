"""robots.txt rules for one host, after RFC 9309, parsed by protego (Scrapy's parser).

protego gets wildcards, `$` anchors, longest-match precedence (Allow wins a tie) and
Crawl-delay right; this module adds what the RFC says to do when there is no usable
file: a 4xx means "unavailable" (crawl everything), a 5xx or no answer at all means
"unreachable" (crawl nothing for this run).  The fetcher (scraper.fetch) does the
HTTP side and calls `rules_for_response`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from protego import Protego

logger = logging.getLogger(__name__)

# RFC 9309 2.5: crawlers must parse at least 500 KiB; what lies beyond may be ignored.
MAX_ROBOTS_BYTES = 512_000


@dataclass(frozen=True)
class RobotsRules:
    """What one host's robots.txt lets a crawler do; `reason` says where the verdict came from."""

    reason: str  # "parsed", "unavailable (HTTP 404)", "unreachable (HTTP 503)", "unreachable (timeout)", ...
    parser: Protego | None = None  # None: a blanket verdict, see `allow_all`
    allow_all: bool = True
    blocked: bool = False  # the host is not a public address (scraper.netguard): nothing may be fetched

    @property
    def unreachable(self) -> bool:
        """No usable file because the host could not be asked (5xx, network): crawl nothing now (RFC 9309)."""
        return self.parser is None and not self.allow_all

    def allowed(self, url: str, user_agent: str) -> bool:
        """May `user_agent` (a product token such as "jst-funding-scraper") fetch `url`?"""
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, user_agent))

    def crawl_delay(self, user_agent: str) -> float | None:
        """Crawl-delay of the group that matches `user_agent` (or `*`); None when not given."""
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        return float(delay) if delay is not None else None

    def sitemaps(self) -> list[str]:
        """Sitemap URLs the file lists (site-wide, whatever the group)."""
        return list(self.parser.sitemaps) if self.parser is not None else []


ALLOW_ALL = RobotsRules("no restrictions", None, True)


def parse_robots(text: str | bytes) -> RobotsRules:
    """Rules from a robots.txt body (bytes are read as UTF-8, the RFC's encoding, bad bytes replaced)."""
    if isinstance(text, bytes):
        text = text[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
    text = text.removeprefix("\ufeff")
    return RobotsRules("parsed", Protego.parse(text), True)


def unavailable(why: str) -> RobotsRules:
    """RFC 9309 2.3.1.3: a 4xx (or no file at all) lets the crawler access everything."""
    return RobotsRules(f"unavailable ({why})", None, True)


def unreachable(why: str) -> RobotsRules:
    """RFC 9309 2.3.1.4: a 5xx or a network failure means complete disallow (here: for the whole run)."""
    return RobotsRules(f"unreachable ({why})", None, False)


def blocked(why: str) -> RobotsRules:
    """The host may not be connected to at all (a private or loopback address): like unreachable, for the run."""
    return RobotsRules(why, None, False, blocked=True)


def rules_for_response(status: int | None, body: bytes | None, *, error: str | None = None) -> RobotsRules:
    """The verdict for a robots.txt fetch that ended with `status` (None: no response, `error` says why).

    2xx: the file's rules.  429 is treated like a 5xx (the server asks us to stay away)
    although RFC 9309 only names 5xx; every other 4xx, 401 and 403 included, is
    "unavailable" and allows everything, as the RFC says.
    """
    if status is None:
        return unreachable(error or "no response")
    if 200 <= status < 300:
        return parse_robots(body or b"")
    if status == 429 or status >= 500:
        return unreachable(f"HTTP {status}")
    if 400 <= status < 500:
        return unavailable(f"HTTP {status}")
    # 1xx / unfollowed 3xx: nothing usable arrived; the RFC lets us treat it as unavailable.
    return unavailable(f"HTTP {status}")
