"""The learned pair model's features, its pure-Python inference, and the measuring tool's pure parts (issue 16).

The model is measured, not used by grouping (docs/project_pair_model.md); these tests hold the features to what
they say on near-miss pairs, and the inference to the logistic formula, with a hand-made model.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import pytest

from extract.model import Record
from scraper import pair_model, projects, train_pair_model
from scraper.pair_model import FEATURES, PairModel, features, model_from_json
from scraper.projects_eval import load_pairs, record_of
from scraper.train_pair_model import Counts, Example, _choose_threshold, counts

DEV = Path(__file__).parent / "projects" / "pairs.jsonl"
GRANT = {"grant": "96480.00"}


def rec(title: str, salt: str = "", **fields: Any) -> Record:
    compact = {"title": title, "site": fields.pop("site", "ug-test"), **fields}
    return record_of(compact, salt)


def pair_features(a: Record, b: Record) -> dict[str, float]:
    return features(projects._facts(a), projects._facts(b))


# (why, a, b, features and the values they must have)
NEAR_MISSES = [
    (
        "one yearly programme of one body in two edition years",
        rec("Opieka wytchnieniowa – edycja 2024", amounts=GRANT, implementer="GOPS w Kolonowskiem"),
        rec("Opieka wytchnieniowa – edycja 2025", amounts=GRANT, implementer="GOPS w Kolonowskiem"),
        {"edition_year_differ": 1.0, "title_years_differ": 1.0, "yearly_same": 1.0, "vetoed": 1.0, "rule_same": 0.0},
    ),
    (
        "one gmina's day rooms in two villages",
        rec("Remont świetlicy wiejskiej w Jaworsku", beneficiary="Gmina Dębno", published="2023-05-10"),
        rec("Remont świetlicy wiejskiej w Porąbce", beneficiary="Gmina Dębno", published="2023-06-01"),
        {"places_differ": 1.0, "orgs_agree": 1.0, "vetoed": 1.0, "rule_same": 0.0},
    ),
    (
        "two modules of one programme",
        rec("Posiłek w szkole i w domu – moduł II", implementer="GOPS w Dolsku", published="2024-03-01"),
        rec("Posiłek w szkole i w domu – moduł III", implementer="GOPS w Dolsku", published="2024-03-05"),
        {"modules_differ": 1.0, "vetoed": 1.0, "rule_same": 0.0},
    ),
    (
        "two stages of one road",
        rec("Przebudowa drogi Ligota – Bielice", amounts={"total_cost": "2450000"}, beneficiary="Gmina Bielice"),
        rec("Przebudowa drogi Ligota – Bielice – etap II", amounts={"grant": "2450000"}, beneficiary="Gmina Bielice"),
        {"editions_differ": 1.0, "rule_same": 0.0},
    ),
    (
        "one programme in two gminas",
        rec("Korpus Wsparcia Seniorów 2023", amounts=GRANT, implementer="OPS w Ozimku"),
        rec("Korpus Wsparcia Seniorów 2023", amounts=GRANT, implementer="GOPS w Chrząstowicach"),
        {"orgs_differ": 1.0, "orgs_agree": 0.0, "org_similarity": 0.0, "title_jaccard": 1.0, "rule_same": 0.0},
    ),
    (
        "two contract numbers",
        rec("Rewitalizacja Rynku w Paczkowie", contract_number="RPOP.10.03.00-16-0008/18"),
        rec("Rewitalizacja Rynku w Paczkowie", contract_number="RPOP.10.03.00-16-0011/18"),
        {"contract_differ": 1.0, "contract_equal": 0.0, "vetoed": 1.0},
    ),
    (
        "the same project: one body, one specific sum, the same headline words, a month apart",
        rec("Opieka wytchnieniowa w Kolonowskiem", amounts=GRANT, published="2024-02-10"),
        rec(
            "Kolonowskie: dofinansowanie na opiekę wytchnieniową",
            amounts=GRANT,
            published="2024-03-12",
            site="gops",
        ),
        {"exact_sum": 1.0, "amount_gap_any": 0.0, "same_site": 0.0, "within_quarter": 1.0, "rule_same": 1.0},
    ),
    (
        "no dates: the gap reads as missing, not as zero days apart",
        rec("Budowa kanalizacji w Bagatelce"),
        rec("Budowa kanalizacji w Bagatelce", published="2022-04-01"),
        {"published_missing": 1.0, "days_gap": 0.0, "within_a_year": 0.0},
    ),
]


@pytest.mark.parametrize(("why", "a", "b", "expected"), NEAR_MISSES, ids=[case[0] for case in NEAR_MISSES])
def test_features_of_near_misses(why: str, a: Record, b: Record, expected: dict[str, float]) -> None:
    got = pair_features(a, b)
    assert {name: got[name] for name in expected} == expected


def test_feature_names_are_the_features_in_order() -> None:
    a, b = NEAR_MISSES[0][1], NEAR_MISSES[0][2]
    assert tuple(pair_features(a, b)) == FEATURES


def test_features_are_symmetric_and_in_the_unit_interval_on_the_dev_pairs() -> None:
    for pair in load_pairs(DEV):
        forward, backward = pair_features(pair.a, pair.b), pair_features(pair.b, pair.a)
        assert forward == backward, pair.id
        assert all(0.0 <= value <= 1.0 for value in forward.values()), pair.id


def test_the_rules_decision_is_a_feature() -> None:
    """rule_same is the hand rule's pairwise decision on every dev pair."""
    for pair in load_pairs(DEV)[:80]:
        a, b = projects._facts(pair.a), projects._facts(pair.b)
        assert features(a, b)["rule_same"] == float(projects.pair_score(a, b) > 0)


