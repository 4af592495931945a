"""Pinned scores: per-field floors for each evaluation set, so a regression fails CI instead of hiding.

The baseline file maps each set to its hash (its files' names and contents) and a floor per
field: F1 where the field has one, else accuracy, and the share of pages with every field right.
A check fails when a score drops below its floor by more than MARGIN, or when the set changed
since it was pinned (new passages move the scores: pin again in the same commit).  Pinning
raises floors freely; lowering one needs `allow_lower` (and a sentence in the commit saying why).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scraper.evaluation_report import Report
from scraper.evaluation_set import EvaluationError
from scraper.passages import set_hash
from scraper.writer import write_text_atomic

MARGIN = 0.01
ALL_RIGHT = "all_right"  # the share of pages or passages with every scored field right


def scores(report: Report) -> dict[str, float]:
    """The figures a baseline pins: F1 (or accuracy where F1 is undefined) per field, and all-right share."""
    found: dict[str, float] = {}
    for score in report.fields:
        value = score.f1 if score.f1 is not None else score.accuracy
        if value is not None:
            found[score.field] = round(value, 4)
    if report.pages:
        found[ALL_RIGHT] = round(report.all_right / len(report.pages), 4)
    return found


def read_baseline(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise EvaluationError(f"{path}: cannot read the baseline: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("sets"), dict):
        raise EvaluationError(f'{path}: a baseline is {{"sets": {{set: {{hash, extractor, floors}}}}}}')
    return data


def check(report: Report, set_dir: Path, baseline: dict[str, Any]) -> list[str]:
    """Why the report falls short of the baseline pinned for `set_dir` (empty: it passes)."""
    pinned = baseline["sets"].get(set_dir.as_posix())
    if pinned is None:
        return [f"{set_dir}: not pinned in the baseline"]
    if pinned.get("hash") != set_hash(set_dir):
        return [f"{set_dir}: the set changed since its scores were pinned; pin it again (scrape evaluate --pin)"]
    now = scores(report)
    return [
        f"{set_dir}: {field} {now.get(field, 0.0):.4f} is below its floor {floor:.4f}"
        for field, floor in sorted(pinned["floors"].items())
        if now.get(field, 0.0) < floor - MARGIN
    ]


def pin(report: Report, set_dir: Path, path: Path, *, allow_lower: bool = False) -> list[str]:
    """Write the report's scores as the set's floors; returns the floors it lowered (refused unless allowed)."""
    baseline: dict[str, Any] = read_baseline(path) if path.is_file() else {"margin": MARGIN, "sets": {}}
    sets: dict[str, Any] = baseline["sets"]
    old: dict[str, float] = sets.get(set_dir.as_posix(), {}).get("floors", {})
    new = scores(report)
    lowered = [
        f"{field}: {old[field]:.4f} -> {new.get(field, 0.0):.4f}" for field in old if new.get(field, 0.0) < old[field]
    ]
    if lowered and not allow_lower:
        raise EvaluationError(
            f"{set_dir}: pinning would lower {len(lowered)} floor(s) ({'; '.join(lowered)}); "
            "give --allow-lower and say why in the commit"
        )
    sets[set_dir.as_posix()] = {"hash": set_hash(set_dir), "extractor": report.extractor, "floors": new}
    write_text_atomic(path, json.dumps(baseline, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return lowered
