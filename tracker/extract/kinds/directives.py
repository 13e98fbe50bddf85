"""Directives, requests and calls to act together (`…을 주문했다`, `…해 주시기 바란다`,
`함께 만들어 갑시다`): what is asked for is still to be done, a plan (set-c GOLD_NOTES)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from tracker.extract.kinds.values import Morpheme

# Directives and requests to staff or citizens (`능동적 대응을 주문하면서`, `…관리해 달라고 당부했다`,
# `…신경 써 주시기 바란다`): what is asked for is to be done, a plan (set-c GOLD_NOTES).
_DIRECTIVE_STEMS = frozenset({"주문", "당부", "지시", "촉구", "독려"})

_REQUEST = re.compile(r"(?:주시기|주시길|주길)를?\s?(?:바라|바란|바랍)")


def _hortative(tail: Sequence[Morpheme]) -> bool:
    """`…에 철저히 준비하자`, `함께 만들어 갑시다`: a call to act together is a plan."""
    enders = [t for t in tail if t.tag == "EF"]
    return bool(enders) and enders[-1].form in {"자", "ᆸ시다", "읍시다", "자고"}


def _directs(tokens: Sequence[Morpheme], words: AbstractSet[str], text: str) -> bool:
    """A directive verb in any clause (`…대응을 주문하면서 이같이 말했다`, `…하라고 지시했다`) or a
    request (`…신경 써 주시기 바란다`, `…관리해 달라고 당부했다`). `words`: the forms of `tokens`."""
    if _REQUEST.search(text):
        return True
    return not _DIRECTIVE_STEMS.isdisjoint(words) and any(
        t.form in _DIRECTIVE_STEMS and t.tag == "NNG" and tokens[i + 1].tag == "XSV"
        for i, t in enumerate(tokens[:-1])
    )
