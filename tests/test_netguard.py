"""No connection to an address that is not public (scraper.netguard), whatever a host name resolves to.

DNS is never asked: every test injects a resolver.  "Public allowed" is shown without the internet:
the guard's decision on public addresses, and a whole fetch through the guarded transport whose
real connector is httpcore's mock backend (it records where it was asked to connect).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

import httpcore
import httpx
import pytest

from fakesite import FakeSite, fake_site
from hostile_site import Answer, HostileSite, hostile
from scraper.fetch import Fetcher, FetchPolicy, FetchResult
from scraper.netguard import GuardedTransport, refusal
from scraper.resolve import Resolver

__all__ = ["fake_site", "hostile"]

T = TypeVar("T")
POLICY = FetchPolicy(delay=0.0, retries=0, timeout=5.0, max_total_time=10.0)
NAME = "www.gmina-publiczna.test"

REFUSED = [
    ("10.1.2.3", "private"),
    ("172.16.0.1", "private"),
    ("172.31.255.254", "private"),
    ("192.168.1.1", "private"),
    ("fc00::1", "private"),
    ("fd12:3456::1", "private"),
    ("127.0.0.1", "loopback"),
    ("127.255.255.254", "loopback"),
    ("::1", "loopback"),
    ("169.254.169.254", "link-local"),  # cloud metadata
    ("169.254.1.1", "link-local"),
    ("fe80::1", "link-local"),
    ("fe80::1%eth0", "link-local"),
    ("224.0.0.1", "multicast"),
    ("239.255.255.250", "multicast"),
    ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"),
    ("0.1.2.3", "unspecified"),
    ("::", "unspecified"),
    ("240.0.0.1", "private"),  # 240/4, reserved: Python counts it among the private networks
    ("255.255.255.255", "private"),
    ("100.64.0.1", "shared"),
    ("100.127.255.254", "shared"),
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"),
    ("::ffff:169.254.169.254", "link-local"),
    ("::ffff:0.0.0.0", "unspecified"),
    ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
    ("2002:7f00:1::1", "loopback"),  # 6to4 of 127.0.0.1
    ("::127.0.0.1", "loopback"),  # IPv4-compatible
    ("2001:db8::1", "private"),  # documentation
]
PUBLIC = ["8.8.8.8", "1.1.1.1", "193.0.6.139", "2001:4860:4860::8888", "2a00:1450:4001::1", "::ffff:8.8.8.8"]


def run(coro: Awaitable[T]) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, timeout=20)

    return asyncio.run(bounded())


class FakeDNS:
    """A resolver answering from a table (one answer list per call, the last one repeated); records the calls."""

    def __init__(self, *answers: list[str]) -> None:
        self.answers = list(answers)
        self.calls: list[tuple[str, int]] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append((host, port))
        return self.answers[min(len(self.calls), len(self.answers)) - 1]


class Recording(httpcore.AsyncMockBackend):
    """httpcore's mock network: every connection gets the canned response; where it connected is recorded."""

    def __init__(self) -> None:
        body = b"<html><head><title>ok</title></head><body>ok</body></html>"
        head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        super().__init__([head.encode() + body])
        self.connected: list[tuple[str, int]] = []

    async def connect_tcp(self, host: str, port: int, *args: object, **kwargs: object) -> httpcore.AsyncNetworkStream:
        self.connected.append((host, port))
        return await super().connect_tcp(host, port)


def fetch(url: str, policy: FetchPolicy = POLICY, **fetcher: object) -> FetchResult:
    async def go() -> FetchResult:
        async with Fetcher(policy, **fetcher) as f:  # type: ignore[arg-type]
            host = url.split("/")[2]
            return await f.fetch(url, allowed_hosts=frozenset({host, host.split(":")[0]}))

    return run(go())


# -- the decision ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("address", "kind"), REFUSED)
def test_every_class_of_address_that_is_not_public_is_refused(address: str, kind: str) -> None:
    why = refusal(address)
    assert why is not None and kind in why and address in why


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are_allowed(address: str) -> None:
    assert refusal(address) is None
    assert refusal(address, allow_loopback=True) is None


@pytest.mark.parametrize(("address", "kind"), REFUSED)
def test_allow_loopback_lets_only_loopback_through(address: str, kind: str) -> None:
    assert (refusal(address, allow_loopback=True) is None) == (kind == "loopback")


