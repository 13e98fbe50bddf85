#!/usr/bin/env python3
"""Writes set-ow gold files; asserts every quote occurs exactly once and every not_claim occurs
in the raw article (whitespace collapsed), as check_gold.py does."""
import json
import os
import re

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def C(quote, policies, kind, date, speaker=None, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


G = []

# ow-01 옥천군 (아이뉴스24, 2023-10-18 11:02)
D = "2023-10-18"
G.append({
    "article": "ow-01-inews24-okcheon.txt",
    "metadata": {"headline": "옥천군 '옥천읍 맛집·멋집' 책자 배부", "published": "2023-10-18T11:02+09:00",
                 "reporter": None, "outlet": "아이뉴스24", "jurisdiction": "43730"},
    "officials": [],
    "claims": [
        C("골목 상권 홍보와 지역상권 활성화를 위한 책자", ["small-merchants"], "plan", D),
        C("옥천사랑상품권(향수OK카드) 가맹점 등록자료를 기초로", ["small-merchants", "culture-tourism"], "achievement", D),
        C("두 달여간 자료 수집과 보완 작업을 거쳐", ["small-merchants"], "achievement", D),
        C("옥천읍 소재 음식점 410곳, 카페 114곳을", ["small-merchants"], "statement", D),
        C("옥천읍 주요 관광지에 배부됐다", ["small-merchants", "culture-tourism"], "achievement", D),
    ],
    "not_claims": ["옥천군 '옥천읍 맛집·멋집' 책자 배부", "2023-10-18 11:02"],
})

# ow-02 홍성군 (2026-07-21)
D = "2026-07-21"
G.append({
    "article": "ow-02-hongseong-pressrelease.html",
    "metadata": {"headline": "홍성 한우와 마늘을 한입에 담다!! ‘홍성마늘 한우 스테이크’ 출격... 전국 입맛 잡는다",
                 "published": "2026-07-21", "reporter": None, "outlet": None, "jurisdiction": "44800"},
    "officials": ["park-jeong-ju"],
    "claims": [
        C("홍성 농축산물의 판로확대와 농가소득이라는 두 마리 토끼를 잡기 위해", ["agriculture"], "statement", D),
        C("전국 소비시장 공략하고자 청운대학교, LG헬로비전과 업무협약을 체결했다", ["agriculture"], "achievement", D),
        C("홍성군의 우수한 농축산물에 청운대학교의 지역연계·제품화 역량과", ["agriculture"], "statement", D),
    ],
    "not_claims": [
        "박정주 군수, 생산에서 ‘상품·판로·소득’으로 잇는 실용 농정 가속",
        "홍성군·청운대·LG헬로비전 ‘원팀’…제품화부터 방송·온라인 판매까지",
        "전국 입맛 잡는다",
    ],
})

# ow-03 화순군 (2026-07-22)
D = "2026-07-22"
G.append({
    "article": "ow-03-hwasun-pressrelease.html",
    "metadata": {"headline": "화순군, 군수 직속 군민 소통방 운영 추진", "published": "2026-07-22",
                 "reporter": None, "outlet": None, "jurisdiction": "12760"},
    "officials": [],
    "claims": [
        C("군수 직속 군민 소통방을 7월 22일부터 시범 운영한다고 밝혔다", ["citizen-participation"], "plan", D),
        C("군민 주권 시대 실현이라는 군정 운영 방향에 따라", ["citizen-participation"], "statement", D),
        C("디지털 취약계층의 행정 접근성을 높이기 위해 추진됐다", ["citizen-participation"], "statement", D),
        C("정책 제안을 상시 접수하고 처리 결과 또는 향후 계획을 안내할 예정이다", ["citizen-participation"], "plan", D),
    ],
    "not_claims": ["‘군민 중심의 열린 소통행정 본격 추진’", "담당부서 : 자치행정과 행정팀"],
})

# ow-04 양양군 (2026-07-24)
D = "2026-07-24"
G.append({
    "article": "ow-04-yangyang-pressrelease.html",
    "metadata": {"headline": "2026 하조대 비치페스티벌 8월 1일 개최", "published": "2026-07-24",
                 "reporter": None, "outlet": None, "jurisdiction": "51830"},
    "officials": [],
    "claims": [
        C("음악과 레크리에이션의 장으로 변신한다", ["culture-tourism"], "plan", D),
        C("하조대 비치페스티벌은 하조대 해변 일원에서 개최되며", ["culture-tourism"], "plan", D),
        C("어쿠스틱 공연과 트롯 무대, 걸그룹 공연도 마련된다", ["culture-tourism"], "plan", D),
        C("잊지 못할 여름날의 추억을 만들 수 있도록 준비했다고 밝혔다", ["culture-tourism"], "statement", D),
    ],
    "not_claims": ["2026 하조대 비치페스티벌 8월 1일 개최"],
})

# ow-05 연천군 (undated)
G.append({
    "article": "ow-05-yeoncheon-pressrelease.html",
    "metadata": {"headline": "연천군보건의료원, ‘2026년 하반기 찾아가는 1일 건강증진실’ 운영", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "41800"},
    "officials": [],
    "claims": [
        C("만성질환 예방과 건강 증진을 위해", ["public-health"], "plan", None),
        C("의료 접근성이 떨어지는 지역 주민을 위해", ["public-health"], "statement", None),
        C("혈압·혈당·콜레스테롤 측정 등 기초 건강 검사를 실시하고", ["public-health"], "plan", None),
        C("금연·절주 및 구강보건 교육 등 다채로운 건강 증진 프로그램을 제공한다", ["public-health"], "plan", None),
    ],
    "not_claims": ["주민들이 스스로 건강을 관리하는 습관을 기르길 바란다고 전했다"],
})

# ow-06 화천군 (undated, no headline in the detail markup)
G.append({
    "article": "ow-06-hwacheon-pressrelease.html",
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "51790"},
    "officials": [],
    "claims": [
        C("지역 학생과 학부모가 체감할 수 있는 지원사업을 추진한다", ["education"], "plan", None),
        C("농촌 유학가구 거주 문제 해결, 농촌유학센터와 학교 연계 운영", ["education"], "statement", None),
        C("작은 학교 통학차량 임차료 지원과 방과후 프로그램 운영", ["education"], "plan", None),
        C("아이 기르기 좋은 교육환경을 조성하고", ["education"], "plan", None),
    ],
    "not_claims": [],
})

