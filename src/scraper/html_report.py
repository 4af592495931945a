"""`scrape report`: one self-contained HTML page on the dataset and the last run's health.

Everything is inline (CSS, charts as SVG from `scraper.report_charts`), so the file opens offline
and can be mailed. Every chart has its numbers in a table beside it; a numeric cell carries the
exact value in `data-value` (amounts as exact decimals), so the page can be checked by a program.

Counts are of records (one per page) and of projects (`scraper.projects` groups the records that
announce one project: the gmina's, its OPS's and the ROPS's pages of one grant are one project). A
group's project count is the projects with at least one record in it, so a project announced in two
voivodeships counts in both. Grants by year sum each project's grant once (PLN, by the year its period
starts, else the year it was first published), beside the records' sum that counts every announcement.
"""

from __future__ import annotations

import html
import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extract.model import Record
from scraper import dataset
from scraper.coverage import SUFFIX as COVERAGE_SUFFIX
from scraper.projects import Project, group_projects
from scraper.report import FILL_FIELDS, compact_errors, fill_rates
from scraper.report_charts import bar_svg, pair_bar_svg
from scraper.templates.page import COUNTER, PAGE, STYLE
from scraper.units import fold, level_of_code
from scraper.writer import write_text_atomic

NONE = "(none)"  # the group of a record that does not say (no fund, no TERYT: a national portal)
NO_YEAR = "no year"
PROGRAMMES_SHOWN = 15  # the rest are summed into one row
PROJECTS_SHOWN = 20
SITES_CHARTED = 40  # a nightly run over every unit has thousands of sites: the chart shows the flagged first
FILL_DROP = 0.05  # a field's fill rate this much lower than last run flags the site

Row = Sequence[object]
_KEPT = ("id", "url", "title", "kind", "published", "period", "amounts", "funding", "publisher")


PROJECT = "_project"  # the key of a loaded record's project id


@dataclass
class Records:
    """The dataset's records as parsed JSON (numbers as Decimal), each with its project id under PROJECT;
    the projects; the lines that were not records, and the records too broken to group (each its own project)."""

    items: list[dict[str, Any]] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    unreadable: int = 0
    ungrouped: int = 0


def load_records(path: Path) -> Records:
    """Read records.jsonl; a line that is not a JSON object is counted, never fatal."""
    found = Records()
    if not path.is_file():
        return found
    valid: list[Record] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            try:
                record = json.loads(line, parse_float=Decimal)
            except ValueError:
                found.unreadable += 1
                continue
            if not isinstance(record, dict):
                found.unreadable += 1
                continue
            found.items.append({k: record[k] for k in _KEPT if k in record})  # the page text is not needed
            try:
                valid.append(Record.model_validate({**record, "text": ""}, strict=False))
            except (ValidationError, ValueError, TypeError):
                found.ungrouped += 1
    found.projects = group_projects(valid)
    project_of = {record_id: p.project_id for p in found.projects for record_id in p.record_ids}
    for index, item in enumerate(found.items):
        record_id = item.get("id")
        item[PROJECT] = project_of.get(record_id) if isinstance(record_id, str) else None
        item[PROJECT] = item[PROJECT] or f"record:{record_id if isinstance(record_id, str) else index}"
    return found


def _get(record: dict[str, Any], *path: str) -> Any:
    value: Any = record
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def level_of(record: dict[str, Any]) -> str:
    """The publisher's level of local government from its TERYT code's shape."""
    teryt = _get(record, "publisher", "teryt")
    return level_of_code(teryt) if isinstance(teryt, str) and len(teryt) == 7 and teryt.isdigit() else NONE


