"""Writes gold/<article>.json for set-qf (hand annotation; one dict per article)."""
import json, sys

G = {}

def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c

# ---------------------------------------------------------------- qf-01 울주군 귀농귀촌 (institutional)
D = "2025-01-06"
G["qf-01-tvtoday.txt"] = {
 "metadata": {"headline": "\"농촌에서 미리 살아보세요\"…울산 귀농귀촌 지원책도 각양각색",
              "published": "2025-01-06T08:00:32+09:00", "reporter": "장영은", "outlet": None,
              "jurisdiction": "31710"},
 "officials": [],
 "claims": [
  C("귀농귀촌을 희망하는 도시민에게 '농촌에서 살아보기' 기회를 드립니다", None, D, ["agriculture"], "statement"),
  C("울주군이 귀농귀촌 지원을 위한 다양한 사업을 펴고 있다", None, D, ["agriculture"], "statement"),
  C("울주군은 특히 2023년 귀농귀촌지원센터를 설립, 본격적으로 운영하면서", None, D, ["agriculture"], "achievement"),
  C("울산에서 귀농귀촌을 지원하는 전문센터로는 처음 생긴 기관이기도 하다", None, D, ["agriculture"], "achievement"),
  C("울주군은 먼저 '농촌에서 미리 살아보기' 사업을 통해", None, D, ["agriculture"], "statement"),
  C("만 18세 이상으로 연접 시군을 제외한 다른 지역에 사는 도시민이면 누구나 참여할 수 있다", None, D, ["agriculture"], "statement"),
  C("참가자에게는 최장 6개월간 주거와 연수 프로그램을 제공한다", None, D, ["agriculture"], "statement"),
  C("이들 참가자는 울주군에 있는 농촌체험휴양마을에서 체험할 수 있다", None, D, ["agriculture"], "statement"),
  C("예비 귀농귀촌인 팜투어 지원 사업도 하는데", None, D, ["agriculture"], "statement"),
  C("귀농 농업창업 및 주택구입 지원 사업도 하는데", None, D, ["agriculture", "startup-support", "housing"], "statement"),
  C("귀농귀촌인 역량 강화 지원에도 나서는데", None, D, ["agriculture"], "statement"),
 ],
 "not_claims": ["울산 귀농귀촌 지원책도 각양각색", "해당 마을은 삼동면 금곡마을, 두동면 치술령(옻밭)마을, 상북면 소호마을이다",
                "[울주군 제공.재판매 및 DB 금지]"],
}

# ---------------------------------------------------------------- qf-02 김해 허성곤
D = "2020-12-28"; H = "heo-seong-gon"
G["qf-02-chungnamonline.txt"] = {
 "metadata": {"headline": "허성곤 김해시장 \"일자리로 청년 수도권 이탈 막겠다\"", "published": "2020-12-28",
              "reporter": None, "outlet": None, "jurisdiction": "48250"},
 "officials": [H],
 "claims": [
  C("기업 유치를 통한 일자리 창출로 청년들이 수도권에 가지 않고 경남 김해에 머물 수 있는 조건을 마련하겠다는 내년 시정 목표를 밝혔다",
    H, D, ["investment-attraction", "jobs", "youth-policy"], "plan"),
  C("일자리를 창출해서 청년들이 서울로 가지 않아도 꿈과 희망을 펼칠 수 있는 곳을 만들겠다", H, D, ["jobs", "youth-policy"], "plan"),
  C("내년에 착공될 NHN 데이터센터나 인제대와 연계된 의생명 기업 등을 통해 양질의 일자리를 창출한다는 계획이다",
    H, D, ["jobs", "youth-policy", "fourth-industrial-revolution"], "plan"),
  C("전략적 기업 유치를 전담할 투자유치과를 신설해", H, D, ["investment-attraction", "jobs"], "target"),
  C("허 시장은 10만개 일자리(민간·공공) 창출 공약으로 임기 4년 중 2년 동안 5만 7천여개를 만들어왔다", None, D, ["jobs"], "achievement"),
  C("허 시장은 새로운 기업 유치와 함께 기존 제조업들의 혁신도 필요하다는 입장이다", H, D, ["investment-attraction"], "plan"),
  C("이제는 AI 로봇이나 스마트팩토리 등 4차 산업으로 가야한다", H, D, ["fourth-industrial-revolution", "robot-industry"], "plan"),
  C("내년에는 이들을 더 상급 수준으로 끌어 올려 양질의 일자리를 만들겠다", H, D, ["fourth-industrial-revolution", "jobs"], "plan"),
  C("코로나19로 인한 소상공인 피해 지원 부족과 청년 수도권 이탈 등에 대한 시정 대책의 아쉬움도 드러냈다",
    H, D, ["small-merchants", "youth-policy"], "criticism"),
 ],
 "not_claims": ["수도권을 제외하고 김해 등 비수도권은 인구 절벽 상태", "수도권처럼 재원의 여유가 많았다면 모든",
                "일자리로 청년 수도권 이탈 막겠다"],
}

