"""Metadata round 17, from set-fc … ff's misses (read after their judgement): a broadcaster's timetable and a site's
menu and search buttons above the title, a link to the reporter's other stories, a title that ends in a full stop
right above its date line, a newsletter's issue after its date and its reporter's credit, a name and date joined by
a fraction slash, and the reporter's turn in an anchored broadcast script."""

from __future__ import annotations

from pathlib import Path

from tracker.clean.dates import is_date_line
from tracker.clean.lines import footer_line, is_junk
from tracker.clean.text import clean_lines

FD_01 = Path(__file__).resolve().parents[2] / "seeds/extra-corpora/set-fd/articles/fd-01-mbceg.txt"


def test_a_broadcaster_s_timetable_is_page_furniture() -> None:
    # set-fd fd-01 (mbceg.co.kr)
    for row in ("뉴스투데이 오전 7시 30분", "5시 뉴스와 경제 오후 4시 55분", "930뉴스 오전 9시 30분"):
        assert is_junk(row), row
    # constructed: an event's time is no programme
    assert not is_junk("개막식 오후 7시")


def test_menu_and_search_buttons() -> None:
    # set-fe fe-06 (segye.com)
    lines = [
        "세계일보",
        "메뉴 보기 검색",
        "",
        "경남 거제시 최악 실업률 올해를 고용희망 원년으로 추진",
        "",
        "경남 거제시는 올해를 고용희망의 원년으로 삼겠다고 밝혔다.",
    ]
    assert clean_lines(lines)[1].headline == "경남 거제시 최악 실업률 올해를 고용희망 원년으로 추진"


def test_a_link_to_the_reporter_s_other_stories() -> None:
    # set-fc fc-02, set-bq bq-01 (ekn.kr): the reporter's name, never the title
    drop, found = footer_line("이현정 기자기자 기사모음")
    assert drop and found.field_reporter == "이현정"


def test_a_title_with_a_full_stop_above_its_date_line() -> None:
    # set-ff ff-08 (fnnews.com)
    lines = [
        "대전시, 스마트도시 밑그림 그린다.",
        "",
        "2022.07.27 12:00   수정 : 2022.07.27 11:59기사원문",
        "[파이낸셜뉴스 대전=김원준 기자] 대전시는 스마트도시실무협의회를 열었다.",
    ]
    assert clean_lines(lines)[1].headline == "대전시, 스마트도시 밑그림 그린다."
    # constructed: a story's first sentence above a second sentence is no title
    assert clean_lines(["대전시는 협의회를 열었다.", "시는 계획을 세운다."])[1].headline is None


def test_a_newsletter_s_issue_and_its_reporter_credit() -> None:
    # set-fc fc-03 (부평구 webzine)
    assert is_date_line("2019-12-02 <발행 제284호>")
    assert footer_line("+ 취재기자 정복희")[1].reporter == "정복희"


def test_a_name_and_date_joined_by_a_fraction_slash() -> None:
    # set-fe fe-03 (cnbnews)
    lines = [
        "최원석⁄ 2024.12.13 10:36:26",
        "",
        "경남도, 청년 정책 발표",
        "",
        "경남도는 13일 청년 정책을 발표했다.",
    ]
    assert clean_lines(lines)[1].reporter == "최원석"


def test_the_reporter_s_turn_in_an_anchored_script() -> None:
    # set-fd fd-01 (mbceg.co.kr), the whole page: the timetable, the anchor's lead, the reporter's turn further down
    found = clean_lines(FD_01.read_text(encoding="utf-8").split("\n"))[1]
    assert found.headline == '"춘천이 한눈에" 삼악산 호수케이블카 개장'
    assert (found.reporter, found.field_reporter) == (None, "김상훈")
