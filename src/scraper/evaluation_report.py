"""The evaluation report: a score row per field, the misses per page, and the report as a table and as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from rich.table import Table

from scraper.evaluation_set import FETCHED_AT

FieldKind = Literal["single", "set", "check", "mean"]


@dataclass
class FieldScore:
    """One row of the report.  P/R/F1 are None where undefined (nothing extracted or nothing labelled)."""

    field: str
    kind: FieldKind
    n: int = 0  # pages scored
    extracted: int = 0  # single: pages with a value; set: items extracted
    labelled: int = 0  # single: pages the label gives a value; set: items labelled
    correct: int = 0  # single: non-null values equal to the label; set: items in both
    equal: int = 0  # pages equal to the label (null-null included); checks: pages passing
    total: float = 0.0  # mean fields: sum of the values

    @property
    def precision(self) -> float | None:
        return self.correct / self.extracted if self.kind in ("single", "set") and self.extracted else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.labelled if self.kind in ("single", "set") and self.labelled else None

    @property
    def f1(self) -> float | None:
        if self.kind not in ("single", "set") or not self.extracted + self.labelled:
            return None
        return 2 * self.correct / (self.extracted + self.labelled)

    @property
    def accuracy(self) -> float | None:
        """Pages equal to the label / pages; for a mean field, the mean."""
        if not self.n:
            return None
        return (self.total if self.kind == "mean" else self.equal) / self.n

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "kind": self.kind,
            "n": self.n,
            "extracted": self.extracted,
            "labelled": self.labelled,
            "correct": self.correct,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "accuracy": self.accuracy,
        }


@dataclass(frozen=True)
class Miss:
    field: str
    expected: str | None
    got: str | None

    def as_json(self) -> dict[str, str | None]:
        return {"field": self.field, "expected": self.expected, "got": self.got}


@dataclass
class PageResult:
    name: str
    url: str
    style: str | None = None
    error: str | None = None
    misses: list[Miss] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "url": self.url,
            "style": self.style,
            "error": self.error,
            "misses": [miss.as_json() for miss in self.misses],
        }


@dataclass
class Report:
    extractor: str
    set_dir: str
    fields: list[FieldScore]
    pages: list[PageResult]
    # pages without a label, labels without a page, label sentences not found on their page
    problems: list[str] = field(default_factory=list)

    def score_of(self, name: str) -> FieldScore:
        for score in self.fields:
            if score.field == name:
                return score
        raise KeyError(name)

    @property
    def errors(self) -> int:
        return sum(1 for page in self.pages if page.error)

    def as_json(self) -> dict[str, Any]:
        return {
            "extractor": self.extractor,
            "set": self.set_dir,
            "fetched_at": FETCHED_AT.isoformat().replace("+00:00", "Z"),
            "pages": len(self.pages),
            "errors": self.errors,
            "all_right": self.all_right,
            "problems": self.problems,
            "fields": [score.as_json() for score in self.fields],
            "page_results": [page.as_json() for page in self.pages],
        }

    @property
    def all_right(self) -> int:
        """Pages (or passages) with every scored field right and no error."""
        return sum(not page.misses and page.error is None for page in self.pages)

    def table(self) -> Table:
        table = Table(
            title=f"scrape evaluate: {self.extractor} on {self.set_dir} ({len(self.pages)} pages)",
            title_justify="left",
            caption="title.similarity: the mean ratio; text_*: share of pages passing (accuracy only)",
            caption_justify="left",
        )
        table.add_column("field", no_wrap=True)
        for column in ("P", "R", "F1", "accuracy", "n", "labelled", "extracted"):
            table.add_column(column, justify="right", no_wrap=True)
        for score in self.fields:
            counts = (str(score.labelled), str(score.extracted)) if score.kind in ("single", "set") else ("", "")
            table.add_row(
                score.field,
                fmt(score.precision),
                fmt(score.recall),
                fmt(score.f1),
                fmt(score.accuracy),
                str(score.n),
                *counts,
            )
        return table

    def miss_lines(self) -> list[str]:
        """Every miss, page by page: `name url` then `  field: expected … got …`."""
        lines: list[str] = []
        for page in self.pages:
            if not page.misses and not page.error:
                continue
            lines.append(f"{page.name} {page.url}")
            if page.error:
                lines.append(f"  error: {page.error}")
            lines += [f"  {m.field}: expected {_quote(m.expected)}, got {_quote(m.got)}" for m in page.misses]
        return lines


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _quote(value: str | None) -> str:
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def report_json(report: Report) -> str:
    return json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n"
