"""Dates: the day a claim was made, and the period a sentence refers to, resolved against publication.

Korean news dates events relative to the publication day (`13일`, `지난 2일`, `지난달 28일`, `어제`,
`이날`) and periods relative to the year (`올해 6월`, `지난해`, `3년 전부터`, `2014년부터`). We resolve
these ourselves (no dateparser): the rules are few, and a wrong guess is worse than `None`, so a day
that cannot be placed (no publication date) stays unresolved (gold convention 6).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

# (not a count of days: `14일 앞으로 다가온 올림픽`, `개막을 10일 앞두고`, `3일 만에`, `20일 남짓`, a pass for
# three days `3일권`, a day's reach `1일 생활권`, a market held every fifth day `기계시장 5일장`)
_DAY = (
    r"(?P<day>[1-9]|[12]\d|3[01])일(?!간|째|동안|권|장|\s?(?:앞으로\s?다가|앞두|앞둔|남은|남겨|만에|만의|이내|가량|남짓|생활권))"
)
# A citation of the paper's earlier story, `(2월7일 보도)`, `(본보 3일자 보도)`: that day is the story's, not the claim's.
_CITED_STORY = re.compile(r"(?:자|일자)?\s?(?:보도|기사)\)")


@dataclass(frozen=True)
class DateRef:
    """One date expression found in a sentence, resolved. `role` says how the sentence uses it:
    'point' (an event on that day/month/year), 'from' / 'until' (a period bound), 'future', 'as_of' (the
    day figures are counted to: `7월 31일 기준`)."""

    value: date
    precision: str  # 'day' | 'month' | 'year'
    role: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ClaimDate:
    date: date | None
    precision: str | None
    period_start: date | None = None
    period_end: date | None = None
    period_text: str | None = None


def _month_back(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 - months
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_of(published: date, day: int, months_back: int | None) -> date | None:
    """`N일` is the latest such day not after publication (unless a month offset is explicit)."""
    if months_back is None:
        months_back = 0 if day <= published.day else 1
    year, month = _month_back(published, months_back)
    return _safe_date(year, month, day)


def _bare_day(published: date, day: int) -> date | None:
    """A bare `N일` after the publication day is the nearer of that day this month, ahead, and that day
    last month (a tie goes to the past): `22일 총회를 개최한다` in an article of the 21st is tomorrow's
    meeting, not one a month ago, while `28일` in an article of the 3rd is six days back. A past day a
    month away is written `지난달 22일` or `지난 22일`, which stay past; a day up to publication is this
    month's."""
    if day <= published.day:
        return _safe_date(published.year, published.month, day)
    past = _day_of(published, day, 1)
    ahead = _safe_date(published.year, published.month, day)
    if ahead is None:
        return past
    if past is None:  # (no 31st last month: ahead only when nearer than any month's same day would be)
        return ahead if (ahead - published).days < 15 else None
    return past if (published - past) <= (ahead - published) else ahead


# What stands before a month and day: `지난해 7월 20일`, `내년 3월 2일` (that year), `지난 7월 20일` (past),
# `오는 7월 20일` (ahead)
_MONTH_DAY_WORD = re.compile(r"(?:(?P<last_year>지난해|작년)|(?P<next_year>내년)|(?P<past>지난)|(?P<ahead>오는))\s?$")


def _month_day(month: int, day: int, published: date, m: re.Match[str]) -> date | None:
    """The year of `M월 D일`, which a text writes without one: the year a word before it names (`올해`,
    `지난해`, `내년`), the latest such day not after publication after `지난`, the first on or after it after
    `오는`, else the one nearest the publication day (`7월 28일 … 펼친다` in an article of 23 May 2018 is 28
    July 2018, ahead; `12월 28일` in one of 5 January 2019 is 28 December 2018). Read always as past, a
    festival announced for July fell ten months before the article."""
    if m.group().startswith("올해"):
        return _safe_date(published.year, month, day)
    word = _MONTH_DAY_WORD.search(m.string, max(0, m.start() - 4), m.start())
    if word is not None and word["last_year"]:
        return _safe_date(published.year - 1, month, day)
    if word is not None and word["next_year"]:
        return _safe_date(published.year + 1, month, day)
    years = (published.year - 1, published.year, published.year + 1)
    readings = [d for y in years if (d := _safe_date(y, month, day))]
    if word is not None and word["past"]:
        return max((d for d in readings if d <= published), default=None)
    if word is not None and word["ahead"]:
        return min((d for d in readings if d >= published), default=None)
    # the nearest; a tie goes to the past reading
    return min(readings, key=lambda d: (abs((d - published).days), d > published), default=None)