def count_by(
    records: Iterable[dict[str, Any]], key: Callable[[dict[str, Any]], object], shown: int | None = None
) -> list[tuple[str, int, int]]:
    """(group, records, projects) by records, largest first, then by name; a missing value is NONE.

    Past `shown` groups, one row holds the rest: their records, and their distinct projects.
    """
    counts: Counter[str] = Counter()
    projects: dict[str, set[str]] = defaultdict(set)
    for record in records:
        group = str(key(record) or NONE)
        counts[group] += 1
        projects[group].add(str(record.get(PROJECT)))
    ordered = sorted(counts, key=lambda g: (-counts[g], fold(g), g))  # ł beside l, not after z
    rows = [(g, counts[g], len(projects[g])) for g in ordered]
    if shown is None or len(rows) <= shown:
        return rows
    rest = ordered[shown:]
    others = set().union(*(projects[g] for g in rest))
    return [*rows[:shown], (f"other ({len(rest)} groups)", sum(counts[g] for g in rest), len(others))]


def _pln(record: dict[str, Any], kind: str) -> list[Decimal]:
    amounts = record.get("amounts")
    return [
        Decimal(a["value"])
        for a in (amounts if isinstance(amounts, list) else [])
        if isinstance(a, dict) and a.get("kind") == kind and a.get("currency", "PLN") == "PLN"
        if isinstance(a.get("value"), Decimal | int) and not isinstance(a.get("value"), bool)
    ]


def grant_year(record: dict[str, Any]) -> str:
    """The year of the period's start, else of publication, else NO_YEAR."""
    for day in (_get(record, "period", "start"), record.get("published")):
        if isinstance(day, str) and len(day) >= 4 and day[:4].isdigit():
            return day[:4]
    return NO_YEAR


def project_year(project: Project, published: dict[str, str]) -> str:
    """The year the project's period starts, else the year of its earliest published record, else NO_YEAR."""
    if project.period_start is not None:
        return str(project.period_start.year)
    days = sorted(day for record_id in project.record_ids if (day := published.get(record_id)))
    return days[0][:4] if days and days[0][:4].isdigit() else NO_YEAR


def grants_by_year(
    records: Sequence[dict[str, Any]], projects: Iterable[Project]
) -> list[tuple[str, Decimal, int, Decimal, int]]:
    """(year, PLN grants summed once per project, projects with a grant, PLN grants summed over records,
    records with a grant), years in order, NO_YEAR last."""
    project_sums: dict[str, Decimal] = defaultdict(Decimal)
    project_counts: Counter[str] = Counter()
    record_sums: dict[str, Decimal] = defaultdict(Decimal)
    record_counts: Counter[str] = Counter()
    published = {str(r.get("id")): day for r in records if isinstance(day := r.get("published"), str)}
    for project in projects:
        if project.grant is not None:
            year = project_year(project, published)
            project_sums[year] += project.grant
            project_counts[year] += 1
    for record in records:
        grants = _pln(record, "grant")
        if grants:
            year = grant_year(record)
            record_sums[year] += sum(grants, Decimal(0))
            record_counts[year] += 1
    years = sorted(set(project_sums) | set(record_sums), key=lambda y: (y == NO_YEAR, y))
    return [(year, project_sums[year], project_counts[year], record_sums[year], record_counts[year]) for year in years]


def largest_projects(projects: Iterable[Project], shown: int = PROJECTS_SHOWN) -> list[Project]:
    """Projects with a total cost (their best one, in PLN), the largest first."""
    costed = [p for p in projects if p.total_cost is not None]
    costed.sort(key=lambda p: (-(p.total_cost or 0), p.project_id))
    return costed[:shown]


# --- run reports ---------------------------------------------------------------------------------------------


@dataclass
class Runs:
    """The last run report, the previous one of the same mode, and what could not be read."""

    last: dict[str, Any] | None = None
    last_name: str | None = None
    previous: dict[str, Any] | None = None
    previous_name: str | None = None
    coverage: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)


def _read_json(path: Path, problems: list[str]) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        problems.append(f"{path.name}: not readable JSON ({error}); left out")
        return None
    if not isinstance(data, dict) or not isinstance(data.get("sites", []), list):
        problems.append(f"{path.name}: not a run report; left out")
        return None
    return data


