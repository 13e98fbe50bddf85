"""A copyright notice or an article-list header above the story does not end the page: seoul.co.kr prints its
notice under the photo, above a paragraph printed as one line with its sentences glued, which may end in a
byline or where an excerpt stops (set-bj bj-06, set-dg dg-04: every claim of the story was cut); wowtv.co.kr
prints '주요 기사' above its indented story (set-hg hg-08)."""

from __future__ import annotations

from pathlib import Path

from tracker.clean.text import cut_page_end
from tracker.read import iter_records
from tracker.reference import load_reference

from .pages import BODY, BODY2

SETS = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"
NOTICE = "Copyright ⓒ 서울신문 All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지"
# set-bj bj-06, shortened: the story's sentences glued on one line, cut off where the excerpt stops
GLUED = (
    "전남 신안군이 지난 2018년 10월 신재생에너지 개발이익 공유정책을 시행한 이후 24일 현재 누적 수익액 300억 원을 "
    "돌파했다.2021년 4월 전국 최초로 지급을 시작한 햇빛연금(태양광 발전 수익)은 지역 주민에게 실질적인 경제적 "
    "혜택을 제공하며 해마다 급격한 성장세를 보이고 있다.햇빛연금은 지역 주민이 개발이익에 참여하는 혁신적 모델로"
)


def test_a_notice_above_a_glued_paragraph_is_kept_out_and_read() -> None:
    lines = ["이미지 확대 신안군 주민들이 햇빛연금을 받고 기념촬영을 하고 있다.", NOTICE, GLUED]
    kept, found = cut_page_end(lines)
    assert kept == lines  # the notice line itself goes with the other furniture later
    assert found.footer_outlet == "서울신문"


def test_a_notice_below_the_story_still_ends_it() -> None:
    kept, found = cut_page_end([BODY, BODY2, NOTICE, "• 많이 본 뉴스"])
    assert kept == [BODY, BODY2] and found.footer_outlet == "서울신문"


def test_a_list_header_above_the_story_does_not_end_it() -> None:
    story = GLUED.replace("모델로", "모델로 주목받고 있다.")
    lines = ["박원순 시장 \"서울형 도시재생 핵심은 '주민자치'\"", "주요 기사", "글자 크기 설정", story]
    kept, _ = cut_page_end(lines)
    assert kept == lines
    assert cut_page_end([BODY, BODY2, "주요 기사", "다른 기사의 제목"])[0] == [BODY, BODY2]


def test_the_real_pages_keep_their_stories() -> None:
    reference = load_reference()
    from tracker.clean import clean

    for name, sentence in (
        ("set-bj/articles/bj-06-seoul.txt", "누적 수익액 300억 원을 돌파했다."),
        ("set-hg/articles/hg-08-wowtv.txt", "서울형 도시재생의 핵심은 `주민자치`라고 강조했다."),
    ):
        article = clean(next(iter_records([str(SETS / name)])), reference)
        assert sentence in article.text, name
        assert "Copyright" not in article.text
    assert clean(next(iter_records([str(SETS / "set-bj/articles/bj-06-seoul.txt")])), reference).meta.outlet == "서울신문"