# -- the fetcher: a name resolving to each class, before any connection ---------------------------------


@pytest.mark.parametrize(("address", "kind"), REFUSED)
def test_a_name_resolving_to_an_address_that_is_not_public_is_a_blocked_fetch(address: str, kind: str) -> None:
    dns = FakeDNS([address])
    result = fetch(f"http://{NAME}/aktualnosci", resolve=dns)
    assert result.status is None and result.body is None and result.error_class == "blocked"
    assert result.error is not None and "\n" not in result.error and NAME in result.error and kind in result.error
    assert dns.calls  # resolved, then refused: nothing was connected to (no server exists to answer anyway)


def test_one_bad_address_among_good_ones_blocks_the_host() -> None:
    network = Recording()
    dns = FakeDNS(["8.8.8.8", "10.0.0.7"])
    transport = GuardedTransport(concurrency=2, resolve=dns, network=network)
    result = fetch(f"http://{NAME}/", transport=transport)
    assert result.error_class == "blocked" and "10.0.0.7" in (result.error or "")
    assert network.connected == []


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.1", "169.254.169.254", "[::1]", "[::ffff:127.0.0.1]"])
def test_an_address_in_the_url_is_refused_before_robots_txt(address: str) -> None:
    network = Recording()
    result = fetch(f"http://{address}/x", transport=GuardedTransport(concurrency=2, network=network))
    assert result.error_class == "blocked" and result.attempts == 0
    assert network.connected == []


def test_an_address_in_the_url_is_refused_whatever_the_transport() -> None:
    """The fetcher itself refuses an address that is not public, even over a transport without the guard."""
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(200, text="<html><title>x</title></html>", headers={"Content-Type": "text/html"})

    result = fetch("http://169.254.169.254/latest/meta-data/", transport=httpx.MockTransport(answer))
    assert result.error_class == "blocked" and asked == []


def test_a_public_address_is_connected_to_by_address_never_by_name_again() -> None:
    """The name is resolved once per connection and the socket goes to the checked address."""
    network = Recording()
    dns = FakeDNS(["8.8.8.8"])
    result = fetch(
        f"http://{NAME}/aktualnosci", transport=GuardedTransport(concurrency=2, resolve=dns, network=network)
    )
    assert result.status == 200 and result.error is None and result.body is not None
    assert network.connected and set(network.connected) == {("8.8.8.8", 80)}
    assert len(dns.calls) == len(network.connected) and {host for host, _ in dns.calls} == {NAME}


def test_rebinding_to_loopback_on_a_later_connection_is_refused() -> None:
    """A DNS answer that changes after the first check (rebinding to 127.0.0.1) is checked again, and refused."""
    network = Recording()
    dns = FakeDNS(["8.8.8.8"], ["8.8.8.8"], ["127.0.0.1"])

    async def go() -> tuple[FetchResult, FetchResult]:
        transport = GuardedTransport(concurrency=2, resolve=dns, network=network)
        async with Fetcher(POLICY, transport=transport) as f:
            first = await f.fetch(f"http://{NAME}/a", allowed_hosts=frozenset({NAME}))  # robots.txt + /a
            second = await f.fetch(f"http://{NAME}/b", allowed_hosts=frozenset({NAME}))
            return first, second

    first, second = run(go())
    assert first.status == 200
    assert second.error_class == "blocked" and "127.0.0.1" in (second.error or "")
    assert network.connected == [("8.8.8.8", 80), ("8.8.8.8", 80)]


# -- loopback: only when allowed, and for hosts mapped by --resolve ------------------------------------------


def test_loopback_server_is_blocked_without_the_option_and_reached_with_it(fake_site: FakeSite) -> None:
    url = fake_site.url("/aktualnosci")
    before = len(fake_site.requests)
    blocked = fetch(url)
    assert blocked.error_class == "blocked" and "--allow-loopback" in (blocked.error or "")
    assert len(fake_site.requests) == before  # not even robots.txt was asked
    allowed = fetch(url, FetchPolicy(delay=0.0, retries=0, timeout=5.0, allow_loopback=True))
    assert allowed.status == 200 and allowed.error is None


