"""Byline, dateline, outlet and menu forms of Korean news CMS templates that recur across sites (development sets
ab-ah, h, p, s-z). Each line is quoted from the page that showed the form; the negative cases are what the rule
must leave alone."""

from __future__ import annotations

import pytest

from tracker.clean.header import strip_dateline
from tracker.clean.lines import footer_line, is_junk
from tracker.clean.outlets import outlet_for_cut_domain, outlet_name

from .pages import BODY, BODY2, clean_page

# --- bylines ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reporter", "published"),
    [
        ("작성자 박인수", "박인수", None),  # set-t t-03
        ("글쓴이 : 홍길동", "홍길동", None),
        ("경기본부장 / 이병채 기자 다른기사 보기", "이병채", None),  # set-t t-10 (ndsoft)
        ("복지 / 이대우 기자 / 2017-12-28 13:53:47", "이대우", "2017-12-28 13:53:47"),  # set-ah ah-09
        ("• 정철희 기자정철희 기자", "정철희", None),  # set-af af-08
        ("울산=하인식 기자 hais@hankyu", "하인식", None),  # set-y y-05
    ],
)
def test_template_bylines_name_the_reporter(line: str, reporter: str, published: str | None) -> None:
    drop, found = footer_line(line)
    assert drop
    assert (found.reporter, found.published) == (reporter, published)


@pytest.mark.parametrize("line", ["작성자: 관리자", "작성자 편집부"])
def test_an_admin_or_desk_in_the_writer_field_is_no_reporter(line: str) -> None:
    assert footer_line(line)[1].reporter is None


def test_a_desk_that_posted_the_story_leaves_the_reporter_to_its_dateline() -> None:
    # set-ag ag-06: '편집부 / date' under the title, the wire story's dateline below
    page = (
        '김기현 울산시장 "경제 살리기·일자리 만들기 주력"\n\n편집부 / 2015-07-01 11:28:57\n\n'
        f"(울산=연합뉴스) 이상현 기자 = {BODY}\n\n{BODY2}"
    )
    meta = clean_page(page).meta
    assert meta.reporter == "이상현"
    assert meta.published_at is not None and meta.published_at.isoformat().startswith("2015-07-01T11:28:57")


def test_a_byline_cut_inside_its_title_at_the_end_of_an_excerpt() -> None:
    page = f"충남도 “2050년 석탄발전 제로” 선포\n\n입력 2018-03-21 20:12\n{BODY}\n\n{BODY2}\n\n홍성=홍성헌 기"  # set-ab ab-03
    article = clean_page(page)
    assert article.meta.reporter == "홍성헌"
    assert "홍성헌" not in article.text


def test_a_line_that_merely_ends_in_gi_is_no_byline() -> None:
    page = f"제목 줄입니다 여기\n\n{BODY}\n\n{BODY2}\n\n홍성군 기"
    assert clean_page(page).meta.reporter is None


# --- broadcast scripts -----------------------------------------------------------------------------------


def test_an_interview_transcript_names_its_host_and_programme() -> None:
    # set-ad ad-01
    page = (
        " date 2025-08-07 ■ 프로그램명: KBS대전 생생뉴스\n\n"
        "◇ 박지은 기자 (이하 박지은): 기록적인 극한 호우가 쏟아진 지 20여 일 만에 정부가 충남 7개 시군을 "
        "특별재난지역으로 추가 선포했습니다.\n\n◆ 이용록 홍성군수(이하 이용록): 안녕하세요."
    )
    meta = clean_page(page).meta
    assert (meta.reporter, meta.outlet) == ("박지은", "KBS대전")


def test_a_station_intro_and_the_anchors_hand_off() -> None:
    # set-t t-06 (BBS)
    page = (
        "BBS 신년기획보도입니다. 새해를 맞아 전국의 각 지자체에서 신년 계획을 내놓고 있는데요.\n\n"
        "수도 ‘서울’의 무술년 키워드를 박준상 기자가 취재했습니다.\n\n"
        "새해를 맞아 신년인사회 단상에 선 박원순 서울시장은 서울시가 올해 주력할 몇 가지 과제들을 발표했습니다."
    )
    meta = clean_page(page).meta
    assert (meta.reporter, meta.outlet) == ("박준상", "BBS")


def test_a_byline_wins_over_the_hand_off() -> None:
    page = f"제목 줄입니다 여기\n\n김철수 기자\n\n{BODY} 박준상 기자가 취재했습니다.\n\n{BODY2}"
    assert clean_page(page).meta.reporter == "김철수"


# --- outlets ---------------------------------------------------------------------------------------------


def test_table_names_with_and_without_their_space_are_one_outlet() -> None:
    assert outlet_name("JIBS제주방송") == outlet_name("JIBS 제주방송") == "JIBS 제주방송"  # set-ag ag-02
    assert outlet_name("KCTV제주방송") == "KCTV 제주방송"
    drop, found = footer_line("JIBS 제주방송 김재연(Replaykim@jibs.co.kr) 기자")
    assert drop and (found.reporter, found.outlet) == ("김재연", "JIBS 제주방송")


def test_a_link_to_a_list_of_stories_is_no_outlet() -> None:
    assert outlet_name("트랜드뉴스 보기") is None  # set-t t-07 (donga.com)
    assert outlet_name("많이본뉴스 더보기") is None


@pytest.mark.parametrize(
    ("fragment", "outlet"),
    [
        ("hankyu", "한국경제"),  # set-y y-05
        ("fnnews.c", "파이낸셜뉴스"),  # set-p p-06
        ("hank", None),  # too short to tell
        ("example.com", None),  # a whole domain the table lacks
        ("news", None),  # the start of many
    ],
)
def test_an_email_domain_cut_at_the_excerpts_end(fragment: str, outlet: str | None) -> None:
    assert outlet_for_cut_domain(fragment) == outlet


