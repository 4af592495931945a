"""Train and cross-validate the learned amount-kind model on the real-text development passages.

    python -m extract.train_amount_kinds --cv       # grouped 5-fold CV by host: rules vs model variants
    python -m extract.train_amount_kinds --prospective  # each later batch vs the rules as they were before it
    python -m extract.train_amount_kinds --write    # train on every dev passage, write the model file

Each dev passage is read by the extractor as `scrape evaluate` reads it; each amount it finds is
aligned to a labelled amount of the same value, in order, giving (features, the rules' kind, the
label's kind); found amounts with no label of their value are spurious and left out.  Needs
scikit-learn (the `train` extra); the extractor itself never imports this module.  Deterministic:
the folds are grouped by host in a fixed order and the learning curve's subsets use a fixed seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from extract import amount_kinds, money
from extract.model import AmountKind

DEV_SET = Path("tests/realtext/dev")
FOLDS = 5
C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
SEED = 13


@dataclass(frozen=True)
class Example:
    host: str
    passage: str
    features: list[str]
    rule: AmountKind
    gold: AmountKind


@dataclass(frozen=True)
class Collected:
    examples: list[Example]
    spurious: int  # found amounts with no labelled amount of their value
    missed: int  # labelled amounts the extractor did not find


def _texts(directory: Path) -> list[tuple[str, str, str, list[tuple[AmountKind, Decimal]]]]:
    """(id, host, the text find_amounts reads, labelled amounts) for each passage, read as `scrape evaluate` does."""
    from scraper.evaluate import predict  # the tool's own dependencies, not the extractor's
    from scraper.passages import load_passages

    seen: list[str] = []
    original = money.find_amounts

    def spy(text: str) -> tuple[list[money.MoneyMention], list[str]]:
        seen.append(text)
        return original(text)

    rows = []
    money.find_amounts = spy  # fields.py calls money.find_amounts: the spy sees the text it reads
    try:
        for sample in load_passages(directory):
            seen.clear()
            predict(sample)
            host = (urlsplit(sample.label.url).hostname or "").lower().removeprefix("www.")
            labelled = json.loads((directory / f"{sample.name}.json").read_text(encoding="utf-8"))["amounts"]
            gold = [(a["kind"], Decimal(a["value"])) for a in labelled]
            rows.append((sample.name, host, seen[0] if seen else "", gold))
    finally:
        money.find_amounts = original
    return rows


def _align(
    name: str,
    host: str,
    text: str,
    gold: Sequence[tuple[AmountKind, Decimal]],
    mentions: Sequence[amount_kinds.Mention],
) -> tuple[list[Example], int, int]:
    """(the found amounts paired in order with a labelled amount of the same value, spurious, missed)."""
    examples = []
    free = list(gold)
    spurious = 0
    for i, mention in enumerate(mentions):
        match = next((g for g in free if g[1] == mention.value), None)
        if match is None:
            spurious += 1
            continue
        free.remove(match)
        examples.append(Example(host, name, amount_kinds.features(text, mentions, i), mention.kind, match[0]))
    return examples, spurious, len(free)


def collect(directory: Path = DEV_SET) -> Collected:
    """The aligned amounts of every passage of `directory`."""
    examples: list[Example] = []
    spurious = missed = 0
    for name, host, text, gold in _texts(directory):
        found, extra, lost = _align(name, host, text, gold, money.find_amounts(text)[0])
        examples += found
        spurious += extra
        missed += lost
    return Collected(examples, spurious, missed)


# --- learning (scikit-learn imported lazily: only this tool needs it) ---


def _fit(examples: Sequence[Example], c: float, with_rule: bool) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(DictVectorizer(), LogisticRegression(C=c, max_iter=5000))
    model.fit([_dict(e, with_rule) for e in examples], [e.gold for e in examples])
    return model


def _dict(example: Example, with_rule: bool) -> dict[str, float]:
    return {f: 1.0 for f in example.features if with_rule or not f.startswith(("rule=", "prev_rule="))}


def _proba(model: Any, examples: Sequence[Example], with_rule: bool) -> list[dict[str, float]]:
    rows = model.predict_proba([_dict(e, with_rule) for e in examples])
    return [dict(zip(model.classes_, map(float, row), strict=True)) for row in rows]


def _override(rule: AmountKind, probs: dict[str, float], t: float) -> str:
    best = max(probs, key=lambda k: probs[k])
    return best if best != rule and probs[best] > t else rule


def _accuracy(gold: Sequence[str], got: Sequence[str]) -> float:
    return sum(g == p for g, p in zip(gold, got, strict=True)) / len(gold) if gold else 0.0


def _folds(examples: Sequence[Example], k: int = FOLDS) -> list[tuple[list[int], list[int]]]:
    from sklearn.model_selection import GroupKFold

    groups = [e.host for e in examples]
    return [(list(tr), list(te)) for tr, te in GroupKFold(n_splits=k).split(examples, groups=groups)]


def _tune(train: Sequence[Example]) -> tuple[float, float, float]:
    """(C without the rule feature, C with it, the override threshold), by an inner grouped 3-fold CV on `train`."""
    inner = _folds(train, 3)
    plain: dict[float, float] = {}
    ruled: dict[float, float] = {}
    override: dict[tuple[float, float], float] = {}
    for c in C_GRID:
        for with_rule in (False, True):
            gold: list[str] = []
            got: list[str] = []
            over: dict[float, list[str]] = {t: [] for t in THRESHOLDS}
            for tr, te in inner:
                test = [train[i] for i in te]
                probs = _proba(_fit([train[i] for i in tr], c, with_rule), test, with_rule)
                gold += [e.gold for e in test]
                got += [max(p, key=lambda k: p[k]) for p in probs]
                for t in THRESHOLDS:
                    over[t] += [_override(e.rule, p, t) for e, p in zip(test, probs, strict=True)]
            (ruled if with_rule else plain)[c] = _accuracy(gold, got)
            if with_rule:
                override.update({(c, t): _accuracy(gold, over[t]) for t in THRESHOLDS})
    # ties go to the stronger regularisation and the higher threshold: the more cautious choice
    c_plain = max(C_GRID, key=lambda c: (plain[c], -c))
    c_rule = max(C_GRID, key=lambda c: (ruled[c], -c))
    t = max(override, key=lambda ct: (override[ct], ct[1], -ct[0]))[1]
    return c_plain, c_rule, t


def cross_validate(examples: Sequence[Example]) -> dict[str, Any]:
    """Per fold: kind accuracy of (a) the rules, (b) the model, (c) the model with the rule's kind, (d) the
    rules overruled where the model (c) is sure (threshold from an inner CV), and (d) at each fixed threshold."""
    folds = []
    for n, (tr, te) in enumerate(_folds(examples), 1):
        train = [examples[i] for i in tr]
        test = [examples[i] for i in te]
        c_plain, c_rule, t = _tune(train)
        gold = [e.gold for e in test]
        plain = _proba(_fit(train, c_plain, False), test, False)
        ruled = _proba(_fit(train, c_rule, True), test, True)
        row: dict[str, Any] = {
            "fold": n,
            "amounts": len(test),
            "hosts": len({e.host for e in test}),
            "C": (c_plain, c_rule),
            "t": t,
            "rules": _accuracy(gold, [e.rule for e in test]),
            "model": _accuracy(gold, [max(p, key=lambda k: p[k]) for p in plain]),
            "model+rule": _accuracy(gold, [max(p, key=lambda k: p[k]) for p in ruled]),
            "override": _accuracy(gold, [_override(e.rule, p, t) for e, p in zip(test, ruled, strict=True)]),
        }
        for fixed in THRESHOLDS:
            row[f"override@{fixed}"] = _accuracy(
                gold, [_override(e.rule, p, fixed) for e, p in zip(test, ruled, strict=True)]
            )
        folds.append(row)
    return {"folds": folds}


def learning_curve(
    examples: Sequence[Example], c_plain: float, c_rule: float
) -> dict[float, list[tuple[float, float, float]]]:
    """Per share of the training folds' hosts, per fold: the gain over the rules of (b) the model, (c) the
    model with the rule's kind, (d) the rules overruled where (c) is sure (p > 0.5)."""
    rng = random.Random(SEED)
    curve: dict[float, list[tuple[float, float, float]]] = {}
    for tr, te in _folds(examples):
        test = [examples[i] for i in te]
        gold = [e.gold for e in test]
        rules = _accuracy(gold, [e.rule for e in test])
        hosts = sorted({examples[i].host for i in tr})
        rng.shuffle(hosts)
        for share in (0.25, 0.5, 0.75, 1.0):
            keep = set(hosts[: max(1, round(share * len(hosts)))])
            train = [examples[i] for i in tr if examples[i].host in keep]
            plain = _proba(_fit(train, c_plain, False), test, False)
            ruled = _proba(_fit(train, c_rule, True), test, True)
            gains = (
                _accuracy(gold, [max(p, key=lambda k: p[k]) for p in plain]) - rules,
                _accuracy(gold, [max(p, key=lambda k: p[k]) for p in ruled]) - rules,
                _accuracy(gold, [_override(e.rule, p, 0.5) for e, p in zip(test, ruled, strict=True)]) - rules,
            )
            curve.setdefault(share, []).append(gains)
    return curve


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def report(collected: Collected) -> str:
    """The CV table and the learning curve, as markdown."""
    ex = collected.examples
    result = cross_validate(ex)
    folds = result["folds"]
    cols = ["rules", "model", "model+rule", "override", *(f"override@{t}" for t in THRESHOLDS)]
    lines = [
        f"{len(ex)} matched amounts in {len({e.passage for e in ex})} passages from {len({e.host for e in ex})} hosts"
        f" ({collected.spurious} found amounts with no label of their value left out,"
        f" {collected.missed} labelled amounts not found).",
        "",
        "| fold | amounts | hosts | C (model, +rule) | t | " + " | ".join(cols) + " |",
        "|---" * (5 + len(cols)) + "|",
    ]
    for row in folds:
        lines.append(
            f"| {row['fold']} | {row['amounts']} | {row['hosts']} | {row['C'][0]:g}, {row['C'][1]:g} | {row['t']:g} | "
            + " | ".join(_pct(row[c]) for c in cols)
            + " |"
        )
    mean = {c: statistics.mean(r[c] for r in folds) for c in cols}
    pooled = {c: sum(r[c] * r["amounts"] for r in folds) / sum(r["amounts"] for r in folds) for c in cols}
    lines.append("| mean | | | | | " + " | ".join(_pct(mean[c]) for c in cols) + " |")
    lines.append("| pooled | | | | | " + " | ".join(_pct(pooled[c]) for c in cols) + " |")
    wins = {c: sum(r[c] > r["rules"] for r in folds) for c in cols[1:]}
    lines += ["", "Folds on which a variant beats the rules: " + ", ".join(f"{c} {n}/5" for c, n in wins.items())]
    c_plain = statistics.median(r["C"][0] for r in folds)
    c_rule = statistics.median(r["C"][1] for r in folds)
    curve = learning_curve(ex, c_plain, c_rule)
    lines += [
        "",
        f"Learning curve (C = the folds' median: {c_plain:g} for the model, {c_rule:g} with the rule's kind): the"
        " gain over the rules in points when trained on a share of the training folds' hosts, mean over the"
        " 5 folds (per fold in brackets).",
        "",
        "| share of training hosts | (b) model | (c) model+rule | (d) override@0.5 |",
        "|---|---|---|---|",
    ]
    for share, gains in curve.items():
        cells = []
        for k in range(3):
            per = ", ".join(f"{100 * g[k]:+.1f}" for g in gains)
            cells.append(f"{100 * statistics.mean(g[k] for g in gains):+.1f} ({per})")
        lines.append(f"| {share:.0%} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# --- prospective: each later batch of dev passages against the rules as they were before it ---

MIN_EARLIER = 100  # a batch is scored only when at least this many dev passages came before it (to train on)
# Run inside an older checkout's src/: that version's find_amounts on each passage file's text.
_OLD_FIND = """
import json, sys
from extract import money
out = {}
for path in sys.argv[1:]:
    text = json.load(open(path, encoding="utf-8"))["text"]
    out[path] = [[m.start, m.end, str(m.value), m.kind] for m in money.find_amounts(text)[0]]
print(json.dumps(out))
"""


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: Decimal
    kind: AmountKind


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, check=True, text=True).stdout


