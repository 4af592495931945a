"""The run report: per-site counters, the verdict on each site, and their JSON and table forms.

"No silent success": a site that produced no records, far fewer than last run, or whose pages
failed is marked failed with a one-line reason, and the run exits 1 (`judge`, `exit_code`).
Each run's report is kept in `<data>/runs/` so runs can be compared later.
"""

from __future__ import annotations

import json
import logging
import signal
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from rich import box
from rich.markup import escape
from rich.table import Table

from scraper.errors import BENIGN_ERRORS, ERROR_CLASSES
from scraper.state import format_utc, parse_utc
from scraper.writer import write_text_atomic

log = logging.getLogger(__name__)

_COUNTERS = (
    "requests",
    "status_200",
    "status_304",
    "robots_skipped",
    "pages_new",
    "pages_changed",
    "pages_unchanged",
    "pages_removed",
    "records_new",
    "records_changed",
    "records_removed",
    "records_total",
    "records_kept",
    "warnings",
    "pages",
    "unlinked",
    "not_saved",
    "fallbacks",
    "bounded",
)


@dataclass
class SiteReport:
    """What one site's crawl did; the orchestrator counts, `judge` decides."""

    site: str
    requests: int = 0
    status_200: int = 0
    status_304: int = 0
    errors: dict[str, int] = field(default_factory=dict)  # by error class, see ERROR_CLASSES
    robots_skipped: int = 0
    pages_new: int = 0
    pages_changed: int = 0
    pages_unchanged: int = 0
    pages_removed: int = 0
    records_new: int = 0
    records_changed: int = 0
    records_removed: int = 0
    records_total: int = 0  # in the site's dataset file after the run
    records_kept: int = 0  # of those, carried from earlier runs because this run did not reach their pages
    warnings: int = 0
    pages: int = 0  # pages read (a body fetched, confirmed by a 304, or read from the store)
    unlinked: int = 0  # of those, pages no listing linked to (remembered by the state, or saved in the store)
    not_saved: int = 0  # offline: linked pages the store does not hold
    fallbacks: int = 0  # pages the site's page object no longer matched, read by the generic extractor
    # pages over a cap (size, elements, depth) or their time budget, read only in part (extract.bounds);
    # each is in `problems` as "<url>: <code>: <why>"
    bounded: int = 0
    unreachable: str | None = None  # why nothing of the site could be asked (then nothing was crawled)
    stopped: str | None = None  # the crawl ended early: "max_pages=500 reached, …", "interrupted"
    failed: bool = False
    failure: str | None = None  # one line: "no records", "12 records, 40 last run", "3 pages failed"
    problems: list[str] = field(default_factory=list)  # "<url>: <error>" for every refused or failed page
    # What a live walk chose not to read: listing pages not followed ("since_pages", "known_pages") and
    # old items of those listings not fetched ("since_items"); see scraper.walk.
    not_followed: dict[str, int] = field(default_factory=dict)
    # Share of the site's records (its dataset file after the run) with each field filled, see `fill_rates`;
    # compared run to run by `scrape report`, so a site redesign shows before anyone reads the data.
    fill_rates: dict[str, float] = field(default_factory=dict)

    def add_error(self, error_class: str | None) -> None:
        """Count one failed page by class; robots refusals go to `robots_skipped`, unknown classes to "other"."""
        if error_class == "robots":
            self.robots_skipped += 1
            return
        key = error_class if error_class in ERROR_CLASSES else "other"
        self.errors[key] = self.errors.get(key, 0) + 1

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def page_failures(self) -> int:
        """Errors that count against the site (everything but robots, not_html, offsite, scheme)."""
        return sum(n for name, n in self.errors.items() if name not in BENIGN_ERRORS)

    def fail(self, reason: str) -> None:
        """Mark the site failed, adding `reason` to any earlier one (e.g. set by the orchestrator)."""
        reasons = [r for r in (self.failure or "").split("; ") if r]
        if reason not in reasons:
            reasons.append(reason)
        self.failed, self.failure = True, "; ".join(reasons)


