"""Writes the hand-made gold files of set-cb (one per article) to gold/."""
import json
import os

G = {}


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


# cb-01 대구 수성구 스마트도시 재인증 (2025-11-25)
D = "2025-11-25"
K = "kim-dae-gwon"
G["cb-01-dkilbo.txt"] = {
    "metadata": {"headline": "대구 수성구, 스마트도시 ‘최고 등급’ 재확인", "published": "2025-11-25",
                 "reporter": "김민규", "outlet": None, "jurisdiction": "27260"},
    "officials": [K],
    "claims": [
        c("수성구가 국토교통부가 주관한 ‘2025년 스마트도시 인증’에서 중소도시 부문 재인증을 획득했다고", None, D, ["smart-city"], "achievement"),
        c("도시 전체에 스마트 기술을 촘촘하게 확장해 온 성과를 이번 평가에서 다시 인정받았다", None, D, ["smart-city"], "achievement"),
        c("전국 7개 도시만이 올해 재인증을 통과했다", None, D, ["smart-city"], "statement"),
        c("생활 현장에서 체감되는 서비스 고도화가 강점으로 꼽혔다", None, D, ["smart-city"], "achievement"),
        c("스마트주차정보시스템은 실시간 주차 공간 안내로 혼잡도를 낮췄고", None, D, ["smart-city", "fourth-industrial-revolution", "education"], "achievement"),
        c("스마트 관제 기반 AI 영상 분석 기술로 실종자 신속 발견까지 가능해지며", None, D, ["smart-city", "fourth-industrial-revolution", "disaster-safety"], "achievement"),
        c("스마트도시 재인증은 단순한 기술 도입 여부가 아니라", None, D, ["smart-city"], "statement"),
        c("수성구가 이번에 다시 선정된 것은 ‘도시 전반의 일상 혁신’이 꾸준히 이루어지고 있다는 의미다", None, D, ["smart-city"], "statement"),
        c("모든 영역에서 주민이 체감하는 변화를 만들어가는 것이 목표", K, D, ["smart-city"], "plan"),
        c("지속 가능한 미래도시로 나아가기 위해 혁신사업을 더욱 확장하겠다", K, D, ["smart-city"], "plan"),
    ],
    "not_claims": ["대구 수성구, 스마트도시 ‘최고 등급’ 재확인",
                   "국토부 53개 지표 통과, AI·관제·미래교육까지 도시 혁신 확장",
                   "수성구청 전경. 김민규 기자"],
}

# cb-02 안동시 치매안심센터 개소 (2019-12-16)
D = "2019-12-16"
K = "gwon-yeong-se"
G["cb-02-hidomin.txt"] = {
    "metadata": {"headline": "안동시 치매안심센터 ‘새 둥지’… 환자·가족들과 아름다운 동행", "published": "2019-12-16",
                 "reporter": "정운홍", "outlet": None, "jurisdiction": "47170"},
    "officials": [K],
    "claims": [
        c("‘안동시 치매안심센터’가 용상동에 새롭게 문을 열고 16일 개소식을 가졌다", None, D, ["dementia-care"], "achievement"),
        c("신축 개소한 안동시치매안심센터는 안동시 보현로 12에", None, D, ["dementia-care"], "statement"),
        c("치매안심센터 곳곳에는 인지 재활 프로그램에 참여하시는 치매 어르신들의 다양한 작품을 전시하고 있다", None, D, ["dementia-care"], "statement"),
        c("‘실봇(치매 예방 로봇)’ 등을 활용해 인지 자극 프로그램을 운영할 계획이며", None, D, ["dementia-care"], "plan"),
        c("인지강화 프로그램을 오전·오후반으로 나누어 운영하는 등", None, D, ["dementia-care"], "plan"),
        c("치매 환자와 가족들이 편하게 기댈 수 있는 돌봄의 공간으로 거듭나길 바란다", K, D, ["dementia-care"], "statement"),
        c("치매 국가책임제에 맞춰", K, D, ["dementia-care"], "plan"),
    ],
    "not_claims": ["정보 제공·인지 프로그램 등 치매 관리사업 중추역할 기대",
                   "시공사 유공자 표창, 시립중창단 앙상블 공연, 테이프 커팅, 시설 관람 등의 순으로 진행됐다"],
}

