"""Precision and recall of the project grouping on a labelled set of record pairs (same project / not).

Each line of a pairs file is `{"id", "a", "b", "same", "note"}` where `a` and `b` are compact records
(title, published, beneficiary, implementer, amounts by kind, period, programme, contract_number, site).
A pair is predicted "same" when `group_projects` puts its two records in one project.

    python -m scraper.projects_eval tests/projects/pairs.jsonl tests/projects/pairs_holdout.jsonl \
        tests/projects/pairs_round5.jsonl
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extract.model import Amount, ExtractorInfo, Funding, Organisation, Period, Publisher, Record
from scraper.passages import reserved_hosts
from scraper.projects import project_id_of

_COMPACT_KEYS = frozenset(
    {"title", "published", "beneficiary", "implementer", "amounts", "period", "programme", "contract_number", "site"}
)


class PairsError(ValueError):
    """A pairs file that cannot be scored; the message names the file and line."""


@dataclass(frozen=True)
class Pair:
    """One labelled pair."""

    id: str
    a: Record
    b: Record
    same: bool
    note: str


@dataclass(frozen=True)
class Scores:
    """Counts and the two figures; precision is 1.0 when nothing was predicted same."""

    pairs: int
    true_positive: int
    false_positive: int
    false_negative: int
    true_negative: int
    wrong: tuple[str, ...]

    @property
    def precision(self) -> float:
        predicted = self.true_positive + self.false_positive
        return self.true_positive / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        actual = self.true_positive + self.false_negative
        return self.true_positive / actual if actual else 1.0


def _date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def record_of(compact: Mapping[str, Any], salt: str) -> Record:
    """A full record made from a compact one; the fields grouping does not read get fixed placeholders."""
    unknown = set(compact) - _COMPACT_KEYS
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}")
    digest = hashlib.sha256(json.dumps(compact, sort_keys=True, ensure_ascii=False).encode() + salt.encode())
    published = _date(compact.get("published"))
    period = compact.get("period") or {}
    amounts = []
    for kind, raw in (compact.get("amounts") or {}).items():
        value = Decimal(str(raw))
        amounts.append(Amount(kind=kind, value=value, text=f"{value} zł"))
    beneficiary, implementer = compact.get("beneficiary"), compact.get("implementer")
    site = str(compact["site"])
    return Record(
        id=digest.hexdigest()[:16],
        url=f"https://{site}.example/{digest.hexdigest()[:8]}",
        site=site,
        kind="project",
        title=str(compact["title"]),
        published=published,
        period=Period(start=_date(period.get("start")), end=_date(period.get("end"))) if period else None,
        amounts=amounts,
        funding=Funding(programme=compact.get("programme")),
        contract_number=compact.get("contract_number"),
        beneficiary=Organisation(name=beneficiary) if beneficiary else None,
        implementer=Organisation(name=implementer) if implementer else None,
        publisher=Publisher(name=site),
        text=str(compact["title"]),
        first_seen=published or date(2020, 1, 1),
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
        content_sha256=hashlib.sha256(digest.digest()).hexdigest(),
        extractor=ExtractorInfo(name="pairs", version="1"),
    )


def _refuse_reserved(line: str, where: str, reserved: frozenset[str]) -> None:
    lowered = line.lower()
    for host in reserved:
        if host in lowered:
            raise PairsError(f"{where}: names the reserved host {host}; a labelled set may not hold it")


def load_pairs(path: Path, *, reserved: frozenset[str] | None = None) -> list[Pair]:
    """The pairs of a JSONL file; PairsError (file:line and why) on a malformed line or a reserved host."""
    reserved = reserved_hosts() if reserved is None else reserved
    pairs = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise PairsError(f"{path}: {error.strerror}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        _refuse_reserved(line, where, reserved)
        try:
            raw = json.loads(line)
            pair = Pair(
                id=str(raw["id"]),
                a=record_of(raw["a"], f"{raw['id']}/a"),
                b=record_of(raw["b"], f"{raw['id']}/b"),
                same=bool(raw["same"]),
                note=str(raw.get("note", "")),
            )
        except (ValueError, KeyError, TypeError, InvalidOperation, ValidationError) as error:
            reason = str(error).splitlines()[0]
            raise PairsError(f"{where}: not a pair ({type(error).__name__}: {reason})") from None
        pairs.append(pair)
    return pairs


def score(pairs: Sequence[Pair]) -> Scores:
    """Group each pair's two records alone and compare with the label."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    wrong = []
    for pair in pairs:
        ids = project_id_of([pair.a, pair.b])
        predicted = ids[pair.a.id] == ids[pair.b.id]
        key = ("t" if predicted == pair.same else "f") + ("p" if predicted else "n")
        counts[key] += 1
        if predicted != pair.same:
            wrong.append(f"{pair.id} ({'false same' if predicted else 'missed'}): {pair.note}")
    return Scores(len(pairs), counts["tp"], counts["fp"], counts["fn"], counts["tn"], tuple(wrong))


def main(argv: Sequence[str] | None = None) -> int:
    """Print precision and recall of each pairs file named; 2 and one error line on a bad file."""
    paths = list(sys.argv[1:] if argv is None else argv)
    if not paths:
        print("usage: python -m scraper.projects_eval PAIRS.jsonl [...]", file=sys.stderr)
        return 2
    for name in paths:
        try:
            scores = score(load_pairs(Path(name)))
        except PairsError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        print(
            f"{name}: {scores.pairs} pairs, precision {scores.precision:.3f}, recall {scores.recall:.3f} "
            f"(tp {scores.true_positive}, fp {scores.false_positive}, fn {scores.false_negative}, "
            f"tn {scores.true_negative})"
        )
        for line in scores.wrong:
            print(f"  {line}")
    return 0


def _quiet_main() -> int:
    """`main`, and when the reader of its output stops early (`| head`), a quiet exit: no traceback."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (the interpreter flushes stdout on exit)
        return 141  # as a shell reports a process stopped by SIGPIPE
    return code


if __name__ == "__main__":
    raise SystemExit(_quiet_main())
