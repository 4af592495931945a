r"""The raw page store: every response kept as received, body beside its URL, status, headers and time.

Layout (one folder per site, so a run over a subset of sites is a complete, mergeable store):

    data/raw/<site>/<key>.<ext>    the body bytes exactly as received
    data/raw/<site>/<key>.json     {"url", "status", "headers", "fetched_at", "content_sha256", "body"}

`key` is `extract.urls.url_id(url)`, the same id the page's record gets.  The JSON
sidecar is written last, atomically: a body without its sidecar is an interrupted
write and is ignored.  Only a sidecar named by a key (`^[0-9a-f]{16}\.json$`) is an
entry: other files beside them (the test fixtures' `<key>.expected.json`, a README) are
not, so `tests/fixtures/` reads as a store too.  Live fetching (scraper.fetch) and the
offline replay both use this module, so replay sees exactly what a live run saw.

Nothing a server says names a file: the key is a hash of the URL, the extension comes from a
fixed table of content types (never from the URL or a Content-Disposition), and the site folder
is a site id, checked (`site_folder`) so that no id can lead outside the store.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from scraper import crashpoints
from scraper.canonical import canonical_url, url_id
from scraper.writer import write_bytes_atomic

_EXTENSIONS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/rss+xml": "xml",
    "application/atom+xml": "xml",
    "application/pdf": "pdf",
}


SIDECAR = re.compile(r"^[0-9a-f]{16}\.json$")  # `<key>.json`: what makes a file a store entry
SITE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,127}$")  # registry ids and the generated "<id>-bip": one safe folder


def is_sidecar(path: Path) -> bool:
    """Is this file a store entry's sidecar (named by a store key), not some other JSON beside it?"""
    return bool(SIDECAR.fullmatch(path.name))


class StoreError(Exception):
    """A stored entry is unreadable: missing body, bad sidecar, hash mismatch."""


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


class RawStore:
    """A folder of saved responses, readable by the replay and writable by the fetcher."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._made: set[Path] = set()  # site folders this store has written to: not made again a file

    def site_folder(self, site: str) -> Path:
        """The site's folder; StoreError for an id that is not one safe folder name (`..`, `/`, NUL, too long)."""
        if not SITE_ID.fullmatch(site) or ".." in site:
            raise StoreError(f"site id {site[:80]!r} cannot name a folder of the raw store")
        return self.root / site

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
        crashpoints.reach("raw.between")  # body saved, sidecar not yet: the entry does not exist
        meta = {
            "url": url,
            "status": status,
            "headers": dict(sorted(headers.items())),
            "fetched_at": fetched_at.isoformat().replace("+00:00", "Z"),
            "content_sha256": digest,
            "body": body_path.name,
        }
        sidecar = (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode()
        write_bytes_atomic(folder / f"{key}.json", sidecar, point="raw.sidecar", made=True)
        return StoredPage(site, url, status, headers, fetched_at, digest, body_path)

    def load(self, meta_path: Path) -> StoredPage:
        return load_entry(meta_path)

    def sites(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))

    def scan(self, site: str | None = None) -> Iterator[StoredPage | StoreError]:
        """Every entry sorted by site and key; a broken entry comes as its error, the scan goes on."""
        for folder in [self.site_folder(site)] if site else [self.root / name for name in self.sites()]:
            for meta_path in sorted(p for p in folder.glob("*.json") if is_sidecar(p)):
                try:
                    yield self.load(meta_path)
                except StoreError as error:
                    yield error

    def pages(self, site: str | None = None) -> Iterator[StoredPage]:
        """Every complete entry, sorted by site and key; raises on the first broken one."""
        for entry in self.scan(site):
            if isinstance(entry, StoreError):
                raise entry
            yield entry

    def holds_any(self, site: str) -> bool:
        """Does the store hold any entry for the site?"""
        folder = self.site_folder(site)
        return folder.is_dir() and any(is_sidecar(path) for path in folder.glob("*.json"))

    def holds(self, site: str, url: str) -> bool:
        """Is there an entry for `url`, readable or not (a broken one is still the page's place)?"""
        return (self.site_folder(site) / f"{url_id(url)}.json").is_file()

    def get(self, site: str, url: str) -> StoredPage | None:
        meta_path = self.site_folder(site) / f"{url_id(url)}.json"
        return self.load(meta_path) if meta_path.is_file() else None


def load_entry(meta_path: Path) -> StoredPage:
    """One entry from its sidecar (`<key>.json`); StoreError, one line, when it cannot be used."""
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if not isinstance(meta, dict) or not isinstance(meta.get("url"), str) or not isinstance(meta.get("body"), str):
            raise ValueError('not a raw-store sidecar: no "url" and "body" strings')
        fetched_at = datetime.fromisoformat(meta["fetched_at"].replace("Z", "+00:00"))
        if fetched_at.tzinfo is None:  # written by hand or by an old tool: the store speaks UTC
            fetched_at = fetched_at.replace(tzinfo=UTC)
        body_path = meta_path.parent / meta["body"]
        if not body_path.is_file():
            raise StoreError(f"{meta_path}: body file {meta['body']} is missing")
        return StoredPage(
            site=meta_path.parent.name,
            url=meta["url"],
            status=int(meta["status"]),
            headers={k.lower(): str(v) for k, v in meta.get("headers", {}).items()},
            fetched_at=fetched_at,
            content_sha256=meta["content_sha256"],
            body_path=body_path,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise StoreError(f"{meta_path}: unreadable store entry ({error})") from error
