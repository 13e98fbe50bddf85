"""Texts cut at a length (search excerpts, teasers): the last unit stops before its predicate, which was cut
away rather than left out, so it may still make a claim when it says enough (`_CUT_CONTENT` content words).
Half of the development texts end so; the gold annotates what is there. Texts are real development
articles unless marked constructed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.extract import run
from tracker.extract.claims import _cut_off
from tracker.extract.units import split_units
from tracker.read import iter_records
from tracker.reference import Reference

EXTRA = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("시는 청년 정착을 위해 주거단지를 만들어 입주시키고, 도시재생, 행복플랫폼, 다함께돌봄사업, ", True),
        ("시 관계자는 “불법소각 지도점검, 소각시설의 가동시간 조정 등을 통해 봄철 초미세먼지", True),
        ("시는 스마트시티 사업에 100억 원을 투입한다고 13일 밝혔다.", False),
        ("권 시장은 “스마트시티를 만들겠다”고 말했다", False),  # a finished ending without its full stop
        ("시는 스마트시티 사업에 100억 원을 투입한다.\n\n(사진=대구시 제공)", False),  # a credit in brackets
    ],
)  # constructed from the endings of set-ch ch-02 and set-cf cf-05
def test_a_text_cut_inside_its_last_unit(text: str, cut: bool) -> None:
    assert _cut_off(text, split_units(text)) is cut


@pytest.mark.parametrize(
    ("article", "last_words", "policy"),
    [
        ("set-ch/articles/ch-02-donga.txt", "다함께돌봄사업,", "childcare-birth"),
        ("set-cf/articles/cf-05-kmib.txt", "봄철 초미세먼지", "fine-dust"),
    ],
)
def test_the_cut_off_last_sentence_of_a_real_excerpt_is_a_claim(
    ref: Reference, article: str, last_words: str, policy: str
) -> None:
    (record,) = list(iter_records([str(EXTRA / article)]))
    extraction = run(clean(record, ref), ref)
    last = extraction.claims[-1]
    assert last.text.rstrip(" ,").endswith(last_words.rstrip(","))
    assert policy in last.policies


def test_a_stub_left_by_the_cut_makes_no_claim(ref: Reference) -> None:
    # set-ae ae-05-jeonmae ends `또 인천형 도시재생사업인 ‘전`: too little is left to say anything
    (record,) = list(iter_records([str(EXTRA / "set-ae/articles/ae-05-jeonmae.txt")]))
    extraction = run(clean(record, ref), ref)
    assert not [c for c in extraction.claims if c.text.endswith("‘전")]
