"""Classes of the blind sets q and r: crime-prevention safety, the pandemic as circumstance, the size of a
problem as background, a question asking for an opinion, and speech acts that name who speaks
(`…을 건의했다`, `…는 뜻을 밝히고 나섰다`, `…는 게 강 시장의 의지다`). Constructed sentences (`# constructed`)
and counter-examples; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest
from test_policies import decide  # the same sentence-by-sentence helper (tests/extract is on sys.path)
from test_speakers import _speakers

from tracker.reference import Reference


@pytest.mark.parametrize(
    "text",
    [
        "구는 올해 안심귀가 서비스를 6개 동으로 확대한다.",  # constructed
        "보안관 2명이 밤마다 골목길을 순찰하며 112신고 건수가 크게 줄었다.",  # constructed
        "구는 CCTV 관제센터를 24시간 운영하고 있다.",  # constructed
        "구는 범죄 취약계층을 위한 보호 사업을 펼친다.",  # constructed
    ],
)
def test_crime_prevention_is_disaster_safety(ref: Reference, text: str) -> None:
    decision = decide(ref, [text])[0]
    assert "disaster-safety" in decision.slugs
    assert "welfare" not in decision.slugs


def test_a_patrol_alone_is_not_safety_policy(ref: Reference) -> None:
    # constructed: patrols against illegal burning are enforcement in an article about fine dust
    sentences = [
        "시는 미세먼지 저감을 위해 공사장 관리를 강화한다.",
        "생활폐기물 불법 소각 단속을 강화하는 등 순찰활동을 적극 실시한다.",
    ]
    assert "disaster-safety" not in decide(ref, sentences)[1].slugs


@pytest.mark.parametrize(
    "text",
    [
        "신년 기자회견은 코로나19의 확산에 따른 사회적 거리두기로 비대면으로 진행됐다.",  # constructed
        "시는 포스트 코로나 시대에 대비해 행정 혁신을 추진한다.",  # constructed
        "맞춤형 경제백신으로 민생을 안정시키겠다.",  # constructed
    ],
)
def test_the_pandemic_as_circumstance_is_no_health_claim(ref: Reference, text: str) -> None:
    assert "public-health" not in decide(ref, [text])[0].slugs


def test_fighting_the_pandemic_is_a_health_claim(ref: Reference) -> None:
    text = "시는 코로나19 확산을 막기 위해 선별진료소를 늘렸다."  # constructed
    assert "public-health" in decide(ref, [text])[0].slugs


@pytest.mark.parametrize(
    "text",
    [
        "도내 온실가스 배출량은 전국의 22%를 차지하고 있다.",  # constructed
        "초미세먼지 배출량 전국 1위라는 불명예도 안고 있다.",  # constructed
    ],
)
def test_the_size_of_the_problem_is_background(ref: Reference, text: str) -> None:
    assert decide(ref, [text])[0].slugs == ()


@pytest.mark.parametrize(
    "text",
    [
        "시는 미세먼지 배출량을 2030년까지 30% 줄이겠다고 밝혔다.",  # constructed: a target
        "지난해 초미세먼지 농도는 전년보다 20% 낮아졌다.",  # constructed: a result, past tense
        "도는 온실가스 배출량 감축 로드맵을 수립했다.",  # constructed: a measure
    ],
)
def test_figures_of_measures_and_results_stay_claims(ref: Reference, text: str) -> None:
    assert decide(ref, [text])[0].slugs != ()


def test_a_question_asking_for_an_opinion_is_no_claim() -> None:
    from tracker.clean.article import ArticleMeta
    from tracker.extract.claims import _eligible

    meta = ArticleMeta()
    assert not _eligible("시민 여러분, 트램 도입에 대해 어떻게 생각하십니까.", meta)  # constructed
    # constructed: a rhetorical question asserts, and stays eligible
    assert _eligible("지역화폐가 소상공인을 살린다는 걸 모르시진 않으시지요?", meta)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructed: a formal proposal is said by its subject
        (
            "권영진 대구시장이 20일 총리와 만나 취수원 다변화 정책 추진을 건의했다.",
            [("kwon-young-jin", "권영진 대구시장")],
        ),
        # constructed: a will stated as `…는 뜻을 밝히고 나섰다`
        (
            "권영진 대구시장이 “물산업을 키우겠다”는 뜻을 다시 한 번 밝히고 나섰다.",
            [("kwon-young-jin", "권영진 대구시장")],
        ),
    ],
)
def test_speech_acts_name_the_speaker(ref: Reference, text: str, expected: list) -> None:
    found = _speakers(text, ref, date(2018, 3, 13), "27")
    assert [(s.person_key, s.text) for _, s in found][: len(expected)] == expected


def test_the_will_of_the_mayor_after_the_sentence_names_him(ref: Reference) -> None:
    # constructed: `…겠다는 게 권 시장의 의지다`
    text = "권영진 시장은 15일 간담회를 열었다. 물산업 클러스터를 키우겠다는 게 권 시장의 의지다."
    found = _speakers(text, ref, date(2018, 3, 13), "27")
    assert found[-1][1].person_key == "kwon-young-jin"


def test_how_to_use_a_service_is_a_notice(ref: Reference) -> None:
    # constructed: the instruction to readers is no claim; the service itself is
    sentences = [
        "구는 올해 안심귀가 서비스를 6개 동으로 확대한다.",
        "활동지역 외에는 112로 전화해 안심귀가 서비스를 신청·이용하면 된다.",
    ]
    decisions = decide(ref, sentences)
    assert "disaster-safety" in decisions[0].slugs
    assert decisions[1].slugs == ()
