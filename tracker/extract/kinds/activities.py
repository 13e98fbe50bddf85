"""Activities kept up or going on (`지원해 왔다`, `…하고 있다`): described, not results
(convention 7; set-e GOLD)."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from tracker.extract.kinds.values import Morpheme

# Activities that, kept up (`지원해 왔다`, `운영해 오고 있다`), describe what is done rather than a result.
_ACTIVITIES = frozenset({"지원", "운영", "진행", "추진", "실시", "펼치", "활동", "순찰"})


def _kept_up(tail: Sequence[Morpheme], head: int) -> bool:
    """The head verb goes on with the auxiliary `오` (`지원해 왔다`)."""
    return any(t.form == "오" and t.tag == "VX" for t in tail[head + 1 :])


def _ongoing(tail: Sequence[Morpheme], words: AbstractSet[str]) -> bool:
    """`…하고 있다`, `…하는 중이다`: an ongoing activity is a statement (convention 7); `정책 중 하나로`
    is not. `words`: the forms of `tail`."""
    return not words.isdisjoint(("고", "중")) and any(
        (t.tag == "EC" and t.form == "고" and tail[i + 1].form == "있")
        or (t.form == "중" and t.tag == "NNB" and tail[i + 1].tag == "VCP")
        for i, t in enumerate(tail[:-1])
    )


# What an institution is for: its role (`허브 역할을 수행한다`, `컨트롤 타워 역할을 하게 된다`).
_ROLE_NOUNS = frozenset({"역할", "기능", "구실"})


def _role_told(tail: Sequence[Morpheme], head: int | None) -> bool:
    """`…센터는 … 가교 역할도 수행한다`, `… 컨트롤 타워 역할을 하게 된다`: a role described in the present
    tells what a body does or is for (a statement), not a step to be taken; `역할을 할 계획이다` is read
    as a plan before this."""
    if head is None:
        return False
    if tail[head].form in _ROLE_NOUNS and tail[head].tag == "NNG":
        return True  # `역할을 하게 된다`: the light verb's noun
    return head >= 2 and tail[head - 1].tag in {"JKO", "JX"} and tail[head - 2].form in _ROLE_NOUNS
