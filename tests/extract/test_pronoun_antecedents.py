"""0.139.0: a pronoun subject (`그는 “…”고 강조했다`) with no speaker before it stands for the one person the text
named close before it (`… 유종필 관악구청장이 직접 지었다. … 비결을 묻자 그는 “…”`), and for nobody when two people
were named there. Read from the first blind run of set-rz rz-05; one real article, constructed sentences."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tracker.extract.officials import find_mentions
from tracker.extract.speakers import attribute_speakers
from tracker.extract.units import split_units
from tracker.reference import Reference

if TYPE_CHECKING:
    from conftest import ExtraCorpus

_QUOTE = "“앞으로 관악구를 도서관 도시로 만들겠다”고 강조했다."


def _last_speaker(ref: Reference, text: str) -> str | None:
    units = split_units(text)
    mentions, _ = find_mentions(text, ref, on=date(2014, 8, 5), jurisdiction_code="11620", units=units)
    return attribute_speakers(text, units, mentions)[-1].person_key


@pytest.mark.parametrize("lead", ["그는 ", "비결을 묻자 그는 "])
def test_a_pronoun_stands_for_the_person_named_before(ref: Reference, lead: str) -> None:
    text = "이 문구들은 모두 유종필 관악구청장이 직접 지었다.\n\n" + lead + _QUOTE  # constructed
    assert _last_speaker(ref, text) == "yu-jong-pil"


def test_a_pronoun_after_two_people_stands_for_nobody(ref: Reference) -> None:
    text = "유종필 관악구청장과 이성 구로구청장이 만났다. 그는 " + _QUOTE  # constructed
    assert _last_speaker(ref, text) is None


def test_a_pronoun_far_from_any_name_stands_for_nobody(ref: Reference) -> None:
    filler = "관악구는 도서관을 늘려 왔다. " * 40  # constructed: more than the pronoun's reach
    text = "이 문구들은 모두 유종필 관악구청장이 직접 지었다.\n\n" + filler + "그는 " + _QUOTE
    assert _last_speaker(ref, text) is None


def test_a_real_interview_quote_after_a_pronoun(extra: ExtraCorpus) -> None:
    # `… 유종필 관악구청장(57·새정치민주연합·사진)이 직접 지었다. … 비결을 묻자 그는 “…”이라며 “…”고 강조했다` (set-rz rz-05)
    extraction = extra.extracted("set-rz/articles/rz-05-donga.txt")
    (claim,) = [c for c in extraction.claims if c.text.startswith("앞으로 관악구를 ‘도서관 도시’")]
    assert claim.speaker_key == "yu-jong-pil"
