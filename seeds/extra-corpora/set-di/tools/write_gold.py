"""Writes the hand-made gold annotations of set-di to gold/ (one JSON per article)."""
import json
import os

D = '/work/blind/set-di/gold'
os.makedirs(D, exist_ok=True)


def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c


G = {}

# di-01: 대구 달서구, 미세먼지 강창안심구역 (2021-03-01)
d = "2021-03-01"
G["di-01-kbmaeil.txt"] = {
    "metadata": {"headline": "대구 달서구, ‘미세먼지 강창안심구역 협의체’ 정기회의",
                 "published": "2021-03-01T20:15+09:00", "reporter": "심상선",
                 "outlet": "경북매일", "jurisdiction": "27290"},
    "officials": ["lee-tae-hun"],
    "claims": [
        C("주민소통을 통한 체계적인 미세먼지 저감추진에 나선다고 1일 밝혔다", None, d, ["fine-dust"], "plan"),
        C("미세먼지로부터 안심하고 생활할 수 있는 환경을 조성키로 했다", None, d, ["fine-dust"], "plan"),
        C("이날 회의에서 지역주민들의 의견수렴과 미세먼지 저감사업 및 올해 사업에 대해 논의했다", None, d, ["fine-dust"], "statement"),
        C("지난해 5월 대구시 최초로 미세먼지 강창안심구역’으로 지정·고시됐다", None, d, ["fine-dust"], "achievement"),
        C("달서구는 올해 이 구역에 1억8천만원의 예산을 투입해", None, d, ["fine-dust"], "plan"),
        C("대구 최초로 미세먼지 강창안심구역 지정, 미세먼지관리팀 신설", "lee-tae-hun", d, ["fine-dust"], "plan"),
    ],
    "not_claims": ["대구 달서구, ‘미세먼지 강창안심구역 협의체’ 정기회의", "/심상선기자 antiphs@kbmaeil.com",
                   "심상선기자 님의 최신기사"],
}

# di-02: 경남 고성군 치매안심센터 (undated)
G["di-02-nocutnews.txt"] = {
    "metadata": {"headline": "경남 고성군에 치매안심센터 문 연다", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "48820"},
    "officials": ["baek-du-hyeon"],
    "claims": [
        C("경남 고성군에 치매안심센터가 문을 연다", None, None, ["dementia-care"], "plan"),
        C("다음달 8일 고성읍보건지소에 치매안심센터를 개소한다고 12일 밝혔다", None, None, ["dementia-care"], "plan"),
        C("5억 원이 투입된 치매안심센터에는 프로그램실과 교육실", None, None, ["dementia-care"], "statement"),
        C("보건소장을 센터장으로, 간호사와 사회복지사 등 전담 인력을 구성해", None, None, ["dementia-care"], "statement"),
        C("치매안심센터는 국정 과제인 치매국가책임제의 이행 과제의 일환으로 추진됐다", None, None, ["dementia-care"], "statement"),
        C("만 60세 이상 모든 어르신은 치매 조기 검진을 할 수 있다", None, None, ["dementia-care"], "statement"),
        C("치매안심센터는 애초 다른 곳으로 옮겨 설치하려 했으나", None, None, ["dementia-care"], "statement"),
        C("치매안심센터에서 치매통합서비스를 제공하고 군민의 삶의 질을 향상시킬 수 있도록", "baek-du-hyeon", None,
          ["dementia-care"], "plan"),
    ],
    "not_claims": ["경남 고성군에 치매안심센터 문 연다", "고성읍 보건지소(사진=고성군청 제공)", "경남 많이본 뉴스"],
}

