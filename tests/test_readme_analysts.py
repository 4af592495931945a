"""The README's "What you get" section is what analysts copy: its snippets must give the right types,
and its field table must name every field a record carries.

The snippets are the ```python blocks of the section, run as written from a directory that holds a
dataset built offline from the shipped pages (so their "data/clean/records.jsonl" is that dataset).
The block that imports pandas must leave a DataFrame `df`; the block that imports duckdb must leave
a relation `amounts` with one row per amount (`id` and `value` columns among others).

Field-table rule: the fields are the properties of `Record.model_json_schema(mode="serialization")`,
followed through `$ref`, `anyOf` and array items, named by dotted path (`period.start`,
`amounts.value`: a list's items add no index). A top-level field is documented when it appears in
backticks in the first column of a table row. A nested field `parent.leaf` is documented when
`parent.leaf` appears in backticks anywhere in the table, or when `leaf` appears in backticks in a
row whose first column names `parent` in backticks. Every backticked name in a first column must be
a field path, so the table cannot name fields the records do not have.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

from extract.model import Record
from scraper.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DATASET = "data/clean/records.jsonl"

STRING_FIELDS = ("id", "url", "site", "kind", "schema_version")
DATE_FIELDS = ("published", "deadline", "period.start", "period.end", "first_seen", "removed")


def section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## What you get")
    return text[start : text.index("## Commands", start)]


def python_blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", section(), flags=re.MULTILINE | re.DOTALL)


def snippet(module: str) -> str:
    blocks = [block for block in python_blocks() if re.search(rf"^import {module}\b", block, re.MULTILINE)]
    assert len(blocks) == 1, f"expected one ```python block importing {module} in 'What you get', got {len(blocks)}"
    assert DATASET in blocks[0], f"the {module} snippet should read {DATASET}"
    return blocks[0]


def run_snippet(code: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "readme_snippet"}
    exec(compile(code, "README.md", "exec"), namespace)
    return namespace


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding data/clean/records.jsonl, built offline from a copy of the shipped pages."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "tests" / "fixtures", root / "data" / "raw")  # the fixtures read as a raw store
    result = CliRunner().invoke(app, ["run", "--offline", "--data", str(root / "data")])
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture(scope="module")
def records(dataset: Path) -> list[dict[str, Any]]:
    """The records as JSON text says them: numbers as Decimal with their printed digits."""
    lines = (dataset / DATASET).read_text(encoding="utf-8").splitlines()
    return [json.loads(line, parse_float=Decimal, parse_int=Decimal) for line in lines]


def json_value(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for key in path.split("."):
        value = None if value is None else value[key]
    return value


def column(df: pd.DataFrame, path: str) -> pd.Series:
    """A field's column: flattened as "period.start" or "period_start", else read from the nested dicts."""
    for name in (path, path.replace(".", "_")):
        if name in df.columns:
            return df[name]
    top, _, rest = path.partition(".")
    assert rest, f"the pandas snippet gives no column {path!r}"
    return df[top].map(lambda value: json_value(value, rest) if isinstance(value, dict) else None)


def is_date_column(series: pd.Series) -> bool:
    if pd.api.types.is_datetime64_any_dtype(series):
        return True
    return bool(series.map(lambda v: v is None or v is pd.NaT or type(v) is dt.date).all())


def as_date(value: Any) -> dt.date | None:
    if value is None or pd.isna(value):
        return None
    return value.date() if isinstance(value, dt.datetime) else value


# --- the pandas snippet ---------------------------------------------------------------------------


