"""A raw-store site's entries file (`<site>/_entries.jsonl`): one JSON line an entry, only ever appended.

One file a site instead of a sidecar a page: creating a file was most of the store's kernel time
(benchmarks/crawl_results.md), an append to an open file is not.  Reading, the last line for a key
wins; a last line without its newline is a write a crash cut short (never acknowledged: the save
had not returned) and is skipped without a word; opening for append cuts it off, so the next line
starts on a fresh line.  Lines are plain JSON objects of the sidecar's fields plus `"key"`.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from scraper import crashpoints
from scraper.writer import write_all

ENTRIES = "_entries.jsonl"  # starts with "_": no key, no sidecar, no site folder has that name
KEY = re.compile(r"^[0-9a-f]{16}$")
_TAIL_CHUNK = 65_536


def read_lines(path: Path) -> tuple[dict[str, bytes], list[str]]:
    """{key: its last line} and one problem a line that names no key; ({}, []) when there is no file.

    The lines are kept as bytes (a third of a parsed entry's memory) and parsed when asked for (`fields`).
    """
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return {}, []
    entries: dict[str, bytes] = {}
    problems: list[str] = []
    whole = data[: data.rfind(b"\n") + 1]  # what follows the last newline is a torn append: ignored
    for number, line in enumerate(whole.split(b"\n")[:-1], 1):
        if not line.strip():
            continue
        try:
            meta = json.loads(line)
        except ValueError as error:
            problems.append(f"{path}:{number}: unreadable entry line ({error})")
            continue
        key = meta.get("key") if isinstance(meta, dict) else None
        if not isinstance(key, str) or not KEY.fullmatch(key):
            problems.append(f'{path}:{number}: unreadable entry line (no "key" of 16 hex digits)')
            continue
        entries[key] = line
    return entries, problems


def fields(line: bytes) -> object:
    """A line's fields (a dict for every line `read_lines` kept; its values still to be checked)."""
    return json.loads(line)


def line_of(meta: dict[str, object]) -> bytes:
    """The entry's line, newline-terminated (compact JSON, UTF-8, keys in the given order)."""
    return (json.dumps(meta, ensure_ascii=False) + "\n").encode()


def open_for_append(path: Path) -> int:
    """The entries file opened for appending (made when absent), a torn last line cut off first."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            os.ftruncate(fd, _last_newline_end(fd, size))
    except BaseException:
        os.close(fd)
        raise
    return fd


def _last_newline_end(fd: int, size: int) -> int:
    """The offset just past the file's last newline (0 when it has none)."""
    end = size
    while end > 0:
        start = max(0, end - _TAIL_CHUNK)
        found = os.pread(fd, end - start, start).rfind(b"\n")
        if found >= 0:
            return start + found + 1
        end = start
    return 0


def append(fd: int, line: bytes) -> None:
    """Append one line and fsync it: once this returns, the entry survives a kill or a power cut.

    Written in two halves, the crash point `raw.entry.torn` between them (a kill there leaves the
    torn line a reader skips); `raw.entry.unsynced` comes after the write, before the fsync.
    """
    half, view = len(line) // 2, memoryview(line)
    write_all(fd, view[:half])
    crashpoints.reach("raw.entry.torn")
    write_all(fd, view[half:])
    crashpoints.reach("raw.entry.unsynced")
    os.fsync(fd)
