"""Field vocabulary of water supply, airports, transit, regeneration, housing, health, welfare, childcare,
education, tourism, safety, farming and local government (taxonomy keywords written from knowledge of
local-government press releases), with counter-examples: everyday words alone in an unrelated article,
and keywords whose letters sit inside other words."""

from __future__ import annotations

import pytest
from test_policies import decide  # the same sentence-by-sentence helper (tests/extract is on sys.path)

from tracker.reference import Reference


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "시는 노후 상수관로 교체와 정수장 고도정수처리 시설 도입을 추진한다.",
            "water-supply",
        ),  # constructed
        ("군공항 종전부지 개발 방식으로 기부 대 양여를 검토하고 있다.", "airport-relocation"),  # constructed
        ("군은 수요응답형 버스를 도입하고 농어촌버스 무상교통을 시행한다.", "public-transit"),  # constructed
        ("도는 경전선 전철화와 KTX 정차역 신설을 정부에 건의했다.", "public-transit"),  # constructed
        ("구는 빈집 정비와 새뜰마을 사업으로 노후 주거지를 되살린다.", "urban-regeneration"),  # constructed
        ("시는 매입임대와 전세임대 물량을 늘리고 전세사기 피해 지원에 나선다.", "housing"),  # constructed
        ("구는 경도인지장애 어르신을 위한 인지재활 프로그램을 운영한다.", "dementia-care"),  # constructed
        (
            "시는 모자보건 사업과 방문건강관리를 확대하고 지방의료원 기능을 보강한다.",
            "public-health",
        ),  # constructed
        ("군은 독거노인 안부확인과 고독사 예방을 위해 통합돌봄 체계를 구축한다.", "welfare"),  # constructed
        (
            "시는 출산장려금을 올리고 공공산후조리원과 다함께돌봄센터를 늘린다.",
            "childcare-birth",
        ),  # constructed
        ("교육청은 기초학력 보장과 늘봄학교 확대, 고교무상교육을 추진한다.", "education"),  # constructed
        ("시는 해상케이블카와 야간관광 콘텐츠로 체류형 관광을 키운다.", "culture-tourism"),  # constructed
        ("구는 우수저류시설을 설치하고 무더위쉼터 운영을 늘린다.", "disaster-safety"),  # constructed
        ("군은 공익직불금 지급과 로컬푸드 직매장 확대로 농가 소득을 높인다.", "agriculture"),  # constructed
        ("도는 자치경찰제 시행과 지방일괄이양법 후속 조치를 준비한다.", "decentralization"),  # constructed
        ("시는 통합청사 건립을 위한 청사 부지를 확정했다.", "city-hall"),  # constructed
        (
            "구는 주민총회와 주민참여예산제를 통해 주민이 사업을 결정하게 한다.",
            "citizen-participation",
        ),  # constructed
    ],
)
def test_field_vocabulary_makes_a_claim(ref: Reference, text: str, slug: str) -> None:
    assert slug in decide(ref, [text])[0].slugs


@pytest.mark.parametrize(
    ("sentences", "slug"),
    [
        # constructed: a smart-city article that mentions a bus stop, an observatory and a library
        (
            [
                "시는 올해 스마트시티 조성 사업에 100억 원을 투입한다고 밝혔다.",
                "시장은 이날 시립 도서관과 전망대 인근 정류장을 둘러봤다.",
            ],
            "culture-tourism",
        ),
        (
            [
                "시는 올해 스마트시티 조성 사업에 100억 원을 투입한다고 밝혔다.",
                "시장은 이날 시립 도서관과 전망대 인근 정류장을 둘러봤다.",
            ],
            "public-transit",
        ),
        # constructed: a mask worn at a market visit in an article about traditional markets
        (
            [
                "구는 전통시장 활성화를 위해 상인회와 협약을 맺었다.",
                "구청장은 마스크를 쓰고 시장 상인들과 인사를 나눴다.",
            ],
            "public-health",
        ),
        # constructed: a senior citizens' hall as the venue of a dementia programme
        (
            ["구는 경로당에서 치매 조기검진을 실시한다.", "치매안심센터는 인지선별검사 결과를 관리한다."],
            "welfare",
        ),
        # constructed: a province's full name is no decentralization claim
        (["제주특별자치도는 올해 전기차 보급 사업에 300억 원을 투입한다."], "decentralization"),
    ],
)
def test_everyday_word_alone_makes_no_claim(ref: Reference, sentences: list[str], slug: str) -> None:
    assert all(slug not in d.slugs for d in decide(ref, sentences))


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        # constructed: `증편해 일평균` holds the letters of 해일
        ("시는 노선을 하루 20회로 증편해 일평균 이용객이 늘었다.", "disaster-safety"),
        # constructed: `대구 도심` holds the letters of 구도심
        ("시는 대구 도심을 잇는 순환선 노선을 제시했다.", "urban-regeneration"),
        # constructed: `심층수 산업` holds the letters of 수산업
        ("군은 해양심층수 산업을 바이오산업과 결합해 키운다.", "agriculture"),
        # constructed: `제 설명` holds the letters of 제설
        ('시장은 "제 설명을 들어 주십시오"라며 일자리 사업을 소개했다.', "disaster-safety"),
    ],
)
def test_letters_inside_other_words_are_no_keyword(ref: Reference, text: str, slug: str) -> None:
    assert slug not in decide(ref, [text])[0].slugs
