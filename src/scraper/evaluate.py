"""Score an extractor against a hand-labelled evaluation set: `scrape evaluate`.

Every page of the set is extracted with `extract.pipeline.extract` from its raw bytes, as of
`FETCHED_AT`, and compared with its label.  The work is split by job:

- `scraper.evaluation_set`: the set's pages and labels (format in tests/evaluation/README.md);
- `scraper.evaluation_text`: the main-text checks;
- `scraper.evaluation_scoring`: how each field is scored (the rules are in its docstring);
- `scraper.evaluation_report`: the score rows, the misses, the table and the JSON report.

This module runs the extractor and ties them together; it re-exports what the CLI, the tests and
the benchmarks use.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from extract import registry
from extract.model import Record
from extract.page import SiteInfo
from extract.pipeline import extract
from extract.urls import host_of
from scraper.evaluation_report import FieldScore, Miss, PageResult, Report, fmt, report_json
from scraper.evaluation_scoring import CHECKS, FIELDS, TEXT_FIELDS, score
from scraper.evaluation_set import (
    DEFAULT_SET,
    FETCHED_AT,
    FUNDING_KEYS,
    OPTIONAL_KEYS,
    EvaluationError,
    Label,
    Prediction,
    Sample,
    load_set,
    parse_label,
)
from scraper.evaluation_text import TextChecks, check_text, page_text
from scraper.passages import PASSAGE_FIELDS, is_passage_set, load_passages

__all__ = [
    "CHECKS",
    "DEFAULT_SET",
    "FETCHED_AT",
    "FIELDS",
    "OPTIONAL_KEYS",
    "TEXT_FIELDS",
    "EvaluationError",
    "FieldScore",
    "Label",
    "Miss",
    "PageResult",
    "Prediction",
    "Report",
    "Sample",
    "TextChecks",
    "check_extractor",
    "check_text",
    "evaluate",
    "fmt",
    "from_record",
    "load_set",
    "page_text",
    "parse_label",
    "predict",
    "report_json",
    "score",
]


def check_extractor(name: str) -> None:
    try:
        registry.get(name)
    except KeyError as error:
        raise EvaluationError(str(error.args[0])) from None


def from_record(record: Record) -> Prediction:
    period = record.period
    return Prediction(
        title=record.title,
        published=record.published,
        period=None if period is None or (period.start is None and period.end is None) else (period.start, period.end),
        amounts=frozenset((amount.kind, amount.value) for amount in record.amounts),
        funding=tuple((key, getattr(record.funding, key)) for key in FUNDING_KEYS),
        beneficiary=record.beneficiary.name if record.beneficiary else None,
        implementer=record.implementer.name if record.implementer else None,
        partners=tuple((partner.name, partner.lead) for partner in record.partners),
        participants=record.participants,
        kind=record.kind,
        text=record.text,
    )


def predict(sample: Sample, extractor: str = "generic") -> Prediction:
    """Run `extractor` on the page's raw bytes (the page declares its charset) as of FETCHED_AT."""
    url = sample.label.url
    result = extract(
        url,
        sample.body,
        site=SiteInfo(id="evaluation", name=host_of(url) or url),
        content_type=None,
        fetched_at=FETCHED_AT,
        content_sha256=hashlib.sha256(sample.body).hexdigest(),
        extractor=extractor,
        fallback=False,  # score the extractor asked for, never the generic one standing in for it
    )
    if result.error or not result.records:
        return Prediction(error=result.error or "no record")
    return from_record(result.records[0])


def evaluate(set_dir: Path = DEFAULT_SET, *, extractor: str = "generic") -> Report:
    """Load the set (pages, or real-text passages), run `extractor` on every page, score every field."""
    check_extractor(extractor)
    if is_passage_set(set_dir):
        passages = load_passages(set_dir)
        predictions = [predict(sample, extractor) for sample in passages]
        return score(passages, predictions, extractor=extractor, set_dir=str(set_dir), fields=PASSAGE_FIELDS)
    samples, skipped = load_set(set_dir)
    predictions = [predict(sample, extractor) for sample in samples]
    return score(samples, predictions, extractor=extractor, set_dir=str(set_dir), problems=skipped)
