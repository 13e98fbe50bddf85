"""Credit forms, site chrome and record dates met in the blind sets c and d: ranks between a reporter's
name and '기자', aggregators' source notes, byline/date headings of HTML templates, two-digit-year record
dates, skip links and weather widgets above the title, a site's today-date bar. All lines are constructed
(`# constructed`); none is copied from an article."""

from __future__ import annotations

from datetime import datetime

import pytest

from tracker.clean import clean
from tracker.clean.dates import SEOUL, is_date_line, short_year_date
from tracker.clean.header import strip_dateline
from tracker.clean.html import fragment_to_draft
from tracker.clean.lines import footer_line, is_junk, strip_trailing_byline
from tracker.read import InputRecord
from tracker.reference import load_reference

from .pages import BODY, BODY2
from .pages import clean_page as _clean

# --- reporter ranks are not names ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("홍길동 선임기자 hong@example.com", "홍길동"),  # constructed
        ("홍길동 선임 기자 hong@example.com", "홍길동"),  # constructed
        ("김철수 수석기자 kim@example.com", "김철수"),  # constructed
        ("이영희 전문기자", "이영희"),  # constructed
        ("박민수 객원기자", "박민수"),  # constructed
    ],
)
def test_rank_before_reporter_title(line: str, name: str) -> None:
    drop, told = footer_line(line)
    assert drop and told.reporter == name


def test_rank_alone_names_nobody() -> None:
    _, told = footer_line("선임기자 hong@example.com")  # constructed
    assert told.reporter is None


def test_rank_in_trailing_byline() -> None:
    line, told = strip_trailing_byline(f"{BODY} 홍길동 선임기자 hong@example.com")  # constructed
    assert line == BODY and told.reporter == "홍길동"


def test_rank_in_bracket_dateline_glued_to_lede() -> None:
    rest, told = strip_dateline(f"[가나일보=홍길동 선임기자]{BODY}")  # constructed
    assert rest == BODY
    assert told.reporter == "홍길동" and told.outlet == "가나일보"


# --- aggregators' source notes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("[Source : 가나일보]", "가나일보"),  # constructed
        ("[출처 : 가나일보]", "가나일보"),  # constructed
        ("Source: 가나일보", "가나일보"),  # constructed
        ("출처: 가나일보 (http://example.com/1)", "가나일보"),  # constructed
    ],
)
def test_source_note_names_outlet(line: str, outlet: str) -> None:
    drop, told = footer_line(line)
    assert drop and told.outlet == outlet


def test_unbalanced_source_bracket_is_not_a_note() -> None:
    assert footer_line("출처 : 통계청)")[0] is False  # constructed


# --- byline/date headings of HTML templates ----------------------------------------------------------


def test_byline_heading_is_not_the_subheadline() -> None:
    markup = (
        "<div><h3>부산시, 청년 일자리 확대</h3><h6>홍길동 기자  2023. 11. 1. 09:26</h6>"
        f"<p>{BODY}</p><p>{BODY2}</p><h6>[Source : 가나일보]</h6></div>"
    )  # constructed
    draft = fragment_to_draft(markup)
    assert draft.subheadline is None
    article = _clean(markup, "html")
    assert article.meta.headline == "부산시, 청년 일자리 확대"
    assert article.meta.reporter == "홍길동"
    assert article.meta.outlet == "가나일보"
    assert article.meta.published_at == datetime(2023, 11, 1, 9, 26, tzinfo=SEOUL)
    assert "Source" not in article.text and "2023" not in article.text


def test_name_without_title_then_daum_date_heading() -> None:
    markup = f"<div><h3>부산시, 청년 일자리 확대</h3><h6>이정훈  2023. 11. 1. 07:05</h6><p>{BODY}</p></div>"  # constructed
    article = _clean(markup, "html")
    assert article.meta.reporter == "이정훈"
    assert article.meta.published_at == datetime(2023, 11, 1, 7, 5, tzinfo=SEOUL)


