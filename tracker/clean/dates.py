"""Publication timestamps as Korean sites print them -> aware datetimes in Asia/Seoul with a precision.

Handles '2018/03/13 [18:29]', '2026-01-29 10:34:03', '2018.11.26', '2023. 08. 23', '2024.03.07.',
'2021년 3월 12일 오후 2:05', '2018년 02월 05일 (월) 18:00:00', '2017-11-08 오후 1:34:42 수요일', ISO 8601 with an offset ('2021-03-12T09:30:00+09:00', converted to Seoul).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")


def _date_regex(year: str, separator: str) -> str:
    return (
        rf"(?<!\d)(?P<y>{year}){separator}(?P<m>\d{{1,2}}){separator.replace('년', '월')}(?P<d>\d{{1,2}})(?!\d)\s*일?\.?"
        # weekday, as CMS and print editions give it: '2018년 02월 05일 (월)', '2018년 11월 13일 화요일'
        r"(?:\s*[(\[]\s*[월화수목금토일](?:요일)?\s*[)\]]|\s*[월화수목금토일]요일)?"
        r"(?:(?:\s*[\[(]?\s*|T)(?:(?P<ampm>오전|오후|AM|PM|am|pm)\s*)?"
        r"(?P<H>\d{1,2})\s*[:시]\s*(?P<M>\d{2})(?:\s*[:분]\s*(?P<S>\d{2})(?:\.\d+)?)?\s*분?\s*[\])]?"
        r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
        # a weekday after the time: '2017-11-08 오후 1:34:42 수요일', '2024-04-20 10:27 (토)'
        r"(?:\s*[(\[]?[월화수목금토일]요일[)\]]?|\s*[(\[][월화수목금토일][)\]])?"
    )


# Year, month and day separated by '-', '.', '/', '년/월' or plain spaces ('입력 2018 12 24 22:54').
DATE_PATTERN = re.compile(_date_regex(r"(?:19|20)\d{2}", r"(?:\s*(?:[-./]|년)\s*|\s+)"))
# Two-digit years ('작성일21-04-19 21:44') only right after a date label, and only with '-', '.', '/'.
_SHORT_YEAR_DATE = re.compile(_date_regex(r"\d{2}", r"[-./]"))

_DIGIT = re.compile(r"\d")

# Labels that introduce a publication date on news pages ('입력 : ', '작성일: ', '등록 ', '기사입력', '송고시간').
# Government press releases label the release day '보도일시' / '배포일' ('보도일시 2020. 3. 4.(수) 11:00');
# board templates print '날짜' / '일자'. Some regional papers label the web release '웹출고시간' / '출고' (the story
# going out to the site, as against the print edition's day). The English labels are whole words: 'DATE' inside 'UPDATE' (the site's
# clock in a masthead, 'UPDATE 2025-11-10 06:37 (Mon)', set-n n-09) labels no article's date.
DATE_LABEL = (
    r"(?:기사\s*|뉴스\s*|웹\s*)?(?:최초\s*)?(?:입력|작성|등록|게재|게시|발행|승인|송고|보도|배포|출고)(?:\s*(?:일시|일자|시간|시각|일))?"
    r"(?:\s*[:：]\s*|\s*|(?=\d))|(?:날짜|일자)\s*[:：]?\s*|(?<![A-Za-z])(?:Posted|Published|Date)\s*[:：]?\s*"
)
DATE_LABEL = rf"(?:{DATE_LABEL})"
_LABEL_START = re.compile(rf"^\s*{DATE_LABEL}", re.IGNORECASE)
# A labelled date anywhere in a short line: '작성자 관리자 작성일21-04-19 21:44 조회 1,933회'.
# (a label may follow a print issue's number: '김경태 기자 / 1504호입력 : 2022년 11월 14일', set-fa fa-07)
_LABELLED = re.compile(rf"(?:(?<![가-힣])|(?<=\d호))(?:{DATE_LABEL})(?=\d)", re.IGNORECASE)
# What may follow a date on a date line: a modification date, a print-edition page ('제4면', 'A12면'), or
# the view counter that boards print beside the posting date ('2026-07-22 조회수 : 18', '2019.11.01 조회 1,024회').
_DATE_LINE_TAIL = re.compile(
    rf"[|ㅣ/·]?\s*(?:{DATE_LABEL}|(?:최종\s*)?수정\s*[:：]?\s*|업데이트\s*[:：]?\s*).*$|(?:제\s*)?[A-Z]?\d{{1,2}}\s*면\s*$"
    r"|[|ㅣ/·]?\s*조회\s*수?\s*[:：]?\s*[\d,]+\s*회?\s*$"
    # a newsletter's issue ('2019-12-02 <발행 제284호>', set-fc fc-03)
    r"|\s*[<(\[]\s*(?:발행\s*)?제\s*\d{1,5}\s*호\s*[>)\]]\s*$",
    re.IGNORECASE,
)


# An e-mail or RSS date (RFC 2822), as feeds and exports print a record's time: 'Tue, 17 Jun 2025 20:00:00 +0000'.
_RFC2822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+"
    r"(?:19|20)\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|GMT|UTC|UT|Z)"
)


def _rfc2822(text: str) -> tuple[datetime, str] | None:
    from email.utils import parsedate_to_datetime

    if not (match := _RFC2822.search(text)):
        return None
    try:
        value = parsedate_to_datetime(match.group(0).replace(" Z", " +0000"))
    except (TypeError, ValueError):
        return None
    if value.tzinfo is None:
        return None
    return value.astimezone(SEOUL), "second" if match.group(0).count(":") == 2 else "minute"


def parse_published(text: str) -> tuple[datetime, str] | None:
    """First date in `text` -> (aware datetime, 'second' | 'minute' | 'day'); None if there is none.
    A two-digit year counts only right after a date label ('작성일21-04-19'); an RFC 2822 date (a feed's
    'Tue, 17 Jun 2025 20:00:00 +0000') counts when no Korean-style date does."""
    for match in DATE_PATTERN.finditer(text):
        result = _from_match(match)
        if result:
            if result[1] == "day":
                # the same day again with its clock time ('기사 2020-08-30 승인 2020-08-30(13:07)', set-qo qo-07)
                for later in DATE_PATTERN.finditer(text, match.end()):
                    timed = _from_match(later)
                    if timed and timed[1] != "day" and timed[0].date() == result[0].date():
                        return timed
            return result
    if _DIGIT.search(text) is None:
        return None
    for label in _LABELLED.finditer(text):
        if (match := _SHORT_YEAR_DATE.match(text, label.end())) and (result := _from_match(match)):
            return result
    return _rfc2822(text)


def date_span(text: str) -> re.Match[str] | None:
    """The first valid date match (for callers that need to know what the date consumed)."""
    return next((m for m in DATE_PATTERN.finditer(text) if _from_match(m)), None)


def is_date_line(line: str) -> bool:
    """True when a line holds only a (labelled) date, e.g. '2018.11.26', '작성일: 2019.11.24',
    '입력 2018 12 24 22:54', '작성일21-04-19 21:44', '2018년 11월 13일 화요일 제4면'."""
    if _DIGIT.search(line) is None:  # every date has digits
        return False
    line = line.strip()
    if (rfc := _RFC2822.fullmatch(line)) and _rfc2822(rfc.group(0)):
        return True  # 'Tue, 17 Jun 2025 20:00:00 +0000': a feed's date
    if len(line) > 2 and line[0] in "[(" and line[-1] in "])":
        line = line[1:-1]  # '[2020-03-04 18:00]': the date line in brackets
    label = _LABEL_START.match(line)
    rest = line[label.end() :] if label else line
    match = date_span(rest)
    if (not match or match.start() > 0) and label:
        match = _SHORT_YEAR_DATE.match(rest)
        match = match if match and _from_match(match) else None
    if not match or match.start() > 0:
        return False
    tail = _DATE_LINE_TAIL.sub("", rest[match.end() :], count=1)
    return not tail.strip(" .,|")


def labelled_date(line: str) -> str | None:
    """The labelled date inside a short line of page fields ('작성자 관리자 작성일21-04-19 21:44 조회1,933회'),
    from the label on; None when the line has no date label followed by a date."""
    if _DIGIT.search(line) is None:
        return None
    for label in _LABELLED.finditer(line):
        match = DATE_PATTERN.match(line, label.end())
        if not (match and _from_match(match)):
            match = _SHORT_YEAR_DATE.match(line, label.end())
        if match and _from_match(match):
            return line[label.start() : match.end()].strip()
    return None


def latest_written_day(text: str) -> date | None:
    """The latest full date written anywhere in a text without a publication date ('(속초시 제공) 2024.1.8/뉴스1',
    set-hh hh-08): the story is no older than it, which tells which of a reorganised province's codes it uses
    (강원도 42 until 2023-06-10, 강원특별자치도 51 after)."""
    days = [parsed[0].date() for m in DATE_PATTERN.finditer(text) if (parsed := _from_match(m))]
    return max(days, default=None)


def _from_match(match: re.Match[str]) -> tuple[datetime, str] | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if year < 100:  # '21-04-19' (after a date label only)
        year += 2000 if year < 70 else 1900
    hour = minute = second = 0
    precision = "day"
    if match["H"] is not None:
        hour, minute = int(match["H"]), int(match["M"])
        if match["ampm"] in {"오후", "PM", "pm"} and hour < 12:
            hour += 12
        if match["ampm"] in {"오전", "AM", "am"} and hour == 12:
            hour = 0
        precision = "minute"
        if match["S"] is not None:
            second, precision = int(match["S"]), "second"
    try:
        if match["tz"]:
            offset = _offset(match["tz"])
            value = datetime(year, month, day, hour, minute, second, tzinfo=offset).astimezone(SEOUL)
        else:
            value = datetime(year, month, day, hour, minute, second, tzinfo=SEOUL)
    except ValueError:
        return None
    return value, precision


def _offset(text: str) -> timezone:
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


# A record date with a two-digit year alone on a line: '21/10/16' (an Oracle 'RR/MM/DD' column as a dump prints
# it), '25. 9. 7 (일) 09:38' (an app's date field), with an optional weekday and time.
_SHORT_YEAR_LINE = re.compile(
    r"^(?P<a>\d{2})(?P<sep>\s*[./-]\s*)(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,2})\.?"
    r"(?:\s*[(\[]\s*(?P<wd>[월화수목금토일])(?:요일)?\s*[)\]]|\s*(?P<wd2>[월화수목금토일])요일)?"
    r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?$"
)
_WEEKDAYS = "월화수목금토일"


def short_year_date(line: str) -> str | None:
    """A line that holds only a date with a two-digit year, read as YY-MM-DD (the Korean order) -> the
    same date as 'YYYY-MM-DD[ HH:MM[:SS]]'; None when the line is something else or the reading is not safe.

    'AA/BB/CC' could also be an American MM/DD/YY, so the YY-MM-DD reading is taken only when a weekday
    on the line confirms it, or, without a weekday, when AA cannot be a month (13 or more: years 2013-2069).
    A weekday that contradicts the date rejects it. Callers use this only in an article's header, below
    its title, where a bare date is the record's own date."""
    if len(line) > 30 or _DIGIT.search(line) is None or not (m := _SHORT_YEAR_LINE.match(line.strip())):
        return None
    yy, month, day = int(m["a"]), int(m["b"]), int(m["c"])
    if yy >= 70:
        return None
    try:
        value = date(2000 + yy, month, day)
    except ValueError:
        return None
    weekday = m["wd"] or m["wd2"]
    if weekday is not None and _WEEKDAYS[value.weekday()] != weekday:
        return None
    if weekday is None and yy <= 12:
        return None
    text = value.isoformat()
    if m["H"] is not None:
        hour, minute = int(m["H"]), int(m["M"])
        if hour > 23 or minute > 59:
            return None
        text += f" {hour:02d}:{minute:02d}" + (f":{m['S']}" if m["S"] else "")
    return text


