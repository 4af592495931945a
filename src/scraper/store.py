r"""The raw page store: every response kept as received, body beside its URL, status, headers and time.

Layout (one folder per site, so a run over a subset of sites is a complete store):

    data/raw/<site>/<key>.<ext>        the body bytes exactly as received
    data/raw/<site>/_entries.jsonl     one line an entry, appended: {"key", "url", "status",
                                       "headers", "fetched_at", "content_sha256", "body"}
    data/raw/<site>/<key>.json         the older layout's sidecar: the same fields but "key", one file
                                       a page; still read (tests/fixtures is such a store)

Stores merge by copying site folders side by side when each site is in one store only (the crawl
shards by host, so a site is in one shard).  For a site in both, copying its folder over would
replace the destination's `_entries.jsonl` and lose its entries: copy the bodies, and append the
source's `_entries.jsonl` to the destination's, ending that with a newline first if it lacks one
(the last line of a key wins: the source's, whose body was copied over the destination's).

`key` is `extract.urls.url_id(url)`, the same id the page's record gets.  The body is written
first (atomically), its line last (appended, fsynced; `scraper.store_log`): a body without its
line (or sidecar) is an interrupted write and is ignored, and the last line for a key wins (a
page fetched again).  A key with both a line and a sidecar is read from its line (lines are
newer: nothing writes sidecars now).  Only a sidecar named by a key (`^[0-9a-f]{16}\.json$`) is
an entry: other files beside them (the test fixtures' `<key>.expected.json`, a README) are not, so
`tests/fixtures/` reads as a store too.  Live fetching (scraper.fetch) and the offline replay
both use this module, so replay sees exactly what a live run saw.

Why one file a site and not a sidecar a page: creating a file cost the kernel more than writing
and syncing it (benchmarks/crawl_results.md); a page now makes one new file, not two.

Nothing a server says names a file: the key is a hash of the URL, the extension comes from a
fixed table of content types (never from the URL or a Content-Disposition), and the site folder
is a site id, checked (`site_folder`) so that no id can lead outside the store.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from stat import S_ISREG

from scraper import crashpoints, store_log
from scraper.canonical import canonical_url, url_id
from scraper.store_log import ENTRIES, KEY
from scraper.writer import WriteError, write_bytes_atomic

_EXTENSIONS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/rss+xml": "xml",
    "application/atom+xml": "xml",
    "application/pdf": "pdf",
}


SIDECAR = re.compile(r"^[0-9a-f]{16}\.json$")  # `<key>.json`: what makes a file an older layout's entry
SITE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,127}$")  # registry ids and the generated "<id>-bip": one safe folder
MAX_OPEN_SITES = 64  # entries files kept open (a live run writes to every site it walks, in turn)
# Sites whose entries stay in memory (released when a walk ends).  An entry costs its line's length plus about
# 140 B: measured on 50,000 entries, 0.75 KB with the fixtures' headers (lines of 619 B), 1.4 KB with a modern
# server's (cookie, CSP, HSTS, cache headers: lines of 1,264 B).
MAX_SITES_KEPT = 4096


def is_sidecar(path: Path) -> bool:
    """Is this file an older layout's entry sidecar (named by a store key), not some other JSON beside it?"""
    return bool(SIDECAR.fullmatch(path.name))


class StoreError(Exception):
    """A stored entry is unreadable: missing body, bad line or sidecar, hash mismatch."""


@dataclass(frozen=True, slots=True)
class StoredPage:
    site: str
    url: str
    status: int
    headers: Mapping[str, str]  # lower-case names
    fetched_at: datetime
    content_sha256: str
    body_path: Path
    extra: Mapping[str, object] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return url_id(self.url)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    def body(self) -> bytes:
        data = self.body_path.read_bytes()
        if hashlib.sha256(data).hexdigest() != self.content_sha256:
            raise StoreError(f"{self.body_path}: body does not match its recorded SHA-256")
        return data


def _extension(content_type: str) -> str:
    return _EXTENSIONS.get(content_type.split(";")[0].strip().lower(), "bin")


