"""Writes gold/*.json for set-ld (hand annotation)."""
import json
G = {}
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}

d = "2019-12-30"
G["ld-01-newdaily.txt"] = dict(
 metadata=M("‘한국 관광의 별’ 단양군, 체류형 관광지로 우뚝", "2019-12-30T14:54+09:00", None, None, "43800"),
 officials=["ryu-han-u"],
 claims=[
  C("대한민국 최고의 체류형관광지로 자리매김했다", None, d, ["culture-tourism"], "achievement"),
  C("관광객 유치에 힘써 왔다", None, d, ["culture-tourism"], "achievement"),
  C("사계절 내내 단양을 찾을 수 있도록 해 지역 경기 활성화에도 노력을 기울였다", None, d, ["culture-tourism"], "achievement"),
  C("야시장 운영으로 골목상권 활성화를 꾀하고", None, d, ["small-merchants", "culture-tourism"], "achievement"),
  C("71건의 수상과 공모 선정으로 정부예산 860억원을 확보했다", None, d, ["welfare", "disaster-safety"], "achievement"),
  C("‘단양군 도시재생 계획’을 완성해 새로운 기틀을 마련한 것도 큰 성과로 꼽았다", None, d, ["urban-regeneration"], "achievement"),
  C("현장 중심의 농촌지도에 힘", None, d, ["agriculture"], "achievement"),
 ],
 not_claims=["1천만 관광객 달성, 71건 수상·공모사업 선정→860억 사업비 확보", "▲ 류한우 단양군수.ⓒ단양군"])

d = "2020-05-28"
G["ld-02-gwbiz.txt"] = dict(
 metadata=M("흥업면 스마트타운 조성", "2020-05-28", "이정현", "강원경제신문", "42130"),
 officials=[],
 claims=[
  C("약 150만㎡가 스마트타운으로 조성된다", None, d, ["smart-city"], "plan"),
  C("2020년 스마트타운 챌린지 예비사업에 강원 원주, 충남 서산, 전남 광양, 경남 창원 등 4곳이 선정됐다", None, d, ["smart-city"], "achievement"),
  C("스마트타운 챌린지는 기업과 시민, 지자체가 힘을 모아", None, d, ["smart-city"], "statement"),
  C("원주시는 도시정보센터 주관으로 흥업면 시의원", None, d, ["smart-city"], "plan"),
  C("수요응답형 버스, 공유 자전거, 음성인식 영상 보안관제 시스템 등 8가지 솔루션을 제안했다", None, d, ["smart-city", "public-transit", "disaster-safety"], "plan"),
  C("40억 원(국비 20억 원, 시비 20억 원)을 투입해 본사업을 추진할 계획이다", None, d, ["smart-city"], "plan"),
  C("김광수 원주시 부시장은 포스트 코로나 시대를 대비해", None, d, ["smart-city"], "statement", "김광수"),
 ],
 not_claims=["흥업면 스마트타운 조성\n\n- 작게+ 크게"])

d = "2021-01-17"
G["ld-03-cctimes.txt"] = dict(
 metadata=M("음성군, 우량기업 잡고 일자리 늘린다", "2021-01-17T17:11+09:00", "박명식", None, "43770"),
 officials=[],
 claims=[
  C("음성군이 올해의 최우선 군정 과제를", None, d, ["investment-attraction", "jobs"], "statement"),
  C("우량기업들이 지난해 음성군과 투자협약을 맺고 입주계약을 체결 했다", None, d, ["investment-attraction"], "achievement"),
  C("지능형 미래자동차부품 업종을 중점적으로 유치할 계획이다", None, d, ["investment-attraction", "future-vehicles"], "plan"),
 ],
 not_claims=["기업 유입 통한 5대 신성장동력 육성 추진키로", "군이 올해 중점적으로 조성을 추진하는 산업단지는",
             "성본산단은 군 최대 규모인 200만㎡ 규모로", "시스템반도체 특화산업단지로 조성된다",
             "2023년 준공을 목표로 조성중이다"])

