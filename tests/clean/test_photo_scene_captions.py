"""A photo's caption left in the body as a line of its own: someone on a day at a place, in the act of a visible
deed, in the present progressive a story never narrates an event in. Such a line is no claim (the corpus README:
captions are not claims); a story's '속도를 내고 있다' is no caption."""

from __future__ import annotations

import pytest

from tracker.clean.captions import is_caption_line
from tracker.clean.text import clean_lines


@pytest.mark.parametrize(
    "line",
    [
        # set-bw bw-01 (a photo date after the caption), set-ds ds-06, set-ep ep-01, set-el el-03
        "오세훈 서울시장이 10일 서울시청에서 청년주거 안정 대책을 발표하고 있다. 2026.3.10.",
        "진교훈 서울 강서구청장이 지난 7일 국회에서 열린 ‘2025 참좋은 지방자치정책대회’에서 발표하고 있다.",
        "김영환 충북지사가 14일 도청에서 청년세대와 간담회를 하고 있다.",
        "| ▲ 강기정 광주광역시장이 20일 오후 시청 소회의실에서 열린 청년정책조정위원회 회의를 주재하고 있다.",
    ],
)
def test_a_photo_s_scene_is_a_caption(line: str) -> None:
    assert is_caption_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # set-dz dz-08: a story's progressive names no deed of the moment
        "충남도가 23일 도내 6개 시군에서 18개 기업과 4355억 원 규모의 투자협약을 체결하며 지역 산업 경쟁력 강화와 "
        "일자리 창출에 속도를 내고 있다.",
        # set-co co-05: a source cited
        "22일 시에 따르면 시는 지난 21일 시청 상황실에서 착수보고회를 열고 사업 추진에 속도를 내고 있다.",
        # constructed: a quote, and two sentences, are story
        "시장은 20일 시청에서 “청년 일자리를 늘리겠다”고 설명하고 있다.",
        "시장이 20일 시청에서 대책을 발표하고 있다. 시는 내년까지 100억원을 투입한다.",
    ],
)
def test_a_story_sentence_is_no_caption(line: str) -> None:
    assert not is_caption_line(line)


def test_the_provider_below_such_a_caption_goes_with_it() -> None:
    # set-aa aa-02: '동대문구 제공' on the line below the caption is that photo's credit, not the story's first words
    lines = [
        "청년들 위한 ‘내 일’의 문 동대문구가 열어줄게요",
        "",
        "유덕열(두 번째 줄 가운데 노란옷) 동대문구청장이 20일 구청에서 지역주도형 청년 일자리 사업에 참여한 청년들과 "
        "파이팅을 외치고 있다.",
        "동대문구 제공",
        "서울 동대문구는 20일 ‘지역주도형 청년일자리 사업’ 발대식을 가졌다고 밝혔다.",
    ]
    body, found = clean_lines(lines)
    assert body[0].startswith("서울 동대문구는")
    assert "동대문구 제공" in found.captions
