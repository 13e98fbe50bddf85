"""Disaster-safety vocabulary, announcements of a speech, visits dated by their occasion, event nouns and
the fields of one target group's programme (sets k, l, m), with constructed counter-examples."""

from __future__ import annotations

import pytest
from test_policies import decide  # the same sentence-by-sentence helper (tests/extract is on sys.path)

from tracker.reference import Reference


@pytest.mark.parametrize(
    "text",
    [
        # l-08-hankyung: storm and flood damage (풍수해, 집중호우) is the disaster-safety domain
        "서울 구로구는 여름철 풍수해로부터 구민의 생명과 재산을 보호하기 위해 '2024년 풍수해 대비 종합계획'을 추진한다고 22일 밝혔다.",
        "앞서 지난달까지 두 차례에 걸쳐 수방시설물, 공사장, 사면시설 등 수해 취약 시설 총 236곳을 점검한 데 이어 "
        "집중호우 때 신속하게 대응하고자 24시간 권역별 현장기동반 체계를 구축한다.",
        "하천 고립사고 예방을 위해 하천순찰단 운영도 강화한다.",
        # g-07-newsseoul: flooding of semi-basement homes
        "2위는 ‘반지하 주택 침수 방지 차수판 설치사업’이 각각 선정됐다.",
        "군은 태풍 피해를 막기 위해 배수펌프장을 정비한다.",  # constructed
    ],
)
def test_storm_and_flood_vocabulary_is_disaster_safety(ref: Reference, text: str) -> None:
    assert "disaster-safety" in decide(ref, [text])[0].slugs


def test_excellent_is_not_flood_damage(ref: Reference) -> None:
    # constructed: `우수해` (excellent) holds the letters of 수해 inside another word
    decision = decide(ref, ["시의 민원 처리 속도가 우수해 주민 만족도가 높다."])[0]
    assert "disaster-safety" not in decision.slugs


def test_announcement_of_what_a_speech_was_about_is_no_claim(ref: Reference) -> None:
    # l-07-jbyonhap: the line says what the superintendent spoke about; the quotes around it say what
    sentences = [
        "김승환 전북도교육감이 11일 신년 기자회견을 갖고 “새해에도 교육 혁신을 위해 쉼 없이 뛸 것”이라고 밝혔다.",
        "이날 김 교육감이 올해 주요정책과 구체적인 운영방향에 대해 밝혔다.",
    ]
    assert decide(ref, sentences)[1].slugs == ()


def test_speaking_about_named_measures_is_a_claim(ref: Reference) -> None:
    # l-07-jbyonhap: the same frame over a list of measures names them
    text = (
        "김 교육감은 ▲보편적 교육복지 세밀화 ▲교육비 부담 경감 대책 ▲학부모의 학교 참여 활성화 ▲부패 방지 시스템 강화 "
        "▲다문화·저소득 학생 맞춤형 교육 확대 등 신년 전북교육청의 주요 정책에 대해서도 설명했다."
    )
    assert "education" in decide(ref, [text])[0].slugs
    # constructed: a specific policy as the matter of the speech
    text = "시장은 이날 스마트시티 조성 계획에 대해 설명했다."
    assert decide(ref, [text])[0].slugs == ("smart-city",)


def test_visit_dated_by_its_occasion_is_a_courtesy_visit(ref: Reference) -> None:
    # l-01-welfarenews: `새해를 맞아`, `지난 2일`, `오는 8일까지` only date the round of visits
    text = (
        "갑진년 새해를 맞아 전라남도 강진원 강진군수는 지난 2일, 민생 첫 행보로 강진읍 복지회관과 군동면복지회관을 "
        "시작으로 오는 8일까지 11개 읍‧면복지회관과 대한노인회 강진군지회를 찾아 신년 인사와 함께 지역의 노인들과 "
        "소통의 시간을 갖는다."
    )
    assert decide(ref, [text])[0].slugs == ()
    # constructed: a visit that also delivers something is an act of the policy
    text = "설 명절을 앞두고 군수는 사회복지시설을 찾아 위문품을 전달했다."
    assert decide(ref, [text])[0].slugs == ("welfare",)


