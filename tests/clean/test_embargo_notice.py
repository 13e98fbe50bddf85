"""An embargoed release's notice above the story (0.120.0): its lines are no title and no body, and the time it
lets the story out is the publication time where the page prints none of its own. Pipeline scorer, 3,966
development articles: BLIND date 0.9471 -> 0.9482, headline +0.0007, published +0.0007 (set-lj lj-02, the only
such page); nothing else changed."""

from __future__ import annotations

from tracker.clean import clean
from tracker.reference import load_reference

from .pages import BODY, clean_page, extra_record

NOTICE = (
    "<이 기사는 2024년 05월 27일 18시 00분 전에는 제작 목적 외의 용도, 특히 인터넷(포털사이트, 홈페이지 등)에 "
    "노출해서는 안됩니다.\n\n엠바고 파기시 전적으로 귀사에 책임이 있습니다.\n\n>\n"
)


def test_embargoed_release_is_dated_by_its_notice_and_keeps_its_title() -> None:
    article = clean(extra_record("set-lj/articles/lj-02-hankyung.txt"), load_reference())
    assert article.meta.headline == "전남공공산후조리원 5호점 순천에 개원"
    assert article.meta.published_at is not None
    assert article.meta.published_at.date().isoformat() == "2024-05-27"
    assert article.text.startswith("전남도는 27일 순천 현대여성아동병원에서")
    assert "엠바고" not in article.text


def test_a_date_the_page_prints_wins_over_the_notice() -> None:
    # constructed: the notice, a title, the page's own date line and a body
    article = clean_page(NOTICE + "부산시, 청년 일자리 사업 확대\n입력 2024.05.28 09:30\n" + BODY)
    assert article.meta.headline == "부산시, 청년 일자리 사업 확대"
    assert article.meta.published_at is not None
    assert article.meta.published_at.isoformat() == "2024-05-28T09:30:00+09:00"
