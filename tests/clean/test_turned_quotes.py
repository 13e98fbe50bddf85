"""Quote marks typed the wrong way round (0.88.0) are turned back, so that the quote is a quote again; marks
typed the right way, or mixed, stay as they are. Lines are the real ones of the development sets named beside
them."""

from __future__ import annotations

import pytest

from tracker.clean.quotes import turn_quotes


@pytest.mark.parametrize(
    ("line", "turned"),
    [
        (  # set-mo mo-06 (gjfocus)
            "또한 ”원전해체연구소가 어디에 들어가는가는 생각만큼 큰 의미가 있는 것이 아니다“며  ”해체에 따른 지역경제가 "
            "효과가 얼마나, 어디에 귀속되는가가 더욱 중요하다“고 강조했다.",
            "또한 “원전해체연구소가 어디에 들어가는가는 생각만큼 큰 의미가 있는 것이 아니다”며  “해체에 따른 지역경제가 "
            "효과가 얼마나, 어디에 귀속되는가가 더욱 중요하다”고 강조했다.",
        ),
        (  # set-mb mb-05 (segye)
            "기존 삼척시 관광전략을 보완, 본인의 대표 공약인 ’삼척 경제살리기‘에 본격 나서겠다는 계획이다.",
            "기존 삼척시 관광전략을 보완, 본인의 대표 공약인 ‘삼척 경제살리기’에 본격 나서겠다는 계획이다.",
        ),
    ],
)
def test_reversed_quotes_are_turned(line: str, turned: str) -> None:
    assert turn_quotes(line) == turned


@pytest.mark.parametrize(
    "line",
    [
        "시는 ‘1897 개항문화거리’ 및 ‘서산동 보리마당’ 등 2개 도시재생 뉴딜사업을 시행중에 있다.",  # set-bt bt-04
        "그는 “좋다”고 말했다.",  # constructed: the right way round
        "”이어진 인용의 끝이다.”",  # constructed: a quote closed on this line, opened on the line before
        "“첫 인용”이라며 ”둘째 인용“이라고 했다.",  # constructed: mixed, so not all reversed: left as printed
    ],
)
def test_other_quotes_stay(line: str) -> None:
    assert turn_quotes(line) == line
