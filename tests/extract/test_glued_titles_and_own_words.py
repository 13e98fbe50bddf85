"""Speaker round of 0.87.0, from the blind sets' misses (read after their judgement): a surname glued to a head's
title (`권시장은`) refers back to the head named before in full, as `권 시장은` does; and in an official's own
text (an address, a statement read out, an interview's answers printed as paragraphs: the first person or an
audience addressed, the polite register) his unquoted sentences are his. Texts are the real development
articles named beside them, read and cleaned as ingest does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.extract import run
from tracker.extract.officials import find_mentions
from tracker.extract.speakers import NARRATION, Speaker, own_words
from tracker.extract.units import split_units
from tracker.read import InputRecord, iter_records
from tracker.reference import Reference

EXTRA = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


def _claims(name: str, ref: Reference) -> list[tuple[str, str | None]]:
    path = next(EXTRA.glob(f"set-*/articles/{name}"))
    record = next(r for r in iter_records([str(path)]) if isinstance(r, InputRecord))
    return [(c.text, c.speaker_key) for c in run(clean(record, ref), ref).claims]


def test_a_surname_glued_to_the_title_refers_back(ref: Reference) -> None:
    text = (
        "권선택 대전시장은 8일 확대간부회의에서 스마트 시티 추진단 구성을 지시했다.\n\n"
        '권시장은 "스마트 시티는 4차 산업혁명의 상징"이라고 말했다.'
    )  # set-it it-08 (sejongtv), shortened
    mentions, _ = find_mentions(text, ref, on=None, jurisdiction_code="30")
    assert [(m.text, m.person_key) for m in mentions] == [
        ("권선택 대전시장", "gwon-sun-taek"),
        ("권시장", "gwon-sun-taek"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # constructed: with nobody of that surname named before, the glued form is nobody (never guessed)
        '권시장은 "스마트 시티는 4차 산업혁명의 상징"이라고 말했다.',
        # constructed: '서구청장' is the head of a 서구, '도지사' a governor, '전시장' a hall: no surname
        "서구청장은 이날 회의를 열었다. 도지사는 전시장을 찾았다.",
    ],
)
def test_no_glued_surname_without_an_antecedent(text: str, ref: Reference) -> None:
    mentions, _ = find_mentions(text, ref, on=None, jurisdiction_code="30")
    assert all(m.text not in ("권시장", "서구청장", "전시장") or m.person_key is None for m in mentions)


def test_glued_short_forms_give_the_quotes_their_speaker(ref: Reference) -> None:
    claims = _claims("it-08-sejongtv.txt", ref)
    assert len(claims) >= 5
    assert all(key == "gwon-sun-taek" for _, key in claims)


def test_a_mayors_statement_read_out_is_his(ref: Reference) -> None:
    # set-mi mi-05 (yeongjong): 박남춘 인천시장's statement on the tap-water incident, unquoted, '…습니다'
    claims = dict(_claims("mi-05-yeongjong.txt", ref))
    said = [t for t in claims if t.startswith(("한 달 동안 계속된", "시민들이 수질 회복의 결과를"))]
    assert said and all(claims[t] == "park-nam-chun" for t in said)


def test_an_interviews_answers_are_the_interviewees(ref: Reference) -> None:
    # set-jo jo-09 (1gan): 'Q1.' questions, the answers printed as paragraphs; the interviewee is named in
    # the title only ('… 허인환 인천 동구청장과 함께했습니다!')
    claims = _claims("jo-09-1gan.txt", ref)
    answered = [
        key for text, key in claims if text.startswith(("교육환경을 개선하기 위해", "그리고 2019년도에"))
    ]
    assert answered and all(key == "heo-in-hwan" for key in answered)


def test_a_reporters_script_in_the_polite_register_is_no_officials_text(ref: Reference) -> None:
    # constructed: a broadcast's narration (its sign-off names the reporter) addressing '여러분' twice
    text = (
        "시민 여러분, 올겨울 난방비 지원이 늘어납니다.\n\n"
        "김철수 대전시장은 지원 대상을 넓히겠다고 밝혔습니다.\n\n"
        "여러분의 신청은 다음 달부터 받습니다.\n\n"
        "홍길동 기자가 보도합니다."
    )
    units = split_units(text)
    speakers = [NARRATION] * len(units)
    own_words(text, units, [], speakers, titles=lambda: [])
    assert speakers == [NARRATION] * len(units)


def test_an_address_without_its_author_named_stays_unattributed(ref: Reference) -> None:
    # constructed: the first person twice and the polite register, but no official named anywhere
    text = "저는 구민 여러분과 함께 새해를 맞습니다.\n\n저희 구는 올해 청년 일자리를 늘리겠습니다."
    units = split_units(text)
    speakers = [NARRATION] * len(units)
    own_words(text, units, [], speakers, titles=lambda: [])
    assert speakers == [NARRATION] * len(units)
    assert Speaker(None, None) == NARRATION


def test_an_address_labelled_so_in_its_title_is_its_authors(ref: Reference) -> None:
    # set-ml ml-09 (news1): '[신년사]정용래 대전 유성구청장 “…”', the address in '…하겠습니다', no first person
    claims = _claims("ml-09-news1.txt", ref)
    pledged = [key for text, key in claims if text.endswith("만들겠습니다.")]
    assert pledged and all(key == "jeong-yong-rae" for key in pledged)


def test_a_hint_or_an_order_is_said_by_its_subject(ref: Reference) -> None:
    # set-mn mn-08 (kmib): '이재명 경기도 성남시장이 … ‘청소년배당’ 추진을 강력히 시사했다.'
    claims = dict(_claims("mn-08-kmib.txt", ref))
    hinted = [t for t in claims if t.endswith("시사했다.")]
    assert hinted and claims[hinted[0]] == "lee-jae-myung"
