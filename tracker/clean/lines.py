"""Line-level boilerplate of scraped news pages: ads, logos, widgets, bylines, credits and footers.

Every rule removes whole lines (or a clearly marked tail of a line) and says what it is for; whatever
a rule does not recognise stays in the body, because losing body text is worse than keeping a stray line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache

from tracker.clean.dates import DATE_LABEL, is_date_line
from tracker.clean.found import Found
from tracker.clean.outlets import (
    NETWORK_SECTION,
    english_outlet,
    known_outlet_prefix,
    outlet_for_cut_domain,
    outlet_for_domain,
    outlet_for_site_name,
    outlet_kind,
    outlet_name,
)

NAME = r"[가-힣]{2,4}"
# The first syllable of a Korean name: the common family names (for bylines that give a name without '기자').
SURNAME = "[김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호]"
# What stands after a reporter's name: '기자', '특파원', or a rank before '기자' ('윤희일 선임기자', '박종일 선임 기자',
# '홍길동 수석기자'). Photo and video credits ('사진기자', '영상기자') are not the story's reporter, so they are not here.
# A reporter's rank before the title ('선임기자', '인턴 기자'): never a name of its own.
REPORTER_RANKS = "선임|수석|전문|객원|인턴|수습|시민|대표"
REPORTER_TITLE = rf"(?:(?:(?:{REPORTER_RANKS}|대)\s*)?(?:기자|특파원)|CP(?![A-Za-z]))"
# The heading of a widget listing the site's reporters ('인기 기자', set-cz cz-04; '오늘의 기자', set-ct ct-02): no name, and no line
# of the story.
_REPORTER_WIDGETS = "인기|전체|관련|담당|최신|이달의|오늘의|우수"
# A name that is not itself a rank, the title, a paper's name or a widget's heading ('선임기자 x@y.com', the
# doubled title of '윤요섭 기자 기자', '성주신문 기자 입력 …' and a list of '인기 기자' name nobody). Two or three
# reporters share one byline with a middle dot or a comma between their names ('최형순·이성현 기자', '홍길동, 김철수
# 기자'); the names are kept as printed.
REPORTER_NAME = (
    rf"(?!(?:{REPORTER_RANKS})\s*(?:기자|특파원)|(?:기자|특파원)(?![가-힣])|[가-힣]{{0,2}}(?:신문|일보)(?![가-힣])"
    rf"|(?:{_REPORTER_WIDGETS})\s*기자)"
    rf"{NAME}(?:(?:[·ㆍ]|,\s?){NAME}){{0,2}}"
)
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")

# Widget and ad leftovers that scrapers keep as lines of their own (bullets stripped before the check).
JUNK_LINES = frozenset(
    {
        "더보기",  # a list widget's link, alone above or below the story
        "본문 시작",  # a skip link's target label (a district's press board, set-qp qp-09)
        "사이트 내 전체검색",  # a board template's search box label (set-qu qu-03)
        "문장공유",  # a share button for a selected sentence (donga.com, set-ic ic-08)
        "뉴스듣기",  # text-to-speech buttons
        "뉴스 듣기-",  # wowtv's story tools below its title (set-cr cr-02, set-hg hg-08): read aloud, subscribe
        "핀(구독)!",
        "글자 크기 설정",
        "기사 읽어주기",  # seoul.co.kr's story tools below its title: read aloud, again, font size, print (set-cy cy-09)
        "기사 소리로 듣기",
        "다시듣기",
        "글씨 크기 조절",
        "폰트 확대 폰트 축소 프린트하기",
        "기사듣기",
        "음성듣기",
        "광고",
        "로고",
        "원본보기",
        "도배방지 이미지",
        "관련기사",
        "확대",
        "닫기",
        "공유",
        "인쇄",
        "스크랩",
        "기사 스크랩",
        "좋아요",
        "댓글",
        "AD",
        "Advertisement",
        "SNS 공유",
        "URL 복사",
        "글자크기",
        "이전",
        "다음",
        "목록",
        "top",
        "TOP",
        "구독",
        "구독하기",
        "기사 추천",
        "URL복사",
        "페이스북",
        "트위터",
        "카카오톡",
        "네이버블로그",
        "이 기사를 공유합니다",
        "SNS 기사보내기",
        "기사보내기",
        "프린트",
        "글씨크기",
        "폰트크기",
        "공유하기",
        "기사공유",
        "기사 공유",
        "공유 닫기",
        "기사 추천하기",
        "추천하기",
        "로그인",
        "회원가입",
        "다른기사 보기",
        "다른 기사 보기",
        "기사저장",
        "북마크",
        "카카오스토리",
        "네이버밴드",
        "밴드",
        "링크복사",
        "링크 복사",
        "본문 글씨 키우기",
        "본문 글씨 줄이기",
        # skip links and labels of page templates (bulletin-board CMS: '페이지 정보', '본문', '관련링크')
        "바로가기",
        "본문",
        "페이지 정보",
        "관련링크",
        "관련 링크",
        "음성재생 설정",
        "음성으로 듣기",
        "요약봇",
        "본문 요약봇",
        "글자크기 설정",
        "글자 크기 변경하기",
        "번역beta",
        "번역 beta",
        "언론사 홈 바로가기",
        "기사 섹션 분류 안내",
        # a script notice that ndsoft-CMS pages print above the masthead
        "check 3d gpu",
        # browser utility links of page headers (bookmark, start page)
        "즐겨찾기",
        "즐겨찾기 추가",
        "즐겨찾기추가",
        "시작페이지",
        "시작페이지로",
        "시작페이지 설정",
        "시작페이지로 설정",
        "인쇄하기",
        "상태바",
        # the video player's help link on broadcasters' pages
        "키보드 단축키 안내",
        # e-mail and edit buttons of the share bar ('기사 메일전송', '기사수정' above and below the title)
        "메일전송",
        "메일 전송",
        "기사 메일전송",
        "기사 메일 전송",
        "이메일 전송",
        "메일 보내기",
        "메일보내기",
        "이메일",
        "기사수정",
        "기사 수정",
        "기사삭제",
        "기사 삭제",
        # the climate-clock widget heraldcorp.com prints above every title (set-at at-01, set-bo bo-08, set-u u-09)
        "기후위기시계",
        # the text-to-speech buttons' stop and spaced forms ('기사듣기 기사듣기중지', asiatoday.co.kr, set-gd gd-02)
        "기사 듣기",
        "기사듣기중지",
        # OhmyNews's slogan above its titles (set-gy gy-05) and a CMS's label of the page's content area (set-hb hb-08)
        "모든 시민은 기자다",
        "서브페이지 컨텐츠",
        "서브페이지 콘텐츠",
        # yna.co.kr's masthead slogan above every title (set-gr gr-05)
        "국가기간뉴스 통신사 연합뉴스",
        "국가기간뉴스통신사 연합뉴스",
        # a video player's close button above a broadcaster's script (kctvjeju.com, set-gp gp-03)
        "영상닫기",
        "영상 닫기",
    }
)
# Single words of share bars and page tools; a line made only of them ('기사 메일전송 프린트 스크랩 글자크기
# 공유하기', '페이스북 트위터 카카오톡') is the share bar printed on one line. '기사' alone prefixes several.
_WIDGET_WORDS = frozenset(
    {w for w in JUNK_LINES if " " not in w}
    | {
        "기사",
        "메일",
        "전송",
        "보내기",
        "크게",
        "작게",
        "가+",
        "가-",
        "+",
        "-",
        "인스타그램",
        "엑스",  # '트위터 엑스': X, Twitter's later name, in the share bar (set-gd gd-02)
        "라인",
        "네이버",
        "블로그",
        "유튜브",
        "프린터",
        "PDF",
        # the writer's and the text's tools: '필자의 다른기사 보기 인쇄하기 메일로 보내기 글자 크게 글자 작게'
        "필자의",
        "기자의",
        "다른기사",
        "보기",
        "메일로",
        "글자",
        # the site's own links: '… 시작페이지로 | 즐겨찾기 추가 | 홈으로'
        "즐겨찾기",
        "추가",
        "홈으로",
        # a wire's menu row ('전체기사 최신뉴스 GAM', newspim.com, set-bh bh-08, set-cc cc-02; '… GAM 라씨로' and its
        # 'KYD 디데이' banner, set-er er-04)
        "전체기사",
        "최신뉴스",
        "GAM",
        "라씨로",
        "KYD",
        "디데이",
        # a reading-mode button glued to the share button ('읽기모드공유하기', donga.com, set-es es-01)
        "읽기모드",
        # the menu and search buttons ('메뉴 보기 검색', segye.com, set-fe fe-06)
        "메뉴",
        "검색",
        "시작페이지로",
        # font-size and share buttons of joongdo.co.kr and others ('• 폰트 작게', '• 퍼가기', '• 구글', set-br br-07)
        "폰트",
        "퍼가기",
        "구글",
        "구글플러스",
    }
)
_WIDGET_ROW_SPLIT = re.compile(r"[\s|ㅣ/·•]+")


def _widget_row(bare: str) -> bool:
    """Two or more share-bar words and nothing else ('기사 메일전송 프린트 스크랩 글자크기 공유하기'), also
    printed without spaces ('뉴스듣기프린트')."""
    words = [w for w in _WIDGET_ROW_SPLIT.split(bare) if w]
    if len(bare) <= 30:
        # words run together, alone or beside others ('뉴스듣기프린트', '메뉴보기메뉴 보기 검색', set-fi fi-04)
        words = [part for w in words for part in (_glued_widget_words(w) or (w,))]
    return (
        len(words) >= 2
        and all(w in _WIDGET_WORDS for w in words)
        and any(w not in {"기사", "-", "+"} for w in words)
    )


@lru_cache(maxsize=4096)
def _glued_widget_words(text: str) -> tuple[str, ...] | None:
    """`text` cut into share-bar words when it is nothing but them run together, else None (cached: each
    suffix is tried once, however the words before it were cut)."""
    if not text:
        return ()
    for end in range(len(text), 1, -1):
        if text[:end] in _WIDGET_WORDS and (rest := _glued_widget_words(text[end:])) is not None:
            return (text[:end], *rest)
    return None


# Labels of a page's image widgets, alone on a line where a scraper kept the alt text or button: the print
# edition's cover thumbnail beside '지면보기' ('표지이미지'), the photo viewer's zoom and original-size buttons
# ('이미지 확대', '사진 크게 보기', '이미지 원본보기'). They name the picture, never the story.
_IMAGE_LABEL = re.compile(
    r"^(?:표지|대표|기사|본문|첨부|지면)?\s*(?:이미지|사진)\s*(?:확대(?:\s*보기)?|크게\s*보기|원본\s*보기|닫기)?$"
)
# One skip link alone on its line, in any wording: '통합검색 바로가기', '메인메뉴 바로가기' (a government page prints
# one per line above its title). A title does not end in '바로가기'; an outlet's 'OO일보 바로가기' names no outlet.
# Several targets may share one link, with commas: '다른 기사, 광고영역 바로가기' (set-bq bq-03, joins.com).
_SKIP_LINK = re.compile(r"^[가-힣A-Za-z]{1,8}(?:,?\s[가-힣A-Za-z]{1,8}){0,2}\s*바로\s*가기$")
# A menu's hidden label alone on its line: '화면컨트롤메뉴', '메인메뉴', '주 메뉴 열기' (screen-reader headings of
# page templates).
_MENU_LABEL = re.compile(
    r"^(?:주|메인|전체|상단|하단|서브|좌측|우측|빠른|퀵|통합|모바일|사이트|화면\s*컨트롤|화면|컨트롤)\s*메뉴"
    r"(?:\s*(?:열기|닫기|보기))?$|^검색\s*창?\s*(?:열기|닫기)$"
)
# Skip links at the top of a page: '주메뉴 바로가기 본문 바로가기', '메뉴로 이동', '본문으로 건너뛰기'.
# A row of skip links in any wording: two or more 'X 바로가기' ('서비스 메뉴 바로가기 본문 바로가기 아티클 바로가기',
# '본문 바로가기 메인메뉴 바로가기'); a headline never says 바로가기 twice.
_SKIP_LINK_ROW = re.compile(r"^(?:[가-힣A-Za-z]{1,8}(?:\s[가-힣A-Za-z]{1,8}){0,2}\s*바로\s*가기\s*){2,}$")
# The weather widget of news sites' page headers: '• -동두천 -5.2℃', '• 흐림서울 20.5℃', '구름많음제주 23.7℃'
# (a sky state or '-', a place, a temperature), maybe after the site's date bar ('2019.10.22(화)광주 11ºC'), and
# its credit line '기상청 제공'.
_WEATHER_ITEM = re.compile(
    r"^(?:(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\s*(?:\(\s*[월화수목금토일]\s*\))?\s*)?"
    r"(?:-|맑음|흐림|구름\s*많음|구름\s*조금|비|눈|소나기|눈/비|비/눈|박무|연무|안개|황사)?\s*"
    # (a station's note after its place, '맑음홍성(예) 18.0℃'; a missing reading, '• 맑음고창 ℃')
    r"[가-힣]{1,6}(?:\([가-힣]{1,2}\))?\s*(?:-?\d{1,2}(?:\.\d)?)?\s*(?:℃|[°º˚]C?)$"
)
# A site's weather widget as bullets above a board post: '• 20.0'C', '• 비 70%' (set-ra ra-08).
_WEATHER_BULLET = re.compile(r"^(?:-?\d{1,2}(?:\.\d)?\s*['′]C|(?:비|눈|맑음|흐림|구름\s*많음|구름\s*조금)\s*\d{1,3}\s*%)$")
_WEATHER_CREDIT = re.compile(r"^(?:기상청|날씨\s*정보)\s*제공$")
# Programme chrome of broadcasters' article pages: the air time ('매일 저녁 8시 35분', '평일 오후 5시') and the
# anchors ('평일 김우진주말 김우진, 김민곤, 강민주').
_AIR_TIME = re.compile(
    r"^(?:매일|평일|주말|주중|월\s*[~-]\s*금|토\s*[·~-]\s*일)(?:요일)?\s*(?:오전|오후|아침|저녁|밤|새벽)?\s*"
    r"\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?$"
)
_ANCHORS = re.compile(
    r"^평일\s*[가-힣]{2,4}(?:\s*,\s*[가-힣]{2,4})*\s*주말\s*[가-힣]{2,4}(?:\s*,\s*[가-힣]{2,4})*$"
    # the programme's presenter under its air time: '평일 오후 5시 40분' / '아나운서 강민주' (G1, set-mr mr-04)
    r"|^(?:앵커|아나운서)\s+[가-힣]{2,4}(?:\s*,\s*[가-힣]{2,4})*$"
)
# Region labels that page templates print as hidden headings for screen readers ('상단영역', '본문영역',
# '하단 영역', '사이드영역'): a scraper that ignores the CSS keeps them as lines of their own.
_REGION_LABEL = re.compile(
    r"^(?:상단|하단|본문|기사\s*본문|좌측|우측|사이드|메뉴|주\s*메뉴|검색|헤더|푸터|광고|배너|로고|기사|뉴스|콘텐츠|컨텐츠|첨부\s*파일|첨부)\s*영역$"
)
# Buttons and links of article pages and board view pages, in any spacing: '글 내용보기', '원문보기', '본문듣기',
# '기사 읽기', '목록으로', '이전기사' (alone or in a row, '이전기사 다음기사'), '전체메뉴', 'SNS 공유하기', '팝업 닫기', '기자의 다른기사', '독자 제보'.
_UI_LABEL = re.compile(
    r"^(?:(?:글|게시글|게시물|기사|본문|원문|상세|지면|PDF|목록|내용|전체|SNS|팝업|창)\s*)+"
    r"(?:보기|듣기|읽기|닫기|으로|공유하기|스크랩하기|인쇄하기)$"
    r"|^(?:(?:전체|이전|다음)\s*기사\s*)+$|^(?:이전|다음)\s*글$|^기사\s*본문$|^(?:전체\s*메뉴|사이트\s*맵|로그아웃|뉴스레터|구독\s*신청)$"
    # a search box's label ('뉴스 검색어 입력 양식', yna.co.kr, set-ft ft-03)
    r"|^(?:뉴스\s*)?검색어?\s*입력(?:\s*양식)?$"
    # the banner's close button ('탑배너 닫기', set-ba ba-03, nocutnews)
    r"|^(?:탑|상단|하단|메인|띠|팝업|top)?\s*(?:배너|광고)\s*(?:닫기|열기|숨기기|접기)$"
    r"|^(?:기사|독자)\s*제보(?:하기)?$|^(?:뒤로|맨\s*위로|위로|처음으로|상단으로)\s*(?:가기)?(?:\s*버튼)?$|^검색\s*하기$"
    r"|^(?:이\s*)?기자의?\s*(?:다른\s*기사|페이지|구독)$|^언론사\s*(?:구독|홈)$|^오늘\s*하루\s*(?:보지|열지)\s*않기$"
    # a widget's heading over a list of the site's reporters (`_REPORTER_WIDGETS`)
    rf"|^(?:{_REPORTER_WIDGETS})\s*기자$"
)
# Where a template marks the start of its content ('본문시작', '본문 시작', '컨텐츠 시작'; tbroad, dongjak.go.kr): a skip
# link's target, no title.
_CONTENT_START = re.compile(r"^(?:본문|콘텐츠|컨텐츠)(?:\s*내용)?\s*시작$")
# A staging copy's banner above the page ('TEST SERVER!!', usmbc.co.kr in set-fy, ql and ri).
_STAGING_BANNER = re.compile(r"^TEST\s*SERVER\W*$", re.IGNORECASE)
_SKIP_NAV = re.compile(
    r"^(?:(?:주\s*메뉴|전체\s*메뉴|상단\s*메뉴|하단\s*메뉴|메뉴|본문(?:\s*내용)?|콘텐츠|컨텐츠|검색(?:창)?|로그인|사이트\s*맵"
    r"|하단(?:\s*정보)?|푸터)\s*(?:바로\s*가기|으?로\s*(?:이동|바로\s*가기|건너\s*뛰기)|건너\s*뛰기)\s*)+$"
    # the comment counter's link (yna.co.kr, set-gr gr-05: '댓글3댓글페이지로 이동')
    r"|^댓글\s*\d*\s*댓글\s*페이지로\s*이동$"
)
# Widgets and notices of portal article pages (Daum, Naver): auto-summary box, text-to-speech, font size
# preview, machine-translation switch, section notice. Their sentences are the portal's, not the story's.
_PORTAL_WIDGET = re.compile(
    r"(?:자동\s*요약\s*)?기사\s*제목과\s*주요\s*문장을\s*기반으로\s*자동\s*요약한\s*결과입니다\.?$"
    r"|(?:요약\s*기술의\s*특성상.{0,40})?전체\s*맥락을\s*이해하기\s*위해서는\s*(?:기사\s*)?본문\s*(?:전체\s*)?보기를\s*권장합니다\.?$"
    r"|자동\s*추출\s*기술로\s*요약된\s*내용입니다.{0,120}$"
    r"|번역\s*beta\b.{0,40}$|Translated\s+by\s.{0,20}$"
    r"|글자\s*크기\s*설정.{0,60}변경\s*됩니다\.?$|이\s*글자\s*크기로\s*변경\s*됩니다\.?$"
    r"|\(예시\)\s*가장\s*빠른\s*뉴스가\s*있고.{0,200}$"
    r"|가?\s*\d\s*단계\s*(?:아주\s*|가장\s*)?(?:작게|보통|크게)$"
    r"|기사의\s*섹션\s*정보는\s*해당\s*언론사의\s*분류를\s*따르고\s*있습니다.{0,80}$"
    r"|구독자\s*[\d,]+(?:\s*응원수\s*[\d,]+)?$"
    # AI-summary box of portals ('AI 요약 기술은 핵심만 전달합니다. 전체 내용의 이해를 위해 기사 본문을 확인해주세요.')
    r"|AI\s*요약\s*기술은.{0,100}$|AI\s*(?:가|로)\s*요약한\s*(?:내용|결과)입니다.{0,100}$"
    # text-to-speech notice of broadcasters ('읽어주기 기능은 크롬기반의 / 브라우저에서만 사용하실 수 있습니다.')
    r"|(?:기사\s*)?읽어\s*주기\s*기능은.{0,60}$|(?:크롬\s*기반의\s*)?브라우저에서만\s*사용하실\s*수\s*있습니다\.?$",
    re.IGNORECASE,
)
# First words of the portal widget lines above (a cheap test before the regex).
_PORTAL_WIDGET_START = (
    "자동",
    "기사",
    "요약",
    "전체",
    "번역",
    "Translated",
    "글자",
    "이 글자",
    "(예시)",
    "가",
    "기사의",
    "구독자",
    "AI",
    "읽어",
    "기사 읽어",
    "크롬",
    "브라우저",
)
# A site menu flattened into one line: names glued without spaces ('서울타임뉴스인천타임뉴스대전타임뉴스...').
# No Korean sentence runs 20 syllables without a space.
# A link to the reporter's other stories ('이현정 기자기자 기사모음', ekn.kr, set-fc fc-02).
_REPORTER_ARCHIVE = re.compile(rf"^(?P<name>{NAME})\s*(?:기자\s*)+(?:기사\s*모음|다른\s*기사|기사\s*더\s*보기)$")
# A broadcaster's timetable row: a news programme and its air time ('뉴스투데이 오전 7시 30분', '5시 뉴스와 경제 오후
# 4시 55분', mbceg.co.kr, set-fd fd-01).
_PROGRAM_TIME = re.compile(
    r"^(?=[^(]*?(?:뉴스|데스크|투데이|라디오|매거진)[^(]*?\s(?:오전|오후|아침|저녁|밤|새벽))[0-9A-Za-z가-힣 ]{2,16}\s(?:오전|오후|아침|저녁|밤|새벽)\s?\d{1,2}시(?:\s?\d{1,2}분)?$"
)
_HANGUL_WORDS = re.compile(r"^[가-힣 ]+$")
_LONG_WORD = re.compile(r"[가-힣]{20}")


# The English of a skip link printed after its Korean: '본문 바로가기(Go body)' (set-ez ez-07).
_LATIN_ASIDE = re.compile(r"\s?\([A-Za-z][A-Za-z ]{1,30}\)")


def _skip_links(bare: str) -> bool:
    return len(bare) <= 80 and bool(_SKIP_NAV.match(bare) or _SKIP_LINK_ROW.match(bare) or _SKIP_LINK.match(bare))


def _glued_menu(line: str) -> bool:
    # a story line has punctuation or digits early on, so the first test usually fails fast
    return bool(_HANGUL_WORDS.match(line)) and _LONG_WORD.search(line) is not None


# Section labels of news sites ('종합뉴스', '지역소식') and of governments' news pages ('도정뉴스', '시정소식'): a menu
# entry, neither an outlet nor a headline.
_SECTION_LABEL = re.compile(
    r"^(?:종합|지역|포토|시정|도정|군정|구정|영상|동영상|주요|최신|인기|속보|단독|카드|전체|기획|시군|자치|의회|행정|정치|경제|사회|문화|교육"
    r"|스포츠|연예|생활|사건|사고|국제|실시간|헤드라인|오늘의|보도|일반|많이\s*본|추천|우리\s*동네|관련|연관|다른)\s*"
    # a broadcaster's kind of item between ('종합 리포트 뉴스', '지역 단신 뉴스')
    r"(?:(?:리포트|단신|기획|영상|기자)\s*)?(?:뉴스|소식)$"
)
_ENGLISH_SECTION = re.compile(r"^(?:HOT|TOP|BEST|LATEST|BREAKING|MAIN|LOCAL|POPULAR)\s?NEWS$", re.IGNORECASE)
# Counters of page widgets on a line of their own: '댓글 0', '추천 3', '공감 12', '조회수 1,024', and a board's row of
# them with the post's number ('번호 138492 조회 42', set-ol ol-02).
# A breadcrumb of the site's sections: '뉴스 > 사회', '홈 > 지역 > 경남'.
# Text a page's chrome leaves behind when its icons are drawn with an icon font: the icon's ligature name, a
# lowercase snake_case word ('chevron_right 지역 chevron_right 장수', 'phone_iphone 모바일 웹', set-n n-09), outside
# addresses (URLs, e-mail). Story text does not write such words.
_ICON_LIGATURE = re.compile(r"(?<![A-Za-z0-9_@./:=-])[a-z]+(?:_[a-z]+)+(?![A-Za-z0-9_@./-])")
# A page template's ad or widget slot id alone on a line ('default_news_ad1', 'default_top_notch': ndsoft CMS pages).
_SLOT_ID = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")
# The site's clock in the masthead, in English ('UPDATE 2025-11-10 06:37 (Mon)', set-n n-09): the time the
# site last changed, not the article's (pages date the article with Korean labels, '입력', '승인', '수정').
# ('UPDATED. 2019-09-11 15:58 (수)', yeosu.go.kr's news, set-fv fv-02)
_SITE_CLOCK = re.compile(
    r"^UPDATED?\.?\s*[:：]?\s*(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}[\d:\s]*(?:\([\w가-힣]{1,3}\))?$"
)
# A section path printed without arrows above the title ('사회 전국', '정치 국회·정당', blind set-aa aa-03): two or
# three names of news sections and nothing else.
SECTIONS = (
    "정치|경제|사회|문화|국제|세계|전국|지역|지방|스포츠|연예|생활|오피니언|사설|칼럼|과학|산업|금융|증권|부동산|"
    "교육|환경|노동|복지|건강|의료|여행|레저|라이프|북한|국회|정당|행정|자치|의회|종합|사건사고|사건|사고|날씨|"
    "인물|피플|IT|기업|유통|농업|수산|경기|인천|서울|강원|충북|충남|대전|세종|전북|전남|광주|경북|경남|대구|부산|울산|제주"
)
# A section may be the catch-all of its parent ('사회 사회일반', set-am am-08) and a regional desk may name up to four
# places ('전국 대전·세종·충남', set-bh bh-08) or part of a province ('전국 경기남부', set-er er-04).
_SECTION_NAME = rf"(?:{SECTIONS})(?:일반|남부|북부|동부|서부)?"
_SECTION_PATH = re.compile(
    rf"^{_SECTION_NAME}(?:[·ㆍ/]{_SECTION_NAME}){{0,3}}(?:\s+{_SECTION_NAME}(?:[·ㆍ/]{_SECTION_NAME}){{0,3}}){{1,2}}$"
)
# Breadcrumbs, also with a label before them and with the home link's arrow left without its icon: '현재위치 : >
# 정치/행정 > 충남/내포' (set-br br-07), '> 전국 > 광주·전남' (set-bj bj-09); a level may pair two names with a slash.
# After a location label any level counts, whatever its words ('현재위치 : > 비바100 > Welfare(복지서비스) >
# 정부지원서비스', set-bw bw-03), and a path may end in the arrow of the level it leaves out ('사회 >', set-cf cf-08).
_CRUMB = r"[가-힣A-Za-z·ㆍ]{1,10}(?:/[가-힣A-Za-z·ㆍ]{1,10})?"
_BREADCRUMB = re.compile(
    r"^(?:(?:현재\s*위치|현위치|위치|HOME|Home|홈)\s*[:：]?\s*)?"
    rf"(?:[>›»]\s*{_CRUMB}(?:\s*[>›»]\s*{_CRUMB}){{0,4}}|{_CRUMB}(?:\s*[>›»]\s*{_CRUMB}){{0,4}}\s*[>›»]?)$"
    r"|^(?:현재\s*위치|현위치)\s*[:：]?\s*[>›»][^>›»]{1,30}(?:[>›»][^>›»]{1,30}){0,4}$"
)
_WIDGET_COUNT = re.compile(
    r"^(?:(?:댓글|추천|공감|좋아요|조회수?|스크랩|(?:글\s*)?번호)\s*[:：]?\s*[\d,]+\s*(?:개|회|건)?\s*)+$"
)
_BULLET = re.compile(r"^[•·∙●○◦\-*|]+\s*")
# The share counter some templates print above the title: '이 기사는 3번 공유됐고 2개의 댓글이 있습니다.'
# An image's file name left as a line where the page showed the picture ('이재명지사.jpg', set-t t-08).
# (spaces too: '차준택 프로필 사진.jpg', set-ce ce-06)
_IMAGE_FILE = re.compile(r"^[^/\\]{1,60}\.(?:jpe?g|png|gif|bmp|webp)$", re.IGNORECASE)
# The heading of a site's box of feature series, with or without the site's name ('아시아경제 최신 기획이슈', set-bt
# bt-07).
_SERIES_BOX = re.compile(r"^(?:[가-힣A-Za-z0-9]{2,10}\s)?(?:최신|주요|인기|오늘의)\s*기획\s*(?:이슈|기사|연재)$")
_SHARE_COUNTER = re.compile(r"^이\s*(?:기사|글)(?:는|은)\s*[\d,]+\s*(?:번|회)\s*공유")
_BULLET_CHARS = "•·∙●○◦-*|"
# Broadcast script markers: [앵커], [리포트], [기자], [인터뷰], [앵커 멘트] ...
# A broadcast script's turn marks ('[앵커]', '[리포트]', '【 앵커멘트 】').
BROADCAST_TURNS = r"앵커(?:\s*멘트)?|리포트|기자|인터뷰|녹취|현장음|스탠드업|클로징"
BROADCAST_MARKER = re.compile(rf"\[(?:{BROADCAST_TURNS})\]\s*")
# CMS fields of reposting sites ('작성자: 관리자' is the site admin, not the reporter), and a board's writer field that
# names a department ('작성자 홍보담당관', set-ok ok-08).
_CMS_FIELD = re.compile(
    r"^(?:작성자|글쓴이|등록자|조회수?|조회)\s*(?:[:：]|(?=[가-힣]{1,12}(?:과|실|팀|담당관|센터|사업소)$))"
)
# A desk or a site role where a byline names its writer: '편집부 / 2015-07-01 11:28:57', '• 편집국', '작성자: 관리자'.
# Such a line names no reporter; the story's own dateline ('(울산=연합뉴스) 이상현 기자 =') does.
DESK_NAME = re.compile(
    r"^(?:(?:편집|보도|취재|사회|정치|경제|문화|체육|지역|온라인|디지털|뉴스|기획|특집|국제|산업|사진|영상|인터넷|홍보|독자)"
    r"(?:부|국|팀|센터|실)|관리자|운영자|담당자|관리|운영)$"
)
# The writer field of a board or CMS page with the writer's name, with or without a colon: '작성자 박인수',
# '글쓴이 : 홍길동', '기자명 : 홍길동' (a desk or an admin there names no reporter: `DESK_NAME`).
_WRITER_FIELD = re.compile(
    rf"^(?:작성자|글쓴이|기자명|기자\s*이름)\s*[:：]?\s*(?P<name>{SURNAME}[가-힣]{{1,3}})(?:\s*{REPORTER_TITLE})?$"
)
# Staff credits at the end of TV reports: '영상편집:김종수/그래픽:김희나'.
_STAFF_CREDIT = re.compile(
    r"^(?:영상\s*편집|영상\s*취재|촬영\s*기자|촬영|그래픽|편집|CG|자료\s*조사)\s*[:：]"
)
_COPYRIGHT = re.compile(
    r"무단\s*전재|재배포\s*금지|DB\s*금지|Copyright|All rights reserved|저작권자|ⓒ\s*\S+\s*[,.]?\s*무단|AI\s*학습",
    re.IGNORECASE,
)
# The Korea Open Government License notice under a government's own page (공공누리: 'KOGL').
_PUBLIC_LICENCE = re.compile(r"공공누리.{0,60}(?:조건에\s*따라|이용할\s*수\s*있습니다)")
# An outlet name, then a date: 'KBS  2023. 11. 1. 09:26', '뉴스1 2020.03.04 18:00'.
# (maybe with a bar and the date's label between: '에너지경제신문 | 입력 2025.02.11 20:20', set-bs bs-04)
_OUTLET_THEN_DATE = re.compile(
    r"^(?P<outlet>[^\d\s|ㅣ][^\d|ㅣ]{1,24}?)\s+(?:[|ㅣ]\s*)?(?:(?:기사\s*)?(?:입력|등록|승인|발행)(?:일|시간)?\s*[:：]?\s*)?"
    r"(?P<date>(?:19|20)\d{2}\s*[.\-/년].*)$"
)
# (between dashes too: '- Copyrights ⓒ김천신문. 무단 전재 및 재배포 금지 -', set-mw mw-03)
_COPYRIGHT_START = re.compile(r"^[<\[(-]?\s*(?:저작권자|Copyright|[©ⓒ]|\(c\))", re.IGNORECASE)
# Promotion lines of portals and agencies: '▶ 연합뉴스 앱 지금 바로 다운받기', '▶ 제보는 카톡 okjebo'.
_PROMO = re.compile(
    r"^[▶☞►]\s*.{0,60}(?:앱|구독|제보|바로가기|클릭|다운|네이버|카카오|채널|유튜브|홈페이지|이벤트|이용\s*규칙|보기$)"
)
# Boilerplate that agencies glue after the story on the same line; everything from the marker on goes.
_INLINE_FOOTER = re.compile(
    r"\s*(?:\[사진\s*영상\s*제보받습니다\]|공감언론 뉴시스가|<저작권자|ⓒ\s*(?:[가-힣A-Za-z]+\s*)?(?:무단|All)|▶\s*(?:제보|기사제보|네이버|카카오|뉴스\s*구독)).*$"
)
# '출처: 세명일보 (http://...)', and the source note that news aggregators print in brackets below a story they
# repost: '[Source : 경향신문]', '[출처 : 연합뉴스]'; a blog that retells a story links it: '원본 기사: 핀포인트뉴스'.
_SOURCE_LINE = re.compile(
    r"^(?P<open>[\[(])?\s*(?:[^\w\s\[\]()]{1,3}\s*)?(?:출처|[Ss]ource|원본\s*기사|기사\s*원문|원문\s*기사)\s*[:：]\s*(?P<outlet>[^()\[\]]+?)\s*(?:\((?P<url>[^)\s]+)\))?\s*(?(open)[\])])$"
)
# A web address given where a source note names its outlet.
_WEB_ADDRESS = re.compile(r"(?:https?://)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/?#]\S*)?", re.IGNORECASE)
# Bylines that end an article: '최세호 기자 seho@naeil.com', '박종문기자 kpjm@...', '의정부=안유신 기자 ays@...'.
# A regional desk may stand before the name: '호남취재본부 이준경 기자 lejkg123@asiae.co.kr'.
_DESK_PREFIX = r"(?:[가-힣]{1,8}(?:취재\s*)?(?:본부|총국|지사|취재팀)\s+)?"
_TRAILING_BYLINE = re.compile(
    # (after a sentence a slash may open it: '… 말했다. /홍길동 기자 hong@example.com')
    rf"\s*(?:(?<=[.”\"’])\s*/\s*)?{_DESK_PREFIX}(?:(?!사진|그래픽|영상)[가-힣]{{1,6}}\s*=\s*)?(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}\s*"
    rf"(?:[|ㅣ/·]\s*)?[(]?(?P<email>{EMAIL})[)]?\s*$"
)
# The closing byline with the desk or the outlet between the name and the title: '손시권 경인본부 기자
# ilyo22@ilyo.co.kr', '우희철 부산닷컴 기자 woohc@busan.com' (`_name_desk_byline` decides which word is the name).
_NAME_DESK_BYLINE = re.compile(
    rf"(?<![가-힣])(?P<name>{SURNAME}[가-힣]{{1,3}})\s+(?P<desk>[가-힣A-Za-z]{{2,10}})\s*{REPORTER_TITLE}\s*(?:[|ㅣ/]\s*)?"
    rf"[(]?(?P<email>{EMAIL})[)]?\s*$"
)
# The same on a line of its own with no e-mail, maybe bulleted ('• 강해연 미래한국 기자'); not a rank ('대표기자').
_NAME_DESK_LINE = re.compile(
    rf"^[•·∙◦\s]*(?P<name>{SURNAME}[가-힣]{{1,3}})\s+(?!(?:{REPORTER_RANKS})\s*기자)(?P<desk>[가-힣A-Za-z]{{2,10}})"
    rf"\s*{REPORTER_TITLE}$"
)
# The same closing byline with its e-mail cut short where a stored excerpt ends ('보령=김재수 기자 kjs0328@',
# '울산=하인식 기자 hais@hankyu', '안동=김재산 기자 jskimkb@kmib.'): the address no longer names a domain, but the name and
# title are whole.
_CUT_EMAIL_BYLINE = re.compile(
    rf"^(?:/\s*)?{_DESK_PREFIX}(?:[가-힣]{{1,6}}\s*=\s*)?(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}\s*[·|ㅣ/]?\s*[(]?[\w.+-]+@(?P<cut>[\w-]*\.?)$"
)
# The e-mail first, then the name and title: 'jjang@fnnews.com 장충식 기자'.
_EMAIL_THEN_BYLINE = re.compile(rf"^(?P<email>{EMAIL})\s+(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}$")
_NAME_EMAIL_LINE = re.compile(rf"^(?P<name>{NAME})\s*[(<\[]\s*(?P<email>{EMAIL})\s*[)>\]]$")
# A name and an e-mail with only a space between ('• 이영섭 gian55@naver.com', a template's byline field
# without '기자'), perhaps with the story's date after them, a bar or spaces between ('구정민 koo@kado.net 2019년 10월
# 22일 화요일 15 면'): the name must open with a family name and not be a contact label ('문의', '제보').
# A regional desk's place or name may stand before the name ('양구/박수혁 ftas@kado.net', set-mf mf-09; '호남취재본부
# 표영길 pyo7480@asiae.co.kr', set-pu pu-07).
_NAME_SPACE_EMAIL = re.compile(
    rf"^(?:(?P<place>[가-힣]{{2,4}})\s?[/=]\s?|{_DESK_PREFIX})"
    rf"(?!(?:문의|제보|이메일|연락|기사|전화|주소|구독|사진|편집|홍보|공지|접수|신고|전송|보도)|[가-힣]*(?:기자|특파원)\s)(?P<name>{SURNAME}[가-힣]{{1,3}})"
    rf"(?=\s)\s+(?P<email>{EMAIL})(?:\s*[|ㅣ]?\s+(?P<date>\S.*))?$"
)
# '김민범 기자', '의정부=안유신 기자', and the labels of page templates: 'by박민 기자', '기자명 홍길동 기자', '/홍길동 기자'.
# The writer's role before the name ('글·사진 홍길동 기자', '글/사진 홍길동 기자', '취재 홍길동 기자': who wrote the
# story, and took its photos), and a byline in brackets alone on its line ('[홍길동 기자]', '(홍길동 기자)').
# The desk's place may stand before the name with '=' or '/' ('세종/ 유양준기자', a template's byline field), and a
# note in brackets after the title ('최택환 기자(media cheong yang)': the name romanised, or the desk). A template may
# leave the bar that separates the byline from the date on the byline's line ('신규성기자 |', set-bu bu-01). The place may
# also stand in brackets glued to the name ('(춘천)강대웅·위준휘 기자', set-qm qm-04).
_NAME_ONLY_BYLINE = re.compile(
    rf"^(?:[Bb][Yy]\s*|기자명\s*[:：]?\s*|/\s*|글\s*[·ㆍ/,]\s*사진\s*[:：]?\s*|(?:글|취재)\s*[:：]?\s*)?"
    rf"(?:[가-힣]{{1,6}}\s*[=/]\s*|\([가-힣]{{2,6}}\)\s*)?(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}(?:\s*\([^()@]{{1,40}}\))?(?:\s*[|ㅣ])?$"
    rf"|^[\[(<]\s*(?P<bracketed>{REPORTER_NAME})\s*{REPORTER_TITLE}\s*[\])>]$"
)
# A byline in brackets alone on its line that names the outlet (or sister outlets, joined by '·') before the
# reporter and the desk's region after: '[장애인신문·웰페어뉴스 김은영 기자 전남]', '[가나일보 홍길동 기자 대구]'.
_BRACKETED_OUTLET_BYLINE = re.compile(
    rf"^[\[(<]\s*(?P<outlets>[^\s\[\]()<>=]{{2,30}})(?:\s+|\s*=\s*)(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}"
    rf"(?:\s+(?P<place>[가-힣]{{1,5}}))?\s*[\])>]$"
)
# The outlet in brackets, then the desk's place with a slash and the reporter, as a closing byline:
# '[신아일보] 부산/김삼태 기자' (set-o o-04).
# The reporter's name may be missing, the desk's place and its slash left: '[신아일보] 시흥/' (set-hd hd-01).
_BRACKET_OUTLET_DESK_BYLINE = re.compile(
    rf"^\[(?P<outlet>[^\s\[\]=]{{2,15}})\]\s*(?:[가-힣]{{1,6}}\s*/\s*)?(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}$"
    r"|^\[(?P<desk_outlet>[^\s\[\]=]{2,15})\]\s*[가-힣]{1,6}\s*/$"
)
# The e-mail in brackets between the name and the title, maybe after the outlet (of one or two words): '제주방송
# 안수경(skan01@jibs.co.kr) 기자', 'JIBS 제주방송 김재연(Replaykim@jibs.co.kr) 기자', '홍길동(hong@example.com) 기자' (broadcasters' and regional sites' sign-off bylines).
_NAME_EMAIL_TITLE = re.compile(
    rf"^(?:(?P<outlet>[^\s\[\]()<>=\d]{{2,15}}(?:\s[^\s\[\]()<>=\d]{{2,10}})?)\s+)?(?P<name>{REPORTER_NAME})\s*[(<\[]\s*(?P<email>{EMAIL})\s*[)>\]]\s*"
    rf"{REPORTER_TITLE}$"
)
# An outlet and its reporter alone on a line ('가나일보 홍길동 기자', '- 가나일보 홍길동 기자'), at the top or the
# bottom of the story.
_OUTLET_NAME_BYLINE = re.compile(
    rf"^(?:[-–—/]\s*)?(?P<outlet>[^\s\[\]()<>=\d]{{2,15}})\s+(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}$"
)
# The desk's place before a closing byline's name: one word of two to four syllables ('무안', '창원').
_DESK_PLACE = re.compile(r"^[가-힣]{2,4}$")
# Broadcast sign-offs: 'KBS 뉴스 박선자입니다.', '채널e뉴스 한재일입니다.', '전주MBC 홍길동입니다.', and a government's own
# channel: '인천시 인터넷방송 한수림입니다.' (set-em em-08).
_SIGN_OFF = re.compile(
    rf"^(?P<outlet>[^\s.,]{{1,12}}?(?:\s*[A-Z]{{2,5}})?(?:\s*뉴스)?|[가-힣]{{1,7}}[시군구도청]\s[가-힣]{{2,6}}방송)\s*(?P<name>{NAME})입니다\.?$"
)
_STATION = re.compile(r"^[가-힣]{0,4}[A-Z]{2,5}$")
# A reporter field of a broadcast credit block: '취재기자 : 한재일'.
# '기자 : 홍길동', also '+ 취재기자 정복희' (a newsletter's credit, set-fc fc-03); without the colon only after
# '취재' ('기자 정보' is a page's label, set-fs fs-04)
_REPORTER_FIELD = re.compile(rf"^(?:\+\s*)?(?:(?:취재\s*)?기자\s*[:：]|취재\s*기자)\s*(?P<name>{NAME})$")
# The date's field and the reporter's on one line: '작성일 : 2020-01-21 18:44 기자 : 이민수' (set-bw bw-08).
_DATE_AND_REPORTER_FIELDS = re.compile(
    rf"^(?:작성일|등록일|입력일?|게재일|승인)\s*[:：]?\s*(?P<date>(?:19|20)\d{{2}}[-./][\d\-./: ]+?)\s+"
    rf"(?:취재\s*)?기자\s*[:：]\s*(?P<name>{NAME})$"
)
# Broadcast hand-offs to the reporter: '홍길동 기자가 취재했습니다.', '서영준 기자의 보도입니다.', '홍길동 기자가
# 보도합니다.', '홍길동 기자입니다.'.
_HANDOFF = re.compile(
    rf"^(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}(?:가\s*(?:취재|보도)(?:했습니다|합니다)|의\s*(?:보도|취재)입니다|입니다)\.?$"
    rf"|^(?P<spoken>{NAME})\s*기잡니다\.?$"  # '박민기 기잡니다.': '기자입니다' as it is spoken
)
# The byline with a link to the reporter's other stories: '박주현 기자 박주현 기자의 다른 기사 보기', '송인호기자 기사모음',
# '정재우 기자 기사 더 보기' (set-bs bs-04, set-bq bq-01, ekn.kr).
_OTHER_STORIES = re.compile(
    rf"^(?:[가-힣A-Za-z·ㆍ]{{1,10}}\s*[/|ㅣ]\s*)?(?:(?P<first>{REPORTER_NAME})\s*{REPORTER_TITLE}\s*)?(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}의?\s*(?:(?:다른|이전|최신)\s*기사\s*(?:더\s*)?보기|기사\s*(?:더\s*)?보기|기사\s*모음)$"
)
# An e-mail, then the publication date: 'hongdp@siminilbo.co.kr | 2019-08-29 09:20:21'.
_EMAIL_THEN_DATE = re.compile(rf"^[(<\[]?(?P<email>{EMAIL})[)>\]]?\s*[|ㅣ/·]?\s*(?P<date>\d.+)$")
# An outlet followed by its e-mail: '거창인터넷신문 (gcinews@hanmail.net)'.
_OUTLET_EMAIL = re.compile(
    rf"^(?P<outlet>[^\s()<>\[\]@]{{2,20}}(?:\s[^\s()<>\[\]@]{{1,10}})?)\s*[(<\[]\s*(?P<email>{EMAIL})\s*[)>\]]$"
)
# '박성원 기자 | 기사입력 2018/03/13 [18:29]' (reporter and date on one line).
# The bar between a byline and its date. Some templates print it as a Latin capital I or small l
# ('이종일 기자I 2021.07.01 17:29:53', set-j j-05 이데일리), a glyph that cannot follow '기자' in any other use.
_BAR = r"[|ㅣ/⁄·Il]"
BYLINE_WITH_DATE = re.compile(
    rf"^(?P<name>{REPORTER_NAME})\s*(?:{REPORTER_TITLE}|PD)\s*(?:{_BAR}\s*)?(?P<date>{DATE_LABEL}.+)$",
    re.IGNORECASE,
)
# '2021-10-13  이종현 기자', '승인 2018.02.05 18:00 | 김광태 기자' (the date first, then the reporter), also with the
# desk's place before the name: '2018-09-03     고양=이종훈기자' (set-ez ez-04).
_DATE_THEN_BYLINE = re.compile(
    rf"^(?P<date>.+?\d.*?)\s*[|ㅣ/·]?\s*(?:[가-힣]{{1,6}}\s?=\s?)?(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}$"
)
# '홍길동 기자 2020-03-04 18:00', '이병기 기자 hong@example.com 2018년 11월 13일 화요일 제4면' (the reporter,
# maybe an e-mail, then an unlabelled date).
# The section the story is filed under may stand before the byline: '복지 / 이대우 기자 / 2017-12-28 13:53:47'.
_BYLINE_THEN_DATE = re.compile(
    rf"^(?:[가-힣A-Za-z·ㆍ]{{1,8}}\s*[/|ㅣ]\s*)?(?:기자명\s*)?(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}\s*(?:[(<]?(?P<email>{EMAIL})[)>]?\s*)?(?:{_BAR})?\s*(?P<date>\d.+)$"
)
# The site's name, the reporter and the date, as one template prints its byline: 'gananews 홍길동기자 | 2025.07.23
# 13:39:44' (the name in Latin letters, as the site's domain spells it), '가나일보 홍길동 기자 | 2020.03.04 18:00'.
# The desk's place may stand before the name with '=' ('머니투데이 구미(경북)=심용훈 기자 2023.12.12 14:04'), and
# co-writers after it ('머니투데이 기성훈 기자, 김지현 기자 | 2023.04.19 16:10', set-cd cd-05, set-ch ch-03): the
# first name is the reporter.
_SITE_BYLINE_DATE = re.compile(
    rf"^(?P<site>[^\s\[\]()<>=|ㅣ\d][^\s\[\]()<>=|ㅣ]{{1,14}})\s+(?:[가-힣]{{1,6}}(?:\([가-힣]{{1,4}}\))?\s*=\s*)?"
    rf"(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}(?:\s*[,·]\s*{REPORTER_NAME}\s*{REPORTER_TITLE}){{0,3}}\s*(?:{_BAR})?\s*"
    r"(?P<date>\d.+)$"
)
# Fields of a page template on one line: '홍길동 기자 • 승인 2020.03.04 18:00 • 댓글 0'.
_FIELD_SEPARATOR = re.compile(r"\s+[•|ㅣ]\s+")
# A clock time anywhere in a line ('01:12', '17:09:33').
CLOCK = re.compile(r"\d{1,2}:\d{2}")
# '수정 2020.03.05 09:00', '최종수정 : ...', '업데이트 ...' on a line of their own.
_PUBLISHED_AFTER = re.compile(r"\s(?:기사\s*)?(?:입력|등록|승인)(?:일|시간)?\s*[:：]?\s*(?P<date>(?:19|20)\d{2}\D.*)$")
_MODIFIED_LABEL = re.compile(r"^(?:기사\s*)?(?:최종\s*)?(?:수정|업데이트|갱신|편집)(?:일|시간)?\s*[:：]?\s*")
# A byline without an e-mail glued after the last sentence: '...고 말했다.유규상 기자'.
_TRAILING_NAME_BYLINE = re.compile(
    rf"(?<=[.!?”\"’])\s*/?\s*(?:(?!사진|그래픽|영상)[가-힣]{{1,6}}\s*=\s*|[가-힣]{{2,4}}\s+(?={SURNAME}))?(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}"
    r"(?:입니다\.?)?\s*$"  # a broadcast script's sign-off glued to its last sentence: '… 있습니다. 김대웅 기자입니다.'
)
# The bracketed outlet byline glued to the last sentence: '…을 소개했다. [비즈니스포스트 김남형 기자]'.
_TRAILING_BRACKETED_BYLINE = re.compile(
    rf"(?<=[.!?”\"’])\s*[\[(<]\s*(?P<outlet>[^\s\[\]()<>=]{{2,30}})\s+(?P<name>{REPORTER_NAME})\s*{REPORTER_TITLE}\s*[\])>]$"
)
# Where the page after the story begins: comment widgets, 'most read' and related-article lists, the
# site's company footer. Nothing after such a line belongs to the article.
_PAGE_END = re.compile(
    # comment widgets (a prefix is enough: these phrases are the widget's own)
    r"^(?:댓글\s*(?:삭제|쓰기|작성|달기|입력|보기|목록|정렬|더보기|운영\s*(?:규정|원칙))?\s*(?:\d+|\(\d+\))?\s*$"
    r"|(?:그래도\s*)?삭제하시겠습니까|계정을\s*선택하시면|비밀번호를\s*입력하세요|(?:작성|등록)된\s*댓글이\s*없습니다"
    # reaction widgets of portals ('이 기사에 대해 어떻게 생각하시나요?')
    r"|이\s*기사에\s*대해\s*어떻게\s*생"
    # widget sentences speak to the reader politely ('...수 있습니다.'); news sentences end in '-다.'
    r"|(?:삭제한\s*댓글은|댓글을\s*(?:남기|작성|입력|달)|.{0,30}로그인.{0,20}댓글|첫\s*(?:번째\s*)?댓글을)"
    r".*(?:습니다|세요|십시오|니까)[.?!]?$"
    # headings of article lists (the whole line)
    r"|(?:(?:가장\s*)?많이\s*(?:본|읽은)|(?:실시간\s*)?인기|이\s*시각\s*(?:주요|인기|많이\s*본)|주요|최신|최근|추천|포토"
    r"|오늘의\s*(?:주요\s*)?|이\s*시각|헤드라인|섹션별\s*인기)\s*(?:뉴스|기사)(?:\s*더보기)?\s*[>›»]?$"
    # the related-article list, maybe under the section's name ('사회·경제 관련기사목록')
    r"|(?:[가-힣A-Za-z·ㆍ/&]{1,12}\s*)?관련\s*기사\s*(?:더보기|목록)\s*$"
    # the site's company footer: link names (alone or followed by a separator) and registration fields
    r"|(?:회사\s*소개|광고\s*문의|제휴\s*문의|개인정보\s*(?:처리|취급)\s*방침|청소년\s*보호\s*정책"
    r"|이메일\s*무단\s*수집\s*거부|이용\s*약관|고충\s*처리인?|윤리\s*강령)\s*(?:$|[|ㅣ·/>])"
    r"|(?:제호|등록번호|등록일|발행인|편집인|발행\s*[·ㆍ]\s*편집인|사업자\s*등록\s*번호|대표\s*전화|팩스)\s*[:：]"
    r")"
)


def normalise_line(line: str) -> str:
    """Odd spaces (NBSP, ideographic, tabs) to plain spaces, zero-width characters out, runs collapsed,
    HTML entities that scrapers leave in plain text ('&quot;', '&#160;') decoded."""
    if "&" in line and ";" in line:
        line = html.unescape(line)
    line = _ZERO_WIDTH.sub("", _ODD_SPACES.sub(" ", line))
    if "![" in line:
        line = _MARKDOWN_IMAGE.sub("", line)  # '![]() 권익현 부안군수, …': an image a page-to-Markdown scrape kept
    if "기자 기자" in line:
        line = line.replace("기자 기자", "기자")  # '윤요섭 기자 기자  2015.11.25 16:00:48': a template's doubled title
    line = _SPACE_RUN.sub(" ", line).strip()
    if "일 (" in line and line[:1].isdigit():
        # '20180920일 (목) 10:47 입력' (set-hm hm-06, kbinews.com): a template that prints the date's digits together
        line = _RUN_TOGETHER_DATE.sub(r"\1.\2.\3", line)
    if line.endswith(("] |", "제공 |")) and line.count("|") == 1:
        # '… 개소식 모습.[영양군 제공] |': the bar of a table cell a Markdown scrape left after a photo's credit
        line = line[:-2].rstrip()
    return line


# A publication date, then the last editor: '기사입력 2017/07/04 [10:39] 최종편집 박기철'.
_DATE_THEN_EDITOR = re.compile(r"^(?P<date>.+?\d.*?)\s+최종\s*편집(?:자)?\s*[:：]?\s*(?P<editor>[가-힣]{2,6})?$")
# A row of three or more short links between bars: 'PDF신문 | 정기구독 | 기사제보 | 광고문의 |', '모바일 | 유튜브 |
# facebook | newsstand | 지면보기 |' (set-ni ni-04).
_LINK_ROW = re.compile(r"^\|?\s*(?:[^\s|]{1,12}\s*\|\s*){2,}[^\s|]{1,12}\s*\|?$")
# Year, month and day run together before '일' and a weekday: '20180920일 (목)'.
_RUN_TOGETHER_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])일(?=\s*\([월화수목금토일]\))")
_SPACE_RUN = re.compile(r" {2,}")  # compiled once: `normalise_line` runs on every line of every article
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)")
# The site's own links, in no story: '시대일보를 시작페이지로 | 즐겨찾기 추가 | 홈으로'.
_SITE_LINKS = re.compile(r"시작\s*페이지로|즐겨\s*찾기\s*추가")
# readings with their units and no sentence around them
_WEATHER_READINGS = re.compile(r"^(?!.*다\.).*\d\s*(?:°|℃|º)")
# a share button's count ('페이스북 노출 0', wowtv)
_SHARE_COUNT = re.compile(r"^(?:페이스북|트위터|카카오톡?)\s*노출\s*\d+$")


# A site's member and tool links above the title, often run together ('즐겨찾기+ 최종편집:2025-08-14 오후 03:39:50
# 회원가입기사쓰기전체기사보기', '주소복사'): a title never names two of them.
_MEMBER_LINK = re.compile(r"회원가입|로그인|로그아웃|기사쓰기|전체기사보기|즐겨찾기|주소복사|마이페이지")


def _member_menu(line: str) -> bool:
    """Two or more of the member and tool links on one short line, or one alone."""
    links = _MEMBER_LINK.findall(line)
    return len(set(links)) >= 2 or (len(links) == 1 and links[0] == line.strip(" +"))


def is_junk(line: str) -> bool:
    """Ad, logo and widget lines (share buttons, '댓글 0' counters), CMS fields, broadcast markers alone on
    a line."""
    bare = _BULLET.sub("", line).strip()
    return (
        bare in JUNK_LINES
        or (len(bare) <= 60 and _SITE_LINKS.search(bare) is not None)
        or (len(bare) <= 16 and "노출" in bare and _SHARE_COUNT.match(bare) is not None)
        # a weather widget's readings ('현재기온 24.6°c대기 매우나쁨풍속 1.9m/s습도 41%', set-qp qp-05)
        or (len(bare) <= 80 and "기온" in bare and ("습도" in bare or "풍속" in bare) and _WEATHER_READINGS.search(bare))
        or (len(bare) <= 60 and bare.count("|") >= 2 and _LINK_ROW.match(bare) is not None)
        or (len(bare) <= 12 and ("이미지" in bare or "사진" in bare) and bool(_IMAGE_LABEL.match(bare)))
        or (len(bare) <= 80 and _widget_row(bare))
        or (len(bare) >= 20 and _glued_menu(bare))
        or (len(bare) <= 80 and _member_menu(bare))
        or (
            len(bare) <= 120
            and ("바로" in bare or "이동" in bare or "건너" in bare)
            and _skip_links(_LATIN_ASIDE.sub("", bare) if "(" in bare else bare)
        )
        or (
            len(bare) <= 14
            and bare.endswith(("메뉴", "열기", "닫기", "보기"))
            and bool(_MENU_LABEL.match(bare))
        )
        or (line[:1] in "•∙◦" and bare in _WIDGET_WORDS and bare not in {"-", "+"})
        or (len(bare) <= 36 and any(c in bare for c in "℃°º˚") and bool(_WEATHER_ITEM.match(bare)))
        or (len(bare) <= 10 and bool(_WEATHER_CREDIT.match(bare)))
        or (line[:1] in "•∙◦" and len(bare) <= 12 and bool(_WEATHER_BULLET.match(bare)))
        or (
            len(bare) <= 40
            and ("시" in bare or "주말" in bare or "앵커" in bare or "아나운서" in bare)
            and bool(_AIR_TIME.match(bare) or _ANCHORS.match(bare))
        )
        or (len(bare) <= 260 and bare.startswith(_PORTAL_WIDGET_START) and bool(_PORTAL_WIDGET.match(bare)))
        or (len(bare) <= 12 and bool(_SECTION_LABEL.match(bare)))
        # a section's name in English: 'HOT NEWS' between a board's title and the title printed again (set-qu qu-03)
        or (len(bare) <= 16 and bare.upper().endswith("NEWS") and bool(_ENGLISH_SECTION.match(bare)))
        # the same in brackets: '[실시간뉴스]' (yna.co.kr, set-ic ic-04)
        or (len(bare) <= 14 and bare[:1] == "[" and bare[-1:] == "]" and bool(_SECTION_LABEL.match(bare[1:-1].strip())))
        or (len(bare) <= 30 and bare.endswith(("시", "분")) and bool(_PROGRAM_TIME.match(bare)))
        or (len(bare) <= 20 and " " in bare and bool(_SECTION_PATH.match(bare)))
        or (len(bare) <= 10 and bare.endswith("영역") and bool(_REGION_LABEL.match(bare)))
        or (len(bare) <= 16 and bool(_UI_LABEL.match(bare)))
        or (len(bare) <= 12 and "시작" in bare and bool(_CONTENT_START.match(bare)))
        or (len(bare) <= 16 and "네트워크" in bare and bool(NETWORK_SECTION.match(bare)))
        or (len(bare) <= 16 and bare[:1] in "Tt" and bool(_STAGING_BANNER.match(bare)))
        or (len(bare) <= 60 and (">" in bare or "›" in bare or "»" in bare) and bool(_BREADCRUMB.match(bare)))
        or (len(bare) <= 60 and "_" in bare and bool(_ICON_LIGATURE.search(bare)))
        or (len(bare) <= 40 and "_" in bare and bool(_SLOT_ID.match(bare)))
        or (len(bare) <= 40 and bare.startswith("UPDATE") and bool(_SITE_CLOCK.match(bare)))
        or (len(bare) <= 64 and "." in bare and bool(_IMAGE_FILE.match(bare)))
        or (len(bare) <= 24 and "기획" in bare and bool(_SERIES_BOX.match(bare)))
        or (bool(_CMS_FIELD.match(bare)) and not _writer_name(bare))
        or bool(_WIDGET_COUNT.match(bare))
        or (len(bare) <= 60 and bare.startswith("이") and bool(_SHARE_COUNTER.match(bare)))
        # a bullet with nothing after it: an empty item of the share bar or byline block ('  •  ')
        or (bool(line.strip()) and not line.strip(" •∙◦●○"))
        or (not BROADCAST_MARKER.sub("", bare).strip() and bool(BROADCAST_MARKER.search(bare)))
    )


# The host's disclaimer under a contributed item: '* 본 콘텐츠는 <서울&>의 의견과 다를 수 있으며, 해당 기관 등이 제공
# 또는 게재한 자료입니다.', '이 기사는 ○○신문의 편집방향과 다를 수 있습니다.' It names the site that carries the text.
_DISCLAIMER = re.compile(
    r"^[*※]?\s*(?:본|이|해당|위)\s*(?:콘텐츠|컨텐츠|기사|글|게시물|칼럼|기고문?|보도\s*자료)(?:는|은)\s*"
    r"(?:\(주\)\s*)?[<《〈「\"“'‘]?\s*(?P<outlet>[^<>《》〈〉「」\"“”'‘’\s]{2,15}(?:\s[^<>《》〈〉「」\"“”'‘’\s]{1,8})?)\s*"
    r"[>》〉」\"”'’]?\s*(?:의|측의)\s*(?:의견|편집\s*방향|입장|견해|논조)(?:과|와)\s*(?:다를|일치하지|무관|관계없)"
)
# An aggregator's note on a summary of another outlet's story, naming that outlet in quotes: '뉴스픽의 주요 문장
# 추출 기술을 사용하여 “경기일보” 기사 내용을 3줄로 요약한 결과입니다.'
_SUMMARY_SOURCE = re.compile(
    r"(?:[<《〈「\"“'‘]\s*(?P<outlet>[^<>《》〈〉「」\"“”'‘’]{2,20}?)\s*[>》〉」\"”'’]|(?<![가-힣])(?P<bare>[가-힣A-Za-z0-9]{2,12}))"
    r"\s*(?:의\s*)?(?:기사|보도)\s*(?:내용|원문|본문)?\s*(?:을|를)\s*.{0,30}?요약"
)


# A syndication note: '※ 이 기사는 가나일보에서 제공한 기사입니다.', '[이 기사는 가나일보 제공입니다]'.
_PROVIDED_BY = re.compile(
    r"^[\[(<]?\s*[*※]?\s*(?:이|본|위)\s*기사는\s*(?P<outlet>[^\s\[\]()<>]{2,15}?)\s*(?:에서|이|가|측이)?\s*"
    r"(?:제공|공급)(?:한|하는|받은)?\s*(?:기사|콘텐츠)?\s*(?:입니다|이다|임)\.?\s*[\])>]?$"
)
# A citizen-journalism site's note that the story first ran in a local paper ('덧붙이는 글 | 이 기사는
# 충북인뉴스에도 실렸습니다.', OhmyNews, set-hf hf-04; the gold of set-fo fo-06 names that paper as the outlet).
_ALSO_RAN_IN = re.compile(
    r"^(?:덧붙이는\s?글\s*[|ㅣ:]?\s*)?(?:이|본)\s*기사는\s*(?P<outlet>[^\s\[\]()<>]{2,15}?)\s*에도\s*"
    r"(?:실렸|게재되었|게재됐|실립|게재됩)\S*\.?$"
)


def disclaimer_outlet(line: str) -> tuple[bool, Found]:
    """(drop?, what it told) for a host's disclaimer or an aggregator's summary note (see above)."""
    if len(line) > 200:
        return False, Found()
    if ("다를" in line or "일치하지" in line or "무관" in line or "관계없" in line) and (
        m := _DISCLAIMER.match(line)
    ):
        name = m["outlet"].strip()
        return True, Found(footer_outlet=outlet_name(name) or name)
    if (
        ("제공" in line or "공급" in line)
        and (m := _PROVIDED_BY.match(line))
        and (outlet := outlet_name(m["outlet"])) is not None
    ):
        return True, Found(outlet=outlet)
    if "에도" in line and (m := _ALSO_RAN_IN.match(line)):
        return True, Found(outlet=outlet_name(m["outlet"]) or m["outlet"])
    if (
        "요약" in line
        and line.rstrip(".").endswith(("니다", "습니다"))
        and (m := _SUMMARY_SOURCE.search(line))
    ):
        name = (m["outlet"] or m["bare"]).strip()
        if (outlet := outlet_name(name)) is not None:
            return True, Found(outlet=outlet)
    return False, Found()


def _writer_name(line: str) -> str | None:
    """'작성자 박인수' -> '박인수'; None for an admin or desk ('작성자: 관리자') or another line."""
    if (m := _WRITER_FIELD.match(line)) and not DESK_NAME.match(m["name"]):
        return m["name"]
    return None


# A broadcast transcript's programme field: '■ 프로그램명: KBS대전 생생뉴스', '프로그램 : 광주MBC 뉴스데스크'. The station
# opens the programme's name.
_PROGRAMME_FIELD = re.compile(r"^[■□▶◆●]?\s*(?:프로그램명?|방송\s*프로그램|프로그램\s*이름)\s*[:：]\s*(?P<station>\S+)")


# The same byline printed twice, as a link and its text ('정철희 기자정철희 기자', '홍길동 기자 홍길동 기자').
_DOUBLED_BYLINE = re.compile(rf"^(?P<byline>[^\s].{{1,30}}?(?:{REPORTER_TITLE}))\s*(?P=byline)$")


# A byline with the web page's approval time and the print edition's date.
_WEB_THEN_PRINT_BYLINE = re.compile(
    rf"^(?P<name>{SURNAME}[가-힣]{{1,3}})\s*기자\s+(?P<email>\S+@\S+)\s+(?:노출\s*)?승인\s*[:：]?\s*"
    r"(?P<date>(?:19|20)\d{2}\s*[년.\-/]\s*\d{1,2}\s*[월.\-/]\s*\d{1,2}일?\s+\d{1,2}:\d{2}(?::\d{2})?)\s+발행일\b.*$"
)
# A sign-off and the user part of its e-mail address, the rest cut off: '춘천=이종구 기자 9155ing'.
_BYLINE_THEN_CUT_ADDRESS = re.compile(r"^(?P<byline>[^@\n]{2,40}?(?:기자|특파원))\s+[A-Za-z0-9][A-Za-z0-9._-]{2,29}$")
# A byline opened by 'by' or with its fields between bars.
_BARRED_OR_BY_BYLINE = re.compile(rf"^(?:[Bb]y\s+)?(?P<rest>{SURNAME}[가-힣]{{1,3}}\s*기자\s*(?:\|\s*)?\S+@\S+.*)$")


# The paper's own call for tips below the story.
_TIP_LINE = re.compile(r"^[※*\-–\s]*[<《]?(?P<name>[^\s<>《》]{2,15})[>》]?(?:은|는)\s*(?:24시간\s*)?여러분의\s*제보")


def footer_line(line: str) -> tuple[bool, Found]:
    """(drop?, what it told) for a line that is a byline, credit, source note, copyright or contact line.

    A long line that merely ends with a byline keeps its text; only the byline tail is cut (see
    `strip_trailing_byline`), so this only drops lines that are boilerplate as a whole. List bullets that
    page templates put before their byline and date fields ('• 김광태 기자', '• 승인 2018.02.05 18:00')
    are ignored.
    """
    line = _BULLET.sub("", line) if line[:1] in _BULLET_CHARS else line
    if "제보" in line and (tip := _TIP_LINE.match(line)) and (outlet := outlet_name(tip["name"])):
        # '※CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다. …', '천지일보는 24시간 여러분의 제보를 기다립니다': the
        # paper asking for tips names itself
        return True, Found(footer_outlet=outlet)
    if ("기자" in line or "특파원" in line) and (m := _DOUBLED_BYLINE.match(line)):
        return footer_line(m["byline"])
    if "발행일" in line and (m := _WEB_THEN_PRINT_BYLINE.match(line)) and is_date_line(m["date"]):
        # '오세광 기자 x@kyeonggi.com 노출승인 2018년 07월 11일 18:47  발행일 2018년 07월 12일 목요일': the web
        # page's time is the story's publication; the print edition comes out the next day
        return True, Found(reporter=m["name"], published=m["date"], email_outlet=outlet_for_domain(m["email"]))
    if (
        "기자" in line[:16]
        and (m := _BARRED_OR_BY_BYLINE.match(line))
        and (plain := re.sub(r"\s*\|\s*", " ", m["rest"])) != line
    ):
        # 'by 이보람 기자 x@y.net 2020.01.03', '김진호 기자 | x@y.co.kr | 2023.07.13 18:50:17': the same fields
        drop, told = footer_line(plain)
        if drop and told.reporter:
            return drop, told
    if line[:1] in "작글기" and (name := _writer_name(line)):
        return True, Found(reporter=name)
    if "프로그램" in line[:12] and (m := _PROGRAMME_FIELD.match(line)):
        station = m["station"]
        known = known_outlet_prefix(station)
        return True, Found(outlet=outlet_name(station) if known and outlet_kind(known) == "broadcaster" else None)
    if m := _NAME_EMAIL_LINE.match(line):
        if len(m["name"]) == 4 and (name := outlet_name(m["name"])) is not None:  # '시민일보 (x@y.kr)'
            return True, Found(outlet=name, email_outlet=outlet_for_domain(m["email"]))
        return True, Found(reporter=m["name"], email_outlet=outlet_for_domain(m["email"]))
    if "@" in line and (desk := _name_desk_byline(line)) is not None and desk[0].start() == 0:
        return True, desk[1]  # '손시권 경인본부 기자 ilyo22@ilyo.co.kr' alone
    if "@" in line and (m := _EMAIL_THEN_BYLINE.match(line)):
        return True, Found(reporter=m["name"], email_outlet=outlet_for_domain(m["email"]))
    if "@" in line and (m := _TRAILING_BYLINE.match(line)):  # '홍길동 기자 hong@example.com' alone
        return True, Found(reporter=m["name"], email_outlet=outlet_for_domain(m["email"]))
    if "@" in line and (m := _CUT_EMAIL_BYLINE.match(line)):
        return True, Found(reporter=m["name"], email_outlet=outlet_for_cut_domain(m["cut"]))
    if (
        "@" in line
        and (m := _NAME_SPACE_EMAIL.match(line))
        and (m["date"] is None or is_date_line(m["date"]))
        and outlet_name(m["name"]) is None
    ):
        # the date after the e-mail, if any, is the story's ('황상윤 hsy1025@seochotimes.com | 승인 18-06-09 21:19',
        # set-ls ls-07; set-nh nh-07)
        return True, Found(
            reporter=m["name"], email_outlet=outlet_for_domain(m["email"]), published=m["date"]
        )
    if m := _NAME_ONLY_BYLINE.match(line):
        return True, Found(reporter=m["name"] or m["bracketed"])
    if line[-1:].isascii() and (m := _BYLINE_THEN_CUT_ADDRESS.match(line)):
        # '춘천=이종구 기자 9155ing' (set-hl hl-09): a sign-off whose e-mail address the store cut at the '@'
        is_byline, told = footer_line(m["byline"])
        if is_byline and told.reporter:
            return True, told
    if "@" in line and (m := _NAME_EMAIL_TITLE.match(line)):
        outlet = outlet_name(m["outlet"]) if m["outlet"] else None
        if m["outlet"] is None or outlet is not None:
            return True, Found(reporter=m["name"], outlet=outlet, email_outlet=outlet_for_domain(m["email"]))
    if line[:1] in "[(<" and (m := _BRACKETED_OUTLET_BYLINE.match(line)):
        named = [outlet_name(part) for part in re.split(r"[·ㆍ,]", m["outlets"])]
        if all(named):
            # sister outlets sharing one byline name no single outlet; the copyright notice says whose page it is
            return True, Found(reporter=m["name"], outlet=named[0] if len(named) == 1 else None)
        if newsroom_desk(m["outlets"]) and not m["place"]:
            return True, Found(reporter=m["name"])  # '[디지털뉴스국 조성신 기자]': the desk, no outlet
    if (
        line[:1] == "["
        and (m := _BRACKET_OUTLET_DESK_BYLINE.match(line))
        and (outlet := outlet_name(m["outlet"] or m["desk_outlet"]))
    ):
        return True, Found(outlet=outlet, reporter=m["name"])  # '[신아일보] 부산/김삼태 기자'
    if (
        line.endswith(("기자", "특파원"))
        and (m := _OUTLET_NAME_BYLINE.match(line))
        and (outlet := outlet_name(m["outlet"])) is not None
    ):
        return True, Found(outlet=outlet, reporter=m["name"])
    if line.endswith(("기자", "특파원")) and (m := _NAME_DESK_LINE.match(line)) and (told := _name_desk(m)) is not None:
        return True, told  # '• 강해연 미래한국 기자' (set-jh jh-08): the name, then the outlet, with no e-mail
    if line.endswith("기자") and (m := _OUTLET_NAME_BYLINE.match(line)) and _DESK_PLACE.match(m["outlet"]):
        return True, Found(reporter=m["name"], place=m["outlet"])  # '무안 류지홍 기자' (set-ct ct-01): the desk's place, then the name
    if (
        line.endswith(("입니다", "입니다."))
        and (m := _SIGN_OFF.match(line))
        and (signed := _sign_off_outlet(m["outlet"])) is not None
    ):
        return True, Found(reporter=m["name"], footer_outlet=signed or None)
    if ("기자" in line or "특파원" in line) and (m := _HANDOFF.match(line) or _OTHER_STORIES.match(line)):
        return True, Found(reporter=m["name"])
    if line.endswith(("기잡니다", "기잡니다.")) and (m := _HANDOFF.match(line)):
        return True, Found(reporter=m["spoken"])
    if m := BYLINE_WITH_DATE.match(line):
        return True, Found(reporter=m["name"], published=m["date"])
    if line.endswith(("기자", "특파원")) and (m := _DATE_THEN_BYLINE.match(line)) and is_date_line(m["date"]):
        return True, Found(reporter=m["name"], published=m["date"])
    if len(line) <= 100 and (m := _BYLINE_THEN_DATE.match(line)) and is_date_line(m["date"]):
        email = outlet_for_domain(m["email"]) if m["email"] else None
        return True, Found(reporter=m["name"], published=m["date"], email_outlet=email)
    if len(line) <= 100 and (m := _SITE_BYLINE_DATE.match(line)) and is_date_line(m["date"]):
        outlet = outlet_name(m["site"]) or outlet_for_site_name(m["site"])
        return True, Found(reporter=m["name"], published=m["date"], outlet=outlet)
    if m := _REPORTER_FIELD.match(line):
        return True, Found(reporter=m["name"])
    if len(line) <= 24 and line.endswith(("모음", "기사", "보기")) and (m := _REPORTER_ARCHIVE.match(line)):
        return True, Found(field_reporter=m["name"])  # '이현정 기자기자 기사모음': a link to the reporter's stories
    if "기자" in line and (m := _DATE_AND_REPORTER_FIELDS.match(line)) and is_date_line(m["date"]):
        return True, Found(reporter=m["name"], published=m["date"])
    if m := _SOURCE_LINE.match(line):
        if address := _WEB_ADDRESS.fullmatch(source := m["outlet"].strip()):
            # '출처 : http://www.idaegu.com/newsView/…' (set-nu nu-04): the address, and the outlet its domain names
            return True, Found(outlet=outlet_for_domain(address["host"]), url=source)
        return True, Found(outlet=outlet_name(source) or source, url=m["url"])
    if _STAFF_CREDIT.match(line) or _PROMO.match(line):
        return True, Found()
    if (noted := disclaimer_outlet(line))[0]:
        return noted
    if len(line) < 300 and _PUBLIC_LICENCE.search(line):
        return True, Found()  # a government page's licence notice: '…이 창작한 … 저작물은 공공누리 … 이용할 수 있습니다'
    if len(line) < 200 and _COPYRIGHT.search(line):
        return True, Found(footer_outlet=copyright_outlet(line))
    if is_date_line(line):
        return True, Found(published=line)
    if "편집" in line and (m := _DATE_THEN_EDITOR.match(line)) and is_date_line(m["date"]):
        # '기사입력 2017/07/04 [10:39] 최종편집 박기철': the editor is not the writer; a template may print the
        # site's name in the editor's slot ('… 최종편집 창원타임즈', set-hi hi-05)
        editor = m["editor"]
        outlet = outlet_name(editor) if editor and len(editor) >= 5 else None
        return True, Found(published=m["date"], outlet=outlet)
    if line[:1].isdigit() and ("|" in line or "ㅣ" in line) and (published := _date_then_publisher(line)):
        return True, published
    if (m := _MODIFIED_LABEL.match(line)) and is_date_line(
        line[m.end() :]
    ):  # the last edit, not the publication, unless the publication's label and date follow it
        # ('최종수정 2016.01.04 11:44 기사입력 2016.01.04 11:44', set-bt bt-07)
        then = _PUBLISHED_AFTER.search(line, m.end())
        if then and is_date_line(then["date"]):
            return True, Found(published=then["date"])
        # with no other date on the page, the story's last edit is the nearest to the publication ('수정: 2021.05.07
        # 01:12' alone under a title, set-pf pf-01): kept as the weakest evidence of all; not a site's edition bar
        # ('• 최종편집 2024-04-29(월)', set-ce ce-06, set-ed ed-02), which names no time
        edited = line[m.end() :].strip()
        return True, Found(edited=edited if "수정" in m.group() and CLOCK.search(edited) else None)
    if (
        (m := _OUTLET_THEN_DATE.match(line))
        and (name := outlet_name(m["outlet"])) is not None
        and is_date_line(m["date"])
    ):
        # 'KBS  2023. 11. 1. 09:26': a template's byline slot that prints the outlet where others print the reporter
        return True, Found(outlet=name, published=m["date"])
    if (name := outlet_name(line)) is not None:
        return True, Found(outlet=name)
    if "@" not in line:  # no e-mail address
        return _field_row(line) if len(line) <= 120 else (False, Found())
    if len(line) <= 100 and (m := _EMAIL_THEN_DATE.match(line)) and is_date_line(m["date"]):
        return True, Found(published=m["date"], email_outlet=outlet_for_domain(m["email"]))
    if (m := _OUTLET_EMAIL.match(line)) and (name := outlet_name(m["outlet"])) is not None:
        return True, Found(outlet=name, email_outlet=outlet_for_domain(m["email"]))
    emails = re.findall(EMAIL, line)
    ends_with_email = bool(re.search(rf"{EMAIL}[)>\]]?$", line))
    if (
        emails
        and len(line) <= 120
        and (ends_with_email or "제보" in line)
        and not _SENTENCE_THEN_ADDRESS.search(line)
    ):
        # ('bsk730@fnnews.c': an address cut where a stored excerpt ends)
        return True, Found(email_outlet=outlet_for_domain(emails[-1]) or outlet_for_cut_domain(emails[-1].split("@")[1]))
    return False, Found()


# A story's last sentence with the reporter's address glued on ('…고 밝혔습니다./x@sedaily.com', set-cy cy-08):
# the sentence stays, only the address is the byline.
_SENTENCE_THEN_ADDRESS = re.compile(rf"(?<=[다요][.”\"’'])\s*/?\s*(?P<email>{EMAIL})[)>\]]?$")


def strip_trailing_address(line: str) -> tuple[str, Found]:
    """'…고 밝혔습니다./x@sedaily.com' -> the sentence, and the outlet the address's domain names."""
    if "@" not in line or not (m := _SENTENCE_THEN_ADDRESS.search(line)):
        return line, Found()
    return line[: m.start()].rstrip(), Found(email_outlet=outlet_for_domain(m["email"]))


