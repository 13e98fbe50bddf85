"""Kinds: plan, achievement, target, criticism or statement, from the predicate's endings and tense.

Korean marks commitment and completion in the verb's endings, which Kiwi separates as morphemes:
`겠` (EP) and `어야 하` are intentions, `ㄹ 계획/예정/방침이다`, `기로 하` / `키로 하` and `…에 나서다`
are plans, and so is the plain present of a verb that starts something (`추진한다`, `본격화된다`,
`수행하게 된다`) or an expected action of one's own (`제공할 수 있을 것으로 기대한다`). A past `었` on a
result verb that heads the predicate (`선정했다`, `개소했다`, `늘어났다`; not `…를 차지하는 구가
…`), `어 오` (`시행해 왔다`), `게 됐다` and ranks or growth rates are achievements, and so are completed steps of a programme
(`투자유치에 성공했다`, `협약을 체결했다`, `사업을 신청했다`) unless negated (`이뤄지지 못하고`) or an
activity kept up (`지원해 왔다`, a statement). A numeric goal is a
target (ANNOTATION_NOTES convention 7): `목표`, or a deadline with an amount (`2030년까지 40% 감축한다`);
"costs only 10 billion won" stays a statement. Expected effects (`도움이 될 것`, `기여할 것으로
기대된다`) are statements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Protocol

from tracker.extract.types import Quantity


class Morpheme(Protocol):
    form: str
    tag: str


# Nouns that, as the predicate (`~할 계획이다`), announce an intention.
_PLAN_NOUNS = frozenset({"계획", "예정", "방침", "구상", "계획안", "복안"})
# Verbs that hold a plan noun as their object (`…한다는 구상을 하고 있다`, `…겠다는 복안을 세웠다`).
_PLAN_NOUN_VERBS = frozenset({"하", "세우", "갖", "가지"})
# Verbs whose use as a predicate is itself a pledge or intention.
_PLAN_VERBS = frozenset({"약속", "다짐", "공언", "모색", "합의"})
# Reporting verbs: `…하기로 했다고 밝혔다` is judged by the clause that is reported.
_REPORTING = frozenset(
    {"밝히", "말하", "전하", "설명", "강조", "덧붙이", "발표", "말", "전망", "보도", "자평", "당부"}
)
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
        # changes and completed steps (`늘어났다`, `개소했다`, `선정됐다`)
        "늘어나",
        "줄어들",
        "증대",
        "상승",
        "향상",
        "감축",
        "개소",
        "개관",
        "개원",
        "획득",
        # aid handed over and a share taken (`위문품을 전달했다`, `온정을 나눴다`, `…에 동참했다`)
        "전달",
        "나누",
        "동참",
        # works finished and services improved (`CCTV 40대를 설치했다`, `9분으로 단축됐다`, `2년을 앞당겼다`)
        "설치",
        "단축",
        "앞당기",
        "돌파",
        "재개",
        "증편",
        "건립",
        "되살아나",
        "들어서",
        "줄",
        # decisions taken and goals reached (`설치를 결정했다`, `무상급식이 실현됐다`, `41명으로 늘렸다`,
        # `과정을 수료했다`)
        "결정",
        "실현",
        "늘리",
        "수료",
        # completed steps of a programme (`투자유치에 성공했다`, `표지판을 정비하고`, `사업을 신청했다`,
        # `안심길을 표시했다`, `형광물질을 도포했다`)
        "성공",
        "정비",
        "신청",
        "표시",
        "도포",
    }
)
# An opening ceremony held (`개소식을 가졌다`, `개통식을 열었다`): the facility or line opened.
_OPENED = re.compile(r"(?:개소|개관|개원|개통|준공)(?:식|기념식)(?:을|를)\s?(?:가졌|개최했|열었)")
_RESULT_NOUNS = frozenset({"성장세", "증가세", "1위", "최초", "성과", "결과", "실적"})
# Verbs that start or carry out something: their plain present (`추진한다`, `진행된다`, `본격화된다`)
# announces what will be done; other verbs in the present describe (`데이터를 활용한다`, `…을 제공한다`).
_INITIATING = frozenset(
    {
        "추진", "나서", "착수", "돌입", "시행", "도입", "수립", "본격", "착공", "신설", "건립", "설립",
        "개최", "조성", "구축", "확대", "확충", "마련", "개설", "개소", "개관", "실시", "진행", "개통",
        "시작", "출범", "추가", "수행", "발족", "전환", "정비", "개편", "보급", "배치", "투입", "공급",
    }
)  # fmt: skip
# Acts whose expected doing (`제공할 수 있을 것으로 기대한다`, `시작할 것으로 예상된다`) is a plan.
_EXPECTED_ACTS = _INITIATING | {"제공", "완화", "해소", "지원", "운영", "개선", "강화", "완공", "준공"}
# Predicates of an expected effect rather than an act (`도움이 될 것`, `기여할 것으로`, `탄력을 받을 전망`).
_EFFECTS = frozenset(
    {"기여", "이바지", "도움", "보탬", "가능", "받", "되", "늘어나", "늘", "증가", "높아지", "커지", "이어지",
     "작용", "확산", "기대", "예상", "전망", "갖", "가지", "누리"}
)  # fmt: skip
# a rank (`비수도권 1위다`, `3위를 차지`), not a word that starts with 위 (`1위원회`)
_RANK = re.compile(r"(?<![\d.])\d{1,3}\s?위(?![원안해험치기상탁반생성협임층])")
_GROWTH_RATE = ("성장률", "증가율", "신장률")
# `…까지` after a year, month or season: a deadline (`2030년까지`, `연말까지`, `내년 상반기까지`)
_DEADLINE = re.compile(r"(?:\d{4}\s?년|연말|내년|상반기|하반기|올해|\d{1,2}\s?월)\s?(?:말|까지)")
_AGREEMENT_CONTENT = re.compile(
    r"(?:협약|계획|방안|공약|합의|협정|MOU|양해각서|대책)[^.]{0,8}?(?:주요\s?)?(?:내용|골자)(?:은|는|으로는)"
)
_GOAL_STEMS = frozenset(
    {"달성", "유치", "창출", "확대", "늘리", "감축", "절감", "줄이", "증가", "육성", "확충"}
)
_RISING = frozenset({"성장세", "증가세", "급부상", "두각", "두드러지"})
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
_QUOTATIVE_ENDS = ("다고", "라고", "다며", "라며", "자고", "냐고")
# Time words that put a present-tense predicate in the future (`내년 … 확대한다고 밝혔다`).
_FUTURE_WORDS = ("내년", "앞으로", "향후", "연말까지", "오는 ", "올 하반기", "내달", "다음 달")
_RESULT_NOUNS_SUFFIX = ("협약", "유치", "선정", "구축")
_EXPECT = frozenset({"기대", "전망", "관측", "예상"})
# Benefits whose present passive announces what will be paid or provided (`1천만 원이 지급된다`,
# `내년부터 확대 실시된다`).
_BENEFITS = frozenset({"지원", "지급", "적용", "시행", "실시", "확대", "도입", "신설"})
# Commitments to a number (`150명을 고용하기로`, `194명을 고용할 것으로`): a target.
_COMMIT_STEMS = frozenset({"고용", "채용", "투자", "창출", "유치", "달성", "확대", "늘리", "감축", "육성"})
# Directives and requests to staff or citizens (`능동적 대응을 주문하면서`, `…관리해 달라고 당부했다`,
# `…신경 써 주시기 바란다`): what is asked for is to be done, a plan (set-c GOLD_NOTES).
_DIRECTIVE_STEMS = frozenset({"주문", "당부", "지시", "촉구", "독려"})
_REQUEST = re.compile(r"(?:주시기|주시길|주길)를?\s?(?:바라|바란|바랍)")
# Advocacy reported as an act (`…에 목소리를 높였다`): a pledge to push for it.
_ADVOCACY = re.compile(r"목소리를\s?(?:높|내)")
# `…하는 것이 주요 내용이다`, `…하는 게 골자다`: the content of a plan or pledge told before.
_PLAN_CONTENT = re.compile(r"(?:는|ᆫ|할)\s?(?:것이|게)\s?(?:주요\s?|핵심\s?)?(?:내용|골자)(?:이다|다|입니다)")
# Credit given for a result (`…할 수 있었던 가장 큰 힘은 …였다`, `…의 원동력은 … 덕분이다`).
_CREDIT = re.compile(
    r"(?:수 있었던|있었던|이룬|거둔|해낸)\s?(?:[가-힣]+\s){0,2}?(?:힘|원동력|비결|배경|이유)(?:은|는|이|으로)"
)
# A law or rule as the topic (`공단법에는 … 승계하도록 했습니다`): `도록 했다` tells its content.
_RULE_TOPIC = re.compile(
    r"(?:법|법안|개정안|조례|규정|지침|협약|계획|시행령|규칙)(?:에는|에서는|에선|은|는)(?![가-힣])"
)
# A result counted up to now (`지난 6월부터 현재까지 24명이 과정을 수료하고`).
_UP_TO_NOW = re.compile(r"(?:현재까지|지금까지|이제까지|그동안|그간)")
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
    if (
        start
        and tokens[start - 1].form.endswith(_QUOTATIVE_ENDS)
        and any(t.form in _REPORTING for t in clause)
    ):
        # `…했다고 12일 밝혔다`: the reported clause ends at the quotative `고` (`…이 되고 … 전략을
        # 설명했다` reports no clause: what was explained is the object)
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
    kind = _classify(text, tokens, quantities, frame)
    if kind == "achievement" and _negated(tokens):
        return "statement"  # `결정이 연내에 이뤄지지 못하고 해를 넘기게 됐다`: not done
    return kind


def _classify(
    text: str, tokens: Sequence[Morpheme], quantities: Sequence[Quantity], frame: Sequence[Morpheme]
) -> str:
    frame_tail = _predicate_tokens(frame) if frame else []
    if _criticises(frame_tail[-5:]):
        return "criticism"
    forms = [t.form for t in tokens]
    tail = _predicate_tokens(tokens)
    tail_forms = [t.form for t in tail]
    # the forms as sets, built once: most checks below look for a form the unit lacks, and a set lookup
    # answers that without scanning the morphemes
    words, tail_words = set(forms), set(tail_forms)

    if (
        _criticises(tail)
        or "비판했" in text
        or "비난했" in text
        or _PROBLEM.search(text)
        or _REGRET.search(text)
    ):
        return "criticism"
    if quantities and "목표" in forms and any(q.unit != "%" or "목표" in text for q in quantities):
        return "target"
    if quantities and _numeric_commitment(tokens, quantities):
        return "target"
    if _pledged(tokens, words):
        return "target" if _numeric_goal(tokens, quantities) else "plan"

    past = not _PAST.isdisjoint(tail_words) and any(t.tag == "EP" and t.form in _PAST for t in tail)
    if past and _OPENED.search(text):
        return "achievement"  # `'…센터' 개소식을 가졌다`: the facility opened
    head = _head(tail)
    head_form = tail[head].form if head is not None else ""
    # `근거를 마련했다` is a result; `…하도록 마련됐다` (an event was arranged) is not
    result_head = (
        head is not None
        and (_is_result(tail[head]) or (head_form == "마련" and not _passive(tail)))
        # `안전 귀가도 지원해 왔다`: an activity kept up is described, not a result (set-e GOLD)
        and not (head_form in _ACTIVITIES and _kept_up(tail, head))
    )
    # future expectation (`기여할 것으로 기대하고 있다`, `전망이다`) is a statement, not a pledge, unless
    # what is expected is an act of one's own (`서비스를 제공할 수 있을 것으로 기대한다`)
    expects = not _EXPECT.isdisjoint(tail_forms) or _looks_likely(tail)
    if expects and _forecast_count(text, tail, quantities):
        return "target"  # `혁신학교가 올해 안에 많으면 10곳까지 늘어날 전망이다` (set-e GOLD)
    if expects and _expected_act(tail):
        return "target" if _numeric_goal(tail, quantities) else "plan"
    done_before = "바" in tail_words and _done_before(tail)
    credit = done_before or (
        past and (result_head or not _RESULT_NOUNS.isdisjoint(forms) or _YEAR.search(text) is not None)
    )
    intention = _intention(
        tail, tail_words, quantities, expects, achieved=past and result_head, credit=credit
    )
    if intention == "plan" and (_numeric_goal(tail, quantities) or _goal_list(text, quantities)):
        return "target"
    if intention:
        return intention
    if done_before:
        return "achievement"  # `…공모에 선정돼 … 운영에 나선 바 있다`: done before
    if (
        _AGREEMENT_CONTENT.search(text)
        or _PLAN_CONTENT.search(text)
        or _announces_plan(tail, head)
        or _hortative(tail)
        or _directs(tokens, words, text)
        or _ADVOCACY.search(text)
    ):
        return "plan"
    if _DISSENT.search(text) or _NEGATIVE_HANDLING.search(text) or _NOT_EXERCISED.search(text):
        return "criticism"
    if _CREDIT.search(text):
        return "achievement"
    if past and head is not None and _decided(tail) and not _RULE_TOPIC.search(text):
        return "achievement"  # `…2021년 말경 이전하도록 했다`: a decision taken

    if head_form in _BUDGETING and any(q.unit in {"KRW", "USD"} for q in quantities):
        return "plan"  # `… 1천546억 원이 편성됐다`: money set aside is spending still to be done
    continuing = "오" in tail_words and any(t.form == "오" and t.tag == "VX" for t in tail)
    result = result_head or _credit_clause(tail) or not _RESULT_NOUNS.isdisjoint(forms)
    if (past or continuing) and result and not expects:
        if _elsewhere(tail) or _regretted(frame):
            return "statement"  # other places' result (`부산과 세종시가 선정됐다`), not one's own
        return "achievement"
    if "게" in tail_words and _came_to(tail) and not expects and not _expected_effect(tail):
        return "achievement" if past or _ending_in_fact(tail) else "plan"
    # a past result in an earlier clause (`… 사업을 완료했으며 … 사업도 진행중이다`): the later clause
    # tells what goes on besides
    earlier = len(tokens) - len(tail)
    if (past or _ongoing(tail, tail_words)) and not expects and _earlier_result(tokens, words, earlier):
        return "achievement"
    if (
        _UP_TO_NOW.search(text)
        and _counted(quantities)
        and _earlier_result(tokens, words, len(tokens), past=False)
    ):
        return "achievement"  # `현재까지 24명이 과정을 수료하고 …`: a result counted so far
    if not past and (not _RISING.isdisjoint(tail_forms) or _RANK.search(text)):
        return "achievement"
    if not past and quantities and any(w in text for w in _GROWTH_RATE):
        return "achievement"
    if not past and not expects and not _ongoing(tail, tail_words) and _present_ending(tail):
        if _DEADLINE.search(text) and _numeric_goal(tail, quantities):
            return "target"
        if head_form in _INITIATING or (head_form in _BENEFITS and _passive(tail)):
            return "plan"
    if not past and not expects and any(w in text for w in _FUTURE_WORDS) and _action_predicate(tail):
        return "plan"
    return "statement"


# A count forecast to be reached by a deadline (`올해 안에 … 10곳까지 늘어날 전망이다`): a target;
# money (`9천만 원 수익 창출이 예상되고`) and no count (`개항이 탄력을 받을 전망`) stay statements.
_WITHIN = re.compile(r"(?:올해|연내|연말|내년|임기|\d{4}\s?년)\s?(?:안에|내에?|중에?|까지)")
_FORECAST_GROWTH = frozenset({"늘어나", "늘", "증가", "확대", "늘리", "달하"})


def _forecast_count(text: str, tail: Sequence[Morpheme], quantities: Sequence[Quantity]) -> bool:
    if not _counted(quantities) or not _WITHIN.search(text):
        return False
    return any(
        t.form in _FORECAST_GROWTH and i + 1 < len(tail) and tail[i + 1].form in {"ᆯ", "을"}
        for i, t in enumerate(tail)
    ) and any(t.form == "전망" for t in tail)


# Activities that, kept up (`지원해 왔다`, `운영해 오고 있다`), describe what is done rather than a result.
_ACTIVITIES = frozenset({"지원", "운영", "진행", "추진", "실시", "펼치", "활동", "순찰"})


def _kept_up(tail: Sequence[Morpheme], head: int) -> bool:
    """The head verb goes on with the auxiliary `오` (`지원해 왔다`)."""
    return any(t.form == "오" and t.tag == "VX" for t in tail[head + 1 :])


# Drawing up a budget (`…억 원이 편성됐다`, `…억 원을 배정했다`): the money is to be spent, a plan.
_BUDGETING = frozenset({"편성", "배정"})
# Regret in the attribution (`…선정됐다”고 아쉬움을 표했다`): the result was someone else's.
_REGRET_WORDS = frozenset({"아쉬움", "아쉽", "안타깝", "안타까움", "부러움", "부럽"})


def _place(t: Morpheme) -> bool:
    """A place name (`부산`, `세종시`, `충청`), or a region (`수도권`, `충청지방`)."""
    return t.tag == "NNP" or (t.tag == "XSN" and t.form == "권") or t.form in {"지방", "권역"}


def _elsewhere(tail: Sequence[Morpheme]) -> bool:
    """The result is told of several places (`부산과 세종시가 선정됐다`, `경기도뿐 아니라 수도권과
    충청지방까지 … 시행됐다`): two place names joined by `과`/`와` as the subject or reach, or `A뿐 아니라`.
    A jurisdiction tells its own result under its one name; an agreement (`공사와 전북도가 협약을
    체결했다`) has two parties by nature."""
    if not _BILATERAL.isdisjoint(t.form for t in tail):
        return False
    for i, t in enumerate(tail[:-1]):
        if not _place(t):
            continue
        nxt = tail[i + 1]
        if nxt.tag == "JX" and nxt.form == "뿐":
            return True
        # the second place is the subject or the reach of the result (`…세종시가`, `…충청지방까지`), not
        # where it happened after others (`논산과 예산, 청양에 이어 금산에`)
        if nxt.tag == "JC" and i + 3 < len(tail) and _place(tail[i + 2]):
            k = i + 3
            while k < len(tail) and _place(tail[k]):
                k += 1
            if k < len(tail) and (tail[k].tag == "JKS" or (tail[k].tag == "JX" and tail[k].form == "까지")):
                return True
    return False


# Acts with two parties (`…와 전북도가 업무협약을 체결했다`): the second name is a party, not another place.
_BILATERAL = frozenset({"체결", "협약", "맺", "합의"})


def _negated(tokens: Sequence[Morpheme]) -> bool:
    """A completion that did not happen (`결정이 연내에 이뤄지지 못하고`, `개통되지 않았다`, `못 했다`);
    `지원을 아끼지 않았다` is credit, not a negation."""
    for i, t in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if t.tag == "EC" and t.form == "지" and i and tokens[i - 1].form not in _EFFORT_NEGATED:
            if nxt.form == "못하":
                return True
            if nxt.form == "않" and i + 2 < len(tokens) and tokens[i + 2].form in _PAST:
                return True
        if t.tag == "MAG" and t.form == "못":
            return True
    return False


# `아끼지 않았다`, `마다하지 않았다`: effort spent, not a negation.
_EFFORT_NEGATED = frozenset({"아끼", "마다", "마다하", "주저", "멈추", "게을리"})


def _regretted(frame: Sequence[Morpheme]) -> bool:
    return any(t.form in _REGRET_WORDS for t in frame)


def _intention(
    tail: Sequence[Morpheme],
    words: AbstractSet[str],
    quantities: Sequence[Quantity],
    expects: bool,
    *,
    achieved: bool = False,
    credit: bool = False,
) -> str | None:
    """'plan' (or 'target' for `…를 목표로`) when the clause commits to doing something, else None.
    `achieved`: the predicate is a past result (`목표를 달성했다` is no plan); `credit`: the clause is
    told as past history (`2016년 … 신설해 … 조성에 나섰다`). `words`: the forms of `tail`; the scan
    is skipped when none of the forms it looks for is there."""
    scanned = () if _INTENTION_FORMS.isdisjoint(words) else tail  # none of its forms: nothing to find
    for i, t in enumerate(scanned):
        if t.tag == "EP" and t.form == "겠":
            return "plan"
        if t.tag == "EC" and t.form in {"어야", "아야"}:
            return "plan"
        if (
            t.form in _PLAN_NOUNS
            and t.tag.startswith("NN")
            and _is_predicate_noun(tail, i)
            and not _done(tail, i)
        ):
            return "plan"
        if (t.tag == "EC" and t.form == "기로") or (
            t.form in {"기", "키"}
            and t.tag in {"ETN", "NNG"}
            and i + 2 < len(tail)
            and tail[i + 1].form == "로"
            and tail[i + 2].form == "하"
        ):
            return "plan"
        if t.form in _PLAN_VERBS and not expects and i < len(tail) - 1:
            return "plan"
        if t.form == "목표" and t.tag.startswith("NN") and not achieved:
            return "target" if quantities else "plan"
        # `…에 나서다`: sets out to do it (`예방정책 마련에 나섰다`), unless told as past history
        if t.form == "나서" and t.tag == "VV" and i and tail[i - 1].form == "에" and not credit:
            return "plan"
    if not expects and _future_ending(tail):
        return "plan"
    return None


# Every form a morpheme that `_intention` answers on has (a unit without any is read no further).
_INTENTION_FORMS = _PLAN_NOUNS | _PLAN_VERBS | {"겠", "어야", "아야", "기로", "기", "키", "목표", "나서"}
# The past-tense prefinal endings (`었`, `았`, `였`, and `ᆻ` of `했`).
_PAST = frozenset({"었", "았", "였", "ᆻ"})
_PREDICATE_TAGS = frozenset({"VV", "VA", "VX", "XSV", "XSA", "VCP", "VCN"})
_YEAR = re.compile(r"(?:19|20)\d\d\s?년(?!\s?(?:까지|부터|이후|말까지))")


def _head(tail: Sequence[Morpheme], end: int | None = None) -> int | None:
    """Index of the lexical head of the predicate that ends before `end`: `선정했다` → 선정, `통과시켰다`
    → 통과, `구축하게 되었다` → 구축, `노력해 왔다` → 노력, `제공할 수 있을` → 제공, `협약 MOU를 했다` → 협약,
    `본격화된다` → 본격, `늘어났다` → 늘어나."""
    i = (len(tail) if end is None else end) - 1
    while i >= 0 and tail[i].tag not in _PREDICATE_TAGS:
        i -= 1
    while i >= 0:
        t = tail[i]
        if t.form in {"있", "없"} and i >= 2 and tail[i - 1].form == "수" and tail[i - 1].tag == "NNB":
            i -= 2  # `ㄹ 수 있다`: the verb before 수
        elif t.tag == "VX" or (t.tag == "VV" and t.form in {"되", "하"} and i and tail[i - 1].tag == "EC"):
            i -= 1  # an auxiliary (`해 오다`, `하고 있다`, `하게 되다`, `하도록 하다`): the verb before
        elif t.tag in {"XSV", "XSA"} or (t.tag == "VV" and t.form in {"하", "되"}) or t.tag == "VCP":
            j = i - 1  # a light verb or the copula: the noun before it
            while j >= 0 and tail[j].tag in {"JKO", "SL", "SSC", "SSO", "XSN", "SW"}:
                j -= 1
            return j if j >= 0 and tail[j].tag.startswith(("NN", "XR")) else i
        else:
            return i
        while i >= 0 and tail[i].tag in {"EC", "EP", "ETM", "SP", "SS", "SSO", "SSC"}:
            i -= 1
    return None


def _is_result(t: Morpheme) -> bool:
    """A result stem (`선정`, `늘어나`) or a noun of a concluded step (`업무협약`)."""
    return t.form in _RESULT_STEMS or (t.tag == "NNG" and t.form.endswith(_RESULT_NOUNS_SUFFIX))


def _earlier_result(
    tokens: Sequence[Morpheme], words: AbstractSet[str], end: int, *, past: bool = True
) -> bool:
    """A past result in a clause before the last (`… 9분으로 단축됐고, … 16분으로 줄었다`); with
    `past=False` any result clause (`24명이 과정을 수료하고`). `words`: the forms of `tokens` (no clause
    joined by 고/며: nothing to scan)."""
    if _CLAUSE_JOINS.isdisjoint(words):
        return False
    for i in range(min(end, len(tokens) - 1)):
        t = tokens[i]
        ended = (t.tag == "EP" and t.form in _PAST) if past else t.tag in _PREDICATE_TAGS
        if ended and tokens[i + 1].form in _CLAUSE_JOINS:
            head = _head(tokens, i + 1)
            if head is not None and _is_result(tokens[head]):
                return True
    return False


_CLAUSE_JOINS = frozenset({"고", "으며", "며"})


def _done_before(tail: Sequence[Morpheme]) -> bool:
    """`…에 나선 바 있다`: a past `ㄴ` + `바 있다`, something done before."""
    return any(
        t.tag == "ETM" and t.form in {"ᆫ", "은"} and tail[i + 1].form == "바" and tail[i + 2].form == "있"
        for i, t in enumerate(tail[:-2])
    )


def _counted(quantities: Sequence[Quantity]) -> bool:
    return any(q.unit not in {"KRW", "USD", "year", "month", "%"} for q in quantities)


# `6만7000대 보급`, `60곳 설치`, `200㎞ 구축`: a counted number and what is to be done to reach it.
_NUMBER_TO_DO = re.compile(
    r"\d(?:[\d,.]|만|천|억)*\s?[가-힣A-Za-z㎞㎿㎾㎡%]{1,2}\s?"
    r"(?:보급|설치|구축|생산|조성|확보|달성|감축|유치|창출|건립|육성|공급|배치|개설|확충|양성|고용|채용)"
)


def _goal_list(text: str, quantities: Sequence[Quantity]) -> bool:
    """`2030년까지 수소전기차 6만7000대 보급, 수소충전소 60곳 설치 … 할 계획이다`: several numbers to
    reach by a deadline, each with what is to be done, are a target whatever the verb (`청송 2개 지구,
    진보 1개 지구에 … 추진할 예정이다` only counts where)."""
    return (
        _DEADLINE.search(text) is not None and _counted(quantities) and len(_NUMBER_TO_DO.findall(text)) >= 2
    )


def _hortative(tail: Sequence[Morpheme]) -> bool:
    """`…에 철저히 준비하자`, `함께 만들어 갑시다`: a call to act together is a plan."""
    enders = [t for t in tail if t.tag == "EF"]
    return bool(enders) and enders[-1].form in {"자", "ᆸ시다", "읍시다", "자고"}


def _directs(tokens: Sequence[Morpheme], words: AbstractSet[str], text: str) -> bool:
    """A directive verb in any clause (`…대응을 주문하면서 이같이 말했다`, `…하라고 지시했다`) or a
    request (`…신경 써 주시기 바란다`, `…관리해 달라고 당부했다`). `words`: the forms of `tokens`."""
    if _REQUEST.search(text):
        return True
    return not _DIRECTIVE_STEMS.isdisjoint(words) and any(
        t.form in _DIRECTIVE_STEMS and t.tag == "NNG" and tokens[i + 1].tag == "XSV"
        for i, t in enumerate(tokens[:-1])
    )


def _decided(tail: Sequence[Morpheme]) -> bool:
    """`…이전하도록 했다`: a past `도록 하다`, a decision taken (not `…하도록 하겠다`)."""
    for i, t in enumerate(tail[:-2]):
        if t.tag == "EC" and t.form == "도록" and tail[i + 1].form == "하" and tail[i + 2].tag == "EP":
            return tail[i + 2].form in {"었", "았", "였", "ᆻ"}
    return False


def _looks_likely(tail: Sequence[Morpheme]) -> bool:
    """`…받게 될 것으로 보인다`: an expectation told by `ㄹ 것으로 보이다`."""
    for i, t in enumerate(tail[:-3]):
        if (
            t.tag == "ETM"
            and t.form in {"ᆯ", "을"}
            and tail[i + 1].form == "것"
            and tail[i + 2].form in {"으로", "로"}
            and tail[i + 3].form == "보이"
        ):
            return True
    return False


def _expected_effect(tail: Sequence[Morpheme]) -> bool:
    """`…경제체질을 갖게 될 것`: what `게 되다` + `ㄹ 것` foresees is an effect (having, receiving),
    not an act of one's own (`…업무로 삼게 될 것이다` stays a plan)."""
    for i, t in enumerate(tail[:-3]):
        came = t.tag == "EC" and t.form == "게" and tail[i + 1].form == "되"
        if came and tail[i + 2].tag == "ETM" and tail[i + 2].form in {"ᆯ", "을"} and tail[i + 3].form == "것":
            head = _head(tail, i)
            return head is not None and tail[head].form in _EFFECTS
    return False


