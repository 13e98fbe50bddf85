"""Metadata and caption classes found on the blind sets j and k (and set-g's bulleted body): bylines with a
Latin I/l bar, '[place=outlet reporter 기자]' datelines, titles glued to a subheadline that opens with an
official, outlets named only inside the story, and '▲' story bullets that are not photo captions."""

from __future__ import annotations

import pytest

from tracker.clean.captions import archive_credit, is_caption_line
from tracker.clean.header import split_glued_title, strip_dateline
from tracker.clean.lines import footer_line
from tracker.clean.text import clean_lines, interviewer_outlet

# --- '▲' lines: bulleted story items vs photo captions -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # set-g g-09 (창원): bulleted policy items in the plain present/future, one of several sentences
        "▲출산장려 정책은 난임부부 시술비 지원 횟수가 최대 21회까지, 시술에 따라 1회당 최대 110만원까지 "
        "지원금이 확대된다. 정부 출산장려금인 '첫만남이용권(200만원)과 시에서 추진하고 있는 출산장려금(첫째50만원, "
        "둘째200만원)도 계속해서 동시 지급 한다. 이와 함께 임산부 대상 공영주차장 주차요금 감면 정책도 하반기 시행한다.",
        "▲책임보육으로 아이키우기 좋은 도시환경을 만들어 나간다.",
        "▲ 청년 창업가에게 임대료를 최대 2년간 지원하겠다.",  # constructed: a future item
    ],
)
def test_story_bullets_are_not_captions(line: str) -> None:
    assert not is_caption_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # set-i i-03 (울산일보): the ongoing action of a photo
        "▲ 김두겸 울산시장이 지난 1일 열린 울산시의회 제241회 임시회 제1차 본회의에서 추경 제안설명을 하고 있다.",
        # corpus breaknews-daegu-20180313: with a credit
        "▲ 권영진 시장이 13일 열린 확대간부회의에서 발언하고 있다.     © 대구시 제공",
        "▲ 홍길동 군수가 13일 군청에서 열린 청년 정책 간담회에 참석해 인사말을 했다.",  # constructed: past
    ],
)
def test_triangle_captions_stay_captions(line: str) -> None:
    assert is_caption_line(line)


# --- bylines and datelines ----------------------------------------------------------------------------


def test_byline_with_a_latin_bar_before_the_date() -> None:
    # set-j j-05 (이데일리): '기자I' — the template prints its bar as a capital I
    drop, found = footer_line("이종일 기자I 2021.07.01 17:29:53")
    assert drop
    assert (found.reporter, found.published) == ("이종일", "2021.07.01 17:29:53")
    drop, found = footer_line("홍길동 기자 l 2020.03.04 10:00")  # constructed: small l
    assert drop and found.reporter == "홍길동"


def test_latin_letters_after_a_name_without_title_are_not_a_byline() -> None:
    # constructed: no '기자' before the letter, so nothing reads it as a bar
    _drop, found = footer_line("홍길동 I 2021.07.01 17:29:53")
    assert found.reporter is None


@pytest.mark.parametrize(
    ("line", "outlet", "reporter", "place"),
    [
        ("[인천=이데일리 이종일 기자] 박남춘 인천시장은 1일", "이데일리", "이종일", "인천"),  # set-j j-05
        ("[서울=뉴시스 경제부 홍길동 기자] 서울시는", "뉴시스", "홍길동", "서울"),  # constructed: with a desk
        ("[대구=뉴시스] 홍길동 기자 = 대구시는", "뉴시스", "홍길동", "대구"),  # constructed: the older form
    ],
)
def test_place_outlet_reporter_dateline(line: str, outlet: str, reporter: str, place: str) -> None:
    rest, found = strip_dateline(line)
    assert (found.outlet, found.reporter, found.place) == (outlet, reporter, place)
    assert "기자" not in rest


