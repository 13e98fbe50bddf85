"""Metadata round 18, from set-fg … fn's misses (read after their judgements): a page title with its site's or
section's name after an arrow, menu buttons run together beside others, a photo credit in brackets, and a dateline
of place, '=' and outlet without brackets."""

from __future__ import annotations

from tracker.clean.header import strip_dateline
from tracker.clean.lines import is_junk
from tracker.clean.outlets import outlet_name
from tracker.clean.text import clean_lines

STORY = "양평군은 2일 한강유역환경청을 방문해 농가 지원을 건의했다고 밝혔다."


def test_a_page_title_with_its_site_after_an_arrow() -> None:
    # set-fh fh-02 (ypnews.co.kr), set-fk fk-02 (kiyln: a section)
    found = clean_lines(
        ["전진선 군수, 한강유역환경청 방문서 수질 개선 기여 농가에 실질적 지원 건의 > YPN뉴스", "", STORY]
    )[1]
    assert (found.headline, found.outlet) == (
        "전진선 군수, 한강유역환경청 방문서 수질 개선 기여 농가에 실질적 지원 건의",
        "YPN뉴스",
    )
    found = clean_lines(["강화군, 확 높아진~ 농·어업경쟁력으로 풍요로운 농‧어촌 실현 > 행정", "", STORY])[1]
    assert (found.headline, found.outlet) == (
        "강화군, 확 높아진~ 농·어업경쟁력으로 풍요로운 농‧어촌 실현",
        None,
    )


def test_menu_buttons_run_together_beside_others() -> None:
    # set-fi fi-04 (segye.com)
    assert is_junk("메뉴보기메뉴 보기 검색")


def test_a_photo_credit_in_brackets_names_the_outlet_without_its_bracket() -> None:
    # set-fg fg-08 (mk.co.kr carrying 연합뉴스)
    assert outlet_name("[연합뉴스 자료사진]") == "연합뉴스"
    assert outlet_name("[KBS 부산]") is None  # other bracketed lines are read as before


def test_place_equals_outlet_then_the_reporter() -> None:
    # set-fk fk-01 (ekn.kr)
    rest, found = strip_dateline(
        "인천=에너지경제신문 송인호 기자 유정복 인천시장이 5일 행정체제 개편의 현장을 찾았다."
    )
    assert (found.place, found.outlet, found.reporter) == ("인천", "에너지경제신문", "송인호")
    assert rest.startswith("유정복 인천시장이")
