"""Kinds: plan, achievement, target, criticism or statement, from the predicate's endings and tense.

Korean marks commitment and completion in the verb's endings, which Kiwi separates as morphemes:
`겠` (EP) and `어야 하` are intentions, `ㄹ 계획/예정/방침이다` and `기로 하` are plans, a past `었` on a
result verb (`선정했다`) or `어 오` (`시행해 왔다`) is an achievement. A numeric goal is a target
(ANNOTATION_NOTES convention 7); "costs only 10 billion won" stays a statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from tracker.extract.types import Quantity


class Morpheme(Protocol):
    form: str
    tag: str


# Nouns that, as the predicate (`~할 계획이다`), announce an intention.
_PLAN_NOUNS = frozenset({"계획", "예정", "방침", "구상", "계획안"})
# Verbs whose use as a predicate is itself a pledge or intention.
_PLAN_VERBS = frozenset({"약속", "다짐", "공언", "모색", "합의"})
# Reporting verbs: `…하기로 했다고 밝혔다` is judged by the clause that is reported.
_REPORTING = frozenset({"밝히", "말하", "전하", "설명", "강조", "덧붙이", "발표", "말", "전망", "보도"})
# Stems that describe a completed result or credit (used with past tense, `어 오`, `게 되`).
_RESULT_STEMS = frozenset(
    {
        "구축",
        "선정",
        "실시",
        "통과",
        "유치",
        "달성",
        "수상",
        "완료",
        "마무리",
        "출범",
        "증가",
        "늘",
        "성장",
        "상회",
        "만회",
        "창출",
        "발전",
        "변신",
        "기록",
        "지정",
        "체결",
        "개통",
        "준공",
        "완공",
        "도입",
        "시행",
        "확보",
        "신설",
        "조성",
        "인정",
        "구상",
        "협약",
        "개시",
        "확산",
        "투자",
        "지원",
        "설립",
        "시작",
        "개최",
        "노력",
        "힘쓰",
        "차지",
        "올리",
        "거두",
        "가시화",
        "급부상",
        "이루",
        "개선",
        "감소",
        "절감",
        "완화",
        "확대",
        "펼치",
        "만들",
        "열",
    }
)
_RESULT_NOUNS = frozenset({"성장세", "증가세", "1위", "최초", "성과", "결과", "실적"})
_GOAL_STEMS = frozenset(
    {"달성", "유치", "창출", "확대", "늘리", "감축", "절감", "줄이", "증가", "육성", "확충"}
)
_RISING = frozenset({"성장세", "증가세", "급부상", "두각", "두드러지"})
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
_QUOTATIVE_ENDS = ("다고", "라고", "다며", "라며", "자고", "냐고")
# Time words that put a present-tense predicate in the future (`내년 … 확대한다고 밝혔다`).
_FUTURE_WORDS = ("내년", "앞으로", "향후", "연말까지", "오는 ", "올 하반기", "내달", "다음 달")
_RESULT_NOUNS_SUFFIX = ("협약", "유치", "선정", "구축")
_EXPECT = frozenset({"기대", "전망", "관측"})


def _clause_start(tokens: Sequence[Morpheme], end: int) -> int:
    """Index where the clause ending before `end` starts (after the previous clause-ending morpheme).
    A `고` before an auxiliary (`보이고 있다`) continues the clause."""
    for i in range(end - 2, -1, -1):
        t = tokens[i]
        if t.tag == "EF":
            return i + 1
        if t.tag == "EC" and (t.form in {"고", "며", "으며", "면서"} or t.form.endswith(_QUOTATIVE_ENDS)):
            if i + 1 < len(tokens) and tokens[i + 1].tag == "VX":
                continue
            return i + 1
    return 0


def _predicate_tokens(tokens: Sequence[Morpheme]) -> list[Morpheme]:
    """The morphemes of the unit's last clause; for `…기로 했다고 밝혔다` the reported clause."""
    end = len(tokens)
    while end and tokens[end - 1].tag in {"SF", "SP", "SS", "SSC", "SSO", "SE", "SW"}:
        end -= 1
    start = _clause_start(tokens, end)
    clause = tokens[start:end]
    if start and any(t.form in _REPORTING for t in clause):
        # `…했다고 12일 밝혔다`: the reported clause ends at the quotative `고`
        clause = tokens[_clause_start(tokens, start) : start]
    return list(clause)


