"""Quote marks typed the wrong way round: some pages open a quote with a closing mark and close it with an
opening one (`또한 ”원전해체연구소가 … 아니다“며`, `’삼척 경제살리기‘에`). Read as written, the quote is
no quote and its sentences lose their speaker; turned back, it is the quote the page meant."""

from __future__ import annotations

import re

# (wrong opening mark, wrong closing mark, right opening mark, right closing mark)
_PAIRS = (("”", "“", "“", "”"), ("’", "‘", "‘", "’"))
# Where a quote opens: the line's start, a space or an opening bracket before the mark; where it closes: a
# particle or ending (`“며`, `‘에`), a space, punctuation or the line's end after it.
_OPENS_AFTER = re.compile(r"(?:^|[\s(\[<])$")
_CLOSES_BEFORE = re.compile(r"^(?:[가-힣]|[\s.,!?)\]>·…]|$)")


def turn_quotes(line: str) -> str:
    """`line` with its quotes turned the right way round when every quote of a kind is typed reversed."""
    for wrong_open, wrong_close, right_open, right_close in _PAIRS:
        if wrong_open not in line or wrong_close not in line:
            continue
        marks = [i for i, c in enumerate(line) if c in (wrong_open, wrong_close)]
        if len(marks) % 2:
            continue
        pairs = list(zip(marks[::2], marks[1::2], strict=True))
        if all(
            line[o] == wrong_open
            and line[c] == wrong_close
            and c - o > 1
            and _OPENS_AFTER.search(line[:o])
            and _CLOSES_BEFORE.match(line[c + 1 :])
            for o, c in pairs
        ):
            chars = list(line)
            for o, c in pairs:
                chars[o], chars[c] = right_open, right_close
            line = "".join(chars)
    return line
