"""Pledges told in any clause (`…을 약속했으며`, `민선 7기 공약사항`) and advocacy reported as an
act (`목소리를 높였다`): a commitment even where the last clause only describes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from tracker.extract.kinds.values import Morpheme

# Advocacy reported as an act (`…에 목소리를 높였다`): a pledge to push for it.
_ADVOCACY = re.compile(r"목소리를\s?(?:높|내)")


def _pledged(tokens: Sequence[Morpheme], words: AbstractSet[str]) -> bool:
    """`…을 구민들에게 약속했으며`, `… 민선 7기 공약사항`: a pledge told in any clause, or a pledge noun
    as the predicate. `words`: the forms of `tokens`."""
    content = [t for t in tokens if t.tag not in {"SF", "SP", "SS", "SSO", "SSC", "SE", "SW"}]
    if content and (
        content[-1].form in {"공약", "공약사항"}
        or (len(content) > 1 and content[-2].form == "공약" and content[-1].form == "사항")
    ):
        return True
    return "약속" in words and any(
        t.form == "약속" and t.tag == "NNG" and tokens[i + 1].tag == "XSV" for i, t in enumerate(tokens[:-1])
    )
