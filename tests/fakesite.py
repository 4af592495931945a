"""A fake gmina website on 127.0.0.1 for crawler and fetcher tests: real HTTP, real sockets, no internet.

`start_fake_site()` serves the site "gmina-testowa" from a ThreadingHTTPServer in a daemon
thread on an ephemeral port; the `fake_site` fixture starts one per test and stops it
after.  Every request is logged in `site.requests` as (time.monotonic(), method, path,
headers) so tests can check what was asked, when, and with which headers.

Pages: /aktualnosci and /aktualnosci?strona=2 (listing), /aktualnosci/<n>,<slug> for n in 1..6
(article 4 in windows-1250, declared only in <meta>), /robots.txt, /sitemap.xml, /rss.xml,
/kalendarz?miesiac=N (an endless calendar), /prywatne/tajne (disallowed), /files/uchwala.pdf,
/gone (410), anything else 404, and faults under /fault/ (see `_FAULTS` in `_Handler`).
Articles carry ETag and Last-Modified and answer 304 to matching conditional requests.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import re
import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qs, urlsplit

import pytest

BOMB_SIZE = 50_000_000  # decoded size of /fault/gzip-bomb
BIG_SIZE = 20_000_000  # size of /fault/big
_CHUNK = 65_536


class Request(NamedTuple):
    t: float  # time.monotonic() when the handler started on it
    method: str
    path: str  # path and query as sent
    headers: dict[str, str]  # lower-case names


@dataclass
class Article:
    n: int
    slug: str
    title: str
    date: str  # as printed, dd.mm.yyyy
    body: str  # inner HTML of the article text
    encoding: str = "utf-8"
    last_modified: datetime = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
    gone: int | None = None  # 404 or 410 once removed
    raw: bytes | None = None  # set_article_body: served as given

    @property
    def path(self) -> str:
        return f"/aktualnosci/{self.n},{self.slug}"


_ARTICLES = [
    (
        "termomodernizacja-szkoly-podstawowej",
        "Termomodernizacja Szkoły Podstawowej w Testowie z dofinansowaniem",
        "12.03.2024",
        "<p>Gmina Testowa podpisała umowę o dofinansowanie projektu „Termomodernizacja budynku Szkoły "
        "Podstawowej w Testowie” w ramach programu Fundusze Europejskie dla Opolskiego 2021-2027.</p>"
        "<p>Całkowita wartość projektu wynosi 1 250 000,00 zł, z czego dofinansowanie ze środków UE to "
        "850 000,00 zł. Projekt będzie realizowany w latach 2024-2025.</p>",
    ),
    (
        "program-senior-plus",
        "Program „Senior+” na lata 2024-2026",
        "05.02.2024",
        "<p>Ośrodek Pomocy Społecznej w Testowie otrzymał 300 000,00 zł na utworzenie Klubu Senior+. "
        "Zadanie realizowane będzie w okresie od 1 marca 2024 r. do 31 grudnia 2026 r.</p>",
    ),
    (
        "przebudowa-drogi-gminnej-nowa-wies",
        "Przebudowa drogi gminnej w Nowej Wsi",
        "20.01.2024",
        "<p>Zakończył się przetarg na przebudowę drogi gminnej nr 104512O w Nowej Wsi. Wartość robót: "
        "2 345 678,90 zł, w tym 1 500 000,00 zł z Rządowego Funduszu Rozwoju Dróg. Termin realizacji: "
        "od 1 kwietnia 2024 r. do 30 września 2024 r.</p>",
    ),
    (
        "klub-dzieciecy-zaczek",
        "Klub Dziecięcy „Żaczek” z dofinansowaniem z programu Maluch+",
        "18.12.2024",
        "<p>Gmina Testowa otrzymała 412 500,00 zł z programu „Aktywny Maluch 2022-2029” na utworzenie "
        "15 miejsc opieki w Klubie Dziecięcym „Żaczek” przy ul. Źródlanej. Okres realizacji: "
        "01.01.2025 – 31.12.2025. Zapraszamy rodziców do składania wniosków – liczba miejsc ograniczona.</p>",
    ),
    (
        "asystent-osobisty-2025",
        "Asystent osobisty osoby z niepełnosprawnością – edycja 2025",
        "10.01.2025",
        "<p>Gmina przystąpiła do Programu „Asystent osobisty osoby z niepełnosprawnością” dla Jednostek "
        "Samorządu Terytorialnego – edycja 2025. Kwota środków Funduszu Solidarnościowego: 180 000,00 zł. "
        "Program realizowany jest od 1 stycznia do 31 grudnia 2025 r.</p>",
    ),
    (
        "fotowoltaika-na-budynkach-gminnych",
        "Fotowoltaika na budynkach użyteczności publicznej",
        "03.07.2023",
        "<p>W ramach projektu zamontowano instalacje fotowoltaiczne na 6 budynkach gminnych. Koszt "
        "całkowity: 950 000,00 zł, dofinansowanie 807 500,00 zł (85%). Realizacja: lipiec 2023 – "
        "czerwiec 2024.</p>",
    ),
]
WINDOWS_1250_ARTICLE = 4


def _page(title: str, main: str, *, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="pl">\n<head>\n<meta charset="{charset}">\n'
        f"<title>{title} – Gmina Testowa</title>\n</head>\n<body>\n"
        '<header><a href="/">Gmina Testowa</a><nav><a href="/aktualnosci">Aktualności</a> '
        '<a href="/kalendarz?miesiac=1">Kalendarz</a></nav></header>\n'
        f"<main>\n{main}\n</main>\n<footer>Urząd Gminy Testowa, ul. Rynek 1, 49-999 Testowo</footer>\n"
        "</body>\n</html>\n"
    )


@cache
def gzip_bomb() -> bytes:
    """BOMB_SIZE zeros, gzip-compressed (about 50 KB), built in 1 MB steps."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1_000_000)
    parts = [packer.compress(zeros) for _ in range(BOMB_SIZE // len(zeros))]
    parts.append(packer.flush())
    return b"".join(parts)


class FakeSite:
    """A running fake site; switch its behaviour with the attributes and setters below."""

    def __init__(self, *, crawl_delay: float | None = 0.2, slow_seconds: float = 3.0, port: int = 0) -> None:
        self.crawl_delay = crawl_delay
        self.slow_seconds = slow_seconds  # how long /fault/timeout sleeps
        self.robots_status = 200
        self.robots_text: str | None = None  # None: the default file below
        self.robots_redirect: str | None = None  # /robots.txt answers 301 to this (/robots-alt.txt serves the file)
        self.articles = {
            n: Article(n, slug, title, date, body, encoding="cp1250" if n == WINDOWS_1250_ARTICLE else "utf-8")
            for n, (slug, title, date, body) in enumerate(_ARTICLES, start=1)
        }
        self._lock = threading.Lock()
        self._requests: list[Request] = []
        self._counts: dict[str, int] = {}
        self._in_flight = 0
        self.max_in_flight = 0
        self.spans: list[tuple[float, float, str]] = []  # (start, end, path) of each handled request
        handler = type("Handler", (_Handler,), {"site": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.host = f"127.0.0.1:{self.port}"
        self.base_url = f"http://{self.host}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name=f"fakesite-{self.port}", daemon=True
        )
        self._thread.start()

    # -- switches --------------------------------------------------------------------------------

    def set_article_body(self, n: int, html: str) -> None:
        """Serve `html` (a whole page, UTF-8) for article n from now on, with a new ETag and Last-Modified."""
        article = self.articles[n]
        article.raw = html.encode("utf-8")
        article.encoding = "utf-8"
        article.last_modified = article.last_modified + timedelta(days=1)
        article.gone = None

    def remove_article(self, n: int, status: int = 404) -> None:
        """Article n answers `status` (404 or 410) from now on and leaves the listings, sitemap and feed."""
        self.articles[n].gone = status

    def url(self, path: str) -> str:
        return self.base_url + path

    def article_url(self, n: int) -> str:
        return self.base_url + self.articles[n].path

    # -- request log -----------------------------------------------------------------------------

    @property
    def requests(self) -> list[Request]:
        with self._lock:
            return list(self._requests)

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _log(self, method: str, path: str, headers: dict[str, str]) -> tuple[float, int]:
        now = time.monotonic()
        with self._lock:
            self._requests.append(Request(now, method, path, headers))
            self._counts[path] = self._counts.get(path, 0) + 1
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            return now, self._counts[path]

    def _done(self, start: float, path: str) -> None:
        with self._lock:
            self._in_flight -= 1
            self.spans.append((start, time.monotonic(), path))

    # -- content ---------------------------------------------------------------------------------

    def robots(self) -> str:
        if self.robots_text is not None:
            return self.robots_text
        delay = f"Crawl-delay: {self.crawl_delay}\n" if self.crawl_delay is not None else ""
        return f"User-agent: *\nDisallow: /prywatne/\n{delay}\nSitemap: {self.base_url}/sitemap.xml\n"

    def live_articles(self) -> list[Article]:
        return [a for a in self.articles.values() if a.gone is None]

    def article_bytes(self, article: Article) -> bytes:
        if article.raw is not None:
            return article.raw
        charset = "windows-1250" if article.encoding == "cp1250" else "utf-8"
        main = (
            f'<article>\n<h1 class="title">{article.title}</h1>\n'
            f'<p class="date">Data publikacji: {article.date}</p>\n<div class="text">{article.body}</div>\n'
            '<p><a href="/aktualnosci">« Powrót do listy aktualności</a></p>\n</article>'
        )
        return _page(article.title, main, charset=charset).encode(article.encoding)

    def listing(self, page: int) -> bytes:
        live = self.live_articles()
        items = live[:3] if page == 1 else live[3:]
        links = "\n".join(
            f'<li><a href="{a.path}">{a.title}</a> <span class="date">{a.date}</span></li>' for a in items
        )
        pager = (
            '<a href="/aktualnosci?strona=2">Następna »</a>' if page == 1 else '<a href="/aktualnosci">« Poprzednia</a>'
        )
        main = f'<h1>Aktualności</h1>\n<ul class="news">\n{links}\n</ul>\n<nav class="pager">{pager}</nav>'
        return _page("Aktualności" if page == 1 else "Aktualności – strona 2", main).encode()

    def sitemap(self) -> bytes:
        urls = [f"{self.base_url}/aktualnosci"] + [self.base_url + a.path for a in self.live_articles()]
        body = "".join(f"<url><loc>{u}</loc></url>\n" for u in urls)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n'
        ).encode()

    def rss(self) -> bytes:
        items = "".join(
            f"<item><title>{a.title}</title><link>{self.base_url}{a.path}</link>"
            f"<pubDate>{email.utils.format_datetime(datetime.strptime(a.date, '%d.%m.%Y').replace(tzinfo=UTC))}"
            "</pubDate></item>\n"
            for a in self.live_articles()
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
            f"<title>Gmina Testowa – aktualności</title><link>{self.base_url}/aktualnosci</link>\n"
            f"<description>Aktualności Urzędu Gminy Testowa</description>\n{items}</channel></rss>\n"
        ).encode()


class _Handler(BaseHTTPRequestHandler):
    site: FakeSite
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        start, count = self.site._log("GET", self.path, headers)
        try:
            self._route(count)
        except (BrokenPipeError, ConnectionResetError):  # the client hung up (size caps): expected
            self.close_connection = True
        finally:
            self.site._done(start, self.path)

    # -- helpers ---------------------------------------------------------------------------------

    def _send(
        self, status: int, body: bytes = b"", content_type: str | None = "text/html; charset=utf-8", **extra: str
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in extra.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, status: int, location: str) -> None:
        self._send(status, b"", None, Location=location)

    def _not_found(self, status: int = 404) -> None:
        title = "Nie znaleziono strony" if status == 404 else "Strona została usunięta"
        self._send(status, _page(title, f"<h1>{title}</h1>").encode())

    # -- routes ----------------------------------------------------------------------------------

    def _route(self, count: int) -> None:
        site = self.site
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        if path == "/robots.txt" and site.robots_redirect:
            self._redirect(301, site.robots_redirect)
        elif path in ("/robots.txt", "/robots-alt.txt"):
            if site.robots_status != 200:
                self._send(site.robots_status, b"error", "text/plain")
            else:
                self._send(200, site.robots().encode(), "text/plain; charset=utf-8")
        elif path == "/aktualnosci":
            self._send(200, site.listing(int(query.get("strona", ["1"])[0])))
        elif path.startswith("/aktualnosci/"):
            self._article(path)
        elif path == "/sitemap.xml":
            self._send(200, site.sitemap(), "application/xml")
        elif path == "/rss.xml":
            self._send(200, site.rss(), "application/rss+xml; charset=utf-8")
        elif path == "/kalendarz":
            month = int(query.get("miesiac", ["1"])[0])
            main = f'<h1>Kalendarz – miesiąc {month}</h1><a href="/kalendarz?miesiac={month + 1}">Następny miesiąc</a>'
            self._send(200, _page("Kalendarz", main).encode())
        elif path == "/prywatne/tajne":
            self._send(200, _page("Tajne", "<p>Nie dla robotów.</p>").encode())
        elif path == "/files/uchwala.pdf":
            self._send(200, b"%PDF-1.4\n% fake\n" + bytes(2000) + b"\n%%EOF\n", "application/pdf")
        elif path == "/gone":
            self._not_found(410)
        elif path.startswith("/fault/"):
            self._fault(path.removeprefix("/fault/"), query, count)
        else:
            self._not_found(404)

    def _article(self, path: str) -> None:
        number = path.removeprefix("/aktualnosci/").split(",")[0]
        article = self.site.articles.get(int(number)) if number.isdigit() else None
        if article is None or path != article.path:
            self._not_found(404)
            return
        if article.gone:
            self._not_found(article.gone)
            return
        body = self.site.article_bytes(article)
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        last_modified = email.utils.format_datetime(article.last_modified, usegmt=True)
        validators = {"ETag": etag, "Last_Modified": last_modified}
        if_none_match = self.headers.get("If-None-Match")
        if_modified_since = self.headers.get("If-Modified-Since")
        fresh = False
        if if_none_match is not None:  # RFC 9110 13.2.2: If-None-Match wins over If-Modified-Since
            fresh = etag in [t.strip() for t in if_none_match.split(",")] or if_none_match.strip() == "*"
        elif if_modified_since:
            try:
                fresh = article.last_modified <= email.utils.parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError):
                fresh = False
        if fresh:
            self._send(304, b"", None, **validators)
            return
        charset = "" if article.encoding == "cp1250" else "; charset=utf-8"  # windows-1250: <meta> only
        self._send(200, body, f"text/html{charset}", **validators)

    def _fault(self, name: str, query: dict[str, list[str]], count: int) -> None:
        page = _page("Strona", "<p>Treść strony po błędzie.</p>").encode()
        if name == "503-then-200":
            if count == 1:
                self._send(503, b"Przerwa techniczna", "text/plain", Retry_After="1")
            else:
                self._send(200, page)
        elif name == "429":
            if count == 1:
                self._send(429, b"Zbyt wiele zapytan", "text/plain", Retry_After="1")
            else:
                self._send(200, page)
        elif name == "429-long":
            self._send(429, b"Zbyt wiele zapytan", "text/plain", Retry_After="3600")
        elif name == "500":
            self._send(500, b"Blad serwera", "text/plain")
        elif name == "500-then-slow":  # an error, then a retry that outlives any short deadline
            if count == 1:
                self._send(500, b"Blad serwera", "text/plain")
            else:
                time.sleep(float(query.get("s", ["2"])[0]))
                self._send(200, page)
        elif name == "timeout":
            time.sleep(self.site.slow_seconds)
            self._send(200, page)
        elif name == "slow":
            time.sleep(float(query.get("s", ["0.2"])[0]))
            self._send(200, page)
        elif name == "reset":
            # SO_LINGER 0: close() sends a TCP RST instead of a response.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
        elif name == "truncated":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page) + 5000))
            self.end_headers()
            self.wfile.write(page)
            self.wfile.flush()
            self.close_connection = True
        elif name == "gzip-bomb":
            if "chunked" in query:  # no Content-Length: only counting the wire bytes can stop it
                self._stream(gzip_bomb(), "text/html; charset=utf-8", Content_Encoding="gzip")
            else:
                self._send(200, gzip_bomb(), "text/html; charset=utf-8", Content_Encoding="gzip")
        elif name == "gzip":
            self._send(200, gzip.compress(page), "text/html; charset=utf-8", Content_Encoding="gzip")
        elif name == "deflate-raw":
            packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
            data = packer.compress(page) + packer.flush()
            self._send(200, data, "text/html; charset=utf-8", Content_Encoding="deflate")
        elif name == "big":
            self._big(with_length="length" in query)
        elif name == "feed-as-text":  # feeds and sitemaps often come with a vague type
            self._send(200, self.site.rss(), "text/plain; charset=utf-8")
        elif name == "no-type":
            self._send(200, page, None)
        elif name == "no-type-binary":
            self._send(200, b"\x00\x01binary" + bytes(100), None)
        elif name == "offsite-redirect":
            self._redirect(302, "http://example.invalid/x")
        elif name == "redirect-loop":
            self._redirect(302, "/fault/redirect-loop/b")
        elif name == "redirect-loop/b":
            self._redirect(302, "/fault/redirect-loop")
        elif name == "redirect-ok":
            self._redirect(301, self.site.articles[1].path)
        elif name == "redirect-private":
            self._redirect(302, "/prywatne/tajne")
        elif name == "redirect-bad":
            self._redirect(302, "http://[::1/zly")
        elif name == "redirect-ftp":
            self._redirect(302, f"ftp://{self.site.host.split(':')[0]}/plik")
        elif name.startswith("redirect-chain/"):
            left = int(name.removeprefix("redirect-chain/"))
            self._redirect(302, f"/fault/redirect-chain/{left - 1}" if left > 0 else self.site.articles[2].path)
        else:
            self._not_found(404)

    def _stream(self, body: bytes, content_type: str, **extra: str) -> None:
        """Send `body` with chunked transfer coding (size unknown up front)."""
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        for name, value in extra.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for start in range(0, len(body), _CHUNK):
            piece = body[start : start + _CHUNK]
            self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")

    def _big(self, *, with_length: bool) -> None:
        """BIG_SIZE bytes of HTML, streamed in 64 KB chunks (chunked unless ?length: no size known up front)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if with_length:
            self.send_header("Content-Length", str(BIG_SIZE))
        else:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"<p>" + b"x" * (_CHUNK - 8) + b"</p>\n"
        sent = 0
        while sent < BIG_SIZE:
            piece = chunk[: BIG_SIZE - sent]
            if with_length:
                self.wfile.write(piece)
            else:
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            sent += len(piece)
        if not with_length:
            self.wfile.write(b"0\r\n\r\n")


def start_fake_site(*, crawl_delay: float | None = 0.2, slow_seconds: float = 3.0, port: int = 0) -> FakeSite:
    """Start a fake gmina site on 127.0.0.1 (an ephemeral port unless given); call `.stop()` when done."""
    return FakeSite(crawl_delay=crawl_delay, slow_seconds=slow_seconds, port=port)


@pytest.fixture()
def fake_site() -> Iterator[FakeSite]:
    """A fresh fake site per test (Crawl-delay 0.2 s); import it into a test module to use it."""
    site = start_fake_site()
    try:
        yield site
    finally:
        site.stop()


if __name__ == "__main__":
    # Serve the fake site for a manual run (see README, "Trying a live run"), for at most --seconds.
    import argparse
    import time as _time

    parser = argparse.ArgumentParser(description="Serve the fake gmina site on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seconds", type=float, default=600.0, help="stop after this long (default 600)")
    args = parser.parse_args()
    served = start_fake_site(port=args.port, crawl_delay=0.2)
    print(f"fake gmina site on {served.base_url} for {args.seconds:.0f} s (Ctrl-C stops it)", flush=True)
    try:
        _time.sleep(args.seconds)
    except KeyboardInterrupt:
        pass
    finally:
        served.stop()


def write_registry(path: Path, site: FakeSite, *, delay: float = 0.01, follow_extra: str = "", **extra: str) -> Path:
    """A registry (TOML) with the one site "gmina-testowa" at this server's address; `extra` adds keys as written."""
    base = re.escape(site.base_url)
    follow = f"'^{base}/aktualnosci(\\?strona=\\d+)?$'" + (f", {follow_extra}" if follow_extra else "")
    lines = [
        "[[site]]",
        'id = "gmina-testowa"',
        'name = "Urząd Gminy Testowa"',
        f'start_urls = ["{site.base_url}/aktualnosci"]',
        f"follow = [{follow}]",
        f"articles = ['^{base}/aktualnosci/\\d+,[\\w-]+$']",
        'extractor = "generic"',
        f"delay = {delay}",
        *(f"{key} = {value}" for key, value in extra.items()),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
