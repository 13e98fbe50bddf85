"""Writes set-s gold files (hand annotation, see GOLD_NOTES.md)."""
import json
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}

H, D = "hwang-seon-bong", "2019-05-27"
G["s-01-hankookin.txt"] = dict(
    metadata=dict(headline="예산군 예당호 출렁다리 방문객 100만명 축하 자리 마련", published="2019-05-27T14:13+09:00",
                  reporter="하은숙", outlet="한국시사저널", jurisdiction="44810"),
    officials=[H],
    claims=[
        C("개통 51일 만에 방문객 100만명을 기록해", None, D, ["culture-tourism"], "achievement"),
        C("100만명 방문이라는 큰 성과를 거둘 수 있었던 것은", H, D, ["culture-tourism"], "achievement"),
        C("예당호 착한농촌체험세상 사업 등을 차근차근 추진해", H, D, ["culture-tourism", "agriculture"], "plan"),
        C("연일 인기행진을 이어가고 있다", None, D, ["culture-tourism"], "achievement"),
        C("방문객 300만명 돌파도 가능할 것으로", None, D, ["culture-tourism"], "statement"),
    ],
    not_claims=["예산군 예당호 출렁다리 방문객 100만명 축하 자리 마련",
                "직원의 노고를 치하하는 자리를 가졌다",
                "언론인과의 간담회 자리도 가졌다",
                "화려한 기념식을 지양하고 간담회와 오찬을 함께하는 간소한 자리가 되었다"])

Y, D = "yang-seung-jo", "2020-03-16"
G["s-02-ccnnews.txt"] = dict(
    metadata=dict(headline="충남도, 20년 내 재생에너지 40%↑, 석탄화력 20%↓", published="2020-03-16",
                  reporter="김윤아", outlet=None, jurisdiction="44"),
    officials=[Y],
    claims=[
        C("깨끗한 에너지 전환을 선도한다", None, D, ["energy-transition"], "plan"),
        C("2040년까지 재생에너지 비중을 40%로 올리고 석탄화력발전은 20%까지 내리겠다", Y, D, ["energy-transition"], "target"),
        C("현재 도 재생에너지 비율은 13.3%로", None, D, ["energy-transition"], "statement"),
        C("재생에너지 보급을 전년도보다 34% 늘리고", None, D, ["energy-transition"], "target"),
        C("도민과 함께하는 에너지분권정책을 적극적으로 추진한다", None, D, ["energy-transition", "citizen-participation"], "plan"),
        C("전세계 에너지 전환의 새로운 미래가 될 수 있도록", Y, D, ["energy-transition"], "plan"),
    ],
    not_claims=["'별빛 가득한 충남' 위해 깨끗한 에너지 전환 선도",
                "충남도, 20년 내 재생에너지 40%↑, 석탄화력 20%↓"])

K, D = "kwon-young-jin", "2018-12-26"
G["s-03-yangpatv.txt"] = dict(
    metadata=dict(headline="권영진 대구시장 “초심으로 대구혁신 이끌겠다”", published="2018-12-26T21:15:53+09:00",
                  reporter=None, outlet=None, jurisdiction="27"),
    officials=[K],
    claims=[
        C("시민이 만들어가는 참여의 도시로 발전 등을 올해 성과로 내세웠다", K, D,
          ["investment-attraction", "citizen-participation"], "achievement"),
        C("내년에 통합신공항 건설, 대구취수원 이전, 대구시청 신청사 건립이라는 3대", K, D,
          ["airport-relocation", "water-supply", "city-hall"], "plan"),
    ],
    not_claims=["내년 통합신공항 ·취수원 이전. 시청신청사 건립 등 성과창출",
                "그때 그 초심으로 돌아가 대구 혁신을 이어가겠다",
                "신성장 동력산업 육성은 물론 힘든 시기를 보내고 있는 민생경제·서민경제 안정화에 노력했고"])

E, D = "eun-su-mi", "2019-01-25"
G["s-04-edaily.txt"] = dict(
    metadata=dict(headline="은수미 시장 \"트램공모 탈락했지만, 성남은 여기서 멈추지 않겠다\"",
                  published="2019-01-25T21:10:06+09:00", reporter="김아라", outlet="이데일리", jurisdiction="41130"),
    officials=[E],
    claims=[
        C("무가선 저상 트램 우선 협상대상에 성남시가 탈락하자", E, D, ["public-transit"], "plan"),
        C("성남시가 최종 선정되지 못했다", E, D, ["public-transit"], "statement"),
        C("성남은 여기서 멈추지 않는다", E, D, ["public-transit"], "plan"),
        C("트램 도입을 추진하겠다", E, D, ["public-transit"], "plan"),
        C("교통불편해소를 위해 노력하겠다", E, D, ["public-transit"], "plan"),
        C("부산시가 우선협상 대상 지자체로 선정됐다", None, D, ["public-transit"], "achievement"),
    ],
    not_claims=["트램공모 탈락했지만, 성남은 여기서 멈추지 않겠다",
                "그동안 열심히 준비했던 담당직원분들이 우네요",
                "직원분들이 수고 많이 해주셨고, 시민과 기업체, 상인분들께서 열렬히 호응해주셨다",
                "국회의원, 시의원분 등 많은 분들도 함께 힘이 됐다"])

