"""Reporters: joined names in one byline, a template's bare name field, a closing name line."""

from __future__ import annotations

import pytest

from tracker.clean.lines import footer_line

from .pages import BODY, BODY2
from .pages import clean_page as _clean


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("  • 최형순·이성현 기자", "최형순·이성현"),  # set-g g-05 (ccnnews)
        ("김철수·이영희·박민수 기자", "김철수·이영희·박민수"),  # constructed: three names
        ("홍길동 기자", "홍길동"),  # constructed
    ],
)
def test_byline_with_joined_names(line: str, name: str) -> None:
    drop, found = footer_line(line.strip())
    assert drop and found.reporter == name


def test_joined_names_in_a_dateline() -> None:
    text = f"부산시, 청년 일자리 확대\n\n[가나일보 김철수·이영희 기자] {BODY}\n\n{BODY2}"  # constructed
    assert _clean(text).meta.reporter == "김철수·이영희"


def test_template_name_field_without_title() -> None:
    # set-i i-03 (ulsanilbo): '• 이형중' above '• 승인 …' in the template's byline block
    text = (
        "“기업 찾아드는 꿈의 도시 울산 만들것”\n상태바\n“기업 찾아드는 꿈의 도시 울산 만들것”\n"
        "  • 이형중\n  • 승인 2023.09.04 00:10\n  • 댓글 0\n이 기사를 공유합니다\n\n" + BODY + "\n" + BODY2
    )
    article = _clean(text)
    assert article.meta.reporter == "이형중"
    assert article.text.startswith(BODY)


def test_dateline_reporter_wins_over_the_template_name_field() -> None:
    # set-c c-03 (marketnews): the bullet field names the uploader, the dateline the reporter
    text = (
        "서울 중구 구정 운영 4개년 계획 확정\n상태바\n서울 중구 구정 운영 4개년 계획 확정\n  • 박정배\n"
        "  • 승인 2018.11.22 12:12\n  • 댓글 0\n\n[마켓뉴스 이선아 기자] " + BODY + "\n" + BODY2
    )
    assert _clean(text).meta.reporter == "이선아"


def test_bulleted_place_is_no_name() -> None:
    text = f"부산시, 청년 일자리 확대\n  • 서울\n  • 승인 2018.11.22 12:12\n\n{BODY}\n{BODY2}"  # constructed
    assert _clean(text).meta.reporter is None


def test_closing_name_line() -> None:
    # set-i i-01 (jeju, a database row unwrapped): the author field printed after the story and its link
    text = f"'허가냐 불허냐' 영리병원의 운명은\n\n2018-12-04 17:06:35\n\n{BODY}\n\n{BODY2}\n\nhttps://news.v.daum.net/v/1\n\n최충일\n"
    article = _clean(text)
    assert article.meta.reporter == "최충일"
    assert "최충일" not in article.text


@pytest.mark.parametrize("last", ["서귀포", "김해시", "고맙다", "홍길동 기자"])
def test_closing_line_that_is_no_name(last: str) -> None:
    # constructed: a place, a local government, a word; a byline is read as a byline
    text = f"부산시, 청년 일자리 확대\n\n{BODY}\n\n{BODY2}\n\n{last}\n"
    reporter = _clean(text).meta.reporter
    assert reporter in (None, "홍길동")
    assert reporter != last


@pytest.mark.parametrize(
    ("line", "reporter", "outlet"),
    [
        # constructed: common byline shapes of Korean papers
        ("글·사진 홍길동 기자", "홍길동", None),
        ("글/사진 홍길동 기자", "홍길동", None),
        ("취재 홍길동 기자", "홍길동", None),
        ("[홍길동 기자]", "홍길동", None),
        ("(홍길동 기자)", "홍길동", None),
        ("홍길동, 김철수 기자", "홍길동, 김철수", None),
        ("가나일보 홍길동 기자", "홍길동", "가나일보"),
        ("- 가나일보 홍길동 기자", "홍길동", "가나일보"),
    ],
)
def test_more_byline_shapes(line: str, reporter: str, outlet: str | None) -> None:
    drop, found = footer_line(line)
    assert drop and (found.reporter, found.outlet) == (reporter, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "(사진 홍길동 기자)",  # constructed: a photo credit names no reporter of the story
        "시는 지난해 홍길동 기자",  # constructed: no outlet before the name
        "김 시장은 가나일보 기자",  # constructed
    ],
)
def test_lines_that_are_no_bylines(line: str) -> None:
    assert footer_line(line)[1].reporter is None


@pytest.mark.parametrize(
    ("line", "reporter", "outlet", "rest"),
    [
        ("[가나일보/홍길동 기자] 시는 밝혔다.", "홍길동", "가나일보", "시는 밝혔다."),  # constructed
        ("[가나일보] 홍길동 기자 = 시는 밝혔다.", "홍길동", "가나일보", "시는 밝혔다."),  # constructed
        ("[가나일보=대구] 홍길동 기자 = 시는 밝혔다.", "홍길동", "가나일보", "시는 밝혔다."),  # constructed
    ],
)
def test_more_dateline_shapes(line: str, reporter: str, outlet: str, rest: str) -> None:
    from tracker.clean.header import strip_dateline

    text, found = strip_dateline(line)
    assert (text, found.reporter, found.outlet) == (rest, reporter, outlet)


def test_closing_name_of_a_person_in_the_story_is_no_sign_off() -> None:
    # constructed: a portrait's alt text under the story names the head it quotes
    text = (
        f"부산시, 청년 일자리 확대\n\n{BODY}\n\n박형준 시장은 “청년이 돌아오는 도시”라고 말했다.\n\n박형준\n"
    )
    assert _clean(text).meta.reporter is None
