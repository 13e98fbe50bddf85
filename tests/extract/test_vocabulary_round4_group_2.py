"""Round 4 of the field vocabulary, group 2 (airport relocation, transit, regeneration, housing, dementia,
health, welfare, birth and childcare, youth, education, culture and tourism, safety, farming, city halls,
participation): programme names, instruments, institutions and common phrasings that local-government news
uses for these policies (`무료 버스`, `버스요금`, `노인대학`, `든든전세`, `고교학점제`, `군민안전보험`), written
from knowledge of the field. Constructed sentences, and constructed counter-examples where an everyday word
of a field alone, in an article about something else, makes no claim about it."""

from __future__ import annotations

import pytest
from test_policies import decide  # the same sentence-by-sentence helper (tests/extract is on sys.path)

from tracker.reference import Reference


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("시는 K2 후적지 개발 구상을 내년까지 마련한다.", "airport-relocation"),  # constructed
        ("도는 경기국제공항 건설을 위한 후보지 검토에 나섰다.", "airport-relocation"),  # constructed
        ("군은 다음 달부터 전 군민에게 무료 버스를 운행한다.", "public-transit"),  # constructed
        ("군은 어르신 버스요금을 전액 부담하기로 했다.", "public-transit"),  # constructed
        ("시는 철도 지하화 선도사업 선정을 목표로 한다.", "public-transit"),  # constructed
        ("구는 뉴빌리지 사업으로 저층주거지 기반시설을 정비한다.", "urban-regeneration"),  # constructed
        ("시는 든든전세 주택을 신혼부부에게 우선 공급한다.", "housing"),  # constructed
        ("구는 토지거래허가구역 지정을 해제해 달라고 건의했다.", "housing"),  # constructed
        ("군은 경로당마다 기억쉼터를 마련해 어르신의 인지활동을 돕는다.", "dementia-care"),  # constructed
        ("도는 지역책임의료기관을 지정해 필수의사 확보에 나선다.", "public-health"),  # constructed
        ("시는 간병비 지원 대상을 저소득 가구까지 넓힌다.", "public-health"),  # constructed
        ("시는 노인대학 운영비와 보훈회관 시설 개선을 지원한다.", "welfare"),  # constructed
        ("구는 혼자 사는 어르신에게 안부전화를 거는 서비스를 시작한다.", "welfare"),  # constructed
        ("군은 가임력 검사비와 난자 동결 시술비를 지원한다.", "childcare-birth"),  # constructed
        ("시는 공공형 실내놀이터를 3곳 더 연다.", "childcare-birth"),  # constructed
        ("도는 쉬었음 청년의 사회 복귀를 돕는 프로그램을 운영한다.", "youth-policy"),  # constructed
        ("교육청은 고교학점제 시행에 맞춰 그린스마트 미래학교를 늘린다.", "education"),  # constructed
        ("군은 수학여행비와 교복비를 전액 지원한다.", "education"),  # constructed
        ("시는 반값여행과 숙박쿠폰으로 관광객을 불러 모은다.", "culture-tourism"),  # constructed
        ("군은 작은영화관을 열어 주민의 문화 향유를 넓힌다.", "culture-tourism"),  # constructed
        ("군은 올해도 전 군민을 군민안전보험에 가입시켰다.", "disaster-safety"),  # constructed
        ("시는 해빙기를 맞아 급경사지 일제 점검에 나선다.", "disaster-safety"),  # constructed
        ("군은 유해야생동물 피해를 막기 위해 포획단을 운영한다.", "agriculture"),  # constructed
        ("도는 농식품바우처 지급 대상을 확대한다.", "agriculture"),  # constructed
        ("시는 청사 협소 문제를 풀기 위해 시청 별관을 매입한다.", "city-hall"),  # constructed
        ("시는 시정모니터를 모집해 시민 아이디어를 정책에 반영한다.", "citizen-participation"),  # constructed
    ],
)
def test_field_vocabulary_makes_a_claim_about_its_policy(ref: Reference, text: str, slug: str) -> None:
    assert slug in decide(ref, [text])[0].slugs


@pytest.mark.parametrize(
    ("sentences", "slug"),
    [
        # constructed: a kindergarten class on a field trip to a farm is no education policy
        (["군은 딸기 수확 체험 행사를 열었다.", "유치원 어린이 30명이 농장을 찾았다."], "education"),
        # constructed: the farmers' cooperative as a partner of a jobs fair
        (["시는 하반기 일자리 박람회를 연다.", "농협과 상공회의소가 함께 참여한다."], "agriculture"),
        # constructed: a camping trip in a story about a youth volunteer club
        (
            ["청년 봉사단이 올해 활동을 마무리했다.", "단원들은 캠핑을 하며 한 해를 돌아봤다."],
            "culture-tourism",
        ),
        # constructed: a school building (`교사`) as the place of a dementia centre
        (["군 치매안심센터가 문을 열었다.", "센터는 옛 중학교 교사 동편에 자리한다."], "education"),
        # constructed: semi-basement homes in a flood-safety article are no housing policy
        (
            ["시는 장마철을 앞두고 침수 취약지역을 점검한다.", "반지하 가구에는 물막이판을 설치한다."],
            "housing",
        ),
    ],
)
def test_generic_word_alone_in_an_unrelated_article_is_no_claim(
    ref: Reference, sentences: list[str], slug: str
) -> None:
    assert all(slug not in d.slugs for d in decide(ref, sentences))


def test_a_bus_busker_is_no_transit_and_a_city_hall_crossing_no_city_hall(ref: Reference) -> None:
    # constructed: `버스킹` holds no bus, and `시청사거리` (a crossroads) names no city hall building
    slugs = decide(ref, ["시는 축제 기간에 시청 사거리에서 버스킹 공연을 연다."])[0].slugs
    assert "public-transit" not in slugs
    assert "city-hall" not in slugs
