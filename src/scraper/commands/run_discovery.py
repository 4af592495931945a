"""The discovery `scrape run` does before crawling: stored discoveries applied, unknown sites discovered
(live, bounded per run), and the lines that say which selected sites are skipped and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from scraper.commands.common import _plural, err, fail
from scraper.writer import WriteError

if TYPE_CHECKING:
    from scraper.discovering import Outcome
    from scraper.fetch import FetchPolicy
    from scraper.registry import Site
    from scraper.resolve import Resolver
    from scraper.robots import RobotsRules


@dataclass(frozen=True)
class _Discovered:
    """The selection with the stored discoveries applied, and what discovery before the run left to say."""

    sites: list[Site]
    nothing_to_crawl: set[str] = field(default_factory=set)  # discovered: no news or funding section
    unreachable: list[str] = field(default_factory=list)  # site ids discovery could not read tonight


def _with_discoveries(
    selected: list[Site],
    data: Path,
    policy: FetchPolicy,
    *,
    live: bool,
    quiet: bool,
    resolver: Resolver | None = None,
    robots: dict[str, RobotsRules] | None = None,
) -> _Discovered:
    """The selection with the stored discoveries applied; live, the sites still unknown are discovered first.

    Discovery is bounded per site (MAX requests) and polite per host; at most MAX_AUTO_DISCOVER sites are
    discovered before one run, so a first run over thousands of units starts crawling the same night.
    A site already discovered with nothing to crawl is not rediscovered until its discovery is due; a
    discovery file that cannot be read is warned about (one line) and left alone.
    """
    from scraper.discovering import apply_stored, discover_sites, states, unreadable, yielded_nothing
    from scraper.resolve import Resolver

    today = date.today()
    applied, problems = apply_stored(selected, data)
    for problem in problems:
        err.print(f"warning: {unreadable(problem)}", highlight=False, markup=False)
    state = states(applied, data, today)
    waiting = [s for s in applied if s.needs_discovery]
    if not live:
        return _Discovered(applied, {s.id for s in waiting if state[s.id].stored == "found"})
    unknown = [s for s in waiting if state[s.id].to_discover][:MAX_AUTO_DISCOVER]
    empty = yielded_nothing(applied, data, today)[: MAX_AUTO_DISCOVER - len(unknown)]
    if not unknown and not empty:
        return _Discovered(applied, {s.id for s in waiting if state[s.id].stored == "found"})
    if not quiet:
        err.print(
            f"discovering {_plural(len(unknown), 'unknown site')} and rediscovering "
            f"{_plural(len(empty), 'site')} that gave nothing, first",
            highlight=False,
        )
    resolver = resolver or Resolver()
    outcomes: list[Outcome] = []
    try:
        transport = resolver.transport(policy.concurrency, allow_loopback=policy.allow_loopback)
        outcomes += discover_sites(unknown, data, policy=policy, today=today, transport=transport, robots=robots)
        if empty:  # the patterns of last time matched nothing: find the sections again
            by_id = {s.id: s for s in selected}
            again = [by_id.get(s.id, s) for s in empty]
            transport = resolver.transport(policy.concurrency, allow_loopback=policy.allow_loopback)  # one per client
            outcomes += discover_sites(
                again, data, policy=policy, today=today, transport=transport, force=True, robots=robots
            )
    except WriteError as error:
        fail(str(error))
    for outcome in outcomes:
        if outcome.status == "unreadable" and outcome.problem:  # became unreadable since apply_stored
            err.print(f"warning: {outcome.problem}", highlight=False, markup=False)
    applied = apply_stored(selected, data)[0]
    state = states(applied, data, today)
    return _Discovered(
        applied,
        {s.id for s in applied if s.needs_discovery and state[s.id].stored == "found"},
        list(dict.fromkeys(o.site.id for o in outcomes if o.status == "failed")),
    )


MAX_AUTO_DISCOVER = 500  # sites discovered automatically before one live run; the rest wait for the next


def _not_discovered(count: int) -> str:
    return (
        f"{_plural(count, 'site')} not discovered yet (homepage known, no sections): skipped; `scrape sites` lists them"
    )


def _skipped_undiscovered(selected: list[Site], nothing_to_crawl: set[str]) -> list[str]:
    """The skip lines: sites not discovered yet, and sites discovered with nothing to crawl (told apart)."""
    waiting = [s for s in selected if s.needs_discovery]
    empty = sum(s.id in nothing_to_crawl for s in waiting)
    lines = [_not_discovered(len(waiting) - empty)] if len(waiting) > empty else []
    if empty:
        lines.append(f"{_plural(empty, 'site')} discovered with no news or funding section: nothing to crawl")
    return lines
