"""The learned amount-kind model's features and pure-Python inference (extract.amount_kinds), and the
trainer's alignment of found amounts with labelled ones (extract.train_amount_kinds; no scikit-learn needed)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from extract import amount_kinds, train_amount_kinds
from extract.amount_kinds import KindModel, features, model_from_json, stem
from extract.model import AmountKind


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: Decimal
    kind: AmountKind


def found(text: str, printed: str, value: str, kind: AmountKind, after: int = 0) -> Found:
    start = text.index(printed, after)
    return Found(start, start + len(printed), Decimal(value), kind)


SENTENCE = (
    "Łączny koszt zadania to 412.300zł., z czego 370.000zł. pokrywa dotacja z budżetu państwa, "
    "a 42.300zł to środki własne gminy."
)
MENTIONS = [
    found(SENTENCE, "412.300zł", "412300", "total_cost"),
    found(SENTENCE, "370.000zł", "370000", "grant"),
    found(SENTENCE, "42.300zł", "42300", "own_share"),
]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Dofinansowaniem", "dofin"), ("wkładu", "wkład"), ("UE", "ue"), ("własnych", "własn"), ("Gminie", "gmini")],
)
def test_stem_is_the_lowered_prefix(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize(
    ("i", "present", "absent"),
    [
        # the cue before it, first and largest of three
        (
            0,
            {"rule=total_cost", "b:łączn", "b:koszt", "b:zadan", "ord:first", "count:3+", "largest", "cb0:zadan"},
            {"smallest", "prev:same_sentence", "ord:last"},
        ),
        # "z czego" opens its clause; its cue ("pokrywa dotacja") comes after it, beyond the abbreviation's dot
        (
            1,
            {
                "join:z czego",
                "btw:z czego",
                "a:pokry",
                "a:dotac",
                "a:budże",
                "ca0:pokry",
                "prev_rule=total_cost",
                "prev:same_sentence",
                "ord:second",
                "b:none",
            },
            {"b:koszt", "largest", "smallest"},
        ),
        # "a" opens the last clause; "to środki własne gminy" after it
        (
            2,
            {"join:a", "btw:a", "a:środk", "a:własn", "ord:later", "ord:last", "smallest", "prev_rule=grant"},
            {"a:dotac", "btw:z czego"},
        ),
    ],
)
def test_features_of_three_amounts_in_one_sentence(i: int, present: set[str], absent: set[str]) -> None:
    names = features(SENTENCE, MENTIONS, i)
    assert present <= set(names)
    assert not absent & set(names)
    assert len(names) == len(set(names))  # each feature once: its value is 1


def test_features_stop_at_the_sentence_and_the_neighbouring_amounts() -> None:
    text = "Wkład własny wyniósł 10 zł. Dotacja to 90 zł."
    mentions = [found(text, "10 zł", "10", "own_share"), found(text, "90 zł", "90", "grant")]
    first, second = set(features(text, mentions, 0)), set(features(text, mentions, 1))
    assert {"b:wkład", "b:własn", "a:none"} <= first and "a:dotac" not in first
    assert {"b:dotac", "ord:last"} <= second and "b:wkład" not in second
    assert "prev:same_sentence" not in second  # the previous amount is in another sentence


def test_a_lone_amount_has_no_order_or_size_among_others() -> None:
    text = "Projekt otrzymał 5 000 zł."
    names = set(features(text, [found(text, "5 000 zł", "5000", "grant")], 0))
    assert {"count:1", "ord:first", "ord:last", "b:proje", "b:otrzy"} <= names
    assert not {"largest", "smallest"} & names


TINY = KindModel(classes=("grant", "other"), intercepts=(0.0, 0.5), weights={"b:dotac": (2.0, -2.0)}, threshold=0.9)


@pytest.mark.parametrize(
    ("names", "grant"),
    [
        ([], 1 / (1 + math.exp(0.5))),  # the intercepts alone
        (["b:dotac"], 1 / (1 + math.exp(-3.5))),  # 2 - (0.5 - 2)
        (["b:dotac", "unknown"], 1 / (1 + math.exp(-3.5))),  # a feature the model never saw weighs nothing
    ],
)
def test_probabilities_are_the_softmax_of_the_sparse_dot_product(names: list[str], grant: float) -> None:
    probs = TINY.probabilities(names)
    assert probs["grant"] == pytest.approx(grant)
    assert probs["other"] == pytest.approx(1 - grant)


@pytest.mark.parametrize(
    ("rule", "names", "threshold", "expected"),
    [
        ("other", ["b:dotac"], 0.9, "grant"),  # sure (0.97) and disagrees: the model wins
        ("other", ["b:dotac"], 0.99, "other"),  # not sure enough: the rule stays
        ("grant", [], 0.5, "other"),  # 0.62 for other over 0.5
        ("grant", [], 0.7, "grant"),
        ("other", [], 0.5, "other"),  # agrees
    ],
)
def test_choose_overrules_the_rule_only_when_sure(
    rule: AmountKind, names: list[str], threshold: float, expected: AmountKind
) -> None:
    model = KindModel(TINY.classes, TINY.intercepts, TINY.weights, threshold)
    assert model.choose(rule, names) == expected


GOOD = {"classes": ["grant", "other"], "intercepts": [0, 0.5], "weights": {"b:dotac": [2, -2]}, "threshold": 0.9}


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"classes": ["grant", "loan"]}, "classes"),
        ({"intercepts": [0]}, "intercepts"),
        ({"weights": {"b:dotac": [2]}}, "weights"),
        ({"weights": []}, "weights"),
        ({"threshold": "high"}, "threshold"),
    ],
)
def test_a_malformed_model_is_refused(change: dict[str, object], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        model_from_json({**GOOD, **change})


def test_a_model_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    model = amount_kinds.load_model(path)
    assert model == TINY
    assert model.choose("other", ["b:dotac"]) == "grant"


@pytest.mark.parametrize(
    ("gold", "values", "kinds", "spurious", "missed"),
    [
        # in order, by value; a found amount with no label of its value is spurious
        ([("grant", "100"), ("own_share", "50")], ["100", "7", "50.00"], ["grant", "own_share"], 1, 0),
        # the same value twice: the labels are taken in order
        ([("total_cost", "10"), ("grant", "10")], ["10", "10"], ["total_cost", "grant"], 0, 0),
        # a labelled amount not found is missed
        ([("grant", "100"), ("other", "5")], ["100"], ["grant"], 0, 1),
    ],
)
def test_found_amounts_are_aligned_with_the_labels(
    gold: list[tuple[AmountKind, str]], values: list[str], kinds: list[str], spurious: int, missed: int
) -> None:
    text = " ".join(f"{v} zł" for v in values) + "."
    mentions, at = [], 0
    for value in values:
        mentions.append(found(text, f"{value} zł", value, "other", at))
        at = mentions[-1].end
    labelled = [(kind, Decimal(value)) for kind, value in gold]
    examples, extra, lost = train_amount_kinds._align("p", "example.org", text, labelled, mentions)
    assert [e.gold for e in examples] == kinds
    assert all(e.rule == "other" and "rule=other" in e.features for e in examples)
    assert (extra, lost) == (spurious, missed)
