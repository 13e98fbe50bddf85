"""Metadata round 26, from set-hc … hf's misses (read after their judgement): a video player's settings
('code:068h', 'device:') above the title are chrome; a closing '[신아일보] 시흥/' names the paper with no reporter;
OhmyNews's note that a story also ran in a local paper names that paper; a paper's brand without its '신문'
('에너지경제 포토') is the table's outlet; a name with its place in the photo is a caption, and an agency's name
alone below a caption is that photo's credit, not the story's outlet."""

from __future__ import annotations

from tracker.clean.captions import bare_provider_line, is_caption_line
from tracker.clean.lines import footer_line
from tracker.clean.outlets import outlet_name
from tracker.clean.text import clean_lines


def test_player_settings_above_the_title() -> None:
    # set-hd hd-04 (edaily.co.kr): the headline and the dateline's outlet were lost below them
    lines = [
        "code:068h",
        "device:",
        "close_button",
        "",
        "부천시 도시재생사업 성과 ‘풍성’…원도심 활성화",
        "",
        "이종일 기자I 2021.04.02 13:38:53",
        "",
        "[부천=이데일리 이종일 기자] 경기 부천시는 최근 5년간 소사 도시재생사업을 추진해 원도심이 활성화됐다고 2일 밝혔다.",
    ]
    body, found = clean_lines(lines)
    assert found.headline == "부천시 도시재생사업 성과 ‘풍성’…원도심 활성화"
    assert found.outlet == "이데일리"
    assert not any("code:" in line for line in body)


def test_a_closing_bracket_with_the_desk_and_no_reporter() -> None:
    # set-hd hd-01 (shinailbo.co.kr)
    is_byline, told = footer_line("[신아일보] 시흥/")
    assert is_byline and told.outlet == "신아일보" and told.reporter is None
    # the form with the reporter still reads both
    told = footer_line("[신아일보] 부산/김삼태 기자")[1]
    assert (told.outlet, told.reporter) == ("신아일보", "김삼태")


def test_a_story_that_also_ran_in_a_local_paper() -> None:
    # set-hf hf-04 (ohmynews.com); set-fo fo-06's gold names the local paper the same way
    is_note, told = footer_line("덧붙이는 글 | 이 기사는 충북인뉴스에도 실렸습니다.")
    assert is_note and told.outlet == "충북인뉴스"
    assert footer_line("덧붙이는 글 이 기사는 은평시민신문에도 실렸습니다.")[1].outlet == "은평시민신문"


def test_a_brand_without_its_newspaper_word() -> None:
    # set-hd hd-02 (ekn.kr): its photo section's label came first and named '에너지경제'
    assert outlet_name("에너지경제 포토") == "에너지경제신문"
    assert outlet_name("에너지경제") == "에너지경제신문"
    assert outlet_name("서울경제") == "서울경제"  # a table name of its own stays itself


def test_a_named_position_caption_and_its_agency_credit() -> None:
    # set-hd hd-08 (seoul.co.kr): the caption was read as the headline and its credit as the outlet
    assert is_caption_line("최문순(왼쪽·더불어민주당) 강원도지사 당선자")
    assert bare_provider_line("연합뉴스")
    assert not bare_provider_line("3선 고지에 오른 최문순 당선자는 소감을 밝혔다.")
    lines = [
        "최문순(왼쪽·더불어민주당) 강원도지사 당선자",
        "연합뉴스",
        "연합뉴스",
        "3선 고지에 오른 최문순(62·더불어민주당) 강원도지사 당선자는 이렇게 소감을 밝혔다.",
        "춘천 조한종 기자 bell21@seoul.co.kr",
    ]
    body, found = clean_lines(lines)
    assert found.headline is None
    assert found.outlet is None and found.email_outlet == "서울신문"
    assert body[0].startswith("3선 고지에")
