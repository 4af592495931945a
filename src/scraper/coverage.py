"""What a run covered, unit by unit: the table an operator reads to know what was and was not found.

The run table (`scraper.report`) speaks of sites; the dataset is about units (TERYT). Here every
selected unit is counted once, however many sites it has (its homepage, a hand-written entry, a BIP
or welfare centre on another host): per level and per voivodeship, how many units have a
discovered news section, funding section, BIP and welfare centre, how many gave records in this
run and how many have records in the dataset; and, for each unit that gave none, why (unreachable,
no sections found, not discovered, not run, no records). It is saved next to the run's report as
`<data>/runs/<started>-<mode>-coverage.json`, so nightly runs can be compared.

Per unit it also says which section is missing (news, funding, BIP, welfare) and why: discovery
failed (an HTTP error, a timeout, robots.txt, no listing confirmed, no candidate link, ...), the
section was found but yielded no record, or the unit is not discovered yet.  The JSON keeps one row
per unit that misses something (units with full coverage are left out, and the units not discovered
at all are one list of site ids), so a run over 2,800 units stays a file of tens of kilobytes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from rich import box
from rich.markup import escape
from rich.table import Table

from extract import teryt as terc
from scraper import dataset
from scraper.discovery_model import Discovery, Section
from scraper.discovery_report import KINDS, why_missing
from scraper.discovery_store import failed, load_discovery
from scraper.registry import Site
from scraper.report import RunReport, SiteReport
from scraper.units import LEVELS, fold, level_of_code
from scraper.writer import write_text_atomic

Reason = Literal["unreachable", "no records", "not run", "no sections found", "not discovered"]
REASONS: tuple[Reason, ...] = ("unreachable", "no records", "not run", "no sections found", "not discovered")
NO_GROUP = "(none)"  # the level / voivodeship of a site tied to no unit (a national portal)
SUFFIX = "-coverage.json"
FAILURES_SHOWN = 20  # failure lines printed after the table; the saved JSON lists them all
UNITS_PER_REASON = 5  # units printed under each reason a section is missing; the saved JSON lists them all
NOT_DISCOVERED = "not discovered yet"
YIELDED_NOTHING = "discovered but yielded nothing"
EVERY = "every"  # the terminal's group of units that miss all four sections for one reason
KIND_NAMES = {"news": "news", "funding": "funding", "bip": "BIP", "welfare": "welfare"}
UNLISTED: tuple[Reason, ...] = ("not discovered", "not run")  # `scrape run` counts these in a line of their own


@dataclass(frozen=True)
class Failure:
    """A unit that gave no records in this run, the site that explains it, and why."""

    site: str
    unit: str  # the unit's name as its main site gives it ("Gmina Milicz")
    teryt: str | None
    level: str | None
    voivodeship: str | None
    reason: Reason
    detail: str  # one line: the unreachable host's error, the run's failure, what discovery found
    walked: bool = False  # the site was walked in this run: the run table above already gives the detail

    def line(self) -> str:
        """`gmina-c (Gmina C): not discovered: <detail>`; a walked site's detail is the run table's, not repeated."""
        if self.walked:
            return f"{self.site} ({self.unit}): {self.reason} in this run (see the run table)"
        said = self.detail if self.detail.startswith(self.reason) else f"{self.reason}: {self.detail}"
        return f"{self.site} ({self.unit}): {said}"


@dataclass(frozen=True)
class Gap:
    """A section a unit misses (news, funding, bip, welfare), why, and the site whose discovery or crawl says so."""

    kind: str
    reason: str  # "discovery failed: connection failed", "discovered but yielded nothing", "not discovered yet"
    detail: str  # the discovery's line, or what the crawl gave
    site: str

    def said(self) -> str:
        """`bip missing: discovery failed: connection failed`."""
        return f"{self.kind} missing: {self.reason}"


@dataclass
class Row:
    """Counts of units in one group (a level, a voivodeship, or all); each unit counts once per column."""

    group: str
    units: int = 0
    crawled: int = 0  # a site of the unit was walked in this run
    news: int = 0
    funding: int = 0
    bip: int = 0  # a BIP section, or a BIP on another host
    welfare: int = 0  # a welfare-centre section, or one on another host
    records: int = 0  # records reached in this run (not only kept from earlier runs)
    dataset: int = 0  # records in the dataset after the run

    def add(self, unit: UnitCoverage) -> None:
        self.units += 1
        self.crawled += unit.crawled
        self.news += unit.news
        self.funding += unit.funding
        self.bip += unit.bip
        self.welfare += unit.welfare
        self.records += unit.records > 0
        self.dataset += unit.dataset > 0


COLUMNS: tuple[tuple[str, str], ...] = (
    ("units", "units"),
    ("crawled", "crawled"),
    ("news", "news"),
    ("funding", "funding"),
    ("bip", "BIP"),
    ("welfare", "welfare"),
    ("records", "records"),
    ("dataset", "dataset"),
)


@dataclass(frozen=True)
class UnitCoverage:
    """One unit (a TERYT code, or a site tied to none) as the run and the stored discoveries leave it."""

    key: str  # the TERYT code, or "site:<id>"
    teryt: str | None
    name: str
    level: str | None
    voivodeship: str | None
    sites: tuple[str, ...]
    crawled: bool
    news: bool
    funding: bool
    bip: bool
    welfare: bool
    records: int  # reached in this run, over the unit's sites
    dataset: int  # in the dataset after the run
    failure: Failure | None
    missing: tuple[Gap, ...] = ()  # per kind the unit lacks (left empty for a unit with no discovery at all)
    undiscovered: bool = False  # none of its sites has a discovery, and one waits for it: every section missing

    def row(self) -> dict[str, Any]:
        """The unit in the saved JSON: where it is, what it gave, and each missing section with why."""
        return {
            "teryt": self.teryt,
            "unit": self.name,
            "level": self.level,
            "voivodeship": self.voivodeship,
            "sites": list(self.sites),
            "records": self.records,
            "dataset": self.dataset,
            "missing": {
                gap.kind: {"reason": gap.reason, "detail": gap.detail, "site": gap.site} for gap in self.missing
            },
        }


@dataclass(frozen=True)
class Coverage:
    """Rows by level and by voivodeship, the total, and every unit that gave no records, with why."""

    run: str  # the run report's file stem, "20261123T100000Z-live"
    run_id: int | None
    mode: str
    by_level: tuple[Row, ...]
    by_voivodeship: tuple[Row, ...]
    total: Row
    failures: tuple[Failure, ...]
    units: tuple[UnitCoverage, ...] = field(repr=False)  # kept in memory for callers; not saved (discovery holds it)
    problems: tuple[str, ...] = ()  # unreadable discovery files

    def failures_by_reason(self) -> dict[str, int]:
        counts = {reason: sum(f.reason == reason for f in self.failures) for reason in REASONS}
        return {reason: count for reason, count in counts.items() if count}

    @property
    def undiscovered(self) -> tuple[UnitCoverage, ...]:
        """Units none of whose sites is discovered yet: every section missing, for that one reason."""
        return tuple(unit for unit in self.units if unit.undiscovered)

    def missing_by_reason(self) -> dict[str, dict[str, int]]:
        """Per kind, how many units miss it for each reason (the units not discovered yet as one reason)."""
        found: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
        for unit in self.units:
            for gap in unit.missing:
                found[gap.kind][gap.reason] += 1
        waiting = len(self.undiscovered)
        return {
            kind: dict(sorted(counts.items(), key=lambda item: -item[1]))
            | ({NOT_DISCOVERED: waiting} if waiting else {})
            for kind, counts in found.items()
            if counts or waiting
        }

    def to_dict(self) -> dict[str, Any]:
        """The rows, the failures and the units that miss a section; a unit with full coverage is left out, and
        the units not discovered yet are the site ids of `not_discovered` (no failure row each)."""
        waiting = {unit.key for unit in self.undiscovered}
        return {
            "run": self.run,
            "run_id": self.run_id,
            "mode": self.mode,
            "by_level": [asdict(row) for row in self.by_level],
            "by_voivodeship": [asdict(row) for row in self.by_voivodeship],
            "total": asdict(self.total),
            "failures_by_reason": self.failures_by_reason(),
            "failures": [asdict(u.failure) for u in self.units if u.failure is not None and u.key not in waiting],
            "missing_by_reason": self.missing_by_reason(),
            "units": [unit.row() for unit in self.units if unit.missing],
            "not_discovered": [unit.sites[0] for unit in self.undiscovered],
            "problems": list(self.problems),
        }

    def to_json(self) -> str:
        """Like the run report: sorted keys, UTF-8 text, indent 2, trailing newline."""
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, indent=2) + "\n"

    def summary(self) -> str:
        """`coverage: 3 of 40 units gave no records (unreachable 1, not discovered 2)`."""
        failed = len(self.failures)
        if not failed:
            return f"coverage: all {self.total.units} units gave records"
        reasons = ", ".join(f"{reason} {count}" for reason, count in self.failures_by_reason().items())
        return f"coverage: {failed} of {self.total.units} units gave no records ({reasons})"

    def table(self) -> Table:
        """Levels, then voivodeships, then the total (`coverage_lines` says what failed)."""
        table = Table(
            title=f"coverage of {self.run} (units)",
            title_justify="left",
            box=box.HORIZONTALS,
            padding=(0, 1, 0, 0),
            show_edge=False,
        )
        table.add_column("level / voivodeship", no_wrap=True)
        for _, header in COLUMNS:
            table.add_column(header, justify="right", no_wrap=True)
        for rows in (self.by_level, self.by_voivodeship):
            for row in rows:
                table.add_row(*(escape(cell) for cell in _cells(row)))
            table.add_section()
        table.add_row(*(escape(cell) for cell in _cells(self.total)), style="bold")
        return table

    def text(self) -> list[str]:
        """The same table as aligned plain text (logs, mail from cron)."""
        header = ["level / voivodeship", *(h for _, h in COLUMNS)]
        body = [_cells(row) for row in (*self.by_level, *self.by_voivodeship, self.total)]
        widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

        def line(cells: Sequence[str]) -> str:
            first, *rest = cells
            return " ".join([first.ljust(widths[0]), *(c.rjust(w) for c, w in zip(rest, widths[1:], strict=True))])

        rule = "-" * len(line(header))
        levels, voivodeships = len(self.by_level), len(self.by_voivodeship)
        return [
            line(header),
            rule,
            *(line(cells) for cells in body[:levels]),
            rule,
            *(line(cells) for cells in body[levels : levels + voivodeships]),
            rule,
            line(body[-1]),
        ]


def _cells(row: Row) -> list[str]:
    return [row.group, *(str(getattr(row, name)) for name, _ in COLUMNS)]


# -- computing it ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _SiteState:
    """One site of a unit: what discovery stored for it and what the run did with it."""

    id: str
    name: str
    extra: bool  # a BIP or welfare centre found on another host by a parent's discovery
    ready: bool  # has article patterns (hand-written, or from its discovery): a run can walk it
    discovery: Discovery | None
    problem: str | None  # the discovery file could not be read
    report: SiteReport | None  # None when the site was not walked in this run


def _reached(report: SiteReport) -> int:
    return report.records_total - report.records_kept


def _explain(site: _SiteState, mode: str) -> tuple[int, Reason, str]:
    """Why this site gave no records, ranked by how far it got (a walked site explains more than a guess)."""
    if site.report is not None:
        if site.report.unreachable:
            return 4, "unreachable", site.report.unreachable
        return 4, "no records", site.report.failure or "no records reached in this run"
    if site.ready:
        why = "no saved pages to replay" if mode == "offline" else "not walked in this run"
        return 3, "not run", f"sections known, {why}"
    if site.discovery is not None:
        if problem := failed(site.discovery):
            return 2, "unreachable", f"discovery: {problem}"
        found = sorted({s.kind for s in site.discovery.sections})
        also = f" (found only: {', '.join(found)})" if found else ""
        first = f"; {site.discovery.problems[0]}" if site.discovery.problems else ""
        return 2, "no sections found", f"no news or funding section on {site.discovery.home}{also}{first}"
    if site.problem:
        return 1, "not discovered", site.problem
    return 0, "not discovered", "no discovery stored yet (`scrape discover`, or the next live run)"


def _has(states: Iterable[_SiteState], kind: str) -> bool:
    """A section of the kind in any of the unit's discoveries, or (BIP, welfare) an extra site of that kind."""
    for state in states:
        if state.discovery is None:
            continue
        if any(s.kind == kind for s in state.discovery.sections):
            return True
        if any(e.kind == kind for e in state.discovery.extra_sites):
            return True
    return False