# Order matters: longer, more specific expressions first; matches do not overlap.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ymd", re.compile(r"(?P<year>(?:19|20)\d\d)\s?[년.]\s?(?P<month>1[0-2]|0?[1-9])\s?[월.]\s?" + _DAY)),
    ("md", re.compile(r"(?<![\d.])(?:올해\s?)?(?P<month>1[0-2]|[1-9])월\s?" + _DAY)),
    ("last_month_day", re.compile(r"지난\s?달\s?" + _DAY)),
    ("next_month_day", re.compile(r"(?:다음\s?달|내달)\s?" + _DAY)),  # `다음달 1일 … 문을 연다`: ahead, not past
    ("this_month_day", re.compile(r"이달\s?" + _DAY)),
    ("last_day", re.compile(r"지난\s?" + _DAY)),
    ("next_day", re.compile(r"오는\s?" + _DAY)),
    # (not the days of a stay, `1박 2일` and `2박3일`: set-pe pe-09)
    ("day", re.compile(r"(?<![\d.년월])(?<!박)(?<!박\s)" + _DAY)),
    ("yesterday", re.compile(r"어제|전날")),
    ("today", re.compile(r"오늘")),
    ("ym", re.compile(r"(?P<year>(?:19|20)\d\d)\s?년\s?(?P<month>1[0-2]|[1-9])월")),
    ("this_year_month", re.compile(r"(?:올해|금년)\s?(?P<month>1[0-2]|[1-9])월")),
    ("last_year_month", re.compile(r"(?:지난해|작년)\s?(?P<month>1[0-2]|[1-9])월")),
    ("next_month", re.compile(r"오는\s?(?P<month>1[0-2]|[1-9])월")),
    # (not inside a longer number or word: `270년 전통`, `10년 전국 1위`)
    (
        "years_ago",
        re.compile(
            r"(?<![\d.,])(?P<n>\d{1,2})\s?년\s?전"
            r"(?=$|[\s.,·)\]”\"'’]|부터|에|과|와|보다|인|의|만|까지|쯤|께|이|엔|도|처럼)"
        ),
    ),
    ("year", re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s?년")),
    ("last_year", re.compile(r"지난해|작년")),
    ("this_year", re.compile(r"올해|금년")),
)

# A letter every match of a pattern contains: a text without it is not scanned with that pattern.
_NEEDS = {
    "ymd": "일",
    "md": "월",
    "last_month_day": "지난",
    "next_month_day": "달",
    "this_month_day": "이달",
    "last_day": "지난",
    "next_day": "오는",
    "day": "일",
    "today": "오늘",
    "ym": "년",
    "this_year_month": "월",
    "last_year_month": "월",
    "next_month": "오는",
    "years_ago": "년",
    "year": "년",
}

# Every pattern's match holds a digit or one of these words: a text with none of them holds no date.
_DATE_SIGN = re.compile(r"\d|어제|전날|오늘|지난해|작년|올해|금년")

_FROM = re.compile(r"^\s?(?:부터|이후|来)")
_UNTIL = re.compile(r"^\s?(?:까지)")
# `7월 31일 기준`, `지난 15일 현재`: the day figures are counted to (as of), not a day something happened.
_AS_OF = re.compile(r"^\s?(?:기준|현재)")


def _resolve(kind: str, m: re.Match[str], published: date | None) -> tuple[date, str] | None:
    """The date (and precision) a matched expression names, or None if it needs an unknown anchor."""
    groups = m.groupdict()
    if kind == "ymd":
        value = _safe_date(int(groups["year"]), int(groups["month"]), int(groups["day"]))
        return (value, "day") if value else None
    if kind == "ym":
        return date(int(groups["year"]), int(groups["month"]), 1), "month"
    if kind == "year":
        return date(int(groups["year"]), 1, 1), "year"
    if published is None:
        return None
    if kind == "md":
        value = _month_day(int(groups["month"]), int(groups["day"]), published, m)
        return (value, "day") if value else None
    if kind == "last_month_day":
        value = _day_of(published, int(groups["day"]), 1)
    elif kind in {"next_month_day", "this_month_day"}:
        year, month = _month_back(published, -1 if kind == "next_month_day" else 0)
        value = _safe_date(year, month, int(groups["day"]))
    elif kind == "last_day":
        value = _day_of(published, int(groups["day"]), None)
    elif kind == "day":
        value = _bare_day(published, int(groups["day"]))
    elif kind == "next_day":
        day = int(groups["day"])
        year, month = _month_back(published, 0 if day >= published.day else -1)
        value = _safe_date(year, month, day)
    elif kind == "yesterday":
        value = published - timedelta(days=1)
    elif kind == "today":
        value = published
    elif kind == "this_year_month":
        return date(published.year, int(groups["month"]), 1), "month"
    elif kind == "last_year_month":
        return date(published.year - 1, int(groups["month"]), 1), "month"
    elif kind == "next_month":
        month = int(groups["month"])
        year = published.year if month >= published.month else published.year + 1
        return date(year, month, 1), "month"
    elif kind == "years_ago":
        return date(published.year - int(groups["n"]), 1, 1), "year"
    elif kind == "last_year":
        return date(published.year - 1, 1, 1), "year"
    elif kind == "this_year":
        return date(published.year, 1, 1), "year"
    else:
        return None
    return (value, "day") if value else None