def judge(
    site: SiteReport,
    *,
    last_count: int | None,
    may_be_empty: bool,
    shrink_ratio: float = 0.5,
    why_empty: str | None = None,
) -> None:
    """Fail the site if this run reached no records, far fewer than last run (< shrink_ratio * last_count),
    or failed pages.

    Records kept from earlier runs do not count as reached: a site that now yields nothing fails even
    though its old records stay in the dataset.  A run stopped early (max_pages, interrupted) is only
    failed when the dataset holds no record of the site at all.  `may_be_empty` (a site that
    legitimately has nothing some days) skips the record checks; an earlier failure is kept.
    `why_empty` says why a site with no records has none ("nothing saved for it in …").
    """
    if site.unreachable:
        return  # nothing was asked of the site: its one failure line says all there is
    reached = site.records_total - site.records_kept
    if not may_be_empty:
        if site.stopped:
            if site.records_total == 0:
                site.fail(f"no records: {site.stopped} before any article")
        elif reached == 0:
            kept = f" ({site.records_kept} kept from earlier runs)" if site.records_kept else ""
            site.fail(f"no records: {why_empty}" if why_empty else f"no records{kept}")
        elif last_count and reached < shrink_ratio * last_count:
            site.fail(f"{reached} records, {last_count} last run")
    if failures := site.page_failures:
        site.fail(f"{failures} page{'s' if failures != 1 else ''} failed")
    if site.failed:
        log.info("%s: failed: %s", site.site, site.failure)


@dataclass
class RunReport:
    """One run: its sites' reports, serialised to `<data>/runs/` and shown as a table."""

    run_id: int | None
    mode: str  # "live" or "offline"
    started: datetime
    finished: datetime | None = None
    sites: list[SiteReport] = field(default_factory=list)
    interrupted: str | None = None  # "SIGINT" or "SIGTERM" when a signal stopped the run

    @property
    def exit_code(self) -> int:
        """0 when every site passed, 1 when any failed, 128 + the signal number when interrupted (130, 143)."""
        if self.interrupted:
            return 128 + int(signal.Signals[self.interrupted])
        return 1 if any(site.failed for site in self.sites) else 0

    def totals(self) -> SiteReport:
        """All sites summed into one report named "total"; failed if any site failed."""
        total = SiteReport("total")
        for site in self.sites:
            for name in _COUNTERS:
                setattr(total, name, getattr(total, name) + getattr(site, name))
            for name, count in site.errors.items():
                total.errors[name] = total.errors.get(name, 0) + count
        if any(site.stopped == "interrupted" for site in self.sites):
            total.stopped = "interrupted"
        failed = sum(site.failed for site in self.sites)
        if failed:
            total.failed, total.failure = True, f"{failed} of {len(self.sites)} sites failed"
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "mode": self.mode,
            "started": format_utc(self.started),
            "finished": format_utc(self.finished) if self.finished else None,
            "exit_code": self.exit_code,
            "interrupted": self.interrupted,
            "sites": [asdict(site) for site in self.sites],
        }

    def to_json(self) -> str:
        """Sorted keys, UTF-8 text (not \\u escapes), indent 2, trailing newline."""
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> RunReport:
        """Read back a saved report (to compare runs); unknown keys are ignored."""
        data = json.loads(text)
        known = {f.name for f in fields(SiteReport)}
        return cls(
            run_id=data["run_id"],
            mode=data["mode"],
            started=parse_utc(data["started"]),
            finished=parse_utc(data["finished"]) if data.get("finished") else None,
            interrupted=data.get("interrupted"),
            sites=[SiteReport(**{k: v for k, v in site.items() if k in known}) for site in data["sites"]],
        )

    def filename(self) -> str:
        """`20261123T100000Z-live.json`: sorts by start time."""
        return f"{format_utc(self.started).replace('-', '').replace(':', '')}-{self.mode}.json"

    def save(self, data_dir: Path) -> Path:
        """Write the report atomically to `<data_dir>/runs/<started>-<mode>.json` and return its path."""
        path = Path(data_dir) / "runs" / self.filename()
        write_text_atomic(path, self.to_json())
        return path

    def table(self) -> Table:
        """One row per site and a total row; failure reasons in the caption. Offline runs drop the HTTP columns."""
        title = f"scrape run {self.run_id} ({self.mode})" if self.run_id is not None else f"scrape run ({self.mode})"
        # Borderless and unpadded, so that seventeen columns fit the CLI's 120 characters.
        table = Table(
            title=title,
            title_justify="left",
            caption_justify="left",
            box=box.HORIZONTALS,
            padding=(0, 0),
            show_edge=False,
        )
        columns = _LIVE_COLUMNS if self.mode == "live" else _OFFLINE_COLUMNS
        table.add_column("site", no_wrap=True)
        for header, _ in columns:
            # the error breakdown wraps on narrow terminals; the counts never do
            table.add_column(
                header, justify="right", no_wrap=header != "errors", min_width=6 if header == "errors" else None
            )
        table.add_column("status", no_wrap=True)
        for site in self.sites:
            table.add_row(*_row(site, columns))
        table.add_section()
        table.add_row(*_row(self.totals(), columns), style="bold")
        reasons = [escape(f"{site.site}: {site.failure or 'failed'}") for site in self.sites if site.failed]
        if reasons:
            table.caption = "\n".join(reasons)
        return table


