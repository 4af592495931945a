"""Milliseconds per text for each field parser of the shared pass, on three sets of main texts.

    .venv/bin/python benchmarks/bench_fields.py [--repeat N] [--pages N] [--json FILE] [--smoke]

`bench_pipeline.py` gives the whole extraction; this says which parser a slowdown is in.  The texts
are the ones `extract.fields.Prose` reads fields from:

* saved: the saved fixture pages' main texts (through their site page objects);
* realistic: the realistic pages' article texts (`realistic_pages.py`, through the benchmark's
  page object per template, as `bench_pipeline.py` reads them);
* dev: the real-text passages of tests/realtext/dev (short passages, a wide variety of wording).

Each field is timed in the record's order on a fresh `Prose` ("period" includes finding the dates);
the median of `--repeat` passes.  `--smoke` (CI): 20 realistic pages, two passes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import PAGE_OBJECTS, realistic_cases

from extract import fields
from extract.page import SiteInfo
from extract.pipeline import extract
from scraper.pages import role_of
from scraper.registry import load_sites
from scraper.store import RawStore

ROOT = Path(__file__).resolve().parents[1]
Text = tuple[str, date | None]  # a main text and its publication date (the reference for relative dates)


class _Recording:
    """Records the texts `Prose` is made from while it is active."""

    def __init__(self) -> None:
        self.texts: list[Text] = []
        self._original = fields.Prose.__init__

    def __enter__(self) -> list[Text]:
        texts, original = self.texts, self._original

        def recording(prose: fields.Prose, text: str, *, published: date | None) -> None:
            texts.append((text, published))
            original(prose, text, published=published)

        fields.Prose.__init__ = recording  # type: ignore[method-assign]
        return texts

    def __exit__(self, *_: object) -> None:
        fields.Prose.__init__ = self._original  # type: ignore[method-assign]


def saved_texts() -> list[Text]:
    """The main texts the site page objects read fields from, one per saved article page."""
    sites = {s.id: s for s in load_sites()}
    with _Recording() as texts:
        for page in RawStore(ROOT / "tests" / "fixtures").pages():
            site = sites[page.site]
            extract(
                page.url,
                page.body(),
                site=site.info,
                content_type=page.content_type,
                fetched_at=page.fetched_at,
                content_sha256=page.content_sha256,
                extractor=site.extractor,
                role=role_of(site, page.url) or "article",
            )
    return texts


def realistic_texts(pages: int) -> list[Text]:
    """The article texts of the realistic pages, read by the benchmark's page object per template."""
    cases, templates = realistic_cases(pages)
    when = datetime(2026, 12, 1, tzinfo=UTC)
    info = SiteInfo(id="bench", name="Urząd Gminy (benchmark)")
    with _Recording() as texts:
        for url, body, content_type, _ in cases:
            extract(
                url,
                body,
                site=info,
                content_type=content_type,
                fetched_at=when,
                content_sha256="0" * 64,
                extractor=PAGE_OBJECTS[templates[url]],
            )
    return texts


def dev_texts() -> list[Text]:
    """The real-text passages of the dev set (no publication date: as `scrape evaluate` reads them)."""
    return [
        (json.loads(p.read_text("utf-8"))["text"], None) for p in sorted((ROOT / "tests/realtext/dev").glob("*.json"))
    ]


def timed(texts: list[Text], repeat: int, clock: Callable[[], float] = time.perf_counter) -> dict[str, float]:
    """Median over `repeat` passes of each field's ms per text (and their total), by `clock`."""
    passes: list[dict[str, float]] = []
    for _ in range(repeat):
        spent = dict.fromkeys(fields.FIELDS, 0.0)
        for text, published in texts:
            prose = fields.Prose(text, published=published)
            for name in fields.FIELDS:  # in the record's order: "period" includes finding the dates
                start = clock()
                getattr(prose, name)
                spent[name] += clock() - start
        passes.append(spent)
    row = {name: statistics.median(p[name] for p in passes) / len(texts) * 1000 for name in fields.FIELDS}
    row["total"] = statistics.median(sum(p.values()) for p in passes) / len(texts) * 1000
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="passes over each set (the median is shown)")
    parser.add_argument("--pages", type=int, default=200, help="distinct realistic pages")
    parser.add_argument("--json", type=Path, help="write the table here as JSON too")
    parser.add_argument("--smoke", action="store_true", help="20 realistic pages, two passes (CI)")
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="time by this process's CPU time, not the wall clock: usable on a loaded machine (a little higher: "
        "the CPU clock is a system call)",
    )
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    pages, repeat = (20, 2) if args.smoke else (args.pages, args.repeat)
    sets = {"saved": saved_texts(), "realistic": realistic_texts(pages)}
    if not args.smoke:
        sets["dev"] = dev_texts()
    for texts in sets.values():  # load the parsers' tables before timing
        timed(texts[:3], 1)
    rows = {name: timed(texts, repeat, clock) for name, texts in sets.items()}
    print(
        f"ms per text ({'CPU' if args.cpu else 'wall'} time), median of {repeat} passes; texts: "
        + ", ".join(f"{k} {len(v)}" for k, v in sets.items())
    )
    print()
    print("| field | " + " | ".join(rows) + " |")
    print("|---|" + "---|" * len(rows))
    for field in (*fields.FIELDS, "total"):
        print(f"| {field} | " + " | ".join(f"{row[field]:.3f}" for row in rows.values()) + " |")
    if args.json:
        report: dict[str, Any] = {
            "unit": "ms per text",
            "clock": "cpu" if args.cpu else "wall",
            "repeat": repeat,
            "texts": {k: len(v) for k, v in sets.items()},
            "sizes": {k: round(sum(len(t) for t, _ in v) / len(v)) for k, v in sets.items()},
            "fields": rows,
        }
        args.json.write_text(json.dumps(report, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
