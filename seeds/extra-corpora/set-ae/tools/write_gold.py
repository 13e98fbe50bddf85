"""Writes gold/*.json for set-ae (hand annotation)."""
import json, os
G = {}
def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

# ae-01: Incheon city youth jobs plan (undated text; ~2018-01-29 by URL). Institutional narration only.
N = None
G["ae-01-kyeonggi.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28"},
 "officials": [],
 "claims": [
  c("청년일자리 창출을 위한 다양한 정책을 추진한다", N, N, ["jobs", "youth-policy"], "plan"),
  c("올해 시정 패러다임을 일자리 중심으로 전환하고", N, N, ["jobs"], "plan"),
  c("일자리 거버넌스를 운영하고 애인(愛仁) 일자리 추진단을 구성·운영한다", N, N, ["jobs"], "plan"),
  c("1군·구 1특화 일자리 창출 사업을 진행한다", N, N, ["jobs"], "plan"),
  c("특히 시는 올해 청년 일자리 창출을 위한 다양한 정책을 추진한다", N, N, ["jobs", "youth-policy"], "plan"),
  c("먼저 청년이 행복한 일자리 사업을 확대·강화한다", N, N, ["jobs", "youth-policy"], "plan"),
  c("취업촉진 및 역량강화를 위한 취업지원 사업을 확대하고자", N, N, ["jobs", "youth-policy"], "plan"),
  c("청년취업 안정화 및 장기근속을 위한 일자리여건 지원을 강화한다", N, N, ["jobs", "youth-policy", "labor-relations"], "plan"),
  c("청년사회진출 지원사업을 위한 창업재기펀드 375억원 조성", N, N, ["startup-support", "youth-policy", "jobs"], "plan"),
 ],
 "not_claims": [],
}

# ae-02: Goyang mayor Lee Dong-hwan at the World Smart City Expo (2023; no date line).
L = "lee-dong-hwan"
G["ae-02-maeil.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "김천만", "outlet": "매일일보", "jurisdiction": "41280"},
 "officials": [L],
 "claims": [
  c("고양형 스마트시티 조성 과정과 성과를 공유했다", L, N, ["smart-city"], "achievement"),
  c("스마트기술을 적용하여 지구온난화로 인한 이상기후와 재해로부터 시민들을 안전하게 지키고", L, N, ["smart-city", "climate-carbon", "disaster-safety"], "plan"),
  c("2023년 거점형 스마트도시 조성 사업(국토부 공모 사업)’을 추진하고 있다고 설명했다", L, N, ["smart-city", "fourth-industrial-revolution"], "statement"),
  c("‘도심 속 위(We) 스마트 통합하천’등 도시 경쟁력 확보를 위한 다양한 정책 실천과제를 추진하고 있다고 소개했다", L, N, ["smart-city", "fourth-industrial-revolution", "investment-attraction"], "statement"),
 ],
 "not_claims": [
  "이 시장 스마트시티 시장포럼에서 ‘스마트시티 도전과 극복’ 기조연설",
  "거점형 스마트 도시 사업, 경제자유구역, 통합하천정비사업 소개",
  "월드스마트시티엑스포 6일~8일 개최…320개사 신기술·우수사례 선보여",
  "전 세계 스마트시티 리더와 신기술이 한자리에 모이는 ‘월드 스마트시티 엑스포(WSCE)’가 9월 6일부터 8일까지 일산 킨텍스에서 개최됐다",
  "국내외 주요 인사들과 함께 개막식에 참석했다",
 ],
}

