"""0.133.0 and 0.136.0: reporting verbs in their unabridged spelling (`…문제라고 하였다`, `강조하였다`), which local papers write as
often as the abridged `했다`, report what the previous speaker said just as the abridged ones do. Read from the
first blind run of set-rd rd-01; one real article (set-gu gu-09), constructed sentences."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tracker.extract._korean import unabridged
from tracker.extract.officials import find_mentions
from tracker.extract.speakers import attribute_speakers
from tracker.extract.units import split_units
from tracker.reference import Reference

if TYPE_CHECKING:
    from conftest import ExtraCorpus

_LEAD = "김동연 지사는 27일 경기도청에서 청년 일자리 문제 해결이 가장 큰 이슈라고 밝혔다. "


@pytest.mark.parametrize(
    "ending",
    ["문제라고 하였다.", "문제라고 했다.", "바꿔야 한다고 강조하였다.", "바꿔야 한다고 지적하였다."],
)
def test_the_next_sentence_reported_in_either_spelling_is_the_speakers(ref: Reference, ending: str) -> None:
    text = _LEAD + "일자리를 늘리려면 고용관행을 " + ending  # constructed
    units = split_units(text)
    mentions, _ = find_mentions(text, ref, on=date(2023, 3, 27), jurisdiction_code="41", units=units)
    speakers = attribute_speakers(text, units, mentions)
    assert [s.person_key for s in speakers] == ["kim-dong-yeon", "kim-dong-yeon"]


def test_a_narrated_sentence_stays_the_reporters(ref: Reference) -> None:
    text = _LEAD + "도는 올해 일자리 예산을 1조 원으로 늘리기로 결정하였다."  # constructed: no reporting verb
    units = split_units(text)
    mentions, _ = find_mentions(text, ref, on=date(2023, 3, 27), jurisdiction_code="41", units=units)
    assert attribute_speakers(text, units, mentions)[-1].person_key is None


def test_unabridged_keeps_the_abridged_spelling() -> None:
    import re

    pattern = re.compile(unabridged(r"(강조했|(?:다|라)고\s?했)"))
    assert pattern.search("중요하다고 강조했다") and pattern.search("중요하다고 강조하였다")
    assert pattern.search("문제라고 하였다") and not pattern.search("문제라고 하다")


def test_a_real_welcome_address_in_the_unabridged_spelling(extra: ExtraCorpus) -> None:
    # `그는 서면 환영사를 통해 … 추진방향을 밝혔다. 첫째 …, 둘째 … 등을 제시하였다` (set-gu gu-09): the list he set out
    extraction = extra.extracted("set-gu/articles/gu-09-joongang.txt")
    (claim,) = [c for c in extraction.claims if c.text.startswith("첫째 에너지·산업·교통")]
    assert claim.speaker_key == "park-nam-chun"


# 0.136.0, read from the first blind run of set-rr rr-03 (a MBC script): a subject marked 이/가 whose sentence goes on
# to an indirect quote (`…잡는다며 섭섭함을 드러냈습니다`) speaks, whatever the verb after the quote; a subject with a
# plain act stays the reporter's.
@pytest.mark.parametrize(
    ("sentence", "speaks"),
    [
        ("원희룡 지사가 제2공항 반대 여론에 대해 트집을 잡는다며 섭섭함을 드러냈습니다.", True),
        ("원희룡 지사가 감귤값이 걱정이라면서 농가를 찾았다.", True),
        ("원희룡 지사가 서귀포 시민들과 대화를 나눴습니다.", False),
    ],
)
def test_a_subject_that_goes_on_to_an_indirect_quote_speaks(ref: Reference, sentence: str, speaks: bool) -> None:
    units = split_units(sentence)  # constructed
    mentions, _ = find_mentions(sentence, ref, on=date(2016, 1, 20), jurisdiction_code="50", units=units)
    found = attribute_speakers(sentence, units, mentions)[0].person_key
    assert found == ("won-hee-ryong" if speaks else None)


def test_a_broadcast_lead_with_an_indirect_quote(extra: ExtraCorpus) -> None:
    extraction = extra.extracted("set-rr/articles/rr-03-jejumbc.txt")
    (claim,) = [c for c in extraction.claims if "섭섭함을 드러냈습니다" in c.text]
    assert claim.speaker_key == "won-hee-ryong"
