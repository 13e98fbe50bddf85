"""A breadcrumb of the site's sections above the title (0.90.0) is the site's furniture, not the title: '뉴스 >
강릉시정 뉴스' (set-mn mn-01), '> LIVE! 부산 > 시정 브리핑' (set-dd dd-09). Titles that print a '>' of their
own stay titles."""

from __future__ import annotations

import pytest

from tracker.clean.header import _SITE_CHROME
from tracker.clean.text import clean_lines


def test_a_breadcrumb_above_the_title_is_skipped() -> None:
    # set-mn mn-01 (wawo), its first lines
    lines = [
        "뉴스 > 강릉시정 뉴스",
        "",
        "강릉시, 탄소중립 친환경 도시 추진 본격화",
        "",
        "기사입력 2021.06.08 19:44",
        "",
        "강릉시는 탄소중립 친환경 도시 조성을 위한 사업을 본격 추진한다고 8일 밝혔다.",
    ]
    assert clean_lines(lines)[1].headline == "강릉시, 탄소중립 친환경 도시 추진 본격화"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("> LIVE! 부산 > 시정 브리핑", True),  # set-dd dd-09
        ("JCN 뉴스 >JCN 뉴스", True),  # set-mo mo-05
        ("새해설계·문인>“북구민과 함께 2025년 대전환의 길을”", False),  # set-bj bj-04: a title
        ('문인 북구청장>"행복 북구 실현하겠다"', False),  # set-bn bn-09: a title
        ("<신년.5> '올림픽 도시 강릉' 세계로 도약", False),  # set-fp fp-04: a series label, a title
    ],
)
def test_what_a_breadcrumb_is(line: str, chrome: bool) -> None:
    assert bool(_SITE_CHROME.search(line)) is chrome
