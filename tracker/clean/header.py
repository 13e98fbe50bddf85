"""The top of an article: headline, subheadline, date/outlet/byline lines, and the dateline that opens
the first paragraph. Records unwrapped from databases and apps put headline, date and outlet on their
first lines; scraped pages add a byline and often repeat the headline block."""

from __future__ import annotations

import itertools
import re
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from functools import lru_cache

from tracker.clean.captions import agency_photo_caption, archive_credit, bare_provider_line, is_caption_line
from tracker.clean.dates import DATE_LABEL, is_date_line, labelled_date, short_year_date
from tracker.clean.found import Found
from tracker.clean.lines import (
    BROADCAST_MARKER,
    BROADCAST_TURNS,
    CLOCK,
    DESK_NAME,
    EMAIL,
    REPORTER_NAME,
    REPORTER_TITLE,
    SECTIONS,
    SURNAME,
    byline_outlet,
    footer_line,
    page_end_line,
)
from tracker.clean.outlets import (
    NEWS_LISTS,
    known_outlet_prefix,
    outlet_for_domain,
    outlet_for_site_name,
    outlet_name,
    shaped_like_outlet,
)

_REPORTER = rf"(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}"
_DESK = re.compile(rf"^【(?P<desk>[^】=]{{2,30}})】\s*(?:{_REPORTER}\s*=\s*)?")
# (the place may carry its province in round brackets: '[울진(경북)=데일리한국 손호영 기자]', set-hm hm-04)
_PLACE_OUTLET = re.compile(
    rf"^[\[(【](?P<place>[^\])】=\n(]{{1,15}})(?:\([가-힣]{{2,4}}\))?\s*=\s*(?P<outlet>[^\])】\n]{{1,25}})[\])】]\s*"
    rf"(?:{_REPORTER}\s*=\s*)?"
)
# '[천지일보 연천=손정수 기자]', '[가나일보=홍길동 기자]', '[대구=홍길동 기자]': outlet and/or regional desk,
# then the reporter, in one bracket.
# The desk may also follow the outlet in round brackets: '[아시아경제(수원)=이영규 기자]'.
# or after a comma: '[가나뉴스,대구=홍길동 기자]'.
_OUTLET_PLACE_REPORTER = re.compile(
    rf"^[\[【(](?P<outlet>[^\]】()=\n]+?)(?:(?:\s*,\s*|\s+)(?P<place>[^\]】()=\s,]{{1,10}})|\((?P<desk>[^()\]】=\s]{{1,10}})\))?"
    rf"\s*=\s*{_REPORTER}\s*[\]】)]\s*"
)
# The outlet part of '[place=outlet reporter 기자]' ('[인천=이데일리 이종일 기자]'): wire services and dailies
# print the desk's place, then the outlet and the reporter in the same bracket.
_OUTLET_THEN_REPORTER = re.compile(rf"^(?P<outlet>\S+(?:\s\S+)?)\s+{_REPORTER}$")
# (a slash or a bar may stand between them: '[일요서울ㅣ이지현 기자]', and the desk's place after the bar: '[일요서울ㅣ목포
# 조광태 기자]', set-lb lb-08; or a spaced dash: '[뉴스통 - 김광열 기자]', set-lz lz-05)
_OUTLET_REPORTER = re.compile(
    rf"^\[(?P<outlet>[^\]=\n/|ㅣ]+?)(?:\s+[-–]\s+|\s+|\s*[/|ㅣ]\s*(?:(?P<place>[가-힣]{{2,4}})\s+)?){_REPORTER}\]\s*"
)
# A writer's name and a post in place of '기자': '심현주 서울1본부장', '홍길동 편집국장'.
_NAME_AND_POST = re.compile(
    rf"^(?P<name>{SURNAME}[가-힣]{{1,2}})\s+[가-힣0-9]{{0,8}}(?:본부장|지사장|국장|부장|차장|팀장|편집장|대표|논설위원)$"
)
# The desk's place before a box-drawing bar, then the outlet and the reporter: '[인천│스포츠서울 장관섭기자]' (set-ce ce-08).
_PLACE_BOX_BAR = re.compile(r"^\[(?P<place>[가-힣]{2,4})\s*│\s*")
# The reporter alone in the bracket: '[이한영 기자] 대전시 대덕구가 …'.
_BRACKET_REPORTER = re.compile(rf"^\[\s*{_REPORTER}\s*\]\s*")
# The same in round brackets, '(동양일보 김진식 기자) 증평군은 …': only with a name shaped like an outlet
# ('(사진 홍길동 기자)' is a credit).
# Also in angle brackets, with the desk's place before a slash: '<전국매일신문 세종/ 유양준기자 >이춘희 …'.
_PAREN_OUTLET_REPORTER = re.compile(rf"^\((?P<outlet>[^)=\n]+?)\s+{_REPORTER}\)\s*")
_ANGLE_OUTLET_REPORTER = re.compile(rf"^<(?P<outlet>[^<>=/\n]+?)(?:\s+|\s*/\s*){_REPORTER}\s*>\s*")
# The desk's place and the outlet with a slash between them, the reporter after the bracket with '=' or a bar:
# '[대전/CTN]홍길동 기자ㅣ…', '[부산/가나일보] 홍길동 기자 = …'.
_PLACE_SLASH_OUTLET = re.compile(
    rf"^\[(?P<place>[^\]/=\n]{{1,12}}?)\s*/\s*(?P<outlet>[^\]/=\n]{{1,20}}?)\s*\]\s*(?:{_REPORTER}\s*[=ㅣ|]\s*)?"
)
# A desk's place and the outlet with a slash between them, inside a byline bracket: '부산/뉴스투데이'.
_PLACE_SLASH = re.compile(r"^\s*(?P<place>[가-힣]{2,4})\s*/\s*(?P<outlet>[^/\s][^/]{1,20}?)\s*$")
# The desk's place and the outlet with a space between them, no reporter: '(원주 더리더) “광역교통망 …”', '[대구 가나일보]'.
_PLACE_SPACE_OUTLET = re.compile(r"^[(\[](?P<place>[가-힣]{2,4})\s+(?P<outlet>[가-힣A-Za-z0-9&]{2,12})[)\]]\s*")
_BRACKET_OUTLET = re.compile(r"^\[(?P<desk>[^\]=\n]{2,25})\]\s*")
# A known outlet alone in round brackets: '(정도일보) 김태우 서울 강서구청장이 …'.
_PAREN_OUTLET = re.compile(r"^\((?P<desk>[^)=\n]{2,25})\)\s*")
_REPORTER_EQ = re.compile(rf"^{_REPORTER}\s*=\s*")
# A place dateline whose bracket is never closed: '(울산= 장영은 기자 = "울산 전통시장, …'.
_UNCLOSED_PLACE_REPORTER_EQ = re.compile(rf"^\((?P<place>[가-힣]{{1,6}})\s*=\s*{_REPORTER}\s*=\s*")
# The outlet, then the reporter after '=', then a bar before the story: '가나일보 = 홍길동 기자 | 전 세계 …'; or the
# outlet alone before the bar: '가나일간신문 | 의령군은 …' (templates that print the byline as a lead-in).
_OUTLET_EQ_REPORTER_BAR = re.compile(
    rf"^(?P<outlet>[^\s\[\]()【】<>=|ㅣ\d]{{2,15}})\s*(?:=\s*{_REPORTER}\s*)?[|ㅣ]\s+"
)
# The desk's place, '=' and the outlet, then the reporter, with no brackets or '=' after: '인천=에너지경제신문 송인호 기자
# 유정복 인천시장이 …' (set-fk fk-01).
_PLACE_EQ_OUTLET_REPORTER = re.compile(
    rf"^(?P<place>[가-힣]{{1,6}})\s*=\s*(?P<outlet>[^\s=\[\]()]{{2,15}})\s+{_REPORTER}(?!회견)(?:\s*=\s*|\s+)(?=\S)"
)
# The outlet, '=' and the reporter, then the story with no mark between, even glued: '인천투데이=김도윤 기자이영훈
# 인천 미추홀구청장이 …' (set-eu eu-08).
_OUTLET_EQ_REPORTER = re.compile(
    rf"^(?P<outlet>[^\s\[\]()【】<>=|ㅣ\d]{{2,15}})\s*=\s*{_REPORTER}(?!회견)(?![가-힣]*\s*=)\s*"
)
# The outlet and the reporter, then a bar before the story: '동네방네 김형규 기자 | 김해시는 …'.
# (the outlet may carry an aside in round brackets: '데일리연합(월간, 한국뉴스신문) 양평호 기자 | 완주군은 …')
_OUTLET_REPORTER_BAR = re.compile(
    rf"^(?P<outlet>[^\s\[\]()【】<>=|ㅣ\d]{{2,15}})(?:\([^()\n]{{1,20}}\))?\s+{_REPORTER}\s*[|ㅣ]\s+"
)
# An outlet before the reporter, without brackets: '아주경제 김병진 기자 = ', '뉴시스 대구 홍길동 기자 = ', and with the
# reporter's desk after the name: '아주경제 윤정훈(제주) 기자 = ' (set-pm pm-09).
_BARE_OUTLET_REPORTER_EQ = re.compile(
    rf"^(?P<outlet>[^\s\[\]()【】<>=\d]{{2,15}})\s+(?:(?P<place>[가-힣]{{1,6}})\s+)?"
    rf"(?P<name>{REPORTER_NAME})(?:\([가-힣]{{1,6}}\))?\s*{REPORTER_TITLE}\s*=\s*"
)
# Headlines may end in '?' or '!' ('성공할까?'), never in a full stop.
_SENTENCE_END = re.compile(r"\.[\"'”’)\]]*$")
# ... but may trail off in two dots, as an ellipsis ('… 되어주고 있어서 고맙다”..'); three dots end a sentence
_TWO_DOTS = re.compile(r"[^.]\.\.$")
# ('•' opens the items of a template's byline block and menus: '• 기자명 …', '• 사회', '• 입력 …')
_NOT_HEADLINE_START = re.compile(r"^[▲△↑■◆●※☞•∙◦]")
_HANGUL = re.compile(r"[가-힣]")
# A byline that gives the reporter's name without '기자', then the date: '이창익 2024. 1. 9. 10:30',
# '홍대인 | 기사입력 2016-08-31 22:22:16' (only read in the header, where such a line cannot be a sentence).
# The name must open with a common family name, and the date be labelled or carry a time: a place before a
# bare date ('서울 2019.05.06') is a dateline, not a byline.
_NAME_THEN_DATE = re.compile(
    rf"^(?P<name>{SURNAME}"
    rf"[가-힣]{{1,3}})\s*[|ㅣ/⁄·]?\s*(?P<date>(?P<label>{DATE_LABEL})?\d.*)$",
    re.IGNORECASE,
)
_PLACES = frozenset(
    [
        "서울",
        "부산",
        "대구",
        "인천",
        "광주",
        "대전",
        "울산",
        "세종",
        "경기",
        "강원",
        "충북",
        "충남",
        "전북",
        "전남",
        "경북",
        "경남",
        "제주",
        "수원",
        "성남",
        "고양",
        "용인",
        "창원",
        "청주",
        "전주",
        "천안",
        "안산",
        "안양",
        "남양주",
        "화성",
        "김해",
        "포항",
        "평택",
        "제천",
        "원주",
        "춘천",
        "강릉",
        "구미",
        "경주",
        "진주",
        "여수",
        "순천",
        "목포",
        "익산",
        "군산",
        "서귀포",
    ]
)
_WEEKDAY = re.compile(r"\(\s*[월화수목금토일]\s*\)")
# A market ticker's lines above a finance site's title (set-cr cr-02, set-hg hg-08, wowtv): an index's name, a figure
# (maybe bulleted, signed or a percentage), the ticker's page counter.
_TICKER = re.compile(
    r"^(?:코스피|코스닥|코스피200|KOSPI|KOSDAQ|나스닥|다우|S&P500|원/달러|환율|[•▲▼△▽+\-\s]*\d[\d,]*(?:\.\d+)?%?|\d{1,2}/\d{1,2})$"
)
_DATE_BAR = re.compile(
    # '05.14 (화)', and a full date with its weekday after the day's name ('석가탄신일2020.05.30(토)', set-qp qp-05)
    rf"^(?:\d{{1,2}}\s*[./]\s*\d{{1,2}}|[가-힣]{{2,8}}(?:19|20)\d{{2}}\s*[./-]\s*\d{{1,2}}\s*[./-]\s*\d{{1,2}})\.?\s*{_WEEKDAY.pattern}$"
)
# A site's name in Latin letters alone on a line ('newsis', 'The Daily News'): its logo's text, printed above the
# title; an outlet the table knows ('KBS') is read as an outlet line before this is tried.
_LATIN_SITE_NAME = re.compile(r"^[A-Za-z][A-Za-z .&'-]{1,29}$")
_LABEL_FIRST = re.compile(rf"^(?:{DATE_LABEL})", re.IGNORECASE)
_SENTENCE_END_ANYWHERE = re.compile(r"[다요]\.(?:\s|$)")


