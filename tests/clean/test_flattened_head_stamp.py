"""A page flattened onto a few long lines prints its head as one line — title, subtitles, the reporter's name and
the publication stamp — and the stamp on that line dates the article (set-ie ie-07, set-ip ip-04, set-jd jd-03,
set-qb qb-06). Lines from those texts."""

from __future__ import annotations

from tracker.clean.dates import stamped_date

KET_HEAD = (
    "노원구, 한국전력과 함께 탄소중립 실현 나선다 7월 8일 한국전력과 업무협약 체결, 지속가능한 협력체계 구축 "
    "탄소중립 선도도시 사업 공모 공동참여 및 협력사업 개발 등 업무협력을 통한 시너지 효과 기대 김은미 "
    "2024-07-10 08:00:01"
)
YIINEWS_HEAD = (
    "이상일 용인 특례시장, 용인-성남 공동 협력 현안 논의 - 안철수 국회의원(분당갑)·신상진 성남시장 만나 양 도시 "
    "교통 불편 해소 노력키로 - 장인자 2022-07-03 15:37 가 본문내용 확대/축소 본문 이상일 용인 특례시장은 지난 "
    "2일 저녁 성남시장과 만나 양 도시의 교통 현안을 논의했다."
)
STORY = "서울 노원구가 지난 8일 한국전력서울본부와 탄소중립 선도도시 조성을 위한 업무협약을 체결했다고 밝혔다."


def test_the_stamp_of_a_flattened_head_line_dates_the_page() -> None:
    assert stamped_date(["메뉴 검색", KET_HEAD, "", STORY]) == "2024-07-10 08:00:01"
    assert stamped_date([YIINEWS_HEAD]) == "2022-07-03 15:37"


def test_a_long_story_line_with_a_stamp_after_a_sentence_is_no_head() -> None:
    # constructed: a sentence ends before the stamp, so the line is story text, not the page's head
    line = STORY * 2 + " 관련 행사 2024-07-12 10:00"
    assert stamped_date([line]) is None


def test_a_long_line_at_the_foot_of_the_page_is_no_head() -> None:
    # constructed: a related-stories list flattened at the foot of the page keeps its own stamps
    related = "관련기사 노원구, 탄소중립 주간 운영 노원구 관련 소식 모음 " * 4 + "2024-06-01 09:00"
    lines = [STORY] * 20 + [related]
    assert stamped_date(lines) is None
