"""Outlets of 0.113.0: a site's name in lower-case Latin letters as a page's first line, above the title and its date
line ('ndaily', 'odigital': six development golds name it the outlet), and a news desk's sign-off ('서울앤 취재팀
편집': five golds). Reporters of 0.114.0: a name and an e-mail with the story's date after them
('구정민 koo@kado.net 2019년 10월 22일 화요일 15 면')."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.clean.lines import footer_line, strip_trailing_byline
from tracker.clean.text import clean_lines
from tracker.read import iter_records
from tracker.reference import load_reference

SETS = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


@pytest.mark.parametrize(
    ("path", "outlet"),
    [
        ("set-fm/articles/fm-09-ndaily.txt", "ndaily"),
        ("set-lr/articles/lr-05-odigital.txt", "odigital"),
        ("set-q/articles/q-08-newsis.txt", "뉴시스"),  # a site the table knows by its domain: the table's name
        ("set-ay/articles/ay-03-seouland.txt", "서울앤"),
        ("set-do/articles/do-04-seouland.txt", "서울앤"),
    ],
)
def test_outlets_of_real_pages(path: str, outlet: str) -> None:
    reference = load_reference()
    article = clean(next(iter_records([str(SETS / path)])), reference)
    assert article.meta.outlet == outlet
    assert "취재팀 편집" not in article.text


def test_a_site_name_line_needs_the_title_and_a_date_line_below() -> None:  # constructed
    title = "창원시, 전략산업 흔들림없이 추진한다"
    body = "창원시는 16일 전략산업을 흔들림없이 추진하겠다고 밝혔다."
    assert clean_lines(["ndaily", "", title, "기사 작성일 : 2024-12-16 18:01:22", "", body])[1].outlet == "ndaily"
    # a button in capitals, or no date line under the title: no outlet
    assert clean_lines(["NEWS", "", title, "기사 작성일 : 2024-12-16 18:01:22", "", body])[1].outlet is None
    assert clean_lines(["ndaily", "", title, "", body])[1].outlet is None


def test_a_desk_sign_off_after_the_last_sentence() -> None:
    # set-ay ay-03 (seouland.co.kr)
    line = "오승록 노원구청장은 “…집중하겠다”고 말했다. 서울앤 취재팀 편집"
    rest, told = strip_trailing_byline(line)
    assert rest == "오승록 노원구청장은 “…집중하겠다”고 말했다."
    assert told.footer_outlet == "서울앤"
    # constructed: a sentence about a desk keeps its words
    assert strip_trailing_byline("구는 취재팀 편집 방식을 바꿨다.")[0] == "구는 취재팀 편집 방식을 바꿨다."


@pytest.mark.parametrize(
    ("path", "reporter"),
    [
        ("set-nh/articles/nh-07-kado.txt", "구정민"),
        ("set-or/articles/or-06-joongboo.txt", "김대성"),
        ("set-ls/articles/ls-07-seochotimes.txt", "황상윤"),
    ],
)
def test_a_name_and_an_e_mail_with_the_date_after_them(path: str, reporter: str) -> None:
    reference = load_reference()
    assert clean(next(iter_records([str(SETS / path)])), reference).meta.reporter == reporter


def test_a_desk_and_an_e_mail_with_a_date_name_no_reporter() -> None:  # constructed
    assert footer_line("편집국 bukbu3000@naver.com 2020.01.01")[1].reporter is None
    dropped, told = footer_line("구정민 koo@kado.net 2019년 10월 22일 화요일 15 면")
    assert dropped and told.reporter == "구정민" and told.published == "2019년 10월 22일 화요일 15 면"


def test_a_desk_place_before_the_name_and_e_mail() -> None:
    # '양구/박수혁 ftas@kado.net' closing a 강원도민일보 story (set-mf mf-09, 0.120.0): the place is no part of the name
    article = clean(next(iter_records([str(SETS / "set-mf/articles/mf-09-kado.txt")])), load_reference())
    assert article.meta.reporter == "박수혁"
    assert footer_line("양구=박수혁 ftas@kado.net")[1].reporter == "박수혁"  # constructed


def test_bylines_after_the_last_sentence_with_a_slash_or_a_desk() -> None:
    # real bylines (0.120.0): '…”고 말했다./장병운 기자' (set-oi oi-08), '호남취재본부 표영길 pyo7480@asiae.co.kr'
    # (set-pu pu-07); a photo credit after the last sentence names the photographer, no reporter
    assert strip_trailing_byline("… 발굴하겠다”고 말했다./장병운 기자")[1].reporter == "장병운"
    assert footer_line("호남취재본부 표영길 pyo7480@asiae.co.kr")[1].reporter == "표영길"
    assert strip_trailing_byline("“… 성과”라고 추켜세웠다. /사진=송의주 기자")[1].reporter is None
    assert strip_trailing_byline("… 밝혔다. 사진=윤상홍 기자")[1].reporter is None