def _credit_clause(tail: Sequence[Morpheme]) -> bool:
    """`…을 구상했기 때문에`: credit for a past result given as the reason of the predicate."""
    for i in range(len(tail) - 2):
        if tail[i].tag == "EP" and tail[i].form in {"었", "았", "였", "ᆻ"} and tail[i + 1].form == "기":
            head = _head(tail, i + 1)
            if head is not None and _is_result(tail[head]) and tail[i + 2].form == "때문":
                return True
    return False


def _done(tail: Sequence[Morpheme], i: int) -> bool:
    """A plan noun used as a past verb (`구상했기 때문에`): something planned before, not an intention."""
    rest = tail[i + 1 : i + 3]
    return len(rest) == 2 and rest[0].form == "하" and rest[1].tag == "EP" and rest[1].form != "겠"


def _came_to(tail: Sequence[Morpheme]) -> bool:
    """`…하게 되다`: `구축하게 됐다`, `만들 수 있게 된 것이다`, `수행하게 된다`."""
    return any(t.tag == "EC" and t.form == "게" and tail[i + 1].form == "되" for i, t in enumerate(tail[:-1]))


def _ending_in_fact(tail: Sequence[Morpheme]) -> bool:
    """`…게 된 것이다`: a past `ㄴ` + `것이다`, told as an accomplished fact."""
    return any(
        t.tag == "ETM" and t.form in {"ᆫ", "은"} and tail[i + 1].form == "것" for i, t in enumerate(tail[:-1])
    )


