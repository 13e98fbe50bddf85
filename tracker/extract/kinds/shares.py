"""Cost shares (`비용 중 47.5%를 시‧도교육청이 부담해야 한다`, `나머지 5%는 지방자치단체가 부담합니다`): who
bears what percentage of a programme's cost is the funding rule of the programme (national and local
governments split costs by law or agreement), a statement, even in `~해야 한다` or the present; a party
that commits itself (`…를 부담하겠다`, `부담할 계획이다`) still makes a plan."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from tracker.extract.kinds.values import Morpheme
from tracker.extract.types import Quantity

# Bearing or splitting a cost.
_BEAR = frozenset({"부담", "분담"})

# Marks of one's own commitment (`겠`, `ㄹ 계획/예정/방침`, `기로 하다`).
_COMMITTED = frozenset({"겠", "계획", "예정", "방침", "기로"})


def _cost_share(
    tail: Sequence[Morpheme], head: int | None, words: AbstractSet[str], quantities: Sequence[Quantity]
) -> bool:
    """The clause's verb bears a cost (`부담하다`, `분담하다`), a percentage is in the unit, and nobody
    commits to it (`words`: the clause's forms)."""
    return (
        head is not None
        and tail[head].form in _BEAR
        and any(q.unit == "%" for q in quantities)
        and _COMMITTED.isdisjoint(words)
    )
