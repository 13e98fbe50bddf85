"""Targets (ANNOTATION_NOTES convention 7): a number to reach (`일자리 1만개를 창출하겠다`), a
list of numbers by a deadline, a commitment to hire or invest a count, a count forecast by a date. A
budget or an administrative step with a number is no goal."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.kinds.predicate import _head
from tracker.extract.kinds.values import Morpheme
from tracker.extract.types import Quantity

# `…까지` after a year, month or season: a deadline (`2030년까지`, `연말까지`, `내년 상반기까지`)
_DEADLINE = re.compile(r"(?:\d{4}\s?년|연말|내년|상반기|하반기|올해|\d{1,2}\s?월)\s?(?:말|까지)")

_GOAL_STEMS = frozenset(
    {"달성", "유치", "창출", "확대", "늘리", "감축", "절감", "줄이", "증가", "육성", "확충"}
)

# Commitments to a number (`150명을 고용하기로`, `194명을 고용할 것으로`): a target.
_COMMIT_STEMS = frozenset({"고용", "채용", "투자", "창출", "유치", "달성", "확대", "늘리", "감축", "육성"})

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


def _goal_clause(tokens: Sequence[Morpheme], quantities: Sequence[Quantity]) -> bool:
    """A plan whose earlier clause names a count to reach (`스타트업 1000개를 육성하고, 일자리 1만8061개를
    만들어 … 만든다는 계획이다`): a target, as when the count is in the last clause. The count must be the
    object or the end point (`1000개를`, `1천210명으로`, `10곳까지`), not part of a programme's name
    (`1가구 1발전소 사업을 확대 추진하고`)."""
    return _numeric_goal(tokens, quantities) and any(
        t.tag in {"SN", "NR"}
        and tokens[i + 1].tag in {"NNB", "NNG"}
        and (tokens[i + 2].tag == "JKO" or tokens[i + 2].form in {"까지", "으로", "로"})
        for i, t in enumerate(tokens[:-2])
    )


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
