"""Byline brackets and copyright notices of the development sets' outlet misses (0.91.0): a bracket padded on one
side only, a spaced dash between the outlet and the reporter, an outlet name of two words before '=', and a notice
between dashes that says 'Copyrights'."""

from __future__ import annotations

from tracker.clean.header import strip_dateline
from tracker.clean.lines import copyright_line, copyright_outlet


def test_a_bracket_padded_on_one_side_with_a_dash_before_the_reporter() -> None:
    # set-lz lz-05 (newstong.com)
    rest, told = strip_dateline("[뉴스통 - 김광열 기자 ] 우리나라 석탄화력발전소 58기 중 28기가 …")
    assert (told.outlet, told.reporter) == ("뉴스통", "김광열")
    assert rest.startswith("우리나라")
    # padded on both sides, as before (set-lh lh-08)
    rest, told = strip_dateline("[ 경인방송 = 구대서 기자 ] 이재명 경기지사가 …")
    assert (told.outlet, told.reporter) == ("경인방송", "구대서")
    assert rest.startswith("이재명")


def test_a_second_word_before_the_equals_sign_that_names_no_place() -> None:
    # set-mz mz-08 (tmedia): '더 미디어' is the outlet's whole name
    rest, told = strip_dateline("[더 미디어=박보현기자] 2024.01.22 10:19")
    assert (told.outlet, told.reporter, told.place) == ("더 미디어", "박보현", None)
    assert rest == "2024.01.22 10:19"
    # set-bx bx-02: the same shape
    assert strip_dateline("[코리아 이슈저널=홍길동 기자] 본문")[1].outlet == "코리아 이슈저널"
    # set-db db-04: the first word is the desk's place, the second the outlet
    told = strip_dateline("[대전 뉴스밴드=홍길동 기자] 본문")[1]
    assert (told.outlet, told.place) == ("뉴스밴드", "대전")
    # a known outlet, then its desk's place, as before
    told = strip_dateline("[천지일보 연천=손정수 기자] 연천군은 …")[1]
    assert (told.outlet, told.place) == ("천지일보", "연천")


def test_a_copyright_notice_between_dashes() -> None:
    # set-mw mw-03 (kimcheonnews)
    line = "- Copyrights ⓒ김천신문. 무단 전재 및 재배포 금지 -"
    assert copyright_line(line)
    assert copyright_outlet(line) == "김천신문"
    assert copyright_outlet("Copyrights ⓒ김천신문. 무단 전재 및 재배포 금지") == "김천신문"
