"""Start-up cost: importing the extractor and the CLI, and which regular expressions it compiles slowest.

    .venv/bin/python benchmarks/bench_import.py [--runs N] [--top N] [--json FILE] [--smoke]

Every command that reads pages (`scrape extract`, `scrape run --offline`, a live run's fork server) first
imports the extractor, which compiles its patterns at module level; on 600 pages that is about a quarter
of the wall time (issue 17).  Reported:

* the wall and CPU time of `python -c "import scraper.cli, extract.pipeline"`, the median of `--runs` fresh
  processes (the interpreter's own start-up included, as a command pays it);
* in this process, every `re` compile during that import, timed by wrapping `re._compile` (the function
  `re.compile`, `re.search`, ... all go through): the slowest single calls by the source line that made
  them, and the total by module.  The wrapper is only ever installed here, to measure.

`--smoke` (CI): 2 fresh processes, the top 5.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
IMPORT = "import scraper.cli, extract.pipeline"


def fresh_imports(runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU (user + system) seconds of `runs` fresh interpreters importing the extractor and the CLI (the
    same PYTHONPATH); on a shared machine the CPU moves less with the load than the wall."""
    env = dict(os.environ)
    env.setdefault("PYTHONPATH", str(ROOT / "src"))
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", IMPORT], check=True, env=env)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


_RE_DIRECTORY = os.path.dirname(re.__file__) + os.sep


def _caller() -> str:
    """`module.py:line` of the first frame outside `re` (the line whose pattern is compiled)."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith(_RE_DIRECTORY):
        frame = frame.f_back  # type: ignore[assignment]
    if frame is None:
        return "?"
    return f"{frame.f_code.co_filename}:{frame.f_lineno}"


def timed_compiles() -> tuple[float, list[tuple[float, str]]]:
    """Imports the extractor and the CLI in this process with `re._compile` timed: (import seconds, [(seconds,
    where)] of every call)."""
    original = re._compile  # type: ignore[attr-defined]
    calls: list[tuple[float, str]] = []

    def timing(pattern: Any, flags: Any) -> Any:
        started = time.perf_counter()
        result = original(pattern, flags)
        spent = time.perf_counter() - started
        calls.append((spent, _caller()))
        return result

    re.purge()
    re._compile = timing  # type: ignore[attr-defined]
    try:
        started = time.perf_counter()
        __import__("scraper.cli")
        __import__("extract.pipeline")
        total = time.perf_counter() - started
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return total, calls


def _short(where: str) -> str:
    path, _, line = where.rpartition(":")
    try:
        return f"{Path(path).resolve().relative_to(ROOT / 'src')}:{line}"
    except ValueError:
        return f"{Path(path).name}:{line}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes to time (median)")
    parser.add_argument("--top", type=int, default=20, help="slowest compiles and modules to list")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--smoke", action="store_true", help="2 processes, top 5 (CI)")
    args = parser.parse_args(argv)
    runs, top = (2, 5) if args.smoke else (args.runs, args.top)

    walls, cpus = fresh_imports(runs)
    total, calls = timed_compiles()
    compiled = sum(spent for spent, _ in calls)
    by_module: dict[str, float] = defaultdict(float)
    for spent, where in calls:
        by_module[_short(where).rpartition(":")[0]] += spent

    print(f"fresh import ({IMPORT!r}), median of {runs}: {statistics.median(walls):.3f} s")
    print("  runs: " + " ".join(f"{wall:.3f}" for wall in walls))
    print(
        f"  CPU (user + system), median: {statistics.median(cpus):.3f} s; runs: " + " ".join(f"{c:.3f}" for c in cpus)
    )
    print(f"in-process import {total:.3f} s, of which {len(calls)} compiles {compiled:.3f} s (timed)")
    print("slowest compiles (ms):")
    for spent, where in sorted(calls, reverse=True)[:top]:
        print(f"  {spent * 1000:7.2f}  {_short(where)}")
    print("by module (ms):")
    for module, spent in sorted(by_module.items(), key=lambda item: -item[1])[:top]:
        print(f"  {spent * 1000:7.2f}  {module}")
    if args.json:
        figures = {
            "fresh_import_median_s": statistics.median(walls),
            "fresh_import_runs_s": walls,
            "fresh_import_cpu_median_s": statistics.median(cpus),
            "fresh_import_cpu_runs_s": cpus,
            "in_process_import_s": total,
            "compiles": len(calls),
            "compile_s": compiled,
            "slowest": [[_short(where), spent] for spent, where in sorted(calls, reverse=True)[:top]],
            "by_module": sorted(by_module.items(), key=lambda item: -item[1])[:top],
        }
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
