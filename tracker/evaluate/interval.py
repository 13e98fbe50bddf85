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
    return {name: _percentiles(values, level) for name, values in draws.items()}


def paired_difference_intervals(
    current: Sequence[ArticleScores],
    baseline: Sequence[ArticleScores],
    *,
    resamples: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> dict[str, tuple[float, float, float]]:
    """For every total figure: (difference current - baseline, low, high) with a paired percentile
    interval, the same resampled articles scored under both runs. Pairing removes what the articles share
    (a hard article is hard for both), so the interval is much narrower than two unpaired ones; a change
    whose interval holds 0 is not distinguishable from the sample of articles. Articles pair by name;
    those in only one run are left out."""
    before = {s.name: s for s in baseline}
    pairs = [(s, before[s.name]) for s in current if s.name in before]
    if not pairs:
        return {}
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {}
    for _ in range(resamples):
        sample = [pairs[rng.randrange(len(pairs))] for _ in pairs]
        now = total([a for a, _ in sample]).figures()
        then = total([b for _, b in sample]).figures()
        for name, value in now.items():
            draws.setdefault(name, []).append(value - then[name])
    point_now = total([a for a, _ in pairs]).figures()
    point_then = total([b for _, b in pairs]).figures()
    return {
        name: (point_now[name] - point_then[name], *_percentiles(values, level))
        for name, values in draws.items()
    }


def _percentiles(values: list[float], level: float) -> tuple[float, float]:
    values = sorted(values)
    tail = (1 - level) / 2
    return values[int(tail * (len(values) - 1))], values[round((1 - tail) * (len(values) - 1))]
