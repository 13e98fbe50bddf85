"""When a generic keyword (`교육`, `안전`, `고용` ...) names its policy: not as a participant
(`교육생`) or as the format of another programme in an article that never names the field, and only for
a policy the article uses it for often, names specifically or is solely about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from tracker.extract.policies.lists import _listed
from tracker.extract.policies.values import PolicyHit, TokenLike

# A generic word that is also the name of a field names the policy only in an article that is about the
# field at all: `교육` is the format of a job-training course (`드론 자격증 교육과정`, `교육이 실시될
# 예정이다`) unless the article names schools, pupils, teachers or the education office (or the
# policy's own specific words, `무상급식`, `교재`).
_FIELD_ANCHORS: dict[str, re.Pattern[str]] = {
    "교육": re.compile(
        r"학교|학생|학부모|교사|교원|교육청|교육감|유치원|초등|중학|고교|고등학|대학|수업|교과|입시|학력|급식"
        r"|방과후|공교육|사교육|평생교육|교육격차|교육복지|교육특구|교육발전특구|교육도시|교재"
    ),
}
# Suffixes that turn a generic word into a participant (`교육생`, `훈련생`): the trainees of a course,
# not the policy.
_PARTICIPANT_SUFFIXES = frozenset({"생"})


def _without_format_words(
    raw: Sequence[Sequence[PolicyHit]],
    texts: Sequence[str],
    tokens: Sequence[Sequence[TokenLike]],
    eligible: Sequence[bool],
    headline: str | None,
) -> list[list[PolicyHit]]:
    """The hits without generic words that name a participant (`교육생`) or only the format of another
    programme: a field's name (`교육`) in an article that never names the field itself (no school,
    pupil or education office: `드론 자격증 교육과정`, `교육의 장`)."""
    body = "".join(t for t, ok in zip(texts, eligible, strict=True) if ok) + (headline or "")
    body = re.sub(r"\s", "", body)
    unanchored = {word for word, anchor in _FIELD_ANCHORS.items() if not anchor.search(body)}
    kept: list[list[PolicyHit]] = []
    for hits, toks in zip(raw, tokens, strict=True):
        if not any(h.generic for h in hits):
            kept.append(list(hits))
            continue
        after = {t.start: toks[k + 1] for k, t in enumerate(toks[:-1])}
        listed = _listed(hits, toks)  # `돌봄·교육, 주민자치`: an item of a list of policies names one
        kept.append(
            [
                h
                for h in hits
                if not h.generic
                or not (
                    (h.keyword in unanchored and h not in listed)
                    or (
                        (nxt := after.get(h.start)) is not None
                        and nxt.start == h.end
                        and nxt.tag == "XSN"
                        and nxt.form in _PARTICIPANT_SUFFIXES
                    )
                )
            ]
        )
    return kept


def _generic_allowed(slug: str, topics: Counter[str], generic_counts: Counter[str]) -> bool:
    """A generic keyword counts when the article uses it often (3+), when the policy is also named by a
    specific keyword or the headline, or when it is the only policy the article touches."""
    if generic_counts[slug] >= 3:
        return True
    specific = {s for s, v in topics.items() if v > generic_counts[s]}
    return slug in specific or (not specific and len(topics) == 1)


# Generic words of hiring that, with a number of people, report jobs (`72명의 지역 인력을 고용할 예정이다`,
# `150명을 고용하기로`): a count of people hired or placed is a job outcome whatever the article is about.
_HIRING = frozenset({"고용", "채용", "취업"})


def _counted(hits: Sequence[PolicyHit], tokens: Sequence[TokenLike]) -> list[PolicyHit]:
    """Generic hiring hits whose object is a number of people (`72명의 지역 인력을 고용`, `150명을 고용`):
    a figure with `명` among the few words before the keyword, in the same phrase (no verb between)."""
    found = []
    for h in hits:
        if not h.generic or h.keyword not in _HIRING:
            continue
        k = next((i for i, t in enumerate(tokens) if t.start == h.start), None)
        if k is None:
            continue
        for j in range(k - 1, max(-1, k - 7), -1):
            t = tokens[j]
            if t.tag.startswith(("V", "E")) or t.tag == "XSV":
                break
            if t.form == "명" and j and tokens[j - 1].tag == "SN":
                found.append(h)
                break
    return found
