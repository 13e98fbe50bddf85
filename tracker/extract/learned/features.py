"""General features of the units the rules decided about, for the learned claim model.

Only what holds for any article: the unit's Kiwi morphemes and its final predicate, what the rules said
(their reason, the keyword hits and the hits' domains), whether it is quoted or has a speaker, the claims
around it, the headline, its place in the article. No article ids, URLs or outlet names.

`article_features` returns one list of feature names per unit (binary features; a name present is 1).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tracker.extract.policies.values import TokenLike, UnitPolicies

if TYPE_CHECKING:
    from tracker.extract.speakers import Speaker
    from tracker.extract.units import Unit
    from tracker.reference import Reference

# morpheme tags kept as unigram features (content words, endings, particles that mark the topic)
_KEEP_TAGS = frozenset(
    {"NNG", "NNP", "NNB", "NR", "NP", "VV", "VA", "VX", "VCP", "VCN", "MM", "MAG", "MAJ", "XR",
     "XSV", "XSA", "XSN", "XPN", "EP", "EF", "EC", "ETM", "ETN", "JX", "JKS", "JKO", "JKB", "JC"}
)  # fmt: skip
PUNCT = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW", "SL", "SH", "SN", "W_SERIAL"})
_PREDICATE_TAGS = frozenset({"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"})


@dataclass(frozen=True)
class UnitView:
    """What the features read of one unit (a `Unit` and its decision, flattened)."""

    text: str
    tokens: Sequence[TokenLike]
    paragraph: int
    sentence: int
    quoted: bool
    speaker: bool  # a speaker (a person key or a name as written) says it
    eligible: bool
    decision: UnitPolicies


def unit_views(
    units: Sequence[Unit],
    decisions: Sequence[UnitPolicies],
    speakers: Sequence[Speaker],
    eligible: Sequence[bool],
) -> list[UnitView]:
    """The units of one article as the learned models read them, with the decisions so far."""
    return [
        UnitView(
            text=u.text,
            tokens=u.tokens,
            paragraph=u.paragraph,
            sentence=u.sentence,
            quoted=u.quoted,
            speaker=bool(s.person_key or s.text),
            eligible=ok,
            decision=d,
        )
        for u, d, s, ok in zip(units, decisions, speakers, eligible, strict=True)
    ]


def headline_slugs(headline: str | None, reference: Reference) -> frozenset[str]:
    """The policy slugs the headline's keywords name (looked up once per article by `claims.run`)."""
    from tracker.extract.policies.headline import _headline_hits
    from tracker.extract.policies.lexicon import build_lexicon

    return frozenset(h.slug for h in _headline_hits(headline, build_lexicon(reference)))


