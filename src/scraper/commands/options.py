"""The options several commands share (--data, the site selection, --resolve, ...), declared once so
every command spells, defaults and documents them alike."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from scraper.units import LEVELS

DataOption = Annotated[
    Path,
    typer.Option(
        "--data",
        envvar="SCRAPE_DATA",
        metavar="DIR",
        help="Data directory (raw/, clean/, state/, runs/); relative to the current directory.",
    ),
]
NoPersonalDataOption = Annotated[
    bool,
    typer.Option(
        "--no-personal-data",
        help="Drop private persons' e-mails and phone numbers (institutional ones kept); records say so.",
    ),
]
SitesOption = Annotated[
    Path | None,
    typer.Option("--sites", metavar="FILE", help="Site registry (TOML); the shipped one by default."),
]
SiteIdsOption = Annotated[
    list[str], typer.Option("--site", metavar="ID", help="Only this site id (repeatable; `scrape sites` lists them).")
]
VoivodeshipOption = Annotated[
    list[str],
    typer.Option(
        "--voivodeship",
        metavar="NAME",
        help="Only sites in this voivodeship (repeatable; any case, diacritics optional: malopolskie).",
    ),
]
PowiatOption = Annotated[
    list[str],
    typer.Option(
        "--powiat", metavar="NAME", help="Only sites in this powiat (repeatable; nyski, or a city's own: Opole)."
    ),
]
TerytOption = Annotated[
    list[str],
    typer.Option(
        "--teryt",
        metavar="PREFIX",
        help="Only sites whose TERYT starts so (repeatable; 2 digits: voivodeship, 4: powiat, 7: one unit).",
    ),
]
LevelOption = Annotated[
    list[str],
    typer.Option(
        "--level",
        metavar="LEVEL",
        help=f"Only units of this level (repeatable): {', '.join(LEVELS)} (miasto: na prawach powiatu).",
    ),
]
ResolveOption = Annotated[
    list[str],
    typer.Option(
        "--resolve",
        metavar="HOST=ADDRESS:PORT",
        help=(
            "Connect to ADDRESS:PORT for HOST, URL and Host header unchanged (like curl --resolve; plain http "
            "only), to test against a local staging or simulated server. Repeatable. Loopback addresses only "
            "for now (127.0.0.0/8, ::1): a later issue decides about private addresses."
        ),
    ),
]
ResolveFileOption = Annotated[
    Path | None,
    typer.Option(
        "--resolve-file",
        envvar="SCRAPE_RESOLVE_FILE",
        metavar="FILE",
        help="--resolve entries from FILE, one HOST=ADDRESS:PORT a line (# comments).",
    ),
]
AllowLoopbackOption = Annotated[
    bool,
    typer.Option(
        "--allow-loopback",
        help=(
            "Let hosts that are (or resolve to) loopback addresses (127.0.0.0/8, ::1) be fetched: a local "
            "test or staging server. Other addresses that are not public (private, link-local, ...) never are; "
            "hosts mapped by --resolve are allowed without it."
        ),
    ),
]

BudgetOption = Annotated[
    float,
    typer.Option(
        "--budget",
        metavar="SECONDS",
        min=0.0,
        help="Time one page's extraction may take; a page over it is read as plain text, with a warning.",
    ),
]