# A count after `1일` (`1일 2,314명`, `1일 평균 500건`): so many a day.
_PER_DAY_COUNT = re.compile(r"\s?(?:평균\s?|최대\s?|최고\s?)?[\d,.]+\s?(?:만\s?)?(?:명|건|대|회|톤|개|개소|마리|가구|kW|t\b)")
# A count of days per week before `N일` (`주 5일`, `매주 3일`, `주당 2일`): a frequency, not a day.
_PER_WEEK = re.compile(r"(?:^|[^가-힣])(?:매주|격주|주당|주)\s?$")


def find_dates(text: str, published: date | None) -> list[DateRef]:
    """Every resolvable date expression in `text`, left to right, without overlaps."""
    if not _DATE_SIGN.search(text):
        return []  # (most sentences: one scan instead of one per pattern)
    taken: list[tuple[int, int]] = []
    refs: list[DateRef] = []
    continued: set[int] = set()  # starts of days that go on from a month's day (`_month_of_list`)
    for kind, pattern in _PATTERNS:
        need = _NEEDS.get(kind)
        if need is not None and need not in text:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append((m.start(), m.end()))
            if _CITED_STORY.match(text, m.end()):
                continue  # `조운동 일대가 쇠퇴하면서 … 지적(2월7일 보도)이 제기된 가운데` (set-mr mr-01)
            if kind == "day" and _PER_WEEK.search(text, max(0, m.start() - 4), m.start()):
                continue  # `주 5일 운영된다`: five days a week, not the 5th
            if kind == "day" and m["day"] == "1" and _PER_DAY_COUNT.match(text, m.end()):
                continue  # `(1일 2,314명→13,000명)`, `1일 평균 500건`: a count per day, not the 1st
            month = _month_of_list(text, m.start(), refs, continued) if kind == "day" else None
            if month is not None:
                # `7월 28일과 29일에는`, `9월 14일~15일`: the 29th of the month just named
                value = _safe_date(month.year, month.month, int(m["day"]))
                resolved = (value, "day") if value else None
                continued.add(m.start())
            else:
                resolved = _resolve(kind, m, published)
            if resolved is None:
                continue
            after = text[m.end() : m.end() + 4]
            role = "point"
            if _AS_OF.match(after):
                role = "as_of"
            elif _FROM.match(after):
                role = "from"
            elif _UNTIL.match(after):
                role = "until"
            elif kind in {"next_day", "next_month", "next_month_day"}:
                role = "future"
            refs.append(DateRef(resolved[0], resolved[1], role, m.group(), m.start(), m.end()))
    return sorted(refs, key=lambda r: r.start)


# Between two days of one list or span: `28일과 29일`, `20일~21일`, `1일, 8일`
_DAY_JOINER = re.compile(r"\s?(?:과|와|,|~|∼|-|–|·)\s?")


def _month_of_list(text: str, start: int, refs: list[DateRef], continued: set[int]) -> date | None:
    """The month and year of a bare day (`N일`) that goes on from a day with its month (`7월 28일과
    29일`, `9월 14일~15일`, or a day continuing one): read on its own, it would be the latest such day before
    publication, in another month."""
    before = [r for r in refs if r.end <= start and r.precision == "day"]
    if not before:
        return None
    last = max(before, key=lambda r: r.end)
    if not _DAY_JOINER.fullmatch(text, last.end, start):
        return None
    return last.value if "월" in last.text or last.start in continued else None