def _place(site: Site) -> tuple[str | None, str | None]:
    """The site's level and voivodeship; from the TERYT code itself when the registry did not fill them in."""
    if site.teryt is None:
        return site.level, site.voivodeship
    level = site.level or level_of_code(site.teryt)
    return level, site.voivodeship or terc.hierarchy(site.teryt).voivodeship


def compute_coverage(sites: Sequence[Site], data: Path, report: RunReport) -> Coverage:
    """The coverage of `sites` (the whole selection, discoveries applied: also the sites the run skipped).

    Units are keyed by TERYT; a site with none is a unit of its own. The BIP and welfare centres a
    stored discovery found on other hosts belong to their parent's unit, whether `sites` holds them
    or not, so a unit is counted once however many hosts it has.
    """
    given = {site.id: site for site in sites}
    walked = {site_report.site: site_report for site_report in report.sites}
    problems: list[str] = []

    def state(site_id: str, name: str, ready: bool | None) -> _SiteState:
        loaded = load_discovery(data, site_id)
        if loaded.problem:
            problems.append(loaded.problem)
        found = loaded.discovery
        can_walk = ready if ready is not None else bool(found and found.crawlable)
        return _SiteState(site_id, name, False, can_walk, found, loaded.problem, walked.get(site_id))

    states = {site.id: state(site.id, site.name, not site.needs_discovery) for site in sites}
    parents: dict[str, str] = {}  # extra site id -> the site whose discovery found it
    for parent in list(states.values()):
        for extra in parent.discovery.extra_sites if parent.discovery else ():
            if extra.site_id == parent.id or extra.site_id in parents:
                continue
            parents[extra.site_id] = parent.id
            if extra.site_id not in states:  # found by a stored discovery, not in the selection given
                states[extra.site_id] = state(extra.site_id, extra.name, None)
            states[extra.site_id] = replace(states[extra.site_id], extra=True)

    def root(site_id: str) -> str:
        """The site an extra site hangs from (a BIP's BIP hangs from the BIP's parent), never in a loop."""
        seen = {site_id}
        while site_id in parents and parents[site_id] not in seen:
            site_id = parents[site_id]
            seen.add(site_id)
        return site_id

    members: dict[str, list[_SiteState]] = {}
    places: dict[str, tuple[str | None, str | None, str | None]] = {}  # key -> teryt, level, voivodeship
    names: dict[str, str] = {}
    for site_id, site_state in states.items():
        site = given.get(root(site_id)) or given.get(site_id)
        if site is None:  # an extra site whose parent was not given either: cannot happen via `sites`
            continue
        key = site.teryt or f"site:{site.id}"
        if key not in places:
            level, voivodeship = _place(site)
            places[key] = (site.teryt, level, voivodeship)
        members.setdefault(key, []).append(site_state)
        own = given.get(site_id)
        if own is not None and not site_state.extra and (key not in names or own.generated):
            names[key] = own.name  # a generated site's name is the unit's own ("Gmina Milicz")

    clean = data / "clean"
    records = _Records(clean)
    units = [_unit(key, members[key], places[key], names.get(key, key), records, report.mode) for key in members]
    units.sort(key=lambda u: (u.teryt is None, u.key))
    return Coverage(
        run=report.filename().removesuffix(".json"),
        run_id=report.run_id,
        mode=report.mode,
        by_level=tuple(_rows(units, lambda u: u.level, LEVELS)),
        by_voivodeship=tuple(
            _rows(units, lambda u: u.voivodeship, sorted({u.voivodeship or "" for u in units}, key=fold))
        ),
        total=_total(units),
        failures=tuple(u.failure for u in units if u.failure is not None),
        units=tuple(units),
        problems=tuple(dict.fromkeys(problems)),
    )


