"""A finance site's market ticker above its title, and its story tools below it (0.125.0; wowtv pages, set-cr cr-02,
set-hg hg-08). Lines from set-cr cr-02."""

from __future__ import annotations

from tracker.clean.lines import is_junk
from tracker.clean.text import clean_lines

PAGE = [
    "코스피",
    "",
    "2,501.24",
    "",
    "  • 20.61",
    "  • 0.83%",
    "코스닥",
    "",
    "677.01",
    "",
    "  • 3.66",
    "  • 0.54%",
    "1/3",
    "",
    '김동연 지사 "청년에게 더 많은, 더 고른 기회 줄 것"',
    "페이스북 노출 0",
    "핀(구독)!",
    "글자 크기 설정",
    "",
    "김동연 경기지사가 17일 청년들과 만나 청년에게 더 많은 기회를 주겠다고 밝혔다.",
]


def test_the_title_below_a_market_ticker() -> None:
    body, found = clean_lines([line.strip() for line in PAGE])
    assert found.headline == '김동연 지사 "청년에게 더 많은, 더 고른 기회 줄 것"'
    assert found.subheadline is None
    assert body[0].startswith("김동연 경기지사가 17일")


def test_share_counts_and_story_tools_are_page_furniture() -> None:
    assert is_junk("페이스북 노출 0")
    assert is_junk("핀(구독)!")
    assert not is_junk("페이스북 노출 광고 예산을 늘렸다")


def test_a_figure_below_the_title_stays_in_the_story() -> None:
    # constructed: once the title is read, a figure on its own line (a table's cell) is the story's, no ticker
    body, found = clean_lines(["청년 일자리 예산 현황", "", "2,501", "", "경기도는 올해 청년 일자리 예산을 늘렸다고 밝혔다."])
    assert found.headline == "청년 일자리 예산 현황"
    assert "2,501" in body