def _ongoing(tail: Sequence[Morpheme], words: AbstractSet[str]) -> bool:
    """`…하고 있다`, `…하는 중이다`: an ongoing activity is a statement (convention 7); `정책 중 하나로`
    is not. `words`: the forms of `tail`."""
    return not words.isdisjoint(("고", "중")) and any(
        (t.tag == "EC" and t.form == "고" and tail[i + 1].form == "있")
        or (t.form == "중" and t.tag == "NNB" and tail[i + 1].tag == "VCP")
        for i, t in enumerate(tail[:-1])
    )


def _passive(tail: Sequence[Morpheme]) -> bool:
    """The predicate is a verbal noun with 되 (`지급된다`, `실시된다`)."""
    return any(t.tag == "XSV" and t.form == "되" for t in tail)


def _numeric_commitment(tokens: Sequence[Morpheme], quantities: Sequence[Quantity]) -> bool:
    """`…억 원의 투자와 150명을 고용하기로`, `194명을 고용할 것으로 보인다`: a commitment (`기로`, `ㄹ 것`) to
    hire, invest or create a counted number, in any clause of the unit."""
    if not any(q.unit not in {"KRW", "USD", "year", "month", "%"} for q in quantities):
        return False
    for i, t in enumerate(tokens[:-1]):
        committed = (t.tag == "EC" and t.form == "기로") or (
            t.form in {"기", "키"} and t.tag in {"ETN", "NNG"} and tokens[i + 1].form == "로"
        )
        expected = t.tag == "ETM" and t.form in {"ᆯ", "을"} and tokens[i + 1].form == "것"
        if committed or expected:
            head = _head(tokens, i + (0 if t.tag == "EC" else 1))
            if head is not None and tokens[head].form in _COMMIT_STEMS:
                return True
    return False


