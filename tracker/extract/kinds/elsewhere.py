"""Results of other places (`부산과 세종시가 선정됐다`) or regretted in the attribution
(`…고 아쉬움을 표했다`): someone else's achievement is a statement."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.extract.kinds.values import Morpheme

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


def _regretted(frame: Sequence[Morpheme]) -> bool:
    return any(t.form in _REGRET_WORDS for t in frame)
