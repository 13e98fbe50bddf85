"""Header and byline shapes of regional news pages: dates after an e-mail, bracketed bylines with a
12-hour time, page utility lines that are never headlines, broadcast hand-offs, outlet credit lines and
portal notices. All lines are constructed (`# constructed`) unless a platform prints the same wording on
every page."""

from __future__ import annotations

from datetime import datetime

import pytest

from tracker.clean.dates import SEOUL, is_date_line, parse_published
from tracker.clean.header import bracket_byline, headline_like
from tracker.clean.lines import footer_line, is_junk

from .pages import BODY, BODY2
from .pages import clean_page as _clean

# --- 1: publication dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-05-04 오후 1:34:42 화요일", datetime(2021, 5, 4, 13, 34, 42, tzinfo=SEOUL)),  # constructed
        ("2021-05-04 오후 12:10", datetime(2021, 5, 4, 12, 10, tzinfo=SEOUL)),  # constructed
        ("2021-05-04 오전 12:10", datetime(2021, 5, 4, 0, 10, tzinfo=SEOUL)),  # constructed
        ("2021-05-04 오전 9:05:01", datetime(2021, 5, 4, 9, 5, 1, tzinfo=SEOUL)),  # constructed
        ("2021.05.04 PM 3:00", datetime(2021, 5, 4, 15, 0, tzinfo=SEOUL)),  # constructed
    ],
)
def test_twelve_hour_times(text: str, expected: datetime) -> None:
    assert parse_published(text)[0] == expected
    assert is_date_line(text)


def test_date_after_email() -> None:
    drop, told = footer_line("hong@example.co.kr | 2021-05-04 09:20:21")  # constructed
    assert drop and told.published == "2021-05-04 09:20:21"


def test_date_after_email_in_header() -> None:
    article = _clean(
        f"부산시 청년 일자리 확대\n홍길동\nhong@example.co.kr | 2021-05-04 09:20:21\n{BODY}\n{BODY2}"
    )  # constructed
    assert article.meta.published_at == datetime(2021, 5, 4, 9, 20, 21, tzinfo=SEOUL)
    assert article.meta.headline == "부산시 청년 일자리 확대"
    assert "@" not in article.text


def test_bracketed_byline_with_date() -> None:
    line = "청년 창업 공간도 [홍길동 기자 2021-05-04 오후 1:34:42 화요일] hong@example.com"  # constructed
    found = bracket_byline(line)
    assert found is not None and found.reporter == "홍길동"
    assert parse_published(found.published)[0] == datetime(2021, 5, 4, 13, 34, 42, tzinfo=SEOUL)
    assert found.subheadline == "청년 창업 공간도"
    assert bracket_byline("시는 [홍길동 기자] 청년 일자리를 늘린다.") is None  # constructed


def test_bracketed_byline_in_article() -> None:
    text = f"부산시 청년 일자리 확대\n창업 공간도 [홍길동 기자 2021-05-04 오후 1:34:42 화요일] hong@example.com\n{BODY}\n{BODY2}"  # constructed
    article = _clean(text)
    assert article.meta.reporter == "홍길동"
    assert article.meta.published_at == datetime(2021, 5, 4, 13, 34, 42, tzinfo=SEOUL)
    assert article.meta.subheadline == "창업 공간도"
    assert "기자" not in article.text


# --- 2: headlines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "• 즐겨찾기 추가",
        "즐겨찾기",
        "시작페이지로",
        "뉴스 > 사회",
        "홈 > 지역 > 경남",
        "상태바",
        "인쇄하기",
    ],  # constructed
)
def test_page_utility_lines_are_junk(line: str) -> None:
    assert is_junk(line)


@pytest.mark.parametrize(
    "line",
    [
        "최종편집일 2021-05-30 16:02",
        "2021년 05월 04일(화) 18:12",
        "업데이트 2021.05.04 10:00",
        "입력 2021.05.04 (19:33)",
    ],  # constructed
)
def test_date_lines_are_never_headlines(line: str) -> None:
    assert not headline_like(line)


def test_year_in_headline_is_fine() -> None:
    assert headline_like("부산시, 2025년까지 청년 일자리 1만개")  # constructed


def test_bookmark_and_edit_date_not_headline() -> None:
    text = f"• 즐겨찾기 추가\n최종편집일 2021-05-30 16:02\n  • 뉴스 > 사회\n부산시, 청년 일자리 확대\n기사입력 2021-05-04 13:29\n{BODY}\n{BODY2}"  # constructed
    article = _clean(text)
    assert article.meta.headline == "부산시, 청년 일자리 확대"
    assert article.meta.published_at == datetime(2021, 5, 4, 13, 29, tzinfo=SEOUL)


