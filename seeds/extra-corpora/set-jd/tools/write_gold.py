"""Write set-jd gold files (hand annotation; see GOLD_NOTES.md)."""
import json, os
OUT = os.path.join(os.path.dirname(__file__), '..', 'gold')
G = []
def art(name, headline, published, reporter, outlet, jur, officials, claims, not_claims):
    G.append({"article": name, "metadata": {"headline": headline, "published": published, "reporter": reporter,
              "outlet": outlet, "jurisdiction": jur}, "officials": officials,
              "claims": [dict(zip(("quote", "speaker", "date", "policies", "kind"), c[:5]), **({"speaker_name": c[5]} if len(c) > 5 else {})) for c in claims],
              "not_claims": not_claims})

D = "2025-06-04"
art("jd-01-fnnews.txt", "'축구전용구장 등 춘천 공약' 이재명 정부서 실현 가능할까", "2025-06-04T17:09+09:00", "한귀섭", "뉴스1", "51110",
    ["yuk-dong-han"],
    [("이날 논의된 주요 공약은", None, D, ["public-transit", "urban-regeneration", "medical-industry", "public-health"], "plan"),
     ("이 대통령은 춘천시 공약으로 호수 국가 정원 조성 추진, 바이오허브 대학 도시 구현 지원", None, D, ["medical-industry"], "plan", "이재명")],
    ["강원 춘천시가 즉각 지역 공약 대응에 나섰다",
     "정부 정책·공약 대응 회의를 4일 열어 이 대통령의 주요 공약을 살폈다",
     "인사 시스템을 더욱 고도화하고 내부 혁신과 시민 신뢰 확보에도 집중할 계획",
     "지난 4월 선제적으로 공약 제안 사업을 마련해 각 정당에 전달했었다",
     "제21대 대통령 춘천 지역 공약.(춘천시 제공, 재판매 및 DB금지)"])

D = "2022-08-05"
YA = ["agriculture", "youth-policy"]
art("jd-02-breaknews.txt", None, "2022-08-05T10:50+09:00", "안종욱", "브레이크뉴스", "41820", [],
    [("가평군은 오는 8월 15일까지, 농촌에 안정적으로 정착하기 위한", None, D, YA, "statement"),
     ("경기도와 가평군 연계로 추진하는 사업으로 귀농을 희망하는 청년층등을 대상으로", None, D, YA, "statement"),
     ("지원대상자는 만18세이상 부터 51세 이하 농업인으로", None, D, YA, "statement"),
     ("지원 내용은 철제 비닐온실 스마트팜 신축 및 온실 자동화제어시스템 조성이며", None, D, YA, "statement"),
     ("농업생산시설에 ICT기술을 접목하여 원격이나 자동으로 작물의 생육환경을 관리할 수 있어", None, D, ["agriculture"], "statement")],
    ["아래는 위 기사를 '구글 번역'으로 번역한 영문 기사의 [전문]입니다",
     "The following is [the full text] of the English article translated by 'Google Translate'"])

D = "2022-07-02"
art("jd-03-yiinews.txt", "이상일 용인 특례시장, 용인-성남 공동 협력 현안 논의", "2022-07-03T15:37+09:00", "장인자", None, "41460",
    ["lee-sang-il", "shin-sang-jin"],
    [("지하철 3호선을 수서에서 성남 대장동을 거쳐 수지ㆍ광교로 연장하는 과업을 꼭 실현하기로 하고", "lee-sang-il", D, ["public-transit"], "plan"),
     ("고속철도 SRT 수지ㆍ분당 정차역을 신설하는 문제", "lee-sang-il", D, ["public-transit"], "plan")],
    ["지난 2일 저녁 국민의힘 안철수 국회의원(분당갑), 신상진 성남시장과 만나 용인과 성남의 협력방안 등을 논의했다",
     "교통 불편을 해소하기 위해 공동노력을 기울이자고 다짐했다",
     "시민의 교통불편을 속히 해소하기 위해 시장들이 직접 나서서 문제를 풀자",
     "우리가 적극적으로 일하자",
     "안철수 국회의원(분당갑)·신상진 성남시장 만나 양 도시 교통 불편 해소 노력키로"])

