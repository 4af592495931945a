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
import re
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import BinaryIO

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
    Only where each record's line is held (`_Lines`), not the lines: memory stays flat however big
    the dataset is.
    """
    paths = sorted((clean_dir / "sites").glob("*.jsonl"))
    with _Lines(paths) as found:
        where: dict[str, _Where] = {}
        for number, path in enumerate(paths):
            for key, place in found.index(number).items():
                if key in where and found.line(where[key], redact) != found.line(place, redact):
                    log.warning("record %s appears in two site files; keeping the one from %s", key, path.name)
                where[key] = place
        return write_jsonl(
            clean_dir / COMBINED, (found.line(where[key], redact) for key in sorted(where)), point="dataset.combined"
        )


_Where = tuple[int, int, int] | str  # (file number, offset, length) of a line, or the line itself
# Line breaks str.splitlines (read_site) knows besides "\n": a file holding one is indexed as read_site reads it.
_OTHER_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_OPEN_FILES = 256  # site files kept open while records.jsonl is written (more are opened again as needed)


class _Lines:
    """Record lines of site files found by (file, offset, length): read again when written, not held."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self._open: OrderedDict[int, BinaryIO] = OrderedDict()

    def __enter__(self) -> _Lines:
        return self

    def __exit__(self, *exc: object) -> None:
        for handle in self._open.values():
            handle.close()
        self._open.clear()

    def index(self, number: int) -> dict[str, _Where]:
        """{id: where} for one site file, as `read_site` reads it (a later line of an id wins)."""
        path = self.paths[number]
        places: dict[str, _Where] = {}
        offset = 0
        with path.open("rb") as handle:
            for line_number, raw in enumerate(handle, 1):
                start, offset = offset, offset + len(raw)
                length = len(raw) - raw.endswith(b"\n")
                line = raw[:length].decode("utf-8")
                if _OTHER_BREAKS.search(line):  # rare: this file is read whole, as read_site reads it
                    return dict(read_site(path.parents[1], path.stem))
                try:
                    places[json.loads(line)["id"]] = (number, start, length)
                except (ValueError, KeyError, TypeError):
                    log.warning("%s:%d: not a record line; ignored", path, line_number)
        return places

    def line(self, place: _Where, redact: Callable[[str], str] | None) -> str:
        if isinstance(place, str):
            text = place
        else:
            number, offset, length = place
            handle = self._handle(number)
            handle.seek(offset)
            text = handle.read(length).decode("utf-8")
        return redact(text) if redact else text

    def _handle(self, number: int) -> BinaryIO:
        handle = self._open.get(number)
        if handle is None:
            if len(self._open) >= _OPEN_FILES:
                self._open.popitem(last=False)[1].close()
            handle = self._open[number] = self.paths[number].open("rb")
        else:
            self._open.move_to_end(number)
        return handle


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
