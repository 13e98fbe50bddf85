"""Completed acts told by their endings: a verbal noun made an active verb with `하` and put in the
past right on it (`제안 170건을 접수했다`, `위촉장을 수여했다`, `전담 조직을 구성했다`) or told as a fact
(`예정지를 확정한 것이다`), with an object.
Korean news tells what the government did this way, and such a step is done: an achievement (gold:
"result, completed step"). What is not a result although told alike: acts of saying, asking,
discussing and regarding (`…을 설명했다`, `반영을 건의했다`, `의견을 수렴했다`, `…으로 지목했다`), whose
content is reported elsewhere; the passive (`…로 구성됐다`, a description); an auxiliary between verb and
past (`지원해 왔다`, `논의하기도 했다`, `승계하도록 했다`), which the other rules read."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.extract.kinds.criticism import _PROBLEM_WORDS
from tracker.extract.kinds.predicate import _PAST, _head
from tracker.extract.kinds.values import Morpheme

# Verbal nouns of saying, asking, discussing, regarding and perceiving: the act is the telling, not a step
# of the programme (a closed class of Korean communication verbs).
_TELLING = frozenset(
    {
        "설명", "건의", "강조", "발표", "언급", "요청", "요구", "제안", "논의", "협의", "토론", "당부",
        "주문", "보고", "소개", "홍보", "안내", "지목", "평가", "응원", "수렴", "청취", "검토", "주장",
        "호소", "촉구", "표명", "지적", "비판", "답변", "질의", "문의", "약속", "다짐", "기대", "전망",
        "예상", "예측", "분석", "진단", "공감", "동의", "환영", "감사", "축하", "격려", "칭찬", "확인",
        "인식", "판단", "고민", "생각", "거론", "제기", "제시", "피력", "역설", "천명", "시사", "예고",
        "통보", "권고", "권유", "부탁", "설득", "소통", "대화", "면담", "간담", "방문", "시찰",
        "점검", "참석", "참관", "관람", "견학", "체험", "의결", "심의", "상정", "교환", "공유", "경청",
        "발언", "위로", "주재", "토로", "질문", "회고", "소회", "얘기", "이야기", "말씀", "강연", "연설",
    }
)  # fmt: skip


def _completed_act(tail: Sequence[Morpheme], head: int | None) -> bool:
    """`…170건을 접수했다`: the head is a verbal noun with active `하` and the past right after it, and the
    clause has an object (`을/를`); not a verb of telling (`…을 설명했다`)."""
    if head is not None and tail[head].form == "것" and head and tail[head - 1].tag == "ETM":
        head = _head(tail, head)  # `…확정한 것이다`: the verb before `것`
    if head is None or head + 2 >= len(tail):
        return False
    noun, light = tail[head], tail[head + 1]
    if not (noun.tag == "NNG" and light.tag == "XSV" and light.form == "하") or noun.form in _TELLING:
        return False
    if not (_past_on(tail, head + 2) or _fact_told(tail, head + 2)):
        return False
    return any(t.tag == "JKO" for t in tail[:head])


def _past_on(tail: Sequence[Morpheme], i: int) -> bool:
    """`접수했다`: the past `었` right on the verb."""
    return tail[i].tag == "EP" and tail[i].form in _PAST


def _fact_told(tail: Sequence[Morpheme], i: int) -> bool:
    """`시민 스스로가 예정지를 확정한 것이다`: the past adnominal `ㄴ` + `것이다` tells an accomplished fact
    (the explanatory ending of Korean news); `…하는 것이다` (present `는`) tells what is done or meant."""
    return (
        i + 2 < len(tail)
        and tail[i].tag == "ETM"
        and tail[i].form in {"ᆫ", "은"}
        and tail[i + 1].form == "것"
        and tail[i + 2].tag == "VCP"
    )


def _became(tail: Sequence[Morpheme]) -> bool:
    """`…이 무상 교육 실시의 중요한 기반이 됐다`, `군산이 떠오르는 관광지가 됐다`: `N이/가 되었다` as the
    predicate, a state reached, is a result (not a problem it became: `문제가 됐다`)."""
    ends = [i for i, t in enumerate(tail) if t.tag not in {"EF", "EC", "SF", "SP", "SE", "SSC"}]
    if len(ends) < 3:
        return False
    i = ends[-1]
    past, verb, complement = tail[i], tail[i - 1], tail[i - 2]
    return (
        past.tag == "EP"
        and past.form in _PAST
        and verb.tag == "VV"
        and verb.form == "되"
        and complement.tag == "JKC"
        and tail[i - 3].form not in _PROBLEM_WORDS
    )
