"""Credit for a result (`…할 수 있었던 가장 큰 힘은`, `…을 구상했기 때문에`) and a year told
with a past predicate: the clause is past history, not an intention."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.kinds.predicate import _head
from tracker.extract.kinds.results import _is_result
from tracker.extract.kinds.values import Morpheme

# Credit given for a result (`…할 수 있었던 가장 큰 힘은 …였다`, `…의 원동력은 … 덕분이다`).
_CREDIT = re.compile(
    r"(?:수 있었던|있었던|이룬|거둔|해낸)\s?(?:[가-힣]+\s){0,2}?(?:힘|원동력|비결|배경|이유)(?:은|는|이|으로)"
)

_YEAR = re.compile(r"(?:19|20)\d\d\s?년(?!\s?(?:까지|부터|이후|말까지))")


def _credit_clause(tail: Sequence[Morpheme]) -> bool:
    """`…을 구상했기 때문에`: credit for a past result given as the reason of the predicate."""
    for i in range(len(tail) - 2):
        if tail[i].tag == "EP" and tail[i].form in {"었", "았", "였", "ᆻ"} and tail[i + 1].form == "기":
            head = _head(tail, i + 1)
            if head is not None and _is_result(tail[head]) and tail[i + 2].form == "때문":
                return True
    return False