def load_runs(runs_dir: Path) -> Runs:
    """The latest run report (files sort by start time), the one before it of the same mode, and its coverage."""
    runs = Runs()
    if not runs_dir.is_dir():
        return runs
    names = sorted(p for p in runs_dir.glob("*.json") if not p.name.endswith(COVERAGE_SUFFIX))
    reports = [(p, d) for p in names if (d := _read_json(p, runs.problems)) is not None and "sites" in d]
    if not reports:
        return runs
    last_path, runs.last = reports[-1]
    runs.last_name = last_path.name
    mode = runs.last.get("mode")
    earlier = [(p, d) for p, d in reports[:-1] if d.get("mode") == mode]
    if earlier:
        runs.previous_name, runs.previous = earlier[-1][0].name, earlier[-1][1]
    coverage = last_path.with_name(last_path.name.removesuffix(".json") + COVERAGE_SUFFIX)
    if coverage.is_file():
        runs.coverage = _read_json(coverage, runs.problems)
    return runs


@dataclass(frozen=True)
class SiteHealth:
    """One site of the last run beside the previous run, and why it is flagged (empty: not flagged)."""

    site: str
    pages: int
    records: int
    previous_records: int | None
    errors: int
    error_classes: str
    warnings: int
    status: str
    fill: dict[str, float]
    flags: tuple[str, ...]


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _rates(value: object) -> dict[str, float]:
    """A report's fill rates, numbers only (a hand-edited or older report may hold anything)."""
    if not isinstance(value, dict):
        return {}
    return {str(k): float(v) for k, v in value.items() if isinstance(v, float | int) and not isinstance(v, bool)}


def _counts(value: object) -> dict[str, int]:
    return {str(k): _int(v) for k, v in value.items()} if isinstance(value, dict) else {}


def site_health(runs: Runs, clean: Path) -> tuple[list[SiteHealth], bool]:
    """Per site of the last run, flagged first; and whether some fill rates were computed from today's files
    (a run report written before fill rates were saved has none)."""
    assert runs.last is not None
    before = {s.get("site"): s for s in (runs.previous or {}).get("sites", []) if isinstance(s, dict)}
    computed = False
    rows = []
    for site in runs.last["sites"]:
        if not isinstance(site, dict):
            continue
        name = str(site.get("site"))
        fill = _rates(site.get("fill_rates"))
        if not fill and _int(site.get("records_total")):
            fill = fill_rates(list(dataset.read_site(clean, name).values()))
            computed = True
        old = before.get(name) or {}
        old_fill = _rates(old.get("fill_rates"))
        records, old_records = _int(site.get("records_total")), old.get("records_total")
        flags = []
        if isinstance(old_records, int) and records < old_records:
            flags.append(f"records {old_records} → {records}")
        flags += [
            f"{f} {old_fill[f]:.0%} → {fill.get(f, 0):.0%}"
            for f in FILL_FIELDS
            if f in old_fill and fill.get(f, 0) <= old_fill[f] - FILL_DROP
        ]
        errors = _counts(site.get("errors"))
        status = "FAILED: " + str(site.get("failure") or "") if site.get("failed") else str(site.get("stopped") or "OK")
        rows.append(
            SiteHealth(
                site=name,
                pages=_int(site.get("pages")),
                records=records,
                previous_records=old_records if isinstance(old_records, int) else None,
                errors=sum(errors.values()),
                error_classes=compact_errors(errors),
                warnings=_int(site.get("warnings")),
                status=status,
                fill=fill,
                flags=tuple(flags),
            )
        )
    rows.sort(key=lambda r: (not r.flags, not r.status.startswith("FAILED"), r.site))
    return rows, computed


# --- HTML ----------------------------------------------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _amount(value: Decimal) -> str:
    """355075.00 -> 355 075,00 (Polish grouping and decimal comma)."""
    return f"{value:,.2f}".replace(",", "\u00a0").replace(".", ",")


