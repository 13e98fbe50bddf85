"""Writes the hand-made gold files of set-ca (one JSON per article)."""
import json
import os

OUT = '/work/blind/set-ca/gold'
G = {}


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


# ca-01: 남경필, first governor-chaired jobs meeting. No publication date in the text -> all dates null.
NAM = "nam-kyung-pil"
G["ca-01-ilyo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "서동철", "outlet": "일요신문", "jurisdiction": "41"},
    "officials": [NAM],
    "claims": [
        c("‘일자리 미스매치’를 해결하는 것이 급선무라고 밝혔다", NAM, None, ["jobs"], "plan"),
        c("경기도 예산만으로 양질의 일자리를 만들 수 있는 정책 개발에 힘쓰겠다고 덧붙였다", NAM, None, ["jobs"], "plan"),
        c("올해도 여유예산에 따라 양질의 일자리를 만드는데 모든 여력을 집중하고 싶다", NAM, None, ["jobs"], "plan"),
        c("도지사가 직접 일자리 창출 상황을 점검하기로 한 것에 준하였다", None, None, ["jobs"], "statement"),
        c("도가 방법을 제시하면 일자리 문제가 상당부분 해소될 것이다", NAM, None, ["jobs"], "statement"),
        c("모든 도정에 우선순위를 일자리 창출에 두겠다는 뜻을 밝혔다", NAM, None, ["jobs"], "plan"),
    ],
    "not_claims": [
        "‘제1회 도지사 주재 일자리 회의’에서 인사말을 하고 있다",
        "여유 재원을 재정건전성을 회복과 북부지역 SOC확대에 모두 투자했다",
        "70여명이 참석한 가운데 ‘제1회 도지사 주재 일자리 회의’가 열렸다",
    ],
}

