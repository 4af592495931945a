"""Simulated municipal sites for benchmarks/bench_crawl.py: N sites on 127.0.1.1 ... 127.0.1.N, one process.

    python benchmarks/crawl_sites.py --sites 100 --port 8470 --latency 0.03 --stats FILE

Each site is a homepage, a two-page listing of 15 articles each and 30 articles (34 requests with
robots.txt), pages of 30-120 KB with the boilerplate municipal sites serve (a menu of 120 links,
a sidebar calendar, an inline script and SVG, a long footer) around a Polish body with amounts,
dates and a programme.  Every answer waits `latency` seconds first (per request, concurrently),
so a client that asks one host at a time sees a real round trip.  Pages are made once from a
fixed seed (the same bytes every run).  On SIGTERM or SIGINT the server writes per-site request
counts, first/last request times (time.time()) and each request's time and path to `--stats`
and exits.

Linux routes all of 127.0.0.0/8 to the loopback device, so each site gets its own address and
therefore its own host for the crawler's politeness, with no setup.  (A minimal page template of
its own: the realistic page generator of the extraction benchmark can replace `article_page`.)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import signal
import time
from pathlib import Path
from typing import Any

ARTICLES = 30
PER_LISTING = 15
ROBOTS = b"User-agent: *\nDisallow: /admin/\n"

_WORDS = [
    "gmina",
    "projekt",
    "dofinansowanie",
    "realizacja",
    "umowa",
    "zadanie",
    "inwestycja",
    "budowa",
    "przebudowa",
    "remont",
    "szkoła",
    "droga",
    "świetlica",
    "mieszkańcy",
    "rada",
    "wójt",
    "burmistrz",
    "program",
    "środki",
    "unijne",
    "fundusz",
    "europejski",
    "województwo",
    "powiat",
    "termomodernizacja",
    "kanalizacja",
    "wodociąg",
    "boisko",
    "przedszkole",
    "biblioteka",
    "ośrodek",
    "pomoc",
    "społeczna",
    "senior",
    "cyfrowa",
    "ekologia",
    "odnawialne",
    "źródła",
    "energii",
    "fotowoltaika",
    "ścieżka",
    "rowerowa",
    "oświetlenie",
    "chodnik",
]
_PROGRAMMES = (
    "Fundusze Europejskie dla Opolskiego 2021-2027",
    "Rządowy Fundusz Polski Ład: Program Inwestycji Strategicznych",
    "Program Rozwoju Obszarów Wiejskich na lata 2014-2020",
    "Rządowy Fundusz Rozwoju Dróg",
    "Program „Senior+” na lata 2021-2025",
)


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[:1].upper() + text[1:] + "."


def _menu(rng: random.Random) -> str:
    items = "".join(
        f'<li><a href="/strona/{i},{rng.choice(_WORDS)}-{rng.choice(_WORDS)}">{_sentence(rng, 2)}</a></li>'
        for i in range(120)
    )
    return f'<nav class="menu-glowne" aria-label="Menu"><ul class="level-1">{items}</ul></nav>'


def _calendar(rng: random.Random) -> str:
    rows = "".join(
        "<tr>"
        + "".join(f'<td><a href="/kalendarz?dzien={w * 7 + d + 1}">{w * 7 + d + 1}</a></td>' for d in range(7))
        + "</tr>"
        for w in range(5)
    )
    return f'<aside class="sidebar"><h3>Kalendarz wydarzeń</h3><table class="cal">{rows}</table></aside>'


def _boilerplate(rng: random.Random, pad: int, boxes: int = 3) -> tuple[str, str]:
    script = "<script>window.dataLayer=window.dataLayer||[];" + "".join(
        f"function f{i}(a,b){{return a*{i}+b-{rng.randint(1, 99)};}}" for i in range(120)
    )
    script += "</script>"
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">' + "".join(
        f'<path d="M{rng.randint(0, 99)} {rng.randint(0, 99)}L{rng.randint(0, 99)} {rng.randint(0, 99)}Z"/>'
        for _ in range(80)
    )
    svg += "</svg>"
    related = "".join(
        f'<div class="news-box"><a href="/strona/{rng.randint(1, 999)},x"><h4>{_sentence(rng, 6)}</h4></a>'
        f"<p>{_sentence(rng, 30)}</p></div>"
        for _ in range(boxes)
    )
    related += '<div class="o-gminie">' + "".join(f"<p>{_sentence(rng, 30)}</p>" for _ in range(pad)) + "</div>"
    footer = (
        '<footer class="stopka"><div class="kontakt">Urząd Gminy, ul. Rynek 1, 00-000 Gmina, tel. 77 400 00 00</div>'
        + "".join(f'<a href="/dokumenty/{i}">{_sentence(rng, 3)}</a> ' for i in range(60))
        + "</footer>"
    )
    head = f"{script}{svg}{_menu(rng)}"
    tail = f'<div class="powiazane">{related}</div>{_calendar(rng)}{footer}'
    return head, tail


def _page(title: str, head: str, main: str, tail: str) -> bytes:
    return (
        '<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8">'
        f"<title>{title} - Urząd Gminy</title></head><body>"
        f'<header class="naglowek">{head}</header><main id="content">{main}</main>{tail}</body></html>'
    ).encode()


def _day(n: int) -> str:
    return f"{1 + (n * 7) % 28:02d}.{1 + n % 11:02d}.2026"


def article_page(site: int, n: int) -> bytes:
    """One article of 30-120 KB: boilerplate around a Polish body with an amount, dates and a programme."""
    rng = random.Random(site * 1000 + n)
    title = f"{_sentence(rng, 6)[:-1]} nr {n}"
    amount = f"{rng.randint(10, 9_999)} {rng.randint(100, 999)},{rng.randint(0, 99):02d} zł"
    body = (
        f'<article><h1>{title}</h1><p class="data">Opublikowano: {_day(n)}</p>'
        f"<p>Gmina podpisała umowę o dofinansowanie projektu w ramach programu {rng.choice(_PROGRAMMES)}. "
        f"Wartość projektu wynosi {amount}, a dofinansowanie {rng.randint(50, 95)}% kosztów kwalifikowalnych.</p>"
        + "".join(f"<p>{_sentence(rng, 40)}</p>" for _ in range(rng.randint(4, 10)))
        + f"<p>Projekt będzie realizowany od {_day(n + 3)} do {_day(n + 5)}.</p></article>"
    )
    head, tail = _boilerplate(rng, rng.randint(30, 330))
    return _page(title, head, body, tail)


def listing_page(site: int, page: int) -> bytes:
    rng = random.Random(site * 1000 + 900 + page)
    first = (page - 1) * PER_LISTING + 1
    items = "".join(
        f'<div class="news-item"><span class="date">{_day(n)}</span>'
        f'<a href="/aktualnosci/{n},artykul-{n}">{_sentence(rng, 7)}</a><p>{_sentence(rng, 25)}</p></div>'
        for n in range(first, first + PER_LISTING)
    )
    pager = '<div class="pager"><a href="/aktualnosci">1</a> <a href="/aktualnosci?strona=2">2</a></div>'
    head, tail = _boilerplate(rng, rng.randint(10, 60))
    return _page(f"Aktualności, strona {page}", head, f"<h1>Aktualności</h1>{items}{pager}", tail)


def home_page(site: int) -> bytes:
    rng = random.Random(site * 1000 + 999)
    main = "<h1>Witamy</h1>" + "".join(
        f'<div class="news-item"><a href="/aktualnosci">Aktualności: {_sentence(rng, 5)}</a>'
        f"<p>{_sentence(rng, 20)}</p></div>"
        for _ in range(4)
    )
    head, tail = _boilerplate(rng, rng.randint(20, 80))
    return _page("Strona główna", head, main, tail)


def site_pages(site: int) -> dict[str, bytes]:
    """Path (with query) -> body for one site."""
    pages = {
        "/": home_page(site),
        "/aktualnosci": listing_page(site, 1),
        "/aktualnosci?strona=2": listing_page(site, 2),
    }
    for n in range(1, ARTICLES + 1):
        pages[f"/aktualnosci/{n},artykul-{n}"] = article_page(site, n)
    return pages


def site_address(site: int) -> str:
    return f"127.0.1.{site}"


def requests_per_site() -> int:
    return 1 + len(site_pages(1))  # robots.txt and every page


class Server:
    def __init__(self, sites: int, latency: float) -> None:
        self.latency = latency
        self.pages = {site_address(i): site_pages(i) for i in range(1, sites + 1)}
        self.stats: dict[str, dict[str, Any]] = {}

    def _note(self, host: str, target: str) -> None:
        now = time.time()
        entry = self.stats.setdefault(host, {"requests": 0, "first": now, "last": now, "times": [], "targets": []})
        entry["requests"] += 1
        entry["last"] = now
        entry["times"].append(now)  # every request's arrival: the gaps between them against the delay
        entry["targets"].append(target)

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        host = writer.get_extra_info("sockname")[0]
        pages = self.pages[host]
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1].decode()
                self._note(host, target)
                await asyncio.sleep(self.latency)
                if target == "/robots.txt":
                    status, body, kind = "200 OK", ROBOTS, "text/plain"
                elif target in pages:
                    status, body, kind = "200 OK", pages[target], "text/html; charset=utf-8"
                else:
                    status, body, kind = "404 Not Found", b"<html><body>brak</body></html>", "text/html"
                writer.write(
                    f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n"
                    "Connection: keep-alive\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()


async def serve(sites: int, port: int, latency: float, stats: Path) -> None:
    server = Server(sites, latency)
    servers = [await asyncio.start_server(server.handle, address, port) for address in server.pages]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print("ready", flush=True)
    await stop.wait()
    for one in servers:
        one.close()
    stats.write_text(json.dumps(server.stats), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=100)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--latency", type=float, default=0.03)
    parser.add_argument("--stats", type=Path, required=True)
    args = parser.parse_args()
    if not 1 <= args.sites <= 254:
        parser.error("--sites must be 1-254 (one address each in 127.0.1.0/24)")
    asyncio.run(serve(args.sites, args.port, args.latency, args.stats))


if __name__ == "__main__":
    main()
