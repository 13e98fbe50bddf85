"""Records saved from data files with their fields above the text (0.95.0), as the GitHub-file sets set-ns … nv hold
them: a feed item's title and RFC 2822 date above its markup, a database row's 'RR/MM/DD' date above its title.
Their first blind run (0.93.0) missed the publication date of 10 of 27 texts and dated 40% of the claims right."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.clean.dates import is_date_line, parse_published
from tracker.read import InputRecord, iter_records
from tracker.reference import load_reference

EXTRA = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


def test_an_rfc_2822_date() -> None:
    when, precision = parse_published("Tue, 17 Jun 2025 20:00:00 +0000")
    assert when.isoformat() == "2025-06-18T05:00:00+09:00"  # a feed's UTC time, in Seoul
    assert precision == "second"
    assert is_date_line("Wed, 22 Jan 2025 07:21:21 GMT")
    assert parse_published("Wed, 22 Jan 2025 07:21:21 GMT")[0].isoformat() == "2025-01-22T16:21:21+09:00"
    # a Korean-style date in the same text comes first, as before
    assert parse_published("입력 2024-03-07 10:00 (Thu, 07 Mar 2024 01:00:00 +0000)")[0].hour == 10
    assert not is_date_line("Tue, 17 Jun 2025 20:00:00 +0000 기사 보기")


@pytest.mark.parametrize(
    ("path", "headline", "published"),
    [
        # a feed item: title line, RFC 2822 date line, then the article's markup (html)
        (
            "set-nv/articles/nv-01-chosun-jincheon.html",
            "[단독] 의사·약사·영양사 총동원한 진천 통합 돌봄팀",
            "2025-06-18T05:00:00+09:00",
        ),
        (
            "set-nv/articles/nv-03-chosun-incheon.html",
            "인천, 내년부터 아이 낳으면 대중교통비 최대 70% 환급",
            "2024-10-25T01:32:51+09:00",
        ),
        # a database row: its 'RR/MM/DD' date first, then the title and the body (text)
        (
            "set-nt/articles/nt-04-geumcheon.txt",
            "“현직자와 취업 상담해요”…금천구 직무부트캠프 눈길",
            "2021-10-16T00:00:00+09:00",
        ),
        (
            "set-nt/articles/nt-05-taean.txt",
            "태안군, ‘드론 자격증’ 교육과정 인기",
            "2021-10-16T00:00:00+09:00",
        ),
    ],
)
def test_real_records(path: str, headline: str, published: str) -> None:
    record = next(r for r in iter_records([str(EXTRA / path)]) if isinstance(r, InputRecord))
    meta = clean(record, load_reference()).meta
    assert meta.headline == headline
    assert meta.published_at is not None and meta.published_at.isoformat() == published


def test_plain_lines_before_markup_stay_lines() -> None:
    # constructed: a record's title and date above a fragment; HTML would run them into one line with the body
    text = "대구시, 스마트시티 조성 박차\n2018-03-13 10:20\n<div><p>대구시는 스마트시티를 조성한다고 13일 밝혔다.</p></div>"
    meta = clean(InputRecord("<t>.html", text.encode(), text, "html"), load_reference()).meta
    assert meta.headline == "대구시, 스마트시티 조성 박차"
    assert meta.published_at is not None and meta.published_at.isoformat() == "2018-03-13T10:20:00+09:00"
