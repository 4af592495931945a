"""From saved pages to the dataset, through the CLI exactly as users run it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extract import jsonl
from fixture_pages import FIXTURES, expected_amounts, expected_records, fixture_pages, shipped_site_ids
from scraper.cli import app
from scraper.store import RawStore

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]

OPOLE = "https://www.opole.pl/dla-mieszkanca/projekty-unijne/trudny-start-lepsza-przyszlosc-2"
NYSA = "https://www.nasza.nysa.pl/nysa/spoleczenstwo/item/2187-program-asystent-rodziny-i-koordynator-rodzinnej-pieczy-zastepczej.html"
ROPS = "https://polityka-spoleczna.lubuskie.pl/pl/Aktualnosci/Zapraszamy-do-udzialu-w-projekcie-Kooperacja-efektywna-i-skuteczna"
MILICZ = "https://opsmilicz.pl/aktualnosci/17,gminny-program-wspierania-rodziny-na-lata-2019-2021"
BDP = "https://archiwum.dobrepraktyki.pl/praktyka/248,razem-ale-osobno.html"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("data")
    shutil.copytree(FIXTURES, data / "raw")  # a fixtures folder is a raw store (its expected files are skipped)
    result = runner.invoke(app, ["run", "--offline", "--data", str(data)])
    assert result.exit_code == 0, result.output
    return data


@pytest.fixture(scope="module")
def records(data_dir: Path) -> dict[str, dict[str, Any]]:
    lines = (data_dir / "clean" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    parsed = [jsonl.loads(line) for line in lines]
    return {record["url"]: record for record in parsed}


def amounts(record: dict[str, Any]) -> list[tuple[str, Decimal]]:
    return [(a["kind"], Decimal(str(a["value"]))) for a in record["amounts"]]


def test_run_writes_one_record_per_article_sorted_and_stable(data_dir: Path) -> None:
    target = data_dir / "clean" / "records.jsonl"
    first = target.read_bytes()
    ids = [json.loads(line)["id"] for line in first.decode().splitlines()]
    assert len(ids) == len(expected_records())
    assert ids == sorted(ids)
    again = runner.invoke(app, ["run", "--offline", "--data", str(data_dir)])
    assert again.exit_code == 0, again.output
    assert target.read_bytes() == first
    assert f" {len(expected_records())} records" in again.output


def test_bare_scrape_prints_help_and_crawls_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import scraper.cli

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(scraper.cli, "run", lambda **kwargs: calls.append(kwargs))
    result = runner.invoke(app, [])
    assert result.exit_code == 0, result.output
    assert calls == []  # a newcomer typing `scrape` must not start a live crawl of real municipal sites
    assert "Usage:" in result.output and "scrape run --offline" in result.output


def test_opole_project(records: dict[str, dict[str, Any]]) -> None:
    r = records[OPOLE]
    assert r["kind"] == "project"
    assert r["published"] is None
    assert (r["period"]["start"], r["period"]["end"]) == ("2020-10-04", "2022-10-31")
    assert amounts(r) == [
        ("grant", Decimal("335545.87")),
        ("eu_share", Decimal("301813.75")),
        ("total_cost", Decimal("355075.00")),
    ]
    assert {k: r["funding"][k] for k in ("fund", "programme", "priority_axis", "measure")} == {
        "fund": "EFS",
        "programme": "RPO WO 2014-2020",
        "priority_axis": "VIII",
        "measure": "8.1",
    }
    assert r["beneficiary"]["name"] == "Miasto Opole"
    assert r["implementer"]["name"] == "Miejski Ośrodek Pomocy Rodzinie w Opolu"
    assert r["participants"] == 100
    assert r["publisher"] == {
        "name": "Urząd Miasta Opola",
        "teryt": "1661011",
        "municipality": "Opole",
        "county": "Opole",
        "voivodeship": "opolskie",
    }
    assert "Kontaktdaten" not in r["text"] and "ePUAP" not in r["text"]


def test_nysa_news_item(records: dict[str, dict[str, Any]]) -> None:
    r = records[NYSA]
    assert r["published"] == "2018-11-16"
    assert amounts(r) == [("grant", Decimal("51120"))]
    assert r["funding"]["funder"] == "Ministerstwo Rodziny, Pracy i Polityki Społecznej"
    assert r["funding"]["fund"] is None
    assert r["beneficiary"]["name"] == "Ośrodek Pomocy Społecznej w Nysie"
    assert "Warsztaty aktywizacyjne" not in r["text"]


def test_rops_partnership_call(records: dict[str, dict[str, Any]]) -> None:
    r = records[ROPS]
    assert r["kind"] == "project"
    partners = [(p["name"], p["lead"]) for p in r["partners"]]
    assert partners == [
        ("Regionalny Ośrodek Polityki Społecznej w Zielonej Górze", False),
        ("ROPS województwa kujawsko-pomorskiego", True),
        ("ROPS województwa pomorskiego", False),
        ("ROPS województwa warmińsko-mazurskiego", False),
        ("ROPS województwa wielkopolskiego", False),
        ("ROPS województwa zachodniopomorskiego", False),
        ("Uniwersytet Mikołaja Kopernika w Toruniu", False),
    ]
    assert {k: r["funding"][k] for k in ("fund", "programme", "priority_axis", "measure")} == {
        "fund": "EFS",
        "programme": "PO WER 2014-2020",
        "priority_axis": "II",
        "measure": "2.5",
    }
    assert r["period"] is None or r["period"]["end"] is None
    assert any("31.03.20121" in w for w in r["warnings"])
    assert r["amounts"] == []
    assert r["published"] is None and r["deadline"] is None
    assert any("27 kwietnia br." in w for w in r["warnings"])
    assert [(c["name"], c["phone"]) for c in r["contacts"]] == [("Renata Mach", "+48683231880")]
    assert "Sierpień" not in r["text"] and "Multimedia" not in r["text"]


def test_milicz_programme(records: dict[str, dict[str, Any]]) -> None:
    r = records[MILICZ]
    assert r["published"] == "2019-01-27"
    assert r["kind"] == "programme"
    assert r["period"] is None  # "na lata 2019-2021": a local programme's years (tests/realtext/README.md)
    assert r["publisher"]["name"] == "Ośrodek Pomocy Społecznej w Miliczu"
    assert r["publisher"]["teryt"] == "0213033"
    blob = json.dumps(r, ensure_ascii=False)
    assert "2019-02-19" not in blob and "Zbiórki" not in blob and "żywności" not in blob


def test_good_practice_entry(records: dict[str, dict[str, Any]]) -> None:
    r = records[BDP]
    assert r["title"].startswith("Razem ale osobno - Program kompleksowej pomocy")
    assert r["title"].endswith("spowodowanych migracją zarobkową")
    assert (r["published"], r["kind"]) == ("2012-08-06", "practice")
    assert r["implementer"] == {
        "name": "Regionalny Ośrodek Polityki Społecznej",
        "name_expanded": None,
        "place": "Opole",
    }
    assert [(p["name"], p["lead"]) for p in r["partners"]] == [
        ("Regionalny Ośrodek Polityki Społecznej w Opolu", False),
        ("Diecezjalna Fundacja Obrony Życia w Opolu", True),
    ]
    loc = r["location"]
    assert (loc["place"], loc["county"], loc["voivodeship"], loc["unit_type"], loc["teryt"]) == (
        "Opole",
        "Opole",
        "opolskie",
        "powiat grodzki",
        "1661011",
    )
    assert loc["population"] == 125710
    assert r["amounts"] == []
    assert r["contacts"] == [
        {
            "name": "Beata Balicka-Błagitka",
            "phone": "+48774410260",
            "phone_text": "(77) 441 02 60",
            "email": "biuro@dfoz.pl",
        }
    ]


def test_analysts_can_load_it_with_duckdb(data_dir: Path) -> None:
    import duckdb

    path = str(data_dir / "clean" / "records.jsonl")
    con = duckdb.connect()
    rel = con.read_json(path, format="newline_delimited")
    types = dict(zip(rel.columns, map(str, rel.types), strict=True))
    assert types["published"] == "DATE"
    assert types["fetched_at"].startswith("TIMESTAMP")
    assert '"value" DOUBLE' in types["amounts"] or "value DOUBLE" in types["amounts"], types["amounts"]
    count = len(expected_records())
    assert con.execute(f"select count(*), count(distinct id) from read_json('{path}')").fetchone() == (count, count)
    values = con.execute(
        f"select a.kind, a.value from read_json('{path}') r, unnest(r.amounts) t(a) order by a.value"
    ).fetchall()
    assert [float(v) for _, v in values] == [float(v) for v in expected_amounts()]
    assert {51120.0, 301813.75, 335545.87, 355075.0} <= {float(v) for _, v in values}  # the seed pages' amounts
    periods = con.execute(
        f"select period.start, period.end from read_json('{path}') where period.start is not null"
    ).fetchall()
    assert all(type(start).__name__ == "date" for start, _ in periods)


def test_extract_honours_windows_1250_meta(tmp_path: Path) -> None:
    body = (FIXTURES / "ops-milicz" / "963819ab4b690c80.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    page = tmp_path / "page.html"  # no sidecar: only the <meta> says windows-1250
    page.write_bytes(body)
    result = runner.invoke(app, ["extract", str(page), "--url", MILICZ])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["title"] == "Gminny Program Wspierania Rodziny na lata 2019-2021"
    assert "Ośrodka Pomocy Społecznej w Miliczu" in record["text"]
    assert "opiekuńczo – wychowawcze" in record["text"]
    # Without --url the file is an unknown page: the generic extractor still decodes it right.
    generic = runner.invoke(app, ["extract", str(page)])
    assert generic.exit_code == 0, generic.output
    assert "Ośrodka Pomocy Społecznej w Miliczu" in json.loads(generic.stdout.splitlines()[0])["text"]


def test_extract_store_body_uses_its_sidecar(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    page = FIXTURES / "nasza-nysa" / "8e47666e50cb6587.html"
    result = runner.invoke(app, ["extract", str(page), "--out", str(out)])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (record["url"], record["site"], record["published"]) == (
        NYSA,
        "nasza-nysa",
        "2018-11-16",
    )


def test_extract_store_body_uses_its_entry_line(tmp_path: Path) -> None:
    """A body a run saved since the one-file layout: its URL and site come from the folder's entries file."""
    fixture = next(page for page in RawStore(FIXTURES).pages("nasza-nysa") if page.url == NYSA)
    saved = RawStore(tmp_path / "raw").save(
        "nasza-nysa", NYSA, fixture.body(), headers=fixture.headers, fetched_at=fixture.fetched_at
    )
    assert not saved.body_path.with_suffix(".json").exists()
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(saved.body_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (record["url"], record["site"], record["published"]) == (NYSA, "nasza-nysa", "2018-11-16")


def test_validate_passes_on_the_shipped_pages(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)  # the README's test command: defaults, from the repository
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    assert f"{len(fixture_pages())} pages checked, 0 failed" in result.output
    result = runner.invoke(app, ["validate", "--fixtures", str(FIXTURES)])
    assert result.exit_code == 0, result.output


def test_validate_fails_with_a_field_diff_when_a_golden_value_changes(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, fixtures)
    path = fixtures / "um-opole" / "a2b5a2e0aba5dca8.expected.json"
    data = jsonl.loads(path.read_text(encoding="utf-8"))
    data["records"][0]["amounts"][2]["value"] = Decimal("355076.00")
    data["records"][0]["title"] = "Edited by hand"
    path.write_text(jsonl.dumps(data, indent=2), encoding="utf-8")
    result = runner.invoke(app, ["validate", "--fixtures", str(fixtures)])
    assert result.exit_code == 1
    assert "records[0].amounts[2].value: expected 355076.00, got 355075.00" in result.output
    assert 'records[0].title: expected "Edited by hand", got "„Trudny start' in result.output
    assert f"{len(fixture_pages())} pages checked, 1 failed" in result.output


def test_validate_update_writes_missing_expected_files(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, fixtures)
    for path in fixtures.glob("*/*.expected.json"):
        path.unlink()
    result = runner.invoke(app, ["validate", "--fixtures", str(fixtures)])
    assert result.exit_code == 1 and "no expected file" in result.output
    result = runner.invoke(app, ["validate", "--fixtures", str(fixtures), "--update"])
    assert result.exit_code == 0, result.output
    written = sorted(path.relative_to(fixtures) for path in fixtures.glob("*/*.expected.json"))
    assert written == sorted(path.relative_to(FIXTURES) for path in FIXTURES.glob("*/*.expected.json"))
    for name in written:
        assert (fixtures / name).read_text(encoding="utf-8") == (FIXTURES / name).read_text(encoding="utf-8")
    result = runner.invoke(app, ["validate", "--fixtures", str(fixtures)])
    assert result.exit_code == 0, result.output


def test_schema_lists_the_fixed_fields() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    for name in (
        "id",
        "url",
        "site",
        "kind",
        "schema_version",
        "title",
        "published",
        "period",
        "amounts",
        "funding",
        "contract_number",
        "beneficiary",
        "implementer",
        "partners",
        "publisher",
        "location",
        "contacts",
        "text",
        "warnings",
        "fetched_at",
        "content_sha256",
        "extractor",
    ):
        assert name in schema["properties"], name


def test_bad_usage_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--offline", "--data", str(tmp_path), "--site", "no-such-site"])
    assert result.exit_code == 2
    assert "Error: unknown site id(s): no-such-site" in result.output
    result = runner.invoke(app, ["run", "--offline", "--data", str(tmp_path), "--max-pages", "0"])
    assert result.exit_code == 2 and "--max-pages" in result.output


def test_empty_store_is_a_failure_not_a_silent_success(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # outside the repository: no shipped fixtures to fall back on
    result = runner.invoke(app, ["run", "--offline", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "no records" in result.output
    assert (tmp_path / "clean" / "records.jsonl").read_text() == ""


def test_extract_package_stays_pure() -> None:
    code = (
        "import sys, extract.pipeline, extract.registry; extract.registry.load(); "
        "bad = [m for m in ('httpx', 'typer', 'scraper', 'bs4') if m in sys.modules]; print(bad)"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert output == "[]"


def test_a_run_over_some_sites_keeps_the_others(data_dir: Path) -> None:
    target = data_dir / "clean" / "records.jsonl"
    before = target.read_bytes()
    result = runner.invoke(app, ["run", "--offline", "--data", str(data_dir), "--site", "ops-milicz"])
    assert result.exit_code == 0, result.output
    assert f" {len(expected_records('ops-milicz'))} records" in result.output
    assert target.read_bytes() == before


def test_shards_merge_into_the_whole_run(data_dir: Path, tmp_path: Path) -> None:
    """Two machines each run some sites; their site files side by side rebuild the full dataset."""
    from scraper import dataset

    ids = shipped_site_ids()
    shards = [ids[: len(ids) // 2], ids[len(ids) // 2 :]]
    merged = tmp_path / "merged" / "clean"
    for number, sites in enumerate(shards):
        shard = tmp_path / f"shard{number}"
        shutil.copytree(FIXTURES, shard / "raw")
        args = ["run", "--offline", "--data", str(shard)] + [f"--site={s}" for s in sites]
        assert runner.invoke(app, args).exit_code == 0
        shutil.copytree(shard / "clean" / "sites", merged / "sites", dirs_exist_ok=True)
    assert dataset.rebuild(merged) == len(expected_records())
    assert (merged / "records.jsonl").read_bytes() == (data_dir / "clean" / "records.jsonl").read_bytes()
