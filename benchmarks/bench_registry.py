"""Registry load over thousands of sites: how long before a run's first request?

    .venv/bin/python benchmarks/bench_registry.py [--sites 2900] [--repeat 3] [--json FILE] [--smoke]

Writes a registry of N sites shaped as discovery fills them in (fictional hosts; each site a
listing pattern, an article pattern and a page pattern, as `scraper.discovery_model` builds
them), then times in fresh processes (as a user meets it): `load_sites` alone (imports not
counted) and `scrape sites --sites FILE` whole.  The regex-safety check of every pattern
(`extract.regex_safety`) runs inside the load.  Medians of --repeat runs.
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
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCRAPE = Path(sys.executable).with_name("scrape")
_LOAD = """
import sys, time
from scraper.registry import load_sites
start = time.perf_counter()
sites = load_sites(__import__("pathlib").Path(sys.argv[1]))
print(time.perf_counter() - start, len(sites))
"""
_SECTIONS = ["aktualnosci", "dotacje", "fundusze-europejskie", "projekty", "ogloszenia", "wiadomosci"]


def registry(count: int) -> str:
    """N sites with discovered-shaped patterns on fictional hosts (`gmina-<n>.example`)."""
    parts = []
    for n in range(count):
        host = f"gmina-{n}.example"
        escaped = host.replace(".", r"\.").replace("-", r"\-")
        prefix = rf"^https?://(?:www\.)?{escaped}"
        section = _SECTIONS[n % len(_SECTIONS)]
        parts.append(
            f'[[site]]\nid = "gmina-{n}"\nname = "Gmina {n} (benchmark)"\n'
            f'start_urls = ["https://{host}/{section}"]\n'
            f"follow = ['{prefix}/{section}\\?strona=\\d+$']\n"
            f"articles = ['{prefix}/{section}/\\d+,[\\w-]+$', '{prefix}/strona/\\d+\\-[\\w-]+\\.html$']\n"
            'extractor = "generic"\n\n'
        )
    return "".join(parts)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}


def measure(count: int, repeat: int, workdir: Path) -> dict[str, Any]:
    path = workdir / f"sites-{count}.toml"
    path.write_text(registry(count), encoding="utf-8")
    loads, wholes = [], []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", _LOAD, str(path)], env=_env(), capture_output=True, text=True, check=True
        )
        seconds, loaded = done.stdout.split()
        if int(loaded) != count:
            raise SystemExit(f"loaded {loaded} sites of {count}")
        loads.append(float(seconds))
        start = time.perf_counter()
        subprocess.run([str(SCRAPE), "sites", "--sites", str(path)], env=_env(), capture_output=True, check=True)
        wholes.append(time.perf_counter() - start)
    load = statistics.median(loads)
    return {
        "sites": count,
        "patterns": count * 3,
        "load_s": round(load, 3),
        "ms_per_site": round(load / count * 1000, 3),
        "scrape_sites_s": round(statistics.median(wholes), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, nargs="+", default=[2900])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="write the rows here as JSON too")
    parser.add_argument("--smoke", action="store_true", help="50 sites, once (CI)")
    args = parser.parse_args()
    sizes, repeat = ([50], 1) if args.smoke else (args.sites, args.repeat)
    with tempfile.TemporaryDirectory(prefix="bench-registry-") as tmp:
        rows = [measure(count, repeat, Path(tmp)) for count in sizes]
    print("| sites | patterns | load_sites s | ms/site | `scrape sites --sites FILE` s |")
    print("|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {row['sites']:,} | {row['patterns']:,} | {row['load_s']} | {row['ms_per_site']} "
            f"| {row['scrape_sites_s']} |"
        )
    load = os.getloadavg()
    print(f"\nload average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {os.cpu_count()} cores; median of {repeat}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "load": load}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
