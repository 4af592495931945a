"""Pages per second over the saved pages: the raw-parser floor against the whole extraction.

    .venv/bin/python benchmarks/bench_pipeline.py [--repeat N]

The floor is what no extractor can beat: decode + selectolax parse + one select + text.
The pipeline is `extract.pipeline.extract` with each site's page object (parse once,
field parsers on the main text only).  Reported in the README.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from extract.decode import decode_html
from extract.pipeline import extract
from scraper.pages import role_of
from scraper.registry import load_sites
from scraper.store import RawStore

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    sites = {s.id: s for s in load_sites()}
    pages = [(p, p.body(), sites[p.site]) for p in RawStore(ROOT / "tests" / "fixtures").pages()]

    def floor() -> None:
        for page, body, _ in pages:
            tree = LexborHTMLParser(decode_html(body, page.content_type).text)
            node = tree.css_first("body")
            assert node is not None
            node.text(separator=" ")

    def pipeline(generic: bool = False) -> None:
        for page, body, site in pages:
            extract(
                page.url,
                body,
                site=site.info,
                content_type=page.content_type,
                fetched_at=page.fetched_at,
                content_sha256=page.content_sha256,
                extractor="generic" if generic else site.extractor,
                role=role_of(site, page.url) or "article",
            )

    pipeline()  # warm caches (registry, reference tables)
    pipeline(generic=True)
    for name, func in (
        ("floor (decode+parse+select+text)", floor),
        ("pipeline (site page objects)", pipeline),
        ("pipeline (generic extractor)", lambda: pipeline(generic=True)),
    ):
        runs = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            func()
            runs.append(time.perf_counter() - start)
        per_page = statistics.median(runs) / len(pages)
        rate = f"{per_page * 1000:7.3f} ms/page  {1 / per_page:8.0f} pages/s"
        print(f"{name:36} {rate}  ({len(pages)} pages, median of {args.repeat})")


if __name__ == "__main__":
    main()
