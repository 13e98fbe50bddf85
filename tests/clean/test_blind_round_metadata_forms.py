"""Metadata forms read off the errors of blind sets ai-ax (the first time their metadata differences were
read): the desk or outlet between a reporter's name and title, bylines with a slash or a fraction slash,
spoken sign-offs, padded dateline brackets, photo-credit lines above the story, a title's site suffix, and
an address that says which district of a shared name is meant. Lines are as the sets' pages print them,
names and e-mails kept; constructed lines are marked."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.clean.captions import is_caption_line
from tracker.clean.found import Found
from tracker.clean.header import headline_like, strip_dateline, take_lead_in
from tracker.clean.jurisdiction import main_jurisdiction
from tracker.clean.lines import footer_line, is_junk, normalise_line, strip_trailing_byline
from tracker.clean.meta import _headline, build_meta
from tracker.reference import Reference, load_reference


@pytest.fixture(scope="module")
def reference() -> Reference:
    return load_reference()


@pytest.mark.parametrize(
    ("line", "reporter", "outlet"),
    [
        ("손시권 경인본부 기자 ilyo22@ilyo.co.kr", "손시권", None),  # ai-04: a desk, no outlet
        ("김지현 키즈맘 기자 jihy@kizmom.com", "김지현", "키즈맘"),  # ak-05: the outlet
        ("우희철 부산닷컴 기자 woohc@busan.com", "우희철", "부산닷컴"),  # al-08
        ("강정규기자/jeongkyu9726@joongboo.com", "강정규", None),  # au-03: a slash before the e-mail
    ],
)
def test_closing_byline_with_desk_or_slash(line: str, reporter: str, outlet: str | None) -> None:
    dropped, found = footer_line(line)
    assert dropped and found.reporter == reporter and found.outlet == outlet


def test_glued_byline_with_desk_word_keeps_the_sentence() -> None:
    rest, found = strip_trailing_byline(
        "기금사업의 투명한 공개를 강화할 방침이다.손시권 경인본부 기자 ilyo22@ilyo.co.kr"
    )
    assert rest == "기금사업의 투명한 공개를 강화할 방침이다." and found.reporter == "손시권"


def test_two_name_shaped_words_before_the_title_are_not_a_desk() -> None:
    # constructed: '말했다' is no name, so the word after it is no desk; the name next to the title is the reporter
    _, found = strip_trailing_byline("고 말했다 홍길동 기자 hong@naeil.com")
    assert found.reporter == "홍길동"


@pytest.mark.parametrize(
    ("line", "reporter"),
    [
        ("/이환기자 hwan@", "이환"),  # at-07: a slash before the name, the e-mail cut by the excerpt
        ("박민기 기잡니다.", "박민기"),  # av-02: the broadcast sign-off as spoken
    ],
)
def test_more_closing_bylines(line: str, reporter: str) -> None:
    dropped, found = footer_line(line)
    assert dropped and found.reporter == reporter


def test_site_byline_with_a_fraction_slash() -> None:
    dropped, found = footer_line("cnbnews 이병곤기자⁄ 2018.01.10 08:41:40")  # am-05
    assert dropped and found.reporter == "이병곤" and found.published == "2018.01.10 08:41:40"


def test_glued_byline_with_the_desk_place_before_the_name() -> None:
    rest, found = strip_trailing_byline("신뢰와 참여의 선순환을 이어갈 방침이다.고흥 최종필 기자")  # al-06
    assert rest == "신뢰와 참여의 선순환을 이어갈 방침이다." and found.reporter == "최종필"


def test_padded_dateline_bracket() -> None:
    rest, found = strip_dateline(
        "[ 한국미디어뉴스 이원영 기자 ] 청양군이 급변하는 농업 환경에 대응하고"
    )  # aq-05
    assert rest.startswith("청양군이") and found.reporter == "이원영" and found.outlet == "한국미디어뉴스"


def test_padded_bracket_that_names_nobody_stays() -> None:
    rest, found = strip_dateline("[ 사진 ] 청양군이")  # constructed
    assert rest == "[ 사진 ] 청양군이" and found.reporter is None


def test_search_box_label_is_junk() -> None:
    assert is_junk("검색창 열기")  # aj-08: above the title


@pytest.mark.parametrize(
    "line",
    [
        # al-02: the photo's caption above the story, with its credit
        "이승율 청도군수(수돗가 왼쪽)가 물공급 소외지역의 지방 상수도 공급식에 참석해 공급 상황을 파악하고 기념 촬영 하고 있다 [사진=청도군 제공]",
        "2017년도 농림축산식품사업 심의회. 사진제공=달성군",  # aw-02
    ],
)
def test_photo_credit_lines_are_not_headlines(line: str) -> None:
    assert not headline_like(line)


def test_caption_with_bracketed_credit_is_a_caption_but_a_credited_story_sentence_is_not() -> None:
    assert is_caption_line(
        "이승율 청도군수(수돗가 왼쪽)가 물공급 소외지역의 지방 상수도 공급식에 참석해 공급 상황을 파악하고 기념 촬영 하고 있다 [사진=청도군 제공]"
    )
    assert not is_caption_line("시는 올해 100억원을 투입한다고 밝혔다.(사진=청도군 제공)")  # constructed


def test_title_site_suffix_after_colons() -> None:
    assert (
        _headline("잇단 악재 극복..'내고향 화천' 긍지 ::::: 기사") == "잇단 악재 극복..'내고향 화천' 긍지"
    )  # av-02


def test_address_says_which_district_of_a_shared_name(reference: Reference) -> None:
    # constructed after at-06: '중구청장' alone fits six districts; '인천시' before it is its address
    body = "김정헌(사진) 인천시 중구청장은 28일 원도심 재생 계획을 밝혔다. 서울 도심과의 연결도 강조했다."
    assert main_jurisdiction(reference, body, day=date(2022, 9, 28)) == "28110"


@pytest.mark.parametrize("line", ["더보기", "뉴스듣기", "뉴스듣기프린트", "공유하기스크랩"])
def test_widget_labels_and_glued_share_bars_are_junk(line: str) -> None:
    # set-t t-07 (동아일보): '더보기' above the title, '뉴스듣기프린트' (two buttons run together) above the story
    assert is_junk(line)


@pytest.mark.parametrize("line", ["기사", "스마트시티", "프린트하기"])
def test_words_that_are_not_all_share_bar_words_stay(line: str) -> None:
    assert not is_junk(line)  # constructed


# --- round 4, read off the metadata differences of sets bc-bn -------------------------------------------


@pytest.mark.parametrize(
    ("line", "reporter"),
    [
        ("김정천기자·kjch88@", "김정천"),  # bc-02: a middle dot before the cut e-mail
        ("jjang@fnnews.com 장충식 기자", "장충식"),  # bi-07: the e-mail first
    ],
)
def test_closing_bylines_of_round_4(line: str, reporter: str) -> None:
    dropped, found = footer_line(line)
    assert dropped and found.reporter == reporter


def test_broadcast_sign_off_glued_to_the_last_sentence() -> None:
    rest, found = strip_trailing_byline("준비하고 있습니다. 김대웅 기자입니다.")  # bk-06
    assert rest == "준비하고 있습니다." and found.reporter == "김대웅"


def test_date_line_with_the_last_editor() -> None:
    dropped, found = footer_line(
        "기사입력 2017/07/04 [10:39] 최종편집 박기철"
    )  # bn-07 (its spaces collapsed, as lines are)
    assert dropped and found.published == "기사입력 2017/07/04 [10:39]" and found.reporter is None


def test_outlet_and_reporter_before_a_bar_open_the_story() -> None:
    rest, found = strip_dateline("동네방네 김형규 기자 | 김해시는 청년층의 지역 유입과 정착을 돕고")  # bg-07
    assert rest.startswith("김해시는") and found.reporter == "김형규" and found.outlet == "동네방네"


def test_agency_portrait_caption_above_the_dateline_is_not_the_dateline() -> None:
    lines = [
        "[남해=뉴시스] 장충남 남해군수.",
        "",
        "[남해=뉴시스] 차용현 기자 = 경남 남해군 장충남 군수는 …고 1일 밝혔다.",
    ]  # bm-05
    rest, found = take_lead_in(lines, Found(headline="[신년사] 장충남 남해군수"))
    assert rest[0].startswith("[남해=뉴시스] 차용현 기자") and found.captions == (
        "[남해=뉴시스] 장충남 남해군수.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "시대일보를 시작페이지로 | 즐겨찾기 추가 | 홈으로",  # bc-01: the site's own links
        "PDF신문 | 정기구독 | 기사제보 | 광고문의 |",  # bc-01
        "필자의 다른기사 보기 인쇄하기 메일로 보내기 글자 크게 글자 작게",  # bn-07: the writer's and text tools
    ],
)
def test_link_rows_and_tool_rows_are_junk(line: str) -> None:
    assert is_junk(line)


def test_a_title_with_a_bar_and_its_site_is_no_link_row() -> None:
    assert not is_junk("부산시, 청년 지원 확대 | 부산일보")  # constructed


def test_markdown_image_before_a_line_is_dropped_and_a_trailing_bar_leaves_the_title() -> None:
    line = normalise_line("![]() 권익현 부안군수, 인구문제 인식개선 릴레이 캠페인 |")  # bc-07
    assert line == "권익현 부안군수, 인구문제 인식개선 릴레이 캠페인 |"
    assert _headline(line) == "권익현 부안군수, 인구문제 인식개선 릴레이 캠페인"


def test_date_printed_after_the_title_is_the_publication_day() -> None:
    meta = build_meta(
        Found(headline="권오봉 여수시장, 시민행복 관광정책 발표 (2018-07-12)"), {}, jurisdiction_code=None
    )  # bc-01
    assert meta.headline == "권오봉 여수시장, 시민행복 관광정책 발표"
    assert meta.published_at is not None and meta.published_at.date().isoformat() == "2018-07-12"