def _pledged(tokens: Sequence[Morpheme], words: AbstractSet[str]) -> bool:
    """`…을 구민들에게 약속했으며`, `… 민선 7기 공약사항`: a pledge told in any clause, or a pledge noun
    as the predicate. `words`: the forms of `tokens`."""
    content = [t for t in tokens if t.tag not in {"SF", "SP", "SS", "SSO", "SSC", "SE", "SW"}]
    if content and (
        content[-1].form in {"공약", "공약사항"}
        or (len(content) > 1 and content[-2].form == "공약" and content[-1].form == "사항")
    ):
        return True
    return "약속" in words and any(
        t.form == "약속" and t.tag == "NNG" and tokens[i + 1].tag == "XSV" for i, t in enumerate(tokens[:-1])
    )


def _present_ending(tail: Sequence[Morpheme]) -> bool:
    """The clause ends in the plain present (`추진한다`, `진행됩니다`, `감축한다고`)."""
    enders = [t for t in tail if t.tag in {"EF", "EC"}]
    return bool(enders) and enders[-1].form in {
        "ᆫ다",
        "는다",
        "ᆸ니다",
        "습니다",
        "ᆫ다고",
        "는다고",
        "ᆫ다며",
        "는다며",
    }


def _expected_act(tail: Sequence[Morpheme]) -> bool:
    """`…을 제공할 수 있을 것으로 기대한다`, `… 시작할 것으로 예상하고 있다`: what is expected is an act
    (not an effect: `기여할 것으로`, `확산 가능할 것으로`, `탄력을 받을 전망`)."""
    for i, t in enumerate(tail[:-1]):
        if t.tag == "ETM" and t.form in {"ᆯ", "을"} and tail[i + 1].form == "것":
            head = _head(tail, i)
            if head is None:
                return False
            verb = tail[head]
            return verb.form in _EXPECTED_ACTS and verb.tag not in {"VA", "XR"}
    return False


