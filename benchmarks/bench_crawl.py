"""A live crawl of N simulated sites against its politeness bound, as an operator runs it: one whole process.

    .venv/bin/python benchmarks/bench_crawl.py [--sites 100] [--latency 0.03] [--delay 0.2]
        [--concurrency 64] [--repeat 1] [--json FILE] [--smoke] [--src DIR] [--keep DIR] [--profile FILE]
        [--fetch-only | --store-only | --file-costs]

The sites (benchmarks/crawl_sites.py, one server process) answer on 127.0.1.1 ... 127.0.1.N, 34
requests each, after `latency` seconds; a temporary registry gives each `delay = 0.2`, and
`scrape run --allow-loopback --concurrency 64` crawls them into a temporary data directory.
A host is asked one request at a time at least `delay` apart, so no crawl of a site can take less
than requests x max(delay, latency); the bound is the slowest site's.  Reported: wall time (the
whole process, start to exit) and its ratio to the bound, the crawl's span (first to last request
the server saw), requests/s, CPU per page of the main process (fetching, storing, walking) and of
the whole process tree (with extraction in worker processes), and peak RSS.  `--src` runs another
checkout's sources (A/B against older code); `--keep` keeps the data directory and the
server's request log (compare datasets and the order of requests).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from crawl_sites import requests_per_site, site_address, site_pages  # noqa: E402

# Runs `scrape` in this interpreter and writes its resource usage on exit (atexit runs after typer's exit).
_WRAPPER = """
import atexit, json, resource, sys
out, profile = sys.argv[1], sys.argv[2]
def done():
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    loop = resource.getrusage(resource.RUSAGE_THREAD)  # atexit runs in the main thread: the event loop's
    with open(out, "w") as f:
        json.dump({"self_cpu": me.ru_utime + me.ru_stime, "children_cpu": kids.ru_utime + kids.ru_stime,
                   "loop_cpu": loop.ru_utime + loop.ru_stime, "loop_sys": loop.ru_stime,
                   "startup_cpu": startup, "self_sys": me.ru_stime,
                   "self_rss_kb": me.ru_maxrss, "children_rss_kb": kids.ru_maxrss}, f)
atexit.register(done)
sys.argv = ["scrape", *sys.argv[3:]]
from scraper.cli import main
startup = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])  # the imports, paid once a run
if profile:
    import cProfile, time
    prof = cProfile.Profile(time.thread_time)  # the main thread's CPU, not the time spent waiting
    atexit.register(lambda: prof.dump_stats(profile))
    prof.enable()
