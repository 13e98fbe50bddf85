"""Metadata round 32: the parts of the dropped round 31 that name no reporter, resubmitted alone. A station's
file-photo credit names the station ('[전주MBC 자료사진]'); a sentence-share button and a bracketed section
label are chrome (set-ia … id's misses)."""

from __future__ import annotations

from tracker.clean.lines import is_junk
from tracker.clean.outlets import outlet_name


def test_a_file_photo_credit_names_the_station() -> None:
    # set-id id-07 (jmbc.co.kr)
    assert outlet_name("[전주MBC 자료사진]") == "전주MBC"
    assert outlet_name("KBS 부산") == "KBS 부산"  # a regional station keeps its region


def test_share_button_and_bracketed_section_label() -> None:
    assert is_junk("문장공유")  # set-ic ic-08 (donga.com)
    assert is_junk("[실시간뉴스]")  # set-ic ic-04 (yna.co.kr)
    assert not is_junk("[기획]")  # constructed: a series label of the title stays
