"""Jurisdiction from forms press releases use: a head named with his district's title, the bracketed title
before a head's name, the 특례시 name of a large city."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.clean.jurisdiction import main_jurisdiction
from tracker.reference import Reference, load_reference


@pytest.fixture(scope="module")
def reference() -> Reference:
    return load_reference()


@pytest.mark.parametrize(
    ("body", "day", "code"),
    [
        # set-g g-07 (newsseoul, undated): '서구' is a district of six cities; '강범석 서구청장' names the one
        (
            "또한 서구는 이날 구청장과의 소통 콘서트도 열었다. 강범석 서구청장은 “서구가 발전하는 방안은 "
            "서구민들이 가장 잘 알기 마련”이라고 말했다.",
            None,
            "28260",
        ),
        # set-g g-09 (changwon, undated): the 특례시 name and the bracketed title before the head's name
        (
            "창원특례시(시장 허성무)는 인구청년 정책에 6,734억원을 투입한다고 22일 밝혔다.",
            None,
            "48120",
        ),
        # constructed: the bracketed title alone resolves a shared district name
        ("서구(구청장 강범석)는 주민참여예산 사업을 선정했다.", None, "28260"),
        # set-g g-10 (yeongam, 2026-07-22): 영암군 under 전남광주통합특별시 from 2026-07-01
        (
            "영암군(군수 우승희)이 청년들과 함께 정책을 만들어갈 제4기 청년협의체를 출범했다.",
            date(2026, 7, 22),
            "12800",
        ),
    ],
)
def test_head_forms_of_press_releases(reference: Reference, body: str, day: date | None, code: str) -> None:
    assert main_jurisdiction(reference, body, day=day) == code


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # constructed: a bracketed title with a name the registry does not hold leaves '서구' unresolved
        ("서구(구청장 홍길동)는 주차장을 늘리기로 했다.", date(2023, 5, 1)),
        # constructed: 강범석 was not in office in 2019 (이재현 was), so his name does not pick the district
        ("강범석 서구청장은 주차장을 늘리기로 했다.", date(2019, 5, 1)),
        # constructed: '(시장 ...)' after a company is no head's title
        ("서구 한 업체(시장 점유율 1위)는 주차장을 늘리기로 했다.", date(2023, 5, 1)),
    ],
)
def test_shared_district_name_stays_unresolved_without_its_head(
    reference: Reference, body: str, day: date
) -> None:
    assert main_jurisdiction(reference, body, day=day) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2026-07-22조회수 : 18", True),  # set-g g-10 (yeongam): a board's posting date and its view counter
        ("2019.11.01 조회 1,024회", True),  # constructed
        ("2026-07-22 조회수가 18만 회를 넘었다", False),  # constructed: a sentence, not a counter
    ],
)
def test_date_line_with_view_counter(line: str, expected: bool) -> None:
    from tracker.clean.dates import is_date_line

    assert is_date_line(line) is expected


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("경남도는 청년 일자리 사업을 확대한다고 밝혔다.", "48"),  # constructed: a province as papers name it
        ("충북도가 청년 일자리 사업을 확대한다.", "43"),  # constructed
        ("강남구청은 주차장을 늘리기로 했다.", "11680"),  # constructed: the district's office is the district
        ("창원시청 관계자는 사업을 확대한다고 밝혔다.", "48120"),  # constructed
        # constructed: 청년 (young people) and 청소년 (youth), not the city hall: the agency's name is weaker evidence
        # than the other city named as itself (as the office, named first, it would win); alone, an agency names its
        # government (0.104.0, test_jurisdiction.py)
        ("고양시청년센터는 파주시와 협약을 맺었다.", "41480"),
        ("대구시청소년수련관은 경산시와 협약을 맺었다.", "47290"),
    ],
)
def test_province_short_forms_and_government_offices(
    reference: Reference, body: str, code: str | None
) -> None:
    assert main_jurisdiction(reference, body, day=date(2023, 5, 1)) == code


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("보도일시 2020. 3. 4.(수) 11:00", True),  # constructed: a government press release's release day
        ("날짜 2020-03-04", True),  # constructed: a board field
        ("[2020-03-04 18:00]", True),  # constructed: the date line in brackets
        ("보도자료 2020-03-04 배포", False),  # constructed: more than a date
        ("언론 보도 2년 만에 결실", False),  # constructed: a title with '보도'
    ],
)
def test_more_date_labels(line: str, expected: bool) -> None:
    from tracker.clean.dates import is_date_line

    assert is_date_line(line) is expected
