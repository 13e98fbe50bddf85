"""Acts told in the present that are still to come: a verb that starts something (`추진한다`),
a benefit in the present passive (`지급된다`), money set aside (`편성됐다`) and future time words."""

from __future__ import annotations

# Verbs that start or carry out something: their plain present (`추진한다`, `진행된다`, `본격화된다`)
# announces what will be done; other verbs in the present describe (`데이터를 활용한다`, `…을 제공한다`).
_INITIATING = frozenset(
    {
        "추진", "나서", "착수", "돌입", "시행", "도입", "수립", "본격", "착공", "신설", "건립", "설립",
        "개최", "조성", "구축", "확대", "확충", "마련", "개설", "개소", "개관", "실시", "진행", "개통",
        "시작", "출범", "추가", "수행", "발족", "전환", "정비", "개편", "보급", "배치", "투입", "공급",
    }
)  # fmt: skip

# Time words that put a present-tense predicate in the future (`내년 … 확대한다고 밝혔다`).
_FUTURE_WORDS = ("내년", "앞으로", "향후", "연말까지", "오는 ", "올 하반기", "내달", "다음 달")

# Benefits whose present passive announces what will be paid or provided (`1천만 원이 지급된다`,
# `내년부터 확대 실시된다`).
_BENEFITS = frozenset({"지원", "지급", "적용", "시행", "실시", "확대", "도입", "신설"})

# Drawing up a budget (`…억 원이 편성됐다`, `…억 원을 배정했다`): the money is to be spent, a plan.
_BUDGETING = frozenset({"편성", "배정"})
