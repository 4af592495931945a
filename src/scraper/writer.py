"""Dataset files written atomically: a crash at any moment leaves the old file or the new one."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from scraper import crashpoints

TEMP_SUFFIX = ".tmp"  # `.<name>.<random>.tmp` beside the file it becomes
_IS_A_DIRECTORY = "Is a directory; give a file path"


class WriteError(Exception):
    """A file could not be written (read-only directory, a file where a folder should be, disk full).

    The message is one line naming the path and the operating system's reason; the old file is intact.
    """

    def __init__(self, path: Path, error: OSError) -> None:
        self.path = path
        reason = error.strerror or str(error)
        if error.errno == errno.ENOTDIR and (blocker := _file_in_the_way(path)) is not None:
            reason = "it is a file, not a directory" if blocker == path else f"{blocker} is a file, not a directory"
        super().__init__(f"cannot write {path}: {reason[:1].lower()}{reason[1:]}")


def _file_in_the_way(path: Path) -> Path | None:
    """The nearest ancestor of `path` (or `path` itself) that exists and is not a directory."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return None if candidate.is_dir() else candidate
    return None


def write_bytes_atomic(path: Path, data: bytes, *, point: str = "write", made: bool = False) -> None:
    """Write a temporary file beside `path`, fsync it, rename it over `path`; WriteError when that fails.

    `point` names the write for `scraper.crashpoints` (`<point>.torn`: half the bytes in the
    temporary file; `<point>.unrenamed`: all of them, synced, not yet renamed).  `made`: the caller
    knows the folder exists (the raw store, two files a page), so it is neither made nor looked at
    first (a folder gone since is made again; a directory at `path` fails at the rename, same error).
    """
    half, view = len(data) // 2, memoryview(data)  # views, not copies of a page's body
    try:
        _write(path, [view[:half], view[half:]], point, made=made)
    except OSError as error:
        raise WriteError(path, error) from error


def _write(path: Path, parts: Iterable[bytes | memoryview], point: str, *, made: bool = False) -> None:
    """`parts` in order into a synced temporary file renamed over `path`; the torn crash point sits after the first."""
    if not made:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise IsADirectoryError(21, _IS_A_DIRECTORY)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    except FileNotFoundError:
        if not made:
            raise
        path.parent.mkdir(parents=True, exist_ok=True)  # the folder went away under its caller
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    try:
        try:
            os.fchmod(fd, 0o644)  # mkstemp makes 0600; datasets are read by other users
            for index, part in enumerate(parts):
                if index == 1:
                    crashpoints.reach(f"{point}.torn")
                write_all(fd, part)
            os.fsync(fd)
        finally:
            os.close(fd)
        crashpoints.reach(f"{point}.unrenamed")
        try:
            os.replace(tmp, path)
        except IsADirectoryError as error:
            raise IsADirectoryError(error.errno, _IS_A_DIRECTORY) from error
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_all(fd: int, data: bytes | memoryview) -> None:
    """os.write until every byte is written (a write may take fewer; a full disk raises ENOSPC)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def sweep_temp(folder: Path) -> int:
    """Delete the temporary files a killed writer left in `folder` (never the files they were for).

    Only call it while holding the data directory (`scraper.lock`): a live writer's temporary
    file would go too.  Returns how many were deleted.
    """
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:  # no folder yet (or unreadable: the writes themselves will say so)
        return 0
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX) and entry.is_file(follow_symlinks=False):
            try:
                Path(entry.path).unlink(missing_ok=True)
            except OSError:  # garbage left in place is harmless: nothing reads `.tmp` files
                continue
            removed += 1
    return removed


def check_directory(path: Path) -> None:
    """Create `path` if needed and prove it is a writable directory, before a run does any work."""
    try:
        if path.exists() and not path.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "Not a directory (it is a file)")
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as error:
        raise WriteError(path, OSError(error.errno, error.strerror)) from error  # not the probe's name


def check_file_target(path: Path) -> None:
    """Refuse an output path that is a directory, below a file, or in a folder that cannot be written,
    before any work is done."""
    if path.is_dir():
        raise WriteError(path, IsADirectoryError(errno.EISDIR, "Is a directory; give a file path"))
    folder = next((p for p in path.parents if p.exists()), Path("."))
    if not folder.is_dir():
        raise WriteError(path, NotADirectoryError(errno.ENOTDIR, "Not a directory"))
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise WriteError(path, OSError(error.errno, error.strerror)) from error


def write_text_atomic(path: Path, text: str, *, point: str = "write") -> None:
    write_bytes_atomic(path, text.encode("utf-8"), point=point)


def write_jsonl(path: Path, lines: Iterable[str], *, point: str = "write") -> int:
    """One JSON document per line, UTF-8, newline-terminated; returns the number of lines.

    Written as the lines come, in batches: the whole file is never held in memory.
    """
    count = [0]
    try:
        _write(path, _batches(lines, count), point)
    except OSError as error:
        raise WriteError(path, error) from error
    return count[0]


def _batches(lines: Iterable[str], count: list[int]) -> Iterator[bytes]:
    """The lines encoded, `_LINES_A_PART` at a time (at least two parts: a small file comes in halves,
    so a crash at the torn point leaves half of it)."""
    batch: list[str] = []
    ready: bytes | None = None
    for line in lines:
        batch.append(f"{line}\n")
        count[0] += 1
        if len(batch) == _LINES_A_PART:
            if ready is not None:
                yield ready
            ready = "".join(batch).encode("utf-8")
            batch = []
    last = "".join(batch).encode("utf-8")
    if ready is None:
        yield last[: len(last) // 2]
        ready, last = last[len(last) // 2 :], b""
    yield ready
    if last:
        yield last


_LINES_A_PART = 512
