"""Korean text helpers shared by the extraction stages: quote marks, paragraphs, Hangul romanisation."""

from __future__ import annotations

import re

# Opening marks -> family; a family's closing mark is in `tracker.extract.units._CLOSERS`.
QUOTE_PAIRS = {"“": "double", "‘": "single", "「": "corner", "『": "white-corner", "«": "guillemet"}
STRAIGHT_QUOTES = {'"': "double", "'": "single"}

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000\xa0]*\n\s*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph; paragraphs are separated by blank lines."""
    spans = []
    prev = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((prev, match.start()))
        prev = match.end()
    spans.append((prev, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]
