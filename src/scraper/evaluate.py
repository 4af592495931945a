"""Score an extractor against a hand-labelled evaluation set: precision, recall and F1 per field, misses per page.

A set is a folder with `pages/<name>.html` (raw bytes, in the encoding the page declares) and
`labels/<name>.json` (the format is in tests/evaluation/README.md).  Every page is extracted with
`extract.pipeline.extract` from its raw bytes, as of `FETCHED_AT`, and compared with its label.

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
  `text_first.starts` / `text_first.contains`: the text starts with / contains the label's first
  sentence; `text_last.ends` / `text_last.contains`: it ends with / contains the last sentence;
  `text.clean`: nothing from the page outside the main text is in the output: the text has nothing
  before the first sentence and nothing after the last one, and when a sentence is missing, the
  output's edge does not come from the page's text outside the main text.  A page with no text is not
  clean.  A headline at the very start of the text is skipped for all these checks: it is the page's
  own, not boilerplate (a date line or a "Data:" prefix is not skipped).
- `title.similarity`: the mean difflib ratio between the case-folded titles (in the accuracy column).

Comparisons are on NFC text with whitespace collapsed; names (beneficiary, implementer, partners) are
also case-folded; amounts compare as Decimal values (1250000.00 == 1250000.0).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from rich.table import Table
from selectolax.lexbor import LexborHTMLParser

from extract import registry
from extract.decode import decode_html
from extract.model import Record
from extract.page import SiteInfo, block_text
from extract.pipeline import extract
from extract.text import clean
from extract.urls import host_of

FETCHED_AT = datetime(2026, 11, 20, tzinfo=UTC)  # fixed: relative dates ("wczoraj") resolve the same every run
DEFAULT_SET = Path("tests/evaluation")
FUNDING_KEYS = ("fund", "programme", "priority_axis", "measure", "funder")
# Label keys a label may leave out: the page is then not scored on that field (labels predating it).
OPTIONAL_KEYS = ("participants",)
AMOUNT_KINDS = frozenset({"total_cost", "grant", "eu_share", "own_share", "eligible", "other"})
RECORD_KINDS = frozenset({"project", "programme", "practice", "news", "other"})
_EDGE = 40  # characters of the output's edge looked up in the page when a label sentence is missing

FieldKind = Literal["single", "set", "check", "mean"]
Amounts = frozenset[tuple[str, Decimal]]


class EvaluationError(Exception):
    """The set cannot be scored: a missing folder, a malformed label, an unknown extractor."""


@dataclass(frozen=True)
class Fields:
    """The record fields the set labels, in the label's terms (shared by labels and predictions)."""

    title: str | None = None
    published: date | None = None
    period: tuple[date | None, date | None] | None = None
    amounts: Amounts = frozenset()
    funding: tuple[tuple[str, str | None], ...] = tuple((key, None) for key in FUNDING_KEYS)
    beneficiary: str | None = None
    implementer: str | None = None
    partners: tuple[tuple[str, bool], ...] = ()
    participants: int | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Label(Fields):
    """One page's hand labels (tests/evaluation/README.md)."""

    url: str = ""
    unlabelled: frozenset[str] = frozenset()  # OPTIONAL_KEYS the label leaves out: those fields are not scored
    text_first: str | None = None
    text_last: str | None = None
    style: str | None = None


@dataclass(frozen=True)
class Sample:
    """A labelled page: its name (the file stem), raw bytes and labels."""

    name: str
    body: bytes
    label: Label


@dataclass(frozen=True)
class Prediction(Fields):
    """What one extractor said about one page; None where it gave nothing."""

    text: str | None = None
    error: str | None = None


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
            "problems": self.problems,
            "fields": [score.as_json() for score in self.fields],
            "page_results": [page.as_json() for page in self.pages],
        }

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


# --- loading -------------------------------------------------------------------------------------------------


def load_set(directory: Path) -> tuple[list[Sample], list[str]]:
    """The labelled pages of a set, by name; and the names skipped (a page without a label or the reverse)."""
    pages_dir, labels_dir = directory / "pages", directory / "labels"
    if not pages_dir.is_dir() or not labels_dir.is_dir():
        raise EvaluationError(f"{directory} is not an evaluation set: it needs pages/ and labels/ folders")
    pages = {path.stem: path for path in pages_dir.glob("*.html")}
    labels = {path.stem: path for path in labels_dir.glob("*.json")}
    skipped = [f"{pages[name]}: no label" for name in sorted(pages.keys() - labels.keys())]
    skipped += [f"{labels[name]}: no page" for name in sorted(labels.keys() - pages.keys())]
    samples = [
        Sample(name, pages[name].read_bytes(), parse_label(labels[name]))
        for name in sorted(pages.keys() & labels.keys())
    ]
    if not samples:
        raise EvaluationError(f"no labelled pages in {directory} (pages/<name>.html with labels/<name>.json)")
    return samples, skipped