def _cell(value: object) -> str:
    if isinstance(value, bool) or value is None:
        return f"<td>{_e('' if value is None else value)}</td>"
    if isinstance(value, int):
        return f'<td class="n" data-value="{value}">{value}</td>'
    if isinstance(value, Decimal):
        return f'<td class="n" data-value="{value}">{_amount(value)}</td>'
    if isinstance(value, float):  # a share
        shade = "low" if value < 0.34 else "mid" if value < 0.67 else "high"
        return f'<td class="n {shade}" data-value="{value}">{value:.0%}</td>'
    return f"<td>{_e(value)}</td>"


def table(table_id: str, headers: Sequence[str], rows: Iterable[Row], flagged: Iterable[bool] = ()) -> str:
    """A table of numbers; int, Decimal and share cells right-aligned with their exact value in data-value."""
    marks = list(flagged)
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join(
        ('<tr class="flagged">' if index < len(marks) and marks[index] else "<tr>")
        + "".join(_cell(v) for v in row)
        + "</tr>"
        for index, row in enumerate(rows)
    )
    return f'<table id="{_e(table_id)}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


@dataclass
class Page:
    """Sections in order, and how many charts they hold."""

    sections: list[tuple[str, str, str]] = field(default_factory=list)  # (id, title, html)
    charts: int = 0

    def figure(self, svg: str, numbers: str) -> str:
        self.charts += 1
        return f'<div class="figure"><div class="chart">{svg}</div><div class="numbers">{numbers}</div></div>'

    def counts(
        self, section_id: str, title: str, counts: list[tuple[str, int, int]], label: str, note: str = ""
    ) -> None:
        if not counts:
            self.sections.append((section_id, title, '<p class="note">No records.</p>'))
            return
        svg = pair_bar_svg(
            [c[0] for c in counts],
            [c[1] for c in counts],
            [c[2] for c in counts],
            title=title,
            xlabel="records / projects",
            chart_id=section_id,
            names=("records", "projects"),
        )
        numbers = table(f"t-{section_id}", [label, "records", "projects"], counts)
        extra = f'<p class="note">{_e(note)}</p>' if note else ""
        self.sections.append((section_id, title, extra + self.figure(svg, numbers)))


def _dataset_sections(page: Page, records: Records, coverage: dict[str, Any] | None) -> None:
    items = records.items
    page.counts(
        "by-voivodeship",
        "Records and projects by voivodeship",
        count_by(items, lambda r: _get(r, "publisher", "voivodeship")),
        "voivodeship",
        "Of the publisher (the site's unit); (none): a national site. A project counts in each group where one "
        "of its records is.",
    )
    page.counts(
        "by-level",
        "Records and projects by level of local government",
        count_by(items, level_of),
        "level",
        "Of the publisher, from its TERYT code: wojewodztwo, powiat, miasto (na prawach powiatu), gmina, dzielnica.",
    )
    page.counts("by-kind", "Records and projects by kind", count_by(items, lambda r: r.get("kind")), "kind")
    page.counts(
        "by-fund", "Records and projects by EU fund", count_by(items, lambda r: _get(r, "funding", "fund")), "fund"
    )
    page.counts(
        "by-programme",
        "Records and projects by programme",
        count_by(items, lambda r: _get(r, "funding", "programme"), PROGRAMMES_SHOWN),
        "programme",
        f"The {PROGRAMMES_SHOWN} most frequent programmes; the rest summed in one row.",
    )
    _grants(page, records)
    _largest(page, records)
    _coverage(page, items, coverage)


