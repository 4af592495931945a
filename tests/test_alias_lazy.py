"""Each alias's regex is compiled on its first try (`funding_aliases._LazyPattern`): it must be a valid regex
that matches as the compiled one does, and the index must not compile the rows a text never reaches."""

from __future__ import annotations

import re

import pytest

from extract.funding_aliases import _LazyPattern, alias_set, fold
from extract.funding_tables import funder_aliases, programme_aliases

TABLES = {"programmes": programme_aliases, "funders": funder_aliases}


def _rows(table: str) -> list[_LazyPattern]:
    aliases = TABLES[table]()
    rows = []
    for index in (aliases.names, aliases.abbreviations):
        for _, group in index.by_prefix.values():
            rows.extend(regex for regex, _ in group)
    return rows


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_alias_compiles_and_matches_as_compiled(table: str) -> None:
    rows = _rows(table)
    assert len(rows) > 100
    for row in rows:
        compiled = re.compile(row.pattern)  # raises here, not on a page, if a table row is no regex
        for text in (row.pattern, "programu " + row.pattern, "x"):
            expected = compiled.match(text)
            got = _LazyPattern(row.pattern).match(text)
            assert (got and (got.span(), got.group(0))) == (expected and (expected.span(), expected.group(0)))


def test_compiled_once_and_only_when_tried() -> None:
    row = _LazyPattern(r"senior\+?")
    assert row._compiled is None
    assert row.match("ala senior+", 4) is not None
    first = row._compiled
    assert first is not None and row.match("senior") is not None and row._compiled is first


def test_a_scan_compiles_only_the_rows_it_reaches() -> None:
    aliases = alias_set(
        [("senior", "senior+|senior plus", ""), ("maluch", "maluch+|program* maluch", ""), ("klub", "klub seniora", "")]
    )
    rows = [regex for _, group in aliases.names.by_prefix.values() for regex, _ in group]
    assert rows and all(row._compiled is None for row in rows)  # nothing compiled at the build
    text = "Gmina realizuje program Senior+ w 2024 r."
    assert [keys for _, _, keys in aliases.scan(text, fold(text))] == [("senior",)]
    compiled = {row.pattern for row in rows if row._compiled is not None}
    assert compiled and len(compiled) < len(rows)  # "klub …", "maluch …": no word of the text starts them, never tried