# cb-03 대구 군위군 청년정책 (undated)
K = "kim-jin-yeol"
G["cb-03-kukinews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "27720"},
    "officials": [K],
    "claims": [
        c("일자리, 주거, 문화, 참여 등 전방위 맞춤형 청년 정책을 활발히 전개하고 있다", None, None, ["youth-policy", "jobs"], "statement"),
        c("청년창업 기반을 넓히고, 직·간접 일자리를 확대할 세대아우름 워케이션 조성", None, None, ["youth-policy", "startup-support", "jobs"], "statement"),
        c("주거 지원을 위해선 청년월세 지원사업을 운영하며", None, None, ["housing", "youth-policy"], "statement"),
        c("청년들이 다양한 문화생활을 즐길 수 있는 환경을 마련한다", None, None, ["youth-policy", "culture-tourism"], "statement"),
        c("54억 지방소멸대응기금이 투입돼 2026년 개소 예정으로", None, None, ["startup-support", "youth-policy"], "plan"),
        c("창업 지원은 사업화 자금, 멘토링, 창업공간 등 종합지원을 확대해", None, None, ["startup-support", "youth-policy"], "plan"),
        c("청년월세 지원사업은 별도 거주 19세~34세 청년을 대상으로", None, None, ["housing", "youth-policy"], "statement"),
        c("군위 청년문화카드는 20세~27세 청년에게", None, None, ["youth-policy", "culture-tourism"], "statement"),
        c("2023년 시작된 청년정책참여단은", None, None, ["youth-policy", "citizen-participation"], "statement"),
        c("청년 삶 전반을 지원하는 정책을 적극 추진하겠다", K, None, ["youth-policy"], "plan"),
        c("청년의 미래가 군위에서 실현될 수 있도록 의견을 폭넓게 수렴하겠다", K, None, ["youth-policy", "citizen-participation"], "plan"),
    ],
    "not_claims": [],
}

# cb-04 경주시장 신년 인터뷰 (2024-01-09)
D = "2024-01-09"
K = "ju-nak-yeong"
G["cb-04-yeongnam.txt"] = {
    "metadata": {"headline": "[경북 시·군 단체장 신년 인터뷰] 주낙영 경주시장 \"2025 APEC 유치·관광객 5천만 시대 열겠다\"",
                 "published": "2024-01-09T07:59+09:00", "reporter": "송종욱", "outlet": None, "jurisdiction": "47130"},
    "officials": [K],
    "claims": [
        c("관광객 5천만 시대를 열겠습니다", K, D, ["culture-tourism"], "target"),
        c("올해 경주시의 최대 역점과제는 '2025 APEC 정상회의' 유치로", K, D, ["culture-tourism"], "plan"),
        c("경주시는 관광객 유치를 위해 다양한 사업을 추진한다", None, D, ["culture-tourism"], "plan"),
        c("신라왕경 핵심유적 복원·정비, 신라역사관 건립", None, D, ["culture-tourism"], "plan"),
        c("새로운 관광콘텐츠를 만들고 문무대왕 성역화·경주읍성 2단계 사업도 추진한다", None, D, ["culture-tourism"], "plan"),
        c("e-모빌리티 연구단지와 미래 차 소재·부품·장비 산업 특화단지 등 혁신 생태계를 조성하고", K, D, ["future-vehicles", "research-development"], "plan"),
        c("건천 경제자유구역과 신경주역세권 해오름 플랫폼 시티 조성으로 투자를 선도하고", K, D, ["investment-attraction"], "plan"),
        c("중심상권 르네상스 사업과 경주형 e-커머스 활성화를 추진하고", None, D, ["small-merchants"], "plan"),
    ],
    "not_claims": ["주낙영 경주시장 \"2025 APEC 유치·관광객 5천만 시대 열겠다\"",
                   "SMR 산단 등 미래 에너지도시",
                   "주 시장은 경주의 미래산업에 공을 들이고 있다"],
}

