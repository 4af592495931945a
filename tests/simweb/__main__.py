"""`python -m simweb serve|score` (with PYTHONPATH=tests): the simulated web for an operator's own `scrape` runs.

    serve --out DIR [--seconds N] [--port P]   serve the web on 127.0.0.1, write DIR/sites.toml and
          [--dead HOST]...                     DIR/resolve.txt, run until Ctrl-C (or N seconds); each
                                               --dead HOST refuses connections (an outage to see
                                               in the coverage table)
    score --data DATA                          compare DATA/discovery and DATA/clean/records.jsonl
                                               with the truth (sections found, items recorded)

Why: `scrape discover` and `scrape run --resolve-file` then crawl it exactly as they would a staging
server, so the issue's figures come from the commands an operator types, not from a test harness.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from . import start_sim_web
from .operator import DELAY, score, write_operator_files
from .units import SEED


def serve(out: Path, seconds: float | None, port: int, delay: float, seed: int, dead: list[str] = []) -> int:  # noqa: B006
    web = start_sim_web(seed, port)
    unknown = [host for host in dead if host not in web.hosts]
    if unknown:
        web.stop()
        print(f"error: --dead {', '.join(unknown)}: not a host of the web", file=sys.stderr)
        return 2
    try:
        sites, resolve = write_operator_files(web, out, delay, dead)
        print(f"simulated web: {len(web.truths)} units, {len(web.hosts)} hosts on 127.0.0.1:{web.port}")
        print(f"sites   -> {sites}")
        print(f"resolve -> {resolve}")
        print("serving until Ctrl-C" + (f" (or {seconds:g} s)" if seconds else ""), flush=True)
        deadline = time.monotonic() + seconds if seconds else None
        while deadline is None or time.monotonic() < deadline:
            time.sleep(0.2)
    except KeyboardInterrupt:
        pass
    finally:
        web.stop()
        statuses = Counter(r.status for r in web.requests)
        answered = ", ".join(f"{count} x {status}" for status, count in sorted(statuses.items(), key=str))
        print(f"stopped after {len(web.requests)} requests ({answered or 'none'})", flush=True)
    return 0


def show_score(data: Path, seed: int) -> int:
    if not (data / "discovery").is_dir():
        print(f"error: {data}/discovery does not exist: run `scrape discover --data {data}` first", file=sys.stderr)
        return 2
    web = start_sim_web(seed)  # the truth; nothing is served to anyone
    web.stop()
    for line in score(web, data).lines():
        print(line)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simweb", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serving = commands.add_parser("serve", help="serve the web; write DIR/sites.toml and DIR/resolve.txt")
    serving.add_argument("--out", type=Path, required=True, metavar="DIR")
    serving.add_argument("--seconds", type=float, default=None, metavar="N", help="stop by itself after N seconds")
    serving.add_argument("--port", type=int, default=0, metavar="P", help="loopback port (default: any free one)")
    serving.add_argument("--delay", type=float, default=DELAY, metavar="S", help=f"sites' delay (default {DELAY})")
    serving.add_argument("--seed", type=int, default=SEED, help=f"the web's seed (default {SEED})")
    serving.add_argument(
        "--dead", action="append", default=[], metavar="HOST", help="a host that refuses connections (repeatable)"
    )
    scoring = commands.add_parser("score", help="score DATA/discovery and DATA/clean/records.jsonl against the truth")
    scoring.add_argument("--data", type=Path, required=True, metavar="DATA")
    scoring.add_argument("--seed", type=int, default=SEED, help=f"the web's seed (default {SEED})")
    args = parser.parse_args(argv)
    if args.command == "serve":
        return serve(args.out, args.seconds, args.port, args.delay, args.seed, args.dead)
    return show_score(args.data, args.seed)


if __name__ == "__main__":
    sys.exit(main())
