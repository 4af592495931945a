"""Golden records: what each saved page must extract to, compared field by field.

One file per saved page, `tests/golden/<site>/<key>.json`, holding the page's URL, its
role and either its records or its links.  They change only through
`scrape validate --update`, whose diff a person reads before committing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract import jsonl
from extract.page import SiteInfo
from extract.pipeline import Extraction, Role
from scraper.registry import Site
from scraper.replay import role_of, run_page
from scraper.store import RawStore, StoreError
from scraper.writer import write_text_atomic


def snapshot(extraction: Extraction) -> dict[str, Any]:
    data: dict[str, Any] = {
        "url": extraction.url,
        "role": extraction.role,
        "extractor": extraction.extractor,
    }
    if extraction.role == "article":
        data["records"] = [jsonl.to_data(record) for record in extraction.records]
    else:
        data["links"] = extraction.links
    if extraction.error:
        data["error"] = extraction.error
    # Round-trip through JSON so both sides compare as the same types (dates as strings, exact numbers).
    return jsonl.loads(jsonl.dumps(data))  # type: ignore[no-any-return]


def _show(value: Any) -> str:
    text = jsonl.dumps(value)
    return text if len(text) <= 160 else text[:157] + "..."


def diff(expected: Any, actual: Any, path: str = "") -> list[str]:
    """Field-level differences, one line each: `path: expected X, got Y`."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        lines: list[str] = []
        for key in sorted(set(expected) | set(actual)):
            where = f"{path}.{key}" if path else key
            if key not in actual:
                lines.append(f"{where}: expected {_show(expected[key])}, missing")
            elif key not in expected:
                lines.append(f"{where}: unexpected {_show(actual[key])}")
            else:
                lines += diff(expected[key], actual[key], where)
        return lines
    if isinstance(expected, list) and isinstance(actual, list):
        lines = [
            diff_line
            for i, (e, a) in enumerate(zip(expected, actual, strict=False))
            for diff_line in diff(e, a, f"{path}[{i}]")
        ]
        for i in range(len(actual), len(expected)):
            lines.append(f"{path}[{i}]: expected {_show(expected[i])}, missing")
        for i in range(len(expected), len(actual)):
            lines.append(f"{path}[{i}]: unexpected {_show(actual[i])}")
        return lines
    # Scalars compare as their JSON text: 355075.00 and 355075.0 differ, and so do 1 and true.
    if jsonl.dumps(expected) != jsonl.dumps(actual):
        return [f"{path}: expected {_show(expected)}, got {_show(actual)}"]
    return []


@dataclass
class PageCheck:
    site: str
    url: str
    golden: Path
    differences: list[str] = field(default_factory=list)
    status: str = "ok"  # ok, changed, new (no golden yet), updated, error


@dataclass
class ValidationReport:
    checks: list[PageCheck] = field(default_factory=list)

    @property
    def failed(self) -> list[PageCheck]:
        return [c for c in self.checks if c.status in ("changed", "new", "error")]


def validate(store: RawStore, sites: list[Site], golden_root: Path, *, update: bool = False) -> ValidationReport:
    """Re-extract every saved page and compare with its golden file (or rewrite it with `update`)."""
    by_id = {site.id: site for site in sites}
    report = ValidationReport()
    for entry in store.scan():
        if isinstance(entry, StoreError):
            report.checks.append(PageCheck("?", "?", Path("?"), [str(entry)], "error"))
            continue
        site = by_id.get(entry.site)
        role: Role = (role_of(site, entry.url) if site else None) or "article"
        info = site.info if site else SiteInfo(id=entry.site, name=entry.site)
        golden_path = golden_root / entry.site / f"{entry.key}.json"
        check = PageCheck(entry.site, entry.url, golden_path)
        report.checks.append(check)
        try:
            actual = snapshot(run_page(entry, info, extractor=site.extractor if site else None, role=role))
        except StoreError as error:
            check.status, check.differences = "error", [str(error)]
            continue
        if update:
            old = golden_path.read_text(encoding="utf-8") if golden_path.is_file() else None
            new = jsonl.dumps(actual, indent=2) + "\n"
            if old != new:
                write_text_atomic(golden_path, new)
                check.status = "updated"
                check.differences = diff(jsonl.loads(old), actual) if old else ["new golden file"]
            continue
        if not golden_path.is_file():
            check.status, check.differences = (
                "new",
                [f"no golden file {golden_path}; review the output and run `scrape validate --update`"],
            )
            continue
        expected = jsonl.loads(golden_path.read_text(encoding="utf-8"))
        check.differences = diff(expected, actual)
        if check.differences:
            check.status = "changed"
    return report
