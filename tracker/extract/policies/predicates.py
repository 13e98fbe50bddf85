"""What a unit's tokens say about its predicate: whether it finishes one (a caption does not, and
asserts nothing) and which words are its verbs (the acts other rules look at)."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.extract.policies.values import TokenLike

# Kiwi's tags of punctuation and symbols (quote marks, brackets, full stops): never a word. Not `SL`, `SN`,
# `SH`: a Latin, numeral or Hanja token is a word (`LH가`).
MARK_TAGS = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SW", "SO"})


def has_predicate(tokens: Sequence[TokenLike]) -> bool:
    """A unit that ends without a finished predicate (a caption like `… 위치한 ‘국가물산업클러스터’ 전경.`)
    asserts nothing; news style may end on a plan noun (`추진할 계획.`), speech on a connective + 요."""
    content = [t for t in tokens if t.tag not in MARK_TAGS]
    if not content:
        return False
    if any(t.tag == "EF" for t in content):
        return True
    if len(content) >= 2 and content[-1].form == "것" and content[-2].tag == "ETM":
        return True
    if len(content) >= 2 and content[-1].form == "요" and content[-2].tag == "EC":
        return True  # spoken polite endings (`지원 정책도 펴는데요`, `개편형이 있고요`)
    return content[-1].form in {"계획", "방침", "예정", "전망", "목표", "계획이다"} or content[-1].tag in {
        "EC",
        "ETM",
    }


def past_tense(tokens: Sequence[TokenLike]) -> bool:
    """A past tense (`체결했습니다`, `줄었다`): the unit reports an act or a result, not a plan or a state."""
    return any(t.tag == "EP" and t.form in _PAST for t in tokens)


_PAST = frozenset({"었", "았", "였", "ᆻ"})


def _verbs(tokens: Sequence[TokenLike]) -> list[TokenLike]:
    """The unit's verbs: Kiwi `VV`, and verbal nouns with their 하/되 (`방문해`, `소개하며`)."""
    return [
        t
        for i, t in enumerate(tokens)
        if t.tag == "VV"
        or (
            t.tag.startswith("NN")
            and i + 1 < len(tokens)
            and tokens[i + 1].tag == "XSV"
            and tokens[i + 1].start == t.end
        )
    ]