def same_text(a: str, b: str) -> bool:
    """Equal once spaces and quote styles are ignored (repeated headline blocks differ in those)."""
    return _key(a) == _key(b) and bool(_key(a))


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    return re.sub(r"[\s\"'“”‘’]", "", text)


def headline_like(line: str) -> bool:
    """Short, not a sentence, not a dateline, subhead marker or contact line."""
    return (
        4 <= len(line) <= 150
        # 'check 3d gpu' and other script or menu leftovers are not, nor a date bar with its weekday ('05.14 (화)')
        and _HANGUL.search(_WEEKDAY.sub("", line)) is not None
        and (not _SENTENCE_END.search(line) or _TWO_DOTS.search(line) is not None)
        and not _NOT_HEADLINE_START.match(line)
        and "@" not in line
        and not any(
            p.match(line)
            for p in (_DESK, _OUTLET_PLACE_REPORTER, _PLACE_OUTLET, _OUTLET_REPORTER, _REPORTER_EQ)
        )
        and not _bare_outlet_dateline(line)
        and not _place_outlet_dateline(line)
        and not _dated(line)
        and not _SENTENCE_THEN_CREDIT.search(line)
        and not _PHOTO_CREDIT.search(line)
    )


# A photo credit anywhere in the line makes it a caption ('… 기념 촬영 하고 있다 [사진=청도군 제공]', '2017년도
# 농림축산식품사업 심의회. 사진제공=달성군'): a title names no photographer.
_PHOTO_CREDIT = re.compile(r"[\[(/]\s*사진\s*(?:제공)?\s*[=:：]|사진\s*제공\s*[=:：]|(?<![가-힣])사진\s*=")


# A sentence with a photo credit after it ('... 밝혔다.(사진제공=동구청)', '... 밝혔다. / 대전교육청', '... 발표하고
# 있다. 전주시') is a caption or story, not a title ('"…하겠다." 김 시장' keeps its quote mark after the stop).
_SENTENCE_THEN_CREDIT = re.compile(r"[다요]\.\s*[(\[<]|[다요]\.\s*/?\s*[가-힣A-Za-z][가-힣A-Za-z ·=]{0,14}$")


_DATE_WORD = re.compile(r"\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}")


def _dated(line: str) -> bool:
    """A line whose date is its main content: a (labelled) date line, or a page label with a date
    ('최종편집일 2020-11-30 16:02', '업데이트 2020.01.02'). A headline may quote a year, never a full
    date with a time or a label."""
    if not any(c.isdigit() for c in line):
        return False
    if is_date_line(line):
        return True
    m = _DATE_WORD.search(line)
    return m is not None and m.start() <= 12 and len(line) - m.end() <= 12 and CLOCK.search(line) is not None


# A bracketed byline with the date inside a header line: '고교부터 2020년부터 [권대정 기자 2017-11-08 오후 1:34:42 수요일]
# djk3545@empas.com' (the text before it is the subheadline, an e-mail may follow).
_BRACKET_BYLINE_DATE = re.compile(
    rf"[\[【(]\s*(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}\s*[|ㅣ/·]?\s*(?P<date>\d[^\]】)\n]{{5,40}})[\]】)]"
    rf"(?:\s*[(<]?(?P<email>{EMAIL})[)>]?)?\s*$"
)


def bracket_byline(line: str) -> Found | None:
    """'고교부터 2020년부터 [권대정 기자 2017-11-08 오후 1:34:42 수요일] x@y.com' -> reporter, date and the
    text before the bracket (a subheadline when it reads as one, else a caption); None when the line ends
    in no such bracket."""
    if "기자" not in line and "특파원" not in line:
        return None
    m = _BRACKET_BYLINE_DATE.search(line)
    if not m or not is_date_line(m["date"].strip()):
        return None
    before = line[: m.start()].strip()
    found = Found(
        reporter=m["name"],
        published=m["date"].strip(),
        email_outlet=outlet_for_domain(m["email"]) if m["email"] else None,
    )
    if before and headline_like(before):
        return found.merge(Found(subheadline=before))
    return found.merge(Found(captions=(before,) if before else ()))


_NEWS_SECTION = re.compile(SECTIONS)


def header_field_line(line: str) -> tuple[bool, Found]:
    """(drop?, what it told) for a header line that is not a footer line anywhere else: a byline without
    '기자' before the date ('이창익 2024. 1. 9. 10:30'), or a row of board fields that holds a labelled date
    ('작성자 관리자 작성일21-04-19 21:44 조회1,933회 댓글0건'; the board's writer is an admin, not the reporter)."""
    if (m := _URL_LINE.match(line)) and (outlet := outlet_for_domain(m["host"])):
        return True, Found(outlet=outlet)  # the page's own address above the story (its share bar's 'URL 복사')
    if m := _OUTLET_FIELD.match(line):
        # '· 신문사 : 헤드라인제주' (set-hb hb-08): a government board reposting a paper's story names the paper
        return True, Found(outlet=outlet_name(m["name"]) or m["name"].strip())
    if len(line) > 120 or _SENTENCE_END_ANYWHERE.search(line) or not any(c.isdigit() for c in line[:60]):
        return False, Found()
    m = None if _LABEL_FIRST.match(line) else _NAME_THEN_DATE.match(line)
    if (
        m
        and m["name"] not in _PLACES
        and not _NEWS_SECTION.fullmatch(m["name"])  # '전국 입력 2025-10-15 …': the section, not a name
        and (m["label"] or CLOCK.search(m["date"]))
        and is_date_line(m["date"])
    ):
        if m["name"].startswith(("주간", "월간")) or outlet_name(m["name"]) is not None:
            # '주간시흥 기사입력 2018/10/20 [23:40]' (set-ft ft-02): a weekly's name where the byline's would stand
            return True, Found(outlet=outlet_name(m["name"]) or m["name"], published=m["date"])
        # '편집부 / 2015-07-01 11:28:57': the desk that posted the story, not its reporter
        reporter = None if DESK_NAME.match(m["name"]) else m["name"]
        return True, Found(reporter=reporter, published=m["date"])
    if date := labelled_date(line):
        # the reporter may open the row: '김경태 기자 / 1504호입력 : 2022년 11월 14일 …' (set-fa fa-07), or close it
        # after the time: '입력 2019년02월28일 21시09분 홍성찬' (set-ga ga-06)
        lead = _REPORTER_LEAD.match(line) or _NAME_AFTER_TIME.search(line)
        # a board's writer field that names the paper posting its own story: '작성자 no_profile 순천독립신문 쪽지보내기 …'
        poster = _POSTING_PAPER.match(line)
        return True, Found(
            reporter=lead["name"] if lead else None,
            published=date,
            outlet=(outlet_name(poster["paper"]) or poster["paper"]) if poster else None,
        )
    if (m := _SECTION_THEN_DATE.match(line)) and is_date_line(m["date"]):
        return True, Found(published=m["date"])  # '뉴스종합|2019-10-09 07:24': the section, then the date
    return False, Found()


def _bare_name(text: str) -> bool:
    """A person's name of three syllables that is no outlet and no place: '김은지'."""
    return (
        bool(_THREE_SYLLABLE_NAME.fullmatch(text))
        and outlet_name(text) is None
        and text not in _PLACES
        and text not in _local_government_names()
    )


_THREE_SYLLABLE_NAME = re.compile(rf"{SURNAME}[가-힣]{{2}}")
# A reporter's byline and nothing else: '남상훈 기자'.
_REPORTER_ONLY = re.compile(rf"^{_REPORTER}$")
# A reporter's byline opening a row of page fields, before a bar: '김경태 기자 / 1504호입력 : …'.
_REPORTER_LEAD = re.compile(rf"^{_REPORTER}\s*[/|ㅣ]")
# A name alone closing a dated row after the time: '입력 2019년02월28일 21시09분 홍성찬'.
_NAME_AFTER_TIME = re.compile(rf"(?:\d{{1,2}}시\s*\d{{1,2}}분|\d{{1,2}}:\d{{2}}(?::\d{{2}})?)\s+(?P<name>{SURNAME}[가-힣]{{1,2}})$")
# A board's writer field whose writer is a paper: '작성자 no_profile 순천독립신문 쪽지보내기 메일보내기 … 작성일 23-03-27'
# (the profile image's alt text, then the writer's name and the board's member links; set-qu qu-03).
_POSTING_PAPER = re.compile(
    r"^작성자\s+(?:no_profile\s+)?(?P<paper>[가-힣A-Za-z]{1,10}(?:신문|일보|뉴스|타임즈|타임스|방송))\s+(?:쪽지보내기|메일보내기|자기소개|작성일)"
)
# A board's field naming the paper a reposted story comes from: '· 신문사 : 헤드라인제주', '언론사: 중도일보'.
_OUTLET_FIELD = re.compile(r"^[·•\s]*(?:신문사|언론사|매체명)\s*[:：]\s*(?P<name>[가-힣A-Za-z0-9&][가-힣A-Za-z0-9& ]{1,19})$")
# A bare web address on a line of its own: 'https://stgauto.asiatoday.co.kr/kn/view.php?key=…'.
_URL_LINE = re.compile(r"^https?://(?P<host>[A-Za-z0-9.-]+)(?:[/?#]\S*)?$")
# The section a story is filed under, a bar, then the date: '지역뉴스|2019-10-09 07:24', '사회 | 2020.03.04 18:00'.
_SECTION_THEN_DATE = re.compile(r"^[가-힣A-Za-z·ㆍ/&]{2,8}\s*[|ㅣ]\s*(?P<date>(?:19|20)\d{2}\D.*)$")


