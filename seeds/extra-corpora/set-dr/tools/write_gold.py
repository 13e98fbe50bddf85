"""Writes gold/*.json for set-dr (hand annotation; see GOLD_NOTES.md)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")


def c(quote, policies, kind, speaker=None, date=None, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}

# dr-01 충북도 청년정책 시행계획 (국민일보, 2017-03-21); institutional narration only
D = "2017-03-21"
G["dr-01-kmib.txt"] = {
    "metadata": {"headline": "충북, 청년 일자리 7000개 만든다", "published": "2017-03-21T21:09+09:00",
                 "reporter": "홍성헌", "outlet": "국민일보", "jurisdiction": "43"},
    "officials": [],
    "claims": [
        c("청년 일자리 7000여개 창출을 목표로 ‘충북 2017 청년정책 시행계획’을 추진한다", ["youth-policy", "jobs"], "target", date=D),
        c("3만5000명 취업·창업 역량강화 지원 등을 골자로 한 청년정책 시행계획을 발표했다", ["youth-policy", "jobs", "startup-support"], "target", date=D),
        c("이 계획은 도의 관련부서, 유관기관 등이 합동워크숍과 간담회를 열어 결정한 것이다", ["youth-policy"], "statement", date=D),
        c("청년정책 기반 강화, 청년일자리 여건 확대, 청년문화·복지 활성화 등 3대 전략 달성을 목표로 하고 있다", ["youth-policy", "jobs"], "statement", date=D),
        c("도는 청년정책에 715억원의 사업비를 투입해 17개 과제, 78개 세부사업을 시행한다", ["youth-policy"], "plan", date=D),
        c("취업 분야는 취업역량 강화 교육, 청년취업 성공패키지사업", ["jobs", "youth-policy"], "statement", date=D),
        c("창업 분야에는 청년창업 베이스캠프 운영, 청년중심 창업아카데미", ["startup-support", "youth-policy", "agriculture"], "statement", date=D),
        c("또 청년문화 분야에는 청년예술가 창작환경 지원", ["youth-policy", "culture-tourism", "housing"], "statement", date=D),
        c("청년이 행복한 충북 실현을 위한 중장기 마스터플랜을 마련할 방침이다", ["youth-policy"], "plan", date=D),
    ],
    "not_claims": ["충북, 청년 일자리 7000개 만든다", "청주=홍성헌 기자 adhong@kmib.co.kr"],
}

# dr-02 세종 행정수도 세미나 (충청뉴스, 2025-04-29)
D = "2025-04-29"
M = "choi-min-ho"
G["dr-02-ccnnews.txt"] = {
    "metadata": {"headline": "세종특별자치시, 행정수도 완성을 위한 법적·제도적 위상 강화 논의 본격화", "published": "2025-04-29",
                 "reporter": "최형순", "outlet": "충청뉴스", "jurisdiction": "36"},
    "officials": [M],
    "claims": [
        c("실질적인 행정수도로 도약하기 위한 심도 깊은 논의의 장을 마련했다", ["decentralization"], "statement", date=D),
        c("핵심 의제는 세종시를 명실상부한 행정수도로 정립하기 위한 헌법 개정의 필요성과", ["decentralization"], "statement", date=D),
        c("세종시가 안고 있는 구조적인 문제점을 지적하고 행정수도 완성을 위한 비전을 제시했다", ["decentralization"], "statement", speaker=M, date=D),
        c("보통교부세 산정 등에서 이러한 특성이 제대로 반영되지 못하고 있다", ["decentralization"], "criticism", speaker=M, date=D),
        c("현행 세종시법으로는 도시의 한계를 극복하고 지속적인 성장을 이루기 어렵다고 진단했다", ["decentralization"], "criticism", speaker=M, date=D),
        c("세종시법 전부 개정을 통해 행정수도로 나아가는 첫걸음을 내딛어야 한다고 역설했다", ["decentralization"], "plan", speaker=M, date=D),
    ],
    "not_claims": [
        "세종특별자치시, 행정수도 완성을 위한 법적·제도적 위상 강화 논의 본격화",
        "- 세종특별자치시 국가균형발전지원센터-한국행정학회 특별 기획 세미나 개최",
        "「행정수도 세종」 특별 기획 세미나가 개최된 것이다",
        "이번 세미나는 한국 행정의 중추 기능을 수행하고 있음에도 불구하고",
    ],
}

# dr-03 충남 탄소중립위 출범 (text undated; no byline, no outlet named)
Y = "yang-seung-jo"
G["dr-03-hankyung.txt"] = {
    "metadata": {"headline": "충남 '석탄화력 2045년 완전 폐쇄' 온실가스 감축 계획 발표", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "44"},
    "officials": [Y],
    "claims": [
        c("충남도가 탄소중립 시기를 2050년에서 2045년으로 5년 앞당긴다", ["climate-carbon"], "plan"),
        c("2045년까지 탄소중립을 실현하겠다", ["climate-carbon"], "plan", speaker=Y),
        c("지난해 12월 보령화력 1·2호기 조기 폐쇄를 견인하고", ["climate-carbon", "energy-transition"], "target", speaker=Y),
        c("이는 지난 5월 2050 탄소중립을 공동 선언한 일정에서 5년 앞당기는 것이다", ["climate-carbon"], "statement"),
        c("17기를 수명 연장 없이 2035년 폐쇄하도록 할 방침이다", ["energy-transition"], "plan"),
        c("신서천화력발전은 수명 단축을 통해 나머지 12기와 함께 2045년 폐쇄 또는 중단토록 조치하기로 했다", ["energy-transition"], "plan"),
        c("탈석탄 완성을 통해 감축할 수 있는 온실가스는 2018년 기준 1억250만t에 달한다", ["energy-transition", "climate-carbon"], "statement"),
        c("산업 부문 온실가스 배출량도 대폭 감축한다", ["climate-carbon"], "plan"),
        c("국내 수소 공급량의 30%를 점유해 그린수소 공급을 늘려가기로 했다", ["energy-transition"], "target"),
        c("건물 부문 배출량은 2018년 230만t에서 2045년 30만t으", ["climate-carbon"], "target"),
    ],
    "not_claims": [
        "충남도 탄소중립위 출범…그린수소 늘리고 친환경차 확대 보급",
        "충남 '석탄화력 2045년 완전 폐쇄' 온실가스 감축 계획 발표",
    ],
}

# dr-04 임실군수 인구문제 릴레이 캠페인 (서울경제TV, 2025-04-09)
D = "2025-04-09"
S = "sim-min"
G["dr-04-sentv.txt"] = {
    "metadata": {"headline": "심민 임실군수, 인구문제 인식 개선 릴레이 캠페인 동참", "published": "2025-04-09T23:28:33+09:00",
                 "reporter": "최영", "outlet": "서울경제TV", "jurisdiction": "52750"},
    "officials": [S, "choi-yeong-il", "kim-byeong-nae"],
    "claims": [
        c("인구 감소의 심각성을 알리기 위해 인구문제 인식 개선 릴레이 캠페인에 동참했다", ["childcare-birth"], "statement", date=D),
        c("공공임대 아파트 건립 등 정주 여건 개선으로 신규 400세대 유입", ["housing", "culture-tourism", "education", "jobs"], "target", date=D),
    ],
    "not_claims": [
        "400세대 유입. 1,000만 생활인구 시대 개막 목표",
        "다음 참여자로 최영일 순창군수 지목",
        "이 캠페인은 보건복지부와 한국보건복지인재원이 공동 기획해",
        "임실군은 2021년 행정안전부가 지정한 89개 인구 감소 지역에 해당한다",
        "주민들과 인구 위기의 심각성에 대한 공감대를 형성하고 이를 해결하기 위한 정책사업을 추진하겠다",
        "5무주군, 소상공인 카드수수료 지원…최대 70만 원",
    ],
}

# dr-05 대전 스마트도시 사업협의회 (헬로디디; text undated); acting mayor 이재관
L = "lee-jae-gwan"
G["dr-05-hellodd.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "헬로디디", "jurisdiction": "30"},
    "officials": [L],
    "claims": [
        c("대전형 스마트시티 구축을 통한 4차 산업혁명특별시 육성을 위해 '스마트도시 사업협의회'를 발족했다고 이날 밝혔다", ["smart-city", "fourth-industrial-revolution"], "achievement"),
        c("스마트도시 사업협의회는 ETRI, KAIST, 국토연구원 등 외부 전문가 12명과 내부 공무원 등 20명으로 구성됐다", ["smart-city"], "statement"),
        c("대전 특화형 스마트시티 구축과 국가 스마트시티 R&SD 공모사업 등의 역할을 담당한다", ["smart-city"], "statement"),
        c("세계적인 스마트시티 선도 도시로 발돋움할 수 있도록 지역의 역량을 결집해 나갈 계획이다", ["smart-city"], "plan"),
        c("시민의 안전을 최우선으로 스마트시티 서비스를 지속적으로 발굴 추진해 나갈 계획", ["smart-city"], "plan", speaker=L),
        c("해외에서도 서비스 품질의 우수성을 인정받을 수 있는 발판을 마련하는 데 대전시가 앞장서 나가겠다", ["smart-city"], "plan", speaker=L),
    ],
    "not_claims": [
        "지역역량 결집···대전형 스마트시티 조성 견인차 역할 기대",
        "대전시는 31일 '스마트도시 사업협의회'를 발족했다.<사진=대전광역시 제공>",
        "저작권자 © 헬로디디 무단전재 및 재배포 금지",
    ],
}

# dr-06 광주 AI 중심도시 선포 (2020-01-29; outlet and reporter not in the excerpt)
D = "2020-01-29"
Lee = "lee-yong-seop"
F = ["fourth-industrial-revolution"]
G["dr-06-kmib.txt"] = {
    "metadata": {"headline": "광주, 인공지능 중심도시 선포… AI산업융합 사업단 출범", "published": "2020-01-29T13:40+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "29"},
    "officials": [Lee],
    "claims": [
        c("광주시가 4차 산업혁명을 이끌 ‘인공지능(AI) 중심도시’를 선언했다", F, "plan", date=D),
        c("AI 집적단지 조성을 통해 미래먹거리를 창출하고 도시경쟁력을 확보하기 위한 청사진을 제시했다", F, "plan", date=D),
        c("AI산업 육성으로 국가 경제발전을 견인하는 새로운 광주시대를 열겠다는 것이다", F, "plan", date=D),
        c("의향 광주를 넘어 경제1번지 AI 광주시대를 열겠다", F, "plan", speaker=Lee, date=D),
        c("2020년은 AI중심도시 광주(AI Hub Gwangju)의 원년", F, "statement", speaker=Lee, date=D),
        c("광주형 AI비즈니스 모델 구축을 제시하고 4대 추진전략과 20대 중점과제를 추진한다고 밝혔다", F, "plan", speaker=Lee, date=D),
        c("광주의 3대 산업에 AI의 옷을 입혀 다양한 제품의 부가가치를 극대화할 것", F, "plan", speaker=Lee, date=D),
        c("AI 비전과 융합산업 사업단 출범은 대한민국을 AI 4대 강국으로 뒷받침하기 위한 밑그림", F, "statement", speaker=Lee, date=D),
        c("AI선포식이 떠나는 광주에서 돌아오는 광주로 자리매김하는 변곡점이 돼야 한다고 강조했다", F, "plan", speaker=Lee, date=D),
        c("인공지능 1등 국가, 대한민국 실현이라는 공동 목표를 향해 나아가겠다", F, "plan", date=D, speaker_name="최기영"),
    ],
    "not_claims": [
        "광주, 인공지능 중심도시 선포… AI산업융합 사업단 출범",
        "김대중컨벤션센터에서 ‘AI중심도시 광주 비전 선포식’과 ‘AI산업융합 사업단 출범식'을 가졌다",
        "선포식과 출범식에는 최기영 과학기술통신부장관과 이용섭 광주시장",
        "선포식은 국민의례와 축사, 동영상 시청",
    ],
}

# dr-07 제주 전기차 2018 예산 (2017-12-31; outlet not named); institutional + a 국장 (not in registry)
D = "2017-12-31"
V = ["future-vehicles"]
G["dr-07-ndsoftnews.txt"] = {
    "metadata": {"headline": "道 올해 전기차 연관 산업 육성에 1070억 투자", "published": "2017-12-31",
                 "reporter": "김종광", "outlet": None, "jurisdiction": "50"},
    "officials": [],
    "claims": [
        c("전기차 연관산업 육성 등에 1070억원을 투입한다고 31일 밝혔다", V, "plan", date=D),
        c("우선 전기차 구매 지원에 880억원을 투입한다", V, "plan", date=D),
        c("총 3643대(승용 3596대, 버스 38대) 보급을 목표로 추진된다", V, "target", date=D),
        c("완속충전기 2430기를 추가로 설치할 계획이다", V, "target", date=D),
        c("약 400여개의 일자리 창출로 지역경제 활성화에 기여하고", ["future-vehicles", "jobs"], "target", date=D),
        c("수요자 중심의 전기차 이용문화 선도에 12억원을 투입한다", V, "plan", date=D),
        c("전기차 서포터즈 운영을 통한 전기차 정책의 온·오프라인 홍보로", V, "plan", date=D),
        c("전기차 연관산업 육성으로 전기차 정책의 새로운 패러다임 전환을 모색해 나가겠다", V, "plan", date=D, speaker_name="김현민"),
    ],
    "not_claims": ["道 올해 전기차 연관 산업 육성에 1070억 투자", "차량 구매 지원에 880억", "3643대 민간보급 목표 추진"],
}

# dr-08 순천시 새해 설계 (2020-01-03; outlet not named)
D = "2020-01-03"
H = "heo-seok"
T = ["culture-tourism"]
G["dr-08-sgfocus.txt"] = {
    "metadata": {"headline": "[순천시 새해 설계] “생태·문화 두 축으로 평화·경제 번영 원년으로”", "published": "2020-01-03",
                 "reporter": "이보람", "outlet": None, "jurisdiction": "46150"},
    "officials": [H],
    "claims": [
        c("동아시아 문화도시의 해인 2020년은 생태와 문화를 두 축으로, 평화와 경제 번영의 원년으로 삼겠다", T, "plan", speaker=H, date=D),
        c("‘세계 관광의 별’로 발돋움한다는 복안이다", T, "plan", date=D),
        c("2023년 두 번째 국제정원박람회 개최 등 국가정원의 품격을 높이는데 집중한다", T, "plan", date=D),
        c("어촌뉴딜 사업과 연계, 해양생태관광벨트로 조성해 힐링 명소로 키우고", ["culture-tourism", "agriculture"], "plan", date=D),
        c("낙안읍성을 2022년까지 세계문화유산으로 등재해", T, "plan", date=D),
        c("아시아를 넘어 세계적 문화와 평화도시로 도약하기 위한 노력도 경주한다", T, "plan", date=D),
        c("2020 동아시아 문화도시 선정을 받은 만큼 다양한 문화교류를 통해", T, "plan", date=D),
    ],
    "not_claims": [
        "[순천시 새해 설계] “생태·문화 두 축으로 평화·경제 번영 원년으로”",
        "올해 순천시의 역점 사업에 대해 점검해 본다",
        "● 세계 관광의 별",
        "정유재란 전적지에 조성할 한중일 평화공원을 차질없이 추진하고",
    ],
}

# dr-09 증평군 전통시장·골목상권 (text undated; no byline); institutional narration only
SM = ["small-merchants"]
G["dr-09-nocutnews.txt"] = {
    "metadata": {"headline": "증평군 전통시장·골목상권 활기 불어넣는다", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "43745"},
    "officials": [],
    "claims": [
        c("충북 증평군이 전통시장과 골목상권 활성화에 나섰다", SM, "plan"),
        c("증평종합시장을 정비하기 위해 오는 6월까지 도비 2억 원을 투입해", SM, "plan"),
        c("상인들과 소비자들을 위한 아케이드 보수공사에도 5000만원을 투입한다", SM, "plan"),
        c("향수의 전통시장을 만들기 위해 각종 문화예술공연과 문화이벤트", SM, "plan"),
        c("증평사랑으뜸상품권 구매 확산에도 나설 예정이다", SM, "plan"),
        c("소상공인의 자생력 강화를 위한 이차보전금 지원사업을 추진하는 한편", SM, "plan"),
        c("착한가격업소에 쓰레기봉투 지원과 우수업소 포상 등을 실시한다", SM, "plan"),
    ],
    "not_claims": ["증평군 전통시장·골목상권 활기 불어넣는다", "많이 본 뉴스"],
}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, body in G.items():
        gold = {"article": name, **body}
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as handle:
            json.dump(gold, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        print(name, len(body["claims"]))
    print("total", sum(len(b["claims"]) for b in G.values()))
