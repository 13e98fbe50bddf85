"""A unit's text as keyword matching sees it: without whitespace (`스마트 시티` = `스마트시티`), with
the way back to offsets in the text, so that a hit can be reported where it was written."""

from __future__ import annotations

import re
from functools import lru_cache

_NON_SPACE_RUN = re.compile(r"\S+")


@lru_cache(maxsize=4096)
def _compact(text: str) -> tuple[str, list[int]]:
    """`text` without whitespace, and for each kept character its index in `text`."""
    chars: list[str] = []
    index: list[int] = []
    for run in _NON_SPACE_RUN.finditer(text):
        start, end = run.span()
        chars.append(run.group())
        index.extend(range(start, end))
    return "".join(chars), index


class _Letters:
    """A unit's text without whitespace (`compact`), each kept letter's index in the text (`index`),
    and the way back from a text index to its letter (`position`), built once and only when needed."""

    __slots__ = ("_position", "compact", "index")

    def __init__(self, text: str) -> None:
        self.compact, self.index = _compact(text)
        self._position: dict[int, int] | None = None

    @property
    def position(self) -> dict[int, int]:
        if self._position is None:
            self._position = {original: c for c, original in enumerate(self.index)}
        return self._position
