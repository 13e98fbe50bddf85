"""A learned re-ranker of the policies of each claim: (claim, candidate slug) pairs scored by a logistic
regression (data/slug_model.json; trained by `tracker.extract.learned.slug_training`).

Candidates of a claim: the slugs the rules (and the claim model) chose, the slugs of its keyword hits
(generic and fuzzy ones included), the claim before's slugs and the headline's. A candidate is kept or
added when P >= the model's threshold; a claim never loses all its policies (the rules' slug with the
highest P stays when all fall below). Pure Python, deterministic.

Features are general (`pair_features`): how the slug was found (hit kind, the keyword and its length),
the slug and its domain, whether the rules chose it, whether the headline, the claims around it or other
claims of the article name it, how many candidates compete and whether one shares its domain, whether
the unit is quoted or has a speaker, the rules' reason, the morphemes next to the hit. No article ids.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.extract.learned.features import PUNCT, UnitView, bucket, unit_views
from tracker.extract.learned.hooks import Hook
from tracker.extract.policies.values import PolicyHit, TokenLike, UnitPolicies
from tracker.logistic import probability
from tracker.reference import Reference

if TYPE_CHECKING:
    from tracker.extract.speakers import Speaker
    from tracker.extract.units import Unit

SLUG_MODEL_PATH = Path(__file__).parent.parent / "data" / "slug_model.json"


@dataclass(frozen=True)
class SlugModel:
    weights: Mapping[str, float]
    bias: float
    threshold: float  # add a candidate the rules did not choose at or above this probability
    keep_threshold: float  # drop a slug the rules chose below this probability
    groups: frozenset[str] = frozenset()  # feature groups the model was trained with (`pair_features`)
    enabled: bool = True

    def probability(self, features: Sequence[str]) -> float:
        return probability(self.weights, self.bias, features)

    @classmethod
    def from_json(cls, data: Mapping) -> SlugModel:
        return cls(
            weights=dict(data["weights"]),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            keep_threshold=float(data["keep_threshold"]),
            groups=frozenset(data.get("groups", ())),
            enabled=bool(data.get("enabled", True)),
        )


@cache
def load_slug_model(path: Path = SLUG_MODEL_PATH) -> SlugModel | None:
    if not path.exists():
        return None
    return SlugModel.from_json(json.loads(path.read_text(encoding="utf-8")))


ALL_GROUPS = frozenset({"slug", "keyword", "context", "article", "morph", "cross"})


def article_candidates(
    views: Sequence[UnitView],
    decisions: Sequence[UnitPolicies],
    headline_slugs: frozenset[str],
    target_words: Mapping[str, str] | None = None,
) -> dict[int, list[str]]:
    """Candidate slugs per claim unit (index -> slugs in a fixed order): the rules', the hits', the
    claim before's, the headline's, the article's most claimed, the target groups named (`청년`)."""
    claimed: Counter[str] = Counter(s for d in decisions for s in d.slugs)
    top = sorted(s for s, k in claimed.items() if k == max(claimed.values()))[:1] if claimed else []
    out: dict[int, list[str]] = {}
    prev: tuple[str, ...] = ()
    for i, d in enumerate(decisions):
        if not d.slugs:
            continue
        cands = list(d.slugs)
        for h in views[i].decision.hits:
            if h.slug not in cands:
                cands.append(h.slug)
        for s in (*prev, *sorted(headline_slugs), *top, *_targets(views[i], target_words)):
            if s not in cands:
                cands.append(s)
        out[i] = cands
        prev = d.slugs
    return out


def _targets(v: UnitView, target_words: Mapping[str, str] | None) -> list[str]:
    if not target_words:
        return []
    return [target_words[t.form] for t in v.tokens if t.form in target_words and t.tag.startswith("NN")]


