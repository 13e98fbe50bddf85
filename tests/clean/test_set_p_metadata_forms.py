"""Metadata forms met in the blind set p: a date bar without a year above the title ('05.14 (화)'), a
photo caption whose credit is written `/사진=광주시`, and a bracketed outlet byline glued to the last
sentence. All texts are constructed (`# constructed`); none is copied from an article."""

from __future__ import annotations

from tracker.clean.captions import is_caption_line
from tracker.clean.header import headline_like
from tracker.clean.lines import strip_trailing_byline

from .pages import BODY, BODY2
from .pages import clean_page as _clean


def test_date_bar_without_a_year_is_not_the_headline() -> None:
    assert not headline_like("05.14 (화)")
    article = _clean(f"05.14 (화)\n\n부산시, 청년 일자리 확대\n\n{BODY}\n\n{BODY2}")  # constructed
    assert article.meta.headline == "부산시, 청년 일자리 확대"
    assert article.meta.published_at is None  # the bar has no year: it dates nothing
    assert article.text.startswith(BODY)


def test_a_weekday_in_a_real_title_keeps_it_a_title() -> None:
    assert headline_like("부산시, 14일(화) 청년 일자리 박람회 연다")  # constructed


def test_caption_with_an_equals_credit_is_a_caption_not_the_headline() -> None:
    caption = "김철수 가나시장이 24일 시청에서 열린 공유회에 참석해 미래 구상을 밝히고 있다./사진=가나시"  # constructed
    assert is_caption_line(caption)
    assert not headline_like(caption)
    article = _clean(f"{caption}\n{BODY}\n{BODY2}")  # constructed
    assert article.meta.headline is None
    assert caption not in article.text


def test_bracketed_outlet_byline_glued_to_the_last_sentence() -> None:
    line, found = strip_trailing_byline(
        "수소시범도시 조성 등을 소개했다. [가나포스트 홍길동 기자]"
    )  # constructed
    assert (line, found.reporter, found.outlet) == (
        "수소시범도시 조성 등을 소개했다.",
        "홍길동",
        "가나포스트",
    )
    # constructed: brackets inside a sentence are not a byline
    assert strip_trailing_byline("[가나포스트 홍길동 기자] 부산시는 6일 밝혔다.")[1].reporter is None