def _unit(
    key: str,
    states: list[_SiteState],
    place: tuple[str | None, str | None, str | None],
    name: str,
    dataset_records: _Records,
    mode: str,
) -> UnitCoverage:
    teryt, level, voivodeship = place
    records = sum(_reached(s.report) for s in states if s.report is not None)
    in_dataset = sum(s.report.records_total if s.report else dataset_records.count(s.id) for s in states)
    failure = None
    if records == 0:
        # the unit's own sites explain it before its BIP or welfare centre; among them, the one that got furthest
        best = max(states, key=lambda s: (not s.extra, _explain(s, mode)[0]))
        _, reason, detail = _explain(best, mode)
        failure = Failure(best.id, name, teryt, level, voivodeship, reason, detail, best.report is not None)
    return UnitCoverage(
        key=key,
        teryt=teryt,
        name=name,
        level=level,
        voivodeship=voivodeship,
        sites=tuple(s.id for s in states),
        crawled=any(s.report is not None for s in states),
        news=_has(states, "news"),
        funding=_has(states, "funding"),
        bip=_has(states, "bip"),
        welfare=_has(states, "welfare"),
        records=records,
        dataset=in_dataset,
        failure=failure,
        missing=_gaps(states, dataset_records),
        undiscovered=all(s.discovery is None and not s.problem for s in states) and any(not s.ready for s in states),
    )


