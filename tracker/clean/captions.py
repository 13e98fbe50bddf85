"""Photo captions: not part of the story (they repeat it, and the annotation counts them as non-claims),
but kept aside in `CleanArticle.captions` so nothing the page said is lost."""

from __future__ import annotations

import re

from tracker.clean.found import Found
from tracker.clean.lines import EMAIL, SURNAME
from tracker.clean.outlets import outlet_for_domain, outlet_name

# Photo credits: '© 대구시 제공', 'ⓒ연합뉴스', '(사진=대구시 제공)', '<사진=영등포구>', '/사진=뉴시스',
# '(제공: 연천군)', and a credit followed by the day the photo ran ('ⓒ천지일보 2019.7.22').
_PHOTO_DAY = r"(?:\s+(?:19|20)\d{2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\.?)?"
_CREDIT = re.compile(
    r"(?:[©ⓒ]\s*\S+|[(<\[/]\s*사진\s*[=:/]?[^)>\]]*[)>\]]?|사진\s*=\s*\S+|\S+\s*제공\s*[)>\]]?"
    r"|[(<\[]\s*(?:사진\s*)?제공\s*[=:：]\s*[^)>\]]{1,30}[)>\]])" + _PHOTO_DAY + r"\s*$"
)
# A credit alone on its line: 'ⓒ천지일보', '© 대구시 제공', '(사진=영등포구 제공)', '(제공: 연천군)'.
_CREDIT_ONLY = re.compile(
    r"^(?:[©ⓒ]\s*[^\s.!?]{1,20}(?:\s*제공)?|[(<\[]\s*(?:사진\s*)?(?:제공|사진)\s*[=:：]\s*[^)>\]]{1,30}[)>\]]"
    r"|[(<\[]?\s*사진\s*[=:]?\s*[가-힣A-Za-z0-9·]{1,20}\s*제공\s*[)>\]]?)" + _PHOTO_DAY + r"$"
)
# Agency photo credit lines: '[연합뉴스 자료사진]', '[단양군 제공. 재판매 및 DB 금지]', '[촬영 윤우용]'.
_BRACKETED_CREDIT = re.compile(r"^[\[<(](?:[^\]>)]*(?:제공|자료사진|사진|DB\s*금지)|촬영\s[^\]>)]*)[\]>)]$")
_ARROW = re.compile(r"^(?:↑+|☞\s*사진|\[사진\]|<사진>)\s*")
_TRIANGLE = re.compile(r"^[▲△]\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# A photo credit in brackets glued into a body line: '...요구했습니다.(사진=국토교통부 제공, 연합뉴스)',
# '<사진=영등포구>', '(사진제공: 연천군)'. Only the bracket is the credit; the sentences around it are story.
# (a file photo's: '(자료사진=연합뉴스)', set-hk hk-02)
_BRACKETED_INLINE_CREDIT = re.compile(
    r"\s*[(<\[]\s*(?:(?:자료\s?)?사진\s*(?:제공\s*)?[=:：][^()<>\[\]]{1,40}|사진\s*[^()<>\[\]]{0,30}제공\s*)[)>\]]"
)
# A caption paragraph that ends in a bare credit: '완도군은 ... 위문금을 전달했다. 완도군 제공' (or '... /완도군 제공').
_BARE_END_CREDIT = re.compile(
    r"(?<=[.!?”\"’])\s*(?:(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*)?"  # the photo's day ('… 열었다. 2022.2.17 /동구 제공')
    r"/?\s*[가-힣A-Za-z0-9·]{2,15}(?:\s[가-힣A-Za-z0-9·]{1,15})?\s*제공$"
)
# Who provided a photo, alone on its line: '동대문구 제공', '경기도 제공' (the bare credit above, on a line of its own).
_BARE_PROVIDER = re.compile(r"^[가-힣A-Za-z0-9·]{2,15}(?:\s[가-힣A-Za-z0-9·]{1,10})?\s?제공$")


def bare_provider_line(line: str) -> bool:
    """A photo's provider alone on its line ('동대문구 제공', set-aa aa-02), or an agency's or paper's name alone
    ('연합뉴스', set-hd hd-08); the cleaners take it for a credit only right below a caption."""
    return _BARE_PROVIDER.match(line) is not None or (len(line) <= 12 and outlet_name(line) == line)


# Photo-furniture words a '▲' line ends with when it is a caption, not a subhead: '▲ 가덕도신공항 조감도'.
_PICTURE_NOUN_END = re.compile(r"(?:조감도|투시도|계획도|배치도|전경|모습|사진)\.?$")
# A portrait's caption: '▲ 강영석 상주시장', '△ 홍길동 경기도의회 의장' (a name, maybe a body, an office title).
_PORTRAIT = re.compile(
    r"^[▲△]\s*[가-힣]{2,4}\s+(?:[가-힣]{2,10}\s+)?[가-힣]{0,8}"
    r"(?:시장|군수|구청장|도지사|지사|교육감|의장|의원|위원장|장관|청장|국장|과장|대표|이사장|총장|원장)$"
)
# The same without the triangle, alone on its line: '홍길동 가나군수', '홍길동 가나도의회 의장'. A page store keeps the
# portrait's label as a line of its own above the story; a title says what happened, never only who.
_NAME_AND_OFFICE = re.compile(
    rf"^{SURNAME}[가-힣]{{1,2}}\s+(?:[가-힣]{{2,10}}\s+)?[가-힣]{{0,8}}"
    r"(?:시장|군수|구청장|도지사|지사|교육감|의장|의원|위원장|장관|청장|대표|이사장|총장|원장)$"
)
# A caption of a few words with no sentence in it: what the picture shows ('순천시청 전경', set-bc bc-05; a view, a
# bird's-eye drawing), maybe with the photo's credit, or a phrase closed by a full stop and then its credit in brackets
# or after a slash ('경기 안성시청 전경. (NSP통신 DB)', set-bs bs-08; '전남 무안군수 김산. /무안군', set-bt bt-06). A
# title neither names only a view nor closes a phrase with a stop before a source.
_PHOTO_SOURCE = r"(?:[(\[<]\s*[^()\[\]<>]{1,20}[)\]>]|/\s*[가-힣A-Za-z][가-힣A-Za-z0-9 ·]{0,14})"
_PICTURE_ONLY = re.compile(
    r"^[^.!?\n]{2,40}?(?:청사|시청|군청|구청|도청|건물|\s)\s*(?:전경|조감도|투시도|야경)\.?"
    rf"(?:\s*{_PHOTO_SOURCE})?$"
    rf"|^(?![^.]*[다요]\.)[^.!?\n]{{2,30}}[가-힣]\.\s*{_PHOTO_SOURCE}$"
)
# Bare credit inside a run-together line: '... 전경. 시는 이곳에 ... 유치했다. 사진 대구시 제공'.
_INLINE_CREDIT = re.compile(r"\s*사진\s*(?:=\s*)?[가-힣A-Za-z0-9·]{1,20}\s*제공")
# Agency photo items end with the shooting date and the photographer's e-mail: '... 2024.03.07. x@newsis.com'.
_AGENCY_PHOTO_TRAILER = re.compile(
    rf"\s+(?P<date>(?:19|20)\d{{2}}\.\d{{1,2}}\.\d{{1,2}}\.?)\s+(?P<email>{EMAIL})\s*$"
)


# A credit to the outlet's own photo archive ('오거돈 부산시장. / IT조선 DB', '사진=뉴스1 DB'): news outlets
# credit file photos to their own 'DB'; governments credit theirs with '제공'. ('재판매 및 DB 금지' is a ban.)
_ARCHIVE_CREDIT = re.compile(
    r"(?:^|(?<=[.!?])\s*/?\s*|/\s*|사진\s*[=:]\s*)(?P<outlet>[가-힣A-Za-z0-9]{2,12})\s*DB$"
)
_FILE_PHOTO_CREDIT = re.compile(r"(?:^|[.!?/]\s*|\s)(?P<outlet>[가-힣A-Za-z0-9]{2,12})\s*자료사진$")
_GOVERNMENT_END = re.compile(r"(?:시|군|구|도|청|처|부|원|회)$")


def archive_credit(line: str) -> str | None:
    """The outlet a short caption line credits as its own photo archive ('/ IT조선 DB' -> 'IT조선'), else
    None. A government body's name ('/ 부산시 DB') is a source, not the outlet."""
    if len(line) > 100:
        return None
    if line.endswith("자료사진"):
        # '원희룡 제주지사. 경향신문 자료사진' (set-ex ex-06): the outlet's own file photo, when the table knows the name
        m = _FILE_PHOTO_CREDIT.search(line)
        return outlet_name(m["outlet"]) if m else None
    if not line.endswith("DB"):
        return None
    m = _ARCHIVE_CREDIT.search(line)
    if m is None or _GOVERNMENT_END.search(m["outlet"]):
        return None
    return outlet_name(m["outlet"]) or m["outlet"]


# A photo credit that ends a caption with the copyright sign and a name ('▲ 개소식 장면 © 백제뉴스',
# '…설명하고 있다.ⓒ뉴데일리'): pages credit their own photographers' pictures to the outlet itself, and
# governments' handouts to the government ('ⓒ세종시', 'ⓒ동구청'), so only a name shaped like an outlet counts.
# A regional edition may stand before the name ('©경기북부/강원 브레이크뉴스', set-am am-03).
_COPYRIGHT_SIGN_CREDIT = re.compile(
    r"[©ⓒ]\s*(?:[가-힣]{2,6}(?:/[가-힣]{2,6})?\s+)?(?P<name>[가-힣A-Za-z0-9]{2,12})\s*$"
)


def photo_credit_outlet(line: str) -> str | None:
    """The outlet a caption's '© name' credit names ('▲ 개소식 장면 © 백제뉴스' -> '백제뉴스'), else None
    (no credit, a person or a government body, a copyright notice with its 'All rights reserved')."""
    if len(line) > 200 or not (m := _COPYRIGHT_SIGN_CREDIT.search(line)):
        return None
    return outlet_name(m["name"])


def is_caption_line(line: str) -> bool:
    """A whole line that is a photo caption.

    '↑↑ ...' lines always are. A '▲ ...' line is a caption when it carries a photo credit or is a full
    sentence; a short '▲ 한중혁신대회' without either is a section subhead and stays in the body.
    """
    if _ARROW.match(line):
        return True
    if line.startswith("큰사진보기") or line.endswith("관련사진보기"):
        return True  # OhmyNews's photo box: '큰사진보기 ▲… ⓒ 박정훈 관련사진보기'
    if _TRIANGLE.match(line):
        return (
            bool(_CREDIT.search(line))
            or (len(line) > 30 and bool(_SENTENCE_END.search(line)) and not _story_bullet(line))
            or bool(_PICTURE_NOUN_END.search(line))
            or (len(line) <= 30 and bool(_PORTRAIT.match(line)))
        )
    if _BRACKETED_CREDIT.match(line) or credit_only_line(line):
        return True
    if len(line) <= 24 and _NAME_AND_OFFICE.match(line):
        return True
    if len(line) <= 80 and _NAMED_POSITION.match(line) and not _SENTENCE_ENDS.search(line):
        return True  # '최문순(왼쪽·더불어민주당) 강원도지사 당선자' (set-hd hd-08): who stands where, no sentence
    if len(line) <= 200 and _POSITION_NOTE.search(line) and _PROGRESSIVE_END.search(line) and _one_sentence(line):
        return True  # '이승로 구청장(오른쪽5 번째)이 … 테이프커팅을 하고 있다' (set-gy gy-07): who stands where in the photo
    if len(line) <= 220 and "있다" in line and _PHOTO_SCENE.search(line) and _one_sentence(line):
        return True  # '오세훈 서울시장이 10일 서울시청에서 청년주거 안정 대책을 발표하고 있다.': what the photo shows
    if len(line) <= 60 and _PICTURE_ONLY.match(line):
        return True  # '순천시청 전경', '경기 안성시청 전경. (NSP통신 DB)', '전남 무안군수 김산. /무안군'
    if len(line) <= 200 and line.endswith("제공") and _BARE_END_CREDIT.search(line):
        return len(_SENTENCE_ENDS.findall(line)) <= 2  # a caption is a sentence or two, not a paragraph
    if len(line) <= 160 and (m := _ACTION_THEN_NAME.search(line)) and len(_SENTENCE_ENDS.findall(line)) == 1:
        return m.start() > 10
    if len(line) <= 200 and "사진" in line and (m := _END_CREDIT.search(line)):
        # '… 기념 촬영 하고 있다 [사진=청도군 제공]': a caption's wording, then the photo's credit
        return bool(_CAPTION_WORDING.search(line[: m.start()].rstrip(" .") + "."))
    if len(line) <= 120 and _CAPTION_MARK.search(line):
        return True
    return bool(_PHOTO_LABEL.match(line)) or (
        ("©" in line or "ⓒ" in line) and len(line) < 300 and bool(_CREDIT.search(line))
    )


# Marks only a photo's caption carries: '박남춘 인천시장(자료사진)', '… 경기지사.<사진출처 = 경기도>', a photo viewer's
# '이미지 확대 …', a release's '… 개소식 보도사진1', and a scene or plan named, then its credit ('… 비가 내리는 모습.
# 김혜윤 기자', '… 도시재생사업 구상안. 시 제공').
_CAPTION_MARK = re.compile(
    r"[(（]\s*자료\s?사진\s*[)）]\s*$|<\s*사진\s?출처\s*[=:]|^이미지\s?확대\s|보도\s?사진\s?\d{0,2}$"
    r"|(?:모습|전경|장면|구상안|조감도|투시도|배치도|포스터)\.\s*(?:[가-힣]{2,4}\s?기자|[가-힣]{1,10}\s?제공|/\s?[가-힣]{2,10})"
    r"\s*\|?\s*$"  # ('… 업무협약 체결 모습. /금천구 |', a table cell's bar after it)
)


# One sentence that says what the picture shows ('… 발표하고 있다.', '… 기념촬영을 하고 있다.'), then a bare credit
# ('전주시', '/ 대전교육청', '/사진=광주시', '사진 홍길동 기자'): '우범기 전주시장이 30일 시청에서 … 발표하고 있다. 전주시'.
# The credit is a name: a story cut after its next sentence's first words ('… 있다. 이에 따라 시는') is not.
_ACTION_THEN_NAME = re.compile(
    r"(?:고\s*있다|모습이다)\.\s*/?\s*(?:사진\s*=\s*)?(?!(?:한편|이어|또한|특히|이에|그러나|하지만|다만|앞서|아울러|이와|또)(?:\s|$))[가-힣A-Za-z][가-힣A-Za-z0-9·]{0,12}(?:\s[가-힣A-Za-z0-9·]{1,10})?(?<![은는을를에고며면와과로])$"
)
# A photo's scene in one sentence: someone on a day at a place in the act of a visible deed, in the present
# progressive a story never narrates an event in ('… 20일 구청에서 … 파이팅을 외치고 있다.', '… 21일 시청 정음실에서
# 기자간담회를 열어 … 발표하고 있다.'); a story's '속도를 내고 있다', '결실을 맺고 있다' name no deed of the moment.
_PHOTO_SCENE = re.compile(
    r"\d{1,2}일\s.{0,60}?에서\s.{0,120}?"
    r"(?:[을를]\s?하|발표하|설명하|브리핑하|연설하|답변하|답하|서명하|시연하|시승하|악수하|주재하|대화하|점검하|"
    r"박수를 치|선보이|외치|살펴보|둘러보|들어보|듣|받|나누|건네|전달하|전하|펼치|펼쳐 보이|들어 보이|장을 보|포즈를 취하)"
    r"고\s?있다\.?" + _PHOTO_DAY + r"$"
)
# A position in the picture written after a name ('(오른쪽5 번째)', '(앞줄 가운데)', '(왼쪽 세 번째)').
_POSITION_NOTE = re.compile(r"[(（]\s*(?:왼쪽|오른쪽|가운데|앞줄|뒷줄|윗줄|아랫줄)[^()（）]{0,10}[)）]")
# A name with its place in the picture right after it: '최문순(왼쪽·더불어민주당) 강원도지사 당선자'.
_NAMED_POSITION = re.compile(rf"^{SURNAME}[가-힣]{{1,2}}\s*{_POSITION_NOTE.pattern}")
_PROGRESSIVE_END = re.compile(r"(?:고|며)\s?있다\.?" + _PHOTO_DAY + r"$")
_QUOTED_OR_SOURCED = re.compile(r"[“”\"]|따르면")


def _one_sentence(line: str) -> bool:
    """One sentence, quoting and citing no one."""
    return len(_SENTENCE_ENDS.findall(line)) <= 1 and not _QUOTED_OR_SOURCED.search(line)


# Compiled once (`is_caption_line` runs on every body line): ends of sentences, a '사진=' label.
_SENTENCE_ENDS = re.compile(r"[다요][.!?]")
_PHOTO_LABEL = re.compile(r"[(<\[]?\s*사진\s*[=:]")


def _story_bullet(line: str) -> bool:
    """A '▲' sentence that is a bulleted item of the story, not a photo caption.

    Captions describe one picture in one sentence, in the past ('…에 참석했다.') or as an ongoing action
    ('…발표하고 있다.'). Bulleted story items ('▲출산장려 정책은 … 지원금이 확대된다.', '▲책임보육으로 …
    도시환경을 만들어 나간다.') say what a policy does or will do, in the plain present or future
    ('…된다', '…나간다', '…하겠다'), and often run to several sentences, which no caption does.
    """
    if len(_SENTENCE_ENDS.findall(line)) >= 2:
        return True
    m = _LAST_VERB.search(line)
    if not m:
        return False
    syllable = m["syl"]
    return syllable == "겠" or (0 <= ord(syllable) - 0xAC00 < 11172 and (ord(syllable) - 0xAC00) % 28 == 4)


# The syllable before a sentence-final '다.': '된'/'간'/'한' (final ㄴ: plain present) or '겠' (future).
_LAST_VERB = re.compile(r"(?P<syl>[가-힣])다\.[\"'”’)]*$")


def credit_only_line(line: str) -> bool:
    """A photo credit with nothing else on its line. Pages that print the credit on the line below the
    caption ('김 군수가 ... 기념 촬영을 하고 있다.' / 'ⓒ천지일보') make the line above a caption."""
    return len(line) <= 40 and bool(_CREDIT_ONLY.match(line))


# What photo captions say and story sentences do not: a position in the picture, an ongoing action.
_CAPTION_WORDING = re.compile(
    r"[(（]\s*(?:왼쪽|오른쪽|가운데|앞줄|뒷줄|사진\s*[왼오])|(?:고|며)\s*있다\.$|모습\.?$|기념\s*촬영"
)


def caption_above_credit(line: str) -> bool:
    """Whether the line right above a credit-only line reads as that photo's caption: short, no quote,
    and worded like a caption (a position in the picture, '...하고 있다.', or no sentence end at all). A
    story paragraph above a bare credit (a photo without caption) stays in the body."""
    return (
        len(line) <= 150
        and "“" not in line
        and '"' not in line
        and (bool(_CAPTION_WORDING.search(line)) or not _SENTENCE_END.search(line))
    )


def agency_photo_caption(line: str) -> tuple[bool, Found]:
    """A news agency photo item (the text is the caption of the photo): the whole line goes to captions."""
    m = _AGENCY_PHOTO_TRAILER.search(line)
    if not m:
        return False, Found()
    return True, Found(
        published=m["date"], email_outlet=outlet_for_domain(m["email"]), captions=(line[: m.start()].strip(),)
    )


_END_CREDIT = re.compile(_BRACKETED_INLINE_CREDIT.pattern + r"\s*$")


def repeated_credited_caption(line: str, repeats: int) -> bool:
    """A line that ends in a bracketed photo credit ('... 밝혔다.(사진제공=동구청)') and that the page prints
    more than once (the photo's alt text and its caption): a caption, not the story, which says each
    sentence once."""
    return repeats > 1 and "사진" in line and len(line) <= 300 and _END_CREDIT.search(line) is not None


def split_inline_caption(line: str) -> tuple[str, tuple[str, ...]]:
    """Cut a caption glued into a body line, ending at a bare '사진 X 제공' credit.

    A bracketed credit ('(사진=국토교통부 제공, 연합뉴스)') is cut alone: it credits the article's photo and
    the sentences before it are story.

    The caption starts at the nearest preceding sentence that is a noun phrase ('... 전경.'), looking back
    at most three sentences; if there is none, only the sentence right before the credit is taken.
    """
    if "사진" not in line:  # what both credit patterns need
        return line, ()
    if bracketed := _BRACKETED_INLINE_CREDIT.search(line):
        rest = (line[: bracketed.start()].rstrip() + " " + line[bracketed.end() :].lstrip()).strip()
        return rest, (bracketed.group(0).strip(),)
    m = _INLINE_CREDIT.search(line)
    if not m:
        return line, ()
    before, after = line[: m.start()], line[m.end() :]
    ends = [e.end() for e in re.finditer(r"[.!?][\"'”’)]*(?=\s|[가-힣]|$)", before)]
    starts = [0, *ends]
    start = starts[-2] if len(starts) >= 2 else 0
    for k in range(len(starts) - 2, max(len(starts) - 5, -1), -1):
        sentence = before[starts[k] : starts[k + 1]].strip()
        if sentence and not re.search(r"[다요][.!?][\"'”’)]*$", sentence):
            start = starts[k]
            break
    caption = (before[start:] + m.group(0)).strip()
    rest = (before[:start].rstrip() + " " + after.lstrip()).strip()
    return rest, (caption,)
