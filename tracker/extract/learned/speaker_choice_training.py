"""Dataset, training and leave-set-out cross-validation of the learned speaker decision (numpy; never imported
when extracting).

    cd <repo> && PYTHONPATH=. python tools/train_speaker_model.py          # write data/speaker_model.json
    cd <repo> && PYTHONPATH=. python tools/train_speaker_model.py --cv     # the figures that chose SETTINGS

Dataset: every article of `training.training_corpora()` (the blind judges held out) is extracted with the rules
deciding every speaker; each case the hook records (a claim with a candidate person) is kept when its claim
matches a gold claim (as the scorer matches), labelled by whether the gold speaker is that person.
Deterministic: the same corpora and code give the same file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tracker.extract.learned.model import ClaimModel
from tracker.extract.learned.speaker_choice import features, recording
from tracker.extract.learned.training import fit_binary, recorded_with_gold

# chosen by `--cv` (10 folds of sets; l2 and threshold: see tools/train_speaker_model.py)
SETTINGS = {"min_count": 3, "l2": 1.0, "epochs": 400, "lr": 0.05, "threshold": 0.6}


@dataclass(frozen=True)
class Example:
    group: str  # the set: the unit of cross-validation
    features: tuple[str, ...]
    said: bool  # the label: the gold speaker is the candidate person
    rule: bool  # the rules gave the claim that person


def build_examples(corpora: Iterable[Path]) -> list[Example]:
    from tracker.evaluate.gold import person_names
    from tracker.reference import load_reference

    names = person_names(load_reference())
    out: list[Example] = []
    for group, matched, seen in recorded_with_gold(corpora, recording):
        for case, person, span in seen:
            if span not in matched:
                continue
            said = matched[span].get("speaker")
            # the scorer compares people by name (one person may hold two keys' terms)
            same = said is not None and names.get(said, said) == names.get(person, person)
            out.append(Example(group, tuple(features(case)), same, case.rule))
    return out


def train(examples: Sequence[Example], settings: dict) -> ClaimModel:
    weights, bias = fit_binary([e.features for e in examples], [e.said for e in examples], settings)
    return ClaimModel(weights=weights, bias=bias, threshold=settings["threshold"])


def cross_validate(
    examples: Sequence[Example], settings: dict, folds: int = 10
) -> dict[tuple[str, str], float]:
    """Held-out probability of every example (keyed by its set and position): sets dealt into `folds`
    groups in name order, each scored by a model trained on the others."""
    groups = sorted({e.group for e in examples})
    fold_of = {g: k % folds for k, g in enumerate(groups)}
    out: dict[tuple[str, str], float] = {}
    for k in range(folds):
        model = train([e for e in examples if fold_of[e.group] != k], settings)
        for n, e in enumerate(examples):
            if fold_of[e.group] == k:
                out[(e.group, str(n))] = model.probability(e.features)
    return out


def to_json(model: ClaimModel, settings: dict, trained_on: Sequence[str], examples: int) -> str:
    from tracker.clean.check_training import to_json as write

    about = "Learned speaker decision (tracker/extract/learned/speaker_choice.py); regenerate: tools/train_speaker_model.py"
    return write(about, model, settings, trained_on, examples)
