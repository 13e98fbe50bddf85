"""Writes gold/*.json for set-kb (hand annotation; see GOLD_NOTES.md)."""
import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
def C(q, sp, d, pol, kind, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
G = {}
d = "2023-01-10"; s = "sim-jae-guk"
G["kb-01-kbs.txt"] = (M("[여기는 원주] 심재국 평창군수, 산악관광도시 조성", "2023-01-10T19:28+09:00", "이현기", "KBS 춘천", "42760"), [s], [
    C("풍부한 산림 자원을 활용해 산악관광도시를 조성하겠다는 포부를 밝혔습니다", s, d, ["culture-tourism"], "plan"),
    C("풍부한 평창의 산림 자원을 활용한 관광 허브 구축 사업 등도 추진합니다", None, d, ["culture-tourism"], "plan"),
    C("특히, 산림 분야 공공기관 유치를 추진합니다", None, d, ["decentralization"], "plan"),
    C("산림 수도로 선포돼 있는 우리 평창에 걸맞은 산림청을", s, d, ["decentralization"], "plan"),
], ["2018평창올림픽의 도시 평창군은 2023년 올해도 올림픽 정신을 잇는 유산사업에 힘씁니다",
    "올림픽 유산으로 해서 우리 평창의 농업", "이를 통해 연간 6만 명 규모의 전지 훈련 도시를 육성할 계획입니다",
    "평창군은 강원특별자치도 시대를 맞아 주력 사업을 하나 더 꼽고 있습니다", "심재국 평창군수, 산악관광도시 조성"])
d = "2017-01-02"; s = "lee-seok-u"
G["kb-02-globalnews.txt"] = (M("이석우 남양주시장, 올해 3대 역점 추진사항 제시", "2017-01-02T16:06+09:00", "이영득", "글로벌뉴스통신", "41360"), [s], [
    C("1년 365일 문화, 관광, 교육, 쇼핑, 체육활동 등", s, d, ["culture-tourism", "education"], "plan"),
    C("행정복지센터를 통해서 복지허브화를 완성하고", s, d, ["welfare"], "plan"),
    C("시민들이 동아리를 형성하고 지역에서 함께 활동함으로써", s, d, ["welfare"], "plan"),
    C("시장이 복지현장, 복지사각지대에서 시민들과 함께 활동하면서", s, d, ["welfare"], "plan"),
], ["2017년은 미래 명품도시 남양주의 초석을 확실히 다지는 한 해가 될 것",
    "생활 권역별로 자족기능를 갖춘 편리하고 안전한 남양주를 만들겠다", "을 지속적으로 추진해 줄 것을 당부했다"])
s = "lee-hyeon-jong"
G["kb-03-kbs.txt"] = (M("이현종 철원군수, “지역 통합…교통망 확충”", "2022-06-07T19:04+09:00", "하초희", None, "42780"), [s, "won-hee-ryong"], [
    C("이 당선인의 해법은 한탄강 개발 등 관광산업 활성화입니다", s, "2022-06-07", ["culture-tourism"], "plan"),
], ["이 당선인도 마지막 임기에 교통망 확충에 주력할 계획입니다", "포천~철원 간 고속도로를 연결하는 건데",
    "고속도로가 연결 안된 데는 철원군밖에 없어요", "먹을거리 창출도 이 당선인의 앞에 놓인 어려운 숙제입니다"])
d = "2025-08-22"
G["kb-04-kbs.txt"] = (M("경기도-시군, ‘기후소통 한마당’…기후대응 협력 강화", "2025-08-22T14:15+09:00", "송명희", None, "41"), [], [
    C("지난 4월 도내 31개 시군의 탄소중립 녹색성장 기본계획이 수립되는 등", None, d, ["climate-carbon"], "achievement"),
    C("등 기후정책 우수사례를 공유했습니다", None, d, ["climate-carbon", "fourth-industrial-revolution", "energy-transition"], "statement"),
    C("기후위기 대응을 위한 지방정부의 역할 확대에 따라 경기도와 시군의 소통과 협력을 기반으로 기후정책의 실행력을 강화해 나가겠다", None, d, ["climate-carbon"], "plan", "고영인"),
], ["기후재난 피해를 가장 먼저 체감하는 곳이 바로 지방정부", "행사를 개최했습니다", "담당 공무원 등 120여 명이 참석했습니다"])
s = "kim-gyeong-hui"; e = "2025-07-08"; p = "2025-07-09"
G["kb-05-segye.txt"] = (M("김경희 경기 이천시장 “첨단산업 육성·교통망 개선해 …살기 좋은 도농 행복도시 완성” [민선 8기 지자체장 취임 3년]", "2025-07-09T06:00+09:00", "오상도", "세계일보", "41500"), [s], [
    C("쌀값 폭락과 보통교부세 단절 등 어려움 속에서도", s, e, ["agriculture", "decentralization"], "achievement"),
    C("농어촌 삶의 질 평가에선 2년 연속 1위에 선정됐죠", s, e, ["agriculture"], "achievement"),
    C("첨단미래도시추진단을 출범해 반도체, 인공지능(AI), 드론, 방산 등 전략산업 유치와 전문 인력 양성에 주력해 왔다", None, p, ["fourth-industrial-revolution", "investment-attraction", "jobs"], "achievement"),
    C("이천제일고 계약학과 개설, 이천과학고(가칭) 유치 등이 가시적 성과다", None, p, ["education", "research-development"], "achievement"),
    C("200억원 이상 투자 기업에 최대 30억원의 보조금을 지원하는 인센티브 정책은", None, p, ["investment-attraction"], "achievement"),
    C("부족한 산업단지를 확보해 SK하이닉스라는 앵커 기업을 축으로", s, e, ["investment-attraction"], "plan"),
    C("김 시장은 지능형교통체계(ITS) 구축과 철도망", s, e, ["smart-city", "public-transit"], "plan"),
], ["반도체·AI·드론 산업유치 온힘", "산단 확보, 소부장 적극 키울 것", "살기 좋은 행복도시를 만들겠다고 약속했다", "남은 1년 최선을 다하겠다"])
s = "jang-deok-cheon"
G["kb-06-kyeongin.txt"] = (M("[취임 인터뷰]장덕천 부천시장 \"미세먼지 대책관실 신설… 정부·주변도시들과 협력\"", "2018-07-06", "장철순", None, "41190"), [s], [
    C("장마철 폭우와 태풍 '쁘라삐룬'의 북상 소식에 시민의 안전부터 챙긴 것이다", None, "2018-07-01", ["disaster-safety"], "statement"),
    C("첫 업무를 재난안전대책회의로 시작했다", None, "2018-07-02", ["disaster-safety"], "statement"),
    C("시민의 안전과 재산을 보호하는데 최선을 다해 달라", s, "2018-07-02", ["disaster-safety"], "plan"),
    C("'미세먼지', '경제', '일자리', '주차장 부족' 등 현장의 소리를 듣는 것이", s, "2018-07-06", ["fine-dust", "jobs"], "plan"),
], ["미세먼지, 경제, 일자리, 주차장 부족 등 현장의 소리를 듣는 것이 시장의 일상이 되도록 하겠다", "부천만의 노력으로는 한계 부딪혀",
    "진행과정 공개… 국민적 참여 유도", "선거 기간에 현장에서 만난 시민의 소리는 다양했고"])
EP = ["energy-transition", "research-development"]
G["kb-07-hankyung.txt"] = (M("삼척시, 지방소멸 대응 수소기업 육성 산학연 클러스터 조성", None, None, "연합뉴스", "42230"), [], [
    C("강원 삼척시가 지방소멸 대응 사업으로 수소기업 육성 산학연 클러스터를 조성한다", None, None, EP, "plan"),
    C("투자비는 지방소멸 대응 기금으로 마련한다", None, None, EP, "plan"),
    C("전문산업단지 조성, 창업지원센터 및 임대형 공장 건립", None, None, EP + ["startup-support", "investment-attraction", "jobs"], "plan"),
    C("이들 사업에는 2026년까지 총사업비 693억 원을 투입한다", None, None, EP, "plan"),
    C("사업 목표는 수소기업 30개 유치, 액화수소 전문기업 20개 집중 육성, 일자리 500개 창출 등이다", None, None, ["energy-transition", "investment-attraction", "jobs"], "target"),
    C("새로운 전략산업으로 수소산업을 선정한 바 있다", None, None, ["energy-transition"], "achievement"),
    C("강원도 1호 수소충전소, 버스충전소 및 생산시설", None, None, ["energy-transition", "future-vehicles"], "statement"),
    C("정부 계획과의 연계도 적극적으로 추진하고 있다", None, None, EP, "statement"),
    C("강원도 액화수소산업 육성의 거점으로 거듭나겠다", None, None, ["energy-transition"], "plan"),
], ["삼척시, 지방소멸 대응 수소기업 육성 산학연 클러스터 조성", "2026년까지 693억 투입"])
SC = "smart-city"
G["kb-08-ajunews.txt"] = (M(None, None, None, None, "41460"), ["lee-sang-il"], [
    C("국토부의 최종 승인을 받았다고 20일 밝혔다", None, None, [SC], "achievement"),
    C("스마트 기술을 활용해 지역의 문제를 효율적으로 해결하고", None, None, [SC], "plan"),
    C("3대 목표와 6대 추진 전략을 마련했다", None, None, [SC], "plan"),
    C("16개의 스마트도시 서비스를 배치했다", None, None, [SC], "plan"),
    C("신갈오거리 도시재생사업이 진행되고 있는 기흥구와 수지구 일원은", None, None, [SC, "urban-regeneration"], "statement"),
    C("자율주행 버스와 개인형 이동 수단 등 모빌리티 서비스와 친환경 전기자동차 충전시설", None, None, [SC, "future-vehicles"], "plan"),
    C("용인중앙시장 일대 상권 활성화를 위한 도시재생사업과", None, None, [SC, "urban-regeneration", "small-merchants", "housing"], "statement"),
    C("빅데이터 기반의 노선 이동 버스인 수요응답형 셔틀버스를 운영하고", None, None, [SC, "public-transit", "fourth-industrial-revolution"], "plan"),
], ["스마트도시법 제8조에 따라 지방자치단체가 스마트도시 건설사업을 시행하려는 경우에는"])
s = "kim-han-geun"
G["kb-09-ohmynews.txt"] = (M(None, None, None, None, "42150"), [s], [
    C("세계 3대 올림픽 유치 성공을 통해 관광거점도시를 완성하겠다", s, None, ["culture-tourism"], "plan"),
    C("재난지원금 지원과 관광수요 회복 등으로 코로나 이전 수준을 상회하고 있고", s, None, ["culture-tourism"], "achievement"),
    C("해외여행 수요가 국내 여행으로 대체된 효과", s, None, ["public-health", "culture-tourism"], "statement"),
    C("강릉시가 유치한 공모사업에는 ▲관광거점도시 육성사업(1000억 원)", None, None, ["culture-tourism", "fourth-industrial-revolution", "agriculture"], "achievement"),
], ["지난 2년의 주요성과로 중앙부처 공모사업 선정 실적의 증가를 꼽았다", "올 상반기에만 51개 사업에 1731억 원의 공모사업에 선정됐다고 밝혔다"])
os.makedirs(OUT, exist_ok=True)
n = 0
for art, (meta, offs, claims, nots) in G.items():
    n += len(claims)
    with open(os.path.join(OUT, art + ".json"), "w", encoding="utf-8") as f:
        json.dump({"article": art, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(G), "gold files,", n, "claims")
