"""What an article is about: a score per policy from its hits and headline, and the one policy it
is about throughout (the headline names it and a third of the body does, or nearly every sentence
does), which sentences without keywords may continue."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from tracker.extract.policies.generic import _generic_allowed
from tracker.extract.policies.values import PolicyHit


def article_topics(
    unit_hits: Sequence[Sequence[PolicyHit]],
    headline_hits: Sequence[PolicyHit] = (),
) -> Counter[str]:
    """How strongly the article is about each policy: hits in the body plus a bonus for the headline."""
    score: Counter[str] = Counter()
    for hits in unit_hits:
        for hit in hits:
            score[hit.slug] += 1 if hit.generic else 2
    for hit in headline_hits:
        score[hit.slug] += 3
    return score


def _running_topic(
    raw: Sequence[Sequence[PolicyHit]],
    eligible: Sequence[bool],
    asserts: Sequence[bool],
    headline_hits: Sequence[PolicyHit],
    topics: Counter[str],
    generic_counts: Counter[str],
) -> tuple[str, ...]:
    """The policy an article is about throughout, if any: the one its headline names, or (without a
    headline policy) the one or two that nearly every sentence names. Sentences of such an article
    continue it even without keywords (`시설운영은 2025~2026년에 시작할 것으로 예상하고 있다`)."""
    body = [hits for hits, ok, full in zip(raw, eligible, asserts, strict=True) if ok and full]
    if len(body) < 3:
        return ()
    accepted = [
        [h.slug for h in hits if not h.generic or _generic_allowed(h.slug, topics, generic_counts)]
        for hits in body
    ]
    counts = Counter(
        s for slugs in accepted for s in dict.fromkeys(slugs)
    )  # ordered: ties go the same way every run
    headline_slugs = {h.slug for h in headline_hits if not h.generic}
    if headline_slugs and len(headline_slugs) <= 2:
        # the body must bear the headline out: a third of its sentences name the policy
        ranked = [s for s, _ in counts.most_common() if s in headline_slugs and counts[s] / len(body) >= 0.3]
        return (ranked[0],) if ranked else ()
    share = sum(1 for slugs in accepted if slugs) / len(body)
    if not headline_slugs and counts and share >= 0.6 and len(counts) <= 2:
        return (counts.most_common(1)[0][0],)
    return ()
