"""Scraped text -> body paragraphs and what the boilerplate said (headline, byline, dates, captions).

The order matters: the header is read before anything is dropped (a date line at the top is the
publication date, the same shape at the bottom is a footer), header leftovers above a dateline further
down are set aside, the page below the story (comment widget, article lists, site footer) is cut, the
dateline is cut from the first body line only, and footers are judged line by line after captions are
set aside.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.clean.captions import (
    agency_photo_caption,
    caption_above_credit,
    credit_only_line,
    is_caption_line,
    split_inline_caption,
)
from tracker.clean.found import Found
from tracker.clean.header import (
    drop_repeats,
    split_glued_subheadline,
    strip_dateline,
    take_header,
    take_lead_in,
)
from tracker.clean.lines import (
    copyright_line,
    footer_line,
    is_junk,
    normalise_line,
    page_end_line,
    strip_inline_footer,
    strip_trailing_byline,
)

# Section heads inside a run-together body: '◆물산업 허브도시 자리매김 = ' (kept as their own paragraph).
_SECTION_HEAD = re.compile(r"\s*(◆[^◆=\n]{1,60}?)\s*=\s*")
# A sentence end glued to the next sentence ('있다.대구시가'), as copy-pasted press releases have it.
_GLUED_SENTENCE = re.compile(r"(?<=[다요]\.)(?=[가-힣A-Za-z0-9‘“])")
_STORY_END = re.compile(r"[다요]\.[\"'”’)]*$")
_SUBHEAD = re.compile(r"^[▲◆◇■□●○]\s*\S")


def clean_lines(
    raw_lines: Iterable[str],
    *,
    known_headline: str | None = None,
    repeats: tuple[str, ...] = (),
    subjects: tuple[str, ...] = (),
) -> tuple[list[str], Found]:
    """Lines of an article ('' between paragraphs) -> body lines ('' between paragraphs) and `Found`.

    `known_headline` is a headline the markup already gave (HTML headings): the text's first line is then
    not taken for one. `repeats` are lines to drop wherever they appear (an export's title). `subjects`
    are names a lead sentence may open with (local governments), used to cut a subheadline
    glued to the lead.
    """
    lines = [normalise_line(line) for line in raw_lines]
    lines = [line for line in lines if not is_junk(line)]
    lines, found = take_header(lines, known_headline, repeats)
    lines = drop_repeats(lines, found, repeats)
    lines, found = take_lead_in(lines, found)
    lines, tail = cut_page_end(lines)
    found = found.merge(tail)
    body: list[str] = []
    first = True
    for line in lines:
        if not line:
            body.append("")
            continue
        if credit_only_line(line) and body and body[-1] and caption_above_credit(body[-1]):
            # a photo credit on the line below its caption: the line above was the caption
            found = found.merge(Found(captions=(body.pop(), line)))
            continue
        for part in _split_sections(line):
            if not part:
                body.append("")
                continue
            part = _GLUED_SENTENCE.sub(" ", part)
            if first:
                part, dateline = strip_dateline(part)
                found = found.merge(dateline)
                if not part:
                    continue
                first = False
                if found.headline and not found.subheadline:
                    part, glued = split_glued_subheadline(part, subjects)
                    found = found.merge(Found(subheadline=glued))
            kept, told = _clean_line(part)
            found = found.merge(told)
            if kept:
                body.append(kept)
    return body, found


def cut_page_end(lines: list[str]) -> tuple[list[str], Found]:
    """Drop the part of a scraped page below the story, and read the bylines it holds.

    The cut starts at the first comment-widget, article-list or site-footer line (`page_end_line`) or at a
    copyright notice (`copyright_line`) that follows some story text; every line from there on goes.
    Bylines, e-mails and outlet lines between a copyright notice and the widgets still count as metadata.
    """
    seen_text = False
    for index, line in enumerate(lines):
        if not line:
            continue
        if seen_text and (page_end_line(line) or (copyright_line(line) and not _story_after(lines[index + 1 :]))):
            found = Found()
            for rest in lines[index:]:
                if rest and page_end_line(rest):
                    break
                if rest:
                    found = found.merge(footer_line(rest)[1])
            return lines[:index], found
        seen_text = True
    return lines, Found()


def _story_after(lines: list[str]) -> bool:
    """A story paragraph (long, ending a sentence) below a line: then that line was mid-article."""
    return any(len(line) > 100 and _STORY_END.search(line) for line in lines)


def _clean_line(line: str) -> tuple[str | None, Found]:
    """One body line -> what stays of it (None when it is all boilerplate) and what it told."""
    line = strip_inline_footer(line)
    is_photo, told = agency_photo_caption(line)
    if is_photo:
        return None, told
    if is_caption_line(line):
        return None, Found(captions=(line,))
    line, byline = strip_trailing_byline(line)
    line, captions = split_inline_caption(line)
    told = byline.merge(Found(captions=captions))
    if not line:
        return None, told
    drop, footer = footer_line(line)
    return (None if drop else line), told.merge(footer)


def _split_sections(line: str) -> list[str]:
    """'...있다.◆왜 5+1인가 = 11일 ...' -> ['...있다.', '', '◆왜 5+1인가', '', '11일 ...']."""
    parts: list[str] = []
    position = 0
    for m in _SECTION_HEAD.finditer(line):
        parts.extend([line[position : m.start()].strip(), "", m.group(1).strip(), ""])
        position = m.end()
    parts.append(line[position:].strip())
    return [p for i, p in enumerate(parts) if p or (i and parts[i - 1])]


def paragraphs(lines: list[str]) -> str:
    """Body lines -> text with paragraphs joined by a blank line.

    Lines are grouped by the blank lines between them; a text with no blank lines at all (one paragraph
    per line, as unwrapped records are) keeps every line as a paragraph. Subheads ('▲ ...', '◆ ...') are
    always a paragraph of their own.
    """
    has_blanks = any(not line for line in lines) and sum(1 for line in lines if line) > 1
    groups: list[list[str]] = [[]]
    for line in lines:
        if not line or not has_blanks or _SUBHEAD.match(line):
            if groups[-1]:
                groups.append([])
            if line:
                groups[-1].append(line)
                if _SUBHEAD.match(line) and has_blanks:
                    groups.append([])
            continue
        groups[-1].append(line)
    return "\n\n".join("\n".join(group) for group in groups if group)
