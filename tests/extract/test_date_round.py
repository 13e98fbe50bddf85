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


def test_narrated_plans_of_an_announcement_take_its_day() -> None:
    """set-cl cl-07 (kukinews), published 2019-02-21: `서울시는 20일 ‘제2차 서울시 도시철도망 구축계획’을
    발표했다`; the plans the story then narrates were announced on the 20th."""
    from pathlib import Path

    from tracker.clean import clean
    from tracker.extract import run
    from tracker.read import iter_records
    from tracker.reference import load_reference

    reference = load_reference()
    path = Path(__file__).resolve().parents[2] / "seeds/extra-corpora/set-cl/articles/cl-07-kukinews.txt"
    extraction = run(clean(next(iter_records([str(path)])), reference), reference)
    plan = next(c for c in extraction.claims if "승인 요청을 할 방침이다" in c.text)
    assert plan.kind == "plan"
    assert plan.date == date(2019, 2, 20)
