"""A straight single quote glued to the word before it, with no quote open, is no opening mark (0.119.0): pages
type it for a middle dot between names or places (`김인기'김한탁 공동위원장`, `18개 읍'면`). Read as an opening mark
it paired with the next such dot and made everything between them one quotation, and the unit builder lost the
sentences inside; in a text printed as one paragraph (a record unwrapped from data) that was most of the story."""

from __future__ import annotations

from pathlib import Path

from tracker.clean import clean
from tracker.extract import run
from tracker.extract.units import quote_spans
from tracker.read import InputRecord, iter_records
from tracker.reference import load_reference

EXTRA = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b in quote_spans(text, 0, len(text))]


def test_a_mark_between_two_names_is_no_quote() -> None:
    text = "공항유치위는 김인기'김한탁 공동위원장을 선임했다. 김 군수는 18개 읍'면을 찾았다."  # constructed
    assert _spans(text) == []


def test_quoted_names_still_close_before_their_particle() -> None:
    text = "시는 '스마트시티'를 추진하고 '청년 일자리'에 힘쓴다."  # constructed
    assert _spans(text) == ["'스마트시티'", "'청년 일자리'"]


def test_a_story_printed_as_one_paragraph_keeps_its_quotes() -> None:
    # set-bd bd-07 with its paragraphs run together, as a database record prints it: the quotes of 류병찬, 신시호 and
    # 김주수 lie between `김인기'김한탁` and `읍'면` and were lost as units
    reference = load_reference()
    (record,) = [r for r in iter_records([str(EXTRA / "set-bd" / "articles" / "bd-07-imaeil.txt")])]
    assert isinstance(record, InputRecord)
    one_line = " ".join(line.strip() for line in record.text.split("\n") if line.strip())
    article = clean(InputRecord("<record>", one_line.encode(), one_line, "text"), reference)
    claims = [" ".join(c.text.split()) for c in run(article, reference).claims]
    assert "통합공항 유치는 의성군민의 염원이다." in claims
    assert any(c.startswith("반드시 통합공항을 유치해 의성의 저력을 보여주자") for c in claims)
