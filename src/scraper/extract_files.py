"""`scrape extract`'s work on each file, in this process or in the pool of `scraper.offline_pool`.

One file in, its JSONL lines and its messages out (printed by the CLI, in the files' order): the
same function runs in a worker, so a run over many files uses every core and prints exactly what
a run in one process prints.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from extract import jsonl
from extract.page import SiteInfo
from extract.personal_data import drop_personal_data
from extract.pipeline import Role, extract
from extract.urls import canonical_url, host_of
from scraper import offline_pool
from scraper.pages import role_of
from scraper.registry import Site, site_for_url
from scraper.store import StoreError, entry_for_body


@dataclass(frozen=True)
class FileJob:
    """What every file of one `scrape extract` shares: the registry and the command's options."""

    registry: list[Site]
    url: str | None = None
    extractor: str | None = None
    no_personal_data: bool = False


@dataclass
class FileResult:
    lines: list[str] = field(default_factory=list)
    messages: list[tuple[str, bool]] = field(default_factory=list)  # (line for stderr, read as rich markup)
    failed: bool = False


_job: FileJob | None = None  # the run's job, inherited by the forked workers


def extract_file(job: FileJob, path: Path) -> FileResult:
    """One file's records (a raw-store body uses its entry's URL, content type and time)."""
    done = FileResult()
    body = path.read_bytes()
    page_url, content_type, fetched_at = (
        job.url,
        None,
        datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0),
    )
    try:
        stored = entry_for_body(path)
        if stored is not None:
            page_url = page_url or canonical_url(stored.url)
            content_type, fetched_at = stored.content_type or None, stored.fetched_at
    except (StoreError, ValueError) as error:
        done.messages.append((f"warning: {error}; {path} read as a plain page", False))
    page_url = page_url or path.resolve().as_uri()
    known_site = site_for_url(job.registry, page_url)
    info = (
        known_site.info
        if known_site
        else SiteInfo(id=host_of(page_url) or "local", name=host_of(page_url) or str(path))
    )
    role: Role = (role_of(known_site, page_url) if known_site else None) or "article"
    result = extract(
        page_url,
        body,
        site=info,
        content_type=content_type,
        fetched_at=fetched_at,
        content_sha256=hashlib.sha256(body).hexdigest(),
        extractor=job.extractor or (known_site.extractor if known_site else None),
        role=role,
    )
    if result.error:
        done.failed = True
        message = result.error.removeprefix(f"no text on {result.url}: ")  # the path already says which
        done.messages.append((f"Error: {path}: {message}", False))
    if role == "listing":
        done.messages.append((f"{path}: listing page, {len(result.links)} links, no records", True))
    records = [drop_personal_data(r) for r in result.records] if job.no_personal_data else result.records
    done.lines = [jsonl.record_line(record) for record in records]
    return done


def _in_worker(path: Path) -> FileResult:
    assert _job is not None
    return extract_file(_job, path)


def extract_files(job: FileJob, paths: list[Path]) -> Iterator[FileResult]:
    """Each file's result in the given order; many files go through the pool (`offline_pool.use_pool`)."""
    global _job
    if not offline_pool.use_pool(len(paths)):
        for path in paths:
            yield extract_file(job, path)
        return
    yield extract_file(job, paths[0])  # here first: the workers fork with the lazily built tables made
    _job = job
    try:
        yield from offline_pool.ordered_map(_in_worker, paths[1:])
    finally:
        _job = None
