"""Polite, bounded HTTP fetching (httpx, async): robots.txt, per-host delays, retries, size caps.

Exceptions: none escape `Fetcher.fetch`; every failure is a `FetchResult` with `error` set,
so one bad page never stops a run.

Usage (the crawl orchestrator)::

    async with Fetcher(FetchPolicy(concurrency=8)) as fetcher:
        result = await fetcher.fetch(url, allowed_hosts=site.hosts, delay=site.delay)
        if result.body is not None:
            store.save(site.id, result.final_url, result.body, status=result.status, headers=result.headers,
                       fetched_at=result.fetched_at)

Politeness: one request in flight per host (host = the canonical URL's netloc, so
"127.0.0.1:8080" and "www.gmina.pl" are hosts), at least `delay` seconds between the
starts of two requests to one host (robots.txt and redirect hops included; a start is when the
request enters the transport, `_Stamped`), where
delay = max(site delay, the host's robots.txt Crawl-delay for us), and at most
`concurrency` requests in flight overall.  A Retry-After also holds back the other
pages of that host.  One Fetcher belongs to one event loop.
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import importlib.util
import ipaddress
import logging
import os
import random
import re
import socket
import sys
import time
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import httpx

from scraper import crashpoints
from scraper.canonical import canonical_url
from scraper.decoding import BodyDecoder, TooLarge
from scraper.errors import ErrorClass
from scraper.fetch_result import DEFAULT_CONTACT as DEFAULT_CONTACT
from scraper.fetch_result import ROBOTS_TOKEN as ROBOTS_TOKEN
from scraper.fetch_result import USER_AGENT as USER_AGENT
from scraper.fetch_result import FetchPolicy as FetchPolicy
from scraper.fetch_result import FetchResult as FetchResult
from scraper.fetch_result import HostStats
from scraper.netguard import GuardedTransport, PerHostTransport, Resolve, blocked_cause, refusal
from scraper.robots import MAX_ROBOTS_BYTES, RobotsRules, blocked, rules_for_response, unavailable
from scraper.scopes import in_scope

logger = logging.getLogger(__name__)

# httpcore asks which async library runs by `import sniffio` on every request; when sniffio is not
# installed, each ask is a failed import that searches sys.path (about 0.1 ms, 20,000 times in a crawl of
# 100 sites).  Marked absent once here, the import fails at once and httpcore assumes asyncio, as before.
if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
    sys.modules["sniffio"] = None  # type: ignore[assignment]

# We decode gzip and deflate ourselves (to cap the decoded size); brotli/zstd are not offered.
ACCEPT_ENCODING = "gzip, deflate"
_ACCEPT = {
    "html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "xml": "application/xml,text/xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.1",
}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_XML_TYPES = frozenset({"application/xml", "text/xml", "application/rss+xml", "application/atom+xml"})
# Feeds and sitemaps are often served with a vague type; for accept="xml" these are sniffed.
_VAGUE_FOR_XML = frozenset({"", "text/plain", "application/octet-stream", "text/html"})
_HTML_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]", re.I | re.S)
_XML_SNIFF = re.compile(
    rb"^\s*(?:<\?xml|(?:<!--.*?-->\s*)*<(?:rss|feed|urlset|sitemapindex|rdf:rdf)[\s>])", re.I | re.S
)
_SNIFF_WINDOW = 1024
_ROBOTS_REDIRECTS = 5  # RFC 9309 2.3.1.2
_KEPT_HOSTS = 100_000  # hostnames whose address check is remembered (a few MB at most; past it, checked each time)

Accept = Literal["html", "xml"]
Sleep = Callable[[float], Awaitable[None]]


@dataclass
class _Host:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    last_start: float | None = None
    not_before: float = 0.0  # monotonic time before which nobody may ask (a Retry-After)


# The host whose turn the running task holds: `_Stamped` notes on it when the request leaves the client.
_SENDING: contextvars.ContextVar[_Host | None] = contextvars.ContextVar("_SENDING", default=None)


class _Stamped(httpx.AsyncBaseTransport):
    """The transport under the client, noting when each request leaves it: a host's delay counts from there.

    The turn's start is noted before httpx builds and sends the request; a process the system sets aside
    in between (a loaded machine: milliseconds) would send it later than noted, and the host's next request
    could then leave less than the delay after it.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, clock: Callable[[], float]) -> None:
        self._inner = inner
        self._clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = _SENDING.get()
        if host is not None:
            host.last_start = self._clock()  # after the turn's start: the gap only grows
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@dataclass
class _Page:
    """One fetch() (or one robots.txt fetch): its attempt count and time budget."""

    attempts: int = 0
    deadline: float | None = None  # set when its first request starts