def test_a_name_resolving_to_loopback_needs_the_option(fake_site: FakeSite) -> None:
    url = f"http://{NAME}:{fake_site.port}/aktualnosci"
    assert fetch(url, resolve=FakeDNS(["127.0.0.1"])).error_class == "blocked"
    policy = FetchPolicy(delay=0.0, retries=0, timeout=5.0, allow_loopback=True)
    reached = fetch(url, policy, resolve=FakeDNS(["127.0.0.1"]))
    assert reached.status == 200
    assert fake_site.requests[-1].headers["host"] == f"{NAME}:{fake_site.port}"


def test_resolve_mapping_allows_its_hosts_and_nothing_else(fake_site: FakeSite) -> None:
    resolver = Resolver.build([f"{NAME}=127.0.0.1:{fake_site.port}"])
    mapped = fetch(f"http://{NAME}/aktualnosci", transport=resolver.transport(2))
    assert mapped.status == 200 and mapped.error is None
    other = "www.inna-gmina.test"
    unmapped = fetch(f"http://{other}/", transport=resolver.transport(2, resolve=FakeDNS(["127.0.0.1"])))
    assert unmapped.error_class == "blocked"
    literal = fetch(f"{fake_site.base_url}/aktualnosci", transport=resolver.transport(2))
    assert literal.error_class == "blocked"
    allowed = fetch(
        f"{fake_site.base_url}/aktualnosci",
        FetchPolicy(delay=0.0, retries=0, timeout=5.0, allow_loopback=True),
        transport=resolver.transport(2, allow_loopback=True),
    )
    assert allowed.status == 200


def test_a_redirect_to_an_allowed_host_resolving_to_a_private_address_is_blocked(hostile: HostileSite) -> None:
    """Each hop is checked: the redirect target's host is one of the site's, but resolves to 10.0.0.1."""
    target = f"http://{NAME}/wewnetrzny"
    hostile.routes["/stary"] = Answer(302, b"", {"Location": target})

    async def go() -> FetchResult:
        policy = FetchPolicy(delay=0.0, retries=0, timeout=5.0, allow_loopback=True)
        async with Fetcher(policy, resolve=FakeDNS(["10.0.0.1"])) as f:
            return await f.fetch(hostile.url("/stary"), allowed_hosts=frozenset({hostile.host, NAME}))

    result = run(go())
    assert result.error_class == "blocked" and "10.0.0.1" in (result.error or "")
    assert result.history and result.final_url == target


@pytest.mark.parametrize(
    "target", ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[fe80::1]/"]
)
def test_a_redirect_to_an_address_that_is_not_public_is_blocked(hostile: HostileSite, target: str) -> None:
    """Even when the address is one of the allowed hosts, and with loopback allowed (the site is on loopback)."""
    hostile.routes["/stary"] = Answer(302, b"", {"Location": target})
    hostname = target.split("/")[2].strip("[]")

    async def go() -> FetchResult:
        policy = FetchPolicy(delay=0.0, retries=0, timeout=5.0, allow_loopback=True)
        async with Fetcher(policy) as f:
            return await f.fetch(hostile.url("/stary"), allowed_hosts=frozenset({hostile.host, hostname}))

    result = run(go())
    assert result.error_class == "blocked" and result.history == (hostile.url("/stary"),)
    assert hostile.hits() == ["/stary"]


def test_a_connection_the_server_closed_reads_as_readable_and_an_idle_open_one_does_not() -> None:
    """The guard's stream answers httpcore's "is it readable?" from its socket (has the server hung up?)."""

    async def check() -> tuple[bool, bool, bool]:
        closing: list[asyncio.StreamWriter] = []

        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            closing.append(writer)

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        backend = GuardedTransport(concurrency=1, allow_loopback=True).backend
        stream = await backend.connect_tcp("127.0.0.1", port)
        for _ in range(50):  # the server has accepted it
            if closing:
                break
            await asyncio.sleep(0.01)
        open_idle = stream.get_extra_info("is_readable")
        closing[0].close()
        await asyncio.sleep(0.05)
        hung_up = stream.get_extra_info("is_readable")
        await stream.aclose()
        closed = stream.get_extra_info("is_readable")
        server.close()
        await server.wait_closed()
        return open_idle, hung_up, closed

    assert asyncio.run(check()) == (False, True, True)
