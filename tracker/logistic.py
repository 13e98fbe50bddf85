"""The one formula the small learned models share (claim, slug, event-day and title models): a logistic
regression's probability over binary features, applied in pure Python. Shared by cleaning and extraction, so it
lives beside them rather than in either."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from itertools import repeat


def probability(weights: Mapping[str, float], bias: float, features: Sequence[str]) -> float:
    """A logistic model's probability for binary features (a name present is 1)."""
    z = bias + sum(map(weights.get, features, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
