"""Metadata round 20, from set-fs … fv's misses (read after their judgement): a page's '기자 정보' label is no byline
(round 17 had made the colon of '기자 : 홍길동' optional and read '정보' as a name), a weekly's name where a byline's
would stand, a search box's label, and a site clock printed as 'UPDATED.'."""

from __future__ import annotations

from tracker.clean.header import header_field_line
from tracker.clean.lines import footer_line, is_junk
from tracker.clean.text import clean_lines


def test_a_page_label_is_no_byline() -> None:
    # set-fs fs-04 (munhwa.com)
    assert footer_line("기자 정보")[1].reporter is None
    assert footer_line("+ 취재기자 정복희")[1].reporter == "정복희"  # set-fc fc-03 still reads
    assert footer_line("기자 : 홍길동")[1].reporter == "홍길동"


def test_a_weekly_s_name_where_the_byline_s_would_stand() -> None:
    # set-ft ft-02 (shnews)
    is_field, found = header_field_line("주간시흥 기사입력  2018/10/20 [23:40]")
    assert is_field and (found.reporter, found.outlet) == (None, "주간시흥")


def test_a_search_box_s_label_and_a_site_clock() -> None:
    # set-ft ft-03 (yna.co.kr), set-fv fv-02 (yeosu.go.kr)
    assert is_junk("뉴스 검색어 입력 양식")
    assert is_junk("UPDATED. 2019-09-11 15:58 (수)")
    title = "여수시, ‘살고 싶고, 또 가고 싶은 행복한 섬’ 만들기"
    lines = [
        "UPDATED. 2019-09-11 15:58 (수)",
        title,
        title,
        "  • 승인 2016.04.18 14:26",
        "",
        "여수시는 섬 가꾸기 사업을 추진한다고 밝혔다.",
    ]
    assert clean_lines(lines)[1].headline == title
