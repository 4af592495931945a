"""What a run covered, unit by unit: the table an operator reads to know what was and was not found.

The run table (`scraper.report`) speaks of sites; the dataset is about units (TERYT). Here every
selected unit is counted once, however many sites it has (its homepage, a hand-written entry, a BIP
or welfare centre on another host): per level and per voivodeship, how many units have a
discovered news section, funding section, BIP and welfare centre, how many gave records in this
run and how many have records in the dataset; and, for each unit that gave none, why (unreachable,
no sections found, not discovered, not run, no records). It is saved next to the run's report as
`<data>/runs/<started>-<mode>-coverage.json`, so nightly runs can be compared.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from rich import box
from rich.markup import escape
from rich.table import Table

from extract import teryt as terc
from scraper import dataset
from scraper.discovery_model import Discovery
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "run": self.run,
            "run_id": self.run_id,
            "mode": self.mode,
            "by_level": [asdict(row) for row in self.by_level],
            "by_voivodeship": [asdict(row) for row in self.by_voivodeship],
            "total": asdict(self.total),
            "failures_by_reason": self.failures_by_reason(),
            "failures": [asdict(failure) for failure in self.failures],
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
    units = [_unit(key, members[key], places[key], names.get(key, key), clean, report.mode) for key in members]
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
    clean: Path,
    mode: str,
) -> UnitCoverage:
    teryt, level, voivodeship = place
    records = sum(_reached(s.report) for s in states if s.report is not None)
    in_dataset = sum(s.report.records_total if s.report else _records_in(clean, s.id) for s in states)
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
    )


def _records_in(clean: Path, site_id: str) -> int:
    """Records of a site not walked in this run, as the dataset holds them (lines of its file)."""
    path = dataset.site_path(clean, site_id)
    try:
        with path.open("rb") as lines:
            return sum(1 for line in lines if line.strip())
    except OSError:
        return 0


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
    return lines
