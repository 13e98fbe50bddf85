"""Writes set-om gold files (hand annotation; one dict per article)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
os.makedirs(GOLD, exist_ok=True)


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = []
FV, ET = "future-vehicles", "energy-transition"
YP = "youth-policy"

# om-01 천안 일자리 (institutional narration)
D = "2026-02-10"
G.append({
    "article": "om-01-asiatoday.txt",
    "metadata": {"headline": "천안시, 3년 연속 일자리 3만개 창출에 ‘도전’", "published": "2026-02-10T10:42+09:00",
                 "reporter": "배승빈", "outlet": "아시아투데이", "jurisdiction": "44130"},
    "officials": [],
    "claims": [
        c("올해 일자리 3만 개 창출이라는 목표를 향해 다시 한 번 속도를 낸다", None, D, ["jobs"], "target"),
        c("31개 부서가 참여하는 지역일자리 추진단을 구성하고 120개 세부 일자리 사업을 체계적으로 관리·추진한다고 10일 밝혔다", None, D, ["jobs"], "plan"),
        c("일자리 정책의 실행력을 높일 계획이다", None, D, ["jobs"], "plan"),
        c("천안시는 이미 성과로 경쟁력을 입증해 왔다", None, D, ["jobs"], "achievement"),
        c("2023년에는 목표 2만 8000개 대비 2만 8928개(103.3%)를 달성했고", None, D, ["jobs"], "achievement"),
        c("3년 연속 목표 초과 달성이라는 성과를 거뒀다", None, D, ["jobs"], "achievement"),
        c("5대 전략을 중심으로 추진된다", None, D, ["jobs", YP], "plan"),
        c("스마트도시 조성 사업, 청년 성장 프로젝트, 산업단지 재직 청년 워라밸 프로그램, 탄소중립 시민 전문가 양성 사업", None, D,
          ["jobs", "smart-city", YP, "climate-carbon"], "plan"),
    ],
    "not_claims": ["일자리는 최고의 복지이자 도시 경쟁력의 바로미터다", "천안시청 전경(겨울) (2)"],
})

# om-02 춘천 수소교통 복합기지 (강원도; 경제부지사 not in registry)
D = "2025-12-01"
G.append({
    "article": "om-02-fnnews.txt",
    "metadata": {"headline": "수도권-강원권 잇는 춘천 수소교통 복합기지 준공", "published": "2025-12-01T11:18+09:00",
                 "reporter": "김기섭", "outlet": "파이낸셜뉴스", "jurisdiction": "51"},
    "officials": [],
    "claims": [
        c("춘천 수소교통 복합기지가 2일 준공식을 열고 본격적인 운영에 들어간다", None, D, [FV, ET], "achievement"),
        c("수소 분야 친환경 모빌리티 전환 정책의 핵심 축으로 강원권 수소교통 인프라 확장의 전환점으로 평가된다", None, D, [FV, ET], "statement"),
        c("상용차의 안정적 운행이 가능해졌다", None, D, [FV, ET], "achievement"),
        c("총사업비 199억여만원이 투입됐으며", None, D, [FV, ET], "statement"),
        c("수소버스 100여 대 충전 수준의 규모를 갖췄다", None, D, [FV, ET], "statement"),
        c("도내 수소차 보급은 11월 기준 총 3466대로", None, D, [FV, ET], "achievement"),
        c("17곳으로 확대된다", None, D, [FV, ET], "plan"),
        c("강릉 주문진·고성·동해에도 추가 구축을 협의 중이다", None, D, [FV, ET], "statement"),
        c("강원이 미래 기후테크 산업으로 도약하는 핵심 기반시설", None, D, ["climate-carbon", FV, ET], "statement", "김광래"),
        c("강원도 역시 수소자동차를 6650대까지 확대하", None, D, ["climate-carbon", FV, ET], "target", "김광래"),
    ],
    "not_claims": ["수소 상용차량 하루 100대 충전·정비 등 시설 구축", "2030년까지 수소차 6650대·충전소 30곳 확대 추진"],
})

# om-03 아산 출산 (institutional narration)
D = "2024-07-15"
CB = "childcare-birth"
G.append({
    "article": "om-03-hancheong.txt",
    "metadata": {"headline": "[아산시] ‘아이 키우기 좋은 아산’ 지방소멸 탈출 모델 될까", "published": "2024-07-15T12:48+09:00",
                 "reporter": None, "outlet": "한청신문", "jurisdiction": "44200"},
    "officials": [],
    "claims": [
        c("출생아 수가 지속해서 늘면서 타 시군으로부터 부러움을 사고 있다", None, D, [CB], "achievement"),
        c("아산시의 출생아는 2022년 1,851명으로", None, D, [CB], "achievement"),
        c("지난해 충남에서 출생아가 증가한 시군은 아산과 예산 두 곳뿐이다", None, D, [CB], "achievement"),
        c("아산시의 합계출산율 또한 2022년 0.906명", None, D, [CB], "achievement"),
        c("소폭이지만 증가세를 보인다는 점에서 더욱 의미가 깊다", None, D, [CB], "statement"),
        c("저출산 극복을 위한 아산시의 신규사업 및 기존 사업의 확대 노력이 주목받고 있다", None, D, [CB], "achievement"),
        c("5개 사업의 신청 대상 소득 기준을 전면 폐지해 혜택 대상을 넓혔다", None, D, [CB], "achievement"),
        c("임신 사전건강관리 등 2개 사업을 새롭게 추진 중", None, D, [CB], "statement"),
    ],
    "not_claims": ["지방소멸위기 속 인구·출산율 증가", "다양한 출산·보육 지원 시책, 아산형 교육모델 드라이브 등 성과",
                   "2024년 아산시 어린이 문화예술 공연 사업 추진"],
})

# om-04 강원 김진태 강원특별법
D = "2026-03-03"
KJT, DC, ED = "kim-jin-tae", "decentralization", "education"
G.append({
    "article": "om-04-segye.txt",
    "metadata": {"headline": None, "published": "2026-03-03", "reporter": None, "outlet": None, "jurisdiction": "51"},
    "officials": [KJT],
    "claims": [
        c("약속대로 강원특별법 3차 개정안을 통과시켜주길 바란다", KJT, D, [DC], "plan"),
        c("야당이 반대하는 것도 아니니 강원특별법 개정안 국회 통과라는 약속을 지켜줬으면 한다", KJT, D, [DC], "plan"),
        c("강원·세종·전북·제주 4개 특별자치시도는 이미 단일안이 완성돼 있다", KJT, D, [DC], "statement"),
        c("특별법은 논란도 없고 4개 시도에서 오래 전부터 요구하고 있는 만큼 더 이상 늦출 이유가 없다", KJT, D, [DC], "statement"),
        c("교육부로부터 제외하라는 통보를 받았다며 불쾌감을 표시하기도 했다", KJT, D, [DC, ED], "criticism"),
        c("지난달 이 조항을 빼라는 연락을 받았다", KJT, D, [DC, ED], "statement"),
        c("매우 충격적", KJT, D, [DC, ED], "criticism"),
        c("강원특별법에서도 빼라는 것인데, 이는 문제가 있다", KJT, D, [DC, ED], "criticism"),
        c("강원특별법을 새치기하고 베낀 것도 모자라 지우기까지 시도하려고 한다", KJT, D, [DC], "criticism"),
        c("정부는 강원특별법 개정안에 대해 긍정적으로 협의해 달라", KJT, D, [DC], "plan"),
    ],
    "not_claims": ["거대 여당은 의지만 있으면 못할 것이 없다", "행정안전위원회 소위 위원장이 다 민주당 소속이다",
                   "김진태 강원도지사가 3일 도청 기자실에서 열린 간담회에서 발언하고 있다"],
})

# om-05 연천 농어촌기본소득 (김덕현)
D = "2025-10-20"
KDH, WF = "kim-deok-hyeon", "welfare"
G.append({
    "article": "om-05-kmib.txt",
    "metadata": {"headline": "연천군, 농어촌기본소득 시범사업 최종 선정", "published": "2025-10-20",
                 "reporter": "박재구", "outlet": "국민일보", "jurisdiction": "41800"},
    "officials": [KDH],
    "claims": [
        c("농림축산식품부의 농어촌기본소득 시범사업에 최종 선정됐다", None, D, [WF], "achievement"),
        c("전국 유일의 접경지역으로 최종 선정됐다고 밝혔다", None, D, [WF], "achievement"),
        c("이번 성과는 지난 4년간 군민의 적극적인 참여와 행정, 경기도의 유기적인 협력으로 이뤄낸 결과로 평가받고 있다", None, D, [WF], "achievement"),
        c("군은 사업 준비 단계부터 주민 주도의 참여를 이끌어냈다", None, D, [WF, "citizen-participation"], "achievement"),
        c("농어촌기본소득 도입을 바라는 군민의 열망을 모았다", None, D, [WF, "citizen-participation"], "achievement"),
        c("연천군이 시범사업 지역으로 선정되는 쾌거를 이뤘다", None, D, [WF], "achievement"),
        c("시범사업은 2026년 1월부터 2027년 12월까지 2년간 시행된다", None, D, [WF], "plan"),
        c("매월 15만원의 연천사랑상품권이 지급된다", None, D, [WF, "small-merchants"], "statement"),
        c("필요한 지방비의 절반을 도비로 지원하기로 함에 따라", None, D, [WF], "statement"),
        c("연천형 농어촌기본소득이 전국에 확산될 수 있도록 모범적인 모델을 만들겠다", KDH, D, [WF], "plan"),
    ],
    "not_claims": ["내년부터 전 군민에 월 15만원 기본소득 지급", "앞으로도 군민이 체감할 수 있는 변화를 위해 함께 나아가겠다"],
})

# om-06 고양 경제자유구역 (이동환 interview)
D = "2023-06-12"
LDH, IA = "lee-dong-hwan", "investment-attraction"
G.append({
    "article": "om-06-kmib.txt",
    "metadata": {"headline": "이동환 고양시장 “경제자유구역 지정 통해 글로벌 자족도시로 도약”", "published": "2023-06-12T11:00+09:00",
                 "reporter": None, "outlet": "국민일보", "jurisdiction": "41280"},
    "officials": [LDH],
    "claims": [
        c("고양시를 경기북부 최초 경제자유구역으로 지정시키겠다고 밝혔다", LDH, D, [IA], "plan"),
        c("대학교나 연구소를 유치하기가 매우 어렵고 좋은 기업도 없다", LDH, D, [IA], "criticism"),
        c("‘경제자유구역 지정’이 악순환의 굴레를 끊을 유일한 해결책", LDH, D, [IA], "statement"),
        c("반도체, 바이오산업 등 첨단산업 클러스터 조성을 구상 중", LDH, D, [IA, "medical-industry"], "plan"),
        c("이름 있는 기업이 고양시에 자리를 잡게 되는 선순환 구조를 정착시키겠다", LDH, D, [IA, "jobs"], "plan"),
        c("경제자유구역은 고양시가 글로벌 자족도시로 가기 위한 마중물이자", LDH, D, [IA], "statement"),
        c("취임과 동시에 경제자유구역추진팀을 구성하고", None, D, [IA], "achievement"),
        c("경제자유구역 추가 지정 후보지로 선정되는 결실을 맺었다", None, D, [IA], "achievement"),
        c("최종 지정은 산업통산자원부가 내년 하반", None, D, [IA], "plan"),
    ],
    "not_claims": ["좋은 기업이 없으니 우수한 인재가 유입되지 않는 악순환이 계속되고 있다"],
})

# om-07 세종 이춘희 청년수도
D = "2021-07-08"
LCH = "lee-choon-hee"
G.append({
    "article": "om-07-ccnnews.txt",
    "metadata": {"headline": "이춘희 세종시장, '청년수도 세종’ 추진", "published": "2021-07-08",
                 "reporter": "최형순", "outlet": None, "jurisdiction": "36"},
    "officials": [LCH],
    "claims": [
        c("청년수도 세종을 추진 하겠다", LCH, D, [YP], "plan"),
        c("다양한 청년정책을 펼쳐나가고자 한다", LCH, D, [YP], "plan"),
        c("가칭 청년정책담당관을 신설하고, 청년이 주도적으로 청년정책을 만들 수 있도록 제도화하겠다", LCH, D, [YP], "plan"),
        c("여러 분야에서 실효성 있는 청년정책을 발굴하고, 추진하겠다", LCH, D, [YP], "plan"),
        c("시민주권회의에 청년분과를 신설하여 청년들이 스스로 정책을 찾아내고 결정할 수 있도록 하겠다", LCH, D, [YP, "citizen-participation"], "plan"),
        c("현재 연간 220억원 정도인 청년 관련 예산을 대폭 확대하겠다", LCH, D, [YP], "plan"),
    ],
    "not_claims": ["주거와 일자리 문제 등 청년들의 어려움과 고민 해결", "세종시에는 인구의 약 20%인 6만 8000여명의 청년이 살고 있다"],
})

# om-08 세종 최민호 청년 간담회 (undated)
CMH, CP = "choi-min-ho", "citizen-participation"
G.append({
    "article": "om-08-koreantoday.txt",
    "metadata": {"headline": None, "published": None, "reporter": "이윤주", "outlet": "코리안투데이", "jurisdiction": "36"},
    "officials": [CMH],
    "claims": [
        c("청년의 수요를 반영한 실효성 있는 정책 발굴에 박차를 가했다", None, None, [YP], "statement"),
        c("청년의 소통과 참여를 확대하고 청년정책을 발굴·제안하기 위해 구성되어 활동해 왔다", None, None, [YP, CP], "statement"),
        c("올해는 74명의 청년이", None, None, [YP, CP], "statement"),
        c("청년결혼준비 지원 등의 청년정책네트워크 제안을 청취하고", None, None, [YP, CP], "statement"),
        c("지역 청년의 수요를 반영한 실효성 있는 정책을 발굴할 계획이다", None, None, [YP], "plan"),
        c("꼭 필요한 다양한 청년 시책을 청취할 수 있는 소중한 기회였다", CMH, None, [YP], "statement"),
        c("청년이 머물고 싶은 도시 세종을 만드는 데 적극 나서겠다", CMH, None, [YP], "plan"),
    ],
    "not_claims": ["총 50여 명이 참석했다", "최민호싲ㅇ 중앙부처 청년보좌역 등 지역 청년과 간담회",
                   "각자의 분야에 대한 제안을 직접 발표하며 사업의 필요성과 효과성을 설명했다"],
})

# om-09 수원 이재준 청년 주거 (undated)
LJJ, HS = "lee-jae-jun", "housing"
G.append({
    "article": "om-09-locallife.txt",
    "metadata": {"headline": None, "published": None, "reporter": "송준형", "outlet": "로컬라이프", "jurisdiction": "41110"},
    "officials": [LJJ],
    "claims": [
        c("전국이 주목한 수원의 청년 주거 정책이다", LJJ, None, [YP, HS], "achievement"),
        c("‘역세권 새빛청년존’이 아주 특별한 상을 받았다", LJJ, None, [YP, HS], "achievement"),
        c("청년인구 및 저출산고령화 문제에 대한 우리 시의 대응이 높은 평가를 받았다", LJJ, None, [YP, "childcare-birth"], "achievement"),
        c("청년 정책의 본질은 단순히 결핍된 부분을 메워주는 것이 아닌 가능성을 열어주는 것이다", LJJ, None, [YP], "statement"),
        c("자립준비청년의 주거 부담을 획기적으로 줄인", LJJ, None, [YP, HS, "welfare"], "achievement"),
        c("수원시는 청년들이 스스로 자립하고 성장할 수 있도록 늘 곁에서 함께 걸으며", LJJ, None, [YP], "plan"),
    ],
    "not_claims": ["수상 후 기념촬영을 하고 있다", "‘인구감소 대응 부문 우수상’과 ‘창의정책상’을 수상했다",
                   "뿌리 내릴 자리만 내어줘도 언제든 아름다운 꽃을 만개할 수 있는 존재가 바로 우리 청년들이다",
                   "주거비에 매몰되다 보니 많은 청년들이 미래를 꿈꾸는 것조차 사치로 여기는 것이 현실이다"],
})

for g in G:
    with open(os.path.join(GOLD, g["article"] + ".json"), "w", encoding="utf-8") as handle:
        json.dump(g, handle, ensure_ascii=False, indent=1)
    print(g["article"], len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G))
