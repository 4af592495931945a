"""`scrape report`: one self-contained HTML page whose tables hold the dataset's and the runs' own numbers.

The expected numbers are computed here from records.jsonl and the run files, not by the report's code.
The `browser` test opens the page in headless Chromium (Debian's package; `.ci/run` installs it).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node
from typer.testing import CliRunner

from extract.model import Record
from fixture_pages import FIXTURES
from scraper.cli import app
from scraper.projects import project_id_of
from scraper.units import level_of_code

runner = CliRunner()
CHROMIUM = Path("/usr/bin/chromium")
FIELDS = ("published", "period", "deadline", "amounts")  # the first columns of the fill-rate table
SECTIONS = ("by-voivodeship", "by-level", "by-kind", "by-fund", "by-programme", "grants-by-year", "coverage")


def _runs(data: Path) -> list[Path]:
    return sorted(p for p in (data / "runs").glob("*.json") if not p.name.endswith("-coverage.json"))


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two offline runs of the shipped fixtures; the first run's files moved an hour back (names are by second)."""
    data = tmp_path_factory.mktemp("data")
    shutil.copytree(FIXTURES, data / "raw")
    first = runner.invoke(app, ["run", "--offline", "--data", str(data)])
    assert first.exit_code == 0, first.output
    (report,) = _runs(data)
    hour = int(report.name[9:11])
    earlier = f"{report.name[:9]}{(hour - 1) % 24:02d}" if hour else f"{report.name[:6]}00T00"
    for path in (report, report.with_name(report.stem + "-coverage.json")):
        path.rename(path.with_name(earlier + path.name[len(earlier) :]))
    second = runner.invoke(app, ["run", "--offline", "--data", str(data)])
    assert second.exit_code == 0, second.output
    assert len(_runs(data)) == 2
    return data