def _gaps(states: Sequence[_SiteState], records: _Records) -> tuple[Gap, ...]:
    """The kinds of section the unit's discoveries did not find, or found to no avail, with why.

    A unit none of whose sites is discovered has no gaps of its own (it is "not discovered yet" as a whole),
    and neither has a unit of hand-written sites only (they have no discovery to judge).
    """
    discovered = [s for s in states if s.discovery is not None]
    if not discovered:
        return ()
    own = [s for s in discovered if not s.extra] or discovered
    explainer = max(own, key=lambda s: failed(s.discovery) is None)  # type: ignore[arg-type]
    assert explainer.discovery is not None
    gaps: list[Gap] = []
    for kind in KINDS:
        holders = [(s, sec) for s in discovered if s.discovery for sec in s.discovery.sections if sec.kind == kind]
        hosted = any(e.kind == kind for s in discovered if s.discovery for e in s.discovery.extra_sites)
        if not holders and not hosted:
            reason, detail = why_missing(explainer.discovery, kind)
            gaps.append(Gap(kind, reason, detail, explainer.id))
        elif kind in ("news", "funding") and holders:
            gaps += [gap] if (gap := _yielded_nothing(kind, holders, records)) else []
    return tuple(gaps)


def _yielded_nothing(kind: str, holders: list[tuple[_SiteState, Section]], records: _Records) -> Gap | None:
    """A Gap when every crawled section of the kind gave no record (by its item pattern) to the dataset; None
    when one did, or none was crawled yet (the unit's failure says so)."""
    crawled = [(s, sec) for s, sec in holders if s.report is not None or records.has(s.id)]

    def gave(site: _SiteState, section: Section) -> bool:
        if records.has(site.id):
            return records.of_section(site.id, section) > 0
        return site.report is not None and site.report.records_total > 0  # no file to tell the sections apart

    if not crawled or any(gave(s, sec) for s, sec in crawled):
        return None
    site, section = crawled[0]
    detail = f"{section.url}: no record from it in the dataset ({records.count(site.id)} from the site)"
    return Gap(kind, YIELDED_NOTHING, detail, site.id)


