"""Header parts a page prints away from the top: a title below page furniture that stopped the header early, a title
and its date below the story, an embargo notice above it. `text.clean_lines` asks these once the header at the top
(`header.take_header`) has found no title."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.clean.captions import is_caption_line
from tracker.clean.dates import DATE_LABEL
from tracker.clean.found import Found
from tracker.clean.header import _SENTENCE_END_ANYWHERE, header_field_line, headline_like, take_header
from tracker.clean.lines import footer_line
from tracker.clean.outlets import outlet_name

# How far below where the header stopped a title with its labelled date line may still stand, and how long a line of
# the page's furniture above it may be.
_TITLE_ABOVE_DATE_LINES = 10
_FURNITURE_LENGTH = 40
# a site's greeting above its page ('한라일보 홈페이지에 오신것을 환영합니다.') is furniture, though it ends in a stop
_GREETING_LENGTH = 25
# a short title-like line above is a menu item or link ('본문으로 바로가기', '실시간뉴스'), a longer one a title
_MENU_ITEM_LENGTH = 12
# subheadlines a title block may hold between its title and its byline
_SUBHEADLINES = 2
# A line that ends as a byline does ('권희진 키즈맘 기자 [email protected]'), a labelled date line.
_BYLINE_END = re.compile(r"(?:기자|특파원)\s*(?:\S+@\S+|\[email[^\]]*\])?$")
_LABELLED_DATE = re.compile(rf"^[•·∙◦\s]*{DATE_LABEL}\s*(?:19|20)\d{{2}}")


# An embargoed release's notice above the story (set-lj lj-02): '<이 기사는 2024년 05월 27일 18시 00분 전에는 제작 목적 외의
# 용도, 특히 인터넷(포털사이트, 홈페이지 등)에 노출해서는 안됩니다.' / '엠바고 파기시 전적으로 귀사에 책임이 있습니다.' / '>'.
_EMBARGO = re.compile(
    r"^<?\s*이\s?기사는\s(?P<date>.{6,40}?)\s?(?:이전에는|전에는|이전까지는|까지는)\s.{0,80}(?:안\s?됩니다|금지|없습니다)"
)
_EMBARGO_MORE = re.compile(r"^(?:엠바고|보도\s?유예).{0,60}$|^>$")


def take_embargo(lines: list[str]) -> tuple[list[str], str | None]:
    """The story's lines without an embargo notice at their top, and the time the notice lets the story out:
    the time it was published, where the page prints none of its own."""
    filled = [i for i, line in enumerate(lines) if line]
    if not filled or not (notice := _EMBARGO.match(lines[filled[0]])):
        return lines, None
    end = filled[0] + 1
    for i in filled[1:]:
        if not _EMBARGO_MORE.match(lines[i]):
            break
        end = i + 1
    return lines[end:], notice["date"]


def _date_line(line: str) -> bool:
    """A line that opens with a date label and gives the date ('• 등록 2024.01.29 14:22:30', '입력 2016-03-15 22:34')."""
    return _LABELLED_DATE.match(line) is not None and bool(header_field_line(line)[1].published)


def _not_a_title(line: str) -> bool:
    """A title-like line that is a photo caption, a page field or a footer line after all."""
    return is_caption_line(line) or header_field_line(line)[0] or footer_line(line)[0]


def title_above_date(
    lines: list[str],
    found: Found,
    known_headline: str | None,
    repeats: tuple[str, ...],
    subjects: tuple[str, ...],
) -> tuple[list[str], Found]:
    """A title right above its labelled date line ('오세훈 시장, “…”' / '• 등록 2024.01.29 14:22:30') a few lines
    below where the header stopped: the page's furniture above the title ('• 맑음고창 ℃', '행정', a greeting) stopped
    it early. A byline between them closes a title block of up to two subheadlines (`_top_of_title_block`). The
    header is read again from the title; what it read above stays where the second reading leaves a field unknown."""
    filled = [i for i, line in enumerate(lines) if line][: _TITLE_ABOVE_DATE_LINES + 1]
    for at, date in enumerate(filled):
        if not _date_line(lines[date]):
            continue
        if at == 0:
            return lines, found
        title = filled[at - 1]
        if at >= 2 and outlet_name(lines[title]) is not None:
            title = filled[at - 2]  # '[강원 신년 인터뷰] …' / '파이낸셜뉴스' / '입력 2018.01.05 10:01': the outlet between
        elif at >= 2 and _byline_line(lines[title]):
            title = _top_of_title_block(lines, filled[: at - 1])  # title, subheadlines, byline, date line
        line = lines[title]
        above = [lines[i] for i in filled if i < title]
        if (
            # (a title may end in a stop right above its date line: '고양시, 미세먼지 농도 5년 전 대비 38% 줄었다.')
            not headline_like(line.removesuffix("."))
            or _not_a_title(line)
            # only furniture above it: short lines, no sentence (a story above is a title-below page, `title_below`),
            # nothing title-like (a stack of subheadlines above the date line has its title higher up, set-lv lv-03)
            or any(
                len(a) > _FURNITURE_LENGTH
                or (_SENTENCE_END_ANYWHERE.search(a) and len(a) > _GREETING_LENGTH)
                or (headline_like(a) and len(a) > _MENU_ITEM_LENGTH)
                for a in above
            )
        ):
            return lines, found
        rest, again = take_header(lines[title:], known_headline, repeats, subjects=subjects)
        if again.headline is None:
            return lines, found
        return rest, again.merge(replace(found, published=None) if again.published else found)
    return lines, found


def _byline_line(line: str) -> bool:
    """A byline on a line of its own ('강다혜 기자 dhkang@ihalla.com')."""
    return len(line) <= 60 and footer_line(line)[1].reporter is not None


def _top_of_title_block(lines: list[str], filled: list[int]) -> int:
    """The first line of the title block that ends at `filled[-1]`: the title and up to two subheadlines printed
    above the byline ('원희룡 "제주 제2공항 약속 지키겠다"' / '23일 제주도의회 도정질문서 재차 강조' / '"현 공항 이미
    포화 … 정부 책임감 없어"' / '강다혜 기자 …' / '입력 : 2021. 04.23. 12:14:34', set-mx mx-04)."""
    top = len(filled) - 1
    while top > 0 and len(filled) - top <= _SUBHEADLINES and headline_like(lines[filled[top - 1]]):
        top -= 1
    return filled[top]


def title_at_end(lines: list[str], found: Found) -> tuple[list[str], Found]:
    """A page whose scraper kept the title and its labelled date at the very end, below the story, with no
    byline above them (`title_below`): '… 말했다.' / '‘귀농귀촌1번지’ 홍천, 도시민 유치활동 가속' / '입력 2016-03-15
    22:34'. The title leaves the body; the date line is read where it stands."""
    filled = [i for i, line in enumerate(lines) if line][-3:]
    for at in range(len(filled) - 1, 0, -1):
        if not _date_line(lines[filled[at]]):
            continue
        title = lines[filled[at - 1]]
        if (
            not headline_like(title)
            or _not_a_title(title)
            or _LABELLED_DATE.match(title)
            or _BYLINE_END.search(title)  # '권희진 키즈맘 기자 [email protected]' (set-js js-02): the byline
        ):
            return lines, found
        return [*lines[: filled[at - 1]], *lines[filled[at - 1] + 1 :]], found.merge(Found(headline=title))
    return lines, found


def title_below(lines: list[str], found: Found) -> tuple[list[str], Found]:
    """A page whose header a scraper kept below the story: the closing byline, the title, the labelled date
    ('대구=김재산 기자 x@kmib.co.kr' / '김관용 지사 “경북도청 내년 2월 이전”' / '입력 2015-09-23 02:54')."""
    filled = [i for i, line in enumerate(lines) if line][-3:]
    if len(filled) < 3:
        return lines, found
    byline, title, date = (lines[i] for i in filled)
    if (
        not header_field_line(date)[0]
        or not headline_like(title)
        or is_caption_line(title)
        or footer_line(byline)[1].reporter is None
    ):
        return lines, found
    return [*lines[: filled[1]], *lines[filled[1] + 1 :]], found.merge(Found(headline=title))
