"""Marks only a photo's caption carries (0.120.0): '(자료사진)', '<사진출처 = …>', a photo viewer's '이미지 확대 …', a
release's '… 보도사진1', a scene or a plan named and then credited ('… 모습. 김혜윤 기자', '… 구상안. 시 제공'). A page
whose scrape starts at such a caption has no title there. Pipeline scorer, 3,966 development articles: BLIND headline
0.8972 -> 0.9008, outside BLIND 0.9236 -> 0.9240 (set-hm hm-01); no article's metadata worse."""

from __future__ import annotations

import pytest

from tracker.clean import clean
from tracker.clean.captions import is_caption_line
from tracker.reference import load_reference

from .pages import extra_record


@pytest.mark.parametrize(
    "line",
    [
        # real first lines of pages whose gold has no headline
        "지난해 서울 관악구 신림동 주택가에 비가 내리는 모습. 김혜윤 기자",  # set-ia ia-09
        "충남 천안시 성환 혁신지구 도시재생사업 구상안. 시 제공",  # set-jj jj-04
        "박남춘 인천시장(자료사진)",  # set-km km-09
        "이재명 경기지사.<사진출처 = 경기도> [ 경인방송 = 구대서 기자 ]",  # set-lh lh-08
        "이미지 확대 도시재생사업 유형. 국토교통부",  # set-lv lv-02
        "동구 치매안심통합관리센터 개소식 보도사진1",  # set-my my-06
    ],
)
def test_caption_marks(line: str) -> None:
    assert is_caption_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # constructed: titles and sentences that only look like the marks
        "시흥시, 공원 조성 구상안 공개",
        "군은 올해 보도사진 공모전을 연다고 밝혔다.",
        "박 시장은 이날 시민들과 사진을 찍었다.",
    ],
)
def test_not_caption_marks(line: str) -> None:
    assert not is_caption_line(line)


def test_a_caption_first_is_no_title_and_the_notice_below_it_names_the_outlet() -> None:
    # ' date 2025-09-26 이미지 확대 고성군청 전경. 연합뉴스' / 'Copyright ⓒ 서울신문 All rights reserved. …' (set-hm hm-01)
    article = clean(extra_record("set-hm/articles/hm-01-seoul.txt"), load_reference())
    assert article.meta.headline is None
    assert article.meta.outlet == "서울신문"
    assert article.text.startswith("경남 고성군이 내년 중")
