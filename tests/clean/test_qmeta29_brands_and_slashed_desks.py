"""Metadata round 29, from set-hw … hz's misses (read after their judgement): seoul.co.kr's local pages print
their brand '서울Pn' as the first line (an outlet, not a title); a byline bracket may put the desk's place and
a slash before the outlet; mstoday.co.kr's addresses name MS투데이."""

from __future__ import annotations

from tracker.clean.header import strip_dateline
from tracker.clean.outlets import outlet_for_domain, outlet_name
from tracker.clean.text import clean_lines


def test_seoul_pn_is_an_outlet_not_a_title() -> None:
    # set-hw hw-07, set-hs hs-08 (seoul.co.kr); five of six development golds name 서울Pn the outlet
    assert outlet_name("서울Pn") == "서울Pn"
    found = clean_lines(
        [
            " date 2025-09-18 서울Pn",
            "",
            "출생기본수당·공공산후조리원 등 맞춤형 통합지원 정책 호평",
            "",
            "전라남도가 18일 대전 컨벤션센터에서 열린 지방자치경영대전에서 대상을 받았다고 밝혔다.",
        ]
    )[1]
    assert found.outlet == "서울Pn"
    # below the brand, a lone title-like line is left alone: the development golds read it as a subheadline
    # of a title the store lost (set-ct ct-01, set-ga ga-04)
    assert found.headline is None


def test_a_desk_place_and_a_slash_before_the_outlet() -> None:
    # set-hy hy-08 (news2day.co.kr)
    rest, told = strip_dateline("[부산/뉴스투데이=문지영 기자] 부산시의 15분도시 정책은 …")
    assert (told.outlet, told.reporter, told.place) == ("뉴스투데이", "문지영", "부산")
    assert rest.startswith("부산시의")
    # constructed: a word before the slash that is no place keeps the old reading
    assert strip_dateline("[가나/다라뉴스=홍길동 기자] 본문")[1].outlet == "가나/다라뉴스"


def test_mstoday_addresses() -> None:
    # set-hx hx-02
    assert outlet_for_domain("singme@mstoday.co.kr") == "MS투데이"
