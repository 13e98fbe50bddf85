"""Metadata round 7: datelines below the lead (a caption, a subheadline or page chrome kept above the story's
own byline), a full-width equals sign, a bar between outlet and reporter, a known outlet alone in round
brackets. Lines are the real ones of the development sets named beside them, unless marked constructed."""

from __future__ import annotations

import pytest

from tracker.clean.header import strip_dateline
from tracker.clean.text import clean_lines


@pytest.mark.parametrize(
    ("line", "outlet", "reporter", "rest"),
    [
        # set-cn cn-06 (heraldcorp): a full-width equals sign
        ("[헤럴드경제(부산)＝이주현 기자] 기장군은 최근", "헤럴드경제", "이주현", "기장군은 최근"),
        # set-bw bw-02 (ilyoseoul): a bar between the outlet and the reporter
        ("[일요서울ㅣ이지현 기자] 박원순 서울시장은 24일", "일요서울", "이지현", "박원순 서울시장은 24일"),
        # set-cl cl-02 (jungdoilbo): a known outlet alone in round brackets
        ("(정도일보) 김태우 서울 강서구청장이 27일", "정도일보", None, "김태우 서울 강서구청장이 27일"),
    ],
)
def test_dateline_forms(line: str, outlet: str, reporter: str | None, rest: str) -> None:
    left, found = strip_dateline(line)
    assert (found.outlet, found.reporter, left) == (outlet, reporter, rest)


@pytest.mark.parametrize("line", ["(사진) 김 시장이 …", "(서울시) 다음 달부터 …", "(가운데) 홍길동 시장"])
def test_round_brackets_that_name_no_outlet_stay(line: str) -> None:  # constructed
    left, found = strip_dateline(line)
    assert found.outlet is None and left == line


def test_dateline_below_a_caption_line_is_read_and_cut() -> None:
    # set-ci ci-07 (ilyo): the photo's caption kept as the line above the story's dateline
    lines = [
        "민선 출범이후 전통시장 6곳에 총 277억 원 투입",
        "김해시 삼방시장 입구 모습.",
        "[일요신문] 김해시가 올해도 지역 전통시장 살리기에 가속도를 낸다.",
        "김해시는 민선 출범이후 지난해까지 전통시장 6개소에 시설현대화 사업으로 231억 원을 투입했으며, 올해도 46억 원을 투입할 계획이라고 5일 밝혔다.",  # its first sentence
    ]
    body, found = clean_lines(lines)
    assert found.outlet == "일요신문"
    assert "김해시가 올해도 지역 전통시장 살리기에 가속도를 낸다." in body
    assert not any(line.startswith("[일요신문]") for line in body)


def test_place_in_a_late_bracket_is_no_outlet() -> None:
    # set-am am-03 (breaknews): '[남상훈 기자 = 양구군]' below the caption names the reporter and the county; the
    # county is not the outlet, which the photo credit names (a place is only read as an outlet at the lead)
    lines = [
        "",
        "양구군, '귀농·귀촌 지원사업' 활발...안정적 정착·인구 유입 기여",
        "",
        "현장 실습, 영농정착지원금, 귀농·귀촌 지원센터 운영 등",
        "",
        "남상훈 기자 | 기사입력 2022/12/12 [10:13]",
        "",
        "▲ <사진제공=양구군>     ©경기북부/강원 브레이크뉴스",
        "",
        "",
        "[남상훈 기자 = 양구군] 양구군은 귀농·귀촌인의 안정적인 정착을 위해 귀농인과 선도 농가를 대상으로 현장 실습 지원, 영농정착지원금 지원사업 및 귀농·귀촌 지원센터 운영 등 다양한 지원사업을 실시하고 있다고 밝혔다.",  # its first sentence
    ]
    _, found = clean_lines(lines)
    assert found.reporter == "남상훈"
    assert found.outlet is None
    assert found.inner_outlet == "브레이크뉴스"


def test_a_late_bracket_beyond_the_first_paragraphs_is_body_text() -> None:  # constructed
    lines = ["제목 줄입니다 길게", "첫 문단은 이렇게 시작했다."]
    for k in range(6):
        lines += ["", f"{k}번째 문단도 이어진다."]
    lines += ["", "[일요신문] 인용된 다른 기사의 첫 문장이다."]
    body, found = clean_lines(lines)
    assert found.outlet is None
    assert "[일요신문] 인용된 다른 기사의 첫 문장이다." in body
