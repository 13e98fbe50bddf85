"""0.126.0, read from set-qm's first blind run: a byline with its place in brackets glued to two names (qm-04,
ajunews) and a title ending in a stop above its subheadline and a date-and-reporter line (qm-09,
globalnewsagency). Lines from those texts."""

from __future__ import annotations

from tracker.clean.lines import footer_line
from tracker.clean.text import clean_lines


def test_a_place_in_brackets_glued_to_the_names() -> None:
    assert footer_line("(춘천)강대웅·위준휘 기자")[1].reporter == "강대웅·위준휘"
    assert footer_line("(춘천)강대웅 기자")[1].reporter == "강대웅"


def test_a_stopped_title_above_a_subheadline_and_a_date_with_its_reporter() -> None:
    lines = [
        "한상기 태안군수, ‘행복한 군민’ 시대 실현하겠다.",
        "",
        "16일 지역 언론인들과 간담회 갖고 새해 군정운영 방침 밝혀",
        "",
        "2017-01-17     송재우 기자",
        "",
        "[태안=글로벌뉴스통신] 한상기 태안군수가 16일(월) 지역 언론인과 만남의 자리를 갖고 군정 추진 방침을 밝혔다.",
    ]
    found = clean_lines(lines)[1]
    assert found.headline == "한상기 태안군수, ‘행복한 군민’ 시대 실현하겠다."
    assert (found.reporter, found.published) == ("송재우", "2017-01-17")
