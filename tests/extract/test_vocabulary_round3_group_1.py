"""Round 3 of the field vocabulary, group 1 (smart city, 4IR, R&D, water/vehicle/robot/medical industries,
startups, investment, small merchants, labour, jobs, youth, energy, fine dust, climate): programme names,
instruments and institutions that local-government news uses for these policies, written from knowledge of
the field, and the act of bringing in or fostering young farmers as a youth policy. Constructed sentences,
and constructed counter-examples where an everyday word of a field alone, in an article about something
else, makes no claim about it."""

from __future__ import annotations

import pytest
from test_policies import decide  # the same sentence-by-sentence helper (tests/extract is on sys.path)

from tracker.reference import Reference


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("구는 스마트 에코도시를 내걸고 스마트시티담당관을 신설한다.", "smart-city"),  # constructed
        (
            "시는 스마트그린산단 지정을 계기로 자율제조 공정 도입을 돕는다.",
            "fourth-industrial-revolution",
        ),  # constructed
        ("도는 국제과학비즈니스벨트 거점지구 조성에 속도를 낸다.", "research-development"),  # constructed
        ("시는 세계물포럼 유치에 나서겠다고 밝혔다.", "water-industry"),  # constructed
        ("시는 버티포트 부지를 확보하고 로보택시 시범운행에 나선다.", "future-vehicles"),  # constructed
        ("군은 홀몸 어르신 가정에 돌봄로봇 보급을 확대한다.", "robot-industry"),  # constructed
        ("도는 바이오파운드리 구축과 합성생물학 육성에 나선다.", "medical-industry"),  # constructed
        ("시는 캠퍼스타운 조성과 오픈이노베이션 프로그램을 운영한다.", "startup-support"),  # constructed
        (
            "도는 지방투자촉진보조금을 늘려 수도권 공장의 이전을 돕는다.",
            "investment-attraction",
        ),  # constructed
        ("구는 코리아세일페스타 기간에 소비쿠폰을 발행한다.", "small-merchants"),  # constructed
        ("시는 표준근로계약서 보급과 부당해고 상담을 지원한다.", "labor-relations"),  # constructed
        ("시는 잡 매칭 데이를 열어 중소기업과 구직 청년을 잇는다.", "jobs"),  # constructed
        ("시는 청년 발언대를 열어 정책 제안을 받는다.", "youth-policy"),  # constructed
        ("군은 청년농업인을 유입시키기 위해 임대형 스마트팜을 늘린다.", "youth-policy"),  # constructed
        ("시는 공공청사에 히트펌프와 고효율 LED를 도입한다.", "energy-transition"),  # constructed
        ("구는 공사장 비산먼지 단속을 강화한다.", "fine-dust"),  # constructed
        ("도는 기후보험을 도입해 취약계층의 온열질환 진료비를 보장한다.", "climate-carbon"),  # constructed
    ],
)
def test_field_vocabulary_makes_a_claim_about_its_policy(ref: Reference, text: str, slug: str) -> None:
    assert slug in decide(ref, [text])[0].slugs


@pytest.mark.parametrize(
    ("sentences", "slug"),
    [
        # constructed: children building a robot at a summer festival
        (["군은 여름방학 관광 축제를 연다.", "어린이들은 로봇 만들기를 체험한다."], "robot-industry"),
        # constructed: civil servants' labour for farmers in the busy season
        (["군은 농번기 농가 일손 돕기에 나섰다.", "공무원들이 노동 봉사를 펼쳤다."], "labor-relations"),
        # constructed: a patented invention shown in a library
        (
            ["시립도서관이 발명의 날 전시를 연다.", "특허 받은 발명품이 함께 전시된다."],
            "research-development",
        ),
    ],
)
def test_generic_word_alone_in_an_unrelated_article_is_no_claim(
    ref: Reference, sentences: list[str], slug: str
) -> None:
    assert all(slug not in d.slugs for d in decide(ref, sentences))


def test_young_farmers_merely_named_stay_with_agriculture(ref: Reference) -> None:
    # constructed: young farmers on a study tour are farming news, not a youth policy
    slugs = decide(ref, ["청년농업인 30여 명이 선진 한우 농가를 견학했다."])[0].slugs
    assert "youth-policy" not in slugs
    assert "agriculture" in slugs
