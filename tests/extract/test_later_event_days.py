"""The date round of 0.112.0: the day of the event an article reports, where its lead does not give it.

- A lead that names no day at all leaves the day to the sentences after it (`… 과제를 마련했다고 24일 밝혔다` in a
  fourth sentence, after a summary lead).
- A bare day before a clause in the present tense dates the saying (`광산구는 13일 … 모집한다고 밝혔다`), as a day
  before an intention already did (`…하겠다고`); `지난 N일` there still dates the act told beside it.
- 0.115.0: a visit on a day is an event too (`김성제 … 의왕시장이 11일 … 의왕도깨비시장을 찾아 명절 장을 봤다`): what
  was said there takes its day.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.extract import run
from tracker.extract.dates import EventDay, lead_event
from tracker.read import iter_records
from tracker.reference import Reference, load_reference

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def reference() -> Reference:
    return load_reference()


def _claims(reference: Reference, relative: str) -> dict[str, date | None]:
    record = next(iter_records([str(ROOT / relative)]))
    return {c.text: c.date for c in run(clean(record, reference), reference).claims}


def _dated(claims: dict[str, date | None], words: str) -> date | None:
    return next(day for text, day in claims.items() if words in text)


def test_a_summary_lead_leaves_the_day_to_the_fourth_sentence(reference: Reference) -> None:
    """set-mq mq-07 (kmib), published 2017-01-25: three sentences of gist, then `서울시는 … 5대 중점 과제를
    마련했다고 24일 밝혔다`. The gist and the plans after it were given out on the 24th (the gold dates them so)."""
    claims = _claims(reference, "seeds/extra-corpora/set-mq/articles/mq-07-kmib.txt")
    assert _dated(claims, "1700만명 유치로 목표를 높여 잡았다") == date(2017, 1, 24)
    assert _dated(claims, "5대 중점 과제를 마련했다") == date(2017, 1, 24)


def test_a_mayors_words_take_the_day_he_gave_them_in_the_third_paragraph(reference: Reference) -> None:
    """set-eq eq-02 (bizm), published 2018-08-21: `박남춘 인천시장은 20일 … 시청 기자실을 방문해 이 같은 입장을
    밝혔다` is the fourth sentence; what he said before and after it was said on the 20th."""
    claims = _claims(reference, "seeds/extra-corpora/set-eq/articles/eq-02-bizm.txt")
    assert _dated(claims, "'원칙'적으로 가겠다는 소신을 밝혔다") == date(2018, 8, 20)


def test_a_lead_with_a_day_of_its_own_keeps_the_publication_day(reference: Reference) -> None:
    """set-mi mi-05 (yeongjong), published 2019-07-01: the lead names `1일` (the anniversary it tells of) without
    reporting on it; `5월 30일 이전으로 회복된 것으로 밝혔고` further down is no event of the story. The claims stay
    on the publication day, as the gold has them."""
    claims = _claims(reference, "seeds/extra-corpora/set-mi/articles/mi-05-yeongjong.txt")
    assert set(claims.values()) <= {date(2019, 7, 1), date(2019, 5, 30)}
    assert sum(day == date(2019, 7, 1) for day in claims.values()) >= len(claims) - 1


def test_a_bare_day_before_a_present_tense_clause_is_the_saying_day() -> None:
    # set-kt kt-07 (wikitree), published 2026-02-14
    lead = "광산구는 13일 청년 주거 독립 지원 시설인 ‘광산 청년온가’의 추가 입주자를 모집한다고 밝혔다."
    assert lead_event(lead, date(2026, 2, 14)) == EventDay(date(2026, 2, 13))


def test_a_past_day_before_a_present_tense_clause_is_the_acts_day() -> None:
    # set-oe oe-07 (breaknewsdb), published 2025-05-16: the 15th is the agreement's day, not the saying's
    lead = (
        "가평군(군수 서태원)은 지난 15일 서울 아모리스 역삼에서 농림축산식품부와 ‘농촌협약’을 공식 체결하고, "
        "군민 정주 여건에 총 300억원을 투입한다고 밝혔다."
    )
    assert lead_event(lead, date(2025, 5, 16)) is None


def test_a_bare_day_before_a_past_clause_is_still_the_acts_day() -> None:  # constructed
    assert lead_event("구는 13일 청년센터를 개관했다고 밝혔다.", date(2026, 2, 14)) is None


def test_a_visit_on_a_day_dates_what_was_said_there(reference: Reference) -> None:
    """set-gb gb-06 (seoul.co.kr), published 2026-02-12: the mayor visited the market on the 11th and said there
    `앞으로도 전통시장 활성화를 위한 지원을 아끼지 않겠다`."""
    claims = _claims(reference, "seeds/extra-corpora/set-gb/articles/gb-06-seoul.txt")
    assert _dated(claims, "지원을 아끼지 않겠다") == date(2026, 2, 11)
    lead = "김성제 경기 의왕시장이 11일 설 명절을 앞두고 관내 전통시장인 의왕도깨비시장을 찾아 명절 장을 봤다."
    assert lead_event(lead, date(2026, 2, 12)) == EventDay(date(2026, 2, 11))
