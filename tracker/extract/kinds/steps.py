"""Completed and decided steps told by their endings: `도록 했다` (a decision taken, unless a
rule tells its content), `ㄴ 바 있다` (done before), `게 되다` and `게 된 것이다`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.kinds.values import Morpheme

# A law or rule as the topic (`공단법에는 … 승계하도록 했습니다`): `도록 했다` tells its content.
_RULE_TOPIC = re.compile(
    r"(?:법|법안|개정안|조례|규정|지침|협약|계획|시행령|규칙)(?:에는|에서는|에선|은|는)(?![가-힣])"
)


def _done_before(tail: Sequence[Morpheme]) -> bool:
    """`…에 나선 바 있다`: a past `ㄴ` + `바 있다`, something done before."""
    return any(
        t.tag == "ETM" and t.form in {"ᆫ", "은"} and tail[i + 1].form == "바" and tail[i + 2].form == "있"
        for i, t in enumerate(tail[:-2])
    )


def _decided(tail: Sequence[Morpheme]) -> bool:
    """`…이전하도록 했다`: a past `도록 하다`, a decision taken (not `…하도록 하겠다`)."""
    for i, t in enumerate(tail[:-2]):
        if t.tag == "EC" and t.form == "도록" and tail[i + 1].form == "하" and tail[i + 2].tag == "EP":
            return tail[i + 2].form in {"었", "았", "였", "ᆻ"}
    return False


def _came_to(tail: Sequence[Morpheme]) -> bool:
    """`…하게 되다`: `구축하게 됐다`, `만들 수 있게 된 것이다`, `수행하게 된다`; not a condition or a reason
    (`문을 열게 되면 …`, `시대가 열리게 되어 환영한다`: the ending makes it the premise of what follows, not
    what is told), nor a consequence of a condition (`콘텐츠만 좋다면 관광객은 오게 된다`: a general
    truth)."""
    if any(t.tag == "EC" and t.form in _CONDITIONS for t in tail):
        return False
    return any(
        t.tag == "EC"
        and t.form == "게"
        and tail[i + 1].form == "되"
        and not (i + 2 < len(tail) and tail[i + 2].tag == "EC" and tail[i + 2].form in _SUBORDINATE)
        for i, t in enumerate(tail[:-1])
    )


# Endings that make a clause a condition (`좋다면`, `되면`).
_CONDITIONS = frozenset({"면", "으면", "다면", "ᆫ다면", "는다면", "라면"})

# Endings after `게 되` that subordinate it to what follows (`열리게 되어 환영한다`, `되니`, `되면`).
_SUBORDINATE = _CONDITIONS | {"어", "아", "어서", "아서", "니", "니까", "으니"}


def _ending_in_fact(tail: Sequence[Morpheme]) -> bool:
    """`…게 된 것이다`: a past `ㄴ` + `것이다`, told as an accomplished fact."""
    return any(
        t.tag == "ETM" and t.form in {"ᆫ", "은"} and tail[i + 1].form == "것" for i, t in enumerate(tail[:-1])
    )
