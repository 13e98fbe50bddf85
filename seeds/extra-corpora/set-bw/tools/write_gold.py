"""Writes gold/*.json for set-bw (hand annotation; see GOLD_NOTES.md)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
os.makedirs(GOLD, exist_ok=True)


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# bw-01 서울신문 (by URL; not named in the text) 2026-03-10, 오세훈, youth housing + criticism of national policy
D = "2026-03-10"
O = "oh-se-hoon"
G["bw-01-seoul.txt"] = {
    "metadata": {"headline": "혼란의 최대 피해자는 언제나 청년", "published": "2026-03-10", "reporter": None,
                 "outlet": None, "jurisdiction": "11"},
    "officials": [O],
    "claims": [
        c("정부의 부동산 정책을 재차 비판했다", O, D, ["housing"], "criticism"),
        c("청년 주거 안정 대책을 발표한 후 페이스북에", O, D, ["housing", "youth-policy"], "plan"),
        c("이재명 정부의 10·15 대책이 있은 하반기에 4.9%가 집중적으로 뛰었다", O, D, ["housing"], "criticism"),
        c("전월세 매물찾기 대란을 부른 것", O, D, ["housing"], "criticism"),
        c("“혼란의 최대 피해자는 언제나 청년”이라고 강조했다", O, D, ["housing"], "criticism"),
        c("청년 주거 정책을 한층 더 촘촘하게 강화했다", O, D, ["housing", "youth-policy"], "achievement"),
        c("맞춤형 청년주택을 2030년까지 7만 4000호 공급하겠다", O, D, ["housing", "youth-policy"], "target"),
        c("그러면서 “이재명 정부의 부동산 실정으로 청년들의 피해만 커지고 있다”", O, D, ["housing"], "criticism"),
    ],
    "not_claims": [
        "오세훈 서울시장이 10일 서울시청에서 청년주거 안정 대책을 발표하고 있다",
        "서울 전세 매물은 1만 9000건으로, 1년 전보다 33.5% 급감했다",
        "시가 구석구석 꼼꼼히 살펴 청년들의 든든한 울타리가 되겠다",
    ],
}

# bw-02 일요서울, 박원순, climate forum '24일' (no publication date in the text -> claim dates null)
P = "park-won-soon"
G["bw-02-ilyoseoul.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "이지현", "outlet": "일요서울", "jurisdiction": "11"},
    "officials": [P],
    "claims": [
        c("현재의 기후위기를 넘어서기 위해서 도시부터 바꿔나가야 한다", P, None, ["climate-carbon"], "plan"),
        c("문명적 수준에서 크고 담대한 변화, 전환이 필요하다", P, None, ["climate-carbon"], "plan"),
        c("현재의 기후위기를 타파하기 위해서는 바로 지금부터 바꿔야 한다", P, None, ["climate-carbon"], "plan"),
        c("그 중심에 기후변화 대응의 실질적 수단을 가진 지방정부, 도시정부가 있다고 생각한다", P, None,
          ["climate-carbon"], "statement"),
        c("작은 실천부터 시작돼야 한다", P, None, ["climate-carbon"], "plan"),
        c("지금의 기후위기와 기상재해의 책임에서 자유로울 수 없다", P, None, ["climate-carbon"], "statement"),
        c("시민참여, 에너지 전환, 생태회복, 거버넌스, 해외협력 등으로 기후변화에 대응하고 있다고 밝혔다", P, None,
          ["climate-carbon", "energy-transition", "citizen-participation"], "statement"),
    ],
    "not_claims": [
        "'기후변화 대응 세계도시 시장포럼'서 환영사·기조발제",
        "도시 지도자가 앞장서야…국경 넘어 도시연대도 중요",
        "기후변화 대응 세계도시 시장포럼에 참석해 이 같이 말했다",
        "더 이상 지체할 수 없다",
        "시민의 삶의 현장을 지키는 도시 지도자들이 앞장서야 한다",
        "도시정부간 연대의 힘으로 더 세게 더 강하게 나서야 할 시점",
        "전 세계 에너지 78%가 도시에서 소비되고 있다",
        "자그마치 78%의 막대한 양의 온실가스가 배출되고 있다",
        "도시가 변해야 한다",
        "에너지 정책이 성공하기 위",
    ],
}

# bw-03 비바100 (브릿지경제 by URL; text names only the '비바100' section) 2017-07-20, 김영배 interview
K = "kim-yeong-bae"
D = "2017-07-20"
G["bw-03-viva100.txt"] = {
    "metadata": {"headline": "[비바100] 김영배 성북구청장 \"성북형 일자리카페·취업박람회 區, 적극 구직코칭\"",
                 "published": "2017-07-20T07:00+09:00", "reporter": None, "outlet": None, "jurisdiction": "11290"},
    "officials": [K],
    "claims": [
        c("가장 작은 단위인 지역에서의 제대로 된 정책들이 수립되는 게 우선돼야 한다", K, D, ["youth-policy", "jobs"], "plan"),
        c("수요자별 맞춤형 정책을 제공해야 할 것이다", K, D, ["youth-policy"], "plan"),
        c("1인 창조기업인을 위한 도전숙, 신혼부부 임대주택 등의 사업이", K, D, ["startup-support", "housing"],
          "achievement"),
        c("청년 취업난 해소를 위해 다양한 노력이 필요하지만", K, D, ["jobs", "youth-policy"], "plan"),
        c("‘중소기업 청년인턴 사업’을 구비로 운영해 지역경제 활성화에 기여해왔다", K, D, ["jobs", "youth-policy"],
          "achievement"),
        c("청년 개개인의 특기와 희망업무를 고려한 맞춤형 취업지원을 통해", K, D, ["jobs", "youth-policy"], "statement"),
    ],
    "not_claims": [
        "성북형 일자리카페·취업박람회 區, 적극 구직코칭",
        "[청년 일자리를 찾아서] 김영배 성북구청장에게 듣다",
        "작은 단위인 지역에서부터 먼저 제대로 된 청년지원 정책들이 필요하다",
        "지역 중기의 인력난 및 청년 실업 문제를 해결할 수 있는 방안도 마련이 되어 있나",
        "현재 우리 청년에게는 시대에 맞는 새로운 ‘시대정신’이 필요한 시기라고 생각한다",
    ],
}

# bw-04 파이낸셜뉴스 2018-04-12, 이성 구로구청장 interview (smart city)
L = "lee-seong"
D = "2018-04-12"
G["bw-04-fnnews.txt"] = {
    "metadata": {"headline": "[인터뷰] 이성 구로구청장 \"구로, IoT주도 스마트도시로 재도약\"",
                 "published": "2018-04-12T16:48+09:00", "reporter": "김두일", "outlet": "파이낸셜뉴스",
                 "jurisdiction": "11530"},
    "officials": [L],
    "claims": [
        c("이제 디지털도시를 넘어 스마트도시로 나아갑니다", L, D, ["smart-city"], "plan"),
        c("구로구의 새 어젠다로 '스마트 도시'를 제시했다", L, D, ["smart-city"], "plan"),
        c("이제 디지털 도시를 넘어 스마트 도시를 건설하겠다", L, D, ["smart-city"], "plan"),
        c("4차 산업혁명, 사물인터넷(IoT) 등을 주도해 가는 스마트 도시가 될 것", L, D,
          ["smart-city", "fourth-industrial-revolution"], "plan"),
        c("구청의 대한민국 첫 구 전역 와이파이존 조성 사업 등이 진행되면서", L, D, ["smart-city"], "achievement"),
        c("해외투자유치 설명회, 해외지사화 사업, 대출지원, 일자리 창출 등 다양한 기업지원사업들을 전개해 왔다", None, D,
          ["culture-tourism", "investment-attraction", "jobs"], "achievement"),
        c("무료 와이파이망도 전국 처음으로 조성하며 큰 관심을 받았다", None, D, ["smart-city"], "achievement"),
        c("835개의 무선접속장치(AP)를 설치했다", None, D, ["smart-city"], "achievement"),
    ],
    "not_claims": [
        "구로구의 미래는 지식문화도시",
        "구로공단의 이미지를 말끔히 털고 디지털 도시로서의 위상을 쌓아왔다",
        "공단이라는 이미지가 너무 강해 낙후된 이미지를 떨쳐내기가 어려웠다",
    ],
}

# bw-05 한국경제 (e-mail hankyung.com), no date in the text ('31일'), 서대문구 복합청사 + 행복주택
M = "mun-seok-jin"
RHC = ["urban-regeneration", "city-hall", "housing"]
G["bw-05-hankyung.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "선한결", "outlet": "한국경제",
                 "jurisdiction": "11410"},
    "officials": [M],
    "claims": [
        c("신촌동주민센터와 인근 공용주차장을 활용해 복합청사와 행복주택 신축을 추진한다고 밝혔다", None, None,
          ["city-hall", "housing"], "plan"),
        c("‘지역 맞춤형 도시재생 사업’의 일환이다", None, None, RHC, "statement"),
        c("구는 이 사업을 서울주택도시공사(SH공사)와 함께 시행할 계획이다", None, None, RHC, "plan"),
        c("서대문구청에서 업무협약을 맺었다", None, None, RHC, "achievement"),
        c("공동 개발로 사업비를 절감할 계획이다", None, None, RHC, "plan"),
        c("비용 부담 때문에 신축이 미뤄져왔다", None, None, ["city-hall"], "statement"),
        c("158억원의 전체 건축비 중 30% 정도만 구청이 부담하고", None, None, ["city-hall", "housing"], "statement"),
        c("공공시설은 서대문구가, 행복주택은 SH공사가 소유·관리한다", None, None, ["city-hall", "housing"], "statement"),
        c("다른 곳의 낡은 동주민센터에도 이 같은 개발방식을 적용할 수 있는지 검토할 것", M, None,
          ["city-hall", "housing"], "plan"),
    ],
    "not_claims": ["지역 맞춤형 도시재생의 일환"],
}

# bw-06 헤럴드경제 2018-01-19, 양천구 미세먼지 종합계획 (institutional narration)
D = "2018-01-19"
G["bw-06-heraldcorp.txt"] = {
    "metadata": {"headline": "양천구, ‘미세먼지 개선 종합계획’ 수립", "published": "2018-01-19T07:41+09:00",
                 "reporter": "장연주", "outlet": "헤럴드경제", "jurisdiction": "11470"},
    "officials": ["kim-su-yeong"],
    "claims": [
        c("‘미세먼지 개선 종합계획’을 수립했다고 19일 밝혔다", None, D, ["fine-dust"], "achievement"),
        c("5대 분야에 28개 세부사업으로 종합계획을 마련했다", None, D, ["fine-dust"], "achievement"),
        c("기초생활수급자 모두에게 황사마스크 보급을 완료한다", None, D, ["fine-dust", "welfare"], "plan"),
        c("어린이집 전체 333개소에는 공기청정기 설치를 지원할 계획이다", None, D, ["fine-dust", "childcare-birth"],
          "target"),
        c("총 76개소에는 3월까지 ‘미세먼지 알림이’ 설치를 완료해", None, D,
          ["fine-dust", "childcare-birth", "welfare"], "target"),
        c("자동차 매연·공회전 단속을 강화하고 있다", None, D, ["fine-dust"], "statement"),
        c("친환경 차량 확대 보급을 위해 충전인프라를 구축하고", None, D, ["fine-dust", "future-vehicles"], "statement"),
        c("비산먼지 발생 사업장의 기준 준수여부 점검을 특별 관리하고", None, D, ["fine-dust"], "statement"),
        c("생활주변 오염원 관리 강화에도 나선다", None, D, ["fine-dust"], "plan"),
    ],
    "not_claims": ["대중교통 이용의날 홍보캠페인 모습"],
}

# bw-07 전국매일신문 2019-10-22, 송파구 주민복지국 briefing (institutional narration)
D = "2019-10-22"
G["bw-07-jeonmae.txt"] = {
    "metadata": {"headline": "송파구 주민복지국, 70만 송파구민 복리증진 위한 주요업무 기자간담회",
                 "published": "2019-10-22T14:43+09:00", "reporter": "박창복", "outlet": "전국매일신문",
                 "jurisdiction": "11710"},
    "officials": ["park-seong-su"],
    "claims": [
        c("육아지원복합시설을 조성해 양육친화적인 환경을 제공한다", None, D, ["childcare-birth"], "statement"),
        c("열린육아방을 설치하고 지난 19일 개소했다", None, "2019-10-19", ["childcare-birth"], "achievement"),
        c("화요일부터 토요일까지 오전 10시부터 오후5시까지 운영된다", None, D, ["childcare-birth"], "statement"),
        c("복지·치안서비스 원스톱 제공을 통해 재범률을 낮추고 복지사각지대 해소에 기여한다", None, D,
          ["welfare", "disaster-safety"], "statement"),
        c("6명이 상시 배치돼 지난 7월부터 운영되고 있다", None, D, ["welfare"], "statement"),
        c("현재까지 517건의 신고가 접수돼", None, D, ["welfare"], "achievement"),
        c("요양보호사의 감정노동 및 돌봄노동으로 인한 스트레스를 해소하고", None, D, ["welfare", "labor-relations"],
          "statement"),
    ],
    "not_claims": ["주민복지국(국장 하태훈)의 주요사업에 대해 설명했다"],
}

# bw-08 (outlet not named) 2020-01-21, 유덕열 동대문구청장 traditional-market tour
Y = "yu-deok-yeol"
D = "2020-01-21"
G["bw-08-ddmnews.txt"] = {
    "metadata": {"headline": "지역 전통시장을 동대문구 경제발전의 마중물로!", "published": "2020-01-21T18:44+09:00",
                 "reporter": "이민수", "outlet": None, "jurisdiction": "11230"},
    "officials": [Y],
    "claims": [
        c("지역 내 전통시장 11곳을 돌며 개선됐거나 향후 개선이 필요한 시설들을 점검하고", None, D, ["small-merchants"],
          "statement"),
        c("전통시장의 발전 방안을 모색하기 위함이다", None, D, ["small-merchants"], "statement"),
        c("지역 전통시장을 활성화하는 것이 바로 동대문구 경제발전의 출발이라며", Y, D, ["small-merchants"], "statement"),
        c("지난해 경동시장 내에 청년몰을 개장했다", None, D, ["small-merchants"], "achievement"),
        c("사업비 15억여 원을 투입해 경동시장 신관의 유휴공간에 기반시설을 구축했고", None, D, ["small-merchants"],
          "achievement"),
        c("20~30대의 새로우면서 톡톡 튀는 감성을 더해 고객층 확장을 도모한 것이다", None, D, ["small-merchants"],
          "statement"),
        c("경동시장로의 보행환경도 개선했다", None, D, ["small-merchants"], "achievement"),
        c("보도의 폭을 기존 1.7m에서 2.5~2.7m로 늘리고", None, D, ["small-merchants"], "achievement"),
    ],
    "not_claims": [
        "유덕열 구청장, 20~23일 지역 전통시장 순회…활성화 방안 모색",
        "청량리수산시장을 방문한 유덕열 동대문구청장(맨 왼쪽)이 상인과 이야기를 나누고 있다",
        "설을 앞두고 유덕열 동대문구청장의 발걸음이 분주하다",
        "오랜 역사와 전국적인 규모를 자랑하는 여러 전통시장이 모여 있다",
        "전통시장은 동대문구 지역 경제에서 매우 큰 비중을 차지하고 있다",
    ],
}

# bw-09 교통신문 2022-01-14, 종로구 관광발전 5개년 기본계획 (institutional narration)
D = "2022-01-14"
G["bw-09-gyotongn.txt"] = {
    "metadata": {"headline": "종로에 가면 '순라군' 해설사 있다", "published": "2022-01-14", "reporter": None,
                 "outlet": "교통신문", "jurisdiction": "11110"},
    "officials": [],
    "claims": [
        c("기본계획을 수립했다고 밝혔다", None, D, ["culture-tourism"], "achievement"),
        c("4개 분야 12개 중점과제를 정해 2026년까지 추진할 예정이다", None, D, ["culture-tourism"], "plan"),
        c("권역별로 특색 있는 관광콘텐츠 육성 방안을 모색할 계획이다", None, D, ["culture-tourism"], "plan"),
        c("해설사 프로그램을 운영하고, 창신동과 숭인동 지역의 관광 활성화를 위해", None, D, ["culture-tourism"], "plan"),
        c("스마트 기술 기반의 관광 서비스도 구축할 계획이다", None, D, ["culture-tourism"], "plan"),
        c("관광산업의 질적 수준을 높이고", None, D, ["culture-tourism"], "achievement"),
    ],
    "not_claims": ["종로구, 2026년까지 관광발전 계획 수립"],
}

for name, gold in G.items():
    out = {"article": name, **gold}
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(out, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(gold["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
