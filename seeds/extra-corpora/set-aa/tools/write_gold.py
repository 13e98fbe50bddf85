"""Writes set-aa gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j):
    return dict(headline=h, published=p, reporter=r, outlet=o, jurisdiction=j)
G = {}

# aa-01 서울특별시 박원순 미세먼지 시즌제 (undated text; URL says 2019-11-21)
P, D, FD = "park-won-soon", None, ["fine-dust"]
G["aa-01-newspim.txt"] = dict(
    metadata=M(None, None, "이성우", "뉴스핌", "11"),
    officials=[P],
    claims=[
        C("미세먼지 시즌제는 사전 예방적 특별대책", P, D, FD, "statement"),
        C("3대 발생원인으로 꼽히는 수송(교통)·난방·사업장의 배출량을 줄이고 시민건강을 위한 9대 과제를 집중 추진하겠다", P, D, FD, "plan"),
        C("미세먼지를 줄이는 건 가장 절박한 민생현안이다", P, D, FD, "statement"),
        C("사회적 재난을 함께 이겨내기 위한 시즌제 도입인만큼 적극적인 참여와 관심을 부탁한다", P, D, FD, "plan"),
        C("고농도 미세먼지 발생이 잦은 겨울철부터 이른 봄철까지 평상시보다 강력한 저감 대책을 상시 가동해", None, D, FD, "statement"),
    ],
    not_claims=["서울시청에서 열린 '미세먼지 시즌제' 기자간담회에 참석했다"])

# aa-02 서울 동대문구 지역주도형 청년일자리 사업 (2018-08-20)
Y, D, JY = "yu-deok-yeol", "2018-08-20", ["jobs", "youth-policy"]
G["aa-02-seoul.txt"] = dict(
    metadata=M("청년들 위한 ‘내 일’의 문 동대문구가 열어줄게요", "2018-08-20T18:10+09:00", "주현진", "서울신문", "11230"),
    officials=[Y],
    claims=[
        C("서울 동대문구는 20일 ‘지역주도형 청년일자리 사업’ 발대식을 가졌다고 밝혔다", None, D, JY, "achievement"),
        C("청년 일자리를 직접 설계하고 구직을 실질적으로 돕는 청년 취업 프로그램이다", None, D, JY, "statement"),
        C("지역 내 사회경제기업체와 공공기관에 청년 20명의 취업을 연계했다", None, D, JY, "achievement"),
        C("청년들이 적성에 맞는 기관을 직접 선택할 수 있도록 해 참여 만족도를 높이고", None, D, JY, "statement"),
        C("사업은 발대식을 시작으로 12월까지 5개월간 진행되며 예산 확보 땐 연장 운영한다", None, D, JY, "plan"),
        C("앞으로도 지역 내 청년들을 위한 일자리 발굴에 힘쓰겠다", Y, D, JY, "plan"),
    ],
    not_claims=["청년들 위한 ‘내 일’의 문 동대문구가 열어줄게요", "지역주도형 일자리 사업 발대식",
                "동대문구청장이 20일 구청에서 지역주도형 청년 일자리 사업에 참여한 청년들과 파이팅을 외치고 있다"])

# aa-03 인천광역시 수소생태계 기본계획 (2025-11-04; institutional only)
D, EN = "2025-11-04", ["energy-transition"]
G["aa-03-fnnews.txt"] = dict(
    metadata=M("인천시, '인천형 수소생태계' 구축…내년 3월까지 계획 마련", "2025-11-04T14:10+09:00", "신민재", "연합뉴스", "28"),
    officials=[],
    claims=[
        C("인천시는 수소산업 육성을 위한 중장기 비전과 목표를 담은 기본계획을 내년 3월까지 수립할 예정", None, D, EN, "plan"),
        C("생태계 구축과 민간투자 유치, 인재 양성 방안 등을 담을 방침이다", None, D, EN + ["investment-attraction"], "plan"),
        C("현재 인천은 국내 최대 규모의 수소 대중교통 체계를 갖추고 있으며", None, D, EN + ["public-transit"], "plan"),
        C("시는 시내에 15곳의 수소충전소를 운영해", None, D, EN + ["future-vehicles"], "achievement"),
        C("다각적인 정책을 통해 수소경제 기반 조성을 선도하고 있다", None, D, EN, "achievement"),
        C("자문기구인 수소산업위원회도 운영하고 있다", None, D, EN, "statement"),
        C("민관 협력을 바탕으로 인천형 수소산업 생태계를 체계적으로 구축하고", None, D, EN, "plan"),
    ],
    not_claims=["수소 경제 (PG) (출처=연합뉴스)"])

# aa-04 강원도 귀농·귀촌 5만가구 유치 (2016-01-26; institutional only)
D, AG = "2016-01-26", ["agriculture"]
G["aa-04-kmib.txt"] = dict(
    metadata=M("“귀농은 강원도로”… 5만가구 유치 위해 1073억 투입", "2016-01-26T21:58+09:00", "서승진", "국민일보", "42"),
    officials=[],
    claims=[
        C("강원도가 2020년까지 귀농·귀촌인 5만 가구를 유치하기 위해 앞으로 5년간 7개 사업에 1073억원을 투자한다", None, D, AG, "target"),
        C("이 사업은 농촌인구의 지속적인 감소와 고령화에 대응해 미래농업인력을 안정적으로 확보하기 위한 것이다", None, D, AG, "statement"),
        C("시·군을 총괄하는 전략본부를 강원도 농촌융복합산업지원센터 내에 설치하고", None, D, AG, "plan"),
        C("도농업기술원에는 귀농 창업지원센터를 설치하고", None, D, AG + ["startup-support"], "plan"),
        C("33억원을 들여 귀농·귀촌 거점단지로 육성할 예정이다", None, D, AG, "plan"),
        C("이와 함께 귀농 창업 및 주택구매, 귀농인 정착지원금 지원사업도 추진한다", None, D, AG + ["startup-support"], "plan"),
    ],
    not_claims=["“귀농은 강원도로”… 5만가구 유치 위해 1073억 투입"])

# aa-05 강원 춘천시 최동용 호반 관광도시 (interview 16일 = 2015-04-16; published 2015-04-17 00:08:58)
CH, D, CT = "choi-dong-yong", "2015-04-16", ["culture-tourism"]
G["aa-05-segye.txt"] = dict(
    metadata=M("최동용 춘천시장 \"블루오션인 호수 활용 새 관광명소 만들 것\"", "2015-04-17T00:08:58+09:00", None, "세계일보", "42110"),
    officials=[CH],
    claims=[
        C("블루오션인 호수를 활용해 새로운 관광명소를 만들겠습니다", CH, D, CT, "plan"),
        C("수도권과의 뛰어난 접근성을 이용해 춘천을 체류형 관광지로 만들겠다", CH, D, CT, "plan"),
        C("깨끗하게 보전된 호수를 관광자원으로 만들어 춘천을 국내외에서 인정받는 관광도시로 발전시켜 나가겠다고 포부를 밝혔다", CH, D, CT, "plan"),
        C("호수 주변에 다양한 관광시설을 설치해 수도권 관광객이 찾아오도록 하겠다는 전략을 세웠다", CH, D, CT, "plan"),
        C("호반 관광도시 만들기가 춘천시의 최대 화두라고 볼 수 있다", CH, D, CT, "statement"),
        C("전철과 고속도로로 연결되는 교통망은 춘천을 수도권 시대로 편입시켰다", CH, D, ["public-transit"], "statement"),
        C("즐길 거리가 있다면 관광객 유치는 어렵지 않다는 발언도 덧붙였다", CH, D, CT, "statement"),
    ],
    not_claims=["닭갈비와 막국수만으로는 지역 발전에 한계가 있습니다",
                "지금이 춘천을 발전시킬 수 있는 최고의 시기",
                "최 시장은 호수에서 답을 찾았다",
                "호수에서 미래의 발전 모습을 찾아야 한다",
                "춘천은 1시간이면 서울 도심과 연결될 만큼 접근성이 뛰어나다",
                "시장실에서 만난 최 시장은 춘천의 미래 청사진을 술술 풀어놓았다",
                "최동용 춘천시장 \"블루오션인 호수 활용 새 관광명소 만들 것\""])

# aa-06 인천 강화군 유천호 관광객 1000만·코로나19 방역 (undated text; context 2020)
YU, D, CT = "yu-cheon-ho", None, ["culture-tourism"]
G["aa-06-sedaily.txt"] = dict(
    metadata=M(None, None, None, "서울경제", "28710"),
    officials=[YU],
    claims=[
        C("지난해 강화군 역사상 처음으로 관광객 1,000만 시대를 열었습니다", YU, D, CT, "achievement"),
        C("여세를 몰아 집중적인 투자를 통해 명실상부한 대한민국 최고의 관광지로 자리매김할 수 있도록 최선을 다하겠습니다", YU, D, CT, "plan"),
        C("차별화된 관광마케팅 전략이 기폭제 역할을 하면서 지난해 군 역사상 처음으로 1,000만명의 관광객을 유치했다", YU, D, CT, "achievement"),
        C("앞으로 교동도 화개산 정상에 스카이워크형 전망대를 조성해 새로운 랜드마크로 탄생시킬 예정", YU, D, CT, "plan"),
        C("특색 있는 관광 인프라를 지속적으로 발굴하고 조성해 나갈 방침이다", None, D, CT, "plan"),
        C("문화와 정체성을 강조한 문화재생사업에도 투자를 확대하기로 하고", None, D, CT, "plan"),
        C("연이은 재난을 모두 원활하게 극복해 내면서 세간의 주목을 받았다", None, D, ["public-health", "disaster-safety"], "achievement"),
        C("적극적인 방역활동을 펼친 결과 아직 해외유입 확진환자 1명 이외에 지역사회 감염은 나타나지 않", YU, D, ["public-health"], "achievement"),
    ],
    not_claims=["중앙부처와 국회, 군부대 등을 수시로 방문하는 등 ‘세일즈 행정’을 적극 펼치고 있다",
                "지난해 군 살림규모가 최초로 6,000억원을 돌파하는 등 행정 전반에 걸쳐 가시적인 성과가 나타나고 있다"])

# aa-07 경기 수원시 염태영 2017 열린 대화 (2017-01-16)
YT, D = "yeom-tae-yeong", "2017-01-16"
G["aa-07-ews21.txt"] = dict(
    metadata=M("염태영 수원시장, 4개구 방문해 구민 목소리 듣는다", "2017-01-16", "김성대", "국제뉴스", "41110"),
    officials=[YT],
    claims=[
        C("지난해 최고의 시정 성과로 수원화성방문의 해 성공적 개최를 들며 역대 최대 관광객(720만명)", YT, D, ["culture-tourism"], "achievement"),
        C("시민의 뜻에 따르는 수원 시민의 정부를 추진하겠다", YT, D, ["citizen-participation"], "plan"),
        C("9개 부문에서 3만6000개 일자리를 창출하는 것을 목표로 하고 있다", YT, D, ["jobs"], "target"),
        C("전통시장 현대화 사업", YT, D, ["small-merchants"], "plan"),
    ],
    not_claims=["장안구청 방문은 2017 시민과 함께하는 구·동 방문 열린 대화의 첫걸음이다",
                "또 경제·청년·안전·복지 등 9개 분야의 정책 성과를 설명했다",
                "이어 새해 시정 계획을 경제, 지속가능, 문화도시, 복지도시, 안전교통도시 등 6개 분야로 나눠 설명했다",
                "주민 질문과 건의사항이 적힌 소통 메모에 대한 염 시장의 답변, 주민과 대화로 이어졌다"])

# aa-08 경기도 김동연 2025 청정대기 국제포럼 (forum 2일 = 2025-09-02; page date 2025-09-03)
K, D = "kim-dong-yeon", "2025-09-02"
CC, ET = ["climate-carbon"], ["energy-transition"]
G["aa-08-kmib.txt"] = dict(
    metadata=M(None, "2025-09-03", None, None, "41"),
    officials=[K],
    claims=[
        C("광역지자체 최초로 경기기후위성은 11월 말 발사를 목표로 차질 없이 준비 중", K, D, CC, "plan"),
        C("일석삼조 효과의 기후펀드를 만들기 위해 올해 상반기까지 발전소 후보지 선정을 마쳤다", K, D, ET + CC, "achievement"),
        C("경기도의 경험과 데이터를 아낌없이 이재명 국민주권정부와 나누면서 세계의 기후행동을 이끌겠다", K, D, CC, "plan"),
        C("경기도는 꿋꿋하게 기후위기를 대처하기 위해 온 힘을 기울였다", K, D, CC, "achievement"),
        C("이를 이재명 정부와 공유하면서 국제적인 기후행동을 이끌겠다는 것이다", K, D, CC + ET, "plan"),
        C("산하 공공기관 28개에서 신재생에너지로 모든 에너지를 보급하겠다고 약속했다", K, D, ET, "target"),
        C("그 약속을 앞당겨서 빠르면 올해 말 도청과 모든 공공기관은 신재생에너지를 공급받는 RE100을 달성할 것이다", K, D, ET, "plan"),
        C("대한민국에서 공공부문 RE100은 최초로 있는 일", K, D, ET, "achievement"),
        C("기후행동 기회소득을 만들기도 했다", K, D, CC, "achievement"),
        C("150만명 이상이 앱에 가입했으며, 지난 1년간 이를 통해 저감된 온실가스는", K, D, CC, "achievement"),
    ],
    not_claims=[])

# aa-09 강원특별자치도 화천군 최문순 산천어축제 마지막 회의 (2026-01-30)
CM, D = "choi-mun-sun", "2026-01-30"
G["aa-09-asiae.txt"] = dict(
    metadata=M(None, "2026-01-30", "이종구", "아시아경제", "51790"),
    officials=[CM],
    claims=[
        C("안전하게 잘 마무리될 수 있도록 맡은 역할을 다해 달라", CM, D, ["disaster-safety", "culture-tourism"], "plan"),
        C("화천산천어축제를 글로벌 축제로 끌어 올릴 수 있었던 것은 여러분이 있었기에 가능했던 일이었다", CM, D, ["culture-tourism"], "achievement"),
        C("최고의 전문가들과 최고의 축제를 함께 만들었다는 사실이 진심으로 자랑스럽다", CM, D, ["culture-tourism"], "achievement"),
    ],
    not_claims=["최문순 군수는 30일 화천청소년수련관에서 열린 축제 일일 업무보고 회의를 주재했다",
                "마지막 회의의 화두는 마지막까지 '안전'이었다",
                "이제 내일이면 축제 마지막 주말이 시작된다",
                "지난 12년간 코로나19에 이상기후까지 겹쳐 많이 힘들었던 시기가 있었다",
                "단체사진 한 장 남겼으면 좋겠다"])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
os.makedirs(out, exist_ok=True)
total = 0
for name, g in G.items():
    doc = {"article": name, **g}
    total += len(g["claims"])
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(doc, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
print(len(G), "gold files,", total, "claims")