def _render(data: Path, *extra: str) -> HTMLParser:
    result = runner.invoke(app, ["report", "--data", str(data), *extra])
    assert result.exit_code == 0, result.output
    assert "report -> " in result.output
    return HTMLParser((data / "report.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page(data: Path) -> HTMLParser:
    return _render(data)


@pytest.fixture(scope="module")
def records(data: Path) -> list[dict[str, Any]]:
    lines = (data / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line, parse_float=Decimal) for line in lines]


def _rows(page: HTMLParser, table_id: str) -> list[list[str]]:
    """Each body row's cells: the exact value (data-value) of a number, the text of anything else."""
    table = page.css_first(f"#{table_id}")
    assert table is not None, f"no table {table_id}"

    def value(cell: Node) -> str:
        return cell.attributes.get("data-value") or cell.text(strip=True)

    return [[value(cell) for cell in row.css("td")] for row in table.css("tbody tr")]


def _counted(records: list[dict[str, Any]], key: Any) -> dict[str, list[str]]:
    """Each group's records and distinct projects (a project counts in every group one of its records is in)."""
    project = project_id_of(Record.model_validate(r, strict=False) for r in records)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        groups[key(record) or "(none)"].append(record)
    return {k: [str(len(rs)), str(len({project[r["id"]] for r in rs}))] for k, rs in groups.items()}


def test_the_report_is_one_file_with_nothing_to_fetch(data: Path, page: HTMLParser) -> None:
    before = sorted(p.relative_to(data) for p in data.rglob("*"))
    _render(data)  # a second rendering replaces the page and writes nothing else
    after = sorted(p.relative_to(data) for p in data.rglob("*"))
    assert after == before and Path("report.html") in after
    text = (data / "report.html").read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in text
    assert not page.css("link, iframe, object, embed, img, script[src]")
    external = re.compile(r"^\s*(https?:)?//", re.I)
    for node in page.css("*"):
        for name, value in node.attributes.items():
            if name == "xmlns" or name.startswith("xmlns:"):
                continue  # a namespace name, never fetched
            assert not external.match(value or ""), f"<{node.tag} {name}={value!r}>"
    for style in page.css("style"):
        assert "url(" not in style.text() and "@import" not in style.text()
    ids = [node.attributes["id"] for node in page.css("[id]")]
    assert len(ids) == len(set(ids)), "ids repeat across the inline charts"


def test_every_section_has_a_chart_and_its_table(page: HTMLParser) -> None:
    for section in SECTIONS:
        node = page.css_first(f"section#{section}")
        assert node is not None, section
        assert node.css_first(".chart svg") is not None and node.css_first("table") is not None, section
    assert page.css_first("section#largest table") is not None
    assert page.css_first("section#health .chart svg") is not None
    body = page.css_first("body")
    assert body is not None and body.attributes["data-charts"] == str(len(page.css(".chart svg"))) == "8"


def test_counts_match_the_records(page: HTMLParser, records: list[dict[str, Any]]) -> None:
    assert len(records) == 5
    expected = {
        "t-by-voivodeship": _counted(records, lambda r: r["publisher"]["voivodeship"]),
        "t-by-level": _counted(records, lambda r: r["publisher"]["teryt"] and level_of_code(r["publisher"]["teryt"])),
        "t-by-kind": _counted(records, lambda r: r["kind"]),
        "t-by-fund": _counted(records, lambda r: r["funding"]["fund"]),
        "t-by-programme": _counted(records, lambda r: r["funding"]["programme"]),
    }
    for table_id, counts in expected.items():
        assert {row[0]: row[1:] for row in _rows(page, table_id)} == counts, table_id
    assert "dolnośląskie" in counts_of(page, "t-by-voivodeship")  # Polish text as UTF-8, not mangled
    assert set(expected["t-by-level"]) >= {"gmina", "miasto", "wojewodztwo", "(none)"}


def counts_of(page: HTMLParser, table_id: str) -> list[str]:
    return [row[0] for row in _rows(page, table_id)]


def test_grants_by_year_and_the_largest_projects(page: HTMLParser, records: list[dict[str, Any]]) -> None:
    sums: dict[str, Decimal] = defaultdict(Decimal)
    with_grant: Counter[str] = Counter()
    costs = []
    for record in records:
        day = (record["period"] or {}).get("start") or record["published"]
        grants = [a["value"] for a in record["amounts"] if a["kind"] == "grant" and a["currency"] == "PLN"]
        if grants:
            sums[day[:4] if day else "no year"] += sum(grants)
            with_grant[day[:4] if day else "no year"] += 1
        costs += [(a["value"], record["title"]) for a in record["amounts"] if a["kind"] == "total_cost"]
    assert sums == {"2018": Decimal("51120"), "2020": Decimal("335545.87")}  # the fixtures' two grants
    assert _rows(page, "t-grants-by-year") == [  # one record per project in the fixtures: both sums agree
        [y, str(sums[y]), str(with_grant[y]), str(sums[y]), str(with_grant[y])] for y in sorted(sums)
    ]
    shown = page.css_first("#t-grants-by-year tbody tr td:nth-child(2)")
    assert shown is not None and shown.text() == "51\u00a0120,00"  # Polish grouping, decimal comma
    largest = _rows(page, "t-largest")
    assert [(Decimal(row[0]), row[1]) for row in largest] == sorted(costs, reverse=True)
    assert all(row[2] == "1" for row in largest)


@pytest.fixture(scope="module")
def repeated(data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The fixtures' dataset with the Opole project announced a second time, by its MOPS (same sums)."""
    out = tmp_path_factory.mktemp("repeated")
    (out / "clean").mkdir()
    lines = (data / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    opole = next(record for line in lines if (record := json.loads(line))["site"] == "um-opole")
    again = {
        **opole,
        "id": "0123456789abcdef",
        "url": "https://mops-opole.example/trudny-start-2",
        "site": "mops-opole",
        "title": "Trwa realizacja projektu Trudny start, lepsza przyszłość 2",
    }
    text = "\n".join([*lines, json.dumps(again, ensure_ascii=False)]) + "\n"
    (out / "clean" / "records.jsonl").write_text(text, encoding="utf-8")
    return out, opole


def test_a_project_on_two_pages_is_two_records_and_one_project(repeated: tuple[Path, dict[str, Any]]) -> None:
    data, opole = repeated
    page = _render(data)
    assert {row[0]: row[1:] for row in _rows(page, "t-by-voivodeship")}["opolskie"] == ["3", "2"]
    largest = _rows(page, "t-largest")
    assert [row[1] for row in largest].count(opole["title"]) == 1  # the project once, not its two records
    (row,) = [row for row in largest if row[1] == opole["title"]]
    assert row[2] == "2" and Decimal(row[0]) == Decimal("355075.00")
    grant = next(a["value"] for a in opole["amounts"] if a["kind"] == "grant")
    year = {row[0]: row[1:] for row in _rows(page, "t-grants-by-year")}[opole["period"]["start"][:4]]
    assert [Decimal(year[0]), year[1], Decimal(year[2]), year[3]] == [
        Decimal(str(grant)),
        "1",
        2 * Decimal(str(grant)),
        "2",
    ]  # the project's grant once; the records' sum twice
    assert "6 records (5 projects)" in page.text()


def test_coverage_comes_from_the_last_runs_coverage_file(data: Path, page: HTMLParser) -> None:
    coverage = json.loads(_runs(data)[-1].with_name(_runs(data)[-1].stem + "-coverage.json").read_text())
    rows = _rows(page, "t-coverage")
    assert rows[-1] == ["total", str(coverage["total"]["units"]), str(coverage["total"]["dataset"])]
    assert rows[:-1] == [[r["group"], str(r["units"]), str(r["dataset"])] for r in coverage["by_level"]]
    section = page.css_first("section#coverage")
    assert section is not None
    assert f"{coverage['total']['dataset']} of {coverage['total']['units']} units" in section.text()


def _share(lines: list[dict[str, Any]], field: str) -> float:
    def filled(value: Any) -> bool:
        if isinstance(value, dict):
            return any(filled(v) for k, v in value.items() if k != "text")
        return value not in (None, "", [])

    return round(sum(filled(r[field]) for r in lines) / len(lines), 3)


def test_run_reports_keep_each_fields_fill_rate(data: Path) -> None:
    report = json.loads(_runs(data)[-1].read_text(encoding="utf-8"))
    for site in report["sites"]:
        lines = (data / "clean" / "sites" / f"{site['site']}.jsonl").read_text(encoding="utf-8").splitlines()
        parsed = [json.loads(line) for line in lines]
        for field in ("published", "period", "amounts", "funding", "contacts", "partners"):
            assert site["fill_rates"][field] == _share(parsed, field), (site["site"], field)
    opole = next(s for s in report["sites"] if s["site"] == "um-opole")
    assert opole["fill_rates"]["amounts"] == 1.0 and opole["fill_rates"]["published"] == 0.0


def test_health_lists_each_site_against_the_previous_run(data: Path, page: HTMLParser) -> None:
    last, previous = (json.loads(p.read_text(encoding="utf-8")) for p in reversed(_runs(data)))
    before = {s["site"]: s["records_total"] for s in previous["sites"]}
    rows = {row[0]: row for row in _rows(page, "t-health")}
    assert set(rows) == {s["site"] for s in last["sites"]}
    for site in last["sites"]:
        row = rows[site["site"]]
        assert row[1:6] == ["", str(site["pages"]), str(site["records_total"]), str(before[site["site"]]), "0"]
    assert not page.css("#t-health tr.flagged")  # the same pages twice: nothing dropped
    fill = {row[0]: row[1:] for row in _rows(page, "t-fill")}
    assert fill["um-opole"][3] == "1.0"  # amounts


def test_sites_whose_records_or_fill_rates_dropped_are_flagged_first(data: Path, tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data / "clean", copy / "clean")
    shutil.copytree(data / "runs", copy / "runs")
    first = _runs(copy)[0]
    previous = json.loads(first.read_text(encoding="utf-8"))
    for site in previous["sites"]:
        if site["site"] == "ops-milicz":
            site["records_total"] += 3  # the last run has fewer records than this
        if site["site"] == "nasza-nysa":
            site["fill_rates"]["period"] = 1.0  # the last run has none
    first.write_text(json.dumps(previous), encoding="utf-8")
    rows = _rows(_render(copy), "t-health")
    assert [row[0] for row in rows[:2]] == ["nasza-nysa", "ops-milicz"]
    assert rows[0][1] == "period 100% → 0%" and rows[1][1] == "records 4 → 1"
    assert all(row[1] == "" for row in rows[2:]) and len(rows) == 5
    page = _render(copy)
    assert [node.css_first("td").text() for node in page.css("#t-health tr.flagged")] == ["nasza-nysa", "ops-milicz"]


def test_a_run_report_without_fill_rates_gets_them_from_the_site_files(data: Path, tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data / "clean", copy / "clean")
    shutil.copytree(data / "runs", copy / "runs")
    for path in _runs(copy):  # as written before run reports kept fill rates
        report = json.loads(path.read_text(encoding="utf-8"))
        for site in report["sites"]:
            del site["fill_rates"]
        path.write_text(json.dumps(report), encoding="utf-8")
    page = _render(copy)
    fill = {row[0]: row[1:] for row in _rows(page, "t-fill")}
    lines = (copy / "clean" / "sites" / "um-opole.jsonl").read_text(encoding="utf-8").splitlines()
    assert fill["um-opole"][:4] == [str(_share([json.loads(x) for x in lines], f)) for f in FIELDS[:4]]
    section = page.css_first("section#health")
    assert section is not None and "computed from today's site files" in section.text()
    assert "previous run report holds no fill rates" in section.text()


def test_a_run_of_many_sites_charts_the_first_forty_and_tables_them_all(tmp_path: Path) -> None:
    sites = [{"site": f"gmina-{n:02d}", "records_total": n, "pages": n, "fill_rates": {}} for n in range(45)]
    (tmp_path / "runs").mkdir()
    report = {"mode": "live", "exit_code": 0, "sites": sites}
    (tmp_path / "runs" / "20261205T010000Z-live.json").write_text(json.dumps(report), encoding="utf-8")
    page = _render(tmp_path)
    assert [row[0] for row in _rows(page, "t-health")] == [s["site"] for s in sites]
    chart = page.css_first("section#health .chart svg")
    assert chart is not None and "gmina-39" in chart.html and "gmina-40" not in chart.html  # text as paths: ids
    assert "The chart shows the first 40 of 45 sites" in page.text()


def test_bad_lines_and_missing_runs_give_a_page_that_says_so(tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "records.jsonl").write_text('not json\n{"kind": "project", "publisher": {"voivodeship": "łódzkie"}}\n')
    page = _render(tmp_path)
    assert _rows(page, "t-by-voivodeship") == [["łódzkie", "1", "1"]]  # not a valid record: its own project
    text = page.text()
    assert "1 line(s) were not records" in text and "No run report in DATA/runs yet" in text
    assert "1 record(s) are not valid records" in text


def test_an_unwritable_target_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("a file, not a folder")
    result = runner.invoke(app, ["report", "--data", str(tmp_path), "--out", str(tmp_path / "blocker" / "r.html")])
    assert result.exit_code == 2
    assert result.output.count("Error:") == 1 and "Traceback" not in result.output


@pytest.mark.browser
def test_headless_chromium_draws_every_chart_without_console_errors(data: Path, page: HTMLParser) -> None:
    assert CHROMIUM.is_file(), "no /usr/bin/chromium: `apt-get install chromium` (see .ci/run) or -m 'not browser'"
    url = (data / "report.html").as_uri()
    # --no-sandbox: CI containers run as root; the resolver rule makes any network request fail
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--host-resolver-rules=MAP * ~NOTFOUND",
    ]
    dumped = subprocess.run(
        [str(CHROMIUM), *flags, "--enable-logging=stderr", "--v=0", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    console = [line for line in dumped.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
    dom = HTMLParser(dumped.stdout).css_first("body")
    assert dom is not None and dom.attributes.get("data-charts-drawn") == dom.attributes["data-charts"] == "8"
    shot = data / "report.png"
    subprocess.run(
        [str(CHROMIUM), *flags, f"--screenshot={shot}", "--window-size=1200,2400", url],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
