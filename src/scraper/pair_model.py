"""Features of a pair of records for a learned "same project" model, and its pure-Python inference.

The features are pure functions of the two records' `projects._Facts` (computed once per record by the
hand rule, no second parse): title overlap, quoted names, sums by kind and any kind, programmes and yearly
editions, edition / module / facility numbers, places, bodies, site, dates, periods, contract numbers, and
the hand rule's own score and decision. The model (a logistic regression trained by
`python -m scraper.train_pair_model`, weights in `data/pair_model.json`) needs no scikit-learn at run time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from scraper import projects as p

MODEL_PATH = Path(__file__).parent / "data" / "pair_model.json"


def _jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    return len(x & y) / len(x | y) if x | y else 0.0


def _overlap(x: frozenset[str], y: frozenset[str]) -> float:
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def _values(fact: p._Facts, least: Decimal = Decimal(1000)) -> list[Decimal]:
    return [v for values in fact.amounts.values() for v in values if v >= least]


def _relative_gap(left: list[Decimal], right: list[Decimal]) -> float:
    """The smallest relative difference of two sums, one from each side (1.0 when a side has none)."""
    if not left or not right:
        return 1.0
    return float(min(abs(x - y) / max(x, y) for x in left for y in right))


def _same_kind_gap(a: p._Facts, b: p._Facts) -> float:
    gaps = [
        _relative_gap(sorted(a.amounts[kind]), sorted(b.amounts[kind]))
        for kind in ("total_cost", "grant", "eu_share", "eligible", "own_share")
        if a.amounts.get(kind) and b.amounts.get(kind)
    ]
    return min(gaps, default=1.0)


def _grams(title: str) -> frozenset[str]:
    """The title's letter trigrams within words ("lesznowolskiego" / "lesznowolscy" share most)."""
    return frozenset(word[i : i + 3] for word in title.split() if len(word) > 3 for i in range(len(word) - 2))


def _org_similarity(a: p._Facts, b: p._Facts) -> float:
    return max((_jaccard(x, y) for x in a.orgs for y in b.orgs), default=0.0)


def _period_overlap(a: p._Facts, b: p._Facts) -> float:
    """Days both stated periods share over the shorter one's (0 when either lacks a start or end)."""
    if not (a.start and a.end and b.start and b.end):
        return 0.0
    shared = (min(a.end, b.end) - max(a.start, b.start)).days + 1
    shorter = min((a.end - a.start).days, (b.end - b.start).days) + 1
    return max(0.0, min(1.0, shared / shorter)) if shorter > 0 else 0.0


