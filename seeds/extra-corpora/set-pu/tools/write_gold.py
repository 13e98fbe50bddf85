"""Writes the hand annotations of set-pu to gold/ (one JSON file per article)."""
import json
import os

OUT = '/work/blind/set-pu/gold'
G = []


def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c


def art(name, headline, published, reporter, outlet, jurisdiction, officials, claims, not_claims):
    G.append({
        "article": name,
        "metadata": {"headline": headline, "published": published, "reporter": reporter,
                     "outlet": outlet, "jurisdiction": jurisdiction},
        "officials": officials,
        "claims": claims,
        "not_claims": not_claims,
    })


# pu-01 경기 고양시, 2023-09-04, meeting '지난 31일' = 2023-08-31
D, P = "2023-08-31", "2023-09-04"
art("pu-01-monthlypeople.txt",
    "고양특례시, 창릉 지구 기업 유치 전략 세우기 위해 민관 머리 맞댄다", "2023-09-04", "김예진", "월간인물", "41280",
    ["lee-dong-hwan"],
    [
        C("고양창릉 공공주택지구의 자족기능을 확보하고 선도 기업을 유치하기 위해 민관공 협의체 회의를 개최했다", None, D,
          ["investment-attraction"], "statement"),
        C("‘창릉지구 기업유치 민관공 협의체’를 구성했다", None, P, ["investment-attraction"], "achievement"),
        C("창릉지구에 기업이 투자할 수 있는 환경을 조성해야 한다", None, D, ["investment-attraction"], "plan"),
        C("기업 유인책으로 경쟁력 있는 토지 공급 방안을 검토해달라", None, D, ["investment-attraction"], "plan"),
        C("창릉지구의 지역 여건을 고려한 기업 유치 전략을 만들어 나가기로 했다", None, D, ["investment-attraction"], "plan"),
        C("고양시에 더 이상 주택공급에 집중된 베드타운이 들어와선 안 된다", "lee-dong-hwan", D, ["housing"], "plan"),
        C("창릉 지구에 우수한 기업을 유치하고 창릉지구를 기업친화적인 도시로 조성해", "lee-dong-hwan", D,
          ["investment-attraction"], "statement"),
    ],
    ["고양시·민간단체·공사 3자 협의체 구성…선도 기업 유치 전략 세운다",
     "민관공 협의체는 고양시 관계 부서, 덕양지역 민간단체인 덕양연합회"])

# pu-02 대구 달성군, 입력 2022-03-14 16:10
P = "2022-03-14"
art("pu-02-imaeil.txt",
    "달성군 화원읍 행정복지센터 지상 7층 건물로 새로 짓는다", "2022-03-14T16:10+09:00", None, None, "27710",
    ["kim-mun-o"],
    [
        C("지하 2층, 지상 7층 규모의 최첨단 공공복합형 청사가 신축된다", None, P, ["city-hall"], "plan"),
        C("도심 슬럼화 해소는 물론 지역 상권 활성화에 큰 도움이 될 것으로 기대되고 있다", None, P,
          ["city-hall", "small-merchants"], "statement"),
        C("화원읍 행정복지센터·보건지소·늘봄카페·사회복지시설(지상 1~2층)", None, P,
          ["city-hall", "public-health", "welfare", "childcare-birth", "culture-tourism"], "plan"),
        C("▷생활문화센터·평생학습관(5층) ▷도서관(6~7층) 등이 배치된다", None, P,
          ["city-hall", "culture-tourism", "education"], "plan"),
        C("신 청사는 오는 2024년 6월 완공 예정이고, 총사업비 799억원이 투입된다", None, P, ["city-hall"], "plan"),
        C("달성산림조합에 마련된 임시청사(2~4층)에서 행정업무가 이뤄진다", None, P, ["city-hall"], "plan"),
        C("오는 18일부터 3일동안 화원읍복지센터의 이사작업이 진행된다", None, P, ["city-hall"], "plan"),
        C("화원역과 연계한 공공복합청사로 개발돼 앞으로 화원의 랜드마크 역할은 물론", "kim-mun-o", P,
          ["city-hall"], "statement"),
    ],
    ["총사업비 799억원 들여 2024년 완공 예정", "보건지소, 다목적체육관, 도서관 등도 들어서",
     "대구 달성군 화원읍 공공복합형 청사 조감도. 달성군 제공"])