# cb-05 울진군 시정연설 TV 리포트 (2019-11-20)
D = "2019-11-20"
K = "jeon-chan-geol"
G["cb-05-pohangtong.txt"] = {
    "metadata": {"headline": "울진군 \"원전 의존 구조 탈피\"", "published": "2019-11-20T16:23+09:00",
                 "reporter": "정필문", "outlet": "포항통", "jurisdiction": "47930"},
    "officials": [K],
    "claims": [
        c("정부 탈 원전 정책으로 어려움을 겪고 있는 울진군이", None, D, ["energy-transition"], "statement"),
        c("해양바이오 등 신산업과 함께 힐링과 스포츠 마케팅을 앞세웠고", None, D, ["medical-industry", "culture-tourism", "research-development"], "plan"),
        c("정부 에너지 정책 변화로 인한 갈림길에서", None, D, ["energy-transition"], "statement"),
        c("의료, 화장품, 식품관련 기업유치를 활성화 하겠습니다", K, D, ["investment-attraction", "medical-industry", "research-development"], "plan"),
        c("'수소에너지' 사업의 추진 의사도 밝혔습니다", K, D, ["energy-transition"], "plan"),
        c("'힐링도시' 조성도 빠지지 않았습니다", None, D, ["culture-tourism"], "plan"),
        c("남부는 후포 마리나와 해양치유시범센터", K, D, ["culture-tourism", "energy-transition"], "plan"),
    ],
    "not_claims": ["새해 울진군의 최대 군정 과제는",
                   "2020년을 '원전의존형 경제구조를 전환하는 원년'이라고",
                   "신산업으로 풍부한 해양 자원을 십분 활용한다는 전략을 세웠습니다",
                   "정필문기자의 보돕니다"],
}

