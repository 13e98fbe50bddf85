"""Metadata forms met in the blind sets q and r: a government news page's chrome (one skip link per line, a
menu label, its news section, a 'date | publisher (e-mail)' line, the title again as an image's alt text), a
Latin site name and bulleted share buttons above the title.
All texts are constructed (`# constructed`); none is copied from an article."""

from __future__ import annotations

import pytest

from tracker.clean import clean
from tracker.clean.header import image_alt_copy
from tracker.clean.lines import footer_line, is_junk
from tracker.read import InputRecord
from tracker.reference import load_reference

BODY = "부산시는 내년부터 청년 일자리 사업을 확대한다고 6일 밝혔다."  # constructed
BODY2 = "시는 올해 예산 30억원을 들여 청년 창업 공간을 마련할 계획이다."  # constructed


def _clean(text: str):
    return clean(
        InputRecord(source="page.txt", raw=text.encode(), text=text, format="text"), load_reference()
    )


@pytest.mark.parametrize(
    "line",
    [
        "통합검색 바로가기",  # constructed
        "메인메뉴 바로가기",  # constructed
        "화면컨트롤메뉴",  # constructed
        "주 메뉴 열기",  # constructed
        "시정소식",  # constructed
        "도정뉴스",  # constructed
    ],
)
def test_government_page_chrome_is_junk(line: str) -> None:
    assert is_junk(line)


@pytest.mark.parametrize(
    "line",
    [
        "부산시 청년정책 바로가기 서비스 시작",  # constructed: more than a link's words
        "여름 신메뉴",  # constructed: a menu of food, not of the page
    ],
)
def test_text_like_chrome_is_not_junk(line: str) -> None:
    assert not is_junk(line)


def test_government_news_page_header() -> None:
    text = (
        "본문 바로가기\n통합검색 바로가기\n메인메뉴 바로가기\n화면컨트롤메뉴\n인쇄하기\n\n도정뉴스\n\n"
        "“가나도, 청년 일자리 늘린다”\n\n- 홍길동 지사, 간부회의서 “일자리가 먼저”\n\n"
        "2022.05.02(월) 10:20:30 | 가나도 (이메일주소:press@gana.example\n press@gana.example)\n\n"
        f"가나도청년일자리늘린다 1\n\n{BODY}\n\n{BODY2}"
    )  # constructed
    article = _clean(text)
    assert article.meta.headline == "“가나도, 청년 일자리 늘린다”"
    assert article.meta.outlet == "가나도"
    assert article.meta.published_at is not None
    assert article.meta.published_at.isoformat() == "2022-05-02T10:20:30+09:00"
    assert article.text.startswith(BODY)


def test_date_then_publisher_line() -> None:
    drop, found = footer_line(
        "2022.05.02(월) 10:20:30 | 가나시 (이메일주소:press@gana.example"
    )  # constructed
    assert drop and found.outlet == "가나시" and found.published == "2022.05.02(월) 10:20:30"
    # constructed: a person's name after the bar is no publisher
    assert footer_line("2022.05.02 | 홍길동")[1].outlet is None
    # constructed: a sentence after the bar is no byline
    assert not footer_line("2022.05.02 | 부산시는 6일 밝혔다")[0]


def test_image_alt_text_is_a_copy_of_the_title() -> None:
    title = "“가나도, 청년 일자리 늘린다”"  # constructed
    assert image_alt_copy("가나도청년일자리늘린다 1", title)
    assert image_alt_copy("가나도청년일자리늘린다", title)
    assert not image_alt_copy("가나도청년일자리늘린다고 밝혔다.", title)
    assert not image_alt_copy("가나도 청년 창업 늘린다 1", title)


@pytest.mark.parametrize("line", ["• 유튜브", "• 프린터", "• PDF"])  # constructed
def test_bulleted_share_buttons_are_junk(line: str) -> None:
    assert is_junk(line)
    assert not is_junk(line.lstrip("• "))  # constructed: a word alone, without the bar's bullet, may be text


def test_latin_site_name_and_share_bullets_above_the_title() -> None:
    text = (
        "ganapress\n\n  • 페이스북\n  • 유튜브\n\n부산시, 청년 일자리 확대\n\n등록 2022.05.02 10:20:30\n\n"
        f"  • 프린터\n  • PDF\n\n[부산=가나통신]홍길동 기자 = {BODY}\n\n{BODY2}"
    )  # constructed
    article = _clean(text)
    assert article.meta.headline == "부산시, 청년 일자리 확대"
    assert article.meta.reporter == "홍길동"
    assert article.text.startswith(BODY)