# ---------------------------------------------------------------- qf-03 울산 도시재생 (institutional)
D = "2021-06-17"
G["qf-03-ulsanilbo.txt"] = {
 "metadata": {"headline": "울산 북구 정자·울주군 웅촌, 도시재생 뉴딜사업", "published": "2021-06-18T00:10+09:00",
              "reporter": "이춘봉", "outlet": "경상일보", "jurisdiction": "31"},
 "officials": [],
 "claims": [
  C("울산시가 북구 정자와 울주군 웅촌 도시재생 뉴딜사업을 국토교통부의", None, D, ["urban-regeneration"], "achievement"),
  C("2개 사업을 선정한 뒤 국토교통부에 제출했다고 17일 밝혔다", None, D, ["urban-regeneration"], "achievement"),
  C("공모 제출 사업은 국비 80억원 규모의 일반근린형(북구)과 국비 40억원 규모의 우리동네살리기(울주군) 1곳 등이다",
    None, D, ["urban-regeneration"], "statement"),
  C("사업비 168억원을 투입해 정자항 일대의 지속적인 쇠퇴 현상을 해결하고 주변 지역과 차별화된 상권을 조성해",
    None, D, ["urban-regeneration", "small-merchants"], "statement"),
  C("총 사업비 88억원을 투입해 상수원인 회야강 상류지역으로 오랫동안 개발에 소외된 웅촌 지역의 거주 환경을 개선하고",
    None, D, ["urban-regeneration", "culture-tourism"], "statement"),
  C("국토부는 실현 가능성 및 타당성 평가, 관련 부처 협의, 중앙 도시재생특별위원회 심의 등을 거쳐 오는 9월 최종 선정할 예정이다",
    None, D, ["urban-regeneration"], "plan"),
 ],
 "not_claims": ["대형 개발로 울산 해양관광 재도약 모색", "울산 북구 정자·울주군 웅촌, 도시재생 뉴딜사업"],
}

# ---------------------------------------------------------------- qf-04 인천 장기공공임대 (institutional + non-registry official)
D = "2019-04-22"
G["qf-04-fnnews.txt"] = {
 "metadata": {"headline": "인천시, 장기공공임대주택에 시설보수", "published": "2019-04-22T10:16+09:00",
              "reporter": "한갑수", "outlet": "파이낸셜뉴스", "jurisdiction": "28"},
 "officials": [],
 "claims": [
  C("인천시는 장기공공임대주택의 시설보수를 실시한다고 22일 밝혔다", None, D, ["housing"], "plan"),
  C("등 시설 보수작업을 진행한다", None, D, ["housing"], "plan"),
  C("또 인천도시공사는 입주자를 위한 일자리창출과 사회적 일자리 개발사업을 추진한다", None, D, ["jobs"], "plan"),
  C("영구임대주택 13개 단지 1만569세대, 국민임대주택 25개 단지 2만5186세대, 행복주택 5개 단지 3720세대가 입주해 있다",
    None, D, ["housing"], "statement"),
  C("시는 오는 2022년까지 공공임대주택 약 1만7000여 세대를 추가로 공급할 예정이다", None, D, ["housing"], "target"),
  C("장기공공임대주택의 시설물 개선뿐 아니라 입주민의 고용촉진을 위한 다양한 사업도 실시할 것",
    None, D, ["housing", "jobs"], "plan", speaker_name="김기문"),
 ],
 "not_claims": ["인천시, 장기공공임대주택에 시설보수"],
}