# ae-03: Gangwon-Chungbuk-Jeonbuk hydrogen MOU (undated; 최문순 as governor).
C = "choi-moon-soon"
G["ae-03-kado.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "김호석·이세훈", "outlet": "강원도민일보", "jurisdiction": "42"},
 "officials": [C, "lee-si-jong", "song-ha-jin"],
 "claims": [
  c("3개 도가 대한민국 수소경제를 선도하기 위해 손을 잡았다", N, N, ["energy-transition"], "achievement"),
  c("강호축 지역의 수소경제 특화 및 클러스터 구축을 위한 업무협약(MOU)을 맺었다", N, N, ["energy-transition"], "achievement"),
  c("강호축이 역량을 결집,수소경제를 선도해 나가기로 했다", N, N, ["energy-transition"], "plan"),
  c("실증사업에 참여,수소 저장·운송분야를 신청했다", N, N, ["energy-transition"], "achievement"),
  c("충북은 ‘수소 모빌리티 분야’,전북은 ‘수소 생산’ 분야에 각각 신청", N, N, ["energy-transition", "future-vehicles"], "statement"),
  c("이번 공모사업은 산업통상자원부 심의를 거쳐 내달 최종 선정되면 예타 조사 용역비 2억원을 확보하게 된다", N, N, ["energy-transition"], "statement"),
  c("이번 MOU는 3개 자치단체가 자발적·구체적·주체적으로 준비하면서 협약을 체결했다는 점에 큰 의미가 있다", C, N, ["energy-transition"], "achievement"),
  c("강원도도 열심히 따라가 우리가 맡은 역할에 뒤쳐지지 않도록 하겠다", C, N, ["energy-transition"], "plan"),
 ],
 "not_claims": [
  "수소경제 특화 클러스터 구축 MOU",
  "도 대학 연계 수소저장·운송 담당",
 ],
}

# ae-04: Wonju Sogeumsan suspension bridge visitors (undated; ~2018-02).
W = "won-chang-muk"
G["ae-04-gwdisability.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "강원장애인복지신문", "jurisdiction": "42130"},
 "officials": [W],
 "claims": [
  c("설 연휴 기간 관광객 몰이에 성공하며 호황을 누렸다", N, N, ["culture-tourism"], "achievement"),
  c("사흘의 설 연휴 기간 출렁다리를 찾은 관광객은 3만7000여명", N, N, ["culture-tourism"], "achievement"),
  c("15일 7천900명, 16일 1만명, 17일 1만2000명, 18일 8천700명이 각각 방문했다", N, N, ["culture-tourism"], "achievement"),
  c("최소 2배 이상 되는 인파가 몰린 것이다", N, N, ["culture-tourism"], "achievement"),
  c("지난달 11일 개통한 출렁다리는 지난 18일까지 총 24만7000여명이 방문해", N, N, ["culture-tourism"], "achievement"),
  c("짚라인, 하늘정원, 지역 농산물 먹거리 단지를 추가 조성하고 간현관광지 전체부지 규모를 확대할 계획", W, N, ["culture-tourism", "agriculture"], "plan"),
  c("소금산의 두 봉우리를 잇고 있으며 길이 200m, 높이 100m, 폭 1.5m로 설계됐다", N, N, ["culture-tourism"], "statement"),
 ],
 "not_claims": [],
}

# ae-05: Incheon Jung-gu head Hong In-seong, 2nd-anniversary interview (2020-06-29).
H = "hong-in-seong"; D5 = "2020-06-29"
G["ae-05-jeonmae.txt"] = {
 "metadata": {"headline": "취임 2주년 홍인성 인천 중구청장(Ⅲ) “원도심 도시재생·주민 정주여건 개선 역점 추진”",
              "published": "2020-06-29T09:52+09:00", "reporter": "정원근", "outlet": "전국매일신문", "jurisdiction": "28110"},
 "officials": [H],
 "claims": [
  c("원도심은 도시재생사업을 역점적으로 추진하고 있다", H, D5, ["urban-regeneration"], "statement"),
  c("‘전동 웃터골 더불어마을’이 공모에 선정돼 사업을 추진하고 있다", H, D5, ["urban-regeneration"], "achievement"),
  c("주민참여를 통한 마을 재생사업을 추진하고 있다", N, D5, ["urban-regeneration", "housing", "jobs", "citizen-participation"], "statement"),
  c("구는 작년 도시재생대학을 열었고 주민협의체를 구성해 운영 중인 가운데 현장지원센터도 개소했다", N, D5, ["urban-regeneration"], "achievement"),
  c("올해는 세대공감 지원센터를 착공하고 집수리 지원사업을 추진할 예정이며", N, D5, ["urban-regeneration", "housing"], "plan"),
 ],
 "not_claims": [
  "원도심 도시재생·주민 정주여건 개선 역점 추진",
  "원도심과 신도시의 균형발전이 중요하다",
  "주민협의체 구성 등 주민참여 통한 마을 재생 진행",
  "주민자립기반 확보로 지속가능 주거재생 마을 조성",
 ],
}

