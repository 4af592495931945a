"""What every command needs: the two consoles, the one-line `Error:` exit, and the registry, selection and
--resolve built from the shared options (each a one-line error on bad input, never a traceback)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer
from rich.console import Console

from scraper.units import load_units

if TYPE_CHECKING:
    from scraper.full_registry import Found
    from scraper.registry import Site
    from scraper.resolve import Resolver
    from scraper.selection import Selection


out = Console(width=None if sys.stdout.isatty() else 120, soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

FIXTURES_DEFAULT = Path("tests/fixtures")  # relative: `scrape validate` runs from the repository
_HEADER_SAFE = re.compile(r"[\x20-\x7e]+")  # what an HTTP header value may hold without encoding


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"Error: {message}", highlight=False, markup=False)
    raise typer.Exit(code)


def _sites(path: Path | None) -> list[Site]:
    """The hand-written registry alone (extract, validate: pages of known page objects)."""
    from scraper.registry import SiteRegistryError, load_sites

    try:
        return load_sites(path)
    except SiteRegistryError as error:
        fail(str(error))


def _registry(path: Path | None) -> list[Site]:
    """What run and sites work on: the shipped sites.toml merged with every unit; `--sites FILE`: that file alone."""
    from scraper.full_registry import annotate, load_registry
    from scraper.registry import SiteRegistryError, load_sites

    units = load_units()
    for warning in units.warnings:
        err.print(f"warning: {warning}", highlight=False, markup=False)
    try:
        return load_registry(units=units) if path is None else annotate(load_sites(path), units)
    except SiteRegistryError as error:
        fail(str(error))


def _selection(
    ids: list[str], voivodeship: list[str], powiat: list[str], teryt: list[str], level: list[str]
) -> Selection:
    from scraper.selection import Selection

    return Selection(tuple(ids), tuple(voivodeship), tuple(powiat), tuple(teryt), tuple(level))


def _resolver(values: list[str], path: Path | None) -> Resolver:
    """--resolve and --resolve-file as one map; a bad entry is one `Error:` line naming where (exit 2)."""
    from scraper.resolve import ResolveError, Resolver

    try:
        return Resolver.build(values, path)
    except ResolveError as error:
        fail(str(error))


def _choose_found(registry: list[Site], selection: Selection, data: Path) -> tuple[list[Site], dict[str, Found]]:
    """The selected sites, from the registry and the BIP and welfare sites that DATA's discoveries found on
    other hosts (selecting a unit selects them too; `--site ID` selects one alone), and those found, by id.
    A bad name or an empty selection is one `Error:` line (exit 2)."""
    from scraper.full_registry import found_sites, with_found
    from scraper.selection import SelectionError, select

    found, _ = found_sites(registry, data)  # an unreadable file is warned about where it is applied
    try:
        chosen = select(with_found(registry, found), selection, {f.site.id: f.parent for f in found})
    except SelectionError as error:
        fail(str(error))
    return chosen, {f.site.id: f for f in found}