def parse_label(path: Path) -> Label:
    """Read and check one label file; a malformed one raises EvaluationError naming the file and the key."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EvaluationError(f"{path}: not a readable JSON file: {error}") from error
    if not isinstance(data, dict):
        raise EvaluationError(f"{path}: a label is a JSON object")

    def bad(key: str, why: str) -> EvaluationError:
        return EvaluationError(f"{path}: {key}: {why}")

    def text(key: str, value: Any, *, required: bool = False) -> str | None:
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise bad(key, f"expected a non-empty string{'' if required else ' or null'}, got {value!r}")
        return value

    def day(key: str, value: Any) -> date | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise bad(key, f"expected an ISO date (YYYY-MM-DD) or null, got {value!r}") from None

    def items(key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise bad(key, "expected a list of objects")
        return value

    url = text("url", data.get("url"), required=True)
    assert url is not None
    if not url.startswith(("http://", "https://")):
        raise bad("url", f"expected an absolute http(s) URL, got {url!r}")
    stated = data.get("period")
    if stated is not None and not isinstance(stated, dict):
        raise bad("period", "expected {start, end} or null")
    period = (day("period.start", stated.get("start")), day("period.end", stated.get("end"))) if stated else None
    amounts: set[tuple[str, Decimal]] = set()
    for index, item in enumerate(items("amounts")):
        kind, value = item.get("kind"), item.get("value")
        if kind not in AMOUNT_KINDS:
            raise bad(f"amounts[{index}].kind", f"expected one of {', '.join(sorted(AMOUNT_KINDS))}, got {kind!r}")
        if not isinstance(value, str):
            raise bad(f"amounts[{index}].value", f'expected a decimal string such as "1250.00", got {value!r}')
        try:
            amounts.add((kind, Decimal(value)))
        except InvalidOperation:
            raise bad(f"amounts[{index}].value", f"not a decimal number: {value!r}") from None
    funding = data.get("funding") or {}
    if not isinstance(funding, dict) or set(funding) - set(FUNDING_KEYS):
        raise bad("funding", f"expected an object with the keys {', '.join(FUNDING_KEYS)}")
    partners = []
    for index, item in enumerate(items("partners")):
        name = text(f"partners[{index}].name", item.get("name"), required=True)
        lead = item.get("lead", False)
        if not isinstance(lead, bool):
            raise bad(f"partners[{index}].lead", f"expected true or false, got {lead!r}")
        assert name is not None
        partners.append((name, lead))
    participants = data.get("participants")
    if participants is not None and (type(participants) is not int or participants < 0):
        raise bad("participants", f"expected a whole number >= 0 or null, got {participants!r}")
    kind = data.get("kind")
    if kind is not None and kind not in RECORD_KINDS:
        raise bad("kind", f"expected one of {', '.join(sorted(RECORD_KINDS))} or null, got {kind!r}")
    return Label(
        url=url,
        title=text("title", data.get("title")),
        published=day("published", data.get("published")),
        period=None if period is None or period == (None, None) else period,
        amounts=frozenset(amounts),
        funding=tuple((key, text(f"funding.{key}", funding.get(key))) for key in FUNDING_KEYS),
        beneficiary=text("beneficiary", data.get("beneficiary")),
        implementer=text("implementer", data.get("implementer")),
        partners=tuple(partners),
        participants=participants,
        kind=kind,
        unlabelled=frozenset(key for key in OPTIONAL_KEYS if key not in data),
        text_first=text("text_first", data.get("text_first")),
        text_last=text("text_last", data.get("text_last")),
        style=data.get("style") if isinstance(data.get("style"), str) else None,
    )


# --- extracting ----------------------------------------------------------------------------------------------


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


# --- scoring -------------------------------------------------------------------------------------------------


def _name(value: str | None) -> str | None:
    return clean(value).casefold() if value else None


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
    "beneficiary": lambda x: _name(x.beneficiary),
    "implementer": lambda x: _name(x.implementer),
    "partners.lead": lambda x: _leads((_name(name) or "", lead) for name, lead in x.partners),
    "participants": lambda x: x.participants,
    "kind": lambda x: x.kind,
}
SETS: dict[str, _Set] = {
    "amounts": lambda x: x.amounts,
    "amounts.value": lambda x: frozenset(value for _, value in x.amounts),
    "partners": lambda x: frozenset(_name(name) for name, _ in x.partners),
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
    return frozenset(name for name, _ in x.partners if _name(name) in items)


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


def _squash(text: str) -> str:
    """No whitespace at all: where two extractors break lines differently, the characters still line up."""
    return re.sub(r"\s+", "", text)


def _wordy(text: str) -> bool:
    return any(character.isalnum() for character in text)


def page_text(body: bytes) -> str:
    """The page's visible text, whitespace collapsed: where an output's edge is looked up."""
    tree = LexborHTMLParser(decode_html(body).text)
    node = tree.body or tree.root
    return clean(block_text(node)) if node is not None else ""


@dataclass(frozen=True)
class TextChecks:
    starts: bool
    has_first: bool
    ends: bool
    has_last: bool
    before: str | None  # boilerplate found before the main text (a snippet), None when clean
    after: str | None
    anchored: bool = True  # both label sentences are on the page (else the label needs fixing)

    @property
    def clean(self) -> bool:
        return self.before is None and self.after is None


def check_text(text: str | None, first: str, last: str, *, titles: Sequence[str | None], page: str) -> TextChecks:
    """The main-text checks of one page (see the module docstring); `page` is `page_text` of the page."""
    output, first, last = clean(text or ""), clean(first), clean(last)
    for title in titles:  # the headline at the top of the text is the page's own
        if title and not output.startswith(first) and output.startswith(heading := clean(title)):
            output = output[len(heading) :].lstrip()
            break
    squashed = _squash(page)
    start = squashed.find(_squash(first))
    end = squashed.find(_squash(last), max(start, 0))
    anchored = start >= 0 and end >= 0
    main = (start, end + len(_squash(last))) if anchored else (0, len(squashed))
    if not output:
        return TextChecks(False, False, False, False, before="(no text)", after="(no text)", anchored=anchored)
    at_first, at_last = output.find(first), output.rfind(last)

    def outside(edge: str) -> bool:
        """The edge is in the page, and only outside its main text."""
        needle = _squash(edge)
        found = [m.start() for m in re.finditer(re.escape(needle), squashed)] if needle else []
        return bool(found) and not any(main[0] <= i and i + len(needle) <= main[1] for i in found)

    if at_first >= 0:
        before = output[:at_first].strip() if _wordy(output[:at_first]) else None
    else:
        before = output[:_EDGE] if outside(output[:_EDGE]) else None
    if at_last >= 0:
        tail = output[at_last + len(last) :]
        after = tail.strip() if _wordy(tail) else None
    else:
        after = output[-_EDGE:] if outside(output[-_EDGE:]) else None
    return TextChecks(
        starts=output.startswith(first),
        has_first=at_first >= 0,
        ends=output.endswith(last),
        has_last=at_last >= 0,
        before=before,
        after=after,
        anchored=anchored,
    )


def _snippet(text: str, *, tail: bool = False, width: int = 100) -> str:
    if len(text) <= width:
        return text
    return "…" + text[-width:] if tail else text[:width] + "…"


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
                "text_first.starts": (checks.starts, label.text_first, _snippet(output)),
                "text_first.contains": (checks.has_first, label.text_first, _snippet(output)),
                "text_last.ends": (checks.ends, label.text_last, _snippet(output, tail=True)),
                "text_last.contains": (checks.has_last, label.text_last, _snippet(output, tail=True)),
                "text.clean": (
                    checks.clean,
                    "nothing before the first sentence or after the last",
                    "; ".join(
                        f"{side}: {_snippet(found, tail=side == 'after')}"
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


def evaluate(set_dir: Path = DEFAULT_SET, *, extractor: str = "generic") -> Report:
    """Load the set, run `extractor` on every page, score every field."""
    check_extractor(extractor)
    samples, skipped = load_set(set_dir)
    predictions = [predict(sample, extractor) for sample in samples]
    return score(samples, predictions, extractor=extractor, set_dir=str(set_dir), problems=skipped)


def report_json(report: Report) -> str:
    return json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n"
