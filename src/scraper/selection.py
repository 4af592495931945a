"""Choosing sites from the registry by id and by region: what `scrape run`, `scrape sites` (and discovery) share.

Options AND together (`--voivodeship opolskie --level gmina` is the gminas of opolskie); an option
given twice ORs its values (`--level gmina --level miasto` is every gmina, 2,479 of them, the 66
cities with powiat rights included). Names are compared without case and diacritics, so
"Małopolskie", "malopolskie" and "województwo małopolskie" are one voivodeship. Any mistake is a
SelectionError with one line saying what would be right.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from extract import teryt as terc
from scraper.registry import Site
from scraper.units import LEVELS, Level, fold

_LEVEL_ALIASES: dict[str, Level] = {
    **{level: level for level in LEVELS},
    "miasto na prawach powiatu": "miasto",
    "mnpp": "miasto",
    "dzielnica warszawy": "dzielnica",
}
_PREFIX = re.compile(r"[0-9]{1,7}")
_LISTED_IDS = 20  # an unknown id lists the known ones up to this many; beyond, `scrape sites` does


class SelectionError(ValueError):
    """A selection that names nothing real, or matches nothing: one line for the user."""


@dataclass(frozen=True)
class Selection:
    """What the command line asked for; empty tuples select everything."""

    ids: tuple[str, ...] = ()
    voivodeships: tuple[str, ...] = ()
    powiats: tuple[str, ...] = ()
    teryt: tuple[str, ...] = ()  # prefixes: 2 digits a voivodeship, 4 a powiat, 7 one unit
    levels: tuple[str, ...] = ()

    def describe(self) -> str:
        """The selection as options, for messages ("--voivodeship opolskie --level gmina")."""
        given = [
            ("--site", self.ids),
            ("--voivodeship", self.voivodeships),
            ("--powiat", self.powiats),
            ("--teryt", self.teryt),
            ("--level", self.levels),
        ]
        return " ".join(f"{option} {value}" for option, values in given for value in values) or "(everything)"


@cache
def voivodeships() -> dict[str, str]:
    """The 16 voivodeships by folded name, from TERC."""
    return {fold(unit.name): unit.name for code, unit in terc.units().items() if code.endswith("00000")}


@cache
def powiats() -> dict[str, str]:
    """Powiat names (380, the 66 cities with powiat rights by their own names) by folded name."""
    return {
        fold(unit.name): unit.name for code, unit in terc.units().items() if code[4:] == "000" and code[2:4] != "00"
    }


def _closest(word: str, known: dict[str, str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=3, cutoff=0.7)
    return f" (did you mean {' or '.join(repr(known[c]) for c in close)}?)" if close else ""


def voivodeship_key(name: str) -> str:
    """The folded name of a voivodeship as typed, "województwo Małopolskie" too; SelectionError when none is."""
    key = re.sub(r"^(wojewodztwo|woj\.?)\s+", "", fold(name))
    if key not in voivodeships():
        valid = ", ".join(voivodeships()[key] for key in sorted(voivodeships()))
        raise SelectionError(f"unknown voivodeship {name!r} (valid: {valid})")
    return key


def powiat_key(name: str) -> str:
    """The folded name of a powiat as typed ("Nyski", "powiat nyski", a city: "Opole")."""
    key = re.sub(r"^(powiat|pow\.)\s+", "", fold(name))
    if key not in powiats():
        raise SelectionError(
            f"unknown powiat {name!r}{_closest(key, powiats())}; give its name as TERYT writes it"
            ' (e.g. nyski, "powiat nyski"), or a city with powiat rights (Opole); --teryt 4 digits selects one'
        )
    return key


def level_key(name: str) -> Level:
    level = _LEVEL_ALIASES.get(re.sub(r"[\s_-]+", " ", fold(name)))
    if level is None:
        raise SelectionError(f"unknown level {name!r} (valid: {', '.join(LEVELS)}; miasto = miasto na prawach powiatu)")
    return level


def teryt_prefix(prefix: str) -> str:
    if not _PREFIX.fullmatch(prefix):
        raise SelectionError(
            f"--teryt {prefix!r}: give 1 to 7 digits of a TERYT code (2: a voivodeship, 4: a powiat, 7: a unit)"
        )
    return prefix


def _check_ids(sites: Sequence[Site], ids: Sequence[str]) -> None:
    known = [site.id for site in sites]
    unknown = sorted(set(ids) - set(known))
    if not unknown:
        return
    if len(known) <= _LISTED_IDS:
        raise SelectionError(f"unknown site id(s): {', '.join(unknown)} (known: {', '.join(known)})")
    hints = [match for word in unknown for match in difflib.get_close_matches(word, known, n=1, cutoff=0.8)]
    hint = f"did you mean {', '.join(hints)}? " if hints else ""
    raise SelectionError(f"unknown site id(s): {', '.join(unknown)} ({hint}`scrape sites` lists the {len(known)} ids)")


class Placed(Protocol):
    """What selecting by region reads: a Site, or a Unit of the official list."""

    @property
    def teryt(self) -> str | None: ...
    @property
    def level(self) -> Level | None: ...
    @property
    def voivodeship(self) -> str | None: ...
    @property
    def powiat(self) -> str | None: ...


def place_filter(selection: Selection) -> Callable[[Placed], bool]:
    """The region part of a selection (everything but ids) as a test; SelectionError on a bad name."""
    voivodeship_keys = {voivodeship_key(name) for name in selection.voivodeships}
    powiat_keys = {powiat_key(name) for name in selection.powiats}
    prefixes = tuple(teryt_prefix(prefix) for prefix in selection.teryt)
    levels = {level_key(name) for name in selection.levels}

    def matches(item: Placed) -> bool:
        return (
            (not voivodeship_keys or fold(item.voivodeship or "") in voivodeship_keys)
            and (not powiat_keys or fold(item.powiat or "") in powiat_keys)
            and (not prefixes or (item.teryt or "").startswith(prefixes))
            and (not levels or item.level in levels)
        )

    return matches


def select(sites: Sequence[Site], selection: Selection, parents: Mapping[str, str] | None = None) -> list[Site]:
    """The sites the selection holds, in registry order; SelectionError on a bad name or an empty result.

    `parents` maps a site that discovery found on another host (a BIP, a welfare centre) to the site whose
    discovery found it: `--site PARENT` selects it too (a unit comes with its BIP and welfare centre), while
    `--site FOUND` selects it alone.  The region options select it with its unit, whose TERYT it shares.
    """
    _check_ids(sites, selection.ids)
    in_place = place_filter(selection)
    ids = set(selection.ids)
    found_by = parents or {}

    def named(site_id: str) -> bool:
        seen: set[str] = set()
        while site_id not in ids and site_id in found_by and site_id not in seen:
            seen.add(site_id)
            site_id = found_by[site_id]
        return site_id in ids

    chosen = [site for site in sites if (not ids or named(site.id)) and in_place(site)]
    if not chosen:
        raise SelectionError(f"no site matches {selection.describe()}")
    return chosen


def _rows(heading: str, counted: dict[str, list[Site]], found: Collection[str], settled: Collection[str]) -> list[str]:
    width = max(len(heading), *(len(key) for key in counted), len("total"))
    total = [site for group in counted.values() for site in group]
    extra = f"  {'discovered':>10}" if found else ""
    lines = [f"{heading:<{width}}  {'sites':>5}  {'to discover':>11}{extra}"]
    for key, group in [*counted.items(), ("total", total)]:
        waiting = sum(s.needs_discovery and s.id not in settled for s in group)
        line = f"{key:<{width}}  {len(group):>5}  {waiting:>11}"
        lines.append(line + (f"  {sum(s.id in found for s in group):>10}" if found else ""))
    return lines


def count_lines(sites: Sequence[Site], found: Collection[str] = (), settled: Collection[str] = ()) -> list[str]:
    """How many sites per level, and per voivodeship when there are several, with how many still need discovery
    (`settled`: ids discovered with nothing to crawl, not waiting); with `found` (the ids of sites discovery
    found on other hosts), a column counting those among them."""
    found = set(found) & {site.id for site in sites}
    by_level: dict[str, list[Site]] = {level: [] for level in LEVELS}
    by_voivodeship: dict[str, list[Site]] = {}
    for site in sites:
        by_level.setdefault(site.level or "(no TERYT)", []).append(site)
        by_voivodeship.setdefault(site.voivodeship or "(none)", []).append(site)
    lines = _rows("level", {key: group for key, group in by_level.items() if group}, found, settled)
    if len(by_voivodeship) > 1:
        ordered = dict(sorted(by_voivodeship.items(), key=lambda item: (item[0] == "(none)", fold(item[0]))))
        lines += ["", *_rows("voivodeship", ordered, found, settled)]
    return lines
