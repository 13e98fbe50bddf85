"""Publication timestamps as Korean sites print them -> aware datetimes in Asia/Seoul with a precision.

Handles '2018/03/13 [18:29]', '2026-01-29 10:34:03', '2018.11.26', '2023. 08. 23', '2024.03.07.',
'2021년 3월 12일 오후 2:05', '2018년 02월 05일 (월) 18:00:00', ISO 8601 with an offset ('2021-03-12T09:30:00+09:00', converted to Seoul).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")

DATE_PATTERN = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-./]|년)\s*(?P<m>\d{1,2})\s*(?:[-./]|월)\s*(?P<d>\d{1,2})(?!\d)\s*일?\.?"
    r"(?:\s*[(\[]\s*[월화수목금토일](?:요일)?\s*[)\]])?"  # weekday, as older CMS print it: '2018년 02월 05일 (월)'
    r"(?:(?:\s*[\[(]?\s*|T)(?:(?P<ampm>오전|오후|AM|PM|am|pm)\s*)?"
    r"(?P<H>\d{1,2})\s*[:시]\s*(?P<M>\d{2})(?:\s*[:분]\s*(?P<S>\d{2})(?:\.\d+)?)?\s*분?\s*[\])]?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)

_DIGIT = re.compile(r"\d")

# Labels that introduce a publication date on news pages ('입력 : ', '작성일: ', '등록 ').
DATE_LABEL = r"(?:기사\s*)?(?:입력|작성일|작성|등록일?|게재일?|발행일?|승인|송고|최초\s*입력|Posted|Published|Date)\s*[:：]?\s*"


def parse_published(text: str) -> tuple[datetime, str] | None:
    """First date in `text` -> (aware datetime, 'second' | 'minute' | 'day'); None if there is none."""
    for match in DATE_PATTERN.finditer(text):
        result = _from_match(match)
        if result:
            return result
    return None


def date_span(text: str) -> re.Match[str] | None:
    """The first valid date match (for callers that need to know what the date consumed)."""
    return next((m for m in DATE_PATTERN.finditer(text) if _from_match(m)), None)


def is_date_line(line: str) -> bool:
    """True when a line holds only a (labelled) date, e.g. '2018.11.26' or '작성일: 2019.11.24'."""
    if _DIGIT.search(line) is None:  # every date has digits
        return False
    rest = re.sub(rf"^\s*{DATE_LABEL}", "", line, flags=re.IGNORECASE)
    match = date_span(rest)
    if not match or match.start() > 0:
        return False
    tail = rest[match.end() :]
    tail = re.sub(
        rf"[|ㅣ/·]?\s*(?:{DATE_LABEL}|(?:최종\s*)?수정\s*[:：]?\s*|업데이트\s*[:：]?\s*).*$", "", tail, flags=re.IGNORECASE
    )
    return not tail.strip(" .,|")


def _from_match(match: re.Match[str]) -> tuple[datetime, str] | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
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
