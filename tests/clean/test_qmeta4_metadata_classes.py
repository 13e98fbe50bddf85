"""Metadata classes of sets n and o: page chrome above the title (prev/next link rows, icon-font ligature names,
the masthead's English site clock), outlets named only in the dateline bracket or the closing byline, a
province written as the address of its own city, and a city named bare whose head is called by family name."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.clean.dates import is_date_line, labelled_date
from tracker.clean.header import strip_dateline
from tracker.clean.jurisdiction import main_jurisdiction
from tracker.clean.lines import footer_line, is_junk
from tracker.reference import Reference, load_reference


@pytest.fixture(scope="module")
def reference() -> Reference:
    return load_reference()


# --- page chrome -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "이전기사 다음기사",  # set-n n-09 (전북일보): the prev/next links in one row
        "이전기사",
        "위로가기 버튼",  # set-n n-09
        "phone_iphone 모바일 웹",  # set-n n-09: icon-font ligature names
        "chevron_right 지역 chevron_right 장수",  # set-n n-09
        "UPDATE 2025-11-10 06:37 (Mon)",  # set-n n-09: the site's clock
    ],
)
def test_page_chrome_is_junk(line: str) -> None:
    assert is_junk(line)


@pytest.mark.parametrize(
    "line",
    [
        "이전 기사에서 다룬 내용을 다음 기사에서 이어간다",  # constructed: a sentence with the words
        "문의는 hong_gil@example.com 으로",  # constructed: an address is no icon name
        "자세한 내용은 www.example.go.kr/news_list 참조",  # constructed: a URL path
        "UPDATE 기능을 새로 추가했다",  # constructed: no date
    ],
)
def test_not_page_chrome(line: str) -> None:
    assert not is_junk(line)


def test_update_is_not_an_english_date_label() -> None:
    # set-n n-09: 'DATE' inside 'UPDATE' is no label; the site's clock is not the article's date
    assert labelled_date("UPDATE 2025-11-10 06:37 (Mon)") is None
    assert labelled_date("Date: 2025-11-10 06:37") == "Date: 2025-11-10 06:37"  # constructed: the real label
    assert is_date_line("Posted 2020-03-04")  # constructed


# --- outlets ---------------------------------------------------------------------------------------------


def test_brand_before_equals_is_the_outlet() -> None:
    # set-n n-04: '[리얼타임코리아=김범기기자]' names the outlet, not a place
    _, found = strip_dateline("[리얼타임코리아=김범기기자]대구 동구보건소 치매안심센터는 지난 17일 개최했다.")
    assert (found.outlet, found.reporter, found.place) == ("리얼타임코리아", "김범기", None)


@pytest.mark.parametrize("place", ["대전", "서귀포", "홍성군", "남양주시"])
def test_place_before_equals_stays_a_place(place: str) -> None:
    # set-j (대전=홍대인 기자) and constructed places
    _, found = strip_dateline(f"[{place}=홍길동 기자] 시는 10일 밝혔다.")
    assert found.outlet is None and found.place == place


def test_bracketed_outlet_with_desk_byline() -> None:
    # set-o o-04 (신아일보): the closing byline
    dropped, found = footer_line("[신아일보] 부산/김삼태 기자")
    assert dropped
    assert (found.outlet, found.reporter) == ("신아일보", "김삼태")
    _, found = footer_line("[신아일보] 김삼태 기자")  # constructed: without the desk
    assert (found.outlet, found.reporter) == ("신아일보", "김삼태")
    assert footer_line("[단독] 부산/김삼태 기자")[1].outlet is None  # constructed: a tag, not an outlet


# --- jurisdiction ----------------------------------------------------------------------------------------


def test_province_as_address_of_its_city(reference: Reference) -> None:
    # set-n n-07 (스페셜경제), undated
    body = (
        "경남 진주시는 10일 오전 경남도청에서 홍준표 경남도지사, 이창희 진주시장, 삼영이앤프 곽철남 대표 등 "
        "19개 기업체 대표 및 관계공무원이 참석한 가운데 1,000억원 규모의 투자협약식을 갖는다.\n"
        "이 시장은 투자협약식 인사말에서 지원하겠다고 밝힐 예정이다."
    )
    assert main_jurisdiction(reference, body) == "48170"


def test_province_story_keeps_the_province(reference: Reference) -> None:
    # constructed: the province is the subject; a city named after it is where it happens
    body = (
        "경남도는 10일 도청에서 도민 토론회를 열었다. 박완수 경남도지사는 경남 전역의 산업 지원을 약속했다."
    )
    assert main_jurisdiction(reference, body, day=date(2023, 3, 1)) == "48"


def test_bare_city_with_its_heads_family_name(reference: Reference) -> None:
    # set-o o-09 (아주경제): '성남' bare, the head only as '은 시장'
    body = (
        "은 시장은 6일 시청 한누리에서 열린 신년 기자회견을 통해 이 같이 밝혔다.\n"
        "은 시장은 새해 주요 청사진으로 성남 품격 한단계 향상 등을 꼽았다.\n"
        "한편 은 시장은 “내 고장 우리 성남의 나아갈 길에 대한 혜안을 주시라”고 말했다."
    )
    assert main_jurisdiction(reference, body) == "41130"
    assert main_jurisdiction(reference, body, day=date(2020, 1, 6)) == "41130"


def test_bare_city_with_another_family_name(reference: Reference) -> None:
    # constructed: '성남' bare and a '김 시장' who never headed 성남 in 2020: no candidate
    body = "김 시장은 6일 기자회견을 열었다. 김 시장은 성남 방문 일정을 밝혔다. 성남의 현안도 언급했다."
    assert main_jurisdiction(reference, body, day=date(2020, 1, 6)) is None
