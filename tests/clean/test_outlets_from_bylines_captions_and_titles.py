"""Where a page names its outlet that the reading missed before 0.93.0: a desk's place before a box-drawing bar, a
writer with a post for a title, a list bullet before the byline, a known reporter's own dateline below the lead, an
interview named in a photo caption, and a known outlet after a slash at the end of the title; and a photo credit
whose last word ends like an outlet's name is no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.clean.header import strip_dateline
from tracker.clean.outlets import outlet_name
from tracker.read import InputRecord, iter_records
from tracker.reference import load_reference

EXTRA = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


def test_a_desk_place_before_a_box_drawing_bar() -> None:
    # set-ce ce-08 (sportsseoul)
    rest, told = strip_dateline("[인천│스포츠서울 장관섭기자] 인천 강화군은 지난 29일 …")
    assert (told.outlet, told.reporter, told.place) == ("스포츠서울", "장관섭", "인천")
    assert rest.startswith("인천 강화군은")


def test_a_writer_with_a_post_for_a_title() -> None:
    # set-jk jk-06 (tvseoul)
    rest, told = strip_dateline("[TV서울=심현주 서울1본부장] 서울 송파구(구청장 서강석)는 …")
    assert (told.outlet, told.reporter) == ("TV서울", "심현주")
    assert rest.startswith("서울 송파구")


def test_an_outlet_then_a_reporter_with_his_desk_in_brackets() -> None:
    # set-pm pm-09 (ajunews, 0.110.0): the desk after the name; without it the same line was read before
    rest, told = strip_dateline("아주경제 윤정훈(제주) 기자 = 원희룡 제주도지사가 전기차 대중화를 위해 앞장서겠다고 발표했다.")
    assert (told.outlet, told.reporter) == ("아주경제", "윤정훈")
    assert rest.startswith("원희룡 제주도지사가")
    rest, told = strip_dateline("아주경제 윤정훈 기자 = 원희룡 제주도지사가 앞장서겠다고 발표했다.")
    assert (told.outlet, told.reporter) == ("아주경제", "윤정훈")


def test_a_byline_in_curly_braces() -> None:
    # set-pl pl-09 (fmtv, 0.110.0): braces around a byline mean what square brackets mean; other braces stay
    told = strip_dateline("{FMTV 표준방송 수도권 박상복 기자}")[1]
    assert told.reporter == "박상복"
    rest, told = strip_dateline('{"title": "강서구 기자 간담회"}')
    assert (rest, told.reporter, told.outlet) == ('{"title": "강서구 기자 간담회"}', None, None)


def test_a_list_bullet_before_the_byline() -> None:
    # set-jt jt-07 (news1)
    told = strip_dateline("• (속초=뉴스1) 고재교 기자 = 이병선 속초시장은 …")[1]
    assert (told.outlet, told.reporter) == ("뉴스1", "고재교")


def test_a_photo_credit_is_no_outlet() -> None:
    # set-cy cy-03 (ifm): '강화군청(사진=경인방송 DB)' alone on its line, twice, below the title
    assert outlet_name("강화군청(사진=경인방송 DB)") is None
    assert outlet_name("경인방송 DB") == "경인방송"


@pytest.mark.parametrize(
    ("path", "outlet", "reporter"),
    [
        ("set-cy/articles/cy-03-ifm.txt", "경인방송", None),  # from the copyright notice
        # the reporter's own dateline below an auto-summary, the reporter known from the byline above it
        ("set-kj/articles/kj-05-news1.txt", "뉴스1", "신관호"),
        # '… 25일 동아일보와 인터뷰에서 “…”고 말했다. 대구 달서구 제공': the interview, named in a photo caption
        ("set-hq/articles/hq-06-donga.txt", "동아일보", None),
        ("set-fm/articles/fm-08-sportsdonga.txt", "스포츠동아", None),  # '… 스포츠동아와의 인터뷰에서 …'
        ("set-jk/articles/jk-02-ytn.txt", "YTN", None),  # the title's tail '… 충돌? / YTN'
    ],
)
def test_real_pages(path: str, outlet: str, reporter: str | None) -> None:
    record = next(r for r in iter_records([str(EXTRA / path)]) if isinstance(r, InputRecord))
    meta = clean(record, load_reference()).meta
    assert meta.outlet == outlet
    if reporter is not None:
        assert meta.reporter == reporter
