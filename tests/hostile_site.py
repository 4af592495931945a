"""A hostile web site on 127.0.0.1 for the "nowhere it does not belong" tests: real HTTP, no internet.

`HostileSite` serves whatever `routes` says (path with query -> `Answer`), logs every request,
and answers 404 elsewhere; `robots.txt` allows everything.  Helpers build the hostile bodies:
endless pagination, a listing with many links, pages linking off the site, redirects anywhere,
sitemaps that are gzip bombs, billion laughs or external entities.  Two sites on two ports are
two hosts ("127.0.0.1:A" and "127.0.0.1:B"): a request to the second one is a request off the site.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

_CHUNK = 65_536


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    chunked: bool = False  # no Content-Length: the size is known only by reading


Route = Answer | Callable[[str], Answer]  # a fixed answer, or one made from the path asked


class HostileSite:
    """A running site; `routes` may be changed while it runs; `paths` lists what was asked, in order."""

    def __init__(self, name: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {"/robots.txt": Answer(body=b"User-agent: *\nAllow: /\n", headers={})}
        self.prefix_routes: dict[str, Route] = {}  # path prefix -> answer (for endless families of URLs)
        self.paths: list[str] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                with site._lock:
                    site.paths.append(self.path)
                answer = site._answer(self.path)
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if answer.chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                else:
                    self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                for start in range(0, len(answer.body), _CHUNK):
                    piece = answer.body[start : start + _CHUNK]
                    try:
                        self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if answer.chunked else piece)
                    except (BrokenPipeError, ConnectionResetError):  # the client stopped reading: its cap
                        return
                if answer.chunked:
                    self.wfile.write(b"0\r\n\r\n")

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.host = f"{name}:{self.port}"  # a second site named "localhost" is another host
        self.base_url = f"http://{self.host}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def _answer(self, path: str) -> Answer:
        route = self.routes.get(path)
        if route is None:
            route = next((r for p, r in self.prefix_routes.items() if path.startswith(p)), None)
        if route is None:
            return Answer(404, b"<html><title>404</title></html>")
        return route(path) if callable(route) else route

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def hits(self, prefix: str = "/") -> list[str]:
        """Paths asked (robots.txt left out) that start with `prefix`."""
        return [p for p in self.paths if p.startswith(prefix) and p != "/robots.txt"]

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def html(title: str, main: str, head: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><main>{main}</main></body></html>"
    ).encode()


def listing(title: str, links: list[str], extra: str = "", head: str = "") -> bytes:
    """A listing page: one dated block per link (the walk's listing extractor reads it)."""
    items = "".join(
        f'<article><h2><a href="{href}">Artykuł numer {n} o inwestycji</a></h2><p>0{1 + n % 9}.03.2024</p></article>'
        for n, href in enumerate(links)
    )
    return html(title, f"<h1>{title}</h1>{items}{extra}", head)


def endless(path: str) -> Answer:
    """/endless?strona=N: two items and a link to page N+1, for ever."""
    number = int(m.group(1)) if (m := re.search(r"strona=(\d+)", path)) else 1
    links = [f"/artykul/{number}-a", f"/artykul/{number}-b"]
    more = (
        f'<div class="pagination"><a href="/endless?strona={number}">{number}</a> '
        f'<a href="/endless?strona={number + 1}">{number + 1}</a></div>'
    )
    return Answer(body=listing(f"Strona {number}", links, more))


def many_links(count: int) -> bytes:
    """A listing page with `count` item links (about 60 bytes each)."""
    return listing("Wszystko", [f"/artykul/{n}" for n in range(count)])


def gzip_of(data: bytes, repeat: int = 1) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [packer.compress(data) for _ in range(repeat)]
    return b"".join([*parts, packer.flush()])


def sitemap(urls: list[str], index: bool = False) -> bytes:
    tag, item = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    body = "".join(f"<{item}><loc>{u}</loc></{item}>" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><{tag} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</{tag}>'.encode()


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        f' <!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">\n'.encode() for n in range(1, 10)
    )
    + b"]>\n<urlset><url><loc>&lol9;</loc></url><url><loc>http://HOST/artykul/1</loc></url></urlset>\n"
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?>\n<!DOCTYPE urlset [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> '
    b'<!ENTITY remote SYSTEM "http://HOST/secret"> ]>\n'
    b"<urlset><url><loc>&xxe;</loc></url><url><loc>http://HOST/a&remote;</loc></url>"
    b"<url><loc>http://HOST/artykul/2?a=1&amp;b=2</loc></url></urlset>\n"
)


def for_host(body: bytes, host: str) -> bytes:
    return body.replace(b"HOST", host.encode())


@pytest.fixture()
def hostile() -> Iterator[HostileSite]:
    site = HostileSite()
    try:
        yield site
    finally:
        site.stop()


@pytest.fixture()
def elsewhere() -> Iterator[HostileSite]:
    """A second site, named localhost: any request it logs (robots.txt included) went off the site under test."""
    site = HostileSite("localhost")
    try:
        yield site
    finally:
        site.stop()