def _batches() -> list[tuple[str, str, list[str], list[str]]]:
    """(commit, its first parent, passage ids there before it, passage ids it added) for each commit on the
    first-parent line that added dev passages, with at least MIN_EARLIER passages before it; ids of passages
    no longer in the set are left out."""
    now = {path.stem for path in DEV_SET.glob("*.json")}
    batches = []
    for line in _git("log", "--first-parent", "--diff-filter=A", "--format=%h %p", "--", str(DEV_SET)).splitlines():
        commit, parent = line.split()[:2]
        listed = _git("ls-tree", "--name-only", parent, f"{DEV_SET}/").split()
        before = [Path(n).stem for n in listed if n.endswith(".json") and Path(n).stem in now]
        added = _git("diff", "--name-only", "--diff-filter=A", parent, commit, "--", str(DEV_SET)).split()
        new = [Path(n).stem for n in added if n.endswith(".json") and Path(n).stem in now]
        if new and len(before) >= MIN_EARLIER:
            batches.append((commit, parent, before, new))
    return batches[::-1]


def _rules_at(commit: str, ids: Sequence[str]) -> dict[str, list[Found]]:
    """The amounts (and kinds) the rules as of `commit` find in each passage's text."""
    paths = {str((DEV_SET / f"{i}.json").resolve()): i for i in ids}
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", commit, "src"], capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
        done = subprocess.run(
            [sys.executable, "-c", _OLD_FIND, *paths], capture_output=True, check=True, text=True, env=env
        )
    found = json.loads(done.stdout)
    return {paths[p]: [Found(a, b, Decimal(v), k) for a, b, v, k in rows] for p, rows in found.items()}


