"""A result in a clause before the last (`… 9분으로 단축됐고, … 16분으로 줄었다`, `현재까지
24명이 과정을 수료하고 …`): an achievement even where the last clause tells what goes on besides."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from tracker.extract.kinds.predicate import _PAST, _PREDICATE_TAGS, _head
from tracker.extract.kinds.results import _is_result, _settled
from tracker.extract.kinds.values import Morpheme

# A result counted up to now (`지난 6월부터 현재까지 24명이 과정을 수료하고`).
_UP_TO_NOW = re.compile(r"(?:현재까지|지금까지|이제까지|그동안|그간)")


def _earlier_result(
    tokens: Sequence[Morpheme], words: AbstractSet[str], end: int, *, past: bool = True
) -> bool:
    """A past result in a clause before the last (`… 9분으로 단축됐고, … 16분으로 줄었다`); with
    `past=False` any result clause (`24명이 과정을 수료하고`). `words`: the forms of `tokens` (no clause
    joined by 고/며: nothing to scan)."""
    if _CLAUSE_JOINS.isdisjoint(words):
        return False
    for i in range(min(end, len(tokens) - 1)):
        t = tokens[i]
        ended = (t.tag == "EP" and t.form in _PAST) if past else t.tag in _PREDICATE_TAGS
        if ended and tokens[i + 1].form in _CLAUSE_JOINS:
            head = _head(tokens, i + 1)
            if head is not None and (_is_result(tokens[head]) or _settled(tokens[: i + 1], head)):
                return True
    return False


_CLAUSE_JOINS = frozenset({"고", "으며", "며"})
