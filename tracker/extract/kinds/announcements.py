"""Plans announced or told (`종합대책을 발표했다`, `지원 확대를 강조했다`, `협약의 주요
내용은`, `…하는 것이 골자다`): the plan's content is what will be done."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.kinds.values import Morpheme

_AGREEMENT_CONTENT = re.compile(
    r"(?:협약|계획|방안|공약|합의|협정|MOU|양해각서|대책)[^.]{0,8}?(?:주요\s?)?(?:내용|골자)(?:은|는|으로는)"
)

# `…하는 것이 주요 내용이다`, `…하는 게 골자다`: the content of a plan or pledge told before.
_PLAN_CONTENT = re.compile(r"(?:는|ᆫ|할)\s?(?:것이|게)\s?(?:주요\s?|핵심\s?)?(?:내용|골자)(?:이다|다|입니다)")

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
