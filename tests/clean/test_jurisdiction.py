"""The main jurisdiction of an article, with names, titles, datelines and code validity dates."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.clean.jurisdiction import main_jurisdiction
from tracker.reference import Reference, load_reference


@pytest.fixture(scope="module")
def reference() -> Reference:
    return load_reference()


@pytest.mark.parametrize(
    ("body", "headline", "place", "day", "code"),
    [
        (
            "홍준표 대구시장은 오늘(8일) 오전 페이스북을 통해 문재인 전 대통령을 겨냥했습니다.",
            None,
            None,
            date(2022, 11, 8),
            "27",
        ),
        ("평창군은 지역 내 공백 진료과목의 문제를 완화하고", None, None, date(2018, 5, 1), "42760"),
        ("평창군은 지역 내 공백 진료과목의 문제를 완화하고", None, None, date(2026, 1, 29), "51760"),
        (
            "영등포구(구청장 채현일)는 전국 최초로 협업플랫폼을 구축했다.",
            None,
            None,
            date(2018, 11, 26),
            "11560",
        ),
        (
            "충북도교육청은 4일 단양군과 함께 교재를 만들기로 했다. 김문근 단양군수는 이날 합의했다.",
            None,
            "단양",
            None,
            "43800",
        ),
        (
            "공단 비상임 임원 구성과 관련해 부산시장이 지정하도록 한 조항은 삭제됐습니다. 인천공항공사가 시작했듯이",
            None,
            "부산",
            date(2023, 8, 23),
            "26",
        ),
        ("광주시는 선정된 5개사와 기업지원협약을 체결한다.", None, None, None, "29"),
        ("경기 광주시는 선정된 5개사와 기업지원협약을 체결한다.", None, None, None, "41610"),
        ("강진군은 청년농업인 대상으로 전문 교육비를 지원하고 있다.", None, None, None, "46810"),
        (
            "의정부시에 기증했다.",
            "한성우 대표, 의정부시에 미술 소장품 기증",
            "의정부",
            date(2025, 5, 18),
            "41150",
        ),
        # constructed: 서귀포시 is an administrative city of 제주특별자치도 with no code of its own
        ("서귀포시는 구도심과 신시가지를 잇는 버스 노선을 추가로 개설한다.", None, None, date(2024, 3, 1), "50"),
    ],
)
def test_main_jurisdiction(
    reference: Reference, body: str, headline: str | None, place: str | None, day: date | None, code: str
) -> None:
    assert main_jurisdiction(reference, body, headline=headline, place=place, day=day) == code


@pytest.mark.parametrize(
    "body",
    [
        # a university named after a city and a locative 'in 경북' are not about a local government
        "올해 대구대 창업지원단은 경북에서 유일하게 중기부 '창업지원사업 3관왕' 달성 쾌거를 거두며",
        # bare county names that are everyday words: 강화 (strengthen), 예산 (budget), 고령 (old age)
        "협력 강화 협약을 맺고 예산을 늘려 고령 인구를 돕는다. 기능 강화 및 예산 확대",
        # a district name shared by six cities, with no city named
        "중구는 주차장을 늘리기로 했다.",
        # a person's name alone: 이재현 is also a district head's name
        "이재현 창업지원단장은 노력을 하겠다고 말했다.",
        "",
    ],
)
def test_no_jurisdiction(reference: Reference, body: str) -> None:
    assert main_jurisdiction(reference, body, day=date(2021, 2, 25)) is None


def test_district_resolved_by_its_city(reference: Reference) -> None:
    assert (
        main_jurisdiction(reference, "대구 중구는 주차장을 늘리기로 했다. 중구청장은", day=date(2021, 1, 1))
        == "27110"
    )


@pytest.mark.parametrize(
    ("body", "code"),
    [
        # constructed: 김승수 전주시장 served 2014-2022, so the text is of 전라북도 전주시 (45110)
        ("김승수 전주시장은 전북도가 제안하면 전주시도 협력하겠다고 말했다.", "45110"),
        # constructed: 조지훈 전주시장 took office in 2026, so the text is of 전북특별자치도 전주시 (52110),
        # although undated material otherwise takes the long-standing code
        ("조지훈 전주시장은 전북도가 제안하면 전주시도 협력하겠다고 말했다.", "52110"),
        # constructed: without a titled head the undated text keeps the resolver's default, the
        # long-standing code (`_resolve`)
        ("전주시는 전북도가 제안하면 협력하겠다고 말했다.", "45110"),
        # constructed: a name without the title does not date the text
        ("조지훈 씨는 전북도가 제안하면 전주시도 협력하겠다고 말했다.", "45110"),
        # constructed: 이재수 춘천시장 (2018-2022) -> 강원도 춘천시 42110, not 51110 (2023-)
        ("이재수 춘천시장은 강원도와 춘천시가 함께 추진한다고 밝혔다.", "42110"),
    ],
)
def test_undated_article_takes_the_codes_of_its_heads_terms(
    reference: Reference, body: str, code: str
) -> None:
    assert main_jurisdiction(reference, body, day=None) == code


@pytest.mark.parametrize(
    ("body", "day", "code"),
    [
        # constructed: a superintendent (reference row 서거석, 전라북도교육감 45 until 2024-01-17, then 52)
        ("서거석 교육감은 올해 기초학력 지원을 늘리겠다고 말했다.", date(2024, 1, 9), "45"),  # constructed
        ("서거석 도교육감은 올해 기초학력 지원을 늘리겠다고 말했다.", date(2024, 3, 4), "52"),  # constructed
        (
            "서거석 시장은 올해 기초학력 지원을 늘리겠다고 말했다.",
            date(2024, 1, 9),
            None,
        ),  # constructed: not his title
    ],
)
def test_superintendent_names_the_province(
    reference: Reference, body: str, day: date, code: str | None
) -> None:
    """A superintendent heads the schools of a province or metropolitan city: '서거석 교육감' is about 45,
    as '홍준표 대구시장' is about 27; only '교육감' is his title."""
    assert main_jurisdiction(reference, body, day=day) == code


@pytest.mark.parametrize(
    ("body", "day", "code"),
    [
        # set-cz cz-03 (kmib, 2026-01-28): the writer keeps the province's old name
        (
            "강원도 강릉시가 2026~2027년을 ‘강릉방문의 해’로 정하고 통합 관광정책을 본격적으로 시행한다.",
            date(2026, 1, 28),
            "51150",
        ),
        ("전라북도 전주시가 관광정책을 시행한다.", date(2025, 1, 28), "52110"),  # constructed
        (
            "전라북도 전주시가 관광정책을 시행한다.",
            date(2020, 1, 28),
            "45110",
        ),  # constructed: before the change
    ],
)
def test_an_old_full_name_after_a_reorganisation_is_the_place_of_the_day(
    reference: Reference, body: str, day: date, code: str
) -> None:
    assert main_jurisdiction(reference, body, day=day) == code


def test_an_agency_of_the_government_names_it_when_nothing_else_does(reference: Reference) -> None:
    """A release of a government's own agency (`연천군보건의료원은 …`, set-ow ow-05; `영천시학교밖청소년지원센터는 …`,
    set-os os-05) names the place only inside the agency's name: with nothing stronger, that is the article's
    place. A university named after a city ('대구대') is not one of its agencies."""
    body = "연천군보건의료원은 지역 주민의 만성질환 예방과 건강 증진을 위해 건강증진실을 운영한다고 밝혔다."
    assert main_jurisdiction(reference, body, headline="연천군보건의료원, 찾아가는 건강증진실 운영", day=date(2026, 7, 1)) == "41800"
    body = "영천시학교밖청소년지원센터는 학교 밖 청소년 무료 건강검진을 적극 지원한다고 밝혔다."
    assert main_jurisdiction(reference, body, day=date(2026, 7, 27)) == "47230"
    # a government named as itself (the subject, 양평군은) wins over another government's agency
    body = "양평군은 연천군보건의료원과 협약을 맺고 찾아가는 건강증진실을 함께 운영한다고 밝혔다."  # constructed
    assert main_jurisdiction(reference, body, day=date(2026, 7, 1)) == "41830"


def test_a_county_written_once_with_the_city_it_joined_is_that_citys_county(reference: Reference) -> None:
    """set-pk pk-05 (KBS, undated) writes '대구 군위군' once, then '군위군' and '군위' bare, and '경북대학교': the county
    is 대구광역시 군위군 (27720, since 2023-07-01) throughout, not 경상북도 군위군 (47720), which a university's name
    and the long-standing code had chosen before 0.109.0."""
    from pathlib import Path

    from tracker.clean import clean
    from tracker.read import InputRecord, iter_records

    path = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora" / "set-pk" / "articles" / "pk-05-kbs.txt"
    record = next(r for r in iter_records([str(path)]) if isinstance(r, InputRecord))
    assert clean(record, reference).meta.jurisdiction_code == "27720"