def take_header(
    lines: list[str],
    known_headline: str | None = None,
    repeats: tuple[str, ...] = (),
    *,
    headless: bool = False,
    subjects: tuple[str, ...] = (),
) -> tuple[list[str], Found]:
    """Consume the leading headline / subheadline / date / outlet / byline lines.

    The first line is the headline when it is headline-like and more text follows; the line right after
    it is the subheadline when it is headline-like too; a repeated headline in between (scraped pages
    print the title twice) does not count. A photo caption is neither. Copies of either further down are
    dropped by `drop_repeats`, as are lines equal to one of `repeats` (a title an export gave). Stops at
    the first line that reads as body text.

    `headless`: the text is a page's main content without its title (as a page store keeps it): no line
    is the headline, unless the store kept the title: a first headline-like line that opens with a local
    government as its subject ('고양시, 수도권 30분 생활권 가속…', `subjects`) is the headline; other
    headline-like lines above the story are subheadlines (the first) or set aside with the captions (the
    others).

    Further headline-like lines right below the subheadline (pages print two or three) go to the captions.
    """
    found = Found(headline=known_headline)
    headline, subheadline = known_headline, None
    title_line = None  # a title line cut into headline and subheadline (`split_dashed_title`)
    previous_was_headline = False
    set_aside = 0
    extra = -1  # subheadlines past the first; counting starts once there is one
    fields_seen = False  # byline/date lines below the headline: a subheadline may still follow them
    index = 0
    rest_count = sum(1 for line in lines if line)
    site_date = None  # an unlabelled date above the title: the site's today-date bar, unless no title follows
    menu = set() if headless else _menu_items(lines) | _breadcrumb(lines)
    menu_keys = {_key(lines[i].lstrip(_BULLETS)) for i in menu}
    credit_due = False  # the line before was a photo caption: its credit may follow on a line of its own
    for index, line in enumerate(lines):
        if not line:
            continue
        rest_count -= 1
        if credit_due and bare_provider_line(line):
            # '연합뉴스' below '최문순(왼쪽·…) 강원도지사 당선자' (set-hd hd-08): the photo's credit, not the outlet
            found = found.merge(Found(captions=(line,)))
            continue
        credit_due = False
        if headline is None and found.outlet is None and _site_name_line(lines, index):
            # 'ndaily' / title / '기사 작성일 : 2025-02-17 10:01:12'; a name the table knows by its domain is that
            # outlet ('newsis' -> 뉴시스)
            found = found.merge(Found(outlet=outlet_for_site_name(line) or line))
            continue
        if headline is None and (index in menu or _menu_row(line, menu_keys) or _nav_button(line, lines[index + 1 :])):
            continue  # the site's menu above the title: its items, the same items run together, a back button
        if len(line) <= 200 and " / " in line and (video := _video_title(line)) is not None:
            if headline is None:
                headline = video[0]  # '… 어디로? / KBS 2025.10.29. #KBSNews': a broadcaster's video page
                found = found.merge(Found(outlet=video[1], published=video[2]))
                previous_was_headline = True
                continue
            if same_text(video[0], headline):
                continue  # the same title line printed again
        if headline is None and not headless and _stopped_title(line, lines[index + 1 :]):
            headline = line  # '대전시, 스마트도시 밑그림 그린다.' right above the date line: a title, stop and all
            previous_was_headline = True
            continue
        if headline is None and not headless and _repeated_title(line, lines[index + 1 :]):
            headline = line  # '화천군에 오시면 아이가 생깁니다.' printed twice: the title, though it ends in a stop
            previous_was_headline = True
            continue
        if (
            headline is None
            and not headless
            and (_SHORT_LABEL.match(line) or _CODE_LINE.match(line) or _BOARD_LABEL.match(line))
            and not fields_seen
            and _title_follows(lines, index)
        ):
            continue  # 'X', '속보', '단독', '검색', 'G03-8236672469': a button, label or slot id above the title
        if headline is None and not headless and len(line) <= 60 and _menu_words_row(line):
            continue  # '뉴스홈 경제 정치 연예 스포츠', '전국 충청': the site's sections above the title
        if headline is None and not headless and _NAV_LINE.match(line) and _title_follows(lines, index):
            continue  # 'MTN 사이트 메뉴', '엠티엔더블유로 이동': the site's navigation links above the title
        if (
            headline is None
            and len(line) <= 40
            and _SITE_CHROME.search(line)
            and _title_follows(lines, index)
        ):
            continue  # '기사상세페이지', '주요뉴스 경기남부', '최종편집…': the site's furniture above the title
        if line.endswith(("DB", "자료사진")) and (archive := archive_credit(line)) is not None:
            # '원희룡 제주지사. 경향신문 자료사진' (set-ex ex-06): a file photo's caption, not a subheadline; its
            # credit counts when the outlet table knows the name ('국민DB' is no outlet's name)
            found = found.merge(Found(captions=(line,), inner_outlet=outlet_name(archive)))
            continue
        if headline is None and "댓글" in line and len(line) <= 200 and _COMMENT_NOTICE.search(line):
            continue  # '게시판 성격과 맞지 않는 부적절한 댓글은 일괄삭제합니다. …': a board's notice above the title (set-qn qn-04)
        if headline is None and _DATE_BAR.match(line):
            continue  # '05.14 (화)': the site's today-bar above the title, with no year to date anything
        if headline is None and not fields_seen and _TICKER.match(line):
            continue  # '코스피' / '2,501.24' / '• 20.61' / '• 0.83%' / '1/3': a finance site's market ticker above the title
        if headline is None and len(line) <= 20 and page_end_line(line):
            continue  # '최근기사', '많이 본 뉴스': a list widget's heading the page prints above the title
        if (
            headline is None
            and line.startswith(("제", "기사"))
            and (label := _TITLE_LABEL.match(line))
            and headline_like(line[label.end() :])
        ):
            line = line[label.end() :]  # '제목 부산시, …': a board's field label glued to the title
        elif headline is None and not headless and line[:1] in "•∙◦" and _lone_bulleted_title(lines, index):
            line = line.lstrip("•∙◦ ")  # '• 구로구, 청년지원팀 신설': a template that bullets its title
        bracketed = bracket_byline(line) if len(line) <= 160 else None
        if bracketed is not None:
            is_footer, told = True, bracketed
        elif len(line) <= 30 and line[:2] in ("19", "20") and (dated := _DATE_THEN_NAME.match(line)):
            is_footer, told = True, Found(published=dated["date"], field_reporter=dated["name"])
        else:
            is_footer, told = footer_line(line) if len(line) <= 120 else (False, Found())
        if not is_footer:
            is_footer, told = header_field_line(line)
        if not is_footer and (short := short_year_date(line)) and (headline is not None or not any(lines[:index])):
            # '21/10/16' below the title, or as the first line above it (a dump's row, set-nt nt-04): the record's date
            is_footer, told = True, Found(published=short)
        if (
            is_footer
            # a date bar with its weekday and no time may also stand right below the title ('2018. 09. 22 (토)', set-ew
            # ew-06); a dated line with its time there is the article's ('2020년 01월 16일(목) 00:00')
            and (headline is None or (_WEEKDAY.search(line) is not None and not CLOCK.search(line)))
            and not headless
            and told.published
            and _bare_date_line(line)
        ):
            site_date = site_date or told.published
            told = Found(**{**_fields(told), "published": None})
        if is_footer:  # date, byline, outlet or contact lines above the story
            if told.subheadline is not None:
                if subheadline is not None or headline is None:
                    told = Found(
                        **{
                            **_fields(told),
                            "subheadline": None,
                            "captions": (*told.captions, told.subheadline),
                        }
                    )
                else:
                    subheadline = told.subheadline
            found = found.merge(told)
            extra = -1
            fields_seen = True
        elif any(t and same_text(line, t) for t in (headline, subheadline, title_line, *repeats)):
            if any(t and same_text(line, t) for t in (headline, title_line)):
                continue  # the repeated title: the line after it may still be the subheadline
        elif (
            headless
            and headline is None
            and subheadline is None
            and set_aside == 0
            and rest_count > 0
            and headline_like(line)
            and not is_caption_line(line)
            and (
                _opens_with_subject(line, subjects)
                # (only above any outlet or byline line: below seoul.co.kr's brand '서울Pn' the golds read a lone
                # title-like line as the subheadline of a title the store lost, set-ct ct-01, set-ga ga-04)
                or (not fields_seen and (_lone_title(line, lines[index + 1 :]) or _first_stored_line(line)))
            )
        ):
            headline = line
            previous_was_headline = True
            continue
        elif (
            headless
            and set_aside < 3
            and headline_like(line)
            and rest_count > 0
            and not is_caption_line(line)
        ):
            set_aside += 1
            if subheadline is None:
                subheadline = line
            else:
                found = found.merge(Found(captions=(line,)))
            continue
        elif headline is None and _LATIN_SITE_NAME.match(line):
            continue  # 'newsis': the site's logo text above the title (a Korean title has Hangul)
        elif (
            headline is None
            and (not headless or (subheadline is None and set_aside == 0))
            and _section_label(line, lines[index + 1 :])
        ):
            continue  # '인사·동정', '마켓': the section the page files the story under, above the title
        elif headline is None and _section_field(line, fields_seen, lines[index + 1 :]):
            continue  # '• 사회' between '• 기자명 …' and '• 입력 …': the template's section field
        elif name := _bare_name_above_field(line, lines[index + 1 :]):
            found = found.merge(Found(field_reporter=name))  # '강승일' above '2024-04-02 17:02:31'
            fields_seen = True
            continue
        elif name := _bulleted_name(line, fields_seen, lines[index + 1 :]):
            found = found.merge(Found(field_reporter=name))  # '• 이형중' above '• 승인 2023.09.04 00:10'
            fields_seen = True
            continue
        elif outlet := _bulleted_outlet(line, lines[index + 1 :]):
            found = found.merge(Found(outlet=outlet))  # '• 포항통' above '• 승인 2019.11.20 16:23'
            fields_seen = True
            continue
        elif (
            headline is None
            and subheadline is None
            and (
                _ANAPHORIC_SUBJECT.match(line)
                or _SUBHEAD_DASH.match(line)
                or (_ANAPHORIC_OFFICIAL.match(line) and not _lone_title(line, lines[index + 1 :]))
            )
            and headline_like(line)
            and rest_count > 0
            and not is_caption_line(line)
        ):
            # '구, 수흐바토르구 … 진행': a bare '구,'/'시,' refers back to the government a title above named, so
            # this is the subheadline of a title the text lost (set-d d-10, set-f f-10 conventions)
            subheadline = line
            extra = 0
            continue
        elif (
            headline is None
            and subheadline is not None
            # (the block of subheadlines may be printed twice)
            and (0 <= extra < 2 or any(same_text(line, c) for c in found.captions))
            and headline_like(line)
            and rest_count > 0
            and not is_caption_line(line)
        ):
            # below a subheadline of a lost title: a page prints its title first, so a title-like line
            # here is the next subheadline ('시, 내달부터 …' / '"마구잡이 배출 도넘어…"'), not the title
            extra += 1
            found = found.merge(Found(captions=(line,)))
            continue
        elif (
            headline is None
            and headline_like(line)
            and rest_count > 0
            and _cut_copy(line, lines[index + 1 :])
        ):
            found = found.merge(Found(captions=(line,)))  # a caption or lead cut short, printed in full below
            continue
        elif headline is None and headline_like(line) and rest_count > 0 and not is_caption_line(line):
            if " > " in line and (trail := _TITLE_TRAIL.match(line)):
                # 'TITLE > YPN뉴스', 'TITLE > 행정', 'TITLE > HOT NEWS' (set-fh fh-02, set-fk fk-02, set-qu qu-03): a page
                # title's site or section
                line = trail["title"]
                found = found.merge(Found(outlet=outlet_name(trail["tail"])))
            headline, dashed = split_dashed_title(line)
            if dashed is None:
                headline, dashed = split_glued_title(line)
            if dashed is not None and subheadline is None:
                subheadline, title_line = dashed, line
                extra = 0
            previous_was_headline = dashed is None
            continue
        elif (
            (previous_was_headline or (headline is not None and fields_seen and line[:1] not in "[【(<"))
            and subheadline is None
            and headline_like(line)
            and rest_count > 0
            and not is_caption_line(line)
        ):
            subheadline = line
            previous_was_headline = False
            extra = 0
            continue
        elif (
            subheadline is not None
            and headline is not None
            and 0 <= extra < 2
            and headline_like(line)
            and rest_count > 0
            and not is_caption_line(line)
        ):  # a second or third subheadline
            extra += 1
            found = found.merge(Found(captions=(line,)))
            continue
        elif headline is None and not headless and is_caption_line(line) and _title_follows(lines, index):
            # '28일 … 기공식에서 김두겸 울산시장 … 등이 기공 시삽을 하고 있다.' above '울산시, … 기공식 개최' (set-gs
            # gs-02): the photo's caption printed above the title
            found = found.merge(Found(captions=(line,)))
            credit_due = True
            continue
        else:
            return lines[index:], _with_site_date(
                found.merge(Found(headline=headline, subheadline=subheadline)), site_date
            )
        previous_was_headline = False
    return [], _with_site_date(found.merge(Found(headline=headline, subheadline=subheadline)), site_date)


