"""What a page prints after its title on the title's line, and words that take a reporter's place without being
names (0.92.0): a time stamp, a programme and day in brackets, the outlet after a slash and a breadcrumb's section
are cut off the title; a site role ('관리자'), a widget's heading ('오늘의 기자') and a line cut off after a particle
('최근에', '전북은') name no reporter."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.clean.lines import footer_line
from tracker.clean.meta import _headline, _reporter
from tracker.read import InputRecord, iter_records
from tracker.reference import load_reference

EXTRA = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        # set-ii ii-02 (bukbunews): the day after the title
        (
            "“청렴·친절·현장의 노원 보여주자” 오승록 노원구청장 시무식 가져 2022-01-11",
            "“청렴·친절·현장의 노원 보여주자” 오승록 노원구청장 시무식 가져",
        ),
        # set-mv mv-02 (issuegate): the day and the time
        (
            "김종천 시장, 18일부터 온라인 주민 간담회 추진 2021-01-16 09:26:14",
            "김종천 시장, 18일부터 온라인 주민 간담회 추진",
        ),
        # set-hi hi-07 (ubc): the programme and its day in brackets
        (
            "'조선업 불황' 동구..\"추가 지원책 강구\" [ubc프라임뉴스 2019/11/21]",
            "'조선업 불황' 동구..\"추가 지원책 강구\"",
        ),
        # set-jk jk-02 (ytn): the outlet after a slash
        (
            "오세훈 '서울 무제한 교통카드'...경기·인천 충돌? / YTN",
            "오세훈 '서울 무제한 교통카드'...경기·인천 충돌?",
        ),
        # set-mz mz-08 (tmedia): the section after a breadcrumb's '>'
        (
            "“환경이 밥 먹여준다” 녹색시장 나선 고양특례시 > 사회 • 사건",
            "“환경이 밥 먹여준다” 녹색시장 나선 고양특례시",
        ),
    ],
)
def test_a_tail_after_the_title_is_cut(printed: str, title: str) -> None:
    assert _headline(printed) == title


def test_titles_that_only_look_like_it_stay_whole() -> None:
    # a day in round brackets is part of the title in the development golds (set-he he-05: '(2019.7.17.)')
    assert _headline("민선7기 1년 국제신문 인터뷰 (2019.7.17.)") == "민선7기 1년 국제신문 인터뷰 (2019.7.17.)"
    # constructed: a slash before a word the outlet table does not know
    assert _headline("청년 / 신혼부부 주택 공급 확대") == "청년 / 신혼부부 주택 공급 확대"


def test_site_roles_and_widget_headings_name_no_reporter() -> None:
    assert _reporter("관리자") is None  # set-ie ie-02: '관리자 기자 pub9992@daum.net'
    assert _reporter("편집국") is None
    assert _reporter("박종일 선임기자") == "박종일"
    assert footer_line("오늘의 기자") == (False, footer_line("")[1])  # set-ct ct-02, set-lt lt-09 (nocutnews)


@pytest.mark.parametrize(
    ("path", "reporter"),
    [
        ("set-ct/articles/ct-02-nocutnews.txt", None),  # '오늘의 기자' in the site's menu
        ("set-ie/articles/ie-02-onetoonenews.txt", None),  # '관리자 기자 pub9992@daum.net'
        ("set-jm/articles/jm-07-donga.txt", None),  # the page cut off after '최근에'
        # cut off after '전북은' (the gold's 최명국 is printed only in a photo's credit)
        ("set-jr/articles/jr-07-nocutnews.txt", None),
    ],
)
def test_real_pages(path: str, reporter: str | None) -> None:
    record = next(r for r in iter_records([str(EXTRA / path)]) if isinstance(r, InputRecord))
    assert clean(record, load_reference()).meta.reporter == reporter