def test_probability_is_the_logistic_of_the_weighted_sum() -> None:
    model = PairModel({"exact_sum": 2.0, "vetoed": -3.0}, intercept=-0.5, threshold=0.6, or_rule=False)
    assert model.probability({"exact_sum": 1.0, "vetoed": 0.0, "same_site": 1.0}) == pytest.approx(
        1 / (1 + math.exp(-1.5))
    )
    assert model.probability({"exact_sum": 1.0, "vetoed": 1.0}) == pytest.approx(1 / (1 + math.exp(1.5)))


@pytest.mark.parametrize(
    ("or_rule", "threshold", "expected"),
    [
        (True, 0.99, [False, False, False, False, False, False, True, False]),  # the rule alone decides
        (False, 0.99, [False] * 8),  # no weight reaches 0.99
        (False, 0.5, [False, False, False, False, False, False, True, True]),  # a shared title word, no veto
    ],
)
def test_model_decision_with_and_without_the_rule(or_rule: bool, threshold: float, expected: list[bool]) -> None:
    model = PairModel({"vetoed": -5.0, "title_jaccard": 2.0}, -0.5, threshold, or_rule)
    decisions = [model.same(projects._facts(a), projects._facts(b)) for _, a, b, _ in NEAR_MISSES]
    assert decisions == expected


def test_model_from_json() -> None:
    model = model_from_json({"weights": {"exact_sum": "1.5"}, "intercept": -1, "threshold": 0.7})
    assert model == PairModel({"exact_sum": 1.5}, -1.0, 0.7, True)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"weights": {"title_cosine": 1.0}, "intercept": 0, "threshold": 0.5}, "unknown features"),
        ({"weights": {}, "threshold": 0.5}, "not a pair model: KeyError"),
        ({"weights": {"exact_sum": "much"}, "intercept": 0, "threshold": 0.5}, "not a pair model: ValueError"),
    ],
)
def test_model_from_json_refuses_a_bad_model(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        model_from_json(data)


def test_groups_take_a_scorer() -> None:
    """The measuring tool groups with the model as the scorer: blocking and vetoes stay the grouping's."""
    a = rec("Budowa świetlicy w Jaworsku", amounts=GRANT, salt="a")
    b = rec("Budowa świetlicy w Jaworsku", amounts=GRANT, salt="b")
    c = rec("Budowa świetlicy w Porąbce", amounts=GRANT, salt="c")  # another village: vetoed against a and b
    assert len(projects._groups([a, b, c])) == 2
    assert len(projects._groups([a, b, c], lambda x, y: 0.0)) == 3
    assert len(projects._groups([a, b, c], lambda x, y: 1.0)) == 2  # the veto holds whatever the scorer says


def _example(same: bool, rule: bool) -> Example:
    fake = rec("x")
    from scraper.projects_eval import Pair

    return Example("f", Pair("p", fake, fake, same, ""), None, None, {}, rule, same)


def test_counts_and_scores() -> None:
    got = counts([True, True, False, False], [True, False, True, False])
    assert got == Counts(tp=1, fp=1, fn=1)
    assert (got.precision, got.recall) == (0.5, 0.5)
    assert Counts().precision == 1.0 and Counts().cell() == "1.000 / 1.000"


def test_threshold_is_the_most_recall_at_the_target_precision() -> None:
    # 50 same pairs at 0.9, one different pair at 0.85, 10 same at 0.8 and 10 different at 0.45
    examples = [_example(True, False)] * 50 + [_example(False, False)] + [_example(True, False)] * 10
    examples += [_example(False, False)] * 10
    probs = [0.9] * 50 + [0.85] + [0.8] * 10 + [0.45] * 10
    assert _choose_threshold(examples, probs, with_rule=False) == 0.8  # 60 of 61 predicted are same: P 0.984
    assert _choose_threshold(examples[51:], [0.1] * 20, with_rule=False) == 1.01  # none reaches P 0.98
    ruled = [_example(True, True)] * 5 + [_example(False, True)]  # the rule alone is under the target
    assert _choose_threshold(ruled, [0.0] * 6, with_rule=True) == 1.01


def test_model_path_is_in_the_packages_data_folder() -> None:
    assert pair_model.MODEL_PATH.parent.name == "data" and pair_model.MODEL_PATH.parent.parent.name == "scraper"


def test_tool_refuses_an_unknown_model(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        train_pair_model.main(["--cv", "--models", "logistic,forest"])
    assert exit_.value.code == 2
    assert "--models: forest is none of logistic, tree, boosted" in capsys.readouterr().err


def test_tool_without_scikit_learn_is_one_error_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("sklearn", "sklearn.linear_model", "sklearn.tree", "sklearn.ensemble"):
        monkeypatch.setitem(sys.modules, name, None)  # importing it raises ImportError, installed or not
    lines: list[str] = []
    assert train_pair_model.main(["--cv", "--models", "logistic"], out=lines.append) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: sklearn") and "train extra" in err and err.count("\n") == 1
    assert lines == []