_BULLETS = "•·∙●○◦-* "

# A video page's title line: the title, then the channel and the day after a slash, maybe hashtags ('‘도심에
# 저수지 만들자’ 제안까지…대구 물 문제 어디로? / KBS 2025.10.29. #KBSNews', set-eo eo-06).
_VIDEO_TITLE = re.compile(
    r"^(?P<title>.{8,}?)\s+/\s+(?P<outlet>[^\s/]{2,12}(?:\s?뉴스)?)\s+"
    r"(?P<date>(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2})\.?(?:\s*#\S+)*$"
)


def _video_title(line: str) -> tuple[str, str, str] | None:
    """(title, outlet, date) of a video page's title line; the channel must be a known outlet."""
    m = _VIDEO_TITLE.match(line)
    if m is None or (outlet := outlet_name(m["outlet"])) is None:
        return None
    return m["title"], outlet, m["date"]


def _menu_items(lines: list[str]) -> set[int]:
    """Indices of the site's menu above the title: a run of five or more bulleted items ('• 뉴스', '• 뉴스 기사 보기',
    '• 편성표', …) before any other line, each short and none a sentence, date or byline (a template's byline block
    has three or four items, with a date)."""
    run: list[int] = []
    for index, line in enumerate(lines):
        if not line:
            continue
        if line[:1] not in "•∙◦●" or len(line) > 30 or _SENTENCE_END_ANYWHERE.search(line) or CLOCK.search(line):
            break
        if footer_line(line)[1].reporter or header_field_line(line)[0]:
            return set()
        run.append(index)
    return set(run) if len(run) >= 5 else set()


# A board's notice on its comments above a post's title: '부적절한 댓글은 일괄삭제합니다', '댓글 기능을 차단하오니'.
_COMMENT_NOTICE = re.compile(r"(?:부적절한|악성)\s?댓글|댓글\s?(?:기능|작성|쓰기)[을를]?\s?(?:차단|중지|제한)")
# A word of one to three letters alone on a line ('X', '속보', '단독', '검색'); not an image stub ('![]() |').
_SHORT_LABEL = re.compile(r"^[가-힣A-Za-z]{1,3}$")
# A government board's name above a press release's title: '보도자료', '보도·홍보 자료' (set-hb hb-08).
_BOARD_LABEL = re.compile(r"^보도\s?(?:[·ㆍ]\s?홍보\s?)?자료$")


# Words of a site's section menu: the sections, the regions a desk covers, the menu's own words.
_MENU_WORDS = frozenset(
    [
        *SECTIONS.split("|"),
        *("뉴스", "뉴스홈", "홈", "전체", "전체기사", "트렌드", "생활정보", "매체", "포토", "영상", "지자체", "정부부처"),
        *("충청", "호남", "영남", "수도권", "종교", "인터뷰", "TV", "MY", "International", "edition"),
        *NEWS_LISTS,  # '주요뉴스 대전·세종·충남', '지역뉴스 대구'
    ]
)
_MENU_SPLIT = re.compile(r"[\s·ㆍ/]+")


def _menu_words_row(line: str) -> bool:
    """Two or more menu words and nothing else ('정치·사회 지자체', '뉴스 트렌드 생활정보 International edition 매체')."""
    words = [w for w in _MENU_SPLIT.split(line) if w]
    return len(words) >= 2 and all(w in _MENU_WORDS for w in words)


# Navigation links: a menu's name, a link to another page ('MTN 사이트 메뉴', '엠티엔더블유로 이동', set-er er-06).
_NAV_LINE = re.compile(r"^(?:[가-힣A-Za-z]{1,10}\s)?(?:사이트\s?|전체\s?)?메뉴(?:\s?열기|\s?닫기)?$|^[가-힣A-Za-z]{1,12}(?:으로|로)\s?이동$")


# The site's furniture printed where a title could be: a page's label ('기사상세페이지', '도지사 보도자료', '카테고리
# 없음'), a news list's heading ('주요뉴스 경기남부', '실시간뉴스 전체보기', '뉴스데스크양구', '사회네트워크 매거진'), a
# menu or search box ('왼쪽 메뉴로 이동', '검색 입력폼', 'HOME 기획 인터뷰'), an edition stamp ('최종편집2024-04-25 …
# 기사제보 광고문의', '최종업데이트YYYY-mm-dd'), a site's notice or logo ('… 누리집', '한국일보 언론사 이미지', '서경방송
# 채널8번 로고', '창간 80주년 경향신문'). Read from the development sets' misses (titles taken from these lines);
# the story's title follows them.
_SITE_CHROME = re.compile(
    r"(?:주요|지역|실시간|최신|전체|인기)\s?뉴스|뉴스\s?데스크|매거진$|기사\s?상세|^메뉴$|메뉴로|메뉴\s?(?:이동|열기|닫기)"
    r"|최종\s?(?:업데이트|편집)|기사\s?제보|광고\s?문의|보도\s?자료$|누리집\s?-|누리집입니다|^HOME\b|언론사\s?이미지"
    r"|^슬로건\s?:|검색\s?입력|^카테고리|전체\s?보기|(?:방송|채널)\S*\s?로고$|^창간\s?\d+주년\s?\S+(?:신문|일보|뉴스)$"
    # a breadcrumb of the site's sections: '뉴스 > 강릉시정 뉴스', '> LIVE! 부산 > 시정 브리핑', 'JCN 뉴스 >JCN 뉴스'
    r"|^\s*>?\s*[^<>]{1,14}(?:\s>\s?[^<>]{1,14})+$"
)

# A story's own tools, printed right below its title: read aloud, font size, print ('기사 읽어주기', '폰트 확대 폰트
# 축소 프린트하기', '• 글씨 크기 조절'; seoul.co.kr, set-cy cy-09).
_ARTICLE_TOOLS = re.compile(
    r"^[•·]?\s*(?:기사\s?(?:읽어주기|소리로\s?듣기)|다시\s?듣기|(?:폰트|글씨|글자)\s?(?:확대|크기\s?조절).*)$"
)
_TIMESTAMP_OR_BYLINE = re.compile(r"입력|수정|기자|\d{4}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{1,2}")


def shared_pairs(line: str, lead: str) -> float:
    """The share of the line's character pairs (spaces included) that the lead has."""
    mine = {line[i : i + 2] for i in range(len(line) - 1)}
    return len(mine & {lead[i : i + 2] for i in range(len(lead) - 1)}) / max(1, len(mine))


def own_title_start(lines: list[str]) -> int:
    """Where the story's own title starts when the page prints other stories' titles above it, else 0.

    Some pages print a list of other stories (title lines, often cut short) above the story, then its title
    (and subheadline) and right below them the story's tools (`_ARTICLE_TOOLS`), before any byline or time
    stamp. The title is the last title-like line above the tools, or the line above that one when that line
    shares at least 30% of its character pairs with the lead (then the last line is its subheadline): another
    story's title shares little with this story's lead (set-cy cy-09, set-fw fw-07, set-be be-01)."""
    head = [i for i, line in enumerate(lines[:40]) if line]
    tools = next((i for i in head if _ARTICLE_TOOLS.match(lines[i])), None)
    above = [i for i in head if tools is not None and i < tools]
    if (
        tools is None
        or len(above) < 3
        or any(_TIMESTAMP_OR_BYLINE.search(lines[i]) for i in above)
        # story sentences above the tools: they close a story, not a list of titles (nothing is dropped)
        or any(_SENTENCE_END_ANYWHERE.search(lines[i]) for i in above)
    ):
        return 0
    lead = next((line for line in lines[tools + 1 :] if len(line) >= 20 and not headline_like(line)), "")
    if not lead or not headline_like(lines[above[-1]]):
        return 0
    if headline_like(lines[above[-2]]) and shared_pairs(lines[above[-2]], lead[:300]) >= 0.3:
        return above[-2]
    return above[-1]


# An ad slot's or an article's id alone on a line ('G03-8236672469', set-ez ez-07).
# (also an ad slot's snake_case id with a number: 'default_setNet1_2', 'default_news_ad1', set-gw gw-06,
# and a player widget's settings, a lower-case key and its value: 'code:068h', 'device:', set-hd hd-04)
_CODE_LINE = re.compile(r"^(?:[A-Za-z0-9]{1,6}[-_]\d{6,}|[a-z]+(?:_[A-Za-z0-9]+)+|[a-z]{2,12}:[A-Za-z0-9]{0,12})$")


