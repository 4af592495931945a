"""Time and peak memory of grouping records into projects (`scraper.projects.group_projects`).

    .venv/bin/python benchmarks/bench_projects.py [--sizes 1000,10000,50000] [--seed 16] [--report]

Synthetic records, fixed seed: a few hundred gminas each announcing projects of a dozen national
programmes over ten years, every project on one to four pages (gmina, OPS, powiat, news) worded
differently, so titles share programme words across gminas and years ("Opieka wytchnieniowa – edycja
2023 w gminie X", "X: dotacja z programu Opieka wytchnieniowa") and blocking is exercised: the crowded
blocks are the programmes'. Each size runs in a fresh process; peak memory is that process's maximum
resident set, beside it the set once the records are built (before grouping); the time is
`group_projects` alone. `--report` also times `scrape report`'s page (`build_report`) on each synthetic
dataset written as records.jsonl: reading, validating and grouping the records, the charts, the HTML.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from extract import jsonl
from scraper import projects
from scraper.html_report import build_report
from scraper.projects import group_projects
from scraper.projects_eval import record_of

PROGRAMMES = [
    "Opieka wytchnieniowa",
    "Posiłek w szkole i w domu",
    "Senior+",
    "Korpus Wsparcia Seniorów",
    "Asystent rodziny",
    "Maluch+",
    "Aktywni+",
    "Laboratoria Przyszłości",
    "Rządowy Fundusz Inwestycji Lokalnych",
    "Rządowy Fundusz Rozwoju Dróg",
    "Cyfrowa Gmina",
    "Wspieraj Seniora",
]
INVESTMENTS = [
    "Przebudowa drogi gminnej",
    "Budowa świetlicy wiejskiej",
    "Termomodernizacja budynku szkoły podstawowej",
    "Rozbudowa przedszkola",
    "Zakup samochodu ratowniczego dla OSP",
    "Budowa kanalizacji sanitarnej",
]
SYLLABLES = ["ko", "la", "bor", "wie", "ce", "ni", "sta", "dro", "mi", "lesz", "po", "rę", "ba", "gro", "dzi", "sko"]
ENDINGS = ["wo", "ice", "ów", "in", "ek", "no", "owa", "yn"]


def _place(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() + rng.choice(ENDINGS)


def _announcements(rng: random.Random, place: str, year: int, number: int) -> list[dict[str, Any]]:
    """One project's pages: the same facts worded by the gmina, its OPS, the powiat and a news site."""
    grant = f"{rng.randint(5_000, 3_000_000)}.{rng.randint(0, 99):02d}"
    if number % 3:
        name = rng.choice(PROGRAMMES)
        titles = [
            f"{name} – edycja {year} w gminie {place}",
            f"{place}: dotacja z programu {name}",
            f"Program „{name}” w {year} roku – informacja Ośrodka Pomocy Społecznej w {place}",
            f"{name}: {grant.split('.')[0][:-3] or '1'} tys. zł dla gminy {place}",
        ]
        programme = name
    else:
        name = f"{rng.choice(INVESTMENTS)} w {place}"
        titles = [name, f"{place}: podpisano umowę – {name.lower()}", f"{name} zakończona", f"Odbiór: {name}"]
        programme = None
    pages = []
    for index in range(rng.randint(1, 4)):
        pages.append(
            {
                "title": titles[index],
                "site": ["ug", "ops", "powiat", "news"][index] + "-" + place.lower(),
                "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "beneficiary": f"Gmina {place}" if index != 1 else None,
                "implementer": f"Ośrodek Pomocy Społecznej w {place}" if index == 1 else None,
                "amounts": {"grant": grant} if index != 2 else {},
                "period": None,
                "programme": programme if index == 0 else None,
                "contract_number": None,
            }
        )
    return pages


def synthetic(size: int, seed: int) -> list[Any]:
    """`size` records of projects in `size // 40 + 20` gminas over 2015-2024."""
    rng = random.Random(seed)
    places = sorted({_place(rng) for _ in range(size // 40 + 20)})
    compact: list[dict[str, Any]] = []
    number = 0
    while len(compact) < size:
        compact += _announcements(rng, rng.choice(places), rng.randint(2015, 2024), number)
        number += 1
    return [record_of(c, f"{seed}/{i}") for i, c in enumerate(compact[:size])]


def report_seconds(records: list[Any]) -> float:
    """Seconds `build_report` takes over the records written as a dataset."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "clean" / "records.jsonl"
        path.parent.mkdir()
        path.write_text("".join(jsonl.record_line(r) + "\n" for r in records), encoding="utf-8")
        started = time.perf_counter()
        build_report(Path(folder))
        return time.perf_counter() - started


def one(size: int, seed: int, report: bool) -> dict[str, Any]:
    """Group `size` records in this process; the figures as a dict."""
    records = synthetic(size, seed)
    if report:
        return {"records": size, "report_seconds": report_seconds(records)}
    before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    calls = 0
    original = projects.pair_score

    def counting(a: Any, b: Any) -> float:
        nonlocal calls
        calls += 1
        return original(a, b)

    projects.pair_score = counting  # type: ignore[assignment]
    started = time.perf_counter()
    found = group_projects(records)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "records": size,
        "projects": len(found),
        "seconds": seconds,
        "before_mb": before_mb,
        "peak_mb": peak_mb,
        "pairs": calls,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--report", action="store_true", help="time the report's page instead")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process: one size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.seed, args.report)))
        return
    if args.report:
        for size in (int(s) for s in args.sizes.split(",")):
            child = [sys.executable, __file__, "--one", str(size), "--seed", str(args.seed), "--report"]
            row = json.loads(subprocess.run(child, capture_output=True, text=True, check=True).stdout)
            print(f"report over {row['records']:,} records: {row['report_seconds']:.1f} s")
        return
    print(
        "| records | projects | pairs scored | grouping, s | µs per record | RSS with the records, MB | peak RSS, MB |"
    )
    print("|---|---|---|---|---|---|---|")
    for size in (int(s) for s in args.sizes.split(",")):
        child = [sys.executable, __file__, "--one", str(size), "--seed", str(args.seed)]
        row = json.loads(subprocess.run(child, capture_output=True, text=True, check=True).stdout)
        print(
            f"| {row['records']:,} | {row['projects']:,} | {row['pairs']:,} | {row['seconds']:.2f} | "
            f"{row['seconds'] / row['records'] * 1e6:.0f} | {row['before_mb']:.0f} | {row['peak_mb']:.0f} |"
        )


if __name__ == "__main__":
    main()