# A government news page's byline: the date, a bar, the publishing body and its contact ('2021.03.15(월) 17:42:39 |
# 가나도 (이메일주소:x@y.kr'); the contact may be cut at the line's end, its address repeated on the next line.
_DATE_THEN_PUBLISHER = re.compile(
    rf"^(?P<date>\d[^|ㅣ]{{5,40}}?)\s*[|ㅣ]\s*(?P<source>[가-힣A-Za-z0-9·]{{2,20}}(?:\s[가-힣A-Za-z0-9·]{{1,12}})?)"
    rf"\s*(?:[(<\[]\s*(?:(?:이메일|메일|e-?mail)\s*(?:주소)?\s*[:：]?\s*)?(?:{EMAIL})?\s*[)>\]]?\s*(?:{EMAIL}\s*[)>\]]?)?)?$",
    re.IGNORECASE,
)
# The name of a government body: '충청남도', '가나시', '서울특별시', '가나군청'.
_GOVERNMENT_NAME = re.compile(r"^[가-힣]{1,8}(?:특별자치도|특별자치시|특별시|광역시|도|시|군|구|청)$")


def _date_then_publisher(line: str) -> Found | None:
    """'2021.03.15(월) 17:42:39 | 가나도 (이메일주소:x@y.kr' -> the date, and the body that published the page as
    its outlet (a government's own news page has no other); None when the line is not a date and a source."""
    if len(line) > 120 or not (m := _DATE_THEN_PUBLISHER.match(line)) or not is_date_line(m["date"]):
        return None
    source = m["source"].strip()
    outlet = outlet_name(source) or (source if _GOVERNMENT_NAME.match(source) else None)
    return Found(published=m["date"].strip(), outlet=outlet)


