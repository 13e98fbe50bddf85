"""Vocabulary of the industry, labour, youth, energy and environment policies (group 1): the words local
government news uses for these policies' programmes, instruments and institutions make claims about them,
while the everyday words among them (`상인들`, `노동자`, `파업`, `노조`, `소프트웨어`) count only in an article
about the policy. All sentences are constructed."""

from __future__ import annotations

import pytest
from test_policies import decide  # the same sentence-by-sentence helper (tests/extract is on sys.path)

from tracker.reference import Reference


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        # constructed
        ("시는 지능형교통체계를 구축해 교차로 신호를 실시간으로 제어하겠다고 밝혔다.", "smart-city"),
        # constructed
        ("구는 도시 전체를 가상공간에 구현하는 디지털트윈 플랫폼을 내년까지 구축한다.", "smart-city"),
        # constructed
        ("도는 메타버스와 블록체인 기반의 행정 서비스를 도입하기로 했다.", "fourth-industrial-revolution"),
        # constructed
        ("시는 강소특구 지정을 계기로 연구소기업을 100곳까지 늘리겠다고 말했다.", "research-development"),
        # constructed
        ("시는 워터캠퍼스를 조성하고 해수담수화 기술 기업을 지원한다.", "water-industry"),
        # constructed
        ("군은 올해 친환경자동차 구매 보조금을 늘리고 수소충전소 2곳을 새로 짓는다.", "future-vehicles"),
        # constructed
        ("도는 협동로봇 보급 사업으로 중소 제조업체 30곳에 로봇 도입을 지원한다.", "robot-industry"),
        # constructed
        ("시장은 바이오헬스 산업을 지역의 신성장 동력으로 키우겠다고 강조했다.", "medical-industry"),
        # constructed
        ("구는 창업보육센터 입주 기업에 사무공간과 액셀러레이터 연계 투자를 지원한다.", "startup-support"),
        # constructed
        (
            "도는 해외 공장을 국내로 옮기는 유턴기업과 외국인투자 기업에 입지보조금을 준다.",
            "investment-attraction",
        ),
        # constructed: `지역상권` (a miss named in the brief), the public delivery app, good-price shops
        (
            "구는 공공배달앱 가맹점을 늘리고 착한가격업소를 지원해 지역상권을 살리겠다고 밝혔다.",
            "small-merchants",
        ),
        # constructed: `골목형상점가`
        ("구는 골목형상점가 3곳을 새로 지정했다.", "small-merchants"),
        # constructed
        ("시는 노사민정협의회를 열어 생활임금을 시간당 1만1천원으로 정했다.", "labor-relations"),
        # constructed
        ("군은 경력단절여성을 위해 새일센터의 직업훈련 과정을 늘린다.", "jobs"),
        # constructed
        ("시는 청년기본조례를 제정하고 청년공간을 5곳으로 늘린다.", "youth-policy"),
        # constructed
        ("도는 RE100 산업단지를 조성하고 연료전지 발전소를 유치하겠다고 밝혔다.", "energy-transition"),
        # constructed
        ("시는 노후경유차 조기폐차 지원과 배출가스 저감장치 부착을 확대한다.", "fine-dust"),
        # constructed
        (
            "군은 2050 넷제로를 목표로 탄소흡수원인 숲을 늘리고 탄소포인트제 참여를 독려한다.",
            "climate-carbon",
        ),
    ],
)
def test_field_vocabulary_makes_a_claim_about_its_policy(ref: Reference, text: str, slug: str) -> None:
    assert slug in decide(ref, [text])[0].slugs


# An article about another policy (tourism, transit, training) with one generic word of group 1 in it.
_TOURISM = [
    "군은 올해 관광객 유치를 위해 지역 축제를 확대한다고 밝혔다.",
    "축제 기간 관광 안내소를 늘리고 문화 공연도 마련한다.",
]


@pytest.mark.parametrize(
    ("sentences", "slug"),
    [
        # constructed: merchants around a festival are no claim about small-merchant policy
        ([*_TOURISM, "축제장 주변 상인들도 손님 맞을 준비에 분주하다."], "small-merchants"),
        # constructed: workers on a site are no claim about labour relations
        ([*_TOURISM, "공연장 공사에는 노동자 40여 명이 투입됐다."], "labor-relations"),
        # constructed: a strike that only sets the scene of a transit measure
        (
            [
                "시는 시내버스 배차간격을 줄이고 대중교통 노선을 개편한다고 밝혔다.",
                "시내버스 준공영제 확대도 검토한다.",
                "버스 파업에 대비해 전세버스를 투입한다.",
            ],
            "labor-relations",
        ),
        # constructed: a union as one of the people met
        ([*_TOURISM, "군수는 노조 관계자들과 축제 운영을 논의했다."], "labor-relations"),
        # constructed: software as a subject of an education course
        (
            [
                "교육청은 학교 교육 과정을 개편한다고 밝혔다.",
                "학교마다 교육 과목에 소프트웨어 수업을 넣는다.",
            ],
            "fourth-industrial-revolution",
        ),
    ],
)
def test_generic_word_alone_in_another_policys_article_is_none(
    ref: Reference, sentences: list[str], slug: str
) -> None:
    assert slug not in decide(ref, sentences)[-1].slugs