def test_header_with_latin_bar_byline_subheadlines_and_a_later_dateline() -> None:
    # set-j j-05 (이데일리): title, byline, four subheadlines, a caption, then the dateline
    lines = [
        "박남춘 인천시장 “첨단산업 육성해 일자리 늘리겠다”",
        "",
        "이종일 기자I 2021.07.01 17:29:53",
        "",
        "1일 취임 3주년 기자간담회 개최",
        "지역별 핵심첨단산업 육성 계획",
        '“경제구조 대전환, 도시환경 개선"',
        "청년지원 확대 살고싶은 도시로",
        "",
        "박남춘 인천시장이 1일 중구 베스트웨스턴 하버파크호텔에서 취임 3주년 기자간담회를 하고 있다. (사진 = 인천시 제공)",
        "",
        "[인천=이데일리 이종일 기자] 박남춘 인천시장은 1일 “첨단산업 중심의 일자리가 풍부한 도시를 만들겠다”고 밝혔다.",
    ]
    body, found = clean_lines(lines)
    assert (found.outlet, found.reporter, found.published) == ("이데일리", "이종일", "2021.07.01 17:29:53")
    assert body[0].startswith("박남춘 인천시장은 1일")


# --- titles glued to their subheadline ----------------------------------------------------------------


def test_title_glued_to_a_subheadline_that_opens_with_an_official() -> None:
    # set-j j-02 (경인통신)
    line = "수원시, 2020 대한민국 지식혁신 스마트시티 대상에서 '대상'염태영 수원시장, 수상에 앞서 ‘수원시 스마티시티 추진사례’ 소개"
    assert split_glued_title(line) == (
        "수원시, 2020 대한민국 지식혁신 스마트시티 대상에서 '대상'",
        "염태영 수원시장, 수상에 앞서 ‘수원시 스마티시티 추진사례’ 소개",
    )


@pytest.mark.parametrize(
    "line",
    [
        "시민들 '홍길동 시장 최고' 칭찬 이어져",  # constructed: an opening quote before the name
        "'청년배당' 홍길동 성남시장, 소송 대응 나서",  # constructed: a space after the closing quote
        "“청년이 떠나지 않는 도시”홍보 나선 대구시",  # constructed: no official after the quote
    ],
)
def test_titles_that_are_not_glued(line: str) -> None:
    assert split_glued_title(line) == (line, None)


# --- outlets named only inside the story --------------------------------------------------------------


def test_outlet_from_its_own_photo_archive_credit() -> None:
    assert archive_credit("오거돈 부산시장. / IT조선 DB") == "IT조선"  # set-k k-01
    assert archive_credit("사진=뉴스1 DB") == "뉴스1"  # constructed
    assert archive_credit("[단양군 제공. 재판매 및 DB 금지]") is None  # a ban, not a credit (set-style)
    assert archive_credit("홍길동 시장. / 부산시 DB") is None  # constructed: a government's archive
    body, found = clean_lines(
        ["부산시는 19일 위원회를 출범했다.", "", "오거돈 부산시장. / IT조선 DB", "", "오 시장은 말했다."]
    )
    assert found.inner_outlet == "IT조선"
    assert "오거돈 부산시장. / IT조선 DB" in found.captions
    assert all("IT조선" not in line for line in body)


def test_outlet_from_an_interviewers_turn_label() -> None:
    # set-k k-08 (프레시안): the questions are labelled with the outlet, the answers with the governor
    body = [
        "프레시안: 30년을 끌어온 새만금사업이다. 당초 계획에 변함이 없는가?",
        "",
        "송하진: 전라북도는 위기를 기회로 바꿀 수 있는 저력을 꾸준히 쌓아왔다.",
    ]
    assert interviewer_outlet(body) == "프레시안"
    # constructed: one label only is no transcript; labels that are no outlet name none
    assert interviewer_outlet(body[:1]) is None
    assert interviewer_outlet(["홍길동: 좋습니다.", "김철수: 네, 그렇습니다."]) is None
