"""0.96.0, from the GitHub-file sets' misses: a page whose `<head>` alone holds the article (its og:description),
a source field that gives the story's web address instead of the outlet's name, a place written out with its new
province before its bare name, and a name that is only the start of another word ('전북은행')."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.clean import clean
from tracker.clean.jurisdiction import main_jurisdiction
from tracker.clean.lines import footer_line
from tracker.errors import InputError
from tracker.read import records_from_bytes
from tracker.reference import load_reference

from .pages import extra_record


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def test_a_saved_page_head_is_read_from_its_description(reference) -> None:
    # set-nz nz-03: a parser test's saved <head>, its og:description the whole release; it used to be refused
    # as 'HTML has no body text', and the article was lost
    article = clean(extra_record("set-nz/articles/nz-03-muan.html"), reference)
    # og:title, not the <title> breadcrumb
    assert article.meta.headline == "무안군, 벼 병해충 예찰·중점 방제 지도 총력"
    assert article.text.startswith(
        "– 잦은 강우와 고온에 병해충 우려… 농가 적기 방제 당부 -\n\n전남광주통합특별시 무안군은"
    )
    assert "농가에서는 적기 방제와 이삭거름 시용에 각별히 신경 써 달라고 당부했다." in article.text
    assert article.meta.jurisdiction_code == "12810"  # its new province is written out (undated: not 46840)


def test_a_head_with_only_a_teaser_is_still_no_text() -> None:
    # constructed: a description too short to be an article is no body text
    markup = '<head><title>t</title><meta property="og:description" content="짧은 소개 문장입니다." /></head>'
    (result,) = list(records_from_bytes("teaser.html", markup.encode(), extension=".html"))
    assert isinstance(result, InputError)
    assert "HTML has no body text" in str(result)


def test_a_source_field_with_a_web_address(reference) -> None:
    # set-nu nu-04: '출처 : http://www.idaegu.com/newsView/…' was stored as the outlet, address and all
    article = clean(extra_record("set-nu/articles/nu-04-idaegu.html"), reference)
    assert article.meta.outlet == "대구일보"
    assert article.meta.url == "http://www.idaegu.com/newsView/idg202202220042"
    # constructed: an address whose domain the outlet table lacks names no outlet; the address is still the url
    dropped, found = footer_line("출처 : https://example-local-news.kr/view/123")
    assert dropped and found.outlet is None and found.url == "https://example-local-news.kr/view/123"
    # a name, as before
    assert footer_line("[출처 : 연합뉴스]")[1].outlet == "연합뉴스"


@pytest.mark.parametrize(
    ("relative", "code"),
    [
        # '전라북도 장수군' / '전북특별자치도 장수군': the text writes the new province out before the bare name
        ("set-el/articles/el-08-pressian.txt", "52740"),
        ("set-jt/articles/jt-09-asiae.txt", "51230"),
        # '전북은행 순창지점': the bank, not 전북 + '은'; the story is 순창군's
        ("set-ny/articles/ny-01-sunchang.html", "52770"),
        # '수영구도서관': the library's name, not a mention of the district; the story is 부산's
        ("set-ek/articles/ek-02-kpinews.txt", "26"),
    ],
)
def test_jurisdictions_of_real_articles(reference, relative: str, code: str) -> None:
    assert clean(extra_record(relative), reference).meta.jurisdiction_code == code


def test_a_province_name_alone_does_not_decide_an_undated_place(reference) -> None:
    # set-ab ab-06 (2023): '전북특별자치도' is the name the province was about to take; its '전북도' stays 45
    article = clean(extra_record("set-ab/articles/ab-06-jjn.txt"), reference)
    assert article.meta.jurisdiction_code == "45"


def test_a_council_and_a_copula_keep_the_name_whole(reference) -> None:
    # constructed: '인천시의회' and '창녕군이다' mention the government as much as '인천시는' does
    day = date(2024, 3, 1)
    council = "인천시의회는 조례를 통과시켰다. 인천시의회 의장은 말했다."
    assert main_jurisdiction(reference, council, day=day) == "28"
    assert main_jurisdiction(reference, "다음 개최지는 창녕군이다.", day=day) == "48740"
    # the bank is no mention: nothing is left to make a candidate
    assert main_jurisdiction(reference, "전북은행 전북은행 전북은행이 기탁했다.", day=day) is None