# A page title with its site's or section's name after an arrow: '… 농가에 실질적 지원 건의 > YPN뉴스'.
# (a section of two words too: 'TITLE > HOT NEWS', set-qu qu-03)
_TITLE_TRAIL = re.compile(r"^(?P<title>.{8,}?)\s+>\s+(?P<tail>[^\s>]{1,12}(?: [^\s>]{1,8})?)$")


def _title_follows(lines: list[str], index: int) -> bool:
    """A title-like line among the next three lines, before any sentence."""
    for other in [line for line in lines[index + 1 :] if line][:3]:
        if headline_like(other) and not is_caption_line(other):
            return True
        if _SENTENCE_END_ANYWHERE.search(other):
            return False
    return False


def _breadcrumb(lines: list[str]) -> set[int]:
    """Indices of a section heading and the breadcrumb under it that ends in the same name ('뉴스·행사' above
    '• Home' / '• 소식' / '• 뉴스·행사', set-en en-07): a page's place in its site, above the title. Only among the
    first lines, and only short bulleted items."""
    nonempty = [i for i, line in enumerate(lines) if line][:8]
    for k, i in enumerate(nonempty[:4]):
        heading = lines[i]
        if len(heading) > 15 or heading[:1] in "•∙◦●":
            continue
        run = []
        for j in nonempty[k + 1 :]:
            if lines[j][:1] not in "•∙◦●" or len(lines[j]) > 20:
                break
            run.append(j)
        if len(run) >= 2 and same_text(lines[run[-1]].lstrip(_BULLETS), heading):
            return {i, *run}
    return set()


def _menu_row(line: str, items: set[str]) -> bool:
    """The menu's items run together on one line ('뉴스 기사 보기 뉴스 다시 보기 보도 프로그램 뉴스제보')."""
    if not items or len(line) > 80:
        return False
    key = _key(line)
    reachable = {0}
    for end in range(1, len(key) + 1):
        if any(start in reachable and key[start:end] in items for start in range(end)):
            reachable.add(end)
    return len(key) in reachable and not any(key == item for item in items)


# The back and forward buttons of a broadcaster's article viewer ('뒤로' / '앞으로' above the title).
_NAV_BUTTONS = frozenset({"앞으로", "뒤로", "이전", "다음", "이전 기사", "다음 기사"})


def _nav_button(line: str, rest: list[str]) -> bool:
    return line in _NAV_BUTTONS and any(other for other in rest)


def _repeated_title(line: str, rest: list[str]) -> bool:
    """The first line printed again right below it, as pages print their title twice: a title even when it ends in
    a full stop ('화천군에 오시면 아이가 생깁니다.'), which other title tests reject. One sentence, title-sized."""
    following = next((other for other in rest if other), None)
    if following is None or not same_text(line, following) or not 8 <= len(line) <= 100:
        return False
    return (
        _SENTENCE_END.search(line) is not None
        and _SENTENCE_END_ANYWHERE.search(line[:-1]) is None
        and _HANGUL.search(line) is not None
        and not is_caption_line(line)
    )


def _stopped_title(line: str, rest: list[str]) -> bool:
    """A first line that ends in a full stop, above the story's date line ('대전시, 스마트도시 밑그림 그린다.' /
    '2022.07.27 12:00 수정 : …', fnnews.com, set-ff ff-08): one short sentence, the title of a page that prints it so."""
    if not 8 <= len(line) <= 60 or _SENTENCE_END.search(line) is None or _SENTENCE_END_ANYWHERE.search(line[:-1]):
        return False
    filled = list(itertools.islice((other for other in rest if other), 2))
    if len(filled) == 2 and (
        # the paper's name between them ('[강원 신년 인터뷰] 이병선 속초 시장에게 듣다.' / '파이낸셜뉴스' / '입력 …', set-ht ht-06)
        outlet_name(filled[0]) is not None
        # or a subheadline ('김해시, 전통시장 활성화 각별히 챙긴다.' / '전국 14번째 대도시에 어울리는 …' / '조병철 |
        # 기사입력 2015-03-09 11:53:24', set-mo mo-02)
        or (headline_like(filled[0]) and not is_caption_line(filled[0]))
    ):
        filled = filled[1:]
    following = filled[0] if filled else None
    if following is None or _HANGUL.search(line) is None or is_caption_line(line):
        return False
    is_field, told = header_field_line(following)
    # (or a date and the reporter: '2017-01-17     송재우 기자', set-qm qm-09)
    return (is_field and told.published is not None) or is_date_line(following) or footer_line(following)[1].published is not None


def _lone_title(line: str, rest: list[str]) -> bool:
    """The only title-like line of a stored page: the store kept the page's title when one title-like line
    stands above the story, its photo caption or its dateline (' date 2025-09-30 8조 8000억 투자 계획 밝혀',
    then a caption). When two or more stack up, see `_first_stored_line`. A caption is no title."""
    if is_caption_line(line):
        return False
    following = next((other for other in rest if other), None)
    if following is None:
        return False
    if footer_line(following)[0] or header_field_line(following)[0]:
        return True  # a byline or date line below: the line above is the title
    # a subheadline is a phrase: a line with a sentence in it ('… 발표하고 있다. 전주시', a caption and its
    # credit) is story or caption
    return (
        not headline_like(following)
        or is_caption_line(following)
        or _SENTENCE_END_ANYWHERE.search(following) is not None
    )


# A site's name in lower-case Latin letters, as a logo's text ('ndaily', 'odigital').
_SITE_NAME = re.compile(r"[a-z][a-z0-9]{2,15}")


def _site_name_line(lines: list[str], index: int) -> bool:
    """`lines[index]`, the page's first line, is the site's name in lower-case Latin letters, with the title below it
    and the date line below that ('ndaily' / '"경주 문화유산 체험하러 오세요"…' / '기사 작성일 : 2025-02-17 10:01:12',
    set-fm fm-09, set-ib ib-08, set-lr lr-05): the outlet, as the page prints it (or as the table names a known
    site's). Buttons and labels in capitals ('NEWS', 'ON-AIR', 'MENU') and the site chrome of other pages have no
    date line there."""
    if not _SITE_NAME.fullmatch(lines[index]) or any(lines[:index]):
        return False
    below = [r for r in lines[index + 1 :] if r][:2]
    return len(below) == 2 and headline_like(below[0]) and is_date_line(below[1])


def _first_stored_line(line: str) -> bool:
    """The first of two or more title-like lines a stored page opens with ('원도심 미식골목 관광콘텐츠로 육성' /
    '브랜드·해외마케팅·체류형 프로그램 집중 지원', set-he he-06): either the page's title or, when the store lost
    the title, the first subheadline ('복지시설 13곳·취약계층 1,844세대에 전달' / '신우철 군수, 복지관 찾아 …'). The
    text cannot tell them apart; the gold of the development sets reads it as the title 18 times in 29, so it
    is taken for one. A caption, a photo box's button ('이미지 확대 …') or a line too short for a title
    ('서울Pn', a section's logo) is none."""
    return len(line) >= 10 and not line.startswith("이미지") and not is_caption_line(line)


# A headline-like line whose subject is a bare level word: '구, …', '시, …', '군·', '도는 …'.
_ANAPHORIC_SUBJECT = re.compile(r"^(?:시|군|구|도)(?:[,·]|는\s|가\s)")
# A line that opens with a dash is a subheadline ('- 공공주도 2.0·추자도 대규모 단지 추진…'): pages mark
# their subheadlines so, never their title.
_SUBHEAD_DASH = re.compile(r"^[-–—―]\s")
# The official by family name and office only ('이 시장 스마트시티 시장포럼에서 …', '김 지사, …') refers back to
# the full name a title above gave; a subheadline unless it is the only title-like line above the story.
_ANAPHORIC_OFFICIAL = re.compile(rf"^{SURNAME}\s(?:시장|지사|도지사|군수|구청장|교육감)[,\s]")

# Title and subheadlines printed on one line with ' - ' between them: '강영석 상주시장, … 답하다 - “오랜시간 …
# 도전” - “원도심 … 만들 것”'.
_TITLE_DASH = re.compile(r"\s+[-–—]\s+")
_QUOTE_OPEN = "“\"‘'「『"


def split_dashed_title(line: str) -> tuple[str, str | None]:
    """'Title - “quote” - “quote”' -> ('Title', '“quote” - “quote”'); the line itself and None otherwise.

    The cut is made when every part after the first opens with a quote (pages print the speaker's words as
    subheadlines), or when two or more parts follow, each of several words; one unquoted ' - ' may belong
    to the title ('부산 - 후쿠오카 노선')."""
    if " - " not in line and " – " not in line and " — " not in line:
        return line, None
    parts = _TITLE_DASH.split(line)
    head, rest = parts[0].strip(), [p.strip() for p in parts[1:]]
    if len(head) < 8 or not headline_like(head) or not all(rest):
        return line, None
    quoted = all(p[0] in _QUOTE_OPEN for p in rest)
    several = len(rest) >= 2 and all(len(p) >= 10 and " " in p for p in rest)
    if not (quoted or several):
        return line, None
    return head, line[len(parts[0]) :].strip(" -–—")


# A title that ends in a quote and the speech act ('… “군산시 발전의 핵심은 문화와 관광”강조'), with the next
# line glued on where the copy lost the line break: the speech-act noun is followed by a syllable that
# neither conjugates it ('강조했다', '강조하며') nor is a particle ('강조와').
_GLUED_AFTER_SPEECH_ACT = re.compile(
    r"[”\"’']\s*(?:강조|당부|주문|약속|다짐|촉구|요청|제안|호소|피력|역설|지시|천명|일침|밝혀)"
    r"(?=[가-힣])(?![하했한해할함합되됐된돼될은는이가을를의에와과로도만])"
)


# A title that ends in a closing quote with the subheadline glued on, the subheadline opening (as Korean
# subheadlines do) with the official it is about: "… 스마트시티 대상에서 '대상'염태영 수원시장, 수상에 앞서 …"
# (set-j j-02). The quote closes a word (no space before it); an opening quote follows a space.
_GLUED_BEFORE_OFFICIAL = re.compile(
    rf"(?<=\S)[”\"’'](?={SURNAME}[가-힣]{{1,2}}\s[가-힣]{{0,8}}"
    r"(?:시장|군수|구청장|도지사|지사|교육감|의장|장관|청장|위원장)[,\s])"
)


# A title that ends in a quoted word with the subheadline glued on: '… 농가소득 “쑥쑥”지역 농가 소득창출의 일등공신 …'.
# The closing quote is followed by a syllable that neither attaches to the quote as a particle or ending ('”라며',
# '”며', '”지만', '”는') nor conjugates it ('”했다'); the opening quote stands after a space, in the same line.
_GLUED_AFTER_QUOTE = re.compile(
    r"(?<=\s)[“\"][^“”\"]{1,20}[”\"](?=[가-힣])"
    r"(?![하했한해할함합되됐된돼될은는이가을를의에와과로도만라란며고면냐니던까부보처]|지만|지요)"
)