def _field_row(line: str) -> tuple[bool, Found]:
    """A row of template fields ('홍길동 기자 • 승인 2020.03.04 18:00 • 댓글 0'): dropped when every field
    is a byline, date, outlet or widget counter on its own."""
    parts = _FIELD_SEPARATOR.split(line)
    if len(parts) < 2 or len(line) > 120:
        return False, Found()
    found = Found()
    for part in parts:
        if is_junk(part):
            continue
        drop, told = footer_line(part)
        if not drop:
            return False, Found()
        found = found.merge(told)
    return True, found


def strip_trailing_byline(line: str) -> tuple[str, Found]:
    """'...추진하고 있다.최세호 기자 seho@naeil.com' -> the sentence, and the reporter it names ('…했다. [비즈니스포스트
    김남형 기자]': and the outlet).

    Pages that print the byline without an e-mail glue it to the last sentence ('...고 말했다.유규상 기자');
    that tail is cut only right after a sentence end or closing quote, so a sentence about a reporter stays.
    """
    if line.endswith("편집") and (m := _DESK_EDITED.search(line)):
        # '…고 말했다. 서울앤 취재팀 편집' (set-ay ay-03, set-mi mi-01): the outlet's news desk signs the story off
        return line[: m.start()].rstrip(), Found(footer_outlet=outlet_name(m["outlet"]) or m["outlet"])
    if "@" in line and (m := _SENTENCE_THEN_NAME_EMAIL.search(line)):
        # '…고 말했다. 유주현 joohyun@kado.net' (set-hh hh-07): a name and an e-mail after the last sentence, no title
        return line[: m.start()].rstrip(), Found(reporter=m["name"], email_outlet=outlet_for_domain(m["email"]))
    if "기자" not in line and "특파원" not in line:  # what the patterns need
        return line, Found()
    if "@" not in line:
        if (
            line.endswith(("]", ")", ">"))
            and (m := _TRAILING_BRACKETED_BYLINE.search(line))
            and m.start() > 0
        ):
            # the bracket, name and title say it is a byline, so the word before the name is the outlet
            # even when the table does not know it (unless it is the newsroom's desk)
            return line[: m.start()].rstrip(), Found(reporter=m["name"], outlet=byline_outlet(m["outlet"]))
        if (
            not line.endswith(("기자", "특파원", "기자입니다", "기자입니다."))
            or not (m := _TRAILING_NAME_BYLINE.search(line))
            or m.start() == 0
        ):
            return line, Found()
        return line[: m.start()].rstrip(), Found(reporter=m["name"])
    if (desk := _name_desk_byline(line)) is not None:
        return line[: desk[0].start()].rstrip(), desk[1]
    m = _TRAILING_BYLINE.search(line)
    if not m:
        return line, Found()
    return line[: m.start()].rstrip(), Found(reporter=m["name"], email_outlet=outlet_for_domain(m["email"]))