# ---------------------------------------------------------------- qf-05 진주 조규일 (candidate & incumbent)
D = "2022-05-20"; J = "jo-gyu-il"
G["qf-05-thegnnews.txt"] = {
 "metadata": {"headline": "[6·1 지방선거] 조규일 국민의힘 진주시장 후보, 항공·우주산업 미래먹거리 공약 발표",
              "published": "2022-05-20T20:26+09:00", "reporter": "정창현", "outlet": None, "jurisdiction": "48170"},
 "officials": [J],
 "claims": [
  C("향후 진주가 UAM 생산기지의 메카가 될 결정적 초석을 확보할 것", J, D, ["future-vehicles"], "statement"),
 ],
 "not_claims": ["산업분야의 공약사업을 발표했다",
                "항공·우주 분야 9개 공약사업에 1540억 원을 투입해 가시적 성과를 내겠다고 밝혔다",
                "회전익 시험비행센터 건립 의지를 보였다",
                "스토리텔링 과학관이 전국에서 주목하는 최대 이슈가 될 것",
                "지자체 최초로 공식 초소형 위성을 개발하는 도시를 만들겠다",
                "항공국가산업단지 조성은 오는 2024년 꼭 완성시키겠다",
                "서부경남에 항공우주청이 설치되면 활용도가 높은 산업단지로 조성될 것",
                "산업 분야 9개 사업 공약, 민선 8기 1540억 원 투입"],
}

# ---------------------------------------------------------------- qf-06 강서 진교훈 노인의 날
D = "2025-10-01"; K = "jin-gyo-hun"
G["qf-06-asiae.txt"] = {
 "metadata": {"headline": None, "published": "2025-10-02", "reporter": None, "outlet": None, "jurisdiction": "11500"},
 "officials": [K],
 "claims": [
  C("강서보건소의 사전연명의료의향서 접수, 건강관리협회의 건강 설문 및 스트레스 검사 등이 마련돼 어르신들의 건강관리에 도움을 줬다",
    None, D, ["public-health"], "statement"),
  C("고령 친화도시에 걸맞게 어르신들이 더 행복하게 살아가실 수 있도록 복지 인프라 확충과 맞춤형 지원을 강화하겠다",
    K, D, ["welfare"], "plan"),
  C("올해 개관한 내발산복합복지센터와 내년 4월 문을 여는", K, D, ["welfare"], "statement"),
 ],
 "not_claims": ["어르신들의 아낌 없는 사랑과 헌신이 있기에 지금의 우리가 있습니다",
                "‘제29회 노인의 날’ 기념행사에 참석해 이같이 소회를 밝혔다",
                "복지 발전에 기여한 유공자 11명이 표창을 받았으며",
                "강서구가 지난 7월 초고령사회에 진입했다"],
}

# ---------------------------------------------------------------- qf-07 마포 유동균 마포1번가
D = "2018-07-18"; Y = "yu-dong-gyun"
G["qf-07-wooritvnews.txt"] = {
 "metadata": {"headline": "마포구, 소통플랫폼 ‘마포1번가’ 신설", "published": "2018-07-18", "reporter": "김현아",
              "outlet": None, "jurisdiction": "11440"},
 "officials": [Y],
 "claims": [
  C("구민의 삶을 바꾸는 정책과 사업들을 구민과 함께 만들기 위해 소통창구인 ‘마포1번가’를 가동한다고 18일 밝혔다",
    None, D, ["citizen-participation"], "plan"),
  C("마포1번가는 민선7기 표어인", None, D, ["citizen-participation"], "statement"),
  C("정책 과정 전반에 걸쳐 주민 참여를 확대하고 지역 핵심과제를 발굴한다", None, D, ["citizen-participation"], "plan"),
  C("구는 다양한 구민의견을 수렴하기 위해 마포1번가 공식 누리집", None, D, ["citizen-participation"], "plan"),
  C("또 마포구청과 동주민센터에 파란우체통을 설치한다", None, D, ["citizen-participation"], "plan"),
  C("저조한 주민참여, 소수 전문가 위주의 기존 참여방식을 극복하기 위해 새로운 소통방식이 필요했다",
    None, D, ["citizen-participation"], "statement"),
  C("가장 좋은 정책은 구민들이 참여해서 만들어내는 정책", Y, D, ["citizen-participation"], "statement"),
  C("구민과 소통하면서 현장에서 답을 찾도록 최선을 다하겠다", Y, D, ["citizen-participation"], "plan"),
 ],
 "not_claims": ["다양한 의견 수렴과 공론화로 해결점 모색", "마포구, 소통플랫폼 ‘마포1번가’ 신설",
                "저출산, 고령화, 빈부격차 등의 사회 문제를 관 주도로는 해결하기에는 어렵다"],
}

