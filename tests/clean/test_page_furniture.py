"""Page furniture of real pages that must not become body text, headline or metadata: skip links,
portal widgets, summary boxes, translation notices, inline photo credits, footers that name the outlet,
and datelines in the many shapes sites print them. Lines are constructed (`# constructed`) unless they are
a platform's own fixed wording (Daum/Naver widgets), which is the same on every page."""

from __future__ import annotations

from datetime import datetime

import pytest

from tracker.clean import clean
from tracker.clean.captions import is_caption_line, split_inline_caption
from tracker.clean.dates import SEOUL
from tracker.clean.found import Found
from tracker.clean.header import header_field_line, take_header
from tracker.clean.lines import copyright_outlet, footer_line, is_junk, page_end_line, strip_trailing_byline
from tracker.clean.meta import build_meta
from tracker.clean.text import clean_lines, drop_repeated_lines, paragraphs
from tracker.clean.title_check import rules_only
from tracker.read import InputRecord
from tracker.reference import load_reference

BODY = "부산시는 내년부터 청년 일자리 사업을 확대한다고 6일 밝혔다."  # constructed


def _clean(text: str, source: str = "page.txt"):
    """The header rules alone (see tests/clean/pages.py: constructed titles over a constructed body)."""
    with rules_only():
        return clean(InputRecord(source=source, raw=text.encode(), text=text, format="text"), load_reference())


# --- class 1: datelines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reporter", "published"),
    [
        ("홍길동 2019. 5. 6. 07:08", "홍길동", "2019. 5. 6. 07:08"),  # constructed: a name without 기자
        ("홍길동 | 기사입력 2019-05-06 07:08:09", "홍길동", "기사입력 2019-05-06 07:08:09"),  # constructed
        (
            "작성자 관리자 작성일19-05-06 07:08 조회1,234회 댓글0건관련링크",
            None,
            "작성일19-05-06 07:08",
        ),  # constructed
        ("최초입력 2019-05-06 07:08", None, "최초입력 2019-05-06 07:08"),  # constructed: a label, not a name
    ],
)
def test_header_fields(line: str, reporter: str | None, published: str) -> None:
    assert header_field_line(line) == (True, Found(reporter=reporter, published=published))


@pytest.mark.parametrize(
    "line",
    [
        "대구시 2019.5.6",  # constructed: a place, not a name
        "서울 2019.05.06 10:30",  # constructed: a place, not a name
        "홍길동 2019.05.06",  # constructed: a bare date without time or label is no byline
        "부산시, 2030년까지 청년 일자리 2만 개",  # constructed: a headline with a year
        "시는 2019년 5월 6일 입력 시스템을 개편했다.",  # constructed: a sentence
    ],
)
def test_header_fields_leave_other_lines(line: str) -> None:
    assert header_field_line(line) == (False, Found())


@pytest.mark.parametrize(
    ("lines", "reporter", "published"),
    [
        (
            ["제목 줄입니다", "홍길동 2019. 5. 6. 10:30", BODY],
            "홍길동",
            datetime(2019, 5, 6, 10, 30),
        ),  # constructed
        (
            ["제목 줄입니다", "홍길동 기자", "입력 2019 05 06 22:54", "수정 2019 05 07 03:22", BODY],
            "홍길동",
            datetime(2019, 5, 6, 22, 54),
        ),  # constructed
        (
            ["제목 줄입니다", "홍길동 기자 hong@kihoilbo.co.kr 2019년 05월 06일 월요일 제4면", BODY],
            "홍길동",
            datetime(2019, 5, 6),
        ),  # constructed
        (
            [
                "제목 줄입니다",
                "페이지 정보",
                "작성자 관리자 작성일19-05-06 21:44 조회12회 댓글0건",
                "본문",
                BODY,
            ],
            None,
            datetime(2019, 5, 6, 21, 44),
        ),  # constructed
    ],
)
def test_dateline_read_from_the_text_not_the_file_name(
    lines: list[str], reporter: str | None, published: datetime
) -> None:
    article = _clean("\n".join(lines), source="ho-01.txt")
    assert (article.meta.reporter, article.meta.published_at) == (reporter, published.replace(tzinfo=SEOUL))
    assert article.text == BODY


