"""Writes the hand annotations of set-cu to gold/*.json (one file per article)."""
import json
import os

OUT = '/work/blind/set-cu/gold'
os.makedirs(OUT, exist_ok=True)


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}

# cu-01: 서울특별시 (11), 2019-10-23, 박원순 (청년수당 타운홀 미팅)
D = "2019-10-23"
K = "park-won-soon"
G["cu-01-newsis.txt"] = {
    "metadata": {"headline": "박원순 \"청년수당, 청년에 주는 사회적 응원이자 하나의 격려\"",
                 "published": "2019-10-23T13:33:47+09:00", "reporter": "윤슬기", "outlet": "뉴시스",
                 "jurisdiction": "11"},
    "officials": [K],
    "claims": [
        c("청년수당은 우리 청년들에게 주는 사회적 응원이고 정부가 제공하는 하나의 격려", K, D, ["youth-policy"], "statement"),
        c("서울시 청년정책의 가장 큰 철학은 '당사자 주의'라는 것", K, D, ["youth-policy"], "statement"),
        c("큰 돈이 아니라 늘 미안한 마음인데 (청년수당으로) 위안을 받고 사회적 자존감을 찾았다고 해주니 고맙다", K, D,
          ["youth-policy"], "achievement"),
    ],
    "not_claims": [
        "박원순, 오늘 청년수당 사업 참여자와 타운홀 미팅 진행",
        "청년수당 참여자 \"청년수당으로 위로 받고 자존감 찾아\"",
        "2019 지방정부 청년정책 협력포럼에서 인사말을 하고 있다",
        "청년수당 참여자 3인, 청년시민회의 청년위원 2인, 전문가, 시민 등이 참여했다",
        "청년 당사자들이 무엇을 가장 고통스럽게 생각하고 그 문제",
    ],
}

# cu-02: 인천 서구 (28260), 2023-08-10, 강범석 (서울 5호선 검단·김포 연장)
D = "2023-08-10"
K = "kang-beom-seok"
G["cu-02-kmib.txt"] = {
    "metadata": {"headline": "인천 서구 “서울 5호선 검단신도시에 3개역 설치해야”",
                 "published": "2023-08-10T13:12+09:00", "reporter": "김민", "outlet": "국민일보",
                 "jurisdiction": "28260"},
    "officials": [K],
    "claims": [
        c("서울지하철 5호선 검단·김포 연장사업에 ‘인천시안’이 반영될 수 있도록 힘을 모으기로 했다", None, D,
          ["public-transit"], "plan"),
        c("그간 교통과 환경에서 소외된 60만 서구 주민을 위한 중요한 사업인 만큼 서구의회와 힘을 합쳐 인천시안 반영을 위해 노력하겠다",
          K, D, ["public-transit"], "plan"),
        c("서울 방화역에서 인천 검단신도시를 거쳐 경기 김포 장기역까지 약 28㎞ 구간을 신설하는 사업이다", None, D,
          ["public-transit"], "statement"),
        c("검단신도시에 최소 3개역을 설치해야 한다는 주장을 펼치고 있다", None, D, ["public-transit"], "plan"),
        c("인천, 김포, 고양을 아우르는 광역교통망 구축을 제시 중이다", None, D, ["public-transit"], "plan"),
        c("김포시는 검단신도시 북쪽에 1개역만 신설해야 한다는 입장이다", None, D, ["public-transit"], "plan"),
        c("인천시안 반영을 위해 여·야 의원들의 초당적인 협력을 부탁드린다", None, D, ["public-transit"], "plan", "고선희"),
        c("함께 상생하는 광역교통망 구축을 위해 서구의회와 서구청이 앞으로도 긴밀하게 협력하자", None, D,
          ["public-transit"], "plan", "고선희"),
    ],
    "not_claims": [
        "인천 서구 “서울 5호선 검단신도시에 3개역 설치해야”",
        "인천 서구청 전경. 구 제공",
        "인천=김민 기자 ki84@kmib.co.kr",
    ],
}

