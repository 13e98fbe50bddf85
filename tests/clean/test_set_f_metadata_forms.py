"""Metadata forms met in the blind set f: an HTML byline heading that prints the outlet where other pages print
the reporter ('KBS  date'), a quoted slogan in a copyright notice, a dateline in round brackets, a newspaper's
TV channel line, and a subheadline with a bare '구,'/'시,' subject opening a text that lost its title. All
lines are constructed (`# constructed`); none is copied from an article."""

from __future__ import annotations

from datetime import datetime

import pytest

from tracker.clean.dates import SEOUL
from tracker.clean.header import strip_dateline
from tracker.clean.html import fragment_to_draft
from tracker.clean.lines import copyright_outlet, footer_line
from tracker.clean.outlets import outlet_name

from .pages import BODY, BODY2
from .pages import clean_page as _clean

# --- outlet where the reporter would be, then the date -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet", "date"),
    [
        ("KBS  2022. 3. 4. 10:15", "KBS", "2022. 3. 4. 10:15"),  # constructed
        ("가나일보 2021.05.06 18:00", "가나일보", "2021.05.06 18:00"),  # constructed
    ],
)
def test_outlet_then_date_line(line: str, outlet: str, date: str) -> None:
    drop, told = footer_line(line)
    assert drop and told.outlet == outlet and told.published == date and told.reporter is None


def test_place_then_date_is_not_an_outlet_line() -> None:
    _, told = footer_line("서울 2021.05.06 18:00")  # constructed
    assert told.outlet is None


def test_outlet_date_heading_gives_the_date() -> None:
    markup = (
        "<h3>부산시, 청년 일자리 사업 확대</h3><h6>KBS  2022. 3. 4. 10:15</h6>"  # constructed
        f"<p>{BODY}</p><p>{BODY2}</p>"
    )
    draft = fragment_to_draft(markup)
    assert draft.headline == "부산시, 청년 일자리 사업 확대"
    meta = _clean(markup, "html").meta
    assert meta.published_at == datetime(2022, 3, 4, 10, 15, tzinfo=SEOUL)
    assert meta.outlet == "KBS" and meta.reporter is None


# --- copyright notices with a slogan ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "©'지역을 여는 신문' 가나일보. 무단전재·재배포 금지",  # constructed
        "ⓒ “지역을 여는 신문” 가나일보 무단전재 및 재배포 금지",  # constructed
    ],
)
def test_quoted_slogan_before_copyright_holder(line: str) -> None:
    assert copyright_outlet(line) == "가나일보"


# --- round-bracket dateline -------------------------------------------------------------------------


def test_round_bracket_outlet_reporter_dateline() -> None:
    rest, told = strip_dateline(f"(가나일보 홍길동 기자) {BODY}")  # constructed
    assert rest == BODY and told.outlet == "가나일보" and told.reporter == "홍길동"


def test_round_bracket_credit_is_not_a_dateline() -> None:
    _, told = strip_dateline(f"(사진 홍길동 기자) {BODY}")  # constructed
    assert told.outlet is None


# --- a newspaper's TV channel -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("가나일보TV", "가나일보"),  # constructed
        ("다라신문TV", "다라신문"),  # constructed
        ("마바경제TV", "마바경제TV"),  # constructed: business channels are separate companies
        ("연합뉴스TV", "연합뉴스TV"),  # a table broadcaster, not the agency
    ],
)
def test_newspaper_tv_channel_is_the_newspaper(text: str, outlet: str) -> None:
    assert outlet_name(text) == outlet


# --- a subheadline with an anaphoric subject is not a headline --------------------------------------


def test_bare_level_subject_line_is_a_subheadline() -> None:
    text = f"홍길동 기자\n\n구, 청년 창업 공간 개소식 열고 입주 기업 모집\n{BODY}\n\n{BODY2}\n"  # constructed
    meta = _clean(text).meta
    assert meta.headline is None
    assert meta.subheadline == "구, 청년 창업 공간 개소식 열고 입주 기업 모집"


def test_named_subject_line_is_still_the_headline() -> None:
    text = f"부산 중구, 청년 창업 공간 개소식 열고 입주 기업 모집\n{BODY}\n\n{BODY2}\n"  # constructed
    assert _clean(text).meta.headline == "부산 중구, 청년 창업 공간 개소식 열고 입주 기업 모집"


def test_bare_subject_below_a_title_stays_the_subheadline() -> None:
    text = f"부산 중구, 청년 창업 공간 문 열어\n구, 입주 기업 20곳 모집\n{BODY}\n\n{BODY2}\n"  # constructed
    meta = _clean(text).meta
    assert meta.headline == "부산 중구, 청년 창업 공간 문 열어"
    assert meta.subheadline == "구, 입주 기업 20곳 모집"
