"""Two kinds of unit that are never claims, read off the extra claims of the development sets (extractor
0.17.0): a list of guests who attended (`… 등이 함께했다`), whose keywords sit in the guests' titles and
bodies, and the tail of a sentence that Kiwi split from its quote (`고 말했다.` after a quote closed with
the wrong mark). Sentences are real ones from the development sets unless marked constructed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.extract.claims import _fragment, run
from tracker.extract.kiwi import get_kiwi
from tracker.extract.policies.remarks import guest_list
from tracker.extract.units import split_units
from tracker.read import iter_records
from tracker.reference import Reference

EXTRA = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


def _guests(sentence: str) -> bool:
    return guest_list(get_kiwi().tokenize(sentence))


def test_lists_of_guests_are_guest_lists() -> None:
    # set-bd bd-07-imaeil (its first clause; the real sentence goes on to what the guests announced, and
    # stays a claim), set-bl bl-06-pressian, set-ay ay-07-ajunews
    assert _guests(
        "이날 현판식에는 김주수 의성군수, 최유철 의성군의회 의장, 안순덕 대한노인회 의성군 지회장, "
        "최태림 경북도의원, 김동준 군의원 등 각계 인사 70여 명이 참석했다."
    )
    assert _guests(
        "이 지사의 이번 방문에는 안민석 국회의원, 곽상욱 오산시장, 이충환 경기도상인연합회장, "
        "천정무 오색시장상인회장 등이 함께했다."
    )
    assert _guests("이 자리에는 한국기후변화연구원·강원연구원 등도 함께했다.")


def test_a_meeting_held_with_guests_or_a_policy_act_is_no_guest_list() -> None:
    # set-ba ba-02-ksmnews: a gold claim, the meeting is held for a policy
    assert not _guests(
        "청년 고용절벽 해소를 위해 일자리관련 유관기관 실무자 9명이 참석한 가운데 "
        "‘1기업 1인 더 채용하기’ 간담회를 개최했다."
    )
    assert not _guests("시는 스마트시티 사업에 100억 원을 투입했다.")  # constructed
    # constructed: one guest named, no list
    assert not _guests("이 자리에는 권영진 대구시장이 참석했다.")


def test_a_quote_closed_with_a_wrong_mark_is_one_reported_sentence() -> None:
    # set-ba ba-08-cwtimes: the quote opens with “ and closes with “; that mark before `고 말했다` closes it, so the
    # sentence is one reported sentence whose quote is the unit (no `고 말했다.` tail split off as a fragment)
    text = (
        "홍남표 창원특례시장은 신년사에서 “올해를 미래 50년 혁신성장 기틀을 완성하는 해로 정하고, 우리의 "
        "주력 산업인 원자력과 방위산업을 기반으로 창원의 미래를 바꿀 수 있는 중요한 한 해가 될 것이다“고 말했다."
    )
    units = split_units(text)
    assert [(u.text[:8], u.quoted, u.sentence_start, u.sentence_end) for u in units] == [
        ("올해를 미래 5", True, 0, len(text))
    ]
    assert units[0].text.endswith("중요한 한 해가 될 것이다")
    assert not any(_fragment(text, u) for u in units)


def test_a_line_opening_with_a_name_kiwi_reads_as_a_particle_is_no_fragment() -> None:
    # set-u u-10-newdaily: `'의성은 …` at a line's start (Kiwi reads 의 as a particle)
    text = "'의성은 지금 내일을 준비합니다'"
    assert not any(_fragment(text, u) for u in split_units(text))
    # set-ai ai-04-ilyo: a sentence opening with a Latin name and a particle is a sentence
    text = "청년자립 공간도 지원한다. LH가 매입임대상가와 커뮤니티실을 무상으로 공급한다."
    assert not any(_fragment(text, u) for u in split_units(text))


@pytest.mark.parametrize(
    ("article", "not_a_claim"),
    [
        ("set-ay/articles/ay-07-ajunews.txt", "이 자리에는 한국기후변화연구원·강원연구원 등도 함께했다."),
        ("set-ao/articles/ao-02-smnews.txt", "고 말했다."),
        ("set-ba/articles/ba-08-cwtimes.txt", "고 말했다."),
    ],
)
def test_real_articles_keep_their_claims_without_these_units(
    ref: Reference, article: str, not_a_claim: str
) -> None:
    (record,) = list(iter_records([str(EXTRA / article)]))
    extraction = run(clean(record, ref), ref)
    assert extraction.claims  # the article's other claims stay
    assert not [c.text for c in extraction.claims if c.text.startswith(not_a_claim)]