# cu-03: 서울 성북구 (11290), date line 2021-05 (month only), event 17일, 이승로 (탄소중립실천단 발대식)
D = "2021-05-17"
K = "lee-seung-ro"
G["cu-03-asiae.txt"] = {
    "metadata": {"headline": None, "published": "2021-05", "reporter": "박종일", "outlet": "아시아경제",
                 "jurisdiction": "11290"},
    "officials": [K],
    "claims": [
        c("탄소중립실천단 발대식을 열고 기후위기 대응에 대한 결의를 다졌다", None, D, ["climate-carbon"], "plan"),
        c("‘탄소중립도시’를 실현하기 위한 ‘성북구 기후위기비상선언’도 진행했다", None, D, ["climate-carbon"], "plan"),
        c("‘2050년 탄소중립’이라는 공동의 목표를 달성하기 위해 성북구청(구청장 이승로)을 중심으로", None, D,
          ["climate-carbon"], "statement"),
        c("기후위기는 인류전체의 생존을 흔들 수 있는 매우 강력하고 파괴적인 위협이 될 수 있다", None, D,
          ["climate-carbon"], "statement"),
        c("온실가스감축 및 탄소중립을 위한 행정의 노력과 구민의 실천의지", None, D, ["climate-carbon"], "plan"),
        c("탄소배출량 감소를 목표로 각 분야 간 상호 협력을 다지고, 친환경에너지 보급, 에너지절약을 적극 실천해", K, D,
          ["climate-carbon", "energy-transition"], "plan"),
    ],
    "not_claims": [],
}

# cu-04: 인천 (28), undated (caption date only), 홍미영 부평구청장 (미세먼지 저감대책 기자회견)
K = "hong-mi-yeong"
G["cu-04-newscj.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김미정", "outlet": "천지일보",
                 "jurisdiction": "28"},
    "officials": [K],
    "claims": [
        c("인천시청에서 기자회견을 열고 ‘미세먼지 저감대책’을 발표했다", K, None, ["fine-dust"], "plan"),
        c("인천은 다른 대도시에 비해 미세먼지의 농도가 심각하다", K, None, ["fine-dust"], "criticism"),
        c("‘미세먼지(PM10)는 30㎍/㎥’ ‘초미세먼지(PM2.5)는 16.5㎍/㎥’로 관리해야 한다", K, None, ["fine-dust"], "target"),
        c("인천지역의 미세먼지 오염도는 세계보건기구(WHO) 기준을 초과하고 있을 뿐 만 아니라", K, None, ["fine-dust"],
          "criticism"),
        c("인천시의 대책이 미온적이어서 시민들의 건강이 위협받고 있다고 지적했다", K, None, ["fine-dust"], "criticism"),
        c("2020년까지 인천시의 ‘미세먼지 배출을 30%까지 감축’해야 한다고 말했다", K, None, ["fine-dust"], "target"),
        c("영흥화력발전소의 오염물질 배출허용기준을 대폭 강화해야 한다고 주장했다", K, None, ["fine-dust"], "plan"),
        c("▲먼지총량제 단계적 시행", K, None, ["fine-dust", "future-vehicles"], "plan"),
    ],
    "not_claims": [
        "기자회견을 열고 ‘미세먼지 저감대책’에 대해 발표하고 있다",
        "ⓒ천지일보(뉴스천지) 2018.1.23",
    ],
}

# cu-05: 서울특별시 (11), 2021-11-08, 오세훈 named (소상공인·전통시장 지원)
D = "2021-11-08"
K = "oh-se-hoon"
G["cu-05-lawissue.txt"] = {
    "metadata": {"headline": "서울시, 소상공인 전통시장 본격 지원... 청년 골목창업 등 루트 다양화",
                 "published": "2021-11-08T20:36:48+09:00", "reporter": "안재민", "outlet": "로이슈",
                 "jurisdiction": "11"},
    "officials": [K],
    "claims": [
        c("소상공인과 전통시장 상인에 대한 지원에 본격적으로 나선다고 8일 밝혔다", None, D, ["small-merchants"], "plan"),
        c("방문해 지원 계획을 설명하고 소상공인과 상인들의 의견을 들었다", K, D, ["small-merchants"], "statement"),
        c("로컬브랜드 상권 육성, 청년 골목창업 지원, 전통시장 시설 개선 등을 통해 동네 상권을 활성화할 계획이다", None, D,
          ["small-merchants", "startup-support", "youth-policy"], "plan"),
        c("2030년까지 로컬브랜드 상권 200곳을 지정, 맞춤 지원을 한다", None, D, ["small-merchants"], "target"),
        c("100곳은 강화지구로, 잠재력은 있지만 아직 활성화되지 않은 100곳은 촉진지구로 지정한다", None, D,
          ["small-merchants"], "plan"),
        c("내년에 62억원을 투입해 촉진지구 10곳, 강화지구 2곳 등 12곳을 지원할 예정이다", None, D, ["small-merchants"],
          "plan"),
    ],
    "not_claims": [
        "서울시, 소상공인 전통시장 본격 지원... 청년 골목창업 등 루트 다양화",
        "오세훈 서울시장(사진=연합뉴스)이미지 확대보기",
        "로이슈가 제공하는 콘텐츠에 대해 독자는 친근하게 접근할 권리와",
    ],
}

