"""Bylines whose reporter's place holds no person, and a name with its outlet and no e-mail (0.123.0): lines from
set-jh jh-08 (futurekorea), set-qb qb-05 (sinhan), set-mw mw-03 (kimcheon), set-qe qe-01 (gangwon.com) and set-mt
mt-06 (etoday)."""

from __future__ import annotations

from tracker.clean.lines import footer_line
from tracker.clean.meta import not_a_writer


def test_a_name_then_its_outlet_then_the_title() -> None:
    found = footer_line("• 강해연 미래한국 기자")[1]
    assert (found.reporter, found.outlet) == ("강해연", "미래한국")
    # a desk's place before the name stays a place ('무안 류지홍 기자', set-ct ct-01)
    assert footer_line("무안 류지홍 기자")[1].reporter == "류지홍"
    # two name-shaped words name nobody's outlet
    assert footer_line("홍길동 선임기자")[1].reporter == "홍길동"


def test_a_lead_reporter_s_rank() -> None:
    found = footer_line("고태우 대표기자 | 입력 : 2021/04/16 [19:23]")[1]
    assert (found.reporter, found.outlet) == ("고태우", None)


def test_desks_sites_and_buttons_are_no_writers() -> None:
    for word in ("편집국", "영남본부", "강원닷컴", "기본크기"):
        assert not_a_writer(word), word
    for name in ("이한국", "강해연", "편승민"):
        assert not not_a_writer(name), name
