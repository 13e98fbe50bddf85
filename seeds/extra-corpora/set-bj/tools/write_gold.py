"""Writes the hand annotations of set-bj to gold/ (one JSON per article)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')
os.makedirs(OUT, exist_ok=True)


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


G = {}

# ---------------------------------------------------------------- bj-01 광주 동구 (연합뉴스, undated)
LT = "lim-taek"
G["bj-01-wowtv.txt"] = {
    "metadata": {"headline": "새로운 정책 시행 잇달아…임택 청장 \"청년 꿈 실현 돕겠다\"", "published": None,
                 "reporter": "정회성", "outlet": "연합뉴스", "jurisdiction": "29110"},
    "officials": [LT],
    "claims": [
        c("광주 동구가 민선 7기 청년 일자리 창출 사업을 본격 추진한다", None, None, ["jobs", "youth-policy"], "plan"),
        c("청년정책팀을 신설한 동구가 이달부터 이웃이 있는 마을 일터 청년활동가 양성", None, None,
          ["jobs", "youth-policy", "startup-support", "small-merchants"], "plan"),
        c("내달까지 청년참여자 모집과 사업장 선발을 마쳐 취업·창업을 희망하는 지역 청년을 돕는다", None, None,
          ["jobs", "startup-support", "youth-policy"], "plan"),
        c("사업비 6억2천만원은 행정안전부 공모사업으로 확보했다", None, None, ["jobs", "youth-policy"], "achievement"),
        c("창업지원체계 구축과 맞춤형 일자리 사업도 새롭게 선보인다", None, None,
          ["startup-support", "jobs", "youth-policy"], "plan"),
        c("청년창업 허브센터를 개설해 안정적인 환경이 필요한 스타트업 기업과 예비창업자에게", None, None,
          ["startup-support", "youth-policy"], "plan"),
        c("이달 안으로 공고를 내 입주자를 모집하고 창업 교육과 컨설팅을 한다", None, None, ["startup-support"], "plan"),
        c("꿈을 실현하려는 청년이 지역을 떠나지 않아도 되는 환경 조성이 중요하다", LT, None, ["youth-policy"], "statement"),
        c("체감할 수 있는 청년 정책을 확대하겠다", LT, None, ["youth-policy"], "plan"),
    ],
    "not_claims": [
        "새로운 정책 시행 잇달아…임택 청장",
        "20∼39세 청년은 2만4천931명(26.4%)으로 조사됐다",
        "지자체에 바라는 지원정책으로 고용환경개선(43.1%)을 꼽았다",
        "hs@yna.co.kr",
    ],
}

# ---------------------------------------------------------------- bj-02 제주 (제주매일, undated, 2020)
WH = "won-hee-ryong"
G["bj-02-jejumaeil.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "제주매일", "jurisdiction": "50"},
    "officials": [WH],
    "claims": [
        c("친환경 탄소 중립사회로 나아가기위한 제주도의 향후 계획들을 밝혔다", WH, None, ["climate-carbon"], "plan"),
        c("지난 10년 제주가 선제 적으로 추진해 온 탄소중립섬 2030", WH, None, ["climate-carbon"], "achievement"),
        c("탄소중립 섬 시범모델 ‘섬속의 섬 가파도’를", WH, None,
          ["energy-transition", "future-vehicles", "climate-carbon"], "achievement"),
        c("분산에너지특구 지정과 그린뉴딜 기본법 제정", WH, None,
          ["energy-transition", "climate-carbon", "future-vehicles"], "plan"),
    ],
    "not_claims": [
        "원 지사, 23일 녹생성장위 참석",
        "‘그린뉴딜 프런티어 제주’ 발표",
        "저작권자 © 제주매일",
    ],
}

# ---------------------------------------------------------------- bj-03 순천 (namdonews, undated, 2015)
JC = "jo-chung-hun"
G["bj-03-namdonews.txt"] = {
    "metadata": {"headline": "\"시민과 함께 '더 큰 순천' 만들겠다\"", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "46150"},
    "officials": [JC],
    "claims": [
        c("소통과 참여로 정원의 도시를 만들어 낸 저력으로", JC, None, ["citizen-participation"], "plan"),
        c("정원과 생태관광, 마이스(MICE) 산업, 마을기업과 협동 조합 등 사회적 경제를 육성하고 있다", None, None,
          ["culture-tourism", "jobs"], "statement"),
        c("순천만정원 하루 입장객이 11만181명으로", None, None, ["culture-tourism"], "achievement"),
        c("시민과 관광객을 건강하게 만드는 헬스투어리즘과", None, None, ["culture-tourism"], "achievement"),
        c("오는 2020년까지 에너지 자립률 10%를 목표로 추진중이다", None, None, ["energy-transition"], "target"),
        c("시는 올해 아파트 베란다 미니태양광 150대 보급과", None, None, ["energy-transition"], "target"),
    ],
    "not_claims": [
        "자연을 닮은 정원도시·안전한 도시환경 조성 앞장",
        "시민 누구나 배우고 즐기는 평생학습 프로그램 운영",
        "시민 행복도시 건설 위해 국비 89건 2천400억 확보",
        "정원박람회 성공신화를 시민 행복으로 이어가야 한다는 책임감으로",
        "미래 100년의 순천 발전을 위해 혼신의 힘을 다하겠다",
        "시민과 전문가, 공무원이 지혜를 모아 더 큰 순천",
        "중앙부처로 열심히 뛰어다닌 결과 89건 2천400억여원의 국비를 확보했다",
    ],
}

# ---------------------------------------------------------------- bj-04 광주 북구 (jnilbo, 2025-01-19)
MI = "mun-in"
D4 = "2025-01-19"
G["bj-04-jnilbo.txt"] = {
    "metadata": {"headline": "새해설계·문인>“북구민과 함께 2025년 대전환의 길을”",
                 "published": "2025-01-19T14:16+09:00", "reporter": None, "outlet": None, "jurisdiction": "29170"},
    "officials": [MI],
    "claims": [
        c("돌봄, 교통, 의료 등 3대 기본권 분야를 중심으로 한 5대 핵심 시책", MI, D4, ["welfare", "public-health"], "plan"),
        c("먼저 북구는 돌봄 분야에서 다양한 지원책을 마련했다", None, D4, ["welfare"], "plan"),
        c("광주 자치구 최초로 아빠 육아휴직 장려금 지원을 도입해", None, D4, ["childcare-birth"], "plan"),
        c("아픈 아이 병원 동행 서비스를 통해 맞벌이 및 한부모 가정의 아동을", None, D4,
          ["childcare-birth", "welfare"], "plan"),
        c("영아를 동반한 2000가구에 콜택시 이용비 5만 원을 지급한다", None, D4, ["childcare-birth"], "target"),
        c("교통약자의 이동권 강화를 위해 생활편의 로드맵 애플리케이션을 제작할 계획이다", None, D4, ["welfare"], "plan"),
        c("돌봄 종사자 1300여 명을 대상으로 무료 독감 백신 접종을 지원한다", None, D4, ["public-health"], "target"),
    ],
    "not_claims": [
        "돌봄·교통·의료 '기본사회' 대전환 원년",
        "경제 활성화·상인 자생력 강화 앞장서",
        "생태친화·안전도시 '북구' 조성에 박차",
        "문화 예술·주민 자치 선도 비전 내비쳐",
        "민생안정을 위한 대전환의 길을 구민 여러분과 함께 걸어가겠습니다",
        "주민 체감형 정책을 본격적으로 추진하는 ‘기본사회’로의 대전환 원년으로 삼겠다고 밝혔다",
    ],
}

# ---------------------------------------------------------------- bj-05 함평군 (jeolla.com, undated, 2020)
G["bj-05-jeolla.txt"] = {
    "metadata": {"headline": "함평군, 귀농귀촌 유치지원사업 공모 선정‧‧‧‘도시민 유치 총력’", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "46860"},
    "officials": [],
    "claims": [
        c("‘2021년 귀농귀촌 유치지원사업’ 공모에 선정돼 사업비 4억 원을 확보했다", None, None, ["agriculture"], "achievement"),
        c("농림부는 귀농귀촌 희망자의 안정적인 정착과 농촌지역의 활력을 제고하기 위해", None, None,
          ["agriculture"], "statement"),
        c("내년부터는 귀농귀촌 유치지원사업으로 통합 추진한다", None, None, ["agriculture"], "plan"),
        c("▲농촌에서 미리 살아보기 ▲전남에서 먼저 살아보기 ▲귀농인의 집 등을 본격 추진하면서", None, None,
          ["agriculture"], "plan"),
        c("쉼표 빈집 재생사업(16개소)을 통해", None, None, ["agriculture", "urban-regeneration"], "target"),
        c("농업 창업 교육과 선도농장 현장실습 등의 다양한 귀농귀촌시책을 추진할 방침이다", None, None,
          ["agriculture", "startup-support"], "plan"),
        c("취‧창업 지원 등의 다양한 정책적 지원을 펼쳐 나가겠다", None, None,
          ["agriculture", "jobs", "startup-support"], "plan"),
    ],
    "not_claims": [
        "도시민들의 귀농귀촌 흐름이 꾸준히 증가하는 추세",
        "관리자 news@jeolla.com",
    ],
}

# ---------------------------------------------------------------- bj-06 신안군 (서울신문, 2025-10-24)
D6 = "2025-10-24"
KDI = "김대인"
G["bj-06-seoul.txt"] = {
    "metadata": {"headline": "햇빛·바람연금 지급 확대, 인구 증가·지역 경제 활성화 견인", "published": "2025-10-24",
                 "reporter": None, "outlet": "서울신문", "jurisdiction": "46910"},
    "officials": [],
    "claims": [
        c("24일 현재 누적 수익액 300억 원을 돌파했다", None, D6, ["energy-transition"], "achievement"),
        c("2021년 4월 전국 최초로 지급을 시작한 햇빛연금(태양광 발전 수익)은", None, D6,
          ["energy-transition"], "achievement"),
        c("지역 주민이 개발이익에 참여하는 혁신적 모델로 전국 지자체와 학계의 주목을 받고 있다", None, D6,
          ["energy-transition"], "achievement"),
        c("주민 1인당 분기에 10만원에서 68만원까지 지역사랑상품권으로 지급해", None, D6,
          ["energy-transition", "small-merchants", "jobs"], "achievement"),
        c("햇빛연금 지급 이후인 2023년부터 2년 연속 인구가 증가하는 긍정적 변화도 맞이했다", None, D6,
          ["energy-transition"], "achievement"),
        c("햇빛연금과 함께 바람연금 지급 효과로 2025년 9월 기준 710명의 인구가 증가했다", None, D6,
          ["energy-transition"], "achievement"),
        c("올해 햇빛연금 지급 대상자는 군민의 49%에 달하는 1만 8997명으로 확대됐으며", None, D6,
          ["energy-transition"], "achievement"),
        c("태양광과 해상풍력 청정에너지 자원을 적극 활용해 주민과 함께 이익을 나누는", None, D6,
          ["energy-transition"], "statement", KDI),
        c("햇빛연금과 바람연금을 통해 입증된 기본소득 모", None, D6, ["energy-transition"], "achievement", KDI),
    ],
    "not_claims": [
        "이미지 확대 신안군 주민들이 햇빛연금을 받고 기념촬영을 하고 있다",
        "Copyright ⓒ 서울신문",
    ],
}

# ---------------------------------------------------------------- bj-07 광주광역시 (국민일보, undated, 2020)
G["bj-07-kmib.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "장선욱", "outlet": "국민일보", "jurisdiction": "29"},
    "officials": [],
    "claims": [
        c("광주시가 올해 인공지능(AI) 사업을 본격화한다", None, None, ["fourth-industrial-revolution"], "plan"),
        c("AI집적단지 조성의 컨트롤타워가 될 AI산업융합사업단도 발족한다", None, None,
          ["fourth-industrial-revolution"], "plan"),
        c("광주의 4차 산업혁명을 주도할 AI산업 육성 차원이다", None, None, ["fourth-industrial-revolution"], "statement"),
        c("AI중심도시 광주만들기 프로젝트를 추진중이다", None, None, ["fourth-industrial-revolution"], "statement"),
        c("예비타당성 면제사업으로 신청해 국가사업으로 확정했다", None, None,
          ["fourth-industrial-revolution"], "achievement"),
        c("올해 국비예산 626억원을 확보했다", None, None, ["fourth-industrial-revolution"], "achievement"),
        c("앞으로 5년간 4000억여원이 집중 투자된다", None, None, ["fourth-industrial-revolution"], "plan"),
        c("AI창업지원과 산업융합 기술개발에 나서게 된다", None, None,
          ["fourth-industrial-revolution", "startup-support", "research-development"], "plan"),
        c("AI인재양성 위한 인공지능대학원, AI사관학교도 설립한다", None, None,
          ["fourth-industrial-revolution", "education"], "plan"),
        c("실리콘밸리 우수연구소·기업과 기술협력을 위한 전문가 네트워크도 구축한다", None, None,
          ["research-development", "fourth-industrial-revolution"], "plan"),
        c("‘무인 저속 특장차 실증 규제자유특구’로 지정했다", None, None, ["future-vehicles"], "achievement"),
        c("세제혜택과 국비지원이 수반되는 경제자유구역으로 예비 지정됐다", None, None,
          ["investment-attraction"], "achievement"),
    ],
    "not_claims": [
        "AI산업융합사업단 출범식을 갖는다고 15일 밝혔다",
        "선포식에는 AI광주시대를 열기 위한 비전과 추진전략이 발표된다",
        "국내 최초의 대한민국 AI클러스터 포럼을 개최한 바 있다",
        "광주=장선욱 기자",
    ],
}

# ---------------------------------------------------------------- bj-08 제주 (금요저널, undated, 2023)
OY = "oh-young-hun"
G["bj-08-thesejong.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "금요저널", "jurisdiction": "50"},
    "officials": [OY],
    "claims": [
        c("지난 1년 간 갈등 해소를 위한 소통, 제주 청년을 위한 미래 먹거리 확보를 중점적으로 추진해왔다", OY, None,
          ["citizen-participation", "youth-policy"], "achievement"),
        c("자주 찾아가서 목소리를 듣고 소통하는 것에 중점을 뒀다", OY, None, ["citizen-participation"], "achievement"),
        c("그린수소 글로벌 허브 구축, 도심항공교통 2025년 상용화", OY, None,
          ["energy-transition", "future-vehicles", "medical-industry"], "plan"),
        c("제주형 행정체제 개편과 15분 도시 조성을 통해", OY, None, ["decentralization"], "plan"),
        c("제주형 행정체제 개편을 향한 지금의 과정은", OY, None, ["decentralization"], "statement"),
        c("행정체제 개편의 논의 과정을 도민들께 맡긴 만큼", OY, None,
          ["decentralization", "citizen-participation"], "plan"),
    ],
    "not_claims": [
        "도내 이장·통장을 대상으로 도정 현안을 공유하고",
        "‘골고루 잘 사는 제주’를 주제로 특강에 나섰으며",
        "강정과 월정의 갈등이 컸는데 이제 해결이 됐고",
        "제주가 발전하기 위해 꼭 필요한 것이 균형발전",
        "생활권역을 만들어보자는 것이 15분 도시 정책이므로",
    ],
}

# ---------------------------------------------------------------- bj-09 광양시 (뉴스핌, 2021-01-22)
JH = "jeong-hyeon-bok"
D9 = "2021-01-22"
G["bj-09-newspim.txt"] = {
    "metadata": {"headline": "광양시, 청년층·신혼부부·다자녀가정에 최대 1500만원 이자 지원",
                 "published": "2021-01-22T11:12+09:00", "reporter": "박우훈", "outlet": "뉴스핌",
                 "jurisdiction": "46230"},
    "officials": [JH],
    "claims": [
        c("청년 행복주택을 건립하는 등 파격적인 주거안정 정책을 추진하고 있다", None, D9,
          ["housing", "youth-policy", "childcare-birth"], "statement"),
        c("지난해 주거지원 정책을 추진한 결과 총 781명의 대상자가 혜택을 받고", None, D9, ["housing"], "achievement"),
        c("△청년 주택자금 대출이자 지원사업 △신혼부부·다자녀가정 보금자리 지원사업", None, D9,
          ["housing", "youth-policy", "childcare-birth"], "statement"),
        c("150세대 규모의 청년 행복주택을 개발할 예정이다", None, D9, ["housing", "youth-policy"], "target"),
        c("청년 창업자를 위한 창업지원 주택 130호가 건립된다", None, D9,
          ["housing", "startup-support", "youth-policy"], "target"),
        c("창업주택은 2024년 6월말 완공 예정이다", None, D9, ["housing", "startup-support"], "plan"),
        c("맞춤형 주거정책 사업을 지속적으로 추진해", JH, D9, ["housing", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "광양시가 청년층·신혼부부·다자녀가정에 파격적 주거정책을 추진 한다.[사진=광양시]",
        "<저작권자(c) 글로벌리더",
    ],
}

for name, gold in G.items():
    record = {"article": name, **gold}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
        handle.write('\n')
    print(name, len(gold["claims"]))
