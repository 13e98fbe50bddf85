"""Round 2 of the field vocabulary, group 1 (smart city, 4IR, R&D, water/vehicle/robot/medical industries,
startups, investment, small merchants, labour, jobs, youth, energy, fine dust, climate): programme names,
institutions and acts that local-government news uses for these policies, written from knowledge of the
field. Constructed sentences, and constructed counter-examples where an everyday word of a field alone,
in an article about something else, makes no claim about it."""

from __future__ import annotations

import pytest
from test_policies import decide  # the same sentence-by-sentence helper (tests/extract is on sys.path)

from tracker.reference import Reference


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("구는 스마트포용도시 정책으로 디지털 약자의 삶을 지원하겠다고 밝혔다.", "smart-city"),  # constructed
        ("시는 주요 관광지와 버스정류장에 공공와이파이를 확충한다.", "smart-city"),  # constructed
        (
            "도는 AI 데이터센터 유치와 인공지능 집적단지 조성에 나선다.",
            "fourth-industrial-revolution",
        ),  # constructed
        (
            "시는 드론 배송 실증과 양자기술 육성을 올해 역점 과제로 꼽았다.",
            "fourth-industrial-revolution",
        ),  # constructed
        (
            "군은 기업부설연구소 설립과 지산학 협력 사업을 지원하기로 했다.",
            "research-development",
        ),  # constructed
        ("시는 물산업 실증화시설에서 분리막 기술 검증을 지원한다.", "water-industry"),  # constructed
        (
            "시는 자율주행 시범운행지구 지정과 사용후 배터리 산업 육성을 추진한다.",
            "future-vehicles",
        ),  # constructed
        ("시는 서빙로봇 보급과 로봇비즈니스벨트 조성에 예산을 투입한다.", "robot-industry"),  # constructed
        ("도는 바이오특화단지 지정을 위해 임상시험 지원센터를 세운다.", "medical-industry"),  # constructed
        ("시는 로컬크리에이터와 소셜벤처를 발굴해 창업자금을 지원한다.", "startup-support"),  # constructed
        (
            "시는 투자 MOU를 맺은 기업의 공장 증설을 행정적으로 돕기로 했다.",
            "investment-attraction",
        ),  # constructed
        ("구는 착한 임대인에게 재산세를 감면하고 상생장터를 연다.", "small-merchants"),  # constructed
        (
            "시는 이동노동자 쉼터를 열고 플랫폼 종사자의 노동인권 교육을 확대한다.",
            "labor-relations",
        ),  # constructed
        ("군은 희망일자리 사업과 시니어클럽을 통해 중장년 재취업을 돕는다.", "jobs"),  # constructed
        ("시는 청년 교통비와 면접 수당을 지원하고 청년협의체를 꾸린다.", "youth-policy"),  # constructed
        (
            "군은 햇빛소득마을을 늘리고 재생에너지 이익공유를 넓혀 RE100을 앞당긴다.",
            "energy-transition",
        ),  # constructed
        ("도는 수소생산기지와 수소배관을 구축해 수소 공급망을 갖춘다.", "energy-transition"),  # constructed
        ("시는 노후건설기계 저공해 조치와 불법소각 단속을 강화한다.", "fine-dust"),  # constructed
        ("구는 탄소인지예산을 도입하고 공공건물 그린리모델링을 추진한다.", "climate-carbon"),  # constructed
    ],
)
def test_field_vocabulary_makes_a_claim_about_its_policy(ref: Reference, text: str, slug: str) -> None:
    assert slug in decide(ref, [text])[0].slugs


def test_young_founders_are_youth_policy_and_startup_support(ref: Reference) -> None:
    # constructed: 청년창업 is listed under both policies, as the gold of set-i/k names both
    slugs = decide(ref, ["시는 청년창업 지원을 늘리겠다고 밝혔다."])[0].slugs
    assert {"youth-policy", "startup-support"} <= set(slugs)


def test_a_company_investing_an_amount_in_a_named_project(ref: Reference) -> None:
    # constructed: the company and the amount further apart than the first investment pattern allows
    text = "3개 기업이 친환경 부품 생산라인 구축에 1200억 원을 투자해 300개의 일자리를 만든다."
    assert "investment-attraction" in decide(ref, [text])[0].slugs


@pytest.mark.parametrize(
    ("sentences", "slug"),
    [
        # constructed: a market district (상권) mentioned in a festival report
        (
            ["군은 가을 국화축제를 열어 관광객 12만 명을 맞았다.", "축제 기간 읍내 상권도 붐볐다."],
            "small-merchants",
        ),
        # constructed: hydrogen and nuclear power named in a school science class
        (
            ["교육청은 초등학교 과학 수업을 개편한다.", "학생들은 수소와 원자력의 원리를 배운다."],
            "energy-transition",
        ),
        # constructed: people in their middle age as visitors of a library
        (["시립도서관이 독서 프로그램을 운영한다.", "중장년 이용자가 크게 늘었다."], "jobs"),
        # constructed: the MZ generation as tourists
        (["군은 관광 홍보 영상을 제작했다.", "MZ세대 관광객의 관심을 끌기 위해서다."], "youth-policy"),
        # constructed: a high concentration of something else
        (["보건소는 감염병 예방 교육을 실시했다.", "고농도 소독제 사용에 주의해야 한다."], "fine-dust"),
    ],
)
def test_generic_word_alone_in_an_unrelated_article_is_no_claim(
    ref: Reference, sentences: list[str], slug: str
) -> None:
    assert all(slug not in d.slugs for d in decide(ref, sentences))


def test_words_hiding_inside_others(ref: Reference) -> None:
    # constructed: `쟁의` of a jurisdiction dispute and `기술이 전부` are no labour dispute or technology transfer
    decisions = decide(
        ref, ["성남시가 권한쟁의심판에서 승소하면 곧바로 지급된다.", "트램 관련 기술이 전부 개발돼 있다."]
    )
    assert "labor-relations" not in decisions[0].slugs
    assert "research-development" not in decisions[1].slugs
    # constructed: a district's commerce foundation holds the letters of 화재 (fire)
    decision = decide(ref, ["구는 상권활성화재단을 통해 골목상권을 지원한다."])[0]
    assert "disaster-safety" not in decision.slugs
    assert "small-merchants" in decision.slugs
