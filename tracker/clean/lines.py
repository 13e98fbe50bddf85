"""Line-level boilerplate of scraped news pages: ads, logos, widgets, bylines, credits and footers.

Every rule removes whole lines (or a clearly marked tail of a line) and says what it is for; whatever
a rule does not recognise stays in the body, because losing body text is worse than keeping a stray line.
"""

from __future__ import annotations

import html
import re

from tracker.clean.dates import DATE_LABEL, is_date_line
from tracker.clean.found import Found
from tracker.clean.outlets import outlet_for_domain, outlet_name

NAME = r"[가-힣]{2,4}"
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")

# Widget and ad leftovers that scrapers keep as lines of their own (bullets stripped before the check).
JUNK_LINES = frozenset(
    {"광고", "로고", "원본보기", "도배방지 이미지", "관련기사", "확대", "닫기", "공유", "인쇄", "스크랩",
     "기사 스크랩", "좋아요", "댓글", "AD", "Advertisement", "SNS 공유", "URL 복사", "글자크기", "이전", "다음",
     "목록", "top", "TOP", "구독", "구독하기", "기사 추천", "URL복사", "페이스북", "트위터", "카카오톡", "네이버블로그",
     "이 기사를 공유합니다", "SNS 기사보내기", "기사보내기", "프린트", "글씨크기", "폰트크기"}
)
_BULLET = re.compile(r"^[•·∙●○◦\-*|]+\s*")
# Broadcast script markers: [앵커], [리포트], [기자], [인터뷰], [앵커 멘트] ...
BROADCAST_MARKER = re.compile(r"\[(?:앵커(?:\s*멘트)?|리포트|기자|인터뷰|녹취|현장음|스탠드업|클로징)\]\s*")
# CMS fields of reposting sites ('작성자: 관리자' is the site admin, not the reporter).
_CMS_FIELD = re.compile(r"^(?:작성자|글쓴이|등록자|조회수?|조회)\s*[:：]")
# Staff credits at the end of TV reports: '영상편집:김종수/그래픽:김희나'.
_STAFF_CREDIT = re.compile(r"^(?:영상\s*편집|영상\s*취재|촬영\s*기자|촬영|그래픽|편집|CG|자료\s*조사)\s*[:：]")
_COPYRIGHT = re.compile(
    r"무단\s*전재|재배포\s*금지|DB\s*금지|Copyright|All rights reserved|저작권자|ⓒ\s*\S+\s*[,.]?\s*무단|AI\s*학습",
    re.IGNORECASE,
)
# Promotion lines of portals and agencies: '▶ 연합뉴스 앱 지금 바로 다운받기', '▶ 제보는 카톡 okjebo'.
_PROMO = re.compile(r"^[▶☞►]\s*.{0,60}(?:앱|구독|제보|바로가기|클릭|다운|네이버|카카오|채널|유튜브|홈페이지|이벤트)")
# Boilerplate that agencies glue after the story on the same line; everything from the marker on goes.
_INLINE_FOOTER = re.compile(
    r"\s*(?:\[사진\s*영상\s*제보받습니다\]|공감언론 뉴시스가|<저작권자|ⓒ\s*(?:[가-힣A-Za-z]+\s*)?(?:무단|All)|▶\s*(?:제보|기사제보|네이버|카카오|뉴스\s*구독)).*$"
)
_SOURCE_LINE = re.compile(r"^출처\s*[:：]\s*(?P<outlet>[^(]+?)\s*(?:\((?P<url>[^)\s]+)\))?$")
# Bylines that end an article: '최세호 기자 seho@naeil.com', '박종문기자 kpjm@...', '의정부=안유신 기자 ays@...'.
_TRAILING_BYLINE = re.compile(rf"\s*(?:[가-힣]{{1,6}}\s*=\s*)?(?P<name>{NAME})\s*(?:기자|특파원)\s*[(]?(?P<email>{EMAIL})[)]?\s*$")
_NAME_EMAIL_LINE = re.compile(rf"^(?P<name>{NAME})\s*[(<\[]\s*(?P<email>{EMAIL})\s*[)>\]]$")
_NAME_ONLY_BYLINE = re.compile(rf"^(?:[가-힣]{{1,6}}\s*=\s*)?(?P<name>{NAME})\s*(?:기자|특파원)$")
_SIGN_OFF = re.compile(rf"^(?:[A-Z]{{2,5}}\s*)?뉴스\s*(?P<name>{NAME})입니다\.?$")
_HANDOFF = re.compile(rf"^(?P<name>{NAME})\s*(?:기자|특파원)가\s*(?:취재|보도)했습니다\.?$")
# '박성원 기자 | 기사입력 2018/03/13 [18:29]' (reporter and date on one line).
BYLINE_WITH_DATE = re.compile(
    rf"^(?P<name>{NAME})\s*(?:기자|특파원|PD)\s*(?:[|ㅣ/·]\s*)?(?P<date>{DATE_LABEL}.+)$", re.IGNORECASE
)


