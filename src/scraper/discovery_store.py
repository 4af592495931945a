"""Discoveries on disk: one JSON file per site under `<data>/discovery/<site-id>.json`, written atomically.

The operator reviews these files and may pin one ("pinned": true) after correcting it by
hand; a pinned file is never overwritten by rediscovery.  A file that cannot be read (a typo in
a hand-edited file, a bad regex) is a problem to report, not a crash, and it is never overwritten
either: the operator fixes or deletes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Literal

from scraper.discovery_model import Discovery
from scraper.writer import write_bytes_atomic

DIRECTORY = "discovery"
Saved = Literal["saved", "kept pinned", "kept unreadable"]
RETRY_FAILED_DAYS = 1  # a discovery that could not read the site is tried again the next day, not in a month


@dataclass(frozen=True)
class Loaded:
    """A stored discovery, or why there is none usable (`problem` is None when the file is simply absent)."""

    discovery: Discovery | None
    problem: str | None = None


def path_for(data: Path, site_id: str) -> Path:
    if not site_id or "/" in site_id or site_id.startswith("."):
        raise ValueError(f"not a site id: {site_id!r}")
    return data / DIRECTORY / f"{site_id}.json"


def dumps(discovery: Discovery) -> bytes:
    """Stable, reviewable JSON: sorted keys, indented, UTF-8 (Polish text as is), newline-terminated."""
    return (json.dumps(discovery.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def load_discovery(data: Path, site_id: str) -> Loaded:
    """The site's stored discovery; Loaded(None) when there is none, with a problem when the file is bad."""
    path = path_for(data, site_id)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Loaded(None)
    except OSError as error:
        return Loaded(None, f"cannot read {path}: {error.strerror or error}")
    try:
        discovery = Discovery.from_json(json.loads(raw))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        return Loaded(None, f"{path}: not a discovery file ({type(error).__name__}: {error})")
    if discovery.site_id != site_id:
        return Loaded(None, f"{path}: holds site {discovery.site_id!r}, not {site_id!r}")
    return Loaded(discovery)


def save_discovery(data: Path, discovery: Discovery, *, force: bool = False) -> Saved:
    """Write the discovery unless the stored one is pinned (then "kept pinned") or exists but cannot be read
    ("kept unreadable", even with `force`: it may be a hand-reviewed file with a typo); WriteError when the
    disk refuses."""
    stored = load_discovery(data, discovery.site_id)
    if stored.problem is not None:
        return "kept unreadable"
    if not force and stored.discovery is not None and stored.discovery.pinned:
        return "kept pinned"
    write_bytes_atomic(path_for(data, discovery.site_id), dumps(discovery))
    return "saved"


def set_pinned(data: Path, site_id: str, pinned: bool) -> Loaded:
    """Pin (or unpin) a stored discovery; Loaded(None, problem) when there is nothing readable to pin."""
    loaded = load_discovery(data, site_id)
    if loaded.discovery is None:
        return Loaded(None, loaded.problem or f"no discovery stored for {site_id!r}")
    changed = replace(loaded.discovery, pinned=pinned)
    write_bytes_atomic(path_for(data, site_id), dumps(changed))
    return Loaded(changed)


def is_stale(discovery: Discovery, today: date, max_age_days: int) -> bool:
    """Due for rediscovery: older than `max_age_days` (a pinned discovery never is)."""
    if discovery.pinned:
        return False
    return (today - discovery.discovered).days > max_age_days


def failed(discovery: Discovery) -> str | None:
    """Why the discovery could not read the site at all (robots.txt or the homepage), or None.

    Finding no section is a result; not reaching the site is not.
    """
    return next((p for p in discovery.problems if p.startswith(("site unreachable", "homepage "))), None)


def usable(discovery: Discovery | None) -> bool:
    """A discovery worth keeping over a failed new one: it read the site (found sections, or found none)."""
    return discovery is not None and (bool(discovery.sections or discovery.extra_sites) or failed(discovery) is None)


def due(loaded: Loaded, today: date, max_age_days: int) -> bool:
    """Should the site be (re)discovered now: none stored, unreadable, stale or failed?

    (A site whose crawl gave nothing is judged by `scraper.discovering.yielded_nothing`.)

    A pinned discovery is the operator's word: never due, even when it yielded nothing.  A discovery
    that could not read the site (nothing found, the site unreachable) is due again after
    RETRY_FAILED_DAYS, not after `max_age_days`.
    """
    if loaded.discovery is None:
        return True
    if loaded.discovery.pinned:
        return False
    if not usable(loaded.discovery):
        return (today - loaded.discovery.discovered).days >= min(RETRY_FAILED_DAYS, max_age_days)
    return is_stale(loaded.discovery, today, max_age_days)
