"""The date round of 0.25.0, extraction side: a quote's own quotative (`“…”이라고 밝혔다`) is not a reported clause,
so the day before the quote is the day it was said."""

from __future__ import annotations

from datetime import date

from tracker.extract.dates import EventDay, lead_event


def test_the_day_before_a_quote_and_its_quotative_is_the_saying_day() -> None:
    # set-t t-08 (jobinfo), as `claims.run` passes the lead: the quotes blanked out
    lead = "이재명 경기도지사는 28일 “                            ”며 “                       ”이라고 밝혔다."
    assert lead_event(lead, date(2019, 5, 29)) == EventDay(date(2019, 5, 28))


def test_a_reported_clause_after_a_quote_still_holds_its_own_day() -> None:  # constructed
    lead = "시는 28일 “          ”이라는 이름의 센터를 개관했다고 밝혔다."
    assert lead_event(lead, date(2019, 5, 29)) is None
