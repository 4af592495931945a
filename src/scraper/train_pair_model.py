"""Train and measure a learned "same project" pair model against the hand rule, leave one pairs file out.

    python -m scraper.train_pair_model --cv       # leave-one-file-out over the four tuned pairs files
    python -m scraper.train_pair_model --write    # train on all four, write src/scraper/data/pair_model.json

Each pair of a tuned file (`tests/projects/`: the dev pairs, rounds 5 and 6, rounds 3 and 4) gives the
features of `scraper.pair_model` and its label. Held out in turn, each file is scored by (a) the hand rule,
(b) the model alone and (c) the rule OR the model, the model trained on the other three files and its
threshold chosen on them alone (by an inner leave-one-file-out, the lowest threshold whose out-of-fold
precision is at least 0.98); first as a pairwise decision, then through `group_projects`' clustering (its
blocking and vetoes): each pair's two records alone, as `projects_eval` scores, and the whole held-out file's
records at once, where chains could join look-alikes. The held-out round 7 is never read. Needs
scikit-learn (the `train` extra); grouping never imports this module.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scraper import pair_model, projects
from scraper.projects_eval import Pair, PairsError, load_pairs

PAIRS = Path("tests/projects")
FILES = ("pairs.jsonl", "pairs_round5.jsonl", "pairs_round6.jsonl", "pairs_holdout.jsonl")
TARGET = 0.98
THRESHOLDS = (*(round(0.05 * i, 2) for i in range(2, 20)), 0.97, 0.99)
C_GRID = (0.1, 0.3, 1.0, 3.0)
MODELS = ("logistic", "tree", "boosted")
FILTER = 0.5  # the model as a filter of the rule's "same" in --prospective


@dataclass(frozen=True)
class Example:
    file: str
    pair: Pair
    a: Any  # projects._Facts
    b: Any
    features: dict[str, float]
    rule: bool
    same: bool


def collect(files: Sequence[str] = FILES) -> list[Example]:
    """Every pair of the files with its features and the hand rule's pairwise decision."""
    examples = []
    for name in files:
        for pair in load_pairs(PAIRS / name):
            a, b = projects._facts(pair.a), projects._facts(pair.b)
            values = pair_model.features(a, b)
            examples.append(Example(name, pair, a, b, values, values["rule_same"] > 0, pair.same))
    return examples


# --- learning (scikit-learn imported lazily: only this tool needs it) ---


RULE_FEATURES = frozenset({"rule_same", "rule_score"})
USED = list(pair_model.FEATURES)  # the features the models see (`--without-rule` drops the rule's own)


def _row(values: dict[str, float]) -> list[float]:
    return [values[name] for name in USED]


def _matrix(examples: Sequence[Example]) -> list[list[float]]:
    return [_row(e.features) for e in examples]


def _fit(kind: str, examples: Sequence[Example], c: float = 1.0) -> Any:
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.tree import DecisionTreeClassifier

    model: Any
    if kind == "logistic":
        model = LogisticRegression(C=c, max_iter=10000)
    elif kind == "tree":
        model = DecisionTreeClassifier(max_depth=4, min_samples_leaf=5, random_state=0)
    else:  # "boosted"
        model = GradientBoostingClassifier(n_estimators=100, max_depth=2, learning_rate=0.1, random_state=0)
    model.fit(_matrix(examples), [e.same for e in examples])
    return model


def _proba(model: Any, examples: Sequence[Example]) -> list[float]:
    return [float(row[1]) for row in model.predict_proba(_matrix(examples))] if examples else []


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def cell(self) -> str:
        return f"{self.precision:.3f} / {self.recall:.3f}"


def counts(gold: Sequence[bool], predicted: Sequence[bool]) -> Counts:
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    return Counts(tp, fp, fn)


