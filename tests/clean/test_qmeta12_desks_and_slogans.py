"""Metadata round 12: the reporter alone in the bracket that opens a story, a newsroom desk or a regional desk
where a byline's outlet would stand, and a slogan before the holder of a copyright notice. Lines are the real ones
of the development sets named beside them (sets ee … eh and ea … ed, read after their judgements; set-ar, set-bd
hold the same forms)."""

from __future__ import annotations

from tracker.clean.header import strip_dateline
from tracker.clean.lines import copyright_outlet, footer_line, strip_trailing_byline


def test_the_reporter_alone_in_the_opening_bracket() -> None:
    # set-eh eh-06 (충청일보 via zum)
    rest, found = strip_dateline("[이한영 기자] 대전시 대덕구가 국토교통부 주관 2024 하반기 도시재생사업 공모에서")
    assert (found.reporter, found.outlet) == ("이한영", None)
    assert rest.startswith("대전시 대덕구가")


def test_a_newsroom_desk_is_no_outlet() -> None:
    # set-eg eg-08 (매일경제 via mbn): the closing byline names the desk; the copyright notice names the outlet
    drop, found = footer_line("[디지털뉴스국 조성신 기자]")
    assert drop and (found.reporter, found.outlet) == ("조성신", None)
    assert strip_trailing_byline("사업을 추진한다. [디지털뉴스국 조성신 기자]")[1].outlet is None
    # constructed: the same desk opening a story
    assert strip_dateline("[사회부 홍길동 기자] 대구시는")[1].outlet is None
    # an outlet the table knows stays the outlet
    assert strip_dateline("[아시아경제 박종일 기자] 서울시는")[1].outlet == "아시아경제"


def test_a_regional_desk_after_the_outlet() -> None:
    # set-ec ec-01 (thepowernews), set-ar ar-09 (wikitree)
    found = strip_dateline("[더파워 부·울·경 취재본부 이승렬 기자] 울산시는 23일 오전")[1]
    assert (found.outlet, found.reporter) == ("더파워", "이승렬")
    assert strip_dateline("[위키트리 광주전남취재본부 홍길동 기자] 광주시는")[1].outlet == "위키트리"


def test_a_slogan_before_the_holder_of_a_copyright_notice() -> None:
    # set-eg eg-09, set-bd bd-09 (idaegu)
    assert copyright_outlet("<저작권자ⓒ 대구·경북 대표지역언론 대구일보 . 무단전재-재배포 금지.>") == "대구일보"
    # set-db db-07, set-n n-09 (jjan): the holder first, then its kind of site
    assert copyright_outlet("저작권자 © 전북일보 인터넷신문 무단전재 및 재배포 금지") == "전북일보"
