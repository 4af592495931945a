"""Crawling many sites every night (issue 14): listings read down to `since` on a first run, and
only until known items on later runs, over real HTTP on 127.0.0.1.

The test server is an archive of dated news items, newest first, three to a listing page, five
pages; items answer 304 to a matching If-None-Match as real sites do.  Every run is bounded by
`max_pages`, and the server answers at most MAX_REQUESTS requests (then 503).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from scraper.fetch import FetchPolicy
from scraper.registry import Site
from scraper.runs import RunResult, run_sites
from scraper.walk import _later_page, default_since

SINCE = date(2024, 1, 1)
PER_PAGE = 3
MAX_REQUESTS = 500
POLICY = FetchPolicy(allow_loopback=True, concurrency=4, delay=0.0, timeout=5.0, retries=0, max_total_time=10.0)
DATES: list[date | None] = [  # newest first; page 3 crosses SINCE, pages 4 and 5 are older
    *(date(2026, 11, 20), date(2026, 10, 2), date(2026, 5, 14)),
    *(date(2025, 12, 1), date(2025, 6, 10), date(2025, 2, 3)),
    *(date(2024, 9, 9), date(2024, 3, 3), date(2023, 11, 11)),
    *(date(2023, 6, 6), date(2022, 12, 12), date(2022, 1, 1)),
    *(date(2021, 5, 5), date(2020, 4, 4), date(2019, 3, 3)),
]


@dataclass
class Item:
    n: int
    day: date | None

    @property
    def path(self) -> str:
        return f"/aktualnosci/{self.n},wpis"

    def page(self) -> bytes:
        shown = f"<p class='date'>Data publikacji: {self.day:%d.%m.%Y}</p>" if self.day else ""
        return (
            f"<html><head><meta charset='utf-8'><title>Wpis {self.n}</title></head><body><main><article>"
            f"<h1>Projekt numer {self.n} w Gminie Archiwalnej</h1>{shown}"
            f"<p>Gmina realizuje projekt numer {self.n}, wartość projektu {self.n} 000,00 zł.</p>"
            "</article></main></body></html>"
        ).encode()


@dataclass
class Archive:
    """What the server serves (edit between runs) and what it was asked ((path, headers) in order)."""

    items: list[Item]
    numbered: bool = True  # a pager "1 2 3 4 5 »" (page 1 queues every page), else "Następna »" only
    oldest_first: bool = False
    asked: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def pages(self) -> int:
        return -(-len(self.items) // PER_PAGE)

    def listing(self, page: int) -> bytes | None:
        ordered = list(reversed(self.items)) if self.oldest_first else self.items
        shown = ordered[(page - 1) * PER_PAGE : page * PER_PAGE]
        if not shown:
            return None
        rows = "".join(
            f"<li class='wpis'><a href='{i.path}'>Projekt numer {i.n} w Gminie Archiwalnej</a>"
            + (f" <span class='data'>{i.day:%d.%m.%Y}</span>" if i.day else "")
            + "</li>"
            for i in shown
        )
        numbers = range(1, self.pages() + 1) if self.numbered else ()
        pager = " ".join(f"<a href='{_listing_path(n)}'>{n}</a>" for n in numbers if n != page)
        if page < self.pages():
            pager += f" <a href='{_listing_path(page + 1)}'>Następna »</a>"
        return (
            "<html><head><meta charset='utf-8'><title>Aktualności</title></head><body><main>"
            f"<h1>Aktualności – strona {page}</h1><ul class='lista'>{rows}</ul><nav class='pager'>{pager}</nav>"
            "</main></body></html>"
        ).encode()

    def listing_pages_asked(self) -> list[int]:
        return [_page_number(path) for path, _ in self.asked if urlsplit(path).path == "/aktualnosci"]

    def items_asked(self) -> list[tuple[int, dict[str, str]]]:
        return [
            (int(path.split("/")[2].split(",")[0]), headers)
            for path, headers in self.asked
            if path.startswith("/aktualnosci/")
        ]


def _listing_path(page: int) -> str:
    return "/aktualnosci" if page == 1 else f"/aktualnosci?strona={page}"


def _page_number(path: str) -> int:
    return int(parse_qs(urlsplit(path).query).get("strona", ["1"])[0])


class _Handler(BaseHTTPRequestHandler):
    archive: Archive
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        archive = self.archive
        with archive.lock:
            archive.asked.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            over = len(archive.asked) > MAX_REQUESTS
        parts = urlsplit(self.path)
        if over:
            self._send(503, b"too many requests in one test")
        elif parts.path == "/robots.txt":
            self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        elif parts.path == "/aktualnosci" and (body := archive.listing(_page_number(self.path))) is not None:
            self._send(200, body)
        elif item := next((i for i in archive.items if i.path == parts.path), None):
            body = item.page()
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", None, etag)
            else:
                self._send(200, body, etag=etag)
        else:
            self._send(404, b"<html><body>Nie ma</body></html>")

    def _send(
        self, status: int, body: bytes, kind: str | None = "text/html; charset=utf-8", etag: str | None = None
    ) -> None:
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@dataclass
class Served:
    archive: Archive
    base: str

    def site(self) -> Site:
        base = re.escape(self.base)
        return Site(
            id="gmina-archiwalna",
            name="Urząd Gminy Archiwalnej",
            start_urls=(f"{self.base}/aktualnosci",),
            follow=(re.compile(rf"^{base}/aktualnosci(\?strona=\d+)?$"),),
            articles=(re.compile(rf"^{base}/aktualnosci/\d+,wpis$"),),
            extractor="generic",
            delay=0.0,
        )

    def run(self, data: Path, *, since: date = SINCE, max_pages: int = 60) -> RunResult:
        self.archive.asked.clear()
        return run_sites([self.site()], data, mode="live", policy=POLICY, max_pages=max_pages, since=since)


@pytest.fixture()
def archive() -> Iterator[Served]:
    served = Archive(items=[Item(n, day) for n, day in zip(range(15, 0, -1), DATES, strict=True)])
    handler = type("Handler", (_Handler,), {"archive": served})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield Served(served, f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def urls_in(data: Path) -> set[str]:
    lines = (data / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {urlsplit(json.loads(line)["url"]).path for line in lines}


def paths(items: list[Item], *numbers: int) -> set[str]:
    return {i.path for i in items if i.n in numbers}


@pytest.mark.parametrize("numbered", [True, False], ids=["numbered-pager", "next-link-only"])
def test_a_first_run_reads_listings_down_to_since_and_skips_the_older_items(
    archive: Served, tmp_path: Path, numbered: bool
) -> None:
    archive.archive.numbered = numbered
    result = archive.run(tmp_path)
    assert result.exit_code == 0
    assert sorted(set(archive.archive.listing_pages_asked())) == [1, 2, 3, 4]  # page 4 is all older: the end
    assert sorted(n for n, _ in archive.archive.items_asked()) == list(range(7, 16))  # pages 1-3, read whole
    assert urls_in(tmp_path) == paths(archive.archive.items, *range(7, 16))
    (report,) = result.report.sites
    assert report.not_followed == {"since_pages": 1, "since_items": 3}  # page 5; the items of page 4
    saved = json.loads(result.saved.read_text(encoding="utf-8"))["sites"][0]
    assert saved["not_followed"] == {"since_items": 3, "since_pages": 1}  # in the saved report too


@pytest.mark.parametrize("numbered", [True, False], ids=["numbered-pager", "next-link-only"])
def test_a_second_run_over_an_unchanged_site_reads_page_one_and_rechecks_items(
    archive: Served, tmp_path: Path, numbered: bool
) -> None:
    archive.archive.numbered = numbered
    assert archive.run(tmp_path).exit_code == 0
    records = (tmp_path / "clean" / "records.jsonl").read_bytes()
    second = archive.run(tmp_path)
    assert second.exit_code == 0
    assert archive.archive.listing_pages_asked() == [1]
    asked = archive.archive.items_asked()
    assert sorted(n for n, _ in asked) == list(range(7, 16))  # the known items, asked again as before
    assert all("if-none-match" in headers for _, headers in asked)  # conditionally
    (report,) = second.report.sites
    assert report.status_304 == 9 and report.pages_new == 0
    assert report.not_followed == {"known_pages": 4 if numbered else 1}  # page 1 queued 2-5, or linked 2
    assert (tmp_path / "clean" / "records.jsonl").read_bytes() == records  # byte-identical


def test_a_new_item_on_page_one_is_picked_up(archive: Served, tmp_path: Path) -> None:
    assert archive.run(tmp_path).exit_code == 0
    before = (tmp_path / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    archive.archive.items.insert(0, Item(16, date(2026, 12, 1)))
    second = archive.run(tmp_path)
    assert second.exit_code == 0
    # Page 1 brought item 16, so page 2 was read too; it only held known items (all moved down one).
    assert sorted(set(archive.archive.listing_pages_asked())) == [1, 2]
    assert urls_in(tmp_path) == paths(archive.archive.items, *range(7, 17))
    after = (tmp_path / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert set(before) < set(after) and len(after) == len(before) + 1  # the old lines are unchanged
    assert second.report.sites[0].records_new == 1


def test_undated_items_are_fetched_and_an_undated_listing_is_read_to_its_end(archive: Served, tmp_path: Path) -> None:
    items = archive.archive.items
    items[10].day = None  # item 5, on the all-old page 4
    assert archive.run(tmp_path).exit_code == 0
    assert sorted(set(archive.archive.listing_pages_asked())) == [1, 2, 3, 4]
    assert urls_in(tmp_path) == paths(items, 5, *range(7, 16))  # item 5 kept; 6 and 4 (dated, old) not

    for item in items:
        item.day = None
    undated = tmp_path / "undated"
    result = archive.run(undated, since=date(2026, 12, 1))
    assert sorted(set(archive.archive.listing_pages_asked())) == [1, 2, 3, 4, 5]  # nothing to judge by
    assert urls_in(undated) == paths(items, *range(1, 16))
    assert result.report.sites[0].not_followed == {}


def test_a_listing_that_runs_oldest_first_is_not_cut(archive: Served, tmp_path: Path) -> None:
    archive.archive.oldest_first = True
    result = archive.run(tmp_path)
    assert sorted(set(archive.archive.listing_pages_asked())) == [1, 2, 3, 4, 5]
    assert len(urls_in(tmp_path)) == 15 and result.report.sites[0].not_followed == {}


def test_a_run_cut_short_is_no_baseline(archive: Served, tmp_path: Path) -> None:
    """A first run stopped by max_pages leaves older pages unread: the next run reads on past what it knows."""
    first = archive.run(tmp_path, max_pages=4)
    assert first.report.sites[0].stopped
    second = archive.run(tmp_path)
    assert sorted(set(archive.archive.listing_pages_asked())) == [1, 2, 3, 4]  # down to SINCE, not to "known"
    assert urls_in(tmp_path) == paths(archive.archive.items, *range(7, 16))
    assert "known_pages" not in second.report.sites[0].not_followed
    third = archive.run(tmp_path)  # the second run was whole: now known items end the listing
    assert archive.archive.listing_pages_asked() == [1] and "known_pages" in third.report.sites[0].not_followed


def test_since_defaults_to_three_years_back() -> None:
    assert default_since(date(2026, 12, 4)) == date(2023, 12, 4)
    assert default_since(date(2028, 2, 29)) == date(2025, 2, 28)


def test_later_pages_are_recognised_by_their_page_number_only() -> None:
    base = "https://gmina.example"
    site = Site(
        id="x",
        name="X",
        start_urls=(f"{base}/aktualnosci",),
        follow=(re.compile(r"^https://gmina\.example/(aktualnosci|wiesci\.html|kategoria-\d+|lista)"),),
        articles=(re.compile(r"/wpis/\d+$"),),
        extractor="generic",
    )
    first = _later_page(site, f"{base}/aktualnosci?strona=2")
    assert first is not None
    assert _later_page(site, f"{base}/aktualnosci/?start=20") == first  # a trailing slash is the same listing
    assert _later_page(site, "https://www.gmina.example/aktualnosci/page/3/") == first
    assert _later_page(site, f"{base}/aktualnosci/strona/3") == first
    assert _later_page(site, f"{base}/lista?page=2&size=20") == _later_page(site, f"{base}/lista?page=3")
    assert _later_page(site, f"{base}/wiesci-2.html") is not None  # /wiesci.html is a listing of the site
    assert _later_page(site, f"{base}/kategoria-12") is None  # /kategoria is not: two categories, not pages
    assert _later_page(site, f"{base}/aktualnosci?kategoria=5") is None
    assert _later_page(site, f"{base}/aktualnosci") is None