main()
"""


class TreeWatch:
    """CPU seconds and peak RSS of a process's descendants (the extraction workers), read from /proc.

    Workers started by a fork server are not the run's children, so getrusage cannot see them; this
    reads /proc every 50 ms and keeps each process's last figures (what a process spends in its last
    50 ms is missed).
    """

    def __init__(self, root: int) -> None:
        self.root = root
        self.cpu: dict[int, float] = {}
        self.rss_kb: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._tick = os.sysconf("SC_CLK_TCK")
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            parents: dict[int, int] = {}
            stats: dict[int, list[str]] = {}
            for entry in os.listdir("/proc"):
                if not entry.isdigit():
                    continue
                try:
                    text = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                fields = text.rsplit(")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
                stats[int(entry)] = fields
            for pid, fields in stats.items():
                ancestor, hops = parents.get(pid), 0
                while ancestor not in (None, 0, 1, self.root) and hops < 20:
                    ancestor, hops = parents.get(ancestor), hops + 1
                if ancestor != self.root:
                    continue
                self.cpu[pid] = (int(fields[11]) + int(fields[12])) / self._tick  # utime, stime
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                    self.rss_kb[pid] = next(
                        int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM")
                    )
                except (OSError, StopIteration):
                    pass

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far, from /proc (0.0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port(address: str) -> int:
    with socket.socket() as sock:
        sock.bind((address, 0))
        return int(sock.getsockname()[1])


def registry(sites: int, port: int, delay: float) -> str:
    entries = []
    for i in range(1, sites + 1):
        base = f"http://{site_address(i)}:{port}"
        escaped = base.replace(".", r"\.")
        entries.append(
            f'[[site]]\nid = "bench-{i:03d}"\nname = "Gmina Bench {i}"\nstart_urls = ["{base}/"]\n'
            f"follow = ['^{escaped}/(aktualnosci(\\?strona=\\d+)?)?$']\n"
            f"articles = ['^{escaped}/aktualnosci/\\d+,[\\w-]+$']\n"
            f'extractor = "generic"\ndelay = {delay}\n'
        )
    return "\n".join(entries)


def _kind(target: str) -> str:
    if target == "/robots.txt":
        return "robots"
    return "article" if target.startswith("/aktualnosci/") else "listing" if target != "/" else "home"


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def gaps(served: dict[str, dict[str, Any]], delay: float) -> dict[str, float]:
    """How soon each site's next request followed its last one, against the delay (the politeness floor).

    A gap above the delay is time the crawl could have used and did not: the loop was busy, the host
    waited for a slot, or the walk waited for a page to be read.  By the kind of the earlier request:
    after a listing the walk needs its links (extraction) before it can ask the next page.
    """
    every: list[float] = []
    by_kind: dict[str, list[float]] = {}
    late: list[float] = []
    for entry in served.values():
        times, targets = entry["times"], entry["targets"]
        steps = [b - a for a, b in itertools.pairwise(times)]
        every += steps
        for step, target in zip(steps, targets, strict=False):
            by_kind.setdefault(_kind(target), []).append(step)
        late.append(sum(max(0.0, step - delay) for step in steps))
    firsts = [entry["first"] for entry in served.values()]
    return {
        "gap_median_s": statistics.median(every),
        "gap_p90_s": _quantile(every, 0.9),
        "gap_max_s": max(every),
        "gap_after_listing_median_s": statistics.median(by_kind.get("listing", [0.0])),
        "gap_after_article_median_s": statistics.median(by_kind.get("article", [0.0])),
        "site_time_lost_median_s": statistics.median(late),
        "site_time_lost_max_s": max(late),
        "start_skew_s": max(firsts) - min(firsts),
    }


def one_run(args: argparse.Namespace, work: Path, src: Path, profile: str) -> dict[str, float]:
    port = args.port or free_port(site_address(1))
    stats_file = work / "server.json"
    server = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "crawl_sites.py"),
            "--sites",
            str(args.sites),
            "--port",
            str(port),
            "--latency",
            str(args.latency),
            "--stats",
            str(stats_file),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        if server.stdout.readline().strip() != "ready":
            raise SystemExit("the simulated sites did not start")
        server_ready_cpu = process_cpu(server.pid)  # making the pages, before any request
        sites_toml = work / "sites.toml"
        sites_toml.write_text(registry(args.sites, port, args.delay), encoding="utf-8")
        # A fresh folder, the earlier runs' left in place until the end: an operator's crawl does not start
        # by deleting thousands of files, and on some file systems (ext4 without a journal skips recently
        # freed inodes one by one when it allocates) deletions make the next new files dearer.
        data = Path(tempfile.mkdtemp(prefix="data-", dir=work))
        usage = work / "usage.json"
        env = {**os.environ, "PYTHONPATH": str(src), "SCRAPE_CONTACT": "bench@example.org"}
        env.pop("SCRAPE_CRASH_AT", None)
        command = [sys.executable, "-c", _WRAPPER, str(usage), profile, "run", "--sites", str(sites_toml)]
        command += ["--data", str(data), "--allow-loopback", "--concurrency", str(args.concurrency), "--quiet"]
        start, started = time.perf_counter(), time.time()
        child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        watch = TreeWatch(child.pid)
        stdout, stderr = child.communicate()
        wall = time.perf_counter() - start
        ended = time.time()
        server_cpu = process_cpu(server.pid) - server_ready_cpu  # serving: the same two cores' time
        watch.stop()
        if child.returncode != 0:
            raise SystemExit(f"scrape run exited {child.returncode}:\n{stdout[-2000:]}\n{stderr[-2000:]}")
    finally:
        server.terminate()
        server.wait()
    served = json.loads(stats_file.read_text(encoding="utf-8"))
    used = json.loads(usage.read_text(encoding="utf-8"))
    requests = sum(int(s["requests"]) for s in served.values())
    span = max(s["last"] for s in served.values()) - min(s["first"] for s in served.values())
    pages = requests - len(served)  # every request but robots.txt
    records = sum(1 for _ in (data / "clean" / "records.jsonl").open(encoding="utf-8"))
    if args.keep:
        shutil.rmtree(args.keep, ignore_errors=True)
        shutil.copytree(data, args.keep)
        shutil.copy(stats_file, args.keep / "server.json")  # each request's time and path: compare the walks' order
    return {
        "wall_s": wall,
        "crawl_span_s": span,
        "before_first_request_s": min(s["first"] for s in served.values()) - started,
        "after_last_request_s": ended - max(s["last"] for s in served.values()),
        "requests": requests,
        "pages": pages,
        "records": records,
        "requests_per_s": requests / wall,
        "main_cpu_ms_per_page": used["self_cpu"] / pages * 1000,
        "main_cpu_after_imports_ms_per_page": (used["self_cpu"] - used["startup_cpu"]) / pages * 1000,
        "main_sys_cpu_ms_per_page": used["self_sys"] / pages * 1000,
        "loop_thread_cpu_ms_per_page": used["loop_cpu"] / pages * 1000,
        "loop_thread_sys_cpu_ms_per_page": used["loop_sys"] / pages * 1000,
        "other_threads_cpu_ms_per_page": (used["self_cpu"] - used["loop_cpu"]) / pages * 1000,
        "other_threads_sys_cpu_ms_per_page": (used["self_sys"] - used["loop_sys"]) / pages * 1000,
        "total_cpu_ms_per_page": (used["self_cpu"] + sum(watch.cpu.values())) / pages * 1000,
        "server_cpu_ms_per_page": server_cpu / pages * 1000,
        # every process on the machine during the crawl, spread over its cores: a floor for the wall time
        "cpu_bound_s": (used["self_cpu"] + sum(watch.cpu.values()) + server_cpu) / (os.cpu_count() or 1),
        "main_peak_rss_mb": used["self_rss_kb"] / 1024,
        "worker_peak_rss_mb": max(watch.rss_kb.values(), default=0) / 1024,
        **gaps(served, args.delay),
    }


_FETCH_ONLY = """
import asyncio, json, sys, time
from scraper.fetch import Fetcher, FetchPolicy
urls = json.loads(sys.stdin.read())
async def main():
    async with Fetcher(FetchPolicy(concurrency=64, allow_loopback=True, delay=0.0)) as fetcher:
        async def one(url):
            host = url.split("/")[2]
            result = await fetcher.fetch(url, allowed_hosts=frozenset({host, host.split(":")[0]}), delay=0.0)
            assert result.status == 200, (url, result.status, result.error)
        start = time.process_time()
        await asyncio.gather(*(one(url) for url in urls))
        return time.process_time() - start