# What a day attached to the act of saying is followed by: a reporting verb, an event held or attended
# that day, a visit, or the meeting it was said at (`13일 밝혔다`, `지난 24일 … 행사를 개최했다`, `11일 … 전통시장을
# 찾아`, `13일 확대간부회의에서`).
_SAID_AT = re.compile(
    r"(?:말|밝|전|강조|설명|덧붙|당부|다짐|약속|주문|지적|발표|제시|언급|답|역설|호소|촉구|제안|주장)(?:했|혔|였|한|힌|하며|하고)"
    r"|개최|열린|열렸|열고|열어|가졌|갖고|가진|참석|찾아|찾았|방문해|방문했|방문한"
    r"|(?:회의|간담회|토론회|설명회|보고회|회견|브리핑|행사|포럼|세미나|대회|조회|연설|인터뷰|방송|식)에서"
)
# `대통령이 지난달 28일 … 선언한 것과 관련 양 지사가 “…”고 말했다`: a day inside the matter spoken about
# (`…한 것과 관련(해)`, `…한 데 대해`, `…한 것을 두고`) is that matter's day, not the saying's.
_MATTER = re.compile(
    r"[가-힣](?:한|된|던|는)\s?(?:것과\s?관련|것에\s?대해|데\s?대해|것을\s?두고|것에\s?대한)"
)
# `…을 개관했다고 밝혔다`: a day before a quotative ending belongs to what is reported, not to the saying.
# (Not the quotative of a quote itself: `28일 “…”이라고 밝혔다`, the quote blanked out, is the saying's day.)
_CONTENT_QUOTATIVE = re.compile(r"(?<![”\"’'」』])[가-힣](?:다|라|자)(?:고|며|면서)\s")
# ... unless the reported clause is an intention (`…이끌어 나아가겠다고 밝혔다`, `…할 계획이라고`,
# `…키우자고`): what is still to be done cannot have happened on a past day, so that day is the saying's.
_FUTURE_QUOTED = re.compile(r"(?:겠다|(?:계획|방침|예정|것)이?라|자)(?:고|며|면서)\s")
# So is a clause in the present tense after a bare day (`광산구는 13일 … 추가 입주자를 모집한다고 밝혔다`): a verb's
# `-ㄴ다` tells what is done now or next, and what was done on a past day is told in the past (`모집했다고`). Not after
# `지난 N일`, which news writes for the day of an act told beside the saying (`지난 15일 … 협약을 체결하고, … 300억원을
# 투입한다고 밝혔다`).
_PRESENT = "".join(chr(0xAC00 + i) for i in range(4, 11172, 28))  # the syllables ending in ㄴ (한, 된, 간, 는 …)
_PRESENT_QUOTED = re.compile(rf"[{_PRESENT}]다(?:고|며|면서)\s")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _content_quotative(text: str, start: int, end: int, *, present: bool = False) -> bool:
    """Whether text[start:end] holds the quotative ending of a clause telling a past act or a fact (not
    an intention; with `present`, not a clause in the present tense either)."""
    return any(
        _FUTURE_QUOTED.search(text, max(start, m.start() - 4), m.end()) is None
        and not (present and _PRESENT_QUOTED.match(text, m.start()))
        for m in _CONTENT_QUOTATIVE.finditer(text, start, end)
    )


def _attached(text: str, ref: DateRef, following: DateRef | None) -> bool:
    """Whether `ref` dates the act of saying or the event where it was said: before the next date and the
    end of its sentence, a reporting verb or an event follows it, with no reported clause in between."""
    end = following.start if following is not None else len(text)
    stop = _SENTENCE_END.search(text, ref.end, end)
    window = text[ref.end : stop.start() if stop else end]
    said = _SAID_AT.search(window)
    return (
        said is not None
        and not _content_quotative(window, 0, said.start(), present=not ref.text.startswith("지난"))
        and not _MATTER.search(window, 0, said.start())
    )


def point_days(text: str, refs: list[DateRef], published: date | None) -> list[DateRef]:
    """The days `text` places its acts on: point days up to the publication day, not a day in brackets that
    only dates the thing named before it ('사회복지의 날(9월 7일)을 기념해', set-is is-01)."""
    return [
        r
        for r in refs
        if r.precision == "day"
        and r.role == "point"
        and (published is None or r.value <= published)
        and not _in_brackets(text, r)
    ]


def _in_brackets(text: str, ref: DateRef) -> bool:
    """The day stands alone in brackets: '(9월 7일)'."""
    before, after = text[max(0, ref.start - 3) : ref.start], text[ref.end : ref.end + 3]
    return before.rstrip().endswith("(") and after.lstrip().startswith(")")