def _choose_threshold(examples: Sequence[Example], probs: Sequence[float], with_rule: bool) -> float:
    """The threshold of highest recall whose precision is at least TARGET (ties: the higher threshold); 1.01
    (nothing) when no threshold finds a pair at that precision."""
    gold = [e.same for e in examples]
    best = (-1.0, 1.0)
    for t in THRESHOLDS:
        got = counts(gold, [p >= t or (with_rule and e.rule) for e, p in zip(examples, probs, strict=True)])
        if got.tp and got.precision >= TARGET and (got.recall, t) > best:
            best = (got.recall, t)
    return best[1] if best[0] >= 0 else 1.01


def _out_of_file(kind: str, examples: Sequence[Example], c: float) -> list[float]:
    """Each example's probability from a model trained on the other files of `examples`."""
    probs = [0.0] * len(examples)
    for name in sorted({e.file for e in examples}):
        train = [e for e in examples if e.file != name]
        test = [i for i, e in enumerate(examples) if e.file == name]
        for i, p in zip(test, _proba(_fit(kind, train, c), [examples[i] for i in test]), strict=True):
            probs[i] = p
    return probs


def tune(kind: str, train: Sequence[Example]) -> tuple[float, float, float]:
    """(C, threshold alone, threshold OR the rule), by leave-one-file-out within `train` alone."""
    best: tuple[float, float, float, float] | None = None
    for c in C_GRID if kind == "logistic" else (1.0,):
        probs = _out_of_file(kind, train, c)
        alone, ored = _choose_threshold(train, probs, False), _choose_threshold(train, probs, True)
        got = counts([e.same for e in train], [p >= ored or e.rule for e, p in zip(train, probs, strict=True)])
        if best is None or got.recall > best[0]:
            best = (got.recall, c, alone, ored)
    assert best is not None
    return best[1], best[2], best[3]


def _scorer(model: Any, threshold: float, with_rule: bool) -> Callable[[Any, Any], float]:
    """A pair scorer for `projects._groups`: the rule's score, else (or alone) the model's probability."""

    def score(a: Any, b: Any) -> float:
        rule = projects.pair_score(a, b)
        if with_rule and rule > 0:
            return rule
        if a.contract and a.contract == b.contract:
            return rule
        p = float(model.predict_proba([_row(pair_model.features(a, b))])[0][1])
        return p if p >= threshold else 0.0

    return score


def _grouped_pairs(examples: Sequence[Example], scorer: Callable[[Any, Any], float] | None) -> list[bool]:
    """Each pair's two records grouped alone (as projects_eval scores)."""
    out = []
    for e in examples:
        groups = projects._groups([e.pair.a, e.pair.b], scorer)
        out.append(len(groups) == 1)
    return out


def _grouped_file(examples: Sequence[Example], scorer: Callable[[Any, Any], float] | None) -> list[bool]:
    """All the file's records grouped at once: a pair is same when its records end in one group."""
    records = {r.id: r for e in examples for r in (e.pair.a, e.pair.b)}
    group_of = {}
    for n, group in enumerate(projects._groups(list(records.values()), scorer)):
        group_of.update({r.id: n for r in group})
    return [group_of[e.pair.a.id] == group_of[e.pair.b.id] for e in examples]


def cross_validate(examples: Sequence[Example], kinds: Sequence[str]) -> list[dict[str, Any]]:
    """Per held-out file and variant: pairwise, pair-grouped and file-grouped counts."""
    rows = []
    for name in FILES:
        train = [e for e in examples if e.file != name]
        test = [e for e in examples if e.file == name]
        gold = [e.same for e in test]
        rows.append(
            {
                "file": name,
                "variant": "rule",
                "pairwise": counts(gold, [e.rule for e in test]),
                "grouped": counts(gold, _grouped_pairs(test, None)),
                "file_grouped": counts(gold, _grouped_file(test, None)),
                "threshold": None,
            }
        )
        for kind in kinds:
            c, alone, ored = tune(kind, train)
            model = _fit(kind, train, c)
            probs = _proba(model, test)
            for variant, t, with_rule in ((kind, alone, False), (f"rule OR {kind}", ored, True)):
                scorer = _scorer(model, t, with_rule)
                rows.append(
                    {
                        "file": name,
                        "variant": variant,
                        "pairwise": counts(
                            gold, [p >= t or (with_rule and e.rule) for e, p in zip(test, probs, strict=True)]
                        ),
                        "grouped": counts(gold, _grouped_pairs(test, scorer)),
                        "file_grouped": counts(gold, _grouped_file(test, scorer)),
                        "threshold": t,
                        "C": c,
                    }
                )
    return rows


