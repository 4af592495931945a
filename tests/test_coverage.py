"""The coverage table: units counted once per TERYT, by level and voivodeship, with why each gave nothing."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from rich.console import Console

from fixture_pages import FIXTURES
from scraper.coverage import (
    Coverage,
    Row,
    compute_coverage,
    coverage_lines,
    coverage_path,
    missing_lines,
    save_coverage,
)
from scraper.discovery_model import Discovery, ExtraKind, ExtraSite, Section
from scraper.discovery_report import why_missing
from scraper.discovery_store import path_for, save_discovery
from scraper.full_registry import annotate
from scraper.registry import Site, load_sites
from scraper.report import RunReport, SiteReport
from scraper.runs import run_sites
from scraper.units import Level

STARTED = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)
DAY = date(2026, 11, 20)
ARTICLES = (re.compile(r"/aktualnosci/\d+"),)


def site(
    site_id: str,
    teryt: str | None,
    level: Level | None,
    voivodeship: str | None,
    *,
    ready: bool = True,
    generated: bool = True,
    name: str | None = None,
) -> Site:
    return Site(
        id=site_id,
        name=name or f"Unit {site_id}",
        start_urls=(f"https://{site_id}.example.pl/",),
        follow=(),
        articles=ARTICLES if ready else (),
        extractor="generic",
        teryt=teryt,
        level=level,
        voivodeship=voivodeship,
        generated=generated,
    )


def section(kind: str, host: str) -> Section:
    return Section(kind=kind, url=f"https://{host}/{kind}", shape="listing", confidence=0.9)  # type: ignore[arg-type]


def extra(kind: ExtraKind, site_id: str, teryt: str | None) -> ExtraSite:
    return ExtraSite(
        kind, site_id, f"{kind} of the unit", f"https://{site_id}.example.pl/", f"{site_id}.example.pl", teryt
    )


def discovery(
    site_id: str,
    teryt: str | None,
    kinds: tuple[str, ...] = (),
    extras: tuple[ExtraSite, ...] = (),
    problems: tuple[str, ...] = (),
) -> Discovery:
    host = f"{site_id}.example.pl"
    return Discovery(
        site_id=site_id,
        teryt=teryt,
        discovered=DAY,
        home=f"https://{host}/",
        sections=tuple(section(kind, host) for kind in kinds),
        extra_sites=extras,
        problems=problems,
    )


def ran(site_id: str, total: int, kept: int = 0, *, unreachable: str | None = None) -> SiteReport:
    report = SiteReport(site_id, records_total=total, records_kept=kept, unreachable=unreachable)
    if total - kept == 0:
        report.fail(unreachable or (f"no records ({kept} kept from earlier runs)" if kept else "no records"))
    return report


@pytest.fixture()
def scene(tmp_path: Path) -> tuple[list[Site], Path, RunReport]:
    """Ten units over four levels and three voivodeships (and one site tied to no unit), each in a different state."""
    data = tmp_path / "data"
    sites = [
        # A: everything found; its welfare centre on another host is a site of the same unit, not yet discovered
        site("gmina-a", "0213033", "gmina", "dolnośląskie", name="Gmina A"),
        site("gmina-a-ops", "0213033", "gmina", "dolnośląskie", ready=False, name="OPS A"),
        # B: discovered, only a BIP link; C: never discovered
        site("gmina-b", "0201022", "gmina", "dolnośląskie", ready=False),
        site("gmina-c", "0201033", "gmina", "dolnośląskie", ready=False),
        # H: its homepage gave nothing, its BIP on another host (not in this list, no TERYT of its own) gave records
        site("gmina-h", "1607053", "gmina", "opolskie"),
        # I: its discovery file is broken
        site("gmina-i", "1607063", "gmina", "opolskie", ready=False),
        site("powiat-d", "1601000", "powiat", "opolskie"),  # unreachable in the run
        site("powiat-e", "1602000", "powiat", "opolskie"),  # reached, nothing new, 3 records kept
        site("miasto-f", "1661011", "miasto", "opolskie", ready=False),  # homepage dead at discovery
        site("rops-g", "0800000", "wojewodztwo", "lubuskie", generated=False),  # hand-written, not walked
        site("portal", None, None, None, generated=False),  # a national portal: no unit
    ]
    save_discovery(
        data,
        discovery("gmina-a", "0213033", ("news", "funding", "bip"), (extra("welfare", "gmina-a-ops", "0213033"),)),
    )
    save_discovery(data, discovery("gmina-b", "0201022", ("bip",)))
    save_discovery(data, discovery("gmina-h", "1607053", ("news",), (extra("bip", "gmina-h-bip", None),)))
    save_discovery(data, discovery("gmina-h-bip", None, ("news",)))
    save_discovery(data, discovery("miasto-f", "1661011", problems=("homepage https://miasto-f.example.pl/: timeout",)))
    path_for(data, "gmina-i").write_text("{not json", encoding="utf-8")
    (data / "clean" / "sites").mkdir(parents=True)
    (data / "clean" / "sites" / "rops-g.jsonl").write_text('{"id": "1"}\n{"id": "2"}\n', encoding="utf-8")
    report = RunReport(run_id=7, mode="live", started=STARTED)
    report.sites = [
        ran("gmina-a", 5),
        ran("gmina-h", 0),
        ran("gmina-h-bip", 2),
        ran("powiat-d", 0, unreachable="https://powiat-d.example.pl/robots.txt: connect error"),
        ran("powiat-e", 3, kept=3),
        ran("portal", 4),
    ]
    return sites, data, report


def counts(row: Row) -> tuple[str, int, int, int, int, int, int, int, int]:
    return (
        row.group,
        row.units,
        row.crawled,
        row.news,
        row.funding,
        row.bip,
        row.welfare,
        row.records,
        row.dataset,
    )


def test_counts_by_level(scene: tuple[list[Site], Path, RunReport]) -> None:
    coverage = compute_coverage(*scene)
    #               units crawled news funding bip welfare records dataset
    assert [counts(row) for row in coverage.by_level] == [
        ("wojewodztwo", 1, 0, 0, 0, 0, 0, 0, 1),
        ("powiat", 2, 2, 0, 0, 0, 0, 0, 1),
        ("miasto", 1, 0, 0, 0, 0, 0, 0, 0),
        ("gmina", 5, 2, 2, 1, 3, 1, 2, 2),
        ("(none)", 1, 1, 0, 0, 0, 0, 1, 1),
    ]
    assert counts(coverage.total) == ("total", 10, 5, 2, 1, 3, 1, 3, 5)


def test_counts_by_voivodeship(scene: tuple[list[Site], Path, RunReport]) -> None:
    coverage = compute_coverage(*scene)
    assert [counts(row) for row in coverage.by_voivodeship] == [
        ("dolnośląskie", 3, 1, 1, 1, 2, 1, 1, 1),
        ("lubuskie", 1, 0, 0, 0, 0, 0, 0, 1),
        ("opolskie", 5, 3, 1, 0, 1, 0, 1, 2),
        ("(none)", 1, 1, 0, 0, 0, 0, 1, 1),
    ]


def test_extra_sites_count_in_their_parents_unit(scene: tuple[list[Site], Path, RunReport]) -> None:
    units = {unit.key: unit for unit in compute_coverage(*scene).units}
    assert units["0213033"].sites == ("gmina-a", "gmina-a-ops")
    assert units["0213033"].name == "Gmina A"  # the unit's own site names it, not its welfare centre
    assert units["1607053"].sites == ("gmina-h", "gmina-h-bip")  # the BIP has no TERYT of its own
    assert (units["1607053"].records, units["1607053"].failure) == (2, None)
    assert "site:gmina-h-bip" not in units and len(units) == 10


def test_failures_say_why(scene: tuple[list[Site], Path, RunReport]) -> None:
    coverage = compute_coverage(*scene)
    assert [(f.site, f.teryt, f.level, f.reason, f.walked) for f in coverage.failures] == [
        ("gmina-b", "0201022", "gmina", "no sections found", False),
        ("gmina-c", "0201033", "gmina", "not discovered", False),
        ("rops-g", "0800000", "wojewodztwo", "not run", False),
        ("powiat-d", "1601000", "powiat", "unreachable", True),
        ("powiat-e", "1602000", "powiat", "no records", True),
        ("gmina-i", "1607063", "gmina", "not discovered", False),
        ("miasto-f", "1661011", "miasto", "unreachable", False),
    ]
    details = {f.site: f.detail for f in coverage.failures}
    assert details["gmina-b"] == "no news or funding section on https://gmina-b.example.pl/ (found only: bip)"
    assert details["powiat-d"] == "https://powiat-d.example.pl/robots.txt: connect error"
    assert details["powiat-e"] == "no records (3 kept from earlier runs)"
    assert details["rops-g"] == "sections known, not walked in this run"
    assert details["miasto-f"] == "discovery: homepage https://miasto-f.example.pl/: timeout"
    assert "not a discovery file" in details["gmina-i"]
    assert coverage.failures_by_reason() == {
        "unreachable": 2,
        "no records": 1,
        "not run": 1,
        "no sections found": 1,
        "not discovered": 2,
    }
    assert len(coverage.problems) == 1 and "gmina-i.json" in coverage.problems[0]
    assert coverage.summary() == (
        "coverage: 7 of 10 units gave no records "
        "(unreachable 2, no records 1, not run 1, no sections found 1, not discovered 2)"
    )


def test_saved_beside_the_run_report(scene: tuple[list[Site], Path, RunReport]) -> None:
    sites, data, report = scene
    coverage = compute_coverage(sites, data, report)
    report_path = report.save(data)
    path = save_coverage(coverage, report_path)
    assert path == data / "runs" / "20261123T023000Z-live-coverage.json" == coverage_path(report_path)
    assert sorted(p.name for p in (data / "runs").iterdir()) == [path.name, report_path.name]  # no .tmp left
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert (saved["run"], saved["run_id"], saved["mode"]) == ("20261123T023000Z-live", 7, "live")
    assert saved["total"] == asdict(coverage.total)
    assert [row["group"] for row in saved["by_voivodeship"]] == ["dolnośląskie", "lubuskie", "opolskie", "(none)"]
    assert saved["failures"][0] == {
        "site": "gmina-b",
        "unit": "Unit gmina-b",
        "teryt": "0201022",
        "level": "gmina",
        "voivodeship": "dolnośląskie",
        "reason": "no sections found",
        "detail": "no news or funding section on https://gmina-b.example.pl/ (found only: bip)",
        "walked": False,
    }
    assert saved["failures"][2]["detail"] == "https://powiat-d.example.pl/robots.txt: connect error"
    assert saved["failures_by_reason"]["not discovered"] == 2
    # a unit not discovered at all is its site's id, not a failure row (2,800 of them on a first run)
    assert saved["not_discovered"] == ["gmina-c"] and "gmina-c" not in [f["site"] for f in saved["failures"]]
    assert [f["site"] for f in saved["failures"]] == [
        "gmina-b",
        "rops-g",
        "powiat-d",
        "powiat-e",
        "gmina-i",
        "miasto-f",
    ]
    assert "dolnośląskie" in path.read_text(encoding="utf-8")  # UTF-8 text, not \u escapes


def test_table_and_text(scene: tuple[list[Site], Path, RunReport]) -> None:
    coverage = compute_coverage(*scene)
    console = Console(width=120, record=True, color_system=None)
    console.print(coverage.table())
    shown = console.export_text()
    assert "coverage of 20261123T023000Z-live (units)" in shown
    assert re.search(r"gmina\s+5\s+2\s+2\s+1\s+3\s+1\s+2\s+2", shown)
    assert re.search(r"total\s+10\s+5\s+2\s+1\s+3\s+1\s+3\s+5", shown)
    text = coverage.text()
    assert " ".join(text[0].split()) == "level / voivodeship units crawled news funding BIP welfare records dataset"
    assert text[-1].split() == ["total", "10", "5", "2", "1", "3", "1", "3", "5"]
    assert len(text) == 1 + 1 + 5 + 1 + 4 + 1 + 1  # header, rule, levels, rule, voivodeships, rule, total
    assert len({len(line) for line in text}) == 1  # aligned


def test_coverage_lines_list_what_no_other_line_explains(scene: tuple[list[Site], Path, RunReport]) -> None:
    coverage = compute_coverage(*scene)
    saved = Path("/data/runs/x-coverage.json")
    # walked sites are in the run table; undiscovered and unreplayed ones are counted by `scrape run`
    assert coverage_lines(coverage, saved)[:3] == [
        coverage.summary() + f"; all in {saved}",
        "  gmina-b (Unit gmina-b): no sections found: no news or funding section on https://gmina-b.example.pl/"
        " (found only: bip)",
        "  miasto-f (Unit miasto-f): unreachable: discovery: homepage https://miasto-f.example.pl/: timeout",
    ]
    assert coverage_lines(coverage, saved)[3:] == missing_lines(coverage, saved)
    every = coverage_lines(coverage, every=True, limit=5)
    every = every[: -len(missing_lines(coverage))]
    assert every[0] == coverage.summary()
    assert every[3] == "  rops-g (Unit rops-g): not run: sections known, not walked in this run"
    assert every[4] == "  powiat-d (Unit powiat-d): unreachable in this run (see the run table)"
    assert every[5] == "  powiat-e (Unit powiat-e): no records in this run (see the run table)"
    assert every[6] == "  … and 2 more"
    assert len(every) == 7
    assert coverage.failures[4].line() == "powiat-e (Unit powiat-e): no records in this run (see the run table)"
    assert coverage.failures[0].line().startswith("gmina-b (Unit gmina-b): no sections found: no news")


def test_a_run_with_everything_found() -> None:
    coverage = Coverage("r", None, "offline", (), (), Row("total", units=2, records=2), (), ())
    assert coverage.summary() == "coverage: all 2 units gave records"
    assert coverage_lines(coverage) == [coverage.summary()]


def test_offline_says_why_a_ready_unit_was_not_run(scene: tuple[list[Site], Path, RunReport]) -> None:
    sites, data, report = scene
    report.mode = "offline"
    details = {f.site: (f.reason, f.detail) for f in compute_coverage(sites, data, report).failures}
    assert details["rops-g"] == ("not run", "sections known, no saved pages to replay")


@pytest.mark.parametrize("annotated", [True, False], ids=["full registry", "sites.toml alone"])
def test_the_seed_sites_offline(tmp_path: Path, annotated: bool) -> None:
    """The five shipped sites replayed from the fixtures: every unit covered, by the level its TERYT gives."""
    sites = annotate(load_sites()) if annotated else load_sites()
    result = run_sites(sites, tmp_path, mode="offline", pages=FIXTURES)
    coverage = compute_coverage(sites, tmp_path, result.report)
    assert [(row.group, row.units, row.crawled, row.records) for row in coverage.by_level] == [
        ("wojewodztwo", 1, 1, 1),  # ROPS Zielona Góra
        ("miasto", 1, 1, 1),  # Opole
        ("gmina", 2, 2, 2),  # Nysa, Milicz
        ("(none)", 1, 1, 1),  # the Bank Dobrych Praktyk
    ]
    assert [(row.group, row.units) for row in coverage.by_voivodeship] == [
        ("dolnośląskie", 1),
        ("lubuskie", 1),
        ("opolskie", 2),
        ("(none)", 1),
    ]
    assert (coverage.total.units, coverage.total.news, coverage.failures) == (5, 0, ())  # hand-written: no discovery
    assert coverage.total.dataset == 5
    path = save_coverage(coverage, result.saved)
    assert json.loads(path.read_text(encoding="utf-8"))["total"]["records"] == 5


# -- which section each unit misses, and why ---------------------------------------------------------------------


def test_each_missing_section_says_why(scene: tuple[list[Site], Path, RunReport]) -> None:
    sites, data, report = scene
    # gmina-a's crawl: records from its news listing only, none from its funding listing (told apart by pattern)
    stored = json.loads(path_for(data, "gmina-a").read_text(encoding="utf-8"))
    for found in stored["sections"]:
        found["item_pattern"] = {"news": r"^https://gmina-a\.example\.pl/aktualnosci/\d+$"}.get(
            found["kind"], r"^.*/p/\d+$"
        )
    path_for(data, "gmina-a").write_text(json.dumps(stored), encoding="utf-8")
    (data / "clean" / "sites" / "gmina-a.jsonl").write_text(
        "".join(f'{{"id": "{n}", "url": "https://gmina-a.example.pl/aktualnosci/{n}"}}\n' for n in range(5)),
        encoding="utf-8",
    )
    units = {unit.key: unit for unit in compute_coverage(sites, data, report).units}
    said = {key: {gap.kind: (gap.reason, gap.site) for gap in unit.missing} for key, unit in units.items()}
    assert said["0213033"] == {"funding": ("discovered but yielded nothing", "gmina-a")}  # news gave 5
    assert said["0201022"] == {  # gmina-b: a BIP link only
        "news": ("discovery failed: no candidate link", "gmina-b"),
        "funding": ("discovery failed: no candidate link", "gmina-b"),
        "welfare": ("discovery failed: no candidate link", "gmina-b"),
    }
    assert set(said["1661011"].values()) == {("discovery failed: timeout", "miasto-f")}  # homepage timed out
    assert len(said["1661011"]) == 4
    assert said["1607053"] == {  # gmina-h: news on its site and its BIP's, the BIP on another host
        "funding": ("discovery failed: no candidate link", "gmina-h"),
        "welfare": ("discovery failed: no candidate link", "gmina-h"),
    }
    assert units["0201033"].undiscovered and not units["0201033"].missing  # gmina-c: not discovered at all
    assert not units["0800000"].missing and not units["0800000"].undiscovered  # hand-written: nothing to judge
    assert not units["1607063"].undiscovered  # gmina-i: an unreadable file is its failure, not "not discovered"
    gap = next(g for g in units["0213033"].missing)
    assert gap.detail == "https://gmina-a.example.pl/funding: no record from it in the dataset (5 from the site)"


@pytest.mark.parametrize(
    ("problems", "notes", "kind", "reason"),
    [
        (("bip host http://bip.x.pl/: connect: connection refused",), (), "bip", "connection failed"),
        (("welfare host http://ops.x.pl/: HTTP 503",), (), "welfare", "HTTP error"),
        (("welfare hub http://x.pl/jednostki: timeout: ReadTimeout",), (), "welfare", "timeout"),
        (("news section http://x.pl/aktualnosci: HTTP 404", "no news section found"), (), "news", "HTTP error"),
        (
            ("news section http://x.pl/a: robots: http://x.pl/a disallowed by robots.txt",),
            (),
            "news",
            "robots",
        ),
        (
            ("no news section found",),
            ("news candidate http://x.pl/a is not a listing",),
            "news",
            "no listing confirmed",
        ),
        (("no news section found",), (), "news", "no candidate link"),
        (("request budget of 40 used up; not fetched: http://x.pl/f",), (), "funding", "request budget used up"),
        ((), ("no bip link found",), "bip", "no candidate link"),
        (("site unreachable: robots.txt of http://x.pl unreachable (HTTP 503)",), (), "funding", "robots"),
        (("homepage http://x.pl/: connect: connection refused",), (), "welfare", "connection failed"),
        (
            (
                "bip host http://b.pl/: unreachable: robots.txt of http://b.pl unreachable"
                " (connect: connection refused)",
            ),
            (),
            "bip",
            "connection failed",  # robots.txt could not be asked: the host is dead, robots.txt said nothing
        ),
    ],
)
def test_why_a_discovery_found_no_section(
    problems: tuple[str, ...], notes: tuple[str, ...], kind: str, reason: str
) -> None:
    found = Discovery("gmina-x", None, DAY, "http://x.pl/", problems=problems, notes=notes)
    got, detail = why_missing(found, kind)
    assert got == f"discovery failed: {reason}"
    assert detail in (*problems, *notes) or detail.startswith(f"no {kind} link on http://x.pl/")


def test_the_terminal_groups_missing_sections_by_reason_with_the_first_units(tmp_path: Path) -> None:
    data = tmp_path / "data"
    sites = [site(f"gmina-{n}", f"02010{n:02d}", "gmina", "dolnośląskie", ready=False) for n in range(8)]
    for n in range(7):  # seven units whose BIP host is dead, the eighth never discovered
        problem = f"bip host http://bip.gmina-{n}.pl/: connect: connection refused"
        save_discovery(
            data, discovery(f"gmina-{n}", f"02010{n:02d}", ("news", "funding", "welfare"), problems=(problem,))
        )
    coverage = compute_coverage(sites, data, RunReport(run_id=1, mode="live", started=STARTED))
    lines = missing_lines(coverage, Path("/runs/x-coverage.json"), per_reason=3)
    assert lines == [
        "missing: news 1, funding 1, BIP 8, welfare 1 of 8 units; every unit in /runs/x-coverage.json",
        "  every section missing: not discovered yet (1 unit)",
        "  bip missing: discovery failed: connection failed (7 units)",
        "    gmina-0 (Unit gmina-0): bip host http://bip.gmina-0.pl/: connect: connection refused",
        "    gmina-1 (Unit gmina-1): bip host http://bip.gmina-1.pl/: connect: connection refused",
        "    gmina-2 (Unit gmina-2): bip host http://bip.gmina-2.pl/: connect: connection refused",
        "    … and 4 more",
    ]
    saved = coverage.to_dict()
    assert saved["missing_by_reason"]["bip"] == {"discovery failed: connection failed": 7, "not discovered yet": 1}
    assert [row["teryt"] for row in saved["units"]] == [f"02010{n:02d}" for n in range(7)]  # all of them
    assert saved["units"][6]["missing"] == {
        "bip": {
            "reason": "discovery failed: connection failed",
            "detail": "bip host http://bip.gmina-6.pl/: connect: connection refused",
            "site": "gmina-6",
        }
    }
    assert saved["not_discovered"] == ["gmina-7"]
    everything = compute_coverage(sites[:1], data, RunReport(run_id=1, mode="live", started=STARTED))
    assert missing_lines(replace(everything, units=()), None) == []  # nothing missing: nothing said
