"""Round 5 of the field vocabulary (0.84.0): island ferries are the public transport of island residents
(`여객선`, `뱃삯`, `해상교통`, `카페리`); the golds of the development sets tag their fares and routes public-transit
(set-dw dw-01, set-gq gq-04, set-ea ea-01), and the taxonomy named only `연안여객선` and `여객선 운임`. Real sentences
of those sets, and a constructed counter-example."""

from __future__ import annotations

import pytest
from test_policies import decide  # the same sentence-by-sentence helper (tests/extract is on sys.path)

from tracker.reference import Reference


@pytest.mark.parametrize(
    "text",
    [
        "인천 옹진군은 올해부터 1박 2일 이상 4박 5일 이하 일정으로 인천 섬을 찾는 출향민에게 뱃삯 70%를 할인해 준다고 2일 밝혔다.",  # set-dw dw-01
        "옹진군에 따르면 군은 민선 8기 출범 이후 ‘해상교통 혁신을 통한 정주 여건 개선’을 핵심 정책으로 추진하고 있다.",  # set-gq gq-04
        "이 초쾌속 대형 카페리 여객선은 2600t급으로 인원 573명, 차량 50대, 화물 10t을 수용할 수 있는 규모로 건조된다.",  # set-gq gq-04
    ],
)
def test_island_ferries_are_public_transit(ref: Reference, text: str) -> None:
    assert "public-transit" in decide(ref, [text])[0].slugs


def test_a_ferry_in_a_tourism_story_is_no_transit_policy_by_itself(ref: Reference) -> None:
    # constructed: a festival's boat tour names a ferry, but the sentence is about the festival
    slugs = decide(ref, ["군은 섬 축제 기간에 관광객을 위한 여객선 투어와 공연을 마련했다."])[0].slugs
    assert "culture-tourism" in slugs