# A publication stamp the header or footer prints, a full date with its clock time: '2024.11.07 (목) 10:16:52
# 최종편집 : …', '/ 2016-02-16 16:32:37', '… 구분자치행정(차선영 기자) 2019.09.04 19:23:04'.
_STAMP = re.compile(
    r"(?<!\d)(?:19|20)\d{2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?\s*(?:\([^)]{1,3}\)\s*)?"
    r"(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?"
)


def stamped_date(lines: list[str], head: int = 15, tail: int = 8) -> str | None:
    """The first date with a clock time in the first `head` or last `tail` lines: where no labelled date line
    was read, the page's publication stamp in a form the header reader does not know. Not a site clock
    ('UPDATE 2025-11-10 06:37'), a photo caption's date or a line with an e-mail (a caption's credit). Failing
    that, a date field without a clock time (`_dated_field`)."""
    filled = [line.strip() for line in lines if line.strip()]
    for index, line in enumerate(filled[:head] + filled[-tail:]):
        if line.upper().startswith("UPDATE"):
            continue
        if len(line) > 120:
            # a page flattened onto a few lines prints its head as one: 'TITLE - subtitle … 김은미 2024-07-10
            # 08:00:01 …'; its stamp counts near the start of a head line, with no sentence, caption or
            # e-mail before it
            if index >= min(head, len(filled)):
                continue
            line = line[:_FLAT_HEAD]
            if (m := _STAMP.search(line)) is None or _NOT_BEFORE_FLAT_STAMP.search(line, 0, m.start()):
                continue
        elif "사진" in line or "@" in line:
            continue
        for m in _STAMP.finditer(line):
            # the time of the last edit ('최종편집:2025-08-25 18:45:31', set-fa fa-07) is no publication
            if _EDITED_BEFORE.search(line, 0, m.start()) is None and parse_published(m[0]):
                return m[0]
    return _dated_field(filled[:head] + filled[-tail:])