# cu-06: 서울 성동구 (11200), undated, 정원오 (성동형 스마트쉼터)
K = "jeong-won-o"
SC = ["smart-city", "public-transit"]
G["cu-06-news1.txt"] = {
    "metadata": {"headline": "추위 막는 '성동형 스마트쉼터' 4곳 추가 설치…총 53곳 운영", "published": None,
                 "reporter": "윤다정", "outlet": "뉴스1", "jurisdiction": "11200"},
    "officials": [K],
    "claims": [
        c("'성동형 스마트쉼터'를 4곳을 추가 설치해 구 전역에서 총 53곳으로 확대 운영한다고 24일 밝혔다", None, None, SC,
          "achievement"),
        c("스마트쉼터의 주요기능은 냉·난방과 공기 정화, 버스 도착정보 안내", None, None, SC, "statement"),
        c("올해 10월 말 기준 스마트쉼터 이용자 수는 510만명을 돌파했다", None, None, SC, "achievement"),
        c("약 28만 명의 성동구민이 모두 18회 이상 스마트쉼터를 방문한 셈이며", None, None, SC, "achievement"),
        c("이달 중순 뚝섬역에 1곳을 추가 설치해 총 53곳의 스마트쉼터를 운영한다", None, None, SC, "achievement"),
        c("'히어링 루프'(Hearing Loop) 47대와 자동심장충격기 12대를 설치했다", None, None, SC + ["disaster-safety"],
          "achievement"),
        c("전체 쉼터에 대해 전수 점검하고, 정기적인 청소를 통해 관리하고 있다", None, None, SC, "statement"),
        c("대설경보 시에는 24시간 운영할 예정이다", None, None, SC + ["disaster-safety"], "plan"),
        c("본격적인 한파에도 스마트쉼터를 차질없이 운영할 것", K, None, SC + ["disaster-safety"], "plan"),
    ],
    "not_claims": [
        "냉·난방부터 공기 정화, CCTV 실시간 관제 등 수행",
        "대설경보 시 24시간 운영…겨울 대비 전수 점검",
        "주민들이 안전하고 따뜻하게 겨울을 나는 데 조금이나마 도움이 됐으면 한다",
    ],
}

# cu-07: 인천광역시 (28), undated, institutional (전세사기 대책); 정이섭 과장 (not in registry)
G["cu-07-hankyung.txt"] = {
    "metadata": {"headline": "인천시, 전세사기 예방·피해자 지원 대책 추진", "published": None, "reporter": None,
                 "outlet": "연합뉴스", "jurisdiction": "28"},
    "officials": [],
    "claims": [
        c("전세사기를 예방하고 피해자를 돕기 위한 대책을 추진한다고 20일 밝혔다", None, None, ["housing"], "plan"),
        c("전세사기 관련 정보와 유의사항 등을 시민들이 접할 수 있게 시·군·구 홈페이지에 게시할 계획이다", None, None,
          ["housing"], "plan"),
        c("전세계약 관련 상담과 안심 동행 서비스를 제공하기로 했다", None, None, ["housing"], "plan"),
        c("단계별 대응 방법과 반환소송 절차 등을 종합적으로 안내할 예정이다", None, None, ["housing"], "plan"),
        c("전세보증금을 돌려받지 못하는 전세사기 피해가 다수 발생했다", None, None, ["housing"], "statement"),
        c("임차인의 재산권 보호와 주거 안정을 돕는 실효성 있는 대책을 지속해서 마련하겠다", None, None, ["housing"], "plan",
          "정이섭"),
    ],
    "not_claims": [
        "인천시, 전세사기 예방·피해자 지원 대책 추진",
        "/연합뉴스",
    ],
}