# An outlet's news desk signing a story off, on a line of its own or after its last sentence: '서울앤 취재팀 편집'.
_DESK_EDITED = re.compile(r"(?:^|(?<=[다요]\.)|(?<=[다요]\.[”\"’']))\s*(?P<outlet>[가-힣A-Za-z&]{2,10})\s*취재팀\s*편집$")
_SENTENCE_THEN_NAME_EMAIL = re.compile(
    rf"(?<=[다요]\.)\s+(?!(?:신청|문의|제보|접수|신고|연락|전화|이메일|홍보|보도)\s)(?P<name>{SURNAME}[가-힣]{{1,2}})\s+"
    rf"(?P<email>{EMAIL})$"
)
_DESK_WORD = re.compile(r"(?:취재\s*)?(?:본부|총국|지사|취재팀|지국|주재)$")
_OUTLET_WORD = re.compile(r"(?:닷컴|뉴스|일보|신문|방송|미디어|저널|타임스|타임즈|투데이|데일리|TV|tv)$")
# A newsroom desk where an outlet's name would stand in a byline: '[디지털뉴스국 조성신 기자]', '[사회부 홍길동
# 기자]', '[온라인뉴스팀 홍길동 기자]' (the outlet is on the page elsewhere, in its copyright notice).
_NEWSROOM_DESK = re.compile(r"^[가-힣]{1,6}(?:국|부|팀|센터|데스크)$")