def _glued_after_quote(line: str) -> int | None:
    """Where the subheadline starts in a title glued to it after a closing quote (`_GLUED_AFTER_QUOTE`), or None.
    Both parts must be title-sized (a title is rarely over 35 letters, so the line is long) and the glued part
    a phrase of three words or more: a quoted word before a short noun ('“특례시”지정') stays whole."""
    if len(line) < 45:
        return None
    for m in _GLUED_AFTER_QUOTE.finditer(line):
        tail = line[m.end() :]
        if m.end() >= 15 and len(tail) >= 15 and len(tail.split()) >= 3 and headline_like(tail):
            return m.end()
    return None


def split_glued_title(line: str) -> tuple[str, str | None]:
    """'간부회의에서 “… 관광”강조축제 전문가 양성 … 필요' -> ('간부회의에서 “… 관광”강조', '축제 전문가 양성 … 필요');
    "… 대상에서 '대상'염태영 수원시장, 수상에 앞서 …" -> ("… 대상에서 '대상'", '염태영 수원시장, 수상에 앞서 …');
    the line itself and None when no speech act or official's name is glued to more text."""
    m = _GLUED_AFTER_SPEECH_ACT.search(line) or _GLUED_BEFORE_OFFICIAL.search(line)
    if not m or m.end() < 8 or len(line) - m.end() < 8:
        if (cut := _glued_after_quote(line)) is not None:
            return line[:cut], line[cut:].strip()
        return line, None
    return line[: m.end()], line[m.end() :].strip()


# A board's field label before the title: '제목 부산시, …', '제목: …', '기사제목 : …'.
_TITLE_LABEL = re.compile(r"^(?:기사\s*)?제\s*목\s*(?:[:：]\s*|\s+)(?=\S)")
# (maybe with its English name: '지방종합 Regions')
_SECTION_WORD = re.compile(r"^[가-힣A-Za-z·ㆍ/&]{2,6}(?: [A-Z][A-Za-z&]{2,15})?$")


def _bare_date_line(line: str) -> bool:
    """A date alone, without a label ('2018.02.12 (월)', '2024-04-20 10:27 (토)'): above the title this is the
    site's date bar (the day the page was seen); a labelled date ('작성일:2026-07-23 13:11') is the article's."""
    bare = line.lstrip("•·∙●○◦-*| ")
    return is_date_line(bare) and _LABEL_FIRST.match(bare) is None


def _with_site_date(found: Found, site_date: str | None) -> Found:
    """The date bar above the title is the crawl day, not the article's: it is kept only when no title
    followed it (then the text is a bare record whose first line is its date)."""
    if site_date is None or found.headline is not None:
        return found
    return found.merge(Found(published=site_date))


def _section_label(line: str, rest: list[str]) -> bool:
    """A one-word section name above the title ('인사·동정', '마켓', '사회'): at most six letters, no space, no
    digit, and the next line reads as a title."""
    if not _SECTION_WORD.match(line):
        return False
    following = next((other for other in rest if other), None)
    if following is not None and _LATIN_SITE_NAME.match(following):
        # the section's English name on the line below ('생활문화' / 'Life & Culture', set-ay ay-02)
        following = next((other for other in rest if other and other != following), None)
    return following is not None and len(following) > len(line) + 4 and headline_like(following)


def _cut_copy(line: str, rest: list[str]) -> bool:
    """The line is the opening of the next line, cut short ('설동호 대전시교육감은 23일 신년 기자회견에서', then
    the whole caption '설동호 대전시교육감은 23일 신년 기자회견에서 "올해 …" 밝혔다.'): a photo's alt text or a
    preview cut at a length limit. A title is never the first words of the sentence below it."""
    following = next((other for other in rest if other), None)
    if following is None or len(following) <= len(line) + 5 or not _SENTENCE_END_ANYWHERE.search(following):
        return False  # ('부산시, … 확대 | 가나일보' below the title is the title again, with the site's name)
    return _key(following).startswith(_key(line))


_BULLETED_NAME = re.compile(rf"^[•∙◦·]\s*(?P<name>{SURNAME}[가-힣]{{1,3}})$")


# The text-size buttons a template bullets below its date ('• 가장작게' / '• 작게' / '• 보통'): no names.
_FONT_SIZES = frozenset({"가장작게", "가장크게", "작게", "크게", "보통"})


def _next_field(rest: list[str]) -> str | None:
    """The next non-empty line of a template's field block, a bar alone between the fields (their separator: '• 송종욱'
    / '• |' / '• 입력 2024-01-09 07:59', set-cb cb-04) passed over."""
    return next((other for other in rest if other and other.strip("•∙◦· ") not in ("|", "ㅣ")), None)


def _bulleted_name(line: str, fields_seen: bool, rest: list[str]) -> str | None:
    """'• 이형중' in a template's byline block ('• 이형중' / '• 승인 2023.09.04 00:10' / '• 댓글 0'): the reporter's
    field, printed without '기자' by some templates. Only a name-shaped item (a common family name, two to
    four syllables) next to other field lines counts; a place ('• 서울') is no name. Some templates fill the
    field with the uploader or desk, so a reporter named by the dateline wins (set-c c-03)."""
    if (
        line[:1] not in "•∙◦·"
        or not (m := _BULLETED_NAME.match(line))
        or m["name"] in _PLACES
        or m["name"] in _FONT_SIZES
        or DESK_NAME.match(m["name"])
    ):
        return None
    following = _next_field(rest)
    if not fields_seen and not (
        following is not None and following[:1] in "•∙◦·" and footer_line(following)[0]
    ):
        return None
    return m["name"]


_BULLETED_WRITER = re.compile(
    rf"^[•∙◦·]\s*(?P<writer>[가-힣A-Za-z0-9&]{{2,12}}?)(?:편집국|편집부|취재팀)?(?:\s+{EMAIL})?$"
)
_PUBLISHED_FIELD = re.compile(r"^[•∙◦·]\s*(?:승인|입력)\s*[:：]?\s*(?:19|20)\d{2}\D")


def _bulleted_outlet(line: str, rest: list[str]) -> str | None:
    """'• 포항통', '• 인천in', '• 엔사이드편집국', '• 교통신문 webmaster@gyotongn.com' right above '• 승인 2019.11.20 16:23'
    (set-cb cb-05, set-hg hg-06, set-kn kn-03, set-bw bw-09): a template's writer field filled with the outlet's own
    name (its newsroom's), no person's. A name-shaped item is `_bulleted_name`'s; a place, a desk or a user id is
    neither."""
    if line[:1] not in "•∙◦·" or _BULLETED_NAME.match(line) or not (m := _BULLETED_WRITER.match(line)):
        return None
    following = _next_field(rest)
    if following is None or not _PUBLISHED_FIELD.match(following):
        return None
    writer = m["writer"]
    if known := outlet_name(writer):
        return known
    # (a user id is no outlet: '• yeosu258', set-fv fv-02)
    if not _HANGUL.search(writer) or writer in _PLACES or writer in _local_government_names() or DESK_NAME.match(writer):
        return None
    return writer


def _section_field(line: str, fields_seen: bool, rest: list[str]) -> bool:
    """A bulleted one-word item among the byline fields or the menu of a page template ('• 기자명 이형진 기자',
    '• 사회', '• 입력 2017.08.18 16:04'): the section the story is filed under, not a title or story text."""
    if line[:1] not in "•∙◦·":
        return False
    bare = line.lstrip("•∙◦· ")
    if not _SECTION_WORD.match(bare):
        return False
    following = next((other for other in rest if other), None)
    if fields_seen or following is None:
        return fields_seen
    # another field or menu item, or the title, follows ('• 오피니언' / '• 칼럼' / the title)
    return following[:1] in "•∙◦·" or footer_line(following)[0] or headline_like(following)


def _fields(found: Found) -> dict:
    return {f.name: getattr(found, f.name) for f in dataclass_fields(found)}


def _opens_with_subject(line: str, subjects: tuple[str, ...]) -> bool:
    """'고양시, 수도권 …', '경주시 청년 …': the line opens with a local government name, then a comma, a
    space or a particle."""
    for name in subjects:
        if line.startswith(name) and line[len(name) : len(name) + 1] in {
            ",",
            " ",
            "·",
            "는",
            "가",
            "이",
            "은",
            "의",
        }:
            return True
    return False


def drop_repeats(lines: list[str], found: Found, repeats: tuple[str, ...] = ()) -> list[str]:
    """Remove body lines that repeat the headline or subheadline (scraped pages print them twice), also as
    an image's alt text (`image_alt_copy`)."""
    repeated = [t for t in (found.headline, found.subheadline, *repeats) if t]
    return [
        line for line in lines if not any(same_text(line, t) or image_alt_copy(line, t) for t in repeated)
    ]


# An image number after the alt text: '… 1', '…_02', '…(3)'.
_IMAGE_NUMBER = re.compile(r"\s*(?:[_-]?\d{1,2}|\(\d{1,2}\))$")
_LETTERS = re.compile(r"[^0-9A-Za-z가-힣]")


def image_alt_copy(line: str, title: str) -> bool:
    """'가나시청년일자리확대 1' under '가나시, “청년 일자리 확대”': a CMS names the article's images after the title,
    with its spaces and punctuation dropped and the image's number added, and a scraper keeps that alt text
    as a line. Only a line without a sentence end whose letters are exactly the title's counts."""
    if len(line) > len(title) + 4 or _SENTENCE_END.search(line):
        return False
    bare = _LETTERS.sub("", _IMAGE_NUMBER.sub("", line))
    return len(bare) >= 6 and bare == _LETTERS.sub("", title)