# ae-06: Seodaemun-gu energy self-sufficient villages (2016-04-01).
M = "mun-seok-jin"; D6 = "2016-04-01"
G["ae-06-womannews.txt"] = {
 "metadata": {"headline": "서대문구, 에너지 자립마을 확대로 친환경 도시 성큼", "published": "2016-04-01T08:48+09:00",
              "reporter": "이경문", "outlet": "여성종합뉴스", "jurisdiction": "11410"},
 "officials": [M],
 "claims": [
  c("관내 6곳이 신규 선정됐다고 밝혔다", N, D6, ["energy-transition"], "achievement"),
  c("11곳으로 늘게 됐는데 이는 서울시 자치구 중 가장 많은 수다", N, D6, ["energy-transition"], "achievement"),
  c("주민의 자발적 에너지 절약을 통해 마을 에너지 자립도를 높이고", N, D6, ["energy-transition"], "statement"),
  c("새롭게 진행할 사업 제안에서 좋은 평가를 받았다", N, D6, ["energy-transition", "citizen-participation"], "achievement"),
  c("3년간 서울시로부터 지원을 받아 ▲LED전등교체", N, D6, ["energy-transition"], "plan"),
  c("다양한 방법으로 에너지 자립마을을 지원할 계획이다", N, D6, ["energy-transition"], "plan"),
  c("이번 선정을 계기로 서대문구가 녹색환경을 선도하는 친환경 도시의 면모를 갖춰 나가도록 더욱 힘쓰겠다", M, D6, ["energy-transition"], "plan"),
 ],
 "not_claims": [
  "서대문구, 에너지 자립마을 확대로 친환경 도시 성큼",
 ],
}

# ae-07: Hwacheon county population drive (2015-05-06). 최문순 here is the county head (choi-mun-sun), not the governor.
G["ae-07-reporternside.txt"] = {
 "metadata": {"headline": "화천군에 오시면 아이가 생깁니다.", "published": "2015-05-06", "reporter": None, "outlet": None, "jurisdiction": "42790"},
 "officials": ["choi-mun-sun"],
 "claims": [
  c("군(軍)의 군민화 운동 추진, 각종 귀농정책, 우수교육 기반 도입 등의 총체적 노력을 강화했다", N, "2015-05-06", ["agriculture", "education"], "achievement"),
 ],
 "not_claims": [
  "화천군에 오시면 아이가 생깁니다.",
  "화천군“인구증가”를 위해 전 군민이 팔을 걷어부치고 나서",
  "인구 증가 범군민 결의대회‘를 개최한다",
  "결의문 채택 순으로 진행하게 되고",
  "23년 만에 군민 2만 7천명 회복의 쾌거를 달성했다",
  "최문순 화천군수 취임 후 인구증가를 위한 군(軍)과 관 간의 특단의 대책 마련으로",
 ],
}