def _grants(page: Page, records: Records) -> None:
    years = grants_by_year(records.items, records.projects)
    note = (
        "Grants in PLN: each project's grant once (the value its records agree on, or the one with the "
        "contract number), by the year its period starts, else the year it was first published; beside it the "
        "sum over records, where a project announced on several pages counts on each."
    )
    if not years:
        page.sections.append(("grants-by-year", "Grants by year", f'<p class="note">{note} No grant amounts.</p>'))
        return
    svg = pair_bar_svg(
        [row[0] for row in years],
        [float(row[1]) for row in years],
        [float(row[3]) for row in years],
        title="Grants by year (PLN)",
        xlabel="PLN",
        chart_id="grants-by-year",
        names=("per project", "per record"),
    )
    numbers = table(
        "t-grants-by-year",
        ["year", "grants, projects (PLN)", "projects", "grants, records (PLN)", "records"],
        years,
    )
    page.sections.append(
        ("grants-by-year", "Grants by year", f'<p class="note">{note}</p>' + page.figure(svg, numbers))
    )


def _largest(page: Page, records: Records) -> None:
    by_id = {str(r.get("id")): r for r in records.items}
    rows = []
    for project in largest_projects(records.projects):
        members = [by_id[i] for i in project.record_ids if i in by_id]
        publishers = sorted({str(name) for r in members if (name := _get(r, "publisher", "name"))})
        rows.append(
            (
                project.total_cost,
                project.title,
                len(project.record_ids),
                "; ".join(publishers),
                project.programme or "",
                str(members[0].get("url") or "") if members else "",
            )
        )
    note = (
        f"The {PROJECTS_SHOWN} projects with the largest total cost (PLN; the value their records agree on), "
        "each once however many pages announce it; the page is its earliest record's."
    )
    headers = ["total cost (PLN)", "title", "records", "publishers", "programme", "page"]
    body = table("t-largest", headers, rows) if rows else ""
    page.sections.append(("largest", "Largest projects", f'<p class="note">{note}</p><div class="scroll">{body}</div>'))


def _coverage(page: Page, records: list[dict[str, Any]], coverage: dict[str, Any] | None) -> None:
    units = {t for r in records if isinstance(t := _get(r, "publisher", "teryt"), str)}
    intro = f"{len(units)} units (distinct publisher TERYT codes) have at least one record in the dataset."
    if not coverage or not isinstance(coverage.get("by_level"), list):
        text = f'<p class="note">{_e(intro)} No coverage file of the last run: the number of units is unknown.</p>'
        page.sections.append(("coverage", "Coverage", text))
        return
    total = coverage.get("total") or {}
    rows = [
        (str(row.get("group")), _int(row.get("units")), _int(row.get("dataset")))
        for row in coverage["by_level"]
        if isinstance(row, dict)
    ]
    voivodeships = [
        (str(row.get("group")), _int(row.get("units")), _int(row.get("dataset")))
        for row in coverage.get("by_voivodeship") or []
        if isinstance(row, dict)
    ]
    summary = (
        f"{_int(total.get('dataset'))} of {_int(total.get('units'))} units have at least one record "
        f"(coverage of run {coverage.get('run')}); {intro}"
    )
    svg = bar_svg(
        [r[0] for r in rows],
        [r[2] for r in rows],
        title="Units with at least one record, by level",
        xlabel="units",
        chart_id="coverage",
    )
    numbers = table(
        "t-coverage",
        ["level", "units", "with records"],
        [*rows, ("total", _int(total.get("units")), _int(total.get("dataset")))],
    )
    by_voivodeship = table("t-coverage-voivodeship", ["voivodeship", "units", "with records"], voivodeships)
    body = f'<p class="note">{_e(summary)}</p>' + page.figure(svg, numbers) + "<h3>By voivodeship</h3>" + by_voivodeship
    page.sections.append(("coverage", "Coverage", body))


