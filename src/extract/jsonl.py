"""Records as JSON: sorted keys, UTF-8 letters as letters, Decimal as an exact JSON number."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import simplejson  # type: ignore[import-untyped]

from extract.model import Record


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def to_data(record: Record) -> dict[str, Any]:
    """The record as JSON-ready Python data (Decimals kept exact)."""
    return _plain(record.model_dump(mode="python"))  # type: ignore[no-any-return]


def dumps(data: Any, *, indent: int | None = None) -> str:
    text: str = simplejson.dumps(
        data,
        use_decimal=True,
        ensure_ascii=False,
        sort_keys=True,
        indent=indent,
        separators=(",", ": ") if indent else (",", ":"),
    )
    return text


def loads(text: str) -> Any:
    """Parse JSON keeping numbers with a fraction as Decimal (so 355075.00 stays 355075.00)."""
    return simplejson.loads(text, use_decimal=True)


def record_line(record: Record) -> str:
    return dumps(to_data(record))
