"""Round 4 of the field vocabulary, group 1 (smart city, 4IR, R&D, water/vehicle/medical industries, startups,
investment, small merchants, labour, jobs, fine dust, climate, energy, water supply, decentralisation):
programme names, instruments, institutions and legal terms that local-government news uses for these
policies (기후위성, 전력구매계약, 특별자치도 출범, 고향사랑기부, 노란봉투법 ...), written from knowledge of the field.
Constructed sentences, and constructed counter-examples where an everyday word of a field alone, in an
article about something else, makes no claim about it."""

from __future__ import annotations

import pytest
from test_policies import decide  # the same sentence-by-sentence helper (tests/extract is on sys.path)

from tracker.reference import Reference


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("구는 스마트 신호등과 스마트 교차로를 설치해 보행 안전을 높인다.", "smart-city"),  # constructed
        (
            "시는 데이터 안심구역을 지정하고 거대언어모델 활용을 돕는다.",
            "fourth-industrial-revolution",
        ),  # constructed
        ("도는 기술닥터 사업으로 중소기업의 현장 애로를 해결한다.", "research-development"),  # constructed
        ("시는 초순수 실증 플랜트를 유치했다.", "water-industry"),  # constructed
        ("시는 드론택시 시험비행으로 미래항공모빌리티 실증에 나선다.", "future-vehicles"),  # constructed
        ("도는 바이오산단을 조성해 바이오시밀러 생산 기반을 갖춘다.", "medical-industry"),  # constructed
        ("시는 엔젤클럽을 결성해 보육기업 투자를 늘린다.", "startup-support"),  # constructed
        ("도는 인베스트코리아와 함께 외국자본 유치에 나선다.", "investment-attraction"),  # constructed
        ("군은 공설시장 시장 현대화 사업을 마무리했다.", "small-merchants"),  # constructed
        ("시는 노란봉투법 시행에 맞춰 노사협상 지원을 늘린다.", "labor-relations"),  # constructed
        ("시는 미취업 청년에게 직무체험 기회를 제공한다.", "jobs"),  # constructed
        ("구는 휘발성유기화합물과 질소산화물 배출 사업장을 점검한다.", "fine-dust"),  # constructed
        ("도는 기후위성을 발사하고 기후펀드를 조성한다.", "climate-carbon"),  # constructed
        (
            "시는 산업단지 입주기업의 전력구매계약 체결과 BESS 설치를 돕는다.",
            "energy-transition",
        ),  # constructed
        ("도는 기후대응댐 건설과 수변구역 관리를 추진한다.", "water-supply"),  # constructed
        ("도는 특별자치도 출범에 맞춰 국가사무 이양을 요구했다.", "decentralization"),  # constructed
        ("군은 고향사랑기부 모금액으로 청소년 장학사업을 편다.", "decentralization"),  # constructed
    ],
)
def test_field_vocabulary_makes_a_claim_about_its_policy(ref: Reference, text: str, slug: str) -> None:
    assert slug in decide(ref, [text])[0].slugs


@pytest.mark.parametrize(
    ("sentences", "slug"),
    [
        # constructed: an innovation city as the place where a concert is held
        (["시는 가을 음악회를 연다.", "공연은 혁신도시 내 호수공원 무대에서 펼쳐진다."], "decentralization"),
        # constructed: carbon capture as a part of a hydrogen plant
        (
            ["시는 수소생산기지를 건립한다.", "기지에는 이산화탄소 포집 설비를 갖춘다."],
            "climate-carbon",
        ),
        # constructed: a past designation recalled in a festival article
        (
            ["군은 장류축제를 성황리에 마쳤다.", "군은 발효문화산업 투자선도지구로 선정된 바 있다."],
            "investment-attraction",
        ),
    ],
)
def test_generic_word_alone_in_an_unrelated_article_is_no_claim(
    ref: Reference, sentences: list[str], slug: str
) -> None:
    assert all(slug not in d.slugs for d in decide(ref, sentences))


def test_special_self_governing_province_as_a_name_is_no_claim(ref: Reference) -> None:
    # constructed: the province's official name as the subject says nothing about decentralisation
    slugs = decide(ref, ["강원특별자치도는 올해 관광객 2천만 명 유치를 목표로 한다."])[0].slugs
    assert "decentralization" not in slugs
