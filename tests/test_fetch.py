"""The fetcher against the fake gmina site on 127.0.0.1: politeness, robots, retries, caps, redirects.

Every test uses short delays and timeouts, so the whole file runs in seconds; no test
contacts anything but loopback (the offsite redirect target is refused before any request).
"""

from __future__ import annotations

import asyncio
import itertools
import socket
import time
import tracemalloc
from collections.abc import Awaitable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import TypeVar

import httpx
import pytest

from extract.urls import canonical_url
from fakesite import FakeSite, fake_site, gzip_bomb, start_fake_site
from scraper.fetch import Fetcher, FetchPolicy, FetchResult, parse_retry_after

__all__ = ["fake_site"]  # the shared fixture (Crawl-delay 0.2 s), used by the crawl-delay test

T = TypeVar("T")
FAST = FetchPolicy(
    allow_loopback=True, timeout=1.0, delay=0.05, backoff=0.01, retries=2, max_retry_wait=5.0, max_total_time=10.0
)
TOL = 0.02  # scheduling and loopback jitter between the client's clock and the server's log


@pytest.fixture()
def site() -> Iterator[FakeSite]:
    """The fake site without a Crawl-delay, so the policy's 0.05 s delay rules."""
    s = start_fake_site(crawl_delay=None, slow_seconds=1.0)
    try:
        yield s
    finally:
        s.stop()


def run(coro: Awaitable[T]) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, timeout=15)

    return asyncio.run(bounded())


def fetch_one(site: FakeSite, path: str, policy: FetchPolicy = FAST, **kwargs: object) -> FetchResult:
    async def go() -> FetchResult:
        async with Fetcher(policy) as fetcher:
            return await fetcher.fetch(site.url(path), allowed_hosts=frozenset({site.host}), **kwargs)  # type: ignore[arg-type]

    return run(go())


def starts(site: FakeSite, path: str | None = None) -> list[float]:
    return [r.t for r in site.requests if path is None or r.path == path]


# -- ordinary pages ----------------------------------------------------------------------------------


def test_article_fetched_with_our_user_agent_after_robots(site: FakeSite) -> None:
    result = fetch_one(site, site.articles[1].path)
    assert result.status == 200 and result.error is None and result.error_class is None
    assert result.attempts == 1 and result.ok
    assert result.url == result.final_url == canonical_url(site.article_url(1))
    assert result.body is not None and b"Termomodernizacja" in result.body
    assert "1 250 000,00 zł".encode() in result.body
    assert result.headers["content-type"].startswith("text/html")
    assert result.headers["etag"] and result.headers["last-modified"]
    assert result.fetched_at is not None and result.fetched_at.tzinfo is UTC
    assert site.paths() == ["/robots.txt", site.articles[1].path]
    for request in site.requests:
        assert request.headers["user-agent"] == FetchPolicy().user_agent
        assert "gzip" in request.headers["accept-encoding"] and "br" not in request.headers["accept-encoding"]


def test_windows_1250_page_bytes_come_back_unchanged(site: FakeSite) -> None:
    article = site.articles[4]
    result = fetch_one(site, article.path)
    assert result.body == site.article_bytes(article)
    assert result.headers["content-type"] == "text/html"  # charset only in <meta>
    assert b'charset="windows-1250"' in result.body
    assert "Żaczek" in result.body.decode("cp1250")
    with pytest.raises(UnicodeDecodeError):
        result.body.decode("utf-8")


def test_listing_pages_and_calendar(site: FakeSite) -> None:
    first = fetch_one(site, "/aktualnosci")
    second = fetch_one(site, "/aktualnosci?strona=2")
    calendar = fetch_one(site, "/kalendarz?miesiac=7")
    assert first.body is not None and b'href="/aktualnosci?strona=2"' in first.body
    assert second.body is not None and site.articles[6].path.encode() in second.body
    assert calendar.body is not None and b"/kalendarz?miesiac=8" in calendar.body


