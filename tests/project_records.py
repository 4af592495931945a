"""Records for the grouping's tests from compact fields, and whether the rule puts two of them in one project."""

from __future__ import annotations

from typing import Any

from extract.model import Record
from scraper.projects import project_id_of
from scraper.projects_eval import record_of


def rec(title: str, salt: str = "", **fields: Any) -> Record:
    """A record from compact fields (site defaults to one site)."""
    compact = {"title": title, "site": fields.pop("site", "ug-test"), **fields}
    return record_of(compact, salt)


def same(a: Record, b: Record) -> bool:
    ids = project_id_of([a, b])
    return ids[a.id] == ids[b.id]
