"""Claim dates of the forms met in sets w and x: a day inside the matter spoken about (`…가 지난달 28일 …
선언한 것과 관련 … 말했다`) is not the day of the saying, and a lead without a day takes the event day from
the subheadline (a morning paper's `24일 … 간담회 참석 … 건의`). Constructed texts (`# constructed`)."""

from __future__ import annotations

from datetime import date

from tracker.clean import clean
from tracker.extract import run
from tracker.extract.dates import lead_event, said_on
from tracker.read.record import InputRecord
from tracker.reference import load_reference

NOV_2 = date(2020, 11, 2)


def test_a_day_of_the_matter_spoken_about_is_not_the_event_day() -> None:
    # constructed
    lead = (
        "대통령이 지난달 28일 국회 연설을 통해 탄소중립을 선언한 것과 관련 도지사가 고 말했다. "
        "도지사는 2일 실국원장회의를 열고 탄소중립을 강조했다."
    )
    assert lead_event(lead, NOV_2).value == NOV_2
    frame = "대통령이 지난달 28일 국회 연설을 통해 탄소중립을 선언한 것과 관련 도지사가 고 말했다."
    assert said_on(frame, NOV_2, attribution=True) is None


def test_a_day_attached_to_the_saying_still_dates_it() -> None:
    frame = "도지사는 지난달 28일 기자회견에서 고 말했다."  # constructed
    ref = said_on(frame, NOV_2, attribution=True)
    assert ref is not None and ref.value == date(2020, 10, 28)


def _claims(text: str):
    record = InputRecord(source="page.txt", raw=text.encode(), text=text, format="text", encoding="utf-8")
    return run(clean(record, load_reference()), load_reference()).claims


def test_the_subheadline_gives_the_event_day_a_lead_leaves_out() -> None:
    text = (  # constructed: published the next morning, the day only in the subheadline
        "권영진 시장 “대구를 스마트시티 선도도시로”\n\n"
        "24일 시도지사 간담회 참석 스마트시티 특구 계획 설명\n\n"
        "승인 2019.07.25 05:28\n\n"
        "권영진 대구시장이 대통령을 만나 스마트시티 특구 계획을 설명했다.\n\n"
        "권 시장은 “대구를 스마트시티 선도도시로 만들겠다”고 말했다.\n"
    )
    claims = _claims(text)
    assert claims and all(c.date == date(2019, 7, 24) for c in claims)