@pytest.mark.parametrize(
    ("path", "body_part"),
    [("/fault/gzip", b"Tre\xc5\x9b\xc4\x87 strony"), ("/fault/deflate-raw", b"Tre\xc5\x9b\xc4\x87 strony")],
)
def test_content_encoding_removed_and_wire_headers_dropped(site: FakeSite, path: str, body_part: bytes) -> None:
    result = fetch_one(site, path)
    assert result.error is None and result.body is not None and body_part in result.body
    assert result.body.startswith(b"<!DOCTYPE html>")
    assert "content-encoding" not in result.headers and "content-length" not in result.headers


# -- refusals before any request ---------------------------------------------------------------------


def test_scheme_and_offsite_are_refused_without_a_request(site: FakeSite) -> None:
    async def go() -> list[FetchResult]:
        async with Fetcher(FAST) as fetcher:
            hosts = frozenset({site.host})
            return [
                await fetcher.fetch(f"ftp://{site.host}/plik.txt", allowed_hosts=hosts),
                await fetcher.fetch("mailto:gmina@example.invalid", allowed_hosts=hosts),
                await fetcher.fetch("http://example.invalid/aktualnosci", allowed_hosts=hosts),
                await fetcher.fetch(site.url("/aktualnosci"), allowed_hosts=frozenset({"gmina.example"})),
            ]

    results = run(go())
    assert [r.error_class for r in results] == ["scheme", "scheme", "offsite", "offsite"]
    assert all(r.attempts == 0 and r.status is None and r.body is None for r in results)
    assert site.requests == []


def test_allowed_hosts_may_name_the_hostname_without_port(site: FakeSite) -> None:
    async def go() -> FetchResult:
        async with Fetcher(FAST) as fetcher:
            return await fetcher.fetch(site.url("/aktualnosci"), allowed_hosts=frozenset({"127.0.0.1"}))

    assert run(go()).status == 200


def test_robots_disallowed_path_is_never_requested(site: FakeSite) -> None:
    async def go() -> tuple[list[FetchResult], Fetcher]:
        async with Fetcher(FAST) as fetcher:
            hosts = frozenset({site.host})
            results = [await fetcher.fetch(site.url(p), allowed_hosts=hosts) for p in ("/prywatne/tajne", "/gone")]
            results.append(await fetcher.fetch(site.url("/prywatne/tajne"), allowed_hosts=hosts))
            assert not await fetcher.allowed(site.url("/prywatne/cokolwiek"))
            assert await fetcher.allowed(site.url("/aktualnosci"))
            return results, fetcher

    (refused, gone, again), fetcher = run(go())
    assert refused.error_class == "robots" and refused.attempts == 0 and refused.body is None
    assert again.error_class == "robots"
    assert gone.status == 410
    assert not any(p.startswith("/prywatne/") for p in site.paths())
    assert site.hits("/robots.txt") == 1  # once per host per Fetcher
    stats = fetcher.stats[site.host]
    assert stats.robots_skipped == 2 and stats.robots_requests == 1 and stats.requests == 2


@pytest.mark.parametrize(
    ("status", "allowed"),
    [(404, True), (410, True), (401, True), (403, True), (500, False), (503, False), (429, False)],
)
def test_robots_status_follows_rfc_9309(site: FakeSite, status: int, allowed: bool) -> None:
    site.robots_status = status
    policy = FetchPolicy(allow_loopback=True, timeout=1.0, delay=0.05, backoff=0.01, retries=0)
    result = fetch_one(site, "/prywatne/tajne", policy)
    if allowed:  # 4xx: "unavailable", everything may be crawled
        assert result.status == 200 and "/prywatne/tajne" in site.paths()
    else:  # 5xx (and 429): "unreachable", nothing may be crawled this run; not a "disallowed" refusal
        assert result.error_class == "unreachable" and site.paths() == ["/robots.txt"]
        assert result.error == f"unreachable: robots.txt of {site.base_url} unreachable (HTTP {status})"