# pu-03 광주광역시, 2025-02-18 17:18; event 18일 = publication day
P = "2025-02-18"
art("pu-03-hnjn.txt",
    "광주광역시, 노동‧비정규직‧청소년센터 통합 ‘광주노동권익센터’ 출범", "2025-02-18T17:18+09:00", "이원희", "호남자치뉴스", "29",
    ["kang-gi-jung", "lee-jeong-seon", "shin-su-jeong"],
    [
        C("노동자 권익보호 허브기관인 ‘광주노동권익센터’를 설립하는 등 ‘노동인권도시 도약’에 박차를 가하고 있다", None, P,
          ["labor-relations"], "statement"),
        C("노동 관련 3개 센터(광주노동센터‧광주비정규직지원센터‧청소년노동인권센터)를 통합, 올해 1월1일", None, P,
          ["labor-relations"], "achievement"),
        C("센터는 노동법률 상담 및 권리구제 지원, 이동노동자쉼터 운영", None, P, ["labor-relations"], "statement"),
        C("노동이 존중받는 광주 실현을 위해 ▲일하는 광주시민의 노동인권 허브", None, P, ["labor-relations"], "plan"),
    ],
    ["광주시‧의회‧노동계 지혜 모아 설립…노동존중 등 5대 비전 선포",
     "현판 제막식을 하고 있다",
     "광주광역시는 18일 광산구 하남근로자종합복지관 대강당에서 ‘광주노동권익센터 비전선포식’을 개최했다",
     "이날 선포식에는 강기정 시장, 신수정 광주시의회 의장",
     "선포식은 현판식, 경과보고, 비전선포식 등으로 진행됐다"])

# pu-04 경기 화성시, 승인 2020.03.27; council vote '지난 19일' = 2020-03-19
P = "2020-03-27"
art("pu-04-ggetv.txt",
    "미래 산업 메카 화성시, ‘반도체·미래차 특화 단지’ 본격 준비", "2020-03-27", "권오규", "경기eTV뉴스", "41590",
    [],
    [
        C("반도체 산업 국산화 지원대책을 포함한 화성 미래산업 기반 마련에 대한 구체적 성과를 드러내고 있다", None, P,
          ["research-development"], "achievement"),
        C("반도체·미래차 특화 산업단지 조성 사업 진행에 탄력을 받을 전망이다", None, "2020-03-19",
          ["future-vehicles"], "achievement"),
        C("약 3,090억 원 규모로 특화 산업단지를 조성할 계획이다", None, P, ["future-vehicles"], "plan"),
        C("2021년에 공사를 착공하여 2024년 말까지 조성을 완료할 예정이다", None, P, ["future-vehicles"], "plan"),
        C("금번 사업으로 반도체·미래차 산업입지 마련은 물론", None, P,
          ["future-vehicles", "jobs", "youth-policy"], "statement"),
    ],
    ["화성시 양감면 일대 산업 융·복합형 산업단지 조성으로 지역 발전 및 청년 일자리 창출 기대",
     "H-테크노 스마트 복합산업단지(가칭) 조성사업 조감도"])

# pu-05 경기 광주시, 승인 2024.06.27 12:03
P = "2024-06-27"
art("pu-05-newsyoung.txt",
    "광주시, 안전 도시 구현을 위한 방범용 CCTV 설치 확대", "2024-06-27T12:03+09:00", "김영식", "뉴스영", "41610",
    ["bang-se-hwan"],
    [
        C("범죄 취약지역에 대한 방범용 CCTV 확대 설치 사업을 완료했다고 27일 밝혔다", None, P,
          ["disaster-safety"], "achievement"),
        C("최종 68개소를 선정해 238대의 CCTV를 설치했다", None, P, ["disaster-safety"], "achievement"),
        C("인접 초등학교 통학로와 시민 하천 산책로의 안전성을 확보했다", None, P, ["disaster-safety"], "achievement"),
        C("고사양의 인공지능 카메라로 교체했다", None, P,
          ["disaster-safety", "fourth-industrial-revolution"], "achievement"),
        C("사회 안전망 대응 체계를 향상 시킬 것으로 기대된다", None, P,
          ["disaster-safety", "fourth-industrial-revolution"], "statement"),
        C("첨단 기술을 적용한 안전 도시 광주를 구현해 나가겠다", "bang-se-hwan", P, ["disaster-safety"], "plan"),
    ],
    ["광주시, 안전 도시 구현을 위한 방범용 CCTV 확대 설치", "저작권자 ⓒ 뉴스영, 무단 전재 및 재배포 금지"])

