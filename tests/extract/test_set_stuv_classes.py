"""Classes read off sets s-v after their blind runs: companies' investment said with `투자해` or `투자를
이끌어냈다`, safe drinking water, old people's jobs, a university's industry-cooperation foundation as a name,
a city hall as a place, and visits that go about listening (`소통 행보에 나섰다`, `시장을 돌며 … 만났다`,
`간담회에 참석해 … 의견을 청취했다`). Constructed sentences (`# constructed`) with counter-examples."""

from __future__ import annotations

import pytest
from test_policies import decide  # the same sentence-by-sentence helper (tests/extract is on sys.path)

from tracker.reference import Reference


@pytest.mark.parametrize(
    "text",
    [
        "2개 기업이 7000억 원을 투자해 3500개 일자리를 만든다.",  # constructed
        "시는 올해 10개 기업으로부터 투자를 이끌어냈다.",  # constructed
    ],
)
def test_companies_investing_is_investment_attraction(ref: Reference, text: str) -> None:
    assert "investment-attraction" in decide(ref, [text])[0].slugs


def test_safe_drinking_water_is_water_supply_not_safety(ref: Reference) -> None:
    decision = decide(ref, ["주민들이 깨끗하고 안전한 물을 마시는 것은 권리다."])[0]  # constructed
    assert decision.slugs == ("water-supply",)


def test_safety_of_a_place_stays_safety(ref: Reference) -> None:
    text = "시는 안전한 통학로를 만들기 위해 어린이보호구역을 늘린다."  # constructed
    assert "disaster-safety" in decide(ref, [text])[0].slugs


def test_old_peoples_jobs_are_welfare_and_jobs(ref: Reference) -> None:
    slugs = decide(ref, ["구는 노인 일자리사업을 적극 펼치고 있다."])[0].slugs  # constructed
    assert {"welfare", "jobs"} <= set(slugs)


def test_an_industry_cooperation_foundation_is_a_name(ref: Reference) -> None:
    text = "구는 스마트시티 학술용역을 서울대 산학협력단과 진행하고 있다."  # constructed
    assert decide(ref, [text])[0].slugs == ("smart-city",)


def test_a_city_hall_as_a_place_is_no_city_hall_policy(ref: Reference) -> None:
    text = "군은 군청사 주차장에 태양광 발전시설을 설치했다."  # constructed
    assert decide(ref, [text])[0].slugs == ("energy-transition",)
    # constructed: building a new one is
    assert "city-hall" in decide(ref, ["시는 2026년까지 신청사를 건립한다."])[0].slugs


@pytest.mark.parametrize(
    "text",
    [
        "군수는 지난 30일 귀농 농가를 방문해 적극 소통 행보에 나섰다.",  # constructed
        "이 시장은 이날 전통시장을 돌며 소상공인들과 만났다.",  # constructed
        "시장은 간담회에 참석해 지역사랑상품권 국고 지원을 위한 의견을 청취했다.",  # constructed
    ],
)
def test_visits_and_listening_are_no_claims(ref: Reference, text: str) -> None:
    assert decide(ref, [text])[0].slugs == ()


def test_a_visit_that_announces_a_measure_is_a_claim(ref: Reference) -> None:
    text = "군수는 귀농 농가를 방문해 귀농인 정착지원금을 두 배로 늘리겠다고 밝혔다."  # constructed
    assert "agriculture" in decide(ref, [text])[0].slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("군은 농어촌 기본소득을 내년부터 모든 군민에게 지급한다.", "welfare"),  # constructed
        ("시는 약자와의 동행 정책을 올해 더 넓힌다.", "welfare"),  # constructed
        ("구청장 직통민원실을 열어 주민 민원을 바로 듣겠다.", "citizen-participation"),  # constructed
        ("주민주도형 마을 발전 모델을 만들겠다.", "citizen-participation"),  # constructed
        ("노후건설기계 저공해 조치를 지원한다.", "fine-dust"),  # constructed
        ("시는 e-모빌리티 산업단지를 조성한다.", "future-vehicles"),  # constructed
    ],
)
def test_words_once_held_back_by_ratio_floors(ref: Reference, text: str, slug: str) -> None:
    assert slug in decide(ref, [text])[0].slugs


def test_bio_industry_counts_only_in_an_article_about_it(ref: Reference) -> None:
    # constructed: a passing mention in a water article is no medical-industry claim
    sentences = ["시는 상수원 보호구역을 새로 지정한다.", "해양심층수를 바이오산업 같은 신산업과 결합하겠다."]
    assert "medical-industry" not in decide(ref, sentences)[1].slugs
    # constructed: in an article about it, it is
    sentences = [
        "도는 바이오산업을 미래 먹거리로 키운다.",
        "오송에 바이오산업 혁신센터를 짓는다.",
        "바이오산업 기업 100곳을 유치하겠다.",
    ]
    assert all("medical-industry" in d.slugs for d in decide(ref, sentences))