def report(examples: Sequence[Example], rows: Sequence[dict[str, Any]]) -> str:
    variants = list(dict.fromkeys(r["variant"] for r in rows))
    lines = []
    for measure, title in (
        ("pairwise", "pairwise decision"),
        ("grouped", "each pair's two records grouped (projects_eval)"),
        ("file_grouped", "the held-out file's records grouped at once"),
    ):
        lines.append(f"\n{title}: precision / recall (threshold chosen on the three training files)\n")
        lines.append("| held out | pairs (same) | " + " | ".join(variants) + " |")
        lines.append("|---|---|" + "---|" * len(variants))
        pooled = {v: Counts() for v in variants}
        for name in FILES:
            here = [e for e in examples if e.file == name]
            cells = []
            for v in variants:
                row = next(r for r in rows if r["file"] == name and r["variant"] == v)
                pooled[v] += row[measure]
                t = f" (t {row['threshold']:.2f})" if row["threshold"] is not None and measure == "pairwise" else ""
                cells.append(row[measure].cell() + t)
            lines.append(f"| {name} | {len(here)} ({sum(e.same for e in here)}) | " + " | ".join(cells) + " |")
        lines.append(
            f"| pooled | {len(examples)} ({sum(e.same for e in examples)}) | "
            + " | ".join(pooled[v].cell() for v in variants)
            + " |"
        )
    return "\n".join(lines)


# --- prospective: each later round against the rule as it was before it ---

# (round, the pair ids' prefixes, the last commit whose rule had not been tuned on the round: the rule the README's
# held-out rows scored once for rounds 2, 5 and 6; for rounds 3 and 4, which it does not list, the commit that
# added their pairs)
ROUNDS = (
    ("round 2", ("hs",), "06d56e8"),
    ("round 3", ("ks",), "5398ac3"),
    ("round 4", ("ms",), "652ee27"),
    ("round 5", ("r5s",), "6f5298d"),
    ("round 6", ("r6s",), "9e8f629"),
)

# Run in the old source tree: that commit's rule decides each pair, and today's `pair_model.features` read that
# commit's facts and helpers (a helper or fact it did not have yet reads as absent), so the model knows no
# more than the rule of its time did.
_OLD_FEATURES = """
import json, sys
from pathlib import Path
from scraper import projects as p
from scraper.projects_eval import load_pairs
from scraper.projects import project_id_of

_EMPTY = {"contract": None, "yearly": None, "edition_year": None, "programme": None, "published": None,
          "start": None, "end": None, "folded_title": "", "amounts": {}}

class Proxy:
    def __init__(self, inner):
        self._inner = inner
    def __getattr__(self, name):
        try:
            return getattr(self._inner, name)
        except AttributeError:
            if name in ("content", "own"):
                return self._inner.stems
            return _EMPTY.get(name, frozenset())

def _absent(*args, **kwargs):
    return False

def tolerant(helper):
    def call(*args, **kwargs):
        try:
            return helper(*args, **kwargs)
        except TypeError as error:  # an older signature: a keyword it did not take yet
            if "keyword" not in str(error):
                raise
            return False if kwargs.get("short") else helper(*args)
    return call

for name in sys.argv[2].split(","):
    setattr(p, name, tolerant(getattr(p, name)) if hasattr(p, name) else _absent)
if getattr(p, "_shared") is _absent:
    p._shared = lambda a, b: a.content & b.content
if getattr(p, "_close") is _absent:
    p._close = lambda x, y, t: abs(x - y) <= t * max(x, y, 1)
real_score, real_veto = p.pair_score, p.vetoed
p.pair_score = lambda a, b: real_score(getattr(a, "_inner", a), getattr(b, "_inner", b))
p.vetoed = lambda a, b: real_veto(getattr(a, "_inner", a), getattr(b, "_inner", b))
from scraper import pair_model
out = []
for path in sys.argv[1].split(","):
    for pair in load_pairs(Path(path)):
        ids = project_id_of([pair.a, pair.b])
        a, b = Proxy(p._facts(pair.a)), Proxy(p._facts(pair.b))
        out.append({"id": pair.id, "rule": ids[pair.a.id] == ids[pair.b.id], "features": pair_model.features(a, b)})
print(json.dumps(out))
"""
_HELPERS = (
    "pair_score vetoed _shared _near_identical _quoted_in_other _title_year_elsewhere _years_fit _close _exact_sum "
    "_precise_sum _same_kind_sum _amounts_agree _amounts_conflict _amounts_differ _one_edition "
    "_editions_of_programme_differ _editions_differ _numbers_differ _places_differ _place_unmatched "
    "_shared_places _orgs_agree _orgs_differ _implied_body _same_year _periods_disjoint _exact_period"
).replace(" ", ",")


