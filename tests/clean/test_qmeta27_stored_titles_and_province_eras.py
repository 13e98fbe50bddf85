"""Metadata round 27, from set-hg … hj's misses (read after their judgement): a stored page's first title-like
line is its title even when subheadlines stack below it; an undated story that writes a full date is no older
than that date, which decides a reorganised province's code; a template that prints the site's name in its
editor slot names the outlet."""

from __future__ import annotations

from datetime import date

from tracker.clean import clean
from tracker.clean.dates import latest_written_day
from tracker.clean.lines import footer_line
from tracker.clean.text import clean_lines
from tracker.read.record import InputRecord
from tracker.reference import load_reference


def test_the_first_of_stacked_stored_lines_is_the_title() -> None:
    # set-hj hj-09 (asiae.co.kr): the title and two subheadlines under the store's date marker
    lines = [
        " date 2025-12-16 '머물고 싶고, 다시오고 싶은 도시로' 탈바꿈",
        "",
        "조선·유통·콘텐츠 대표 기업 러시 현상",
        "",
        "원도심·신도심 균형잡힌 발전 '바람직'",
        "",
        "전남 순천은 '정원 한 번 보고 가는 도시'가 아니다. 2025년, 이 도시는 산업·콘텐츠·생태·생활을 동시에 바꾼다.",
    ]
    found = clean_lines(lines)[1]
    assert found.headline == "'머물고 싶고, 다시오고 싶은 도시로' 탈바꿈"
    assert found.subheadline == "조선·유통·콘텐츠 대표 기업 러시 현상"


def test_a_stored_photo_box_or_logo_is_no_title() -> None:
    # set-ae ae-09 (ohmynews.com) and set-ct ct-01 (seoul.co.kr): the store's first line is a photo box or a logo
    for first in (
        "큰사진보기 ▲2026년 병오년 새해를 맞아 전진선 양평군수가 신년사를 통해 군정 방향을 밝혔다. ⓒ 양평군 관련사진보기",
        "서울Pn",
    ):
        lines = [
            f" date 2026-01-02 {first}",
            "",
            "출생기본수당·공공산후조리원 등 맞춤형 통합지원 정책 호평",
            "",
            "양평군은 올해 군정 방향을 발표했다고 2일 밝혔다.",
        ]
        assert clean_lines(lines)[1].headline != first


def test_the_latest_written_day() -> None:
    assert latest_written_day("속초시 폭설대응 특별교통대책 추진. (속초시 제공) 2024.1.8/뉴스1") == date(
        2024, 1, 8
    )
    assert latest_written_day("2019년 3월 4일 착공, 2021.12.31 준공") == date(2021, 12, 31)
    assert latest_written_day("13일 밝혔다") is None


def _record(text: str) -> InputRecord:
    return InputRecord(source="hh-08.txt", raw=text.encode(), text=text, format="text")


def test_an_undated_gangwon_story_after_the_reorganisation() -> None:
    # set-hh hh-08 (news1.kr): no publication date, but the caption's date is after 강원특별자치도 began
    text = (
        "속초시, 폭설대응 특별교통대책 추진\n\n"
        "속초시 폭설대응 특별교통대책 추진. (속초시 제공) 2024.1.8/뉴스1\n\n"
        "(속초=뉴스1) 윤왕근 기자 = 강원도 속초시가 오는 3월까지 겨울철 폭설대응 특별교통대책을 추진한다고 8일 밝혔다.\n"
        "속초시는 폭설 상황 발생시 신속한 제설작업을 시행한다.\n"
    )
    article = clean(_record(text), load_reference())
    assert article.meta.published_at is None
    assert article.meta.jurisdiction_code == "51210"
    # constructed: the same story without any written date keeps the older code (most undated stories in the
    # development sets are)
    undated = text.replace(" 2024.1.8/뉴스1", "")
    assert clean(_record(undated), load_reference()).meta.jurisdiction_code == "42210"


def test_the_site_s_name_in_the_editor_slot() -> None:
    # set-hi hi-05 (cwtimes.co.kr)
    told = footer_line("기사입력 2019-09-17 14:55 최종편집 창원타임즈")[1]
    assert told.outlet == "창원타임즈" and told.published == "기사입력 2019-09-17 14:55"
    # a person in the slot is the editor, no outlet
    assert footer_line("기사입력 2017/07/04 [10:39] 최종편집 박기철")[1].outlet is None