def pair_features(
    views: Sequence[UnitView],
    decisions: Sequence[UnitPolicies],
    headline_slugs: frozenset[str],
    domains: Mapping[str, str],
    groups: frozenset[str] = ALL_GROUPS,
    target_words: Mapping[str, str] | None = None,
) -> dict[int, list[tuple[str, list[str]]]]:
    """Per claim unit: (candidate slug, feature names) in candidate order."""
    candidates = article_candidates(views, decisions, headline_slugs, target_words)
    claim_idx = sorted(candidates)
    claimed: Counter[str] = Counter(s for i in claim_idx for s in decisions[i].slugs)
    hit_counts: Counter[str] = Counter(
        s for v in views if v.eligible for s in {h.slug for h in v.decision.hits}
    )
    top = max(claimed.values(), default=0)
    out: dict[int, list[tuple[str, list[str]]]] = {}
    for pos, i in enumerate(claim_idx):
        v, d = views[i], decisions[i]
        cands = candidates[i]
        rule = set(d.slugs)
        prev = set(decisions[claim_idx[pos - 1]].slugs) if pos > 0 else set()
        nxt = set(decisions[claim_idx[pos + 1]].slugs) if pos + 1 < len(claim_idx) else set()
        hits_by: dict[str, list] = {}
        for h in v.decision.hits:
            hits_by.setdefault(h.slug, []).append(h)
        cand_domains = Counter(domains.get(s, "?") for s in cands)
        rule_domains = Counter(domains.get(s, "?") for s in rule)
        nouns = sorted({t.form for t in v.tokens if t.tag in ("NNG", "NNP") and len(t.form) > 1})
        by_domain: dict[str, list[str]] = {}
        unit_targets = set(_targets(v, target_words))
        compact = v.text.replace(" ", "")
        content = [t for t in v.tokens if t.tag not in PUNCT] if "morph" in groups else []
        n_exact = sum(1 for s in cands if any(not h.generic and not h.fuzzy for h in hits_by.get(s, ())))
        rows = []
        for s in cands:
            dom = domains.get(s, "?")
            hs = hits_by.get(s, [])
            src = "rule" if s in rule else "hit" if hs else "ctx"
            targeted = s in unit_targets
            f = ["bias", f"src={src}", f"reason={d.reason}", f"src={src}|reason={d.reason}"]
            if s in rule:
                f.append(f"rule_rank={bucket(d.slugs.index(s), (0, 1))}")
                f.append(f"rule_n={bucket(len(d.slugs), (1, 2, 3))}")
            if hs:
                kinds = {"generic" if h.generic else "fuzzy" if h.fuzzy else "exact" for h in hs}
                for k in sorted(kinds):
                    f.append(f"hit={k}")
                    f.append(f"hit={k}|src={src}")
                if not any(h.keyword in compact for h in hs):
                    f.append("hit_not_literal")  # a morpheme/alias/pattern hit
                f.append(f"hits_n={bucket(len(hs), (1, 2))}")
                if "keyword" in groups:
                    for h in hs[:3]:
                        f.append(f"kw={h.keyword}")
                    f.append(f"kwlen={bucket(max(len(h.keyword) for h in hs), (1, 2, 3, 4, 6))}")
                if "morph" in groups:
                    f.extend(_around(content, hs[0]))
            else:
                f.append("no_hit")
            if "slug" in groups:
                f.append(f"slug={s}")
                f.append(f"dom={dom}")
                f.append(f"slug={s}|src={src}")
            if "context" in groups:
                if targeted:
                    f.append("target_word")
                    f.append(f"target_word|src={src}")
                if s in headline_slugs:
                    f.append("in_headline")
                    f.append(f"in_headline|src={src}")
                if s in prev:
                    f.append("in_prev")
                    f.append(f"in_prev|src={src}")
                if s in nxt:
                    f.append("in_next")
                if v.quoted:
                    f.append("quoted")
                if v.speaker:
                    f.append("speaker")
                f.append(f"n_cand={bucket(len(cands), (1, 2, 3, 4))}")
                if cand_domains[dom] > 1:
                    f.append("same_domain_cand")
                if s not in rule and rule_domains[dom] > 0:
                    f.append("same_domain_as_rule")
                if s not in rule and n_exact:
                    f.append("other_exact_hit")
                if s in rule and len(rule) > 1:
                    f.append("rule_shared")
            if "article" in groups:
                others = claimed[s] - (1 if s in rule else 0)
                f.append(f"art_claims={bucket(others, (0, 1, 2, 4, 8))}")
                f.append(f"art_claims={bucket(others, (0, 1, 2, 4, 8))}|src={src}")
                if claimed[s] and claimed[s] == top:
                    f.append("art_top")
                f.append(f"art_hits={bucket(hit_counts[s], (0, 1, 2, 4, 8))}")
            if "lex" in groups:
                f.extend(f"{s}|{m}" for m in nouns)
            if "lexdom" in groups:
                if dom not in by_domain:
                    by_domain[dom] = [f"{dom}|{m}" for m in nouns]
                f.extend(by_domain[dom])
            if "cross" in groups:
                f.append(f"dom={dom}|src={src}")
                if hs:
                    f.append(f"slug={s}|hit={'generic' if all(h.generic for h in hs) else 'spec'}")
            rows.append((s, f))
        out[i] = rows
    return out


