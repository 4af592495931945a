"""`scrape discover`: find the selected sites' sections and store them, or pin and unpin stored ones."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from scraper.commands.common import _HEADER_SAFE, _choose_found, _registry, _resolver, _selection, err, fail, out
from scraper.commands.options import (
    AllowLoopbackOption,
    DataOption,
    LevelOption,
    PowiatOption,
    ResolveFileOption,
    ResolveOption,
    SiteIdsOption,
    SitesOption,
    TerytOption,
    VoivodeshipOption,
)
from scraper.discovery_age import MAX_AGE_DAYS
from scraper.writer import WriteError, check_directory


def discover_command(
    data: DataOption = Path("data"),
    sites: SitesOption = None,
    site: SiteIdsOption = [],  # noqa: B006
    voivodeship: VoivodeshipOption = [],  # noqa: B006
    powiat: PowiatOption = [],  # noqa: B006
    teryt: TerytOption = [],  # noqa: B006
    level: LevelOption = [],  # noqa: B006
    force: Annotated[
        bool, typer.Option("--force", help="Rediscover even fresh discoveries (never pinned ones).")
    ] = False,
    max_requests: Annotated[
        int, typer.Option("--max-requests", metavar="N", min=5, max=500, help="Requests per site at most.")
    ] = 40,
    max_age: Annotated[
        int, typer.Option("--max-age", metavar="DAYS", min=0, help="Rediscover discoveries older than this.")
    ] = MAX_AGE_DAYS,
    pin: Annotated[bool, typer.Option("--pin", help="Pin the stored discoveries: rediscovery keeps them.")] = False,
    unpin: Annotated[bool, typer.Option("--unpin", help="Unpin the stored discoveries.")] = False,
    concurrency: Annotated[
        int, typer.Option("--concurrency", metavar="N", min=1, max=64, help="Requests in flight (1-64).")
    ] = 8,
    contact: Annotated[
        str | None,
        typer.Option("--contact", envvar="SCRAPE_CONTACT", metavar="EMAIL", help="E-mail or URL for the User-Agent."),
    ] = None,
    resolve: ResolveOption = [],  # noqa: B006
    resolve_file: ResolveFileOption = None,
    allow_loopback: AllowLoopbackOption = False,
) -> None:
    """Discover the selected sites' sections, platform and item patterns into DIR/discovery/<site>.json.

    A site is discovered when it has no discovery, its discovery is older than --max-age days, or
    --force; a pinned discovery (reviewed by hand) is never replaced. BIPs and welfare centres found
    on other hosts become sites of their own and are discovered too. `scrape run` uses what is stored
    (and discovers unknown sites itself when live); a site that is down keeps its previous discovery,
    and a discovery file that cannot be read is never overwritten (fix or delete it). Exit 0: done; 1: some
    sites (or discovery files) could not be read.

    Example: scrape discover --voivodeship opolskie --level powiat --contact ops@example.org
    """
    from scraper.discovering import discover_sites
    from scraper.discovery_report import rows as discovery_rows
    from scraper.discovery_report import summary as discovery_summary
    from scraper.discovery_store import set_pinned
    from scraper.fetch import USER_AGENT, FetchPolicy
    from scraper.lock import LockedError, RunLock

    if pin and unpin:
        fail("--pin and --unpin exclude each other; give one")
    chosen, found = _choose_found(_registry(sites), _selection(site, voivodeship, powiat, teryt, level), data)
    data = data.absolute()
    if pin or unpin:
        missing = 0
        for target in chosen:
            loaded = set_pinned(data, target.id, pin)
            missing += loaded.discovery is None
            out.print(f"{target.id}: {loaded.problem or ('pinned' if pin else 'unpinned')}", highlight=False)
        raise typer.Exit(1 if missing or not chosen else 0)
    if not (contact or "").strip() or not _HEADER_SAFE.fullmatch((contact or "").strip()):
        fail("discovery fetches the sites: give --contact EMAIL or SCRAPE_CONTACT=EMAIL (printable ASCII)")
    resolver = _resolver(resolve, resolve_file)
    try:
        check_directory(data)
    except WriteError as error:
        fail(str(error))
    policy = FetchPolicy(
        concurrency=concurrency,
        user_agent=USER_AGENT.format(contact=(contact or "").strip()),
        allow_loopback=allow_loopback,
    )
    try:
        with RunLock(data):
            outcomes = discover_sites(
                # a found site whose parent is rediscovered comes from that fresh discovery (it may have moved)
                [s for s in chosen if s.id not in found or found[s.id].parent not in {c.id for c in chosen}],
                data,
                policy=policy,
                today=date.today(),
                transport=resolver.transport(policy.concurrency, allow_loopback=allow_loopback),
                max_requests=max_requests,
                force=force,
                max_age_days=max_age,
            )
    except (LockedError, WriteError) as error:
        fail(str(error))
    header = ("site", "status", "platform", "news", "funding", "bip", "welfare", "requests", "problem")
    sys.stdout.write("".join("\t".join(row) + "\n" for row in [header, *discovery_rows(outcomes)]))
    for line in discovery_summary(outcomes):
        err.print(line, highlight=False, markup=False)
    raise typer.Exit(1 if any(o.status in ("failed", "unreadable") for o in outcomes) else 0)