# di-03: 경북, 통합신공항 (date line 2020-12; meeting 1일)
d = "2020-12-01"
G["di-03-asiae.txt"] = {
    "metadata": {"headline": None, "published": "2020-12", "reporter": "박동욱", "outlet": "아시아경제",
                 "jurisdiction": "47"},
    "officials": ["lee-cheol-u", "kwon-young-jin"],
    "claims": [
        C("김해신공항 확장계획은 영남권 5개 시·도의 합의로 결정된 사항이므로", "lee-cheol-u", d,
          ["airport-relocation"], "plan"),
        C("흔들림 없이 대구경북 통합신공항 건설에 집중할 것을 주문하며 이같이 밝혔다", "lee-cheol-u", d,
          ["airport-relocation"], "plan"),
        C("김해신공항 검증결과는 김해신공항 계획에 기술적·절차상 문제에 대한 검토가 필요하다는 의견이지", "lee-cheol-u", d,
          ["airport-relocation"], "statement"),
        C("정치권의 소란에 동요하지 말고 통합신공항 건설에만 집중할 것", "lee-cheol-u", d,
          ["airport-relocation"], "plan"),
        C("대구경북 통합신공항이 성공하기 위해서는 국제선 노선을 많이 확보하는 것이 가장 중요하다", "lee-cheol-u", d,
          ["airport-relocation"], "statement"),
        C("모든 역량을 동원해 제대로 된 우리공항 만들기에 집중해야 한다", "lee-cheol-u", d,
          ["airport-relocation"], "plan"),
        C("김해신공항 건설사업은 당초 계획대로 추진되어야하며", "lee-cheol-u", "2020-11-17",
          ["airport-relocation"], "plan"),
    ],
    "not_claims": ["1일 도청 간부회의에서 '통합신공항 건설'에 업무 집중 주문",
                   "김해신공항 무산시키려면 5개 시·도 합의가 반드시 전제", "우리가 가야할 길이 멀다"],
}

# di-04: 울산 수소충전소 (2019-01-16)
d = "2019-01-16"
H = ["future-vehicles", "energy-transition"]
G["di-04-ujeil.txt"] = {
    "metadata": {"headline": "울산시, 수소충전소 연말까지 7개소로 확충", "published": "2019-01-16T21:59+09:00",
                 "reporter": "이상길", "outlet": None, "jurisdiction": "31"},
    "officials": [],
    "claims": [
        C("지역 수소충전소를 7곳으로 확충한다고 16일 밝혔다", None, d, H, "target"),
        C("4번째 수소충전소인 신일복합충전소(웅촌면 웅촌로 490)가 설치돼 운영에 들어갔다", None, d, H, "achievement"),
        C("연말까지 총 7개소가 설치돼 운영될 예정이다", None, d, H, "target"),
        C("기존 수소충전소 위치는 북구청 인근 경동수소충전소", None, d, H, "statement"),
        C("충전소 지속 건설 및 충전 서비스 범위를 확대해 나갈 계획", None, d, H, "plan"),
        C("수소 생태계 형성에 국회와 정부, 지자체들도 보조를 같이하며", None, d, H, "statement"),
    ],
    "not_claims": ["울산시, 수소충전소 연말까지 7개소로 확충", "이달 제4호 신일복합충전소 운영 개시",
                   "현대자동차는 수소연료전지시스템 생산 제2공장 신축과 함께"],
}

# di-05: 부산 서구, 취약계층 새해 방문 (2023-01-02)
d = "2023-01-02"
G["di-05-globalnewsagency.txt"] = {
    "metadata": {"headline": "부산 서구, 취약계층 보듬는 따뜻한 복지로 새해 출발", "published": "2023-01-02T21:43+09:00",
                 "reporter": "이상철", "outlet": "글로벌뉴스통신", "jurisdiction": "26140"},
    "officials": ["gong-han-su"],
    "claims": [
        C("취약계층 주민들과의 따뜻한 동행으로 계묘년 새해 구정업무를 본격적으로 시작했다", None, d, ["welfare"], "statement"),
        C("독거 어르신 댁을 차례로 방문해 동 새마을부녀회에서 직접 만든 밑반찬을 함께 전달하면서", None, d, ["welfare"], "statement"),
        C("가장 민감할 수밖에 없는 사람들이 취약계층 주민들이다", "gong-han-su", d, ["welfare"], "statement"),
        C("법적·제도적 뒷받침이 있지만 어려움을 충족시키기에는 분명 한계가 있을 것이라고 생각한다", "gong-han-su", d,
          ["welfare"], "criticism"),
        C("단 한 사람의 주민이라도 ‘딱! 살기 좋은 도시 서구’에서 소외되지 않도록", "gong-han-su", d, ["welfare"], "plan"),
    ],
    "not_claims": ["부산 서구, 취약계층 보듬는 따뜻한 복지로 새해 출발", "(사진제공:서구) 취약계층 보듬는 따뜻한 복지로 새해 출발",
                   "서구노인복지관에서 지역 어르신들을 위한 점심 배식 봉사 활동을 하면서"],
}