@dataclass
class _Outcome:
    """One HTTP exchange, possibly after retries."""

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    error: str | None = None
    error_class: ErrorClass | None = None
    retryable: bool = False
    retry_after: float | None = None
    fetched_at: datetime | None = None
    out_of_time: bool = False  # cut short by the page's max_total_time


def _one_line(text: object, limit: int = 300) -> str:
    return " ".join(str(text).split())[:limit]


def network_cause(error: BaseException) -> str:
    """'connection refused', 'DNS lookup failed: Name or service not known', ...: the OS's reason under httpx's.

    httpx often says only "All connection attempts failed"; the operator needs the cause.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, socket.gaierror):
            return f"DNS lookup failed: {current.strerror or current}"
        if isinstance(current, OSError) and current.errno and current.errno > 0:
            return os.strerror(current.errno).lower()
        current = current.__cause__ or current.__context__
    return f"{type(error).__name__}: {error}"


def _media_type(headers: dict[str, str]) -> str:
    return headers.get("content-type", "").split(";")[0].strip().lower()


def _is_xml_type(media: str) -> bool:
    return media in _XML_TYPES or media.endswith("+xml")


def _status_class(status: int | None) -> str:
    return f"{status // 100}xx" if status is not None else "no_response"


def _host_key(url: str) -> str:
    """The politeness key: the canonical netloc (hostname, plus the port when not the default)."""
    return urlsplit(canonical_url(url)).netloc


def _origin(url: str) -> str:
    parts = urlsplit(canonical_url(url))
    return f"{parts.scheme}://{parts.netloc}"


def _bare(host: str) -> str:
    host = host.split(":")[0]
    return host.removeprefix("www.")


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class _Cookies(httpx.Cookies):
    """The client's jar, read only when a response sets a cookie.

    httpx hands every response to http.cookiejar (two adapter objects and a URL parse each, about a
    twentieth of a request's CPU) even when it has no Set-Cookie header: those are skipped; a
    response that sets one is kept as before.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers or "set-cookie2" in response.headers:
            super().extract_cookies(response)


class _Client(httpx.AsyncClient):
    """httpx's client with `_Cookies` as its jar (its setter would wrap any jar back into a plain Cookies)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._jar = _Cookies()  # httpx's __init__ fills its own attribute, not through the setter

    @property
    def cookies(self) -> httpx.Cookies:
        return self._jar

    @cookies.setter
    def cookies(self, cookies: httpx._types.CookieTypes) -> None:
        self._jar = _Cookies(cookies)


class Fetcher:
    """Fetches pages politely; use as `async with Fetcher(policy) as f: await f.fetch(...)`.

    `sleep`, `clock` and `rand` are injectable so tests can run without real waiting; `resolve`
    (host, port -> addresses) replaces DNS for the guard against addresses that are not public
    (scraper.netguard), which every connection of the default transport goes through.  A given
    `transport` replaces the network and brings its own guard (scraper.resolve) or none (tests).
    """

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
        resolve: Resolve | None = None,
        robots: dict[str, RobotsRules] | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.stats: dict[str, HostStats] = {}
        self._transport = transport
        self._resolve = resolve
        self._sleep = sleep
        self._clock = clock
        self._rand = rand
        self._client: _Client | None = None
        self._semaphore = asyncio.Semaphore(max(1, self.policy.concurrency))
        self._hosts: dict[str, _Host] = {}
        # by origin (scheme://netloc), RFC 9309 scope; a run passes one dict to its discovery's fetcher and
        # its crawl's, so each robots.txt is asked once a night (one request saved per host)
        self._robots: dict[str, RobotsRules] = {} if robots is None else robots
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._refusals: dict[str, str | None] = {}  # hostname -> why an IP literal may not be asked (None: may)

    async def __aenter__(self) -> Fetcher:
        limits = httpx.Limits(
            max_connections=max(1, self.policy.concurrency), max_keepalive_connections=max(1, self.policy.concurrency)
        )
        transport = _Stamped(self._transport or self._per_host_transport(), self._clock)
        self._client = _Client(
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
            timeout=httpx.Timeout(self.policy.timeout),
            follow_redirects=False,  # followed by hand: every hop is checked (host, scheme, robots)
            trust_env=False,  # no proxies or netrc from the environment
            http1=True,
            http2=False,
            limits=limits,
            transport=transport,
        )
        return self

    def _per_host_transport(self) -> PerHostTransport:
        """A guarded pool per host (one request in flight per host: two connections are plenty)."""
        ssl_context = httpx.create_ssl_context(trust_env=False)
        policy, resolve = self.policy, self._resolve

        def one_host() -> GuardedTransport:
            return GuardedTransport(
                concurrency=2, allow_loopback=policy.allow_loopback, resolve=resolve, ssl_context=ssl_context
            )

        return PerHostTransport(one_host, keep=max(16, 2 * policy.concurrency))

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # -- public API ---------------------------------------------------------------------------

    async def fetch(
        self,
        url: str,
        *,
        allowed_hosts: frozenset[str],
        delay: float | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: Accept = "html",
        scopes: tuple[str, ...] = (),
    ) -> FetchResult:
        """Fetch one page; never raises.  `allowed_hosts` holds hostnames (or "host:port"); on a host
        named in `scopes` ("host/path/", scraper.scopes) only URLs under that path are fetched.

        The returned body is decoded from its Content-Encoding (gzip/deflate) but not from
        its charset: the bytes the server meant, which is what the raw store keeps.  When a
        body was decoded, `content-encoding` and `content-length` are dropped from the
        returned headers (they describe the wire, not the body); `transfer-encoding` always is.
        A 304 (after `etag` / `last_modified` were sent) comes back with status 304, no body
        and no error.  Non-HTML (or, with accept="xml", non-XML) answers come back as
        error_class "not_html" with status and headers but no body, so the URL can be listed
        as an attachment.
        """
        try:
            asked = canonical_url(url)
        except ValueError as error:  # e.g. "http://[::1/x": not a URL we could ever request
            return FetchResult(url, url, None, error=_one_line(f"scheme: bad URL: {error}"), error_class="scheme")
        try:
            result = await self._fetch(url, asked, allowed_hosts, delay, etag, last_modified, accept, scopes)
            crashpoints.reach("fetch")  # an answer in hand, nothing of it saved yet
        except Exception as error:  # a bug must not stop the run: record it like any failure
            logger.exception("fetch %s failed unexpectedly", url)
            result = FetchResult(asked, asked, None, error=_one_line(f"internal error: {error!r}"), error_class="other")
        if result.error_class:
            self._stats(urlsplit(asked).netloc).errors[result.error_class] += 1
        return result

    async def allowed(self, url: str, *, delay: float | None = None) -> bool:
        """May we fetch `url` under its host's robots.txt?  Reads robots.txt once per origin per Fetcher.

        Only call it for hosts you may contact: it requests that host's /robots.txt.
        """
        try:
            if urlsplit(url).scheme.lower() not in ("http", "https") or not urlsplit(url).hostname:
                return False
        except ValueError:
            return False
        rules = await self._robots_for(url, delay)
        return rules.allowed(url, ROBOTS_TOKEN)

    def _literal_refusal(self, hostname: str) -> str | None:
        """Why a host written as an IP address may not be asked (before robots.txt or any connection).

        Asked before every request and hop: the answer is kept per hostname (a pure function of it
        and the policy), so the address is parsed once a host, not once a page.
        """
        if hostname in self._refusals:
            return self._refusals[hostname]
        try:
            ipaddress.ip_address(hostname.strip("[]"))
        except ValueError:
            why = None  # a name: checked by the transport's guard once resolved
        else:
            why = refusal(hostname.strip("[]"), allow_loopback=self.policy.allow_loopback)
        if len(self._refusals) < _KEPT_HOSTS:
            self._refusals[hostname] = why
        return why

    def crawl_delay(self, host: str) -> float | None:
        """Crawl-delay robots.txt sets for us on `host` (netloc, e.g. "www.gmina.pl"); None if unknown/unset."""
        host = host.lower()
        # robots.txt is only read for http(s) origins: two look-ups, not a walk over every site's origin per request
        delays = [
            d
            for scheme in ("http", "https")
            if (rules := self._robots.get(f"{scheme}://{host}")) is not None
            and (d := rules.crawl_delay(ROBOTS_TOKEN)) is not None
        ]
        return max(delays) if delays else None

    def robots_rules(self, url: str) -> RobotsRules | None:
        """The cached robots.txt verdict for `url`'s origin (None until `allowed` or `fetch` read it)."""
        return self._robots.get(_origin(url))

    def effective_delay(self, host: str, delay: float | None = None) -> float:
        """Seconds between request starts on `host`: max(site delay or policy delay, Crawl-delay)."""
        base = self.policy.delay if delay is None else delay
        return max(base, self.crawl_delay(host) or 0.0)

    # -- one page -----------------------------------------------------------------------------

    async def _fetch(
        self,
        url: str,
        asked: str,
        allowed_hosts: frozenset[str],
        delay: float | None,
        etag: str | None,
        last_modified: str | None,
        accept: Accept,
        scopes: tuple[str, ...] = (),
    ) -> FetchResult:
        if accept not in _ACCEPT:
            return FetchResult(asked, asked, None, error=f"unknown accept {accept!r}", error_class="other")
        allowed = {h.lower() for h in allowed_hosts}
        headers = {"Accept": _ACCEPT[accept], "Accept-Language": "pl,en;q=0.5"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        page = _Page()
        current, current_canon = url, asked
        seen = {asked}
        history: list[str] = []
        last: _Outcome | None = None

        def refuse(error: str, error_class: ErrorClass) -> FetchResult:
            status, hdrs = (last.status, last.headers) if last else (None, {})
            return FetchResult(
                asked,
                current_canon,
                status,
                hdrs,
                error=_one_line(error),
                error_class=error_class,
                attempts=page.attempts,
                history=tuple(history),
            )

        while True:
            parts = urlsplit(current_canon)
            hop = "redirect to " if history else ""
            if parts.scheme not in ("http", "https") or not parts.hostname:
                return refuse(f"scheme: {hop}{current_canon} is not http(s)", "scheme")
            if parts.hostname not in allowed and parts.netloc not in allowed:
                self._stats(urlsplit(asked).netloc).offsite_skipped += 1
                return refuse(f"offsite: {hop}{parts.netloc} is not one of the site's hosts", "offsite")
            if not in_scope(current_canon, scopes):
                self._stats(urlsplit(asked).netloc).offsite_skipped += 1
                return refuse(f"offsite: {hop}{current_canon} is outside the site's path on a shared host", "offsite")
            if (why := self._literal_refusal(parts.hostname)) is not None:
                return refuse(f"blocked: {hop}{why}", "blocked")
            if not await self.allowed(current, delay=delay):
                rules = self.robots_rules(current)
                if rules is not None and rules.blocked:
                    return refuse(f"{rules.reason}", "blocked")
                if rules is not None and rules.unreachable:  # RFC 9309: "do not crawl now", not "disallowed"
                    return refuse(f"unreachable: robots.txt of {_origin(current)} {rules.reason}", "unreachable")
                self._stats(urlsplit(asked).netloc).robots_skipped += 1
                return refuse(f"robots: {hop}{current_canon} disallowed by robots.txt", "robots")
            last = await self._with_retries(current, page, headers, delay, accept, body_limit=None)
            if last.status in _REDIRECTS and last.error is None:
                location = last.headers.get("location", "").strip()
                if not location:
                    return refuse(f"redirect {last.status} without a Location", "other")
                try:
                    nxt = urljoin(current, location)
                    nxt_canon = canonical_url(nxt)
                except ValueError:
                    return refuse(f"redirect to a bad URL {location!r}", "other")
                history.append(current_canon)
                current, current_canon = nxt, nxt_canon
                if len(history) > self.policy.max_redirects:
                    return refuse(f"redirects: more than {self.policy.max_redirects} redirects", "redirects")
                if current_canon in seen:
                    return refuse(f"redirects: loop back to {current_canon}", "redirects")
                seen.add(current_canon)
                continue
            return FetchResult(
                asked,
                current_canon,
                last.status,
                last.headers,
                last.body,
                last.fetched_at,
                last.error,
                last.error_class,
                page.attempts,
                tuple(history),
            )

    async def _with_retries(
        self,
        url: str,
        page: _Page,
        headers: dict[str, str],
        delay: float | None,
        accept: Accept | None,
        body_limit: int | None,
    ) -> _Outcome:
        """One URL, retried on timeouts, connection errors, 429 and 5xx with full-jitter backoff."""
        host_key = _host_key(url)
        retry = 0
        previous: _Outcome | None = None
        while True:
            outcome = await self._attempt(url, host_key, page, headers, delay, accept, body_limit)
            if outcome.out_of_time and previous is not None:
                # the deadline cut a retry short: what the server kept answering says more than "timeout"
                previous.error = _one_line(
                    f"{previous.error} (gave up: max_total_time {self.policy.max_total_time:g} s)"
                )
                return previous
            previous = outcome
            if not outcome.retryable:
                return outcome
            if retry >= self.policy.retries:
                outcome.error = _one_line(f"{outcome.error} (after {page.attempts} attempts)")
                return outcome
            if outcome.retry_after is not None:
                if outcome.retry_after > self.policy.max_retry_wait:
                    outcome.error = _one_line(
                        f"{outcome.error}; Retry-After {outcome.retry_after:.0f} s is over "
                        f"max_retry_wait {self.policy.max_retry_wait:.0f} s"
                    )
                    return outcome
                wait = outcome.retry_after
                host = self._host(host_key)
                host.not_before = max(host.not_before, self._clock() + wait)
            else:
                wait = self._rand() * min(self.policy.max_retry_wait, self.policy.backoff * 2**retry)
            if page.deadline is not None and self._clock() + wait >= page.deadline:
                outcome.error = _one_line(f"{outcome.error} (gave up: max_total_time {self.policy.max_total_time:g} s)")
                return outcome
            retry += 1
            self._stats(host_key).retries += 1
            logger.info("retry %d for %s in %.2f s: %s", retry, url, wait, outcome.error)
            await self._sleep(wait)

    async def _attempt(
        self,
        url: str,
        host_key: str,
        page: _Page,
        headers: dict[str, str],
        delay: float | None,
        accept: Accept | None,
        body_limit: int | None,
    ) -> _Outcome:
        """One request in the host's turn: host lock, delay since the last start, a global slot."""
        host = self._host(host_key)
        async with host.lock:
            gap = self.effective_delay(host_key, delay)
            while True:  # not_before may move while we sleep (another page's Retry-After)
                ready = max(host.not_before, (host.last_start + gap) if host.last_start is not None else 0.0)
                now = self._clock()
                if now >= ready:
                    break
                await self._sleep(ready - now)
            async with self._semaphore:
                start = self._clock()
                host.last_start = start
                if page.deadline is None:
                    page.deadline = start + self.policy.max_total_time
                remaining = page.deadline - start
                page.attempts += 1
                stats = self._stats(host_key)
                stats.requests += 1
                if remaining <= 0:
                    return _Outcome(
                        error=f"timeout: max_total_time {self.policy.max_total_time:g} s used up",
                        error_class="timeout",
                        out_of_time=True,
                    )
                sending = _SENDING.set(host)
                try:
                    async with asyncio.timeout(remaining):
                        outcome = await self._exchange(url, headers, accept, body_limit, stats)
                except TimeoutError:
                    outcome = _Outcome(
                        error=f"timeout: max_total_time {self.policy.max_total_time:g} s used up",
                        error_class="timeout",
                        out_of_time=True,
                    )
                finally:
                    _SENDING.reset(sending)
                stats.by_status[_status_class(outcome.status)] += 1
                logger.debug("GET %s -> %s %s", url, outcome.status, outcome.error or "")
                return outcome

    async def _exchange(
        self,
        url: str,
        headers: dict[str, str],
        accept: Accept | None,
        body_limit: int | None,
        stats: HostStats,
    ) -> _Outcome:
        """Send one GET and read (or refuse) its body; network errors become an _Outcome."""
        if self._client is None:
            raise RuntimeError("Fetcher used outside 'async with'")
        try:
            request = self._client.build_request("GET", url, headers=headers)
            response = await self._client.send(request, stream=True)
        except httpx.TimeoutException as error:
            return _Outcome(error=_one_line(f"timeout: {type(error).__name__}"), error_class="timeout", retryable=True)
        except httpx.UnsupportedProtocol as error:
            return _Outcome(error=_one_line(f"scheme: {error}"), error_class="scheme")
        except (httpx.NetworkError, httpx.ProtocolError, httpx.ProxyError) as error:
            if (why := blocked_cause(error)) is not None:  # not public: never retried, never connected
                return _Outcome(error=_one_line(why), error_class="blocked")
            if str(error).startswith("Invalid URL in location header"):
                # httpx parses Location even when not following redirects: a bad one is the page's fault.
                return _Outcome(error=_one_line(f"redirect to a bad URL: {error}"), error_class="other")
            return _Outcome(error=_one_line(f"connect: {network_cause(error)}"), error_class="connect", retryable=True)
        except (httpx.InvalidURL, ValueError) as error:
            return _Outcome(error=_one_line(f"bad URL: {error}"), error_class="scheme")
        try:
            return await self._handle(response, accept, body_limit, stats)
        except httpx.TimeoutException as error:
            return _Outcome(
                status=response.status_code,
                error=_one_line(f"timeout while reading the body: {type(error).__name__}"),
                error_class="timeout",
                retryable=True,
            )
        except (httpx.NetworkError, httpx.ProtocolError) as error:
            return _Outcome(
                status=response.status_code,
                error=_one_line(f"connect: body cut short: {type(error).__name__}: {error}"),
                error_class="connect",
                retryable=True,
            )
        finally:
            await response.aclose()

    async def _handle(
        self, response: httpx.Response, accept: Accept | None, body_limit: int | None, stats: HostStats
    ) -> _Outcome:
        status = response.status_code
        headers = {k.lower(): v for k, v in response.headers.items()}
        out = _Outcome(status=status, headers=headers, fetched_at=datetime.now(UTC))
        if status in _REDIRECTS or status == 304:
            return out
        if status == 429 or status >= 500:
            out.error_class = "http_4xx" if status < 500 else "http_5xx"
            out.error = f"HTTP {status}"
            out.retryable = True
            out.retry_after = parse_retry_after(headers.get("retry-after"))
            return out
        if status >= 400:
            out.error, out.error_class = f"HTTP {status}", "http_4xx"
            return out
        if not 200 <= status < 300:
            out.error, out.error_class = f"unexpected HTTP {status}", "other"
            return out
        media = _media_type(headers)
        sniff = not media or (accept == "xml" and media in _VAGUE_FOR_XML)
        if accept is not None and not sniff and not self._type_ok(media, accept):
            out.error, out.error_class = f"not_html: content-type {media}", "not_html"
            return out
        length = headers.get("content-length", "").strip()
        if body_limit is None and length.isdigit() and int(length) > self.policy.max_bytes:
            out.error = f"too large: Content-Length {length} over max_bytes {self.policy.max_bytes}"
            out.error_class = "too_large"
            return out
        coding = headers.get("content-encoding", "").strip().lower()
        if coding not in ("", "identity", "gzip", "x-gzip", "deflate"):
            out.error, out.error_class = f"unsupported content-encoding {coding!r}", "other"
            return out
        try:
            body = await self._read_body(response, BodyDecoder(coding), body_limit, stats)
        except TooLarge as error:
            out.error, out.error_class = _one_line(f"too large: {error}"), "too_large"
            return out
        except zlib.error as error:
            out.error, out.error_class = _one_line(f"bad {coding} body: {error}"), "other"
            return out
        headers.pop("transfer-encoding", None)
        if coding not in ("", "identity"):
            headers.pop("content-encoding", None)
            headers.pop("content-length", None)
        if accept is not None and not self._type_ok(media, accept) and not self._sniff(body, accept):
            out.error = f"not_html: content-type {media or 'missing'} and the body does not look like {accept}"
            out.error_class = "not_html"
            return out
        out.body = body
        return out

    async def _read_body(
        self, response: httpx.Response, decoder: BodyDecoder, body_limit: int | None, stats: HostStats
    ) -> bytes:
        """Stream the body, counting wire bytes against max_bytes and decoded bytes against max_decompressed.

        With `body_limit` (robots.txt) the body is cut at that many decoded bytes instead of refused.
        """
        cap = self.policy.max_decompressed if body_limit is None else body_limit
        body = bytearray()
        wire = 0
        async for chunk in response.aiter_raw():
            wire += len(chunk)
            stats.wire_bytes += len(chunk)
            if wire > self.policy.max_bytes:
                if body_limit is not None:
                    return bytes(body[:body_limit])
                raise TooLarge(f"body over max_bytes {self.policy.max_bytes} on the wire")
            for piece in decoder.feed(chunk):
                body += piece
                if len(body) > cap:
                    if body_limit is not None:
                        return bytes(body[:body_limit])
                    raise TooLarge(f"decoded body over max_decompressed {cap}")
        body += decoder.flush()
        if len(body) > cap:
            if body_limit is not None:
                return bytes(body[:body_limit])
            raise TooLarge(f"decoded body over max_decompressed {cap}")
        return bytes(body)

    @staticmethod
    def _type_ok(media: str, accept: Accept) -> bool:
        return media in _HTML_TYPES if accept == "html" else _is_xml_type(media)

    @staticmethod
    def _sniff(body: bytes, accept: Accept) -> bool:
        head = body[:_SNIFF_WINDOW].removeprefix(b"\xef\xbb\xbf")
        return bool((_HTML_SNIFF if accept == "html" else _XML_SNIFF).match(head))

    # -- robots.txt ---------------------------------------------------------------------------

    async def _robots_for(self, url: str, delay: float | None) -> RobotsRules:
        origin = _origin(url)
        if (rules := self._robots.get(origin)) is not None:
            return rules
        lock = self._robots_locks.setdefault(origin, asyncio.Lock())
        async with lock:
            if (rules := self._robots.get(origin)) is None:
                rules = await self._fetch_robots(origin, delay)
                self._robots[origin] = rules
                # INFO: the crawl turns an unreachable robots.txt into the site's one failure line
                logger.info("robots.txt %s: %s", origin, rules.reason)
            return rules

    async def _fetch_robots(self, origin: str, delay: float | None) -> RobotsRules:
        """GET /robots.txt with the page client and UA; redirects followed within the same site (www or not)."""
        url = f"{origin}/robots.txt"
        if (why := self._literal_refusal(urlsplit(origin).hostname or "")) is not None:
            return blocked(f"blocked: {why}")
        page = _Page()
        headers = {"Accept": "text/plain,*/*;q=0.1"}
        for _ in range(_ROBOTS_REDIRECTS + 1):
            self._stats(_host_key(url)).robots_requests += 1
            outcome = await self._with_retries(url, page, headers, delay, None, body_limit=MAX_ROBOTS_BYTES)
            if outcome.status in _REDIRECTS and outcome.error is None:
                target = urljoin(url, outcome.headers.get("location", ""))
                parts = urlsplit(target)
                if parts.scheme not in ("http", "https") or _bare(parts.netloc) != _bare(urlsplit(origin).netloc):
                    return unavailable(f"robots.txt redirects off the site to {_one_line(target, 100)}")
                url = target
                continue
            if outcome.error_class == "blocked":
                return blocked(f"{outcome.error}")
            if outcome.error_class == "too_large":  # cannot happen with body_limit; be safe
                return unavailable("robots.txt too large")
            if outcome.status is None:
                return rules_for_response(None, None, error=outcome.error)
            return rules_for_response(outcome.status, outcome.body)
        return unavailable(f"more than {_ROBOTS_REDIRECTS} redirects")

    # -- bookkeeping --------------------------------------------------------------------------

    def _host(self, host_key: str) -> _Host:
        if (host := self._hosts.get(host_key)) is None:  # made once a host, not once a call (a lock each)
            host = self._hosts[host_key] = _Host()
        return host

    def _stats(self, host_key: str) -> HostStats:
        if (stats := self.stats.get(host_key)) is None:  # two Counters made once a host, not once a call
            stats = self.stats[host_key] = HostStats()
        return stats
