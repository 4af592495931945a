"""What a fetch gives (FetchResult), the limits it obeys (FetchPolicy), what it counts, who it says it is."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from scraper.errors import ErrorClass

# Sent with every request; site owners should be able to tell who we are and how to reach us.
# Operators name themselves with `scrape run --contact` (or SCRAPE_CONTACT): site admins must be
# able to reach whoever runs the crawler.
USER_AGENT = "jst-funding-scraper/0.1 (dataset of projects funded by Polish local governments; contact: {contact})"
DEFAULT_CONTACT = "not given"
# The product token matched against robots.txt User-agent lines (never the whole header:
# a group for "github" must not catch us because our URL mentions it).
ROBOTS_TOKEN = "jst-funding-scraper"


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # the canonical URL asked for
    final_url: str  # after redirects (canonical); on a redirect error, the target refused or not followed
    status: int | None  # None when no HTTP response arrived
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes | None = None  # None for 304, errors and refused pages
    fetched_at: datetime | None = None
    error: str | None = None  # one line: "timeout", "robots: disallowed", "too large: ...", ...
    error_class: ErrorClass | None = None  # see scraper.errors
    attempts: int = 0
    history: tuple[str, ...] = ()  # canonical URLs that redirected here, in order (final_url not included)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        """A body to store, or a 304 meaning the stored one is still current."""
        return self.error is None


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for one run; the defaults suit municipal sites on shared hosting."""

    user_agent: str = USER_AGENT.format(contact=DEFAULT_CONTACT)
    concurrency: int = 8  # global limit of requests in flight
    delay: float = 1.0  # default seconds between two request starts on one host (per-site `delay` overrides)
    timeout: float = 20.0  # per request (connect/read/write/pool)
    max_bytes: int = 10_000_000  # streamed body cap (compressed bytes on the wire)
    max_decompressed: int = 20_000_000  # cap on decoded bytes (gzip/deflate bombs)
    max_redirects: int = 5
    retries: int = 3  # extra attempts on timeouts, connection errors, 429, 5xx
    backoff: float = 0.5  # base of exponential backoff with full jitter
    max_retry_wait: float = 60.0  # a Retry-After larger than this: give up on the page (record the error)
    max_total_time: float = 120.0  # per page, all attempts included (counted from its first request)
    # Loopback (127.0.0.0/8, ::1) may be connected to: tests and local staging servers only.  No other
    # address that is not public ever is (scraper.netguard).
    allow_loopback: bool = False


@dataclass
class HostStats:
    """Per-host counters for the run report.

    Request counters go to the host requested; page counters (skips, errors) to the host of the URL asked.
    """

    requests: int = 0  # HTTP requests sent, robots.txt and redirect hops included
    robots_requests: int = 0
    robots_skipped: int = 0  # pages refused by robots.txt (never requested)
    offsite_skipped: int = 0  # URLs (or redirect targets) outside the site's hosts (or its path on a shared host)
    retries: int = 0
    by_status: Counter[str] = field(default_factory=Counter)  # per request: "2xx".."5xx", "no_response"
    errors: Counter[str] = field(default_factory=Counter)  # per page: error_class
    wire_bytes: int = 0