def classify_kind(
    text: str,
    tokens: Sequence[Morpheme],
    quantities: Sequence[Quantity] = (),
    *,
    frame: Sequence[Morpheme] = (),
) -> str:
    """'plan' | 'achievement' | 'target' | 'criticism' | 'statement' for one claim unit.

    `frame`: for a quoted sentence, the morphemes of its attribution (`…라고 비판했다`), whose verb
    says whether the speaker criticises."""
    frame_tail = _predicate_tokens(frame) if frame else []
    if not _CRITICISM_STEMS.isdisjoint([t.form for t in frame_tail[-4:]]):
        return "criticism"
    forms = [t.form for t in tokens]
    tail = _predicate_tokens(tokens)
    tail_forms = [t.form for t in tail]

    if not _CRITICISM_STEMS.isdisjoint(tail_forms) or "비판했" in text or "비난했" in text:
        return "criticism"
    if quantities and "목표" in forms and any(q.unit != "%" or "목표" in text for q in quantities):
        return "target"

    # future expectation (`기여할 것으로 기대하고 있다`, `전망이다`) is a statement, not a pledge
    expects = not _EXPECT.isdisjoint(tail_forms)
    intention = _intention(tail, quantities, expects)
    if intention == "plan" and _numeric_goal(tail, quantities):
        return "target"
    if intention:
        return intention

    past = any(t.tag == "EP" and t.form in {"었", "았", "였", "ᆻ"} for t in tail)
    continuing = any(t.form == "오" and t.tag == "VX" for t in tail)
    result = any(_result_verb(tail, i) for i in range(len(tail))) or not _RESULT_NOUNS.isdisjoint(forms)
    if (past or continuing) and result and not expects:
        return "achievement"
    if not past and (not _RISING.isdisjoint(tail_forms) or "1위" in text):
        return "achievement"
    if not past and not expects and any(w in text for w in _FUTURE_WORDS) and _action_predicate(tail):
        return "plan"
    return "statement"


def _intention(tail: Sequence[Morpheme], quantities: Sequence[Quantity], expects: bool) -> str | None:
    """'plan' (or 'target' for `…를 목표로`) when the clause commits to doing something, else None."""
    for i, t in enumerate(tail):
        if t.tag == "EP" and t.form == "겠":
            return "plan"
        if t.tag == "EC" and t.form in {"어야", "아야"}:
            return "plan"
        if t.form in _PLAN_NOUNS and t.tag.startswith("NN") and _is_predicate_noun(tail, i):
            return "plan"
        if (t.tag == "EC" and t.form == "기로") or (
            t.tag == "ETN"
            and t.form == "기"
            and i + 2 < len(tail)
            and tail[i + 1].form == "로"
            and tail[i + 2].form == "하"
        ):
            return "plan"
        if t.form in _PLAN_VERBS and not expects and i < len(tail) - 1:
            return "plan"
        if t.form == "목표" and t.tag.startswith("NN"):
            return "target" if quantities else "plan"
    if not expects and _future_ending(tail):
        return "plan"
    return None


def _numeric_goal(tail: Sequence[Morpheme], quantities: Sequence[Quantity]) -> bool:
    """A plan to reach a number (`수혜자를 … 1천210명으로 확대할 계획`, `일자리 1만개를 창출하겠다`) is a
    target; a budget (`37억원을 들여`) or an administrative step (`5개 기업을 선정할 예정`) is not."""
    counted = [q for q in quantities if q.unit not in {"KRW", "USD", "year", "month"}]
    return bool(counted) and any(t.form in _GOAL_STEMS for t in tail)


def _action_predicate(tail: Sequence[Morpheme]) -> bool:
    """The clause ends on a verb of doing (`확대한다`, `조성 완료한다`), not a description (`필요하다`)."""
    verbs = [t for t in tail if t.tag in {"VV", "XSV", "VA", "XSA", "VCP"}]
    return bool(verbs) and verbs[-1].tag in {"VV", "XSV"} and verbs[-1].form not in {"있", "되"}


def _is_predicate_noun(tail: Sequence[Morpheme], i: int) -> bool:
    """`계획이다`, `계획하고 있다`, `… 방침.`: the noun is the predicate, not `기본 계획에 포함`."""
    rest = [t for t in tail[i + 1 :] if t.tag not in {"SF", "SP", "SE"}]
    return not rest or rest[0].tag in {"VCP", "XSV", "EF"} or rest[0].form in {"이", "하"}


def _result_verb(tail: Sequence[Morpheme], i: int) -> bool:
    """A result stem used as the verb (`선정했다`, `통과시켰다`, `늘었다`), not a noun elsewhere."""
    t = tail[i]
    if t.form not in _RESULT_STEMS and not (t.tag == "NNG" and t.form.endswith(_RESULT_NOUNS_SUFFIX)):
        return False
    if t.tag.startswith("VV"):
        return True
    # the verb follows, possibly after an object marker or a Latin acronym (`업무협약 MOU를 했다`)
    for nxt in tail[i + 1 : i + 4]:
        if nxt.tag.startswith("XSV") or nxt.form in {"하", "되", "시키"}:
            return True
        if nxt.tag not in {"SL", "JKO", "SSO", "SSC"}:
            return False
    return False


def _future_ending(tail: Sequence[Morpheme]) -> bool:
    """`~할 것이다` / `~하도록 하겠다`: an ETM `ㄹ` followed by `것` + copula in the predicate."""
    for i, t in enumerate(tail[:-1]):
        if t.tag == "ETM" and t.form in {"ᆯ", "을"} and tail[i + 1].form == "것":
            rest = [x.form for x in tail[i + 2 :]]
            return "으로" not in rest and "로" not in rest
    return False
