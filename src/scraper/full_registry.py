"""The full registry: a generated site for every unit of the official list, overridden or extended by sites.toml.

Nobody writes 2,800 registry entries by hand, so each unit with a website becomes a site of its own,
with its homepage as start URL and no URL patterns yet (`Site.needs_discovery`), until discovery
fills them in. The hand-written file stays small: an entry there

- replaces the generated site whose id it takes, or whose unit it belongs to (same `teryt`) and whose
  homepage host (or its www twin) is one of the entry's start-URL hosts (`um-opole` replaces
  `miasto-opole-1661011`);
- otherwise is added alongside (a welfare centre, a local news portal, a national portal).

Either way a hand-written site with a `teryt` gets the unit's level, voivodeship and powiat.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from extract import teryt as terc
from extract.urls import host_of
from scraper.discovery_model import ExtraKind
from scraper.discovery_store import DIRECTORY, load_discovery, usable
from scraper.registry import Site, load_sites
from scraper.units import Unit, Units, level_of_code, load_units, slug

GENERATED_EXTRACTOR = "generic"  # until discovery finds a site's sections, its pages go to the generic extractor


def site_id(unit: Unit) -> str:
    """`<level>-<name slug>-<teryt>`: readable, sorted by level in listings, unique by the TERYT code."""
    return f"{unit.level}-{slug(unit.name)}-{unit.teryt}"


def display_name(unit: Unit) -> str:
    """The unit as an institution's name ("Gmina Milicz", "Miasto Opole", "Powiat nyski")."""
    if unit.level == "wojewodztwo":
        return f"Województwo {unit.name}"
    if unit.level == "powiat":
        return f"Powiat {unit.name}"
    if unit.level == "dzielnica":
        return f"Dzielnica {unit.name} m.st. Warszawy"
    if "stołeczne" in unit.kind:
        return f"Miasto Stołeczne {unit.name}"
    if unit.level == "miasto" or unit.kind == "gmina miejska":
        return f"Miasto {unit.name}"
    return f"Gmina {unit.name}"


def unit_site(unit: Unit, scope: str | None = None) -> Site:
    """The generated site of a unit with a homepage: start there, stay on its host and www twin.

    A unit on a host it shares with other units owns only its `scope` there (`shared_scopes`).
    """
    assert unit.homepage, unit
    return Site(
        id=site_id(unit),
        name=display_name(unit),
        start_urls=(unit.homepage,),
        follow=(),
        articles=(),
        extractor=GENERATED_EXTRACTOR,
        teryt=unit.teryt,
        level=unit.level,
        voivodeship=unit.voivodeship,
        powiat=unit.powiat,
        generated=True,
        scopes=(scope,) if scope else (),
    )


def shared_scopes(units: Iterable[Unit]) -> dict[str, str]:
    """{TERYT: "host/path/"} for units whose homepage host is another unit's too.

    36 units' homepages are paths of one government portal (<portal>/web/<unit>[/strona-glowna]):
    each owns the shortest path prefix of its homepage that no other unit's homepage there shares
    (`/web/gmina-sawin/`), so no page of another unit is fetched or credited to it.  Units with the
    same homepage (two gminas Ujazd on one site) share it whole.
    """
    on_host: dict[str, list[tuple[Unit, list[str]]]] = defaultdict(list)
    for unit in units:
        if unit.host and unit.homepage:
            segments = [part for part in urlsplit(unit.homepage).path.split("/") if part]
            on_host[unit.host.removeprefix("www.")].append((unit, segments))
    scopes: dict[str, str] = {}
    for members in on_host.values():
        if len(members) < 2:
            continue
        for unit, segments in members:
            others = [theirs for other, theirs in members if other is not unit]
            for size in range(1, len(segments) + 1):
                prefix = segments[:size]
                if not any(theirs[:size] == prefix for theirs in others):
                    scopes[unit.teryt] = f"{urlsplit(unit.homepage or '').netloc.lower()}/{'/'.join(prefix)}/"
                    break
    return scopes


def _twins(host: str) -> set[str]:
    return {host, host[4:] if host.startswith("www.") else f"www.{host}"}


def with_unit(site: Site, units: dict[str, Unit]) -> Site:
    """The site with its unit's level, voivodeship and powiat (from TERC when the list lacks the unit)."""
    if site.teryt is None:
        return site
    unit = units.get(site.teryt)
    if unit is not None:
        return replace(site, level=unit.level, voivodeship=unit.voivodeship, powiat=unit.powiat)
    names = terc.hierarchy(site.teryt)  # a unit missing from the MSWiA list (Baborów, powiat świdnicki)
    level = level_of_code(site.teryt)
    powiat = names.county if level != "wojewodztwo" else None
    return replace(site, level=level, voivodeship=names.voivodeship, powiat=powiat)


