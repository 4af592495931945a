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


def _show_strings(expected: str, actual: str) -> str:
    """Long texts differ somewhere in the middle: show both around the first differing character."""
    if len(expected) <= 120 and len(actual) <= 120:
        return f"expected {_show(expected)}, got {_show(actual)}"
    at = next(
        (i for i, (a, b) in enumerate(zip(expected, actual, strict=False)) if a != b), min(len(expected), len(actual))
    )
    start = max(0, at - 40)

    def window(text: str) -> str:
        piece = jsonl.dumps(text[start : at + 40])
        return ("..." if start else "") + piece + ("..." if at + 40 < len(text) else "")

    return f"differs at character {at}: expected {window(expected)}, got {window(actual)}"


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
        if isinstance(expected, str) and isinstance(actual, str):
            return [f"{path}: {_show_strings(expected, actual)}"]
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
        return [c for c in self.checks if c.status in ("changed", "new", "error", "orphan")]


def _read_golden(path: Path) -> tuple[Any, str | None]:
    try:
        return jsonl.loads(path.read_text(encoding="utf-8")), None
    except (OSError, ValueError) as error:
        return None, f"golden file {path} is unreadable: {error}"


def validate(store: RawStore, sites: list[Site], golden_root: Path, *, update: bool = False) -> ValidationReport:
    """Re-extract every saved page and compare with its golden file (or rewrite it with `update`).

    A page that cannot be extracted (selector error, stored non-200 status), or that only the
    generic extractor could read (the site's page object fell back), fails in both modes and
    never becomes a golden file; a golden file without its saved page fails as an orphan
    (`--update` deletes it).
    """
    by_id = {site.id: site for site in sites}
    report = ValidationReport()
    visited: set[Path] = set()
    for entry in store.scan():
        if isinstance(entry, StoreError):
            report.checks.append(PageCheck("?", "?", Path("?"), [str(entry)], "error"))
            continue
        site = by_id.get(entry.site)
        role: Role = (role_of(site, entry.url) if site else None) or "article"
        info = site.info if site else SiteInfo(id=entry.site, name=entry.site)
        golden_path = golden_root / entry.site / f"{entry.key}.json"
        visited.add(golden_path)
        check = PageCheck(entry.site, entry.url, golden_path)
        report.checks.append(check)
        if entry.status != 200:
            check.status, check.differences = "error", [f"stored response has status {entry.status}"]
            continue
        try:
            extraction = run_page(entry, info, extractor=site.extractor if site else None, role=role)
        except StoreError as error:
            check.status, check.differences = "error", [str(error)]
            continue
        if extraction.error:
            check.status, check.differences = "error", [f"extraction failed: {extraction.error}"]
            continue
        if extraction.fallback:  # the site's page object no longer matches its page: what validate is for
            check.status = "error"
            check.differences = [f"extraction fell back to the generic extractor: {extraction.fallback}"]
            continue
        actual = snapshot(extraction)
        if update:
            old = golden_path.read_text(encoding="utf-8") if golden_path.is_file() else None
            new = jsonl.dumps(actual, indent=2) + "\n"
            if old != new:
                previous, _ = _read_golden(golden_path) if old else (None, None)
                write_text_atomic(golden_path, new)
                check.status = "updated"
                check.differences = diff(previous, actual) if previous is not None else ["new golden file"]
            continue
        if not golden_path.is_file():
            check.status, check.differences = (
                "new",
                [f"no golden file {golden_path}; review the output and run `scrape validate --update`"],
            )
            continue
        expected, problem = _read_golden(golden_path)
        if problem:
            check.status, check.differences = "error", [problem]
            continue
        check.differences = diff(expected, actual)
        if check.differences:
            check.status = "changed"
    for orphan in sorted(golden_root.glob("*/*.json")):
        if orphan not in visited:
            check = PageCheck(orphan.parent.name, "?", orphan, [f"golden file {orphan} has no saved page"], "orphan")
            if update:
                orphan.unlink()
                check.status, check.differences = "updated", [f"deleted {orphan}: its saved page is gone"]
            report.checks.append(check)
    return report
