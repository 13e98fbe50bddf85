"""Writes gold/*.json for set-gk (hand annotation). C(quote, speaker, date, policies, kind)."""
import json
def C(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
G = {}
KD = "kim-doo-gyeom"; d1 = "2022-07-14"
G["gk-01-ucinews.txt"] = dict(
 metadata=dict(headline='김두겸 울산시장 첫 시정연설... "일자리 넘치는 역동적인 도시로 다시 세울 것"', published="2022-07-14T18:07+09:00",
               reporter="정두은", outlet="울산시민신문", jurisdiction="31"),
 officials=[KD],
 claims=[C("일자리와 생활의 여유가 넘치고, 천혜의 자연환경이 잘 어우러지는 살기 좋은 도시를 만들겠다", KD, d1, ["jobs"], "plan"),
         C("지금의 울산은 일할 곳은 없고, 청년들은 떠나가고, 인구는 감소하는 도시가 됐다", KD, d1, ["jobs", "youth-policy"], "criticism"),
         C("'나를 위한 안심복지도시', '편안한 생활 정주도시' 등 5개 시정 운영 방향을 제시했다", KD, d1, ["jobs", "culture-tourism", "welfare"], "plan")],
 not_claims=["5개 시정 운영 방향 발표", "민선 8기 울산시의 발전 방향을 제시했다",
             "울산은 대한민국 산업수도로서 우리나라 경제 발전을 최선두에서 이끌었고",
             "기본으로 돌아가 울산을 가장 잘 살고 역동적인 도시로 다시 세울 것",
             "새로운 방식과 도전으로 과감히 뚫고 나가겠다"])
LJ = "lee-jeong-baek"; e2 = "2018-02-09"; p2 = "2018-02-12"
G["gk-02-smnews.txt"] = dict(
 metadata=dict(headline="상주, 스마트팜 혁신밸리 조성비", published="2018-02-12T16:45+09:00", reporter="황인오", outlet="세명일보", jurisdiction="47250"),
 officials=[LJ],
 claims=[C("상주시가 중앙부처와 경북도 함께 농정현장 행정을 펼치고 있다", None, e2, ["agriculture"], "statement"),
         C("시는 스마트팜 혁신밸리 기반 조성사업추진을 위한 국비 100억원의 지원을 건의했다", None, e2, ["agriculture"], "statement"),
         C("이 스마트팜 혁신밸리 조성사업은 기술집약형 농업으로 전환하기 위해", None, p2,
           ["agriculture", "startup-support", "research-development", "youth-policy", "fourth-industrial-revolution"], "statement"),
         C("빅데이터 기술을 활용한 정밀 생육환경 관리 프로그램 개발로 첨단 농기자재 보급 등 R&D투자를 적극 사업화할 계획이다", None, p2,
           ["agriculture", "fourth-industrial-revolution", "research-development"], "plan"),
         C("앞으로도 중앙부처와 더 많은 농정현장 소통행정으로 시를 위한 시책사업을 적극 발굴, 추진하겠다", LJ, e2, ["agriculture"], "plan")],
 not_claims=["국비 100억원 중앙부처 건의", "상주=황인오 기자", "저작권자 세명일보 무단전재 및 재배포 금지"])
d3 = "2022-04-26"
G["gk-03-fnnews.txt"] = dict(
 metadata=dict(headline='"여기 어떻노?" 부산지역 축제 지도 한장에 다 담았다', published="2022-04-26T18:32+09:00", reporter="권병석", outlet="파이낸셜뉴스", jurisdiction="26"),
 officials=[],
 claims=[C("부산시가 사계절 내내 특색 있는 부산의 대표 축제를 한 장의 지도로 만들어 소개한다", None, d3, ["culture-tourism"], "statement"),
         C("지난 2년간 코로나19 방역상황에 따라 대부분의 축제를 취소하거나 비대면 또는 소규모 행사로 진행했다", None, d3, ["culture-tourism", "public-health"], "statement"),
         C("올해 부산 불꽃 축제 등을 정상적으로 추진한다", None, d3, ["culture-tourism", "public-health"], "plan"),
         C("사계절 축제지도 '여기 어떻노?('어때'의 부산 사투리)'를 제작했다", None, d3, ["culture-tourism"], "achievement"),
         C("지역 축제 평가에서 우수 축제로 선정된 구·군 축제 등이 모두 소개돼 있다", None, d3, ["culture-tourism"], "statement"),
         C("봄에는 부산낙동강유채꽃축제, 조선통신사축제 여름에는 부산항축제, 부산바다축제 등이 있다", None, d3, ["culture-tourism"], "statement"),
         C("가을에는 부산불꽃축제, 부산국제록페스티벌 겨울에는 부산크리스마스트리문화축제, 해운대북극곰축제 등이 대표적이다", None, d3, ["culture-tourism"], "statement"),
         C("다양한 모래작품을 선보이는 해운대모래축제가 열린다", None, d3, ["culture-tourism"], "statement"),
         C("부산원도심골목길축제가 개최를 기다린다", None, d3, ["culture-tourism"], "statement")],
 not_claims=["부산시 ‘사계절 축제지도’ 제작", "원아시아페스티벌·불꽃축제 등", "관광객에 월별 행사정보 제공", "7월엔 다"])
GI = "gu-in-mo"; d4 = "2024-10-18"
G["gk-04-breaknews.txt"] = dict(
 metadata=dict(headline="청년친화도시 ‘거창군’ 경남도 대표 출전", published="2024-10-18T15:35+09:00", reporter="주윤한", outlet="브레이크뉴스", jurisdiction="48880"),
 officials=[GI],
 claims=[C("상위 2개 시·군으로 선정되었다고 18일 밝혔다", None, d4, ["youth-policy"], "achievement"),
         C("청년 기본법에 따라 올해 처음으로 지정하는 청년친화도시는", None, d4, ["youth-policy"], "statement"),
         C("거창군은 청년친화도시로의 도약을 위해 청년실태조사, 정책아이디어 공모", None, d4, ["youth-policy"], "statement"),
         C("통합브랜드 ‘창창(昌昌)한 미래’를 새롭게 개발하여 거창군의 청년정책을 대내외로 알리는 계기로 삼았다", None, d4, ["youth-policy"], "achievement"),
         C("군은 민선 7기부터 청년정책에 선제적으로 집중해 왔다", None, d4, ["youth-policy"], "achievement"),
         C("도내 유일의 청년 인구 순유입 1위, 합계출산율 1.02명", None, d4, ["youth-policy", "childcare-birth"], "achievement"),
         C("청년이 있어 행복한 거창을 만들기 위해 전 군민이 함께 노력한 귀중한 결과", GI, d4, ["youth-policy"], "achievement"),
         C("앞으로도 더 많은 투자와 지원을 통해 대한민국 대표 청년친화도시로 거창군을 발전시켜 나가겠다", GI, d4, ["youth-policy"], "plan"),
         C("새로운 청년친화도시 모델을 만들어 나갈 것으로", None, d4, ["youth-policy"], "plan")],
 not_claims=["창창한 미래를 위해 전 군민 힘 모아 준비",
             "▲ 거창군은 지난 16일 청년친화도시 경남도 평가에서 김해시와 함께 상위 2개 시·군으로 선정되었다.",
             "[브레이크뉴스=주윤한 기자]"])
BG = "bae-gwang-sik"; d5 = "2026-02-23"
G["gk-05-newspim.txt"] = dict(
 metadata=dict(headline="민관 협력 강화 통한 지속 가능한 도시재생 발전 방안 모색", published="2026-02-23", reporter="김용락", outlet="뉴스핌", jurisdiction="27230"),
 officials=[BG],
 claims=[C("'2026년 북구 도시재생 거버넌스 1분기 정기회의'를 개최했다", None, d5, ["urban-regeneration", "citizen-participation"], "statement"),
         C("2026년 북구 도시재생지원센터의 주요 사업계획을 공유하고", None, d5, ["urban-regeneration"], "statement"),
         C("또한 지역별 사업 추진 현황을 점검하고", None, d5, ["urban-regeneration"], "statement"),
         C("앞으로도 분기별 정기회의를 통해 북구 도시재생의 지속 가능한 발전을 위해 지속적으로 노력하겠다", None, d5, ["urban-regeneration", "citizen-participation"], "plan"),
         C("도시재생은 행정과 지원조직, 지역 공동체가 함께 만들어가는 협력의 과정", BG, d5, ["urban-regeneration", "citizen-participation"], "statement"),
         C("정기적인 거버넌스 회의를 통해 현장의 목소리를 정책에 적극 반영하고", BG, d5, ["urban-regeneration", "citizen-participation"], "plan"),
         C("북구 도시재생 거버넌스 정기회의는 연 4회 분기별로 운영되며", None, d5, ["urban-regeneration", "citizen-participation"], "statement")],
 not_claims=["민관 협력 강화 통한 지속 가능한 도시재생 발전 방안 모색",
             "대구 북구청은 2026년 도시재생 거버넌스 1분기 정기회의를 개최했다.[사진=북구청]",
             "협동조합 및 주민협의체 관계자 30여 명이 참석했다",
             "이번 회의는 지역별 경험과 고민을 나누고 공동사업 발굴 방향을 함께 모색하는 의미 있는 자리였다"])
KY = "kwon-young-jin"
G["gk-06-dgy.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="27"),
 officials=[KY],
 claims=[C("대구취수원 문제를 해결하기 위해 ‘이전’이 아닌 ‘다변화’, ‘다원화’를 밝히는 내용의 담화문을 발표했다", KY, None, ["water-supply"], "plan"),
         C("먹는 물 문제 해결을 위한 취수원 이전을 시정의 최우선 과제로 추진해왔으나", None, None, ["water-supply"], "statement"),
         C("해평지역 주민들은 대구시 취수원의 이전으로 인한 상수도보호구역 확장으로 인한 재산권 침해", None, None, ["water-supply"], "criticism"),
         C("물 문제 해결을 위해 상호 이해와 배려, 과학적 검증, 합당한 보상의 3대 원칙을 발표했다", None, None, ["water-supply"], "statement"),
         C("물문제를 해결할 수 있는 새로운 전기를 마련했다", None, None, ["water-supply"], "achievement"),
         C("정부는 지난해 3월말 ‘낙동강유역 통합물관리방안 마련’ 등 2건의 연구용역에 착수했고", None, None, ["water-supply"], "statement"),
         C("오는 5일 용역 중간보고회를 개최할 계획이다", None, None, ["water-supply"], "plan"),
         C("이번 용역결과에 따라 낙동강의 합리적 물 배분을 위해 취수원 공동활용 지역", KY, None, ["water-supply"], "statement")],
 not_claims=[])
HS = "heo-seong-mu"
G["gk-07-hankyung.txt"] = dict(
 metadata=dict(headline="'스마트 産團'으로 진화하는 창원국가산단…지역경제 부흥 이끈다", published=None, reporter=None, outlet=None, jurisdiction="48120"),
 officials=[HS],
 claims=[C("창원국가산업단지가 ‘스마트 선도산단’으로 선정됐다", None, None, ["fourth-industrial-revolution"], "achievement"),
         C("당장 올해부터 제조혁신, 미래형 산단 조성을 위해 국비 등 2000억원이 투입된다", None, None, ["fourth-industrial-revolution"], "plan"),
         C("스마트산단으로 거듭나는 창원국가산단을 지역경제 부흥의 촉매로 활용할 계획이다", None, None, ["fourth-industrial-revolution"], "plan"),
         C("청년들이 모여드는 산단, 안전하고 건강한 산단이 되도록 하겠다", HS, None, ["fourth-industrial-revolution", "youth-policy"], "plan"),
         C("결국 지역 기업 참여가 스마트산단 성공과 지역 경제 부흥의 관건이 될 것", HS, None, ["fourth-industrial-revolution"], "statement"),
         C("산업통상자원부는 수도권의 반월·시화단지와 지방의 창원국가산단 등 두 곳을 ‘스마트 선도산단’으로 선정해 발표했다", None, None, ["fourth-industrial-revolution"], "statement"),
         C("정보통신기술 기반의 지능화 서비스를 활용해", None, None, ["fourth-industrial-revolution"], "statement"),
         C("창원국가산단의 선도산단 선정에 적극 대처했다", None, None, ["fourth-industrial-revolution"], "achievement")],
 not_claims=["도약하는 창원", "올해부터 2000억원 투입", "지능화 서비스 기반으로", "제조업 혁신·미래 산단 구축",
             "창원국가산업단지 전경. 창원시 제공", "정부가 지난해 12월에 발표한 ‘중소기업 스마"])
LG = "lee-gang-deok"; d8 = "2023-09-11"
G["gk-08-kbmaeil.txt"] = dict(
 metadata=dict(headline="‘제철보국서 전지보국으로’ 미래 이끈다", published="2023-09-11T19:42+09:00", reporter="박진홍", outlet=None, jurisdiction="47110"),
 officials=[LG],
 claims=[C("50만 시민과 함께 포항의 제2 도약, 지역 균형발전, 국가 발전에 힘쓰겠다", LG, d8, ["decentralization"], "plan")],
 not_claims=["이차전지산업 육성 본격화 선언", "이강덕 시장 “국가발전 힘쓸 것”",
             "‘국가첨단전략산업 이차전지 양극재 특화단지’ 선정을 축하하는 ‘2050 전지보국 대시민 보고회’를 개최했다",
             "포항이 제철보국에 이은 전지보국으로 다시 한번 대한민국 혁신성장을 이끌 것",
             "전국 최초 이차전지산업 육성 등 미래 먹거리 산업 육성 정책 추진과정 및 결과"])
G["gk-09-idomin.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="48250"),
 officials=[],
 claims=[C("김해시가 추진하는 도시재생사업이 오래된 도심지를 변모시켜 지역발전을 선도하는 활력소 역할을 하고 있다", None, None, ["urban-regeneration"], "achievement"),
         C("전국 최다 4개 중심시가지형 도시재생사업에 선정된 김해시 도시재생사업비는 1000억여 원에 이른다", None, None, ["urban-regeneration"], "statement"),
         C("시는 여기다 900억 원대의 연계사업까지 추진한다고 18일 밝혔다", None, None, ["urban-regeneration"], "plan"),
         C("올 하반기 진영지구 도시재생 뉴딜사업을 추진한다", None, None, ["urban-regeneration"], "statement"),
         C("4개 재생사업에 총 1032억 원이 투입된다", None, None, ["urban-regeneration"], "statement"),
         C("연계사업은 원도심 8개 사업 306억 원", None, None, ["urban-regeneration"], "statement"),
         C("원도심에는 2.1㎢에 182억 원", None, None, ["urban-regeneration"], "plan"),
         C("동상시장 주차환경개선사업이 오는 2021년 말 준공 목표로 현재 실시설계 중이다", None, None, ["urban-regeneration", "small-merchants"], "statement"),
         C("물순환 선도도시 조성사업도 1년 공기로 내년 1월 착공한다", None, None, ["urban-regeneration"], "plan"),
         C("전통시장 내 유휴공간을 활용한 복합 청년몰 조성사업은 8월 착공 후 연내 조성한다", None, None, ["urban-regeneration", "small-merchants", "youth-policy"], "plan"),
         C("장유 무계지구는 올해 사업을 본격 추진한다", None, None, ["urban-regeneration"], "plan"),
         C("2022년까지 280억 원(국비 150억·도비 30억·시비 100억 원)을 투자해 12개 세부 재생사업을 추진한다", None, None, ["urban-regeneration"], "plan"),
         C("'꿈꾸는 무계 청년학교' 마을공방 육성사업", None, None, ["urban-regeneration", "youth-policy", "culture-tourism"], "achievement")],
 not_claims=["정부 공모사업 등 활용해 4개 지구에 27건 진행", "삼방지구는 주민"])
for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open('/work/blind/set-gk/gold/' + f + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(sum(len(g['claims']) for g in G.values()), 'claims')
