"""Publication dates as Korean news sites print them."""

from __future__ import annotations

from datetime import datetime

import pytest

from tracker.clean.dates import SEOUL, is_date_line, labelled_date, parse_published


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
        ("기사입력 2019-05-06 07:08:09", datetime(2019, 5, 6, 7, 8, 9), "second"),  # constructed: seconds
        ("입력 2019 05 06 07:08", datetime(2019, 5, 6, 7, 8), "minute"),  # constructed: spaces
        ("작성일19-05-06 07:08", datetime(2019, 5, 6, 7, 8), "minute"),  # constructed: 2-digit year, glued
        ("등록 19.05.06", datetime(2019, 5, 6), "day"),  # constructed: 2-digit year after a label
        ("2019년 5월 6일 월요일 제3면", datetime(2019, 5, 6), "day"),  # constructed: print edition
        ("송고시간2019-05-06 07:08", datetime(2019, 5, 6, 7, 8), "minute"),  # constructed
        ("date 2019-05-06", datetime(2019, 5, 6), "day"),  # constructed: a page store's date field
    ],
)
def test_parse_published(text: str, expected: datetime, precision: str) -> None:
    assert parse_published(text) == (expected.replace(tzinfo=SEOUL), precision)


@pytest.mark.parametrize(
    "text",
    [
        "2020.13.01",
        "연평균 14.5%(5.8)",
        "3375억원이 투자됐고",
        "",
        "19-05-06",
        "회의 21.04.19",
    ],  # no label: no 2-digit year
)
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
        ("입력 2019 05 06 07:08", True),  # constructed
        ("작성일19-05-06 07:08", True),  # constructed
        ("기사입력 2019-05-06 07:08:09", True),  # constructed
        ("2019년 5월 6일 월요일 제3면", True),  # constructed
        ("2019년 5월 6일 월요일 개막한다.", False),  # constructed
        ("19-05-06 07:08", False),  # constructed: a 2-digit year needs a label
        ("수정 2019 05 06 07:08", False),  # constructed: the last edit is not the publication
    ],
)
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("작성자 관리자 작성일19-05-06 07:08 조회 1,234회 댓글0건", "작성일19-05-06 07:08"),  # constructed
        ("홍길동 | 입력 2019.05.06 07:08 | 댓글 0", "입력 2019.05.06 07:08"),  # constructed
        ("시는 2019년 5월 6일 협약을 맺었다.", None),  # constructed: an unlabelled date in a sentence
        ("작성자 관리자 조회 12회", None),  # constructed
    ],
)
def test_labelled_date(line: str, expected: str | None) -> None:
    assert labelled_date(line) == expected
