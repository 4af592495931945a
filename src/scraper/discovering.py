"""Discovery for many sites at once, and its use by a run: stored discoveries turned into crawlable sites.

`discover_sites` discovers the sites that are due (none stored, stale, or forced; a pinned one
never), saves each discovery, and goes on to the BIP and welfare centres found on other hosts,
each its own site with its own politeness.  `apply_stored` is what a run does before walking:
every site whose sections are known gets its start URLs and patterns from its discovery.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Literal

import httpx

from scraper.dataset import site_path
from scraper.discover import discover
from scraper.discovery_age import MAX_AGE_DAYS
from scraper.discovery_model import Discovery
from scraper.discovery_store import due, failed, load_discovery, save_discovery, usable
from scraper.fetch import Fetcher, FetchPolicy
from scraper.registry import Site
from scraper.robots import RobotsRules
from scraper.writer import WriteError

Status = Literal["discovered", "kept pinned", "fresh", "failed", "unreadable"]
Stored = Literal["none", "unreadable", "failed", "found"]
MAX_SITES_AT_ONCE = 16  # sites discovered concurrently; the fetcher keeps each host polite


@dataclass(frozen=True)
class Outcome:
    """What happened to one site: its discovery (new or stored) and, when it failed, why."""

    site: Site
    status: Status
    discovery: Discovery | None
    problem: str | None = None


def extra_sites(discovery: Discovery, parent: Site) -> list[Site]:
    """The BIP and welfare centres on other hosts, as generated sites of their own (discovered like any other)."""
    return [replace(extra.site(parent), generated=True) for extra in discovery.extra_sites]


def yielded_nothing(sites: Iterable[Site], data: Path, today: date) -> list[Site]:
    """Discovered sites whose crawl gave no record at all: their discovery is redone (unless pinned or today's).

    A redesigned site keeps its old patterns, which now match nothing; rediscovery finds the new ones.
    """
    clean = data / "clean"
    due_again = []
    for site in sites:
        if not site.generated or site.needs_discovery or not site_path(clean, site.id).is_file():
            continue  # hand-written, not discovered yet, or never crawled: nothing to judge
        stored = load_discovery(data, site.id).discovery
        if stored is None or stored.pinned or stored.discovered >= today:
            continue
        if not site_path(clean, site.id).read_bytes().strip():
            due_again.append(site)
    return due_again


def apply_stored(sites: Iterable[Site], data: Path) -> tuple[list[Site], list[str]]:
    """Each site with its stored discovery applied, plus the extra sites those discoveries found; and problems.

    A site with no usable discovery stays as it is (a generated one then still needs discovery).
    """
    applied: list[Site] = []
    problems: list[str] = []
    seen: set[str] = set()
    queue = list(sites)
    while queue:
        site = queue.pop(0)
        if site.id in seen:
            continue
        seen.add(site.id)
        loaded = load_discovery(data, site.id)
        if loaded.problem:
            problems.append(loaded.problem)
        if loaded.discovery is None:
            applied.append(site)
            continue
        applied.append(loaded.discovery.apply(site) if site.needs_discovery else site)
        queue += [extra for extra in extra_sites(loaded.discovery, site) if extra.id not in seen]
    return applied, problems


def unreadable(problem: str) -> str:
    """The one line said about a discovery file that exists but cannot be read: it is never overwritten."""
    return f"{problem}; kept as it is (never overwritten): fix or delete it"


@dataclass(frozen=True)
class State:
    """A site's stored discovery: none, a file that cannot be read, one that could not read the site, or
    one that read it (`found`, with or without news and funding sections); and whether it is due again."""

    stored: Stored
    due: bool

    @property
    def to_discover(self) -> bool:
        """Discovered before a run: none stored, or due (an unreadable file is never replaced: left alone)."""
        return self.stored != "unreadable" and (self.stored == "none" or self.due)


def states(sites: Iterable[Site], data: Path, today: date, max_age_days: int = MAX_AGE_DAYS) -> dict[str, State]:
    """Per site id, the state of its stored discovery (the companion of `apply_stored`)."""
    found: dict[str, State] = {}
    for site in sites:
        loaded = load_discovery(data, site.id)
        if loaded.problem is not None:
            found[site.id] = State("unreadable", False)
        elif loaded.discovery is None:
            found[site.id] = State("none", True)
        else:
            stored: Stored = "found" if usable(loaded.discovery) else "failed"
            found[site.id] = State(stored, due(loaded, today, max_age_days))
    return found


async def _one(
    site: Site, fetcher: Fetcher, data: Path, *, today: date, max_requests: int, force: bool, max_age_days: int
) -> Outcome:
    loaded = load_discovery(data, site.id)
    if loaded.problem is not None:  # a file there that cannot be read: never replaced, so not worth discovering
        return Outcome(site, "unreadable", None, unreadable(loaded.problem))
    if not force and not due(loaded, today, max_age_days):
        status: Status = "kept pinned" if loaded.discovery and loaded.discovery.pinned else "fresh"
        return Outcome(site, status, loaded.discovery)
    found = await discover(site, fetcher, max_requests=max_requests, today=today)
    # failed: the site could not be read at all (robots.txt or the homepage); finding no section is a result
    problem = failed(found)
    if problem is not None and usable(loaded.discovery):  # down tonight: the good discovery of last time stays
        return Outcome(site, "failed", loaded.discovery, f"{problem}; failed, kept the previous discovery")
    try:
        saved = save_discovery(data, found)
    except WriteError as error:
        return Outcome(site, "failed", found, str(error))
    if saved == "kept pinned":
        return Outcome(site, "kept pinned", load_discovery(data, site.id).discovery)
    if saved == "kept unreadable":  # became unreadable while discovering
        return Outcome(site, "unreadable", None, unreadable(load_discovery(data, site.id).problem or "unreadable"))
    return Outcome(site, "failed" if problem else "discovered", found, problem)


async def discover_all(
    sites: Sequence[Site],
    fetcher: Fetcher,
    data: Path,
    *,
    today: date,
    max_requests: int = 40,
    force: bool = False,
    max_age_days: int = MAX_AGE_DAYS,
) -> list[Outcome]:
    """Discover the sites that are due, then the extra sites they found (one level: a BIP's BIP is not followed)."""
    gate = asyncio.Semaphore(MAX_SITES_AT_ONCE)

    async def bounded(site: Site) -> Outcome:
        async with gate:
            return await _one(
                site, fetcher, data, today=today, max_requests=max_requests, force=force, max_age_days=max_age_days
            )

    outcomes = list(await asyncio.gather(*(bounded(site) for site in sites)))
    known = {site.id for site in sites}
    extras = {
        extra.id: extra
        for outcome in outcomes
        if outcome.discovery is not None
        for extra in extra_sites(outcome.discovery, outcome.site)
        if extra.id not in known
    }
    outcomes += await asyncio.gather(*(bounded(extra) for extra in extras.values()))
    return outcomes


def discover_sites(
    sites: Sequence[Site],
    data: Path,
    *,
    policy: FetchPolicy,
    today: date,
    transport: httpx.AsyncBaseTransport | None = None,
    max_requests: int = 40,
    force: bool = False,
    max_age_days: int = MAX_AGE_DAYS,
    robots: dict[str, RobotsRules] | None = None,
) -> list[Outcome]:
    """`discover_all` with its own fetcher (`transport` is for tests and the simulated web; `robots` a cache
    of robots.txt verdicts shared with the run that follows)."""

    async def go() -> list[Outcome]:
        async with Fetcher(policy, transport=transport, robots=robots) as fetcher:
            return await discover_all(
                sites, fetcher, data, today=today, max_requests=max_requests, force=force, max_age_days=max_age_days
            )

    return asyncio.run(go())
