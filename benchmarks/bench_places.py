"""Place index build and lookup time (was a timed test; speed is measured here, never asserted).

    .venv/bin/python benchmarks/bench_places.py [--number 50]

Builds the TERYT place index from cold caches, then looks places up in the seed texts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from extract import place_forms, places
from extract.places import find_places

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from seed_texts import SEEDS


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--number", type=int, default=50)
    args = parser.parse_args()
    places._gmina_index.cache_clear()
    place_forms.declension.cache_clear()
    started = time.perf_counter()
    places._gmina_index()
    build = time.perf_counter() - started
    text = "\n".join(SEEDS.values())
    find_places(text)
    started = time.perf_counter()
    for _ in range(args.number):
        find_places(text)
    lookup = (time.perf_counter() - started) / args.number
    print(f"index build (cold): {build * 1000:.0f} ms")
    print(f"find_places over {len(text):,} characters of seed text: {lookup * 1000:.2f} ms")


if __name__ == "__main__":
    main()