def test_an_event_day_in_the_body_is_not_the_publication_day() -> None:
    article = _clean(
        "부산 청년 일자리 확대\n\n부산시는 2019년 5월 6일 청년 일자리 사업을 확대했다.\n\n시는 말했다."
    )  # constructed
    assert article.meta.published_at is None


# --- class 2: portal widgets, summary boxes, translation notices, inline captions --------------------


@pytest.mark.parametrize(
    "line",
    [
        # Daum's auto-summary box, text-to-speech, translation switch and font-size preview (the portal's wording)
        "자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.",
        "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.",
        "음성재생 설정",
        "번역beta Translated by kaka i",
        "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.",
        "이 글자크기로 변경됩니다.",
        "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요. 다음뉴스는 국내외 주요이슈와 실시간 속보, 문화생활 및 다양한 분야의 뉴스를 입체적으로 전달하고 있습니다.",
        # Naver's summary bot
        "자동 추출 기술로 요약된 내용입니다. 요약 기술의 특성상 본문의 주요 내용이 제외될 수 있어, 전체 맥락을 이해하기 위해서는 기사 본문 전체보기를 권장합니다.",
        # skip links, script notices, section labels, a flattened site menu
        "주메뉴 바로가기 본문 바로가기",
        "본문으로 건너뛰기",
        "메뉴로 이동",
        "check 3d gpu",
        "종합뉴스",
        "서울가나뉴스인천가나뉴스대전가나뉴스대구가나뉴스",  # constructed
        # a section path without arrows above the title (blind set-aa aa-03, Yonhap's page)
        "사회 전국",
        "정치 국회·정당",
    ],
)
def test_page_furniture_is_junk(line: str) -> None:
    assert is_junk(line)


@pytest.mark.parametrize(
    "line",
    [
        "청년 일자리로 이동",  # constructed: a headline, not a skip link
        "부산시, 신공항 바로 가기 어렵다",  # constructed
        "브레이크뉴스",
        "가덕도신공항 건설공단 설립",  # constructed
        "서울 시민 참여 예산",  # constructed: section names among other words
        "광주 전남 통합",  # constructed
        BODY,
    ],
)
def test_story_lines_are_not_junk(line: str) -> None:
    assert not is_junk(line)


def test_translation_notice_ends_the_story() -> None:
    notice = "*아래는 위 기사를 '구글 번역'으로 번역한 영문 기사의 [전문]입니다. '구글번역'은 이해도를 높이기를 위해 노력하고 있습니다."
    assert page_end_line(notice)
    body, _ = clean_lines(
        ["제목 줄입니다", "", BODY, "", notice, "", "Busan City announced on the 6th that it will expand."]
    )
    assert paragraphs(body) == BODY


def test_summary_box_repeats_are_dropped_keeping_the_story_copy() -> None:
    lede = "서 교육감은 올해 미래교육을 대비하겠다고 밝혔습니다."  # constructed
    second = "서 교육감은 오늘 신년 기자회견에서 학력신장을 꾀하기로 했습니다."  # constructed
    last = "서 교육감은 지난 1년간 기초학력을 높였다고 자평했습니다."  # constructed
    lines = [
        "서거석 교육감 신년 기자회견",
        "자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.",
        "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.",
        "",
        lede,
        "",
        second,
        "",
        "음성재생 설정",
        "이 글자크기로 변경됩니다.",
        "",
        lede,
        "",
        f"{second} {last}",
    ]
    body, _ = clean_lines(lines)
    assert paragraphs(body) == f"{lede}\n\n{second} {last}"


def test_only_whole_repeated_sentences_are_dropped() -> None:
    lines = [
        "짧은 줄.",
        "",
        "시는 사업을 확대한다고 밝혔다. 예산은 늘었다.",
        "",
        "시는 사업을 확대한다고 밝혔다.",
    ]  # constructed
    assert drop_repeated_lines(lines) == lines  # the second sentence of the first copy is not repeated


def test_inline_caption_with_a_bare_credit_and_viewer_buttons() -> None:
    line = "완도군은 명절을 맞아 복지시설을 방문해 위문품을 전달했다. 완도군 제공 AD 원본보기 아이콘"  # constructed
    body, found = clean_lines(["제목 줄입니다", "", BODY, "", line, "", "군수는 말했다."])
    assert body == [BODY, "", "", "군수는 말했다."]
    assert found.captions == ("완도군은 명절을 맞아 복지시설을 방문해 위문품을 전달했다. 완도군 제공",)