d = "2016-03-08"
G["ld-04-reporternside.txt"] = dict(
 metadata=M("화천군, 2016 산천어축제, 992억 직접경제효과 창출!", "2016-03-08", "김승회", None, "42790"),
 officials=["choi-mun-sun"],
 claims=[
  C("총 992억여원의 직접경제효과를 창출하며", None, d, ["culture-tourism"], "achievement"),
  C("간접 경제효과도 2015년 축제와 비교해 각각 20%이상 성장했다", None, d, ["culture-tourism", "jobs"], "achievement"),
  C("친절 및 청결도 등에서 높은 만족도를 나타냈다", None, d, ["culture-tourism"], "achievement"),
  C("관광객 만족도가 매우 높아졌다", None, d, ["culture-tourism"], "achievement"),
  C("철저한 사전 준비와 조치를 해가기로 했다", None, d, ["culture-tourism"], "plan"),
 ],
 not_claims=["발전방안 연구용역 중간보고회를 갖고 축제 개선 및 발전방안 등에 대한 논의를 가졌다",
             "방문객 설문조사와 축제프로그램 개선방안에 대한 보고회를 개최했다"])

d = "2019-10-21"; H = "han-beom-deok"
G["ld-05-newsis.txt"] = dict(
 metadata=M("\"미세먼지 오명 벗자\"…한범덕 청주시장, 지원사업 홍보 주문", "2019-10-21T17:11:32+09:00", "강신욱", "뉴시스", "43110"),
 officials=[H],
 claims=[
  C("미세먼지 지원사업과 강화한 법을 적극적으로 홍보할 것을 당부했다", H, d, ["fine-dust"], "plan"),
  C("미세먼지 저감 대책 홍보에 행정력을 집중할 것을 주문했다", H, d, ["fine-dust"], "plan"),
  C("시가 추진하는 미세먼지 저감 지원사업을 시민에게 적극적으로 홍보하라", H, d, ["fine-dust"], "plan"),
  C("배출가스 5등급 차량의 운행 제한 등 강화하는 법 기준도 시민들이 잘 알도록 해 달라", H, d, ["fine-dust"], "plan"),
  C("8명의 미세먼지 불법배출 예방 감시원을 운영해", None, d, ["fine-dust"], "plan"),
  C("이들 예방감시원은 대기·악취 배출업소 상시 순찰과", None, d, ["fine-dust"], "statement"),
  C("내년에 확대 운영하는 방안을 검토하기로 했다", None, d, ["fine-dust"], "plan"),
  C("2027년까지 전기버스 85대를 도입한다", None, d, ["fine-dust", "future-vehicles"], "target"),
  C("시의회가 특별위원회까지 구성해", None, d, ["fine-dust"], "statement"),
 ],
 not_claims=["청주시 주간업무보고회. (사진=청주시 제공)", "\"미세먼지 오명 벗자\"…한범덕 청주시장, 지원사업 홍보 주문"])

L = "lee-si-jong"
G["ld-06-jctimes.txt"] = dict(
 metadata=M(None, None, None, None, "43"),
 officials=[L],
 claims=[
  C("강호축(강원∼충청∼호남) 완성을 위해 도정 역량을 집중하겠다고 밝혔다", L, None, ["decentralization"], "plan"),
  C("우선 지속적인 투자유치로 충북 100년 먹거리 창출의 기반을 다지겠다", L, None, ["investment-attraction"], "plan"),
  C("자원이 부족한 충북경제를 살리는 길은 투자유치로 선택이 아닌 필수", L, None, ["investment-attraction"], "statement"),
  C("민선 7기 목표 40조원 투자유치를 달성하겠다", L, None, ["investment-attraction"], "target"),
  C("강호축 개발에 대한 청사진도 제시했다", L, None, ["decentralization"], "plan"),
  C("전국 8개 시·도와 공동 추진해 충북과 대한민국 미래 100년을 준비하겠다", L, None, ["decentralization"], "plan"),
  C("강호축에 고속화 철도망을 구축하고", L, None, ["decentralization", "public-transit", "culture-tourism"], "plan"),
  C("강호축은 장기적으로 남북평화 축으로", L, None, ["decentralization"], "plan"),
  C("수소·전기차 등 미래 자동차 산업을 추가 확대할 것", L, None, ["medical-industry", "energy-transition", "fourth-industrial-revolution", "future-vehicles"], "plan"),
 ],
 not_claims=["그러면서 세부적인 추진 계획을 설명했다", "미래 신성장산업 육성에도 힘을 쏟겠다고 했다",
             "미켈란젤로는 ‘천지창조’를 완성하기 위해"])

