"""`scrape export`: every table in every format loads with the right types in DuckDB, pandas and openpyxl.

The dataset is hand-made with the values that break exports: Polish diacritics, a TERYT code with a
leading zero, amounts with and without grosze (1234567.89, 0.5, 51120), a record with two grants (its
`amount_grant` must stay empty), an amount in EUR, missing dates, a list of warnings. A second dataset
is the shipped fixtures, replayed with `scrape run --offline`.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from extract import jsonl
from extract.model import Amount, Contact, Funding, Location, Partner, Period, Publisher, Record
from extract.personal_data import WARNING
from scraper import export as export_module
from scraper.cli import app
from scraper.export_columns import TABLES

runner = CliRunner()
FETCHED = datetime(2026, 11, 20, 9, 7, 40, tzinfo=UTC)
TABLE_NAMES = [t.name for t in TABLES]
COLUMNS = {t.name: [c.name for c in t.columns] for t in TABLES}


def record(number: int, **fields: Any) -> Record:
    base: dict[str, Any] = {
        "id": f"{number:016x}",
        "url": f"https://example.org/aktualnosci/{number}",
        "site": "ops-milicz",
        "kind": "project",
        "title": f"Projekt {number}",
        "publisher": Publisher(name="Gmina Milicz", teryt="0213033", voivodeship="dolnośląskie"),
        "text": "Treść.",
        "first_seen": date(2026, 11, 20),
        "fetched_at": FETCHED,
        "content_sha256": "a" * 64,
        "extractor": {"name": "generic", "version": "1/0.1.0"},
    }
    return Record.model_validate({**base, **fields}, strict=False)


def pln(kind: str, value: str, currency: str = "PLN") -> Amount:
    return Amount(kind=kind, value=Decimal(value), currency=currency, text=f"{value} zł")  # type: ignore[arg-type]


RECORDS = [
    record(
        1,
        title="Zażółć gęślą jaźń – „Kooperacja” dla gmin",
        published=date(2024, 2, 29),
        period=Period(start=date(2019, 1, 1), end=None, text="od 2019 r."),
        amounts=[pln("grant", "1234567.89"), pln("grant", "0.5"), pln("total_cost", "1234567.89")],
        funding=Funding(fund="EFS+", programme="FEO 2021-2027"),
        partners=[
            Partner(name="Gmina Łąka", lead=True),
            Partner(name="OPS w Żórawinie", name_expanded="Ośrodek Pomocy Społecznej w Żórawinie"),
        ],
        contacts=[Contact(name="Renata Mach", phone="+48683231880", phone_text="068 32 31 880")],
        location=Location(place="Sułów", teryt="0213033", postcode="56-300", population=23800),
        participants=120,
        fetched_at=datetime(2026, 11, 21, 10, 0, 5, tzinfo=UTC),
    ),
    record(
        2,
        amounts=[pln("eu_share", "0.5"), pln("total_cost", "100", "EUR"), pln("total_cost", "51120")],
        warnings=["no publication date on the page", WARNING.format(emails=1, phones=0)],
        contacts=[Contact(name="Sekretariat", email="sekretariat@ops.milicz.pl")],
    ),
    record(3, kind="news", title="Nabór wniosków", amounts=[pln("other", "1234.567")], removed=date(2026, 12, 1)),
]


def write_dataset(data: Path, records: list[Record]) -> Path:
    path = data / "clean" / "records.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(jsonl.record_line(r) + "\n" for r in records), encoding="utf-8")
    return path


def export(data: Path, *args: str) -> Any:
    result = runner.invoke(app, ["export", "--data", str(data), *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("data")
    write_dataset(data, RECORDS)
    export(data)
    return data / "export"


def test_every_table_in_every_format(out: Path) -> None:
    expected = {
        *(f"{name}.{ext}" for name in TABLE_NAMES for ext in ("parquet", "csv", "excel-pl.csv")),
        "dataset.xlsx",
        "dataset.duckdb",
    }
    assert {p.name for p in out.iterdir()} == expected
    # three records with nothing in common: three projects, each record in one
    counts = {"records": 3, "amounts": 7, "partners": 2, "contacts": 2, "projects": 3, "project_records": 3}
    database = duckdb.connect(str(out / "dataset.duckdb"), read_only=True)
    workbook = openpyxl.load_workbook(out / "dataset.xlsx", read_only=True)
    for name in TABLE_NAMES:
        parquet = duckdb.sql(f"select * from '{out / name}.parquet'")
        assert parquet.columns == COLUMNS[name] and len(parquet.fetchall()) == counts[name]
        assert database.sql(f"select * from {name}").columns == COLUMNS[name]
        assert len(database.sql(f"select * from {name}").fetchall()) == counts[name]
        plain = pd.read_csv(out / f"{name}.csv", dtype=str)
        excel = pd.read_csv(out / f"{name}.excel-pl.csv", dtype=str, sep=";", encoding="utf-8-sig")
        assert list(plain.columns) == list(excel.columns) == COLUMNS[name]
        assert len(plain) == len(excel) == counts[name]
        sheet = list(workbook[name].iter_rows(values_only=True))
        assert list(sheet[0]) == COLUMNS[name] and len(sheet) == counts[name] + 1


def test_duckdb_types_from_parquet_and_the_database(out: Path) -> None:
    types = {
        "publisher_teryt": "VARCHAR",
        "location_teryt": "VARCHAR",
        "published": "DATE",
        "period_start": "DATE",
        "amount_grant": "DECIMAL(18,3)",
        "amount_total_cost": "DECIMAL(18,3)",
        "participants": "BIGINT",
        "personal_data_dropped": "BOOLEAN",
        "fetched_at": "TIMESTAMP",
    }
    database = duckdb.connect(str(out / "dataset.duckdb"), read_only=True)
    for relation in (duckdb.sql(f"select * from '{out}/records.parquet'"), database.sql("select * from records")):
        got = dict(zip(relation.columns, map(str, relation.dtypes), strict=True))
        assert {k: got[k] for k in types} == types
    amounts = duckdb.sql(f"select record_id, position, kind, value, currency from '{out}/amounts.parquet'")
    assert str(dict(zip(amounts.columns, amounts.dtypes, strict=True))["value"]) == "DECIMAL(18,3)"
    assert amounts.fetchall()[:3] == [
        ("0000000000000001", 1, "grant", Decimal("1234567.89"), "PLN"),
        ("0000000000000001", 2, "grant", Decimal("0.5"), "PLN"),
        ("0000000000000001", 3, "total_cost", Decimal("1234567.89"), "PLN"),
    ]
    total = duckdb.sql(f"select sum(value) from '{out}/amounts.parquet' where currency = 'PLN'").fetchall()
    assert total == [(Decimal("2521491.347"),)]  # exact: no float on the way
    comment = database.sql("select comment from duckdb_columns() where table_name = 'records' and column_name = 'id'")
    assert comment.fetchall() == [(Record.model_fields["id"].description,)]


def test_amount_kind_columns_hold_only_a_single_pln_amount(out: Path) -> None:
    rows = duckdb.sql(
        f"select id, amount_grant, amount_total_cost, amount_eu_share, amount_other, amounts_count "
        f"from '{out}/records.parquet' order by id"
    ).fetchall()
    assert rows == [
        ("0000000000000001", None, Decimal("1234567.89"), None, None, 3),  # two grants: no single grant
        ("0000000000000002", None, Decimal("51120"), Decimal("0.5"), None, 3),  # the EUR total left out
        ("0000000000000003", None, None, None, Decimal("1234.567"), 1),
    ]


def test_pandas_reads_parquet_with_exact_types(out: Path) -> None:
    records = pd.read_parquet(out / "records.parquet").set_index("id")
    first = records.loc["0000000000000001"]
    assert first["publisher_teryt"] == "0213033" and first["location_teryt"] == "0213033"
    assert first["title"] == "Zażółć gęślą jaźń – „Kooperacja” dla gmin"
    assert first["published"] == date(2024, 2, 29) and type(first["published"]) is date
    assert pd.isna(first["period_end"]) and first["period_start"] == date(2019, 1, 1)
    assert first["amount_total_cost"] == Decimal("1234567.89") and isinstance(first["amount_total_cost"], Decimal)
    assert str(records["fetched_at"].dtype).startswith("datetime64")
    assert records["personal_data_dropped"].tolist() == [False, True, False]
    amounts = pd.read_parquet(out / "amounts.parquet")
    assert [type(v) for v in amounts["value"]] == [Decimal] * 7
    assert sum(amounts["value"][amounts["currency"] == "PLN"]) == Decimal("2521491.347")
    partners = pd.read_parquet(out / "partners.parquet")
    assert partners["lead"].dtype == bool and partners["name"].tolist() == ["Gmina Łąka", "OPS w Żórawinie"]
    contacts = pd.read_parquet(out / "contacts.parquet")
    assert contacts["phone"].tolist()[0] == "+48683231880"


def test_plain_csv_keeps_codes_dates_and_printed_precision(out: Path) -> None:
    raw = (out / "records.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw
    records = pd.read_csv(out / "records.csv", dtype=str, keep_default_na=False).set_index("id")
    first = records.loc["0000000000000001"]
    assert first["publisher_teryt"] == "0213033"
    assert first["title"] == "Zażółć gęślą jaźń – „Kooperacja” dla gmin"
    assert (first["published"], first["period_end"], first["fetched_at"]) == ("2024-02-29", "", "2026-11-21 10:00:05")
    assert records.loc["0000000000000002", "amount_total_cost"] == "51120"  # printed without grosze
    assert records.loc["0000000000000002", "warnings"].splitlines()[0] == "no publication date on the page"
    amounts = pd.read_csv(out / "amounts.csv", dtype=str)
    assert amounts["value"].tolist()[:2] == ["1234567.89", "0.5"]


def test_excel_csv_is_polish_excel_dialect(out: Path) -> None:
    raw = (out / "amounts.excel-pl.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n") and raw.count(b"\r\n") == 8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == COLUMNS["amounts"]
    assert [r[3] for r in rows[1:4]] == ["1234567,89", "0,5", "1234567,89"]
    records = pd.read_csv(
        out / "records.excel-pl.csv", sep=";", decimal=",", encoding="utf-8-sig", dtype={"publisher_teryt": str}
    )
    assert records["publisher_teryt"].tolist() == ["0213033"] * 3
    assert records["amount_total_cost"].tolist()[:2] == [1234567.89, 51120.0]
    assert records["title"][0] == "Zażółć gęślą jaźń – „Kooperacja” dla gmin"


def test_xlsx_reads_back_with_dates_numbers_and_text(out: Path) -> None:
    workbook = openpyxl.load_workbook(out / "dataset.xlsx")
    sheets = {name: list(workbook[name].iter_rows(values_only=True)) for name in TABLE_NAMES}
    records = [dict(zip(COLUMNS["records"], row, strict=True)) for row in sheets["records"][1:]]
    first = records[0]
    assert first["title"] == "Zażółć gęślą jaźń – „Kooperacja” dla gmin"
    assert first["publisher_teryt"] == "0213033" and first["location_teryt"] == "0213033"
    assert first["published"] == datetime(2024, 2, 29) and first["period_end"] is None  # Excel dates are datetimes
    assert first["fetched_at"] == datetime(2026, 11, 21, 10, 0, 5)
    assert Decimal(str(first["amount_total_cost"])) == Decimal("1234567.89") and first["amount_grant"] is None
    assert first["participants"] == 120 and first["personal_data_dropped"] is False
    values = [Decimal(str(row[3])) for row in sheets["amounts"][1:]]
    assert values == [a.value for r in RECORDS for a in r.amounts]
    cell = workbook["amounts"]["D2"]
    assert cell.data_type == "n" and cell.number_format == "#,##0.00"
    assert [workbook["amounts"][f"D{n}"].number_format for n in (3, 7, 8)] == ["#,##0.0", "#,##0", "#,##0.000"]
    assert sheets["partners"][1][2:6] == ("Gmina Łąka", None, None, True)
    assert sheets["contacts"][2][2:6] == ("Sekretariat", None, None, "sekretariat@ops.milicz.pl")
    # fixed metadata: the workbook is dated by the data (newest fetch), not by the clock
    assert workbook.properties.created == datetime(2026, 11, 21, 10, 0, 5)


def test_same_input_same_bytes(tmp_path: Path, out: Path) -> None:
    data = tmp_path / "data"
    write_dataset(data, RECORDS)
    export(data)
    for first in sorted(out.iterdir()):
        again = (data / "export" / first.name).read_bytes()
        if first.suffix == ".duckdb":
            # The header block (4 KiB) holds a random database identifier and its checksum; the rest is the same.
            assert len(again) == first.stat().st_size and again[4096:] == first.read_bytes()[4096:]
        else:
            assert again == first.read_bytes(), first.name


def test_one_format_and_another_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_dataset(data, RECORDS)
    export(data, "--format", "parquet", "--format", "xlsx", "--out", str(tmp_path / "x"))
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == sorted(
        [f"{n}.parquet" for n in TABLE_NAMES] + ["dataset.xlsx"]
    )
    assert not (data / "export").exists()


def test_a_failed_export_leaves_the_previous_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    write_dataset(data, RECORDS)
    export(data)
    before = {p.name: p.read_bytes() for p in (data / "export").iterdir()}
    write_dataset(data, RECORDS[:1])

    def broken(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "_write_workbook", broken)  # after parquet, csv and duckdb are written
    result = runner.invoke(app, ["export", "--data", str(data)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"Error: cannot write {data / 'export'}: no space left on device"]
    assert {p.name: p.read_bytes() for p in (data / "export").iterdir()} == before  # no temporary folder left


def test_missing_dataset_is_one_error_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--data", str(tmp_path / "nothing")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"Error: no dataset at {tmp_path / 'nothing' / 'clean' / 'records.jsonl'}: run `scrape run` first "
        "(or give --data DIR)"
    ]
    assert not (tmp_path / "nothing" / "export").exists()


def test_bad_line_and_bad_format_are_one_error_line(tmp_path: Path) -> None:
    path = write_dataset(tmp_path, RECORDS)
    path.write_text(path.read_text(encoding="utf-8") + '{"id": "zz"}\n', encoding="utf-8")
    result = runner.invoke(app, ["export", "--data", str(tmp_path)])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert result.output.startswith(f"Error: {path}:4: not a valid record:")
    result = runner.invoke(app, ["export", "--data", str(tmp_path), "--format", "xls"])
    assert result.exit_code == 2 and result.output.startswith("Error: --format 'xls' is not one of parquet")


def test_an_amount_no_decimal_column_holds_is_refused_not_rounded(tmp_path: Path) -> None:
    write_dataset(tmp_path, [record(7, amounts=[pln("grant", "10.0001")])])
    result = runner.invoke(app, ["export", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.strip() == (
        "Error: records 0000000000000007: amount_grant = 10.0001 does not fit DECIMAL(18, 3) exactly; not exported"
    )


def test_empty_dataset_gives_empty_tables(tmp_path: Path) -> None:
    write_dataset(tmp_path, [])
    export(tmp_path)
    relation = duckdb.sql(f"select * from '{tmp_path}/export/records.parquet'")
    assert relation.columns == COLUMNS["records"] and relation.fetchall() == []
    assert pd.read_csv(tmp_path / "export" / "amounts.csv").columns.tolist() == COLUMNS["amounts"]


def test_the_fixtures_dataset_exports_whole(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--offline", "--data", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    records = [jsonl.loads(line) for line in lines]
    result = export(tmp_path)
    assert f"{len(records)} records -> 20 files" in result.output
    in_projects = duckdb.sql(
        f"select r.id, p.project_id from '{tmp_path}/export/records.parquet' r "
        f"join '{tmp_path}/export/project_records.parquet' p on p.record_id = r.id "
        f"join '{tmp_path}/export/projects.parquet' j using (project_id) order by r.id"
    ).fetchall()
    assert [row[0] for row in in_projects] == sorted(r["id"] for r in records)  # every record in one project
    amounts = duckdb.sql(f"select record_id, value from '{tmp_path}/export/amounts.parquet'").fetchall()
    assert amounts == [(r["id"], Decimal(a["value"])) for r in records for a in r["amounts"]]
    teryt = duckdb.sql(f"select id, publisher_teryt from '{tmp_path}/export/records.parquet'").fetchall()
    assert teryt == [(r["id"], r["publisher"]["teryt"]) for r in records]
    partners = pd.read_parquet(tmp_path / "export" / "partners.parquet")
    assert len(partners) == sum(len(r["partners"]) for r in records) > 0
