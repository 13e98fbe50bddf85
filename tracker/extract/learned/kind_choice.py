"""The learned kind decision: plan, achievement, target, criticism or statement, from the rules' kind and the claim's
general features.

`kinds.classify_kind` reads a claim's kind from its predicate and tense; on the development sets it agreed with the
gold for two claims in three, most of its misses plans and results it left as statements. One logistic regression
per kind (one against the rest) over the claim model's unit features (`features.article_features`: morphemes, the
final predicate and its endings, quotes, speaker, place, claims around it) plus the rules' kind picks the likeliest
kind (data/kind_model.json; trained by `kind_training`). Dates keep the rules' kind: the event-day decision was
trained on it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tracker.extract.learned.hooks import Hook
from tracker.logistic import probability

MODEL_PATH = Path(__file__).parent.parent / "data" / "kind_model.json"
KINDS = ("plan", "achievement", "target", "criticism", "statement")


@dataclass(frozen=True)
class KindModel:
    """One logistic regression (weights, bias) per kind."""

    kinds: Mapping[str, tuple[Mapping[str, float], float]]
    enabled: bool = True

    def likeliest(self, features: Sequence[str]) -> str:
        return max(self.kinds, key=lambda k: probability(self.kinds[k][0], self.kinds[k][1], features))

    @classmethod
    def from_json(cls, data: Mapping) -> KindModel:
        return cls(
            kinds={k: (dict(v["weights"]), float(v["bias"])) for k, v in data["kinds"].items()},
            enabled=bool(data.get("enabled", True)),
        )


@cache
def load_model(path: Path = MODEL_PATH) -> KindModel | None:
    if not path.exists():
        return None
    return KindModel.from_json(json.loads(path.read_text(encoding="utf-8")))


# the dataset builder's view: every claim's features with the rules' kind, and the claim's span
HOOK: Hook[KindModel] = Hook()
recording = HOOK.attached


def features(unit_features: Sequence[str], rule: str) -> list[str]:
    return [*unit_features, f"rule_kind={rule}"]


def choose_kind(unit_features: Sequence[str], rule: str, span: tuple[int, int]) -> str:
    """The learned kind of one claim (the rules' where no model is shipped or attached)."""
    names = features(unit_features, rule)
    for record in HOOK.callbacks:
        record(names, rule, span)
    model = HOOK.model(load_model)
    if model is None or not model.enabled:
        return rule
    return model.likeliest(names)