def test_unreachable_robots_disallows_everything() -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    async def go() -> tuple[bool, FetchResult, str]:
        async with Fetcher(
            FetchPolicy(allow_loopback=True, timeout=0.5, delay=0.0, backoff=0.01, retries=1)
        ) as fetcher:
            url = f"http://127.0.0.1:{port}/aktualnosci"
            ok = await fetcher.allowed(url)
            result = await fetcher.fetch(url, allowed_hosts=frozenset({"127.0.0.1"}))
            rules = fetcher.robots_rules(url)
            return ok, result, rules.reason if rules else ""

    ok, result, reason = run(go())
    assert not ok and result.error_class == "unreachable" and reason.startswith("unreachable")
    assert result.error is not None and result.error.endswith("(connect: connection refused (after 2 attempts))"), (
        result.error
    )


@pytest.mark.parametrize(
    ("target", "private_allowed"),
    [("/robots-alt.txt", False), ("http://example.invalid/robots.txt", True)],
)
def test_robots_redirects_followed_only_within_the_site(site: FakeSite, target: str, private_allowed: bool) -> None:
    site.robots_redirect = target
    result = fetch_one(site, "/prywatne/tajne")
    if private_allowed:  # off-site robots.txt is not fetched: treated as unavailable (allow all)
        assert result.status == 200 and site.paths() == ["/robots.txt", "/prywatne/tajne"]
    else:
        assert result.error_class == "robots" and site.paths() == ["/robots.txt", "/robots-alt.txt"]


