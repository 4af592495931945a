"""`scrape export`: the dataset as tables analysts open directly (Parquet, CSV, xlsx, a DuckDB file).

Rows are built in Python from the validated records (`scraper.export_columns` says which columns and
how), handed to DuckDB as text through a staging JSONL file (DuckDB's row-by-row insert takes minutes
for 50,000 records; reading a file takes a second) and cast there to the columns' SQL types, so every
format gets the same exact values: DECIMAL from the Decimal's own digits, never through a float.
DuckDB writes Parquet, CSV and the .duckdb file; XlsxWriter the workbook. Everything is written into
a temporary folder beside the output, then each file is renamed over its old version.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import xlsxwriter  # type: ignore[import-untyped]

from extract import jsonl
from extract.model import Record
from scraper.export_columns import DECIMAL_PRECISION, DECIMAL_SCALE, SQL_TYPES, TABLES, Table, Value
from scraper.writer import TEMP_SUFFIX, WriteError

FORMATS = ("parquet", "csv", "xlsx", "duckdb")
WORKBOOK = "dataset.xlsx"
DATABASE = "dataset.duckdb"
EXCEL_CSV = "excel-pl.csv"  # records.excel-pl.csv: Excel with Polish regional settings
EXCEL_CELL_MAX = 32_767  # characters Excel keeps in a cell
EXCEL_ROWS_MAX = 1_048_576
BOM = b"\xef\xbb\xbf"
_NO_RECORDS_CREATED = datetime(2000, 1, 1)  # the workbook's creation time when there is no record to date it


class ExportError(Exception):
    """The dataset cannot be exported (missing, a line that is not a record, a value no column can hold)."""


@dataclass(frozen=True)
class Built:
    """One table's rows as Python values, in the columns' order."""

    table: Table
    rows: list[tuple[Value, ...]]


def load_records(path: Path) -> list[Record]:
    """The dataset's records, sorted by id; ExportError naming the file (and line) when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExportError(f"no dataset at {path}: run `scrape run` first (or give --data DIR)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ExportError(f"cannot read {path}: {error}") from error
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(Record.model_validate(jsonl.loads(line), strict=False))
        except ValueError as error:  # JSONDecodeError and pydantic's ValidationError both are
            reason = str(error).splitlines()
            raise ExportError(f"{path}:{number}: not a valid record: {' '.join(reason[:3])}") from None
    return sorted(records, key=lambda record: record.id)


def build(records: Sequence[Record], tables: Sequence[Table] = TABLES) -> list[Built]:
    """Every table's rows; ExportError for an amount the DECIMAL columns cannot hold exactly."""
    built = []
    for table in tables:
        getters = [column.get for column in table.columns]
        rows = [tuple(get(source) for get in getters) for source in table.rows(records)]
        for position, column in enumerate(table.columns):
            if column.type == "DECIMAL":
                for row in rows:
                    _check_decimal(row[position], f"{table.name} {row[0]}: {column.name}")
        built.append(Built(table, rows))
    return built


def _check_decimal(value: Value, where: str) -> None:
    if not isinstance(value, Decimal):
        return
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or -exponent > DECIMAL_SCALE or value >= 10 ** (DECIMAL_PRECISION - DECIMAL_SCALE):
        raise ExportError(
            f"{where} = {value} does not fit DECIMAL({DECIMAL_PRECISION}, {DECIMAL_SCALE}) exactly; not exported"
        )


def export(records: Sequence[Record], out_dir: Path, formats: Sequence[str] = FORMATS) -> list[Path]:
    """Write the chosen formats into `out_dir`; returns the files written. WriteError when it cannot write."""
    built = build(records)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(dir=out_dir, prefix=".export.", suffix=TEMP_SUFFIX))
    except OSError as error:
        raise WriteError(out_dir, error) from error
    try:
        try:
            _write_all(built, work, formats, _created(records))
            names = sorted(p.name for p in work.iterdir() if not p.name.startswith("."))
            for name in names:
                os.replace(work / name, out_dir / name)
        except (OSError, duckdb.IOException) as error:
            raise WriteError(out_dir, error if isinstance(error, OSError) else OSError(str(error))) from error
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [out_dir / name for name in names]


