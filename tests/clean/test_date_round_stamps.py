"""The date round of 0.25.0, cleaning side: a publication stamp with a clock time in the page's first or last
lines, read when no labelled date line, stored date or title date gives the day. Lines are the real ones of
the development sets named beside them, unless marked constructed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.clean.dates import stamped_date
from tracker.read import iter_records
from tracker.reference import load_reference

SETS = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        # set-ao ao-08 (jjyhnews): a weekday between the date and the time
        ("2024.11.07 (목) 10:16:52 최종편집 : 2024.11.07 (목) 10:16:52", "2024.11.07 (목) 10:16:52"),
        ("/ 2016-02-16 16:32:37", "2016-02-16 16:32:37"),  # set-aq aq-06 (ctjournal)
        # set-z z-04 (lghellovision): after the title, the section and the byline on one line
        (
            "부산대개조, 부산의 몸통 '원도심'에 달렸다 구분자치행정(차선영 기자) 2019.09.04 19:23:04",
            "2019.09.04 19:23:04",
        ),
    ],
)
def test_a_date_with_its_time_is_a_stamp(line: str, stamp: str) -> None:
    assert stamped_date(["", line, ""]) == stamp


@pytest.mark.parametrize(
    "line",
    [
        "UPDATE 2025-11-10 06:37 (Mon)",  # set-n n-09 (mjjan): the site's clock, not the story's day
        # set-ci ci-01 (newspim): a photo caption's date and the photographer's e-mail
        "부산청년잡 성장카페 3호점 내부 전경 [사진=부산시] 2025.04.07 14:20 user@newspim.com |",  # constructed time
        "2024.07.23 (화)",  # set-ay ay-04 (kgnews): the site's today-bar, no time
    ],
)
def test_site_clocks_captions_and_bare_dates_are_no_stamp(line: str) -> None:
    assert stamped_date([line]) is None


def test_only_the_first_and_last_lines_are_read() -> None:  # constructed
    lines = ["제목"] + [f"{k}번째 문장이다." for k in range(20)] + ["행사는 2024.05.01 14:00에 열린다."]
    lines += [f"{k}번째 꼬리 문장이다." for k in range(10)]
    assert stamped_date(lines) is None


@pytest.mark.parametrize(
    ("path", "published"),
    [
        ("set-ao/articles/ao-08-jjyhnews.txt", "2024-11-07T10:16:52+09:00"),
        ("set-aq/articles/aq-06-ctjournal.txt", "2016-02-16T16:32:37+09:00"),
        ("set-z/articles/z-04-lghellovision.txt", "2019-09-04T19:23:04+09:00"),
    ],
)
def test_stamp_dates_the_article(path: str, published: str) -> None:
    article = clean(next(iter_records([str(SETS / path)])), load_reference())
    assert article.meta.published_at is not None
    assert article.meta.published_at.isoformat() == published


def test_the_title_date_wins_over_a_stamp() -> None:
    # set-bc bc-01 (sidaeilbo): the site's clock above the title, the story's day after it
    article = clean(next(iter_records([str(SETS / "set-bc/articles/bc-01-sidaeilbo.txt")])), load_reference())
    assert article.meta.published_at is not None
    assert article.meta.published_at.date().isoformat() == "2018-07-12"