# ow-07 대구 서구 (2026-07-10)
D = "2026-07-10"
G.append({
    "article": "ow-07-seogu-daegu-pressrelease.html",
    "metadata": {"headline": "대구 서구, 맞춤형 직장 내 괴롭힘 예방 교육 실시", "published": "2026-07-10",
                 "reporter": None, "outlet": None, "jurisdiction": "27170"},
    "officials": [],
    "claims": [
        C("저연차 직원을 대상으로 직장 내 괴롭힘 예방 교육을 실시했다고 밝혔다", ["labor-relations"], "achievement", D),
        C("공직사회의 직장 내 괴롭힘에 대한 명확한 판단 기준을 정립하고", ["labor-relations"], "statement", D),
        C("직장 내 괴롭힘의 정의와 유형, 구체적인 사례 분석", ["labor-relations"], "statement", D),
        C("모두가 안심하고 일할 수 있는 근무 환경을 조성할 계획이라고 설명했다", ["labor-relations"], "plan", D),
    ],
    "not_claims": ["대구 서구, 맞춤형 직장 내 괴롭힘 예방 교육 실시"],
})

# ow-08 대구 수성구 고산2동 (등록일 2026-07-24; 제공일자 2026-07-23; event 지난 22일)
E = "2026-07-22"
G.append({
    "article": "ow-08-suseong-daegu-pressrelease.html",
    "metadata": {"headline": "고산2동 새마을부녀회·협의회, ‘복맞이 사랑의 무료급식’ 행사 및 곰국 후원",
                 "published": "2026-07-24", "reporter": None, "outlet": None, "jurisdiction": "27260"},
    "officials": [],
    "claims": [
        C("지역 어르신들의 건강한 여름나기를 응원하기 위해 복맞이 사랑의 무료급식 행사를 개최했다", ["welfare"], "achievement", E),
        C("이날 행사는 청곡종합사회복지관에서 진행됐으며", ["welfare"], "achievement", E),
        C("고산2동 행복나눔곳간에 곰국을 후원했다", ["welfare"], "achievement", E),
    ],
    "not_claims": [
        "지역사회와 함께하는 나눔 활동을 꾸준히 이어가겠다고 전했다",
        "담 당 자 : 찾아가는복지전담팀장 조하련",
    ],
})


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


for gold in G:
    path = os.path.join(HERE, "articles", gold["article"])
    text = collapse(open(path, encoding="utf-8").read())
    for claim in gold["claims"]:
        count = text.count(collapse(claim["quote"]))
        assert count == 1, (gold["article"], claim["quote"], count)
    for nc in gold["not_claims"]:
        assert collapse(nc) in text, (gold["article"], nc)
    with open(os.path.join(HERE, "gold", gold["article"] + ".json"), "w", encoding="utf-8") as handle:
        json.dump(gold, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(gold["article"], len(gold["claims"]))
print("total claims", sum(len(g["claims"]) for g in G))
