"""Criticism: criticising verbs and words (`비판했다`, `우려를 나타냈다`, `졸속`), problems
raised, regret, and negative evaluation of a policy's handling (`소극적`, `…는 지적도 나온다`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.kinds.values import Morpheme

# Criticising predicates, counted only as a verb (`…를 지적했다`, `우려를 나타냈다`), not as a noun elsewhere.
_CRITICISM_VERBS = frozenset({"지적", "우려", "성토", "반대", "문제삼"})

_PROBLEM = re.compile(r"문제(?:점)?(?:이|가)\s?(?:있|많|심각|크)|문제(?:를|로)\s?(?:제기|삼)|문제점을")

_CRITICISM_STEMS = frozenset(
    {
        "비판",
        "비난",
        "질타",
        "꼬집",
        "반발",
        "규탄",
        "부실",
        "졸속",
        "특혜",
        "의혹",
        "실패",
        "혈세",
        "불신",
        "월권",
        "무책임",
        "불통",
        "탁상행정",
        "전시행정",
        "낭비",
    }
)

# Negative evaluation of a policy or of an actor's handling of it (criticism; ANNOTATION_NOTES kind
# rule): a passive or half-hearted handling (`소극적이지 않았는지`, `미온적`, `늑장 대응`), an
# evaluation reported as a dissenting view (`…숟가락만 올렸다는 평가도 있다`, `…지적도 나온다`), or
# a right or role not exercised as it should be (`권리는 온전히 행사하지 못하고 있다`).
_NEGATIVE_HANDLING = re.compile(
    r"소극적|미온적|안일(?:하|한|했)|미흡(?:하|했|한)|늑장|뒷북|허술(?:하|한|했)|무사안일|실망(?:감|스럽|스러)"
)

_DISSENT = re.compile(
    r"(?:다는|라는|는|란)\s?(?:평가|지적|비판|목소리|우려|볼멘소리|비아냥)(?:도|까지)\s?(?:있|나오|나왔|제기|잇따르|일)"
)

_NOT_EXERCISED = re.compile(
    r"(?:제대로|온전히|충분히|여전히)\s?[가-힣]+(?:하|되)?지\s?못하(?:고\s?있|는\s?(?:실정|상황|형편))"
)

# Regret voiced about a decision (`강한 유감을 표하며`): criticism.
_REGRET = re.compile(r"유감(?:을|의\s?뜻을|스럽다)?\s?(?:표하|표명|나타내|나타냈|밝히|밝혔|이다|입니다)")


def _criticises(tail: Sequence[Morpheme], said: Sequence[Morpheme] = ()) -> bool:
    """A criticising verb (`비판했다`, `우려를 나타냈다`) or criticising word in the clause.

    `지적하다` (to point out) is how Korean news reports any remark, praise and proposals included
    (`“…관광지가 됐다” … “…확대할 필요가 있다”고 지적했다`); it is criticism only when what is pointed out
    is a problem: a problem word or a negated predicate in `said` (what is pointed out: the quote, or the
    clause itself when `said` is empty), or, in narration, the object pointed out (`절차를 지적했다`)."""
    forms = [t.form for t in tail]
    if not _CRITICISM_STEMS.isdisjoint(forms):
        return True
    if _CRITICISM_VERBS.isdisjoint(forms):
        return False
    for i, t in enumerate(tail[:-1]):
        if t.form in _CRITICISM_VERBS and t.tag.startswith("NN"):
            nxt = tail[i + 1]
            as_verb = nxt.tag == "XSV" or (nxt.tag == "JKO" and i + 2 < len(tail) and tail[i + 2].tag == "VV")
            if as_verb and (
                t.form not in _POINTING_OUT or _problem_told(said or tail) or _faulted(tail, i, said)
            ):
                return True
    return False


# Verbs of pointing out: criticism only when a problem is what is pointed out.
_POINTING_OUT = frozenset({"지적"})

# Words that name a problem or a shortfall (`문제`, `부족`, `한계`, `어려움`, `미흡`, `불합리`, `편중`).
_PROBLEM_WORDS = frozenset(
    {
        "문제",
        "문제점",
        "부족",
        "한계",
        "어려움",
        "미흡",
        "불합리",
        "불합리함",
        "편중",
        "부작용",
        "허점",
        "결함",
        "소홀",
        "지연",
        # blame: a burden shifted, a duty ignored, a step back (`…을 미래세대에 전가했다`)
        "전가",
        "외면",
        "방치",
        "후퇴",
        "역행",
    }
)


def _faulted(tail: Sequence[Morpheme], i: int, said: Sequence[Morpheme]) -> bool:
    """`…사업 추진 과정의 절차를 지적했다`: what is pointed out is the object itself (not a quote, not
    `…에 대해 지적했다`), named as the fault."""
    return not said and i > 0 and tail[i - 1].tag == "JKO"


# Sentence adverbs of contrast opening what is pointed out.
_CONTRAST = frozenset({"그러나", "하지만", "그런데", "그럼에도"})


def _problem_told(tokens: Sequence[Morpheme]) -> bool:
    """A problem word (`문제`, `부족`, `전가`), a negated predicate (`…지 않다`, `…지 못하다`, `없다`,
    `아니다`), or a contrast that opens it (`그러나 정부는 …`)."""
    if tokens and tokens[0].tag == "MAJ" and tokens[0].form in _CONTRAST:
        return True  # `그러나 정부는 … 하향했다`: what is pointed out is set against what should be
    return any(
        t.form in _PROBLEM_WORDS
        or (t.tag == "VX" and t.form in {"않", "못하"})
        or (t.tag == "VA" and t.form == "없")
        or t.tag == "VCN"
        or (t.tag == "MAG" and t.form in {"안", "못"})
        for t in tokens
    )
