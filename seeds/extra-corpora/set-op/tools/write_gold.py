#!/usr/bin/env python3
"""Writes gold/*.json of set-op (hand annotation) and asserts every claim quote occurs exactly once
(whitespace collapsed) in its article and every not_claim occurs."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = []

# ---------------------------------------------------------------- op-01 의성 (interview 14 Feb 2023)
D, I = "2023-02-17", "2023-02-14"
K = "kim-ju-su"
G.append({"article": "op-01-chosun-uiseong.html",
 "metadata": {"headline": "“바이오단지 조성, 신공항 이전… 젊은층 귀촌 ‘청년 도시’ 만들것”", "published": "2023-02-17T04:20:59+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "47730"},
 "officials": [K],
 "claims": [
  C("대구경북 신공항 입지가 의성·군위군으로 결정되고 바이오밸리 산업단지 조성이 추진되고 있기 때문이다", None, D, ["airport-relocation", "medical-industry"], "statement"),
  C("최근엔 20~30대 젊은 층의 귀촌지로 인기를 끌고 있다", None, D, ["agriculture", "youth-policy"], "statement"),
  C("대구경북 신공항 이전, 바이오밸리 산업단지 조성 등에 힘을 집중하고 의성을 청년 도시로 키우겠다", K, I, ["airport-relocation", "medical-industry", "youth-policy"], "plan"),
  C("이 카페 등의 사장님들이 20~30대 귀촌인이다", K, I, ["agriculture", "youth-policy"], "statement"),
  C("이런 변화를 만드는 데 ‘이웃 사촌 시범마을’ 사업이 효과가 있었다", K, I, ["youth-policy", "agriculture"], "achievement"),
  C("청년들에게 꼭 필요한 일자리와 주거지, 복지가 핵심이다", K, I, ["youth-policy", "jobs", "housing", "welfare"], "statement"),
  C("지역 농특산물을 활용해 창업을 지원했고, 스마트팜을 통한 창농 교육도 함께 진행했다", K, I, ["startup-support", "agriculture"], "achievement"),
  C("마을 빈집을 리모델링해 게스트 하우스로 만들어 청년들이 한 달 넘게 살아보는 기회도 마련했다", K, I, ["urban-regeneration", "youth-policy"], "achievement"),
  C("원주민과 교류가 핵심 요소라고 보고, 이웃 사촌 지원센터를 만들었다", K, I, ["youth-policy"], "achievement"),
  C("임신·출산·보육 프로그램을 제공하는 출산통합지원센터도 만들었다", K, I, ["childcare-birth"], "achievement"),
  C("이런 사업을 통해 최근 5년간 159명의 청년이 의성군에 정착하는 성과를 올렸다", K, I, ["youth-policy"], "achievement"),
  C("청년들이 지속적으로 정착할 수 있는 환경을 만드는 게 가장 중요하다", K, I, ["youth-policy"], "statement"),
  C("올해 말 행복주택 98호, 국민임대주택 42호 등 신규 주거 단지가 완공될 예정이다", K, I, ["housing"], "plan"),
  C("지난해 11월부터 소아청소년과와 분만이 가능한 산부인과도 운영 중이다", K, I, ["public-health", "childcare-birth"], "statement"),
  C("국공립 어린이집이 2021년 11월 개원했으며 올해 말 한 곳 더 문을 열 예정이다", K, I, ["childcare-birth"], "plan"),
  C("2030년 개항 목표인 대구경북 신공항은 의성군 비안면과 군위군 소보면에 들어선다", K, I, ["airport-relocation"], "plan"),
  C("개항과 동시에 미래 의성의 기반이 구축될 것이다", K, I, ["airport-relocation"], "statement"),
  C("의성군은 항공 물류, 항공 정비 등 주요 인프라 구축 사업을 추진하기 위한 연구 용역 중이다", K, I, ["airport-relocation"], "statement"),
  C("대구경북 신공항 인프라 구축 사업과 제대로 된 청년 정책이 시너지를 내면", K, I, ["airport-relocation", "youth-policy"], "statement"),
  C("특화된 바이오 산업을 의성의 새 성장 동력으로 준비해왔다", K, I, ["medical-industry"], "statement"),
  C("오는 3월 말 의성읍 철파리 일대(6522㎡)에 바이오밸리 산업단지가 개관할 예정이다", K, I, ["medical-industry"], "plan"),
  C("바이오 관련 입주 기업을 위한 장비 구축 등 지원에 나설 것이다", K, I, ["medical-industry", "investment-attraction"], "plan"),
  C("워라밸복합문화센터가 2026년 건립되면 전문 인력 양성과 청년 인구 유입 등이 자연스레 이뤄질 것이다", K, I, ["youth-policy", "culture-tourism", "jobs"], "plan"),
 ],
 "not_claims": ["<small>김주수 경북 의성군수</small>", "경북 의성군은 쌀과 마늘이 유명하다", "요즘은 여기에 ‘바이오’ ‘공항’ 등의 테마를 더하고 있다",
                "농림부 차관, 서울시농수산식품공사 사장 등을 역임했다", "지난해 6월 지방선거에서 3선에 성공했다",
                "-최근 2030세대의 의성 귀촌이 조금씩 늘고 있다.", "-청년 귀촌 증가가 일시적 현상이라는 지적도 나오는데.",
                "-대구경북 신공항 이전 준비는 어떻게 하고 있나.", "-바이오밸리 산업단지 조성을 추진하고 있는데.",
                "수제 맥줏집과 카페 30여 곳이 생겨 의성군의 명물이 됐다"]})

# ---------------------------------------------------------------- op-02 부산 (4 Dec 2024)
D = "2024-12-04"; P = "park-heong-joon"
G.append({"article": "op-02-chosun-busan.html",
 "metadata": {"headline": "“이용자 87%가 만족”…부산형 아이돌봄 ‘당신처럼 애지중지’ 확대", "published": "2024-12-04T17:15:16+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "26"},
 "officials": [P],
 "claims": [
  C("올해 봄 도입된 부산시의 지역 영유아·어린이 돌봄체계", None, D, ["childcare-birth"], "plan"),
  C("저출생 등 지역 인구문제를 실질적이고 성과적으로 풀어나갈 돌파구가 될 것", P, D, ["childcare-birth"], "statement"),
  C("부산시는 4일 오후 학부모 등이 참석한 가운데 부산형 통합 늘봄 프로젝트인", None, D, ["childcare-birth"], "statement"),
  C("시민행복 부산회의는 박 시장이 시민 목소리를 직접 듣고 정책에 반영하기 위해 운영되고 있다", None, D, ["citizen-participation"], "statement"),
  C("이 정책에 대한 부산시의 관심과 기대가 크기 때문인 것으로 풀이된다", None, D, ["childcare-birth"], "statement"),
  C("정책 만족도를 조사한 결과, 이용자의 87%가 만족하는 것으로 나타났다", None, D, ["childcare-birth"], "achievement", "우미옥"),
  C("시민 생활에 밀접하고 체감률이 높은 만큼 양과 질을 내년엔 더욱 확대할 계획", None, D, ["childcare-birth"], "plan", "우미옥"),
  C("올해 100개반이었던 시간제 보육서비스를 내년 176개반으로 대폭 늘리고", None, D, ["childcare-birth"], "target"),
  C("5자녀 이상 초다자녀 가정에 대해 미성년자 자녀 수에 따라 1인당 100만원씩 수당 지급을 추진한다", None, D, ["childcare-birth"], "plan"),
  C("임산부 우대 좌석 ‘핑크라이트’를 ‘핑크라이트 존’으로 확대한다", None, D, ["childcare-birth"], "plan"),
  C("핑크라이트존은 주차장에 임산부 우대 자리를 두거나", None, D, ["childcare-birth"], "statement"),
  C("‘공공형 키즈카페’를 내년엔 2곳 신설해 4곳으로 늘리고", None, D, ["childcare-birth"], "target"),
  C("다 함께 우리 아이를 키우고 모두가 행복해지는 부산을 실현하겠다", P, D, ["childcare-birth"], "plan"),
 ],
 "not_claims": ["참석자들이 기념 촬영을 하고 있다", "“이용자 87%가 만족”…부산형 아이돌봄"]})

# ---------------------------------------------------------------- op-03 인천 (24 Oct 2024)
D = "2024-10-24"; Y = "yoo-jeong-bok"
PT, CB = "public-transit", "childcare-birth"
G.append({"article": "op-03-chosun-incheon.html",
 "metadata": {"headline": "인천, 아이 낳으면 대중교통 요금 최대 70% 환급", "published": "2024-10-24T13:30:28+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "28"},
 "officials": [Y],
 "claims": [
  C("인천시민들은 내년부터 1500원만 내면 백령도 등 인천 23개 섬을 오가는 여객선을 이용할 수 있다", None, D, [PT], "plan"),
  C("인천에서 출산한 부모들은 아이가 초등학교에 입학할 때까지", None, D, [CB, PT], "plan"),
  C("인천시는 24일 이 같은 내용을 담은 민생 지원정책을 발표했다", None, D, [PT, CB], "plan"),
  C("‘인천 아이(i) 바다패스’ 정책을 시행할 예정이다", None, D, [PT], "plan"),
  C("인천과 섬을 연결하는 13개 항로, 15척의 배가 지원 대상이다", None, D, [PT], "statement"),
  C("인천~풍도(경기 안산시) 항로는 제외된다", None, D, [PT], "statement"),
  C("부담해 시민들은 1500원만 내면 이용할 수 있게 하겠다는 게 인천시 설명이다", None, D, [PT], "plan"),
  C("시민들이 백령도를 가려면, 여객선 요금 중 1만9800원을 내야 했다", None, D, [PT], "statement"),
  C("나머지 5만6100원은 인천시가 지원해 왔다", None, D, [PT], "statement"),
  C("시민의 요금 부담을 크게 낮춘 것이다", None, D, [PT], "statement"),
  C("여객선 요금의 50%를 지원하던 것에서 70%로 확대해 지원키로 했다", None, D, [PT], "plan"),
  C("편도 이용요금은 4만800원에서 2만6760원으로 낮아진다", None, D, [PT], "plan"),
  C("주말이나 성수기(7~8월) 이용 시엔 지원되지 않는다", None, D, [PT], "statement"),
  C("연간 60만명 수준인 여객선 이용객 수가 66만 명으로 늘어날 것으로 예상했다", None, D, [PT], "statement"),
  C("여객선 운임 지원 예산은 220억 원 규모로 증가할 것으로 보고 있다", None, D, [PT], "statement"),
  C("여객선의 대중교통화와 섬 지역 활성화를 위해 이번 정책을 추진하게 됐다고 설명했다", None, D, [PT], "statement"),
  C("‘인천 아이(i) 플러스 차비드림’을 내년 5월부터 시행한다", None, D, [CB, PT], "plan"),
  C("환급률을 출산한 부모에게 확대 지급하는 것이다", None, D, [CB, PT], "statement"),
  C("첫째아를 출산한 부모에겐 아이 출생일로부터 7년간 대중교통비의 50%를 환급하고", None, D, [CB, PT], "plan"),
  C("청년층(19~39세)의 경우 첫째아를 낳으면", None, D, [CB, PT], "statement"),
  C("일반층(40~64세)은 첫째아일 땐", None, D, [CB, PT], "statement"),
  C("월 15회 이상 버스와 지하철 등 대중교통을 이용하면 환급받을 수 있다", None, D, [PT, CB], "statement"),
  C("연간 약 22억9400만 원의 사업비가 필요할 것으로 예상하고 있다", None, D, [CB, PT], "statement"),
  C("섬을 활성화하고 출생률을 높이기 위한 지원정책을 더욱 적극적으로 발굴해 가겠다", Y, D, [CB], "plan"),
 ],
 "not_claims": ["정책에 대해 발표하고 있다", "인천에서 백령도를 잇는 여객선의 경우 편도 요금은 7만5900원이다"]})

# ---------------------------------------------------------------- op-04 홍성 (published 3 Jul 2026)
D = "2026-07-03"; J = "park-jeong-ju"
EN = "energy-transition"
G.append({"article": "op-04-chosun-hongseong.html",
 "metadata": {"headline": "“규제 풀고 AI기업 키워… 지방소멸 위기 벗어나겠다”", "published": "2026-07-03T00:50:00+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "44800"},
 "officials": [J],
 "claims": [
  C("규제를 완화해 AI(인공지능), 모빌리티 등 첨단 산업 기업을 유치하고", J, D, ["investment-attraction", "fourth-industrial-revolution"], "plan"),
  C("군수 직속 규제혁신추진단과 기업유치 특별팀을 만들고", J, D, ["investment-attraction"], "plan"),
  C("경관 심의도 면제해주려고 한다", J, D, ["investment-attraction"], "plan"),
  C("2020년 혁신도시로 지정됐지만 옮겨온 공공기관이 한 곳도 없다", J, D, ["decentralization"], "criticism"),
  C("충남도와 협력해 2차 이전 공공기관을 유치하겠다", J, D, ["decentralization"], "plan"),
  C("탄소 중립, 문화체육, 산업경제 분야 공공기관을 중점적으로 유치하려고 한다", J, D, ["decentralization"], "plan"),
  C("축산업은 홍성의 핵심 산업이지만 주민들의 생활 환경과 조화가 필요하다", J, D, ["agriculture"], "statement"),
  C("올해 25억원을 들여 분뇨의 악취를 줄이는 미생물제 등을 지원할 계획이다", J, D, ["agriculture"], "plan"),
  C("‘AI 스마트 축사’도 검토하고 있다", J, D, ["agriculture", "fourth-industrial-revolution"], "statement"),
  C("홍성군을 지나는 송전선로 건설 사업 계획은 총 3개다", J, D, [EN], "statement"),
  C("수도권과 경기 용인 반도체 단지 등에 전력을 공급하기 위한 송전선로다", J, D, [EN], "statement"),
  C("홍성 군민들은 결사 반대한다", J, D, [EN], "criticism"),
  C("자연이 훼손되고 주민들의 재산권 침해가 우려된다", J, D, [EN], "criticism"),
  C("주민 건강 문제도 걱정이다", J, D, [EN], "criticism"),
 ],
 "not_claims": ["그는 “규제를 풀어 첨단 산업 기업을 유치하겠다”고 했다", "당선인 시절 인수위원회를 만들지 않았다",
                "그 돈을 아껴 민생 경제를 살리는 데 쓰려고 한다", "-과감한 규제 완화를 공약했는데.",
                "홍성군은 65세 이상 노인 인구 비율이 28.7%다", "-내포신도시에 공터가 많은데.", "-축산 악취 문제가 심각하다.",
                "홍성엔 사람(10만명)보다 돼지가 많다", "-송전선로 건설 이슈가 논란인데."]})

# ---------------------------------------------------------------- op-05 광주 (meeting 17 Dec 2025, record 19 Dec)
E, D = "2025-12-17", "2025-12-19"; KG = "kang-gi-jung"; AR = "airport-relocation"
G.append({"article": "op-05-gwangju-pressrelease.txt",
 "metadata": {"headline": "광주시-전남도-무안군-대통령실-정부\u00a0‘광주 민·군공항 통합이전’ 전격 합...", "published": "2025-12-19T09:00+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "29"},
 "officials": [KG, "kim-yung-rok", "kim-san"],
 "claims": [
  C("통합 이전에 전격 합의했다", None, E, [AR], "achievement"),
  C("18년간 표류해온 광주 민·군공항 통합 이전을 추진하는 데 성공적인 합의를 도출했다고 밝혔다", None, E, [AR], "achievement"),
  C("구체적 실행 방안까지 협의·조율하고 합의를 이룬 자리라는 점에서 한층 진전됐다는 평가다", None, E, [AR], "achievement"),
  C("주민들의 이익에도 부합한다는 데 뜻을 함께하며 공동발표문을 발표했다", None, E, [AR], "achievement"),
  C("정부는 공동발표문이 국가균형발전의 중요한 과제임을 확인하며", None, E, [AR, "decentralization"], "plan"),
  C("주민지원사업은 광주시 자체 조달과 정부의 정책적 지원 및 보조를 포함해 총 1조원으로 추진하고", None, E, [AR], "plan"),
  C("국가농업 AX플랫폼 구축, 에너지신산업, 항공MRO(유지·보수·정비)센터 등 첨단산업 기반 조성 및 기업 유치를 추진하고", None, E,
    [AR, "investment-attraction", "energy-transition", "fourth-industrial-revolution", "agriculture"], "plan"),
  C("정부는 무안국제공항을 서남권의 거점공항으로 육성하기 위해 호남지방항공청을 신설하고", None, E, [AR], "plan"),
  C("광주공항 국내선은 호남고속철도 2단계 개통에 맞춰 무안공항으로 조속히 이전하도록 지원한다", None, E, [AR], "plan"),
  C("‘광주 군공항 이전 특별법’ 개정이 신속히 이루어지도록 적극 협력하기로 했다", None, E, [AR], "plan"),
  C("무안군은 정부와 광주시, 전남도의 약속 이행에 기반해", None, E, [AR], "plan"),
  C("무안 통합 이전 로드맵은 단순히 공항을 옮기는 일만이 아닌", KG, E, [AR], "statement"),
  C("군공항이 떠난 자리는 광주형 실리콘밸리를 조성해 마침내 서남권 관문공항의 시대를 열 것이다", KG, E, [AR], "plan"),
  C("하늘길을 더 넓게 열어 지역의 산업·관광·문화의 발전을 이끌고 대한민국 균형발전의 성공모델을 만드는에 온 힘을 쏟겠다", KG, E, [AR, "decentralization"], "plan"),
  C("호남 상생형 통합공항 조성을 성공적으로 완수할 수 있도록 행정역량을 집중할 방침이다", None, D, [AR], "plan"),
  C("앞으로 지속 운영될 6자 협의체에서 정부의 재정지원 방안 등도 적극검토해 줄 것을 요청했다", None, D, [AR], "statement"),
  C("광주시는 오는 19일 광산구 주민들을 대상으로 이번 합의된 내용을 공유하는 설명회를 개최할 계획이다", None, D, [AR], "plan"),
 ],
 "not_claims": ["회의를 마치고 참석자들과 기념촬영을 하고 있다", "지자체에서는 강기정 광주시장, 김영록 전남지사, 김산 무안군수가",
                "오늘이 오기까지 18년이 걸렸다", "많은 분들의 축적된 노력 덕분에 더 부강한 광주·전남을 만들 기회를 얻었다",
                "등에게 감사 인사를 전했다", "※ 별첨 : 사진"]})

# ---------------------------------------------------------------- op-06 강진 (ceremony 26 Nov, announced 4 Dec 2025)
E, D = "2025-11-26", "2025-12-04"; KJ = "kang-jin-won"; AG = "agriculture"
G.append({"article": "op-06-gangjin-pressrelease.txt",
 "metadata": {"headline": "강진군 귀농프로그램 정착률 70% 확실히 다르다", "published": "2025-12-14T01:51+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "46810"},
 "officials": [KJ],
 "claims": [
  C("강진군은 지난달 26일 체류형귀농사관학교 7기 교육생 수료식을 열고", None, E, [AG], "achievement"),
  C("7기 교육은 올해 3월 입교식을 시작으로", None, D, [AG], "statement"),
  C("도시민이 일정 기간 머무르며 농업과 농촌을 직접 경험할 수 있도록 설계된 강진군의 대표 귀농 지원 프로그램이다", None, D, [AG], "statement"),
  C("교육 종료 시점에 7세대가 강진군에 정착하는 성과를 거뒀다", None, D, [AG], "achievement"),
  C("주거 마련, 농지 확보, 일자리 연계 등 실질적인 기반 구축을 중심으로 운영되는 체계적 프로그램의 성과로 평가된다", None, D, [AG], "achievement"),
  C("교육생들은 영농기초 및 작목 실습 교육부터", None, D, [AG], "statement"),
  C("농촌 사회에 자연스럽게 스며드는 데 중요한 역할을 했다", None, D, [AG], "achievement"),
  C("구체적인 정착 사례가 두드러졌다", None, D, [AG], "achievement"),
  C("강진군의 체류형 모델이 현실적인 도움을 제공하고 있음을 보여준다", None, D, [AG], "achievement"),
  C("지역 일자리 탐색을 지원하기 위해 취·창업 상담을 병행하고", None, D, [AG, "jobs"], "statement"),
  C("귀농뿐 아니라 귀촌을 희망하는 참여자들에게도 실질적인 도움이 됐다", None, D, [AG], "achievement"),
  C("지난해 6기 과정에서는 11세대 중 9세대가 강진군에 정착하며 높은 성과를 기록했다", None, D, [AG], "achievement"),
  C("올해 역시 70%의 정착률을 보이며", None, D, [AG], "achievement"),
  C("정착 과정에서 배운 영농기술이 현장에서 잘 뿌리내릴 수 있도록 지속적으로 지원하고", KJ, D, [AG], "plan"),
  C("강진군 농업기술센터는 앞으로도 작목 선택을 돕는 주작목 배움교실", None, D, [AG], "plan"),
  C("귀농·귀촌인이 강진에서 안정적인 생활 기반을 다질 수 있도록 지원을 강화해 나갈 방침이다", None, D, [AG], "plan"),
 ],
 "not_claims": ["9개월간 교육 마치고 끝이 아닌 새로운 시작으로 정착", "살아보고 결국 뿌리내리는 강진군 체류형귀농사관학교",
                "수료생 여러분을 진심으로 축하드린다", "*사진설명 : 강진군체류형귀농사관학교 제7기 수료식 모습."]})

# ---------------------------------------------------------------- op-07 곡성 (award 3 Dec, announced 8 Dec 2025)
E, D = "2025-12-03", "2025-12-08"; JS = "jo-sang-rae"
W, S, SC = "welfare", "disaster-safety", "smart-city"
G.append({"article": "op-07-gokseong-pressrelease.txt",
 "metadata": {"headline": "곡성군, 곡성형 3S 스마트 맵 안전 돌봄사업 행정안전부 주최 우수사례 경진대회 전국 1위 대상 받아", "published": "2025-12-16T06:07+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "46720"},
 "officials": [JS],
 "claims": [
  C("전남 곡성군(군수 조상래)은 지난 3일 행정안전부가 실시한", None, E, [W, S, SC], "achievement"),
  C("복지·안전 서비스 우수 지자체로서 위상을 한층 높이게 됐다", None, D, [W, S], "achievement"),
  C("혁신 사례로 인정받아 심사위원의 만장일치로 대상을 수상하였다", None, D, [W, S], "achievement"),
  C("취약계층 노인 700가구를 대상으로 안전과 복지를 책임지는 사업이다", None, D, [W, S, SC], "statement"),
  C("네이버 지도를 활용한 스마트 안전지도와 안전주소 구축", None, D, [SC, S, W], "achievement"),
  C("복지·안전 사각지대 700가구 해소, 응급대응시간 단축, 인명피해 제로 달성", None, D, [W, S], "achievement"),
  C("저비용 고효율 농촌형 안전돌봄 모델을 만들었다", None, D, [W, S, SC], "achievement"),
  C("초고령 농촌의 안전돌봄 문제를 해결한 혁신모델을 제시한 사례로 인정받은 수상이다", JS, D, [W, S, SC], "achievement"),
  C("지속 가능한 스마트 복지 안전 모델을 확산시켜 군민 복지 증진에 최선을 다할 계획이다", None, D, [W, S, SC], "plan"),
 ],
 "not_claims": ["- 특별교부세 3천5백만 원 확보 -", "우수 시군 22개소를 선정하고, 최종 발표심사를 거쳐 22개 시군 시상 등급"]})

# ---------------------------------------------------------------- op-08 나주 (2 Dec 2025)
D = "2025-12-02"; YB = "yun-byeong-tae"; YP = ["youth-policy"]
G.append({"article": "op-08-naju-pressrelease.txt",
 "metadata": {"headline": "나주시, 광주·전남 최초 ‘청년 활력소득’ 지급 완료", "published": "2025-12-02T09:00+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "46170"},
 "officials": [YB],
 "claims": [
  C("3분기와 4분기 지급을 모두 완료하며 지역 청년의 공공 활동 참여와 지역 정착을 실질적으로 뒷받침한 것으로 나타났다", None, D, YP, "achievement"),
  C("3분기와 4분기 지급을 모두 완료했다고 2일 밝혔다", None, D, YP, "achievement"),
  C("총 874명의 24세 청년에게 1인당 30만 원씩 지원하고 만족도 조사에서 99%의 긍정 평가를 확인하는 등", None, D, YP, "achievement"),
  C("지역사회 공공기여 활동을 수행한 24세 청년에게 분기별 30만 원을 지급하는 참여형 지원사업으로", None, D, YP, "statement"),
  C("올해 3분기에는 495명, 4분기에는 379명이 지원 대상자로 선정돼", None, D, YP, "achievement"),
  C("대상은 1년 이상 나주에 거주하는 2001년생 청년으로", None, D, YP, "statement"),
  C("응답자 331명 중 99%가 ‘만족 또는 보통’이라고 응답했다", None, D, YP, "achievement"),
  C("‘만족’ 비율은 96%로 매우 높게 나타나 제도에 대한 전반적인 호응이 확인됐다", None, D, YP, "achievement"),
  C("만족 사유로는 시정 활동에 참여한 모든 24세 청년에게 지급되는 보편적 접근성", None, D, YP, "achievement"),
  C("청년 활력소득이 가져온 변화에 대해서는 응답자의 66%가", None, D, YP, "achievement"),
  C("지역 정착 의사 역시 84%가 “증가했다”고 답해 사업의 실질적 정책 효과가 확인됐다", None, D, YP, "achievement"),
  C("‘나주 시민임을 다시 생각하게 만든 원동력’ 등 긍정적 표현이 다수 제시됐다", None, D, YP, "achievement"),
  C("이는 제도가 청년의 소속감과 안정감 제고에 큰 역할을 하고 있음을 보여준다", None, D, YP, "achievement"),
  C("이번 조사 결과를 바탕으로 2026년 사업계획을 수립하고", None, D, YP, "plan"),
  C("청년 활력소득은 단순한 금전 지원을 넘어 지역사회 활동 참여와 지역 정착을 촉진하는 의미 있는 정책", YB, D, YP, "statement"),
  C("청년 참여형 지원사업이 눈에 띄는 성과를 거두며 앞으로도 청년들이 미래를 준비하고 도전할 수 있도록 든든한 지원군 역할을 하겠다", YB, D, YP, "plan"),
 ],
 "not_claims": ["874명에 30만 원 지급 완료…만족도 99%, 정착 의사 84%", "사진은 지난 9월 20일에 개최된 제1회 나주시 청년의 날 행사에서 단체 기념사진을 촬영하고 있는 모습"]})

def col(s): return re.sub(r"\s+", " ", s).strip()
os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
total = 0
for g in G:
    text = col(open(os.path.join(ROOT, "articles", g["article"]), encoding="utf-8").read())
    for c in g["claims"]:
        n = text.count(col(c["quote"]))
        assert n == 1, (g["article"], c["quote"], n)
    for q in g["not_claims"]:
        assert col(q) in text, (g["article"], q)
    total += len(g["claims"])
    with open(os.path.join(ROOT, "gold", g["article"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(g["article"], len(g["claims"]))
print("total", total)