# ---------------------------------------------------------------- qf-08 인천 박남춘 연료전지 청원 답변
D = "2019-05-20"; P = "park-nam-chun"
G["qf-08-newsway.txt"] = {
 "metadata": {"headline": "박남춘 인천시장 “친환경 대체에너지 전환, 미룰 수 없는 당면 과제”",
              "published": "2019-05-20T16:52+09:00", "reporter": "주성남", "outlet": None, "jurisdiction": "28"},
 "officials": [P],
 "claims": [
  C("수소연료전지 발전소사업 관련 시민청원에 대해 공식 답변했다", None, D, ["energy-transition", "citizen-participation"], "statement"),
  C("동구수소연료전지 발전소 백지화 요구 수용과 송도 LNG기지 내 연료전지발전소 사업 거부 선언을 요구하며",
    None, D, ["energy-transition", "citizen-participation"], "criticism"),
  C("민선6기 추진과정에서 주민 수용성 확보를 위한 노력이 다소 부족했었다고 생각한다", P, D, ["energy-transition"], "criticism"),
  C("숙의과정 민주주의 원칙을 반드시 지키겠다", P, D, ["citizen-participation"], "plan"),
  C("친환경 대체 에너지로의 전환은 더 이상 미룰 수 없는 당면 과제다", P, D, ["energy-transition"], "statement"),
  C("인천 전력 수요량의 25%를 신재생에너지로 대체할 계획", P, D, ["energy-transition"], "target"),
  C("작년 말 기준으로 전국 44개소 297.5㎿가 설치돼 있다", None, D, ["energy-transition"], "statement"),
 ],
 "not_claims": ["2024년 04월 19일 금요일", "현재 발전사업은 산업"],
}

# ---------------------------------------------------------------- qf-09 울주군 이선호 산재 공공병원
D = "2019-04-09"; L = "lee-seon-ho"
G["qf-09-wowtv.txt"] = {
 "metadata": {"headline": "이선호 울주군수 \"산재 공공병원 울주군 건립 환영\"", "published": "2019-04-09T16:12+09:00",
              "reporter": "서진발", "outlet": "연합뉴스", "jurisdiction": "31710"},
 "officials": [L],
 "claims": [
  C("산재 전문병원의 울주군 건립을 환영한다", L, D, ["public-health"], "statement"),
  C("맞춤형 공공병원으로 확대, 발전시키겠다", L, D, ["public-health"], "plan"),
  C("공공병원 유치운동 과정에서 밝힌 행정·재정적 지원 약속을 반드시 지키겠다", L, D, ["public-health"], "plan"),
  C("울산은 7대 특·광역시 중 상급 종합병원과 공공병원이 없는 유일한 도시이고", L, D, ["public-health"], "statement"),
  C("이제 시민의 삶의 질이 높아지고 건강 지표는 상승할 것", L, D, ["public-health"], "statement"),
  C("공공병원 울주군 건립을 23만 군민과 함께 환영하고", L, D, ["public-health"], "statement"),
 ],
 "not_claims": ["<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"],
}

only = sys.argv[1:]
for name, g in G.items():
    if only and name not in only:
        continue
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
           "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(f"/work/blind/set-qf/gold/{name}.json", "w", encoding="utf-8") as h:
        json.dump(out, h, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
