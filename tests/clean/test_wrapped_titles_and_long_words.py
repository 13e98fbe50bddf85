"""Wrapped text whose wrapper left a line short or sent a title onto two lines (0.118.0). Each test wraps a real
development article as `tools/whitespace_robustness.py` does (forty characters, indented as a program's source
indents a template literal) and checks what the unwrapped article reads.

Measured by that tool on all 292 training sets (whitespace changed only), session 27's start (0.115.0) against
0.118.3: the title of a record above its indented, wrapped body, headline 0.882 -> 0.909 and claim F1 0.918 ->
0.921; every line wrapped, headline 0.854 -> 0.871, claim F1 0.919 -> 0.924, policy F1 0.866 -> 0.873. The stored
texts' own predictions did not change on any of the 3,966 development articles."""

from __future__ import annotations

import textwrap
from datetime import date

from tracker.clean import clean
from tracker.clean.wrapped import unwrap
from tracker.read import InputRecord
from tracker.reference import load_reference

from .pages import extra_record


def _wrap(text: str) -> list[str]:
    return ["    " + line for line in textwrap.wrap(text, 40, break_long_words=False, break_on_hyphens=False)]


def _every_line_wrapped(relative: str) -> list[str]:
    """Every line of a stored development article wrapped (`whitespace_robustness`'s 'wrapped' form)."""
    return [w for line in extra_record(relative).text.split("\n") for w in (_wrap(line) or [""])]


def _clean(text: str):
    return clean(InputRecord("<wrapped>", text.encode(), text, "text"), load_reference())


def _body(relative: str) -> tuple[str | None, str]:
    """The article's headline and its clean body as one run-together paragraph."""
    article = clean(extra_record(relative), load_reference())
    return article.meta.headline, " ".join(p.strip() for p in article.text.split("\n\n") if p.strip())


def test_a_title_above_its_indented_wrapped_body_stays_the_title() -> None:
    # set-ak ak-01: the title (45 characters) is as wide as the wrapped lines, but not indented as they are
    title, body = _body("set-ak/articles/ak-01-hankyung.txt")
    assert title == '백선기 해운대 구청장 "해운대를 사계절 관광·MICE 중심 특구로 만들 것"'
    article = _clean("\n".join([title, *_wrap(body)]))
    assert article.meta.headline == title
    assert article.text.startswith("“부산 해운대를 사계절 관광과 마이스(MICE)산업 중심 특구로 발전시키겠습니다.”")


def test_a_line_cut_short_before_a_word_too_long_for_it_is_still_wrapped() -> None:
    # set-ah ah-04: '… 이 시장은 전날' is cut short because the next line is one fifty-character word (a list of
    # legislators); the paragraph is one sentence run, and the date line above it is read as the date
    title, body = _body("set-ah/articles/ah-04-segye.txt")
    assert title is None
    article = _clean("\n".join(["", "2025-12-09", *_wrap(body)]))
    assert article.meta.headline is None
    assert article.meta.published_at is not None and article.meta.published_at.date() == date(2025, 12, 9)
    assert "이 시장은 전날 김승원(수원갑)·백혜련(수원을)·김영진(수원병)·김준혁(수원정)·염태영(수원무) 의원과 함께" in article.text


def test_a_title_wrapped_onto_two_lines_is_joined() -> None:
    # every line of the stored set-ak ak-01 wrapped: the title's last word '것"' went onto a line of its own
    lines = _every_line_wrapped("set-ak/articles/ak-01-hankyung.txt")
    assert lines[:2] == ['    백선기 해운대 구청장 "해운대를 사계절 관광·MICE 중심 특구로 만들', '    것"']
    assert _clean("\n".join(lines)).meta.headline == '백선기 해운대 구청장 "해운대를 사계절 관광·MICE 중심 특구로 만들 것"'


def test_a_title_printed_twice_above_a_byline_is_no_wrapped_title() -> None:
    # constructed: a page's title, its repeat and a bulleted byline are three lines, not one title
    lines = ["제목이 조금 긴 기사의 제목입니다 여기까지가 제목", "제목이 조금 긴 기사의 제목입니다 여기까지가 제목", "• 홍길동 기자"]
    assert unwrap(lines) == lines


def test_a_title_the_next_line_could_have_continued_is_not_joined() -> None:
    # every line of the stored set-al al-09 wrapped: its title (32 characters) and the subheadline below it; the
    # subheadline's first word would have fitted on the title's line, so the title was not wrapped there
    lines = _every_line_wrapped("set-al/articles/al-09-wowtv.txt")
    assert lines[:2] == ["    군산사랑상품권 농협·신협·새마을금고서 판매…9월부터 유통", "    상품권 225만장 발행 예정"]
    assert _clean("\n".join(lines)).meta.headline == "군산사랑상품권 농협·신협·새마을금고서 판매…9월부터 유통"


def test_a_wrapped_line_opening_with_a_mark_its_inline_list_uses_is_joined() -> None:
    # every line of the stored set-as as-09 wrapped: the wrapper broke its inline list before '△금정구', and the
    # line opening with the mark goes on the sentence (0.118.2; a line of a real list still stays apart)
    lines = _every_line_wrapped("set-as/articles/as-09-nocutnews.txt")
    assert "    △금정구 부곡3동 등 4곳이다. 이들 지역에는 내년부터 5년간 국비" in lines
    text = _clean("\n".join(lines)).text
    assert "△동래구 수민·복산동 △금정구 부곡3동 등 4곳이다. 이들 지역에는 내년부터 5년간 국비 400억원을 포함해" in text
    assert unwrap(["추진 과제는 다음과 같다", "△청년 일자리 창출", "△주거 안정"]) == [
        "추진 과제는 다음과 같다",
        "△청년 일자리 창출",
        "△주거 안정",
    ]  # constructed


def test_a_date_line_below_the_title_is_no_part_of_it() -> None:
    # set-gg gg-07 as a record: its title as wide as the wrapped body, then its date line, then the indented body;
    # the date is no word the title's line lacked room for
    title, body = _body("set-gg/articles/gg-07-dynews1.txt")
    article = _clean("\n".join([title or "", "2022-04-12", *_wrap(body)]))
    assert article.meta.headline == title
    assert article.meta.published_at is not None and article.meta.published_at.date() == date(2022, 4, 12)
