"""A learned proposer of policies from a claim's own words: one logistic regression per slug over the claim's
content morphemes and noun pairs (data/slug_words_model.json; trained by `slug_words_training`).

The rules and the re-ranker (`slugs.py`) only weigh slugs some keyword found. Annotators also tag what a claim
is about when no keyword of the taxonomy says it (`청년 농업인` is youth policy as well as agriculture,
`협의체를 구성해 민관협력` citizen participation); a bag of words learned from the gold claims covers part of
that. It only adds slugs, and only to claims that already have one: which units are claims stays the rules'
and the claim model's decision. Pure Python, deterministic.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.extract.learned.hooks import Hook
from tracker.extract.policies.values import TokenLike, UnitPolicies

if TYPE_CHECKING:
    from tracker.extract.units import Unit

SLUG_WORDS_PATH = Path(__file__).parent.parent / "data" / "slug_words_model.json"

# Kiwi tags whose forms carry what a sentence is about: nouns, verbs, adjectives, roots, foreign words,
# Chinese characters and noun suffixes (`-화`, `-형`); the pairs are of nouns next to each other once
# the other morphemes are left out (`청년_농업인`).
_WORD_TAGS = ("NNG", "NNP", "VV", "VA", "XR", "SL", "SH", "XSN")
_PAIR_TAGS = frozenset({"NNG", "NNP", "XR", "SL"})


def words(tokens: Iterable[TokenLike]) -> frozenset[str]:
    """The features of one claim: its content morphemes (`m:청년`) and adjacent noun pairs (`b:청년_농업인`)."""
    toks = list(tokens)
    out = {f"m:{t.form}" for t in toks if t.tag.startswith(_WORD_TAGS)}
    nouns = [t.form for t in toks if t.tag in _PAIR_TAGS]
    out.update(f"b:{a}_{b}" for a, b in pairwise(nouns))
    return frozenset(out)


@dataclass(frozen=True)
class SlugWordsModel:
    weights: Mapping[str, Mapping[str, float]]  # feature -> slug -> weight
    biases: Mapping[str, float]  # slug -> bias
    threshold: float  # add a slug at or above this probability

    def scores(self, features: Iterable[str]) -> dict[str, float]:
        """Each slug's log-odds for one claim's `words`."""
        z = dict(self.biases)
        get = self.weights.get
        for f in features:
            ws = get(f)
            if ws:
                for slug, w in ws.items():
                    z[slug] += w
        return z

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        return {s: _sigmoid(v) for s, v in self.scores(features).items()}

    @cached_property
    def _cut(self) -> float:
        """Log-odds below which no slug can reach the threshold (a hair under it, so that the exact
        probability decides the slugs at the edge)."""
        t = self.threshold
        return -math.inf if t <= 0 else math.inf if t >= 1 else math.log(t / (1 - t)) - 1e-6

    def proposed(self, features: Iterable[str]) -> frozenset[str]:
        """The slugs at or above the threshold for one claim's `words` (most slugs are far below it:
        only those near or above it have their probability worked out)."""
        cut, threshold = self._cut, self.threshold
        return frozenset(
            s for s, v in self.scores(features).items() if v >= cut and _sigmoid(v) >= threshold
        )

    @classmethod
    def from_json(cls, data: Mapping) -> SlugWordsModel:
        return cls(
            weights={f: dict(ws) for f, ws in data["weights"].items()},
            biases=dict(data["biases"]),
            threshold=float(data["threshold"]),
        )


def _sigmoid(v: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v))))


@cache
def load_slug_words(path: Path = SLUG_WORDS_PATH) -> SlugWordsModel | None:
    if not path.exists():
        return None
    return SlugWordsModel.from_json(json.loads(path.read_text(encoding="utf-8")))


HOOK: Hook[SlugWordsModel] = Hook()


def add_words(
    features: Sequence[Iterable[str]],
    decisions: Sequence[UnitPolicies],
    model: SlugWordsModel | None,
) -> list[UnitPolicies]:
    """Each claim's policies with the slugs its words (`features[i]`, from `words`) propose added (units
    without policies untouched)."""
    out = list(decisions)
    if model is None:
        return out
    for i, d in enumerate(decisions):
        if not d.slugs:
            continue
        extra = model.proposed(features[i]) - set(d.slugs)
        if extra:
            out[i] = UnitPolicies((*d.slugs, *sorted(extra)), d.confidence, d.reason, d.hits)
    return out


def add_words_units(units: Sequence[Unit], decisions: Sequence[UnitPolicies]) -> list[UnitPolicies]:
    """The hook of `claims.run` after the re-ranker: the shipped model (or the one a trainer attached)."""
    model = HOOK.model(load_slug_words)
    for record in HOOK.callbacks:
        record(units, decisions)
    if model is None:
        return list(decisions)
    return add_words(
        [words(u.tokens) if d.slugs else () for u, d in zip(units, decisions, strict=True)], decisions, model
    )