# cb-06 대구시 미세먼지 시민원탁회의 (2019-11-07)
D = "2019-11-07"
K = "kwon-young-jin"
G["cb-06-ajunews.txt"] = {
    "metadata": {"headline": "대구시, \"잡아라 미세먼지\" 저감 대책 위한 시민원탁회의 열어", "published": "2019-11-07T16:25+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "27"},
    "officials": [K],
    "claims": [
        c("대구시는 미세먼지 대응을 위한 시민의 목소리를 듣고자 '제18회 대구시민원탁회의'를 개최한다고", None, D, ["fine-dust", "citizen-participation"], "plan"),
        c("지역 간 협력 및 공동의 노력이 필요한 실정이다", None, D, ["fine-dust"], "statement"),
        c("미세먼지에 대한 시의 정책과 대응할 수 있는 전략들을 시민과 함께 논의하기 위해 마련됐다", None, D, ["fine-dust", "citizen-participation"], "statement"),
        c("맑은 대구를 가질 수 있는 방안에 대한 고민을 시민들과 함께 나누는 토론의 장이 되기를 기대한다", K, D, ["fine-dust", "citizen-participation"], "statement"),
    ],
    "not_claims": ["시민 참가자 모집...정책 대응 논의",
                   "우리의 숨과 일상적인 삶을 위협하는 미세먼지가 다시 문제가 되고 있다"],
}

# cb-07 대구시 대중교통 종합대책 (1997, undated in the text)
G["cb-07-donga.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "정용균", "outlet": None, "jurisdiction": "27"},
    "officials": [],
    "claims": [
        c("시내버스 노선을 전면개편하는 등 교통난 완화를 위한 대중교통 종합대책을 마련했다", None, None, ["public-transit"], "achievement"),
        c("시내버스 90개 노선(일반58 좌석32)을 조정할 계획이다", None, None, ["public-transit"], "plan"),
        c("간선축과 지하철역을 연계운행하는 순환축으로 이원화하기로 했다", None, None, ["public-transit"], "plan"),
        c("버스전용차로 5개 노선 32.2㎞를 추가 지정", None, None, ["public-transit"], "plan"),
        c("버스정류장시설 현대화 등의 사업을 이달부터 추진키로 했다", None, None, ["public-transit"], "plan"),
        c("시내버스 공동차고지 7개소를 조성하고", None, None, ["public-transit"], "plan"),
    ],
    "not_claims": ["〈대구〓정용균 기자〉"],
}

# cb-08 대구시 출향청년 귀환 지원 (undated)
G["cb-08-kbmaeil.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "이곤영", "outlet": "경북매일", "jurisdiction": "27"},
    "officials": [],
    "claims": [
        c("대구시가 출향청년이 귀환하면 취업, 창업, 프리랜서 활동 및 주거를 지원해 지역 정착을 돕는다", None, None, ["youth-policy", "jobs", "startup-support", "housing"], "plan"),
        c("귀환 경로별 지원 및 주거를 지원할 예정이다", None, None, ["youth-policy", "jobs", "startup-support", "housing"], "plan"),
        c("취업편에서는 대구에서 열리는 기업 채용박람회 참여를 지원하고", None, None, ["youth-policy", "jobs", "startup-support"], "plan"),
        c("프리랜서편에서는 대구창조경제혁신센터 육성 창업기업과", None, None, ["youth-policy", "startup-support"], "plan"),
        c("지역의 공공기관 사택을 주거공간으로 제공해 주거문제 해소에 도움을 줄 예정이다", None, None, ["housing", "youth-policy"], "plan"),
    ],
    "not_claims": ["취업·창업 등 경로별 맞춤형 도움",
                   "공공기관 사택, 주거공간 제공도",
                   "매년 연도별 청년유출인구가 가장 많은 것으로 나타났다",
                   "참가신청은 ‘대구창업허브’"],
}

# cb-09 이철우 경북도지사 농업대전환 간담회 (2022-08-07; meeting 2022-08-05)
D = "2022-08-07"
E = "2022-08-05"
K = "lee-cheol-u"
G["cb-09-kukinews.txt"] = {
    "metadata": {"headline": "이철우 지사, “지금이 농업을 첨단산업으로 대전환할 적기”", "published": "2022-08-07T09:42:49+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "47"},
    "officials": [K],
    "claims": [
        c("4차 산업혁명기술이 일반화되고 있는 지금이 농업을 첨단산업으로 대전환할 적기다", K, E, ["agriculture"], "statement"),
        c("이 지사가 지역 농업의 대전환을 위해 첨단농업 및 식량안보분야 전문가들을 만나는 등", None, D, ["agriculture"], "statement"),
        c("민선 8기 농정 비전으로 선포한 ‘농업은 첨단산업으로! 농촌은 힐링공간으로!’를 구체화하기 위한 행보다", None, D, ["agriculture"], "statement"),
        c("비전의 핵심가치는 스마트 농업의 확산 및 고도화 통해", None, D, ["agriculture"], "statement"),
        c("▲시설원예분야 스마트화율 25%달성", None, D, ["agriculture", "youth-policy"], "target"),
        c("이번 간담회도 농업분야 전문가들에게 경북농업대전환의 필요성을 설명하고", None, E, ["agriculture"], "statement"),
    ],
    "not_claims": ["농업 전문가와 도시락 간담회 개최",
                   "이철우 지사가 농업분야전문가들과 의견을 나누고 있다",
                   "지난 5일 농업분야 전문가들과 가진 간담회에서 강조한 말이다"],
}

os.makedirs('/work/blind/set-cb/gold', exist_ok=True)
for name, gold in G.items():
    record = {"article": name, **gold}
    with open(f'/work/blind/set-cb/gold/{name}.json', 'w', encoding='utf-8') as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(gold["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