print(asyncio.run(main()) / len(urls) * 1000)
"""


_STORE_ONLY = """
import os, resource, sys, tempfile
from datetime import UTC, datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any
from scraper.state import State
from scraper.store import RawStore
pages, body = int(sys.argv[1]), os.urandom(70_000)
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
with tempfile.TemporaryDirectory(dir=sys.argv[2]) as tmp:
    store, state = RawStore(Path(tmp) / "raw"), State.open(Path(tmp))
    start = cpu()
    for i in range(pages):
        store.save("site-a", f"http://a.example/p{i}", body, headers={"content-type": "text/html"})
    saved = cpu()
    # the ids ride the next page's seen where the sources under test can (State.set_records_later), as in a crawl
    set_records = getattr(state, "set_records_later", state.set_records)
    for i in range(pages):  # what a live page asks of the state: validators, history, seen, its records
        url = f"http://a.example/p{i}"
        state.validators(url)
        state.get(url)
        state.seen(url, "site-a", status=200, when=datetime.now(UTC), etag=None, last_modified=None,
                   content_sha256="0" * 64)
        set_records(url, ["0123456789abcdef"])
    getattr(state, "flush", lambda: None)()
    print((saved - start) / pages * 1000, (cpu() - saved) / pages * 1000)
    state.close()