# Announcing a plan (`… 5가지 전략을 설명했다`, `종합대책을 발표했다`) is a plan.
_ANNOUNCE = frozenset({"발표", "제시", "설명", "공개", "내놓", "밝히", "마련", "수립", "확정", "선포"})
_STRESS = frozenset({"강조", "역설", "천명"})
_GROWTH_OBJECTS = frozenset({"확대", "강화", "확충", "추진"})
_PLAN_OBJECTS = frozenset(
    {"전략", "계획", "방안", "대책", "비전", "로드맵", "청사진", "구상", "공약", "계획안"}
)


def _announces_plan(tail: Sequence[Morpheme], head: int | None) -> bool:
    if head is None:
        return False
    if tail[head].form in _STRESS and head >= 2 and tail[head - 1].tag == "JKO":
        # `… 지원 확대를 강조했다`: stressing that something will grow is a commitment
        return tail[head - 2].form in _GROWTH_OBJECTS
    form = tail[head].form
    if form == "내" and head + 2 < len(tail) and tail[head + 2].form == "놓":
        form = "내놓"  # `방안도 내놨습니다`: 내 + 어 + 놓
    if form not in _ANNOUNCE:
        return False
    return any(t.form in _PLAN_OBJECTS and t.tag.startswith("NN") for t in tail[:head])


