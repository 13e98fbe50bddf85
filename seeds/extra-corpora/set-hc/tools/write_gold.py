"""Writes gold/*.json for set-hc (hand annotation; data below)."""
import json, os
D = os.path.join(os.path.dirname(__file__), "..", "gold")
os.makedirs(D, exist_ok=True)
def C(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
G = {}
PN, d = "park-nam-chun", "2020-12-16"
G["hc-01-kyeongin.txt"] = dict(
 metadata=dict(headline="박남춘 인천시장 \"조속히 영종 국립종합병원 가시적 성과 낼것\"", published="2020-12-17", reporter="김민재", outlet="경인일보", jurisdiction="28"),
 officials=[PN],
 claims=[
  C("조속한 시일 내에 영종국제도시 국립종합병원 유치의 가시적인 성과가 나타날 수 있도록 노력하겠다", PN, d, ["public-health"], "plan"),
  C("최근 감염병의 확산으로 관문 도시인 영종도에 의료 인프라를 개선해야 한다는 요구가 높은 상황이지만", None, "2020-12-17", ["public-health"], "statement"),
  C("300병상 규모의 국립종합병원 건립이 필요하다고 조사됐다", PN, d, ["public-health"], "statement"),
  C("지난 9일 수도권 방역 회의에서 대통령에게 이를 적극 검토해 달라고 건의했고, 정부부처와 긴밀하게 협의하겠다", PN, d, ["public-health"], "plan"),
  C("인천의료원 기능보강과 지역 거점 공공보건의료기관 육성에 중점을 두고", PN, d, ["public-health"], "plan"),
 ],
 not_claims=["시의회 정례회서 밝혀…공항철도, 9호선 직결·이중요금제 해결도 강조",
  "의원들의 시정질문에 대해 답변하고 있다",
  "인천국제공항이 있는 영종도는 종합병원이 없는 상황이라",
  "영종국제도시 종합병원 건립 추진 계획에 대한 조광휘 의원의 질문에 이같이 답했다"])
PY, d = "park-yong-cheol", "2025-02-21"
G["hc-02-newsstep.txt"] = dict(
 metadata=dict(headline="‘밥맛 좋기로 소문난 강화섬쌀의 비법’ 강화군, 농가 지원으로 명품 강화섬쌀 이끈다", published="2025-02-21T12:40:34+09:00", reporter="최선경", outlet="뉴스스텝", jurisdiction="28710"),
 officials=[PY],
 claims=[
  C("강화군이 강화섬쌀의 안정적인 고품질 생산 여건을 조성하고 농가 부담을 해소하기 위해 다양한 지원 사업을 추진한다", None, d, ["agriculture"], "plan"),
  C("군은 강화섬쌀 재배 농가를 대상으로 벼농사에 꼭 필요한 재료인", None, d, ["agriculture"], "statement"),
  C("이양기 육묘상자는 구입금액의 60%, 개량물꼬는 80%까지 지원받을 수 있다", None, d, ["agriculture"], "statement"),
  C("육묘상자는 1,000㎡당 30개, 개량물꼬는 1필지당 1조를 지원한다", None, d, ["agriculture"], "statement"),
  C("군에서 선정한 6종의 약제 가운데 농가에서 원하는 약제를 신청할 수 있다", None, d, ["agriculture"], "statement"),
  C("1ha당 최고 45,000원 한도로 약제 가격의 50%를 지원한다", None, d, ["agriculture"], "statement"),
  C("관외 농지 및 친환경 재배지는 지원에서 제외된다", None, d, ["agriculture"], "statement"),
  C("지원대상은 강화군에 주소를 두며 농업경영체를 등록하고 벼를 재배하는 농업인이다", None, d, ["agriculture"], "statement"),
  C("개량물꼬의 신청기간은 2월 28일까지이며", None, d, ["agriculture"], "statement"),
  C("통해 진행된다", None, d, ["agriculture"], "statement"),
  C("벼농사에 종사하시는 농업인들이", PY, d, ["agriculture"], "statement"),
  C("강화섬쌀을 생산하고 판매하는 일에 보다 나은 환경을 만들어 나가겠다", PY, d, ["agriculture"], "plan"),
 ],
 not_claims=["육묘상자, 개량물꼬, 병해충 약제 등 벼농사 필수품 지원",
  "사전방제 효과가 높은 육묘상자 처리제이다"])
d = "2025-12-08"
G["hc-03-siminilbo.txt"] = dict(
 metadata=dict(headline="인천시 연수구, 내년 3월까지 ‘미세먼지 계절관리제’ 시행", published="2025-12-08T17:20:22+09:00", reporter="문찬식", outlet="시민일보", jurisdiction="28185"),
 officials=["lee-jae-ho"],
 claims=[
  C("고농도 미세먼지 발생에 대응하기 위한 ‘7차 미세먼지 계절관리제’를 시행한다", None, d, ["fine-dust"], "plan"),
  C("강화된 미세먼지 저감 조치를 해 고농도 미세먼지 발생의 강도와 빈도를 낮추는 집중 관리 대책이다", None, d, ["fine-dust"], "statement"),
  C("구는 2025년 한 해 동안 날림 먼지 발생사업장 약 534곳을 점검해", None, d, ["fine-dust"], "achievement"),
  C("1사1도로 클린관리제 등을 추진할 계획이다", None, d, ["fine-dust"], "plan"),
  C("실내 공기질 집중 점검과 관리를 강화하며", None, d, ["fine-dust"], "plan"),
  C("다양한 접근과 선제 대응을 지속적으로 추진해 나갈 예정이다", None, d, ["fine-dust"], "plan"),
  C("구민들에게 미세먼지 없는, 건강하고 깨끗한 공기질 제공을 위해 꾸준히 노력하겠다", None, d, ["fine-dust"], "plan"),
 ],
 not_claims=["이달부터 강화된 미세먼지 저감 조치로 집중 관리", "배출 사업장 단속, 1사1도로 클린관리제 등 추진"])
d = "2017-09-18"
G["hc-04-ajunews.txt"] = dict(
 metadata=dict(headline="[아주동영상] 세운상가 50년 만에 '새단장'…'박원순표 도시재생' 모습 드러내", published="2017-09-18T13:58+09:00", reporter=None, outlet="아주경제", jurisdiction="11"),
 officials=["park-won-soon"],
 claims=[
  C("‘박원순표 도시재생’이 모습을 드러낸다", None, d, ["urban-regeneration"], "achievement"),
  C("서울시는 19일 세운상가 도시재생 사업인 ‘다시 세운 프로젝트’ 공사를 마치고", None, d, ["urban-regeneration"], "achievement"),
  C("박원순표 도시재생의 핵심은 ‘존치’다", None, d, ["urban-regeneration"], "statement"),
  C("이번에 문을 여는 구간은 종묘부터 대림상가에 이르는 지역을 보행로로 연결했다", None, d, ["urban-regeneration"], "achievement"),
  C("낡은 콘크리트 계단도 유리창을 통해 그대로 드러냈다", None, d, ["urban-regeneration"], "statement"),
  C("시는 상가를 유지하면서 재생하는 방향으로 개발을 결정했다", None, d, ["urban-regeneration"], "achievement"),
  C("4차 산업혁명 거점으로 만든다는 목표 아래", None, d, ["urban-regeneration", "fourth-industrial-revolution"], "achievement"),
  C("500m 길이의 보행데크가 들어선다", None, d, ["urban-regeneration"], "statement"),
  C("데크는 주변 지역과 세운상가가 이어지도록 조성됐다", None, d, ["urban-regeneration"], "achievement"),
  C("초록띠공원은 복합문화공간인 ‘다시세운광장’으로 탈바꿈했다", None, d, ["urban-regeneration", "culture-tourism"], "achievement"),
  C("광장 지하에는 다목적홀과 문화재 전시관이 조성돼", None, d, ["urban-regeneration", "culture-tourism"], "achievement"),
 ],
 not_claims=["19일 ‘다시 세운 프로젝트’ 조성 마치고 시민 공개", "낙원상가·장안평 도시재생도 탄력받을 듯",
  "1970년대 후반 강남이 개발되면서 상권이 이동하자 쇠퇴의 길을 걸었다"])
JW, d = "jeong-won-o", "2024-01-01"
G["hc-05-asiatoday.txt"] = dict(
 metadata=dict(headline="[2024 신년사] 정원오 성동구청장 “스마트 기술 바탕으로 변화 대응력 높이겠다”", published="2024-01-01T14:44+09:00", reporter="김소영", outlet=None, jurisdiction="11200"),
 officials=[JW],
 claims=[
  C("스마트 기술을 바탕으로 도시의 포용성을 강화해 변화 대응력을 높이겠다", JW, d, ["smart-city"], "plan"),
  C("GTX-C노선의 왕십리역 신설 확정", None, d, ["public-transit"], "achievement"),
  C("성동구는 '스마트포용도시'를 표방하며", JW, d, ["smart-city"], "statement"),
 ],
 not_claims=["정 구청장은 서울시 25개 자치구 중 유일한 3선 구청장이다",
  "505개의 구민들과의 약속 중 472개를 실천했으며",
  "행복한 포용의 도시를 향해 온 구정역량을 집중하고자 한다",
  "'살기 좋은 동네'라는 타이틀을 거머쥐고 있다"])
LG, d = "lee-gang-ho", "2021-05-10"
G["hc-06-shinailbo.txt"] = dict(
 metadata=dict(headline="남동, 중소기업 맞춤형 지원 일자리 창출 ‘주력’", published="2021-05-10T13:59+09:00", reporter="박주용", outlet="신아일보", jurisdiction="28200"),
 officials=[LG],
 claims=[
  C("‘중소기업 맞춤형 성장 프로젝트’를 통해 양질의 일자리 창출에 주력하고 있다고 10일 밝혔다", None, d, ["jobs"], "statement"),
  C("일자리 매니저가 중소기업을 방문해 문제를 진단하고", None, d, ["jobs"], "statement"),
  C("한 달간 44건의 방문상담과 243건의 지원사업 홍보 등을 수행했다", None, d, ["jobs"], "achievement"),
  C("기업지원 안내책자 및 성공사례책자 배포 등이 주요 내용이다", None, d, ["jobs"], "statement"),
  C("스마트제조 핵심인재 양성과정을 수료한 인재를 남동산단 구인기업에 매칭 할 예정이다", None, d, ["jobs", "fourth-industrial-revolution"], "plan"),
  C("중소기업이 스스로 성장해 양질의 고용창출을 일궈내는 것이 목표", LG, d, ["jobs"], "plan"),
  C("구민에게 양질의 일자리를 제공하는데 최선을 다하겠다", LG, d, ["jobs"], "plan"),
 ],
 not_claims=["44건 방문상담·243건 지원사업 홍보"])
JH, d = "jo-hui-yeon", "2022-09-26"
G["hc-07-fnnews.txt"] = dict(
 metadata=dict(headline="내년 3월부터 서울 초등돌봄교실 간식 무상으로", published="2022-09-26T18:14+09:00", reporter="윤홍집", outlet="파이낸셜뉴스", jurisdiction="11"),
 officials=[JH],
 claims=[
  C("서울시교육청에서 기자간담회를 열고 이같이 밝혔다", JH, d, ["childcare-birth", "education"], "plan"),
  C("무상 간식은 오후 5시까지 돌봄에 참여하는 학생에게는 1회 제공되고", None, d, ["childcare-birth", "education"], "plan"),
  C("전국 최초로 내년 3월부터 초등돌봄교실 모든 학생에게 무상으로 간식을 지원하고자 한다", JH, d, ["childcare-birth", "education"], "plan"),
  C("미래저향적인 공존의 접점을 찾는 기구가 되길 소망한다", JH, d, ["education"], "statement"),
  C("실제로 그렇지 못한 점이 있는듯 하다", JH, d, ["education"], "criticism"),
  C("22세기를 살아갈 아이들에게 무엇이 좋은지에 대해 개방적 자세로 논의해야 한다", JH, d, ["education"], "plan"),
  C("지방교육재정교부금 개편과 관련해선 우려를 표했다", JH, d, ["education"], "criticism"),
  C("유·초·중등교육 투자를 축소하는 것은 아랫돌을 빼서 윗돌을 괴는 결과인데", JH, d, ["education"], "criticism"),
 ],
 not_claims=[])
YH, d = "yun-hwan", "2025-11-25"
G["hc-08-getnews.txt"] = dict(
 metadata=dict(headline="윤환 계구청장 2026 구정 청사진 발표…“지속 가능한 계양 완성”", published="2025-11-25", reporter="강양규", outlet=None, jurisdiction="28245"),
 officials=[YH],
 claims=[
  C("3기 신도시 교통 대안을 S-BRT(간선급행버스체계)에서 ‘대장홍대선 철도’로 전환한 점", YH, d, ["public-transit", "culture-tourism"], "achievement"),
  C("△계양아라온 국제 관광지화 △원도심 재생 및 균형 발전 가속화", YH, d, ["culture-tourism", "urban-regeneration", "disaster-safety"], "plan"),
 ],
 not_claims=["민선 8기 출범 이후 숨 가쁘게 달려온 3년이었다",
  "광역소각장, 계양–강화 고속도로 등 주요 현안들을 언급하며",
  "지난 3년간 계양은 괄목할 만한 성과를 거뒀다",
  "오직 계양의 발전만을 생각하며 구민과 함께 희망찬 도전을 이어가겠다"])
PW = "park-won-soon"
G["hc-09-opengov.txt"] = dict(
 metadata=dict(headline="[기자회견전문] 청년정책 관련 서울시 입장", published=None, reporter=None, outlet="내 손안에 서울", jurisdiction="11"),
 officials=[PW],
 claims=[
  C("서울시청년활동지원사업은 이런 심각한 청년문제를 해결하기 위한 시범사업일 뿐입니다", PW, None, ["youth-policy"], "statement"),
  C("서울시 1년 예산의 0.03%에 불과한 90억 원이 투입됐습니다", PW, None, ["youth-policy"], "statement"),
  C("정부가 지난 4일 서울시의 청년수당 정책의 추진을 직권취소했습니다", PW, None, ["youth-policy"], "statement"),
  C("이제 서울시가 할 수 있는 일은 대법원에 소송을 제기하는 일입니다", PW, None, ["youth-policy"], "statement"),
  C("8조가 넘는 돈을 청년 일자리 예산으로 투입했고", PW, None, ["jobs", "youth-policy"], "statement"),
  C("그런데 중앙정부의 정책은 큰 효과를 보지 못하고 있습니다", PW, None, ["jobs", "youth-policy"], "criticism"),
 ],
 not_claims=["저는 오늘 청년수당이 아니라, 대한민국의 미래를 위해 이 자리에 섰습니다",
  "청년세대는 부모세대보다 가난한 첫 번째 세대가 될 것입니다",
  "중앙정부와 지방정부가 다른 문제도 아닌 청년문제로 법정에 서는 방법은 최선이 아닙니다",
  "대화와 토론으로 미래를 준비하는 해결책을 함께 찾자는 제안을 드리고자 합니다"])
for name, g in G.items():
    out = {"article": name, **g}
    with open(os.path.join(D, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
