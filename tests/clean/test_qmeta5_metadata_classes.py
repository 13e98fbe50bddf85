"""Metadata classes of round 5 (the 74 extra sets): page chrome above the title (a climate-clock widget, a banner's
close button, skip links with commas, breadcrumbs with a label or a bare home arrow, catch-all sections, image file
names, a feature-series box), a title printed with a bullet, photo captions of a few words above the story, the
'기사의 사진' alt-text tail, and a section name with its English name under it."""

from __future__ import annotations

import pytest

from tracker.clean.captions import is_caption_line, photo_credit_outlet
from tracker.clean.header import strip_dateline, take_header
from tracker.clean.lines import footer_line, is_junk
from tracker.clean.meta import _headline

# --- page chrome -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "기후위기시계",  # set-at at-01, set-bo bo-08, set-u u-09 (heraldcorp.com)
        "탑배너 닫기",  # set-ba ba-03 (nocutnews)
        "다른 기사, 광고영역 바로가기",  # set-bq bq-03 (joins.com)
        "현재위치 : > 정치/행정 > 충남/내포",  # set-br br-07 (joongdo)
        "> 전국 > 광주·전남",  # set-bj bj-09 (newspim)
        "사회 사회일반",  # set-am am-08 (fnnews)
        "전국 대전·세종·충남",  # set-bh bh-08 (newspim)
        "이재명지사.jpg",  # set-t t-08
        "아시아경제 최신 기획이슈",  # set-bt bt-07
        "홈 > 뉴스 > 지역",  # constructed
        "상단 배너 닫기",  # constructed
    ],
)
def test_page_chrome_is_junk(line: str) -> None:
    assert is_junk(line)


@pytest.mark.parametrize(
    "line",
    [
        "사회일반 예산이 늘었다",  # constructed: a sentence that opens with a section's word
        "배너 광고 닫기 논란",  # constructed: a title about banners
        "시는 사진.jpg 파일을 공개했다",  # constructed: a file name inside a sentence
        "시는 새 기획 이슈를 다룬다",  # constructed
        "청년 > 중장년 지원 역전",  # constructed: a comparison in a title has spaces and more words
    ],
)
def test_not_page_chrome(line: str) -> None:
    assert not is_junk(line)


# --- a title printed with a bullet ------------------------------------------------------------------------


def test_lone_bulleted_line_is_the_title() -> None:
    # set-at at-01 (heraldcorp.com): the title bulleted, the dateline below it
    lines = ["• 구로구, 청년지원팀 신설", "[헤럴드경제=한지숙 기자] 서울 구로구는 청년지원팀을 신설했다고 6일 밝혔다.", ""]
    _, found = take_header(lines)
    assert found.headline == "구로구, 청년지원팀 신설"


def test_bulleted_list_item_is_no_title() -> None:
    # constructed: items of a list above the story are not the title
    lines = ["• 구로구, 청년지원팀 신설", "• 관악구, 청년청 개관", "서울 구로구는 청년지원팀을 신설했다고 6일 밝혔다.", ""]
    _, found = take_header(lines)
    assert found.headline != "구로구, 청년지원팀 신설"


# --- captions above the story ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "순천시청 전경",  # set-bc bc-05
        "경기 안성시청 전경. (NSP통신 DB)",  # set-bs bs-08
        "전남 무안군수 김산. /무안군",  # set-bt bt-06
        "가나시 신청사 조감도",  # constructed
    ],
)
def test_short_picture_captions(line: str) -> None:
    assert is_caption_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "가나시, 새 청사 조감도 공개",  # constructed: a title about the drawing
        "김 시장은 이같이 말했다. /연합뉴스",  # constructed: a story sentence and the agency's sign-off
        "순천시청 전경 바꾸는 정원 사업",  # constructed
    ],
)
def test_not_short_picture_captions(line: str) -> None:
    assert not is_caption_line(line)


# --- title text ------------------------------------------------------------------------------------------


def test_photo_alt_tail_is_cut_from_the_title() -> None:
    # set-bl bl-07 (kmib.co.kr): the photo's alt text is the title plus '기사의 사진'
    assert (
        _headline("백군기 용인시장 “편리하고 안전한 ‘스마트 대중교통 도시’ 구현” 기사의 사진")
        == "백군기 용인시장 “편리하고 안전한 ‘스마트 대중교통 도시’ 구현”"
    )


