"""Story lines that cleaning took for header or byline: paragraphs above a photo credit that looks like a
dateline (set-fo fo-09: its first three paragraphs went to the captions), and a last sentence with the
reporter's address glued on (set-cy cy-08: the line went as a byline)."""

from __future__ import annotations

from pathlib import Path

from tracker.clean import clean
from tracker.clean.article import CleanArticle
from tracker.clean.found import Found
from tracker.clean.header import take_lead_in
from tracker.clean.lines import footer_line, strip_trailing_address
from tracker.read import iter_records
from tracker.reference import load_reference

SETS = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"
# set-fo fo-09, the first paragraph and the credit line below the third
STORY = (
    "인천시 중구(구청장 김정헌)는 본격적인 동절기 한파에 대비해 관내 거리 노숙인과 쪽방촌 주민들을 대상으로 안전 점검을 "
    "실시하며 ‘현장 중심 선제적 복지행정’을 본격 가동했다고 8일 밝혔다. 이는 기온이 급강하하는 시기, 복지 사각지대에 "
    "놓인 이웃들의 생명과 안전을 보호하기 위한 조치다."
)
CREDIT = "![]() [코리안투데이] 김정헌 인천 중구청장, 노숙인·쪽방촌 현장 점검 © 김미희 기자특히 7일에는 김정헌 중구청장이 직접 현장을 찾았다."
# set-cy cy-08, its last line
LAST = (
    "윤환 구청장은 “청년이 공감하고 주도하는 정책을 만들어 가겠다”며 “청년들의 의견을 적극 반영해 계양구가 청년이 살기 좋은 "
    "도시가 될 수 있도록 노력하겠다”고 밝혔습니다./hyejunkim42@sedaily.com"
)


def _clean(name: str) -> CleanArticle:
    return clean(next(iter_records([str(SETS / name)])), load_reference())


def test_a_story_paragraph_above_a_dateline_like_credit_stays_in_the_story() -> None:
    lines = [STORY, CREDIT]
    assert take_lead_in(lines, Found()) == (lines, Found())
    # a short header line above a real dateline still goes (the rule `take_lead_in` is for)
    kept, found = take_lead_in(["• 김광태 기자", "[충남일보 김광태 기자] 충남도가 청년 정책을 넓힌다."], Found())
    assert kept == ["[충남일보 김광태 기자] 충남도가 청년 정책을 넓힌다."] and found.reporter == "김광태"
    assert "현장 중심 선제적 복지행정" in _clean("set-fo/articles/fo-09-koreantoday.txt").text


def test_a_last_sentence_with_an_address_glued_on_keeps_the_sentence() -> None:
    line, told = strip_trailing_address(LAST)
    assert line.endswith("노력하겠다”고 밝혔습니다.") and told.email_outlet is not None
    assert footer_line(LAST)[0] is False  # no longer dropped as a byline line
    assert footer_line("hyejunkim42@sedaily.com")[0] is True  # the address alone still is one
    article = _clean("set-cy/articles/cy-08-sentv.txt")
    assert article.text.endswith("노력하겠다”고 밝혔습니다.")
