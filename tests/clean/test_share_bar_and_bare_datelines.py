"""Page chrome and credit forms met in the blind set e: the share bar above the title ('기사 메일전송',
printed word by word or on one line), the edit button ('기사수정'), a title printed with its subheadlines on
one line (' - “…”'), a portrait caption ('▲ 이름 직함'), and a dateline that names the outlet without
brackets ('가나경제 홍길동 기자 = '). All lines are constructed (`# constructed`); none is copied from an
article."""

from __future__ import annotations

import pytest

from tracker.clean.captions import is_caption_line
from tracker.clean.header import headline_like, split_dashed_title, strip_dateline
from tracker.clean.lines import is_junk

from .pages import BODY, BODY2
from .pages import clean_page as _clean

# --- the share bar and the edit button are chrome --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "기사 메일전송",  # constructed
        "메일전송",  # constructed
        "기사수정",  # constructed
        "기사 메일전송 프린트 스크랩 글자크기 공유하기",  # constructed
        "페이스북 트위터 카카오톡 URL복사",  # constructed
        "• 프린트 • 스크랩",  # constructed
        "기사 메일전송 | 프린트 | 공유하기",  # constructed
    ],
)
def test_share_bar_lines_are_junk(line: str) -> None:
    assert is_junk(line)


@pytest.mark.parametrize(
    "line",
    [
        "기사 공유 플랫폼 확대",  # constructed: words outside the share bar's vocabulary
        "부산시 프린트 산업 육성",  # constructed
        "기사",  # constructed: one word, not a bar
        BODY,
    ],
)
def test_text_with_share_words_is_not_junk(line: str) -> None:
    assert not is_junk(line)


def test_share_bar_above_title_is_not_the_headline() -> None:
    text = "기사 메일전송\n부산시, 청년 일자리 사업 확대\n기사수정\n" + BODY + "\n" + BODY2  # constructed
    article = _clean(text)
    assert article.meta.headline == "부산시, 청년 일자리 사업 확대"
    assert "기사수정" not in article.text


# --- a title printed with its subheadlines on one line ----------------------------------------------


def test_title_dash_quoted_subheadlines() -> None:
    line = "홍길동 부산시장, 청년 정책 질문에 답하다 - “일자리가 먼저” - “예산 늘릴 것”"  # constructed
    assert split_dashed_title(line) == (
        "홍길동 부산시장, 청년 정책 질문에 답하다",
        "“일자리가 먼저” - “예산 늘릴 것”",
    )


def test_title_dash_two_unquoted_subheadlines() -> None:
    line = "부산시 청년 정책 발표 - 일자리 사업 예산 확대 - 창업 공간 새로 마련"  # constructed
    assert split_dashed_title(line) == (
        "부산시 청년 정책 발표",
        "일자리 사업 예산 확대 - 창업 공간 새로 마련",
    )


@pytest.mark.parametrize(
    "line",
    [
        "부산 - 후쿠오카 항로 다시 연다",  # constructed: one unquoted dash belongs to the title
        "부산시 청년 정책 발표 - 일자리 확대",  # constructed
        "청년 정책 - “일자리”",  # constructed: too short a title before the dash
        "부산시, 청년 일자리 사업 확대",  # constructed: no dash
    ],
)
def test_title_dash_kept_whole(line: str) -> None:
    assert split_dashed_title(line) == (line, None)


def test_dashed_title_in_article() -> None:
    title = "홍길동 부산시장, 청년 정책 질문에 답하다 - “일자리가 먼저” - “예산 늘릴 것”"  # constructed
    article = _clean(f"{title}\n• 기사등록 2023-06-28 20:23:40\n{BODY}\n{BODY2}")
    assert article.meta.headline == "홍길동 부산시장, 청년 정책 질문에 답하다"
    assert article.meta.subheadline == "“일자리가 먼저” - “예산 늘릴 것”"
    assert article.meta.published_at is not None and article.meta.published_at.minute == 23
    assert title not in article.text


# --- a portrait caption ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "▲ 홍길동 부산시장",  # constructed
        "▲ 김철수 가나군수",  # constructed
        "△ 이영희 부산시의회 의장",  # constructed
    ],
)
def test_portrait_caption(line: str) -> None:
    assert is_caption_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "▲ 청년 일자리 사업",  # constructed: a section subhead
        "▲ 시장 공약 점검",  # constructed
    ],
)
def test_short_subhead_is_not_a_portrait(line: str) -> None:
    assert not is_caption_line(line)


# --- a dateline that names the outlet without brackets ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet", "reporter", "place"),
    [
        ("가나경제 홍길동 기자 = " + BODY, "가나경제", "홍길동", None),  # constructed
        ("가나일보 부산 홍길동 기자 = " + BODY, "가나일보", "홍길동", "부산"),  # constructed
        ("연합뉴스 홍길동 기자 = " + BODY, "연합뉴스", "홍길동", None),  # constructed: a table outlet
    ],
)
def test_bare_outlet_dateline(line: str, outlet: str, reporter: str, place: str | None) -> None:
    rest, found = strip_dateline(line)
    assert rest == BODY
    assert (found.outlet, found.reporter, found.place) == (outlet, reporter, place)


@pytest.mark.parametrize(
    "line",
    [
        "부산 홍길동 기자 = " + BODY,  # constructed: a place, not an outlet
        "사회부 홍길동 기자 = " + BODY,  # constructed: a desk
    ],
)
def test_place_before_reporter_is_no_outlet(line: str) -> None:
    _, found = strip_dateline(line)
    assert found.outlet is None


def test_bare_outlet_dateline_is_not_a_subheadline() -> None:
    dateline = "가나경제 홍길동 기자 = “청년 일자리를 늘리겠다”"  # constructed
    assert not headline_like(dateline)
    article = _clean(f"부산시장 “청년 일자리 늘린다”\n2014-12-22 21:16\n{dateline}\n{BODY}\n{BODY2}")
    assert (article.meta.reporter, article.meta.outlet) == ("홍길동", "가나경제")
    assert article.meta.subheadline is None
    assert article.text.startswith("“청년 일자리를 늘리겠다”")
