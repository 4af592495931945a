"""Real-text passages: the loader refuses reserved hosts, passages are scored like pages, and the
pinned scores of every set are a gate (a drop fails CI)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from scraper.cli import app
from scraper.evaluate import evaluate
from scraper.evaluation_gate import MARGIN, check, pin, read_baseline
from scraper.evaluation_set import EvaluationError
from scraper.passages import load_passages, reserved_hosts

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
REALTEXT = ROOT / "tests" / "realtext"
BASELINE = ROOT / "tests" / "evaluation_baseline.json"

PASSAGE: dict[str, Any] = {
    "id": "gmina-przyklad-zadanie",
    "url": "https://www.gmina-przyklad.pl/aktualnosci/1",
    "host_kind": "gmina",
    "text": "Okres realizacji: od 1 lutego do 30 listopada 2024 r.\n\nZadanie kosztowało 412 300,00 zł. "
    "Kontakt: tel. 89 641 21 04, 14-220 Kisielice.",
    "traps": ["the phone and the postcode are not amounts"],
    "published": None,
    "period": {"start": "2024-02-01", "end": "2024-11-30"},
    "amounts": [{"kind": "total_cost", "value": "412300.00"}],
    "funding": {"fund": None, "programme": None, "priority_axis": None, "measure": None, "funder": None},
    "beneficiary": None,
    "implementer": None,
    "partners": [],
}


def write_set(directory: Path, *passages: dict[str, Any]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for passage in passages:
        (directory / f"{passage['id']}.json").write_text(json.dumps(passage, ensure_ascii=False), encoding="utf-8")
    return directory


def test_the_reserved_hosts_are_the_shared_list() -> None:
    shared = ROOT.parent / "shared" / "reserved-hosts.txt"
    hosts = reserved_hosts(REALTEXT / "reserved_hosts.txt")
    assert len(hosts) > 100
    if shared.is_file():  # the copy in the repository is the shared list, whole
        assert hosts == reserved_hosts(shared)


def test_the_reserved_list_reads_comments_case_and_www(tmp_path: Path) -> None:
    listed = tmp_path / "reserved.txt"
    listed.write_text("# hosts kept apart\nwww.Zastrzezony.example\n\n", encoding="utf-8")
    assert reserved_hosts(listed) == frozenset({"zastrzezony.example"})


@pytest.mark.parametrize(
    "url",
    [
        "https://zastrzezony.example/aktualnosci/1",
        "https://www.zastrzezony.example/x",
        "http://ZASTRZEZONY.EXAMPLE/",
        "https://gops.zastrzezony.example/a",  # a subdomain of a reserved host is reserved too
    ],
)
def test_a_passage_from_a_reserved_host_is_refused(tmp_path: Path, url: str) -> None:
    directory = write_set(tmp_path / "set", PASSAGE | {"url": url})
    with pytest.raises(EvaluationError, match=r"zastrzezony\.example"):
        load_passages(directory, reserved=frozenset({"zastrzezony.example"}))


def test_the_cli_refuses_a_passage_from_the_shipped_reserved_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    host = min(reserved_hosts(REALTEXT / "reserved_hosts.txt"))  # read, never written into the project
    directory = write_set(tmp_path / "set", PASSAGE | {"url": f"https://{host}/a"})
    result = runner.invoke(app, ["evaluate", "--set", str(directory)])
    assert result.exit_code == 2 and f"{host} is a reserved host" in result.output


def test_every_passage_of_the_real_set_loads_and_none_is_from_a_reserved_host() -> None:
    hosts = reserved_hosts(REALTEXT / "reserved_hosts.txt")
    for part in ("dev", "final"):
        samples = load_passages(REALTEXT / part, reserved=hosts)
        assert samples, f"{part}: no passages"
        assert all(sample.label.url.startswith(("http://", "https://")) for sample in samples)


def test_a_passage_without_text_is_refused(tmp_path: Path) -> None:
    directory = write_set(tmp_path / "set", PASSAGE | {"text": " "})
    with pytest.raises(EvaluationError, match="text: expected the reworded passage"):
        load_passages(directory, reserved=frozenset())


def test_a_passage_is_scored_on_what_a_passage_can_show(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the reserved-hosts list is read from tests/realtext
    report = evaluate(write_set(tmp_path / "set", PASSAGE))
    assert [score.field for score in report.fields][:2] == ["published", "period"]
    assert "title" not in {score.field for score in report.fields}
    assert report.score_of("period").f1 == 1.0
    assert report.score_of("amounts.value").f1 == 1.0  # no phone, postcode or year as money
    assert report.all_right == 1


def test_the_gate_passes_a_pinned_set_and_fails_a_drop_or_a_changed_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    directory = write_set(tmp_path / "set", PASSAGE)
    baseline = tmp_path / "baseline.json"
    report = evaluate(directory)
    assert pin(report, directory, baseline) == []
    assert check(report, directory, read_baseline(baseline)) == []
    data = json.loads(baseline.read_text(encoding="utf-8"))
    data["sets"][directory.as_posix()]["floors"]["period"] = 1.0 + 2 * MARGIN  # as if the score had dropped
    baseline.write_text(json.dumps(data), encoding="utf-8")
    (drop,) = check(report, directory, read_baseline(baseline))
    assert "period 1.0000 is below its floor" in drop
    with pytest.raises(EvaluationError, match="would lower 1 floor"):
        pin(report, directory, baseline)
    assert pin(report, directory, baseline, allow_lower=True) == ["period: 1.0200 -> 1.0000"]
    write_set(directory, PASSAGE | {"id": "another", "url": "https://www.gmina-przyklad.pl/2"})
    (changed,) = check(evaluate(directory), directory, read_baseline(baseline))
    assert "the set changed since its scores were pinned" in changed


def test_the_shipped_baseline_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CI gate: every pinned set scores at least its floors (less the margin)."""
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["evaluate", "--check", str(BASELINE.relative_to(ROOT))])
    assert result.exit_code == 0, result.output
    assert "0 drop(s)" in result.output


def test_pinning_through_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    directory = write_set(tmp_path / "set", PASSAGE)
    target = tmp_path / "b.json"
    result = runner.invoke(app, ["evaluate", "--set", str(directory), "--pin", str(target)])
    assert result.exit_code == 0 and f"floors pinned -> {target}" in result.output
    shutil.rmtree(directory)
    assert directory.as_posix() in read_baseline(target)["sets"]