def _criticises(tail: Sequence[Morpheme]) -> bool:
    """A criticising verb (`비판했다`, `지적했다`, `우려를 나타냈다`) or criticising word in the clause."""
    forms = [t.form for t in tail]
    if not _CRITICISM_STEMS.isdisjoint(forms):
        return True
    if _CRITICISM_VERBS.isdisjoint(forms):
        return False
    for i, t in enumerate(tail[:-1]):
        if t.form in _CRITICISM_VERBS and t.tag.startswith("NN"):
            nxt = tail[i + 1]
            if nxt.tag == "XSV" or (nxt.tag == "JKO" and i + 2 < len(tail) and tail[i + 2].tag == "VV"):
                return True
    return False


def _numeric_goal(tail: Sequence[Morpheme], quantities: Sequence[Quantity]) -> bool:
    """A plan to reach a number (`수혜자를 … 1천210명으로 확대할 계획`, `일자리 1만개를 창출하겠다`) is a
    target; a budget (`37억원을 들여`) or an administrative step (`5개 기업을 선정할 예정`) is not."""
    counted = [q for q in quantities if q.unit not in {"KRW", "USD", "year", "month"}]
    if not counted or _GOAL_STEMS.isdisjoint(t.form for t in tail):
        return False
    # money spent on it (`5억 원을 들여 … 16곳에 확대설치`): a budget, not a goal, unless a number is
    # what it grows to (`37억원을 들여 … 1천210명으로 확대할 계획`)
    budget = any(q.unit in {"KRW", "USD"} for q in quantities) and any(t.form == "들이" for t in tail)
    return not budget or _grows_to_number(tail)


