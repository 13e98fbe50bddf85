"""Date round 4 (0.63.0), cleaning side: a page's own date field in a form no labelled reader knows, read as the
weakest publication date where nothing else dates the article. Lines are the real ones of the development sets
named beside them, unless marked constructed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.clean.dates import stamped_date
from tracker.read import iter_records
from tracker.reference import load_reference

SETS = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("2024-11-18     인천/ 맹창수기자", "2024-11-18     인천/ 맹창수기자"),  # set-ho ho-01 (jeonmae)
        ("연합뉴스2018-04-29", "2018-04-29"),  # set-ig ig-01 (yonhap)
        # set-dc dc-08 (kado): the byline with the e-mail, the date and the print page
        ("이세훈 sehoon@kado.net 2019년 09월 21일 토요일 3 면", "2019년 09월 21일 토요일 3 면"),
        (
            "'조선업 불황' 동구..\"추가 지원책 강구\"   [ubc프라임뉴스 2019/11/21]",
            "2019/11/21]",
        ),  # set-hi hi-07
        # set-ii ii-01 (yonhap): the copyright line with the sending time in Korean units
        (
            "제보는 카카오톡 okjebo <저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지> 2026년02월04일 09시42분 송고",
            "2026년02월04일 09시42분 송고",
        ),
    ],
)
def test_a_date_field_is_read(line: str, field: str) -> None:
    assert stamped_date(["", line, ""]) == field


@pytest.mark.parametrize(
    "line",
    [
        "2024.07.23 (화)",  # set-ay ay-04 (kgnews): the site's today-bar
        "• 최종편집 2024-04-29(월)",  # set-ce ce-06 (maeilnews): the last edit (the site's clock here)
        "전북 익산시가 올해 추진하는 청년비전(익산시 제공) 2025.1.7/뉴스1",  # set-dv dv-07: a photo's credit
        # set-cu cu-04 (newscj): a caption, its sentence and the photographer's mark
        "홍미영 부평구청장이 22일 인천시청에서 기자회견을 열고 ‘미세먼지 저감대책’에 대해 발표하고 있다. ⓒ천지일보(뉴스천지) 2018.1.23",
        "![](http://img.yonhapnews.co.kr/etc/inner/KR/2018/12/27/AKR20181227149100063_01_i.jpg)",  # set-az az-05
        "2020년 1월 1일 이후 태어난 신생아부터 이를 적용한다.",  # set-he he-07 (hankyung): a sentence
        "접수 기간 2024.1.2~2024.3.4",  # constructed: a period
    ],
)
def test_clocks_credits_links_sentences_and_periods_are_no_date_field(line: str) -> None:
    assert stamped_date([line]) is None


@pytest.mark.parametrize(
    ("path", "published"),
    [
        ("set-ho/articles/ho-01-jeonmae.txt", "2024-11-18T00:00:00+09:00"),
        ("set-ig/articles/ig-01-yonhap.txt", "2018-04-29T00:00:00+09:00"),
        ("set-ii/articles/ii-01-yonhap.txt", "2026-02-04T09:42:00+09:00"),
        ("set-in/articles/in-06-kado.txt", "2018-07-02T00:00:00+09:00"),
        ("set-dp/articles/dp-01-mediapen.txt", "2022-09-05T16:47:00+09:00"),
    ],
)
def test_the_date_field_dates_the_article(path: str, published: str) -> None:
    article = clean(next(iter_records([str(SETS / path)])), load_reference())
    assert article.meta.published_at is not None
    assert article.meta.published_at.isoformat() == published


def test_an_undated_text_with_a_today_bar_stays_undated() -> None:
    # set-ay ay-04 (kgnews): gold has no publication date; the page prints only the site's today-bar
    article = clean(next(iter_records([str(SETS / "set-ay/articles/ay-04-kgnews.txt")])), load_reference())
    assert article.meta.published_at is None
