"""Extraction speed against the parser floor, on the saved pages and on realistic pages, in one run.

    .venv/bin/python benchmarks/bench_pipeline.py [--repeat N] [--json FILE] [--smoke] [--saved-only]

The floor is what no extractor can beat: decode + lexbor parse + select the title and the
container + their text.  Measured in this process, per page (median and p95 ms, pages/s, ratio to
the floor).  Every extractor row, page objects and generic alike, runs `extract.pipeline.extract`,
the entry point the CLI and the crawler use: the body and tree bounds (`extract.bounds`), decode,
parse, the page object's `record()` under the time budget, the fallback check.  So the rows differ
only in the page object that reads the page:

* saved pages (tests/fixtures, the README's first table): the floor, the site page objects, the
  generic extractor;
* realistic pages (`benchmarks/realistic_pages.py`: 200 distinct pages of 30-120 KB, full
  boilerplate): the floor, a page object (the registry has no generic BIP/CMS page object, so the
  benchmark declares one per generated template: its selectors, the shared field methods), the
  generic extractor, and trafilatura's `bare_extraction` with metadata when it is installed
  (`pip install -e .[compare]`);
* whole processes on the realistic pages x 3 (600 pages): `scrape extract` over every body and
  `scrape run --offline`, wall time, pages/s.

`--smoke` (for .ci/run): 20 realistic pages, one pass, whole processes on 60 pages.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

sys.path.insert(0, str(Path(__file__).resolve().parent))

import realistic_pages

from extract import registry
from extract.article import ArticlePage
from extract.decode import decode_html
from extract.page import SiteInfo
from extract.pipeline import Extraction, extract
from extract.registry import site
from scraper.pages import role_of
from scraper.registry import load_sites
from scraper.store import RawStore

ROOT = Path(__file__).resolve().parents[1]
SCRAPE = Path(sys.executable).with_name("scrape")

Case = tuple[str, bytes, str | None, str]  # url, body, content type, role


def _page_object(template: str) -> str:
    """Register the template's page object (as `bench-TEMPLATE`) so it runs through `extract`, as the CLI runs one."""
    chosen = realistic_pages.SELECTORS[template]

    class TemplatePage(ArticlePage):
        version = "bench"
        title_selector = chosen["title"]
        date_selector = chosen["date"]
        body_selector = chosen["body"]

    name = f"bench-{template}"
    site(name)(TemplatePage)
    return name


PAGE_OBJECTS = {name: _page_object(name) for name in realistic_pages.TEMPLATES}
registry.load.cache_clear()  # the registry's cached view, in case something read it before these registered


def _floor(cases: list[Case], title: str = "h1, h2", container: str = "main, article, div#tresc, td.main, body") -> Any:
    def run(case: Case) -> None:
        _, body, ctype, _ = case
        tree = LexborHTMLParser(decode_html(body, ctype).text)
        for selector in (title, container):
            node = tree.css_first(selector)
            if node is not None:
                node.text(separator=" ")

    return run


def _timed(func: Callable[[Case], object], cases: list[Case], repeat: int) -> list[float]:
    """Seconds per page: each page timed on its own, every pass pooled."""
    for case in cases:  # one untimed pass: warm caches (registry, reference tables, lazily built patterns)
        func(case)
    times = []
    for _ in range(repeat):
        for case in cases:
            start = time.perf_counter()
            func(case)
            times.append(time.perf_counter() - start)
    return times


