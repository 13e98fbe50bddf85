"""Dataset, training and leave-set-out cross-validation of the learned event-day decision (numpy; never
imported when extracting).

    cd <repo> && PYTHONPATH=. python tools/train_event_day_model.py          # write data/event_day_model.json
    cd <repo> && PYTHONPATH=. python tools/train_event_day_model.py --cv     # the figures that chose SETTINGS

Dataset: every article of `training.training_corpora()` (the blind judges held out) is extracted with the rules
deciding every day; each case the hook records (a claim whose event day and publication day differ) is kept
when its claim matches a gold claim (as the scorer matches) dated one of the two days, labelled by which.
Deterministic: the same corpora and code give the same file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tracker.extract.learned.event_day import features, recording
from tracker.extract.learned.model import ClaimModel
from tracker.extract.learned.training import fit_binary, recorded_with_gold

# chosen by `--cv` (10 folds of sets; l2 1, 5, 20, 50; threshold 0.5, the point where a wrong event day and a
# wrong publication day cost the same)
SETTINGS = {"min_count": 3, "l2": 20.0, "epochs": 400, "lr": 0.05, "threshold": 0.5}


@dataclass(frozen=True)
class Example:
    group: str  # the set: the unit of cross-validation
    features: tuple[str, ...]
    event_day: bool  # the label: the gold date is the event day
    rule: bool


def build_examples(corpora: Iterable[Path]) -> list[Example]:
    out: list[Example] = []
    for group, matched, seen in recorded_with_gold(corpora, recording):
        for case, event, publication, span in seen:
            day = matched[span].get("date") if span in matched else None
            if day in (event.isoformat(), publication.isoformat()):
                out.append(Example(group, tuple(features(case)), day == event.isoformat(), case.rule))
    return out


def train(examples: Sequence[Example], settings: dict) -> ClaimModel:
    weights, bias = fit_binary([e.features for e in examples], [e.event_day for e in examples], settings)
    return ClaimModel(weights=weights, bias=bias, threshold=settings["threshold"])


def cross_validate(examples: Sequence[Example], settings: dict, folds: int = 10) -> tuple[int, int, int]:
    """(cases, right by the rules, right by models trained on the other folds): sets dealt into `folds`
    groups in name order."""
    groups = sorted({e.group for e in examples})
    fold_of = {g: k % folds for k, g in enumerate(groups)}
    learned = 0
    for k in range(folds):
        model = train([e for e in examples if fold_of[e.group] != k], settings)
        for e in examples:
            if fold_of[e.group] == k:
                learned += (model.probability(e.features) >= model.threshold) == e.event_day
    return len(examples), sum(e.rule == e.event_day for e in examples), learned


def to_json(model: ClaimModel, settings: dict, trained_on: Sequence[str], examples: int) -> str:
    from tracker.clean.check_training import to_json as write

    about = "Learned event-day decision (tracker/extract/learned/event_day.py); regenerate: tools/train_event_day_model.py"
    return write(about, model, settings, trained_on, examples)
