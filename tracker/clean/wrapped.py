"""Hard-wrapped text: some pages (broadcasters' scripts above all) break their lines every twenty-odd
characters, mid-sentence. Read line by line, such a text is cut into pieces of sentences and its first
piece looks like a title; the lines of each wrapped sentence are joined back before anything else."""

from __future__ import annotations

import re
import unicodedata
from statistics import median

# A line that ends a sentence (closing quotes and brackets may follow the stop).
_ENDS_SENTENCE = re.compile(r"[.!?。](?:\s?[\"'”’)\]])*$")
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
    byline (no sentence end after them, then a long paragraph) or a list never qualify. A broadcaster's
    script, known by its cue lines, is joined below its first cue whatever the widths (`_unwrap_script`).
    """
    return _unwrap_script(_unwrap_width(lines))


def _unwrap_width(lines: list[str]) -> list[str]:
    groups = _sentence_groups(lines)
    inner = [width(lines[i]) for group in groups for i in group[:-1] if _wrap_shaped(lines[i])]
    if len(inner) < _MIN_INNER:
        return lines
    usual = median(inner)
    wrapped = [group for group in groups if _wrapped(group, lines, usual)]
    if not _enough(wrapped):
        # a broadcaster's script broken at phrases rather than at a width (`오영훈 지사가` / `오늘 오전 … 주재하며` /
        # … / `… 전망했습니다.`, set-gp gp-03): short lines that each end inside the sentence
        wrapped = [group for group in groups if _phrase_wrapped(group, lines)]
        if not _enough(wrapped):
            return lines
    return _joined(lines, wrapped)


def _unwrap_script(lines: list[str]) -> list[str]:
    """A broadcaster's script with its cue lines ('◀VCR▶', '(앵커)', '[리포트]'): below the first cue every short
    line runs on into the next until a sentence ends, whatever word ends it ('연속보도,' / '시작부터' / '않은 채'),
    across a blank line too (set-mc mc-04, set-kr kr-08); above it are the page's menus and title."""
    cue = next((index for index, line in enumerate(lines) if _CUE.search(line)), None)
    if cue is None:
        return lines
    wrapped = [
        group for group in _sentence_groups(lines, cues=True) if group[0] > cue and _short_run(group, lines)
    ]
    return _joined(lines, wrapped) if _enough(wrapped) else lines


def _enough(wrapped: list[list[int]]) -> bool:
    """Two wrapped sentences and four wrapped lines at least: then the text is hard-wrapped."""
    return len(wrapped) >= 2 and sum(len(group) - 1 for group in wrapped) >= _MIN_INNER


def _joined(lines: list[str], wrapped: list[list[int]]) -> list[str]:
    """Each wrapped sentence's lines joined with a space, the other lines as they are."""
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


def _sentence_groups(lines: list[str], *, cues: bool = False) -> list[list[int]]:
    """Indexes of consecutive non-blank lines, cut after each line that ends a sentence and at blank lines
    (and, with `cues`, at a script's cue lines, which belong to no sentence); only groups of two or more lines."""
    groups: list[list[int]] = []
    current: list[int] = []
    cued = False  # below the script's first cue line: the header (title, menus, date) is above it
    for index, line in enumerate(lines):
        if cued and not line and current and _runs_on(lines[current[-1]]):
            continue  # a script that prints each phrase as a paragraph ('조인묵 양구군수는 지난 5월' / '' / …)
        cue = cues and bool(_CUE.search(line))
        cued = cued or cue
        if not line or cue:
            if len(current) >= 2:
                groups.append(current)
            current = []
            continue
        current.append(index)
        if _ENDS_SENTENCE.search(line.rstrip()):
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


# A broadcaster's script cue: '◀ANC▶', '◀INT▶박태완 / 중구청장', '오영훈 제주도지사 ◀SYN▶', '(앵커)', '[리포트]'.
_CUE = re.compile(
    r"◀[A-Z]+▶|^\s*[(\[]\s*(?:앵커멘트|앵커|기자|리포트|리포터|인터뷰|녹취|싱크|현장음|스탠드업)"
    r"(?:[\s/:,·\-–][^()\[\]]{0,40})?[)\]]\s*$"  # not '[기자수첩]', a column's name
)


def _runs_on(line: str) -> bool:
    """A script's line that the sentence runs on from, across a blank line: short, no sentence end, no speaker
    label ('윤장현 광주광역시장/'). (A cue line is never in a group, so never asked.)"""
    return (
        width(line) <= _MAX_WIDTH
        and not _ENDS_SENTENCE.search(line.rstrip())
        and not line.rstrip().endswith("/")
        and not _LIST_START.match(line)
    )


def _short_run(group: list[int], lines: list[str]) -> bool:
    """A sentence printed as a run of short lines: every line short and none a list item, the last ending it."""
    return all(width(lines[i]) <= _MAX_WIDTH and not _LIST_START.match(lines[i]) for i in group) and bool(
        _ENDS_SENTENCE.search(lines[group[-1]].rstrip())
    )
