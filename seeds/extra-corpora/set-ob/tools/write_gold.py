"""Writes gold/*.json for set-ob (hand annotation)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")
os.makedirs(OUT, exist_ok=True)


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# ---------------------------------------------------------------- ob-01
K, D = "kim-yung-rok", "2025-07-29"
G["ob-01-kpinews.txt"] = {
    "metadata": {"headline": "김영록 전남지사 \"에너지기본소득 선도 도시 영광에 혜택·굴비 AI첨단 양식화해야\"",
                 "published": "2025-07-29T16:45+09:00", "reporter": "강성명", "outlet": None, "jurisdiction": "46"},
    "officials": [K],
    "claims": [
        c("특산품인 굴비·참조기는 AI를 활용한 양식산업으로 첨단화시켜야 한다", K, D,
          ["energy-transition", "welfare", "agriculture", "fourth-industrial-revolution"], "plan"),
        c("에너지기본소득에 대한 선도적인 노력을 기울인 만큼 해당 지역에 더 많은 혜택이 돌아가도록 하겠다", K, D,
          ["energy-transition", "welfare"], "plan"),
        c("재생에너지를 중심으로 해서 새로운 산업을 발전시키는 것은 전남도가 해나갈 수 있고 영광군이 제일 앞서가고 있다", K, D,
          ["energy-transition"], "statement"),
        c("청정수소 에너지 산업벨트를 대마산단 배후부지에 조성해 성과를 낼 수 있도록 하겠다", K, D,
          ["energy-transition"], "plan"),
        c("RE100산단의 경우 타 시도가 따라 올 수 없는 속도전이 필요하다", K, D, ["energy-transition"], "plan"),
        c("RE100은 물론 데이터센터의 경우도 영광원전이 있어 전력계통 연결이 짧은 만큼 유리하다", K, D,
          ["energy-transition", "fourth-industrial-revolution"], "statement"),
    ],
    "not_claims": [
        "에너지기본소득 선도 도시 영광에 혜택·굴비 AI첨단 양식화해야",
        "RE100과 데이터센터 원전 소유한 영광군 유리\" 응원",
        "정책현안에 대한 토론을 주재하고 참석자 질문에 답변을 하고 있다",
        "에너지 기본소득 재생에너지 바탕으로 한 영광군이",
    ],
}

# ---------------------------------------------------------------- ob-02
B, D = "byeon-seong-wan", "2020-09-07"
G["ob-02-channelenews.txt"] = {
    "metadata": {"headline": "‘푸른 하늘의 날’ 부산시-부산시민, 기후위기비상 선언!",
                 "published": "2020-09-07T20:05+09:00", "reporter": "안정은", "outlet": None, "jurisdiction": "26"},
    "officials": [B, "kim-seok-jun"],
    "claims": [
        c("‘제1회 푸른 하늘의 날’을 맞아 ‘기후위기비상 선언식’을 개최했습니다", None, D, ["climate-carbon"], "achievement"),
        c("기후위기 상황을 대내외에 알리고, 시민들과 지자체가 함께 기후위기 극복을 위해 적극적으로 나서기를 다짐하는 자리로 마련됐습니다",
          None, D, ["climate-carbon"], "statement"),
        c("각 선언 대표들은 탄소중립을 위한 실천의지를 다짐하고", None, D, ["climate-carbon"], "plan"),
        c("선언문에는 탄소중립 실현을 목표로 온실가스 감축사업 발굴과 적극적인 지원", None, D, ["climate-carbon"], "plan"),
        c("변 권한대행은 기후위기는 지금 당장 해결해야 할 재난이며 비상상황임을 강조하며", B, D, ["climate-carbon"], "plan"),
    ],
    "not_claims": [
        "부산시-부산시민, 기후위기비상 선언!",
        "이번 선언식에는 변성완 부산시장 권한대행과 신상해 부산시의회 의장",
        "사회적 거리두기 격상에 따라 참여인원은 당초 100여 명에서 30여 명으로 최소화하고",
        "이산화탄소를 배출한 만큼 이산화탄소를 흡수하는 대책을 세워 실질적인 배출량을 ‘제로(0)’로 만든다는 개념입니다",
    ],
}

# ---------------------------------------------------------------- ob-03
G3, D = "gu-in-mo", "2020-12-23"
G["ob-03-siminilbo.txt"] = {
    "metadata": {"headline": "거창군, 농업분야 기관평가 9관왕·농업인 6관왕",
                 "published": "2020-12-23T19:11+09:00", "reporter": "이영수", "outlet": "시민일보", "jurisdiction": "48880"},
    "officials": [G3],
    "claims": [
        c("농업 분야에서 눈부신 성과를 내면서 미래지향적 농업, 잘 사는 농촌, 행복한 농민 시대를 차질 없이 준비하고 있다", None, D,
          ["agriculture"], "achievement"),
        c("‘3無농업’은 전국적으로 주목을 받고 있으며, 거창만의 차별화된 브랜드로 육성해 나가고 있다", None, D,
          ["agriculture"], "achievement"),
        c("거창농업의 수준을 한 단계 업그레이드했다는 평가를 받고 있다", None, D, ["agriculture"], "achievement"),
        c("유통·마케팅 전략을 강력하게 추진해 나갈 계획이다", None, D, ["agriculture"], "plan"),
        c("농정혁신 노력이 좋은 평가를 받게 되어 기쁘다", G3, D, ["agriculture"], "achievement"),
        c("현장 중심의 농업 기술 서비스를 확대하고, 농업인의 소득이 증대될 수 있는 신규 사업 발굴에 최선을 다하겠다", G3, D,
          ["agriculture"], "plan"),
        c("급변하는 농업환경에 능동적으로 대응하기 위한 농정혁신은", None, D, ["agriculture"], "statement"),
    ],
    "not_claims": [
        "거창군, 농업분야 기관평가 9관왕·농업인 6관왕",
        "공모사업 174억원, 상사업비 5억원, 시상금 8천만원",
    ],
}

# ---------------------------------------------------------------- ob-04
Y, D = "kim-yeong-gil", "2025-07-01"
G["ob-04-ulsanilbo.txt"] = {
    "metadata": {"headline": "김영길 중구청장 취임 3주년, 구정 미래상·실천 과제 제시",
                 "published": "2025-07-02T00:01+09:00", "reporter": "주하연", "outlet": None, "jurisdiction": "31110"},
    "officials": [Y],
    "claims": [
        c("B-04 주택재개발 사업", Y, D,
          ["investment-attraction", "housing", "urban-regeneration", "disaster-safety"], "plan"),
        c("중부권 노인복지관 건립", Y, D, ["welfare", "culture-tourism"], "plan"),
    ],
    "not_claims": [
        "민선 8기 취임 3주년 기념식을 개최했다",
        "민선 8기 4년차 구정 미래상을 밝혔다",
        "5개 분야 실천 과제를 제시했다",
        "관계 공무원, 지역 주민 등 250여명과 기념촬영을 하고 있다",
    ],
}

# ---------------------------------------------------------------- ob-05
H = "heo-seong-gon"
G["ob-05-pknewdaily.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "48250"},
    "officials": [H],
    "claims": [
        c("소상공인들을 지원하기 위해 종합지원대책을 마련했다고 22일 밝혔다", None, None, ["small-merchants"], "achievement"),
        c("소상공인 육성자금을 내년에 50억원 확대해 연간 300억원 규모로 운용키로 했다", None, None, ["small-merchants"], "plan"),
        c("나들가게 선도지역 지원사업 등을 지속적으로 추진할 방침이다", None, None, ["small-merchants"], "plan"),
        c("소상공인의 활력 제고와 경제 활성화에 기여할 수 있도록 적극 노력하겠다", H, None, ["small-merchants"], "plan"),
    ],
    "not_claims": [
        "이마트와 신세계백화점이 동시에 영업에 들어가면서 인근 소상공인들이 큰 어려움을 겪고 있다",
    ],
}

# ---------------------------------------------------------------- ob-06
UR = "urban-regeneration"
G["ob-06-hankyung.txt"] = {
    "metadata": {"headline": "울산시, 도시재생 뉴딜사업 12개로 확대…총 2천억 투입",
                 "published": None, "reporter": None, "outlet": None, "jurisdiction": "31"},
    "officials": [],
    "claims": [
        c("10대 핵심과제인 도시재생 뉴딜 12개 사업에 올해 모두 2천억원을 투입한다", None, None, [UR], "plan"),
        c("종전 10개에서 12개로 늘었다고 3일 밝혔다", None, None, [UR], "achievement"),
        c("이들 사업은 주거지 지원형으로", None, None, [UR], "statement"),
        c("사업 기간은 올해부터 2023년까지다", None, None, [UR], "statement"),
        c("쇠퇴하는 옛 도심지역에 활력을 불어 넣고 새로운 도시 기능을 만들기 위해 추진한다", None, None, [UR], "statement"),
        c("'울산중구로다'를 비롯한 3개 사업을 시작으로 올해 2개 사업까지 포함해 모두 12개다", None, None, [UR], "statement"),
        c("구·군별로는 중구 3개, 남구 3개, 동구 2개, 북구 3개, 울주군 1개다", None, None, [UR], "statement"),
        c("전체 사업비는 2천3억원", None, None, [UR], "statement"),
        c("돌봄이 필요한 아동을 위한 행복아이(i) 쉼터와 지역아동센터를 조성하는 사업이다", None, None, [UR, "welfare"], "statement"),
        c("소방차 진입이 어려운 주거 밀집 지역에 소방도로 개설과 공용 주차장을 조성해 주민 안전을 강화하는 사업이다", None, None,
          [UR, "disaster-safety"], "statement"),
        c("도시재생 뉴딜사업으로 지역경제 활성화와 일자리 창출을 할 수 있도록 적극적인 시민 호응과 동참을 당부드린다", None, None,
          [UR, "jobs"], "statement"),
    ],
    "not_claims": [
        "울산시, 도시재생 뉴딜사업 12개로 확대…총 2천억 투입",
        "올해 '다 함께 어울림 신정3동'·'천걸음 이화정마을' 2개 사업 추가",
        "국토부는 그동안 도시재생 뉴딜사업에 매년",
    ],
}

# ---------------------------------------------------------------- ob-07
D = "2021-06-03"
G["ob-07-asiae.txt"] = {
    "metadata": {"headline": None, "published": "2021-06", "reporter": "이전성", "outlet": "아시아경제", "jurisdiction": "46870"},
    "officials": ["kim-jun-seong"],
    "claims": [
        c("‘귀농귀촌분야 지원사업’ 대상자를 모집한다고 3일 밝혔다", None, D, ["agriculture"], "plan"),
        c("농업창업, 주거안정, 역량강화, 지역민화합 프로그램 등 총 6종 12개소로", None, D,
          ["agriculture", "startup-support", "housing"], "plan"),
        c("신청자격은 군 전입 5년 이하 신규 귀농귀촌인으로", None, D, ["agriculture"], "statement"),
        c("귀농 농업창업 및 주택구입 지원사업에 한해 내달 7일까지 접수하면 된다", None, D,
          ["agriculture", "startup-support", "housing"], "statement"),
        c("귀농귀촌인들이 영광에 안정적으로 정착할 수 있는 계기가 될 것으로 기대하고 있다", None, D, ["agriculture"], "statement"),
    ],
    "not_claims": [
        "호남취재본부 이전성 기자 leejs7879@asiae.co.kr",
    ],
}

# ---------------------------------------------------------------- ob-08
J, D = "jeong-gi-myeong", "2025-04-24"
CT = "culture-tourism"
G["ob-08-jldnews.txt"] = {
    "metadata": {"headline": "정기명 여수시장, 섬박람회 현안 대책 회의 개최",
                 "published": "2025-04-25T23:11+09:00", "reporter": "안병호", "outlet": "전라도뉴스", "jurisdiction": "46130"},
    "officials": [J],
    "claims": [
        c("섬박람회의 본격적 추진을 위해 지난 24일 2026여수세계섬박람회 조직위원회와 현안 대책 회의를 가졌다", None, D, [CT], "statement"),
        c("섬박람회 연계사업에 대해 중점 논의했다", None, D, [CT], "statement"),
        c("사후 활용도 염두에 둔 실효성 있는 행사장 조성을 강조하면서", J, D, [CT], "plan"),
        c("섬박람회는 시정의 최우선 핵심 과제", J, D, [CT], "statement"),
        c("안전하고 내실 있는 섬박람회가 될 수 있도록 직접 챙기겠다", J, D, [CT], "plan"),
    ],
    "not_claims": [
        "주·부행사장 조성 지원 분야 등 섬박람회 연계사업 논의",
        "▲ 정기명 여수시장, 섬박람회 현안 대책 회의 개최",
    ],
}

# ---------------------------------------------------------------- ob-09
K, D = "kim-yung-rok", "2025-12-23"
G["ob-09-kpinews.txt"] = {
    "metadata": {"headline": "김영록 전남지사 \"전남, 다시 오지 않을 천재일우의 기회…AI·에너지로 도약\"",
                 "published": "2025-12-23T15:37+09:00", "reporter": "강성명", "outlet": None, "jurisdiction": "46"},
    "officials": [K],
    "claims": [
        c("'AI·에너지 수도, 전라남도 대부흥'의 길을 완성해 나가겠다", K, D,
          ["fourth-industrial-revolution", "energy-transition"], "plan"),
        c("전남의 미래 전략으로 AI와 에너지 대전환을 제시했다", K, D,
          ["fourth-industrial-revolution", "energy-transition"], "plan"),
        c("대규모 재생에너지를 생산하고, RE100 산단과 첨단산업을 대거 유치하겠다", K, D,
          ["energy-transition", "investment-attraction"], "plan"),
        c("해상풍력 집적화단지 확대, 데이터센터 클러스터 구축", K, D,
          ["energy-transition", "fourth-industrial-revolution"], "plan"),
        c("'전남 과학기술 진흥의 원년'으로 선포하고", K, D,
          ["research-development", "fourth-industrial-revolution", "energy-transition"], "plan"),
        c("'광주 민간·군 공항 통합 이전'이 전격 합의에 이르렀다", K, D,
          ["public-health", "airport-relocation"], "achievement"),
        c("광주·전남 특별광역연합은 40년의 행정 경계를 허무는 출발점이다", K, D, ["decentralization"], "statement"),
    ],
    "not_claims": [
        "전남, 다시 오지 않을 천재일우의 기회…AI·에너지로 도약",
        "통일교 정교유착 \"전혀 알지 못한다\" 부인",
        "도청 브리핑룸에서 2025년 송년 기자회견을 하고 있다",
        "국고 예산이 사상 최초로 10조 원 규모로 확대됐고",
        "지금은 우리 전남에, 다시 오지 않을 천재일우의 기회",
        "지방분권 국가 실현과 광주·전남 행정통합",
    ],
}

for name, gold in G.items():
    record = {"article": name, **gold}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
    print(name, len(gold["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
