"""Titles found by their labelled date line, and the outlet named before its interview (0.120.0): a title right
below page furniture that stopped the header early ('• 맑음고창 ℃' of a weather bar, 'ad52'), a title printed with
its date at the very end of a page, below the story, with no byline above it, and '국민일보 인터뷰에서' with no
particle. Real pages (seeds/extra-corpora).

Measured with the pipeline scorer on the 3,966 development articles, 0.119.0 -> 0.120.0: BLIND headline 0.8944 ->
0.8966, published 0.9934 -> 0.9942, outlet 0.9476 -> 0.9490; outside BLIND headline 0.9221 -> 0.9236; no article
scored worse on any figure."""

from __future__ import annotations

from tracker.clean import clean
from tracker.reference import load_reference

from .pages import extra_record


def _clean(relative: str):
    return clean(extra_record(relative), load_reference())


def test_title_below_a_weather_bar_is_read_with_its_registration_date() -> None:
    article = _clean("set-iq/articles/iq-05-tvseoul.txt")
    assert article.meta.headline == "오세훈 시장, “기후동행카드 신용카드 후불제 시스템 도입해나갈 것”"
    # the page's own '• 등록 2024.01.29 14:22:30', not the site's today-bar '2024.05.17 (금)' above the weather
    assert article.meta.published_at is not None
    assert article.meta.published_at.isoformat() == "2024-01-29T14:22:30+09:00"
    assert article.text.startswith("전국 최초의 대중교통 무제한 정기권인")


def test_ad_slot_ids_above_the_title_do_not_hide_it() -> None:
    article = _clean("set-it/articles/it-02-gukjenews.txt")
    assert article.meta.headline == '원희룡, "규모보다 질적정책 선도"...전기차에 무한 애정'
    assert "ad52" not in article.text
    assert article.text.startswith("원희룡 제주도지사가")


def test_title_and_date_at_the_end_of_the_page() -> None:
    article = _clean("set-if/articles/if-01-kmib.txt")
    assert article.meta.headline == "‘귀농귀촌1번지’ 홍천, 도시민 유치활동 가속"
    assert "유치활동 가속" not in article.text  # the title is no paragraph of the body


def test_a_closing_byline_above_the_date_is_no_title() -> None:
    # '권희진 키즈맘 기자 [email protected]' / '입력 …' at the end: the gold has no headline for this page
    article = _clean("set-js/articles/js-02-kizmom.txt")
    assert article.meta.headline is None


def test_a_story_above_a_title_and_date_is_not_skipped_as_furniture() -> None:
    # a page that prints the story first: its lead must stay the body's first paragraph
    article = _clean("set-au/articles/au-01-kmib.txt")
    assert article.text.startswith("이재명 성남시장은 12일 자신의 트위터와 페이스북을 통해")


def test_the_paper_named_before_its_interview_is_the_outlet() -> None:
    # '… 하남시청 집무실에서 진행된 국민일보 인터뷰에서 …': no other line of the page names its outlet
    assert _clean("set-mr/articles/mr-08-kmib.txt").meta.outlet == "국민일보"
    # '윤장현 광주광역시장은 5일 국민일보 신년인터뷰에서 “…”'
    assert _clean("set-pg/articles/pg-05-kmib.txt").meta.outlet == "국민일보"


def test_a_row_of_links_parted_by_bars_is_no_title() -> None:
    # '모바일  |   유튜브  |   facebook  |   newsstand  |   지면보기   |' above the date bar and the title (set-ni ni-04)
    article = _clean("set-ni/articles/ni-04-knnews.txt")
    assert article.meta.headline == "“김해시 주요 현안사업 지원해달라”"


def test_a_byline_and_date_run_on_at_the_end_of_the_title() -> None:
    # '김덕현 연천군수, … 포함돼야 이윤기 기자 2025-09-01 11:27:48' on one line (set-kn kn-08)
    article = _clean("set-kn/articles/kn-08-bgchang.txt")
    assert article.meta.published_at is not None
    assert article.meta.published_at.isoformat() == "2025-09-01T11:27:48+09:00"
    assert article.meta.headline is not None and article.meta.headline.endswith("수도권 접경지역도 포함돼야")
    # a byline of two reporters keeps its first name ('머니투데이 기성훈 기자, 김지현 기자 2022.04.14 05:40', set-ds ds-05)
    assert _clean("set-ds/articles/ds-05-mt.txt").meta.reporter == "기성훈, 김지현"


def test_member_links_above_the_title_are_furniture() -> None:
    # '회원가입기사쓰기전체기사보기' above '뉴스 > 사회일반' and the title (set-pf pf-04); the run-together bar
    # '즐겨찾기+  날짜 : 2025-07-04 09:48:15 회원가입기사쓰기전체기사보기' dates the day the page was saved, not the story
    # (set-mw mw-03, '입력 : 2005년 12월 14일')
    assert _clean("set-pf/articles/pf-04-icbnnews.txt").meta.headline == "권영세 안동시장,우시장 찾아 한우농가 위로"
    published = _clean("set-mw/articles/mw-03-kimcheon.txt").meta.published_at
    assert published is not None and published.date().isoformat() == "2005-12-14"


def test_a_title_with_a_stop_right_above_its_date_line_below_share_buttons() -> None:
    # '공유하기' … '블로그' / 'X' / '주소복사' / '고양시, 미세먼지 농도 5년 전 대비 38% 줄었다.' / '입력 2023.05.10 09:51 …'
    assert _clean("set-mr/articles/mr-05-dailian.txt").meta.headline == "고양시, 미세먼지 농도 5년 전 대비 38% 줄었다."


def test_a_stopped_title_with_the_paper_s_name_between_it_and_its_date() -> None:
    # '[강원 신년 인터뷰] 이병선 속초 시장에게 듣다.' / '파이낸셜뉴스' / '입력 2018.01.05 10:01' (set-ht ht-06, 0.121.0)
    assert _clean("set-ht/articles/ht-06-fnnews.txt").meta.headline == "[강원 신년 인터뷰] 이병선 속초 시장에게 듣다."