def normalise_line(line: str) -> str:
    """Odd spaces (NBSP, ideographic, tabs) to plain spaces, zero-width characters out, runs collapsed,
    HTML entities that scrapers leave in plain text ('&quot;', '&#160;') decoded."""
    if "&" in line and ";" in line:
        line = html.unescape(line)
    line = _ZERO_WIDTH.sub("", _ODD_SPACES.sub(" ", line))
    return re.sub(r" {2,}", " ", line).strip()


def is_junk(line: str) -> bool:
    """Ad, logo and widget lines, CMS fields, broadcast markers alone on a line."""
    bare = _BULLET.sub("", line).strip()
    return (
        bare in JUNK_LINES
        or bool(_CMS_FIELD.match(bare))
        or (not BROADCAST_MARKER.sub("", bare).strip()
        and bool(BROADCAST_MARKER.search(bare)))
    )


def footer_line(line: str) -> tuple[bool, Found]:
    """(drop?, what it told) for a line that is a byline, credit, source note, copyright or contact line.

    A long line that merely ends with a byline keeps its text; only the byline tail is cut (see
    `strip_trailing_byline`), so this only drops lines that are boilerplate as a whole.
    """
    if m := _NAME_EMAIL_LINE.match(line):
        return True, Found(reporter=m["name"], email_outlet=outlet_for_domain(m["email"]))
    if m := _NAME_ONLY_BYLINE.match(line):
        return True, Found(reporter=m["name"])
    if m := _SIGN_OFF.match(line):
        return True, Found(reporter=m["name"])
    if m := _HANDOFF.match(line):
        return True, Found(reporter=m["name"])
    if m := BYLINE_WITH_DATE.match(line):
        return True, Found(reporter=m["name"], published=m["date"])
    if m := _SOURCE_LINE.match(line):
        return True, Found(outlet=outlet_name(m["outlet"]) or m["outlet"].strip(), url=m["url"])
    if _STAFF_CREDIT.match(line) or _PROMO.match(line) or (_COPYRIGHT.search(line) and len(line) < 200):
        return True, Found()
    if is_date_line(line):
        return True, Found(published=line)
    if (name := outlet_name(line)) is not None:
        return True, Found(outlet=name)
    if "@" not in line:  # no e-mail address
        return False, Found()
    emails = re.findall(EMAIL, line)
    ends_with_email = bool(re.search(rf"{EMAIL}[)>\]]?$", line))
    if emails and len(line) <= 120 and (ends_with_email or "제보" in line):
        return True, Found(email_outlet=outlet_for_domain(emails[-1]))
    return False, Found()


def strip_trailing_byline(line: str) -> tuple[str, Found]:
    """'...추진하고 있다.최세호 기자 seho@naeil.com' -> the sentence, and the reporter it names."""
    if "@" not in line or ("기자" not in line and "특파원" not in line):  # what the pattern needs
        return line, Found()
    m = _TRAILING_BYLINE.search(line)
    if not m:
        return line, Found()
    return line[: m.start()].rstrip(), Found(reporter=m["name"], email_outlet=outlet_for_domain(m["email"]))


def strip_inline_footer(line: str) -> str:
    """Cut agency boilerplate glued after the story ('[사진 영상 제보받습니다] 공감언론 뉴시스가 ...')."""
    return _INLINE_FOOTER.sub("", line).rstrip()
