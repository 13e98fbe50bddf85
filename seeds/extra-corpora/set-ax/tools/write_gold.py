"""Writes the hand annotations of set-ax to gold/*.json."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}

# ax-01: 서울 구로구, 2025-12-05 (등록 line), institutional narration only
D1 = "2025-12-05"
G["ax-01-enews25.txt"] = {
    "metadata": {"headline": "구로구, ‘제7차 미세먼지 계절관리제’ 4개월간 시행", "published": "2025-12-05T09:00+09:00",
                 "reporter": "백지나", "outlet": None, "jurisdiction": "11530"},
    "officials": [],
    "claims": [
        c("구로구가 `미세먼지 계절관리제`를 시행한다", None, D1, ["fine-dust"], "plan"),
        c("5일 구로구는 12월부터 내년 3월까지 4개월간 ‘제7차 미세먼지 계절관리제’를 운영한다고 밝혔다", None, D1, ["fine-dust"], "plan"),
        c("미세먼지 계절관리제는 겨울철 난방 사용 증가와 기상 여건 악화로", None, D1, ["fine-dust"], "statement"),
        c("구는 올해 계절관리제를 위해 수송, 사업장, 노출저감 등 3개 분야에서 서로 다른 2개의 핵심 대책을 마련했다", None, D1, ["fine-dust"], "achievement"),
        c("수송 분야는 운행차 배출가스 단속과 공회전 단속을 통해 총 1,400대를 점검하며", None, D1, ["fine-dust"], "target"),
        c("사업장 분야는 대기오염물질 배출사업장 111곳에 대한 지도·점검을 실시하고", None, D1, ["fine-dust"], "target"),
        c("비산먼지 발생사업장 53곳도 세륜·살수시설 운영 여부", None, D1, ["fine-dust"], "target"),
        c("경인로, 구로중앙로, 서해안로를 집중관리도로로 지정해 하루 4회 이상 도로 청소를 실시한다", None, D1, ["fine-dust"], "plan"),
    ],
    "not_claims": ["수송·사업장·노출저감 3개 분야 핵심 대책 추진", "배출가스 단속·사업장 점검·집중관리도로 청소 강화",
                   "“고농도 미세먼지 대비해 대기질 개선 총력”", "제7차 미세먼지 계절관리제 홍보 포스터."],
}

# ax-02: 서울특별시, 박원순; undated in text ('지난 4일', 민선 7기 1주년)
P = "park-won-soon"
G["ax-02-hankyung.txt"] = {
    "metadata": {"headline": "\"신혼부부 절반에 임대주택 공급\"…박원순 서울시장, 공급량 매년 2만5000호로 확대",
                 "published": None, "reporter": None, "outlet": None, "jurisdiction": "11"},
    "officials": [P],
    "claims": [
        c("남은 임기 3년 동안 ‘신혼부부 절반에게 공공임대주택을 공급하겠다’고 밝혔다", P, None, ["housing"], "target"),
        c("신혼부부 공공임대주택 공급량을 기존 목표인 매년 1만7000가구에서 2만5000가구로 더 늘리겠다는 계획이다", P, None, ["housing"], "target"),
        c("남은 임기 동안 가장 중요한 정책이 공공임대주택", P, None, ["housing"], "statement"),
        c("임기가 끝나는 시점이면 서울시 공공임대주택이 약 40만 가구로 전체 주택의 10%가 넘지만 돈을 더 쓰려고 검토 중", P, None, ["housing"], "target"),
        c("자산·소득 기준으로 서울시가 주택을 제공하는 것이 국민 정서에 맞지 않는 경우를 빼고 다 주겠다", P, None, ["housing"], "plan"),
        c("신혼부부 두 쌍 중 한 쌍은 (공공임대주택을) 공급받을 수 있지 않을까 생각한다", P, None, ["housing"], "target"),
        c("이렇게 하면 서울 청년층의 주거 문제가 상당히 해결될 것", P, None, ["housing", "youth-policy"], "statement"),
        c("그러나 박 시장은 임대주택 부지 확보, 재정 조달 방안 등에 대해서는 밝히지 않았다", None, None, ["housing"], "criticism"),
        c("서울시는 총 2조4465억원을 투입해 매년 1만7000가구씩 2022년까지 총 8만5000가구의 신혼부부용 공공임대주택을 공급할 계획이다", None, None, ["housing"], "target"),
        c("여기에 재원을 더 투입해 매년 2만5000가구를 공급하겠다는 설명이다", None, None, ["housing"], "target"),
    ],
    "not_claims": ["구태여 답한다면 ‘나 자신’", "21세기는 리더 한 사람이 모든 사람을 이끌고 가는 시대도 아니다",
                   "매일 시립조폐제조창을 만들어 돈을 찍어내는 꿈", "공급량 매년 2만5000호로 확대"],
}

# ax-03: 광주광역시, 이용섭 AI 비전 선포; undated in text ('29일')
L = "lee-yong-seop"
AI = "fourth-industrial-revolution"
G["ax-03-hankyung.txt"] = {
    "metadata": {"headline": "\"의향 넘어 인공지능 광주로\"…광주시, AI 중심도시 선언", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "29"},
    "officials": [L],
    "claims": [
        c("광주시가 제4차 산업혁명의 핵심인 인공지능(AI) 시대를 열어갈 대한민국 중심 도시로서 지향을 안팎에 알렸다", None, None, [AI], "plan"),
        c("이용섭 광주시장은 인공지능 클러스터 사업의 비전으로", L, None, [AI], "plan"),
        c("3대 가치로는 사람 중심, 공유와 개방, 광주형 AI 비즈니스 모델 구축을 제시했다", L, None, [AI], "plan"),
        c("광주시는 AI 클러스터 조성(5개), 광주형 AI 비즈니스 생태계 조성(6개)", None, None, [AI, "citizen-participation"], "plan"),
        c("사업 본거지가 될 집적단지는 앞으로 5년간 약 4천억원을 투입해 첨단 3지구 4만6천200㎡에 조성된다", None, None, [AI], "plan"),
        c("시는 스타트업 육성·지원, 기업 유치, 창업지원 펀드 조성", None, None, [AI, "startup-support", "investment-attraction"], "plan"),
        c("유치원부터 대학원까지 인재 양성 사다리를 구축하고 평생 시민교육을 추진한다", None, None, [AI, "education"], "plan"),
        c("시민 참여형 과제는 데이터 기증 운동, AI 기술을 활용한 생활 문제 해결, 클러스터 포럼 등이 포함됐다", None, None, [AI, "citizen-participation"], "statement"),
        c("1천개 업체 창업, 7천명 일자리 창출, 융복합 AI 인재 5천150명을 양성하는 효과를 기대했다", None, None, [AI, "startup-support", "jobs"], "target"),
    ],
    "not_claims": ["4대 추진전략·20대 중점 과제 발표…융합 사업단도 출범",
                   "광주시는 29일 오후 김대중컨벤션센터에서 '인공지능 중심도시 광주 비전 선포식'을 열었다"],
}

# ax-04: 전북 전주시, 김승수 inspects the regeneration sites; undated in text ('지난 24일')
K = "kim-seung-su"
UR = "urban-regeneration"
G["ax-04-jjn.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "45110"},
    "officials": [K],
    "claims": [
        c("전주시는 올해 구도심 100만평 아시아 문화심장터 프로젝트의 핵심사업인 ‘전주 전통문화 중심의 도시재생사업’을 본격 추진한다", None, None, [UR], "plan"),
        c("시는 이 사업을 통해 구도심에서 추진 중인 사업의 연계를 유도하고 민간 투자를 이끌어낼 계획이다", None, None, [UR, "investment-attraction"], "plan"),
        c("또한 중앙부처 협업사업과 자체사업 등 나머지 전통문화 중심의 도시재생사업 추진에도 속도를 낸다는 구상이다", None, None, [UR], "plan"),
        c("이날 김 시장은 국비 91억원 등 총 182억원이 투입돼 전라감영로 특성화사업 등 13개 마중물사업이 추진되는 구도심 곳곳을 점검했다", None, None, [UR], "statement"),
        c("오는 2020년까지 중앙동과 풍남동,노송동 등 구도심 일원 약 143㎡(43만2575평)에 총 1056억원이 투입되는 사업이다", None, None, [UR], "statement"),
        c("한옥마을이나 영화의거리 방문객을 구도심 전역으로 확산시켜 구도심 전체의 균형재생을 도모한다는 전략을 세우고 사업을 추진할 계획이다", None, None, [UR, "culture-tourism"], "plan"),
        c("이에 앞서 시는 지난 2015년 국토교통부 공모사업 선정과 지난해 도시재생사업 마스터플랜에 해당하는 도시재생활성화계획 수립", None, None, [UR], "achievement"),
    ],
    "not_claims": ["김시장 13개 마중물사업 점검",
                   "김승수 전주시장은 지난 24일 구도심을 대상으로 추진되는 전주 전통문화 중심의 도시재생사업에 대한 현장점검에 나섰다",
                   "주요 사업 대상지를 돌며 관련 전문가와 담당공무원들과 주요 사업 내용과 추진계획 등에 대한 다양한 의견을 나눴다"],
}

# ax-05: 전북 순창군, 황숙주; excerpt starts mid-article, no date in text ('올해')
H = "hwang-suk-ju"
AG = "agriculture"
G["ax-05-jjan.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "45770"},
    "officials": [H],
    "claims": [
        c("이는 올해 본예산 3013억 원 가운데 27%에 해당한다", None, None, [AG], "statement"),
        c("군은 한중 FTA 등 농업 개방화에 대응하고 경쟁우위의 특화농업을 육성하기 위해 농업·농촌분야에 예산을 확대했다", None, None, [AG], "statement"),
        c("분야별로는 친환경농업·농정 분야 339억 원, 농업기술 분야 46억 원", None, None, [AG], "statement"),
        c("친환경농업·농정 분야는 친환경 농업 경쟁력 강화 및 돌아오는 농촌 실현에 초점이 맞춰져 있다", None, None, [AG], "statement"),
        c("가족실습농장 및 귀농인의 집 조성 등을 통해 귀농귀촌인 유입에 힘쓸 계획이다", None, None, [AG], "plan"),
        c("농업기술 분야는 기후변화에 대응한 소득작물 신기술 보급과, 농촌발전을 이끌어갈 지역인재육성 등에 중점을 둔다", None, None, [AG], "plan"),
        c("또 축산·산림 분야는 축산진흥센터 건립, 공공승마장 조성, 자생식물원 조성 등 관광과 연계한 사업 등을 추진해", None, None, [AG, "culture-tourism"], "plan"),
        c("순창군은 농업 인구가 50%가 넘은 만큼 농업이 중심산업인 지역", H, None, [AG], "statement"),
        c("올해는 농업·농촌 분야에 보다 다양하고 특화된 사업을 추진해 농업경쟁력을 획기적으로 강화하는 한 해로 만들겠다", H, None, [AG], "plan"),
    ],
    "not_claims": [],
}

# ax-06: 전라남도, 귀농어귀촌 홍보 (2018 by context; not in text); institutional + non-registry 정책관
G["ax-06-kplus.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "이한국", "outlet": "코리아플러스", "jurisdiction": "46"},
    "officials": [],
    "claims": [
        c("추석 귀성객을 대상으로 귀농어·귀촌 지원정책 등을 집중 홍보할 계획이다", None, None, [AG], "plan"),
        c("이동 현장상담실을 운영하는 등 전남으로의 귀농어·귀촌을 적극 홍보한다", None, None, [AG], "plan"),
        c("2017년 한 해 동안 전남의 귀농어 가구는 2천210가구로 전국에서 두 번째로 많다", None, None, [AG], "achievement"),
        c("귀촌 가구는 2만 8천173가구로 전국에서 다섯 번째로 많다", None, None, [AG], "achievement"),
        c("이같은 귀농어·귀촌 가구 규모는 전년보다 약 2.3% 늘어난 수치다", None, None, [AG], "achievement"),
        c("‘귀농·귀촌 수도권 홍보’ 등 사업에 35억 9천300만 원을 투입해왔다", None, None, [AG, "startup-support"], "statement"),
        c("또한 전국 광역자치단체 가운데 최초로 귀농어 창업 및 주택구입 자금 대출 시 이자 2% 중 1% 차액을 지원해", None, None, [AG, "startup-support", "housing"], "achievement"),
        c("앞으로 그동안의 귀농어·귀촌정책을 재평가하고", None, None, [AG], "plan"),
        c("또한 전라남도 귀농어·귀촌 종합지원센터를 수도권에 신설해", None, None, [AG], "plan"),
        c("귀농어·귀촌 인구 유입 목표를 2022년까지 연간 5", None, None, [AG], "target", "유현호"),
    ],
    "not_claims": ["광주 송정역.목포역.시군 터미널.관광지서 유치활동"],
}

# ax-07: 제주특별자치도, 오영훈 interview (Q&A); undated in text (autumn, 2022-23 by context)
O = "oh-young-hun"
G["ax-07-kenews.txt"] = {
    "metadata": {"headline": "오영훈 제주도지사 \"제주 농업에 활력을 불어넣는 농업인 위한 정책 꼼꼼하게 펼칠 것\"",
                 "published": None, "reporter": None, "outlet": None, "jurisdiction": "50"},
    "officials": [O],
    "claims": [
        c("디지털 농업(스마트 농업)과 탄소저감 농업을 기반으로 환경을 보전하며 지속가능한 제주농업을 만들어가고자 한다", O, None, [AG, "climate-carbon"], "plan"),
        c("장기적으로 빅데이터·AI 기술을 접목해 고부가가치를 생산해 나가야 한다고 생각한다", O, None, [AG, AI], "plan"),
        c("지난해 수립한 농업 기술 개발·보급 계획을 차근차근 추진하고 있다", O, None, [AG], "statement"),
        c("△제주형 스마트팜 기술 개발·보급(12개소) △ICT 재해예방 종합관리 기술 보급(23개소)", O, None, [AG, AI], "target"),
    ],
    "not_claims": ["감귤산업은 꾸준하게 성장해 조수입 1조원 돌파...1조5천억원 시장으로 확장시킬 것",
                   "고령화된 감귤원은 성목이식 통해 품질 높이고, 품종갱신으로 경쟁력 높여 나가",
                   "제주 농업의 미래는 환경을 고려하는 친환경과 스마트 농업의 접점에 있는 것으로 보인다",
                   "제주농업 방향과 감귤산업 활성화에 대해 속 깊은 얘기를 들어봤다"],
}

# ax-08: 대전 대덕구, 박정현; outlet from byline; undated in text ('4일', '지난달 30일')
PJ = "park-jeong-hyeon-30230"
G["ax-08-jejutwn.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김대훈", "outlet": "제주교통복지신문", "jurisdiction": "30230"},
    "officials": [PJ],
    "claims": [
        c("2021년 도시재생 뉴딜사업에 대덕구 대화동이 최종 선정됐다고 4일 밝혔다", None, None, [UR], "achievement"),
        c("생활SOC 확충 및 가로환경 개선 등 지역 활성화를 위해 주민의 의견을 수렴, 2021년 도시재생 뉴딜사업에 공모했다", None, None, [UR], "achievement"),
        c("대덕구 대화동을 포함한 총 39곳을 올해 2차 도시재생 뉴딜사업 대상지로 선정했다", None, None, [UR], "achievement"),
        c("대덕구 대화동 도시재생 뉴딜사업은 2022년부터 2025년까지 4년 간 총 160억원이 투입되는", None, None, [UR, "housing", "smart-city", "culture-tourism"], "plan"),
        c("대화동 도시재생뉴딜사업의 선정을 매우 기쁘게 생각하며", PJ, None, [UR], "plan"),
    ],
    "not_claims": [],
}

# ax-09: 세종특별자치시, 이춘희 briefing 14일 = 2022-04-14 (승인 line)
LC = "lee-choon-hee"
D9 = "2022-04-14"
G["ax-09-sjsori.txt"] = {
    "metadata": {"headline": "이춘희 세종시장 “로컬푸드, 소비자 의견 반영할 시스템 만들겠다”", "published": "2022-04-14T13:53+09:00",
                 "reporter": "문지은", "outlet": None, "jurisdiction": "36"},
    "officials": [LC],
    "claims": [
        c("세종시 로컬푸드에 소비자 의견을 반영할 시스템이 만들어진다", LC, D9, [AG], "plan"),
        c("싱싱장터는 ‘당일출하 당일판매’ 원칙에 따라, 앞으로도 배달 서비스는 도입되지 않을 전망이다", LC, D9, [AG], "plan"),
        c("새롬동에 세워지고 있는 싱싱장터 3호점은 11월중 준공되고, 소담동에 세워질 싱싱장터 4호점은 7월 착공된다", LC, D9, [AG], "plan"),
        c("지난 2014년부터 추진한 ‘세종형 로컬푸드 운동’이 전국적으로 도농 상생모델로 자리매김하고 있다", LC, D9, [AG], "achievement"),
        c("일부 생산자 위주로 치우치고 있다는 의견이 있어, 소비자의 목소리를 대변할 수 있는 시스템을 만들겠다", LC, D9, [AG], "plan"),
        c("이 시장은 ▲생활권별 직매장 설치로 시민 접근성이 향상", LC, D9, [AG, "jobs"], "achievement"),
    ],
    "not_claims": ["“배달 서비스, ‘당일생산 당일판매’ 취지 안 맞아 채택 안 해”", "싱싱장터 새롬동 3호점 11월 준공, 소담동 4호점 11월 착공",
                   "농촌테마공원 ‘도토리파크’, 농촌체험·관광 중심 농업 육성도",
                   "세종형 로컬푸드 운동의 추진 성과와 향후 계획을 발표하고 있다",
                   "이춘희 세종시장은 14일 오전 세종시청 브리핑룸에서 연 정례브리핑을 통해 이같이 밝혔다"],
}

os.makedirs(GOLD, exist_ok=True)
total = 0
for name, gold in G.items():
    out = {"article": name}
    out.update(gold)
    total += len(gold["claims"])
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(out, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
print(len(G), "files,", total, "claims")
