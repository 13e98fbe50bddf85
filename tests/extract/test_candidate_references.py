"""`박 후보는` after `박남춘 … 인천시장 후보`: a surname with a candidate's title refers back to the candidate named
in full, when the registry has him in office on the article date (set-eu eu-02, read after its judgement); the
sentences are the article's own, shortened."""

from __future__ import annotations

from datetime import date

from tracker.extract.officials import find_mentions
from tracker.extract.speakers import attribute_speakers
from tracker.extract.units import split_units
from tracker.reference import Reference

TEXT = (
    "6·1 지방선거 인천시장 선거는 재선에 도전하는 박남춘 인천시장과 4년 만에 시장직 탈환을 노리는 유정복 전 인천시장의 "
    "대결이다.\n\n"
    "박남춘(사진) 더불어민주당 인천시장 후보는 “재정은 경제 활성화에 최우선적으로 투입돼야 한다”며 공약을 내놨다.\n\n"
    "박 후보는 12일 국민일보와의 인터뷰에서 “지역 공공금융플랫폼인 인천 이음뱅크를 설립하겠다”고 말했다."
)


def _speaker_of(text: str, reference: Reference, on: date, needle: str) -> str | None:
    units = split_units(text)
    mentions, _ = find_mentions(text, reference, on=on, jurisdiction_code="28", units=units)
    speakers = attribute_speakers(text, units, mentions)
    return next(s.person_key for u, s in zip(units, speakers, strict=True) if needle in u.text)


def test_an_incumbent_candidate_is_the_speaker(ref: Reference) -> None:
    # May 2022: 박남춘 is still the mayor, running again
    assert _speaker_of(TEXT, ref, date(2022, 5, 13), "이음뱅크") == "park-nam-chun"


def test_a_candidate_out_of_office_is_no_official(ref: Reference) -> None:
    # constructed date: after his term ended (30 June 2022) the surname and `후보` reach nobody
    assert _speaker_of(TEXT, ref, date(2022, 9, 1), "이음뱅크") is None


def test_no_full_name_before_means_nobody(ref: Reference) -> None:
    # constructed: `박 후보` with no candidate of that surname named before is never guessed
    text = "박 후보는 12일 인터뷰에서 “지역 공공금융플랫폼인 인천 이음뱅크를 설립하겠다”고 말했다."
    assert _speaker_of(text, ref, date(2022, 5, 13), "이음뱅크") is None
