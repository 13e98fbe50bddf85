"""Kinds from verb endings and tense (ANNOTATION_NOTES convention 7), on sentences of the seed corpus."""

from __future__ import annotations

import pytest

from tracker.extract.kinds import classify_kind
from tracker.extract.kiwi import get_kiwi
from tracker.extract.quantities import find_quantities


def kind(text: str) -> str:
    return classify_kind(text, get_kiwi().tokenize(text), find_quantities(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plans: 겠, 어야 하다/되다, ㄹ 계획/예정이다, 기로 하다, a pledge
        (
            "여성범죄 예방에서 나아가 영등포 주민 모두가 만족할 수 있는 안전도시 만들기에 박차를 가하겠다",
            "plan",
        ),
        ("우리의 스마트시티는 전부 오픈플랫폼으로 가야 한다.", "plan"),
        ("스마트시티 조성의 컨트롤 타워 역할을 할 ‘스마트시티지원센터’를 집중적으로 만들어야 된다", "plan"),
        ("광주시는 글로벌 부품기업으로 성장할 수 있도록 전방위 맞춤형 기업 지원을 할 계획이다.", "plan"),
        ("또한, 5월중에 추가 모집을 통해 2차로 5개 기업을 선정할 예정이다.", "plan"),
        (
            "충북도교육청은 4일 단양군과 함께 단양 국가지질공원을 주제로 한 교재를 만들기로 했다고 밝혔다.",
            "plan",
        ),
        ("창업지원단은 사업 안정화와 성장 지원을 이어나갈 것을 약속했다.", "plan"),
        # achievements: a past result, credit for having started something, a completed step
        ("지역 전장부품 기업 5개사를 1차로 선정했다.", "achievement"),
        ("치매국가책임제 등이 우리가 3년 전부터 시행해 왔던 것이 국가정책으로 발전했다", "achievement"),
        ("국회 국토교통위원회 법안심사소위가 '가덕신공항건설공단법'을 통과시켰습니다.", "achievement"),
        ("대구 로봇산업도 미래신성장 동력으로 급부상하고 있다.", "achievement"),
        ("의료산업도 2014년 이후 지속적 성장세를 보이고 있다.", "achievement"),
        # target: a numeric goal
        (
            "대구시는 2030년까지 로봇기업수 662개사, 고용 1만1799명 규모의 성장을 목표로 추진하고 있다.",
            "target",
        ),
        # statements: descriptions, costs, expectations
        ("스마트시티 구축하는데 도시공사에서 드는 비용이 100억 원 정도 밖에 안된다", "statement"),
        ("국내 유일의 국가물산업클러스터는 전주기 지원을 위해 만들어진 시설이다.", "statement"),
        ("가덕신공항 2029년 조기 개항이 탄력을 받을 전망입니다.", "statement"),
        ("다른 지자체로도 확산 가능할 것으로 기대하고 있다.", "statement"),
    ],
)
def test_classify_kind(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_criticism() -> None:
    # constructed
    assert kind("시의회는 신청사 건립 예산이 부실하게 편성됐다고 비판했다.") == "criticism"


def test_quote_framed_as_criticism() -> None:
    # constructed (adapted from a 2022 매일신문 quote)
    sentence = '김 의원은 "트램은 이미 도심 교통수단으로서 구시대 유물"이라고 비판했다.'
    tokens = get_kiwi().tokenize(sentence)
    start, end = sentence.index("트램"), sentence.index("유물") + 2
    inside = [t for t in tokens if t.start >= start and t.start + t.len <= end]
    frame = [t for t in tokens if t.start + t.len <= start or t.start >= end]
    assert classify_kind(sentence[start:end], inside, frame=frame) == "criticism"
    assert classify_kind(sentence[start:end], inside) == "statement"
    # the same words narrated without a criticising verb stay a statement
    # constructed
    assert kind("시는 트램 정책을 폐기하고 새 노선을 검토한다고 밝혔다.") == "statement"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present tense with a future time word is an announced plan
        ("강원 동해시는 내년 노인 돌봄 지원사업을 양적·질적으로 확대한다고 9일 밝혔다.", "plan"),
        # the reported clause decides, not the past tense of `밝혔다`
        ("문경시는 설립안 동의를 마무리하고 관련 세부내용 협의를 완료했다고 12일 밝혔다.", "achievement"),
        # ongoing support is a statement (convention 7), even with `~도록 … 되`
        ("시는 시설이 원활하게 확충될 수 있도록 시설조성비와 초기 운영비를 지원하고 있다.", "statement"),
    ],
)
def test_reported_and_present_tense(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_plan_to_reach_a_number_is_a_target() -> None:
    # from a 2024 연합뉴스 article on 동해시 (outside the corpus)
    text = "이에 시는 37억원을 들여 노인돌봄 서비스 수혜자를 올해 월평균 1천183명에서 내년에는 월평균 1천210명으로 확대할 계획이다."
    assert kind(text) == "target"
    # an administrative step with a count stays a plan (unknown-gwangju gold)
    assert kind("또한, 5월중에 추가 모집을 통해 2차로 5개 기업을 선정할 예정이다.") == "plan"