# A reporter's rank where a second name would stand: '이성우 기자, 인턴 기자'.
_RANK_WORD = re.compile(REPORTER_RANKS)


_PAGE_EMAIL = re.compile(EMAIL)


def outlet_of_emails(lines: Iterable[str]) -> str | None:
    """The one table outlet that the e-mail addresses anywhere on the page belong to ('송민섭 | stsong@segye.com |
    입력 …', '모재성 기자 [ mojs1750@g1tv.co.kr ]': bylines in forms the byline rules do not read), or None when
    none does or they name several."""
    outlets = {o for line in lines for m in _PAGE_EMAIL.finditer(line) if (o := outlet_for_domain(m[0]))}
    return next(iter(outlets)) if len(outlets) == 1 else None


def with_co_reporter(reporter: str | None, text: str) -> str | None:
    """'권혜정' -> '권혜정, 이설' when a byline of the text names a second reporter beside the one found
    ('권혜정 기자, 이설 기자', '임가영, 이순호 기자', '(서울=뉴스1) 권혜정 이설 기자 = …', set-hw hw-03, set-ds
    ds-05): the golds list every reporter of a shared byline, comma-separated. Only the page's first and last
    lines are read, where bylines stand."""
    if not reporter or "," in reporter or "·" in reporter:
        return reporter
    lines = text.split("\n")
    window = "\n".join(lines[:25] + lines[-12:])
    if reporter not in window:
        return reporter
    name = re.escape(reporter)
    other = rf"(?P<other>{SURNAME}[가-힣]{{1,2}})"
    for pattern in (
        rf"(?<![가-힣]){name}\s*(?:기자)?\s*[,·]\s*{other}\s*기자",  # '권혜정 기자, 이설 기자', '임가영, 이순호 기자'
        rf"[=)\]】]\s*{name}\s+{other}\s*기자\s*=",  # '(서울=뉴스1) 권혜정 이설 기자 ='
    ):
        if (m := re.search(pattern, window)) and m["other"] != reporter and not _RANK_WORD.fullmatch(m["other"]):
            return f"{reporter}, {m['other']}"
    return reporter