def test_roadshow_is_an_event(ref: Reference) -> None:
    # m-07-ichannela: holding an investment roadshow only names the event
    text = "경상남도는 오늘(30일) 부산 남구 그랜드 모멘트 유스호스텔에서 '2023 경상남도 투자유치 로드쇼'를 개최했습니다."
    assert decide(ref, [text])[0].slugs == ()
    # constructed: what the roadshow achieved is a claim
    text = "도는 투자유치 로드쇼를 열어 5개 기업과 투자협약을 체결했다."
    assert "investment-attraction" in decide(ref, [text])[0].slugs


@pytest.mark.parametrize(
    "text",
    [
        # m-08-pressian
        "군은 이를 위해 신규사업 22개를 발굴해 청년 일자리·주거·문화·교육·복지·참여·여가 등 5개 부문 31개 사업에 "
        "총 148억 원의 사업비를 투입할 계획이다.",
        # k-09-sedaily
        "전남도는 최근 도청에서 열린 청년발전위원회에서 청년 일자리, 인력 양성, 문화, 복지 등 4개 분야 71개 사업에 "
        "2,160억원을 투자하기로 의결했다고 23일 밝혔다.",
    ],
)
def test_fields_of_a_youth_programme_are_not_policies_of_their_own(ref: Reference, text: str) -> None:
    assert set(decide(ref, [text])[0].slugs) == {"jobs", "youth-policy"}


def test_list_of_policies_counted_into_fields_keeps_every_item(ref: Reference) -> None:
    # g-09-changwon: no group word before the first item, so the items are policies of their own
    text = (
        "시는 시민 생애 전반 기본권 보장을 통한 삶의 질 제고를 위해 출산·보육, 청년·일자리, 주거, 노후, 인구대응 등 "
        "6개분야 246개사업 인구정책 실행계획을 수립하고 이를 추진한다."
    )
    assert {"jobs", "housing", "youth-policy"} <= set(decide(ref, [text])[0].slugs)


@pytest.mark.parametrize(
    "text",
    [
        # m-09-slnews: the crisis is the occasion of the merchants' support scheme
        "유성훈 금천구청장은 지난 12일과 16일 오후 3시부터 지역 6개 전통시장 및 상점가를 찾아 코로나19 대응 "
        "‘금천구 소상공인 지원사업’ 홍보캠페인을 벌였다.",
        # constructed after m-09-slnews (`코로나19로 힘든 상인들에게`): the hardship a crisis brings on merchants
        "구는 코로나19로 어려운 소상공인에게 경영안정자금을 지원한다.",
    ],
)
def test_crisis_as_occasion_of_another_policy_is_no_public_health(ref: Reference, text: str) -> None:
    assert decide(ref, [text])[0].slugs == ("small-merchants",)


@pytest.mark.parametrize(
    "text",
    [
        "구는 코로나19 대응 방역 인력을 확충한다.",  # constructed: the crisis's own policy word
        "구는 코로나19에 대응해 선별진료소를 운영한다.",  # constructed: responding is the act
    ],
)
def test_crisis_response_that_is_public_health_keeps_it(ref: Reference, text: str) -> None:
    assert "public-health" in decide(ref, [text])[0].slugs


def test_prize_is_not_a_merchant(ref: Reference) -> None:
    # constructed after ksmnews-daegu-20191124: `최고상인 금상` (the top prize, 최고상 + 이다) holds the letters of 상인
    decision = decide(ref, ["업체가 스마트 물관리로 최고상인 금상을 수상했다."])[0]
    assert "small-merchants" not in decision.slugs


def test_short_keyword_does_not_start_at_an_ending(ref: Reference) -> None:
    # corpus breaknews-daegu-20180313: the ending of `위한` starts at the letter 한, so `위한 파격적인` held `한파`
    text = "성공모델을 만들기 위한 5가지 전략인 '기업하기 좋은 도시’로 만들기 위한 파격적인 기업 인센티브 제공을 설명했다."
    assert "disaster-safety" not in decide(ref, [text])[0].slugs
