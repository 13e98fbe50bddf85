"""Metadata round 9: an outlet the table does not know in a bracket opening the story, a copyright holder before
its slogan, datelines far down a page full of menus, a dateline whose bracket is never closed, and the anchor's
hand-offs of broadcast scripts. Lines are the real ones of the development sets named beside them."""

from __future__ import annotations

from tracker.clean.header import bracket_brand, strip_dateline
from tracker.clean.lines import copyright_outlet
from tracker.clean.text import broadcast_credits, clean_lines


def test_a_bracketed_brand_opening_the_story_is_the_outlet() -> None:
    # set-at at-05 (newspeak), set-ba ba-08 (cwtimes), set-cx cx-03 (sisamagazine)
    assert strip_dateline("[뉴스피크] “수원시장으로서 계획했던 것을”")[1].outlet == "뉴스피크"
    rest, found = strip_dateline("[times창원]창원특례시(시장 홍남표)는 2일 시무식을 개최했다.")
    assert (found.outlet, rest) == ("times창원", "창원특례시(시장 홍남표)는 2일 시무식을 개최했다.")
    assert strip_dateline("[시사매거진/광주전남] 광주광역시 동구청은")[1].outlet == "시사매거진"


def test_section_labels_and_places_in_brackets_are_no_outlet() -> None:
    # constructed: labels bracketed the same way, with and without a word of outlets' names
    for label in ("신년인터뷰", "포토뉴스", "기자수첩", "단독", "지방시대", "인물포커스", "동대문구", "카드뉴스"):
        assert bracket_brand(label) is None, label
    assert strip_dateline("[기획] 청년이 떠나는 도시")[1].outlet is None


def test_a_copyright_holder_before_its_slogan() -> None:
    # set-bp bp-07 (joongboo)
    assert copyright_outlet("저작권자 © 중부일보 - 경기·인천의 든든한 친구 무단전재 및 재배포 금지") == "중부일보"


def test_a_dateline_deep_in_a_page_of_menus() -> None:
    # set-bh bh-08 (newspim): the story's dateline is its page's 28th line; constructed menu lines above it
    lines = ["메뉴", ""] + [line for i in range(7) for line in (f"메뉴 항목 {i}", "")] + [
        "[세종=뉴스핌] 류용규 기자 = 이춘희 세종시장은 23일 “정부가 추진하는 사업을 지원하겠다”고 말했다.",
    ]
    body, found = clean_lines(lines)
    assert (found.outlet, found.reporter) == ("뉴스핌", "류용규")
    assert body[-1].startswith("이춘희 세종시장은")


def test_a_deep_line_with_only_a_place_is_not_taken() -> None:
    # constructed: far down the page only a full dateline counts
    lines = ["메뉴", ""] + [line for i in range(7) for line in (f"메뉴 항목 {i}", "")] + ["[세종] 세종시는 버스 노선을 개편한다고 밝혔다."]
    _, found = clean_lines(lines)
    assert found.outlet is None and found.reporter is None


def test_a_dateline_whose_bracket_is_never_closed() -> None:
    # set-cw cw-07 (tvtoday)
    rest, found = strip_dateline('(울산= 장영은 기자 = "울산 전통시장, 더 변화합니다."')
    assert (found.reporter, found.place, rest) == ("장영은", "울산", '"울산 전통시장, 더 변화합니다."')


def test_anchor_hand_offs_name_the_reporter() -> None:
    # set-cb cb-05 (pohangtong), set-di di-09 (tbc), set-bu bu-08 (knn), set-cr cr-08 (g1tv)
    assert broadcast_credits(["정필문기자의 보돕니다."]).field_reporter == "정필문"
    assert broadcast_credits(["보도에 이혁동 기잡니다."]).field_reporter == "이혁동"
    assert broadcast_credits(["최광수 기자가 보도합니다.}"]).field_reporter == "최광수"
    assert broadcast_credits(["이 군수를 모재성 기자가 만났습니다."]).field_reporter == "모재성"