# The record fields a page may or may not give (the always-present ones, id, url, title, ..., are left out).
FILL_FIELDS = (
    "published",
    "period",
    "deadline",
    "amounts",
    "funding",
    "contract_number",
    "beneficiary",
    "implementer",
    "partners",
    "participants",
    "location",
    "attachments",
    "contacts",
)


def _filled(value: Any) -> bool:
    """Null, empty and an object holding only its printed `text` (a period not understood) are not filled."""
    if isinstance(value, dict):
        return any(_filled(v) for k, v in value.items() if k != "text")
    return value not in (None, "", [])


class _Filled:
    """Counts, per FILL_FIELDS, the records with the field filled."""

    def __init__(self) -> None:
        self.records = 0
        self.filled = dict.fromkeys(FILL_FIELDS, 0)

    def add(self, record: dict[str, Any]) -> None:
        self.records += 1
        for name in FILL_FIELDS:
            self.filled[name] += _filled(record.get(name))

    def rates(self) -> dict[str, float]:
        """The share of the records with each field filled (3 decimals); {} for none."""
        if not self.records:
            return {}
        return {name: round(self.filled[name] / self.records, 3) for name in FILL_FIELDS}


def fill_rates(lines: Iterable[str]) -> dict[str, float]:
    """Per FILL_FIELDS, the share of record lines with it filled (3 decimals); {} for no readable line."""
    counts = _Filled()
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            counts.add(record)
    return counts.rates()


def record_facts(lines: Iterable[str]) -> tuple[int, dict[str, float]]:
    """A site's records' warnings, counted, and their fill rates (`fill_rates`), each line parsed once.

    Why once: a site's report took both from its lines, parsing each twice on the event loop (25 µs of
    CPU a record then, 14 now).  The lines are the walk's own (its records, and the earlier ones it keeps): a line
    that is not a JSON object raises, as counting the warnings always did.
    """
    counts = _Filled()
    warnings = 0
    for line in lines:
        record = json.loads(line)
        warnings += len(record.get("warnings", []))
        counts.add(record)
    return warnings, counts.rates()


def compact_errors(errors: dict[str, int]) -> str:
    """`4xx:2 5xx:1 timeout:1`, in ERROR_CLASSES order, zero counts left out."""
    order: dict[str, int] = {name: index for index, name in enumerate(ERROR_CLASSES)}
    names = sorted((n for n, c in errors.items() if c), key=lambda n: (order.get(n, len(order)), n))
    return " ".join(f"{name.removeprefix('http_')}:{errors[name]}" for name in names)


def _errors(site: SiteReport) -> str:
    return f"{site.error_count} {compact_errors(site.errors)}" if site.error_count else "0"


Column = tuple[str, Callable[[SiteReport], object]]
_RECORD_COLUMNS: list[Column] = [
    ("recs\nnew", lambda s: s.records_new),
    ("recs\nchg", lambda s: s.records_changed),
    ("recs\ngone", lambda s: s.records_removed),
    ("recs\ntotal", lambda s: s.records_total),
    ("recs\nkept", lambda s: s.records_kept),
    ("warn", lambda s: s.warnings),
]
_LIVE_COLUMNS: list[Column] = [
    ("req", lambda s: s.requests),
    ("200", lambda s: s.status_200),
    ("304", lambda s: s.status_304),
    ("errors", _errors),
    ("robots", lambda s: s.robots_skipped),
    ("pages\nnew", lambda s: s.pages_new),
    ("pages\nchg", lambda s: s.pages_changed),
    ("pages\nsame", lambda s: s.pages_unchanged),
    ("pages\ngone", lambda s: s.pages_removed),
    *_RECORD_COLUMNS,
]
_OFFLINE_COLUMNS: list[Column] = [
    ("pages", lambda s: s.pages),
    ("un-\nlinked", lambda s: s.unlinked),
    ("not\nsaved", lambda s: s.not_saved),
    ("errors", _errors),
    *_RECORD_COLUMNS,
]


def _row(site: SiteReport, columns: list[Column]) -> list[str]:
    status = (
        "[red]FAILED[/]" if site.failed else "[yellow]STOPPED[/]" if site.stopped == "interrupted" else "[green]OK[/]"
    )
    return [escape(site.site), *(str(value(site)) for _, value in columns), status]
