"""Writes set-qm gold files (hand annotation, see GOLD_NOTES.md). Entries were added one article at a time."""
import json, os, sys
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
def M(headline, published, reporter, outlet, jurisdiction):
    return dict(headline=headline, published=published, reporter=reporter, outlet=outlet, jurisdiction=jurisdiction)

# qm-01 공주시 생활인구 (기사승인 2025-02-20 13:30; 시민과의 대화 20일)
D = "2025-02-20"
G["qm-01-newsstep.txt"] = dict(
    metadata=M("공주시, '생활인구' 최다 보유 명성 잇는다!", "2025-02-20T13:30:06+09:00", "최선경", "뉴스스텝", "44150"),
    officials=["choi-won-cheol"],
    claims=[
        C("지방소멸대응기금 5억 원을 활용해 주말농장 ‘공주여-U’ 사업을 새롭게 시작한다", None, D, ["agriculture"], "plan"),
        C("농촌체험휴양마을과 연계해 생활인구를 증가시키고 농촌체험관광 활성화를 도모하겠다는 계획으로", None, D, ["agriculture", "culture-tourism"], "target"),
        C("올해 지원되는 기금을 활용해 의당면 도신리에 추가 주말농장을 조성할 예정이다", None, D, ["agriculture"], "plan"),
        C("우성면 상서리 일원에서는 충남형 농촌리브투게더 사업을 추진한다", None, D, ["agriculture", "housing"], "plan"),
        C("농촌의 열악한 주거 여건을 개선하고 농촌인구의 급격한 감소와 소멸을 막기 위한 사업으로", None, D, ["agriculture", "housing", "youth-policy"], "statement"),
        C("84㎡ 이하 단독주택 20호와 개별 창고, 공동마을창고 1동 등을 포함한 농촌형 임대주택단지를 조성할 계획이며", None, D, ["housing", "agriculture"], "target"),
    ],
    not_claims=["공주시가 충남에서 생활인구가 가장 많은 지역으로서의 명성을 이어가기 위해 다양한 사업을 추진한다고 밝혔다",
                "민선 8기 생활인구 증가를 위한 전략적인 정책들이 효과를 보고 있다며",
                "주말농장 ‘공주여-U’, 금강(어천~죽당) 지방정원 조성 등 추진",
                "읍면동 시민과의 대화 사진",
                "농촌 중심지에 접근하기 어려운 배후 마을 주민들을 위한"])

# qm-02 대전 대덕구 출산·양육 지원 (2025-11-19; outlet not named in the text)
D = "2025-11-19"
CB = ["childcare-birth"]
G["qm-02-ggilbo.txt"] = dict(
    metadata=M("출산에서 돌봄까지…대덕구 가족복지 모델 구축", "2025-11-19", "정근우", None, "30230"),
    officials=["choi-chung-gyu"],
    claims=[
        C("출산과 양육 과정에서 필요한 지원을 끊김 없이 제공하는 연속 지원체계를 강화하며 가족 친화 정책을 확대하고 있다", None, D, CB, "statement"),
        C("산모 회복부터 초기 양육과 돌봄까지 이어지는 생애 단계 지원을 넓혀", None, D, CB, "statement"),
        C("구는 2022년 전국 최초로 육아복합마더센터를 개소해", None, D, CB, "achievement"),
        C("연간 3만 명 이상이 이용하는 육아 거점으로 자리 잡았으며", None, D, CB, "achievement"),
        C("대전 최초로 산모회복비 지원을 도입해 출생신고 가정에 최대 50만 원을 지급하고 있다", None, D, CB, "achievement"),
        C("산모와 아기의 생애 첫 1년을 책임지는 체계를 구축했다", None, D, CB, "achievement"),
        C("맞벌이 가정의 돌봄 공백을 줄이기 위해 ‘주말·공휴일형 어린이집’을 운영하고 있다", None, D, CB, "statement"),
        C("다양한 유형의 어린이집 64곳을 통해 변화하는 돌봄 수요를 지원하고 있다", None, D, CB, "statement"),
        C("외국인 아동 보육료 지원도 시작해 국적과 관계없이 월 10만 원을 지원하며", None, D, CB, "statement"),
    ],
    not_claims=["출산에서 돌봄까지…대덕구 가족복지 모델 구축",
                "산모회복비·주말형 어린이집으로 생애 돌봄 강화 육아마더센터 중심 출산·양육 지원체계 구축",
                "최충규 청장(왼쪽)이 대덕구육아복합마더센터에서 임신부 체험에 참여한 아빠들과 교육 내용을 함께 살펴보고 있다"])

