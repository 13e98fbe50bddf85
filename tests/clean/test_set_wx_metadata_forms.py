"""Metadata forms met in the blind sets w and x: a list widget's heading and a share counter above the title, a
'웹출고시간' date label glued to the date, a 'section|date' line, a portrait's name label kept as the first line of a
stored page, an empty share-bar bullet above a 'site-name reporter | date' byline, a '[outlet,place=reporter]'
dateline, a copyright notice glued to the story's last line, a section label before a related-article list, and a
title glued to its subheadline after a closing quote.
All texts are constructed (`# constructed`); none is copied from an article."""

from __future__ import annotations

import pytest

from tracker.clean.captions import is_caption_line
from tracker.clean.dates import is_date_line, parse_published
from tracker.clean.header import header_field_line, split_glued_title, strip_dateline
from tracker.clean.lines import footer_line, is_junk, page_end_line, split_glued_copyright
from tracker.clean.outlets import outlet_for_site_name, outlet_name

from .pages import BODY, BODY2
from .pages import clean_page as _clean


def test_web_release_label_glued_to_the_date() -> None:
    assert is_date_line("웹출고시간2021.05.03 09:10:11")  # constructed
    assert is_date_line("출고 2021.05.03 09:10")  # constructed
    parsed = parse_published("웹출고시간2021.05.03 09:10:11")  # constructed
    assert parsed is not None and parsed[0].isoformat() == "2021-05-03T09:10:11+09:00"


def test_widget_heading_and_share_counter_above_the_title() -> None:
    assert is_junk("이 기사는 3번 공유됐고 1개의 댓글이 있습니다.")  # constructed
    assert not is_junk("이 기사는 시민 3명의 제보로 시작됐다.")  # constructed: a sentence about the story
    assert page_end_line("최근기사") and page_end_line("최근 뉴스")  # constructed
    text = (
        "최근기사\n\n이 기사는 3번 공유됐고 1개의 댓글이 있습니다.\n\n부산시, 청년 일자리 늘린다\n\n"
        "홍길동 시장 간부회의서 주문\n\n  • 웹출고시간2021.05.03 09:10:11\n  • 최종수정2021.05.03 09:10:11\n"
        f"[가나일보] {BODY}\n\n{BODY2}\n\n/ 김철수기자"
    )  # constructed
    article = _clean(text)
    assert article.meta.headline == "부산시, 청년 일자리 늘린다"
    assert article.meta.subheadline == "홍길동 시장 간부회의서 주문"
    assert article.meta.published_at is not None
    assert article.meta.published_at.isoformat() == "2021-05-03T09:10:11+09:00"
    assert article.meta.outlet == "가나일보"
    assert article.text.startswith(BODY)


def test_section_then_date_line() -> None:
    drop, found = header_field_line("지역뉴스|2021-05-03 09:10")  # constructed
    assert drop and found.published == "2021-05-03 09:10"
    assert header_field_line("사회 ㅣ 2021.05.03 09:10")[1].published == "2021.05.03 09:10"  # constructed
    # constructed: a sentence before the bar is no section
    assert not header_field_line("부산시는 올해 일자리를 늘렸다|2021-05-03")[0]
    article = _clean(f"부산시, 청년 일자리 늘린다\n정치|2021-05-03 09:10\n\n{BODY}\n\n{BODY2}")  # constructed
    assert article.meta.headline == "부산시, 청년 일자리 늘린다"
    assert article.meta.published_at is not None
    assert article.meta.published_at.isoformat() == "2021-05-03T09:10:00+09:00"


def test_portrait_label_is_a_caption_not_a_title() -> None:
    assert is_caption_line("홍길동 가나군수")  # constructed
    assert is_caption_line("홍길동 가나도의회 의장")  # constructed
    assert not is_caption_line("홍길동 군수, 청년 정책 발표")  # constructed: a title says what happened
    assert not is_caption_line("가나군수 선거")  # constructed: no name
    article = _clean(f" date 2025-01-02 홍길동 가나군수\n\n\n\n{BODY} {BODY2}")  # constructed
    assert article.meta.headline is None
    assert (
        article.meta.published_at is not None and article.meta.published_at.date().isoformat() == "2025-01-02"
    )
    assert "홍길동 가나군수" in article.captions
    assert article.text.startswith(BODY)


