"""Metadata forms that recur across outlets and page shapes (development sets aa-ah, s-z): outlets named only by
a caption's '©' credit, by a copyright notice without a sign, or by an unbracketed lead-in byline; closing
bylines with a bar before the e-mail or with the e-mail cut; the subheadline block of an excerpt that lost
its title. Lines are quoted from the pages that showed each form."""

from __future__ import annotations

import pytest

from tracker.clean.captions import photo_credit_outlet
from tracker.clean.header import strip_dateline
from tracker.clean.lines import copyright_outlet, footer_line

from .pages import BODY, BODY2, clean_page

# --- outlets ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("▲ 청년창업지원센터 개소식 장면 © 백제뉴스", "백제뉴스"),  # set-z z-01
        ("▲     © 드림저널", "드림저널"),  # set-s s-08
        (
            "김주수 군수가 군청 대회의실에서 열린 민선7기 1주년 간담회에서 군정방향을 설명하고 있다.ⓒ뉴데일리",
            "뉴데일리",
        ),
        ("▲ 동구청은 오는 20일부터 3월 27일까지 … 공모를 실시한다.ⓒ동구청", None),  # set-ag ag-05: a handout
        ("[사진] 세종시 청사 ⓒ세종시", None),  # a government's credit
        ("ⓒ 홍길동", None),  # a person
    ],
)
def test_a_captions_copyright_credit_names_the_outlet_only_when_shaped_like_one(
    line: str, outlet: str | None
) -> None:
    assert photo_credit_outlet(line) == outlet


def test_a_page_credit_is_the_weakest_outlet_evidence() -> None:
    page = f"제목 줄입니다\n\n{BODY}\n\n▲ 개소식 장면 © 백제뉴스\n\n{BODY2}"
    assert clean_page(page).meta.outlet == "백제뉴스"
    dated = f"[가나일보=홍길동 기자] {BODY}\n\n▲ 개소식 장면 © 백제뉴스\n\n{BODY2}"
    assert clean_page(dated).meta.outlet == "가나일보"


def test_a_copyright_notice_without_a_sign_is_the_name_and_site_before_the_ban() -> None:
    # set-v v-06
    assert copyright_outlet("중도일보(www.joongdo.co.kr), 무단전재 및 수집, 재배포 금지") == "중도일보"
    drop, told = footer_line("중도일보(www.joongdo.co.kr), 무단전재 및 수집, 재배포 금지")
    assert drop and told.footer_outlet == "중도일보"
    # a sentence that mentions a site is no notice
    assert copyright_outlet("시(www.gana.go.kr) 누리집에서 신청하면 된다") is None


@pytest.mark.parametrize(
    ("line", "outlet", "reporter"),
    [
        (
            "매일일보 = 김천만 기자 | 전 세계 스마트시티 리더와 신기술이 한자리에 모였다.",
            "매일일보",
            "김천만",
        ),  # ae-02
        (
            "경남일간신문 | 의령군은 2024년 11월 말 기준, 청년 귀농인 가구가 400가구를 돌파했다.",
            "경남일간신문",
            None,
        ),  # ag-04
        (
            "[일간검경=김경칠 기자] 박범인 금산군수는 지난 8월 30일 귀농 농가를 방문했다.",
            "일간검경",
            "김경칠",
        ),  # v-03
    ],
)
def test_lead_in_bylines_name_the_outlet(line: str, outlet: str, reporter: str | None) -> None:
    rest, found = strip_dateline(line)
    assert (found.outlet, found.reporter) == (outlet, reporter)
    assert not rest.startswith(("|", "="))


@pytest.mark.parametrize(
    "line",
    [
        "[대구=홍길동 기자] 대구시는 …",  # a place
        "[청주시청=홍길동 기자] 청주시는 …",  # a government building, not an outlet
        "[사회부=홍길동 기자] 시는 …",  # a desk
        "[서귀포=홍길동 기자] 시는 …",
    ],
)
def test_a_place_or_desk_before_the_reporter_is_no_outlet(line: str) -> None:
    _, found = strip_dateline(line)
    assert found.outlet is None and found.reporter == "홍길동"


