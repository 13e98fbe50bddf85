"""0.129.0, read from the first blind runs of set-qr, qt and qu: a bulletin-board page (the '페이지 정보' / '작성자 …
작성일 …' / '본문' template of small local papers) keeps its title and date when a section name follows the page
title ('TITLE > HOT NEWS', qu-03) or a notice on comments stands above it (set-qn qn-04), and a writer field that
is a paper names the outlet (qu-03). Lines from those texts."""

from __future__ import annotations

from tracker.clean.dates import parse_published
from tracker.clean.lines import is_junk
from tracker.clean.text import clean_lines


def _published(found: object) -> str:
    return parse_published(found.published)[0].isoformat()  # type: ignore[attr-defined]


def test_a_page_title_with_a_two_word_section_and_a_paper_as_the_board_s_writer() -> None:
    lines = [
        "순천시, 더 이상 수도권 흉내내지 않고 지방도시표준 제시하겠다. > HOT NEWS",
        "",
        "본문 바로가기",
        "사이트 내 전체검색",
        "",
        "HOT NEWS",
        "",
        "순천시, 더 이상 수도권 흉내내지 않고 지방도시표준 제시하겠다.",
        "",
        "페이지 정보",
        "",
        "작성자 no_profile 순천독립신문 쪽지보내기 메일보내기 자기소개 아이디로 검색 전체게시물 댓글 0건 "
        "조회 1,836회 작성일 23-03-27 16:59",
        "",
        "본문",
        "",
        "2023순천만국제정원박람회조직위는 정원박람회 개최를 5일 남겨둔 시점에서 언론사 브리핑을 개최했다.",
    ]
    body, found = clean_lines(lines)
    assert found.headline == "순천시, 더 이상 수도권 흉내내지 않고 지방도시표준 제시하겠다."
    assert found.subheadline is None
    assert _published(found) == "2023-03-27T16:59:00+09:00"
    assert found.outlet == "순천독립신문"
    assert body[0].startswith("2023순천만국제정원박람회조직위는")


def test_a_board_s_notice_on_comments_above_the_title() -> None:
    lines = [
        "게시판 성격과 맞지 않는 부적절한 댓글은 일괄삭제합니다. 최근 부적절한 댓글이 늘어 당분간 댓글 기능을 "
        "차단하오니 양해바랍니다.",
        "",
        "오영훈 지사, 취임 후 최대 성과 ‘그린수소 허브 구축’",
        "",
        "페이지 정보",
        "",
        "작성자 최고관리자 작성일22-10-06 13:45 조회366회 댓글0건",
        "",
        "본문",
        "",
        "오영훈 제주지사는 취임 100일을 맞아 최대 성과로 그린수소 허브 구축을 꼽았습니다.",
    ]
    body, found = clean_lines(lines)
    assert found.headline == "오영훈 지사, 취임 후 최대 성과 ‘그린수소 허브 구축’"
    assert _published(found) == "2022-10-06T13:45:00+09:00"
    assert found.outlet is None  # the board's admin is no paper
    assert body[0].startswith("오영훈 제주지사는")


def test_english_section_names_and_a_search_box_label_are_furniture() -> None:
    assert is_junk("HOT NEWS")
    assert is_junk("Top News")
    assert is_junk("사이트 내 전체검색")
    assert not is_junk("NEWS")
    assert not is_junk("HOT NEWS 코너에서 소개된 청년 창업 지원 사업은 올해 두 배로 늘었다.")


def test_the_post_s_field_row_dates_it_over_the_site_s_today_bar() -> None:
    # 0.131.0, read from the blind run of set-ra ra-08 (a board page of a local broadcaster's site)
    lines = [
        "고양시의회, 제261회 임시회 제2차 본회의‘시정질문’ > 정치",
        "",
        "본문 바로가기",
        "    • 비 70%",
        "    • 20.0'C",
        "    • 2024.09.21 (토)",
        "  • 로그인",
        "사이트 내 전체검색",
        "",
        "정치",
        "",
        "지방의회 고양시의회, 제261회 임시회 제2차 본회의‘시정질문’",
        "",
        "페이지 정보",
        "",
        "작성자 작성일 22-03-31 09:05",
        "",
        "본문",
        "",
        "박한기 의원은 3월 30일 제261회 임시회 제2차 본회의에서 열린 시정질문을 통해 버스 공공성을 물었다.",
    ]
    body, found = clean_lines(lines)
    assert found.headline == "고양시의회, 제261회 임시회 제2차 본회의‘시정질문’"
    assert _published(found) == "2022-03-31T09:05:00+09:00"
    assert not any("비 70%" in line or "20.0'C" in line for line in body)
    assert is_junk("• 비 70%") and is_junk("• 20.0'C")
    assert not is_junk("비 70%")  # not as a widget's bullet: maybe a line of the story