# how far into a flattened head line its stamp may stand, and what may not come before it
_FLAT_HEAD = 400
_NOT_BEFORE_FLAT_STAMP = re.compile(r"다[.”\"]|사진|@|[ⓒ©]")


def _dated_field(lines: list[str]) -> str | None:
    """The first full date on a header or footer line that is no sentence, caption, link or site clock: the
    page's own date field in a form no labelled reader knows ('2024-11-18     인천/ 맹창수기자', '연합뉴스2018-04-29',
    '… 2019년 09월 21일 토요일 3 면', '[ubc프라임뉴스 2019/11/21]', '작성일 2021-06-30'); from the date on, with its
    clock time if one follows ('… 2026년02월04일 09시42분 송고'). The weakest publication date: only where nothing
    else dates the article. A date alone on its line is a site's today-bar unless the header reader took it below
    the title; a sentence ('…했다.'), a photo credit ('(익산시 제공) 2025.1.7/뉴스1', 'ⓒ천지일보 2018.7.9'), an image
    address ('…/2018/12/27/…jpg') or a last-edit label dates something else."""
    for line in lines:
        if (
            len(line) > 120
            or _NOT_A_DATE_FIELD.search(line)
            or line.upper().startswith("UPDATE")
            or _LONE_DATE.match(line)
        ):
            continue
        for m in DATE_PATTERN.finditer(line):
            if (
                _EDITED_BEFORE.search(line, 0, m.start()) is None
                and _RANGE_AFTER.match(line, m.end()) is None
                and not line[: m.start()].rstrip().endswith(("(", "~", "-"))
                and parse_published(line[m.start() :])
            ):
                return line[m.start() :]
    return None


# lines whose dates are not the page's: a sentence, a photo credit or caption, a link
_NOT_A_DATE_FIELD = re.compile(r"다\.|사진|제공|[ⓒ©]|://|기자\s?=.*@")
# a date alone on its line, perhaps with its weekday: the site's today-bar ('2024.07.23 (화)')
_LONE_DATE = re.compile(
    r"^[\[(]?\s*(?:19|20)\d{2}\s*(?:[-./]|년)\s*\d{1,2}\s*(?:[-./]|월)\s*\d{1,2}\s*[일.]?\s*"
    r"(?:[(\[]?\s*[월화수목금토일](?:요일)?\s*[)\]]?)?\s*[)\]]?$"
)
_RANGE_AFTER = re.compile(r"\s*[~∼]|\s*-\s*\d")


_EDITED_BEFORE = re.compile(r"(?:수정|편집|업데이트|갱신)(?:일시|일|시간)?\s*[:：]?\s*$")