def test_site_name_byline_with_date() -> None:
    assert outlet_for_site_name("cnbnews") == "CNB뉴스"  # constructed: the table's domain cnbnews.com
    assert outlet_for_site_name("ganapressxyz") is None  # constructed
    drop, found = footer_line("cnbnews 홍길동기자 | 2025.01.02 10:11:12")  # constructed
    assert drop and (found.outlet, found.reporter, found.published) == (
        "CNB뉴스",
        "홍길동",
        "2025.01.02 10:11:12",
    )
    found = footer_line("가나일보 홍길동 기자 | 2025.01.02 10:11")[1]  # constructed
    assert (found.outlet, found.reporter) == ("가나일보", "홍길동")
    assert not footer_line("cnbnews 홍길동기자 | 부산시는 6일 밝혔다")[
        0
    ]  # constructed: no date after the bar
    assert is_junk("  •  ") and is_junk("•")  # constructed: an empty share-bar bullet
    text = (
        "  • 인쇄\n\n부산시, 청년 일자리 늘린다\n\n내년 예산 30억원 투입\n\n  •  \n\n"
        f"cnbnews 홍길동기자 |  2025.01.02 10:11:12\n\n{BODY}\n\n{BODY2}"
    )  # constructed
    article = _clean(text)
    assert article.meta.headline == "부산시, 청년 일자리 늘린다"
    assert (article.meta.outlet, article.meta.reporter) == ("CNB뉴스", "홍길동")
    assert article.meta.published_at is not None
    assert article.meta.published_at.isoformat() == "2025-01-02T10:11:12+09:00"


def test_outlet_comma_place_dateline() -> None:
    rest, found = strip_dateline(f"[가나뉴스,대구=홍길동 기자]{BODY}")  # constructed
    assert (rest, found.outlet, found.reporter, found.place) == (BODY, "가나뉴스", "홍길동", "대구")
    rest, found = strip_dateline(
        f"[가나프레스존, 대구=홍길동 기자] {BODY}"
    )  # constructed: a name of no suffix
    assert (rest, found.outlet, found.reporter) == (BODY, "가나프레스존", "홍길동")


def test_copyright_notice_glued_to_the_last_line() -> None:
    line = f"{BODY} <저작권자 ⓒ 가나타임뉴스 무단전재 및 재배포 금지>"  # constructed
    assert split_glued_copyright(line) == (BODY, "<저작권자 ⓒ 가나타임뉴스 무단전재 및 재배포 금지>")
    assert split_glued_copyright(f"{BODY} <가나시 제공>") == (f"{BODY} <가나시 제공>", None)  # constructed
    text = (
        f"홍길동기자\n{BODY}\n{BODY2}홍길동 기자 hong@asiae.co.kr<ⓒ가나 다라를 보는 창, 아시아경제(www.asiae.co.kr) "
        "무단전재 배포금지>"
    )  # constructed
    article = _clean(text)
    assert article.meta.outlet == "아시아경제"
    assert article.meta.reporter == "홍길동"
    assert article.text.rstrip().endswith("계획이다.")
    article = _clean(
        f"부산시, 청년 일자리 늘린다\n{BODY}\n{BODY2} <저작권자 ⓒ 가나타임뉴스 무단전재 및 재배포 금지>"
    )
    assert article.meta.outlet == "가나타임뉴스"


def test_section_label_is_no_outlet() -> None:
    assert outlet_name("문화·체육") is None  # constructed
    assert outlet_name("사회·경제 관련기사목록") is None  # constructed
    assert outlet_name("가나일보·다라뉴스") is not None  # constructed: sister outlets
    assert page_end_line("문화·체육 관련기사목록")  # constructed
    text = (
        f"부산시, 청년 일자리 늘린다\n{BODY}\n{BODY2} <저작권자 ⓒ 가나타임뉴스 무단전재 및 재배포 금지>\n"
        "댓글\n사회·경제 관련기사목록\n|\n다라뉴스 기사보기"
    )  # constructed
    assert _clean(text).meta.outlet == "가나타임뉴스"


@pytest.mark.parametrize(
    ("line", "title", "subtitle"),
    [
        (
            "가나군 로컬푸드 매장, 매출 10억 달성 농가소득 “껑충”지역 농가 판로 넓힌 일등공신 로컬푸드 매장",
            "가나군 로컬푸드 매장, 매출 10억 달성 농가소득 “껑충”",
            "지역 농가 판로 넓힌 일등공신 로컬푸드 매장",
        ),  # constructed
    ],
)
def test_title_glued_to_its_subheadline_after_a_quote(line: str, title: str, subtitle: str) -> None:
    assert split_glued_title(line) == (title, subtitle)
    article = _clean(f"{line}\n{BODY}\n{BODY2}")
    assert (article.meta.headline, article.meta.subheadline) == (title, subtitle)


@pytest.mark.parametrize(
    "line",
    [
        "가나시 “특례시”지정 앞두고 시민 공청회",  # constructed: short, a noun after the quote
        "정부는 “안전하다”지만 주민들 불안은 여전히 가시지 않아 대책 마련 촉구",  # constructed: '”지만'
        "홍길동 시장 “청년이 떠나지 않는 도시”라며 일자리 예산 두 배로 늘리겠다 밝혀",  # constructed: '”라며'
    ],
)
def test_quoted_words_inside_a_title_stay(line: str) -> None:
    assert split_glued_title(line) == (line, None)
