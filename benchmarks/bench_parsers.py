"""Per-call time of each field parser on about 5 KB of Polish municipal prose.

    .venv/bin/python benchmarks/bench_parsers.py [--number N]

The text is the main text of the five saved article pages joined and cut to 5,000
characters: real prose with amounts, dates, programmes, partners and contacts in it.
"""

from __future__ import annotations

import argparse
import timeit
from collections.abc import Callable
from pathlib import Path

from extract import contacts, dates, funding, money, organisations, periods
from extract.fields import read_fields
from extract.pipeline import extract
from scraper.registry import load_sites
from scraper.store import RawStore

ROOT = Path(__file__).resolve().parents[1]


def sample_text() -> str:
    sites = {s.id: s for s in load_sites()}
    texts = []
    for page in RawStore(ROOT / "tests" / "fixtures").pages():
        site = sites[page.site]
        if site.is_article(page.url):
            result = extract(
                page.url,
                page.body(),
                site=site.info,
                content_type=page.content_type,
                fetched_at=page.fetched_at,
                content_sha256=page.content_sha256,
                extractor=site.extractor,
            )
            texts += [f"{r.title}\n\n{r.text}" for r in result.records]
    joined = "\n\n".join(texts)
    while len(joined) < 5000:
        joined += "\n\n" + joined
    return joined[:5000]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--number", type=int, default=300)
    args = parser.parse_args()
    text = sample_text()
    calls: dict[str, Callable[[], object]] = {
        "money.find_amounts": lambda: money.find_amounts(text),
        "dates.find_dates": lambda: dates.find_dates(text),
        "periods.find_period": lambda: periods.find_period(text),
        "funding.find_funding": lambda: funding.find_funding(text),
        "organisations.find_beneficiary": lambda: organisations.find_beneficiary(text),
        "organisations.find_implementer": lambda: organisations.find_implementer(text),
        "organisations.find_partners": lambda: organisations.find_partners(text),
        "contacts.find_contacts": lambda: contacts.find_contacts(text),
        "fields.read_fields (all of them)": lambda: read_fields(text, published=None),
    }
    print(f"text: {len(text)} characters; best of 5 repeats of {args.number} calls")
    for name, call in calls.items():
        call()  # load reference tables first
        best = min(timeit.repeat(call, number=args.number, repeat=5)) / args.number
        print(f"{name:34} {best * 1e6:9.0f} µs/call")


if __name__ == "__main__":
    main()
