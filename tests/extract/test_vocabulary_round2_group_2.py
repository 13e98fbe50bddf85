"""Field vocabulary of round 2 for water supply, airports, transit, regeneration, housing, dementia, health,
welfare, childcare, education, tourism, safety, farming, autonomy, city halls and participation: programme
names and phrases of policy acts written from knowledge of local-government press releases, with
counter-examples where an everyday word alone sits in an article about something else."""

from __future__ import annotations

import pytest
from test_policies import decide  # the same sentence-by-sentence helper (tests/extract is on sys.path)

from tracker.reference import Reference


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "시는 상수원 다변화를 위해 강변여과수 개발과 비상급수 대책을 세운다.",
            "water-supply",
        ),  # constructed
        (
            "도는 군공항 예비이전후보지 선정과 관문공항 건설을 정부에 요구했다.",
            "airport-relocation",
        ),  # constructed
        (
            "군은 교통복지를 위해 천원택시를 도입하고 대중교통체계를 개편한다.",
            "public-transit",
        ),  # constructed
        (
            "시는 구도심 폐산업시설을 활용한 도시재생 인정사업을 신청했다.",
            "urban-regeneration",
        ),  # constructed
        (
            "구는 서민 주거 안정을 위해 집수리 지원과 공공지원 민간임대 공급을 늘린다.",
            "housing",
        ),  # constructed
        ("센터는 기억키움학교에서 인지훈련과 공공후견 사업을 운영한다.", "dementia-care"),  # constructed
        ("군은 공중보건의 부족에 따른 의료공백을 막고 방문진료를 늘린다.", "public-health"),  # constructed
        ("구는 약자와의 동행을 위해 사회안전망과 통합사례관리를 강화한다.", "welfare"),  # constructed
        ("시는 자활센터와 희망복지지원단을 통해 긴급지원을 확대한다.", "welfare"),  # constructed
        (
            "시는 출생기본수당과 시간제보육으로 아이 낳고 키우기 좋은 도시를 만든다.",
            "childcare-birth",
        ),  # constructed
        ("교육지원청은 마을교육공동체와 진로체험 프로그램을 늘린다.", "education"),  # constructed
        ("도는 관광두레와 팸투어로 외래관광객 유치에 나선다.", "culture-tourism"),  # constructed
        ("군은 관광객 1000만 명 유치를 목표로 내걸었다.", "culture-tourism"),  # constructed
        (
            "시는 상습침수 지역에 빗물받이를 정비하고 재해위험지구를 지정했다.",
            "disaster-safety",
        ),  # constructed
        ("군은 농업인월급제와 공공형 계절근로로 농가소득을 지킨다.", "agriculture"),  # constructed
        ("시도지사협의회는 지방분권 개헌과 재정자립도 개선을 촉구했다.", "decentralization"),  # constructed
        ("군은 노후청사 문제로 청사 설계 공모를 진행한다.", "city-hall"),  # constructed
        ("구는 주민주도형 마을계획단과 시민자문단을 꾸린다.", "citizen-participation"),  # constructed
        ("주민이 직접 제안한 사업을 예산에 반영하겠다.", "citizen-participation"),  # constructed
        ("홀로 사시는 어르신들을 돌보는 일에 힘쓰겠다.", "welfare"),  # constructed
    ],
)
def test_round2_vocabulary_makes_a_claim(ref: Reference, text: str, slug: str) -> None:
    assert slug in decide(ref, [text])[0].slugs


@pytest.mark.parametrize(
    ("sentences", "slug"),
    [
        # constructed: a smart-city article whose last sentence names a landmark and a night view
        (
            [
                "시는 올해 스마트시티 조성 사업에 100억 원을 투입한다고 밝혔다.",
                "스마트시티 통합플랫폼은 도시의 랜드마크처럼 야경도 관리한다.",
            ],
            "culture-tourism",
        ),
        # constructed: rain and a landslide of figures in an article about a festival budget
        (
            [
                "군은 지역축제 예산을 늘리고 관광객 유치에 나선다고 밝혔다.",
                "장마철에는 공연 일정을 조정한다.",
            ],
            "disaster-safety",
        ),
        # constructed: a health centre as the venue of a jobs programme
        (
            [
                "구는 청년 일자리 박람회를 열고 취업 상담을 한다.",
                "행사장은 보건소 옆 광장이다.",
            ],
            "public-health",
        ),
        # constructed: complaints about noise in an article about an industrial complex
        (
            [
                "시는 일반산업단지 투자유치에 총력을 기울인다고 밝혔다.",
                "시는 공사 소음 민원에 대응하고 있다.",
            ],
            "citizen-participation",
        ),
        # constructed: a rent figure in an article about small merchants
        (
            [
                "구는 전통시장 활성화를 위해 상인회와 협약을 맺었다.",
                "상가 임대료가 올라 상인들이 어려움을 겪고 있다.",
            ],
            "housing",
        ),
    ],
)
def test_generic_word_alone_in_another_article_is_no_claim(
    ref: Reference, sentences: list[str], slug: str
) -> None:
    assert slug not in decide(ref, sentences)[-1].slugs