def _passage_examples(ids: Sequence[str], mentions: dict[str, list[Found]] | None) -> list[Example]:
    """The aligned amounts of the raw texts of `ids`, found by `mentions` (today's rules when None)."""
    examples: list[Example] = []
    for i in ids:
        data = json.loads((DEV_SET / f"{i}.json").read_text(encoding="utf-8"))
        host = (urlsplit(data["url"]).hostname or "").lower().removeprefix("www.")
        gold = [(a["kind"], Decimal(a["value"])) for a in data["amounts"]]
        found = money.find_amounts(data["text"])[0] if mentions is None else mentions[i]
        examples += _align(i, host, data["text"], gold, found)[0]
    return examples


def prospective() -> str:
    """Each later batch of dev passages, unseen when it was added: kind accuracy of the rules as they were just
    before it, of today's rules (tuned on it since), and of the model trained on the passages before it
    (features and rule kinds from the rules of that time; C and threshold by a grouped CV on those)."""
    cols = ("rules then", "rules now", "model", "model+rule", "override", "override@0.5")
    lines = [
        "| batch (parent) | new passages | amounts | " + " | ".join(cols) + " | t |",
        "|---" * (4 + len(cols)) + "|",
    ]
    pooled: dict[str, float] = dict.fromkeys(cols, 0.0)
    total = 0
    for commit, parent, before, new in _batches():
        then = _rules_at(parent, [*before, *new])
        train, test = _passage_examples(before, then), _passage_examples(new, then)
        tuned = _passage_examples(new, None)
        c_plain, c_rule, t = _tune(train)
        gold = [e.gold for e in test]
        plain = _proba(_fit(train, c_plain, False), test, False)
        ruled = _proba(_fit(train, c_rule, True), test, True)
        row = {
            "rules then": _accuracy(gold, [e.rule for e in test]),
            "rules now": _accuracy([e.gold for e in tuned], [e.rule for e in tuned]),
            "model": _accuracy(gold, [max(p, key=lambda k: p[k]) for p in plain]),
            "model+rule": _accuracy(gold, [max(p, key=lambda k: p[k]) for p in ruled]),
            "override": _accuracy(gold, [_override(e.rule, p, t) for e, p in zip(test, ruled, strict=True)]),
            "override@0.5": _accuracy(gold, [_override(e.rule, p, 0.5) for e, p in zip(test, ruled, strict=True)]),
        }
        total += len(test)
        for c in cols:
            pooled[c] += row[c] * len(test)
        lines.append(
            f"| {commit} ({parent}) | {len(new)} | {len(test)} | "
            + " | ".join(_pct(row[c]) for c in cols)
            + f" | {t:g} |"
        )
    lines.append(f"| pooled | | {total} | " + " | ".join(_pct(pooled[c] / total) for c in cols) + " | |")
    return "\n".join(lines)


