"""The article's own words for its one policy (`대구공항 통합이전` -> 공항, 이전): in an article whose
keyword claims are all about one policy, a sentence that uses them is about it too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tracker.extract.policies.lexicon import Lexicon
from tracker.extract.policies.values import TokenLike, UnitPolicies

# Nouns too common to tell what a sentence is about, even in an article about one policy.
_VOCABULARY_STOP = frozenset(
    {"사업", "정책", "지역", "시민", "주민", "계획", "추진", "지원", "조성", "확대", "강화", "활성화", "육성",
     "운영", "구축", "개발", "도시", "산업", "시설", "센터", "통합", "회복", "활용", "마련", "도입", "시행",
     "방안", "대책", "문제", "분야", "관련", "우리", "전국", "최초", "민간", "이번", "해당", "국가", "광역",
     # the people a policy serves, named in every sentence about them
     "청년", "학생", "어르신", "노인", "아동", "여성", "구민", "군민", "도민", "시민들", "주민들"}
)  # fmt: skip


@dataclass(frozen=True)
class _Vocabulary:
    """The words an article uses for the one policy its claims are about: the nouns of its keywords
    and of the noun compounds around them (`대구공항 통합이전` -> 공항, 이전; `물의 권리` -> 물, 권리)."""

    slug: str
    nouns: frozenset[str]
    names: frozenset[str]  # proper nouns of those compounds (`대구` of `대구공항`)

    def named_in(self, tokens: Sequence[TokenLike]) -> bool:
        """Whether a sentence uses one of the nouns as a word of its own (`군공항만 옮겨야`), not as
        the tail of another proper name (`청주공항`)."""
        for k, t in enumerate(tokens):
            if t.tag != "NNG" or t.form not in self.nouns:
                continue
            # the modifier of another compound (`직무역량`) is not the word itself, nor is a word a suffix
            # makes into another (`실업률`: a rate, a statistic about the people, not the policy)
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if (
                nxt is not None
                and nxt.start == t.end
                and (nxt.tag.startswith("NN") or (nxt.tag == "XSN" and nxt.form != "들"))
            ):
                continue
            prev = tokens[k - 1] if k else None
            if prev is not None and prev.tag == "NNP" and prev.end == t.start and prev.form not in self.names:
                continue
            return True
        return False


def _topic_vocabulary(
    results: Sequence[UnitPolicies], tokens: Sequence[Sequence[TokenLike]], lexicon: Lexicon
) -> _Vocabulary | None:
    """The vocabulary of the one policy every keyword claim of the article is about (None when the
    claims name several policies, or fewer than two sentences name it)."""
    claims = [(r, toks) for r, toks in zip(results, tokens, strict=True) if r.reason == "keyword"]
    if len(claims) < 2:
        return None
    common = set(claims[0][0].slugs).intersection(*(r.slugs for r, _ in claims[1:]))
    if len(common) != 1:
        return None
    slug = common.pop()
    nouns: set[str] = set()
    names: set[str] = set()
    for r, toks in claims:
        for hit in r.hits:
            if hit.slug != slug or hit.generic:
                continue
            inside = [k for k, t in enumerate(toks) if t.start < hit.end and hit.start < t.end]
            if not inside:
                continue
            first, last = inside[0], inside[-1]
            # the compound the keyword is glued into (`대구공항통합이전`), not the spaced words around it
            while (
                first > 0
                and toks[first - 1].tag in {"NNG", "NNP"}
                and toks[first - 1].end == toks[first].start
            ):
                first -= 1
            while (
                last + 1 < len(toks)
                and toks[last + 1].tag in {"NNG", "NNP"}
                and toks[last].end == toks[last + 1].start
            ):
                last += 1
            for t in toks[first : last + 1]:
                # a noun that is a keyword itself (`교육`, `구직자`) counts, or not, by the keyword rules
                if t.tag == "NNG" and t.form not in _VOCABULARY_STOP and t.form not in lexicon.by_compact:
                    nouns.add(t.form)
                elif t.tag == "NNP":
                    names.add(t.form)
    return _Vocabulary(slug, frozenset(nouns), frozenset(names)) if nouns else None