def test_proxy_environment_is_ignored(site: FakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")  # discard port: any use of it would fail
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert fetch_one(site, "/aktualnosci").status == 200


# -- retries -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/fault/503-then-200", "/fault/429"])
def test_retry_honours_retry_after(site: FakeSite, path: str) -> None:
    result = fetch_one(site, path)
    assert result.status == 200 and result.error is None and result.attempts == 2
    first, second = starts(site, path)
    assert second - first >= 1.0 - TOL  # Retry-After: 1, although backoff would allow 0.01 s


def test_retry_after_over_max_retry_wait_gives_up_at_once(site: FakeSite) -> None:
    began = time.monotonic()
    result = fetch_one(site, "/fault/429-long")
    assert result.status == 429 and result.error_class == "http_4xx" and result.attempts == 1
    assert result.error is not None and "max_retry_wait" in result.error
    assert time.monotonic() - began < 2


def test_500_is_retried_then_recorded(site: FakeSite) -> None:
    result = fetch_one(site, "/fault/500")
    assert result.status == 500 and result.error_class == "http_5xx" and result.body is None
    assert result.attempts == FAST.retries + 1 == site.hits("/fault/500")
    assert result.error is not None and "\n" not in result.error


@pytest.mark.parametrize("path", ["/fault/reset", "/fault/truncated"])
def test_connection_reset_and_truncated_body_are_retried(site: FakeSite, path: str) -> None:
    result = fetch_one(site, path)
    assert result.error_class == "connect" and result.body is None
    assert result.attempts == FAST.retries + 1 == site.hits(path)


def test_timeout_is_retried_then_recorded(site: FakeSite) -> None:
    policy = FetchPolicy(allow_loopback=True, timeout=0.3, delay=0.05, backoff=0.01, retries=1)  # the server sleeps 1 s
    began = time.monotonic()
    result = fetch_one(site, "/fault/timeout", policy)
    assert result.status is None and result.error_class == "timeout" and result.attempts == 2
    assert time.monotonic() - began < 1.5


@pytest.mark.parametrize("path", ["/nic-takiego", "/gone"])
def test_other_4xx_not_retried(site: FakeSite, path: str) -> None:
    result = fetch_one(site, path)
    assert result.error_class == "http_4xx" and result.status in (404, 410) and result.attempts == 1
    assert result.body is None and site.hits(path) == 1


def test_a_retry_cut_by_the_deadline_reports_the_servers_error(site: FakeSite) -> None:
    # the first answer is a 500; the retry is still in flight when max_total_time runs out: the result says 5xx
    policy = FetchPolicy(allow_loopback=True, timeout=5.0, delay=0.0, backoff=0.01, retries=3, max_total_time=0.5)
    began = time.monotonic()
    result = fetch_one(site, "/fault/500-then-slow?s=2", policy)
    assert result.error_class == "http_5xx" and result.status == 500 and result.attempts == 2
    assert result.error is not None and "gave up: max_total_time 0.5 s" in result.error
    assert time.monotonic() - began < 1.9


def test_max_total_time_bounds_all_attempts(site: FakeSite) -> None:
    policy = FetchPolicy(allow_loopback=True, timeout=5.0, delay=0.0, backoff=0.2, retries=50, max_total_time=0.6)
    began = time.monotonic()
    result = fetch_one(site, "/fault/500", policy)
    assert result.error_class == "http_5xx" and 1 < result.attempts < 20
    slow = fetch_one(
        site, "/fault/slow?s=2", FetchPolicy(allow_loopback=True, timeout=5.0, delay=0.0, max_total_time=0.4)
    )
    assert slow.error_class == "timeout" and slow.error is not None and "max_total_time" in slow.error
    assert time.monotonic() - began < 2.5


def test_backoff_is_exponential_with_full_jitter_through_injected_sleep(site: FakeSite) -> None:
    waits: list[float] = []
    now = [0.0]

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    async def go() -> FetchResult:
        policy = FetchPolicy(allow_loopback=True, timeout=1.0, delay=0.0, backoff=1.0, retries=3, max_total_time=100.0)
        async with Fetcher(policy, sleep=fake_sleep, clock=lambda: now[0], rand=lambda: 1.0) as fetcher:
            return await fetcher.fetch(site.url("/fault/500"), allowed_hosts=frozenset({site.host}))

    began = time.monotonic()
    result = run(go())
    assert result.attempts == 4 and waits == [1.0, 2.0, 4.0]  # rand()=1: the top of each jitter window
    assert time.monotonic() - began < 2


def test_parse_retry_after() -> None:
    now = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
    assert parse_retry_after("1", now) == 1.0
    assert parse_retry_after(" 120 ", now) == 120.0
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


# -- conditional requests ----------------------------------------------------------------------------


def test_conditional_requests_and_changes(site: FakeSite) -> None:
    async def go() -> list[FetchResult]:
        async with Fetcher(FAST) as fetcher:
            hosts = frozenset({site.host})
            url = site.article_url(2)
            first = await fetcher.fetch(url, allowed_hosts=hosts)
            etag, modified = first.headers["etag"], first.headers["last-modified"]
            by_etag = await fetcher.fetch(url, allowed_hosts=hosts, etag=etag)
            by_date = await fetcher.fetch(url, allowed_hosts=hosts, last_modified=modified)
            site.set_article_body(2, "<!DOCTYPE html><html><body><h1>Nowa treść</h1></body></html>")
            changed = await fetcher.fetch(url, allowed_hosts=hosts, etag=etag, last_modified=modified)
            site.remove_article(2, 410)
            removed = await fetcher.fetch(url, allowed_hosts=hosts, etag=changed.headers["etag"])
            return [first, by_etag, by_date, changed, removed]

    first, by_etag, by_date, changed, removed = run(go())
    assert first.status == 200 and first.body is not None
    for result in (by_etag, by_date):
        assert result.status == 304 and result.not_modified and result.body is None and result.error is None
    article = [r for r in site.requests if r.path == site.articles[2].path]
    assert article[1].headers["if-none-match"] == first.headers["etag"]
    assert article[2].headers["if-modified-since"] == first.headers["last-modified"]
    assert changed.status == 200 and changed.body is not None and "Nowa treść".encode() in changed.body
    assert changed.headers["etag"] != first.headers["etag"]
    assert removed.status == 410 and removed.error_class == "http_4xx"


# -- size caps ---------------------------------------------------------------------------------------


def _capped(site: FakeSite, path: str, policy: FetchPolicy) -> tuple[FetchResult, float, int]:
    gzip_bomb()  # built before measuring: the server's copy is not the client's memory

    async def go() -> tuple[FetchResult, float, int]:
        async with Fetcher(policy) as fetcher:
            await fetcher.allowed(site.url("/"))
            tracemalloc.start()
            try:
                began = time.monotonic()
                result = await fetcher.fetch(site.url(path), allowed_hosts=frozenset({site.host}))
                elapsed = time.monotonic() - began
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            return result, elapsed, peak

    return run(go())


def test_gzip_bomb_stops_at_max_decompressed(site: FakeSite) -> None:
    policy = FetchPolicy(allow_loopback=True, timeout=2.0, delay=0.05, max_decompressed=20_000_000)
    result, elapsed, peak = _capped(site, "/fault/gzip-bomb", policy)
    assert result.error_class == "too_large" and result.body is None and result.status == 200
    assert result.error is not None and "max_decompressed" in result.error and result.attempts == 1
    assert elapsed < 5 and peak < 25_000_000  # never the 50 MB it expands to


def test_gzip_bomb_stops_at_max_bytes_on_the_wire(site: FakeSite) -> None:
    policy = FetchPolicy(allow_loopback=True, timeout=2.0, delay=0.05, max_bytes=10_000)
    result, _, peak = _capped(site, "/fault/gzip-bomb?chunked=1", policy)
    assert result.error_class == "too_large" and result.body is None
    assert result.error is not None and "on the wire" in result.error
    assert peak < 5_000_000


def test_big_streamed_page_is_cut_at_max_bytes(site: FakeSite) -> None:
    result, elapsed, peak = _capped(
        site, "/fault/big", FetchPolicy(allow_loopback=True, timeout=2.0, delay=0.05)
    )  # 10 MB cap
    assert result.error_class == "too_large" and result.body is None and result.attempts == 1
    assert result.error is not None and "max_bytes" in result.error
    assert elapsed < 5 and peak < 15_000_000  # 20 MB page, at most the 10 MB cap held


def test_big_page_with_content_length_is_refused_before_reading(site: FakeSite) -> None:
    result, elapsed, peak = _capped(
        site, "/fault/big?length=1", FetchPolicy(allow_loopback=True, timeout=2.0, delay=0.05)
    )
    assert result.error_class == "too_large" and result.error is not None and "Content-Length" in result.error
    assert elapsed < 2 and peak < 2_000_000


# -- content types -----------------------------------------------------------------------------------


def test_pdf_is_not_html_and_keeps_no_body(site: FakeSite) -> None:
    result = fetch_one(site, "/files/uchwala.pdf")
    assert result.error_class == "not_html" and result.body is None and result.status == 200
    assert result.headers["content-type"] == "application/pdf"
    assert result.url.endswith("/files/uchwala.pdf")


def test_missing_content_type_is_sniffed(site: FakeSite) -> None:
    assert fetch_one(site, "/fault/no-type").body is not None
    assert fetch_one(site, "/fault/no-type-binary").error_class == "not_html"


def test_xml_for_sitemaps_and_feeds(site: FakeSite) -> None:
    async def go() -> list[FetchResult]:
        async with Fetcher(FAST) as fetcher:
            hosts = frozenset({site.host})
            return [
                await fetcher.fetch(site.url("/sitemap.xml"), allowed_hosts=hosts, accept="xml"),
                await fetcher.fetch(site.url("/rss.xml"), allowed_hosts=hosts, accept="xml"),
                await fetcher.fetch(site.url("/rss.xml"), allowed_hosts=hosts),
                await fetcher.fetch(site.article_url(1), allowed_hosts=hosts, accept="xml"),
                await fetcher.fetch(site.url("/fault/feed-as-text"), allowed_hosts=hosts, accept="xml"),
            ]

    sitemap, feed, feed_as_html, html_as_xml, feed_as_text = run(go())
    assert feed_as_text.body is not None and feed_as_text.body.startswith(b"<?xml")
    assert sitemap.body is not None and site.articles[6].path.encode() in sitemap.body
    assert feed.body is not None and b'<rss version="2.0">' in feed.body
    assert site.requests[2].headers["accept"].startswith("application/xml")
    assert feed_as_html.error_class == "not_html" and html_as_xml.error_class == "not_html"


# -- redirects ---------------------------------------------------------------------------------------


def test_redirect_followed_and_final_url_canonical(site: FakeSite) -> None:
    result = fetch_one(site, "/fault/redirect-ok")
    assert result.status == 200 and result.attempts == 2 and result.body is not None
    assert result.final_url == canonical_url(site.article_url(1))
    assert result.history == (canonical_url(site.url("/fault/redirect-ok")),)


def test_offsite_redirect_never_followed(site: FakeSite) -> None:
    result = fetch_one(site, "/fault/offsite-redirect")
    assert result.error_class == "offsite" and result.status == 302 and result.attempts == 1
    assert result.final_url == "http://example.invalid/x" and result.body is None


@pytest.mark.parametrize(
    ("path", "error_class", "attempts"),
    [
        ("/fault/redirect-loop", "redirects", 2),
        ("/fault/redirect-chain/6", "redirects", 6),  # 6 redirects, max_redirects 5
        ("/fault/redirect-private", "robots", 1),
        ("/fault/redirect-ftp", "scheme", 1),
        ("/fault/redirect-bad", "other", 1),
    ],
)
def test_bad_redirects(site: FakeSite, path: str, error_class: str, attempts: int) -> None:
    result = fetch_one(site, path)
    assert result.error_class == error_class and result.attempts == attempts and result.body is None
    assert "/prywatne/tajne" not in site.paths()


def test_five_redirects_are_allowed(site: FakeSite) -> None:
    result = fetch_one(site, "/fault/redirect-chain/4")
    assert result.status == 200 and result.attempts == 6 and len(result.history) == 5


# -- politeness --------------------------------------------------------------------------------------


def test_one_request_in_flight_per_host_and_delay_between_starts(site: FakeSite) -> None:
    policy = FetchPolicy(allow_loopback=True, timeout=2.0, delay=0.15, concurrency=8)

    async def go() -> list[FetchResult]:
        async with Fetcher(policy) as fetcher:
            hosts = frozenset({site.host})
            return list(
                await asyncio.gather(
                    *(fetcher.fetch(site.url(f"/fault/slow?s=0.05&i={i}"), allowed_hosts=hosts) for i in range(5))
                )
            )

    results = run(go())
    assert all(r.status == 200 for r in results)
    assert site.max_in_flight == 1
    times = starts(site)
    assert len(times) == 6  # robots.txt + 5 pages
    assert all(b - a >= 0.15 - TOL for a, b in itertools.pairwise(times))


def test_the_delay_counts_from_when_a_request_leaves_the_client() -> None:
    """A process set aside between a turn's start and the send (a loaded machine) does not shorten the gap."""
    sent: dict[str, float] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        sent[request.url.path] = time.monotonic()
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"content-type": "text/html"}, stream=httpx.ByteStream(b"<p>x</p>"))

    async def go() -> None:
        async with Fetcher(FAST, transport=httpx.MockTransport(answer)) as fetcher:
            client = fetcher._client
            assert client is not None
            build = client.build_request

            def set_aside(method: str, url: str, **options: object) -> httpx.Request:
                if url.endswith("/a"):
                    time.sleep(0.06)  # the system runs another process between the turn's start and the send
                return build(method, url, **options)  # type: ignore[arg-type]

            client.build_request = set_aside  # type: ignore[method-assign]
            host = "gmina-cierpliwa.example"
            for path in ("/a", "/b"):
                result = await fetcher.fetch(f"http://{host}{path}", allowed_hosts=frozenset({host}), delay=0.1)
                assert result.status == 200

    run(go())
    assert sent["/b"] - sent["/a"] >= 0.1 - TOL


