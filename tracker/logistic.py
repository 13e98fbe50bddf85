"""The one formula the small learned models share (claim, slug, event-day, title, byline and outlet models): a logistic
regression's probability over binary features, applied in pure Python. Shared by cleaning and extraction, so it
lives beside them rather than in either."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path


def probability(weights: Mapping[str, float], bias: float, features: Sequence[str]) -> float:
    """A logistic model's probability for binary features (a name present is 1)."""
    z = bias + sum(map(weights.get, features, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


def bucket(value: int, edges: tuple[int, ...]) -> str:
    """A feature value for a count: the first edge it does not exceed, else "more" (the small models' weights are
    keyed on these names; `extract.learned.features.bucket` writes ">N" instead for the claim and slug models)."""
    return next((str(e) for e in edges if value <= e), "more")


@dataclass(frozen=True)
class ThresholdModel:
    """A logistic model and the probability at or above which its check acts (the title, byline and outlet checks
    of cleaning)."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    def probability(self, features: Sequence[str]) -> float:
        return probability(self.weights, self.bias, features)

    def likeliest(self, candidates: Iterable[tuple[str, Sequence[str]]]) -> str | None:
        """Of (value, features) candidates, the value of the likeliest at or above the threshold (the first of
        equals), or None."""
        best, best_p = None, 0.0
        for value, features in candidates:
            p = self.probability(features)
            if p >= self.threshold and p > best_p:
                best, best_p = value, p
        return best

    @classmethod
    def from_json(cls, data: Mapping) -> ThresholdModel:
        return cls(
            weights=dict(data["weights"]), bias=float(data["bias"]), threshold=float(data["threshold"])
        )


@cache
def load_threshold_model(path: Path) -> ThresholdModel | None:
    """The model a check ships (None where its file is missing: the check then leaves the rules' result)."""
    if not path.exists():
        return None
    return ThresholdModel.from_json(json.loads(path.read_text(encoding="utf-8")))