class _Site:
    """One site folder as the store knows it: its entries (lines and sidecars) and its open entries file.

    `lock` orders the appends to the file (saves run in threads); `retired` is set, under `lock`,
    when the store lets the site go, so a save that still holds it asks the store again.
    """

    __slots__ = ("fd", "folder", "lines", "lock", "retired", "sidecars")

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.lines, _ = store_log.read_lines(folder / ENTRIES)
        self.sidecars = _sidecar_keys(folder)
        self.fd: int | None = None
        self.lock = threading.Lock()
        self.retired = False

    def append(self, key: str, line: bytes) -> None:
        """Append the entry's line (opening the file when it is not open); call with `lock` held."""
        path = self.folder / ENTRIES
        try:
            if self.fd is not None and os.fstat(self.fd).st_nlink == 0:  # the folder was deleted under the store
                self.close()
                self.lines, self.sidecars = {}, _sidecar_keys(self.folder)
            if self.fd is None:
                self.fd = store_log.open_for_append(path)
            store_log.append(self.fd, line)
        except OSError as error:
            self.close()  # reopened next time: its torn tail (if this write left one) is cut off first
            raise WriteError(path, error) from error
        self.lines[key] = line

    def close(self) -> None:
        if self.fd is not None:
            fd, self.fd = self.fd, None
            with contextlib.suppress(OSError):  # nothing left to flush: every line was fsynced when appended
                os.close(fd)


def _sidecar_keys(folder: Path) -> set[str]:
    try:
        return {name[:16] for name in os.listdir(folder) if SIDECAR.fullmatch(name)}
    except (FileNotFoundError, NotADirectoryError):
        return set()


