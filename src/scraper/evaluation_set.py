"""The labelled evaluation set: reading and checking its pages and labels, and the fields they label.

A set is a folder with `pages/<name>.html` (raw bytes, in the encoding the page declares) and
`labels/<name>.json` (the format is in tests/evaluation/README.md).  A label's kinds and funding keys
are those of `extract.model` (`AmountKind`, `RecordKind`, `Funding`): one definition of each.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, get_args

from extract.model import AmountKind, Funding, RecordKind

FETCHED_AT = datetime(2026, 11, 20, tzinfo=UTC)  # fixed: relative dates ("wczoraj") resolve the same every run
DEFAULT_SET = Path("tests/evaluation")
FUNDING_KEYS: tuple[str, ...] = tuple(Funding.model_fields)
# Label keys a label may leave out: the page is then not scored on that field (labels predating it).
OPTIONAL_KEYS = ("participants",)
AMOUNT_KINDS: frozenset[str] = frozenset(get_args(AmountKind))
RECORD_KINDS: frozenset[str] = frozenset(get_args(RecordKind))

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
