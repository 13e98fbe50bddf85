"""Metadata round 14: the page chrome printed above a title — one- to three-letter buttons and labels, navigation
links, rows of section words, a wire's menu banner and a reading-mode button — no longer ends the header or stands
in for the title. Lines are the real ones of the development sets named beside them (sets eq … et, read after their
judgement; the older sets hold the same forms)."""

from __future__ import annotations

from tracker.clean.text import clean_lines


def _headline(lines: list[str]) -> str | None:
    return clean_lines(lines)[1].headline


def test_a_close_button_above_the_title() -> None:
    # set-eq eq-05 (edaily)
    lines = [
        "X",
        "",
        "유정복 “인천시 공항경제권 구축, 국제항공도시로 도약”",
        "",
        "이종일 기자I 2024.03.06 14:50:15",
        "",
        "[인천=이데일리 이종일 기자] “공항경제권을 구축해 인천을 국제항공도시로 만들고 지역경제를 발전시키겠습니다.”",
    ]
    assert _headline(lines) == "유정복 “인천시 공항경제권 구축, 국제항공도시로 도약”"


def test_story_labels_above_the_title() -> None:
    # set-er er-07 (hankookilbo)
    lines = [
        "속보",
        "",
        "단독",
        "",
        "지난해 사상 최대 관광객 맞이한 속초시… 2000만 명 가까이 다녀갔다",
        "",
        "입력",
        "2023.02.05 21:12",
        "",
        "지난해 강원 속초시를 방문한 관광객이 2,000만 명에 육박하는 것으로 나타났다.",
    ]
    assert _headline(lines) == "지난해 사상 최대 관광객 맞이한 속초시… 2000만 명 가까이 다녀갔다"


def test_a_short_line_above_a_sentence_is_still_where_the_header_ends() -> None:
    # constructed: no title follows the label, so nothing below it is taken for one
    lines = ["속보", "", "시는 5일 관광통계를 집계한 결과를 발표했다.", "", "방문객은 1,943만 명이다."]
    assert _headline(lines) is None


def test_navigation_links_above_the_title() -> None:
    # set-er er-06 (mtn.co.kr)
    lines = [
        "검색",
        "",
        "통합검색",
        "",
        "MTN 사이트 메뉴",
        "",
        "엠티엔더블유로 이동",
        "",
        '최문순 강원도지사 "한국전쟁 70년 이제 그만 끝낼 때"',
        "",
        "머니투데이방송 신효재 기자2019/02/12 21:19",
        "",
        "최문순 강원도지사는 12일 임시회 첫 회 신년연설을 했다.",
    ]
    assert _headline(lines) == '최문순 강원도지사 "한국전쟁 70년 이제 그만 끝낼 때"'


def test_rows_of_section_words_above_the_title() -> None:
    # set-dp dp-01 (mediapen), set-dm dm-01 (businesspost)
    for menu in (
        "뉴스홈 경제 정치 연예 스포츠",
        "정치·사회 지자체",
        "뉴스 트렌드 생활정보 International edition 매체",
    ):
        lines = [
            menu,
            "",
            "창원시, 시민 중심의 스마트도시 추진작업 시작",
            "",
            "창원시가 스마트도시 추진에 나섰다.",
        ]
        assert _headline(lines) == "창원시, 시민 중심의 스마트도시 추진작업 시작", menu


def test_a_wire_menu_banner_and_its_regional_desk() -> None:
    # set-er er-04 (newspim.com)
    lines = [
        "전체기사 최신뉴스 GAM 라씨로",
        "KYD 디데이",
        "전국 경기남부",
        "",
        "속보",
        "",
        "더보기",
        "",
        '수원시 "역사·기술·사람의 스마트 포용도시로"',
        "",
        "기사입력 : 2021년03월09일 09:52",
        "",
        "[수원=뉴스핌] 순정우 기자 = 수원시가 스마트도시계획을 발표했다.",
    ]
    assert _headline(lines) == '수원시 "역사·기술·사람의 스마트 포용도시로"'


def test_a_reading_mode_button_glued_to_the_share_button() -> None:
    # set-es es-01 (donga.com)
    lines = [
        "읽기모드공유하기",
        "동아일보|사회",
        "",
        "부산시 ‘15분 도시 비전 선포식’ 열어",
        "",
        "입력 2021-05-27 03:00업데이트 2021-05-27 03:00",
        "부산시는 26일 오후 시청 1층 대회의실에서 선포식을 열었다.",
    ]
    assert _headline(lines) == "부산시 ‘15분 도시 비전 선포식’ 열어"
