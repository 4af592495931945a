"""Milliseconds per text for each field parser of the shared pass, over the saved pages' main texts.

    .venv/bin/python benchmarks/bench_fields.py [--repeat N]

`bench_pipeline.py` gives the whole extraction; this says which parser a slowdown is in.  The texts
are the ones the site page objects hand to `extract.fields.Prose` for the saved fixture pages.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extract import fields
from extract.pipeline import extract
from scraper.pages import role_of
from scraper.registry import load_sites
from scraper.store import RawStore

ROOT = Path(__file__).resolve().parents[1]


def page_texts() -> list[str]:
    """The main texts the page objects read fields from (`Prose.text`), one per article page."""
    texts: list[str] = []
    original = fields.Prose.__init__

    def recording(self: fields.Prose, text: str, *, published: object) -> None:
        texts.append(text)
        original(self, text, published=published)  # type: ignore[arg-type]

    fields.Prose.__init__ = recording  # type: ignore[method-assign]
    try:
        sites = {s.id: s for s in load_sites()}
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
    finally:
        fields.Prose.__init__ = original  # type: ignore[method-assign]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    texts = page_texts()
    spent = dict.fromkeys(fields.FIELDS, 0.0)
    for _ in range(args.repeat):
        for text in texts:
            prose = fields.Prose(text, published=None)
            for name in fields.FIELDS:  # in the record's order: "period" includes finding the dates
                start = time.perf_counter()
                getattr(prose, name)
                spent[name] += time.perf_counter() - start
    runs = args.repeat * len(texts)
    for name, seconds in spent.items():
        print(f"{name:16} {seconds / runs * 1000:6.3f} ms/text")
    print(f"{'total':16} {sum(spent.values()) / runs * 1000:6.3f} ms/text  ({len(texts)} texts, {args.repeat} runs)")


if __name__ == "__main__":
    main()
