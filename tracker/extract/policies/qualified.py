"""Hits that another policy's words qualify and that therefore name no policy of their own: a
beneficiary after another keyword (`방범 취약계층`), the scene of the sentence (`저출산·고령화 시대에`), one
example of another policy (`스마트 팜 … 등 스마트 이야기`) and a technology as a device's basis (`IoT 기반`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.policies.lists import _list_mark
from tracker.extract.policies.values import PolicyHit, TokenLike

# Beneficiary words that another policy's keyword can qualify (`방범 취약계층`, `폭염 취약계층`: the people
# a safety measure protects, not welfare policy).
BENEFICIARIES = frozenset({"취약계층", "소외계층", "저소득층", "소외이웃", "소외된이웃"})
# Technology words that describe how a device of another policy works (`사물인터넷(IoT) 기반 장치`, `AI
# 기반 CCTV`).
_AS_BASIS = re.compile(r"[)’']?(?:\([^)]{1,12}\))?기반")


def _qualified(
    hits: Sequence[PolicyHit],
    text: str,
    offset: int,
    once: frozenset[str] = frozenset(),
    tokens: Sequence[TokenLike] | None = None,
    people_only: frozenset[str] = frozenset(),
) -> list[PolicyHit]:
    """`hits` without the ones another policy's word qualifies: a beneficiary word right after another
    policy's keyword (`방범 취약계층`) or, in an article that names their policy only by its people
    (`people_only`), next to another policy's specific keyword (`미세먼지 … 취약계층 보호를 … 추진해`: whom
    the fine-dust measure protects), a keyword in the setting of the sentence (`저출산·고령화 시대에`), a
    policy the article names only here as one example of another's (`스마트 팜, 스마트 시티 등 온통
    스마트 이야기`) and, in a sentence that names another policy, a technology named
    only as the basis of a device (`IoT 기반 장치`) or as the first word of a device's name (`IoT
    미세먼지알리미`, `AI 환기시스템`) by an article that names it nowhere else (`once`; an article about a
    `빅데이터 기반의 CPTED 플랫폼` names big data again)."""
    if len({h.slug for h in hits}) < 2:
        return list(hits)
    kept = []
    for hit in hits:
        others = [h for h in hits if h.slug != hit.slug]
        if hit.keyword in BENEFICIARIES and (
            any(0 <= hit.start - h.end <= 1 for h in others)
            or (hit.slug in people_only and any(not h.generic for h in others))
        ):
            continue
        if (
            tokens is not None
            and _in_setting(hit, tokens)
            and any(not _in_setting(h, tokens) for h in others)
        ):
            continue
        if tokens is not None and hit.generic and _answered_by_programme(hit, tokens, others):
            continue
        if tokens is not None and hit.slug in once and _example_of(hit, tokens, others):
            continue
        if (
            hit.slug in once
            and hit.slug == "fourth-industrial-revolution"
            and (
                _AS_BASIS.match(re.sub(r"\s", "", text[hit.end - offset : hit.end - offset + 20]))
                or (
                    tokens is not None
                    and any(not h.generic for h in others)
                    and _modifies_a_device(hit, tokens)
                )
            )
        ):
            continue
        kept.append(hit)
    return kept


# Nouns after a technology word that make it the field itself (`AI 산업`, `빅데이터 기술`, `AI 인재 양성`),
# not the way a device works.
_TECH_FIELDS = frozenset(
    {"산업", "기술", "분야", "인재", "기업", "생태계", "혁명", "시대", "융합", "전문가", "교육", "클러스터",
     "산업화", "연구", "개발", "분석", "활용", "도입", "기반"}
)  # fmt: skip


# The technologies of the fourth industrial revolution that devices are built on.
_TECHNOLOGIES = frozenset({"IoT", "AI", "사물인터넷", "인공지능", "빅데이터"})


def _modifies_a_device(hit: PolicyHit, tokens: Sequence[TokenLike]) -> bool:
    """The technology word is the first word of a noun phrase that names a thing of another policy (`IoT
    미세먼지알리미`, `AI 환기시스템`): it says how the device works, as `IoT 기반 장치` does."""
    if hit.keyword not in _TECHNOLOGIES:
        return False  # `4차산업 경쟁력`: the policy's own name, not a device's technology
    k = next((i for i, t in enumerate(tokens) if t.start >= hit.end), None)
    if k is None or k == 0 or tokens[k - 1].end != hit.end:
        return False
    nxt = tokens[k]
    return nxt.tag.startswith("NN") and nxt.start - hit.end <= 1 and nxt.form not in _TECH_FIELDS


# Nouns that make what comes before them the circumstances of the sentence (`저출산·고령화 시대에`,
# `코로나19 여파로`, `기후위기 속에서`), and the verbs of a cause (`저출산에 따른 인구절벽`, `…로 인한`).
_SETTING_NOUNS = frozenset({"시대", "여파", "추세", "흐름", "속", "상황", "가운데", "국면"})
_CAUSE_VERBS = frozenset({"따르", "인하"})
# `코로나19로 힘든 상인들`, `…로 어려운 소상공인`: the hardship a cause brings on the people it qualifies
_HARDSHIP = frozenset({"힘들", "어렵", "지치"})
_ANSWERING = frozenset({"맞", "걸맞", "부응", "대응", "대비", "발맞추", "발맞춰"})
_NOUN_PHRASE_TAGS = ("NN", "XSN", "XPN", "SN", "SL", "SH")


def _in_setting(hit: PolicyHit, tokens: Sequence[TokenLike]) -> bool:
    """The keyword belongs to a noun phrase that sets the scene (`저출산·고령화 시대에 …`, `저출산·고령화에
    따른 인구절벽을 허무는 열쇠`): the circumstance or cause of what the sentence says, not its subject."""
    k = next((i for i, t in enumerate(tokens) if t.end >= hit.end), None)
    if k is None:
        return False
    k += 1
    while k < len(tokens):
        t = tokens[k]
        if t.tag.startswith("NN") and t.form in _SETTING_NOUNS:
            if not (k + 1 < len(tokens) and tokens[k + 1].tag.startswith(("JKB", "JX"))):
                return False
            # `4차 산업혁명 시대에 맞는 과학행정`, `기후위기 시대에 대응해`: what is done answers to it
            verb = tokens[k + 2] if k + 2 < len(tokens) else None
            return verb is None or verb.form not in _ANSWERING
        if t.tag.startswith(_NOUN_PHRASE_TAGS) or t.form in {"·", "・", "․", ","}:
            k += 1
            continue
        if t.tag == "JKB" and k + 2 < len(tokens):
            verb, ending = tokens[k + 1], tokens[k + 2]
            # `…에 따른` / `…로 인한` (a cause that qualifies a noun), not `…에 따라` (according to a plan)
            return ending.tag == "ETM" and (
                (verb.form in _CAUSE_VERBS and verb.tag == "VV")
                or (t.form in {"로", "으로"} and verb.form in _HARDSHIP and verb.tag == "VA")
            )
        return False
    return False


def _example_of(hit: PolicyHit, tokens: Sequence[TokenLike], others: Sequence[PolicyHit]) -> bool:
    """The keyword is one example in `A, B 등 N` whose head N names another policy (`스마트 팜, 스마트
    시티 등 온통 스마트 이야기`): the list illustrates N's policy."""
    k = next((i for i, t in enumerate(tokens) if t.end >= hit.end), None)
    if k is None:
        return False
    k += 1
    while k < len(tokens) and (tokens[k].tag.startswith(_NOUN_PHRASE_TAGS) or _list_mark(tokens[k])):
        if tokens[k].form == "등" and tokens[k].tag == "NNB":
            break
        k += 1
    if k >= len(tokens) or tokens[k].form != "등":
        return False
    k += 1
    while k < len(tokens) and tokens[k].tag in {"MAG", "MM", "JKG"}:
        k += 1
    head = []
    while k < len(tokens) and tokens[k].tag.startswith("NN"):
        head.append(tokens[k])
        k += 1
    return any(h.start < t.end and t.start < h.end for h in others for t in head)


# `코로나19 대응 소상공인 지원사업`, `코로나 극복 일자리 사업`: nouns that make a crisis the occasion of the
# programme named after them.
_RESPONSE_NOUNS = frozenset({"대응", "극복"})


def _answered_by_programme(hit: PolicyHit, tokens: Sequence[TokenLike], others: Sequence[PolicyHit]) -> bool:
    """A scene-setting word (`코로나19`) followed by `대응`/`극복` as a noun that modifies a programme of
    another policy (`코로나19 대응 ‘금천구 소상공인 지원사업’`, m-09): the crisis is the occasion, the
    programme's policy is the claim's. `코로나19 대응 방역` (the crisis's own policy word) and `코로나19에
    대응해` (a verb: responding is the act) keep it."""
    k = next((i for i, t in enumerate(tokens) if t.start >= hit.end), None)
    if k is None or tokens[k].form not in _RESPONSE_NOUNS or not tokens[k].tag.startswith("NN"):
        return False
    k += 1
    while k < len(tokens) and (
        tokens[k].tag.startswith(_NOUN_PHRASE_TAGS) or tokens[k].tag in {"SSO", "SSC"}
    ):
        if any(not h.generic and h.start <= tokens[k].start < h.end for h in others):
            return True
        k += 1
    return False
