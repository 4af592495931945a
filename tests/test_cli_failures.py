"""What goes wrong says so: validate catches broken extraction and lost pages; bad input is an
`Error:` line or a warning, never a traceback or silently lost data."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from extract import jsonl
from fixture_pages import FIXTURES, expected_records
from killrun import scrape
from scraper.cli import app
from scraper.state import SCHEMA_VERSION, STATE_FILE, State, way_out

runner = CliRunner()
MILICZ_ARTICLE = "963819ab4b690c80"


def copy_data(tmp_path: Path) -> Path:
    """A data directory whose raw store is a copy of the fixtures (for `scrape run --offline`)."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURES, data / "raw")
    return data


def copy_fixtures(tmp_path: Path) -> Path:
    fixtures = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, fixtures)
    return fixtures


def validate(fixtures: Path, *extra: str) -> tuple[int, str]:
    result = runner.invoke(app, ["validate", "--fixtures", str(fixtures), *extra])
    return result.exit_code, result.output


def test_every_record_matches_the_printed_schema(tmp_path: Path) -> None:
    data = copy_data(tmp_path)
    assert runner.invoke(app, ["run", "--offline", "--data", str(data)]).exit_code == 0
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    lines = (data / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(expected_records())
    for line in lines:
        jsonschema.validate(json.loads(line), schema)
    broken = json.loads(lines[0]) | {"amounts": [{"kind": "grant", "value": "12", "currency": "PLN", "text": "12 zł"}]}
    try:
        jsonschema.validate(broken, schema)
    except jsonschema.ValidationError as error:
        assert "is not of type 'number'" in error.message
    else:
        raise AssertionError("an amount written as a string must not match the schema")


def test_a_deleted_saved_page_fails_validation_as_an_orphan(tmp_path: Path) -> None:
    fixtures = copy_fixtures(tmp_path)
    expected = fixtures / "ops-milicz" / f"{MILICZ_ARTICLE}.expected.json"
    for suffix in (".html", ".json"):  # the page (body and sidecar), not its expected file
        (fixtures / "ops-milicz" / f"{MILICZ_ARTICLE}{suffix}").unlink()
    code, output = validate(fixtures)
    assert code == 1
    assert "orphan" in output and f"expected file {expected} has no saved page" in output
    code, output = validate(fixtures, "--update")
    assert code == 0 and "its saved page is gone" in output
    assert not expected.exists()


def test_a_sidecar_saved_for_another_url_leaves_the_expected_file_an_orphan(tmp_path: Path) -> None:
    fixtures = copy_fixtures(tmp_path)
    sidecar = fixtures / "ops-milicz" / f"{MILICZ_ARTICLE}.json"
    other = "https://opsmilicz.pl/aktualnosci/99,inny-artykul"  # its key is not the file's name
    sidecar.write_text(json.dumps(json.loads(sidecar.read_text()) | {"url": other}))
    code, output = validate(fixtures)
    assert code == 1
    assert f"expected file {sidecar.with_name(f'{MILICZ_ARTICLE}.expected.json')} has no saved page" in output
    assert "no expected file" in output and other in output


def test_broken_extraction_fails_and_never_becomes_golden(tmp_path: Path) -> None:
    fixtures = copy_fixtures(tmp_path)
    body = fixtures / "ops-milicz" / f"{MILICZ_ARTICLE}.html"
    sidecar = body.with_suffix(".json")
    redesigned = body.read_bytes().replace(b'class="artykul"', b'class="wpis"')
    body.write_bytes(redesigned)
    meta = json.loads(sidecar.read_text())
    meta["content_sha256"] = __import__("hashlib").sha256(redesigned).hexdigest()
    sidecar.write_text(json.dumps(meta))
    before = (fixtures / "ops-milicz" / f"{MILICZ_ARTICLE}.expected.json").read_bytes()
    # The generic extractor still reads the page (a run keeps the record), but validate fails on it.
    for extra in ((), ("--update",)):
        code, output = validate(fixtures, *extra)
        assert code == 1
        assert (
            "extraction fell back to the generic extractor: selector 'div.artykul > h1' matched 0 element(s)" in output
        )
    assert (fixtures / "ops-milicz" / f"{MILICZ_ARTICLE}.expected.json").read_bytes() == before


def test_a_long_text_change_shows_where(tmp_path: Path) -> None:
    fixtures = copy_fixtures(tmp_path)
    path = fixtures / "ops-milicz" / f"{MILICZ_ARTICLE}.expected.json"
    saved = jsonl.loads(path.read_text(encoding="utf-8"))
    saved["records"][0]["text"] += "."
    path.write_text(jsonl.dumps(saved, indent=2), encoding="utf-8")
    code, output = validate(fixtures)
    assert code == 1
    assert "records[0].text: differs at character" in output
    assert 'zadań własnych gminy."' in output


def test_unreadable_golden_and_sidecar_are_reported_not_crashes(tmp_path: Path) -> None:
    fixtures = copy_fixtures(tmp_path)
    (fixtures / "ops-milicz" / f"{MILICZ_ARTICLE}.expected.json").write_text("{not json")
    sidecar = fixtures / "um-opole" / "a2b5a2e0aba5dca8.json"
    sidecar.write_text(json.dumps(json.loads(sidecar.read_text()) | {"fetched_at": 12}))
    expected = sidecar.with_name("a2b5a2e0aba5dca8.expected.json").read_bytes()
    code, output = validate(fixtures)
    assert code == 1
    assert "is unreadable" in output
    assert "unreadable store entry" in output
    assert "orphan" not in output  # the page is there, only unreadable: its expected file is not an orphan
    assert "Traceback" not in output
    code, output = validate(fixtures, "--update")
    assert code == 1 and "unreadable store entry" in output
    assert sidecar.with_name("a2b5a2e0aba5dca8.expected.json").read_bytes() == expected  # kept, not deleted


def test_a_run_on_an_empty_data_dir_keeps_the_last_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # outside the repository: no shipped fixtures to fall back on
    data = copy_data(tmp_path)
    assert runner.invoke(app, ["run", "--offline", "--data", str(data)]).exit_code == 0
    before = (data / "clean" / "records.jsonl").read_bytes()
    shutil.rmtree(data / "raw")
    result = runner.invoke(app, ["run", "--offline", "--data", str(data)])
    assert result.exit_code == 1 and "no records: nothing saved for it in" in result.output
    assert (data / "clean" / "records.jsonl").read_bytes() == before


def test_extract_rejects_a_bad_url_with_one_line(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<h1>x</h1><p>tekst</p>")
    for url in ("http://[bad", "http://a.pl:99999/x", "ftp://a.pl/x", "opsmilicz.pl/x"):
        result = runner.invoke(app, ["extract", str(page), "--url", url])
        assert result.exit_code == 2, (url, result.output)
        assert result.output.startswith("Error: --url"), result.output


def test_extract_on_a_non_html_file_is_an_error(tmp_path: Path) -> None:
    for name, content, why in (
        ("empty.html", b"", "empty file (0 bytes): nothing to extract"),
        ("binary.pdf", b"%PDF-1.4\n\x00\x01\x02", "not an HTML page: looks like a PDF document (starts with %PDF-)"),
    ):
        path = tmp_path / name
        path.write_bytes(content)
        result = runner.invoke(app, ["extract", str(path)])
        assert result.exit_code == 1, result.output
        assert result.output == f"Error: {path}: {why}\n"  # the path once, not again as a file:// URL


def test_an_unreadable_date_line_is_a_warning(tmp_path: Path) -> None:
    body = (
        (FIXTURES / "nasza-nysa" / "8e47666e50cb6587.html")
        .read_bytes()
        .replace(b"16 listopad 2018", b"16 listopadd 2018")
    )
    page = tmp_path / "item.html"
    page.write_bytes(body)
    url = "https://www.nasza.nysa.pl/nysa/spoleczenstwo/item/2187-program-asystent-rodziny-i-koordynator-rodzinnej-pieczy-zastepczej.html"
    result = runner.invoke(app, ["extract", str(page), "--url", url])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["published"] is None
    assert any("16 listopadd 2018" in warning for warning in record["warnings"])


def test_urls_with_markup_characters_print_as_they_are(tmp_path: Path) -> None:
    """Rich reads "[...]" as markup: "?filter[year]=2020" must print as it is, "[/x]" must not crash."""
    from scraper.store import RawStore

    fixtures = copy_fixtures(tmp_path)
    body = (FIXTURES / "ops-milicz" / f"{MILICZ_ARTICLE}.html").read_bytes()
    store = RawStore(fixtures)
    for url in (
        "https://opsmilicz.pl/aktualnosci/19,nowe?filter[year]=2020",
        "https://opsmilicz.pl/aktualnosci/20,x?q=[/x]",
    ):
        store.save("ops-milicz", url, body, headers={"content-type": "text/html"})
    code, output = validate(fixtures)
    assert code == 1  # no expected files for the two new pages
    assert "https://opsmilicz.pl/aktualnosci/19,nowe?filter[year]=2020" in output
    assert "https://opsmilicz.pl/aktualnosci/20,x?q=[/x]" in output
    assert "Traceback" not in output


# -- a state database this scraper cannot use -----------------------------------------------------


def _foreign(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)")
    db.commit()
    db.close()


def _newer(path: Path) -> None:
    State.open(path.parents[1]).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda path: path.write_bytes(bytes(range(256)) * 16), "the state database is damaged or not one"),
        (_foreign, "not a scrape state database (it holds invoices)"),
        (_newer, f"state schema version {SCHEMA_VERSION + 1} is newer than this scraper's ({SCHEMA_VERSION})"),
    ],
    ids=["random-bytes", "foreign-sqlite", "newer-schema"],
)
def test_an_unusable_state_database_is_one_line_with_the_way_out(
    tmp_path: Path, make: Callable[[Path], None], says: str
) -> None:
    data = copy_data(tmp_path)
    assert runner.invoke(app, ["run", "--offline", "--data", str(data), "--site", "ops-milicz"]).exit_code == 0
    before = (data / "clean" / "records.jsonl").read_bytes()
    path = data / STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    make(path)
    state_bytes = path.read_bytes()
    child = scrape(["run", "--offline", "--data", str(data), "--site", "ops-milicz"])
    assert child.returncode == 2, child.stderr
    assert child.stderr.count("\n") == 1 and "Traceback" not in child.stderr, child.stderr
    assert child.stderr.startswith(f"Error: {path}: ") or child.stderr.startswith(f"Error: {path} "), child.stderr
    assert says in child.stderr
    assert child.stderr.rstrip("\n").endswith(way_out(path))
    assert (data / "clean" / "records.jsonl").read_bytes() == before
    assert path.read_bytes() == state_bytes  # left as it was, for whoever wants to look at it
    shutil.move(path.parent, f"{path.parent}.old")  # the way out the message gives
    assert scrape(["run", "--offline", "--data", str(data), "--site", "ops-milicz"]).returncode == 0


def test_an_empty_state_file_is_a_new_state(tmp_path: Path) -> None:
    """What SQLite leaves when a first run is killed before its first write: the next run goes on."""
    data = copy_data(tmp_path)
    (data / STATE_FILE).parent.mkdir(parents=True)
    (data / STATE_FILE).write_bytes(b"")
    result = runner.invoke(app, ["run", "--offline", "--data", str(data), "--site", "ops-milicz"])
    assert result.exit_code == 0, result.output