def test_subheadline_heading_still_a_subheadline() -> None:
    markup = (
        f"<div><h3>부산시, 청년 일자리 확대</h3><h4>창업 공간도 마련</h4><p>{BODY}</p></div>"  # constructed
    )
    assert fragment_to_draft(markup).subheadline == "창업 공간도 마련"


def test_export_reporter_field_with_rank() -> None:
    text = f"부산시 청년 일자리 확대\n{BODY}\n{BODY2}"  # constructed
    record = InputRecord(
        source="x.jsonl:1",
        raw=text.encode(),
        text=text,
        format="jsonl",
        given={"reporter": "홍길동 선임기자"},
    )
    assert clean(record, load_reference()).meta.reporter == "홍길동"


# --- record dates with a two-digit year -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("21/10/16", "2021-10-16"),  # constructed: an RR/MM/DD column as a dump prints it
        ("21-10-16", "2021-10-16"),  # constructed
        ("25. 9. 7 (일) 09:38", "2025-09-07 09:38"),  # constructed: weekday and time
        ("25.9.7 09:38", "2025-09-07 09:38"),  # constructed
        ("12/10/16 (화)", "2012-10-16"),  # constructed: 12 could be a month, the weekday settles it
        ("12/10/16", None),  # constructed: MM/DD/YY (2016-12-10) is as likely: not read
        ("25. 9. 7 (월) 09:38", None),  # constructed: the weekday contradicts the date
        ("21/13/01", None),  # constructed: no month 13
        ("99/01/01", None),  # constructed: not a two-digit year of this century's sites
        ("21/10/16 조회 3", None),  # constructed: more than a date
        ("2021/10/16", None),  # constructed: four-digit years are read by parse_published
    ],
)
def test_short_year_date(line: str, expected: str | None) -> None:
    assert short_year_date(line) == expected


def test_short_year_date_below_the_title() -> None:
    article = _clean(f"부산시 청년 일자리 확대\n21/10/16\n{BODY}\n{BODY2}")  # constructed
    assert article.meta.published_at == datetime(2021, 10, 16, tzinfo=SEOUL)
    assert article.meta.published_precision == "day"
    assert article.text.startswith(BODY)


def test_short_year_date_after_outlet_line() -> None:
    article = _clean(
        f"부산시 청년 일자리 확대\n가나일보\n25. 9. 7 (일) 09:38\n{BODY}\n{BODY2}"
    )  # constructed
    assert article.meta.published_at == datetime(2025, 9, 7, 9, 38, tzinfo=SEOUL)
    assert article.meta.outlet == "가나일보"


def test_short_year_date_in_the_body_is_not_the_publication_date() -> None:
    article = _clean(f"부산시 청년 일자리 확대\n{BODY}\n21/10/16\n{BODY2}")  # constructed
    assert article.meta.published_at is None


# --- page chrome above the title ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "서비스 메뉴 바로가기 본문 바로가기 아티클 바로가기",  # constructed: skip links in any wording
        "본문 바로가기 메인메뉴 바로가기",  # constructed
        "• -가나 -5.2℃",  # constructed: weather widget item (no sky state)
        "• 흐림가나 20.5℃",  # constructed: sky state glued to the place
        "구름많음가나 23.7℃",  # constructed
        "기상청 제공",  # constructed: the widget's credit
        "매일 저녁 8시 35분",  # constructed: a programme's air time
        "평일 홍길동주말 홍길동, 김철수",  # constructed: a programme's anchors
        "관련뉴스",  # constructed: heading of the related-news list
        "키보드 단축키 안내",  # constructed: video player help link
    ],
)
def test_chrome_lines_are_junk(line: str) -> None:
    assert is_junk(line)


@pytest.mark.parametrize(
    "line",
    [
        "바로가기 서비스 출시",  # constructed: one 바로가기 in a sentence-like line
        "가나시 20.5℃ 폭염 특보",  # constructed: a headline about the heat
        "평일 오후 교통 혼잡",  # constructed
        "관련 뉴스를 전했다.",  # constructed
    ],
)
def test_story_lines_are_not_chrome(line: str) -> None:
    assert not is_junk(line)


