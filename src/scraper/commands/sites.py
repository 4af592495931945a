"""`scrape sites`: list the registry (or a selection) and count it; tab-separated piped, aligned on a terminal."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from scraper.commands.common import _choose_found, _registry, _selection, err, out
from scraper.commands.options import (
    DataOption,
    LevelOption,
    PowiatOption,
    SiteIdsOption,
    SitesOption,
    TerytOption,
    VoivodeshipOption,
)
from scraper.units import load_units


def sites_command(
    data: DataOption = Path("data"),
    sites: SitesOption = None,
    site: SiteIdsOption = [],  # noqa: B006
    voivodeship: VoivodeshipOption = [],  # noqa: B006
    powiat: PowiatOption = [],  # noqa: B006
    teryt: TerytOption = [],  # noqa: B006
    level: LevelOption = [],  # noqa: B006
    count: Annotated[bool, typer.Option("--count", help="Only the counts, not the sites.")] = False,
) -> None:
    """List the registry's sites (all, or a selection) and count them per level and voivodeship.

    The registry is every unit of the official list (MSWiA) plus sites.toml; --sites FILE lists that
    file alone. Options AND together; a repeated option ORs its values. Piped: tab-separated lines
    with a header (id, name, teryt, level, extractor, start_urls; the counts go to stderr); on a
    terminal, the same columns aligned, then the counts. "needs discovery" in the extractor column:
    a generated site whose sections are not known yet (DIR/discovery holds none); "discovered, nothing to
    crawl": its discovery found no news or funding section. A BIP or
    welfare centre that discovery found on another host is listed after its unit's site, marked
    "discovered bip of SITE-ID" (or welfare) in the extractor column; selecting the unit selects it too.

    Example: scrape sites --voivodeship opolskie --level gmina
    """
    from scraper.full_registry import as_discovered
    from scraper.selection import count_lines, place_filter

    registry = _registry(sites)
    selection = _selection(site, voivodeship, powiat, teryt, level)
    chosen, found = _choose_found(registry, selection, data)
    chosen, nothing_to_crawl = as_discovered(chosen, data)
    counts = count_lines(chosen, found, nothing_to_crawl)
    if sites is None and not selection.ids:  # units the official list gives no website: no site, said apart
        in_place = place_filter(selection)
        counts += [
            f"no website in the official list, so no site: {u.teryt} {u.name} ({u.level}, {u.voivodeship})"
            for u in load_units().without_homepage
            if in_place(u)
        ]
    if count:
        sys.stdout.write("\n".join(counts) + "\n")
        return
    rows = [
        (
            s.id,
            s.name,
            s.teryt or "",
            s.level or "",
            "; ".join(
                [
                    s.extractor
                    if not s.needs_discovery
                    else "discovered, nothing to crawl"
                    if s.id in nothing_to_crawl
                    else "needs discovery",
                    *([found[s.id].mark()] if s.id in found else []),
                ]
            ),
            " ".join(s.start_urls),
        )
        for s in chosen
    ]
    if not out.is_terminal:  # piped: one tab-separated line per site, nothing wrapped, for grep and cut
        lines = ["id\tname\tteryt\tlevel\textractor\tstart_urls", *("\t".join(row) for row in rows)]
        sys.stdout.write("\n".join(lines) + "\n")
        err.print("\n".join(counts), highlight=False, markup=False)
        return
    for line in _aligned([("id", "name", "teryt", "level", "extractor", "start"), *rows]):
        out.print(line, highlight=False, markup=False, overflow="ignore", crop=False)
    out.print("\n".join(counts), highlight=False, markup=False)


def _aligned(rows: list[tuple[str, ...]], name_at_most: int = 36) -> list[str]:
    """Rows as aligned lines for a terminal, one per site (fast for 2,800 rows, unlike a rich Table); a long
    name is cut with "…", the start URL is left whole (the terminal wraps it rather than losing it)."""
    cut = [
        tuple(v[: name_at_most - 1] + "…" if i == 1 and len(v) > name_at_most else v for i, v in enumerate(r))
        for r in rows
    ]
    widths = [max(len(row[i]) for row in cut) for i in range(len(cut[0]) - 1)]
    return ["  ".join([*(value.ljust(w) for value, w in zip(row, widths, strict=False)), row[-1]]) for row in cut]