# qm-03 강원특별자치도 / 삼척 도계 공공임대주택 (date 2025-08-07; 7일 밝혔다)
D = "2025-08-07"
H = ["housing"]
G["qm-03-heraldcorp.txt"] = dict(
    metadata=M("국토교통부 ‘2025년 상반기 특화 공공임대주택 건립 공모사업’ 선정돼", "2025-08-07", "박준환", "헤럴드경제", "51"),
    officials=[],
    claims=[
        C("도계읍 일원에 총 100세대 규모의 지역맞춤형 공공임대주택이 공급될 예정이라고 7일 밝혔다", None, D, H, "plan"),
        C("지역 수요 기반의 주거정책이 다시 한번 성과를 거둔 사례로 평가받고 있다", None, D, H, "achievement"),
        C("복합모델이 정부로부터 우수사례로 인정받은 것이다", None, D, H, "achievement"),
        C("이번 선정은 단순한 시군 응모가 아닌, 강원특별자치도 주도 실무협의체 운영 및 전략적 대응의 결과물로", None, D, H, "achievement"),
        C("조성될 이번 공공임대주택은 지역 대표 산업인 탄광 분야 종사자", None, D, H, "statement"),
    ],
    not_claims=["국토교통부 ‘2025년 상반기 특화 공공임대주택 건립 공모사업’ 선정돼"])

# qm-04 춘천시 2040 탄소중립 추진전략 (입력 2021-04-01 18:01; 발표 1일; outlet not named in the text)
D = "2021-04-01"
L = "lee-jae-su"
CC = ["climate-carbon"]
G["qm-04-ajunews.txt"] = dict(
    metadata=M("이재수 춘천시장, “오는 2040년까지 탄소중립 실현 앞장”···온실가스 152만톤 줄인다", "2021-04-01T18:01+09:00", "강대웅·위준휘", None, "42110"),
    officials=[L],
    claims=[
        C("‘춘천시 2040 탄소중립 추진전략 기본계획’에 대해 발표하며 온실가스 제로화를 위한 강한 의지를 드러냈다", L, D, CC, "plan"),
        C("강원형 2040 탄소중립 추진을 통해 선제적으로 대응해 나간다는 방침이다", None, D, CC, "plan"),
        C("앞서 시는 지난 2018년 기후위기대응·에너지전환 지방정부협의회에 가입했으며", None, D, CC + ["energy-transition"], "achievement"),
        C("시의 2040 탄소중립 주요 핵심전략은", None, D, CC + ["energy-transition"], "statement"),
        C("수소경제도시 기반을 마련하기 위해 인프라를 확충하고 노후 경유차 제로화 추진 및 전기차·수소차 보급을 확대해 나간다", None, D, ["energy-transition", "fine-dust", "future-vehicles"], "plan"),
        C("자전거 이용 기반 확충 등 친환경 대중교통 확대를 통해 대기질 개선에 적극 나선다는 방침이다", None, D, ["public-transit", "fine-dust"], "plan"),
        C("1억그루 나무심기 프로젝트를 진행하고 있으며", None, D, CC + ["fine-dust"], "plan"),
    ],
    not_claims=["이재수 춘천시장, “오는 2040년까지 탄소중립 실현 앞장”···온실가스 152만톤 줄인다",
                "5대 부문 17개 과제 핵심전략 집중 추진, 지속가능한 춘천 조성 속도 붙여",
                "이재수 시장이 1일 오전 11시 시청 8층 브리핑룸에서 ‘춘천시 2040 탄소중립 추진전략’에 대해 발표하고 있다"])

