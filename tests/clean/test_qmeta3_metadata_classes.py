"""Metadata classes found on the blind sets l and m: byline shapes of page templates (a region before the name
with '/', a note in brackets after '기자', the e-mail between name and title, outlets and the desk's region inside
a bracketed byline, the desk in round brackets inside a dateline, angle-bracket datelines), outlet names after
a credit slash or followed by a menu word, and image-widget labels that were taken as headlines."""

from __future__ import annotations

import pytest

from tracker.clean.header import strip_dateline
from tracker.clean.lines import footer_line, is_junk
from tracker.clean.outlets import outlet_name

# --- bylines -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reporter", "outlet"),
    [
        # set-m m-01 (전국매일신문): the template's byline field prints the desk's region and a slash
        ("  • 세종/ 유양준기자", "유양준", None),
        # set-m m-02 (청양신문): a note in brackets after the title (not an outlet)
        ("  • 최택환 기자(media cheong yang)", "최택환", None),
        # set-m m-10 (JIBS): a broadcaster's sign-off byline with the e-mail between name and title
        ("제주방송 안수경(skan01@jibs.co.kr) 기자", "안수경", "제주방송"),
        ("홍길동(hong@example.com) 기자", "홍길동", None),  # constructed: without the outlet
        # set-l l-01 (웰페어뉴스): sister papers share the bracketed byline, the desk's region after it
        ("[장애인신문·웰페어뉴스 김은영 기자 전남]", "김은영", None),
        ("[가나일보 홍길동 기자 대구]", "홍길동", "가나일보"),  # constructed: one outlet
    ],
)
def test_byline_shapes_of_page_templates(line: str, reporter: str, outlet: str | None) -> None:
    line = " ".join(line.split())
    drop, found = footer_line(line)
    assert drop
    assert found.reporter == reporter
    assert found.outlet == outlet


@pytest.mark.parametrize(
    "line",
    [
        "[사진 설명 홍길동 기자 제공]",  # constructed: words that are no outlet before the name
        "홍길동(hong@example.com) 기자가 취재했다고 밝혔다.",  # constructed: a sentence
        "서울시/ 홍길동 기자회견",  # constructed: not a title
    ],
)
def test_lines_that_are_not_such_bylines(line: str) -> None:
    _, found = footer_line(line)
    assert found.reporter is None


# --- datelines -----------------------------------------------------------------------------------------


def test_dateline_with_the_desk_in_round_brackets() -> None:
    """set-m m-03 (아시아경제): '[아시아경제(수원)=이영규 기자]'."""
    rest, found = strip_dateline("[아시아경제(수원)=이영규 기자] 이재명 경기도지사가 기후변화로 …")
    assert rest.startswith("이재명 경기도지사가")
    assert (found.outlet, found.reporter, found.place) == ("아시아경제", "이영규", "수원")


def test_dateline_in_angle_brackets() -> None:
    """set-m m-01 (전국매일신문): '<전국매일신문 세종/ 유양준기자 >' opens the lead."""
    rest, found = strip_dateline('<전국매일신문 세종/ 유양준기자 >이춘희 세종시장은 23일 "구도심 …')
    assert rest.startswith("이춘희 세종시장은")
    assert (found.outlet, found.reporter) == ("전국매일신문", "유양준")


def test_angle_brackets_that_name_no_outlet_are_left_alone() -> None:
    """Constructed: '<사진 홍길동 기자>' is a credit, not a dateline."""
    rest, found = strip_dateline("<사진 홍길동 기자> 시민들이 광장에 모였다.")
    assert found.outlet is None and found.reporter is None
    assert rest.startswith("<사진")


# --- outlet names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("/연합뉴스", "연합뉴스"),  # set-l l-08 (한국경제 carrying 연합뉴스 copy): the credit under the story
        ("- 뉴스1", "뉴스1"),  # constructed
        ("쿠키미디어 서비스", None),  # set-l l-02: the media group's footer menu, not the paper
        ("가나일보 바로가기", None),  # constructed
        ("브레이크뉴스 대구", "브레이크뉴스"),  # a regional desk still reads as the outlet
    ],
)
def test_outlet_names_after_a_slash_and_before_a_menu_word(text: str, outlet: str | None) -> None:
    assert outlet_name(text) == outlet


# --- image-widget labels ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        " 표지이미지",  # set-m m-01: the print edition's cover beside '지면보기'
        "이미지 확대",  # set-m m-04 (아주경제): the photo viewer's zoom button
        "사진 크게 보기",  # constructed
    ],
)
def test_image_widget_labels_are_junk(line: str) -> None:
    assert is_junk(line.strip())


@pytest.mark.parametrize("line", ["이미지 확대 전략 발표", "사진으로 보는 청년정책"])  # constructed
def test_titles_about_images_are_not_junk(line: str) -> None:
    assert not is_junk(line)