# pu-06 광주광역시, 기사승인 2023-01-01 10:13
P = "2023-01-01"
art("pu-06-siminilbo.txt",
    "광주 사회안전망 더 촘촘해진다", "2023-01-01T10:13+09:00", "정찬남", "시민일보", "29",
    ["kang-gi-jung"],
    [
        C("광주지역 범죄예방용 CCTV가 확충돼 사회안전망이 더 촘촘해질 전망이다", None, P, ["disaster-safety"], "statement"),
        C("방범용 CCTV 총 483대를 이관 받아 범죄예방용 CCTV로 통합관제하고 있다", None, P,
          ["disaster-safety"], "achievement"),
        C("이관 받은 CCTV는 자치구가 범죄취약구역 등에 설치한 403대", None, P, ["disaster-safety"], "statement"),
        C("카메라, 비상벨 작동 여부 등을 집중 점검해 이관 절차를 마무리했다", None, P, ["disaster-safety"], "achievement"),
        C("올해보다 144대 더 늘어난 627대가 이관될 예정이어서", None, P, ["disaster-safety"], "target"),
        C("2013년부터 전국 최초로 광역단위 통합관제를 실시", None, P, ["disaster-safety"], "achievement"),
        C("범죄 등 사각지대를 최소화해 CCTV통합관제센터가 시민의 생활안전에 중추적인 역할을 할 수 있도록", None, P,
          ["disaster-safety"], "plan", speaker_name="박남주"),
    ],
    ["5개 자치구·LH 등 CCTV 483대 이관…범죄예방용 통합관제",
     "2023년 CCTV 627대 이관 계획…사회안전지킴이 역할 기대"])

# pu-07 전북특별자치도 고창군, 입력 2026.02.25 13:18
P = "2026-02-25"
AY = ["agriculture", "youth-policy"]
art("pu-07-asiae.txt",
    "고창군 '청년농업인 스마트팜단지' 입주 청년농업인 모집", "2026-02-25T13:18+09:00", "표영길", "아시아경제", "52790",
    ["sim-deok-seop"],
    [
        C("고창군이 오는 3월 준공 예정인 '청년농업인 스마트팜단지' 입주 청년농업인을 모집한다", None, P, AY, "statement"),
        C("고창군 성송면 판정리 190번지 일원에 4만9,775㎡ 규모로 만들어졌다", None, P, AY, "achievement"),
        C("2만800㎡ 규모의 온실 6동이 구축된다", None, P, AY, "statement"),
        C("대상은 18세 이상 45세 이하 청년농업인 12개 팀이다", None, P, AY, "statement"),
        C("고창군에 거주(주민등록 포함)하고 있어야 한다", None, P, AY, "statement"),
        C("관외 거주자도 모집공고 마감일 전까지 고창군으로 주소를 이전할 경우 신청이 가능하다", None, P, AY, "statement"),
        C("팀별로 1,500㎡ 규모의 온실이 배정된다", None, P, AY, "statement"),
        C("입주 청년농업인의 재배 기술 습득과 안정적인 영농 정착에 도움이 될 것으로 기대된다", None, P, AY, "statement"),
        C("고창군농업기술센터 청년스마트팜TF팀을 방문해 관련 서류를 제출하면 되며", None, P, AY, "statement"),
        C("스마트팜과 청년농업인은 지역 농업의 미래를 이끌 핵심 동력으로", "sim-deok-seop", P, AY, "statement"),
        C("체계적인 현장 지도를 강화해 경쟁력 있는 농업인으로 성장하도록 최선을 다하겠다", "sim-deok-seop", P, AY, "plan"),
    ],
    ["고창군은 성송면 판정리 일원에 오는 3월 준공 예정인", "호남취재본부 표영길 pyo7480@asiae.co.kr"])

