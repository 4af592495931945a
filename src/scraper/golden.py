"""Golden records: what each fixture page must extract to, compared field by field.

The fixtures folder (`tests/fixtures/`) is a raw store with each saved page beside its
expected records:

    <site>/<key>.html            the body as received
    <site>/<key>.json            the raw-store sidecar (URL, status, headers, time, SHA-256); or,
                                 for pages a run saved since, their lines in <site>/_entries.jsonl
    <site>/<key>.expected.json   the golden file: the page's URL, role, extractor and its records or links

The store reads only `<key>.json` sidecars and its entries files, so the expected files and
READMEs beside them are not pages.  Expected files change only through `scrape validate --update`, whose diff a
person reads before committing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract import jsonl
from extract.page import SiteInfo
from extract.pipeline import Extraction, Role
from scraper.pages import role_of, run_page
from scraper.registry import Site
from scraper.store import RawStore, StoreError
from scraper.writer import write_text_atomic

EXPECTED_SUFFIX = ".expected.json"


def expected_path(fixtures: Path, site: str, key: str) -> Path:
    """Where a page's expected records live: beside its body (whose entry is a line or a `<key>.json` sidecar)."""
    return fixtures / site / f"{key}{EXPECTED_SUFFIX}"


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
    expected: Path
    differences: list[str] = field(default_factory=list)
    status: str = "ok"  # ok, changed, new (no expected file yet), updated, error, orphan


@dataclass
class ValidationReport:
    checks: list[PageCheck] = field(default_factory=list)

    @property
    def failed(self) -> list[PageCheck]:
        return [c for c in self.checks if c.status in ("changed", "new", "error", "orphan")]


def _read_expected(path: Path) -> tuple[Any, str | None]:
    try:
        return jsonl.loads(path.read_text(encoding="utf-8")), None
    except (OSError, ValueError) as error:
        return None, f"expected file {path} is unreadable: {error}"


def _unreadable(store: RawStore, site: str, key: str) -> bool:
    """An entry that is there but cannot be loaded (the scan reported it); False when absent or fine."""
    try:
        store.get_key(site, key)
    except StoreError:
        return True
    return False


def validate(fixtures: Path, sites: list[Site], *, update: bool = False) -> ValidationReport:
    """Re-extract every page of the fixtures folder and compare with its expected file (or rewrite it with `update`).

    A page that cannot be extracted (unreadable entry or body, selector error, stored non-200
    status), or that only the generic extractor could read (the site's page object fell back),
    fails in both modes and never becomes an expected file; an expected file without its page
    (no entry for its key, or one saved for another URL) fails as an orphan (`--update`
    deletes it), while one whose entry is there but unreadable is kept (that page is the error).
    """
    store = RawStore(fixtures)
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
        expected_file = expected_path(fixtures, entry.site, entry.key)
        visited.add(expected_file)
        check = PageCheck(entry.site, entry.url, expected_file)
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
            old = expected_file.read_text(encoding="utf-8") if expected_file.is_file() else None
            new = jsonl.dumps(actual, indent=2) + "\n"
            if old != new:
                previous, _ = _read_expected(expected_file) if old else (None, None)
                write_text_atomic(expected_file, new)
                check.status = "updated"
                check.differences = diff(previous, actual) if previous is not None else ["new expected file"]
            continue
        if not expected_file.is_file():
            check.status, check.differences = (
                "new",
                [f"no expected file {expected_file}; review the output and run `scrape validate --update`"],
            )
            continue
        expected, problem = _read_expected(expected_file)
        if problem:
            check.status, check.differences = "error", [problem]
            continue
        check.differences = diff(expected, actual)
        if check.differences:
            check.status = "changed"
    for site_id in store.sites():
        for orphan in sorted((fixtures / site_id).glob(f"*{EXPECTED_SUFFIX}")):
            if orphan in visited or _unreadable(store, site_id, orphan.name.removesuffix(EXPECTED_SUFFIX)):
                continue  # checked, or its page is there but unreadable: already an error, its records kept
            check = PageCheck(site_id, "?", orphan, [f"expected file {orphan} has no saved page"], "orphan")
            if update:
                orphan.unlink()
                check.status, check.differences = "updated", [f"deleted {orphan}: its saved page is gone"]
            report.checks.append(check)
    return report
