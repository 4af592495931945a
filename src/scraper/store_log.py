"""A raw-store site's entries file (`<site>/_entries.jsonl`): one JSON line an entry, only ever appended.

One file a site instead of a sidecar a page: creating a file was most of the store's kernel time
(benchmarks/crawl_results.md), an append to an open file is not.  Reading, the last line for a key
wins.  A last line without its newline that is still a whole entry (a kill just before the newline,
or a tool that leaves it off) is read, and opening for append ends it with a newline; one that is
not (a write a crash cut short, never acknowledged: the save had not returned) is reported as a
problem and cut off when the file is next opened for append, so the next line starts on a fresh
line.  Lines are plain JSON objects of the sidecar's fields plus `"key"`.
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

    A file that cannot be read (a folder of that name) gives no entries and one problem, never an exception.

    The lines are kept as bytes (a third of a parsed entry's memory) and parsed when asked for (`fields`).
    """
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return {}, []
    except OSError as error:  # a folder of that name, no permission: no entries, and the reason why
        return {}, [f"{path}: unreadable entries file ({error.strerror or error})"]
    entries: dict[str, bytes] = {}
    problems: list[str] = []
    parts = data.split(b"\n")  # the last part follows the last newline: b"" when the file ends with one
    for number, line in enumerate(parts, 1):
        if not line.strip():
            continue
        try:
            entries[entry_key(line)] = line
        except ValueError as error:
            what = "unreadable entry line" if number < len(parts) else "unterminated last line (a write cut short)"
            problems.append(f"{path}:{number}: {what} ({error})")
    return entries, problems


def entry_key(line: bytes) -> str:
    """The key an entry line names; ValueError, saying why, when it is not a JSON object with 16 hex digits there."""
    try:
        meta = json.loads(line)
    except RecursionError:  # arrays or objects nested deeper than the parser's stack: garbage, not an entry
        raise ValueError("nested too deeply") from None
    key = meta.get("key") if isinstance(meta, dict) else None
    if not isinstance(key, str) or not KEY.fullmatch(key):
        raise ValueError('no "key" of 16 hex digits')
    return key


def _is_entry(line: bytes) -> bool:
    try:
        entry_key(line)
    except ValueError:
        return False
    return True


def fields(line: bytes) -> object:
    """A line's fields (a dict for every line `read_lines` kept; its values still to be checked)."""
    return json.loads(line)


def line_of(meta: dict[str, object]) -> bytes:
    """The entry's line, newline-terminated (compact JSON, UTF-8, keys in the given order)."""
    return (json.dumps(meta, ensure_ascii=False) + "\n").encode()


def open_for_append(path: Path) -> int:
    """The entries file opened for appending (made when absent), its unterminated last line ended first.

    A last line that is a whole entry gets its newline; one that is not (a torn write) is cut off.
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            end = _last_newline_end(fd, size)
            if _is_entry(os.pread(fd, size - end, end)):
                write_all(fd, b"\n")
            else:
                os.ftruncate(fd, end)
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

    Written in two halves, the crash point `raw.entry.torn` between them (a kill there leaves a
    torn line a reader reports and skips); `raw.entry.unsynced` comes after the write, before the fsync.
    """
    half, view = len(line) // 2, memoryview(line)
    write_all(fd, view[:half])
    crashpoints.reach("raw.entry.torn")
    write_all(fd, view[half:])
    crashpoints.reach("raw.entry.unsynced")
    os.fsync(fd)
