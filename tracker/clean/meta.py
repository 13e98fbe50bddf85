"""`Found` strings (+ metadata an export gave explicitly) -> `ArticleMeta`.

Precedence: what a JSONL/CSV export states wins over what the text says; within the text, an outlet
named in a dateline, outlet line or source note wins over one a copyright notice or sign-off names, and that
over one inferred from a reporter's e-mail domain, and that over one named only inside the story (the
outlet's own photo archive in a credit, its name as the interviewer's turn label).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import PurePath

from tracker.clean.article import ArticleMeta
from tracker.clean.dates import SEOUL, parse_published
from tracker.clean.found import Found
from tracker.clean.lines import DESK_NAME, REPORTER_RANKS
from tracker.clean.outlets import outlet_name


def published(
    found: Found, given: Mapping[str, str], source: str = "", title_date: str | None = None
) -> tuple[datetime | None, str | None]:
    """(aware datetime, precision) from the export's field, else the first date the text stated, else the
    date printed after the title ('… 관광정책 발표 (2018-07-12)'), else a stamp with a clock time or a date field
    in the page's first or last lines (`stamped_date`), else the story's last edit ('수정: 2021.05.07 01:12'), else a
    date in the file name ('chosun-daegu-20221108.txt'; day precision)."""
    for value in (given.get("published"), found.published, title_date):
        if value and (parsed := parse_published(value)):
            return parsed
    if found.published and (month := _MONTH_ONLY.match(found.published)):
        # the page store's ` date 2021-05`: the month is all the page gave (its first day, 'month')
        return datetime(int(month[1]), int(month[2]), 1, tzinfo=SEOUL), "month"
    for weak in (found.stamped, found.edited):
        if weak and (parsed := parse_published(weak)):
            return parsed
    return date_from_source(source)


_MONTH_ONLY = re.compile(r"^((?:19|20)\d{2})-(0[1-9]|1[0-2])$")


def date_from_source(source: str) -> tuple[datetime | None, str | None]:
    """Scrapers name files by publication day ('20221108', '2022-11-08'); only whole files count (a
    JSONL/CSV row 'path:LINE' shares its file name with other articles) and only plausible dates."""
    if not source or re.search(r":\d+$", source) or source.startswith("<"):
        return None, None
    name = PurePath(source).name
    m = re.search(r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)", name)
    if not m:
        return None, None
    try:
        return datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=SEOUL), "day"
    except ValueError:
        return None, None


def build_meta(
    found: Found, given: Mapping[str, str], *, jurisdiction_code: str | None, source: str = ""
) -> ArticleMeta:
    title, subheadline = given.get("title"), found.subheadline
    if not title:
        title, subheadline = _completed_title(found.headline, subheadline)
    title_date = None
    if title and (dated := _TITLE_DATE.search(title)):
        title, title_date = title[: dated.start()], dated["date"]
    when, precision = published(found, given, source, title_date)
    given_outlet = given.get("outlet")
    return ArticleMeta(
        headline=_headline(title),
        subheadline=subheadline,
        reporter=_reporter(given.get("reporter")) or _reporter(found.reporter) or _reporter(found.field_reporter),
        outlet=(outlet_name(given_outlet) or given_outlet)
        if given_outlet
        else _as_printed(
            found.outlet
            or found.footer_outlet
            or found.email_outlet
            or found.inner_outlet
            or (tail[1] if (tail := _title_outlet(title)) else None),
            found.printed_outlet,
        ),
        published_at=when,
        published_precision=precision,
        jurisdiction_code=jurisdiction_code,
        url=given.get("url") or found.url,
    )


def _as_printed(outlet: str | None, printed: str | None) -> str | None:
    """The outlet as the story prints its name ('한국경제신문') when that is the same outlet the evidence named in the
    table's shorter form ('한국경제', from a reporter's e-mail at hankyung.com)."""
    return printed if outlet and printed and outlet_name(printed) == outlet else outlet


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# The publication day a page prints after its title: '권오봉 여수시장, 시민행복 관광정책 발표 (2018-07-12)'.
_TITLE_DATE = re.compile(r"\s*\((?P<date>(?:19|20)\d{2}[-.]\d{2}[-.]\d{2})\)$")
# kmib.co.kr names an article's photo after the title ('<title> 기사의 사진', set-bl bl-07); a scraper that keeps the
# alt text keeps that as the title line.
_PHOTO_ALT_TAIL = re.compile(r"\s+기사의\s*사진$")
# A page title's tail after a run of colons: the site's section or name ('… 긍지 ::::: 기사').
_SITE_SUFFIX = re.compile(r"\s*:{3,}\s*[^:]{0,20}$")
# What a page prints after its title on the same line: the time stamp ('… 시무식 가져 2022-01-11', '… 견해 밝힐 듯
# 2021-01-16 09:26:14'), the programme and day in brackets ('… [ubc프라임뉴스 2019/11/21]'), the outlet after a slash
# ('… 충돌? / YTN': only a name the outlet table knows) or the section after a breadcrumb's '>' ('… 고양특례시 > 사회 •
# 사건'). The gold titles of the development sets never keep them.
_DAY_STAMP = r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\.?"
_TITLE_STAMP = re.compile(
    rf"\s+(?:{_DAY_STAMP}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?|\[[^\[\]]{{1,20}}\s{_DAY_STAMP}\])$"
)
_TITLE_OUTLET = re.compile(r"\s+/\s+(?P<name>[^/\s]{2,12})$")
_TITLE_SECTION = re.compile(r"\s+>\s+[^>]{1,12}$")


# The mark of a title cut short to fit a box: '박원순, "복지는 … 살아가고자 하는..'
_CUT_SHORT = re.compile(r"\s*(?:\.{2,}|…)$")


def _completed_title(headline: str | None, subheadline: str | None) -> tuple[str | None, str | None]:
    """A headline cut short ('… 살아가고자 하는..') above the whole title ('… 살아가고자 하는 마음"'), as pages print
    the title of their breadcrumb or tab above the story's: the whole title is the headline, and there is no
    subheadline."""
    if not headline or not subheadline or not (cut := _CUT_SHORT.search(headline)):
        return headline, subheadline
    stem = headline[: cut.start()]
    if len(stem) >= 10 and len(subheadline) > len(stem) and subheadline.startswith(stem):
        return subheadline, None
    return headline, subheadline


_EMPTY_CHECKBOX = re.compile(r"^\[\s*\]\s*")


def _headline(value: str | None) -> str | None:
    """A page saved as Markdown marks its title (`# 김관영지사 신년 기자회견`); a title the page wrote
    whole inside straight quotes (`"바이오 산업으로 충북 위상 높여야"`) is that title (the gold keeps
    curly quotes, which quote someone: `“기업 찾아드는 꿈의 도시 울산 만들것”`)."""
    if not value:
        return value
    value = _MARKDOWN_HEADING.sub("", value).strip()
    value = _SITE_SUFFIX.sub("", value)  # '잇단 악재 극복..'내고향 화천' 긍지 ::::: 기사'
    value = _PHOTO_ALT_TAIL.sub("", value)  # '백군기 용인시장 “…” 기사의 사진': the photo's alt text, the title plus this
    value = _TITLE_SECTION.sub("", _TITLE_STAMP.sub("", value))
    if (tail := _title_outlet(value)) is not None:
        value = value[: tail[0]]
    value = value.rstrip(" |ㅣ")  # '권익현 부안군수, … 캠페인 |': the bar before the site's name, which is gone
    value = value.lstrip("│┃ ")  # '│최상기 군수 시정연설… …': a box-drawing bar a template prints before its title
    value = _EMPTY_CHECKBOX.sub("", value)  # '[ ] 오영훈 지사 "…"' (set-hb hb-08): a board row's checkbox
    if len(value) > 2 and value[0] == value[-1] == '"' and '"' not in value[1:-1]:
        value = value[1:-1].strip()
    return value or None


def _title_outlet(title: str | None) -> tuple[int, str] | None:
    """Where a known outlet's name after a slash starts at the end of a title ('… 충돌? / YTN'), and that outlet."""
    if title and (tail := _TITLE_OUTLET.search(title)) and (name := outlet_name(tail["name"])):
        return tail.start(), name
    return None


def _reporter(value: str | None) -> str | None:
    """'박성원 기자' -> '박성원' (exports often keep the title with the name)."""
    if not value:
        return None
    name = value.split("@")[0] if "@" in value and " " not in value else value
    for suffix in ("기자", "특파원", "PD"):
        name = name.removesuffix(suffix).strip()
    name = _RANK.sub("", name).strip()  # '박종일 선임기자' -> '박종일'
    if not_a_writer(name):
        return None
    return name or None


def not_a_writer(name: str) -> bool:
    """A byline's place held by no person: a desk or a site role ('관리자 기자 pub@…', '편집국 기자 / 입력 …'), a
    regional desk ('영남본부'), the site's own name ('작성자 강원닷컴', '미래한국') or a page button ('• 기본크기'
    above the date field), by whatever line or check it came."""
    return bool(DESK_NAME.match(name) or _NO_PERSON.search(name)) or (
        len(name) >= 4 and outlet_name(name) == name
    )


# a desk, a site or a page button in a byline's place
_NO_PERSON = re.compile(r"(?:본부|닷컴|\.com|글자\s?크기|기본\s?크기)$")


_RANK = re.compile(rf"\s*(?:{REPORTER_RANKS})$")
