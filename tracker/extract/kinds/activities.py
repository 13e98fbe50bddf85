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
