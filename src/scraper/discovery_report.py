"""What `scrape discover` prints: one line per site (what was found), then the counts an operator reads; and
why a discovery found no section of a kind, in words the coverage table groups by (`why_missing`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from scraper.discovering import Outcome
from scraper.discovery_model import Discovery
from scraper.discovery_store import failed

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


# -- why a section is missing -------------------------------------------------------------------------------------

DETAIL_CHARS = 200  # a reason's detail line is cut here: the discovery file holds the whole of it
_HTTP = re.compile(r"\bHTTP [45]\d\d\b")


def cause(error: str) -> str:
    """A fetch error or a discovery problem as one of a few causes an operator can act on.

    "robots": a URL disallowed by robots.txt, or a robots.txt answering 5xx or 429 ("do not crawl now"); a
    robots.txt that could not be fetched at all is the connection's failure (or timeout), as the page's is.
    """
    low = error.lower()
    if "timeout" in low or "timed out" in low:
        return "timeout"
    if "disallowed by robots" in low:
        return "robots"
    if any(word in low for word in ("connect", "refused", "dns", "name or service", "dead host", "blocked")):
        return "connection failed"
    if _HTTP.search(error):
        return "robots" if "robots.txt" in low else "HTTP error"
    if "budget" in low:
        return "request budget used up"
    return "error"


def _lines(discovery: Discovery, *starts: str) -> list[str]:
    return [line for line in (*discovery.problems, *discovery.notes) if line.startswith(starts)]


def why_missing(discovery: Discovery, kind: str) -> tuple[str, str]:
    """Why a discovery that read its site found no section of `kind` (news, funding, bip, welfare): a reason
    ("discovery failed: <cause>", the cause one of `cause`'s, "no listing confirmed" or "no candidate link")
    and the line of the discovery that says so."""
    if whole := failed(discovery):
        return f"discovery failed: {cause(whole)}", whole[:DETAIL_CHARS]
    if kind in ("news", "funding"):
        fetched = _lines(discovery, f"{kind} section ")  # "news section <url>: HTTP 404"
        not_listing = _lines(discovery, f"{kind} candidate ")
        budget = _lines(discovery, "request budget of ")
        if fetched:
            return f"discovery failed: {cause(fetched[0])}", fetched[0][:DETAIL_CHARS]
        if any("not a listing" in line or "legal notices" in line for line in not_listing):
            first = next(line for line in not_listing if "not a listing" in line or "legal notices" in line)
            return "discovery failed: no listing confirmed", first[:DETAIL_CHARS]
        if budget or any("budget" in line for line in not_listing):
            return "discovery failed: request budget used up", (budget or not_listing)[0][:DETAIL_CHARS]
        elsewhere = _lines(discovery, f"{kind} link to another host")
        said = elsewhere[0] if elsewhere else f"no {kind} link on {discovery.home}"
        return "discovery failed: no candidate link", said[:DETAIL_CHARS]
    host = _lines(discovery, f"{kind} host ", f"{kind} hub ")  # "bip host <url>: connect: connection refused"
    if host:
        return f"discovery failed: {cause(host[0])}", host[0][:DETAIL_CHARS]
    hint = _lines(discovery, "BIP hint ") if kind == "bip" else []
    said = "; ".join([f"no {kind} link on {discovery.home}", *hint[:1]])
    return "discovery failed: no candidate link", said[:DETAIL_CHARS]