def strip_dateline(line: str) -> tuple[str, Found]:
    """'【브레이크뉴스 대구】박성원 기자= ', '(단양=연합뉴스) 윤우용 기자 = ', '[아시아경제 박종일 기자] ',
    '[천지일보 연천=손정수 기자] ', '[경상매일신문]', '[KBS 부산] [앵커]' -> the sentence that follows, and
    outlet, place and reporter. Tortoise-shell brackets read as square ones ('〔중부매일 김강중 기자〕'), and
    spaces just inside the brackets are the template's ('[ 한국미디어뉴스 이원영 기자 ] 청양군이 …')."""
    line = _square_brackets(line)
    if line[:2] == "• " and line[2:3] in "[(【":
        line = line[2:]  # '• (속초=뉴스1) 고재교 기자' (set-jt jt-07): a list bullet before the byline
    if "＝" in line[:40]:  # '[헤럴드경제(부산)＝이주현 기자]': a full-width equals sign
        line = line[:40].replace("＝", "=") + line[40:]
    if line[:1] in "[【(<" and (padded := _PADDED_BRACKET.match(line)) and (padded[2] or padded[4]):
        rest, found = strip_dateline(f"{padded[1]}{padded[3]}{padded[5]}{line[padded.end():]}")
        if found != Found():
            return rest, found
    if (m := _PLACE_BOX_BAR.match(line)) and _known_place(m["place"]):
        rest, found = strip_dateline(f"[{line[m.end():]}")
        if found.outlet:
            return rest, replace(found, place=found.place or m["place"])
    if (m := _DESK.match(line)) and re.fullmatch(BROADCAST_TURNS, m["desk"].strip()):
        return line[m.end() :].strip(), Found()  # '【 앵커멘트 】 …', '【 기자 】': a script's turn marks, no desk
    if m := _DESK.match(line):
        desk = m["desk"].strip()
        if outlet_name(desk) is None and desk in _local_government_names():
            found = Found(reporter=m["name"], place=desk)  # '【청도】 청도군이 …': the desk's place alone
        else:
            outlet = outlet_name(desk) or desk.split()[0]
            found = Found(outlet=outlet, reporter=m["name"], place=_place_after(desk, outlet))
    elif m := _OUTLET_PLACE_REPORTER.match(line):
        outlet = outlet_name(m["outlet"])
        slashed = _PLACE_SLASH.match(m["outlet"])
        if slashed and _known_place(slashed["place"]):
            # '[부산/뉴스투데이=문지영 기자]' (set-hy hy-08): the desk's place, a slash, then the outlet
            name = slashed["outlet"]
            found = Found(outlet=outlet_name(name) or name, reporter=m["name"], place=slashed["place"])
        # (a Latin name is no place: '(CNB=강우권 기자)', set-ao ao-06)
        elif (
            m["place"] is None
            and outlet is None
            and not _brand_shaped(m["outlet"].strip())
            and not _LATIN_BRAND.match(m["outlet"].strip())
        ):
            found = Found(reporter=m["name"], place=m["outlet"].strip())  # '[대구=홍길동 기자]': a place
        elif m["place"] and outlet is None and not _known_place(m["place"]):
            # '[더 미디어=박보현기자]' (set-mz mz-08): a second word that names no place is the outlet's own,
            # unless the first names the desk's place ('[대전 뉴스밴드=…]', set-db db-04)
            first, whole = m["outlet"].strip(), f"{m['outlet'].strip()} {m['place']}"
            if outlet_name(whole) is None and _known_place(first):
                found = Found(outlet=m["place"], reporter=m["name"], place=first)
            else:
                found = Found(outlet=outlet_name(whole) or whole, reporter=m["name"])
        else:
            found = Found(
                outlet=outlet or m["outlet"].strip(), reporter=m["name"], place=m["place"] or m["desk"]
            )
    elif (m := _PLACE_OUTLET.match(line)) and not _PHOTO_CREDIT_BRACKET.match(line):
        place, outlet = m["place"].strip(), m["outlet"].strip()
        reporter = m["name"]
        if (inside := _OUTLET_THEN_REPORTER.match(outlet)) and not reporter:
            # '[인천=이데일리 이종일 기자]': the reporter inside the bracket, after the outlet
            outlet, reporter = inside["outlet"], inside["name"]
        if outlet_name(outlet) is None and outlet_name(place) is not None and not _bare_name(outlet):
            place, outlet = outlet, place  # '[가나일보=대구]': the outlet first, then its desk
        if (
            not reporter
            and (first := _REPORTER_ONLY.match(place))
            and _known_place(outlet)
        ):
            # '[남상훈 기자 = 홍천]' (set-gn gn-09): the reporter first, then his desk's place; no outlet
            found = Found(reporter=first["name"], place=outlet)
        elif not reporter and (post := _NAME_AND_POST.match(outlet)):
            # '[TV서울=심현주 서울1본부장]' (set-jk jk-06): the outlet, then its writer with a post for a title
            found = Found(outlet=outlet_name(place) or place, reporter=post["name"])
        elif not reporter and _bare_name(outlet):
            # '[세종 TV = 김은지]' (set-gx gx-07): the outlet (or the desk's place), then the reporter's name alone
            if _known_place(place):
                found = Found(reporter=outlet, place=place)
            else:
                found = Found(outlet=outlet_name(place) or place, reporter=outlet)
        else:
            found = Found(outlet=outlet_name(outlet) or outlet, reporter=reporter, place=place)
    elif m := _OUTLET_REPORTER.match(line):
        found = Found(outlet=byline_outlet(m["outlet"]), reporter=m["name"], place=m["place"])
    elif m := _BRACKET_REPORTER.match(line):
        found = Found(reporter=m["name"])  # '[이한영 기자] 대전시 대덕구가 …': the byline opens the story
    elif (m := _PLACE_SLASH_OUTLET.match(line)) and (slashed := _place_and_outlet(m["place"], m["outlet"])):
        found = Found(outlet=slashed[1], reporter=m["name"], place=slashed[0])
    elif (m := _PAREN_OUTLET_REPORTER.match(line) or _ANGLE_OUTLET_REPORTER.match(line)) and (
        outlet := outlet_name(m["outlet"])
    ):
        found = Found(outlet=outlet, reporter=m["name"])
    elif (m := _BRACKET_OUTLET.match(line)) and outlet_name(m["desk"]):
        desk = m["desk"].strip()
        outlet = outlet_name(desk)
        found = Found(outlet=outlet, place=_place_after(desk, known_outlet_prefix(desk) or outlet or ""))
    elif (m := _BRACKET_OUTLET.match(line)) and (brand := bracket_brand(m["desk"])):
        found = Found(outlet=brand[0], place=brand[1])
    elif (
        (m := _BRACKET_OUTLET.match(line))
        and _REPORTER_EQ.match(line[m.end() :])
        # (or two words that end as outlets do: '[미래 세종일보] 박미소·서영신 기자= …', set-fn fn-04)
        and (_one_word_name(m["desk"]) or (m["desk"].count(" ") == 1 and shaped_like_outlet(m["desk"].strip())))
    ):
        found = Found(outlet=m["desk"].strip())  # '[더페어] 오주진 기자 = …': a byline's '기자 =' vouches for the name
    elif (m := _PAREN_OUTLET.match(line)) and " " not in m["desk"].strip() and (outlet := outlet_name(m["desk"])):
        found = Found(outlet=outlet)
    elif (m := _PLACE_SPACE_OUTLET.match(line)) and (outlet := _outlet_after_place(m["place"], m["outlet"])):
        found = Found(outlet=outlet, place=m["place"])
    elif m := _REPORTER_EQ.match(line):
        found = Found(reporter=m["name"])
    elif m := _UNCLOSED_PLACE_REPORTER_EQ.match(line):
        found = Found(reporter=m["name"], place=m["place"])
    elif (m := _BARE_OUTLET_REPORTER_EQ.match(line)) and (outlet := _dateline_outlet(m["outlet"])):
        found = Found(outlet=outlet, reporter=m["name"], place=m["place"])
    elif (
        "=" in line[:10]
        and (m := _PLACE_EQ_OUTLET_REPORTER.match(line))
        # (an outlet the table lacks counts when it is shaped like one: '평창=에너지경제신문 박에스더 기자 = …', set-dt dt-04)
        and (outlet := outlet_name(m["outlet"]) or (m["outlet"] if shaped_like_outlet(m["outlet"]) else None))
        is not None
        and _place_shaped(m["place"])
    ):
        found = Found(outlet=outlet, reporter=m["name"], place=m["place"])  # '인천=에너지경제신문 송인호 기자 유정복 …'
    elif (
        (m := _OUTLET_EQ_REPORTER_BAR.match(line))
        # '인천투데이=김도윤 기자이영훈 …': no bar, the story glued on
        or ("=" in line[:20] and (m := _OUTLET_EQ_REPORTER.match(line)))
    ) and (outlet := _dateline_outlet(m["outlet"])):
        found = Found(outlet=outlet, reporter=m["name"])
    elif (m := _OUTLET_REPORTER_BAR.match(line)) and not _place_shaped(m["outlet"]):
        # the name and title say it is a byline, so the word before them is the outlet, known or not
        found = Found(outlet=outlet_name(m["outlet"]) or m["outlet"], reporter=m["name"])
    else:
        return BROADCAST_MARKER.sub("", line, count=3).strip() if line.startswith("[") else line, Found()
    rest = line[m.end() :]
    if found.reporter is None and (after := _REPORTER_EQ.match(rest.lstrip())):
        # '[가나일보] 홍길동 기자 = …': the reporter after the bracketed outlet
        rest = rest.lstrip()[after.end() :]
        found = found.merge(Found(reporter=after["name"]))
    while (marker := BROADCAST_MARKER.match(rest)) is not None:
        rest = rest[marker.end() :]
    return rest.strip(), found


# (one side may be padded alone: '[뉴스통 - 김광열 기자 ]', set-lz lz-05)
_PADDED_BRACKET = re.compile(r"^([\[【(<])(\s*)([^\]】)>\n]{2,40}?)(\s*)([\]】)>])")
_LATIN_BRAND = re.compile(r"^[A-Za-z][A-Za-z0-9&]{1,11}$")


# A photo's credit in a dateline's brackets: '[사진=안산시 제공]' (set-ez ez-02) names a source, no outlet.
_PHOTO_CREDIT_BRACKET = re.compile(r"^[\[(【]\s*(?:사진|자료|자료사진|그래픽|이미지|영상)\s*=")


def _place_and_outlet(place: str, outlet: str) -> tuple[str, str] | None:
    """'[대전/CTN]' -> ('대전', 'CTN'): one side is a place (a city or province, or a name ending in an
    administrative suffix), the other an outlet (the table's, one shaped like an outlet's name, or a Latin
    brand); either order. None when the bracket is something else ('[사진/자료]')."""
    for where, name in ((place.strip(), outlet.strip()), (outlet.strip(), place.strip())):
        if not _place_shaped(where):
            continue
        if canonical := outlet_name(name):
            return where, canonical
        if _LATIN_BRAND.match(name) or _brand_shaped(name):
            return where, name
    return None


@lru_cache(maxsize=1)
def _local_government_names() -> frozenset[str]:
    """Every local government's name and short names in the shipped seeds ('청도군', '청도', '달서구')."""
    from tracker.reference import SEEDS_DIR, read_jurisdictions

    names: set[str] = set()
    for jurisdiction in read_jurisdictions(SEEDS_DIR / "local_governments.csv"):
        names.add(jurisdiction.name_ko)
        names.update(jurisdiction.short_names)
    return frozenset(names)


def _known_place(word: str) -> bool:
    """A desk's place the text names: one of the common dateline places or a local government's name."""
    return word in _PLACES or word in _local_government_names()


def _place_shaped(text: str) -> bool:
    return text in _PLACES or bool(re.fullmatch(r"[가-힣]{1,4}(?:시|군|구|도)", text))


def _brand_shaped(text: str) -> bool:
    """'[리얼타임코리아=김범기기자]' (set-n n-04): before '=' in a reporter's bracket stands the desk's place or the
    outlet. Places there are short ('대구', '서귀포', '홍성군'); one word of five letters or more that ends in no
    administrative suffix is the outlet's name, even one the table does not know."""
    return (
        len(text) >= 4
        and " " not in text
        and not text.endswith(("시", "군", "구", "도", "읍", "면", "동", "청", "부"))
        and text not in _local_government_names()
        and bool(re.fullmatch(r"[가-힣A-Za-z0-9]+", text))
    )


