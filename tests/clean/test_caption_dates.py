"""A photo's day is no publication day: the brief's rule for undated texts (a caption's date does not date the
story). Lines from newspim pages, whose captions carry the agency's dateline, the day and the photographer's e-mail
(set-of of-07, of-08)."""

from __future__ import annotations

from tracker.clean.dates import stamped_date
from tracker.clean.text import clean_lines

STORY = "[원주=뉴스핌] 이형섭 기자 = 원강수 강원 원주시장은 11일 국무총리에게 원주시의 핵심 현안 사업을 건의했다."


def test_a_caption_with_the_agency_s_dateline_is_no_date_field() -> None:
    caption = "| [원주=뉴스핌] 이형섭 기자 = 원강수 원주시장. 2025.07.03 onemoregive@newspim.com |"
    assert stamped_date([STORY, "![]() |", caption, STORY]) is None


def test_a_caption_in_the_body_gives_its_outlet_but_not_its_day() -> None:
    lines = [
        "[제주=뉴스핌] 문미선 기자 = 제주도가 2026년까지 임대주택 4900호를 포함, 공공주택 총 7000호를 공급한다.",
        "",
        "제주도는 30일 도청 기자실에서 브리핑을 통해 공공주택 공급 계획을 발표했다.",
        "",
        "[제주=뉴스핌] 문미선 기자 = 제주도가 2026년까지 공공주택 7000호를 공급한다. 2022.11.30 mmspress@newspim.com",
        "",
        "이와 함께 주거취약계층을 위해 통합공공임대주택을 공급한다.",
    ]
    body, found = clean_lines(lines)
    assert found.published is None
    assert found.outlet == "뉴스핌"
    assert not any("mmspress" in line for line in body)