J, D = "jang-chung-nam", "2021-03-11"
G["s-05-jjinews.txt"] = dict(
    metadata=dict(headline="남해군, 농업·농촌 및 식품산업 정책심의회 개최", published="2021-03-12T19:55+09:00",
                  reporter="이도균", outlet="경남에나뉴스", jurisdiction="48840"),
    officials=[J],
    claims=[
        C("총 35개 사업에 대해 136억원을 상정해", None, D, ["agriculture"], "achievement"),
        C("남해군의 농업정책방향을 결정하는 아주 중요한 기구", J, D, ["agriculture"], "statement"),
        C("안전한 먹거리 생산방안 등 농정에 대한", J, D, ["agriculture"], "plan"),
        C("지역 여건에 맞는 중점 사업을 육성하고", None, D, ["agriculture"], "plan", "감홍경"),
        C("남해군 농업의 지속가능한 발전과 농업인들의 소득증대", None, D, ["agriculture"], "plan", "감홍경"),
    ],
    not_claims=["‘2021년도 농업·농촌 및 식품산업 정책심의회’를 개최했다",
                "농업인 대표 등 심의 위원 17명이 참석한 가운데 진행됐다",
                "장충남 남해군수, 농업인 대표 등 심의 위원 17명 참석"])

M = "maeng-jeong-ho"
G["s-06-pressian.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="44210"),
    officials=[M],
    claims=[
        C("위기 상황에 대한 대응체계를 신속히 갖췄다", M, None, ["public-health", "disaster-safety"], "achievement"),
        C("올해 성과로 △역대 최고치인 정부예산 1722억원", M, None,
          ["public-transit", "culture-tourism", "jobs"], "achievement"),
    ],
    not_claims=["호시마주의 자세를 지키지 위해 한 순간도 게으름을 피우지 않고 쉼 없이 달려왔다",
                "공정하고 합리적으로 시정을 이끌겠다",
                "올해는 그 어느 때보다 치열한 나날의 연속이었다"])

D = "2019-12-09"
G["s-07-shinailbo.txt"] = dict(
    metadata=dict(headline="예산 ‘산업형 관광도시’ 도약… 예당호 출렁다리 등 성과", published="2019-12-09T10:58+09:00",
                  reporter="문유환", outlet=None, jurisdiction="44810"),
    officials=[],
    claims=[
        C("관광분야에 큰 성과를 거두며", None, D, ["culture-tourism"], "achievement"),
        C("국내 최장 402m의 예당호 출렁다리를 개통했다", None, D, ["culture-tourism"], "achievement"),
        C("282만여명으로", None, D, ["culture-tourism"], "achievement"),
        C("139일만에 200만명을 돌파하는 기록을 세웠으며", None, D, ["culture-tourism"], "achievement"),
        C("상징적인 랜드마크가 필요하다는 의견에 따라", None, D, ["culture-tourism"], "statement"),
        C("국내 최장 현수교이자 부잔교가 함께 있기 때문이다", None, D, ["culture-tourism"], "statement"),
        C("황새알과 사과 조형물", None, D, ["culture-tourism"], "statement"),
        C("무장애 보행시설인 점이 주효해", None, D, ["culture-tourism"], "statement"),
    ],
    not_claims=["예산 ‘산업형 관광도시’ 도약… 예당호 출렁다리 등 성과", "(사진=예산군)"])

U, D = "ju-nak-yeong", "2018-10-29"
G["s-08-newsdream.txt"] = dict(
    metadata=dict(headline="[인터뷰] 도시재생 사업, 주낙영 경주시장에게 듣는다", published="2018-10-29T10:13+09:00",
                  reporter="김영호", outlet="드림저널", jurisdiction="47130"),
    officials=[U],
    claims=[
        C("지속가능한 도시재생기반을 구축하기 위해서는", U, D, ["urban-regeneration"], "statement"),
        C("도시재생 컨트롤타워 위치에서", U, D, ["urban-regeneration"], "statement"),
        C("원도심의 활력을 되찾는 것뿐만 아니라", U, D, ["urban-regeneration", "jobs"], "statement"),
        C("최전방에서 앞장설 것이다", U, D, ["urban-regeneration"], "plan"),
        C("젊은이가 찾아오는 도심으로 만드는 것을 제1과제로", U, D, ["urban-regeneration"], "plan"),
        C("지역공동체와의 네트워크를 구축해", U, D, ["urban-regeneration"], "plan"),
    ],
    not_claims=["최근 조직개편을 하면서 도시재생본부를 편성하게 된 계기는?",
                "도시재생사업본부의 주요 역할은?",
                "역점사항은?",
                "구도심과 신도심의 불균형 현상이 심각한 도시 문제로 대두해 왔다"])

for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f"/work/blind/set-s/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), {f: len(g["claims"]) for f, g in G.items()})
