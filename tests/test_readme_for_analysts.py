"""The README's "For analysts" queries run as written over `scrape export` of the shipped pages.

Analysts copy them: each must run, and give exact types (DECIMAL sums, dates as dates).
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from scraper.cli import app

ROOT = Path(__file__).resolve().parents[1]


def section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## For analysts")
    return text[start : text.index("\n## ", start + 1)]


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", section(), re.DOTALL)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("analyst")
    shutil.copytree(ROOT / "tests" / "fixtures", root / "data" / "raw")
    runner = CliRunner()
    ran = runner.invoke(app, ["run", "--offline", "--data", str(root / "data")])
    assert ran.exit_code == 0, ran.output
    done = runner.invoke(app, ["export", "--data", str(root / "data")])
    assert done.exit_code == 0, done.output
    return root


def test_the_section_has_one_sql_and_two_python_queries() -> None:
    assert len(blocks("sql")) == 1 and len(blocks("python")) == 2


def test_the_sql_query_sums_grants_exactly(exported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(exported)
    relation = duckdb.sql(blocks("sql")[0])
    assert relation.columns == ["publisher_voivodeship", "funding_programme", "records", "grants"]
    assert str(relation.types[3]).startswith("DECIMAL")
    rows = relation.fetchall()
    assert sum(r[2] for r in rows) >= 5
    assert any(isinstance(r[3], Decimal) and r[3] > 0 for r in rows)


def test_the_python_queries_run_and_keep_types(exported: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(exported)
    large: dict[str, Any] = {}
    tree = ast.parse(blocks("python")[0])
    last = tree.body[-1]
    assert isinstance(last, ast.Expr)  # the block ends on the query, as a notebook cell shows it
    tree.body[-1] = ast.copy_location(ast.Assign(targets=[ast.Name("_result", ast.Store())], value=last.value), last)
    exec(compile(ast.fix_missing_locations(tree), "readme", "exec"), large)
    rows = large["_result"]
    assert rows and all(isinstance(r[3], Decimal) and r[3] >= 100000 for r in rows)
    large["con"].close()
    leads: dict[str, Any] = {}
    exec(compile(blocks("python")[1], "readme", "exec"), leads)
    records = leads["records"]
    dated = records["published"].dropna()
    assert len(dated) and all(isinstance(d, dt.date) for d in dated)
    assert all(len(t) == 7 for t in records["publisher_teryt"].dropna())
    assert {"record_id", "title", "publisher_teryt"} <= set(leads["leads"].columns)
