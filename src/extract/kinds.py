"""What a record is about (project, programme, practice, news), so analysts can filter."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.model import Amount, RecordKind

_PROGRAMME_TITLE = re.compile(r"^\W*(?:\w+\s+){0,2}program\w*\b|\bprogram\w*\b.*\bna\s+lata\b", re.IGNORECASE)
_PROJECT_WORD = re.compile(r"\bprojekt\w*\b", re.IGNORECASE)


def classify(
    title: str,
    text: str,
    *,
    fund: str | None = None,
    contract_number: str | None = None,
    amounts: Sequence[Amount] = (),
) -> RecordKind:
    """EU funding marks a project; a programme title marks a programme; money or 'projekt' a project.

    `fund`, `contract_number` and `amounts` are the record's own (amounts from the prose and its tables).
    """
    if fund or contract_number or any(a.kind == "eu_share" for a in amounts):
        return "project"
    if _PROGRAMME_TITLE.search(title):
        return "programme"
    if amounts or _PROJECT_WORD.search(title) or _PROJECT_WORD.search(text[:600]):
        return "project"
    return "news"