def _health_section(page: Page, runs: Runs, clean: Path) -> None:
    if runs.last is None:
        page.sections.append(("health", "Last run", '<p class="note">No run report in DATA/runs yet.</p>'))
        return
    rows, computed = site_health(runs, clean)
    flagged = [r for r in rows if r.flags]
    against = f"against {runs.previous_name}" if runs.previous_name else "no earlier run of this mode to compare with"
    notes = [f"Run {runs.last_name} ({runs.last.get('mode')}, exit code {runs.last.get('exit_code')}), {against}."]
    if flagged:
        notes.append(f"{len(flagged)} site(s) flagged: record count or a field's fill rate dropped; listed first.")
    if computed:
        notes.append("Some fill rates were computed from today's site files: that run report holds none.")
    if runs.previous and not any(isinstance(s, dict) and s.get("fill_rates") for s in runs.previous["sites"]):
        notes.append("The previous run report holds no fill rates: only record counts are compared.")
    notes += runs.problems
    charted = rows[:SITES_CHARTED]
    if len(rows) > len(charted):
        notes.append(f"The chart shows the first {len(charted)} of {len(rows)} sites; the table lists them all.")
    svg = pair_bar_svg(
        [r.site for r in charted],
        [r.records for r in charted],
        [r.previous_records for r in charted],
        title="Records per site",
        xlabel="records",
        chart_id="health",
    )
    numbers = table(
        "t-health",
        ["site", "flag", "pages", "records", "previous", "errors", "error classes", "warnings", "status"],
        [
            (
                r.site,
                "; ".join(r.flags),
                r.pages,
                r.records,
                r.previous_records,
                r.errors,
                r.error_classes,
                r.warnings,
                r.status,
            )
            for r in rows
        ],
        [bool(r.flags) for r in rows],
    )
    fill = table(
        "t-fill",
        ["site", *FILL_FIELDS],
        [(r.site, *(float(r.fill[f]) if f in r.fill else None for f in FILL_FIELDS)) for r in rows],
        [bool(r.flags) for r in rows],
    )
    body = (
        "".join(f'<p class="note">{_e(n)}</p>' for n in notes)
        + page.figure(svg, "")
        + f'<div class="scroll">{numbers}</div>'
        + "<h3>Fill rate of each field, per site</h3>"
        + '<p class="note">Share of the site\'s records with the field filled (a period only as printed text '
        + "does not count).</p>"
        + f'<div class="scroll">{fill}</div>'
    )
    page.sections.append(("health", "Last run's health", body))


def build_report(data: Path, *, now: datetime | None = None) -> tuple[str, int]:
    """The page's HTML for DATA, and how many records it describes."""
    clean = data / "clean"
    records = load_records(clean / dataset.COMBINED)
    runs = load_runs(data / "runs")
    page = Page()
    _dataset_sections(page, records, runs.coverage)
    _health_section(page, runs, clean)
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    projects = len({r[PROJECT] for r in records.items})
    meta = f"{len(records.items)} records ({projects} projects) in {clean / dataset.COMBINED}; made {stamp}."
    if records.unreadable:
        meta += f" {records.unreadable} line(s) were not records and are left out."
    if records.ungrouped:
        meta += f" {records.ungrouped} record(s) are not valid records: each counts as a project of its own."
    nav = "".join(f'<a href="#{_e(sid)}">{_e(title)}</a>' for sid, title, _ in page.sections)
    body = "\n".join(
        f'<section id="{_e(sid)}"><h2>{_e(title)}</h2>{content}</section>' for sid, title, content in page.sections
    )
    text = PAGE.format(
        title="Dataset and run report",
        style=STYLE,
        meta=_e(meta),
        nav=nav,
        body=body,
        counter=COUNTER,
        charts=page.charts,
    )
    return text, len(records.items)


@dataclass(frozen=True)
class Written:
    path: Path
    records: int
    size: int
    seconds: float


def write_report(data: Path, out: Path) -> Written:
    """Build and write the page atomically (raises WriteError)."""
    started = time.perf_counter()
    text, count = build_report(data)
    write_text_atomic(out, text)
    return Written(out, count, len(text.encode("utf-8")), time.perf_counter() - started)
