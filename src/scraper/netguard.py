"""No connection to an address that is not public: the crawler must never reach into the network it runs in.

A page (or a redirect, or a DNS answer) could point the crawler at 127.0.0.1, a router at
192.168.0.1 or a cloud metadata service at 169.254.169.254; the answer would then be stored and
published.  So every connection goes through `GuardedBackend`: the host name is resolved first,
every address it resolves to is checked (`refusal`), and the connection is opened to a checked
address, never by name again, so a second DNS answer (rebinding) cannot swap it.  Loopback is
allowed only when asked for (`allow_loopback`: tests, a local staging server); hosts pinned by
`--resolve` connect to their loopback target.  A refused host is an `AddressRefused` error, which
the fetcher turns into the page's error (class "blocked"), never a traceback.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping

import httpcore
import httpx

from scraper import socket_stream

# host, port -> the addresses it resolves to (IPv4/IPv6 text); tests inject their own, so no real DNS is needed
Resolve = Callable[[str, int], Awaitable[list[str]]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT (RFC 6598)
_THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")  # "this host on this network": Linux connects 0.0.0.0 to itself
_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # an IPv4 address embedded for a NAT64 gateway
_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated IPv4-compatible IPv6 (::a.b.c.d)


class AddressRefused(httpcore.ConnectError):
    """A host resolves to an address the crawler may not connect to; the message says which and why."""


async def system_resolve(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host` (IPv4 and IPv6), in its order, without repeats."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _embedded(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one stands for (mapped, NAT64, 6to4, Teredo, IPv4-compatible), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64 or (ip in _COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]  # the client's address
    return None


def refusal(address: str | IPAddress, *, allow_loopback: bool = False) -> str | None:
    """Why the crawler may not connect to `address` ("10.0.0.1 is a private address"), or None when it is public.

    An IPv6 address that embeds an IPv4 one (::ffff:127.0.0.1) is judged by the IPv4 address.
    `allow_loopback` lets 127.0.0.0/8 and ::1 through, and nothing else.
    """
    try:
        ip = ipaddress.ip_address(str(address).split("%", 1)[0])  # fe80::1%eth0: the zone does not matter here
    except ValueError:
        return f"{address!r} is not an IP address"
    shown = str(address)
    if isinstance(ip, ipaddress.IPv6Address) and (inner := _embedded(ip)) is not None:
        why = refusal(inner, allow_loopback=allow_loopback)
        return f"{shown} ({why})" if why else None
    if ip.is_unspecified or ip in _THIS_NETWORK:
        return f"{shown} is an unspecified address"
    if ip.is_loopback:
        return None if allow_loopback else f"{shown} is a loopback address (allowed only with --allow-loopback)"
    if ip.is_link_local:
        return f"{shown} is a link-local address"
    if ip.is_multicast:
        return f"{shown} is a multicast address"
    if ip in _SHARED:
        return f"{shown} is a shared (carrier-grade NAT) address"
    if ip.is_private:
        return f"{shown} is a private address"
    if ip.is_reserved or not ip.is_global:
        return f"{shown} is a reserved address"
    return None


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting only to checked addresses (see the module docstring).

    `pinned` maps host names to (loopback address, port) targets chosen by the operator (`--resolve`);
    connections are `scraper.socket_stream`'s (asyncio's own sockets) unless `network` names the backend
    that really connects (tests pass httpcore's mock one).
    """

    def __init__(
        self,
        *,
        allow_loopback: bool = False,
        resolve: Resolve | None = None,
        pinned: Mapping[str, tuple[str, int]] | None = None,
        network: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self.allow_loopback = allow_loopback
        self._resolve = resolve or system_resolve
        self._pinned = dict(pinned or {})
        self._inner = network  # None: asyncio's own sockets (scraper.socket_stream)

    async def addresses(self, host: str, port: int) -> list[str]:
        """The checked addresses to try for `host`; AddressRefused when any address is not public."""
        name = host.lower().rstrip(".").strip("[]")
        try:
            ipaddress.ip_address(name.split("%", 1)[0])
            found = [name]
        except ValueError:
            try:
                found = await self._resolve(name, port)
            except OSError as error:
                raise httpcore.ConnectError(f"DNS lookup failed for {name}: {error}") from error
        if not found:
            raise httpcore.ConnectError(f"DNS lookup failed for {name}: no address")
        for address in found:
            if (why := refusal(address, allow_loopback=self.allow_loopback)) is not None:
                shown = why if address == name else f"{name} -> {why}"
                raise AddressRefused(f"blocked: {shown}")
        return found

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        target = self._pinned.get(host.lower().rstrip("."))
        if target is not None:  # --resolve: the operator's loopback target, whatever the port in the URL
            return await self._connect(target[0], target[1], timeout, local_address, socket_options)
        error: Exception | None = None
        for address in await self.addresses(host, port):  # every address checked before the first connect
            try:
                return await self._connect(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as failed:
                error = failed
        assert error is not None
        raise error

    async def _connect(
        self,
        address: str,
        port: int,
        timeout: float | None,
        local_address: str | None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None,
    ) -> httpcore.AsyncNetworkStream:
        """A connection to an address already checked (or pinned by the operator): never by name."""
        if self._inner is None:
            return await socket_stream.connect_tcp(address, port, timeout, local_address, socket_options)
        return await self._inner.connect_tcp(address, port, timeout, local_address, socket_options)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise AddressRefused(f"blocked: unix socket {path}")

    async def sleep(self, seconds: float) -> None:
        if self._inner is None:
            await asyncio.sleep(seconds)
        else:
            await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's own HTTP/1.1 transport (no proxies from the environment) over a `GuardedBackend`."""

    def __init__(
        self,
        *,
        concurrency: int,
        allow_loopback: bool = False,
        resolve: Resolve | None = None,
        pinned: Mapping[str, tuple[str, int]] | None = None,
        network: httpcore.AsyncNetworkBackend | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        limits = httpx.Limits(max_connections=max(1, concurrency), max_keepalive_connections=max(1, concurrency))
        # Loading the CA bundle costs about 20 ms: done once, and shared by the pools of `PerHostTransport`.
        ssl_context = ssl_context or httpx.create_ssl_context(trust_env=False)
        super().__init__(verify=ssl_context, http1=True, http2=False, trust_env=False, limits=limits)
        self.backend = GuardedBackend(allow_loopback=allow_loopback, resolve=resolve, pinned=pinned, network=network)
        # The pool httpx built, rebuilt with our backend (httpx has no parameter for it).
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            network_backend=self.backend,
        )


class _Tracked(httpx.AsyncByteStream):
    """A response body that tells its host's pool when it is closed (the pool is then idle)."""

    def __init__(self, inner: httpx.AsyncByteStream, done: Callable[[], None]) -> None:
        self._inner, self._done, self._closed = inner, done, False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            if not self._closed:
                self._closed = True
                self._done()


class PerHostTransport(httpx.AsyncBaseTransport):
    """One small connection pool per host (host:port), made by `make`; the least recently used idle ones closed.

    httpcore's pool looks at every connection it holds for every request, so one pool for a crawl
    of a hundred hosts at once spends more time on its bookkeeping than on HTTP; the fetcher asks
    a host one request at a time, so a pool of its own finds its connection at once.  At most
    `keep` pools stay open while idle (each holds a kept-alive socket), so a night over thousands
    of hosts does not hold thousands of sockets.
    """

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport], *, keep: int = 128) -> None:
        self._make = make
        self._keep = max(1, keep)
        self._pools: OrderedDict[str, httpx.AsyncBaseTransport] = OrderedDict()
        self._busy: dict[str, int] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = f"{request.url.scheme}://{request.url.netloc.decode('ascii').lower()}"
        pool = self._pools.get(key)
        if pool is None:
            await self._close_idle(room_for=1)
            pool = self._pools[key] = self._make()
        self._pools.move_to_end(key)
        self._busy[key] = self._busy.get(key, 0) + 1
        try:
            response = await pool.handle_async_request(request)
        except BaseException:
            self._release(key)
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Tracked(response.stream, lambda: self._release(key))
        return response

    def _release(self, key: str) -> None:
        self._busy[key] -= 1
        if not self._busy[key]:
            del self._busy[key]

    async def _close_idle(self, room_for: int) -> None:
        """Close the least recently used idle pools, so that `room_for` more stay within `keep`."""
        extra = len(self._pools) + room_for - self._keep
        for key in [key for key in self._pools if key not in self._busy][: max(0, extra)]:
            await self._pools.pop(key).aclose()

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), OrderedDict()
        for pool in pools:
            await pool.aclose()


def blocked_cause(error: BaseException) -> str | None:
    """The AddressRefused message inside an httpx error (its cause chain), or None when it is another failure."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, AddressRefused):
            return str(current)
        current = current.__cause__ or current.__context__
    return None
