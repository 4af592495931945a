"""Seconds to extract hostile pages through `extract.pipeline.extract` (the generic extractor), one child process each.

    .venv/bin/python benchmarks/bench_hostile.py [--timeout S] [--src DIR] [--shape NAME ...]

Each shape runs in its own process, killed after `--timeout` seconds (then reported as "> S s"),
so a shape that hangs the old code still gives a line.  `--src` measures another checkout's code
(`git worktree add /tmp/wt HEAD`, then `--src /tmp/wt/src`).  The result column is the first
warning's code (`extract.bounds`) or "ok".  Results are kept in benchmarks/hostile_results.md.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

CELL = "<table><tr><td><span><b><i>tekst "  # the bug report's page: seven elements per turn, never closed
PROSE = "<p>" + "Treść artykułu, zdanie z przecinkiem, kwota 1 200 zł. " * 20 + "</p>"


def _page(body: str) -> bytes:
    return f"<html><head><title>Strona</title></head><body><h1>Strona</h1>{body}</body></html>".encode()


def _nested_wide(copies: int, turns: int = 35) -> bytes:
    """Under the depth cap (35 turns = 245 levels) but many times over: the worst the heuristics still read."""
    return _page(PROSE + (CELL * turns + "</table>" * turns) * copies)


SHAPES: dict[str, Callable[[], bytes]] = {
    "nested depth 100": lambda: _page(CELL * 100),
    "nested depth 1,000": lambda: _page(CELL * 1_000),
    "nested depth 10,000": lambda: _page(CELL * 10_000),
    "nested 35 x 400 (under the cap)": lambda: _nested_wide(400),
    "200k sibling <div>s": lambda: _page("<div>x</div>" * 200_000),
    "one 5 MB text node": lambda: _page("<p>" + "słowo, " * 750_000 + "</p>"),
    "100k links": lambda: _page(
        "<ul>" + "".join(f'<li><a href="/p/{n}">Wpis {n}</a></li>' for n in range(100_000)) + "</ul>"
    ),
    "1 MB attribute values": lambda: _page(f'<div class="{"a" * 1_000_000}" title="{"b " * 500_000}">{PROSE}</div>'),
    "50 MB body": lambda: _page(PROSE + "<p>" + "słowo " * 8_000_000 + "</p>"),
    "200 KB of amounts, no clause end": lambda: _page(
        "<p>" + "dotacja 12 500 zł dla Gminy Rybno i wkład własny 3 000 zł oraz " * 3_200 + "</p>"
    ),
    "100 KB of 'dotacje o łącznej wartości 12 zł'": lambda: _page(
        "<p>" + "dotacje o łącznej wartości 12 zł " * 3_000 + "</p>"
    ),
    "100 KB of 'gmina przeznaczyła środki' lines": lambda: _page(
        "<p>W gminie Lipno i gminie Rybno</p>" + "<p>gmina przeznaczyła środki</p>" * 4_000
    ),
    # the s11 review: a programme's owner between "program" and its name tried every split of a repeated group
    "100 KB of 'programu ministra '": lambda: _page("<p>" + "programu ministra " * 5_600 + "</p>"),
    "100 KB of 'programu mkidn '": lambda: _page("<p>" + "programu mkidn " * 6_700 + "</p>"),
    # each payer's verb was checked against every body's start (quadratic before a bisection)
    "200 KB of 'rząd dał wojewoda '": lambda: _page("<p>" + "rząd dał wojewoda " * 11_000 + "</p>"),
    # currency-less list lines asked for their heading line by line
    "100 KB of 'kwotę 1 000,00' lines": lambda: _page("<p>" + "kwotę 1 000,00<br>" * 5_500 + "</p>"),
    # a cueless sum after an ordinal looked back for counted grants sum by sum (the s12 review): now found once a text
    "100 KB of 'pierwsza, 5 zł '": lambda: _page("<p>" + "pierwsza, 5 zł " * 6_700 + "</p>"),
    "100 KB of 'dwie dotacje. Pierwsza, 5 zł '": lambda: _page(
        "<p>" + "dwie dotacje. Pierwsza, 5 zł " * 3_500 + "</p>"
    ),
}


def _one(name: str) -> None:
    """In the child: build the page, extract it once, print seconds and the first warning's code."""
    from extract.page import SiteInfo
    from extract.pipeline import extract

    body = SHAPES[name]()
    start = time.perf_counter()
    result = extract(
        "https://example.org/strona",
        body,
        site=SiteInfo(id="example", name="Example"),
        content_type="text/html; charset=utf-8",
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
        content_sha256=hashlib.sha256(body).hexdigest(),
        extractor="generic",
    )
    seconds = time.perf_counter() - start
    warnings = result.records[0].warnings if result.records else []
    code = warnings[0].split(":", 1)[0] if warnings else ("error" if result.error else "ok")
    print(f"{seconds:.2f}\t{len(body):,}\t{code}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--src", type=Path, default=Path(__file__).resolve().parents[1] / "src")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="Only this shape (repeatable).")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        _one(args.one)
        return
    env = {**os.environ, "PYTHONPATH": str(args.src.resolve())}
    print(f"{'shape':34} {'seconds':>9} {'bytes':>12}  result")
    for name in args.shape or SHAPES:
        command = [sys.executable, __file__, "--one", name]
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=args.timeout, check=True)
            seconds, size, code = done.stdout.strip().splitlines()[-1].split("\t")
        except subprocess.TimeoutExpired:
            seconds, size, code = f"> {args.timeout:g}", "", "killed"
        except subprocess.CalledProcessError as error:
            seconds, size, code = "-", "", f"crashed: {error.stderr.strip().splitlines()[-1][:60]}"
        print(f"{name:34} {seconds:>9} {size:>12}  {code}", flush=True)


if __name__ == "__main__":
    main()
