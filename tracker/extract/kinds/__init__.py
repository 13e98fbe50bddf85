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

Where each part lives: `values` (the morpheme), `predicate` (the clause, its head and endings); plan cues in
`intention`, `upcoming`, `expectations`, `pledges`, `directives`, `announcements`; achievement cues in
`results`, `credit`, `steps`, `earlier_results`, `completed` (a verbal noun with active `하` and the past on
it, `…을 접수했다`; a state reached, `…의 기반이 됐다`), with the exceptions `negation`, `activities` (kept up;
a role described) and `elsewhere` (other places' results); `targets` (numeric goals); `shares` (cost shares in
%, a funding rule); `criticism`; `classify` (the order that decides, `classify_kind`).
"""

from tracker.extract.kinds.classify import classify_kind
from tracker.extract.kinds.values import Morpheme

__all__ = ["Morpheme", "classify_kind"]
