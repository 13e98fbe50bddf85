"""Hard-wrapped text: some pages (broadcasters' scripts above all) break their lines every twenty-odd
characters, mid-sentence. Read line by line, such a text is cut into pieces of sentences and its first
piece looks like a title; the lines of each wrapped sentence are joined back before anything else."""

from __future__ import annotations

import re
import unicodedata
from statistics import median

# A line that ends a sentence (closing quotes and brackets may follow the stop).
_ENDS_SENTENCE = re.compile(r"[.!?。][\"'”’)\]]*$")
# Items of a list or the page's furniture are short lines by nature, not wrapped ones.
_LIST_START = re.compile(r"^(?:[▲△■□◆◇●○•∙◦·※☞▶▷\-–—*]|\d{1,2}[.)]\s|[①-⑳])")
_MAX_WIDTH = 90  # display columns; a wrapped line is short (story paragraphs on one line run far longer)
_MIN_INNER = 4  # wrapped lines needed before a text counts as hard-wrapped
_SPREAD = 0.25  # how far a wrapped line's width may stray from the text's usual width


def width(line: str) -> int:
    """Display columns: a Hangul syllable takes two, a Latin letter or digit one (wrapping counts columns)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def unwrap(lines: list[str]) -> list[str]:
    """Join the lines of each hard-wrapped sentence with a space; other lines stay as they are.

    A sentence is hard-wrapped when it runs over two or more lines, every line but its last is of about
    the text's usual wrapped width and ends without a sentence end, and its last line is no wider. The
    text must have at least two such sentences and four such lines; a header's title, subheadline and
    byline (no sentence end after them, then a long paragraph) or a list never qualify.
    """
    groups = _sentence_groups(lines)
    inner = [width(lines[i]) for group in groups for i in group[:-1] if _wrap_shaped(lines[i])]
    if len(inner) < _MIN_INNER:
        return lines
    usual = median(inner)
    wrapped = [group for group in groups if _wrapped(group, lines, usual)]
    if len(wrapped) < 2 or sum(len(group) - 1 for group in wrapped) < _MIN_INNER:
        # a broadcaster's script broken at phrases rather than at a width (`오영훈 지사가` / `오늘 오전 … 주재하며` /
        # … / `… 전망했습니다.`, set-gp gp-03): short lines that each end inside the sentence
        wrapped = [group for group in groups if _phrase_wrapped(group, lines)]
        if len(wrapped) < 2 or sum(len(group) - 1 for group in wrapped) < _MIN_INNER:
            return lines
    starts = {group[0]: group for group in wrapped}
    out: list[str] = []
    index = 0
    while index < len(lines):
        if index in starts:
            group = starts[index]
            out.append(" ".join(lines[i] for i in group))
            index = group[-1] + 1
        else:
            out.append(lines[index])
            index += 1
    return out


def _sentence_groups(lines: list[str]) -> list[list[int]]:
    """Indexes of consecutive non-blank lines, cut after each line that ends a sentence and at blank lines;
    only groups of two or more lines."""
    groups: list[list[int]] = []
    current: list[int] = []
    for index, line in enumerate(lines):
        if not line:
            if len(current) >= 2:
                groups.append(current)
            current = []
            continue
        current.append(index)
        if _ENDS_SENTENCE.search(line):
            if len(current) >= 2:
                groups.append(current)
            current = []
    if len(current) >= 2:
        groups.append(current)
    return groups


def _wrap_shaped(line: str) -> bool:
    return width(line) <= _MAX_WIDTH and not _ENDS_SENTENCE.search(line) and not _LIST_START.match(line)


def _wrapped(group: list[int], lines: list[str], usual: float) -> bool:
    """Every line but the last wrap-shaped and of about the usual width; the last no wider."""
    low, high = usual * (1 - _SPREAD), usual * (1 + _SPREAD)
    return (
        all(_wrap_shaped(lines[i]) and low <= width(lines[i]) <= high for i in group[:-1])
        and width(lines[group[-1]]) <= high
    )


# How a phrase of a sentence ends that a broadcaster's script breaks after: a particle or a connective ending.
_INNER_END = re.compile(
    r"[가-힣](?:가|이|은|는|을|를|의|에|에서|로|으로|와|과|며|고|서|해|한|된|인|던|할|면|도|만|게|지|여|니|데|록|든|라|려|나|께)$"
)


def _phrase_wrapped(group: list[int], lines: list[str]) -> bool:
    """Every line short, every line but the last ending inside the sentence, the last ending it."""
    return (
        all(width(lines[i]) <= 60 and not _LIST_START.match(lines[i]) for i in group)
        and all(_INNER_END.search(lines[i]) for i in group[:-1])
        and lines[group[-1]].endswith(("다.", "니다.", "요.", "다.”"))
    )