def test_a_cut_address_alone_on_the_last_line() -> None:
    assert footer_line("bsk730@fnnews.c")[1].email_outlet == "파이낸셜뉴스"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("(원주 더리더) “광역교통망 구축, 기업들 투자 열기 가속”", "더리더"),  # set-h h-06
        ("(서울 강남) 강남구는 …", None),  # a place after the place
        ("(세종 조치원) 조치원읍은 …", None),
        ("(대구 동구) 동구는 …", None),
    ],
)
def test_a_place_and_outlet_dateline_without_reporter(line: str, outlet: str | None) -> None:
    assert strip_dateline(line)[1].outlet == outlet


def test_a_place_and_outlet_dateline_below_a_photo_caption() -> None:
    # set-h h-06: the caption, then the dateline and a subheadline, then the story
    page = (
        "광역교통망으로 ‘通’합니다.. 원주시장 “투자 열기 가속”\n\n"
        "  • 입력 2017.08.18 16:04\n\n"
        "원창묵 강원 원주시장(자료사진). 이형진 기자\n\n"
        "(원주 더리더) “광역교통망 구축, 기업들 투자 열기 가속”\n\n"
        f"{BODY}\n\n{BODY2}"
    )
    article = clean_page(page)
    assert article.meta.outlet == "더리더"
    assert "투자 열기 가속”" not in article.text


# --- menus and titles ------------------------------------------------------------------------------------


def test_a_bulleted_menu_above_the_title_and_its_items_run_together() -> None:
    # set-ag ag-02 (JIBS)
    menu = "\n".join(
        f"  • {item}"
        for item in (
            "회원가입",
            "로그인",
            "뉴스",
            "뉴스 기사 보기",
            "뉴스 다시 보기",
            "보도 프로그램",
            "편성표",
            "슬로우TV 제주",
        )
    )
    page = (
        f"{menu}\n뉴스 기사 보기 뉴스 다시 보기 보도 프로그램\n"
        "2035년 亞 최초 '무탄소 제주' 도전.. 정부 목표 15년 앞당긴다\n2024-05-01\n"
        "JIBS 제주방송 김재연(Replaykim@jibs.co.kr) 기자\n"
        f"{BODY}\n\n{BODY2}"
    )
    meta = clean_page(page).meta
    assert meta.headline == "2035년 亞 최초 '무탄소 제주' 도전.. 정부 목표 15년 앞당긴다"
    assert (meta.reporter, meta.outlet) == ("김재연", "JIBS 제주방송")


def test_a_byline_block_is_no_menu() -> None:
    page = (
        "• 홍길동 기자\n• 사회\n• 승인 2023.09.04 00:10\n• 댓글 0\n• 공유\n제목 줄입니다 여기\n"
        + f"{BODY}\n\n{BODY2}"
    )
    assert clean_page(page).meta.reporter == "홍길동"


def test_a_broadcasters_section_label_and_viewer_buttons_above_the_title() -> None:
    # set-ag ag-07 (KCTV)
    page = (
        "종합 리포트 뉴스\n뒤로\n앞으로\n[집중진단1] 주거정책 '오락가락'\n"
        f"조승원 기자  |  jone1003@kctvjeju.com\n|  2018.12.28 14:56\n{BODY}\n\n{BODY2}"
    )
    assert clean_page(page).meta.headline == "[집중진단1] 주거정책 '오락가락'"


@pytest.mark.parametrize("line", ["default_news_ad1", "default_top_notch", "default_nd_ad1"])
def test_ad_slot_ids_are_junk(line: str) -> None:
    assert is_junk(line)  # set-s s-03 (ndsoft)


@pytest.mark.parametrize("line", ["Ad_Slot_1", "2024_예산_1"])
def test_other_words_with_underscores_are_kept(line: str) -> None:
    assert not is_junk(line)


def test_a_title_printed_twice_may_end_in_a_stop() -> None:
    # set-ae ae-07
    page = (
        "화천군에 오시면 아이가 생깁니다.\n화천군에 오시면 아이가 생깁니다.\n  • 승인 2015-05-06\n"
        + f"{BODY}\n\n{BODY2}"
    )
    assert clean_page(page).meta.headline == "화천군에 오시면 아이가 생깁니다."


def test_a_sentence_that_is_not_repeated_is_no_title() -> None:
    page = f"{BODY}\n\n{BODY2}\n\n{BODY}"
    assert clean_page(page).meta.headline is None


def test_a_title_may_trail_off_in_two_dots() -> None:
    # set-y y-06
    title = "시설종사자들에게 “노인분들에게 따뜻한 집과 가족이 되어주고 있어서 고맙다”.."
    assert clean_page(f"{title}\n{BODY}\n\n{BODY2}").meta.headline == title
    assert clean_page(f"그래서 유예를 하도록...\n{BODY}\n\n{BODY2}").meta.headline is None


def test_a_page_header_kept_below_the_story() -> None:
    # set-z z-03 (kmib)
    page = (
        f"{BODY}\n{BODY2}\n대구=김재산 기자 jskimkb@kmib.co.kr\n"
        "김관용 지사 “경북도청 내년 2월 이전”\n입력 2015-09-23 02:54\n"
    )
    article = clean_page(page)
    assert article.meta.headline == "김관용 지사 “경북도청 내년 2월 이전”"
    assert "경북도청 내년 2월 이전" not in article.text
