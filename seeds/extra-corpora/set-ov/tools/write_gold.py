"""Writes gold/*.json for set-ov (hand annotation; see GOLD_NOTES.md)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(D, exist_ok=True)

def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

G = {}

# 1 의령군 귀농귀촌 (뉴스핌)
d = "2025-12-15"
G["ov-01-newspim.txt"] = {
 "metadata": {"headline": "오태완 의령군수 \"경남도내 중장년 귀농 유입 경남 3위\"", "published": "2025-12-15T11:10+09:00",
              "reporter": "남경문", "outlet": "뉴스핌", "jurisdiction": "48720"},
 "officials": ["oh-tae-wan"],
 "claims": [
  c("경남 의령군은 중장년층 귀농귀촌 유입이 뚜렷한 증가세를 보이고 있다고 15일 밝혔다", None, d, ["agriculture"], "achievement"),
  c("중장년 순유입 88가구를 달성하며 귀농귀촌 대표 정착지로 부상했다", None, d, ["agriculture"], "achievement"),
  c("귀농·귀촌 통계도 이를 확인한다.", None, d, ["agriculture"], "statement"),
  c("2024년 1161세대, 2023년 813세대가 유입됐고", None, d, ["agriculture"], "achievement"),
  c("두 해 연속 50~60대가 핵심 전입층으로 나타났다", None, d, ["agriculture"], "statement"),
  c("군수은 귀농 초기 부담 완화를 위해 지원 정책을 확대 중", "oh-tae-wan", d, ["agriculture"], "statement"),
  c("'귀농창업자금 지원사업'으로 연 2% 저리로 창업·기반 구축 비용을 지원한다", None, d, ["agriculture", "startup-support"], "statement"),
  c("'귀농정착지원사업'은 농기계·시설 구축, 컨설팅, 자격증 취득 비용을 지원하며", None, d, ["agriculture"], "statement"),
  c("이 정책들은 정착 불확실성을 줄이고 소득 기반을 마련한", None, d, ["agriculture"], "statement"),
 ],
 "not_claims": ["오태완 의령군수 \"경남도내 중장년 귀농 유입 경남 3위\"", "귀농지원정책으로 정착 안정성",
                "귀농한 김정엽 씨가 본인이 직접 농사 지은 친환경 쌀을 소개하고 있다",
                "군은 경남 지리적 중심에 위치해 부산·대구 접근성이 우수하고",
                "중장년 요구와 부합해 매력적 정착지로 평가된다"],
}

# 2 천안 성환 혁신지구 (서울신문 지면 없음: outlet null)
d = "2025-09-05"
G["ov-02-seoul.txt"] = {
 "metadata": {"headline": None, "published": "2025-09-05", "reporter": None, "outlet": None, "jurisdiction": "44130"},
 "officials": ["kim-seok-pil"],
 "claims": [
  c("오는 2031년까지 연구개발, 창업지원, 주거, 상업 등 북부 생활권 균형발전을 이끄는 지역혁신거점으로 탈바꿈한다", None, d,
    ["urban-regeneration", "research-development", "startup-support"], "plan"),
  c("천안시는 성환 혁신지구가 국토교통부 2025년 도시재생 혁신지구 국가시범지구 사업 대상으로 선정됐다고 5일 밝혔다", None, d, ["urban-regeneration"], "achievement"),
  c("혁신지구 도시재생사업은 공공 주도 지역 혁신 거점을 조성해", None, d, ["urban-regeneration"], "statement"),
  c("도시재생 혁신지구로 계획하고 2023년 국토부 국가시범지구 공모에 신청했다", None, d, ["urban-regeneration"], "statement"),
  c("국가시범지구로 선정됨에 따라 시는 최대 국비 250억 원과", None, d, ["urban-regeneration"], "achievement"),
  c("도시재생리츠(REITs)를 설립하고 성환 이화시장 일대 3만 1209㎡에 2031년까지 총사업비 2952억 원을 투입한다", None, d, ["urban-regeneration"], "plan"),
  c("산학협력센터와 창업지원센터 등을 조성해 스타트업 기업 인큐베이팅", None, d,
    ["urban-regeneration", "research-development", "startup-support"], "plan"),
  c("기반시설 조성과 상권 활성화를 위해 도시재생활성화계획도 수립한다", None, d, ["urban-regeneration", "small-merchants"], "plan"),
  c("성환 혁신지구를 미래 모빌리티", "kim-seok-pil", d, ["urban-regeneration", "future-vehicles"], "plan"),
 ],
 "not_claims": ["충남 천안 성환 혁신지구 도시재생사업 구상안. 천안시 제공",
                "성환 이화시장 주변은 과거 천안 북부의 중심 상권이었지만"],
}

# 3 충남 김태흠 농업 특강
d = "2024-03-12"
G["ov-03-kukinews.txt"] = {
 "metadata": {"headline": "김태흠 지사 “스마트팜·연금제로 ‘돈 되는 쎈농’ 나아가야 ”", "published": "2024-03-12T14:23+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "44"},
 "officials": ["kim-tae-heum"],
 "claims": [
  c("스마트팜 조성 등 민선 8기 농정 핵심 과제를 성공적으로 달성하고 새로운 농업혁명을 함께 주도하자는 의미로 마련했다", None, d, ["agriculture"], "statement"),
  c("60, 70년대 최고의 국정과제는 보릿고개 극복과 쌀의 자급으로", "kim-tae-heum", d, ["agriculture"], "achievement"),
  c("스마트팜으로 대표되는 새로운 농업혁명을 이끌어 갈 사람들", "kim-tae-heum", d, ["agriculture"], "statement"),
  c("한국과 네덜란드의 격차는 기술력, 국민성의 차이가 아니라 구조와 시스템 차이", "kim-tae-heum", d, ["agriculture"], "statement"),
  c("농업에서 연 5000만 원 이상 소득을 올릴 수 있는 ‘돈 되는 농업’, ‘미래산업 농업’으로 재구조화가 필요하다", "kim-tae-heum", d, ["agriculture"], "plan"),
  c("이어 김 지사는 재구조화 방안으로 △스마트팜을 통한 소", "kim-tae-heum", d, ["agriculture"], "plan"),
 ],
 "not_claims": ["김태흠 지사 “스마트팜·연금제로 ‘돈 되는 쎈농’ 나아가야 ”",
                "12일 충남도 농업기술원서 특강…'미래농업' 도정 철학 공유",
                "김태흠 충남지사가 12일 도 농업기술원 대강당에서 ‘농업기술원 도지사 특강’에 나서고 있다",
                "김태흠 지사의 도정 철학을 공유하고 소통하는 시간을 가졌다"],
}

# 4 세종 이응패스 (세종타임즈)
d = "2024-08-08"
G["ov-04-sejongtimes.txt"] = {
 "metadata": {"headline": "세종시, 신개념 대중교통 이용권 '이응패스' 사전 카드발급 시작", "published": "2024-08-08T07:35+09:00",
              "reporter": "이정욱", "outlet": "세종타임즈", "jurisdiction": "36"},
 "officials": ["choi-min-ho"],
 "claims": [
  c("정액권 형태의 신개념 대중교통 이용권인 '이응패스' 카드발급 시작 첫날인 8일", None, d, ["public-transit"], "statement"),
  c("세종시는 오는 9월 10일 이응패스를 도입하기에 앞서 이날부터 사전 카드발급을 시작했다", None, d, ["public-transit"], "achievement"),
  c("이응패스를 이용하기 위해서는 이응카드를 먼저 발급받아야 하며", None, d, ["public-transit"], "statement"),
  c("특히 8일과 9일 양일간은 오후 6시까지 각 읍면동사무소에", None, d, ["public-transit"], "statement"),
  c("찾아가는 이응카드 발급을 진행할 예정이다", None, d, ["public-transit"], "plan"),
  c("월 2만원으로 최대 5만원까지 대중교통을 이용할 수 있게 된다", None, d, ["public-transit"], "plan"),
  c("세종시 내 간선급행버스, 시내버스, 이응버스와 두루타 등 수요응답형버스", None, d, ["public-transit"], "statement"),
  c("이응패스는 시민을 위한 대중교통 중심도시 세종시로 나아가는 발판", "choi-min-ho", d, ["public-transit"], "statement"),
 ],
 "not_claims": ["세종시, 신개념 대중교통 이용권 '이응패스' 사전 카드발급 시작",
                "최민호 시장, 첫날 이응카드 1호 발급 신청 완료",
                "직접 이응카드 발급 신청서를 작성하고 신청을 완료했다"],
}

# 5 서병수 신공항 (undated)
G["ov-05-cnbnews.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "26"},
 "officials": ["suh-byung-soo"],
 "claims": [
  c("영남권 신공항 건설을 전면 백지화하고 김해공항을 확장해 사용하는 것으로 확정 발표했다", None, None, ["airport-relocation"], "statement"),
  c("용역의 취지에 명백히 어긋난 이번 정부의 결정은 360만 부산시민을 무시한 처사다", "suh-byung-soo", None, ["airport-relocation"], "criticism"),
  c("김해공항은 확장한다 해도 24시간 운영은 여전히 불가능하고", "suh-byung-soo", None, ["airport-relocation"], "criticism"),
  c("정부가 김해공항 확장 결정을 내린 것은 당장 눈앞에 닥친 지역 갈등을 이유로 우선 피하고 보자는 미봉책이다", "suh-byung-soo", None, ["airport-relocation"], "criticism"),
  c("제2허브공항으로 가덕 신공항을 만들 수 있도록 전력을 다할것이다", "suh-byung-soo", None, ["airport-relocation"], "plan"),
 ],
 "not_claims": [],
}

# 6 사하구 감천문화마을 특구 (undated)
G["ov-06-nocutnews.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "26380"},
 "officials": ["lee-gyeong-hun"],
 "claims": [
  c("90여억 원의 예산을 들여 문화예술도시재생 사업이 추진된다", None, None, ["urban-regeneration", "culture-tourism"], "plan"),
  c("사하구는 27일 감천문화마을이 중소기업청으로부터 '지역특화발전특구'로 지정됐다고 밝혔다", None, None, ["urban-regeneration"], "achievement"),
  c("총 사업비 91억원(국비 56억원, 시비 21억원, 구비 14억원)을 투입해 문화·예술·도시재생 관련 특화사업을 추진한다", None, None,
    ["urban-regeneration", "culture-tourism"], "plan"),
  c("구는 총 12개 사업을 추진할 예정이다.", None, None, ["urban-regeneration", "culture-tourism"], "plan"),
  c("도시농업공원 조성과 통행불편을 개선하기 위한 지역연계도로를 만들고", None, None, ["urban-regeneration"], "plan"),
  c("작은도서관과 마을기업이 건립되며, 골목 축제 등에도 예산을 지원받게 된다", None, None,
    ["urban-regeneration", "culture-tourism", "jobs"], "plan"),
  c("생산유발효과 136억원, 부가가치유발효과 93억원, 163명의 신규 일자리 창출 등이 발생할 것으로 기대한다", "lee-gyeong-hun", None,
    ["urban-regeneration", "jobs"], "target"),
 ],
 "not_claims": ["동양의 산토리니로 불리는 부산 사하구 감천문화마을. (사진=자료사진)",
                "지역특구는 기초자치단체가 규제 특례를 적용해",
                "특화사업들은 초·중등교육법, 출입국관리법"],
}

# 7 거창군 관광산업도시 대전환 (연합뉴스 via taptalk)
d = "2025-01-08"
G["ov-07-taptalk.txt"] = {
 "metadata": {"headline": "거창군, 생활인구 100만 시대 열어 '관광산업도시 대전환'", "published": "2025-01-08T11:00+09:00",
              "reporter": "박정헌", "outlet": "연합뉴스", "jurisdiction": "48880"},
 "officials": ["gu-in-mo"],
 "claims": [
  c("'관광산업도시 대전환'을 새해 군정 주요 방침으로 정했다고 8일 밝혔다", None, d, ["culture-tourism"], "plan"),
  c("생활·관광 인프라를 바탕으로 정주인구와 생활인구를 확대해 '생활인구 100만명 시대'를 열겠다는 포부다", None, d, ["culture-tourism"], "target"),
  c("거창형 의료복지타운 조성 등 기존 핵심 사업들도 본격적으로 추진한다", None, d, ["welfare"], "plan"),
  c("방문객들이 다시 찾고 싶은 매력적 지역으로 도약하고 전체적인 도시 브랜드 가치도 높일 예정이다", None, d, ["culture-tourism"], "plan"),
  c("동서남북 산림관광벨트 완성, 군민 대중교통 편의 지원 확대", None, d, ["culture-tourism", "public-transit"], "achievement"),
 ],
 "not_claims": ["거창군, 생활인구 100만 시대 열어 '관광산업도시 대전환'",
                "새해 군정 방침 발표…\"누구나 살고 싶은 거창 만들기 최선\"",
                "공모사업에서는 52개 분야에 국·도비 등 총 1천293억원을 확보해 역대 최대 실적을 거두기도 했다",
                "올해는 군민 삶의 질을 높이고 거창의 미래 경쟁력을 확보해"],
}

# 8 부산 탄소중립 에너지혁신 추진협의체 (국민일보 AMP, cut before byline)
d = "2021-09-02"
CE = ["climate-carbon", "energy-transition"]
G["ov-08-kmib.txt"] = {
 "metadata": {"headline": "부산시, 탄소중립 에너지혁신 추진협의체 본격 가동", "published": "2021-09-03T04:06+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "26"},
 "officials": [],
 "claims": [
  c("부산시가 수소경제 성장기반을 조성하고자 지역 산·학·연이 참여하는", None, d, CE, "plan"),
  c("9월부터 본격적으로 가동한다고 2일 밝혔다", None, d, CE, "plan"),
  c("추진협의체에는 지난 7월 ‘탄소 중립 전환도시 실현을 위한 수소경제 성장기반 조성 업무협약’을 체결한", None, d, CE, "statement"),
  c("부산테크노파크, 부산산업과학혁신원, 부산연구원, 부산항만공사 등 지역 유관기관도 동참한다", None, d, CE, "statement"),
  c("‘태양광·연료전지 보급을 통한 그린산단 조성’ ‘신재생에너지 기술력 확보를 위한 연구개발 사업’ 등을 추진한다", None, d,
    ["energy-transition", "research-development"], "plan"),
  c("추진협의체는 시 산업통상국장을 단장(1년 순환제)으로 4개 분과 47명으로 구성한다", None, d, CE, "statement"),
  c("사업은 2024년 7월까지 3년간 추진하되 이후 협약에 따라 연장할 수도 있다", None, d, CE, "plan"),
  c("협의체는 총괄지원, 수소생산·저장, 수소 활용, 산업·인력육성 등 4개 분과로 구성", None, d, ["energy-transition"], "statement"),
  c("수소생산·저장분과는 한화솔루션을 중심으로 그린수소 생산·저장, 저장 인수기지 구축한다", None, d, ["energy-transition"], "plan"),
  c("수소활용분과는 한국남부발전을 중심으로 수소 혼·전소 터빈 개발", None, d, ["energy-transition"], "plan"),
 ],
 "not_claims": ["부산시, 탄소중립 에너지혁신 추진협의체 본격 가동",
                "지난 7월 15일 탄소중립 그린스마트 도시 실현 업무협약식이 열렸다. 부산시 제공"],
}

# 9 세종 자율주행셔틀 (세계타임즈)
d = "2025-07-29"
FP = ["future-vehicles", "public-transit"]
G["ov-09-thesegye.txt"] = {
 "metadata": {"headline": "정부청사 자율주행셔틀 주거지 연계 접근성 확대", "published": "2025-07-29T07:21+09:00",
              "reporter": "이채봉", "outlet": "세계타임즈", "jurisdiction": "36"},
 "officials": ["choi-min-ho"],
 "claims": [
  c("자율주행차(셔틀)를 종촌동 주거단지와 연계하는 노선으로 시범운행한다", None, d, FP, "plan"),
  c("이번 자율주행차는 어진중학교를 기점으로", None, d, FP, "statement"),
  c("해당 노선은 매월 첫번째 금요일을 제외하고", None, d, FP, "statement"),
  c("일반 세종시민의 접근성이 떨어진다는 한계가 있었다", None, d, FP, "criticism"),
  c("이응버스의 수요 빅데이터를 분석해 간선급행버스체계(BRT)와 주거단지를 연계하는 서비스를 기획했다", None, d,
    ["future-vehicles", "public-transit", "fourth-industrial-revolution"], "achievement"),
  c("‘자율차 시범운행지구 서비스 지원사업’ 공모에 선정되어 국비 1.5억 원을 지원받으면서", None, d, FP, "achievement"),
  c("운임요금 없이 무상으로 서비스를 제공할 예정이다", None, d, FP, "plan"),
  c("일반버스와 동일하게 정류장에서 대기하다가 시간에 맞춰 정차한 자율주행차에 탑승하면 된다", None, d, FP, "statement"),
  c("설치된 자율주행 정류장 안내판에는 이용안", None, d, FP, "statement"),
 ],
 "not_claims": ["정부청사 자율주행셔틀 주거지 연계 접근성 확대",
                "저녁 퇴근시간대 종촌동 일대 운영…자율주행기술 시민 접점 넓혀"],
}

for name, g in G.items():
    out = {"article": name, **g}
    with open(os.path.join(D, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), "claims in", len(G), "files")