def newsroom_desk(word: str) -> bool:
    """Whether a byline's word before the name is the newsroom's desk, not an outlet the table knows."""
    return outlet_name(word) is None and bool(_NEWSROOM_DESK.match(word))


def byline_outlet(words: str) -> str | None:
    """The outlet of a byline's words before the name: the table's name for them, none for a newsroom desk
    (`newsroom_desk`), the first word before a regional desk ('위키트리 광주전남취재본부', '더파워 부·울·경
    취재본부' -> the outlet), else the words as written."""
    words = words.strip()
    if canonical := outlet_name(words):
        return canonical
    if newsroom_desk(words):
        return None
    parts = words.split()
    if len(parts) > 1 and _DESK_WORD.search(parts[-1]):
        return outlet_name(parts[0]) or parts[0]
    return words


def _name_desk_byline(line: str) -> tuple[re.Match[str], Found] | None:
    """'손시권 경인본부 기자 x@y.kr', '우희철 부산닷컴 기자 x@busan.com', '김지현 키즈맘 기자 x@y.com': the word
    between the name and the title is the desk or the outlet (then it is the outlet), when it is shaped
    like one or does not open with a family name as the name before it does."""
    if "@" not in line or not (m := _NAME_DESK_BYLINE.search(line)):
        return None
    told = _name_desk(m)
    return None if told is None else (m, told.merge(Found(email_outlet=outlet_for_domain(m["email"]))))


