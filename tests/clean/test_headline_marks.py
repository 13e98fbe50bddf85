"""Marks around a title that are not part of it: a Markdown heading mark, straight quotes around the whole
title (blind set-ab ab-06; sets p, w). Curly quotes quote someone and stay (sets i, r)."""

from __future__ import annotations

import pytest

from tracker.clean.found import Found
from tracker.clean.meta import build_meta

from .pages import BODY, BODY2, clean_page


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("# 김관영지사 신년 기자회견", "김관영지사 신년 기자회견"),  # constructed, ab-06's shape
        ('"바이오 산업으로 충북 위상 높여야"', "바이오 산업으로 충북 위상 높여야"),  # constructed, w-01's
        ("“기업 찾아드는 꿈의 도시 울산 만들것”", "“기업 찾아드는 꿈의 도시 울산 만들것”"),  # i-03's
        ('김 시장 "청년 일자리 늘린다" 약속', '김 시장 "청년 일자리 늘린다" 약속'),  # a quote inside stays
        ("#해시태그 캠페인 시작", "#해시태그 캠페인 시작"),  # no space after `#`: a hashtag, not a heading
    ],
)
def test_marks_around_the_title(title: str, headline: str) -> None:
    meta = build_meta(Found(headline=title), {}, jurisdiction_code=None)
    assert meta.headline == headline


def test_a_markdown_page_title_loses_its_mark() -> None:
    article = clean_page(f"# 부산시 청년 일자리 사업 확대\n\n{BODY}\n\n{BODY2}")
    assert article.meta.headline == "부산시 청년 일자리 사업 확대"
