"""Writes set-lt gold files (hand annotation; see GOLD_NOTES.md)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parents[1] / "gold"
G.mkdir(exist_ok=True)

def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

def write(article, meta, officials, claims, not_claims):
    d = {"article": article, "metadata": dict(zip(["headline", "published", "reporter", "outlet", "jurisdiction"], meta)),
         "officials": officials, "claims": claims, "not_claims": not_claims}
    (G / (article + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

UR = ["urban-regeneration"]
D = "2017-07-21"
write("lt-01-wowtv.txt",
      ["춘천시 옛 도심 도시재생사업 추진…일본 연수", "2017-07-21T15:03+09:00", "이상학", "연합뉴스", "42110"],
      ["choi-dong-yong"],
      [C("강원 춘천시가 옛 도심 재생사업 추진과 관련해 일본을 찾아 우수사례를 모색하기로 했다", None, D, UR, "plan"),
       C("소양로와 근화동 일대를 대상으로 도시재생사업을 추진하고 있다", None, D, UR, "statement"),
       C("옛 도심을 되살린 현장을 둘러본다고 21일 밝혔다", "choi-dong-yong", D, UR, "plan"),
       C("춘천지역 노후화된 도시재생 방안을 찾기 위한 것이다", None, D, UR, "statement"),
       C("일본의 도시재생과 관련해 주민참여형 마을만들기", None, D, UR, "plan"),
       C("현지에서 마을만들기 전문가를 초청해 워크숍도 한다", None, D, UR, "plan"),
       C("재생사업을 통해 복합시설 조성으로 살려낸 대표 사례라고 설명했다", None, D, UR, "statement")],
      ["춘천시 옛 도심 도시재생사업 추진…일본 연수", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"])

CT = ["culture-tourism"]; IA = ["investment-attraction"]
D = "2023-01-02"
write("lt-02-mbceg.txt",
      ["강릉, 경제와 관광 세계 100대 도시목표", "2023-01-02T20:35+09:00", "김형호", None, "42150"],
      ["kim-hong-gyu"],
      [C("세계 100대 도시 진입을 목표로 하고 있습니다", None, D, CT, "target"),
       C("세계적 국제행사가 연이어 열립니다", None, D, CT, "statement"),
       C("한국-대만 관광교류회의", None, D, CT, "statement"),
       C("세계 100대 관광도시로 진입하겠다는 목표입니다", None, D, CT, "target"),
       C("100대 도시가 되는데 적어도 10년은 걸릴 겁니다", "kim-hong-gyu", D, CT, "statement"),
       C("관광지다운 관광지로 준비해 나가자라는 뜻이 담겨 있습니다", "kim-hong-gyu", D, CT, "plan"),
       C("지나친 관광산업 일변도에서 벗어나", None, D, CT, "plan"),
       C("투자하기 좋은 환경을 조성하기 위해", None, D, IA, "plan"),
       C("물류비 제로, 접근성 최고의 강릉을 만들 수 있으니까", "kim-hong-gyu", D, IA, "statement")],
      ["강릉, 경제와 관광 세계 100대 도시목표", "김형호 기자가 보도합니다"])

D = "2022-01-20"
write("lt-03-breaknews.txt",
      ["강원도, 2022년 지역특화 임대형 스마트팜 공모사업 선정", "2022-01-20T17:49+09:00", "김현우", "경기북부/강원 브레이크뉴스", "42"],
      [],
      [C("연이어 선정되는 쾌거를 이루었다고 밝혔다", None, D, ["agriculture", "fourth-industrial-revolution"], "achievement"),
       C("평창군에 임대형 스마트팜을 도에서 직접", None, D, ["agriculture"], "statement"),
       C("강원도(양구)는 경북(영천), 전남(신안)과 함께 선정됐다고 전했다", None, D, ["agriculture"], "achievement"),
       C("청년창업농에게 스마트팜의 안착을 지원하여", None, D, ["agriculture", "startup-support", "youth-policy"], "statement"),
       C("전국 최초로 신재생에너지인 산림바이오매스", None, D, ["agriculture", "energy-transition"], "statement")],
      ["강원도, 2022년 지역특화 임대형 스마트팜 공모사업 선정", "강원도청 전경 <사진제공=강원도>"])

J = ["jobs"]; D = "2018-08-18"
write("lt-04-kns.txt",
      ["민선7기 화성시 '서철모호' 지역경제 살리기 본격화", "2018-08-18T14:08+09:00", "정양수", "KNS뉴스통신", "41590"],
      ["seo-cheol-mo-41590"],
      [C("지역경제 활성화와 일자리 창출을 위해 발벗고 나서고 있어", None, D, J, "statement"),
       C("맞춤형 일자리창출 기본계획 수립, 전통시장 고객편의 시설 확충", None, D, ["jobs", "small-merchants"], "statement"),
       C("일자리 관련 국비지원사업 발굴을 위한 유관기관 관계자 회의'를 진행할 예정이다", None, D, J, "plan"),
       C("고용노동부 일자리 공모사업안 협의 및 자체 연계사업안 발굴 등을 논의한다", None, D, J, "plan"),
       C("버스기사 인력양성 사업 등 지역·산업 맞춤형 일자리창출 지원사업 추가 공모안 협의도 이뤄진다", None, D, J, "plan"),
       C("일자리 전문가 회의를 연다", None, D, J, "plan"),
       C("이는 화성시 맞춤형 일자리창출 기본계획 수립을 위한 것으로", None, D, J, "statement")],
      ["민선7기 화성시 '서철모호' 지역경제 살리기 본격화", "맞춤형 일자리창출 기본계획 수립·국비지원 점검등 속도", "화성시청 전경."])

E = ["energy-transition"]; D = "2020-07-22"
write("lt-05-ajunews.txt",
      ["광명시, 햇빛발전소 1호기 본격 가동된다", "2020-07-22T11:28+09:00", None, None, "41210"],
      ["park-seung-won"],
      [C("‘햇빛발전소 준공식’을 가졌다", None, D, E, "achievement"),
       C("햇빛발전소는 광명형 그린뉴딜사업의 일환으로", None, D, E, "statement"),
       C("연간 9만kw의 전력을 20~25년 동안 생산하게 된다", None, D, E, "statement"),
       C("기후위기 극복의 전환점이 될 것으로 기대하고 있다", None, D, ["energy-transition", "climate-carbon"], "statement"),
       C("지붕 태양열을 차단해 무더운 여름에 실내온도를 낮추는 효과도 있다", None, D, E, "statement"),
       C("재생에너지 생산에 주민들이 직접 참여해 투자이익을 공유하고", None, D, E, "statement"),
       C("수익의 일부는 시민의식 전환사업에 사용할 예정이다", None, D, E, "plan"),
       C("모든 공공시설 유휴부지에 햇빛발전소를 설치할 계획이다", None, D, E, "plan"),
       C("우리 삶을 지속하기 위해서는 기후위기에 잘 대응해야 한다", "park-seung-won", D, ["climate-carbon"], "plan"),
       C("햇빛발전소가 잘 운영되기를 바란다", "park-seung-won", D, E, "statement")],
      ["광명시, 햇빛발전소 1호기 본격 가동된다", "코로나19를 비롯해 우리가 살고 있는 도시안의 위기가 아주 심각하다"])

PT = ["public-transit"]; D = "2026-02-25"
write("lt-06-asiae.txt",
      ["주광덕 남양주시장, 김동연 경기지사에 건의", "2026-02-25", None, None, "41360"],
      ["ju-gwang-deok", "kim-dong-yeon"],
      [C("3기 신도시 입주에 대비한 핵심 교통대책의 조속한 추진을 건의했다", None, D, PT, "plan"),
       C("정부 주택 공급에 맞춰 경기도형 공공주택 비전을 공유하기 위해 추진됐다", None, D, ["housing"], "statement"),
       C("교통 인프라가 제때 구축되지 않으면 시민 불편이 커질 수밖에 없다", "ju-gwang-deok", D, PT, "statement"),
       C("지하철 9호선 연장 등 핵심 교통대책이 입주 시기와 맞물려", "ju-gwang-deok", D, PT, "plan")],
      ["주광덕 남양주시장, 김동연 경기지사에 건의", "‘9호선 연장’ 등 핵심 교통대책 조속 추진 건의",
       "3기 신도시 입주 전 교통 인프라 갖춰야", "타운홀미팅에 참석해 인사말을 하고 있다"])

S = "shin-sang-jin"; WH = ["welfare", "public-health"]
write("lt-07-inews24.txt",
      [None, None, "정재수", "아이뉴스24", "41130"],
      [S],
      [C("‘집에서 존엄한 삶의 마무리가 가능한 도시’를 현실로 만들어 가겠습니다", S, None, WH, "plan"),
       C("예방 중심 건강도시와 의료·돌봄 연계 정책을 올해 핵심 시정 과제로 제시했다", S, None, WH, "plan"),
       C("‘건강도시 성남’이라는 시정 방향을 강조했다", S, None, WH, "statement"),
       C("아프기 전에 지키고 늦기 전에 막는 예방 중심 건강도시를 확고히 하겠다", S, None, ["public-health"], "plan"),
       C("전국 최초로 ‘집에서 존엄한 삶의 마무리가 가능한 도시’를 실현하겠다", S, None, WH, "plan"),
       C("요양병원과 시설 중심의 돌봄 구조 속에서", S, None, ["welfare"], "plan"),
       C("성남형 의료·돌봄 연계 모델을 정착시키겠다", S, None, WH, "plan"),
       C("재택진료 의사를 채용하고", S, None, WH, "plan"),
       C("국가 차원의 제도화도 이뤄질 것", S, None, WH, "statement")],
      ["시민과의 약속을 지켜온 시간이었다", "‘첨단과 혁신의 희망도시 성남’을 끝까지 완수하겠다",
       "시정 운영 방향과 주요 정책 구상을 설명하며 이같이 밝혔다"])

D = "2022-08-17"
write("lt-08-jeonmae.txt",
      ["정선군, 지방소멸대응 팔 걷었다...168억 확보", "2022-08-17", "최재혁", "전국매일신문", "42770"],
      ["choi-seung-jun"],
      [C("청년마을 조성 및 정선형 청년·일자리 케어", None, D, ["public-health", "youth-policy", "jobs", "education"], "achievement"),
       C("폐광지역 응급의료 기반구축 및 시설개선", None, D,
         ["public-health", "youth-policy", "education", "housing", "public-transit", "culture-tourism"], "statement")],
      ["정선군, 지방소멸대응 팔 걷었다...168억 확보", "상위등급인 B등급을 받아 168억 원의 기금을 지원받는다고 17일 밝혔다",
       "정선군 인구정책 기본조례 제정", "지방소멸문제는 눈앞에 닥친 현실적 위기상황인 만큼"])

W = "won-gang-su"
write("lt-09-nocutnews.txt",
      ["원주시, 올해 투자유치 목표 '초과달성'", None, None, "CBS노컷뉴스", "51130"],
      [W],
      [C("총 8개 기업과 투자협약(MOU)을 체결해 1734억 원 투자와 320명 신규고용 효과를 얻었다고 28일 밝혔다", None, None, ["investment-attraction", "jobs"], "achievement"),
       C("300명 고용'을 넘는 성과다", None, None, ["investment-attraction", "jobs"], "achievement"),
       C("부론일반산업단지 조성을 재개하고", None, None, IA, "statement"),
       C("기업유치에 긍정적 영향을 준 것으로 분석했다", None, None, IA, "achievement"),
       C("다각도의 노력을 기울여 좋은 성과를 거뒀다", W, None, IA, "achievement"),
       C("지역투자와 신규 일자리 창출을 획기적으로 늘려나갈 것", W, None, ["investment-attraction", "jobs"], "plan")],
      ["원주시, 올해 투자유치 목표 '초과달성'", "원주시청 전경. 원주시 제공", "CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다"])
print("ok")