def _grows_to_number(tail: Sequence[Morpheme]) -> bool:
    """`… 1천210명으로`: a counted number followed by 으로/로."""
    return any(
        t.form in {"로", "으로"}
        and t.tag == "JKB"
        and i >= 2
        and tail[i - 1].tag in {"NNB", "NNG"}
        and tail[i - 2].tag in {"SN", "NR"}
        for i, t in enumerate(tail)
    )


def _action_predicate(tail: Sequence[Morpheme]) -> bool:
    """The clause ends on a verb of doing (`확대한다`, `조성 완료한다`), not a description (`필요하다`)."""
    verbs = [t for t in tail if t.tag in {"VV", "XSV", "VA", "XSA", "VCP"}]
    return bool(verbs) and verbs[-1].tag in {"VV", "XSV"} and verbs[-1].form not in {"있", "되"}


def _is_predicate_noun(tail: Sequence[Morpheme], i: int) -> bool:
    """`계획이다`, `계획하고 있다`, `… 방침.`: the noun is the predicate, not `기본 계획에 포함`."""
    rest = [t for t in tail[i + 1 :] if t.tag not in {"SF", "SP", "SE"}]
    if len(rest) >= 2 and rest[0].tag in {"VCP", "XSV"} and rest[1].tag == "ETM":
        return False  # `고시 예정인 계획`, `이번 달 말 예정된 지정`: the noun describes another noun
    if len(rest) >= 2 and rest[0].tag == "JKO" and rest[1].form in _PLAN_NOUN_VERBS and rest[1].tag == "VV":
        return i > 0 and tail[i - 1].tag == "ETM"  # `…한다는 구상을 하고 있다`, `…겠다는 복안을 세웠다`
    return not rest or rest[0].tag in {"VCP", "XSV", "EF"} or rest[0].form in {"이", "하"}


def _future_ending(tail: Sequence[Morpheme]) -> bool:
    """`~할 것이다` / `~하도록 하겠다`: an ETM `ㄹ` followed by `것` + copula in the predicate; an expected
    effect (`큰 도움이 될 것`, `기여할 것이다`) is no commitment."""
    for i, t in enumerate(tail[:-1]):
        if t.tag == "ETM" and t.form in {"ᆯ", "을"} and tail[i + 1].form == "것":
            rest = [x.form for x in tail[i + 2 :]]
            if "으로" in rest or "로" in rest:
                return False
            head = _head(tail, i)
            return head is None or tail[head].form not in _EFFECTS
    return False