def test_crawl_delay_larger_than_site_delay_wins(fake_site: FakeSite) -> None:
    async def go() -> tuple[float | None, float, float]:
        async with Fetcher(FAST) as fetcher:
            hosts = frozenset({fake_site.host})
            for n in (1, 2, 3):
                await fetcher.fetch(fake_site.article_url(n), allowed_hosts=hosts, delay=0.05)
            return (
                fetcher.crawl_delay(fake_site.host),
                fetcher.effective_delay(fake_site.host, 0.05),
                fetcher.effective_delay(fake_site.host, 0.5),
            )

    crawl_delay, effective, site_wins = run(go())
    assert crawl_delay == 0.2 and effective == 0.2 and site_wins == 0.5
    times = starts(fake_site)
    assert len(times) == 4
    # robots.txt -> first page: only the site delay was known; after that Crawl-delay 0.2 s rules.
    assert all(b - a >= 0.2 - TOL for a, b in itertools.pairwise(times[1:]))


def _two_sites_parallel(concurrency: int) -> list[tuple[float, float, str]]:
    first, second = start_fake_site(crawl_delay=None), start_fake_site(crawl_delay=None)
    try:

        async def go() -> None:
            async with Fetcher(
                FetchPolicy(allow_loopback=True, timeout=2.0, delay=0.05, concurrency=concurrency)
            ) as fetcher:
                await asyncio.gather(
                    *(
                        fetcher.fetch(s.url(f"/fault/slow?s=0.2&i={i}"), allowed_hosts=frozenset({s.host}))
                        for s in (first, second)
                        for i in range(2)
                    )
                )

        run(go())
        return [span for s in (first, second) for span in s.spans if span[2].startswith("/fault/slow")]
    finally:
        first.stop()
        second.stop()


