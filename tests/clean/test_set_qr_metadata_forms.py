"""Metadata forms met in the blind sets q and r: a government news page's chrome (one skip link per line, a
menu label, its news section, a 'date | publisher (e-mail)' line, the title again as an image's alt text), a
Latin site name and bulleted share buttons above the title, a hard-wrapped broadcast script with an English
copyright notice, a photo agency's credit printed apart from its caption, and a '[place/outlet]' dateline.
All texts are constructed (`# constructed`); none is copied from an article."""

from __future__ import annotations

import pytest

from tracker.clean.header import image_alt_copy, strip_dateline
from tracker.clean.lines import copyright_outlet, footer_line, is_junk
from tracker.clean.outlets import english_outlet
from tracker.clean.wrapped import unwrap

from .pages import BODY, BODY2
from .pages import clean_page as _clean


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


WRAPPED = [
    "홍길동 시장은 오늘 민선 8기 후반기를",  # constructed
    "시작하는 기자회견을 열고 지난 2년간",  # constructed
    "청년 일자리를 크게 늘렸다고",  # constructed
    "밝혔습니다.",  # constructed
    "홍 시장은 앞으로 산업단지 조성에",  # constructed
    "속도를 내고 교통망을 넓히는 데",  # constructed
    "힘쓰겠다고 말했습니다.",  # constructed
]


def test_hard_wrapped_sentences_are_joined() -> None:
    assert unwrap([*WRAPPED, "여러분의 의견을 남겨주세요"]) == [
        " ".join(WRAPPED[:4]),
        " ".join(WRAPPED[4:]),
        "여러분의 의견을 남겨주세요",
    ]
    article = _clean("\n".join([*WRAPPED, "Copyright © Daejeon Munhwa Broadcasting Corporation."]))
    assert article.meta.headline is None
    assert article.text.split("\n\n")[0] == " ".join(WRAPPED[:4])
    assert article.meta.outlet == "대전MBC"


def test_header_lines_and_lists_are_not_hard_wrapped() -> None:
    header = [
        "부산시, 청년 일자리 사업 확대",  # constructed
        "내년 예산 30억원 투입해 창업 공간",  # constructed
        "홍길동 기자 입력 2022.05.02 10:20",  # constructed
        f"{BODY} {BODY2} {BODY}",
    ]
    assert unwrap(header) == header
    items = [
        "▲ 청년 일자리 확대",
        "▲ 창업 공간 조성",
        "▲ 교통망 확충.",
        "▲ 주거 지원 강화",
        "▲ 돌봄 확대.",
    ]  # constructed
    assert unwrap(items) == items


def test_english_copyright_holders() -> None:
    assert english_outlet("Ulsan Munhwa Broadcasting Corporation") == "울산MBC"  # constructed
    assert english_outlet("Korean Broadcasting System") == "KBS"  # constructed
    assert english_outlet("Gana Trading Company") is None  # constructed
    assert (
        copyright_outlet("Copyright © Busan Munhwa Broadcasting Co., Ltd. All rights reserved.") == "부산MBC"
    )


def test_copyright_outranks_a_photo_credit_printed_apart() -> None:
    caption = "홍길동 시장이 1일 취임사를 하며 민선 8기 출범을 알리고 있다. 가나통신"  # constructed
    text = (
        f"부산시장 취임 “시민이 주인”\n\n입력 2022-07-01 10:00\n\n{BODY}\n\n취임사 하는 홍길동 시장\n{caption}\n"
        f"{BODY2}\n\n\n가나통신\nCopyright ⓒ 가나신문 All rights reserved. 무단 전재-재배포 금지"
    )  # constructed
    assert _clean(text).meta.outlet == "가나신문"


def test_place_slash_outlet_dateline() -> None:
    rest, found = strip_dateline(f"[대전/ABC]홍길동 기자ㅣ{BODY}")  # constructed
    assert (rest, found.outlet, found.reporter, found.place) == (BODY, "ABC", "홍길동", "대전")
    # constructed: a bracket of two places or of photo words is no dateline
    assert strip_dateline(f"[대구/경북] {BODY}")[1].outlet is None
    assert strip_dateline(f"[사진/자료] {BODY}")[1].outlet is None