def test_a_long_paragraph_ending_in_a_bare_credit_stays() -> None:
    line = "시는 " + "사업을 추진했다. " * 20 + "시 제공"  # constructed
    assert not is_caption_line(line.strip())


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("▲ 신청사 조감도", True),  # constructed
        ("▲ 한중혁신대회", False),  # a subhead
    ],
)
def test_triangle_lines_naming_a_picture_are_captions(line: str, caption: bool) -> None:
    assert is_caption_line(line) is caption


# --- class 3: headline ------------------------------------------------------------------------------


def test_skip_links_menus_and_section_labels_are_not_the_headline() -> None:
    text = "\n".join(
        [
            "check 3d gpu",
            "바로가기",
            "메뉴로 이동",
            "본문으로 이동",
            "",
            "주메뉴 바로가기 본문 바로가기",
            "",
            "종합뉴스",
            "",
            "부산, 청년 일자리 사업 확대",
            "",
            "홍길동 기자 입력 2019.05.06 10:30",
            "",
            BODY,
        ]
    )  # constructed
    article = _clean(text)
    assert (article.meta.headline, article.meta.outlet, article.text) == (
        "부산, 청년 일자리 사업 확대",
        None,
        BODY,
    )


def test_stored_date_line_and_caption_are_not_the_headline() -> None:
    article = _clean(f" date 2019-05-06 ▲ 신청사 조감도\n\n{BODY}")  # constructed
    meta = article.meta
    assert (meta.headline, meta.published_at, meta.published_precision) == (
        None,
        datetime(2019, 5, 6, tzinfo=SEOUL),
        "day",
    )
    assert article.captions == ("▲ 신청사 조감도",)
    assert article.text == BODY


def test_stored_page_title_and_subheadline() -> None:
    # metadata round 27: the first of the stacked lines is taken for the title (see test_qmeta27_…)
    text = f" date 2019-05-06 복지시설 13곳에 위문품 전달\n\n군수, 복지관 찾아 종사자 격려\n\n{BODY}"  # constructed
    rest, found = take_header(
        ["복지시설 13곳에 위문품 전달", "", "군수, 복지관 찾아 종사자 격려", "", BODY], headless=True
    )
    assert rest == [BODY]
    assert (found.headline, found.subheadline, found.captions) == (
        "복지시설 13곳에 위문품 전달",
        "군수, 복지관 찾아 종사자 격려",
        (),
    )
    article = _clean(text)
    assert (article.meta.headline, article.text) == ("복지시설 13곳에 위문품 전달", BODY)


def test_a_dateline_with_a_time_beats_the_stored_date() -> None:
    article = _clean(
        f" date 2019-05-06\n부산, 청년 일자리 사업 확대\n입력 2019-05-06 10:30\n{BODY}"
    )  # constructed
    assert (article.meta.published_at, article.meta.published_precision) == (
        datetime(2019, 5, 6, 10, 30, tzinfo=SEOUL),
        "minute",
    )


# --- class 4: outlet and reporter in footers and sign-offs -------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("저작권자 가나일보 무단전재 및 재배포 금지", "가나일보"),  # constructed
        ("Copyright © 가나MBC. 무단전재 및 재배포 금지.", "가나MBC"),  # constructed
        ("ⓒ 가나, 무단 전재 및 재배포 금지", "가나"),  # constructed
        (
            "<ⓒ투자가를 위한 경제콘텐츠 플랫폼, 가나경제(www.gana.co.kr) 무단전재 배포금지>",
            "가나경제",
        ),  # constructed
        ("<저작권자 ⓒ 기호일보 (http://www.kihoilbo.co.kr) 무단전재 및 재배포 금지>", "기호일보"),
        ("Copyright © 2024 KBS. All rights reserved.", "KBS"),  # constructed
        ("[단양군 제공. 재판매 및 DB 금지]", None),  # a photo credit
    ],
)
def test_copyright_notice_names_the_outlet(line: str, outlet: str | None) -> None:
    assert copyright_outlet(line) == outlet
    assert footer_line(line) == (True, Found(footer_outlet=outlet))