def _created(records: Sequence[Record]) -> datetime:
    """The workbook's creation time: the newest fetch in the data, so the same data gives the same bytes."""
    newest = max((r.fetched_at for r in records), default=None)
    return _naive_utc(newest) if newest else _NO_RECORDS_CREATED


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _write_all(built: list[Built], work: Path, formats: Sequence[str], created: datetime) -> None:
    if {"parquet", "csv", "duckdb"} & set(formats):
        with tempfile.TemporaryDirectory() as staging, duckdb.connect() as con:
            con.execute("SET threads = 1")  # one writer: the same rows give the same bytes
            con.execute("SET TimeZone = 'UTC'")
            for item in built:
                _stage(con, Path(staging), item)
            if "parquet" in formats:
                for item in built:
                    target = _sql_path(work / f"{item.table.name}.parquet")
                    con.execute(f"COPY ({_typed(item.table)}) TO {target} (FORMAT parquet, COMPRESSION zstd)")
            if "csv" in formats:
                for item in built:
                    _write_csv(con, item.table, work)
            if "duckdb" in formats:
                _write_database(con, built, work / DATABASE)
    if "xlsx" in formats:
        _write_workbook(built, work / WORKBOOK, created)


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _text(value: Value) -> str | None:
    """A value as DuckDB casts it from text: ISO dates, Decimal with its own digits, true/false."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return _naive_utc(value).isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _stage(con: duckdb.DuckDBPyConnection, folder: Path, item: Built) -> None:
    """The table as text columns in DuckDB (`stage_NAME`), read from a JSONL file of its rows."""
    names = [column.name for column in item.table.columns]
    path = folder / f"{item.table.name}.jsonl"
    with path.open("w", encoding="utf-8") as file:
        for row in item.rows:
            file.write(json.dumps(dict(zip(names, map(_text, row), strict=True)), ensure_ascii=False) + "\n")
    columns = ", ".join(f"{_quoted(name)} VARCHAR" for name in names)
    con.execute(f"CREATE TABLE {_quoted('stage_' + item.table.name)} ({columns})")
    if item.rows:
        spec = "{" + ", ".join(f"{_literal(name)}: 'VARCHAR'" for name in names) + "}"
        con.execute(
            f"INSERT INTO {_quoted('stage_' + item.table.name)} SELECT * FROM read_json({_sql_path(path)}, "
            f"format = 'newline_delimited', columns = {spec})"
        )


def _typed(table: Table) -> str:
    """SELECT of the staged table with every column cast to its SQL type, rows in their built order."""
    casts = ", ".join(f"CAST({_quoted(c.name)} AS {SQL_TYPES[c.type]}) AS {_quoted(c.name)}" for c in table.columns)
    return f"SELECT {casts} FROM {_quoted('stage_' + table.name)}"


def _write_csv(con: duckdb.DuckDBPyConnection, table: Table, work: Path) -> None:
    """NAME.csv (UTF-8, commas, LF, decimal point) and NAME.excel-pl.csv (BOM, semicolons, CRLF, decimal comma).

    Values are the staged text: amounts keep the precision the page printed (355075.00, 5280)."""
    staged = _quoted("stage_" + table.name)
    plain = work / f"{table.name}.csv"
    con.execute(f"COPY (SELECT * FROM {staged}) TO {_sql_path(plain)} (HEADER, DELIMITER ',', NEW_LINE '\n')")
    comma = ", ".join(
        f"replace({_quoted(c.name)}, '.', ',') AS {_quoted(c.name)}" if c.type == "DECIMAL" else _quoted(c.name)
        for c in table.columns
    )
    excel = work / f"{table.name}.{EXCEL_CSV}"
    con.execute(f"COPY (SELECT {comma} FROM {staged}) TO {_sql_path(excel)} (HEADER, DELIMITER ';', NEW_LINE '\r\n')")
    excel.write_bytes(BOM + excel.read_bytes())  # Excel reads UTF-8 only with a byte-order mark


def _write_database(con: duckdb.DuckDBPyConnection, built: list[Built], path: Path) -> None:
    """One DuckDB file with every table, each table and column commented with its meaning."""
    con.execute(f"ATTACH {_sql_path(path)} AS export_db")
    for item in built:
        name = f"export_db.{_quoted(item.table.name)}"
        con.execute(f"CREATE TABLE {name} AS {_typed(item.table)}")
        con.execute(f"COMMENT ON TABLE {name} IS {_literal(item.table.grain)}")
        for column in item.table.columns:
            con.execute(f"COMMENT ON COLUMN {name}.{_quoted(column.name)} IS {_literal(column.meaning)}")
    con.execute("DETACH export_db")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _write_workbook(built: list[Built], path: Path, created: datetime) -> None:
    """One sheet per table: dates as dates, amounts as numbers shown with their printed decimals, text as text.

    A cell holds at most 32,767 characters (Excel's limit): a longer text is cut and ends with "…"."""
    options = {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False}
    workbook = xlsxwriter.Workbook(str(path), {**options, "strings_to_urls": False})
    workbook.set_properties({"created": created})  # fixed metadata: the same data gives the same bytes
    header = workbook.add_format({"bold": True})
    day = workbook.add_format({"num_format": "yyyy-mm-dd"})
    moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    money = [workbook.add_format({"num_format": "#,##0" + ("." + "0" * scale if scale else "")}) for scale in range(4)]
    for item in built:
        if len(item.rows) >= EXCEL_ROWS_MAX:
            raise ExportError(
                f"{item.table.name}: {len(item.rows)} rows do not fit one Excel sheet; export without xlsx"
            )
        sheet = workbook.add_worksheet(item.table.name)
        for col, column in enumerate(item.table.columns):
            sheet.write_string(0, col, column.name, header)
            sheet.set_column(col, col, min(60, max(10, len(column.name) + 2)))
        for row_number, row in enumerate(item.rows, 1):
            for col, value in enumerate(row):
                _write_cell(sheet, row_number, col, value, day, moment, money)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, len(item.rows), len(item.table.columns) - 1)
    workbook.close()


def _write_cell(sheet: Any, row: int, col: int, value: Value, day: Any, moment: Any, money: list[Any]) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        scale = min(3, max(0, -exponent)) if isinstance(exponent, int) else 0
        sheet.write_number(row, col, float(value), money[scale])
    elif isinstance(value, int):
        sheet.write_number(row, col, value)
    elif isinstance(value, datetime):
        sheet.write_datetime(row, col, _naive_utc(value), moment)
    elif isinstance(value, date):
        sheet.write_datetime(row, col, value, day)
    else:
        text = value if len(value) <= EXCEL_CELL_MAX else value[: EXCEL_CELL_MAX - 1] + "…"
        sheet.write_string(row, col, text)
