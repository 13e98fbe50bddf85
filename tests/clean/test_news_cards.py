"""0.101.0, from set-os (texts found in GitHub files): a news card of a city's site, kept as a template literal,
styles each field of its record as an inline span (`<span class="title">`, `<span class="sub_title">`,
`<span class="date"><em><b>작성일</b>2026.07.27</em></span>`). Each field is a line of its own, as the card shows
it: before, the title and subtitle ran together ('…지원영천시…') and the date stuck to the last sentence
('…계획이다. 작성일2026.07.27'), so the article had no headline and no date."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.clean import clean
from tracker.clean.html import fragment_to_draft
from tracker.reference import load_reference

from .pages import extra_record


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def test_a_cards_title_subtitle_and_date_are_fields(reference) -> None:
    article = clean(extra_record("set-os/articles/os-05-yeongcheon-news.html"), reference)
    assert article.meta.headline == "9~18세 학교 밖 청소년 무료 건강검진 지원"
    assert article.meta.subheadline == "영천시청소년상담복지센터에서 편하게 신청하세요"
    assert article.meta.published_at is not None
    assert article.meta.published_at.date() == date(2026, 7, 27)
    assert article.text.endswith("학교와 지역 기관 연계를 강화할 방침이다.")
    assert "작성일" not in article.text


def test_a_cut_title_is_still_the_headline(reference) -> None:
    # the list shows the title cut ('…, 시...'); the gold keeps it as printed
    article = clean(extra_record("set-os/articles/os-04-yeongcheon-news.html"), reference)
    assert article.meta.headline == "영천예술창작스튜디오 18기 입주 작가, 시..."
    assert article.meta.published_at is not None
    assert article.meta.published_at.date() == date(2026, 7, 27)


def test_a_label_styled_as_a_title_is_no_title() -> None:
    # set-d d-01: a board's '<em class="tit">제목</em>' labels the title beside it; it is not the title itself
    draft = fragment_to_draft(
        '<dl class="view_head"><dt>\n  <em class="tit">제목</em>\n  '
        '<span class="txt">이재각 진도군수, 폭염 속 현장 근로자 안전 최우선 강조</span></dt></dl>'
        "<p>본문 첫 줄이다.</p>"
    )
    assert draft.headline is None
    assert draft.lines[0] == "제목 이재각 진도군수, 폭염 속 현장 근로자 안전 최우선 강조"


def test_ordinary_inline_markup_stays_in_its_sentence() -> None:
    # constructed: emphasis and links without a field's class are part of the sentence around them
    draft = fragment_to_draft('<p>시는 <b>스마트시티</b> 사업을 <a href="#">추진한다</a>고 밝혔다.</p>')
    assert draft.lines[0] == "시는 스마트시티 사업을 추진한다고 밝혔다."


# 0.102.0, from set-ow, ox and pb (GitHub-file texts): what a saved board page names its site by is no headline


@pytest.mark.parametrize(
    ("relative", "headline"),
    [
        # a breadcrumb as the page title
        (
            "set-pb/articles/pb-01-damyang-pressrelease.html",
            "담양군 누리집, 과학기술정보통신부 ‘웹 접근성 품질인증 마크’ 인증",
        ),
        # the site's search keywords as og:title
        (
            "set-pb/articles/pb-03-gyeongbuk-pressrelease.html",
            "경북도, 하수 중 항생제 내성균 및 내성 유전자 조사 결과 발표",
        ),
        # a fragment that kept the page's og:title, whose first block is the attachments area's label
        (
            "set-ow/articles/ow-02-hongseong-pressrelease.html",
            "홍성 한우와 마늘을 한입에 담다!! ‘홍성마늘 한우 스테이크’ 출격... 전국 입맛 잡는다",
        ),
        (
            "set-ox/articles/ox-01-goheung-pressrelease.html",
            "고흥군, 농산물 스마트 공급센터 준공... 산지 유통 혁신 포문 열다",
        ),
    ],
)
def test_a_sites_own_title_gives_way_to_the_articles(reference, relative: str, headline: str) -> None:
    assert clean(extra_record(relative), reference).meta.headline == headline


def test_a_previous_post_link_is_no_reporter(reference) -> None:
    # set-ox ox-01: the board's '<li>이전글</li>' under the release
    assert (
        clean(extra_record("set-ox/articles/ox-01-goheung-pressrelease.html"), reference).meta.reporter
        is None
    )


def test_site_titles() -> None:
    from tracker.clean.html import _site_title

    assert _site_title("전라남도청누리집 - 보도자료 |")
    assert _site_title("알림마당>담양뉴스>보도자료")
    assert _site_title("경북도청, 경상북도, 경북, 도청, Gyeongsangbuk-do")
    # constructed: real headlines with commas or a dash
    assert not _site_title("부산·울산·경남, 메가시티 출범 - 2026년 특별연합 본격 가동")
    assert not _site_title("홍천군, 주거 인프라 연계 돌봄서비스")