"""


def store_only(args: argparse.Namespace, work: Path, src: Path) -> tuple[float, float]:
    """CPU ms per page of the raw store (a 70 KB body, atomic, and its entry line, appended; each fsynced) and of
    the state."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, "-c", _STORE_ONLY, str(args.sites * 10), str(work)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    store, state = done.stdout.split()
    return float(store), float(state)


def fetch_only(args: argparse.Namespace, work: Path, src: Path) -> float:
    """CPU ms per request of the Fetcher alone (no delay, no store, no extraction) over every page."""
    port = args.port or free_port(site_address(1))
    server = subprocess.Popen(
        [
            *(sys.executable, str(HERE / "crawl_sites.py"), "--sites", str(args.sites), "--port", str(port)),
            *("--latency", str(args.latency), "--stats", str(work / "server.json")),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        if server.stdout.readline().strip() != "ready":
            raise SystemExit("the simulated sites did not start")
        urls = [f"http://{site_address(i)}:{port}{path}" for i in range(1, args.sites + 1) for path in site_pages(i)]
        env = {**os.environ, "PYTHONPATH": str(src)}
        done = subprocess.run(
            [sys.executable, "-c", _FETCH_ONLY],
            input=json.dumps(urls),
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return float(done.stdout.strip())
    finally:
        server.terminate()
        server.wait()


def _write_file(path: Path, data: bytes, *, sync: bool) -> None:
    """The store's way of writing one file (temporary name, optional fsync, rename), minus its checks."""
    temp = path.with_name(f".{path.name}.bench.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, data)
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, path)


def file_costs(pages: int, work: Path) -> list[tuple[str, float, float]]:
    """System and user CPU ms a page of each way of writing a 70 KB body and a 500-byte sidecar, and of a bare file.

    Why: on some machines the kernel's cost is the new directory entry, not the fsync; this says
    which (it is why the store now appends a line a page to one file a site instead of writing a sidecar).
    """
    body, sidecar = os.urandom(70_000), b"x" * 500

    def two_files(folder: Path, sync: bool) -> None:
        for i in range(pages):
            _write_file(folder / f"{i}.html", body, sync=sync)
            _write_file(folder / f"{i}.json", sidecar, sync=sync)

    def two_files_grouped(folder: Path, _: bool) -> None:
        written: list[Path] = []
        for i in range(pages):
            _write_file(folder / f"{i}.html", body, sync=False)
            _write_file(folder / f"{i}.json", sidecar, sync=False)
            written += [folder / f"{i}.html", folder / f"{i}.json"]
            if len(written) >= 128 or i == pages - 1:  # every 64 pages: each file, then the folder
                for path in [*written, folder]:
                    fd = os.open(path, os.O_RDONLY)
                    os.fsync(fd)
                    os.close(fd)
                written = []

    def one_file(folder: Path, sync: bool) -> None:
        for i in range(pages):
            _write_file(folder / f"{i}.html", sidecar + body, sync=sync)

    def body_and_line(folder: Path, sync: bool) -> None:
        fd = os.open(folder / "_entries.jsonl", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            for i in range(pages):
                _write_file(folder / f"{i}.html", body, sync=sync)
                os.write(fd, sidecar[:-1] + b"\n")
                if sync:
                    os.fsync(fd)
        finally:
            os.close(fd)

    def create_only(folder: Path, _: bool) -> None:
        for i in range(pages):
            os.close(os.open(folder / str(i), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))

    def overwrite(folder: Path, _: bool) -> None:
        for _i in range(pages):
            fd = os.open(folder / "same", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.write(fd, body)
            os.close(fd)

    ways: list[tuple[str, Callable[[Path, bool], None], bool]] = [
        ("a file a page and a line appended to one file, each fsynced (the store now)", body_and_line, True),
        ("two files a page, each fsynced (the store before: body and sidecar)", two_files, True),
        ("two files a page, no fsync", two_files, False),
        ("two files a page, fsynced in groups of 64 pages (files, then folder)", two_files_grouped, True),
        ("one file a page, fsynced", one_file, True),
        ("an empty file under a new name (no data)", create_only, False),
        ("overwriting one existing file with the body", overwrite, False),
    ]
    figures = []
    for name, way, sync in ways:
        with tempfile.TemporaryDirectory(dir=work) as folder:
            before = resource.getrusage(resource.RUSAGE_SELF)
            way(Path(folder), sync)
            after = resource.getrusage(resource.RUSAGE_SELF)
            system, user = after.ru_stime - before.ru_stime, after.ru_utime - before.ru_utime
            figures.append((name, system / pages * 1000, user / pages * 1000))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.03, help="seconds before each answer")
    parser.add_argument("--delay", type=float, default=0.2, help="each site's delay in the registry")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=1, help="runs; the median of each figure is shown")
    parser.add_argument("--smoke", action="store_true", help="3 sites, one run (CI: the benchmark still works)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the sources to run (A/B)")
    parser.add_argument("--keep", type=Path, help="copy the run's data directory here")
    parser.add_argument("--port", type=int, default=0, help="the sites' port (default: a free one)")
    parser.add_argument("--profile", default="", help="write a cProfile (main thread CPU) of the scrape process here")
    parser.add_argument("--fetch-only", action="store_true", help="CPU per request of the Fetcher alone, in process")
    parser.add_argument("--store-only", action="store_true", help="CPU per page of the raw store and the state alone")
    parser.add_argument("--file-costs", action="store_true", help="kernel CPU of the ways of writing a page's files")
    args = parser.parse_args()
    if args.smoke:
        args.sites, args.repeat = 3, 1
    if args.file_costs:
        with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
            runs = [file_costs(args.sites * 10, Path(tmp)) for _ in range(args.repeat)]
        print(f"{args.sites * 10} pages a way, {args.repeat} run(s), load {os.getloadavg()[0]:.2f}\n")
        print("| way | system CPU ms/page (each run) | user CPU ms/page (each run) |\n|---|---|---|")
        for index, (name, *_) in enumerate(runs[0]):
            system = ", ".join(f"{run[index][1]:.3f}" for run in runs)
            print(f"| {name} | {system} | {', '.join(f'{run[index][2]:.3f}' for run in runs)} |")
        return
    if args.store_only:
        with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
            runs = [store_only(args, Path(tmp), args.src.resolve()) for _ in range(args.repeat)]
        store, state = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        print(f"{args.sites * 10} pages: raw store CPU ms/page {store:.3f}, state database CPU ms/page {state:.3f}")
        print(f"(load {os.getloadavg()[0]:.2f})")
        return
    if args.fetch_only:
        with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
            cpu = [fetch_only(args, Path(tmp), args.src.resolve()) for _ in range(args.repeat)]
        print(
            f"Fetcher alone, {args.sites} sites, concurrency 64, no delay: CPU ms/request {statistics.median(cpu):.3f}"
        )
        print(f"(runs: {', '.join(f'{c:.3f}' for c in cpu)}; load {os.getloadavg()[0]:.2f})")
        return
    bound = requests_per_site() * max(args.delay, args.latency)
    runs = []
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        for _ in range(args.repeat):
            runs.append(one_run(args, Path(tmp), args.src.resolve(), args.profile))
    figures = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    figures["bound_s"] = bound
    figures["wall_over_bound"] = figures["wall_s"] / bound
    load = os.getloadavg()
    print(
        f"{args.sites} sites x {requests_per_site()} requests, latency {args.latency * 1000:.0f} ms, "
        f"delay {args.delay} s, --concurrency {args.concurrency}; median of {args.repeat}; "
        f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n"
    )
    rows = [
        ("politeness bound (requests x max(delay, latency)), s", f"{bound:.2f}"),
        ("wall time (whole process), s", f"{figures['wall_s']:.2f}"),
        ("wall / bound", f"{figures['wall_over_bound']:.2f}"),
        ("crawl span (first to last request served), s", f"{figures['crawl_span_s']:.2f}"),
        (
            "before the first request / after the last, s",
            f"{figures['before_first_request_s']:.2f} / {figures['after_last_request_s']:.2f}",
        ),
        ("requests/s (over wall time)", f"{figures['requests_per_s']:.0f}"),
        ("CPU ms/page, main process (fetch, store, walk)", f"{figures['main_cpu_ms_per_page']:.2f}"),
        ("CPU ms/page, main process, imports left out", f"{figures['main_cpu_after_imports_ms_per_page']:.2f}"),
        ("of which in the kernel (system time)", f"{figures['main_sys_cpu_ms_per_page']:.2f}"),
        (
            "of which the event loop's thread (fetch, walk, state; imports included) (kernel)",
            f"{figures['loop_thread_cpu_ms_per_page']:.2f} ({figures['loop_thread_sys_cpu_ms_per_page']:.2f})",
        ),
        (
            "of which other threads (raw store writes, the pool's feeder and results) (kernel)",
            f"{figures['other_threads_cpu_ms_per_page']:.2f} ({figures['other_threads_sys_cpu_ms_per_page']:.2f})",
        ),
        ("CPU ms/page, all processes (with extraction)", f"{figures['total_cpu_ms_per_page']:.2f}"),
        ("CPU ms/page, the simulated sites' server (same machine)", f"{figures['server_cpu_ms_per_page']:.2f}"),
        (
            f"CPU of crawler and server over {os.cpu_count()} cores (a floor for the wall time), s",
            f"{figures['cpu_bound_s']:.2f}",
        ),
        (
            f"gap between a site's requests (delay {args.delay:g} s): median / p90 / max, s",
            f"{figures['gap_median_s']:.3f} / {figures['gap_p90_s']:.3f} / {figures['gap_max_s']:.3f}",
        ),
        (
            "gap after a listing / after an article (median), s",
            f"{figures['gap_after_listing_median_s']:.3f} / {figures['gap_after_article_median_s']:.3f}",
        ),
        (
            "a site's time lost over the delays (sum of gap - delay): median / max, s",
            f"{figures['site_time_lost_median_s']:.2f} / {figures['site_time_lost_max_s']:.2f}",
        ),
        ("first requests of the sites spread over, s", f"{figures['start_skew_s']:.2f}"),
        ("peak RSS, main process, MB", f"{figures['main_peak_rss_mb']:.0f}"),
        ("peak RSS, largest worker, MB", f"{figures['worker_peak_rss_mb']:.0f}"),
        ("pages / records", f"{figures['pages']:.0f} / {figures['records']:.0f}"),
    ]
    print("| what | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "args": vars(args) | {"src": str(args.src), "json": str(args.json), "keep": str(args.keep)},
                    "runs": runs,
                    **figures,
                },
                indent=2,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