class RawStore:
    """A folder of saved responses, readable by the replay and writable by the fetcher.

    Thread-safe for `save` (a live run saves from threads).  A site's entries are read once and kept
    (`holds` and `get` look in memory) until `release` (its walk is over) or until MAX_SITES_KEPT
    other sites were used since; at most MAX_OPEN_SITES entries files stay open (the least recently
    written closed).  `close` closes them all (they are closed at exit anyway: every line is
    fsynced when saved).
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._made: set[Path] = set()  # site folders this store has written to: not made again a file
        self._sites: OrderedDict[str, _Site] = OrderedDict()  # by last use
        self._open: OrderedDict[str, _Site] = OrderedDict()  # sites with (maybe) an open file, by last write
        self._going: dict[str, _Site] = {}  # let go, not yet retired: read again only once retired
        self._lock = threading.Lock()

    def site_folder(self, site: str) -> Path:
        """The site's folder; StoreError for an id that is not one safe folder name (`..`, `/`, NUL, too long)."""
        if not SITE_ID.fullmatch(site) or ".." in site:
            raise StoreError(f"site id {site[:80]!r} cannot name a folder of the raw store")
        return self.root / site

    def _site(self, site: str) -> _Site:
        """The site's entries, read on first use; the least recently used site beyond MAX_SITES_KEPT let go.

        A site being let go is read again only once it is retired (its last append done), so the new
        entries see every line and never append beside it; that wait holds no store-wide lock.
        """
        folder = self.site_folder(site)
        while True:
            with self._lock:
                known = self._sites.get(site)
                if known is not None:
                    self._sites.move_to_end(site)
                    return known
                going = self._going.get(site)
                if going is None:
                    known = self._sites[site] = _Site(folder)
                    gone = [self._let_go(next(iter(self._sites))) for _ in range(len(self._sites) - MAX_SITES_KEPT)]
                    break
            self._retire(site, going)
        for name, old in gone:
            self._retire(name, old)
        return known

    def _let_go(self, site: str) -> tuple[str, _Site]:
        """Forget the site's entries (call with `_lock` held, a site it holds); `_retire` it next, without `_lock`."""
        self._open.pop(site, None)
        known = self._going[site] = self._sites.pop(site)
        return site, known

    def _retire(self, site: str, known: _Site) -> None:
        """Close a site let go, once a save under way has appended (not under `_lock`: an fsync may take a while)."""
        with known.lock:
            known.retired = True
            known.close()
        with self._lock:
            if self._going.get(site) is known:
                del self._going[site]

    def _written(self, site: str, known: _Site) -> None:
        """Note the site's file open; close the least recently written ones beyond MAX_OPEN_SITES.

        A site let go since its save appended is not noted: its file is closed, and noting it would put it
        in the place of the site's current entries (opened anew by a later save), which would then never
        be closed here.
        """
        with self._lock:
            if self._sites.get(site) is not known:
                return
            self._open[site] = known
            self._open.move_to_end(site)
            oldest = [self._open.popitem(last=False) for _ in range(len(self._open) - MAX_OPEN_SITES)]
        for name, other in oldest:  # its entries stay known: only the file is closed (reopened when written)
            with other.lock:  # outside `_lock`: an fsync under way holds up this thread only
                if name not in self._open:  # not written again since
                    other.close()

    def release(self, site: str) -> None:
        """The site's walk is over: forget its entries and close its file (read again if asked for)."""
        with self._lock:
            gone = self._let_go(site) if site in self._sites else None
        if gone is not None:
            self._retire(*gone)

    def close(self) -> None:
        """Close every open entries file and forget every site (the store can still be used: all is read again)."""
        with self._lock:
            gone = [self._let_go(site) for site in list(self._sites)]
            assert not self._open, (
                "an open entries file of a site the store no longer knows"
            )  # `_written` notes known sites only
        for site, known in gone:
            self._retire(site, known)

    def save(
        self,
        site: str,
        url: str,
        body: bytes,
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        fetched_at: datetime | None = None,
        content_sha256: str | None = None,
    ) -> StoredPage:
        """Save one response; `content_sha256`, when the caller has it, spares hashing the body again."""
        url = canonical_url(url)
        headers = {name.lower(): value for name, value in (headers or {}).items()}
        fetched_at = (fetched_at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        key = url_id(url)
        folder = self.site_folder(site)
        body_path = folder / f"{key}.{_extension(headers.get('content-type', ''))}"
        digest = content_sha256 or hashlib.sha256(body).hexdigest()
        made = folder in self._made
        write_bytes_atomic(body_path, body, point="raw.body", made=made)
        self._made.add(folder)
        crashpoints.reach("raw.between")  # body saved, its line not yet: the entry does not exist
        line = store_log.line_of(entry_fields(key, url, status, headers, fetched_at, digest, body_path.name))
        while True:
            known = self._site(site)
            with known.lock:
                if known.retired:  # let go since it was looked up: ask again
                    continue
                known.append(key, line)
                break
        self._written(site, known)
        return StoredPage(site, url, status, headers, fetched_at, digest, body_path)

    def sites(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))

    def scan(self, site: str | None = None) -> Iterator[StoredPage | StoreError]:
        """Every entry sorted by site and key, read afresh; a broken entry comes as its error, the scan goes on.

        A line of the entries file that names no key comes first, as its error.
        """
        for folder in [self.site_folder(site)] if site else [self.root / name for name in self.sites()]:
            lines, problems = store_log.read_lines(folder / ENTRIES)
            yield from (StoreError(problem) for problem in problems)
            for key in sorted(lines.keys() | _sidecar_keys(folder)):
                try:
                    line = lines.get(key)
                    yield _line_page(folder, key, line) if line is not None else load_entry(folder / f"{key}.json")
                except StoreError as error:
                    yield error

    def pages(self, site: str | None = None) -> Iterator[StoredPage]:
        """Every complete entry, sorted by site and key; raises on the first broken one."""
        for entry in self.scan(site):
            if isinstance(entry, StoreError):
                raise entry
            yield entry

    def holds_any(self, site: str) -> bool:
        """Does the store hold any entry for the site: a non-empty entries file, or a sidecar?

        Nothing is read or kept (an offline run asks it of every generated site before walking any):
        an entries file of unreadable lines only counts too, its problems are the site's to report.
        """
        folder = self.site_folder(site)
        try:
            if S_ISREG((entries := os.stat(folder / ENTRIES)).st_mode) and entries.st_size > 0:
                return True
        except OSError:
            pass
        try:
            with os.scandir(folder) as names:
                return any(SIDECAR.fullmatch(name.name) for name in names)
        except OSError:
            return False

    def holds_readable(self, site: str) -> bool:
        """Does the store hold a readable entry for the site?  Unlike `holds_any`, an entries file of unreadable lines
        alone is not enough: what decides that a site's earlier pages are gone must read them."""
        return self.holds_any(site) and any(isinstance(entry, StoredPage) for entry in self.scan(site))

    def holds(self, site: str, url: str) -> bool:
        """Is there an entry for `url`, readable or not (a broken one is still the page's place)?"""
        return self.holds_key(site, url_id(url))

    def holds_key(self, site: str, key: str) -> bool:
        known = self._site(site)
        return key in known.lines or key in known.sidecars

    def get(self, site: str, url: str) -> StoredPage | None:
        """The latest entry for `url`, None when there is none; StoreError when it is there but unreadable."""
        return self.get_key(site, url_id(url))

    def get_key(self, site: str, key: str) -> StoredPage | None:
        known = self._site(site)
        line = known.lines.get(key)
        if line is not None:
            return _line_page(known.folder, key, line)
        return load_entry(known.folder / f"{key}.json") if key in known.sidecars else None


