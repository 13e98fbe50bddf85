"""Writes the hand annotations of set-ay to gold/*.json."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


UR, CP = "urban-regeneration", "citizen-participation"
G = {}

# ay-01: 서울 동작구, 이데일리 (byline), undated ('15일' only) -> published and dates null
G["ay-01-edaily.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "양희동",
                 "outlet": "이데일리", "jurisdiction": "11590"},
    "officials": ["lee-chang-u"],
    "claims": [
        c("‘상도4동 도시재생사업’에 대한 릴레이 주민설명회에 돌입했다고 15일 밝혔다", None, None, [UR], "statement"),
        c("구는 설명회를 통해 도시재생사업의 진행사항을 알리고 사업계획에 대해 주민의 의견을 수렴한다", None, None, [UR, CP], "statement"),
        c("구는 주민의견을 적극적으로 수렴하기 위해 지난해 5월부터 ‘찾아가는 도시재생’이란 주제로", None, None, [UR, CP], "achievement"),
        c("또 1만 2000가구에 홍보 전단을 배부하고 3만 4800부의 소식지를 발행했다", None, None, [UR], "achievement"),
        c("주민 108명과 협의체를 구성해 민관협력을 위한 초석도 다졌다", None, None, [UR, CP], "achievement"),
        c("아울러 도시재생대학 강좌를 열어 1기 수료생 46명을 배출하고", None, None, [UR], "achievement"),
        c("2014년 12월 서울형 도시재생시범사업지구로 선정된 바 있다", None, None, [UR], "achievement"),
        c("주민 참여는 사업의 수단이 아닌 주된 목적", "lee-chang-u", None, [CP, UR], "statement"),
        c("앞으로 변화하는 마을의 모습을 주민이 피부로 느끼며 긍지와 보람을 가질 수 있도록 하겠다", "lee-chang-u", None, [UR], "plan"),
    ],
    "not_claims": [
        "이번 설명회는 오는 21일까지 총 5회에 걸쳐 진행되며 구에서 권역별로 주민을 직접 찾아가는 방식이다",
        "참석 대상은 상도4동 거주민이며 도시재생지원센터장과 용역사 대표가 번갈아 진행을 맡는다",
    ],
}

# ay-02: 서울 중랑구, 키즈맘, 2018-12-05 (입력 line)
D2 = "2018-12-05"
G["ay-02-kizmom.txt"] = {
    "metadata": {"headline": "중랑구, 어린이집 미세먼지 잡는다", "published": "2018-12-05T10:24:58+09:00",
                 "reporter": "이진경", "outlet": "키즈맘", "jurisdiction": "11260"},
    "officials": ["ryu-gyeong-gi"],
    "claims": [
        c("관내 국공립어린이집 33곳에 공기질 측정기를 설치했다", None, D2, ["fine-dust", "childcare-birth"], "achievement"),
        c("사물인터넷(IoT) 기반의 이번 공기질 측정기는 미세먼지와 초미세먼지", None, D2, ["fine-dust"], "statement"),
        c("또 내부 공기질이 ‘나쁨’ 이상이면 즉각 알람이 울린다", None, D2, ["fine-dust"], "statement"),
        c("구는 모니터링을 통해 환기와 공기청정기 가동 여부 등 행동요령을 알려준다", None, D2, ["fine-dust"], "statement"),
        c("231곳 어린이집에 공기청정기 임대료 지원 등 다양한 미세먼지 대책을 가동중이다", None, D2, ["fine-dust", "childcare-birth"], "statement"),
        c("대기질이 나빠질시 주민에게 안내 문자를 보내는 대기오염 예경보제도 운영한다", None, D2, ["fine-dust"], "statement"),
        c("대중교통 이용 캠페인, 환경교육센터 건립 등 미세먼지 저감을 위한 중장기 정책도 추진중", "ryu-gyeong-gi", D2, ["fine-dust", "public-transit"], "statement"),
        c("마음 놓고 숨 쉴 수 있는 환경을 만들겠다", "ryu-gyeong-gi", D2, ["fine-dust"], "plan"),
    ],
    "not_claims": ["중랑구, 어린이집 미세먼지 잡는다", "#미세먼지 , #어린이집 미세먼지 , #공기질 측정기"],
}

# ay-03: 서울 노원구, 서울앤 (print page), 등록 2025-07-02 15:08
D3 = "2025-07-02"
CC = "climate-carbon"
G["ay-03-seouland.txt"] = {
    "metadata": {"headline": "노원구, 탄소중립 계획 구민 안내서 발간", "published": "2025-07-02T15:08+09:00",
                 "reporter": None, "outlet": "서울앤", "jurisdiction": "11350"},
    "officials": ["oh-seung-rok"],
    "claims": [
        c("노원구는 수도권에서 유일하게 탄소중립 선도도시로 선정돼 건물 중심의 온실가스 감축정책을 중점 추진 중이다", None, D3, [CC], "achievement"),
        c("이외에도 에너지 전환, 자전거 중심의 수송 분야, 100만 그루 나무심기 등 다양한 정책이 안내서에 수록됐다", None, D3, [CC, "energy-transition"], "statement"),
        c("특히 ‘100만 그루 나무심기’는 대표적인 시민참여 사업이며", None, D3, [CC, CP], "statement"),
        c("19개 동 전체 주민자치회에서도 탄소중립 의제를 자율 실천하고 있다", None, D3, [CC, CP], "statement"),
        c("기본계획에는 구민 100여 명이 참여한 ‘탄소중립 구민회의’의 공론 결과도 반영됐다", None, D3, [CC, CP], "statement"),
        c("새로 도입되는 기후예산제 등 변화하는 업무 환경에 대한 실전 대응이 논의됐다", None, D3, [CC], "statement"),
        c("탄소중립 계획은 서류상에만 머물러선 안 되며, 시민과 공무원의 협력으로 삶 속에서 변화가 체감돼야 한다", "oh-seung-rok", D3, [CC], "plan"),
        c("정확하게 알리고 일관되게 실천하는 데 집중하겠다", "oh-seung-rok", D3, [CC], "plan"),
    ],
    "not_claims": [
        "탄소중립 녹색성장 기본계획 구민 안내서 표지. 노원구 제공",
        "안내서는 노원환경재단, 탄소중립지원센터 등을 통해 배포되며 구 누리집에서도 확인할 수 있다",
        "소속 공무원의 실행 역량 강화를 위해 ‘공부하는 노원구’를 모토로 4차례 연속 포럼도 열고 있다",
    ],
}

# ay-04: 경기 수원시, kgnews page (site clock 2024.07.23 is not the date), '12일' only -> null dates
CT = "culture-tourism"
G["ay-04-kgnews.txt"] = {
    "metadata": {"headline": "수원시, 메르스 타격 ‘관광시장 살리기’ 총력", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "41110"},
    "officials": ["yeom-tae-yeong"],
    "claims": [
        c("위축된 지역 관광시장을 살리기 위해 60억원에 가까운 예산이 투입되는 관광활성화 대책을 마련했다고 밝혔다", None, None, [CT], "achievement"),
        c("경기신용보증재단을 통해 업체당 최대 5천만원을 지원하고", None, None, [CT], "plan"),
        c("또 오는 9월까지 화성행궁, 수원화성을 무료 개방하고 관련 체험시설 사용료도 받지 않는다", None, None, [CT], "plan"),
        c("국제관광박람회와 의료관광박람회 등이 열리는 미국, 독일, 스페인, 러시아 등에서 관광 세일즈 활동을 펼칠 계획이다", None, None, [CT], "plan"),
        c("‘트롤리버스’ 4대를 도입하고 홍보대사 등을 활용해 적극적인 홍보에 나설 방침이다", None, None, [CT], "plan"),
        c("시는 예비비 59억9천200만원을 투입해 내년 상반기까지 이번 대책을 추진한다", None, None, [CT], "plan"),
        c("내년 수원화성 방문의 해를 앞두고 터진 메르스 위기를 극복하고", "yeom-tae-yeong", None, [CT], "plan"),
    ],
    "not_claims": ["관광활성화에 60억원 투입", "업체당 최대 5천만원 지원", "수원화성 등 9월까지 무료"],
}

# ay-05: 경기 양평군, kyeonggi app page, undated ('지난 25일', '2024년 군정계획 설명회') -> null dates
G["ay-05-kyeonggi.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "41830"},
    "officials": ["jeon-jin-seon"],
    "claims": [
        c("양평의 농업도 대한민국을 넘어서 세계 속으로 나아갈 준비를 해야한다", "jeon-jin-seon", None, ["agriculture"], "plan"),
        c("양평에 와 있는 외국인(캄보디아) 아이도 양평의 아이가 될 수 있다고 생각하고 도와줘야 한다", "jeon-jin-seon", None, ["welfare"], "plan"),
        c("전진선 군수는 행정, 지역경제, 관광, 교육, 지역개발 등 다양한 분야에 대한 군정계획을 설명했다", "jeon-jin-seon", None, [CT, "education"], "statement"),
    ],
    "not_claims": [
        "군정계획설명회서 “양평 농업 세계로 나갈 준비해야” 강조",
        "강남스타일이 아닌 양평만의 스타일을 만들어야 한다",
        "캄보디아 방문 때 (1960년대) 독일에 간 우리나라의 광부를 생각했다",
        "세계 속의 양평으로 나아가기 위해 매력양평을 만들어야 한다",
        "1700여 공직자들과 함께 원칙과 균형을 지키며 진심진력을 다해 군정을 펼쳐가겠다",
        "이날 군정설명회에는 군 정책자문단, 공약사업이행평가단, 관광전략위원회, 교육발전위원회",
        "또 공약이행 성과를 발표하고 ‘매력양평’ 실현을 위한 전문가 의견도 들었다",
    ],
}

# ay-06: 경기 화성시, 기호일보 (copyright/e-mail), undated ('21일', '지난 19일') -> null dates
SC = "smart-city"
G["ay-06-kihoilbo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "박진철", "outlet": "기호일보",
                 "jurisdiction": "41590"},
    "officials": [],
    "claims": [
        c("민선8기 시작과 함께 스마트 미래도시를 조성하겠다고 선언한 화성시가 전문가와 함께 밑그림 그리기에 나섰다", None, None, [SC], "plan"),
        c("스마트도시건설사업 실시계획 및 준공 승인 절차 5단계 안을 검토했다", None, None, [SC], "statement"),
        c("또 태안3지구 등 4개 지역 스마트도시건설사업 실기계획안과 시에 맞는 스마트도시 서비스 발굴 방안 등을 논의했다", None, None, [SC], "statement"),
        c("제안해 주신 고견들을 면밀히 검토해 스마트도시사업에 적극 반영하겠다", None, None, [SC], "plan", "정승호"),
        c("행정부터 경제산업, 문화, 교통까지 전방위에 걸쳐 미래도시의 롤모델을 제시하도록 노력하겠다", None, None, [SC], "plan", "정승호"),
    ],
    "not_claims": [
        "지난 19일 유앤아이센터에서 ‘2022년 제1회 스마트도시사업협의회’를 개최했다",
        "협의회에는 공직자, 시의원, 대학, 한국토지주택공사, 한국수자원공사",
        "기호일보 - 아침을 여는 신문, KIHOILBO",
    ],
}

# ay-07: 강원도, 아주경제 AMP page (outlet not named), 2021-02-19 12:18; plan announced '18일'
E7, P7 = "2021-02-18", "2021-02-19"
G["ay-07-ajunews.txt"] = {
    "metadata": {"headline": "강원도, 10년 빠른 '강원형 2040 탄소중립' 선언", "published": "2021-02-19T12:18+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "42"},
    "officials": ["choi-moon-soon"],
    "claims": [
        c("도는 전날인 18일 도청 브리핑룸에서 강원도 2040 탄소중립 추진전략 기본계획을 발표하고", None, E7, [CC], "plan"),
        c("2040 탄소중립 선언은 지난해 10월 정부의 탄소중립 선언 이후 실질적 이행 주체인 지방정부 중심 지역사회 역할을 확대했다는 의미가 있다", None, P7, [CC], "statement"),
        c("지방정부 차원에서 온실가스 감축계획과 미래 신기술 개발 등 단계별 이행 수단을 제시한 것도 관심을 끈다", None, P7, [CC], "statement"),
        c("구체적으론 액화수소 기반 클러스터·수소도시 조성과 연료전지 발전시설 구축 등 그린액화수소경제를 선도하고", None, E7, [CC, "energy-transition", "future-vehicles"], "plan"),
        c("육상·해상 등 풍력발전사업과 수열에너지 융복합 클러스터 조성 등 신재생·미래에너지 사업도 늘려나갈 계획이다", None, E7, [CC, "energy-transition"], "plan"),
        c("산업체 에너지 수요관리와 친환경먹거리 확보, 친환경리조트 조성 등 16개가 넘는 온실가스 감축사업 역시 단계적으로 시행한다", None, E7, [CC], "plan"),
        c("탄소중립 생활화 정착 등을 위한 인식개선 교육에도 나선다", None, E7, [CC], "plan"),
        c("탄소중립을 조기에 달성하려면 국가 예산 확대·온실가스 감축 연구·개발(R&D) 투자 등과 함께 도민이 적극적으로 탄소중립 생활을 실천해야 한다", "choi-moon-soon", E7, [CC, "research-development"], "plan"),
    ],
    "not_claims": [
        "4대 전략·12대 실천과제 제시",
        "'강원형 2040 탄소중립 추진전략 기본계획'을 발표하고 있다. [사진=강원도 제공]",
        "이 자리에는 한국기후변화연구원·강원연구원 등도 함께했다",
    ],
}

# ay-08: 강원 원주시, kwnews page (no byline), undated ('민선 7기' series) -> null dates
W = "won-chang-muk"
G["ay-08-kwnews.txt"] = {
    "metadata": {"headline": "[민선 7기 과제와 전망]양질의 일자리 창출 100만 경제도시 구축", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "42130"},
    "officials": [W],
    "claims": [
        c("원창묵 시장은 민선 7기 최우선 과제로 '일자리 만들기'를 꼽고 있다", W, None, ["jobs"], "statement"),
        c("부론국가산업단지의 디지털 헬스케어 산업 중심 육성, 기업도시와 혁신도시 기업 유치 및 조기 입주, 경력단절여성의 재취업 집중 지원에 역점을 둘 방침이다", W, None, ["jobs", "medical-industry", "investment-attraction"], "plan"),
        c("또 의료기기와 자동차 부품산업 육성을 전폭 지원하고", W, None, ["medical-industry", CT, "jobs"], "plan"),
        c("원주혁신도시 지역대학 공동캠퍼스도 적극 지원한다", W, None, ["education"], "plan"),
        c("청·장년 일자리 창출을 위해 일자리 보조금 지원, 대학생 창업 동아리 지원", W, None, ["jobs", "startup-support", "youth-policy"], "plan"),
        c("한마디로 원 시장은 모든 현안 사업들이 일자리 만들기로 이어지도록 시정 전략을 수립했다", W, None, ["jobs"], "statement"),
        c("원 시장은 여주~원주 수도권 전철 단선 착공과 복선 완공을 위해 중앙정부와 긴밀히 공조하고", W, None, ["public-transit", "medical-industry"], "plan"),
    ],
    "not_claims": [
        "'새 희망으로 역동하는 푸른 원주시'",
        "부론산단 헬스케어 육성·기업·혁신도시 조기 입주",
        "공공부문 지역업체 확대·경단녀 지원 … 경제 활성화",
        "민선 7기 원창묵 시정이 '새 희망으로 역동하는 푸른 원주'를 시정구호로 내걸고 새로운 4년의 도전을 계속한다",
    ],
}

# ay-09: 강원 영월군, pressian page (outlet not named), undated -> null dates; institutional + 과장 quote
G["ay-09-pressian.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "42750"},
    "officials": [],
    "claims": [
        c("‘2023년 귀농·귀촌 유치 지원’ 공모사업에 선정돼 총사업비 3억 4000만 원(국비 50%, 지방비 50%)을 확보했다고 밝혔다", None, None, ["agriculture"], "achievement"),
        c("귀농·귀촌 유치 지원사업은 도시민 귀농·귀촌 유치를 위한 지원센터 운영", None, None, ["agriculture"], "statement"),
        c("영월군은 올해 포함 3년 연속 공모사업에 선정돼", None, None, ["agriculture"], "achievement"),
        c("다양한 귀농·귀촌 지원을 통해 도시민의 농촌 유입을 적극 유도하고", None, None, ["agriculture"], "plan", "송초선"),
    ],
    "not_claims": ["전체댓글 0"],
}

os.makedirs(GOLD, exist_ok=True)
for name, gold in G.items():
    record = {"article": name, **gold}
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(gold["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
