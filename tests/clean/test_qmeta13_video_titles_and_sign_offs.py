"""Metadata round 13: a video page's title line with its channel and day, a breadcrumb ending in the section
heading above it, a closing byline with `=` in its bracket, a government channel's sign-off, and the record's date
on the line where the page's end starts. Lines are the real ones of the development sets named beside them (sets
em … ep, read after their judgement)."""

from __future__ import annotations

from datetime import date

from tracker.clean.dates import parse_published
from tracker.clean.lines import footer_line
from tracker.clean.text import clean_lines


def test_a_video_page_title_line_gives_title_channel_and_day() -> None:
    # set-eo eo-06 (KBS on a video site): the title line printed twice, then the story
    line = "‘도심에 저수지 만들자’ 제안까지…대구 물 문제 어디로? / KBS 2025.10.29. #KBSNews"
    body, found = clean_lines(
        [
            line,
            "",
            "",
            line,
            "대구 취수원 이전이 타 지자체 간 협의로 난항을 겪는 가운데, 대구시의회가 제안했습니다.",
        ]
    )
    assert found.headline == "‘도심에 저수지 만들자’ 제안까지…대구 물 문제 어디로?"
    assert (found.outlet, found.published, found.subheadline) == ("KBS", "2025.10.29", None)
    assert body[0].startswith("대구 취수원 이전이")


def test_a_slash_before_an_unknown_name_is_no_video_title() -> None:
    # constructed: the part after the slash is no outlet the table knows
    _, found = clean_lines(["청년 정책 발표 / 홍길동 2025.10.29.", "시는 29일 청년 정책을 발표했다."])
    assert found.outlet is None


def test_a_breadcrumb_ending_in_the_heading_above_it_is_no_title() -> None:
    # set-en en-07 (investkorea.org): the section heading, the breadcrumb, then the title and its fields
    lines = [
        "뉴스·행사",
        "",
        "• Home",
        "• 소식",
        "• 뉴스·행사",
        "기업 유치→일자리 창출→인구 증가…강원 원주경제 선순환",
        "작성일",
        "2017.11.07",
        "",
        "(원주=연합뉴스) 배연호 기자 = 강원 원주시에 기업이 몰려오면서 일자리 창출도 가속 중이다.",
    ]
    _, found = clean_lines(lines)
    assert found.headline == "기업 유치→일자리 창출→인구 증가…강원 원주경제 선순환"


def test_an_equals_sign_in_a_bracketed_closing_byline() -> None:
    # set-en en-04 (kgnews.co.kr), with the padding the page prints
    drop, found = footer_line("[ 경기신문 = 나규항 기자 ]")
    assert drop and (found.outlet, found.reporter) == ("경기신문", "나규항")


def test_a_government_channel_signs_off() -> None:
    # set-em em-08 (인천시 인터넷방송)
    drop, found = footer_line("인천시 인터넷방송 한수림입니다.")
    assert drop and (found.reporter, found.footer_outlet) == ("한수림", "인천시 인터넷방송")
    # constructed: a word before 방송 that names no government is no channel
    assert not footer_line("오늘 방송 홍길동입니다")[0]


def test_the_date_on_the_line_where_the_page_end_starts() -> None:
    # set-em em-08: the record's date glued to the view counter, the last line of the page
    lines = [
        "인천시, 원도심 활성화 사업 중 2019년 추진 가능한 선도과제 발표",
        "인천시는 지난 25일 원도심 활성화 사업 중 2019년부터 추진 가능한 선도과제를 발표했습니다.",
        "인천시 인터넷방송 한수림입니다.",
        "등록일 : 2018-10-26조회 : 3260",
    ]
    _, found = clean_lines(lines)
    parsed = parse_published(found.published or "")
    assert parsed is not None and parsed[0].date() == date(2018, 10, 26)
    assert found.reporter == "한수림"