@pytest.fixture()
def df(dataset: Path, records: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> pd.DataFrame:
    monkeypatch.chdir(dataset)
    frame = run_snippet(snippet("pandas")).get("df")
    assert isinstance(frame, pd.DataFrame), "the pandas snippet should leave a DataFrame named df"
    assert list(column(frame, "id")) == [r["id"] for r in records], "one row per record, in file order"
    return frame


@pytest.mark.parametrize("field", STRING_FIELDS)
def test_pandas_strings_stay_strings(df: pd.DataFrame, records: list[dict[str, Any]], field: str) -> None:
    values = column(df, field)
    assert pd.api.types.is_string_dtype(values), f"{field}: {values.dtype}"
    assert list(values) == [r[field] for r in records]
    assert all(type(v) is str for v in values)


def test_pandas_schema_version_is_the_string_1_1(df: pd.DataFrame) -> None:
    assert set(column(df, "schema_version")) == {"1.2"}


def test_pandas_teryt_keeps_leading_zeros(df: pd.DataFrame, records: list[dict[str, Any]]) -> None:
    expected = [r["publisher"]["teryt"] for r in records]
    assert any(code and code.startswith("0") for code in expected), "the shipped pages include a 0… TERYT code"
    got = [None if pd.isna(v) else v for v in column(df, "publisher.teryt")]
    assert got == expected


@pytest.mark.parametrize("field", DATE_FIELDS)
def test_pandas_dates_are_dates(df: pd.DataFrame, records: list[dict[str, Any]], field: str) -> None:
    values = column(df, field)
    assert is_date_column(values), f"{field}: {values.dtype}"
    expected = [json_value(r, field) for r in records]
    assert [as_date(v) for v in values] == [None if e is None else dt.date.fromisoformat(e) for e in expected]


def test_pandas_fetched_at_is_a_utc_timestamp(df: pd.DataFrame, records: list[dict[str, Any]]) -> None:
    values = column(df, "fetched_at")
    assert pd.api.types.is_datetime64_any_dtype(values), values.dtype
    assert values.dt.tz is not None
    expected = [pd.Timestamp(r["fetched_at"]) for r in records]
    assert list(values) == expected


def test_pandas_participants_are_nullable_integers(df: pd.DataFrame, records: list[dict[str, Any]]) -> None:
    values = column(df, "participants")
    assert values.dtype == "Int64", values.dtype
    expected = [None if r["participants"] is None else int(r["participants"]) for r in records]
    assert 100 in expected, "the Opole project states 100 participants"
    assert [None if v is pd.NA else v for v in values] == expected


# --- the DuckDB snippet ---------------------------------------------------------------------------


def test_duckdb_amounts_are_exact_decimals(
    dataset: Path, records: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(dataset)
    relation = run_snippet(snippet("duckdb")).get("amounts")
    assert relation is not None, "the DuckDB snippet should leave a relation named amounts"
    rows = [dict(zip(relation.columns, row, strict=True)) for row in relation.fetchall()]
    got = sorted((row["id"], row["value"]) for row in rows)
    expected = sorted((r["id"], a["value"]) for r in records for a in r["amounts"])
    assert len(got) == len(expected) > 0
    for (got_id, value), (want_id, text_value) in zip(got, expected, strict=True):
        assert got_id == want_id
        assert type(value) is Decimal, f"{value!r} is not a Decimal"
        assert value == text_value
        if "." in str(text_value):  # the printed digits survive: 355075.00 stays 355075.00
            assert str(value) == str(text_value)
    assert Decimal("355075.00") in [value for _, value in got]
    assert "355075.00" in [str(value) for _, value in got]


# --- the field table ------------------------------------------------------------------------------


def field_paths() -> list[str]:
    schema = Record.model_json_schema(mode="serialization")
    defs = schema["$defs"]

    def object_of(node: dict[str, Any]) -> dict[str, Any] | None:
        if "$ref" in node:
            return defs[node["$ref"].rsplit("/", 1)[-1]]  # type: ignore[no-any-return]
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in node.get(key, []):
                if (found := object_of(sub)) is not None:
                    return found
        if node.get("type") == "array":
            return object_of(node.get("items", {}))
        return node if "properties" in node else None

    paths: list[str] = []

    def walk(node: dict[str, Any], prefix: str) -> None:
        for name, sub in node["properties"].items():
            paths.append(prefix + name)
            if (nested := object_of(sub)) is not None:
                walk(nested, f"{prefix}{name}.")

    walk(schema, "")
    return paths


def table_rows() -> list[tuple[set[str], set[str]]]:
    """(backticked names of the first column, backticked names of the whole row) of each field-table row."""
    lines = section().splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(r"^\|\s*field\s*\|", line))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
        rows.append((set(re.findall(r"`([^`]+)`", cells[0])), set(re.findall(r"`([^`]+)`", line))))
    return rows


def test_field_paths_are_walked_recursively() -> None:
    paths = field_paths()
    for path in ("amounts.value", "partners.lead", "publisher.municipality", "location.postcode", "extractor.version"):
        assert path in paths


def test_field_table_describes_every_field() -> None:
    rows = table_rows()
    assert rows, "no field table in 'What you get'"
    anywhere = set().union(*(row for _, row in rows))
    first_columns = set().union(*(first for first, _ in rows))
    missing = []
    for path in field_paths():
        parent, _, leaf = path.rpartition(".")
        if not parent:
            documented = path in first_columns
        else:
            documented = path in anywhere or any(parent in first and leaf in row for first, row in rows)
        if not documented:
            missing.append(path)
    assert not missing, f"fields the README's table does not describe: {missing}"


def test_field_table_names_only_real_fields() -> None:
    paths = set(field_paths())
    named = set().union(*(first for first, _ in table_rows()))
    assert named <= paths, f"names in the table's first column that are no field: {sorted(named - paths)}"