D = "2022-11-16"
art("jd-04-breaknews.txt", "'청년이 정착하여 살기 좋은 영월'...청년에 희망을 거는 영월군", "2022-11-16T11:49+09:00", "김택곤", "브레이크뉴스", "42750", [],
    [("영월군은 민선7기부터 ‘청년이 희망이다’라는 군정 슬로건으로", None, D, ["youth-policy"], "achievement"),
     ("지역을 잘 알고 응원하는 청년 인재 양성이라는 목표 아래, 창업, 취업과 일자리, 정주 여건 등 다양한 사업으로 펼쳐 진행하였다", None, D, ["youth-policy", "startup-support", "jobs"], "statement"),
     ("소규모 네트워킹 활성화 및 명사 초청 토크콘서트", None, D, ["youth-policy", "startup-support"], "achievement"),
     ("청년 행복주택 건립, 청정 밸리(청년창업 활성화 구간), 청년 월세 지원, 청년 가구 이사 지원을 추진하고 있다", None, D, ["youth-policy", "housing", "startup-support"], "statement"),
     ("청년 일자리 지원, 청년 창업지원, 레지던스 인 영월", None, D, ["youth-policy", "jobs", "startup-support"], "statement")],
    ["다양한 청년 맞춤 시책으로, 청년이 살기 좋은 영월 프로젝트 시동",
     "청년의날 이루어진 공연",
     "마지막으로 ‘영향력 있는 리더 양성’을 위한 청"])

art("jd-05-ajunews.txt", None, None, None, None, "41270", ["yun-hwa-seop"],
    [("관내에서 사용 가능한 지역화폐 ‘안산사랑상품권’을 발행한다고 15일 밝혔다", None, None, ["small-merchants"], "plan"),
     ("시는 관련조례를 정비해 안산사랑상품권의 신속한 도입을 추진하고 있으며", None, None, ["small-merchants"], "statement"),
     ("올해 시정 운영에서 가장 중요한 부분은 일자리와 경제다", "yun-hwa-seop", None, ["jobs"], "statement"),
     ("안산사랑상품권 도입을 통해 지역 상권에 활력을 불어넣어", "yun-hwa-seop", None, ["small-merchants"], "plan"),
     ("발행 방식 및 판매처, 가맹점 확보에 힘써 달라", "yun-hwa-seop", None, ["small-merchants"], "plan")],
    [])

D = "2024-01-08"
art("jd-06-wsandan.txt", "원주시 경제도시 도약 초석 다졌다", "2024-01-08T09:02+09:00", "정태욱", None, "51130", ["won-gang-su"],
    [("산학융합지구 조성 착공(4월), 바이오트윈 기반 미래차부품 고도화 구축 공모 선정(6월)", None, D, ["research-development", "future-vehicles"], "achievement"),
     ("실질적인 소상공인 지원의 포문을 열었다는 평가를 받고 있다", None, D, ["small-merchants"], "achievement"),
     ("제1회 원주만두축제(10월)도 방문객 약 20만명", None, D, ["culture-tourism", "small-merchants", "urban-regeneration"], "achievement"),
     ("우량기업 8곳의 투자유치를 이끌어 내는 등 기업 유치에도 큰 성과를 거뒀다", None, D, ["investment-attraction"], "achievement"),
     ("강원도 투자유치 우수 시군 평가 최우수 등 다수의 기관표창을 받았다", None, D, ["investment-attraction"], "achievement")],
    ["원주시가 최근 1년간 새로운 경제도시 도약의 초석을 다졌다는 평가다",
     "2024년 국비를 역대 최대로 확보",
     "경제 제일 도시라는 원주의 큰 꿈을 위해 멈추지 않고 더욱 전진해 나가겠다",
     "첨단산업·소상공인 지원기반 구축",
     "만두축제 100억원 경제효과 창출"])

