"""What `scrape discover` prints: one line per site (what was found), then the counts an operator reads."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from scraper.discovering import Outcome
from scraper.discovery_model import Discovery

KINDS = ("news", "funding", "bip", "welfare")


def found_kinds(discovery: Discovery | None) -> dict[str, str]:
    """Per section kind: "listing", "page" (static), "host" (an extra site on another host) or "-"."""
    found = dict.fromkeys(KINDS, "-")
    if discovery is None:
        return found
    for extra in discovery.extra_sites:
        found[extra.kind] = "host"
    for section in discovery.sections:
        found[section.kind] = "listing" if section.shape == "listing" else "page"
    return found


def rows(outcomes: Sequence[Outcome]) -> list[tuple[str, ...]]:
    """id, status, platform, the four section kinds, requests, first problem."""
    table = []
    for outcome in outcomes:
        discovery = outcome.discovery
        found = found_kinds(discovery)
        table.append(
            (
                outcome.site.id,
                outcome.status,
                discovery.platform.name if discovery else "-",
                *(found[kind] for kind in KINDS),
                str(discovery.requests) if discovery and outcome.status == "discovered" else "-",
                outcome.problem or (discovery.problems[0] if discovery and discovery.problems else ""),
            )
        )
    return table


def summary(outcomes: Sequence[Outcome]) -> list[str]:
    """How many sites have each kind of section, by status; what an operator checks after a discovery run."""
    statuses = Counter(outcome.status for outcome in outcomes)
    lines = [", ".join(f"{count} {status}" for status, count in sorted(statuses.items()))]
    total = len(outcomes)
    for kind in KINDS:
        with_kind = sum(found_kinds(o.discovery)[kind] != "-" for o in outcomes)
        lines.append(f"{kind}: {with_kind} of {total} sites")
    requests = sum(o.discovery.requests for o in outcomes if o.discovery and o.status == "discovered")
    lines.append(f"{requests} requests")
    return lines
