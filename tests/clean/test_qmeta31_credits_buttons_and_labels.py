"""Metadata round 31, from set-ia … id's misses (read after their judgement): a station's file-photo credit
names the station ('[전주MBC 자료사진]'); a sentence-share button and a bracketed section label are chrome; a
caption signed by its photographer ('… 내리는 모습. 김혜윤 기자') is a caption, and the photographer stands in
for the reporter only where no byline names one."""

from __future__ import annotations

from tracker.clean.captions import is_caption_line
from tracker.clean.lines import is_junk
from tracker.clean.outlets import outlet_name
from tracker.clean.text import clean_lines


def test_a_file_photo_credit_names_the_station() -> None:
    # set-id id-07 (jmbc.co.kr)
    assert outlet_name("[전주MBC 자료사진]") == "전주MBC"
    assert outlet_name("KBS 부산") == "KBS 부산"  # a regional station keeps its region


def test_share_button_and_bracketed_section_label() -> None:
    assert is_junk("문장공유")  # set-ic ic-08 (donga.com)
    assert is_junk("[실시간뉴스]")  # set-ic ic-04 (yna.co.kr)
    assert not is_junk("[기획]")  # constructed: a series label of the title stays


def test_a_caption_signed_by_its_photographer() -> None:
    # set-ia ia-09 (hani.co.kr): read as the headline before
    caption = "지난해 서울 관악구 신림동 주택가에 비가 내리는 모습. 김혜윤 기자"
    assert is_caption_line(caption)
    assert not is_caption_line(
        "시는 이번 사업을 추진한다고 밝혔다. 김혜윤 기자"
    )  # constructed: a sentence, then a byline
    # set-cx cx-06 (hani.co.kr): the portrait's photographer is the only name the page gives a reporter's title
    found = clean_lines(
        [
            "옥천군, 인구 늘리기 총력",
            "황규철 옥천군수. 오윤주 기자",
            "충북 옥천군이 인구를 늘리려고 다양한 정책을 펴고 있다고 5일 밝혔다.",
        ]
    )[1]
    assert found.reporter == "오윤주" or found.field_reporter == "오윤주"
    assert "황규철 옥천군수. 오윤주 기자" in found.captions
