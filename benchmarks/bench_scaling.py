"""The offline pipeline over 1k, 5k and 10k realistic pages: is time linear and peak memory flat?

    .venv/bin/python benchmarks/bench_scaling.py [--sizes 1000 5000 10000] [--json FILE] [--smoke]

Each size is a raw store of the 200 distinct realistic pages (`benchmarks/realistic_pages.py`)
copied under other hosts, replayed by `scrape run --offline` in a fresh process (as a user runs
it).  Reported: wall time, pages/s, ms a page, and the peak RSS of the largest process of the run
(the CLI or one of its extraction workers; `resource.getrusage` of the children, read by a fresh
intermediate process per size so sizes do not mix).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import realistic_pages

ROOT = Path(__file__).resolve().parents[1]
SCRAPE = Path(sys.executable).with_name("scrape")
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True)
wall = time.perf_counter() - start
if done.returncode not in (0, 1):
    sys.stderr.write(done.stderr.decode()[-2000:])
    sys.exit(done.returncode)
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def measure(pages: int, workdir: Path) -> dict[str, Any]:
    distinct = min(pages, 200)
    out = workdir / f"store-{pages}"
    raw = realistic_pages.write_store(out, distinct, -(-pages // distinct))
    written = sum(1 for _ in raw.rglob("*.html"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    command = [
        str(SCRAPE),
        "run",
        "--offline",
        "-q",
        "--data",
        str(out / "data"),
        "--sites",
        str(out / "sites.toml"),
        "--from",
        str(raw),
    ]
    done = subprocess.run([sys.executable, "-c", _MEASURE, *command], env=env, capture_output=True, check=False)
    if done.returncode:
        raise SystemExit(f"{pages} pages: scrape run failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    wall_text, rss_text = done.stdout.decode().split()
    wall = float(wall_text)
    records = sum(1 for _ in (out / "data" / "clean" / "records.jsonl").open(encoding="utf-8"))
    return {
        "pages": written,
        "records": records,
        "wall_s": round(wall, 2),
        "pages_per_s": round(written / wall),
        "ms_per_page": round(wall / written * 1000, 3),
        "peak_rss_mb": round(int(rss_text) / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--json", type=Path, help="write the rows here as JSON too")
    parser.add_argument("--smoke", action="store_true", help="40 and 80 pages (CI)")
    args = parser.parse_args()
    sizes = [40, 80] if args.smoke else args.sizes
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-scaling-") as tmp:
        for pages in sizes:
            rows.append(measure(pages, Path(tmp)))
    print("| pages | records | wall s | pages/s | ms/page | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {row['pages']:,} | {row['records']:,} | {row['wall_s']} | {row['pages_per_s']:,} "
            f"| {row['ms_per_page']} | {row['peak_rss_mb']} |"
        )
    load = os.getloadavg()
    print(f"\nload average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {os.cpu_count()} cores")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "load": load}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
