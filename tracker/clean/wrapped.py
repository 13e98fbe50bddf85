"""Hard-wrapped text: some pages (broadcasters' scripts above all) break their lines every twenty-odd
characters, mid-sentence, and so do programs' sources that keep a news text (a template literal, a component's
markup: forty-odd characters). Read line by line, such a text is cut into pieces of sentences and its first
piece looks like a title; the lines of each wrapped sentence are joined back before anything else."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from tracker.clean.lines import EMAIL

# A line that ends a sentence (closing quotes and brackets may follow the stop).
_ENDS_SENTENCE = re.compile(r"[.!?。](?:\s?[\"'”’)\]])*$")
# A line of nothing but a date and time ('2022-04-12', '2019.05.16 14:07', '2018년 6월 20일 (수)').
_DATE_ONLY = re.compile(r"[\d\s\-./:년월일시분()오전후화수목금토]+")
# Items of a list or the page's furniture are short lines by nature, not wrapped ones.
_LIST_START = re.compile(r"^(?:[▲△■□◆◇●○•∙◦·※☞▶▷\-–—*]|\d{1,2}[.)]\s|[①-⑳])")
_MAX_WIDTH = 90  # display columns; a wrapped line is short (story paragraphs on one line run far longer)
_MIN_INNER = 4  # wrapped lines needed before a text counts as hard-wrapped
_SPREAD = 0.25  # how far a wrapped line's width may stray from the text's usual width


# A header's field line: a byline with its e-mail ('최형석 기자  |  hschoi@kctvjeju.com'), a date with the bars around
# it ('|  2017.01.23 16:27'). No sentence runs over one, however short the lines around it (set-rk rk-06).
_EMAIL = re.compile(EMAIL)


def _field_line(line: str) -> bool:
    return ("@" in line and _EMAIL.search(line) is not None) or (
        any(c.isdigit() for c in line) and _DATE_ONLY.fullmatch(line.strip(" |·•")) is not None
    )


def width(line: str) -> int:
    """Display columns: a Hangul syllable takes two, a Latin letter or digit one (wrapping counts columns)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def unwrap(lines: list[str], indents: list[int] | None = None) -> list[str]:
    """Join the lines of each hard-wrapped sentence with a space; other lines stay as they are.

    A sentence is hard-wrapped when it runs over two or more lines, every line but its last is of about
    the text's usual wrapped width and ends without a sentence end, and its last line is no wider. The
    text must have at least two such sentences and four such lines, or one paragraph of four lines or more
    that runs its sentences together (`_run_together`: text kept in a program's source comes so); a header's
    title, subheadline and byline (no sentence end after them, then a long paragraph) or a list never qualify.
    A broadcaster's script, known by its cue lines, is joined below its first cue whatever the widths
    (`_unwrap_script`). `indents` (each line's leading spaces before it was stripped, when known) keep a title out
    of the indented block wrapped below it.
    """
    return _unwrap_script(_unwrap_width(lines, indents))


def _unwrap_width(lines: list[str], indents: list[int] | None = None) -> list[str]:
    groups = _sentence_groups(lines)
    shaped = [lines[i] for group in groups for i in group[:-1] if _wrap_shaped(lines[i])]
    if len(shaped) < _MIN_INNER:
        return lines
    if any(_CUE.search(line) for line in lines):
        # a broadcaster's script (cue lines) is read as before programs' sources were: whole paragraphs by display
        # columns; its phrase-broken sentences are the script reader's (`_unwrap_script`)
        columns = _Usual(median(map(width, shaped)), 0.0)
        wrapped = [group for group in groups if _whole_paragraph(group, lines, columns)]
        enough = _enough(wrapped)
    else:
        usual = _Usual(
            median(map(width, shaped)), median(map(len, shaped)), _widest(map(width, shaped)), _widest(map(len, shaped))
        )
        wrapped = _runs_of(groups, lines, usual, indents)
        enough = _enough(wrapped) or any(_run_together(run, lines) for run in wrapped)
    if not enough:
        # a broadcaster's script broken at phrases rather than at a width (`오영훈 지사가` / `오늘 오전 … 주재하며` /
        # … / `… 전망했습니다.`, set-gp gp-03): short lines that each end inside the sentence
        wrapped = [group for group in groups if _phrase_wrapped(group, lines)]
        if not _enough(wrapped):
            return lines
    return _joined(lines, wrapped)