def entry_fields(
    key: str,
    url: str,
    status: int,
    headers: Mapping[str, str],
    fetched_at: datetime,
    content_sha256: str,
    body: str,
) -> dict[str, object]:
    """An entry's line, as fields: what `RawStore.save` appends (and a tool writing a store should)."""
    return {
        "key": key,
        "url": url,
        "status": status,
        "headers": dict(sorted(headers.items())),
        "fetched_at": fetched_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "content_sha256": content_sha256,
        "body": body,
    }


def _page(folder: Path, meta: object, where: str) -> StoredPage:
    """The entry a line's or sidecar's fields describe; StoreError (one line, naming `where`) when unusable."""
    try:
        if not isinstance(meta, dict) or not isinstance(meta.get("url"), str) or not isinstance(meta.get("body"), str):
            raise ValueError('not a raw-store entry: no "url" and "body" strings')
        name = meta["body"]
        if name in ("", ".", "..") or "/" in name or "\\" in name or "\x00" in name:
            raise ValueError(f"body {name[:80]!r} is not a file name")
        fetched_at = datetime.fromisoformat(meta["fetched_at"].replace("Z", "+00:00"))
        if fetched_at.tzinfo is None:  # written by hand or by an old tool: the store speaks UTC
            fetched_at = fetched_at.replace(tzinfo=UTC)
        body_path = folder / name
        if not body_path.is_file():
            raise StoreError(f"{where}: body file {name} is missing")
        return StoredPage(
            site=folder.name,
            url=meta["url"],
            status=int(meta["status"]),
            headers={k.lower(): str(v) for k, v in meta.get("headers", {}).items()},
            fetched_at=fetched_at,
            content_sha256=meta["content_sha256"],
            body_path=body_path,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise StoreError(f"{where}: unreadable store entry ({error})") from error


def _line_page(folder: Path, key: str, line: bytes) -> StoredPage:
    return _page(folder, store_log.fields(line), f"{folder / ENTRIES} ({key})")


def load_entry(meta_path: Path) -> StoredPage:
    """One entry from an older layout's sidecar (`<key>.json`); StoreError, one line, when it cannot be used."""
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as error:  # RecursionError: nested deeper than the parser goes
        raise StoreError(f"{meta_path}: unreadable store entry ({error})") from error
    return _page(meta_path.parent, meta, str(meta_path))


def entry_for_body(body: Path) -> StoredPage | None:
    """The entry whose body is this file: its line in the folder's entries file, else its sidecar; None if neither.

    For `scrape extract` given a store's body: its URL, content type and time come from the store.
    StoreError when the entry is there but unreadable.
    """
    if KEY.fullmatch(body.stem):
        try:
            stat = (body.parent / ENTRIES).stat()
        except OSError:
            stat = None
        if stat is not None:
            line = _lines_of(body.parent / ENTRIES, stat.st_mtime_ns, stat.st_size).get(body.stem)
            meta = store_log.fields(line) if line is not None else None
            if isinstance(meta, dict) and meta.get("body") == body.name:
                return _page(body.parent, meta, f"{body.parent / ENTRIES} ({body.stem})")
    sidecar = body.with_suffix(".json")
    return load_entry(sidecar) if sidecar != body and sidecar.is_file() else None


@lru_cache(maxsize=4)
def _lines_of(path: Path, mtime_ns: int, size: int) -> dict[str, bytes]:
    """A folder's entries, read once while the file stays as it was (a folder's bodies given one by one)."""
    return store_log.read_lines(path)[0]
