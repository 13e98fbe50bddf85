"""Writes gold/*.json for set-me (hand annotation; see GOLD_NOTES.md)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parents[1] / "gold"
def C(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
ET, UR, CT, PT = "energy-transition", "urban-regeneration", "culture-tourism", "public-transit"
gold = {}
H, D = "heo-in-hwan", "2019-01-18"
gold["me-01-edaily.txt"] = dict(
 metadata=dict(headline="허인환 인천 동구청장 \"발전소 건축허가 사과…행정절차 중단\"", published="2019-01-18T14:42:14+09:00",
               reporter="이종일", outlet="이데일리", jurisdiction="28140"),
 officials=[H],
 claims=[
  C("연료전지발전소 건축허가를 내준 것에 대해 공식 사과했다", H, D, [ET], "criticism"),
  C("또 발전소 건설에 대한 행정절차를 전면 중단하기로 했다", H, D, [ET], "plan"),
  C("연료전지발전소 설치사업의 주민 의견을 충분히 수렴하지 못한 점에 대해 깊은 반성과 사과의 말씀을 드린다", H, D, [ET], "criticism"),
  C("연료전지발전소의 안전성 문제, 환경문제, 집값 하락 등 재산상 불이익에 대한 구민 여러분의 우려와 불안감을 잘 알고 있다", H, D, [ET], "statement"),
  C("구민의 동의가 없으면 발전소 건설 인허가 등 행정절차를 진행하지 않겠다", H, D, [ET], "plan"),
  C("지난 17일 인천연료전지㈜에 동구 입장을 최종 통보했다", H, D, [ET], "achievement"),
  C("주거형태별, 계층별, 연령별로 공론화해 주민 전체 의사를 최대한 수렴하겠다", H, D, [ET, "citizen-participation"], "plan"),
  C("발전소 사업 추진을 전면 재검토할 것을 정부 등에 요구하겠다", H, D, [ET], "plan"),
 ],
 not_claims=["허인환 구청장 18일 기자회견 진행", "동구, 주민동의 없으면 행정절차 중단",
             "허인환 동구청장은 18일 인천시청 브리핑룸에서 기자회견을 열고 이같이 밝혔다",
             "앞서 두산건설은 2017년 6월 연료전지발전소 사업을",
             "남궁형 인천시의원 등과 기자회견을 하고 있다"])
J, D = "jin-gyo-hun", "2025-07-09"
SM = "small-merchants"
gold["me-02-seoul.txt"] = dict(
 metadata=dict(headline="서울 강서구, 공항동 먹자골목 등 골목형상점가 4곳 추가", published="2025-07-09T11:31+09:00",
               reporter="김주연", outlet="서울신문", jurisdiction="11500"),
 officials=[J],
 claims=[
  C("4곳을 골목형상점가로 추가 지정했다고 9일 밝혔다", None, D, [SM], "achievement"),
  C("이로써 강서구 골목형상점가는 종전 5곳에서 9곳으로 늘었다", None, D, [SM], "achievement"),
  C("지자체 지정을 통해 전통시장 수준의 지원을 받을 수 있는 구역이다", None, D, [SM], "statement"),
  C("온누리상품권 가맹등록도 가능해진다", None, D, [SM], "statement"),
  C("이번에 지정된 4곳은 각자 특색이 있는 상점가가 선정됐다", None, D, [SM], "statement"),
  C("골목상권 활성화와 소상공인 지원을 통해 지역경제를 살리고 주민과 함께 성장하는 강서구를 만들어 가겠다", J, D, [SM], "plan"),
 ],
 not_claims=["송정역 카페거리, 가양역 사거리 등 총 9곳",
             "공항동 먹자골목에는 음식점뿐만 아니라 노래방 등 즐길 거리가 모여 있고",
             "가양역 사거리는 학교와 아파트 단지가 인접해 상권 발전 가능성이 높다고 강서구는 설명했다"])
D = "2019-10-08"
gold["me-03-cunews.txt"] = dict(
 metadata=dict(headline="인천 미추홀구 뉴딜사업 2곳 선정", published="2019-10-08T21:18+09:00",
               reporter="김기공", outlet="연합시민의소리", jurisdiction="28177"),
 officials=["kim-jeong-sik"],
 claims=[
  C("용현2동과 도화1동 일원이 정부에서 지정한 도시재생 뉴딜사업지로 최종 선정됐다", None, D, [UR], "achievement"),
  C("미추홀 지역 원도심 재생사업에 본격적인 신호탄이 될 전망이다", None, D, [UR], "statement"),
  C("도화1동 수봉마을이 사업대상지로 최종 선정됐다고 8일 밝혔다", None, D, [UR], "achievement"),
  C("도시재생 뉴딜사업은 문재인 정부의 주요 국정과제 중 하나로서", None, D, [UR], "statement"),
  C("도시재생 전문가 자문과 인천도시공사와 협력을 통해 적합한 재생 방향을 설정했다", None, D, [UR], "achievement"),
  C("도시재생 전담조직을 신설하는 등 실현가능한 도시재생 사업의 기틀을 마련했다는 평가다", None, D, [UR], "achievement"),
  C("수봉마을 185억원이 투입될 예정이다", None, D, [UR], "plan"),
 ],
 not_claims=["카카오톡 네이버 밴드 공유",
             "옛 터미널 상권 쇠퇴와 공간단절로 구도심 낙후지역이고"])
D, DC = "2026-03-13", "dementia-care"
gold["me-04-heraldcorp.txt"] = dict(
 metadata=dict(headline=None, published="2026-03-13", reporter="박종일", outlet="헤럴드경제", jurisdiction="11620"),
 officials=["park-jun-hui"],
 claims=[
  C("구는 전국 최초 21개 전 동을 ‘치매안심마을’로 지정 완료했다", None, D, [DC], "achievement"),
  C("치매 환자와 가족이 안전한 일상을 보낼 수 있는 지역사회 기반의 치매 안전망을 구축하는 사업이다", None, D, [DC], "statement"),
  C("‘동(洞) 단위 통합 치매 관리체계’를 갖추게 됐다", None, D, [DC], "achievement"),
  C("‘치매안심노리터(老利攄)’를 총 8회에 거쳐 운영한다", None, D, [DC], "plan"),
  C("어르신의 인지를 자극하고 치매 예방을 도모한다", None, D, [DC], "statement"),
  C("상시 무료 치매(기억력) 검사를 병행해 치매 조기 검진과 치료, 예방에 힘쓴다", None, D, [DC], "statement"),
  C("정보통신기술(ICT) 체험 프로그램도 운영한다", None, D, [DC], "statement"),
 ],
 not_claims=["21개 전 동 통합 치매 관리 체계 갖춰 신규 4개 동에서 치매안심노리터 통해",
             "65세 이상 어르신 인구 비율은 전체 인구의 19.3%로 꾸준히 증가하는 추세를 보이고 있다"])
K, D = "kim-mi-gyeong", "2026-01-02"
gold["me-05-seoul.txt"] = dict(
 metadata=dict(headline=None, published="2026-01-02", reporter=None, outlet=None, jurisdiction="11380"),
 officials=[K],
 claims=[
  C("어르신 병원 동행 서비스 등 생애주기별 맞춤형 정책을 추진하겠다고 했다", K, D, ["welfare", "childcare-birth"], "plan"),
  C("GTX-A 개통 이후 주변 상권 활성화를 통해 머무는 공간으로의 변모", K, D, [SM, PT], "plan"),
  C("지역과 세계를 잇는 문화 교류 등을 추진하겠다고 덧붙였다", K, D, ["citizen-participation", CT], "plan"),
 ],
 not_claims=["구민의 삶 속으로 깊이 들어가겠다", "은평의 변화는 언제나 구민의 삶에서 출발했다",
             "구민의 삶 속에서 체감되는 변화를 완성해 나가겠다",
             "‘구민의 삶 속으로 뛰어드는 구정’을 최우선 과제로 제시했다",
             "서로 다른 삶이 존중받고, 누구나 자기 일상의 주인공이 되는 도시가 은평이 나아갈 방향",
             "‘특별함이 일상이 되는 은평’을 강조하기도 했다"])
D0, D1, DS = "2017-04-24", "2017-04-21", "disaster-safety"
gold["me-06-betanews.txt"] = dict(
 metadata=dict(headline="인천 남동구, 분야별 소래포구 살리기 나서", published="2017-04-24T21:50:51+09:00",
               reporter="김성옥", outlet=None, jurisdiction="28200"),
 officials=["jang-seok-hyeon"],
 claims=[
  C("근본적인 안전 대책과 부정적 이미지에 대한 쇄신이 요구되는 상황이다", None, D0, [DS, CT], "statement"),
  C("시 문화재자료(장도포대지) 지정해제 추진을 전개한다", None, D1, [CT], "plan"),
  C("소래포구 어시장 침수 예방 대책, ▲화재예방 대책을 수립해 실시한다", None, D1, [DS], "plan"),
  C("역수방지(후랩) 밸브 설치로 해수역류를 차단하", None, D1, [DS], "plan"),
 ],
 not_claims=["각 분야별 소래포구 살리기 계획을 수립하고 소래포구의 종합적 발전을 도모한다",
             "6개 대책반을 편성 운영하기로 했으며",
             "디자인 전문 인력을 활용해 소래포구역에서 소래포구 구간 도로변 경관을 개선하고"])
Y, D = "yoo-jeong-bok", "2023-02-01"
gold["me-07-edaily.txt"] = dict(
 metadata=dict(headline="유정복 “제물포 르네상스 성공해 미래도시 만들 것”", published="2023-02-01T15:51:46+09:00",
               reporter="이종일", outlet="이데일리", jurisdiction="28"),
 officials=[Y],
 claims=[
  C("원도심과 내항 중심의 문화·관광·산업이 융합되는 새로운 미래도시로 만들겠다", Y, D, [UR, CT], "plan"),
  C("제물포 르네상스는 원도심과 신도시 간 불균형을 해소하고 침체된 지역경제를 부활시키는 시작점이 될 것이다", Y, D, [UR], "statement"),
  C("제물포 르네상스 4대 전략과제의 세부계획을 수립할 방침이다", None, D, [UR], "plan"),
  C("프로젝트의 제도적 기반을 마련하기 위해 기본조례를 제정한다", None, D, [UR], "plan"),
  C("조례에는 사업 추진체계와 시민 소통을 위한 제물포 르네상스 위원회", None, D, [UR, "citizen-participation"], "plan"),
  C("4개 분야의 르네상스 전략과제를 발표했다", Y, D, [UR, CT], "plan"),
  C("원도심 어디서나 15분 내 접근 가능한 사람 중심의 교통체계를 구축할 계획이다", None, D, [UR, PT], "target"),
 ],
 not_claims=["유 시장은 이날 중구 자유공원 광장에서 ‘제물포 르네상스 프로젝트 추진계획 대시민 보고회’를 열고 이같이 말했다",
             "원도심 등 4개 분야 전략과제 제시", "유정복 인천시장, 대시민보고회 개최"])
P = "park-won-soon"
gold["me-08-hankyung.txt"] = dict(
 metadata=dict(headline="박원순 \"서울 모든 공공시설에 태양광… 에너지 생산도시로\"", published=None,
               reporter=None, outlet=None, jurisdiction="11"),
 officials=[P],
 claims=[
  C("서울을 에너지 소비도시에서 생산도시로 전환하겠다", P, None, [ET], "plan"),
  C("2022년까지 원전 1기 설비 용량에 해당하는 규모로 태양광 보급을 확대하겠다는", P, None, [ET], "target"),
  C("활용 가능한 모든 공공시설에 태양광을 설치하고 서울 곳곳에 태양광 랜드마크를 조성하겠다", P, None, [ET], "plan"),
  C("정부는 시민의 안전과 생명을 위해 이 두려움을 극복하고 전환할 책임이 있다", P, None, [ET], "plan"),
  C("4차 산업혁명에 걸맞게 태양광을 통한 신성장 동력 확보에 적극 나설 것", P, None, [ET], "plan"),
  C("전 세계 기업과 투자자, 연구원들이 몰려오게 될 것", P, None, [ET, "investment-attraction"], "statement"),
  C("직접 발전사업자가 돼 경제적 혜택도 가져간다면 서울은 명실공히 '태양의 도시'가 될 수 있다", P, None, [ET], "plan"),
  C("태양광이 조경 관점에서 보면 문제가 있는데, 서울시는 이것 역시 변화시키고자 한다", P, None, [ET], "plan"),
  C("사각형이 아닌 예쁘고 재미난 태양광 설비를 만들어 관광의 도시로 만들고 싶다", P, None, [ET, CT], "plan"),
  C("서울에서 어느 곳을 지나던 태양광은 우리의 일상이자 도시의 풍경이 될 것", P, None, [ET], "statement"),
  C("태양광을 통해 미세먼지와 온실가스 배출량을 줄여", P, None, [ET, "fine-dust", "climate-carbon"], "statement"),
 ],
 not_claims=["원전 관련 두려움 극복해야",
             "작년 경주 지진과 불과 일주일 전 포항 지진은 원전이 밀집해 있는 지역에 또 다른 두려움이 되고 있다"])
W = "yun-hwan"
gold["me-09-etnews.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="28245"),
 officials=[W],
 claims=[
  C("윤 구청장은 올해 구정운영 방향으로 △계양테크노밸리 첨단산업단지 조성", W, None, ["jobs", CT, "welfare"], "plan"),
  C("첨단 앵커기업 유치를 통해 10만개 이상 양질의 일자리를 창출하고", W, None, ["jobs", "investment-attraction"], "target"),
  C("어르신과 장애인을 위한 여가 및 교육 공간을 조성하고, 복합적인 경제·복지 거점으로 발전시키겠다고 밝혔다", W, None, ["welfare"], "plan"),
  C("서울지하철 2호선 연장안과 3기 신도시 철도망 구축안을 국가철도망 계획에 반영해", W, None, [PT], "plan"),
  C("4계절 축제를 통해 국제적인 관광지로 도약하겠다고 밝혔다", W, None, [CT], "plan"),
 ],
 not_claims=["첨단산업 발전과 경제자족도시 기반을 마련해 계양구의 지속 가능한 성장을 이끌겠다",
             "구민과 함께 비약적인 발전의 초석을 다져 나가겠다",
             "계양테크노밸리 첨단산업단지를 계양구의 최대 성과로 꼽으며",
             "계양-강화 고속도로와 양방향 이화IC 설치를 통해 교통 편의를 증대시킬 것",
             "효성동 등 지역 내 도로 개설을 완료해 촘촘한 교통 인프라를 구축하겠다고 강조했다",
             "윤 구청장은 교통 접근성을 높이기 위한 대규모 사업들도 추진 중이다"])
for name, g in gold.items():
    out = {"article": name, **g}
    (G / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(g["claims"]) for g in gold.values()), "claims")