def _row(name: str, times: list[float], floor: float | None) -> dict[str, Any]:
    times = sorted(times)
    median = statistics.median(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    mean = statistics.fmean(times)
    return {
        "what": name,
        "median_ms": round(median * 1000, 3),
        "p95_ms": round(p95 * 1000, 3),
        "pages_per_s": round(1 / mean),
        "x_floor": round(mean / floor, 1) if floor else 1.0,
        "mean_s": mean,
    }


def saved_rows(repeat: int) -> list[dict[str, Any]]:
    sites = {s.id: s for s in load_sites()}
    stored = [(p, p.body(), sites[p.site]) for p in RawStore(ROOT / "tests" / "fixtures").pages()]
    cases = [(p.url, body, p.content_type, role_of(site, p.url) or "article") for p, body, site in stored]
    by_url = {p.url: (p, site) for p, _, site in stored}

    def pipeline(generic: bool) -> Callable[[Case], object]:
        def run(case: Case) -> object:
            url, body, ctype, role = case
            page, site = by_url[url]
            return extract(
                url,
                body,
                site=site.info,
                content_type=ctype,
                fetched_at=page.fetched_at,
                content_sha256=page.content_sha256,
                extractor="generic" if generic else site.extractor,
                role=role,  # type: ignore[arg-type]
            )

        return run

    floor = _row("saved: floor", _timed(_floor(cases, "h1", "body"), cases, repeat), None)
    return [
        floor,
        _row("saved: site page objects", _timed(pipeline(False), cases, repeat), floor["mean_s"]),
        _row("saved: generic extractor", _timed(pipeline(True), cases, repeat), floor["mean_s"]),
    ]


def realistic_cases(distinct: int) -> tuple[list[Case], dict[str, str]]:
    """The realistic articles (what the extractors are for) and each one's template."""
    specs = {spec.id: spec for spec in realistic_pages._sites(-(-distinct // realistic_pages.PAGES_PER_SITE))}
    cases: list[Case] = []
    templates: dict[str, str] = {}
    for page in realistic_pages.pages(distinct):
        if page.role != "article":
            continue
        cases.append((page.url, page.body, page.headers.get("content-type"), page.role))
        templates[page.url] = specs[page.site].template
    return cases, templates


def realistic_rows(distinct: int, repeat: int) -> list[dict[str, Any]]:
    cases, templates = realistic_cases(distinct)
    from datetime import UTC, datetime

    when = datetime(2026, 12, 1, tzinfo=UTC)
    info = SiteInfo(id="bench", name="Urząd Gminy (benchmark)")

    def generic(case: Case) -> object:
        url, body, ctype, _ = case
        return extract(
            url, body, site=info, content_type=ctype, fetched_at=when, content_sha256="0" * 64, extractor="generic"
        )

    def page_object(case: Case) -> Extraction:
        url, body, ctype, _ = case
        return extract(
            url,
            body,
            site=info,
            content_type=ctype,
            fetched_at=when,
            content_sha256="0" * 64,
            extractor=PAGE_OBJECTS[templates[url]],
        )

    for case in cases:  # the row times the page objects themselves, never the generic fallback
        done = page_object(case)
        if done.fallback or done.error or done.extractor != PAGE_OBJECTS[templates[case[0]]]:
            raise SystemExit(f"{case[0]}: the page object did not read the page: {done.fallback or done.error}")

    floor = _row(f"realistic ({len(cases)} articles): floor", _timed(_floor(cases), cases, repeat), None)
    rows = [
        floor,
        _row("realistic: page object per template", _timed(page_object, cases, repeat), floor["mean_s"]),
        _row("realistic: generic extractor", _timed(generic, cases, repeat), floor["mean_s"]),
    ]
    try:
        import trafilatura
    except ImportError:
        rows.append({"what": "realistic: trafilatura (not installed: pip install -e .[compare])"})
    else:

        def bare(case: Case) -> object:
            url, body, _, _ = case
            return trafilatura.bare_extraction(body, url=url, with_metadata=True)

        rows.append(
            _row("realistic: trafilatura bare_extraction+metadata", _timed(bare, cases, repeat), floor["mean_s"])
        )
    return rows


def whole_process_rows(distinct: int, copies: int) -> list[dict[str, Any]]:
    """`scrape extract` and `scrape run --offline` as a user runs them, on `distinct` x `copies` pages."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
        out = Path(tmp)
        raw = realistic_pages.write_store(out, distinct, copies)
        bodies = sorted(str(p) for p in raw.rglob("*.html"))
        registry = out / "sites.toml"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
        commands = {
            f"whole process: scrape extract, {len(bodies)} pages": [
                str(SCRAPE),
                "extract",
                "--sites",
                str(registry),
                "--out",
                str(out / "extract.jsonl"),
                *bodies,
            ],
            f"whole process: scrape run --offline, {len(bodies)} pages": [
                str(SCRAPE),
                "run",
                "--offline",
                "-q",
                "--data",
                str(out / "data"),
                "--sites",
                str(registry),
                "--from",
                str(raw),
            ],
        }
        for name, command in commands.items():
            start = time.perf_counter()
            done = subprocess.run(command, env=env, capture_output=True, check=False)
            wall = time.perf_counter() - start
            if done.returncode not in (0, 1):
                raise SystemExit(f"{name} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
            rows.append({"what": name, "wall_s": round(wall, 2), "pages_per_s": round(len(bodies) / wall)})
    return rows


def _table(rows: list[dict[str, Any]]) -> str:
    lines = ["| what | median ms/page | p95 ms/page | pages/s | × floor |", "|---|---|---|---|---|"]
    for row in rows:
        if "median_ms" in row:
            lines.append(
                f"| {row['what']} | {row['median_ms']:.3f} | {row['p95_ms']:.3f} "
                f"| {row['pages_per_s']:,} | {row['x_floor']} |"
            )
        elif "wall_s" in row:
            lines.append(f"| {row['what']} | | | {row['pages_per_s']:,} ({row['wall_s']} s) | |")
        else:
            lines.append(f"| {row['what']} | | | | |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the pages (in process)")
    parser.add_argument("--pages", type=int, default=200, help="distinct realistic pages")
    parser.add_argument("--copies", type=int, default=3, help="copies of them for the whole-process runs")
    parser.add_argument("--json", type=Path, help="write the rows here as JSON too")
    parser.add_argument("--smoke", action="store_true", help="a few pages, one pass (CI)")
    parser.add_argument("--saved-only", action="store_true", help="only the saved pages (the README's first table)")
    parser.add_argument("--no-whole", action="store_true", help="skip the whole-process runs")
    args = parser.parse_args()
    if args.smoke:
        args.repeat, args.pages = 1, 20
    rows = saved_rows(max(args.repeat, 1) * (1 if args.smoke else 20))
    if not args.saved_only:
        rows += realistic_rows(args.pages, args.repeat)
        if not args.no_whole:
            rows += whole_process_rows(args.pages, args.copies)
    load = os.getloadavg()
    print(_table(rows))
    print(f"\nload average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {os.cpu_count()} cores")
    if args.json:
        clean = [{k: v for k, v in row.items() if k != "mean_s"} for row in rows]
        args.json.write_text(json.dumps({"rows": clean, "load": load}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
