"""Speaker round of 0.57.0, from set-hs … hv's misses (read after their judgement): a Q&A whose questions open
with a bare 'Q ' (no stop or colon) gives the answers to the interviewee; a quote opening its paragraph, then a
phrase ending in an official's name and title, is that official's."""

from __future__ import annotations

from datetime import date

from tracker.extract._korean import is_question
from tracker.extract.officials import find_mentions
from tracker.extract.speakers import attribute_speakers
from tracker.extract.units import split_units
from tracker.reference import Reference


def _speaker_keys(text: str, reference: Reference, on: date, code: str) -> list[tuple[str, str | None]]:
    units = split_units(text)
    mentions, _ = find_mentions(text, reference, on=on, jurisdiction_code=code, units=units)
    return [
        (u.text, s.person_key) for u, s in zip(units, attribute_speakers(text, units, mentions), strict=True)
    ]


def test_a_bare_q_opens_a_question() -> None:
    text = "Q 코로나19 사태로 힘든 상황일 텐데.\nA 연수구는 우려가 컸다."
    assert is_question(text, 0, text.index("\n"))
    assert not is_question(text, text.index("A"), len(text))
    assert not is_question("QR코드를 활용한 출입 관리를 시작했다.", 0, 20)  # constructed: no space after Q


def test_answers_after_bare_q_lines(ref: Reference) -> None:
    # set-hs hs-09 (kyeonggi.com): an interview with 고남석 연수구청장
    text = (
        "고남석 인천 연수구청장은 지난 2018년 7월 민선7기 구청장으로 첫 출근을 했다.\n\n"
        "다음은 고 구청장과의 일문일답.\n\n"
        "Q 코로나19 사태로 힘든 상황일 텐데.\n\n"
        "A 하지만 보건소에 인천 최초로 특수음압구급차를 배치하는 등 최선을 다하고 있다.\n\n"
        "최근 해외유입 확진환자가 늘고 있어 잠시도 긴장을 늦출 수 없다.\n"
    )
    found = dict(_speaker_keys(text, ref, date(2020, 6, 1), "28185"))
    answer = next(t for t in found if "특수음압구급차" in t)
    assert found[answer] == "go-nam-seok"
    assert found[next(t for t in found if "해외유입" in t)] == "go-nam-seok"


def test_a_quote_named_by_the_phrase_after_it(ref: Reference) -> None:
    # set-hu hu-06 (yeongnam.com)
    text = (
        "의성군은 청년정책을 추진하고 있다.\n\n"
        '"2026년은 의성군이 추진 중인 청년정책의 제2장을 시작되는 해가 될 것입니다." 지방소멸 위기를 청년인구 '
        "유입이라는 거시적 관점을 통해 해결하겠다는 김주수 의성군수.\n\n"
        "군은 올해 청년 창업을 지원한다.\n"
    )
    found = _speaker_keys(text, ref, date(2026, 1, 5), "47730")
    quote = next(key for unit, key in found if "제2장" in unit)
    assert quote == "kim-ju-su"
    # constructed: a phrase that ends in no official's name gives the quote to nobody
    other = text.replace("해결하겠다는 김주수 의성군수.", "해결하겠다는 한 청년 농부의 다짐.")
    assert (
        next(key for unit, key in _speaker_keys(other, ref, date(2026, 1, 5), "47730") if "제2장" in unit)
        is None
    )
