"""`classify_kind`: the order in which the cues decide a unit's kind. Criticism first, then
targets and pledges, expectations, intentions, results and credit, plans told otherwise, ongoing and
present-tense predicates; whatever is left is a statement."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.extract.kinds.activities import _ACTIVITIES, _kept_up, _ongoing, _role_told
from tracker.extract.kinds.announcements import _AGREEMENT_CONTENT, _PLAN_CONTENT, _announces_plan
from tracker.extract.kinds.completed import _became, _completed_act
from tracker.extract.kinds.credit import _CREDIT, _YEAR, _credit_clause
from tracker.extract.kinds.criticism import (
    _DISSENT,
    _NEGATIVE_HANDLING,
    _NOT_EXERCISED,
    _PROBLEM,
    _REGRET,
    _criticises,
)
from tracker.extract.kinds.directives import _directs, _hortative
from tracker.extract.kinds.earlier_results import _UP_TO_NOW, _earlier_result
from tracker.extract.kinds.elsewhere import _elsewhere, _regretted
from tracker.extract.kinds.expectations import _EXPECT, _expected_act, _expected_effect, _looks_likely
from tracker.extract.kinds.intention import _intention
from tracker.extract.kinds.negation import _negated
from tracker.extract.kinds.pledges import _ADVOCACY, _pledged
from tracker.extract.kinds.predicate import (
    _PAST,
    _action_predicate,
    _head,
    _passive,
    _predicate_tokens,
    _present_ending,
)
from tracker.extract.kinds.results import (
    _GROWTH_RATE,
    _OPENED,
    _RANK,
    _RESULT_NOUNS,
    _RISING,
    _award_received,
    _is_result,
    _settled,
)
from tracker.extract.kinds.shares import _cost_share
from tracker.extract.kinds.steps import _RULE_TOPIC, _came_to, _decided, _done_before, _ending_in_fact
from tracker.extract.kinds.targets import (
    _DEADLINE,
    _counted,
    _forecast_count,
    _goal_clause,
    _goal_list,
    _numeric_commitment,
    _numeric_goal,
)
from tracker.extract.kinds.upcoming import _BENEFITS, _BUDGETING, _FUTURE_WORDS, _INITIATING
from tracker.extract.kinds.values import Morpheme
from tracker.extract.types import Quantity


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
    if _criticises(frame_tail[-5:], tokens):
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
    head = _head(tail)
    if _cost_share(tail, head, tail_words, quantities):
        return "statement"  # `비용 중 47.5%를 시‧도교육청이 부담해야 한다`: the funding rule
    if quantities and "목표" in forms and any(q.unit != "%" or "목표" in text for q in quantities):
        return "target"
    if quantities and _numeric_commitment(tokens, quantities):
        return "target"
    if _pledged(tokens, words):
        return "target" if _numeric_goal(tokens, quantities) else "plan"

    past = not _PAST.isdisjoint(tail_words) and any(t.tag == "EP" and t.form in _PAST for t in tail)
    if past and _OPENED.search(text):
        return "achievement"  # `'…센터' 개소식을 가졌다`: the facility opened
    head_form = tail[head].form if head is not None else ""
    # `근거를 마련했다` is a result; `…하도록 마련됐다` (an event was arranged) is not
    result_head = (
        head is not None
        and (
            _is_result(tail[head])
            or (head_form == "마련" and not _passive(tail))
            or _award_received(tail, head)
            or _settled(tail, head)
        )
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
    if intention == "plan" and (
        _numeric_goal(tail, quantities) or _goal_list(text, quantities) or _goal_clause(tokens, quantities)
    ):
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
    if not past and _role_told(tail, head):
        return "statement"  # `…센터는 … 가교 역할도 수행한다`: what the body is for
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
    if not expects and _completed_act(tail, head) and not _elsewhere(tail) and not _regretted(frame):
        return "achievement"  # `…제안 170건을 접수했다`, `…위촉장을 수여했다`: a step done
    if _became(tail) and not _elsewhere(tail) and not _regretted(frame):
        return "achievement"  # `…의 중요한 기반이 됐다`: a state reached
    return "statement"