def said_on(
    text: str, published: date | None, refs: list[DateRef] | None = None, *, attribution: bool = False
) -> DateRef | None:
    """The point day of `text` that is attached to a reporting verb or an event (`…했다고 13일 밝혔다`,
    `13일 확대간부회의에서`), else its first point day; None without one.

    `attribution`: `text` is the attribution of a quote (the quote blanked out). There a day inside a
    clause the attribution itself reports (`22일 완전개방했다고 강조한 강 시장은 “…”고 제시했다`) is the day of
    that other act, not of the quote, and is no fallback."""
    if refs is None:
        refs = find_dates(text, published)
    points = point_days(text, refs, published)
    for i, ref in enumerate(points):
        if _attached(text, ref, points[i + 1] if i + 1 < len(points) else None):
            return ref
    if attribution:
        points = [r for i, r in enumerate(points) if not _reported_in(text, r, points[i + 1 : i + 2])]
    return points[0] if points else None


def _reported_in(text: str, ref: DateRef, following: list[DateRef]) -> bool:
    """A quotative ending (`…했다고`, `…라며`) or the matter spoken about (`…한 것과 관련`) follows `ref`
    before the next date and the end of its sentence: the day belongs to a clause that is reported."""
    end = following[0].start if following else len(text)
    stop = _SENTENCE_END.search(text, ref.end, end)
    stop_at = stop.start() if stop else end
    return _content_quotative(text, ref.end, stop_at) or _MATTER.search(text, ref.end, stop_at) is not None


# `11일 구에 따르면`: the day the source gave the news (it dates the narration that follows, not what
# other people said).
_ACCORDING = re.compile(r"\s?[^.!?]{0,20}?에\s?따르면")


@dataclass(frozen=True)
class EventDay:
    """The day of the event an article reports, and whether it is only the day of its source."""

    value: date
    source: bool = False


def lead_event(text: str, published: date | None) -> EventDay | None:
    """The day of the event a passage reports: the day attached to its reporting verb or to the event
    (`13일 밝혔다`, `9일 오전 열린 체결식에서`), or the day of its source (`11일 구에 따르면`). A day the
    passage only mentions (`지난 3일 … 공모에 선정돼`, `지난 9일 개관`) is what happened then, not the day of
    the event reported: None. Quotes should be blanked out of `text`: their days are what they describe."""
    points = point_days(text, find_dates(text, published), published)
    for i, ref in enumerate(points):
        if _attached(text, ref, points[i + 1] if i + 1 < len(points) else None):
            # an event on several days (`지난 12일과 16일 … 상점가를 찾아`) is dated by the first
            while i > 0 and _DAY_JOINER.fullmatch(text, points[i - 1].end, points[i].start):
                i -= 1
            return EventDay(points[i].value)
        if _ACCORDING.match(text, ref.end):
            return EventDay(ref.value, source=True)
    return None


def event_day(text: str, published: date | None) -> date | None:
    """The day of `lead_event`, source days included."""
    event = lead_event(text, published)
    return event.value if event is not None else None


def _period(refs: list[DateRef]) -> tuple[date | None, date | None, str | None]:
    starts = [r for r in refs if r.role == "from"]
    ends = [r for r in refs if r.role == "until"]
    if not starts and not ends:
        return None, None, None
    start = starts[0] if starts else None
    end = ends[-1] if ends else None
    text = " ~ ".join(r.text + ("부터" if r.role == "from" else "까지") for r in (start, end) if r)
    return (start.value if start else None), (end.value if end else None), text


def claim_date(
    text: str,
    published: date | None,
    *,
    event: date | None = None,
    reported: bool = False,
    frame: str | None = None,
) -> ClaimDate:
    """The day `text` was said: its own day expression when it reports an event on a day (the one
    attached to its reporting verb or event first: `…했다고 13일 밝혔다`), else the article's event day for
    reported speech (`reported`) or `이날`, else the publication day.

    `frame`: for a quote, its attribution (the sentence with the quotes blanked out), where the day it
    was said is looked for; a day inside the quote (`“지난달 16일 … 시작했다”`) is what it describes and
    only gives the period. Without a publication date nothing relative can be placed, so the claim date
    is None.
    """
    refs = find_dates(text, published)
    period_start, period_end, period_text = _period(refs)
    if published is None:
        return ClaimDate(None, None, period_start, period_end, period_text)
    if frame is not None:
        own = said_on(frame, published, attribution=True)
        said_text = frame
    else:
        own = said_on(text, published, refs)
        said_text = text
    if own is not None:
        day = own.value
    elif event is not None and (reported or "이날" in said_text or "이 날" in said_text):
        day = event
    else:
        day = published
    return ClaimDate(day, "day", period_start, period_end, period_text)