def _runs_of(
    groups: list[list[int]], lines: list[str], usual: _Usual, indents: list[int] | None = None
) -> list[list[int]]:
    """The wrapped runs of every group (`_wrapped_runs`). The text's first line, when the title of a record that
    prints its body right below it, is seldom as wide as the wrapped lines, which the wrapper fills: it opens a run
    only when it is filled too, and never when it is indented less than every line of the run below it (a title
    above a block that a program's source indents)."""
    top = next((i for i, line in enumerate(lines) if line), None)
    # a title wrapped onto a second line is looked for only in a text wrapped throughout (no longer lines)
    printed = [line for line in lines if line]
    title = top if sum(map(usual.no_wider, printed)) >= 0.9 * len(printed) else None
    runs = [run for group in groups for run in _wrapped_runs(group, lines, usual, title)]
    runs = [
        run[1:] if run[0] == top and (not usual.filled(lines[top]) or _outdented(run, indents)) else run
        for run in runs
    ]
    return [run for run in runs if len(run) >= 2]


def _widest(values: Iterable[float]) -> float:
    """The 90th percentile of `values` (a wrapper's width: its fullest lines, not a word too long for any line)."""
    ordered = sorted(values)
    return float(ordered[int(0.9 * (len(ordered) - 1))]) if ordered else 0.0


def _outdented(run: list[int], indents: list[int] | None) -> bool:
    """The run's first line is indented less than each of the others."""
    return indents is not None and len(run) > 1 and indents[run[0]] < min(indents[i] for i in run[1:])


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


# A sentence that ends inside a line, the next one following on it: '… 받게 된 것이다.동 복지기능 강화는 …'.
_INNER_SENTENCE_END = re.compile(r"[가-힣][.!?](?:\s?[\"'”’)\]])*\s?[가-힣\"'“‘(\[]")
_MIN_PROSE_RUN = 4  # lines of one wrapped paragraph that make a text hard-wrapped on their own


@dataclass(frozen=True)
class _Usual:
    """A hard-wrapped text's usual line width, in display columns and in characters: pages wrap at a number of
    columns, a program's source (a template literal, a component's markup) at a number of characters, so a line
    is of the usual width by either count (`chars` 0: by columns only)."""

    columns: float
    chars: float
    widest_columns: float = 0.0  # the wrapper's width: the widest wrapped lines (their 90th percentile)
    widest_chars: float = 0.0

    def near(self, line: str) -> bool:
        low, high = 1 - _SPREAD, 1 + _SPREAD
        return (
            low * self.columns <= width(line) <= high * self.columns
            or low * self.chars <= len(line) <= high * self.chars
        )

    def filled(self, line: str) -> bool:
        """As wide as the wrapper fills a line (within a tenth of the usual width, by either count)."""
        return width(line) >= 0.9 * self.columns or len(line) >= 0.9 * self.chars

    def moved_down(self, line: str, following: str) -> bool:
        """A line cut short because the next line's first word did not fit on it ('… 이 시장은 전날' above a
        fifty-character list of names), or a word too long for any line alone on its own: a wrapper breaks a line
        where the next word would pass its width. Only for a line of half the usual width at least (a header line
        above a paragraph is not one), and no wider than the usual unless it is one word."""
        word = following.split(maxsplit=1)[0] if following.strip() else ""
        if not word or len(line) < 0.5 * self.chars:
            return False
        if not self.no_wider(line) and " " in line.strip():
            return False
        return (
            width(line) + 1 + width(word) > self.columns * (1 + _SPREAD)
            or len(line) + 1 + len(word) > self.chars * (1 + _SPREAD)
        )

    def no_wider(self, line: str) -> bool:
        return width(line) <= (1 + _SPREAD) * self.columns or len(line) <= (1 + _SPREAD) * self.chars