# di-06: 경남 청년정책 개편 (2025-04-03)
d = "2025-04-03"
YH = ["youth-policy", "housing"]
G["di-06-wowtv.txt"] = {
    "metadata": {"headline": "경남 \"청년 잡아라\"…주거·일자리 파격지원", "published": "2025-04-03T17:04+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "48"},
    "officials": [],
    "claims": [
        C("경상남도가 지역을 떠나는 청년들을 붙잡기 위해 각종 지원 정책을 강화한다", None, d, ["youth-policy"], "plan"),
        C("5개 분야 청년정책 128개 사업에 4007억원을 투입할 계획이다", None, d,
          ["youth-policy", "jobs", "housing", "education", "welfare", "culture-tourism", "citizen-participation"], "plan"),
        C("지역 청년정책을 수요자와 현장 중심으로 전면 개편한다고 3일 발표했다", None, d, ["youth-policy"], "plan"),
        C("우선 도는 청년주택 임차보증금 이자 지원 사업을 확대한다", None, d, YH, "plan"),
        C("2019년부터 도내 청년의 주거비 경감을 위해", None, d, YH, "statement"),
        C("기존 사업 효과가 감소하는 문제점이 나타났다", None, d, YH, "criticism"),
        C("도는 청년 연령을 기존 19~34세에서 19~39세로 확대하고", None, d, YH, "achievement"),
        C("지역 청년과 신혼부부를 위한 임대주택(청·신·호)도 2030년까지 1070가구 공급한다", None, d, YH, "target"),
        C("기존 매입임대형 청년주택 사업을 연차별로 확대해 2030년까지 6년간 330가구를 추가 공급한다", None, d, YH, "target"),
        C("지방소멸대응 광역기금을 활용해 임대주택 140가구를 건설한다", None, d, YH, "target"),
        C("전세임대형 주택사업을 내년부터 신설해 250가구를 공급할 계획이다", None, d, ["housing"], "target"),
        C("빈집과 유휴부지를 활용해 공공주도형 맞춤 청년주택 50가구를", None, d,
          ["youth-policy", "housing", "urban-regeneration"], "target"),
    ],
    "not_claims": ["경남 \"청년 잡아라\"…주거·일자리 파격지원", "수정 2025-04-04 01:25"],
}

# di-07: 대구 로봇산업 (2019-04-10)
d = "2019-04-10"
G["di-07-wowtv.txt"] = {
    "metadata": {"headline": "대구시 '로봇산업 선도도시'에 날개…성장기반 강화 추진", "published": "2019-04-10T11:25+09:00",
                 "reporter": "홍창진", "outlet": "연합뉴스", "jurisdiction": "27"},
    "officials": [],
    "claims": [
        C("'로봇산업 선도도시'를 지향하는 대구시가 관련 미래전략산업 기반을 강화하겠다는 계획에 날개를 달았다", None, d,
          ["robot-industry"], "statement"),
        C("기계로봇 분야를 선정해 로봇산업 시장창출 확대 및 기술고도화를 추진하는 가운데", None, d,
          ["robot-industry", "research-development"], "statement"),
        C("대구는 로봇산업의 중심지로 발전할 역량이 충분하다", None, "2019-03-22", ["robot-industry"], "statement", "문재인"),
        C("대구의 꿈을 정부가 적극 지원하겠다", None, "2019-03-22", ["robot-industry"], "plan", "문재인"),
        C("로봇산업 성장기반 강화사업을 적극 추진할 계획이다", None, d, ["robot-industry"], "plan"),
        C("로보틱 스마트화 제조공정 제작지원, 핵심부품 국산화 개발", None, d,
          ["robot-industry", "research-development"], "plan"),
        C("지역의 전문 연구기관·대학이 주관 및 참여한다", None, d, ["robot-industry", "research-development"], "statement"),
        C("총 30억원을 들여 스마트시티 생활융합형 서비스로봇 육성시범사업을 펼친다", None, d,
          ["robot-industry", "smart-city"], "plan"),
        C("스마트시티와 연계할 생활융합형 서비스로봇 시제품 제작을 지원하고", None, d,
          ["robot-industry", "smart-city"], "plan"),
    ],
    "not_claims": ["정부 비전 힘입어 핵심부품 국산화·서비스로봇 개발·로봇문화 확산", "입력 2019-04-10 11:25"],
}

# di-08: 경남 스마트팜 청년농 (broadcast, undated)
A3 = ["agriculture", "startup-support", "youth-policy"]
G["di-08-knn.txt"] = {
    "metadata": {"headline": "스마트팜으로 청년농업인 육성 본궤도", "published": None, "reporter": "김건형",
                 "outlet": None, "jurisdiction": "48"},
    "officials": ["park-wan-su"],
    "claims": [
        C("령화가 걱정인 농업에 청년들이 다시 돌아오기 시작했습니다", None, None, ["agriculture"], "statement"),
        C("바로 첨단 정보통신 기술을 활용한 스마트팜 덕분입니다", None, None, ["agriculture"], "achievement"),
        C("스마트팜으로 접근하면 내가 인식하는 이전의 농법과는 다르기 때문에", None, None, ["agriculture"], "statement", "최은형"),
        C("지난 2020년부터 시작된 경남 스마트팜 청년창업 교육이 주목받고 있습니다", None, None, A3, "achievement"),
        C("매년 교육생 선발 경쟁률만 2대1, 3대1에 달합니다", None, None, A3, "achievement"),
        C("25명이 임대형 팜 운영에 들어갔고 8명은 청년 창업농이 됐습니다", None, None, A3, "achievement"),
        C("스마트팜 (교육)에 대한 경쟁률이 많이 높아지고 있습니다", None, None, A3, "achievement", "강주식"),
        C("광역지자체가 직접 조성,운영하는 경남이 유일합니다", None, None, ["agriculture"], "statement"),
        C("경남도는 청년창업농 육성과 함께 스마트팜 기술혁신에도 박차를 가하고 있습니다", None, None,
          A3 + ["research-development"], "statement"),
        C("대한민국 농업 발전의 미래다라는 생각을 가지게 되고", "park-wan-su", None, ["agriculture"], "statement"),
    ],
    "not_claims": ["스마트팜으로 청년농업인 육성 본궤도", "김건형 기자입니다", "광주가 고향인 최은형 씨는 원래 디자인 전공자입니다",
                   "그래서 선택한 것이 경남 스마트팜 혁신밸리의 보육센터였습니다"],
}

# di-09: 안동시 새해 설계 (broadcast, 2023-01-09)
d = "2023-01-09"
G["di-09-tbc.txt"] = {
    "metadata": {"headline": "안동시 100년 도약 기틀 마련", "published": "2023-01-09", "reporter": "이혁동",
                 "outlet": "TBC", "jurisdiction": "47170"},
    "officials": ["gwon-gi-chang"],
    "claims": [
        C("안동은 예천과 행정통합 기틀을 마련하고", None, d, ["decentralization", "water-supply", "culture-tourism"], "plan"),
        C("예천을 하나로 묶는 행정통합을 화두로 던졌습니다", None, d, ["decentralization"], "plan"),
        C("주민 의견 수렴에 나서 올해 안에", None, d, ["decentralization", "citizen-participation"], "plan"),
        C("주민들이 주도적으로 추진해야만 성공을 하든 실패를 하든 문제가 없다고 생각해요", "gwon-gi-chang", d,
          ["decentralization", "citizen-participation"], "statement"),
        C("올 상반기에는 주민 투표 발의를 할 수 있도록 만들어드리고", "gwon-gi-chang", d,
          ["decentralization", "citizen-participation"], "plan"),
        C("투자와 활력이 넘치는 기업 환경 조성과", None, d, ["investment-attraction", "water-industry"], "plan"),
        C("낙동강 유역의 광역상수도를 국책사업으로 추진하고", None, d, ["water-supply", "medical-industry"], "plan"),
        C("옛 안동역사 부지와 폐철도 구간을", None, d, ["culture-tourism"], "plan"),
        C("머무는 관광도시로 도약을 준비하고 있습니다", None, d, ["culture-tourism"], "plan"),
    ],
    "not_claims": ["안동시 100년 도약 기틀 마련", "경북 시·군의 역점 사업과 현안을 살펴보는",
                   "100년 도약의 기틀을 마련하겠다는 각오입니다", "재미와 감동을 주는 콘"],
}

for name, g in G.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    with open(os.path.join(D, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