def test_stored_page_keeps_title_that_names_the_government() -> None:
    text = f" date 2021-05-04 부산시, 청년 일자리 확대\n{BODY}\n{BODY2}"  # constructed
    assert _clean(text).meta.headline == "부산시, 청년 일자리 확대"


def test_stored_page_opens_with_its_title() -> None:
    # the first of stacked title-like lines is the title (metadata round 27: the development gold reads it so
    # 18 times in 29; before, it was taken for the subheadline of a lost title)
    text = f" date 2021-05-04 청년 일자리 1만개로 늘려\n창업 공간도 마련\n{BODY}\n{BODY2}"  # constructed
    article = _clean(text)
    assert article.meta.headline == "청년 일자리 1만개로 늘려"
    assert article.meta.subheadline == "창업 공간도 마련"


def test_extra_subheadlines_go_to_captions() -> None:
    text = f"부산시, 청년 일자리 확대\n창업 공간 3곳 새로 열어\n청년 주거 지원도 늘려\n{BODY}\n{BODY2}"  # constructed
    article = _clean(text)
    assert article.meta.subheadline == "창업 공간 3곳 새로 열어"
    assert "청년 주거 지원도 늘려" in article.captions
    assert "청년 주거 지원도 늘려" not in article.text


# --- 3: reporter and outlet --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "홍길동 기자의 보도입니다.",
        "홍길동 기자가 보도합니다.",
        "홍길동 기자입니다.",
        "홍길동 기자가 취재했습니다.",
    ],  # constructed
)
def test_broadcast_handoffs(line: str) -> None:
    drop, told = footer_line(line)
    assert drop and told.reporter == "홍길동"


def test_other_stories_byline() -> None:
    drop, told = footer_line("홍길동 기자 홍길동 기자의 다른 기사 보기")  # constructed
    assert drop and told.reporter == "홍길동"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("가나인터넷신문 (news@example.net)", "가나인터넷신문"),
        ("가나일보 (news@example.net)", "가나일보"),
    ],  # constructed
)
def test_outlet_with_email(line: str, outlet: str) -> None:
    drop, told = footer_line(line)
    assert drop and told.outlet == outlet and told.reporter is None


def test_name_with_email_is_still_a_reporter() -> None:
    drop, told = footer_line("홍길동 (hong@example.com)")  # constructed
    assert drop and told.reporter == "홍길동" and told.outlet is None


# --- 4: notices ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "AI 요약 기술은 핵심만 전달합니다. 전체 내용의 이해를 위해 기사 본문을 확인해주세요.",  # a portal's fixed wording
        "읽어주기 기능은 크롬기반의",  # a broadcaster's fixed wording
        "브라우저에서만 사용하실 수 있습니다.",
    ],
)
def test_site_notices_are_junk(line: str) -> None:
    assert is_junk(line)


def test_ai_notice_after_stored_date() -> None:
    text = f" date 2021-05-04 AI 요약 기술은 핵심만 전달합니다. 전체 내용의 이해를 위해 기사 본문을 확인해주세요.\n부산시, 청년 일자리 확대\n{BODY}\n{BODY2}"
    article = _clean(text)
    assert article.meta.headline == "부산시, 청년 일자리 확대"
    assert "AI" not in article.text


# --- captions and subheadlines below the byline ------------------------------------------------------


def test_caption_with_slash_credit() -> None:
    from tracker.clean.captions import is_caption_line

    assert is_caption_line("홍길동 시장이 청년 창업 공간을 둘러봤다. /부산시 제공")  # constructed


def test_repeated_caption_with_bracketed_credit() -> None:
    caption = "부산시는 청년 창업 공간 3곳을 새로 열었다고 밝혔다.(사진제공=부산시)"  # constructed
    text = f"부산시, 청년 일자리 확대\n• 홍길동 기자\n• 승인 2021.05.04 19:45\n창업 공간 3곳 새로 열어\n{caption}\n{caption}\n{BODY}\n{BODY2}"
    article = _clean(text)
    assert article.meta.subheadline == "창업 공간 3곳 새로 열어"
    assert "사진제공" not in article.text and "새로 열었다고" not in article.text
    assert caption in article.captions


def test_single_credited_sentence_stays_story() -> None:
    line = "부산시는 청년 창업 공간 3곳을 새로 열었다고 밝혔다.(사진제공=부산시)"  # constructed
    article = _clean(f"부산시, 청년 일자리 확대\n{line}\n{BODY}\n{BODY2}")
    assert "새로 열었다고 밝혔다." in article.text


def test_broadcast_desk_is_not_a_subheadline() -> None:
    text = f"부산시 청년 일자리 확대\n2021. 05. 04\n[KBS 부산] [앵커]\n{BODY}\n{BODY2}"  # constructed
    article = _clean(text)
    assert article.meta.subheadline is None
    assert article.meta.outlet == "KBS 부산"