# pu-08 전북특별자치도 김제시, 입력 2024-03-06 13:54 ('6일 밝혔다' = publication day)
P = "2024-03-06"
CB = ["childcare-birth"]
art("pu-08-kmib.txt",
    "김제, 출생아 늘고 합계출산율도 증가 ‘쑥쑥’ … 비결은?", "2024-03-06T13:54+09:00", None, None, "52210",
    [],
    [
        C("전북 김제시의 출생아 수와 합계 출산율이 눈에 띄게 증가했다", None, P, CB, "achievement"),
        C("김제시의 인구 정책에 다른 지자체의 관심도 높아가고 있다", None, P, CB, "statement"),
        C("지난 해 지역내 출생아 수가 412명으로 전년 대비 57명(16.1%)이 늘었다고 6일 밝혔다", None, P, CB, "achievement"),
        C("57명 증가는 전북특별자치도 14개 시·군 가운데 가장 많은 증가 수치다", None, P, CB, "achievement"),
        C("김제지역의 2023년 가임여성 1인당 합계출산율은 1.37명으로", None, P, CB, "achievement"),
        C("이는 전북 1위, 전국 4위 기록이다", None, P, CB, "achievement"),
        C("3년 연속 상향곡선을 그리고 있다", None, P, CB, "achievement"),
        C("이같은 성과는 김제시가 추진하고 있는 생애맞춤형 인구정책 덕분이라는 분석이다", None, P, CB, "achievement"),
        C("김제시는 출산장려금을 첫째 아이 800만원, 셋째 아이 1500만원으로 상향했다", None, P, CB, "achievement"),
        C("결혼축하금(세대당 1000만원)을 지원했다", None, P, CB, "achievement"),
    ],
    ["사진은 지난 해 7월 열린 제4회 김제시 인구의 날 기념행사 모습",
     "반면 지난해 전국 출생아 수와 전북특별자치도 출생아 수는 각각 6.9% 감소했다",
     "지난 해 합계출산율은 전국 0.72명, 전북도 0.78명으로",
     "김제역에서 설 연휴 귀성객을 대상으로 인구정책 홍보와 김제 주소 갖기 캠페인을 펴고 있다"])

# pu-09 대구 북구, undated: published and all claim dates null
SY = ["startup-support", "youth-policy"]
art("pu-09-yeongnam.txt",
    None, None, None, None, "27230",
    ["bae-gwang-sik"],
    [
        C("대구 북구지역 청년들의 창업 실현과 성공의 꿈이 한발 더 가까워진다", None, None, SY, "statement"),
        C("청년 창업가 발굴·육성을 위한 전문적인 창업 사무공간이 북구에서 닻을 올리면서다", None, None, SY, "achievement"),
        C("청년 창업 인큐베이팅 공간인 '창업 놀이터'를 개소했다", None, None, SY, "achievement"),
        C("이들을 지역에 정착시켜 지역경제 활성화를 돕겠다는 복안이다", None, None, SY, "plan"),
        C("경북대 혁신타운 도시재생뉴딜사업의 일환으로 추진된 창업 놀이터는", None, None,
          ["urban-regeneration", "startup-support"], "achievement"),
        C("10개의 개별 오피스와 오픈라운지, 휴게실 등의 시설을 갖췄다", None, None, ["startup-support"], "statement"),
        C("선정한 청년 창업가 10팀이 지난 3월부터 입주해 있다", None, None, SY, "achievement"),
        C("사업화 지원금, 창업 교육, 멘토링 등 다양한 창업 활동 지원을 받는다", None, None, SY, "statement"),
        C("청년 창업을 돕는 다양한 사업을 추진해 왔다", None, None, SY, "achievement"),
        C("창업 놀이터에서 청년들의 도전과 열정을 키워 유니콘 기업까지 성장하길 바란다", "bae-gwang-sik", None, SY,
          "statement"),
        C("이곳에서 탄생한 청년 창업가들이 향후 추진될 대구도심융합특구", "bae-gwang-sik", None, SY, "statement"),
    ],
    ["배광식 북구청장 등이 창업놀이터를 둘러보고 있다",
     "이날 개소식에는 배광식 북구청장과 구의원",
     "행사는 사업 경과보고, 개소사, 입주기업 소개"])

os.makedirs(OUT, exist_ok=True)
for g in G:
    with open(os.path.join(OUT, g["article"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
print(len(G), "files,", sum(len(g["claims"]) for g in G), "claims")
