"""Result verbs and nouns (`선정했다`, `늘어났다`, `업무협약`, `성과`), opening ceremonies held,
ranks and growth: what heads a past predicate as a completed result, an achievement."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.kinds.values import Morpheme

# Stems that describe a completed result or credit (used with past tense, `어 오`, `게 되`).
_RESULT_STEMS = frozenset(
    {
        "구축",
        "선정",
        "실시",
        "통과",
        "유치",
        "달성",
        "수상",
        "완료",
        "마무리",
        "출범",
        "증가",
        "늘",
        "성장",
        "상회",
        "만회",
        "창출",
        "발전",
        "변신",
        "기록",
        "지정",
        "체결",
        "개통",
        "준공",
        "완공",
        "도입",
        "시행",
        "확보",
        "신설",
        "조성",
        "인정",
        "구상",
        "협약",
        "개시",
        "확산",
        "투자",
        "지원",
        "설립",
        "시작",
        "개최",
        "노력",
        "힘쓰",
        "차지",
        "올리",
        "거두",
        "가시화",
        "급부상",
        "이루",
        "개선",
        "감소",
        "절감",
        "완화",
        "확대",
        "펼치",
        "만들",
        "열",
        # changes and completed steps (`늘어났다`, `개소했다`, `선정됐다`)
        "늘어나",
        "줄어들",
        "증대",
        "상승",
        "향상",
        "감축",
        "개소",
        "개관",
        "개원",
        "획득",
        # aid handed over and a share taken (`위문품을 전달했다`, `온정을 나눴다`, `…에 동참했다`)
        "전달",
        "나누",
        "동참",
        # works finished and services improved (`CCTV 40대를 설치했다`, `9분으로 단축됐다`, `2년을 앞당겼다`)
        "설치",
        "단축",
        "앞당기",
        "돌파",
        "넘어서",
        "재개",
        "증편",
        "건립",
        "되살아나",
        "들어서",
        "줄",
        # decisions taken and goals reached (`설치를 결정했다`, `무상급식이 실현됐다`, `41명으로 늘렸다`,
        # `과정을 수료했다`)
        "결정",
        "실현",
        "늘리",
        "수료",
        # completed steps of a programme (`투자유치에 성공했다`, `표지판을 정비하고`, `사업을 신청했다`,
        # `안심길을 표시했다`, `형광물질을 도포했다`)
        "성공",
        "정비",
        "신청",
        "표시",
        "도포",
    }
)

# An opening ceremony held (`개소식을 가졌다`, `개통식을 열었다`): the facility or line opened.
_OPENED = re.compile(r"(?:개소|개관|개원|개통|준공)(?:식|기념식)(?:을|를)\s?(?:가졌|개최했|열었)")

_RESULT_NOUNS = frozenset({"성장세", "증가세", "1위", "최초", "성과", "결과", "실적"})

# a rank (`비수도권 1위다`, `3위를 차지`), not a word that starts with 위 (`1위원회`)
_RANK = re.compile(r"(?<![\d.])\d{1,3}\s?위(?![원안해험치기상탁반생성협임층])")

_GROWTH_RATE = ("성장률", "증가율", "신장률")

_RISING = frozenset({"성장세", "증가세", "급부상", "두각", "두드러지"})

_RESULT_NOUNS_SUFFIX = ("협약", "유치", "선정", "구축")


def _is_result(t: Morpheme) -> bool:
    """A result stem (`선정`, `늘어나`) or a noun of a concluded step (`업무협약`)."""
    return t.form in _RESULT_STEMS or (t.tag == "NNG" and t.form.endswith(_RESULT_NOUNS_SUFFIX))


# Idioms of settling in a place (`…기업들이 대구에 둥지를 틀었고`, `…에 자리를 잡았다`): the noun object
# and the verb together say that firms or bodies came and stayed, a result of attracting them.
_SETTLING = frozenset({("둥지", "틀"), ("자리", "잡"), ("보금자리", "틀")})


def _settled(tail: Sequence[Morpheme], head: int | None) -> bool:
    """`둥지를 틀다`, `자리를 잡다` as the head of the predicate (the noun and its object marker before it);
    `자리를 마련했다` and `틀` alone (`음악을 틀었다`) are no such idiom, and the place settled in is told
    (`대구에`)."""
    if head is None or head < 2 or tail[head - 1].tag != "JKO":
        return False
    placed = any(t.tag == "JKB" and t.form == "에" for t in tail[: head - 2])
    return placed and (tail[head - 2].form, tail[head].form) in _SETTLING


# Awards and recognitions (`대상`, `최우수상`, `인증`, `표창`): what is received is a result.
_AWARDS = frozenset({"상", "대상", "인증", "표창", "포상", "훈장", "국무총리상", "대통령상", "장관상"})


def _award_received(tail: Sequence[Morpheme], head: int | None) -> bool:
    """`…스마트시티 대상에서 대상을 받았다`, `최우수상을 받았다`: an award or a recognition as the object
    of `받다`, the head of the predicate (`질문을 받았다` is no result)."""
    if head is None or head < 2 or tail[head].form != "받" or tail[head - 1].tag != "JKO":
        return False
    noun = tail[head - 2].form
    return noun in _AWARDS or noun.endswith(("우수상", "장려상", "특별상", "공로상"))