def _old_examples(commit: str, examples: Sequence[Example]) -> list[Example]:
    """`examples` with the rule's decision and the features as the rule of `commit` computes them."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", commit, "src"], capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        target = Path(tmp) / "src" / "scraper" / "pair_model.py"
        target.write_text(Path(pair_model.__file__).read_text(encoding="utf-8"), encoding="utf-8")
        paths = ",".join(str((PAIRS / name).resolve()) for name in FILES)
        done = subprocess.run(
            [sys.executable, "-c", _OLD_FEATURES, paths, _HELPERS],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(Path(tmp) / "src")},
        )
        if done.returncode:
            raise RuntimeError(f"features at {commit} failed: {done.stderr.strip().splitlines()[-1:]}")
    old = {row["id"]: row for row in json.loads(done.stdout)}
    return [
        Example(e.file, e.pair, e.a, e.b, old[e.pair.id]["features"], bool(old[e.pair.id]["rule"]), e.same)
        for e in examples
    ]


def prospective(examples: Sequence[Example], kinds: Sequence[str]) -> str:
    """Each round scored by the rule of the commit that added it, and by models trained on the earlier rounds
    with that commit's features (threshold by leave-one-earlier-round-out): alone, OR the rule, and as a
    filter of the rule's "same" (kept when P >= FILTER); pairwise."""

    def round_of(e: Example) -> int:
        return next((n for n, (_, prefixes, _) in enumerate(ROUNDS) if e.pair.id.startswith(prefixes)), -1)

    variants = ["rule then", "rule now"] + [
        v for k in kinds for v in (k, f"rule then OR {k}", f"rule then AND {k} ≥ {FILTER}")
    ]
    lines = ["| round (rule of) | pairs (same) | " + " | ".join(variants) + " |", "|---|---|" + "---|" * len(variants)]
    pooled = {v: Counts() for v in variants}
    for n, (name, _, commit) in enumerate(ROUNDS):
        old = _old_examples(commit, examples)
        test = [e for e in old if round_of(e) == n]
        train = [
            Example(f"round {round_of(e)}", e.pair, e.a, e.b, e.features, e.rule, e.same)
            for e in old
            if round_of(e) < n
        ]
        gold = [e.same for e in test]
        now = {e.pair.id: e.rule for e in examples}
        cells = {
            "rule then": counts(gold, [e.rule for e in test]),
            "rule now": counts(gold, [now[e.pair.id] for e in test]),
        }
        for kind in kinds:
            if len({e.file for e in train}) > 1:
                c, alone, ored = tune(kind, train)
            else:
                c, alone, ored = 1.0, 0.5, 0.5  # one earlier round: no inner split to choose a threshold on
            probs = _proba(_fit(kind, train, c), test)
            cells[kind] = counts(gold, [p >= alone for p in probs])
            cells[f"rule then OR {kind}"] = counts(
                gold, [p >= ored or e.rule for e, p in zip(test, probs, strict=True)]
            )
            cells[f"rule then AND {kind} ≥ {FILTER}"] = counts(
                gold, [p >= FILTER and e.rule for e, p in zip(test, probs, strict=True)]
            )
        for v in variants:
            pooled[v] += cells[v]
        lines.append(
            f"| {name} ({commit}) | {len(test)} ({sum(gold)}) | " + " | ".join(cells[v].cell() for v in variants) + " |"
        )
    lines.append("| pooled | | " + " | ".join(pooled[v].cell() for v in variants) + " |")
    return "\n".join(lines)