def overrides(site: Site, unit: Unit) -> bool:
    """A hand-written site stands in for the unit's generated one (see the module's docstring)."""
    if site.id == site_id(unit):
        return True
    starts = {host_of(url) for url in site.start_urls}
    return site.teryt == unit.teryt and unit.host is not None and bool(starts & _twins(unit.host))


def merge(written: list[Site], units: Units) -> list[Site]:
    """Hand-written sites first (file order: they win a shared host), then the generated ones by TERYT."""
    by_teryt = units.by_teryt()
    by_id = {site_id(unit): unit for unit in units.with_homepage}
    replaced: set[str] = set()
    for site in written:
        for unit in (by_id.get(site.id), by_teryt.get(site.teryt or "")):
            if unit is not None and unit.homepage and overrides(site, unit):
                replaced.add(unit.teryt)
    scopes = shared_scopes(units.with_homepage)
    generated = [unit_site(unit, scopes.get(unit.teryt)) for unit in sorted(units.with_homepage, key=lambda u: u.teryt)]
    return [with_unit(site, by_teryt) for site in written] + [s for s in generated if s.teryt not in replaced]


def load_registry(path: Path | None = None, *, units: Units | None = None) -> list[Site]:
    """The full registry: the hand-written file (default the shipped sites.toml) merged with every unit.

    Raises SiteRegistryError as `load_sites` does; the units' warnings are in `load_units().warnings`.
    """
    return merge(load_sites(path), units if units is not None else load_units())


def annotate(sites: list[Site], units: Units | None = None) -> list[Site]:
    """A hand-written registry alone (`--sites FILE`), its sites given their units' level and place."""
    by_teryt = (units if units is not None else load_units()).by_teryt()
    return [with_unit(site, by_teryt) for site in sites]


# -- sites found by discovery -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """A BIP or welfare centre that a stored discovery found on another host: a site of the registry of its own,
    tied to its parent's unit (same TERYT, level and place), pinned to its exact host, with its own politeness."""

    site: Site
    parent: str  # the id of the site whose discovery found it
    kind: ExtraKind

    def mark(self) -> str:
        """How `scrape sites` marks it: "discovered bip of gmina-milicz-0213033"."""
        return f"discovered {self.kind} of {self.parent}"


def found_sites(sites: Sequence[Site], data: Path) -> tuple[list[Found], list[str]]:
    """The sites the stored discoveries of `sites` found on other hosts (and those theirs found), with the
    discovery files that could not be read; a found id already in `sites` stays the registry's own.

    The same sites `scraper.discovering.apply_stored` adds before a run, so that listing and selecting them
    (`scrape sites`, `--site ID`) agree with what a run crawls.
    """
    folder = data / DIRECTORY
    stored = {path.stem for path in folder.glob("*.json")} if folder.is_dir() else set()
    if not stored:
        return [], []
    known = {site.id for site in sites}
    found: list[Found] = []
    problems: list[str] = []
    queue = [site for site in sites if site.id in stored]
    while queue:
        parent = queue.pop(0)
        loaded = load_discovery(data, parent.id)
        if loaded.problem:
            problems.append(loaded.problem)
        for extra in loaded.discovery.extra_sites if loaded.discovery else ():
            if extra.site_id in known:
                continue
            known.add(extra.site_id)
            site = replace(extra.site(parent), generated=True)
            found.append(Found(site, parent.id, extra.kind))
            if site.id in stored:
                queue.append(site)
    return found, problems


def with_found(sites: Sequence[Site], found: Sequence[Found]) -> list[Site]:
    """The registry with each found site right after the site that found it (a listing reads unit by unit)."""
    children: dict[str, list[Site]] = {}
    for entry in found:
        children.setdefault(entry.parent, []).append(entry.site)

    def family(site: Site, seen: set[str]) -> list[Site]:
        seen.add(site.id)
        below = [s for child in children.get(site.id, []) if child.id not in seen for s in family(child, seen)]
        return [site, *below]

    seen: set[str] = set()
    return [s for site in sites for s in family(site, seen)]


def as_discovered(sites: Sequence[Site], data: Path) -> tuple[list[Site], set[str]]:
    """The sites with their stored discoveries applied (what a run would crawl), for listing and counting, and
    the ids of those discovered with no news or funding section (nothing to crawl, but not waiting either)."""
    folder = data / DIRECTORY
    stored = {path.stem for path in folder.glob("*.json")} if folder.is_dir() else set()
    shown: list[Site] = []
    empty: set[str] = set()
    for site in sites:
        discovery = load_discovery(data, site.id).discovery if site.needs_discovery and site.id in stored else None
        if discovery is not None and usable(discovery) and not discovery.crawlable:
            empty.add(site.id)
        shown.append(discovery.apply(site) if discovery is not None else site)
    return shown, empty
