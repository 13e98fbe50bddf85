"""0.132.0: a broadcast interview's script marks the guest's answers with lines of their own (`[답변]`, `(답변)`)
and the host's turns with `[앵커]` / `(앵커)` / `(질문 1)`. The answers are the guest's, the one official the host
named before the first answer; the same frame handing over to a station's announcer (`박은지 아나운서, 전해주시죠.`)
is a report, no official's. Real articles (set-rg rg-05 and set-hs hs-06 of BLIND, set-kt kt-06), one
constructed case."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tracker.extract.officials import find_mentions
from tracker.extract.speakers import attribute_speakers
from tracker.extract.types import Extraction
from tracker.extract.units import split_units
from tracker.reference import Reference

if TYPE_CHECKING:
    from conftest import ExtraCorpus


def _speaker_of(extraction: Extraction, opening: str) -> str | None:
    (claim,) = [c for c in extraction.claims if c.text.startswith(opening)]
    return claim.speaker_key


def test_the_answers_are_the_guests_and_the_hosts_words_stay_narration(extra: ExtraCorpus) -> None:
    extraction = extra.extracted("set-rg/articles/rg-05-kbs.txt")
    assert _speaker_of(extraction, "이런 부분에 대해서 우리 군은") == "kang-jong-man"
    assert _speaker_of(extraction, "아마 비법은") == "kang-jong-man"  # the third answer
    assert _speaker_of(extraction, "얼마 전 공개된") is None  # the anchor's, before the first answer


def test_an_answer_to_a_greeting_alone_is_the_guests_too(extra: ExtraCorpus) -> None:
    # '시장님, 어제였죠, … 어떤 내용입니까?' then '[답변]': the mayor is named only before the answers
    extraction = extra.extracted("set-hs/articles/hs-06-daum.txt")
    assert sum(c.speaker_key == "yoo-jeong-bok" for c in extraction.claims) >= 4


def test_a_hand_over_to_an_announcer_is_no_interview(extra: ExtraCorpus) -> None:
    extraction = extra.extracted("set-kt/articles/kt-06-kbs.txt")
    assert extraction.claims
    assert all(c.speaker_key is None for c in extraction.claims)


def test_the_host_marks_stay_in_the_text_only_beside_answer_marks(extra: ExtraCorpus) -> None:
    with_answers = extra.cleaned("set-rg/articles/rg-05-kbs.txt")
    assert "\n[앵커]\n" in with_answers.text
    report = extra.cleaned("set-aj/articles/aj-07-ytn.txt")
    assert "[앵커]" not in report.text


def test_two_officials_named_before_the_answers_guess_nobody(ref: Reference) -> None:
    text = (  # constructed
        "(앵커)\n\n권영진 대구시장과 유정복 인천시장을 모셨습니다.\n\n물산업은 어떻게 키우십니까?\n\n"
        "(답변)\n\n물산업 클러스터를 키우겠습니다."
    )
    units = split_units(text)
    mentions, _ = find_mentions(text, ref, on=date(2018, 3, 13), jurisdiction_code="27", units=units)
    speakers = attribute_speakers(text, units, mentions)
    assert speakers[-1].person_key is None
    assert {m.person_key for m in mentions} >= {"kwon-young-jin", "yoo-jeong-bok"}
