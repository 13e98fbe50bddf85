"""Metadata classes of round 6, read off the metadata errors of the reserves that had judged 0.18.0 … 0.20.0
(sets bw … ch): a site byline with the desk's place or co-writers before the date (mt.co.kr, two articles),
breadcrumbs after a location label whatever their words or ending in an arrow, image file names with spaces,
the date and reporter fields on one line, and a wire's menu row."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.clean.lines import footer_line, is_junk
from tracker.read import iter_records
from tracker.reference import load_reference

EXTRA = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


@pytest.mark.parametrize(
    "line",
    [
        "현재위치 : > 비바100 > Welfare(복지서비스) > 정부지원서비스",  # set-bw bw-03 (viva100)
        "사회 >",  # set-cf cf-08 (fnnews)
        "차준택 프로필 사진.jpg",  # set-ce ce-06
        "전체기사 최신뉴스 GAM",  # set-bh bh-08, set-cc cc-02 (newspim)
    ],
)
def test_page_chrome_is_junk(line: str) -> None:
    assert is_junk(line)


@pytest.mark.parametrize(
    "line",
    [
        "시는 청년 정책을 > 확대한다",  # constructed: an arrow inside a sentence
        "구미시, 올해 2조 3000억 투자 유치…경제 재도약 시동",  # set-ch ch-03's title
        "사진으로 보는 청년 정책.",  # constructed: no file extension
    ],
)
def test_titles_and_sentences_are_not_junk(line: str) -> None:
    assert not is_junk(line)


@pytest.mark.parametrize(
    ("line", "reporter", "outlet", "published"),
    [
        ("머니투데이 구미(경북)=심용훈 기자 2023.12.12 14:04", "심용훈", "머니투데이", "2023.12.12 14:04"),
        (
            "머니투데이 기성훈 기자, 김지현 기자 | 2023.04.19 16:10",
            "기성훈",
            "머니투데이",
            "2023.04.19 16:10",
        ),
        ("작성일 : 2020-01-21 18:44 기자 : 이민수", "이민수", None, "2020-01-21 18:44"),  # set-bw bw-08
    ],
)  # set-ch ch-03 and set-cd cd-05 (mt.co.kr)
def test_byline_and_date_lines(line: str, reporter: str, outlet: str | None, published: str) -> None:
    footer, found = footer_line(line)
    assert footer
    assert (found.reporter, found.outlet, found.published) == (reporter, outlet, published)


def test_a_money_today_article_gets_its_date_and_claim_dates() -> None:
    reference = load_reference()
    (record,) = list(iter_records([str(EXTRA / "set-ch/articles/ch-03-mt.txt")]))
    article = clean(record, reference)
    assert article.meta.published_at is not None
    assert article.meta.published_at.isoformat() == "2023-12-12T14:04:00+09:00"
    assert (article.meta.reporter, article.meta.outlet) == ("심용훈", "머니투데이")