def _name_desk(m: re.Match[str]) -> Found | None:
    """The reporter and outlet of a byline whose `name` and `desk` words `m` holds (`_name_desk_byline`); None when
    the desk word is name-shaped too."""
    desk = m["desk"]
    outlet = outlet_name(desk)
    if _DESK_WORD.search(desk):
        outlet = None
    elif outlet is None and not _OUTLET_WORD.search(desk) and re.match(SURNAME, desk):
        return None  # two name-shaped words: '...했다 홍길동 기자' is not a byline of '했다'
    else:
        outlet = outlet or desk
    return Found(reporter=m["name"], outlet=outlet)


def _sign_off_outlet(text: str) -> str | None:
    """The outlet part of a sign-off -> the outlet; '' when it is just '뉴스' (the old 'KBS 뉴스' form without
    the station); None when it does not read as an outlet ('저는')."""
    text = text.strip()
    if text == "뉴스":
        return ""
    station = text.removesuffix("뉴스").strip() if text != "뉴스" else ""
    if station and (outlet_name(station) or _STATION.match(station)):
        return outlet_name(station) or station
    if text.endswith("뉴스") and len(text) >= 3:  # '채널e뉴스': the outlet's own name ends in 뉴스
        return text
    if " " in text and text.endswith("방송"):  # '인천시 인터넷방송 한수림입니다.' (set-em em-08): a named channel
        return text
    return None


