"""Q&A interviews whose questions open with a hyphen or an arrow (`-2019년에는 어떤 사업이 추진되는지.`,
`▷취임 후 가장 중점을 둔 정책은.`): the questions are no claims, and the quoted answers after them, which name
nobody, are the interviewee's. Read off the speaker misses of sets bw … cd after they judged 0.18.0 and
0.19.0; lines are real ones from the development sets unless marked constructed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.extract import run
from tracker.extract._korean import is_question
from tracker.read import iter_records
from tracker.reference import Reference

EXTRA = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


def _asks(line: str, before: str = "", after: str = "\n") -> bool:
    text = before + line + after
    return is_question(text, len(before), len(before) + len(line))


@pytest.mark.parametrize(
    "line",
    [
        "-2018년을 돌이켜보면 어떤 성과가 있었는지.",  # set-bp bp-02
        "-시 승격을 추진하고 있는데 이유가 뭔가.",  # set-bt bt-06
        "-구체적인 지역 발전책이 있어야 할 것 같은데.",  # set-bt bt-06
        "- 최근 조직개편을 하면서 도시재생본부를 편성하게 된 계기는?",  # set-s s-08
        "▷취임 후 가장 중점을 둔 정책은.",  # set-cd cd-01
        "―예산은 어떻게 마련하나.",  # the dash form known before (constructed)
    ],
)
def test_marked_lines_that_ask_are_questions(line: str) -> None:
    assert _asks(line)


def test_a_marked_question_glued_to_the_lead_is_a_question() -> None:
    # set-cd cd-01: the page lost the line break before the first question
    before = "… 발판을 차근차근 만들어 나가겠다”고 다짐했다."
    assert _asks("▷3개월간의 구정 활동을 평가한다면.", before=before)


@pytest.mark.parametrize(
    "line",
    [
        "- 청년 일자리 1000개 창출",  # constructed: a list item
        "▷ 전통시장 시설 현대화 사업 추진",  # constructed: a list item
        "-시는 올해 스마트시티 사업에 100억 원을 투입한다.",  # constructed: a statement behind a hyphen
        "▷ 김민수 : 물산업은 어떻게 키우십니까?",  # constructed: a transcript's turn, its label says who asks
    ],
)
def test_marked_lines_that_do_not_ask_are_no_questions(line: str) -> None:
    assert not _asks(line)


def test_every_sentence_on_an_asking_line_is_the_question() -> None:
    # set-bw bw-03: a remark, then the question, on one hyphen line
    line = "-작은 단위인 지역에서부터 먼저 제대로 된 청년지원 정책들이 필요하다. 지역의 역할은 무엇이라 생각하나."
    text = line + "\n"
    first_end = line.index(". ") + 1
    assert is_question(text, 0, first_end)
    assert is_question(text, first_end + 1, len(line))


@pytest.mark.parametrize(
    ("article", "person", "answer"),
    [
        (
            "set-cd/articles/cd-01-hankyung.txt",
            "kim-jin-gyu",
            "이를 극복하고자 취임 초 일자리 창출 비전을 제시했습니다",
        ),
        ("set-bw/articles/bw-03-viva100.txt", "kim-yeong-bae", "수요자별 맞춤형 정책을 제공해야 할 것이다"),
    ],
)
def test_the_answers_are_the_interviewees(ref: Reference, article: str, person: str, answer: str) -> None:
    (record,) = list(iter_records([str(EXTRA / article)]))
    extraction = run(clean(record, ref), ref)
    claim = next(c for c in extraction.claims if answer in c.text)
    assert claim.speaker_key == person
    assert not [c for c in extraction.claims if c.text.lstrip().startswith(("-", "▷"))]


def test_a_numbered_q_opens_a_question() -> None:
    from tracker.extract._korean import is_question

    # set-jo jo-09 (1gan), set-bu bu-09 (tbc): 'Q1.', 'Q2.' number the interviewer's questions
    text = "Q2. 그동안의 업적과 성과는?\n\n저희 동구는 원도심이기 때문에 교육과 주거가 굉장히 열악한 편이었습니다."
    assert is_question(text, 0, text.index("\n"))
    assert not is_question(text, text.index("저희"), len(text))