K = "kim-jae-jong"
G["ld-07-ktn.txt"] = dict(
 metadata=M(None, None, None, None, "43730"),
 officials=[K],
 claims=[
  C("부서별 발굴된 시책은 주거 등 정주 여건 개선(8건)", None, None, ["housing", "jobs", "childcare-birth", "welfare", "agriculture", "youth-policy"], "statement"),
  C("아이 낳고 기르기에 올해보다 더 좋은 옥천을 만들기 위해", K, None, ["childcare-birth", "education", "jobs", "agriculture", "housing"], "plan"),
  C("충북 최초 청년 전(월)세 대출금 이자지원", None, None, ["housing", "youth-policy", "childcare-birth", "education"], "statement"),
 ],
 not_claims=["‘2020년 인구늘리기 시책 발굴보고회’를 열었다", "부서별로 발굴한 내년도 인구시책에 대해 보고했다",
             "이날 발굴된 인구시책은 조례 개정", "오늘 발굴한 크고 작은 시책들이 발굴에서 끝나는 것이 아니라"])

C8 = "choi-moon-soon"
G["ld-08-newsgn.txt"] = dict(
 metadata=M("[지역균형 뉴딜] 강원, 액화수소로 그린뉴딜 선도한다", "2020-10-30T09:01+09:00", "김정화", "정책브리핑", "42"),
 officials=[C8],
 claims=[
  C("한국판 뉴딜에 지역균형을 추가한다고 선언했다", None, "2020-10-13", ["decentralization"], "plan", "문재인"),
  C("국가균형발전을 도모하겠다는 취지다", None, "2020-10-30", ["decentralization"], "statement"),
  C("강원도는 액화수소 기반 융복합 클러스터 구성을 강원도형 지역뉴딜의 대표 사업으로 제시했다", None, "2020-10-13", ["energy-transition"], "plan"),
  C("관광레저단지가 복합된 수소도시를 건설하겠다고 밝혔다", C8, "2020-10-13", ["energy-transition", "culture-tourism"], "plan"),
 ],
 not_claims=["6개 시·도지사는 지역에서 추진중인 뉴딜 관련 사례를 소개했다", "정책브리핑이 이를 순차 게재한다",
             "‘액화수소 기반 융복합 클러스터 구성’을 주제로 사례발표를 하고 있다",
             "액화수소는 초저온 상태로 수소를 액화시킨 것을 말한다", "수소의 저장과 운송비를 많이 절감 할 수 있는 수소로 통한다"])

B = "lee-byeong-seon"
G["ld-09-nspna.txt"] = dict(
 metadata=M(None, None, "조이호", "NSP통신", "51210"),
 officials=[B],
 claims=[
  C("워케이션 유치에 유리한 인프라를 구축하기 위해 추진하는 사업이다", None, None, ["culture-tourism"], "statement"),
  C("설악동주민들의 고견을 들을 수 있는 ‘소통의 장’이 될 것으로 생각한다", B, None, ["citizen-participation"], "statement"),
  C("지역주민과의 소통을 통해 더 나은 사업 추진에 만전을 기하겠다", B, None, ["citizen-participation", "culture-tourism"], "plan"),
  C("‘설악동 재건사업’을 2020년부터 5년간 264억원을 투자해 추진 중에 있다", None, None, ["culture-tourism"], "statement"),
 ],
 not_claims=["설악산문화시설 리모델링 실시설계용역 중간보고회를 개최한다", "질의응답 시간을 가질 예정이다"])

for f, g in G.items():
    out = {"article": f, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    json.dump(out, open(f"/work/blind/set-ld/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
