"""A learned model of an amount's kind: cheap context features and a sparse logistic regression.

The hand rules of `extract.money` pick each amount's kind from its clause's cue words.  This module
gives a second opinion learned from the labelled real-text passages (`extract.train_amount_kinds`
trains it with scikit-learn and writes the weights to data/amount_kind_model.json).  Features are
read from the text around the amount, with no second parse: word stems of its own clause before and
after it, the nearest cue stems on each side with their distance, the joining words since the
previous amount, its order and size among the text's amounts, and the rules' kind.  Inference is a
sparse dot product and a softmax in pure Python.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Protocol, get_args

from extract.model import AmountKind

MODEL_PATH = Path(__file__).parent / "data" / "amount_kind_model.json"
KINDS: tuple[AmountKind, ...] = get_args(AmountKind)

STEM_LENGTH = 5  # a word's first letters stand for its every case form: dofinansowanie/-a/-u/-em -> "dofin"
_BEFORE_WORDS = 10  # how far back the own-clause and cue features look, in words
_AFTER_WORDS = 8
NEAREST_CUES = 3  # how many cue stems on each side, nearest first

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A sentence ends at a line break, ";", or a full stop before a capital ("zł. Kwota"), not at "412.300zł. pokrywa".
_SENTENCE_STOP_LINE_BREAK_OR_SEMICOLON = re.compile(r"\n|;|[.!?](?=\s+[„\"–—]?\s*[A-ZĄĆĘŁŃÓŚŹŻ])")
# A clause ends at a comma, a bracket, or a joining word ("z czego", "w tym", "a", "natomiast", …).
_JOINERS = ("z czego", "w tym", "przy czym", "natomiast", "zaś", "a", "oraz", "i", "czyli", "tj")
_CLAUSE_END = re.compile(r"[,()\[\]]|(?<!\w)(?:" + "|".join(re.escape(j) for j in _JOINERS) + r")(?!\w)", re.I)
# Stems of the words that name a kind or a pool; the nearest one on each side is a feature.
CUES: frozenset[str] = frozenset(
    {
        "warto",  # wartość
        "koszt",
        "dofin",  # dofinansowanie
        "dotac",
        "wkład",
        "własn",
        "unijn",
        "ue",
        "efs",
        "efrr",
        "europ",
        "budże",
        "państ",
        "kwali",  # kwalifikowalne
        "wspar",
        "prome",
        "przyz",  # przyznano
        "otrzy",
        "fundu",
        "środk",
        "pomoc",
        "kwota",
        "kwotę",
        "kwoci",
        "łączn",
        "całko",
        "pożyc",
        "kredy",
        "wnios",
        "maksy",
        "najwy",
        "limit",
        "aloka",
        "progr",
        "proje",
        "zadan",
        "inwes",
        "umowy",
        "pokry",
        "przek",  # przekazał, przekraczającej
        "przez",  # przeznaczono
        "ogółe",
        "razem",
        "sumie",
    }
)


class Mention(Protocol):
    """What the features read of an amount: where it is printed, its value and the rules' kind."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> Decimal: ...
    @property
    def kind(self) -> AmountKind: ...


def stem(word: str) -> str:
    """A word's stand-in for all its case forms: its first STEM_LENGTH letters, lower-cased."""
    return word.lower()[:STEM_LENGTH]


def _bucket(distance: int) -> str:
    """A cue's distance in words, coarsely: right beside the amount, near, or in the same sentence."""
    return "0" if distance <= 1 else "1" if distance <= 3 else "2" if distance <= 7 else "3"


def _sentence_start(text: str, pos: int, floor: int) -> int:
    start = floor
    for m in _SENTENCE_STOP_LINE_BREAK_OR_SEMICOLON.finditer(text, floor, pos):
        start = m.end()
    return start


def _sentence_end(text: str, pos: int, ceiling: int) -> int:
    m = _SENTENCE_STOP_LINE_BREAK_OR_SEMICOLON.search(text, pos, ceiling)
    return m.start() if m else ceiling


