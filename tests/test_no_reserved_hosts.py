"""No host kept for independent checks appears in the project's code, tests, docs or benchmarks.

The list (`tests/realtext/reserved_hosts.txt`, a copy of the shared one) names hosts whose pages must
not enter the project in any form; only the two official lists of units in `src/scraper/data/` hold
some of them, as those units' addresses.  A subdomain of a reserved host counts as the host.
"""

from __future__ import annotations

import re
from pathlib import Path

from scraper.passages import reserved_hosts

ROOT = Path(__file__).resolve().parents[1]
LIST = ROOT / "tests" / "realtext" / "reserved_hosts.txt"
ALLOWED = {LIST, ROOT / "src" / "scraper" / "data"}
SCANNED = ("src", "tests", "docs", "benchmarks", "README.md", "pyproject.toml")
TEXT = {".py", ".md", ".toml", ".txt", ".json", ".jsonl", ".csv", ".html", ".xml", ".cfg"}


def reserved() -> list[str]:
    """The hosts as the passage loader reads them: "www.gmina.pl" is "gmina.pl", so the bare name is caught too."""
    return sorted(reserved_hosts(LIST))


def files() -> list[Path]:
    found: list[Path] = []
    for name in SCANNED:
        path = ROOT / name
        candidates = [path] if path.is_file() else [p for p in path.rglob("*") if p.suffix in TEXT]
        found += [p for p in candidates if not any(p == a or a in p.parents for a in ALLOWED)]
    return found


def test_no_reserved_host_in_the_project() -> None:
    hosts = reserved()
    pattern = re.compile(r"(?<![a-z0-9-])(?:" + "|".join(map(re.escape, hosts)) + r")(?![a-z0-9-])")
    hits = [
        f"{p.relative_to(ROOT)}: {m.group(0)}"
        for p in files()
        if "__pycache__" not in p.parts
        for m in [pattern.search(p.read_text(encoding="utf-8", errors="ignore").lower())]
        if m
    ]
    assert len(hosts) > 100
    assert not hits, hits[:10]


def test_the_scan_would_see_one() -> None:
    host = reserved()[0]
    pattern = re.compile(r"(?<![a-z0-9-])" + re.escape(host) + r"(?![a-z0-9-])")
    assert pattern.search(f"https://www.{host}/aktualnosci")  # a subdomain is the host
    assert pattern.search(f"https://{host}/aktualnosci")  # and so is the bare name of a "www." entry
    assert not pattern.search(f"https://{host}x.pl/")


def test_a_www_entry_is_read_without_its_prefix() -> None:
    """Pages cite "gmina.pl" for a list entry "www.gmina.pl": the scan looks for the bare name."""
    listed = [line.strip().lower() for line in LIST.read_text(encoding="utf-8").splitlines()]
    with_www = [host for host in listed if host.startswith("www.")]
    assert with_www  # the list does write most hosts with "www."
    assert {host.removeprefix("www.") for host in with_www} <= set(reserved())
    assert all(not host.startswith("www.") for host in reserved())