def test_bullet_byline_without_title() -> None:
    drop, told = footer_line("• 홍길동 hong@example.com")  # constructed
    assert drop and told.reporter == "홍길동"


@pytest.mark.parametrize(
    "line", ["문의 hong@example.com", "제보 hong@example.com", "가나일보 news@example.com"]
)
def test_contact_label_with_email_names_no_reporter(line: str) -> None:
    assert footer_line(line)[1].reporter is None  # constructed


def test_skip_links_above_a_repeated_title() -> None:
    text = (
        "서비스 메뉴 바로가기 본문 바로가기 아티클 바로가기\n\n부산시 청년 일자리 확대\n\n입력 2021-05-04 11:32\n"
        f"\n부산시 청년 일자리 확대\n\n{BODY}\n\n{BODY2}"
    )  # constructed
    article = _clean(text)
    assert article.meta.headline == "부산시 청년 일자리 확대"
    assert article.text.startswith(BODY)


# --- the title: field labels and section names above it -------------------------------------------


def test_title_field_label_is_not_part_of_the_headline() -> None:
    article = _clean(
        f"작성일:2021-05-04 13:11\n제목 부산시, 청년 일자리 확대\n부산시, 청년 일자리 확대\n{BODY}"
    )  # constructed
    assert article.meta.headline == "부산시, 청년 일자리 확대"
    assert article.text.startswith(BODY)


def test_title_label_kept_when_nothing_title_like_follows() -> None:
    article = _clean(f"제목 줄\n{BODY}")  # constructed: '제목 줄' is the title itself
    assert article.meta.headline == "제목 줄"


def test_section_name_above_the_title() -> None:
    article = _clean(
        f"인사·동정\n부산시, 청년 일자리 확대\n• 승인 2021.05.04 17:54\n{BODY}\n{BODY2}"
    )  # constructed
    assert article.meta.headline == "부산시, 청년 일자리 확대"


# --- a site's date bar is not the publication date ----------------------------------------------------


def test_site_date_bar_loses_to_the_article_date() -> None:
    text = (
        "2024-04-20 10:27 (토)\n부산시, 청년 일자리 확대\n부산시, 청년 일자리 확대\n• 홍길동 기자\n"
        f"• 승인 2018.09.10 17:54\n{BODY}\n{BODY2}"
    )  # constructed
    meta = _clean(text).meta
    assert meta.headline == "부산시, 청년 일자리 확대"
    assert meta.published_at == datetime(2018, 9, 10, 17, 54, tzinfo=SEOUL)
    assert meta.reporter == "홍길동"


def test_site_date_bar_alone_gives_no_date() -> None:
    text = f"2018.02.12 (월)\n\n• -가나 -5.2℃\n• 흐림다라 1.3℃\n기상청 제공\n\n마켓\n\n부산시, 청년 일자리 확대\n\n{BODY}\n\n{BODY2}"  # constructed
    article = _clean(text)
    assert article.meta.headline == "부산시, 청년 일자리 확대"
    assert article.meta.published_at is None
    assert article.text.startswith(BODY)


def test_date_first_record_without_title_keeps_its_date() -> None:
    article = _clean(f"2018.02.12\n{BODY}\n{BODY2}")  # constructed: no title follows the date
    assert article.meta.published_at == datetime(2018, 2, 12, tzinfo=SEOUL)


def test_labelled_date_above_the_title_is_the_article_date() -> None:
    article = _clean(f"작성일:2021-05-04 13:11\n부산시, 청년 일자리 확대\n{BODY}\n{BODY2}")  # constructed
    assert article.meta.published_at == datetime(2021, 5, 4, 13, 11, tzinfo=SEOUL)


def test_weekday_in_brackets_after_the_time() -> None:
    assert is_date_line("2024-04-20 10:27 (토)")  # constructed