def bucket(value: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _predicate(tokens: Sequence[TokenLike]) -> list[str]:
    """The final predicate: the last verb-like morpheme with the noun before it and the endings after it."""
    content = [t for t in tokens if t.tag not in PUNCT]
    feats: list[str] = []
    last = next((k for k in range(len(content) - 1, -1, -1) if content[k].tag in _PREDICATE_TAGS), None)
    if last is None:
        return ["fin=none"]
    verb = content[last]
    feats.append(f"fin={verb.form}/{verb.tag}")
    if verb.tag in {"XSV", "XSA", "VCP"} and last > 0 and content[last - 1].tag.startswith("NN"):
        feats.append(f"fin={content[last - 1].form}+{verb.form}")
    for t in content[last + 1 : last + 4]:
        if t.tag.startswith("E"):
            feats.append(f"end={t.form}/{t.tag}")
    return feats


def _morphemes(tokens: Sequence[TokenLike]) -> list[str]:
    feats = []
    for t in tokens:
        if t.tag in _KEEP_TAGS or t.tag.startswith("VV") or t.tag.startswith("VA"):
            feats.append(f"m={t.form}/{t.tag[:3]}")
    content = [t for t in tokens if t.tag not in PUNCT]
    if content:
        feats.append(f"first={content[0].form}/{content[0].tag[:3]}")
        if len(content) > 1:
            feats.append(f"first2={content[0].form}+{content[1].form}")
    return feats


def article_features(
    views: Sequence[UnitView],
    domains: Mapping[str, str],
    headline_slugs: frozenset[str],
    *,
    only: Sequence[int] | None = None,
) -> dict[int, list[str]]:
    """Feature names per unit index (of `only`, default every eligible unit)."""
    n = len(views)
    claim = [bool(v.decision.slugs) for v in views]
    article_slugs: dict[str, int] = {}
    for v in views:
        for s in v.decision.slugs:
            article_slugs[s] = article_slugs.get(s, 0) + 1
    claims_total = sum(claim)
    eligible_total = sum(v.eligible for v in views) or 1
    paragraphs = max((v.paragraph for v in views), default=0) + 1
    indices = [i for i in range(n) if views[i].eligible] if only is None else list(only)
    out: dict[int, list[str]] = {}
    # the last claim before each unit and its distance
    last_claim: list[int | None] = []
    seen: int | None = None
    for i in range(n):
        last_claim.append(seen)
        if claim[i]:
            seen = i
    next_claim: list[int | None] = [None] * n
    seen = None
    for i in range(n - 1, -1, -1):
        next_claim[i] = seen
        if claim[i]:
            seen = i
    for i in indices:
        v = views[i]
        d = v.decision
        f = ["bias", f"reason={d.reason}"]
        if d.slugs:
            f.append("rule_claim")
        if v.quoted:
            f.append("quoted")
        if v.speaker:
            f.append("speaker")
            if v.quoted:
                f.append("quoted_speaker")
        hit_slugs = {h.slug for h in d.hits}
        if hit_slugs:
            f.append("hits")
            f.append(f"hits_n={bucket(len(hit_slugs), (1, 2))}")
            if all(h.generic for h in d.hits):
                f.append("hits_generic_only")
            if any(h.fuzzy for h in d.hits):
                f.append("hits_fuzzy")
            for s in hit_slugs:
                f.append(f"dom={domains.get(s, '?')}")
            if hit_slugs & headline_slugs:
                f.append("hit_in_headline")
            if any(article_slugs.get(s, 0) for s in hit_slugs):
                f.append("hit_is_article_claim")
                if any(article_slugs.get(s, 0) >= 3 for s in hit_slugs):
                    f.append("hit_is_article_topic")
        else:
            f.append("no_hits")
        if headline_slugs:
            f.append("headline_policy")
        lc = last_claim[i]
        if lc is None:
            f.append("no_claim_before")
        else:
            dist = i - lc
            f.append(f"dist={bucket(dist, (1, 2, 3, 5))}")
            prev = views[lc]
            if prev.paragraph == v.paragraph:
                f.append("claim_same_paragraph")
            if prev.sentence == v.sentence:
                f.append("claim_same_sentence")
            if hit_slugs & set(prev.decision.slugs):
                f.append("hit_is_prev_claim")
            if set(prev.decision.slugs) & headline_slugs:
                f.append("prev_claim_in_headline")
            if prev.quoted and v.quoted:
                f.append("prev_claim_quoted_too")
            if prev.decision.reason != "keyword":
                f.append("prev_claim_carried")
        if i > 0 and claim[i - 1]:
            f.append("prev1_claim")
        if i > 1 and claim[i - 2]:
            f.append("prev2_claim")
        nc = next_claim[i]
        if nc is not None and nc - i == 1:
            f.append("next1_claim")
        if nc is None:
            f.append("no_claim_after")
        if i == 0 or views[i - 1].paragraph != v.paragraph:
            f.append("paragraph_first")
        f.append(f"para_pos={bucket(int(5 * v.paragraph / paragraphs), (0, 1, 2, 3))}")
        f.append(f"claims_share={bucket(int(10 * claims_total / eligible_total), (1, 3, 5, 7))}")
        f.append(f"len={bucket(len(v.tokens), (5, 10, 20, 35, 60))}")
        f.extend(_context_pairs(f))
        f.extend(_morphemes(v.tokens))
        f.extend(_predicate(v.tokens))
        out[i] = f
    return out


# the unit's context, whose pairs the claim model weighs together: a quoted unit right after a claim, a short unit
# without keyword hits... (a linear model weighs each feature alone; 0.108.0: leave-set-out claim F1 0.9017 -> 0.9032,
# policy F1 0.8002 -> 0.8014 in 7 folds at l2 5; crosses of the final predicate with these gave nothing). No
# paragraph features: a text's paragraphs depend on how it was saved (one line, or wrapped by a program's source,
# tests/clean/test_source_wrapped_text.py), and pairs of them made the model's decisions depend on it too.
_CONTEXT = frozenset(
    {"quoted", "speaker", "no_hits", "hits_generic_only", "hit_in_headline", "prev1_claim", "next1_claim",
     "no_claim_before"}
)  # fmt: skip
_CONTEXT_PREFIXES = ("reason=", "dist=", "len=", "claims_share=")


def _context_pairs(features: Sequence[str]) -> list[str]:
    context = [f for f in features if f in _CONTEXT or f.startswith(_CONTEXT_PREFIXES)]
    return [f"{a}&{b}" for k, a in enumerate(context) for b in context[k + 1 :]]
