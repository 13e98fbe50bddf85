"""Metadata round 16: publication stamps and bylines in the forms set-ey … fb showed (read after its judgement): a
video title line printed twice, a date followed by the desk's place and the reporter, a label glued to a print issue's
number, the last edit's time that is no publication, the clock time a later line gives to the same day, a photo
credit in a dateline's brackets, skip links with their English, an ad slot's id above the title, and a table cell's
bar after a photo credit."""

from __future__ import annotations

from tracker.clean.dates import labelled_date, stamped_date
from tracker.clean.found import Found
from tracker.clean.header import strip_dateline
from tracker.clean.lines import copyright_outlet, footer_line, is_junk, normalise_line
from tracker.clean.text import clean_lines

STORY = "강원도는 2일 특별자치도 출범 준비 상황을 발표했다고 밝혔다."


def test_a_video_title_line_printed_twice() -> None:
    # set-ez ez-08 (KBS on a video site): the same line twice, the second without the double space
    line = "김진태, “특별자치도 성공적 출범에 사활” / KBS  2023.01.02."
    found = clean_lines([line, "", line.replace("  ", " "), "", STORY])[1]
    assert (found.headline, found.outlet, found.published) == (
        "김진태, “특별자치도 성공적 출범에 사활”",
        "KBS",
        "2023.01.02",
    )


def test_a_date_then_the_desk_s_place_and_the_reporter() -> None:
    # set-ez ez-04 (joongangtv)
    drop, found = footer_line("2018-09-03     고양=이종훈기자")
    assert drop and (found.published, found.reporter) == ("2018-09-03", "이종훈")


def test_a_label_glued_to_a_print_issue_s_number() -> None:
    # set-fa fa-07 (smnews): the reporter opens the row, the label follows the issue's number
    line = "김경태 기자 / 1504호입력 : 2022년 11월 14일 트위터 페이스북 밴드 카카오톡 네이버블로그 URL복사"
    assert labelled_date(line) == "입력 : 2022년 11월 14일"
    found = clean_lines(["주낙영 경주시장, 도시재생사례 발표", "", line, STORY])[1]
    assert (found.reporter, found.published) == ("김경태", "입력 : 2022년 11월 14일")


def test_the_last_edit_s_time_is_no_publication_stamp() -> None:
    # set-fa fa-07: the site prints its last edit above everything
    assert stamped_date(["최종편집:2025-08-25 18:45:31", "주낙영 경주시장, 도시재생사례 발표"]) is None
    # a publication stamp before the edit's label still counts
    assert stamped_date(["2024.11.07 (목) 10:16:52 최종편집 : 홍길동"]) == "2024.11.07 (목) 10:16:52"


def test_a_later_line_gives_the_clock_time_of_the_same_day() -> None:
    # set-fb fb-01 (okcb): the byline's day, then the web release time
    merged = Found(published="2018년 07월 23일 월요일").merge(
        Found(published="웹출고시간 : 2018.07.23 12:03:00")
    )
    assert merged.published == "웹출고시간 : 2018.07.23 12:03:00"
    # another day (a modification) does not replace the publication
    other = Found(published="2018년 07월 23일 월요일").merge(Found(published="2018.07.24 19:09:39"))
    assert other.published == "2018년 07월 23일 월요일"


def test_a_photo_credit_in_a_dateline_s_brackets_names_no_outlet() -> None:
    # set-ez ez-02, set-bs bs-01 (ajunews)
    assert strip_dateline("[사진=안산시 제공]")[1].outlet is None


def test_a_copyright_year_with_its_month() -> None:
    # set-ez ez-09 (giview)
    assert copyright_outlet("Copyright(c) 2017.04 Kyung-In View. All Rights reserved.") == "Kyung-In View"


def test_skip_links_with_their_english_and_an_ad_slot_id() -> None:
    # set-ez ez-07 (nspna)
    assert is_junk("반복내용 건너뛰기(skip to main content) 본문 바로가기(Go body) 메뉴 바로가기(Go Menu)")
    lines = [
        "G03-8236672469",
        "",
        "강릉시, 탄소중립 친환경 도시 본격 준비",
        "",
        "NSP통신, 조이호 기자, 2022-03-07 09:59",
        STORY,
    ]
    assert clean_lines(lines)[1].headline == "강릉시, 탄소중립 친환경 도시 본격 준비"


def test_a_table_cell_s_bar_after_a_photo_credit() -> None:
    # set-fa fa-05 (heraldcorp): the photo's caption is no title
    assert (
        normalise_line("영양군 치매안심센터 개소식 모습.[영양군 제공] |")
        == "영양군 치매안심센터 개소식 모습.[영양군 제공]"
    )
    # a bar after a caption's date stays (the date of a photo is no publication date)
    assert normalise_line("청년정책위원회 [사진=대전 유성구] 2025.03.04 |").endswith("|")