# qm-05 세종 내부순환 BRT 900번 (2018-01-25 09:40; '28일 공사에 따르면'; no byline, no outlet in the text)
D, E = "2018-01-25", "2018-01-28"
PT = ["public-transit"]
G["qm-05-ajunews.txt"] = dict(
    metadata=M("행정중심복합도시 생활권 간 대중교통 연결 시작된다", "2018-01-25T09:40+09:00", None, None, "36"),
    officials=[],
    claims=[
        C("내부순환 BRT(900번) 개통식을 갖고 3일 첫 운행에 들어간다", None, D, PT, "plan"),
        C("12월 공사가 최종사업자로 선정됐다", None, E, PT, "achievement"),
        C("내부순환 BRT는 신도심 내부를 순환하는 버스로 신도심의 각 생활권을 대중교통으로 연결한다", None, D, PT, "statement"),
        C("대중교통 중심도시로 발전해 나가는데 역할을 수행할 것으로 기대된다", None, D, PT, "statement"),
        C("세종터미널, 정부세종청사를 거쳐 한별리(6-2생까)까지 양방향으로 운행하게 된다", None, D, PT, "plan"),
        C("운행시간은 출발시간 기준 반곡동(수루배마을)에서 오전 6시부터 23시 30분까지며", None, D, PT, "statement"),
        C("운행 간격은 15분이다", None, D, PT, "statement"),
        C("교통약자 안심벨, 서비스실명제 안내판 등이 기존과 동일하게 설치됐다", None, D, PT, "statement"),
        C("휴대폰 충전기와 수화물 적재공간을 마련해 서비스 시설을 한층 강화했다", None, D, PT, "achievement"),
        C("통합노선도로 새롭게 디자인해 시민들이 좀 더 편리하게 대중교통을 이용할 수 있도록 할 예정이다", None, D, PT, "plan"),
        C("내부순환 BRT로 신도심의 생활권 간 이동이 한층 편리해져 시민들의 대중교통 이용편의 및 경제 활성화가 증진될 것", None, D, PT, "statement", "고칠진"),
    ],
    not_claims=["세종도시교통공사, 내부순환 BRT 900번 노선 내달 3일부터 운행",
                "세종시 부순환 BRT의 운행노선 [사진=세종시 제공]",
                "행정중심복합도시 생활권 간 대중교통 연결 시작된다"])

# qm-06 평창군 새해 설계 (KBS 춘천 broadcast script; undated -> published and claim dates null)
S = "sim-jae-guk"
CT = ["culture-tourism"]
G["qm-06-kbs.txt"] = dict(
    metadata=M("심재국 평창군수, 산악관광도시 조성", None, "이현기", "KBS 춘천", "42760"),
    officials=[S],
    claims=[
        C("풍부한 산림 자원을 활용해 산악관광도시를 조성하겠다는 포부를 밝혔습니다", S, None, CT, "plan"),
        C("풍부한 평창의 산림 자원을 활용한 관광 허브 구축 사업 등도 추진합니다", None, None, CT, "plan"),
        C("특히, 산림 분야 공공기관 유치를 추진합니다", None, None, ["decentralization"], "plan"),
        C("산림청을 우리 평창에 기관을 유치해서 정말 우리 대한민국에서 최고가는 산악 관광도 만들고", S, None, ["decentralization"] + CT, "plan"),
        C("평창 여행자카드와 디지털 관광주민등록증 발급 등 특색있는 관광 사업도 펼쳐 나갑니다", None, None, CT, "plan"),
        C("대한민국에서 최고가는 사계절 관광지를 만들 (계획입니다)", S, None, CT, "plan"),
        C("특히, 농업과 관광산업 육성에 주력합니다", None, None, ["agriculture"] + CT, "plan"),
    ],
    not_claims=["심재국 평창군수, 산악관광도시 조성",
                "세계올림픽도시연맹 총회 유치 등 올림픽 정신을 잇는 유산 사업을 계속하고 있습니다",
                "각종 체육행사 유치에도 적극 나서고 있습니다",
                "연간 6만 명 규모의 전지 훈련 도시를 육성할 계획입니다",
                "올림픽 유산으로 해서 우리 평창의 농업, 또 스포츠 마케팅, 복지, 교육",
                "평창군은 강원특별자치도 시대를 맞아 주력 사업을 하나 더 꼽고 있습니다",
                "바로 산림 활용 사업입니다",
                "평창군의회도 특별자치도 시대에 걸맞은 평창 만들기에 나섭니다"])