class _Records:
    """The record URLs of each site's dataset file, read once (a coverage reads a site's file at most once)."""

    def __init__(self, clean: Path) -> None:
        self._clean = clean
        self._urls: dict[str, list[str] | None] = {}

    def _read(self, site_id: str) -> list[str] | None:
        if site_id not in self._urls:
            try:
                lines = dataset.site_path(self._clean, site_id).read_text(encoding="utf-8").splitlines()
            except OSError:
                self._urls[site_id] = None
            else:
                self._urls[site_id] = [_url_of(line) for line in lines if line.strip()]
        return self._urls[site_id]

    def has(self, site_id: str) -> bool:
        return self._read(site_id) is not None

    def count(self, site_id: str) -> int:
        return len(self._read(site_id) or ())

    def of_section(self, site_id: str, section: Section) -> int:
        """Records of the site that came from the section: its items (by pattern), or the page itself."""
        urls = self._read(site_id) or []
        if section.item_pattern is None and section.shape == "listing":
            return len(urls)  # a listing whose item URLs share no pattern: the site's records are its items
        pattern = re.compile(section.item_pattern) if section.item_pattern else None
        page = section.url.rstrip("/")
        return sum(1 for url in urls if url.rstrip("/") == page or (pattern is not None and pattern.match(url)))


def _url_of(line: str) -> str:
    try:
        url = json.loads(line).get("url")
    except (ValueError, AttributeError):
        return ""
    return url if isinstance(url, str) else ""


