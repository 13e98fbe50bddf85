"""Quantities: Korean amounts from real sentences of the seed corpus, with values and offsets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tracker.extract.quantities import find_quantities, parse_korean_number


@pytest.mark.parametrize(
    ("text", "value", "unit", "written"),
    [
        (
            "스마트시티 구축하는데 도시공사에서 드는 비용이 100억 원 정도 밖에 안된다",
            10_000_000_000,
            "KRW",
            "100억 원",
        ),
        # constructed
        ("총사업비 1조 2천억 원을 투입한다", 1_200_000_000_000, "KRW", "1조 2천억 원"),
        ("3375억원이 투자됐고 1377명의 신규고용 효과가 창출됐다", 337_500_000_000, "KRW", "3375억원"),
        ("치매국가책임제, 미세먼지 30%절감 배출 정책 등이", 30, "%", "30%"),
        # constructed
        ("거점 5곳을 지정했다", 5, "place", "5곳"),
        # constructed
        ("관광객 3만 명이 찾았다", 30_000, "person", "3만 명"),
        ("2030년까지 로봇기업수 662개사", 662, "company", "662개사"),
        ("고용 1만1799명", 11_799, "person", "1만1799명"),
        ("매출 4조1000억원 규모의 성장을 목표로", 4_100_000_000_000, "KRW", "4조1000억원"),
        ("평균 7천만원의 사업화 자금", 70_000_000, "KRW", "7천만원"),
        ("쌍용양회 문경공장 일대(약 32만㎡)", 320_000, "m2", "32만㎡"),
    ],
)
def test_find_quantities(text: str, value: int, unit: str, written: str) -> None:
    found = [q for q in find_quantities(text) if q.text == written]
    assert len(found) == 1, find_quantities(text)
    q = found[0]
    assert (q.value, q.unit) == (Decimal(value), unit)
    assert text[q.start : q.end] == written


def test_offsets_are_shifted_into_the_article() -> None:
    # constructed
    q = find_quantities("비용이 100억 원 정도", offset=500)[0]
    assert (q.start, q.end) == (504, 510)


def test_several_amounts_in_one_sentence_in_order() -> None:
    text = "로봇기업수 662개사, 고용 1만1799명, 매출 4조1000억원 규모"
    assert [(q.unit, q.value) for q in find_quantities(text)] == [
        ("company", Decimal(662)),
        ("person", Decimal(11799)),
        ("KRW", Decimal(4_100_000_000_000)),
    ]


def test_years_and_ordinals_are_not_quantities() -> None:
    found = find_quantities("2014년부터 6년간 5대 신산업을 1차로 선정했다")
    assert [(q.text, q.unit) for q in found] == [("6년간", "year")]
    assert all(q.unit != "KRW" for q in find_quantities("2014년 3개에 불과하던"))


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1조 2천억", 1_200_000_000_000),
        ("1만1799", 11_799),
        ("27조 8000억", 27_800_000_000_000),
        ("1,234", 1234),
    ],
)
def test_parse_korean_number(written: str, value: int) -> None:
    assert parse_korean_number(written) == Decimal(value)
