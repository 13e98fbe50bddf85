"""Metadata round 45 (0.82.0): a site's furniture printed where a title could be ('기사상세페이지', '주요뉴스 경기남부',
'최종편집… 기사제보 광고문의') is skipped when a title follows, and a list of other stories' titles above a story's
own title, with the story's tools below it ('폰트 확대 폰트 축소 프린트하기'), is not this story's: its title is the
line above the tools (or the one above that, when it shares the lead's words). Lines are the real ones of the
development sets named beside them."""

from __future__ import annotations

import pytest

from tracker.clean.header import own_title_start
from tracker.clean.text import clean_lines


def _found(lines: list[str]):
    return clean_lines(lines)[1]


@pytest.mark.parametrize(
    ("chrome", "title"),
    [
        ("기사상세페이지", "용인시, 스마트도시계획 수립 위한 전 직원 특강 개최"),  # set-jx jx-03 (kmknews)
        (
            "주요뉴스 경기남부",
            "염태영 수원시장, 전세계 지방정부에 기후 행동 동참 요청",
        ),  # set-fx fx-04 (newspim)
        (
            "최종편집2024-04-25 15:47 (목) 기사제보 광고문의",
            "내년까지 공공생활권 전역 ‘공공와이파이’ 구축",
        ),  # set-jc jc-03
        (
            "도지사 보도자료",
            "경기도, 탄소중립 위해 시·군-도의회와 ‘맞손’…‘에코 페어 코리아’ 개최",
        ),  # set-kj kj-01 (gg.go.kr)
        (
            "사회네트워크 매거진",
            '[네트워크 초대석] 유천호 강화군수 "관광벨트 구축해 관광객 2000만 시대 열 것"',
        ),  # set-jw jw-04
        ("한국일보 언론사 이미지", '권익현 부안군수 "청년 정착은 인구소멸 위기 속 희망"'),  # set-lf lf-02
        (
            "행정분야 누리집 - 서울특별시",
            "서울시, '디지털 시민시장실' 시장이 보는 정보 시민도 본다",
        ),  # set-lo lo-05
    ],
)
def test_site_furniture_above_the_title_is_not_the_title(chrome: str, title: str) -> None:
    lines = [
        chrome,
        "",
        title,
        "",
        "기사입력 2021.06.08 19:44",
        "",
        "시는 8일 시청에서 직원 특강을 열었다고 밝혔다.",
    ]
    assert _found(lines).headline == title


def test_a_title_that_names_a_menu_is_still_a_title() -> None:
    # constructed: '메뉴' inside a title about school meals is no navigation link
    lines = [
        "학교급식 메뉴 개선… 지역 농산물 쓴다",
        "",
        "친환경 식재료 30% 늘려",
        "",
        "시는 8일 급식 개선 계획을 밝혔다.",
    ]
    assert _found(lines).headline == "학교급식 메뉴 개선… 지역 농산물 쓴다"


_LIST_ABOVE = [  # set-fw fw-07 (seoul.co.kr): other stories' titles and subheadlines, then the story's own
    "주민등록번호 뒷자리 ‘지역 표시’ 45년 만에 사라진다",
    "",
    "10월부터 성별 표시 제외 6개 번호 변경",
    "",
    "안양·과천·군포·의왕시, GTX C노선 정차역 신설 놓고 충",
    "",
    "인덕원역·의왕역 추진… 4개 지자체 갈등",
    "",
    "[관가 인사이드] ‘실세 지사’ 김경수의 힘?… 또 중앙 고",
    "",
    "경제부지사 박종원, 경제혁신추진위원장 이찬우",
    "",
    "강서 공항동 15만㎡ 도시재생활성화 지역 선정",
    "",
    "내년부터 5년간 100억 투입",
    "",
    "폰트 확대 폰트 축소 프린트하기",
    "",
    "노현송 서울 강서구청장",
    "",
    "서울 강서구는 공항동 일대(14만 9976㎡)가 하반기 서울시 도시재생활성화 지역으로 선정됐다고 5일 밝혔다.",
]


def test_other_stories_titles_above_the_story_are_not_its_title() -> None:
    found = _found(_LIST_ABOVE)
    assert found.headline == "강서 공항동 15만㎡ 도시재생활성화 지역 선정"
    assert found.subheadline == "내년부터 5년간 100억 투입"
    body = "\n".join(clean_lines(_LIST_ABOVE)[0])
    assert "주민등록번호" not in body and "폰트 확대" not in body


def test_the_last_line_above_the_tools_is_the_title_when_the_one_above_is_another_story() -> None:
    # set-cy cy-09 (seoul.co.kr)
    lines = [
        "노원구, 2026년 1조 3625억원 예산안 편성",
        "",
        "‘10분 도시’ 강남스타일~",
        "",
        "공사 관계자들 “한밤 파쇄석 500t 운반” 스카이칠십이 “금시초문, 말도 �",
        "",
        "은평, 70번째 국공립어린이집 개원",
        "",
        "기사 읽어주기",
        "다시듣기",
        "폰트 확대 폰트 축소 프린트하기",
        "",
        "서울 은평구가 이번 달 국공립어린이집 3곳의 문을 열어 모두 70개 국공립어린이집을 운영한다고 9일 밝혔다.",
    ]
    assert own_title_start(lines) == 6
    assert _found(lines).headline == "은평, 70번째 국공립어린이집 개원"


def test_a_title_with_its_byline_above_the_tools_keeps_the_page_as_it_is() -> None:
    # set-cp cp-07 (seoul.co.kr): the title, byline and time stamps come first; nothing above is another story
    lines = [
        "전북 축제 관광객 2백만 시대 연다",
        "",
        "임송학 기자",
        "입력 2023-01-13 11:06",
        "수정 2023-01-13 11:06",
        "• 기사 읽어주기",
        "다시듣기",
        "",
        "전북도가 경쟁력 있는 향토축제를 집중적으로 육성해 200만 관광객을 유치하기로 했다.",
    ]
    assert own_title_start(lines) == 0
    assert _found(lines).headline == "전북 축제 관광객 2백만 시대 연다"


def test_story_tools_below_a_short_story_drop_nothing() -> None:
    # constructed: a page that prints the tools after its story (and a caption-like last line); nothing above them is
    # another story's title, so nothing is dropped
    lines = [
        "은평, 70번째 국공립어린이집 개원",
        "",
        "서울 은평구가 이번 달 국공립어린이집 3곳의 문을 열었다고 9일 밝혔다.",
        "",
        "구는 내년까지 국공립어린이집을 80곳으로 늘릴 계획이다.",
        "",
        "갈현1동 꿈터어린이집 전경",
        "",
        "폰트 확대 폰트 축소 프린트하기",
        "",
        "이 기사는 은평구 보도자료를 바탕으로 작성했습니다.",
    ]
    assert own_title_start(lines) == 0
    assert _found(lines).headline == "은평, 70번째 국공립어린이집 개원"
