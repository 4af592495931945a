"""One ThreadingHTTPServer on 127.0.0.1 serving every host of the simulated web, and the httpx transport to it.

Pages are chosen by the Host header.  `SimTransport` sends each request for a served host to
that one server, keeping the Host header and the URL the client asked for, so redirects,
robots.txt and politeness all see the real host names; any other host fails like a dead host
(httpx.ConnectError caused by ECONNREFUSED) without touching the network.  Every request,
refused ones included, is logged as a `Request` (time, host, path, status).
"""

from __future__ import annotations

import errno
import hashlib
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import NamedTuple

import httpx

from .templates import HostSite, Response, Web, render_web
from .truth import UnitTruth
from .units import SEED, Unit, build_units

#: Last-Modified of every page until `SimWeb.replace` changes one.
LAST_MODIFIED = datetime(2025, 7, 1, 8, 0, tzinfo=UTC)


class Request(NamedTuple):
    t: float  # time.monotonic() when the request reached the server (or was refused)
    host: str  # lower-case host name, no port
    path: str  # path and query as sent
    status: int | None  # None: refused (no such host)


class _Handler(BaseHTTPRequestHandler):
    web: SimWeb
    protocol_version = "HTTP/1.1"
    timeout = 10  # idle keep-alive connections end by themselves
    disable_nagle_algorithm = True  # headers and body go out at once: no 40 ms delayed-ACK stalls

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def do_GET(self) -> None:
        self._answer(body=True)

    def _answer(self, *, body: bool) -> None:
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        site = self.web.hosts.get(host)
        response = site.answer(self.path) if site else Response(421, b"Misdirected Request", "text/plain")
        validators: dict[str, str] = {}
        status = response.status
        if status == 200:
            etag = '"' + hashlib.sha256(response.body).hexdigest()[:16] + '"'
            modified = self.web.modified.get((host, self.path), LAST_MODIFIED)
            validators = {"ETag": etag, "Last-Modified": format_datetime(modified, usegmt=True)}
            if self._fresh(etag, modified):
                status = 304
        self.web._log(host, self.path, status)
        payload = b"" if status == 304 else response.body
        head = [f"HTTP/1.1 {status} {self.responses.get(status, ('',))[0]}", "Server: simweb"]
        head.append(f"Date: {self.date_time_string()}")
        if status != 304 and response.content_type:
            head.append(f"Content-Type: {response.content_type}")
        head += [f"{name}: {value}" for name, value in (*validators.items(), *response.headers)]
        head.append(f"Content-Length: {len(payload)}")
        try:  # one write for all of it
            self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + (payload if body else b""))
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _fresh(self, etag: str, modified: datetime) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return etag in [t.strip() for t in if_none_match.split(",")] or if_none_match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return modified <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # a crawler opening many connections at once must not hit SYN retries


class SimTransport(httpx.AsyncBaseTransport):
    """Routes requests for the web's hosts to the loopback server; other hosts are refused.

    Use one per client (`SimWeb.transport()` makes a fresh one): closing the client closes it.
    """

    def __init__(self, web: SimWeb) -> None:
        self._web = web
        self._inner = httpx.AsyncHTTPTransport(retries=0)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = (request.url.host or "").lower()
        if host not in self._web.hosts or self._web.stopped:
            target = request.url.raw_path.decode("ascii", "replace")
            self._web._log(host, target, None)
            raise httpx.ConnectError(f"[Errno {errno.ECONNREFUSED}] Connection refused", request=request) from (
                ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")
            )
        url = request.url.copy_with(scheme="http", host="127.0.0.1", port=self._web.port)
        routed = httpx.Request(
            request.method, url, headers=request.headers, stream=request.stream, extensions=request.extensions
        )
        return await self._inner.handle_async_request(routed)

    async def aclose(self) -> None:
        await self._inner.aclose()


class SimWeb:
    """The running simulated web: units, truths, hosts, the request log; `stop()` when done."""

    def __init__(self, seed: int = SEED, port: int = 0) -> None:
        self.seed = seed
        self.units: list[Unit] = build_units(seed)
        self._rendered: Web = render_web(self.units)
        self.hosts: dict[str, HostSite] = self._rendered.hosts
        self.truths: list[UnitTruth] = [self._rendered.truths[u.teryt] for u in self.units]
        self.modified: dict[tuple[str, str], datetime] = {}
        self.stopped = False
        self._lock = threading.Lock()
        self._requests: list[Request] = []
        handler = type("Handler", (_Handler,), {"web": self})
        self._server = _Server(("127.0.0.1", port), handler)  # port 0: an ephemeral one
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name=f"simweb-{self.port}", daemon=True
        )
        self._thread.start()

    # -- use -------------------------------------------------------------------------------------

    def transport(self) -> SimTransport:
        """A fresh httpx transport into this web (pass it to httpx.AsyncClient or Fetcher)."""
        return SimTransport(self)

    def truth(self, teryt: str) -> UnitTruth:
        return self._rendered.truths[teryt]

    def bip_hints(self) -> dict[str, str]:
        """TERYT -> BIP URL as a guessed community list gives it (dead hosts for the dead-guess hazard)."""
        return {t.teryt: t.bip_hint for t in self.truths}

    def served_hosts(self) -> frozenset[str]:
        return frozenset(self.hosts)

    def replace(self, url: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        """Serve `body` at `url` from now on (a changed page for a second run), with a newer Last-Modified."""
        host, _, target = url.removeprefix("https://").removeprefix("http://").partition("/")
        site = self.hosts[host]
        site.pages["/" + target] = Response(200, body, content_type)
        self.modified[(host, "/" + target)] = datetime.now(UTC).replace(microsecond=0)

    def kill(self, host: str) -> None:
        """Take `host` off the web: from now on it refuses connections, as a dead host does (its truth unchanged)."""
        self.hosts.pop(host)

    # -- log -------------------------------------------------------------------------------------

    @property
    def requests(self) -> list[Request]:
        with self._lock:
            return list(self._requests)

    def clear_log(self) -> None:
        with self._lock:
            self._requests.clear()

    def _log(self, host: str, path: str, status: int | None) -> None:
        with self._lock:
            self._requests.append(Request(time.monotonic(), host, path, status))

    # -- lifecycle -------------------------------------------------------------------------------

    def stop(self) -> None:
        """Stop serving and close the listening socket; later requests are refused."""
        if self.stopped:
            return
        self.stopped = True
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()
