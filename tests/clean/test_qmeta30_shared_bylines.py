"""Metadata round 30: a byline shared by two reporters names both ('기성훈 기자, 김지현 기자', '임가영, 이순호 기자',
'(서울=뉴스1) 권혜정 이설 기자 ='), comma-separated as the golds write them (five development golds)."""

from __future__ import annotations

from tracker.clean.lines import with_co_reporter


def test_two_reporters_of_one_byline() -> None:
    # set-ds ds-05 (mt.co.kr) and set-ec ec-04 (iij.co.kr)
    assert (
        with_co_reporter("기성훈", "머니투데이 기성훈 기자, 김지현 기자 2022.04.14 05:40\n본문")
        == "기성훈, 김지현"
    )
    assert (
        with_co_reporter("임가영", "국제아이저널 임가영입니다\n임가영, 이순호 기자 iij@iij.co.kr")
        == "임가영, 이순호"
    )
    # constructed: the agency form with the names side by side
    assert (
        with_co_reporter("권혜정", "(서울=뉴스1) 권혜정 이설 기자 = 서울시의 기후동행카드가")
        == "권혜정, 이설"
    )


def test_a_rank_is_no_second_reporter() -> None:
    # set-aa aa-01 (newspim.com)
    assert with_co_reporter("이성우", "[서울=뉴스핌] 이성우 인턴기자 = 박원순 서울시장이") == "이성우"
    # constructed: one reporter, another person named elsewhere
    assert with_co_reporter("홍길동", "홍길동 기자\n김철수 시장은 밝혔다.") == "홍길동"
    assert with_co_reporter(None, "본문") is None
