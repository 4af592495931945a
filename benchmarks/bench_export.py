"""Time of `scrape export` (every format) on the fixtures' dataset and on a synthetic one of N records.

    .venv/bin/python benchmarks/bench_export.py [--records 50000] [--formats parquet,csv,xlsx,duckdb]

The fixtures' dataset is `scrape run --offline` over the shipped pages. The synthetic dataset repeats
those records under new ids (and URLs), so it has their mix of amounts, partners, contacts and text.
Reported: reading and validating records.jsonl, then building rows and writing each format.
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from pathlib import Path

from typer.testing import CliRunner

from extract import jsonl
from extract.model import Record
from scraper.cli import app
from scraper.export import FORMATS, export, load_records


def synthetic(records: list[Record], count: int) -> list[Record]:
    """`count` records cycled from `records`, each under its own id and URL."""
    out = []
    for number in range(count):
        base = records[number % len(records)]
        url = f"{base.url}?copy={number}"
        out.append(base.model_copy(update={"id": hashlib.sha256(url.encode()).hexdigest()[:16], "url": url}))
    return out


def timed(label: str, records: list[Record], folder: Path, formats: list[str]) -> None:
    path = folder / "clean" / "records.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(jsonl.record_line(r) + "\n" for r in records), encoding="utf-8")
    started = time.perf_counter()
    loaded = load_records(path)
    read = time.perf_counter() - started
    parts = []
    for name in formats:
        begin = time.perf_counter()
        export(loaded, folder / "export", [name])
        parts.append(f"{name} {time.perf_counter() - begin:.2f} s")
    begin = time.perf_counter()
    export(loaded, folder / "export", formats)
    together = time.perf_counter() - begin
    size = sum(p.stat().st_size for p in (folder / "export").iterdir()) / 1e6
    print(
        f"{label}: {len(loaded)} records; read+validate {read:.2f} s; {'; '.join(parts)}; "
        f"all formats {together:.2f} s (total {read + together:.2f} s, {size:.1f} MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args()
    formats = args.formats.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        fixtures = Path(tmp) / "fixtures"
        result = CliRunner().invoke(app, ["run", "--offline", "--data", str(fixtures), "-q"])
        if result.exit_code != 0:
            raise SystemExit(f"scrape run --offline failed: {result.output}")
        records = load_records(fixtures / "clean" / "records.jsonl")
        timed("fixtures", records, fixtures, formats)
        timed("synthetic", synthetic(records, args.records), Path(tmp) / "synthetic", formats)


if __name__ == "__main__":
    main()