def test_a_sentence_before_a_bar_is_no_outlet() -> None:
    _, found = strip_dateline("청년 일자리 | 시는 내년부터 사업을 넓힌다.")
    assert found.outlet is None


# --- closing bylines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reporter"),
    [
        ("조승원 기자  |  jone1003@kctvjeju.com", "조승원"),  # set-ag ag-07
        ("김성대 기자  |  tjdeo890@naver.com", "김성대"),  # set-aa aa-07
        ("보령=김재수 기자 kjs0328@", "김재수"),  # set-v v-06: the excerpt ends inside the address
        ("울산=하인식 기자 hais@hankyu", "하인식"),  # set-y y-05
    ],
)
def test_closing_bylines_with_a_bar_or_a_cut_email(line: str, reporter: str) -> None:
    drop, told = footer_line(line)
    assert drop and told.reporter == reporter


def test_a_broadcasters_byline_with_its_email_names_the_station() -> None:
    _, told = footer_line("조승원 기자  |  jone1003@kctvjeju.com")
    assert told.email_outlet == "KCTV 제주방송"


# --- subheadlines of a lost title ------------------------------------------------------------------------


def test_a_dash_opens_a_subheadline_not_the_title() -> None:
    # set-u u-04
    page = (
        "- 공공주도 2.0·추자도 대규모 단지 추진… 기후위기 대응과 주민 참여 강조\n"
        "국내 최초 풍력발전지인 제주특별자치도가 풍력개발 50년의 성과를 돌아보고 정책 방향을 논의했다.\n\n"
        f"{BODY2}"
    )
    assert clean_page(page).meta.headline is None


def test_an_official_by_family_name_above_more_subheadlines_is_a_subheadline() -> None:
    # set-ae ae-02: the block of subheadlines printed twice, then the lead-in byline
    page = (
        "이 시장 스마트시티 시장포럼에서 ‘스마트시티 도전과 극복’ 기조연설\n"
        "거점형 스마트 도시 사업, 경제자유구역, 통합하천정비사업 소개\n"
        "월드스마트시티엑스포 6일~8일 개최…320개사 신기술·우수사례 선보여\n"
        "거점형 스마트 도시 사업, 경제자유구역, 통합하천정비사업 소개\n"
        "월드스마트시티엑스포 6일~8일 개최…320개사 신기술·우수사례 선보여\n"
        "매일일보 = 김천만 기자 | 전 세계 스마트시티 리더와 신기술이 한자리에 모이는 엑스포가 개최됐다.\n"
        f"{BODY2}"
    )
    meta = clean_page(page).meta
    assert (meta.headline, meta.outlet, meta.reporter) == (None, "매일일보", "김천만")


def test_an_official_by_family_name_alone_above_the_byline_is_the_title() -> None:
    # set-c c-08: the only title-like line, with the byline fields below it
    page = f"원 지사, 카본프리 제주 청사진 제시\n\n  • 이영섭 gian55@naver.com\n  • 등록 2018.03.13 10:23:10\n\n{BODY}"
    assert clean_page(page).meta.headline == "원 지사, 카본프리 제주 청사진 제시"


def test_title_like_lines_below_a_lost_titles_subheadline_are_subheadlines() -> None:
    # set-ad ad-08
    page = (
        "시, 내달부터 전 시민을 대상으로 실시\n"
        '"마구잡이 배출 도넘어…인식개선 필요"\n'
        "성산·의창구 재활용품 수거 거부 사태에서 확인된 것처럼 비양심 행위가 도를 넘어섰다고 판단됐기 때문이다.\n"
        f"{BODY2}"
    )
    assert clean_page(page).meta.headline is None
