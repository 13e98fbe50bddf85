"""0.97.0, from the GitHub-file set-oc and od (development sets outside BLIND): a local government's release board
is its own outlet, a board's header row of label and value cells gives no headline, and a blog that retells a story
names its outlet in an '원본 기사:' line. 0.99.0 (set-oj, ok): a board with only a date field is the government's when
its release opens with the government as subject and no byline; a board's fields as a definition list."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.clean.government import government_outlet, is_government_page
from tracker.clean.lines import footer_line
from tracker.read import InputRecord, iter_records
from tracker.reference import load_reference

ROOT = Path(__file__).resolve().parents[2]
EXTRA = ROOT / "seeds" / "extra-corpora"


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _clean(path: Path, reference):
    (record,) = list(iter_records([str(path)]))
    assert isinstance(record, InputRecord), record
    return clean(record, reference)


@pytest.mark.parametrize(
    ("relative", "outlet"),
    [
        ("set-ns/articles/ns-04-haenamgun.html", "해남군"),  # '<strong>담당부서</strong> <span>복지정책과'
        ("set-oc/articles/oc-03-ulsan-namgu.html", "울산 남구"),  # a name four metropolitan cities share
        ("set-oc/articles/oc-05-boryeong.html", "보령시"),  # '<th>작성부서</th><th>홍보미디어실</th>'
        ("set-kj/articles/kj-01-gg.txt", "경기도"),  # '담당부서 : 경기도 환경정책과 …' (a stored page's text)
        ("set-ht/articles/ht-09-chuncheon.txt", "춘천시"),  # '• 담당부서기업지원과'
        ("set-nz/articles/nz-02-taean.html", "태안군"),  # '… 공공누리 조건에 따라 이용할 수 있습니다'
    ],
)
def test_a_release_board_is_its_governments_own_outlet(reference, relative: str, outlet: str) -> None:
    assert _clean(EXTRA / relative, reference).meta.outlet == outlet


def test_what_is_no_release_board(reference) -> None:
    # the shipped press releases print no board around them: no outlet, as their gold says
    for name in ("gangjin-pressrelease-undated.txt", "unknown-gwangju-undated.txt"):
        assert _clean(ROOT / "seeds" / "corpus" / "articles" / name, reference).meta.outlet is None
    # constructed: a sentence that mentions the department in charge is no field of a board
    assert not is_government_page("시는 담당 부서와 협의해 사업을 추진할 계획이라고 밝혔다.")
    assert not is_government_page("관련 부서는 예산을 확보했다.")
    assert is_government_page("작성부서 :\n농업축산과\n거창군은 …")
    # a board page whose government is not known has no outlet either
    assert government_outlet("담당부서 : 기획예산실", "", None, reference) is None


def test_a_header_row_of_label_and_value_cells(reference) -> None:
    # set-oc oc-05: '<th>작성부서</th><th>홍보미디어실</th><th>등록일자</th><th>2026-07-15</th>' was walked cell by cell
    # and its first label taken for the headline
    article = _clean(EXTRA / "set-oc/articles/oc-05-boryeong.html", reference)
    assert article.meta.headline == "보령시, 민선9기 공약사항 추진계획 보고회 개최... ‘시민과의 약속’ 설계"
    assert (
        article.meta.published_at is not None and article.meta.published_at.date().isoformat() == "2026-07-15"
    )
    assert not article.text.startswith(("작성부서", "홍보미디어실"))


def test_the_story_a_blog_retells(reference) -> None:
    # set-oc oc-06: '📰 원본 기사: 핀포인트뉴스' under a blog post built on that outlet's report
    assert (
        _clean(EXTRA / "set-oc/articles/oc-06-pinpoint-yongin.html", reference).meta.outlet == "핀포인트뉴스"
    )
    # constructed: the same line with an address names the outlet its domain has
    found = footer_line("기사 원문 : https://www.yna.co.kr/view/AKR20240101000100001")[1]
    assert found.outlet == "연합뉴스"


@pytest.mark.parametrize(
    ("relative", "outlet"),
    [
        ("set-nz/articles/nz-07-nonsan.html", "논산시"),  # '등록일 : 2026.07.21' and '논산시는 …'
        ("set-oj/articles/oj-04-busan-donggu.html", "부산 동구"),  # '부산 동구는 …'
        ("set-oc/articles/oc-07-wando.html", "완도군"),  # '<dt>작성일</dt><dd>2026-07-22</dd>', '완도군은 …'
    ],
)
def test_a_board_with_a_date_field_and_the_government_as_subject(
    reference, relative: str, outlet: str
) -> None:
    assert _clean(EXTRA / relative, reference).meta.outlet == outlet


def test_a_news_page_with_a_byline_is_no_release_board(reference) -> None:
    # set-ch ch-05: a news site's page with a date field and a lead on 달서구, and its reporter's byline
    meta = _clean(EXTRA / "set-ch/articles/ch-05-kbmaeil.txt", reference).meta
    assert meta.reporter is not None and meta.outlet is None
    # set-ok ok-08: a board whose release opens with its trail, not the city: no outlet is guessed
    assert _clean(EXTRA / "set-ok/articles/ok-08-gyeongju-pressrelease.html", reference).meta.outlet is None


def test_a_boards_fields_as_a_definition_list(reference) -> None:
    # set-ok ok-08: '<dl><dt>작성자</dt><dd>홍보담당관</dd><dt>등록일</dt><dd>2026-07-27</dd></dl>' left '작성자',
    # '홍보담당관' and '등록일' as the text's first lines
    article = _clean(EXTRA / "set-ok/articles/ok-08-gyeongju-pressrelease.html", reference)
    assert article.text.startswith(
        "< 천혜의 자연과 천년 신라 역사 잇는 동해안 명품 걷기길 >\n\n경주 해파랑길이"
    )
    assert (
        article.meta.published_at is not None and article.meta.published_at.date().isoformat() == "2026-07-27"
    )
    assert article.meta.reporter is None  # a department, not a writer
    wando = _clean(EXTRA / "set-oc/articles/oc-07-wando.html", reference)
    assert wando.text.startswith("완도군은 계속되는 폭염에 대응해")
