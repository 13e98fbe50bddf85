"""Photo captions left in the body (0.86.0): a head named with the title doing something on a day, in the present
progressive ('… 7일 농협에서 … 안내하고 있다.'), is what a photo shows, not a claim, once the cleaning has cut the
credit that would have marked it. Sentences are the real ones of the development sets named beside them (their
gold holds none of them as a claim), and the same run of any article keeps them out of its claims."""

from __future__ import annotations

import pytest

from tracker.clean.article import ArticleMeta
from tracker.extract.claims import _eligible


@pytest.mark.parametrize(
    "caption",
    [
        "유기상 고창군수가 7일 농협에서 농어민공익수당 지급을 안내하고 있다.",  # set-kh kh-05
        "박상수 강원 삼척시장이 21일 수소특화산업단지 조성을 기반으로 한 삼척 경제 활성화 계획 등을 밝히고 있다.",  # set-mb mb-05
        "김영환 충북지사가 14일 도청에서 청년세대와 간담회를 하고 있다.",  # set-ep ep-01
        "| ▲ 강기정 광주광역시장이 20일 오후 시청 소회의실에서 열린 청년정책조정위원회 회의를 주재하고 있다.",  # set-el el-03
        "허태정 대전시장이 17일 정례 기자회견을 통해 스마트시티 챌린지 사업 최종 선정에 대해 설명하고 있다.",  # set-et et-06
    ],
)
def test_a_named_heads_photo_scene_is_no_claim(caption: str) -> None:
    assert not _eligible(caption, ArticleMeta())


@pytest.mark.parametrize(
    "sentence",
    [
        # set-jc jc-04: a caption that reports a pledge ('… 하겠다고 밝히고 있다') is a claim (its gold has it; set-fk
        # fk-06's gold leaves out one of that shape, so the rule keeps both)
        "오세훈 서울시장이 22일 오전 서울시청 브리핑룸에서 기자회견을 갖고 서울 시내버스 준공영제 시행 20주년을 맞아 "
        "재정, 공공성, 서비스의 3대 분야 혁신을 하겠다고 밝히고 있다.",
        # set-dz dz-08: a province as the subject, a trend in the progressive: a story's sentence
        "충남도가 23일 도내 6개 시군에서 18개 기업과 4355억 원 규모의 투자협약을 체결하며 지역 산업 경쟁력 강화와 일자리 "
        "창출에 속도를 내고 있다.",
        # constructed: the same scene narrated in the past tense is the story's report of the day
        "유기상 고창군수가 7일 농협에서 농어민공익수당 지급 계획을 발표했다.",
        # constructed: a head's quote in the progressive stays his claim
        '유기상 고창군수는 7일 "농어민공익수당을 올해 더 늘리고 있다"고 말했다.',
    ],
)
def test_stories_sentences_stay_eligible(sentence: str) -> None:
    assert _eligible(sentence, ArticleMeta())