def _overlap(spans: list[tuple[float, float, str]]) -> bool:
    spans = sorted(spans)
    return any(b[0] < a[1] - TOL for a, b in itertools.pairwise(spans))


def test_hosts_fetched_in_parallel_up_to_concurrency() -> None:
    assert _overlap(_two_sites_parallel(concurrency=8))  # two hosts at once
    assert not _overlap(_two_sites_parallel(concurrency=1))  # a global limit of one


# -- robustness --------------------------------------------------------------------------------------


def test_fetch_never_raises(site: FakeSite) -> None:
    async def go() -> list[FetchResult]:
        outside = Fetcher(FAST)  # not entered: no client
        results = [await outside.fetch(site.url("/aktualnosci"), allowed_hosts=frozenset({site.host}))]
        async with Fetcher(FAST) as fetcher:
            results.append(await fetcher.fetch("http://[::1/zly", allowed_hosts=frozenset({site.host})))
            results.append(
                await fetcher.fetch(site.url("/aktualnosci"), allowed_hosts=frozenset({site.host}), accept="pdf")  # type: ignore[arg-type]
            )
        return results

    results = run(go())
    assert all(r.error and r.error_class and r.body is None for r in results)


def test_stats_count_requests_and_outcomes(site: FakeSite) -> None:
    async def go() -> Fetcher:
        async with Fetcher(FAST) as fetcher:
            hosts = frozenset({site.host})
            for path in ("/aktualnosci", "/fault/500", "/nic", "/prywatne/tajne", "/fault/redirect-ok"):
                await fetcher.fetch(site.url(path), allowed_hosts=hosts)
            return fetcher

    stats = run(go()).stats[site.host]
    assert stats.requests == len(site.requests) == 1 + 1 + 3 + 1 + 2
    assert stats.by_status == {"2xx": 3, "3xx": 1, "4xx": 1, "5xx": 3}
    assert stats.retries == 2 and stats.robots_skipped == 1 and stats.robots_requests == 1
    assert stats.errors == {"http_5xx": 1, "http_4xx": 1, "robots": 1}


def test_cookies_a_site_sets_are_sent_back_and_pages_without_one_set_none() -> None:
    """The jar skips responses without Set-Cookie (a CPU saving), not cookies: a set one comes back."""
    sent: dict[str, str | None] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        sent[request.url.path] = request.headers.get("cookie")
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        headers = {"content-type": "text/html"}
        if request.url.path == "/a":
            headers["set-cookie"] = "sesja=abc; Path=/"
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(b"<html><body>strona</body></html>"))

    async def go() -> list[int]:
        async with Fetcher(FAST, transport=httpx.MockTransport(answer)) as fetcher:
            statuses = []
            for path in ("/b", "/a", "/c"):
                host = "gmina-ciasteczkowa.example"
                result = await fetcher.fetch(f"http://{host}{path}", allowed_hosts=frozenset({host}), delay=0.0)
                statuses.append(result.status)
            return statuses

    assert run(go()) == [200, 200, 200]
    assert sent["/b"] is None and sent["/a"] is None
    assert sent["/c"] == "sesja=abc"
