"""A constructed story body and a cleaner for constructed pages, shared by the cleaning tests of page forms, and the
reader of one development article (seeds/extra-corpora) as an input record."""

from __future__ import annotations

from pathlib import Path

from tracker.clean import clean
from tracker.clean.article import CleanArticle
from tracker.clean.title_check import rules_only
from tracker.read import InputRecord, iter_records
from tracker.reference import load_reference

BODY = "부산시는 내년부터 청년 일자리 사업을 확대한다고 6일 밝혔다."  # constructed
BODY2 = "시는 올해 예산 30억원을 들여 청년 창업 공간을 마련할 계획이다."  # constructed


def clean_page(text: str, fmt: str = "text") -> CleanArticle:
    """`text` cleaned as the page `page.txt` of format `fmt`, by the header rules alone: a constructed page's
    title has nothing to do with the constructed body below it, which the learned title check (tested on real
    pages in test_title_check.py) would read as a lost title."""
    with rules_only():
        return clean(InputRecord(source="page.txt", raw=text.encode(), text=text, format=fmt), load_reference())


EXTRA = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


def extra_record(relative: str) -> InputRecord:
    """The input record of `seeds/extra-corpora/<relative>` (one article per file)."""
    (record,) = list(iter_records([str(EXTRA / relative)]))
    assert isinstance(record, InputRecord), record
    return record