def _around(content: Sequence[TokenLike], hit: PolicyHit) -> list[str]:
    """The content morphemes (`content`: the unit's tokens without punctuation) right before and
    after a hit."""
    before = [t for t in content if t.end <= hit.start]
    after = [t for t in content if t.start >= hit.end]
    f = []
    if before:
        f.append(f"mb={before[-1].form}/{before[-1].tag[:2]}")
    else:
        f.append("mb=^")
    if after:
        f.append(f"ma={after[0].form}/{after[0].tag[:2]}")
        if len(after) > 1:
            f.append(f"ma2={after[1].form}/{after[1].tag[:2]}")
    else:
        f.append("ma=$")
    return f


def decide(
    rows: Sequence[tuple[str, Sequence[str]]],
    rule_slugs: Sequence[str],
    probabilities: Sequence[float],
    add_threshold: float,
    keep_threshold: float,
) -> tuple[str, ...]:
    """The kept slugs (candidate order): the rules' at or above `keep_threshold`, the others at or
    above `add_threshold`; never none (the rules' most probable stays)."""
    kept = tuple(
        s
        for (s, _), p in zip(rows, probabilities, strict=True)
        if p >= (keep_threshold if s in rule_slugs else add_threshold)
    )
    if kept or not rule_slugs:
        return kept
    best = max((k for k, (s, _) in enumerate(rows) if s in rule_slugs), key=lambda k: (probabilities[k], -k))
    return (rows[best][0],)


# the dataset builder's view of every article: (views, claim decisions, headline slugs)
HOOK: Hook[SlugModel] = Hook()
recording_slugs = HOOK.attached


_SHIPPED = object()


def rerank(
    views: Sequence[UnitView],
    decisions: Sequence[UnitPolicies],
    headline_slugs: frozenset[str],
    reference: Reference,
    model: SlugModel | object | None = _SHIPPED,
) -> list[UnitPolicies]:
    from tracker.extract.learned.model import policy_domains

    out = list(decisions)
    if model is _SHIPPED:
        model = HOOK.model(load_slug_model)
    assert model is None or isinstance(model, SlugModel)
    for record in HOOK.callbacks:
        record(views, out, headline_slugs)
    if model is None or not model.enabled:
        return out
    from tracker.extract.policies.lexicon import build_lexicon

    feats = pair_features(
        views,
        decisions,
        headline_slugs,
        policy_domains(reference),
        model.groups,
        build_lexicon(reference).target_words,
    )
    for i, rows in feats.items():
        probs = [model.probability(f) for _, f in rows]
        slugs = decide(rows, decisions[i].slugs, probs, model.threshold, model.keep_threshold)
        if slugs != decisions[i].slugs:
            d = decisions[i]
            out[i] = UnitPolicies(slugs, d.confidence, d.reason, d.hits)
    return out


def rerank_units(
    units: Sequence[Unit],
    decisions: Sequence[UnitPolicies],
    speakers: Sequence[Speaker],
    eligible: Sequence[bool],
    headline_slugs: frozenset[str],
    reference: Reference,
) -> list[UnitPolicies]:
    """The hook of `claims.run` after the claim decisions: each claim's policies re-ranked."""
    if not any(d.slugs for d in decisions):
        return list(decisions)
    views = unit_views(units, decisions, speakers, eligible)
    return rerank(views, decisions, headline_slugs, reference)
