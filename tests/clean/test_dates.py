"""Publication dates as Korean news sites print them."""

from __future__ import annotations

from datetime import datetime

import pytest

from tracker.clean.dates import SEOUL, is_date_line, parse_published


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("박성원 기자 | 기사입력 2018/03/13 [18:29]", datetime(2018, 3, 13, 18, 29), "minute"),
        ("2026-01-29 10:34:03", datetime(2026, 1, 29, 10, 34, 3), "second"),
        ("2018.11.26", datetime(2018, 11, 26), "day"),
        ("2023. 08. 23", datetime(2023, 8, 23), "day"),
        ("작성일 : 2019-11-24", datetime(2019, 11, 24), "day"),
        ("입력 2021-03-12 09:30", datetime(2021, 3, 12, 9, 30), "minute"),
        ("2024.03.07. chocrystal@newsis.com", datetime(2024, 3, 7), "day"),
        ("2021년 3월 12일 오후 2:05", datetime(2021, 3, 12, 14, 5), "minute"),
        ("2021-03-12T00:30:00Z", datetime(2021, 3, 12, 9, 30), "second"),
        ("2020년 03월 04일 (수) 18:00:00", datetime(2020, 3, 4, 18, 0), "second"),  # constructed: weekday
        ("승인 2020.03.04 18:00", datetime(2020, 3, 4, 18, 0), "minute"),  # constructed
    ],
)
def test_parse_published(text: str, expected: datetime, precision: str) -> None:
    assert parse_published(text) == (expected.replace(tzinfo=SEOUL), precision)


@pytest.mark.parametrize("text", ["2020.13.01", "연평균 14.5%(5.8)", "3375억원이 투자됐고", ""])
def test_no_date(text: str) -> None:
    assert parse_published(text) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2018.11.26", True),
        ("작성일: 2019.11.24", True),
        ("입력 2021.03.12 09:30 | 수정 2021.03.12 10:00", True),
        ("2021-03-12 09:30", True),
        ("2019년 9월부터 운영되고 있다.", False),
        ("박성원 기자 | 기사입력 2018/03/13 [18:29]", False),
    ],
)
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected
