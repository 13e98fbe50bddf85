"""Metadata round 21, from set-ga … gd's misses (read after their judgement): the page's own address on a line
above the story names the outlet, a name closing a dated row after the time is the reporter, the share bar's
'트위터 엑스' and a text-to-speech button are chrome, and kbmaeil.com's paper is 경북매일 (as every gold file
names it)."""

from __future__ import annotations

from tracker.clean.header import header_field_line
from tracker.clean.lines import is_junk
from tracker.clean.outlets import outlet_for_domain, outlet_name
from tracker.clean.text import clean_lines


def test_the_page_s_own_address_names_the_outlet() -> None:
    # set-gd gd-02 (asiatoday.co.kr, a subdomain of the table's domain)
    is_field, found = header_field_line("https://stgauto.asiatoday.co.kr/kn/view.php?key=20260202010000698")
    assert is_field and found.outlet == "아시아투데이"
    # constructed: an address the table does not know says nothing, and is left where it stands
    assert header_field_line("https://example.org/view?id=1") == (False, header_field_line("")[1])


def test_a_name_after_the_time_of_a_dated_row_is_the_reporter() -> None:
    # set-ga ga-06 (cunews.co.kr)
    is_field, found = header_field_line("입력 2019년02월28일 21시09분 홍성찬")
    assert is_field and found.reporter == "홍성찬" and found.published is not None
    # constructed: without a name after the time there is no reporter
    assert header_field_line("입력 2019년02월28일 21시09분")[1].reporter is None


def test_share_bar_words_and_the_listen_button_are_chrome() -> None:
    # set-gd gd-02: '기사듣기 기사듣기중지' was read as the subheadline, '• 트위터 엑스' stopped the header
    assert is_junk("기사듣기 기사듣기중지")
    assert is_junk("트위터 엑스")
    lines = [
        "‘농어촌기본소득 덕분?’...옥천군 인구 5만명 돌파",
        "",
        "기사듣기 기사듣기중지",
        "",
        "공유하기",
        "  • 카카오톡",
        "  • 트위터 엑스",
        "",
        "https://stgauto.asiatoday.co.kr/kn/view.php?key=20260202010000698",
        "",
        "충북도에서 남쪽에 위치한 옥천군이 '인구 5만명 돌파' 라는 경사를 맞았다.",
    ]
    cleaned = clean_lines(lines)
    assert cleaned[1].subheadline is None
    assert cleaned[1].outlet == "아시아투데이"
    assert cleaned[0][0].startswith("충북도에서")


def test_kbmaeil_is_gyeongbuk_maeil() -> None:
    assert outlet_for_domain("kbmaeil.com") == "경북매일"
    assert outlet_name("경북매일신문") == "경북매일"
