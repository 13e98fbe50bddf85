"""Metadata round 10: a slogan and the holder's name before an English copyright notice, a bracketed name vouched
for by the byline after it, an outlet with an aside before its reporter's bar, bylines opened by 'by' or with
their fields between bars, and a broadcast script's turn marks in lenticular brackets. Lines are the real ones
of the development sets named beside them (sets dk … dr, read after their judgements)."""

from __future__ import annotations

from tracker.clean.header import strip_dateline
from tracker.clean.lines import copyright_outlet, footer_line
from tracker.clean.text import clean_lines


def test_a_slogan_then_the_holder_before_an_english_notice() -> None:
    # set-cl cl-09, set-dc dc-04, set-dm dm-06 (hankookilbo): the page's last line, below the closing byline
    line = "세상을 보는 균형, 한국일보 Copyright © Hankookilbo"
    assert copyright_outlet(line) == "한국일보"
    _, found = clean_lines(["동작구, 충전소 확대", "", "동작구는 충전소를 늘린다고 밝혔다.", "", "김현우 기자", line])
    assert found.footer_outlet == "한국일보" and line not in found.captions


def test_a_bracketed_name_before_a_byline_is_the_outlet() -> None:
    # set-dn dn-04 (thefairnews)
    rest, found = strip_dateline("[더페어] 오주진 기자 = 당진시(시장 오성환)는 지난 17일")
    assert (found.outlet, found.reporter, rest) == ("더페어", "오주진", "당진시(시장 오성환)는 지난 17일")
    # constructed: a place or a section label in the bracket is no outlet
    assert strip_dateline("[단독] 홍길동 기자 = 대구시는")[1].outlet is None
    assert strip_dateline("[대구] 홍길동 기자 = 대구시는")[1].outlet is None


def test_an_outlet_with_an_aside_before_its_reporters_bar() -> None:
    # set-dn dn-08 (dailyan)
    rest, found = strip_dateline("데일리연합(월간, 한국뉴스신문) 양평호 기자 | 완주군(군수 박성일)은 관외")
    assert (found.outlet, found.reporter, rest) == ("데일리연합", "양평호", "완주군(군수 박성일)은 관외")


def test_bylines_opened_by_by_or_barred() -> None:
    # set-dm dm-02 (newsprime), set-dr dr-08 (sgfocus)
    drop, found = footer_line("김진호 기자 | kjh@newsprime.co.kr | 2023.07.13 18:50:17")
    assert drop and (found.reporter, found.published) == ("김진호", "2023.07.13 18:50:17")
    drop, found = footer_line("by 이보람 기자 shr5525@hanmail.net 2020.01.03")
    assert drop and (found.reporter, found.published) == ("이보람", "2020.01.03")


def test_a_scripts_turn_marks_name_no_desk() -> None:
    # set-dn dn-09 (mbn)
    assert strip_dateline("【 앵커멘트 】")[1].outlet is None
    assert strip_dateline("【 기자 】")[1].outlet is None


def test_a_byline_with_the_web_time_and_the_print_date() -> None:
    # set-dt dt-02 and set-cz cz-05 (kyeonggi): the web page's approval time is the publication, not the print date
    line = "오세광 기자 sk816@kyeonggi.com 노출승인 2018년 07월 11일 18:47     발행일 2018년 07월 12일 목요일     제12면"
    drop, found = footer_line(line)
    assert drop and (found.reporter, found.published) == ("오세광", "2018년 07월 11일 18:47")