def _rows(
    units: Sequence[UnitCoverage], group: Callable[[UnitCoverage], str | None], order: Sequence[str]
) -> list[Row]:
    """One row per group present, in `order`; units tied to no group last, as NO_GROUP."""
    rows = {name: Row(name) for name in order if name}
    rows[NO_GROUP] = Row(NO_GROUP)
    for unit in units:
        rows[group(unit) or NO_GROUP].add(unit)
    return [row for row in rows.values() if row.units]


def _total(units: Sequence[UnitCoverage]) -> Row:
    total = Row("total")
    for unit in units:
        total.add(unit)
    return total


# -- saving and printing -----------------------------------------------------------------------------------


def coverage_path(report_path: Path) -> Path:
    """`<data>/runs/20261123T100000Z-live-coverage.json` beside `<data>/runs/20261123T100000Z-live.json`."""
    return report_path.with_name(report_path.name.removesuffix(".json") + SUFFIX)


def save_coverage(coverage: Coverage, report_path: Path) -> Path:
    """Write the coverage atomically beside the run's saved report and return its path (WriteError if refused)."""
    path = coverage_path(report_path)
    write_text_atomic(path, coverage.to_json())
    return path


def coverage_lines(
    coverage: Coverage, saved: Path | None = None, *, limit: int = FAILURES_SHOWN, every: bool = False
) -> list[str]:
    """What to print after the table: the summary, then the failures no other line of the run explains.

    A site walked in this run is already in the run table with its reason, and the sites not
    discovered or not replayed are counted in one line each by `scrape run`; what is left is what
    discovery found wanting (no sections, a dead homepage): those are listed, at most `limit` of
    them (`every`: all failures). The saved JSON holds every failure with its detail.
    """
    lines = [coverage.summary() + (f"; all in {saved}" if saved and coverage.failures else "")]
    shown = [f for f in coverage.failures if every or (not f.walked and f.reason not in UNLISTED)]
    lines += [f"  {failure.line()}" for failure in shown[:limit]]
    if len(shown) > limit:
        lines.append(f"  … and {len(shown) - limit} more")
    return lines + missing_lines(coverage, saved)


def missing_lines(coverage: Coverage, saved: Path | None = None, *, per_reason: int = UNITS_PER_REASON) -> list[str]:
    """The sections units miss, by kind and reason with how many units, each reason with its first units.

    `missing: news 2, funding 5, BIP 1, welfare 0 of 58 units; every unit in <path>`, then per reason
    `  bip missing: discovery failed: connection failed (1 unit)` and its units, one per line with the
    discovery's own words. The units not discovered yet are one line, not listed (`scrape sites` does).
    """
    counts = {
        kind: sum(any(g.kind == kind for g in u.missing) or u.undiscovered for u in coverage.units) for kind in KINDS
    }
    if not any(counts.values()):
        return []
    where = f"; every unit in {saved}" if saved else ""
    shown = ", ".join(f"{KIND_NAMES[kind]} {count}" for kind, count in counts.items())
    lines = [f"missing: {shown} of {coverage.total.units} units{where}"]
    waiting = len(coverage.undiscovered)
    if waiting:
        lines.append(f"  every section missing: {NOT_DISCOVERED} ({_units(waiting)})")
    groups: dict[tuple[str, str], list[tuple[UnitCoverage, Gap]]] = {}
    for unit in coverage.units:
        if len(unit.missing) == len(KINDS) and len({(g.reason, g.detail) for g in unit.missing}) == 1:
            groups.setdefault((EVERY, unit.missing[0].reason), []).append((unit, unit.missing[0]))
            continue  # the site could not be read at all: one line for the four
        for gap in unit.missing:
            groups.setdefault((gap.kind, gap.reason), []).append((unit, gap))
    order = sorted(groups, key=lambda key: ((*KINDS, EVERY).index(key[0]), -len(groups[key]), key[1]))
    for kind, reason in order:
        group = groups[(kind, reason)]
        said = f"every section missing: {reason}" if kind == EVERY else group[0][1].said()
        lines.append(f"  {said} ({_units(len(group))})")
        lines += [f"    {gap.site} ({unit.name}): {gap.detail}" for unit, gap in group[:per_reason]]
        if len(group) > per_reason:
            lines.append(f"    … and {len(group) - per_reason} more")
    return lines


def _units(count: int) -> str:
    return f"{count} unit{'' if count == 1 else 's'}"