# Words of news outlets' names, and of section labels that are bracketed the same way ('[신년인터뷰]', '[포토뉴스]').
_OUTLET_NAME_WORD = re.compile(
    r"뉴스|news|일보|신문|방송|저널|매거진|타임스|타임즈|times|TV|미디어|media|투데이|데일리|통신|포커스|포스트|프레스|"
    r"press|헤럴드|경제|닷컴|위클리",
    re.IGNORECASE,
)
_SECTION_LABEL_WORD = re.compile(
    r"인터뷰|특집|기획|수첩|칼럼|사설|포토|영상|속보|단독|이슈|현장|기고|시론|논단|탐방|르포|분석|진단|초대석|대담|신년|"
    r"송년|동정|화제|공지|알림|카드|브리핑|리뷰|오피니언|사진|인물"
)


def _one_word_name(desk: str) -> bool:
    """One word that may be an outlet's name: no place, no section label."""
    word = desk.strip()
    return (
        2 <= len(word) <= 12
        and bool(re.fullmatch(r"[가-힣A-Za-z0-9]+", word))
        and not _SECTION_LABEL_WORD.search(word)
        and word not in _local_government_names()
        and word not in _PLACES
        and not _place_shaped(word)
    )


def bracket_brand(desk: str) -> tuple[str, str | None] | None:
    """'[뉴스피크] “…', '[times창원]창원특례시는 …', '[시사매거진/광주전남] …': a bracket opening the story that holds
    one word shaped like an outlet's name the table does not know (a word of news outlets' names, no section
    label's word), maybe with its desk's region after a slash -> (outlet, region)."""
    brand, _, region = (part.strip() for part in desk.strip().partition("/"))
    if (
        not 3 <= len(brand) <= 12
        or " " in brand
        or not re.fullmatch(r"[가-힣A-Za-z0-9]+", brand)
        or not _OUTLET_NAME_WORD.search(brand)
        or _SECTION_LABEL_WORD.search(brand)
        or brand in _local_government_names()
    ):
        return None
    return brand, (region if region and " " not in region else None)


def _place_outlet_dateline(line: str) -> bool:
    """'(원주 더리더) “광역교통망 …”': the story's first line, not a subheadline."""
    return (
        line[:1] in "(["
        and (m := _PLACE_SPACE_OUTLET.match(line)) is not None
        and _outlet_after_place(m["place"], m["outlet"]) is not None
    )


def _outlet_after_place(place: str, name: str) -> str | None:
    """'(원주 더리더)' -> '더리더': after a city's or province's name in a dateline bracket stands the outlet, unless
    the second word is a place too ('(서울 강남)', '(세종 조치원)', '(대구 동구)')."""
    if not _known_place(place):
        return None
    if canonical := outlet_name(name):
        return canonical
    if (
        len(name) < 3
        or name in _local_government_names()
        or name in _PLACES
        or name.endswith(("시", "군", "구", "도", "읍", "면", "동", "리", "청", "부", "원", "역", "항", "산", "강", "천"))
    ):
        return None
    return name


def _square_brackets(line: str) -> str:
    """'〔중부매일 김강중 기자〕설동호 …' -> '[중부매일 김강중 기자]설동호 …': some papers print the dateline in
    tortoise-shell brackets (〔〕, also 〚〛) or corner brackets ('『경기도민일보 인천=이원영기자』', set-au au-07), which
    mean what the square ones mean; so do curly braces around a byline ('{FMTV 표준방송 수도권 박상복 기자}', set-pl
    pl-09), though only then, since braces open other things too."""
    if line[:1] not in "〔〚『{":
        return line
    close = {"〔": "〕", "〚": "〛", "『": "』", "{": "}"}[line[0]]
    end = line.find(close, 1, 60)
    if end < 0 or (line[0] == "{" and not line[1:end].rstrip().endswith("기자")):
        return line
    return f"[{line[1:end]}]{line[end + 1 :]}"


def _dateline_outlet(text: str) -> str | None:
    """The outlet an unbracketed dateline opens with: a table outlet or a name shaped like one ('아주경제');
    a place or a desk ('대구', '사회부') is not."""
    return outlet_name(text) if known_outlet_prefix(text) == text or outlet_name(text) == text else None


def _bare_outlet_dateline(line: str) -> bool:
    """'아주경제 김병진 기자 = …': the story's first line, not a title."""
    if "=" not in line[:40]:
        return False
    m = _BARE_OUTLET_REPORTER_EQ.match(line)
    return m is not None and _dateline_outlet(m["outlet"]) is not None


def opens_with_dateline(line: str) -> bool:
    """The line starts with a dateline that names a reporter or a known outlet (not just any bracket)."""
    if line[:1] not in "[【(〔〚『<" and "기자" not in line[:20] and "특파원" not in line[:20]:
        return False
    _, found = strip_dateline(line)
    return found.reporter is not None or (found.outlet is not None and outlet_name(found.outlet) is not None)


def take_lead_in(lines: list[str], found: Found, limit: int = 6) -> tuple[list[str], Found]:
    """Header leftovers between the page header and a dateline that opens the story further down.

    Article pages of Korean regional sites put a photo and its caption, a subheadline, a bullet byline
    block ('• 김광태 기자', '• 승인 2018.02.05 18:00') or a bare photo alt text ('양승조') between the headline
    and the '[충남일보 김광태 기자] ...' line that opens the story. When such a dateline is among the first
    `limit` lines, everything above it is header: byline and date lines are read, a headline-like line
    becomes the subheadline when there is none yet, and the rest goes to the captions (kept aside, not
    lost). Without a dateline nothing is touched.
    """
    start, seen = None, 0
    for position, line in enumerate(lines):
        if not line:
            continue
        if opens_with_dateline(line) and not _portrait_dateline(line):
            start = position
            break
        seen += 1
        if seen >= limit or len(line) > 200 or (len(line) > 100 and len(_SENTENCE_ENDS.findall(line)) >= 2):
            # a long line of two sentences or more above the dateline is the story itself (a photo's credit line
            # further down may look like a dateline: '![]() [코리안투데이] … © 김미희 기자특히 7일에는 …', set-fo fo-09)
            return lines, found
    if start is None or seen == 0:
        return lines, found
    for line in lines[:start]:
        if line:
            found = found.merge(_lead_in_line(line, found))
    return lines[start:], found


_SENTENCE_ENDS = re.compile(r"[다요]\.(?=\s|$)")


def _portrait_dateline(line: str) -> bool:
    """'[남해=뉴시스] 장충남 남해군수.': an agency's photo caption, a dateline with a few words and no reporter,
    above the dateline that opens the story ('[남해=뉴시스] 차용현 기자 = …')."""
    rest, told = strip_dateline(line)
    return told.reporter is None and 0 < len(rest) <= 30


def _lead_in_line(line: str, found: Found) -> Found:
    """One header leftover above a later dateline -> byline/date, caption, subheadline, or caption text."""
    if opens_with_dateline(line):
        return Found(captions=(line,))  # a photo's caption with the agency's dateline (`_portrait_dateline`)
    is_footer, told = footer_line(line)
    if is_footer:
        return told
    is_photo, told = agency_photo_caption(line)
    if is_photo:
        return told
    if (
        found.headline is not None
        and found.subheadline is None
        and headline_like(line)
        and not is_caption_line(line)
        and len(line) >= 8
    ):
        return Found(subheadline=line)
    return Found(captions=(line,))


def _place_after(desk: str, outlet: str | None) -> str | None:
    if outlet and desk.startswith(outlet):
        return desk[len(outlet) :].strip() or None
    return None


def split_glued_subheadline(line: str, subjects: tuple[str, ...]) -> tuple[str, str | None]:
    """'미래차 ... 맞춤 지원광주광역시는 ...' -> ('광주광역시는 ...', '미래차 ... 맞춤 지원').

    Press releases lose the break between subheadline and lead; the lead opens with the local government
    as subject, glued to the last syllable of the subheadline. Only a short, sentence-free prefix is cut.
    """
    pattern = _subject_pattern(subjects)
    if pattern is None:
        return line, None
    m = pattern.search(line[:120])
    if m and 8 <= m.start() <= 100 and not re.search(r"[.!?]", line[: m.start()]):
        return line[m.start() :], line[: m.start()].strip()
    return line, None


@lru_cache(maxsize=8)
def _subject_pattern(subjects: tuple[str, ...]) -> re.Pattern[str] | None:
    if not subjects:
        return None
    names = "|".join(map(re.escape, sorted(set(subjects), key=len, reverse=True)))
    return re.compile(rf"(?<=[가-힣])(?:{names})(?:은|는|이|가)\s")


def _lone_bulleted_title(lines: list[str], index: int) -> bool:
    """'• 구로구, 청년지원팀 신설' between the site's chrome and the story (heraldcorp.com, set-at at-01, set-u u-09):
    a bulleted line that is no item of a list (neither line around it is bulleted) and no byline or date field,
    but reads as a title, is the page's title printed with a bullet."""
    bare = lines[index].lstrip("•∙◦ ")
    before = next((other for other in reversed(lines[:index]) if other), "")
    after = next((other for other in lines[index + 1 :] if other), None)
    return (
        after is not None
        and not before.startswith(("•", "∙", "◦", "·"))
        and not after.startswith(("•", "∙", "◦", "·"))
        and len(bare) >= 8
        and not footer_line(bare)[0]
        and not header_field_line(bare)[0]
        and headline_like(bare)
        and not is_caption_line(bare)
    )


_BARE_NAME = re.compile(rf"^{SURNAME}[가-힣]{{1,3}}$")
_TITLE_WORDS = frozenset({"기자", "기자명", "특파원", "편집", "편집부", "작성자", "글쓴이"})
# A template's date, then its reporter's name without a title (the page puts a wide gap between them): '2018-11-01
# 이은수' (gnnews.co.kr, set-cn cn-04, set-dy dy-07), '2020-04-08 이춘봉' (ulsanilbo.com, set-ew ew-05).
_DATE_THEN_NAME = re.compile(rf"^(?P<date>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}(?: \d{{1,2}}:\d{{2}}(?::\d{{2}})?)?) (?P<name>{SURNAME}[가-힣]{{1,3}})$")
_BARE_EMAIL = re.compile(rf"^[(<\[]?{EMAIL}[)>\]]?$")


def _bare_name_above_field(line: str, rest: list[str]) -> str | None:
    """'강승일' above '2024-04-02 17:02:31' (set-an an-08, set-bf bf-04), '송인호' above 'sih31@ekn.kr' (set-bs bs-04):
    a template's byline slot that prints the reporter's name alone, without '기자', right above the date or the
    reporter's address. A place, a government or a desk is no name."""
    if len(line) > 4 or not _BARE_NAME.match(line) or line in _PLACES or DESK_NAME.match(line):
        return None
    if line in _TITLE_WORDS:
        return None  # '기자' alone above the date (set-fq fq-06): the slot's label, its name left empty
    if line in _local_government_names():
        return None
    following = next((other for other in rest if other), None)
    if following is None:
        return None
    if _BARE_EMAIL.match(following) or is_date_line(following):
        return line
    return None
