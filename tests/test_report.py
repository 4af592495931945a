"""The run report: the verdict on each site (no silent success), JSON, the saved file and the table."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from scraper.report import RunReport, SiteReport, compact_errors, fill_rates, judge, record_facts

STARTED = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("records", "last", "may_be_empty", "errors", "ratio", "failure"),
    [
        (5, None, False, {}, 0.5, None),
        (0, None, False, {}, 0.5, "no records"),
        (0, 40, True, {}, 0.5, None),
        (12, 40, False, {}, 0.5, "12 records, 40 last run"),
        (12, 40, True, {}, 0.5, None),
        (20, 40, False, {}, 0.5, None),  # exactly half is not "far fewer"
        (19, 40, False, {}, 0.5, "19 records, 40 last run"),
        (30, 40, False, {}, 0.9, "30 records, 40 last run"),
        (41, 40, False, {}, 0.5, None),
        (10, 0, False, {}, 0.5, None),  # no baseline to shrink from
        (10, 10, False, {"http_5xx": 2, "timeout": 1}, 0.5, "3 pages failed"),
        (10, 10, False, {"http_4xx": 1}, 0.5, "1 page failed"),
        (10, 10, True, {"connect": 1}, 0.5, "1 page failed"),  # may_be_empty excuses counts, not errors
        (10, 10, False, {"robots": 3, "not_html": 4, "offsite": 2, "scheme": 1}, 0.5, None),
        (0, 10, False, {"timeout": 1}, 0.5, "no records; 1 page failed"),
        (2, 10, False, {"other": 1, "offsite": 5}, 0.5, "2 records, 10 last run; 1 page failed"),
    ],
)
def test_judge(
    records: int, last: int | None, may_be_empty: bool, errors: dict[str, int], ratio: float, failure: str | None
) -> None:
    site = SiteReport("ops-milicz", records_total=records, errors=dict(errors))
    judge(site, last_count=last, may_be_empty=may_be_empty, shrink_ratio=ratio)
    assert (site.failed, site.failure) == (failure is not None, failure)
    judge(site, last_count=last, may_be_empty=may_be_empty, shrink_ratio=ratio)  # judging again changes nothing
    assert site.failure == failure


def test_judge_keeps_an_earlier_failure() -> None:
    site = SiteReport("opole", records_total=0)
    site.fail("start page unreachable")
    judge(site, last_count=None, may_be_empty=False)
    assert site.failure == "start page unreachable; no records"


def test_add_error_counts_by_class() -> None:
    site = SiteReport("s")
    for error_class in ("timeout", "robots", "timeout", "bogus", None, "http_5xx"):
        site.add_error(error_class)
    assert site.errors == {"timeout": 2, "other": 2, "http_5xx": 1}
    assert (site.robots_skipped, site.error_count, site.page_failures) == (1, 5, 5)
    assert compact_errors({"timeout": 1, "http_5xx": 1, "http_4xx": 2, "zzz": 1, "connect": 0}) == (
        "4xx:2 5xx:1 timeout:1 zzz:1"
    )


def _report() -> RunReport:
    good = SiteReport(
        "ops-milicz",
        requests=30,
        status_200=20,
        status_304=8,
        errors={"http_4xx": 2, "http_5xx": 1, "timeout": 1},
        robots_skipped=3,
        pages_new=5,
        pages_changed=2,
        pages_unchanged=20,
        pages_removed=1,
        records_new=5,
        records_changed=2,
        records_removed=1,
        records_total=27,
        warnings=4,
    )
    bad = SiteReport("polityka-spoleczna-lubuskie", requests=3, status_200=3)
    judge(good, last_count=25, may_be_empty=False)
    judge(bad, last_count=None, may_be_empty=False)
    bad.fail("strona główna zwróciła błąd")  # non-ASCII stays UTF-8 in the JSON
    return RunReport(run_id=7, mode="live", started=STARTED, finished=STARTED.replace(minute=12), sites=[good, bad])


def test_exit_code() -> None:
    report = _report()
    assert report.exit_code == 1
    assert (
        RunReport(run_id=None, mode="offline", started=STARTED, sites=[SiteReport("a", records_total=1)]).exit_code == 0
    )
    assert RunReport(run_id=None, mode="offline", started=STARTED).exit_code == 0


def test_json_round_trip() -> None:
    report = _report()
    text = report.to_json()
    assert "główna" in text and text.endswith("}\n")
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert list(data["sites"][0]) == sorted(data["sites"][0])
    assert (data["run_id"], data["mode"], data["started"], data["finished"], data["exit_code"]) == (
        7,
        "live",
        "2026-11-23T10:00:00Z",
        "2026-11-23T10:12:00Z",
        1,
    )
    first = data["sites"][0]
    assert (first["site"], first["errors"], first["failed"], first["failure"]) == (
        "ops-milicz",
        {"http_4xx": 2, "http_5xx": 1, "timeout": 1},
        True,
        "4 pages failed",
    )
    assert data["sites"][1]["failure"] == "no records; strona główna zwróciła błąd"
    assert RunReport.from_json(text) == report


def test_save_is_atomic_and_named_by_start_and_mode(tmp_path: Path) -> None:
    report = _report()
    path = report.save(tmp_path / "data")
    assert path == tmp_path / "data" / "runs" / "20261123T100000Z-live.json"
    assert path.read_text(encoding="utf-8") == report.to_json()
    report.sites[0].warnings = 99
    assert report.save(tmp_path / "data") == path  # same run saved again replaces the file
    assert RunReport.from_json(path.read_text(encoding="utf-8")).sites[0].warnings == 99
    assert [p.name for p in (tmp_path / "data" / "runs").iterdir()] == [path.name]  # no .tmp left behind


def test_table_renders_sites_totals_and_verdicts() -> None:
    report = _report()
    report.sites.append(SiteReport("opole", requests=2, status_200=2, records_total=2))
    console = Console(record=True, width=200)
    console.print(report.table())
    text = console.export_text()
    for expected in (
        "scrape run 7 (live)",
        "ops-milicz",
        "polityka-spoleczna-lubuskie",
        "opole",
        "total",
        "4 4xx:2 5xx:1 timeout:1",
        "FAILED",
        "OK",
        "ops-milicz: 4 pages failed",
        "polityka-spoleczna-lubuskie: no records; strona główna zwróciła błąd",
    ):
        assert expected in text, expected
    rows = {line.split()[0]: line.split() for line in text.splitlines() if line.strip()}
    assert rows["opole"][-1] == "OK" and rows["ops-milicz"][-1] == "FAILED" and rows["total"][-1] == "FAILED"
    assert rows["total"][1:4] == ["35", "25", "8"]  # requests, 200 and 304 summed over the sites
    narrow = Console(record=True, width=120)
    narrow.print(report.table())
    assert "…" not in narrow.export_text()  # fits the CLI's width without truncating a column


def test_judge_says_why_a_site_is_empty_and_adds_nothing_to_an_unreachable_one() -> None:
    empty = SiteReport("ops-milicz")
    judge(empty, last_count=None, may_be_empty=False, why_empty="nothing saved for it in data/raw/ops-milicz")
    assert empty.failure == "no records: nothing saved for it in data/raw/ops-milicz"
    down = SiteReport("ops-milicz", records_total=5, records_kept=5, errors={"unreachable": 1})
    down.unreachable = "robots.txt of https://opsmilicz.pl: connection refused"
    down.fail("site unreachable: …")
    judge(down, last_count=5, may_be_empty=False)
    assert down.failure == "site unreachable: …"  # no "no records", no "1 page failed" on top


def _record(**fields: object) -> str:
    return json.dumps({"id": "0123456789abcdef", "warnings": [], **fields}, sort_keys=True)


RECORD_LINES = [
    _record(amounts=[{"value": "1.00"}], period={"text": "wiosna"}, warnings=["a", "b"]),
    _record(amounts=[], period={"text": "2025", "start": "2025-01-01"}, partners=["Gmina X"], published="2025-03-01"),
    _record(contacts=[{"email": "x@example.org"}], funding={"text": "z EFS"}, warnings=["c"]),
]


def test_record_facts_count_the_warnings_and_the_fill_rates_of_one_parse() -> None:
    warnings, rates = record_facts(RECORD_LINES)
    assert warnings == sum(len(json.loads(line)["warnings"]) for line in RECORD_LINES) == 3
    assert rates == fill_rates(RECORD_LINES)
    assert rates["amounts"] == 0.333 and rates["period"] == 0.333 and rates["published"] == 0.333
    assert record_facts([]) == (0, {}) == (0, fill_rates([]))


def test_record_facts_refuse_a_line_that_is_no_record_where_fill_rates_skip_it() -> None:
    assert fill_rates(["not json", *RECORD_LINES]) == fill_rates(RECORD_LINES)
    with pytest.raises(ValueError):
        record_facts(["not json", *RECORD_LINES])