def features(a: p._Facts, b: p._Facts) -> dict[str, float]:
    """The pair's features, symmetric in A and B, each in [0, 1] (so a linear model's weights compare)."""
    score = p.pair_score(a, b)
    shared = p._shared(a, b)
    shorter = min(len(a.content), len(b.content))
    gap = abs((a.published - b.published).days) if a.published and b.published else None
    both_years = bool(a.years and b.years)
    yearly = bool(a.yearly and a.yearly == b.yearly)
    amounts = p._amounts_agree(a, b)
    quoted_a, quoted_b = bool(a.quoted or a.short_quoted), bool(b.quoted or b.short_quoted)
    f: dict[str, float] = {
        # the hand rule
        "rule_same": float(score > 0),
        "rule_score": min(score, 4.0) / 4.0,
        "vetoed": float(p.vetoed(a, b)),
        # contract numbers
        "contract_equal": float(bool(a.contract and a.contract == b.contract)),
        "contract_differ": float(bool(a.contract and b.contract and a.contract != b.contract)),
        "contract_one": float(bool(a.contract) != bool(b.contract)),
        # titles
        "title_jaccard": _jaccard(a.stems, b.stems),
        "title_overlap": _overlap(a.stems, b.stems),
        "content_jaccard": _jaccard(a.content, b.content),
        "content_overlap": len(shared) / shorter if shorter else 0.0,
        "content_shared": min(len(shared), 6) / 6,
        "own_shared": min(len(a.own & b.own), 6) / 6,
        "content_none": float(not shared),
        "content_unshared_min": min(len(a.content - b.content), len(b.content - a.content), 4) / 4,
        "content_unshared_max": min(max(len(a.content - b.content), len(b.content - a.content)), 6) / 6,
        "title_grams": _jaccard(_grams(a.folded_title), _grams(b.folded_title)),
        "near_identical": float(p._near_identical(a, b)),
        "quoted_match": float(p._quoted_in_other(a, b)),
        "quoted_short_match": float(p._quoted_in_other(a, b, short=True)),
        "quoted_unmatched": float(
            (quoted_a or quoted_b) and not p._quoted_in_other(a, b, short=True) and not p._quoted_in_other(a, b)
        ),
        "title_years_shared": float(bool(a.years & b.years)),
        "title_years_differ": float(both_years and not a.years & b.years),
        "title_years_one": float(bool(a.years) != bool(b.years)),
        "title_year_elsewhere": float(p._title_year_elsewhere(a, b) or p._title_year_elsewhere(b, a)),
        "years_fit": float(p._years_fit(a, b) and p._years_fit(b, a)),
        "title_sums_differ": float(
            bool(a.title_sums and b.title_sums)
            and not any(p._close(x, y, Decimal("0.15")) for x in a.title_sums for y in b.title_sums)
        ),
        # sums
        "exact_sum": float(p._exact_sum(a, b)),
        "precise_sum": float(p._precise_sum(a, b)),
        "same_kind_sum": float(p._same_kind_sum(a, b)),
        "sum_agree_exact": float(amounts == "exact"),
        "sum_agree_round": float(amounts == "round"),
        "amounts_conflict": float(p._amounts_conflict(a, b)),
        "amounts_differ": float(p._amounts_differ(a, b)),
        "amount_gap_any": _relative_gap(_values(a), _values(b)),
        "amount_gap_kind": _same_kind_gap(a, b),
        "amounts_both": float(bool(a.amounts and b.amounts)),
        "amounts_none": float(not a.amounts and not b.amounts),
        # programmes and yearly editions
        "programme_equal": float(bool(a.programme and a.programme == b.programme)),
        "programme_differ": float(bool(a.programme and b.programme and a.programme != b.programme)),
        "programme_missing": float(not a.programme or not b.programme),
        "yearly_same": float(yearly),
        "edition_year_equal": float(yearly and bool(a.edition_year) and a.edition_year == b.edition_year),
        "edition_year_differ": float(
            yearly and bool(a.edition_year and b.edition_year) and a.edition_year != b.edition_year
        ),
        "one_edition": float(p._one_edition(a, b)),
        "programme_parts_differ": float(p._editions_of_programme_differ(a, b)),
        # numbers and places
        "editions_differ": float(p._editions_differ(a.editions, b.editions)),
        "modules_differ": float(bool(a.modules and b.modules and a.modules != b.modules)),
        "facility_differ": float(p._numbers_differ(a, b)),
        "facility_equal": float(bool(a.numbered and a.numbered == b.numbered)),
        "places_differ": float(p._places_differ(a.places, b.places)),
        "place_unmatched": float(p._place_unmatched(a, b)),
        "places_shared": min(p._shared_places(a, b), 2) / 2,
        # bodies and site
        "orgs_agree": float(p._orgs_agree(a, b)),
        "orgs_differ": float(p._orgs_differ(a, b)),
        "org_similarity": _org_similarity(a, b),
        "orgs_one_missing": float(bool(a.orgs) != bool(b.orgs)),
        "orgs_none": float(not a.orgs and not b.orgs),
        "implied_body": float(p._implied_body(a, b, apart=False)),
        "same_site": float(a.site == b.site),
        # time
        "days_gap": min(math.log1p(gap) / 8.0, 1.0) if gap is not None else 0.0,
        "published_missing": float(gap is None),
        "within_quarter": float(gap is not None and gap <= 92),
        "within_a_year": float(gap is not None and gap <= 366),
        "over_two_years": float(gap is not None and gap > 732),
        "same_year": float(p._same_year(a, b)),
        "periods_disjoint": float(p._periods_disjoint(a, b)),
        "period_overlap": _period_overlap(a, b),
        "exact_period": float(p._exact_period(a, b)),
    }
    return f


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# The order `features` returns them in (a test holds the two to one another).
FEATURES: tuple[str, ...] = _names(
    "rule_same rule_score vetoed contract_equal contract_differ contract_one title_jaccard title_overlap "
    "content_jaccard content_overlap content_shared own_shared content_none content_unshared_min "
    "content_unshared_max title_grams near_identical quoted_match "
    "quoted_short_match quoted_unmatched title_years_shared title_years_differ title_years_one "
    "title_year_elsewhere years_fit title_sums_differ exact_sum precise_sum same_kind_sum sum_agree_exact "
    "sum_agree_round amounts_conflict amounts_differ amount_gap_any amount_gap_kind amounts_both amounts_none "
    "programme_equal programme_differ programme_missing yearly_same edition_year_equal edition_year_differ "
    "one_edition programme_parts_differ editions_differ modules_differ facility_differ facility_equal "
    "places_differ place_unmatched places_shared orgs_agree orgs_differ org_similarity orgs_one_missing "
    "orgs_none implied_body same_site days_gap published_missing within_quarter within_a_year over_two_years "
    "same_year periods_disjoint period_overlap exact_period"
)


@dataclass(frozen=True)
class PairModel:
    """A logistic regression over `features`: a weight per feature, an intercept, the decision threshold, and
    whether the hand rule's "same" stands whatever the model says (rule OR model)."""

    weights: dict[str, float]
    intercept: float
    threshold: float
    or_rule: bool = True

    def probability(self, values: dict[str, float]) -> float:
        """P(same project) of a pair's feature values; a feature the model has no weight for counts nothing."""
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in values.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def same(self, a: p._Facts, b: p._Facts) -> bool:
        """The model's decision on two records' facts (vetoes and blocking are the grouping's, not its)."""
        values = features(a, b)
        return (self.or_rule and values["rule_same"] > 0) or self.probability(values) >= self.threshold


def model_from_json(data: dict[str, Any]) -> PairModel:
    """The model a JSON object holds (`weights`, `intercept`, `threshold`, `or_rule`); ValueError when a field
    is missing or not a number, or a weight names a feature `features` does not give."""
    try:
        weights = {str(k): float(v) for k, v in dict(data["weights"]).items()}
        model = PairModel(weights, float(data["intercept"]), float(data["threshold"]), bool(data.get("or_rule", True)))
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"not a pair model: {type(error).__name__}: {error}") from None
    unknown = set(weights) - set(FEATURES)
    if unknown:
        raise ValueError(f"unknown features {sorted(unknown)}")
    return model