def _wrapped_runs(group: list[int], lines: list[str], usual: _Usual, top: int | None = None) -> list[list[int]]:
    """The runs of a sentence group that are hard-wrapped: lines of about the usual width that end inside a
    sentence (or cut short before a word too long for them, `_Usual.moved_down`), then a last line no wider.

    A short title or caption line above a paragraph, in the same group for want of a blank line between them,
    stays out of the run below it (a short line that ends inside a sentence, '오영훈 제주도지사가', opens it); a
    run short of its whole group counts only if it is a paragraph (it ends a sentence, or runs sentences
    together): a page's header lines (a title, its repeat) make a run of their own otherwise. Lines opening with
    a list mark are lists, not wrapped lines, except inside a paragraph that runs its sentences together and
    lists its items inline ('… 정책으로 △소통업(UP) …'). A run from the text's first line `top` (given only for a
    text wrapped throughout) counts as well when it is a title the wrapper sent onto a second line (`_wrapped_title`).
    """
    runs: list[list[int]] = []
    run: list[int] = []
    for i in group:
        line = lines[i]
        following = lines[i + 1] if i + 1 <= group[-1] else ""
        if (
            (usual.near(line) or usual.moved_down(line, following))
            and width(line) <= _MAX_WIDTH
            and not _ENDS_SENTENCE.search(line)
        ):
            run.append(i)
            continue
        if run and usual.no_wider(line):
            runs.append([*run, i])  # the paragraph's last line
            run = []
            continue
        runs.append(run)
        # a short line that ends inside the sentence ('오영훈 제주도지사가') opens the run below it
        run = [i] if _INNER_END.search(line) and not _ENDS_SENTENCE.search(line) else []
    runs.append(run)
    return [
        run
        for run in runs
        if run and (_paragraph_run(run, group, lines) or (run[0] == top and _wrapped_title(run, lines, usual)))
    ]


def _wrapped_title(run: list[int], lines: list[str], usual: _Usual) -> bool:
    """The text's first lines as a title too long for one line of the wrapper's width ('… 특구로 만들' / '것"'): every
    line but the last filled, with the next line's first word too long to have fitted on it, and the last shorter
    than the first; no list item, no date line and no title printed twice ('제목' / '제목' / '• 기자')."""
    if any(_LIST_START.match(lines[i]) for i in run) or len(lines[run[-1]]) >= len(lines[run[0]]):
        return False
    if any(_DATE_ONLY.fullmatch(lines[i]) for i in run[1:]):  # a date line below the title ('2022-04-12')
        return False
    if any(lines[i][:10] == lines[run[0]][:10] for i in run[1:]):
        return False
    for i, j in pairwise(run):
        word = lines[j].split(maxsplit=1)[0] if lines[j].strip() else ""
        if not usual.filled(lines[i]) or not word:
            return False
        fits = width(lines[i]) + 1 + width(word) <= usual.widest_columns
        if fits and len(lines[i]) + 1 + len(word) <= usual.widest_chars:
            return False
    return True


def _whole_paragraph(group: list[int], lines: list[str], usual: _Usual) -> bool:
    """Every line but the last wrap-shaped and of about the usual width; the last no wider."""
    return all(_wrap_shaped(lines[i]) and usual.near(lines[i]) for i in group[:-1]) and usual.no_wider(
        lines[group[-1]]
    )


def _paragraph_run(run: list[int], group: list[int], lines: list[str]) -> bool:
    if _run_together(run, lines):
        return True
    if any(_LIST_START.match(lines[i]) and not _inline_mark(lines, run, i) for i in run[:-1]):
        return False
    return run == group or bool(_ENDS_SENTENCE.search(lines[run[-1]].rstrip()))


def _inline_mark(lines: list[str], run: list[int], i: int) -> bool:
    """A line opening with a list mark that the line before uses inside it ('선정 지역은 △중구 … △동래구 …' /
    '△금정구 … 4곳이다.'): the list is written inline and the wrapper broke before one of its marks."""
    return i != run[0] and lines[i][0] in lines[i - 1][1:]


def _run_together(run: list[int], lines: list[str]) -> bool:
    """A paragraph whose sentences run together (the source lost its paragraph breaks), hard-wrapped as one block:
    four lines or more, two of them with a sentence ending inside. Text unwrapped from a program's source (a
    template literal, a component's markup) comes so; one such block is enough to tell the text is wrapped."""
    return len(run) >= _MIN_PROSE_RUN and sum(bool(_INNER_SENTENCE_END.search(lines[i])) for i in run) >= 2


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
        if not line or cue or _field_line(line):
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
