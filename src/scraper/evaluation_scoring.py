"""Scoring predictions against the labels: precision, recall and F1 per field, misses per page.

How a field is scored:

- single-valued fields (title, published, period, funding.*, beneficiary, implementer, participants,
  kind, and partners.lead: the names of the lead partners): precision = correct / pages where something was
  extracted, recall = correct / pages where the label has a value, F1 = 2·correct / (extracted +
  labelled).  A null label with a null extraction is correct but outside P/R; it counts in
  accuracy = pages equal to the label / pages.
- fields added after the set was labelled (`OPTIONAL_KEYS`: participants) are scored only on pages
  whose label has the key: a missing key is "not labelled", a null one "the page states none".
- set fields (amounts as (kind, value) pairs, amounts.value ignoring kind, partners by name): P/R/F1
  over the items of all pages together (micro-averaged); accuracy = pages whose set equals the label's.
- checks on the main text (accuracy only, over pages whose label gives the sentence):
  `text_first.starts`, `text_first.contains`, `text_last.ends`, `text_last.contains` and `text.clean`,
  defined in `scraper.evaluation_text`.
- `title.similarity`: the mean difflib ratio between the case-folded titles (in the accuracy column).

Comparisons are on NFC text with whitespace collapsed; names (beneficiary, implementer, partners) are
also case-folded, with every dash and the spaces around it read as "-" (pages print one name as
"Sportowo – Kulturalne" and "Sportowo-Kulturalne"); amounts compare as Decimal values (1250000.00 ==
1250000.0).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import date
from typing import Any

from extract.text import clean
from scraper.evaluation_report import FieldKind, FieldScore, Miss, PageResult, Report
from scraper.evaluation_set import FUNDING_KEYS, EvaluationError, Label, Prediction, Sample
from scraper.evaluation_text import check_text, page_text, snippet

_DASH = re.compile(r"\s*[\u002d\u2010-\u2015\u2212]\s*")  # hyphen-minus, hyphens, figure/en/em dashes, minus


def comparable_name(value: str | None) -> str | None:
    """A name as scored: case and dash spacing are typography, not a different body."""
    return _DASH.sub("-", clean(value)).casefold() if value else None


def _similarity(expected: str, got: str | None) -> float:
    if not got:
        return 0.0
    return difflib.SequenceMatcher(None, clean(expected).casefold(), clean(got).casefold()).ratio()


def _show(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):  # a period (start .. end) or an amount (kind value)
        joiner = " .. " if all(part is None or isinstance(part, date) for part in value) else " "
        return joiner.join("null" if part is None else str(_show(part)) for part in value)
    if isinstance(value, frozenset):
        return "; ".join(sorted(str(_show(item)) for item in value))
    return str(value)


def _leads(partners: Iterable[tuple[str, bool]]) -> frozenset[str] | None:
    leads = frozenset(name for name, lead in partners if lead)
    return leads or None


_Single = Callable[[Label | Prediction], Hashable | None]
_Set = Callable[[Label | Prediction], frozenset[Any]]


def _funding(key: str) -> _Single:
    def read(x: Label | Prediction) -> str | None:
        value = dict(x.funding).get(key)
        return clean(value) if value else None

    return read


# (field, how to read the comparable value from a label or a prediction); values are compared with ==.
SINGLE: dict[str, _Single] = {
    "title": lambda x: clean(x.title) if x.title else None,
    "published": lambda x: x.published,
    "period": lambda x: x.period,
    "period.start": lambda x: x.period[0] if x.period else None,
    "period.end": lambda x: x.period[1] if x.period else None,
    **{f"funding.{key}": _funding(key) for key in FUNDING_KEYS},
    "beneficiary": lambda x: comparable_name(x.beneficiary),
    "implementer": lambda x: comparable_name(x.implementer),
    "partners.lead": lambda x: _leads((comparable_name(name) or "", lead) for name, lead in x.partners),
    "participants": lambda x: x.participants,
    "kind": lambda x: x.kind,
}
SETS: dict[str, _Set] = {
    "amounts": lambda x: x.amounts,
    "amounts.value": lambda x: frozenset(value for _, value in x.amounts),
    "partners": lambda x: frozenset(comparable_name(name) for name, _ in x.partners),
}
# How a miss shows a value normalised for comparison: as the label or the extractor wrote it.
DISPLAY: dict[str, _Single] = {
    "beneficiary": lambda x: x.beneficiary,
    "implementer": lambda x: x.implementer,
    "partners.lead": lambda x: frozenset(name for name, lead in x.partners if lead) or None,
}


def _names_of(field_name: str, x: Label | Prediction, items: frozenset[Any]) -> frozenset[Any]:
    """The items of a set miss as written: partners' names before case folding."""
    if field_name != "partners":
        return items
    return frozenset(name for name, _ in x.partners if comparable_name(name) in items)


