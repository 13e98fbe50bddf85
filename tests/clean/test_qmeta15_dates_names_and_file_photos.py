"""Metadata round 15: a date bar with its weekday right below the title, a template's date followed by its reporter's
name, an outlet and reporter joined by '=' with the story glued on, and a caption crediting the outlet's file photo.
Lines are the real ones of the development sets named beside them (sets eu … ex, read after their judgement; sets
cn and dy hold the second form)."""

from __future__ import annotations

from tracker.clean.captions import archive_credit
from tracker.clean.header import strip_dateline
from tracker.clean.text import clean_lines

STORY = "시는 14일 청년 정책을 발표했다고 밝혔다."


def test_a_weekday_date_bar_below_the_title_is_the_site_s_day() -> None:
    # set-ew ew-06 (asiatoday): the day the page was seen, then the article's own approval stamp
    title = "[6·13 지방선거]오거돈 부산시장 당선자 ‘3전4기’ 성공"
    lines = [
        title,
        "2018. 09. 22 (토)",
        "",
        title,
        "",
        "조영돌 기자 | 기사승인 2018. 06. 14. 00:13",
        "",
        STORY,
    ]
    assert clean_lines(lines)[1].published.startswith("기사승인 2018. 06. 14")


def test_a_dated_line_with_its_time_below_the_title_is_the_article_s() -> None:
    # set-bt bt-01 (kwangju.co.kr)
    lines = ["[2020새설계-신우철 완도군수] 해양치유산업 안착", "2020년 01월 16일(목) 00:00", STORY]
    assert clean_lines(lines)[1].published == "2020년 01월 16일(목) 00:00"


def test_a_template_date_then_the_reporter_s_name() -> None:
    # set-cn cn-04 (gnnews.co.kr; the page puts a wide gap between them), set-ew ew-05 (ulsanilbo.com)
    found = clean_lines(["창원시, 수소산업 특별시 선포", "", "2018-11-01     이은수", "", STORY])[1]
    assert (found.published, found.field_reporter) == ("2018-11-01", "이은수")


def test_outlet_equals_reporter_with_the_story_glued_on() -> None:
    # set-eu eu-08 (incheontoday.com)
    rest, found = strip_dateline(
        "인천투데이=김도윤 기자이영훈 인천 미추홀구청장이 2024년 새해를 앞두고 신년사를 발표했다."
    )
    assert (found.outlet, found.reporter) == ("인천투데이", "김도윤")
    assert rest.startswith("이영훈 인천 미추홀구청장이")
    # constructed: a press conference is no glued story
    assert strip_dateline("뉴시스=홍길동 기자회견에서 시장은 말했다.")[1].reporter is None


def test_a_caption_crediting_the_outlet_s_file_photo() -> None:
    # set-ex ex-06 (khan.co.kr): the caption printed twice below the date, never the subheadline
    assert archive_credit("원희룡 제주지사. 경향신문 자료사진") == "경향신문"
    assert archive_credit("부산시 자료사진") is None  # a government's photo names no outlet
    lines = [
        "원희룡 “관광객들 격리 각오하시라”",
        "",
        "2020.09.23 10:38",
        "",
        "원희룡 제주지사. 경향신문 자료사진",
        "",
        "원희룡 제주지사. 경향신문 자료사진",
        "",
        "원희룡 제주도지사가 관광객들에게 경고했다.",
    ]
    found = clean_lines(lines)[1]
    assert (found.subheadline, found.inner_outlet) == (None, "경향신문")
