"""0.134.0 and 0.135.0, read from the first blind runs of set-rh … rk: a staging copy's banner above the page ('TEST SERVER!!',
usmbc.co.kr: no headline was found in any of its three texts, set-fy fy-05, set-ql ql-03, set-ri ri-03) and a
template's content-start mark ('본문시작', set-rh rh-06) are furniture; a header's field lines (a byline with its
e-mail, a date between bars) stop a broadcaster's short-lined script from running the title and byline into its
first sentence (set-rk rk-06). Lines from those texts; the real articles themselves."""

from __future__ import annotations

import pytest

from tracker.clean import clean
from tracker.clean.lines import is_junk
from tracker.clean.wrapped import unwrap
from tracker.reference import Reference, load_reference

from .pages import extra_record


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


@pytest.mark.parametrize("line", ["TEST SERVER!!", "test server", "본문시작", "본문 시작", "컨텐츠 시작"])
def test_banners_and_content_marks_are_furniture(line: str) -> None:
    assert is_junk(line)


@pytest.mark.parametrize("line", ["시작이 반이다", "본문 시작부터 쟁점", "TEST SERVER 교체 완료"])
def test_lines_that_say_more_stay(line: str) -> None:
    assert not is_junk(line)


def test_a_bylines_field_lines_end_a_short_lined_scripts_sentence() -> None:
    lines = [
        '"쓰레기·교통문제 실마리 풀 것"',
        "최형석 기자  |  hschoi@kctvjeju.com",
        "|  2017.01.23 16:27",
        "KCTV제주방송이 설 명절을 앞두고",
        "원희룡 지사와의 대담을 마련했습니다.",
        "",
        "원 지사는 올해가",
        "쓰레기와 교통문제가 실마리를 푸는 첫 해가 될 것이라며",
        "도민들의 협조를 구했습니다.",
        "",
        "전기차 보급 정책에 대해서는",
        "전기차산업을 만들기 위한 필수 조건이라며",
        "강한 애정을 나타냈습니다.",
    ]
    joined = unwrap(lines)
    assert "KCTV제주방송이 설 명절을 앞두고 원희룡 지사와의 대담을 마련했습니다." in joined
    assert "최형석 기자  |  hschoi@kctvjeju.com" in joined


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("set-ri/articles/ri-03-usmbc.txt", "올해 시정 '경제와 일자리' 집중"),
        ("set-fy/articles/fy-05-usmbc.txt", "김기현 시장에게 듣는다"),
    ],
)
def test_a_staging_copy_keeps_its_title(ref: Reference, name: str, headline: str) -> None:
    article = clean(extra_record(name), ref)
    assert article.meta.headline == headline


def test_the_script_starts_below_its_byline(ref: Reference) -> None:
    article = clean(extra_record("set-rk/articles/rk-06-kctvjeju.txt"), ref)
    assert article.text.startswith("KCTV제주방송이 설 명절을 앞두고 원희룡 지사와의 대담을 마련했습니다.")
    assert article.meta.reporter == "최형석"


# 0.135.0, read from the first blind runs of set-rl … ro: TV조선's section path run together above the story
# ('전국뉴스네트워크뉴스') names no outlet (set-cz cz-02, set-re re-03, set-rn rn-01, set-ro ro-04 took it for one).


def test_a_broadcasters_section_path_is_no_outlet() -> None:
    from tracker.clean.outlets import outlet_name

    assert is_junk("전국뉴스네트워크뉴스")
    assert outlet_name("전국뉴스네트워크뉴스") is None
    assert outlet_name("충청뉴스") == "충청뉴스"  # an outlet's own name stays


@pytest.mark.parametrize("name", ["set-rn/articles/rn-01-tvchosun.txt", "set-re/articles/re-03-tvchosun.txt"])
def test_the_interview_under_the_section_path_keeps_its_title(ref: Reference, name: str) -> None:
    article = clean(extra_record(name), ref)
    assert article.meta.outlet is None
    assert article.meta.headline is not None and article.meta.headline.startswith("[네트워크 초대석]")
