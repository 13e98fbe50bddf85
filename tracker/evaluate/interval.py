"""How far a total score could move with another sample of articles: a bootstrap interval.

A change that moves claim F1 by 0.005 on 72 articles may be noise; comparing it with the spread of the
score over resampled article sets says so before anybody keeps or drops a rule on it. Articles are the
unit resampled (claims within an article are not independent), with a fixed seed so that the same scores
give the same interval.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from tracker.evaluate.scorer import ArticleScores, total


def bootstrap_intervals(
    scores: Sequence[ArticleScores], *, resamples: int = 1000, level: float = 0.95, seed: int = 0
) -> dict[str, tuple[float, float]]:
    """Percentile interval of every total figure over `resamples` resamples of the articles."""
    if not scores:
        return {}
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {}
    for _ in range(resamples):
        sample = [scores[rng.randrange(len(scores))] for _ in scores]
        for name, value in total(sample).figures().items():
            draws.setdefault(name, []).append(value)
    tail = (1 - level) / 2
    out = {}
    for name, values in draws.items():
        values.sort()
        low = values[int(tail * (len(values) - 1))]
        high = values[round((1 - tail) * (len(values) - 1))]
        out[name] = (low, high)
    return out
