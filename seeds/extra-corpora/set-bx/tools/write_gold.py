"""Writes the hand annotations of set-bx to gold/<article>.json (format of seeds/corpus/README.md)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
os.makedirs(GOLD, exist_ok=True)


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# bx-01 청주 (한범덕 신년사), undated excerpt: published and all claim dates null
HB = "han-beom-deok"
G["bx-01-thecm.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "43110"},
    "officials": [HB],
    "claims": [
        c("도시생태축을 복원하고 대기 및 수질오염 총량제 관리는", HB, None, ["fine-dust"], "plan"),
        c("자연재해 예방, 노후상수도 개선사업을 통한 먹는물 안전관리", HB, None,
          ["disaster-safety", "water-supply", "agriculture"], "plan"),
        c("포용과 협치의 중요성을 설명했다", HB, None, ["citizen-participation"], "statement"),
        c("'청주시선'에 1만명의 시민들이 패널로 가입해주셨다", HB, None, ["citizen-participation"], "achievement"),
        c("비대면 시대 훌륭한 소통창구 역할을 할 것", HB, None, ["citizen-participation"], "statement"),
        c("시청사 건립과 중앙역사공원 조성등 기록문화 역사도시의 정체성을 확립하기 위한 사업을 진행하겠다", HB, None,
          ["city-hall", "culture-tourism"], "plan"),
        c("시내버스준공영제를 실시하고, 장기적으로 녹색교통체제로 전환을 꾀하겠다", HB, None, ["public-transit"], "plan"),
        c("다목적 방사광가속기 유치와 오송3산단 예타 통과등", HB, None,
          ["research-development", "investment-attraction"], "plan"),
    ],
    "not_claims": [
        "시민의 안전과 건강을 확실하게 보장하고, 지역경제의 뿌리가 든든해질 수 있도록 행정적 지원을 하겠다",
        "올해의 화두는 '어울려, 다시, 함께'로 정하고",
        "'어울려' 사는 것은 서로 어우러져 고락을 같이하는 것",
        "청주시의 모든 정책의 중심에는 사람이 있다",
    ],
}

# bx-02 충주 (조길형 마지막 시정연설), 21일 = publication day 2025-11-21
JG = "jo-gil-hyeong"
D2 = "2025-11-21"
G["bx-02-koreaissuejournal.txt"] = {
    "metadata": {"headline": "조길형 충주시장, “함께 만든 12년… 마지막까지 시정을 챙기겠다”",
                 "published": "2025-11-21T14:10:31+09:00", "reporter": "홍종수", "outlet": "코리아 이슈저널",
                 "jurisdiction": "43130"},
    "officials": [JG],
    "claims": [
        c("산업 기반 확충, 우량기업 유치, 첨단산업 육성, 교통망 확충을 통해 중부내륙 신산업도시로 도약했다고 평가했다", JG, D2,
          ["investment-attraction"], "achievement"),
        c("문화·관광 인프라 확충, 세대 맞춤형 복지 확대", JG, D2, ["culture-tourism", "welfare"], "achievement"),
        c("내년도 시정 운영은 ▲첨단산업·미래에너지 ▲문화·관광 기반 확충", None, D2,
          ["energy-transition", "culture-tourism", "welfare", "agriculture"], "plan"),
        c("기업도시 일원 첨단소재 연구클러스터, 바이오헬스 국가산업단지, 드림파크 산업단지 등 신산업 육성을 가속화하고", None, D2,
          ["research-development", "medical-industry", "investment-attraction", "energy-transition"], "plan"),
        c("AI 기반 행정·산업 활용체계 구축도 본격화한다", None, D2, ["fourth-industrial-revolution"], "plan"),
        c("시립미술관 국제지명 설계 완료 후 내년 착공을 추진하며", None, D2, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "조길형 충주시장, “함께 만든 12년… 마지막까지 시정을 챙기겠다”",
        "시민과 쌓아온 성과를 바탕으로 미래 성장전략 제시… 충주 도약을 향한 마지막 시정연설",
        "2026년도 예산안(1조 5,220억 원) 제출과 함께 내년도 시정 운영 방향을 제시했다",
        "이번 시정연설은 조 시장의 마지막 시정연설로",
    ],
}

# bx-03 제천 (전통시장 러브투어 10주년), institutional narration; event 지난 20일, published 2018-12-21
D3 = "2018-12-21"
MT = ["small-merchants", "culture-tourism"]
G["bx-03-shinailbo.txt"] = {
    "metadata": {"headline": "제천 전통시장 러브투어 사업, 10주년 맞아", "published": "2018-12-21T15:26+09:00",
                 "reporter": "신재문", "outlet": None, "jurisdiction": "43150"},
    "officials": [],
    "claims": [
        c("전통시장 활성화를 위해 제천 역전한마음시장 고객지원센터에 운영실을 별도로 설치하고", None, D3, MT, "statement"),
        c("약 19만 명 이상의 관광객들이 제천을 방문하여 전통시장에 활력을 불어넣어 주는 효자사업으로", None, D3, MT,
          "achievement"),
        c("낙후 되었던 제천의 전통시장들이 다시 활기를 찾아가는 계기가 되고 있다", None, D3, MT, "achievement"),
        c("연간 8000여 명의 러브투어 관광객들이 방문하여 활력을 보태고 있다", None, D3, MT, "achievement"),
        c("내년 청풍호 그린케이블카 개장으로 러브투어 방문객수도", None, D3, MT, "statement"),
    ],
    "not_claims": [
        "제천 전통시장 러브투어 사업, 10주년 맞아",
        "19만 명 이상의 관광객 방문으로 지역에 활력",
        "전통시장러브투어사업 10주년을 맞이하여 성과보고회를 개최했다",
        "근속해설사 및 러브투어사업 참여기관 단체원에 대한 표창장을 수여하고",
    ],
}

# bx-04 음성 (조병옥 공약 로드맵); no publication line, caption 2022.10.20 dates the 20일 briefing
JB = "jo-byeong-ok"
D4 = "2022-10-20"
G["bx-04-news1.txt"] = {
    "metadata": {"headline": "조병옥 음성군수 \"2030 음성시 건설의 핵심은 인구 유입\"", "published": None,
                 "reporter": "윤원진", "outlet": "뉴스1", "jurisdiction": "43770"},
    "officials": [JB],
    "claims": [
        c("추가 산단 조성으로 미래 먹거리를 창출하겠다고 20일 밝혔다", JB, D4, ["investment-attraction"], "plan"),
        c("청년 창업 지원과 신성장 산업 육성에 집중하겠다", JB, D4, ["startup-support", "youth-policy"], "plan"),
        c("투자 유치를 위해 산업단지 조성에도 속도를 내겠다", JB, D4, ["investment-attraction"], "plan"),
        c("앞으로 5대 산단을 추가로 조성하겠다", JB, D4, ["investment-attraction"], "target"),
        c("산단 조성에 착수한 곳은 음성테크노밸리", None, D4, ["investment-attraction"], "statement"),
        c("청년 창업을 위해 청년취업지원센터도 설치하고, 농업생산 경쟁력 기반 강화를 위해 음성화훼종합타운도 만들겠다고 했다", JB, D4,
          ["startup-support", "youth-policy", "jobs", "agriculture"], "plan"),
        c("2026년까지 36개 단지 2만2564가구 공급이 목표다", JB, D4, ["housing"], "target"),
        c("국립소방병원 준공으로 응급의료 체계를 구축하고 공립 화장시설 건립도 공론화하겠다고 했다", JB, D4,
          ["public-health", "citizen-participation"], "plan"),
        c("화장시설 건립은 공론화가 중요하다며 주민 의견을 모아 사업을 추진하고", JB, D4, ["citizen-participation"], "plan"),
        c("군립 산후조리원도 신설하겠다며 여성과 아동이 행복한 보육환경을 만들겠다고 했다", JB, D4, ["childcare-birth"], "plan"),
        c("AI 영재고를 공동 유치해 교육복지를 실현하고 삼형제 저수지 둘레길도", JB, D4,
          ["education", "fourth-industrial-revolution", "culture-tourism"], "plan"),
    ],
    "not_claims": [
        "조병옥 음성군수 \"2030 음성시 건설의 핵심은 인구 유입\"",
        "브리핑 열어 100% 공약 실천 로드맵 제시",
        "공립 화장시설 건립은 중부4군 참여 방식",
        "브리핑을 열어 민선8기 100대 공약 실천 로드맵을 밝히고 있다",
        "100% 공약 실천을 위한 로드맵을 공개했다",
        "가장 중요한 건 지역경제",
        "교통망 확충과 정주 환경 개선으로 조화로운 균형발전에도 힘쓰겠다는 게 조 군수의 약속이다",
    ],
}

# bx-05 괴산 (유기농업군), institutional narration; no publication date → all dates null
AG = ["agriculture"]
G["bx-05-newsis.txt"] = {
    "metadata": {"headline": "괴산군·의회, 유기농업군 위상 높이기에 '한목소리'", "published": None,
                 "reporter": "강신욱", "outlet": "뉴시스", "jurisdiction": "43760"},
    "officials": [],
    "claims": [
        c("2012년 1월 전국 최초로 유기농업군을 선포하고 2015년 세계유기농산업엑스포를 성황리에 열었다", None, None, AG,
          "achievement"),
        c("2022년에 다시 세계유기농산업엑스포를 열 계획으로", None, None, AG, "plan"),
        c("7월 중 기획재정부에 국제행사 승인을 신청할 계획이다", None, None, AG, "plan"),
        c("앞으로 나아갈 유기농산업의 실질적인 방향을 짚을 방침이다", None, None, AG, "plan"),
        c("'선언적 유기농'에서 '실천적 유기농'으로 전환해", None, None, AG, "statement"),
        c("친환경농업 인증면적을 올해 550㏊에서 2022년까지 1100㏊로 2배를 확대할 계획이다", None, None, AG, "target"),
        c("새 공동브랜드로 '괴산순정농부'도 개발했다", None, None, AG, "achievement"),
        c("유기농산업을 전면에 내세우며 유기농업군으로서의 확고한 의지를 다졌다", None, None, AG, "plan"),
        c("㈜엘마노와 투자유치 업무 협약을 해", None, None, ["investment-attraction", "agriculture"], "achievement"),
    ],
    "not_claims": [
        "괴산군·의회, 유기농업군 위상 높이기에 '한목소리'",
        "괴산군, 친환경농업 인증면적 2022년까지 2배 확대",
        "괴산군의회, 친환경농업 육성 조례 전부 개정 추진",
        "친환경재배단지 표지판",
        "충북 괴산군과 괴산군의회는 친환경농업 육성으로",
    ],
}

# bx-06 아산 (오세현 첫 시정브리핑); no publication date in text → dates null
OS = "oh-se-hyeon"
G["bx-06-hankyung.txt"] = {
    "metadata": {"headline": "오세현 아산시장 \"산단 조성해 일자리 5만개 만들겠다\"", "published": None,
                 "reporter": "강태우", "outlet": "한국경제", "jurisdiction": "44200"},
    "officials": [OS],
    "claims": [
        c("산업단지 조성과 공공일자리 사업으로 일자리 5만개를 만들겠다고 4일 발표했다", None, None,
          ["jobs", "investment-attraction"], "target"),
        c("기업유치로 민간부문에서 3만2000개를 창출하고", OS, None, ["jobs", "investment-attraction"], "target"),
        c("15개 산단(1000만㎡)이 조성돼 있다", None, None, ["investment-attraction"], "statement"),
        c("660만㎡ 규모의 10개 산단을 추가 조성해 우량기업을 유치하기로 했다", None, None, ["investment-attraction"], "target"),
        c("민관이 주도하는 일자리 만들기 추진 체계도 갖춘다", None, None, ["jobs"], "plan"),
        c("민관합동 기업유치 지원단을 구성해 기업유치와 일자리 관리시스템을 만들겠다", OS, None,
          ["investment-attraction", "jobs"], "plan"),
        c("사회적 약자가 자립할 수 있는 취약계층 일자리 창출에도 행정력을 집중하겠다", OS, None, ["jobs", "welfare"], "plan"),
        c("충남 북부 지역 미세먼지 저감을 위한 대책도 추진한다", None, None, ["fine-dust"], "plan"),
        c("아산의 미세먼지 농도가 매년 높게 나타난다", OS, None, ["fine-dust"], "statement"),
        c("미세먼지 해결을 위한 정부 지원이 우선적으로 이뤄질 수 있도록 천안, 당진시와 협력하겠다", OS, None, ["fine-dust"], "plan"),
        c("시는 자체 시책으로 대규모 나무심기 사업을 추진한다", None, None, ["fine-dust"], "plan"),
        c("임기 내 150만 그루의 나무를 심고 전기자동차 989대를 보급하겠다", OS, None, ["fine-dust", "future-vehicles"], "target"),
        c("대기질 모니터링 시스템을 확대해 실시간 파악한 미세먼지 정보를 시민들에게 알려", OS, None, ["fine-dust"], "plan"),
    ],
    "not_claims": [
        "오세현 아산시장 \"산단 조성해 일자리 5만개 만들겠다\"",
        "아산=강태우 기자 ktw@hankyung.com",
    ],
}

# bx-07 당진 (탄소중립 선도도시); selection 10월 31일, published 2024-11-01
OH = "oh-seong-hwan"
E7, P7 = "2024-10-31", "2024-11-01"
CC = ["climate-carbon"]
G["bx-07-joongdo.txt"] = {
    "metadata": {"headline": "당진시, 탄소중립 선도도시 최종 선정", "published": "2024-11-01T06:42+09:00",
                 "reporter": "박승군", "outlet": None, "jurisdiction": "44270"},
    "officials": [OH],
    "claims": [
        c("당진시는 10월 31일 환경부와 국토교통부가 공동으로 추진하는 '탄소중립 선도도시' 공모사업에 최종 선정됐다", None, E7, CC,
          "achievement"),
        c("탄소중립 사회로의 전환을 위해 중요한 발걸음을 내딛은 것이다", None, P7, CC, "achievement"),
        c("탄소 배출량이 많아 탄소중립 전환이 시급한 지역이다", None, P7, CC, "statement"),
        c("2030년까지 지역 탄소 배출량을 약 56퍼센트 이상 감축하기 위한 5G 추진전략을 제시했다", None, P7, CC, "target"),
        c("이 전략은 그린에너지, 그린스테이션, 그린테크, 그린라이프를 포함한다", None, P7,
          ["climate-carbon", "energy-transition"], "statement"),
        c("시민에게 혜택을 제공할 수 있는 현실적인 사업계획을 밝혔다", None, P7, CC, "plan"),
        c("이러한 노력의 결과로 당진시는 탄소중립 선도도시에 최종 선정됐다", None, E7, CC, "achievement"),
        c("2030년까지 탄소중립 사업 추진계획을 수립하고 이를 연차별로 추진할 예정이다", None, P7, CC, "plan"),
        c("국가의 탄소중립 목표 달성에 기여하기 위해 최선을 다할 것", OH, P7, CC, "plan"),
        c("앞으로 탄소중립 사회로 전환되는 시의 모습을 잘 지켜봐 달라", OH, P7, CC, "plan"),
        c("당진시의 이번 선정은 탄소중립 사회로의 전환을 위한 중요한 이정표로", None, P7, CC, "achievement"),
    ],
    "not_claims": [
        "당진시, 탄소중립 선도도시 최종 선정",
        "국가의 탄소중립을 앞당기는 당찬 당진으로 도약",
        "당진시청사 전경",
    ],
}

# bx-08 서산 (맹정호, 서산공항 예산), press conference 31일 = 2021-08-31
MJ = "maeng-jeong-ho"
D8 = "2021-08-31"
AP = ["airport-relocation"]
G["bx-08-goodmorningcc.txt"] = {
    "metadata": {"headline": "맹정호 서산시장 \"남은 숙제는 충남 국회의원 몫\"", "published": "2021-08-31",
                 "reporter": "김갑수", "outlet": "굿모닝충청", "jurisdiction": "44210"},
    "officials": [MJ, "yang-seung-jo"],
    "claims": [
        c("서산공항(충남공항) 예산이 최종 확정되기 위해서는 국회에서 통과돼야 한다", MJ, D8, AP, "plan"),
        c("남은 숙제는 충남 국회의원의 몫", MJ, D8, AP, "statement"),
        c("누가 가장 앞장서서 예산을 지키는지 두 눈 부릅뜨고 지켜볼 것", MJ, D8, AP, "statement"),
        c("충남의 하늘 길이 서산에서 열리게 됐다", MJ, D8, AP, "achievement"),
        c("가덕도신공항 이후 저의 작은 ‘찍소리’는 거대한 충남의 민심이 됐다", MJ, D8, AP, "achievement"),
        c("양 지사님의 정치력과 추진력이 없었다면 불가능한 일이었다", MJ, D8, AP, "achievement"),
        c("서산공항 유치의 핵심적 주역이자 동지였다", MJ, D8, AP, "achievement"),
        c("정부예산 반영은 끝이 아닌 시작이다", MJ, D8, AP, "statement"),
        c("비(非) 예타 사업으로 추진하는 것이 가장 빠른 길", MJ, D8, AP, "plan"),
        c("예산안이 반영된 상황이라 예타가 필요하다면 받겠다", MJ, D8, AP, "plan"),
        c("금년 3분기 예타 대상 사업으로 추진해 줄 것을 간곡하게 건의한다", MJ, D8, AP, "plan"),
        c("할 맘먹고 시작한 것, 신속하게 추진하자", MJ, D8, AP, "plan"),
        c("예타 통과에 자신이 있다", MJ, D8, AP, "statement"),
        c("충남도가 혁신도시로 지정됐고", MJ, D8, ["decentralization"], "achievement"),
    ],
    "not_claims": [
        "맹정호 서산시장 \"남은 숙제는 충남 국회의원 몫\"",
        "충남민항 기본계획 수립비 15억 반영 관련 \"국회에서 예산 통과돼야\" 압박",
        "충남민항유치추진위원회, 시장‧군수님들, 충남의 국회의원님과 도의회, 시‧군의회 의원님들께도 감사드린다",
    ],
}

# bx-09 논산 (백성현 시정질문 답변), 6월 30일 = publication day 2025-06-30
BS = "baek-seong-hyeon"
D9 = "2025-06-30"
G["bx-09-newsstep.txt"] = {
    "metadata": {"headline": "백성현 논산시장 “청년이 살고 싶은 도시 만들겠다”", "published": "2025-06-30T18:50:21+09:00",
                 "reporter": "최선경", "outlet": "뉴스스텝", "jurisdiction": "44230"},
    "officials": [BS],
    "claims": [
        c("미래를 설계할 수 있는 논산”을 만들겠다는 겅헌 의지를 밝혔다", BS, D9, ["youth-policy"], "plan"),
        c("‘청년의 생애주기를 고려한 7가지 정책목표’를 중심으로 논산형 미래세대 맞춤정책을 추진 중이라고 밝혔다", BS, D9,
          ["youth-policy"], "statement"),
        c("△데이터 기반 청년정책 수립계획 △청년층 주택 공급 방안 △국방군수산업 중심 일자리 창출 전략", BS, D9,
          ["youth-policy", "housing", "jobs"], "plan"),
        c("향후 정책 설계 과정에서 청년 당사자들의 목소리를 지속 반영할 계획임을 강조했다", BS, D9, ["youth-policy"], "plan"),
        c("▲청년 이사비 지원 도입 등을 통해 실질적인 주거비 부담을 낮추는 정책들을 단계적으로 시행할 계획이라고 밝혔다", BS, D9,
          ["housing", "youth-policy"], "plan"),
        c("다수의 일자리 창출을 위해서는 기업 유치가 핵심", BS, D9, ["jobs", "investment-attraction"], "statement"),
        c("국방국가산단ㆍ국방미래기술연구센터 등 논산에 들어서게 될 미래 국방 인프라들이 향후 논산의 청년 일자리 생태계를", BS, D9,
          ["jobs", "youth-policy", "investment-attraction", "research-development"], "statement"),
    ],
    "not_claims": [
        "백성현 논산시장 “청년이 살고 싶은 도시 만들겠다”",
        "시정질문 답변 통해 청년정책 수립 위한 다각적 전략 제시",
        "시정질문에 답변하는 백성현 논산시장",
    ],
}

for name, gold in G.items():
    out = {"article": name, "metadata": gold["metadata"], "officials": gold["officials"],
           "claims": gold["claims"], "not_claims": gold["not_claims"]}
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(out, handle, ensure_ascii=False, indent=1)
    print(name, len(gold["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