# ae-08: Gyeonggi governor Kim Dong-yeon at the 2025 Clean Air forum (no date line).
K = "kim-dong-yeon"
G["ae-08-wowtv.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "정진욱", "outlet": None, "jurisdiction": "41"},
 "officials": [K],
 "claims": [
  c("경기도가 국제사회와 기후 위기 공동 대응에 나섰다", N, N, ["climate-carbon"], "statement"),
  c("대한민국 최초로 공공부문 RE100을 올해 말까지 달성할 것", K, N, ["energy-transition"], "target"),
  c("기후 행동 기회 소득을 통해 150만 명 이상이 참여했고", K, N, ["climate-carbon"], "achievement"),
  c("경기기후 위성은 11월 발사를 준비 중이며, 기후 펀드는 발전소 후보지를 확정했다", K, N, ["climate-carbon"], "achievement"),
  c("기후보험은 6,500건의 보험금을 지급해 91%가 기후 취약계층에 돌아갔다", K, N, ["climate-carbon", "welfare"], "achievement"),
  c("경기도는 지난 3년간 흔들림 없이 기후 위기 대응을 견인해왔다", K, N, ["climate-carbon"], "achievement"),
  c("RE100 경험과 데이터를 중앙정부와 국제사회와 공유해 세계 기후 행동을 이끌겠다", K, N, ["climate-carbon", "energy-transition"], "plan"),
 ],
 "not_claims": [
  "‘2025 청정대기 국제포럼’을 열고 대기환경 개선과 기후 위기 대응을 위한 협력의 장을 마련했다",
  "동아시아 7개국 지방정부, 도민·청소년 등이 참석했다",
  "맑은 공기를 담은 풍선을 미래세대에게 전달하는 퍼포먼스가 진행됐다",
  "대기오염 감축 세션, 청소년 기후소송 특별강연, 미세먼지 사진전 등이 열린다",
 ],
}

# ae-09: Yangpyeong county head Jeon Jin-seon, 2026 New Year address (page date 2025-12-31).
J = "jeon-jin-seon"; D9 = "2025-12-31"
G["ae-09-ohmynews.txt"] = {
 "metadata": {"headline": None, "published": "2025-12-31", "reporter": None, "outlet": None, "jurisdiction": "41830"},
 "officials": [J],
 "claims": [
  c("양평사랑상품권 등 지역화폐 발행을 확대하고 소상공인과 중소기업에 실질적인 지원을 하겠다", J, D9, ["small-merchants"], "plan"),
  c("군민안전보험과 재난대책본부 운영, 민관 합동 안전점검으로 국가재난과 일상의 위험 요소를 선제적으로 관리하겠다", J, D9, ["disaster-safety"], "plan"),
  c("경의중앙선 전철 지평원주 연장, 용문양평 고속도로 건설", J, D9, ["public-transit"], "plan"),
  c("군민의 이동 편의와 지역 경쟁력을 함께 높이겠다", J, D9, ["public-transit"], "plan"),
  c("관광 분야에서는 남한강 관광벨트와 서부권 관광벨트 구축을 강조했다", J, D9, ["culture-tourism"], "plan"),
  c("물안개공원 출렁다리와 갈산공원 보행자 데크를 조성해 남한강 관광벨트를 완성하고", J, D9, ["culture-tourism"], "plan"),
  c("세미원과 두물머리 국가정원 지정을 앞당기고", J, D9, ["culture-tourism"], "plan"),
  c("전 군수는 환경과 청년 정책을 미래도시의 핵심으로", J, D9, ["youth-policy"], "plan"),
 ],
 "not_claims": [
  "희망과 감동이 흐르는 매력양평이 목표",
  "민선 8기 동안 준비해온 정책과 사업을 성과로 완성하겠다",
  "전 군수는 먼저 민생경제 회복을 최우선 과제로 언급했다",
 ],
}

os.makedirs('/work/blind/set-ae/gold', exist_ok=True)
total = 0
for name, g in G.items():
    out = {"article": name, **g}
    total += len(g["claims"])
    with open(f'/work/blind/set-ae/gold/{name}.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", total)
