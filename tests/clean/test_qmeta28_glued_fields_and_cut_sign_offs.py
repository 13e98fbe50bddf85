"""Metadata round 28, from set-hk … hn's misses (read after their judgement): a template's byline fields run
together on one line; a sign-off whose e-mail the store cut at the '@'; a dateline whose place carries its
province in brackets; a date with its digits run together; a file photo's bracketed credit."""

from __future__ import annotations

from datetime import datetime

from tracker.clean.captions import repeated_credited_caption
from tracker.clean.dates import SEOUL, parse_published
from tracker.clean.header import strip_dateline
from tracker.clean.lines import footer_line, normalise_line
from tracker.clean.text import clean_lines, split_glued_fields


def test_glued_byline_fields() -> None:
    # set-hl hl-03 (sobien.kr): the run-together fields were read as the headline
    line = "기자 : 김경순 기자등록일 : 2020-01-08 22:20최종편집일 : 2020-01-08 22:20"
    assert split_glued_fields(line) == [
        "기자 : 김경순",
        "기자등록일 : 2020-01-08 22:20",
        "최종편집일 : 2020-01-08 22:20",
    ]
    found = clean_lines(
        [
            line,
            "“2020년은 쥐띠가 원하는 모든 일이 잘 풀리길! 용인 청년 원더풀!”",
            "백군기 용인시장은 7일 기흥구 한 음식점에서 쥐띠 청년 20명과 청년정책에 대해 격 없는 소통을 하고 격려했다.",
        ]
    )[1]
    assert found.reporter == "김경순"
    assert found.headline == "“2020년은 쥐띠가 원하는 모든 일이 잘 풀리길! 용인 청년 원더풀!”"
    # constructed: a sentence that mentions a field's word is left whole
    assert split_glued_fields("시는 등록일 : 다음 달 2일까지라고 밝혔다") == [
        "시는 등록일 : 다음 달 2일까지라고 밝혔다"
    ]


def test_a_sign_off_with_its_address_cut() -> None:
    # set-hl hl-09 (asiae.co.kr)
    is_byline, told = footer_line("춘천=이종구 기자 9155ing")
    assert is_byline and told.reporter == "이종구"
    assert not footer_line("그는 기자 출신 CEO")[0]  # constructed


def test_a_dateline_place_with_its_province() -> None:
    # set-hm hm-04 (hankooki.com)
    rest, told = strip_dateline("[울진(경북)=데일리한국 손호영 기자] 경북 울진군이 최근 군청 중회의실에서 …")
    assert (told.reporter, told.outlet, told.place) == ("손호영", "데일리한국", "울진")
    assert rest.startswith("경북 울진군이")


def test_run_together_date_digits() -> None:
    # set-hm hm-06 (kbinews.com)
    assert normalise_line("20180920일 (목) 10:47 입력 20180927일 (목) 13:20 수정").startswith(
        "2018.09.20 (목) 10:47 입력"
    )
    assert normalise_line("20180920일") == "20180920일"  # constructed: no weekday, no date
    found = clean_lines(
        [
            "북구청, 창업보육센터 내 작은도서관 조성",
            "20180920일 (목) 10:47 입력 20180927일 (목) 13:20 수정",
            "대구 북구청은 창업보육센터 내 유휴공간을 작은도서관으로 조성해 10월 1일부터 운영에 들어간다고 20일 밝혔다.",
        ]
    )[1]
    assert found.published is not None and parse_published(found.published) == (
        datetime(2018, 9, 20, 10, 47, tzinfo=SEOUL),
        "minute",
    )


def test_a_file_photo_credit_ends_a_caption() -> None:
    # set-hk hk-02 (shinailbo.co.kr): the file photo's caption, printed twice, was read as story and dated its claims
    line = "오세훈 서울시장이 지난달 11일 오전 서울시청 브리핑룸에서 브리핑하고 있다. (자료사진=연합뉴스)"
    assert repeated_credited_caption(line, 2)
    assert not repeated_credited_caption(line, 1)  # printed once, only its credit would be cut
