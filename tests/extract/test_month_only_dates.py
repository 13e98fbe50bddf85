"""A page store that keeps only the month of publication (` date 2020-11` before the story, sets g and m):
the month is the article's published date, and its claims are dated by the days the story gives."""

from __future__ import annotations

from tracker.clean import clean
from tracker.extract import run
from tracker.read.record import InputRecord
from tracker.reference import load_reference
from tracker.report.records import published_iso

# set-m m-03-asiae's opening, as the page store keeps it
TEXT = (
    " date 2020-11 [아시아경제(수원)=이영규 기자] 이재명 경기도지사가 기후변화로 지구가 공멸할 위기에 처했다며 "
    "수소산업 지원을 통해 지속 가능한 발전을 이끌겠다고 밝혔다.\n\n"
    "이 지사는 5일 '2020경기국제수소포럼'에서 \"이대로라면 기후 위기로 모두 공멸하고 말 것\"이라고 경고했다.\n"
)


def _article():
    record = InputRecord(source="m-03.txt", raw=TEXT.encode(), text=TEXT, format="text", encoding="utf-8")
    return clean(record, load_reference())


def test_the_month_is_the_published_date_at_month_precision() -> None:
    meta = _article().meta
    assert meta.published_precision == "month"
    assert meta.published_at is not None and (meta.published_at.year, meta.published_at.month) == (2020, 11)


def test_claims_take_the_day_the_opening_gives() -> None:
    claims = run(_article(), load_reference()).claims
    assert claims and {(c.date.isoformat() if c.date else None, c.date_precision) for c in claims} == {
        ("2020-11-05", "day")
    }


def test_export_prints_the_month_only() -> None:
    class Stored:  # constructed: the two columns published_iso reads
        published_at = _article().meta.published_at
        published_precision = "month"

    assert published_iso(Stored()) == "2020-11"  # type: ignore[arg-type]
