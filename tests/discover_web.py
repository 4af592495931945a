"""Tiny web servers on 127.0.0.1 for discovery tests: a dict of routes per host, every request logged.

`Host(routes)` serves `routes[path_with_query]` (a `Reply`) from a ThreadingHTTPServer in a daemon
thread on an ephemeral port, anything else as 404; `dead_url()` is an address nobody listens on
(connection refused).  The HTML builders make the few page shapes discovery must read: a
homepage with a menu and a footer, a listing of dated items with a pager, a static page.
"""

from __future__ import annotations

import gzip
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Reply:
    body: bytes | str
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    gzip: bool = False  # sent with Content-Encoding: gzip


Routes = dict[str, Reply]


class Host:
    """One host: routes (mutable: tests may add pages that need the port), the request log, stop()."""

    def __init__(self, routes: Routes | None = None) -> None:
        self.routes: Routes = dict(routes or {})
        self.fallback: Callable[[str], Reply | None] = lambda path: None
        self.requests: list[str] = []
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"host": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self.netloc = f"127.0.0.1:{self._server.server_address[1]}"
        self.base = f"http://{self.netloc}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def reply(self, path: str) -> Reply:
        with self._lock:
            self.requests.append(path)
        found = self.routes.get(path) or self.fallback(path)
        if found is not None:
            return found
        if path == "/robots.txt":
            return Reply("User-agent: *\nAllow: /\n", content_type="text/plain")
        return Reply(page("Nie znaleziono", "<h1>404</h1>"), status=404)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    host: Host
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        return None

    def do_GET(self) -> None:
        reply = self.host.reply(self.path)
        body = reply.body.encode("utf-8") if isinstance(reply.body, str) else reply.body
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        if reply.gzip:
            body = gzip.compress(body)
            self.send_header("Content-Encoding", "gzip")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def dead_url() -> str:
    """An http URL on 127.0.0.1 whose port was just free: connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


# -- HTML builders -----------------------------------------------------------------------------------


def page(title: str, main: str, *, head: str = "", menu: str = "", footer: str = "", charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html lang="pl"><head><meta charset="{charset}"><title>{escape(title)}</title>{head}</head>'
        f'<body><header><a href="/">Strona główna</a><nav class="menu-glowne">{menu}</nav></header>'
        f'<main id="content">{main}</main><footer id="stopka">{footer}</footer></body></html>'
    )


def links(*pairs: tuple[str, str]) -> str:
    return " ".join(f'<a href="{escape(href)}">{text}</a>' for href, text in pairs)


@dataclass(frozen=True)
class Entry:
    href: str
    title: str
    when: str  # as printed: "12.03.2024", "5 lutego 2024"


def entries(prefix: str, first: int, count: int, *, shape: str = "{prefix}{n}-wpis-numer-{n}") -> list[Entry]:
    """`count` dated entries numbered from `first`, newest first, URLs from `shape`."""
    return [
        Entry(
            shape.format(prefix=prefix, n=n), f"Wiadomość numer {n} o inwestycji w gminie", f"{1 + n % 27:02d}.03.2024"
        )
        for n in range(first, first + count)
    ]


def listing(
    title: str, items: list[Entry], pager: str = "", *, head: str = "", menu: str = "", charset: str = "utf-8"
) -> str:
    """A listing: one <article> per entry (title link, date, excerpt, "czytaj więcej"), then the pager."""
    blocks = "".join(
        f'<article class="post-{i} post type-post"><h2><a href="{escape(e.href)}">{escape(e.title)}</a></h2>'
        f'<span class="date">{e.when}</span><p>Krótki opis wpisu, kilka zdań wstępu.</p>'
        f'<a href="{escape(e.href)}">Czytaj więcej</a></article>'
        for i, e in enumerate(items)
    )
    main = f"<h1>{escape(title)}</h1>{blocks}<div class='pagination'>{pager}</div>"
    return page(title, main, head=head, menu=menu, charset=charset)


def sitemap(urls: list[str]) -> str:
    locs = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'


def sitemap_index(urls: list[str]) -> str:
    locs = "".join(f"<sitemap><loc>{escape(u)}</loc></sitemap>" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>'


def rss(urls: list[str]) -> str:
    items = "".join(f"<item><title>Wpis</title><link>{escape(u)}</link></item>" for u in urls)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Gmina</title>{items}</channel></rss>'
    )
