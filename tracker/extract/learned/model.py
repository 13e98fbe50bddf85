"""The learned claim model: a logistic regression over `features.article_features`, applied in pure
Python to the eligible units (data/claim_model.json; trained by `tracker.extract.learned.training`, see its
docstring).

A unit the rules rejected or left without policies becomes a claim when P(claim) >= the model's
threshold, and a claim of the rules stops being one when P(claim) < its `demote_below`. A promoted unit's
policies are its own keyword hits if it has any, else those of the claim before it (the policy it goes on
about), else the article's most claimed policy.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.extract.learned.features import UnitView, article_features, unit_views
from tracker.extract.learned.hooks import Hook
from tracker.extract.policies.values import UnitPolicies
from tracker.logistic import probability
from tracker.reference import Reference, per_reference

if TYPE_CHECKING:
    from tracker.extract.speakers import Speaker
    from tracker.extract.units import Unit

MODEL_PATH = Path(__file__).parent.parent / "data" / "claim_model.json"


@dataclass(frozen=True)
class ClaimModel:
    weights: Mapping[str, float]
    bias: float
    threshold: float  # promote a unit at or above this probability
    enabled: bool = True
    demote_below: float = 0.0  # a rule's claim below this probability is no claim after all (0: none is)

    def probability(self, features: Sequence[str]) -> float:
        return probability(self.weights, self.bias, features)

    @classmethod
    def from_json(cls, data: Mapping) -> ClaimModel:
        return cls(
            weights=dict(data["weights"]),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            enabled=bool(data.get("enabled", True)),
            demote_below=float(data.get("demote_below", 0.0)),
        )


@cache
def load_model(path: Path = MODEL_PATH) -> ClaimModel | None:
    if not path.exists():
        return None
    return ClaimModel.from_json(json.loads(path.read_text(encoding="utf-8")))


@per_reference
def policy_domains(reference: Reference) -> dict[str, str]:
    return {p.slug: p.domain for p in reference.policies}


# the dataset builder's view of every article: (views, features of every eligible unit)
HOOK: Hook[ClaimModel] = Hook()
recording = HOOK.attached


def promoted_policies(
    index: int, views: Sequence[UnitView], decisions: Sequence[UnitPolicies]
) -> tuple[str, ...]:
    """Policies of a unit the model makes a claim: its own hits, else the claim before, else the
    article's most claimed policy."""
    own = tuple(dict.fromkeys(h.slug for h in views[index].decision.hits))
    if own:
        return own
    for j in range(index - 1, -1, -1):
        if decisions[j].slugs:
            return decisions[j].slugs[:1]
    counts: dict[str, int] = {}
    for d in decisions:
        for s in d.slugs:
            counts[s] = counts.get(s, 0) + 1
    return (max(counts, key=lambda s: counts[s]),) if counts else ()


def refine_units(
    units: Sequence[Unit],
    decisions: Sequence[UnitPolicies],
    speakers: Sequence[Speaker],
    eligible: Sequence[bool],
    headline_slugs: frozenset[str],
    reference: Reference,
) -> list[UnitPolicies]:
    """The hook of `claims.run`: the rules' `decisions` per unit, with the units the model finds claims
    added."""
    return refine(unit_views(units, decisions, speakers, eligible), headline_slugs, reference)


_SHIPPED = object()


def refine(
    views: Sequence[UnitView],
    headline_slugs: frozenset[str],
    reference: Reference,
    model: ClaimModel | object | None = _SHIPPED,
) -> list[UnitPolicies]:
    """The decisions of the rules (`views[i].decision`) with the units the model finds claims added.
    `model`: the shipped one unless given (None: the rules alone)."""
    decisions = [v.decision for v in views]
    if model is _SHIPPED:
        model = HOOK.model(load_model)
    assert model is None or isinstance(model, ClaimModel)
    if HOOK.callbacks:
        features = article_features(views, policy_domains(reference), headline_slugs)
        for record in HOOK.callbacks:
            record(views, features)
    if model is None or not model.enabled:
        return decisions
    candidates = [i for i, v in enumerate(views) if v.eligible and not v.decision.slugs]
    rule_claims = (
        [i for i, v in enumerate(views) if v.eligible and v.decision.slugs] if model.demote_below else []
    )
    if not candidates and not rule_claims:
        return decisions
    judged = sorted(candidates + rule_claims)
    features = article_features(views, policy_domains(reference), headline_slugs, only=judged)
    out = list(decisions)
    for i in judged:  # in text order: a promoted unit takes the policies of the claim before it, as it stands
        p = model.probability(features[i])
        if not decisions[i].slugs and p >= model.threshold:
            slugs = promoted_policies(i, views, out)
            if slugs:
                out[i] = UnitPolicies(slugs, 0.3, "learned", views[i].decision.hits)
        elif decisions[i].slugs and p < model.demote_below:
            out[i] = UnitPolicies((), 0.0, "demoted", views[i].decision.hits)
    return out