CHECKS = ("text_first.starts", "text_first.contains", "text_last.ends", "text_last.contains", "text.clean")

FIELDS: tuple[str, ...] = (
    "title",
    "title.similarity",
    "published",
    "period",
    "period.start",
    "period.end",
    "amounts",
    "amounts.value",
    *(f"funding.{key}" for key in FUNDING_KEYS),
    "beneficiary",
    "implementer",
    "partners",
    "partners.lead",
    "participants",
    "kind",
    *CHECKS,
)
TEXT_FIELDS = ("title", "title.similarity", "published", *CHECKS)  # what a generic article extractor gives


def _kind(name: str) -> FieldKind:
    if name in SINGLE:
        return "single"
    if name in SETS:
        return "set"
    if name in CHECKS:
        return "check"
    if name == "title.similarity":
        return "mean"
    raise EvaluationError(f"unknown field {name!r}; known: {', '.join(FIELDS)}")


def score(
    samples: Sequence[Sample],
    predictions: Sequence[Prediction],
    *,
    extractor: str,
    set_dir: str = "",
    fields: Sequence[str] = FIELDS,
    problems: Sequence[str] = (),
) -> Report:
    """Compare predictions with the labels, page by page; `fields` picks the rows (what the extractor gives)."""
    if len(samples) != len(predictions):
        raise ValueError(f"{len(samples)} samples but {len(predictions)} predictions")
    scores = {name: FieldScore(name, _kind(name)) for name in fields}
    report = Report(
        extractor=extractor, set_dir=set_dir, fields=list(scores.values()), pages=[], problems=list(problems)
    )
    wants_text = any(name in CHECKS for name in fields)
    for sample, got in zip(samples, predictions, strict=True):
        label = sample.label
        page = PageResult(sample.name, label.url, style=label.style, error=got.error)
        report.pages.append(page)
        for name, score_ in scores.items():
            if name.split(".")[0] in label.unlabelled:
                continue  # the label predates the field: not labelled, not scored
            if name in SINGLE:
                expected_value, got_value = SINGLE[name](label), SINGLE[name](got)
                score_.n += 1
                score_.labelled += expected_value is not None
                score_.extracted += got_value is not None
                score_.correct += expected_value is not None and expected_value == got_value
                score_.equal += expected_value == got_value
                if expected_value != got_value:
                    shown = DISPLAY.get(name, SINGLE[name])
                    page.misses.append(Miss(name, _show(shown(label)), _show(shown(got))))
            elif name in SETS:
                expected_set, got_set = SETS[name](label), SETS[name](got)
                score_.n += 1
                score_.labelled += len(expected_set)
                score_.extracted += len(got_set)
                score_.correct += len(expected_set & got_set)
                score_.equal += expected_set == got_set
                if expected_set != got_set:
                    missing, extra = (
                        _names_of(name, label, expected_set - got_set),
                        _names_of(name, got, got_set - expected_set),
                    )
                    page.misses.append(Miss(name, _show(missing) or "", _show(extra) or ""))
            elif name == "title.similarity" and label.title:
                score_.n += 1
                score_.total += _similarity(label.title, got.title)
        if wants_text and label.text_first and label.text_last:
            checks = check_text(
                got.text,
                label.text_first,
                label.text_last,
                titles=(label.title, got.title),
                page=page_text(sample.body),
            )
            if not checks.anchored:
                report.problems.append(f"{sample.name}: the label's text_first or text_last is not on the page")
            output = clean(got.text or "")
            outcomes = {
                "text_first.starts": (checks.starts, label.text_first, snippet(output)),
                "text_first.contains": (checks.has_first, label.text_first, snippet(output)),
                "text_last.ends": (checks.ends, label.text_last, snippet(output, tail=True)),
                "text_last.contains": (checks.has_last, label.text_last, snippet(output, tail=True)),
                "text.clean": (
                    checks.clean,
                    "nothing before the first sentence or after the last",
                    "; ".join(
                        f"{side}: {snippet(found, tail=side == 'after')}"
                        for side, found in (("before", checks.before), ("after", checks.after))
                        if found is not None
                    ),
                ),
            }
            for name, (passed, expected_text, got_text) in outcomes.items():
                if name in scores:
                    scores[name].n += 1
                    scores[name].equal += passed
                    if not passed:
                        page.misses.append(Miss(name, expected_text, got_text))
    return report