# qm-07 대전 유성구 어은동 도시재생 뉴딜 우수사례 (undated -> published and claim dates null)
J = "jeong-yong-rae"
UR = ["urban-regeneration"]
G["qm-07-daejonilbo.txt"] = dict(
    metadata=M(None, None, "박우경", "대전일보", "30200"),
    officials=[J],
    claims=[
        C("균형위) 균형발전사업 평가에서 우수사례로 선정됐다", None, None, UR, "achievement"),
        C("1차 서면평가와 2차 전문가 현장실사를 거쳐 올해 우수사례로 선정됐다", None, None, UR, "achievement"),
        C("대전은 유성구가 유일하게 선정됐다", None, None, UR, "achievement"),
        C("어은동 일대 도시 쇠퇴를 막고, 도시 재생을 활성화하는 사업이다", None, None, UR, "statement"),
        C("유성구는 지난 2017년도부터 상생협약, 안녕축제, 도시재생대학 운영, 안녕센터 조성사업 등을 진행했다", None, None, UR, "achievement"),
        C("역량강화사업(S/W)을 추진해 주민주도의 지속 가능한 성장의 발판을 마련했다", None, None, UR, "achievement"),
        C("구의 행정력과 구민의 적극적인 참여로 이뤄낸 성과라 더욱 뜻 깊다", J, None, UR, "achievement"),
        C("어은동 지역상권의 활성화 및 도시재생거점공간(안녕센터)의 효율적인 운영으로", J, None, UR + ["small-merchants"], "plan"),
    ],
    not_claims=["사진은 뉴딜사업 일환으로 조성된 어은동 안녕센터. 사진=유성구 제공",
                "29일 대통령 직속 국가균형발전위원회 균형발전 사업에서 우수사례로 선정됐다",
                "균형위는 매년 국가균형발전특별회계로 지원한 지자체 보조 사업에 대해 실적을 평가한다"])

# qm-08 세종시 신청사 이전 준비 (2015-01-15 13:51; '15일 밝혔다')
D = "2015-01-15"
LC = "lee-choon-hee"
CH = ["city-hall"]
G["qm-08-ajunews.txt"] = dict(
    metadata=M("이춘희 세종시장, 시 신청사로 6월중 이전준비", "2015-01-15T13:51+09:00", "윤소", "아주경제", "36"),
    officials=[LC, "lee-jae-gwan"],
    claims=[
        C("이춘희 세종시장이 2015년 새해를 맞아 시청 신청사 이전 준비에 박차를 가하고 있다", None, D, CH, "statement"),
        C("청사이전 TF팀 회의를 열고 책임부서 추진계획을 점검한다고 15일 밝혔다", None, D, CH, "plan"),
        C("오는 7월 1일 신청사에서 개청식을 가지며 본격적인 업무에 들어갈 예정이다", None, D, CH, "plan"),
        C("신청사 이전시기가 오는 6월로 예정됨에 따라 청사이전 TF팀의 역할이 한층 더 높아졌다", LC, D, CH, "statement"),
        C("체계적으로 이전 준비를 진행해 시민중심의 맞춤형 행정서비스 공간과 쾌적한 사무환경 조성에 더욱 노력할것", LC, D, CH, "plan"),
    ],
    not_claims=["이춘희 세종시장, 시 신청사로 6월중 이전준비"])

# qm-09 태안군수 새해 군정 방침 (2017-01-17; 간담회 16일)
E = "2017-01-16"
HS = "han-sang-gi"
G["qm-09-globalnewsagency.txt"] = dict(
    metadata=M("한상기 태안군수, ‘행복한 군민’ 시대 실현하겠다.", "2017-01-17", "송재우", "글로벌뉴스통신", "44825"),
    officials=[HS],
    claims=[
        C("백화산 종합개발과 해안케이블카 설치, 해상관광 테마특구 조성, 마리나항만 조성 등 대형사업의 추진에도 만전을 기하겠다고 설명했다", HS, E, ["culture-tourism"], "plan"),
        C("‘드론밸리’와 ‘UV랜드’ 등 새로운 미래형 산업들이 기업도시를 대표하는 성장 동력으로 자리 잡도록 노력하고", HS, E, ["fourth-industrial-revolution", "agriculture"], "plan"),
    ],
    not_claims=["한상기 태안군수, ‘행복한 군민’ 시대 실현하겠다.",
                "16일 지역 언론인들과 간담회 갖고 새해 군정운영 방침 밝혀",
                "정유년 ‘행복한 군민’ 시대 실현을 위한 군정 추진 방침을 밝혔다",
                "군민 모두가 만족하는 군정을 운영할 수 있도록 민선6기 후반기를 힘차게 끌어가겠다고 말했다",
                "군은 2017년 정유년을 맞아 태안의 중·장기적 발전을 위해"])

only = sys.argv[1:]
os.makedirs('/work/blind/set-qm/gold', exist_ok=True)
for name, g in G.items():
    if only and not any(name.startswith(o) for o in only):
        continue
    out = {"article": name, **g}
    json.dump(out, open(f'/work/blind/set-qm/gold/{name}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