@pytest.mark.parametrize(
    ("line", "reporter", "outlet"),
    [
        ("가나e뉴스 홍길동입니다.", "홍길동", "가나e뉴스"),  # constructed: '<outlet> <name>입니다'
        ("KBS 뉴스 박선자입니다.", "박선자", "KBS"),
        ("가나MBC 홍길동입니다.", "홍길동", "가나MBC"),  # constructed
        ("뉴스 홍길동입니다.", "홍길동", None),  # constructed
        ("취재기자 : 홍길동", "홍길동", None),  # constructed
    ],
)
def test_sign_offs(line: str, reporter: str, outlet: str | None) -> None:
    drop, found = footer_line(line)
    assert drop
    assert (found.reporter, found.footer_outlet) == (reporter, outlet)


def test_a_sentence_ending_in_imnida_is_no_sign_off() -> None:
    assert footer_line("저는 홍길동입니다.") == (False, Found())


def test_outlet_precedence() -> None:
    both = Found(outlet="가나일보", footer_outlet="다라일보", email_outlet="서울신문")
    assert build_meta(both, {}, jurisdiction_code=None).outlet == "가나일보"
    footer = Found(footer_outlet="다라일보", email_outlet="서울신문")
    assert build_meta(footer, {}, jurisdiction_code=None).outlet == "다라일보"


def test_footer_outlet_in_a_whole_article() -> None:
    text = f"부산, 청년 일자리 사업 확대\n\n{BODY}\n\n홍길동 기자 hong@seoul.co.kr\n\nⓒ 가나, 무단 전재 및 재배포 금지"  # constructed
    assert (_clean(text).meta.outlet, _clean(text).meta.reporter) == ("가나", "홍길동")


def test_section_label_is_not_the_outlet() -> None:
    text = f"종합뉴스\n\n부산, 청년 일자리 사업 확대\n\n{BODY}\n\n저작권자 가나일보 무단전재 및 재배포 금지"  # constructed
    assert _clean(text).meta.outlet == "가나일보"


def test_desk_before_a_trailing_byline_goes_with_it() -> None:
    assert footer_line("호남취재본부 홍길동 기자 hong@asiae.co.kr") == (
        True,
        Found(reporter="홍길동", email_outlet="아시아경제"),
    )  # constructed
    assert (
        strip_trailing_byline(f"{BODY} 호남취재본부 홍길동 기자 hong@asiae.co.kr")[0] == BODY
    )  # constructed


# --- class 5: inline photo credits ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rest", "credit"),
    [
        (
            "시장은 또 착공해달라고 촉구했습니다. 그러면서 개항을 앞당겨줄 것을 요구했습니다.(사진=국토부 제공, 연합뉴스)",
            "시장은 또 착공해달라고 촉구했습니다. 그러면서 개항을 앞당겨줄 것을 요구했습니다.",
            "(사진=국토부 제공, 연합뉴스)",
        ),  # constructed
        (
            "시는 사업을 추진했다. <사진=가나구 제공> 구는 이어 계획을 밝혔다.",
            "시는 사업을 추진했다. 구는 이어 계획을 밝혔다.",
            "<사진=가나구 제공>",
        ),  # constructed
        (
            "시는 사업을 추진했다. (사진제공: 가나군)",
            "시는 사업을 추진했다.",
            "(사진제공: 가나군)",
        ),  # constructed
    ],
)
def test_bracketed_credit_is_cut_alone(line: str, rest: str, credit: str) -> None:
    assert split_inline_caption(line) == (rest, (credit,))


def test_paragraph_ending_in_a_credit_keeps_its_sentences() -> None:
    line = "박 시장은 국토부 결정에 실망감을 감출 수 없다고 했습니다.박 시장은 조속한 착공을 요구했습니다.(사진=국토부 제공, 연합뉴스)"  # constructed
    body, found = clean_lines(["제목 줄입니다", "", BODY, "", line])
    assert body == [
        BODY,
        "",
        "박 시장은 국토부 결정에 실망감을 감출 수 없다고 했습니다. 박 시장은 조속한 착공을 요구했습니다.",
    ]
    assert found.captions == ("(사진=국토부 제공, 연합뉴스)",)
