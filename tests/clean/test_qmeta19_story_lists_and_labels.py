"""Metadata round 19, from set-fo … fr's misses (read after their judgement): a site's lists of stories named like an
outlet ('주요뉴스', '트랜드뉴스') are no outlet and, above a title, part of its menu; a hashtag of the outlet's name; a
byline slot's bare label ('기자') is no reporter's name; a caption whose credit a table cell's bar follows."""

from __future__ import annotations

from tracker.clean.lines import normalise_line
from tracker.clean.outlets import outlet_name
from tracker.clean.text import clean_lines

STORY = "세종시는 21일 5대 비전을 발표했다고 밝혔다."


def test_lists_of_stories_are_no_outlet() -> None:
    # set-fp fp-08 (donga.com), set-fr fr-04 and set-ei ei-02 (newspim.com), set-ao ao-02 (smnews)
    for name in ("트랜드뉴스", "주요뉴스", "주요뉴스 대전·세종·충남", "지역뉴스 대구"):
        assert outlet_name(name) is None, name
    assert outlet_name("#은평시민신문") == "은평시민신문"  # set-fo fo-06: a hashtag


def test_a_wire_s_menu_with_its_story_lists_above_the_title() -> None:
    # set-fr fr-04 (newspim.com)
    lines = [
        "MY 뉴스",
        "주요뉴스 대전·세종·충남",
        "",
        '최민호 세종시장 "5대 비전 완성...시민과 함께 나아갈 것"',
        "",
        "기사등록 : 2026-01-21 09:53",
        "",
        STORY,
    ]
    assert clean_lines(lines)[1].headline == '최민호 세종시장 "5대 비전 완성...시민과 함께 나아갈 것"'


def test_a_byline_slot_s_bare_label_is_no_name() -> None:
    # set-fq fq-06 (aanews): '기자' above the date, the name left empty
    lines = ["청년창업·문화·교류의 중심 '구미영스퀘어' 개소", "", "기자", "2025-11-10 10:06:20", "", STORY]
    found = clean_lines(lines)[1]
    assert (found.reporter, found.field_reporter) == (None, None)


def test_a_caption_with_its_credit_and_a_cell_s_bar() -> None:
    # set-fr fr-09 (joongdo.co.kr)
    line = "심덕섭 고창군수가 지난 26일 열린 기공식에서 인사말을 하고 있다./고창군 제공 |"
    assert normalise_line(line).endswith("고창군 제공")
