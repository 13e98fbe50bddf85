"""A bracketed desk that is only a place (`【청도】`, blind set-ac ac-04) names no outlet, and an interview
piece names its own paper as the one the official talks to (`서울경제와 만나`, blind set-aa aa-06; set-z)."""

from __future__ import annotations

from tracker.clean import clean
from tracker.clean.header import strip_dateline
from tracker.clean.text import interviewing_name, interviewing_outlet
from tracker.reference import load_reference

from .pages import BODY, BODY2, clean_page, extra_record


def test_a_place_desk_is_no_outlet() -> None:
    rest, found = strip_dateline("【청도】 청도군이 귀농귀촌 유치지원 사업에 선정됐다.")  # constructed
    assert rest.startswith("청도군이") and found.outlet is None and found.place == "청도"
    _, found = strip_dateline("【브레이크뉴스 대구】박성원 기자= 대구시는 …")
    assert found.outlet == "브레이크뉴스"


def test_the_copyright_names_the_outlet_behind_a_place_desk() -> None:
    page = f"【청도】 {BODY}\n\n{BODY2}\n\n/심한식기자 shs1127@kbmaeil.com\n\n저작권자 © 경북매일 무단전재 및 재배포 금지"
    assert clean_page(page).meta.outlet == "경북매일"


def test_the_paper_the_official_talks_to() -> None:
    assert interviewing_outlet(["유천호 강화군수는 10일 서울경제와 만나 “관광객을 늘리겠다”고 말했다."]) == "서울경제"
    assert interviewing_outlet(["원 지사는 조선비즈와의 인터뷰에서 전기차를 늘리겠다고 말했다."]) == "조선비즈"
    assert interviewing_outlet(["김 시장은 주민들과 만나 의견을 들었다."]) is None  # constructed


def test_the_paper_as_the_story_prints_its_name() -> None:
    """An interview piece that names its paper in full (`한국경제신문과의 인터뷰에서`) has that outlet as the text
    writes it, not the table's shorter name that the reporter's e-mail domain gives (hankyung.com -> 한국경제): on
    the development sets the gold writes the printed form in 10 of the 14 articles that print a longer form."""
    line = "김두겸 울산시장(64)은 27일 한국경제신문과의 인터뷰에서 “울산이 대한민국 산업 수도로 다시 일어서겠다”고 말했다."
    assert interviewing_outlet([line]) == "한국경제"
    assert interviewing_name([line]) == "한국경제신문"
    assert interviewing_name(["유천호 강화군수는 10일 서울경제와 만나 “관광객을 늘리겠다”고 말했다."]) is None
    assert clean(extra_record("set-kl/articles/kl-06-hankyung.txt"), load_reference()).meta.outlet == "한국경제신문"


def test_a_stations_news_programme_is_the_station() -> None:
    """`광주MBC뉴스` closing a broadcast script (set-af af-06) is 광주MBC; a region after a broadcaster is
    another station and stays (`KBS 부산`)."""
    from tracker.clean.outlets import outlet_name

    assert outlet_name("광주MBC뉴스") == "광주MBC"
    assert outlet_name("KBS 뉴스") == "KBS"
    assert outlet_name("KBS 부산") == "KBS 부산"
    assert outlet_name("연합뉴스") == "연합뉴스"


def test_ohmynews_photo_box_is_a_caption_not_the_title() -> None:
    """OhmyNews prints its photo box as `큰사진보기 ▲… ⓒ 이름 관련사진보기` (set-ae ae-09)."""
    from tracker.clean.captions import is_caption_line

    line = "큰사진보기 ▲2026년 새해를 맞아 군수가 신년사를 통해 군정 방향을 밝혔다. ⓒ 박정훈 관련사진보기"  # constructed
    assert is_caption_line(line)
    assert clean_page(f"{line}\n\n{BODY}\n\n{BODY2}").meta.headline is None
