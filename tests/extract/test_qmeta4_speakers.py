"""A proposal or request made a noun as the object of the reporting verb (`…이 … 만들 것을 제안했다`): the
subject inside it is what is proposed, and the one proposing is dropped (set-n n-01)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.officials import find_mentions
from tracker.extract.speakers import attribute_speakers
from tracker.extract.units import split_units
from tracker.reference import Reference

DAY = date(2018, 3, 13)


def _speakers(text: str, reference: Reference) -> list[tuple[str | None, str | None]]:
    units = split_units(text)
    mentions, _ = find_mentions(text, reference, on=DAY, jurisdiction_code="27", units=units)
    return [(s.person_key, s.text) for s in attribute_speakers(text, units, mentions)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # set-n n-01 (노컷뉴스), the governor's name changed to one of the test's jurisdiction
        (
            "권영진 대구시장은 수소경제사회 선도를 위한 시의 노력을 소개했다.\n\n"
            "그러면서 중앙정부와 지방정부가 함께 참여해 수소에너지 보급·확산을 위한 국가 로드맵을 만들 것을 제안했다.",
            [("kwon-young-jin", "권영진 대구시장"), ("kwon-young-jin", "권영진 대구시장")],
        ),
        # set-n n-07 (스페셜경제), shortened: a release written before the event, in the present tense
        (
            "권영진 대구시장은 “지속적인 지원을 하겠다”고 밝힐 예정이다.\n\n"
            "아울러 “협약기업은 지역경제 발전에 중추적인 역할을 해줄 것”을 당부한다.",
            [("kwon-young-jin", "권영진 대구시장"), ("kwon-young-jin", "권영진 대구시장")],
        ),
        # constructed: the proposer is written, outside the proposal
        (
            "권영진 대구시장은 시의 노력을 소개했다.\n\n시민단체가 국가 로드맵 수립을 제안했다.",
            [("kwon-young-jin", "권영진 대구시장"), (None, None)],
        ),
        # constructed: the topic is the proposer, whatever the proposal's subject
        (
            "권영진 대구시장은 시의 노력을 소개했다.\n\n대구시는 정부가 로드맵을 만들 것을 제안했다.",
            [("kwon-young-jin", "권영진 대구시장"), (None, None)],
        ),
    ],
)
def test_proposal_content_subject(ref: Reference, text: str, expected: list) -> None:
    found = _speakers(text, ref)
    assert [(k, t and t.split("\n")[0]) for k, t in found] == expected
