"""The dataset on disk: one JSONL file per site, and `records.jsonl` rebuilt from all of them.

Per-site files make a run over some sites complete and mergeable: a shard (or `--site X`)
rewrites only its sites' files, and the combined file is a sorted concatenation of every
site file present, so merging the outputs of several machines is copying their
`sites/*.jsonl` side by side and rebuilding.  Lines are kept as bytes where a record did
not change, so an unchanged run leaves every file byte-identical.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from extract import jsonl
from scraper.writer import write_jsonl

log = logging.getLogger(__name__)

COMBINED = "records.jsonl"


def site_path(clean_dir: Path, site: str) -> Path:
    return clean_dir / "sites" / f"{site}.jsonl"


def read_site(clean_dir: Path, site: str) -> dict[str, str]:
    """The site's last written records as {id: JSON line}; unreadable lines are logged and skipped."""
    path = site_path(clean_dir, site)
    if not path.is_file():
        return {}
    lines: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            lines[json.loads(line)["id"]] = line
        except (ValueError, KeyError, TypeError):
            log.warning("%s:%d: not a record line; ignored", path, number)
    return lines


def write_site(clean_dir: Path, site: str, lines: dict[str, str]) -> int:
    """Write the site's records ({id: JSON line}) sorted by id, atomically."""
    return write_jsonl(site_path(clean_dir, site), (lines[key] for key in sorted(lines)), point="dataset.site")


def merge(
    previous: dict[str, str], produced: dict[str, str], keep: Callable[[str], bool]
) -> tuple[dict[str, str], int]:
    """This run's records plus the earlier records it did not replace and `keep(url)` accepts.

    A run that stops early, or whose pages fail, must not delete what it did not reach.
    Returns the merged {id: line} and how many earlier records were kept.
    """
    lines, kept = dict(produced), 0
    for key, line in previous.items():
        if key not in lines and keep(json.loads(line).get("url", "")):
            lines[key] = line
            kept += 1
    return lines, kept


def rebuild(clean_dir: Path, redact: Callable[[str], str] | None = None) -> int:
    """`records.jsonl` from every site file present, sorted by id; returns the number of records.

    `redact` (--no-personal-data) rewrites each line on the way, sites this run did not walk included.
    """
    lines: dict[str, str] = {}
    for path in sorted((clean_dir / "sites").glob("*.jsonl")):
        for key, line in read_site(clean_dir, path.stem).items():
            line = redact(line) if redact else line
            if key in lines and lines[key] != line:
                log.warning("record %s appears in two site files; keeping the one from %s", key, path.name)
            lines[key] = line
    return write_jsonl(clean_dir / COMBINED, (lines[key] for key in sorted(lines)), point="dataset.combined")


def mark_removed(lines: dict[str, str], removed: Mapping[str, date]) -> dict[str, str]:
    """`lines` ({id: JSON line}) with `removed` set on the records named in `removed` ({id: day}) that lack it."""
    marked = dict(lines)
    for key, day in removed.items():
        line = marked.get(key)
        if line is None:
            continue
        data = jsonl.loads(line)
        if data.get("removed") is None:
            data["removed"] = day.isoformat()
            marked[key] = jsonl.dumps(data)
    return marked