D = "2023-02-02"
art("jd-07-iwellbeing.txt", "정성호 국회의원과 김동연 경기지사, 경기북부 공공의료원 설립 추진 약속", "2023-02-02T16:33+09:00", "유광식", None, "41",
    ["kim-dong-yeon"],
    [("경기북부 거점 공공의료원 설립이 가시화될 것으로 예상된다", None, D, ["public-health"], "statement"),
     ("양주 옥정ㆍ회천지구 내 공공의료원 입지를 건의했다", None, D, ["public-health"], "plan", "정성호"),
     ("공공의료원 양주 설립은 지난 지방선거 공략인 만큼", "kim-dong-yeon", D, ["public-health"], "plan"),
     ("경기북부 의정부 권역(연천,동두천,양주,의정부)에 공공병원 신축 추진 계획을 발표한 바 있다", None, D, ["public-health"], "statement"),
     ("의정부의료원을 이전ㆍ신축하는 ‘제2차 공공보건의료기본계획’을 발표했었다", None, D, ["public-health"], "statement")],
    ["정 의원, 양주 옥정ㆍ회천지구에 공공의료원 입지 제안",
     "경기북부 의료 취약문제 해소와 공약이행 위해 신속히 추진하겠다",
     "이 자리에는 박재용 경기도의원, 금철완 양주부시장, 정희태 양주시의원이 참석했다",
     "경부(용인~서울) 지하고속도로 본격 추진. 2027년 착공 목표"])

art("jd-08-newspim.txt", None, None, "이순철", "뉴스핌", "42", ["kim-jin-tae"],
    [("강원특별자치도추진단 설치 및 운영계획을 1호 결재로 정하고", None, None, ["decentralization"], "plan"),
     ("특별자치도추진단에는 규제개혁 전담팀이 꾸려지며", None, None, ["decentralization"], "plan"),
     ("도청사 신축, 강릉 도청 제2청사 승격", None, None, ["city-hall"], "plan")],
    ["민선8기 김진태 도정이 1일 출범했다",
     "강원도의 각종 규제면적은 2만1890㎢로",
     "환경규제로 인한 손실이 11조6008억원에 달하며",
     "알펜시아와 레고랜드 불공정계약 등에 대한 의혹을 해소하기 위한 검증에 나설 계획이다",
     "김진선 도지사는 119종합상황실 방문을 시작으로 임기에 돌입했다",
     "윤석열 정부와 강원특별자치도 법제화 비전선언 심포지엄에서 축사를 하고 있다"])

D = "2025-08-05"
art("jd-09-globalepic.txt", "평택시, 제조업 고용 증가폭... 경기도에서 최고", "2025-08-05T21:03+09:00", "이정훈", "글로벌에픽", "41220",
    ["jeong-jang-seon"],
    [("평택시(시장 정장선)의 제조업 일자리가 지난 3년간 경기도에서 가장 많이 증가한 것으로 나타났다", None, D, ["jobs"], "achievement"),
     ("2024년 하반기 평택시의 제조업 일자리는 2021년 하반기에 비해 1만 3천300개 늘어났다", None, D, ["jobs"], "achievement"),
     ("이는 경기도 시군 중 가장 높은 수치로", None, D, ["jobs"], "achievement"),
     ("평택시의 제조업 일자리 증가 폭은 김해시(1만 6천100개)를 이어 두 번째로 높았다", None, D, ["jobs"], "achievement"),
     ("평택시의 제조업 일자리 증가는 전국적인 추세와 상반된 현상으로", None, D, ["jobs"], "statement"),
     ("첨단기술 산업의 활성화로 제조업 종사자가 늘어나고 있다고 설명했다", None, D, ["jobs"], "achievement"),
     ("최근에는 미래자동차 등 미래 산업 분야에서도 일자리가 창출되고 있다", None, D, ["jobs", "future-vehicles"], "achievement")],
    ["지난 3년 동안 1만 3천300개 일자리 증가",
     "중저위기술 혹은 저위기술 산업에서 제조업 고용이 감소하고 있다고 해석했다",
     "수출 통계에서도 평택 제조업의 활발한 성장세가 확인된다",
     "UPDATED. 2025.09.11(목)"])

os.makedirs(OUT, exist_ok=True)
for g in G:
    with open(os.path.join(OUT, g["article"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
print(len(G), "files,", sum(len(g["claims"]) for g in G), "claims")