def test_section_name_with_its_english_name_is_no_title() -> None:
    # set-ay ay-02 (kizmom): '생활문화' / 'Life & Culture' above the title
    lines = ["생활문화", "", "Life & Culture", "", "중랑구, 어린이집 미세먼지 잡는다", "", "입력 2018-12-05 10:24:58", ""]
    lines += ["서울 중랑구가 관내 국공립어린이집 33곳에 공기질 측정기를 설치했다.", ""]
    _, found = take_header(lines)
    assert found.headline == "중랑구, 어린이집 미세먼지 잡는다"


# --- bylines and outlets ---------------------------------------------------------------------------------


def test_byline_with_the_bar_before_the_date() -> None:
    # set-bu bu-01 (cnbnews): '신규성기자 |' above the date line
    dropped, found = footer_line("신규성기자 |")
    assert dropped and found.reporter == "신규성"


def test_latin_name_before_equals_is_the_outlet() -> None:
    # set-ao ao-06: '(CNB=강우권 기자)' names the outlet, not a place
    _, found = strip_dateline("(CNB=강우권 기자) 창원시는 5일 투자양해각서를 체결했다.")
    assert (found.outlet, found.reporter, found.place) == ("CNB", "강우권", None)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("송인호기자 기사모음", "송인호"),  # set-bs bs-04 (ekn.kr)
        ("정재우 기자 기사 더 보기", "정재우"),  # set-bq bq-01 (ekn.kr)
        ("박주현 기자의 다른 기사 보기", "박주현"),  # constructed: the form known before
    ],
)
def test_reporter_story_list_link(line: str, name: str) -> None:
    dropped, found = footer_line(line)
    assert dropped and found.reporter == name


def test_outlet_bar_label_then_date() -> None:
    # set-bs bs-04 (ekn.kr): the outlet, a bar, the date's label, the date
    dropped, found = footer_line("에너지경제신문   | 입력 2025.02.11 20:20")
    assert dropped and found.outlet == "에너지경제신문" and found.published == "2025.02.11 20:20"


@pytest.mark.parametrize(
    "lines",
    [
        ["최민호 세종시장, 정원도시 구상 강조", "강승일", "2024-04-02 17:02:31"],  # set-an an-08 (sejongtimes)
        ["이충우 여주시장, 관광도시로 도약", "홍길동", "hong@example.com"],  # constructed: the address below
    ],
)
def test_bare_name_above_date_or_address_is_the_reporter(lines: list[str]) -> None:
    _, found = take_header([*lines, "", "세종시는 2일 정원도시 조성 계획을 발표했다.", ""])
    assert found.field_reporter == lines[1]


def test_place_above_date_is_no_reporter() -> None:
    # constructed: a desk's place above the date
    _, found = take_header(["가나시, 정원도시 구상", "세종", "2024-04-02 17:02:31", "", "세종시는 2일 발표했다.", ""])
    assert found.field_reporter is None


# --- dates and brackets ----------------------------------------------------------------------------------


def test_publication_date_after_the_last_edit() -> None:
    # set-bt bt-07 (asiae): the last edit first, then the publication
    dropped, found = footer_line("최종수정 2016.01.04 11:44 기사입력 2016.01.04 11:44")
    assert dropped and found.published == "2016.01.04 11:44"
    dropped, found = footer_line("최종수정 2016.01.04 11:44")  # constructed: the last edit alone dates nothing
    assert dropped and found.published is None


@pytest.mark.parametrize("line", ["• 폰트 작게", "• 폰트 크게", "• 퍼가기", "• 구글"])  # set-br br-07 (joongdo)
def test_font_and_share_buttons_are_junk(line: str) -> None:
    assert is_junk(line)


def test_corner_bracket_dateline() -> None:
    # set-au au-07 (경기도민일보)
    rest, found = strip_dateline("『경기도민일보 인천=이원영기자』  인천 서구가 수소경제사회에 대비한다.")
    assert (found.outlet, found.reporter) == ("경기도민일보", "이원영")
    assert rest.startswith("인천 서구가")


def test_copyright_credit_with_regional_edition() -> None:
    # set-am am-03 (breaknews)
    assert photo_credit_outlet("▲ <사진제공=양구군>     ©경기북부/강원 브레이크뉴스") == "브레이크뉴스"
    assert photo_credit_outlet("▲ 개소식 장면 © 양구군청") is None  # constructed: a government's credit