def features(text: str, mentions: Sequence[Mention], i: int) -> list[str]:
    """The names of the features of `mentions[i]` (the amounts of `text` in order), each of value 1."""
    m = mentions[i]
    prev_end = mentions[i - 1].end if i else 0
    next_start = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
    sent_start = _sentence_start(text, m.start, max(prev_end, m.start - 400))
    sent_end = _sentence_end(text, m.end, min(next_start, m.end + 300))
    before_text = text[sent_start : m.start]
    after_text = text[m.end : sent_end]
    found: list[str] = [f"rule={m.kind}"]

    # own clause: the words back to the last clause end before the amount, on to the first after it
    ends = list(_CLAUSE_END.finditer(before_text))
    clause_before = before_text[ends[-1].end() :] if ends else before_text
    split = _CLAUSE_END.search(after_text)
    clause_after = after_text[: split.start()] if split else after_text
    found += [f"b:{stem(w)}" for w in _WORD.findall(clause_before)[-_BEFORE_WORDS:]]
    found += [f"a:{stem(w)}" for w in _WORD.findall(clause_after)[:_AFTER_WORDS]]
    if not _WORD.search(clause_before):
        found.append("b:none")
    if not _WORD.search(clause_after):
        found.append("a:none")
    # the joining word that opens its clause ("z czego", "w tym", "a", "natomiast")
    if ends:
        found.append(f"join:{ends[-1].group(0).lower()}")

    # the nearest cue stem on each side within the sentence, with its distance in words
    words_before = [stem(w) for w in _WORD.findall(before_text)]
    cues = [(d, w) for d, w in enumerate(reversed(words_before)) if w in CUES][:NEAREST_CUES]
    found += [f"cb{_bucket(d)}:{w}" for d, w in cues]
    words_after = [stem(w) for w in _WORD.findall(after_text)]
    cues = [(d, w) for d, w in enumerate(words_after) if w in CUES][:NEAREST_CUES]
    found += [f"ca{_bucket(d)}:{w}" for d, w in cues]

    # the words between the previous amount and this one, when they share a sentence
    if i and prev_end >= sent_start:
        between = text[prev_end : m.start].lower()
        found.append("prev:same_sentence")
        found += [f"btw:{j}" for j in _JOINERS if re.search(rf"(?<!\w){re.escape(j)}(?!\w)", between)]
        found.append(f"prev_rule={mentions[i - 1].kind}")

    # order among the text's amounts, and size
    found.append("ord:first" if i == 0 else "ord:second" if i == 1 else "ord:later")
    if i + 1 == len(mentions):
        found.append("ord:last")
    found.append("count:1" if len(mentions) == 1 else "count:2" if len(mentions) == 2 else "count:3+")
    if len(mentions) > 1:
        values = [n.value for n in mentions]
        if m.value == max(values):
            found.append("largest")
        if m.value == min(values):
            found.append("smallest")
    return list(dict.fromkeys(found))  # each once: a feature's value is 1, however often its word recurs


@dataclass(frozen=True)
class KindModel:
    """A multinomial logistic regression: per class an intercept, per feature a weight for each class."""

    classes: tuple[AmountKind, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float = 0.5  # how sure it must be to overrule the rules (see choose)

    def probabilities(self, names: Sequence[str]) -> dict[AmountKind, float]:
        """The probability of each kind given the features' names (unknown names weigh nothing)."""
        scores = list(self.intercepts)
        for name in names:
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {kind: e / total for kind, e in zip(self.classes, exps, strict=True)}

    def choose(self, rule_kind: AmountKind, names: Sequence[str]) -> AmountKind:
        """The rules' kind unless the model disagrees with probability above its threshold."""
        probs = self.probabilities(names)
        best = max(probs, key=lambda kind: probs[kind])
        return best if best != rule_kind and probs[best] > self.threshold else rule_kind


def model_from_json(data: dict[str, object]) -> KindModel:
    """A KindModel from the JSON the trainer writes; ValueError when it does not hold one."""
    classes = data.get("classes")
    intercepts = data.get("intercepts")
    weights = data.get("weights")
    threshold = data.get("threshold", 0.5)
    if not isinstance(classes, list) or not all(c in KINDS for c in classes):
        raise ValueError(f"classes: expected amount kinds, got {classes!r}")
    if not isinstance(intercepts, list) or len(intercepts) != len(classes):
        raise ValueError("intercepts: expected one number per class")
    if not isinstance(weights, dict) or not all(
        isinstance(row, list) and len(row) == len(classes) for row in weights.values()
    ):
        raise ValueError("weights: expected one number per class for each feature")
    if not isinstance(threshold, (int, float)):
        raise ValueError(f"threshold: expected a number, got {threshold!r}")
    return KindModel(
        classes=tuple(classes),
        intercepts=tuple(float(x) for x in intercepts),
        weights={str(name): tuple(float(x) for x in row) for name, row in weights.items()},
        threshold=float(threshold),
    )


@functools.cache
def load_model(path: Path = MODEL_PATH) -> KindModel:
    """The shipped model (read once)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object")
    return model_from_json(data)