# Cut points of a copyright notice after the holder's name.
_COPYRIGHT_TAIL = re.compile(r"무단|All\s*rights|재배포|배포\s*금지|전재|AI\s*학습|\bby\b", re.IGNORECASE)
_COPYRIGHT_HEAD = re.compile(
    r"^[<\[(-]?\s*(?:저작권자|Copyrights?)?\s*(?:[©ⓒ]|\(c\))?\s*(?:(?:19|20)\d{2}(?:\.\d{1,2})?\s*)?", re.IGNORECASE
)


_NAME_SITE_NOTICE = re.compile(
    r"^(?P<name>[가-힣A-Za-z0-9]{2,15})\s*\(\s*(?:https?://)?(?P<site>(?:www\.)?[\w-]+(?:\.[\w-]+)+)/?\s*\)\s*[,.]?\s*"
    r"(?:무단|재배포|전재)"
)


_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
# The holder's slogan, then its name before an English notice: '세상을 보는 균형, 한국일보 Copyright © Hankookilbo'.
_SLOGAN_NAME_COPYRIGHT = re.compile(r"^[^©ⓒ,]{2,30},\s*(?P<name>[가-힣A-Za-z0-9]{2,12})\s+Copyright\b", re.IGNORECASE)


def slogan_copyright_outlet(line: str) -> str | None:
    """'세상을 보는 균형, 한국일보 Copyright © Hankookilbo' -> '한국일보': a site's slogan, its name, then an English
    notice (a known outlet only: the '©' and the Latin name after it look like a photo credit otherwise)."""
    m = _SLOGAN_NAME_COPYRIGHT.match(line)
    return outlet_name(m["name"]) if m else None


def copyright_outlet(line: str) -> str | None:
    """The holder a copyright notice names: '저작권자 세명일보 무단전재 및 재배포 금지' -> '세명일보',
    'Copyright © 전주MBC. 무단전재 및 재배포 금지.' -> '전주MBC', 'ⓒ 트윅, 무단 전재 및 재배포 금지' -> '트윅',
    '<ⓒ투자가를 위한 경제콘텐츠 플랫폼, 아시아경제(www.asiae.co.kr) 무단전재 배포금지>' -> '아시아경제'.
    Photo credits ('[단양군 제공. 재판매 및 DB 금지]') name no outlet. Some sites print the notice without a
    sign or label, as their name and site address before the ban: '중도일보(www.joongdo.co.kr), 무단전재 및 수집,
    재배포 금지' -> '중도일보'."""
    if "제공" in line or "사진" in line:
        return None
    if not _COPYRIGHT_START.match(line):
        if slogan := slogan_copyright_outlet(line):
            return slogan
        if not (m := _NAME_SITE_NOTICE.match(line)):
            return None
        return outlet_name(m["name"]) or outlet_for_domain(m["site"]) or m["name"]
    head = _COPYRIGHT_HEAD.match(line)
    text = line[head.end() :] if head else line
    if cut := _COPYRIGHT_TAIL.search(text):
        text = text[: cut.start()]
    if len(dashed := _SPACED_DASH.split(text)) > 1:
        # '저작권자 © 중부일보 - 경기·인천의 든든한 친구 무단전재 …': the holder, then its slogan after a dash
        text = next((part for part in dashed if outlet_name(part.strip())), dashed[0])
    # a domain after the name ('ⓒ 가나일보 & gana.co.kr', '가나일보(gana.co.kr)') is the same holder's site
    text = re.sub(r"\([^)]*\)?|https?://\S+|www\.\S+|&\s*[\w.-]+\.(?:com|kr|net|co\.kr|or\.kr)\b", " ", text)
    # A quoted slogan before the holder: "©'5개국어 글로벌 경제신문' 아주경제. 무단전재…" -> '아주경제'
    text = re.sub(r"['‘\"“][^'’\"”]{2,40}['’\"”]", " ", text)
    if english := english_outlet(text.strip(" .,:;<>[]()/|-")):
        return english  # 'Copyright © Ulsan Munhwa Broadcasting Corporation.' -> '울산MBC'
    parts = [p.strip(" .,:;<>[]()/|-") for p in re.split(r"[,/|]", text)]
    parts = [p for p in parts if p]
    if not parts:
        return None
    name = " ".join(parts[-1].split())
    if len(words := name.split()) > 1 and outlet_name(name) is None and outlet_name(words[-1]):
        # a slogan before the holder, without a comma: '<저작권자ⓒ 대구·경북 대표지역언론 대구일보 . 무단전재…>' (the
        # first word the table knows: '© 전북일보 인터넷신문' is 전북일보's)
        return next(known for word in words if (known := outlet_name(word)))
    if (
        not (2 <= len(name) <= 20)
        or len(name.split()) > 3
        or "@" in name
        or re.search(r"\.(?:com|kr|net)\b", name)
    ):
        return None
    return outlet_name(name) or name


def copyright_line(line: str) -> bool:
    """A whole line that is a site's copyright notice ('<저작권자 © 충남일보 무단전재 및 재배포 금지>',
    'Copyright ⓒ ... All rights reserved'); photo credits that mention DB bans are not."""
    return (
        len(line) < 200
        and bool(_COPYRIGHT_START.match(line))
        and bool(re.search(r"무단|재배포|rights\s*reserved", line, re.IGNORECASE))
    )


def page_end_line(line: str) -> bool:
    """A line that starts the part of a scraped page below the story: comment widgets ('댓글쓰기',
    '삭제한 댓글은 다시 복구할 수 없습니다.'), 'most read' / related-article lists, the site's company footer
    ('회사소개', '등록번호 :'). Only short lines count (a story sentence may mention 댓글), except the
    machine-translation notice above a translated copy of the story ('*아래는 위 기사를 '구글 번역'으로
    번역한 영문 기사의 [전문]입니다. ...'), which may run long."""
    if len(line) > 60:
        return ("번역" in line or "translat" in line.lower()) and bool(_TRANSLATION_NOTICE.match(line))
    return bool(_PAGE_END.match(_BULLET.sub("", line) if line[:1] in _BULLET_CHARS else line))


_TRANSLATION_NOTICE = re.compile(
    r"^[*※]?\s*(?:아래는|다음은|이하는)\s*(?:위|이|본)\s*기사를\s*.{0,12}번역|^[*※]?\s*(?:Below|The\s+following)\s+is\s+.{0,40}translat",
    re.IGNORECASE,
)


# A copyright notice in angle brackets glued to the end of the story's last line: '…고 말했다. <저작권자 ⓒ 가나뉴스
# 무단전재 및 재배포 금지>', '…기자 x@gana.co.kr<ⓒ가나일보(www.gana.co.kr) 무단전재 배포금지>'.
_GLUED_COPYRIGHT = re.compile(
    r"(?<=\S)\s*(?P<notice><\s*(?:저작권자|Copyright|[©ⓒ])[^<>]{2,120}>)\s*$", re.IGNORECASE
)


def split_glued_copyright(line: str) -> tuple[str, str | None]:
    """'…말했다. <저작권자 ⓒ 가나뉴스 무단전재 및 재배포 금지>' -> ('…말했다.', the notice); the line and None when no
    notice ends it. The notice names the page's outlet (`copyright_outlet`) as it does on a line of its own."""
    if not line.endswith(">") or not (m := _GLUED_COPYRIGHT.search(line)):
        return line, None
    if not re.search(r"무단|재배포|rights\s*reserved", m["notice"], re.IGNORECASE):
        return line, None
    return line[: m.start()].rstrip(), m["notice"]


def strip_inline_footer(line: str) -> str:
    """Cut agency boilerplate glued after the story ('[사진 영상 제보받습니다] 공감언론 뉴시스가 ...') and the
    photo viewer's button text after a caption ('... 완도군 제공 AD 원본보기 아이콘')."""
    line = _INLINE_FOOTER.sub("", line).rstrip()
    if line.endswith(("원본보기", "원본 보기", "아이콘")):
        line = _VIEWER_BUTTONS.sub("", line)
    return line


_VIEWER_BUTTONS = re.compile(r"\s*(?:(?:AD|광고)\s*)?원본\s*보기(?:\s*아이콘)?$")
