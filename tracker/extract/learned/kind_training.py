"""Dataset and training of the learned kind decision (numpy; never imported when extracting).

    cd <repo> && PYTHONPATH=. python tools/train_kind_model.py          # write data/kind_model.json
    cd <repo> && PYTHONPATH=. python tools/train_kind_model.py --cv     # the figures that chose SETTINGS

Dataset: every article of `training.training_corpora()` (the blind judges held out) is extracted with the rules
deciding every kind; each claim the hook records is kept when it matches a gold claim (as the scorer matches),
labelled with the gold kind. Deterministic: the same corpora and code give the same file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tracker.extract.learned.kind_choice import KINDS, KindModel, recording
from tracker.extract.learned.training import fit_binary, recorded_with_gold

# chosen by `--cv` (10 folds of sets; l2 3, 10, 30)
SETTINGS = {"min_count": 3, "l2": 10.0, "epochs": 400, "lr": 0.1}


@dataclass(frozen=True)
class Example:
    group: str  # the set: the unit of cross-validation
    features: tuple[str, ...]
    kind: str  # the label: the gold kind
    rule: str


def build_examples(corpora: Iterable[Path]) -> list[Example]:
    out: list[Example] = []
    for group, matched, seen in recorded_with_gold(corpora, recording):
        for names, rule, span in seen:
            kind = matched[span].get("kind") if span in matched else None
            if kind in KINDS:
                out.append(Example(group, tuple(names), kind, rule))
    return out


def train(examples: Sequence[Example], settings: dict) -> KindModel:
    rows = [e.features for e in examples]
    return KindModel(kinds={k: fit_binary(rows, [e.kind == k for e in examples], settings) for k in KINDS})


def cross_validate(examples: Sequence[Example], settings: dict, folds: int = 10) -> tuple[int, int, int]:
    """(claims, right by the rules, right by models trained on the other folds): sets dealt into `folds` groups in
    name order."""
    groups = sorted({e.group for e in examples})
    fold_of = {g: k % folds for k, g in enumerate(groups)}
    learned = 0
    for k in range(folds):
        model = train([e for e in examples if fold_of[e.group] != k], settings)
        learned += sum(model.likeliest(e.features) == e.kind for e in examples if fold_of[e.group] == k)
    return len(examples), sum(e.rule == e.kind for e in examples), learned


def to_json(model: KindModel, settings: dict, trained_on: Sequence[str], examples: int) -> str:
    data = {
        "about": "Learned kind decision (tracker/extract/learned/kind_choice.py); regenerate: tools/train_kind_model.py",
        "settings": settings,
        "trained_on": list(trained_on),
        "examples": examples,
        "kinds": {
            k: {"bias": bias, "weights": dict(sorted(weights.items()))}
            for k, (weights, bias) in model.kinds.items()
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=0) + "\n"
