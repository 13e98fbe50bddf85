"""Titles the header lost and captions it took for titles (0.123.0, read from development misses): a title block —
title, subheadlines, byline — above its date line below a site's greeting and menu (set-mx mx-04), a section name
above a stored page's title (set-np np-05), a stopped title with a subheadline before its date field (set-mo
mo-02), and captions whose credit follows the photo's day or a slash (set-my my-06, set-nk nk-09, set-mp mp-06).
Lines from those texts."""

from __future__ import annotations

from tracker.clean.captions import is_caption_line
from tracker.clean.text import clean_lines

IHALLA = [
    "한라일보 홈페이지에 오신것을 환영합니다.",
    "",
    "본문으로 바로가기",
    "",
    "실시간뉴스",
    "",
    "뉴스",
    "정치/행정",
    '원희룡 "제주 제2공항 약속 지키겠다"',
    "23일 제주도의회 도정질문서 재차 강조",
    '"현 공항 이미 포화 … 정부 책임감 없어"',
    "강다혜 기자 dhkang@ihalla.com",
    "입력 : 2021. 04.23. 12:14:34",
    "",
    "원희룡 제주지사가 남은 임기 내 제주 제2공항 건설 계획을 확정하겠다고 밝혔다.",
    "23일 열린 제주특별자치도의회 제394회 임시회 제4차 본회의 도정질문에선 제2공항 문제가 다뤄졌다.",
]


def test_a_title_block_above_its_byline_and_date_below_a_greeting_and_menu() -> None:
    found = clean_lines(IHALLA)[1]
    assert found.headline == '원희룡 "제주 제2공항 약속 지키겠다"'
    assert found.subheadline == "23일 제주도의회 도정질문서 재차 강조"
    assert found.reporter == "강다혜"


def test_a_story_above_the_date_line_is_no_furniture() -> None:
    # the same page with a story sentence above the title block: the title-above-date reading does not apply
    lines = ["원희룡 제주지사가 남은 임기 내 제주 제2공항 건설 계획을 확정하겠다고 도의회에서 밝혔다.", *IHALLA[2:]]
    assert clean_lines(lines)[1].headline != '원희룡 "제주 제2공항 약속 지키겠다"'


def test_a_section_name_above_a_stored_page_s_title() -> None:
    lines = [
        " date 2026-02-09 본문 바로가기",
        "사회",
        "속초시, 설맞이 장보기 행사로 전통시장에 활력 충전",
        "",
        "이종구기자",
        "",
        "입력2026.02.09 15:36",
        "",
        "강원도 속초시가 민족 최대 명절 설을 맞아 전통시장 활성화에 나선다.",
    ]
    assert clean_lines(lines)[1].headline == "속초시, 설맞이 장보기 행사로 전통시장에 활력 충전"


def test_a_stopped_title_with_its_subheadline_above_the_date_field() -> None:
    lines = [
        "김해시, 전통시장 활성화 각별히 챙긴다.",
        "전국 14번째 대도시에 어울리는 전통시장 시설 현대화 및 경영혁신 지속 추진",
        "조병철 | 기사입력 2015-03-09 11:53:24",
        "[김해=조병철기자]김해시가 민선 출범이후 지난해까지 전통시장 6개소에 시설현대화 사업으로 231억원을 "
        "투입했으며, 올해도 46억원을 투입할 계획이라고 밝혔다.",
    ]
    found = clean_lines(lines)[1]
    assert found.headline == "김해시, 전통시장 활성화 각별히 챙긴다."
    assert found.subheadline == "전국 14번째 대도시에 어울리는 전통시장 시설 현대화 및 경영혁신 지속 추진"


def test_captions_with_the_photo_s_day_or_a_slash_before_the_credit() -> None:
    assert is_caption_line("인천 동구는 지난 17일 치매안심통합관리센터 이전 개소식을 열었다. 2022.2.17 /동구 제공")
    assert is_caption_line(
        "서울 금천구(구청장 유성훈)가 치매 안전망을 구축하기 위해 공인중개사협회와 손을 맞잡았다. 업무협약 체결 모습. /금천구 |"
    )
    # a story sentence with a date in it stays story
    assert not is_caption_line("인천 동구는 2022.2.17 치매안심통합관리센터 이전 개소식을 열었다고 밝혔다.")


def test_a_caption_is_no_stored_page_s_title() -> None:
    lines = [
        " date 2025-10-16 세종시 대중교통 정액권 '이응패스' 카드. 세종시 제공",
        "",
        "시는 세종평생교육정책연구원 세종연구실이 수행한 ‘이응패스 도입 효과 및 요금 특성 분석’ 연구 결과를 16일 발표했다.",
    ]
    assert clean_lines(lines)[1].headline is None
