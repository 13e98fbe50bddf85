"""Negated completions (`이뤄지지 못하고`, `개통되지 않았다`): an achievement that did not
happen is a statement; effort spent (`아끼지 않았다`) is no negation."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.extract.kinds.predicate import _PAST
from tracker.extract.kinds.values import Morpheme


def _negated(tokens: Sequence[Morpheme]) -> bool:
    """A completion that did not happen (`결정이 연내에 이뤄지지 못하고`, `개통되지 않았다`, `못 했다`);
    `지원을 아끼지 않았다` is credit, not a negation."""
    for i, t in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if t.tag == "EC" and t.form == "지" and i and tokens[i - 1].form not in _EFFORT_NEGATED:
            if nxt.form == "못하":
                return True
            if nxt.form == "않" and i + 2 < len(tokens) and tokens[i + 2].form in _PAST:
                return True
        if t.tag == "MAG" and t.form == "못":
            return True
    return False


# `아끼지 않았다`, `마다하지 않았다`: effort spent, not a negation.
_EFFORT_NEGATED = frozenset({"아끼", "마다", "마다하", "주저", "멈추", "게을리"})