def train_final(collected: Collected) -> dict[str, Any]:
    """The model trained on every dev amount (C and threshold by grouped CV on all of them), as JSON."""
    ex = collected.examples
    _, c, t = _tune(ex)
    pipeline = _fit(ex, c, True)
    vectorizer, logistic = pipeline.steps[0][1], pipeline.steps[1][1]
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): [round(float(w), 5) for w in logistic.coef_[:, j]]
        for j, name in enumerate(names)
        if any(abs(float(w)) >= 1e-5 for w in logistic.coef_[:, j])
    }
    digest = hashlib.sha256()
    for path in sorted(DEV_SET.glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return {
        "about": "extract.amount_kinds: multinomial logistic regression of an amount's kind;"
        " trained by `python -m extract.train_amount_kinds --write`",
        "trained": dt.date.today().isoformat(),
        "set": str(DEV_SET),
        "set_sha256": digest.hexdigest(),
        "amounts": len(ex),
        "C": c,
        "threshold": t,
        "stem_length": amount_kinds.STEM_LENGTH,
        "features": sorted(weights),
        "classes": [str(k) for k in logistic.classes_],
        "intercepts": [round(float(b), 5) for b in logistic.intercept_],
        "weights": weights,
    }


def check_export(collected: Collected, model: dict[str, Any]) -> tuple[float, float]:
    """(the largest difference between the pure-Python and scikit-learn probabilities, microseconds per amount
    for the features and the pure-Python inference): the exported weights give the trained model's answers."""
    ex = collected.examples
    pipeline = _fit(ex, model["C"], True)
    exported = amount_kinds.model_from_json(model)
    worst = 0.0
    for example, probs in zip(ex, _proba(pipeline, ex, True), strict=True):
        ours = exported.probabilities(example.features)
        worst = max(worst, *(abs(ours[kind] - p) for kind, p in probs.items()))  # type: ignore[index]
    texts = [(text, money.find_amounts(text)[0]) for _, _, text, _ in _texts(DEV_SET)]
    count = sum(len(mentions) for _, mentions in texts)
    start = time.perf_counter()
    for _ in range(5):
        for text, mentions in texts:
            for i, mention in enumerate(mentions):
                exported.choose(mention.kind, amount_kinds.features(text, mentions, i))
    return worst, (time.perf_counter() - start) / (5 * count) * 1e6


def main(argv: Sequence[str] | None = None, out: Callable[[str], object] = print) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m extract.train_amount_kinds",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--cv", action="store_true", help="print the grouped CV table and the learning curve")
    parser.add_argument(
        "--prospective",
        action="store_true",
        help="score each later batch of dev passages against the rules as they were before it (needs git history)",
    )
    parser.add_argument(
        "--write",
        nargs="?",
        const=amount_kinds.MODEL_PATH,
        type=Path,
        metavar="PATH",
        help=f"train on every dev amount and write the model (default {amount_kinds.MODEL_PATH})",
    )
    args = parser.parse_args(argv)
    collected = collect()
    if args.cv or not (args.write or args.prospective):
        out(report(collected))
    if args.prospective:
        out("\nEach later batch of dev passages against the rules as they were before it (kind accuracy, %):\n")
        out(prospective())
    if args.write:
        model = train_final(collected)
        args.write.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        worst, micros = check_export(collected, model)
        out(
            f"wrote {args.write}: {len(model['weights'])} features, C={model['C']:g}, threshold={model['threshold']:g};"
            f" pure-Python probabilities within {worst:.1e} of scikit-learn's; {micros:.1f} µs an amount"
            " (features and inference)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
