"""A story's last edit dates it when nothing else does (`수정: 2021.05.07 01:12` alone under the title, set-pf
pf-01); a site's edition bar (`• 최종편집 2024-04-29(월)`, set-ce ce-06) never does."""

from __future__ import annotations

from datetime import datetime

from tracker.clean import clean
from tracker.clean.dates import SEOUL
from tracker.reference import load_reference

from .pages import BODY, BODY2, clean_page, extra_record


def test_the_last_edit_dates_a_page_that_prints_no_other_date() -> None:
    meta = clean(extra_record("set-pf/articles/pf-01-seoul.txt"), load_reference()).meta
    assert meta.published_at == datetime(2021, 5, 7, 1, 12, tzinfo=SEOUL)


def test_an_edition_bar_and_a_later_publication_date() -> None:
    assert clean_page(f"• 최종편집 2024-04-29(월)\n\n{BODY}\n\n{BODY2}").meta.published_at is None  # constructed
    # constructed: the publication date wins over the edit wherever the page prints it
    page = f"부산시, 청년 일자리 사업 확대\n\n수정: 2021.05.08 09:30\n\n입력: 2021.05.07 01:12\n\n{BODY}\n\n{BODY2}"
    assert clean_page(page).meta.published_at == datetime(2021, 5, 7, 1, 12, tzinfo=SEOUL)