# ca-02: 경인방송 TV script, 유정복's 제물포르네상스 report. Undated ("오늘") -> all dates null.
YOO = "yoo-jeong-bok"
G["ca-02-ifm.txt"] = {
    "metadata": {"headline": "오늘 자유공원서 '제물포르네상스 프로젝트' 대시민보고회 열어, 원도심 활성화 청사진 제시",
                 "published": None, "reporter": "윤종환", "outlet": None, "jurisdiction": "28"},
    "officials": [YOO],
    "claims": [
        c("원도심인 중구와 동구를 '인천의 미래 거점'으로 발전시키겠다는 청사진을 내왔습니다", YOO, None, ["urban-regeneration"], "plan"),
        c("'제물포르네상스'의 밑그림이 사실상 완성된 건데요", None, None, ["urban-regeneration"], "achievement"),
        c("원도심을 확실하게 활성화시켜서 균형적인 발전을 이룩해 나가고 인천의 미래를 열어가겠다 하는 것이 이 프로젝트고", YOO, None, ["urban-regeneration"], "plan"),
        c("'제물포르네상스 프로젝트'로 화려했던 과거의 영광을 재현하겠다는 겁니다", None, None, ["urban-regeneration"], "plan"),
        c("원도심의 기능 활성화를 위해 인천내항 개발을 비롯해 문화관광, 산업경제 등 4개 분야 45개 핵심과제를 제시하며", YOO, None, ["urban-regeneration", "culture-tourism"], "plan"),
        c("'경제·문화 중심지'로 탈바꿈시키겠다는 구상입니", None, None, ["urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "오늘 자유공원서 '제물포르네상스 프로젝트' 대시민보고회 열어, 원도심 활성화 청사진 제시",
        "제물포르네상스 세부 추진계획 발표하는 유정복 시장.",
        "'제물포르네상스 프로젝트 추진계획' 대시민 보고대회를 가졌습니다",
        "오늘 오후 2시 인천 원도심의 심장격인 중구 자유공원 정상 광장.",
        "1968년 중구는 시민 절반이 살았던 곳입니다",
    ],
}

# ca-03: 남동구 youth policy, institutional narration only. Dated 2025-03-27 ("27일 밝혔다" = publication day).
D3 = "2025-03-27"
G["ca-03-siminilbo.txt"] = {
    "metadata": {"headline": "인천시 남동구, 올해 41개 청년사업 추진", "published": "2025-03-27T17:39:02+09:00",
                 "reporter": "문찬식", "outlet": "시민일보", "jurisdiction": "28200"},
    "officials": [],
    "claims": [
        c("인천 남동구가 청년 친화적 환경조성을 위해 2024년 성과를 바탕으로 올해 더욱 체감도 높은 사업을 추진한다", None, D3, ["youth-policy"], "plan"),
        c("올해 청년정책 시행계획 심의ㆍ의결을 진행했다고 27일 밝혔다", None, D3, ["youth-policy"], "achievement"),
        c("4개 분야로 나눠 15개 부서에 46개 사업을 추진했다", None, D3, ["youth-policy"], "achievement"),
        c("남동구 청년 창업지원센터 등 청년 특화 거점 공간을 조성ㆍ운영하고", None, D3, ["youth-policy", "startup-support"], "achievement"),
        c("청년도전지원사업을 지자체 직접 사업으로 운영해", None, D3, ["youth-policy", "jobs"], "achievement"),
        c("저소득층 청년을 위한 월세 지원, 전세보증금 반환보증 보증료 지원", None, D3, ["youth-policy", "housing"], "achievement"),
        c("구는 이러한 성과를 바탕으로 올해 청년 친화적 환경조성에 더욱 박차를 가한다", None, D3, ["youth-policy"], "plan"),
        c("4대 추진전략 41개 사업을 추진한다", None, D3, ["youth-policy"], "plan"),
    ],
    "not_claims": [
        "인천시 남동구, 올해 41개 청년사업 추진",
        "정책위서 청년정책 4대 분야 시행계획 의결",
        "일자리·자립등 청년 친화적 환경 조성 박차",
    ],
}

# ca-04: 시흥시 smart-city certification; mayor 임병택 quoted. Undated ("7일") -> all dates null.
LIM = "lim-byeong-taek"
G["ca-04-pressian.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41390"},
    "officials": [LIM],
    "claims": [
        c("'2022년도 스마트도시 인증' 공모에서 스마트도시 인증을 획득했다고 7일 밝혔다", None, None, ["smart-city"], "achievement"),
        c("해당 인증제는 스마트도시 성과를", None, None, ["smart-city"], "statement"),
        c("이번 공모에는 총 24개 도시가 참여해 2달간 서면 평가 및 현장 실사 등 엄격한 검증을 거쳤다", None, None, ["smart-city"], "statement"),
        c("이에 시는 대도시 부문에서 우수 스마트도시로 선정됐다", None, None, ["smart-city"], "achievement"),
        c("2018년 스마트도시 국가전략프로젝트 실증도시로 선정돼", None, None, ["smart-city"], "statement"),
        c("2019년부터 시민참여형 시흥 리빙랩에서 매년", None, None, ["smart-city", "citizen-participation", "public-health"], "achievement"),
        c("2019년 스마트도시 조성 및 운영 조례를 제정한 데 이어", None, None, ["smart-city"], "achievement"),
        c("시는 시민 삶의 질 개선을 위해 한층 더 똑똑해진 스마트도시 시흥을 만들어 나가고 있다", LIM, None, ["smart-city"], "statement"),
        c("시민 체감 시흥형 스마트도시를 구축할 계획", LIM, None, ["smart-city"], "plan"),
    ],
    "not_claims": [
        "전체댓글 0",
    ],
}

# ca-05: 양평군 eco-agriculture plan study; 군수 정동균 quoted. Published 2021-02-15; event "지난 9일" = 2021-02-09.
JDG = "jeong-dong-gyun"
G["ca-05-newsworks.txt"] = {
    "metadata": {"headline": "정동균 군수 \"생산자‧소비자 만족할만한 지속 가능한 친환경농업 발전계획 수립하겠다\"",
                 "published": "2021-02-15T13:25+09:00", "reporter": "오영세", "outlet": "뉴스웍스", "jurisdiction": "41830"},
    "officials": [JDG],
    "claims": [
        c("2006년 전국 최초의 친환경농업특구 지정, 제1회 친환경농업 대상 선정 등 친환경농업 선두 지자체로 자리매김 했다", None, "2021-02-15", ["agriculture"], "achievement"),
        c("양평군 친환경농업 정책의 방향 설정을 위한 것으로 큰 관심을 모았다", None, "2021-02-09", ["agriculture"], "statement"),
        c("과거 양평군의 가장 큰 지역 현안 사항은 친환경농업이었고, 미래 농업정책도 마찬가지다", JDG, "2021-02-09", ["agriculture"], "statement"),
        c("토종유전자원을 중심으로 양평군 친환경농업 재도약을 위해", JDG, "2021-02-09", ["agriculture"], "plan"),
    ],
    "not_claims": [
        "정동균 군수 \"생산자‧소비자 만족할만한 지속 가능한 친환경농업 발전계획 수립하겠다\"",
        "제5차 계획수립 착수보고회에서 인사말을 하고 있다",
        "양평군 친환경농업육성 제5차 계획 수립 연구용역 착수보고회를 가졌다",
    ],
}

# ca-06: 인천 서구 local currency 서로e음; 구청장 이재현 quoted. Undated ("22일") -> all dates null.
LJH = "lee-jae-hyeon"
G["ca-06-kmib.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "정창교", "outlet": "국민일보", "jurisdiction": "28260"},
    "officials": [LJH],
    "claims": [
        c("서구 지역화폐 서로e음의 5월 1일 발행을 공식화했다", LJH, None, ["small-merchants"], "plan"),
        c("구민들의 소비가 소상공인들의 매출로, 나아가 서구경제 발전으로 이어져야 한다", LJH, None, ["small-merchants"], "plan"),
        c("서구 지역화폐 서로e음을 5월1일 발행한다", LJH, None, ["small-merchants"], "plan"),
        c("서로e음은 모바일앱과 선불카드가 결합해", LJH, None, ["small-merchants"], "statement"),
        c("전국 최고수준의 10% 사용자 캐시백", LJH, None, ["small-merchants"], "statement"),
        c("서로e음 활성화를 위한 협약도 계속 진행 중", LJH, None, ["small-merchants"], "statement"),
        c("구민이 중심인 정책인 만큼 홍보활동도 구민이 중심이 돼 이뤄지고 있다", LJH, None, ["small-merchants"], "statement"),
        c("서구지역화폐 서로e음이 정착돼 지역경제 발전과 지역공동체 강화에 앞장설 수 있도록 모든 노력을 다하겠다", LJH, None, ["small-merchants"], "plan"),
    ],
    "not_claims": [],
}

# ca-07: 연천군 meeting with former heads; 군수 김덕현 presents results and plans. Published 2025-02-26 = event day.
KDH = "kim-deok-hyeon"
D7 = "2025-02-26"
G["ca-07-kmib.txt"] = {
    "metadata": {"headline": "연천군, 역대 군수·의장 간담회…미래 비전 논의", "published": "2025-02-26T17:01+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "41800"},
    "officials": [KDH],
    "claims": [
        c("경기도 최대 규모로 증액된 2025년 보통교부세(1967억원)를 강조했다", KDH, D7, ["decentralization"], "achievement"),
        c("수도권 전철 1호선 개통과 지방도 371호선 도로 개통을", KDH, D7, ["public-transit", "education", "housing"], "achievement"),
        c("농업기술원 북부 R&D센터 유치, 한탄강 유네스코 세계지질공원 재지정", KDH, D7, ["research-development", "agriculture", "culture-tourism"], "achievement"),
        c("반려동물 테마파크 및 추모관 건립 등 복지와 관광 인프라 확충 계획도 밝혔다", KDH, D7, ["welfare", "culture-tourism"], "plan"),
        c("임진강 주상절리 관광센터와 전곡읍 도시재생사업 추진 등", None, D7, ["culture-tourism", "urban-regeneration"], "plan"),
        c("관광객 방문이 지역경제 활성화로 이어질 수 있도록 많이 노력해 달라", None, D7, ["public-transit", "culture-tourism"], "plan"),
    ],
    "not_claims": [
        "연천군, 역대 군수·의장 간담회…미래 비전 논의",
        "민선 8기 주요 성과와 중장기 비전을 공유했다",
        "향후 추진할 정책 사업들에 대해 논의했다",
        "서울-연천 고속도로 조기 착수, 연천IC 연결도로 개설공사, 국립연천현충원 조성사업 등을 제시했다",
        "연천군이 많이 발전하고 있다는 것을 알 수 있었다",
    ],
}

# ca-08: 경기도 fine-dust master plan (2018), institutional narration + unnamed 도 관계자. Undated ("30일") -> null.
G["ca-08-hankyung.txt"] = {
    "metadata": {"headline": "경기도, 미세먼지 감축에 1.7조 투입…”전기차 3만대 보급”", "published": None,
                 "reporter": None, "outlet": "한경닷컴", "jurisdiction": "41"},
    "officials": [],
    "claims": [
        c("미세먼지 종합대책을 발표하고 49개 사업에 1조70671억원을 투자하겠다고 밝혔다", None, None, ["fine-dust"], "plan"),
        c("도는 2022년까지 33% 낮은 18㎍/㎥로 줄일 계획이다", None, None, ["fine-dust"], "target"),
        c("6대 추진 전략과 전기자동차 보급 등 20개 중점 시행 과제로 구성됐다", None, None, ["fine-dust", "future-vehicles"], "statement"),
        c("현재 4638대인 도내 전기차를 2022년까지 3만 대 규모로 확대 보급한다", None, None, ["fine-dust", "future-vehicles"], "target"),
        c("수소 충전소 6개를 설치하고 수소차도 620대 보급할 계획이다", None, None, ["fine-dust", "future-vehicles"], "target"),
        c("경유버스는 단계적으로 친환경버스로 전환하고, 노후 차량 관리도 강화할 방침이다", None, None, ["fine-dust", "future-vehicles"], "plan"),
        c("공사장과 도로변 비산먼지를 집중적으로 관리하고", None, None, ["fine-dust"], "plan"),
        c("폐기물 불법소각 단속 강화와 신고포상금 지급도 확대한다", None, None, ["fine-dust"], "plan"),
        c("영세사업장의 먼지 발생 방지시설 지원을 강화하고, 미세먼지 알림서비스도 확대하기로 했다", None, None, ["fine-dust"], "plan"),
        c("이번 대책은 미세먼지 배출원에 대한 분석과 예산확보 가능성", None, None, ["fine-dust"], "statement"),
        c("효율적인 추진을 통해 미세먼지에 대한 도민 불안을 해소하겠다", None, None, ["fine-dust"], "plan"),
    ],
    "not_claims": [
        "경기도, 미세먼지 감축에 1.7조 투입…”전기차 3만대 보급”",
        "49개 사업으로 미세먼지 27㎍/㎥→18㎍/㎥로 감축 목표",
        "경기도의 지난해 연평균 미세먼지(PM2.5) 수치는 27㎍/㎥다",
    ],
}

# ca-09: 수원/성남 trams after losing the national pilot; mayors 염태영 and 은수미 quoted. Undated -> null.
YTY = "yeom-tae-yeong"
ESM = "eun-su-mi"
G["ca-09-hankookilbo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41110"},
    "officials": [YTY, ESM],
    "claims": [
        c("경기 수원시와 성남시가 예정대로 트램사업을 계속 추진한다고 밝혔다", None, None, ["public-transit"], "plan"),
        c("수도권 40여 곳을 투기과열지구 조정대상지역으로 지정하고", YTY, None, ["housing", "public-transit"], "criticism"),
        c("‘무가선 저상트램 실증노선 사업’에서 사실상 제외된 것은 매우 유감스러운 일", YTY, None, ["public-transit"], "criticism"),
        c("실증노선 사업 우선 협상 대상 지자체로 선정되기 위해 최선을 다했지만, 결과가 좋지 않아 안타깝다", YTY, None, ["public-transit"], "statement"),
        c("트램 도입 추진을 결코 멈추지 않을 것", None, None, ["public-transit"], "plan"),
        c("‘사람 중심 친환경교통체계’로 대전환을 이루고자 하는 수원시민 의지 또한 멈추지 않을 것", None, None, ["public-transit"], "plan"),
        c("성남시도 판교트램을 예정대로 진행한다는 방침이다", None, None, ["public-transit"], "plan"),
        c("성남은 여기서 멈추지 않고 트램 도입을 추진할 것", ESM, None, ["public-transit"], "plan"),
        c("더불어 교통불편해소를 위해 노력하겠다", ESM, None, ["public-transit"], "plan"),
        c("다만 개통 시기는 2022년이 될 전망이다", None, None, ["public-transit"], "statement"),
        c("공모에 선정되면 2021년까지 1년 앞당겨 개통하겠다", None, None, ["public-transit"], "plan"),
        c("판교역~판교테크노밸리(1.5㎞)를 포함한 AㆍB노선 등 모두 2개 노선", None, None, ["public-transit"], "statement"),
    ],
    "not_claims": [],
}

os.makedirs(OUT, exist_ok=True)
total = 0
for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    total += len(g["claims"])
    print(name, len(g["claims"]))
print("total", total)
