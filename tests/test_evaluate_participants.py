"""`scrape evaluate` scores participants, only on pages whose label has the key (labels may predate it)."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from scraper.evaluate import (
    FIELDS,
    OPTIONAL_KEYS,
    EvaluationError,
    Miss,
    Prediction,
    evaluate,
    load_set,
    parse_label,
    score,
)

FIXTURE = Path(__file__).resolve().parent / "evaluate_fixture"


def labelled_set(tmp_path: Path, participants: dict[str, int | None]) -> Path:
    """The fixture set, with `participants` added to the named labels (the others keep no key)."""
    target = tmp_path / "set"
    shutil.copytree(FIXTURE, target)
    for name, value in participants.items():
        path = target / "labels" / f"{name}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        data["participants"] = value
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def test_participants_is_a_scored_field() -> None:
    assert "participants" in FIELDS and "participants" in OPTIONAL_KEYS


def test_a_missing_key_is_not_labelled_and_a_null_one_is(tmp_path: Path) -> None:
    samples, _ = load_set(labelled_set(tmp_path, {"partnerstwo": 40, "wodociag": None}))
    assert [(s.name, s.label.participants, "participants" in s.label.unlabelled) for s in samples] == [
        ("festyn", None, True),
        ("partnerstwo", 40, False),
        ("wodociag", None, False),
    ]


def test_scores_count_only_labelled_pages(tmp_path: Path) -> None:
    samples, _ = load_set(labelled_set(tmp_path, {"partnerstwo": 40, "wodociag": None}))
    got = {"festyn": 99, "partnerstwo": 40, "wodociag": 12}  # festyn's 99 is never compared: no label
    predictions = [replace(Prediction(), participants=got[s.name]) for s in samples]
    report = score(samples, predictions, extractor="test", fields=("participants",))
    row = report.score_of("participants")
    assert (row.n, row.labelled, row.extracted, row.correct, row.equal) == (2, 1, 2, 1, 1)
    assert (row.precision, row.recall, row.f1, row.accuracy) == (0.5, 1.0, pytest.approx(2 / 3), 0.5)
    assert [page.misses for page in report.pages] == [[], [], [Miss("participants", None, "12")]]


def test_a_set_without_participants_labels_scores_nothing(tmp_path: Path) -> None:
    report = evaluate(labelled_set(tmp_path, {}), extractor="generic")
    row = report.score_of("participants")
    assert (row.n, row.labelled, row.extracted, row.precision, row.accuracy) == (0, 0, 0, None, None)
    assert not any(miss.field == "participants" for page in report.pages for miss in page.misses)


def test_the_extractor_is_scored_on_a_labelled_page(tmp_path: Path) -> None:
    samples, _ = load_set(labelled_set(tmp_path, {"festyn": None, "partnerstwo": None, "wodociag": None}))
    report = evaluate(tmp_path / "set", extractor="generic")
    row = report.score_of("participants")
    assert row.n == len(samples) == 3
    assert row.labelled == 0  # every page labelled "states none": a count read anyway would be a miss
    assert (row.extracted, row.accuracy) == (0, 1.0)


@pytest.mark.parametrize("value", [-1, "12", 1.5, True, [3]])
def test_a_malformed_participants_label_names_the_key(tmp_path: Path, value: object) -> None:
    path = tmp_path / "label.json"
    path.write_text(json.dumps({"url": "https://a.example/", "participants": value}), encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"label\.json: participants: expected a whole number >= 0 or null"):
        parse_label(path)