# cu-08: 인천 연수구 (28185), undated, 이재호 (신년사)
K = "lee-jae-ho"
G["cu-08-newsis.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "전예준", "outlet": "뉴시스",
                 "jurisdiction": "28185"},
    "officials": [K],
    "claims": [
        c("올해를 스마트 도시구현의 원년으로 삼아 적극적으로 실현해 나가겠다", K, None, ["smart-city"], "plan"),
        c("문화·교육·복지 기반 마련, 스마트 행정도시 실현 등 4대 비전을 제시했다", K, None,
          ["culture-tourism", "education", "welfare", "smart-city"], "plan"),
        c("연수구청소년수련관, 송도문화마루, 연수체육센터 등을 통해 건강하고 행복한 도시를 만들겠다고 했다", K, None,
          ["culture-tourism"], "plan"),
        c("KTX 개통과 대중교통 취약지역의 연수구 공영버스 운행으로 사통팔달 교통의 완성을 이루겠다고 했다", K, None,
          ["public-transit"], "plan"),
        c("인공지능(AI)를 기반으로한 도시 안전망을 구축하고", K, None,
          ["fourth-industrial-revolution", "smart-city", "disaster-safety"], "plan"),
        c("노인복지관 추가 건립을 위해 권역별 균형 있는 검토를 이어가고", K, None, ["welfare", "dementia-care"], "plan"),
    ],
    "not_claims": [
        "전국 기초자치단체장 공약이행평가에서 'SA' 최우수 등급을 획득했고",
        "2026년은 새로운 30년을 향해 첫발을 내딛는 도약의 시작점",
        "올해 병오년의 붉은 말은",
    ],
}

# cu-09: 인천 옹진군 (28720), published 2022-10-04, interview 지난달 30일 -> 2022-09-30, 문경복
E = "2022-09-30"
P = "2022-10-04"
K = "mun-gyeong-bok"
G["cu-09-segye.txt"] = {
    "metadata": {"headline": "“백령·대청·소청 숙원 ‘대형여객선 유치’에 온힘” [민선8기 단체장에 듣는다]",
                 "published": "2022-10-04T01:10+09:00", "reporter": None, "outlet": "세계일보",
                 "jurisdiction": "28720"},
    "officials": [K],
    "claims": [
        c("여객선 완전 공영제와 섬에서의 오전 출항 도입을 실현할 것입니다", K, E, ["public-transit"], "plan"),
        c("대형여객선 유치는 행정력을 동원해 이루겠습니다", K, E, ["public-transit"], "plan"),
        c("교통 체계를 혁신적으로 발전시키겠다고 밝혔다", K, E, ["public-transit"], "plan"),
        c("현장 행정으로 주민과 대화를 많이 나눴다고 전했다", K, E, ["citizen-participation"], "statement"),
        c("옹진군민이나 인천시민은 1인당 2500∼1만5000원 미만으로 상당히 저렴하다", K, E, ["public-transit"], "statement"),
        c("외부에서 오는 관광객들은 유류할증료를 포함해 1인당 17만원이 넘어 쉽게 방문하기 어려운 실정", K, E,
          ["public-transit", "culture-tourism"], "criticism"),
        c("올해 지원 내역을 보면 옹진군민 1억2700만원", None, P, ["public-transit"], "statement"),
        c("전 국민 여객선 운임 동일 요금제를 추진하고자 한다", None, E, ["public-transit"], "plan"),
        c("연간 150억원가량 예산이 들 것으로 추산돼 인천시의 협조를 받겠다는 게", None, E, ["public-transit"], "plan"),
    ],
    "not_claims": [
        "주민과 동일요금제 추진 가속",
        "백령공항 조성 조속하게 해결",
        "일자리 정책·인구 유치 노력도",
        "여러 현안 사업의 해결에 막중한 책임감을 느꼈다고 말했다",
    ],
}

for name, g in G.items():
    doc = {"article": name}
    doc.update(g)
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as h:
        json.dump(doc, h, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