# --- the model file ---


def train_final(examples: Sequence[Example]) -> dict[str, Any]:
    """The logistic model (rule OR model) trained on all four files, C and threshold by leave-one-file-out."""
    c, _, threshold = tune("logistic", examples)
    model = _fit("logistic", examples, c)
    digest = hashlib.sha256()
    for name in FILES:
        digest.update(name.encode() + b"\0" + (PAIRS / name).read_bytes() + b"\0")
    return {
        "about": "scraper.pair_model: logistic regression of 'one project' over a pair's features, OR the hand"
        " rule; trained by `python -m scraper.train_pair_model --write`",
        "trained": dt.date.today().isoformat(),
        "files": list(FILES),
        "files_sha256": digest.hexdigest(),
        "pairs": len(examples),
        "C": c,
        "threshold": threshold,
        "or_rule": True,
        "intercept": round(float(model.intercept_[0]), 6),
        "weights": {name: round(float(w), 6) for name, w in zip(USED, model.coef_[0], strict=True) if abs(w) >= 1e-6},
    }


def check_export(examples: Sequence[Example], data: dict[str, Any]) -> float:
    """The largest difference between the pure-Python and scikit-learn probabilities over `examples`."""
    exported = pair_model.model_from_json(data)
    fitted = _fit("logistic", examples, data["C"])
    return max(
        abs(exported.probability(e.features) - p) for e, p in zip(examples, _proba(fitted, examples), strict=True)
    )


def main(argv: Sequence[str] | None = None, out: Callable[[str], object] = print) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scraper.train_pair_model",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--cv", action="store_true", help="print the leave-one-file-out table")
    parser.add_argument(
        "--prospective", action="store_true", help="each round against the rule of its time (needs git history)"
    )
    parser.add_argument("--models", default="logistic,tree,boosted", help="logistic, tree, boosted (comma-separated)")
    parser.add_argument(
        "--without-rule", action="store_true", help="leave the rule's own score and decision out of the features"
    )
    parser.add_argument(
        "--write",
        nargs="?",
        const=pair_model.MODEL_PATH,
        type=Path,
        metavar="PATH",
        help=f"train on the four files, write the model (default {pair_model.MODEL_PATH}; grouping never reads it)",
    )
    args = parser.parse_args(argv)
    kinds = args.models.split(",")
    if set(kinds) - set(MODELS):
        parser.error(f"--models: {', '.join(sorted(set(kinds) - set(MODELS)))} is none of {', '.join(MODELS)}")
    if args.without_rule:
        USED[:] = [name for name in pair_model.FEATURES if name not in RULE_FEATURES]
    try:
        return _run(args, kinds, out)
    except ImportError as error:
        print(
            f"error: {error.name or 'scikit-learn'} is missing: install the train extra (scikit-learn)", file=sys.stderr
        )
    except (PairsError, RuntimeError, subprocess.CalledProcessError) as error:
        print(f"error: {error}", file=sys.stderr)
    return 2


def _run(args: argparse.Namespace, kinds: Sequence[str], out: Callable[[str], object]) -> int:
    examples = collect()
    if args.write:
        data = train_final(examples)
        args.write.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        out(
            f"wrote {args.write}: {len(data['weights'])} weights, C={data['C']:g}, threshold={data['threshold']:g};"
            f" pure-Python probabilities within {check_export(examples, data):.1e} of scikit-learn's"
        )
        return 0
    if args.cv or not args.prospective:
        out(report(examples, cross_validate(examples, kinds)))
    if args.prospective:
        out("\nEach round against the rule as it was before it (pairwise precision / recall):\n")
        out(prospective(examples, kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
