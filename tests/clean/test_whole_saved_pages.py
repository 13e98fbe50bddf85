"""0.98.0, whole saved pages (set-ol: a news aggregator's dumps of local governments' press pages, head to footer):
the time of the day comes from the page's own date row, a board that sets its article in a table is read with its
view table when the page's text holds only menus, and the 공공누리 licence notice is no story line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.clean.html import _timed_day
from tracker.clean.lines import footer_line
from tracker.read import InputRecord, iter_records
from tracker.reference import load_reference

PAGES = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora" / "set-ol" / "articles"


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _clean(name: str, reference):
    (record,) = list(iter_records([str(PAGES / name)]))
    assert isinstance(record, InputRecord) and record.format == "html"
    return clean(record, reference)


@pytest.mark.parametrize(
    ("name", "published"),
    [
        (
            "ol-01-gwangju.html",
            "2025-12-05T17:09:00+09:00",
        ),  # trafilatura: '2025-12-05'; the date row: '… 17:09'
        ("ol-02-shinan.html", "2025-12-12T17:44:00+09:00"),
        ("ol-03-naju.html", "2025-12-05T16:40:00+09:00"),
    ],
)
def test_the_time_of_day_from_the_pages_date_row(reference, name: str, published: str) -> None:
    meta = _clean(name, reference).meta
    assert meta.published_at is not None and meta.published_at.isoformat() == published


def test_a_board_that_sets_its_article_in_a_table(reference) -> None:
    # ol-02: trafilatura returned the menu, each item with the site's slogan under it; the board's view table
    # (번호, 등록부서, 등록일, 제목, 내용 rows) holds the release
    article = _clean("ol-02-shinan.html", reference)
    assert article.meta.headline == (
        '신안군, 의료·요양·돌봄 통합지원 시범사업 통합지원회의 개최.."통합지원계획 검토 및 서비스 연계 방안 집중 논의"'
    )
    assert article.text.startswith("신안군은 12월 12일 신안군보건소 회의실에서")
    assert "신안군은 12월 12일 신안군보건소 회의실에서" in article.text
    assert "희망이 샘솟는 신안" not in article.text
    assert "공공누리" not in article.text  # the licence notice under the release
    assert article.meta.jurisdiction_code == "46910"


def test_timed_days() -> None:
    # constructed
    lines = ("작성일 2025-12-05 17:09", "다른 글 2025-12-04 09:00")
    assert _timed_day("2025-12-05", lines) == "2025-12-05 17:09"
    # two times for the day (another item's row): none is taken
    assert _timed_day("2025-12-05", (*lines, "관련 글 2025.12.05 08:51")) is None
    assert _timed_day("2025-12-05T10:00:00", lines) is None  # a time already given stays


def test_the_public_licence_notice_is_a_footer() -> None:
    line = '신안군청이 창작한 신안군, 통합지원회의 개최 저작물은 공공누리 "출처표시" 조건에 따라 이용할 수 있습니다.'
    assert footer_line(line) == (True, footer_line(line)[1]) and footer_line(line)[1].outlet is None
    assert not footer_line("군은 공공누리 사업을 확대한다고 밝혔다.")[
        0
    ]  # constructed: a sentence about it stays
