"""Curl-like `--resolve HOST=ADDRESS:PORT`: reach a host at a chosen address, URL and Host header unchanged.

Why: an operator tests a crawl against a staging or simulated server (`tests/simweb`) without
editing /etc/hosts, and every politeness, scope and robots.txt check still sees the real host
names.  Only plain http is routed (https to a mapped host fails with one clear line: the TLS name
would not match), and only loopback addresses are accepted for now (127.0.0.0/8, ::1): whether
private addresses may be mapped is a policy question for a later issue.  Unmapped hosts go to
the network as usual.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from scraper.netguard import GuardedTransport, Resolve

_HOST = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*")
_FORM = "expected HOST=ADDRESS:PORT, e.g. www.gmina-x.sim=127.0.0.1:8080"


class ResolveError(ValueError):
    """A bad --resolve value or resolve-file line; the message is one line naming where."""


@dataclass(frozen=True)
class Target:
    """Where a mapped host's requests connect: a loopback IP address and a port."""

    address: str
    port: int

    def __str__(self) -> str:
        return f"[{self.address}]:{self.port}" if ":" in self.address else f"{self.address}:{self.port}"


def parse_entry(text: str) -> tuple[str, Target]:
    """`HOST=ADDRESS:PORT` -> (host, target); ResolveError (without the where) when it is not one."""
    host, sep, rest = text.strip().partition("=")
    host = host.strip().lower().rstrip(".")
    rest = rest.strip()
    if not sep or not host or not rest:
        raise ResolveError(_FORM)
    if not _HOST.fullmatch(host):
        raise ResolveError(f"{host!r} is not a host name (just the name: no scheme, port or path); {_FORM}")
    if rest.startswith("["):  # [::1]:8080
        address, bracket, port_text = rest[1:].partition("]:")
        if not bracket:
            raise ResolveError(f"{rest!r}: an IPv6 address is written [ADDRESS]:PORT")
    else:
        address, colon, port_text = rest.rpartition(":")
        if not colon:
            raise ResolveError(f"{rest!r} has no port; {_FORM}")
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        raise ResolveError(f"{address!r} is not an IP address (no host names here); {_FORM}") from None
    if not ip.is_loopback:
        raise ResolveError(
            f"{address} is not a loopback address: only 127.0.0.0/8 and ::1 are allowed for now "
            "(private addresses wait for a policy)"
        )
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ResolveError(f"port {port_text!r} is not a number from 1 to 65535")
    return host, Target(str(ip), int(port_text))


def load_resolve_file(path: Path) -> list[tuple[str, Target, str]]:
    """The file's entries as (host, target, "FILE:LINE"): one HOST=ADDRESS:PORT a line, `#` starts a comment."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise ResolveError(f"--resolve-file {path}: cannot read it: {reason}") from None
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        content = line.split("#", 1)[0].strip()
        if not content:
            continue
        try:
            host, target = parse_entry(content)
        except ResolveError as error:
            raise ResolveError(f"{path}:{number}: {error}") from None
        entries.append((host, target, f"{path}:{number}"))
    return entries


@dataclass(frozen=True)
class Resolver:
    """Host -> target, built from --resolve values and a resolve file; makes a fresh transport per client."""

    targets: Mapping[str, Target] = field(default_factory=dict)

    @classmethod
    def build(cls, values: Iterable[str], path: Path | None = None) -> Resolver:
        """From `--resolve` values and the file; a host mapped twice to different targets is an error."""
        entries = load_resolve_file(path) if path is not None else []
        for value in values:
            try:
                host, target = parse_entry(value)
            except ResolveError as error:
                raise ResolveError(f"--resolve {value!r}: {error}") from None
            entries.append((host, target, f"--resolve {value!r}"))
        targets: dict[str, Target] = {}
        where: dict[str, str] = {}
        for host, target, place in entries:
            if host in targets and targets[host] != target:
                raise ResolveError(f"{place}: {host} is already mapped to {targets[host]} ({where[host]})")
            targets[host], where[host] = target, place
        return cls(targets)

    def transport(
        self, concurrency: int, *, allow_loopback: bool = False, resolve: Resolve | None = None
    ) -> ResolvingTransport | None:
        """A new transport for one httpx client (closing the client closes it); None when nothing is mapped.

        Mapped hosts connect to their loopback target; every other host goes through the guard
        (scraper.netguard), loopback allowed there only with `allow_loopback`.
        """
        if not self.targets:
            return None
        return ResolvingTransport(self.targets, concurrency=concurrency, allow_loopback=allow_loopback, resolve=resolve)


class ResolvingTransport(GuardedTransport):
    """Sends http requests for mapped hosts to their target, keeping the URL and its Host header.

    The guarded transport (HTTP/1.1, no proxies from the environment, `concurrency` connections)
    whose connections to a mapped host go to its target (a connection pool per host name, so
    the politeness and keep-alive of each host stay its own).
    """

    def __init__(
        self,
        targets: Mapping[str, Target],
        *,
        concurrency: int,
        allow_loopback: bool = False,
        resolve: Resolve | None = None,
    ) -> None:
        self._targets = dict(targets)
        pinned = {host: (target.address, target.port) for host, target in self._targets.items()}
        super().__init__(concurrency=concurrency, allow_loopback=allow_loopback, resolve=resolve, pinned=pinned)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = (request.url.host or "").lower().rstrip(".")
        target = self._targets.get(host)
        if target is not None and request.url.scheme != "http":
            raise httpx.ConnectError(
                f"--resolve maps {host} to {target} for plain http only; {request.url.scheme}:// is not routed",
                request=request,
            )
        return await super().handle_async_request(request)
