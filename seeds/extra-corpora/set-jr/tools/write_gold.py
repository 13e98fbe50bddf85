"""Writes gold/*.json for set-jr (hand annotation; one tuple per claim: quote, speaker, date, policies, kind)."""
import json, os
G = {}
def art(name, headline, published, reporter, outlet, juris, officials, claims, not_claims):
    G[name] = {"article": name,
               "metadata": {"headline": headline, "published": published, "reporter": reporter,
                            "outlet": outlet, "jurisdiction": juris},
               "officials": officials,
               "claims": [{"quote": q, "speaker": s, "date": d, "policies": p, "kind": k} for q, s, d, p, k in claims],
               "not_claims": not_claims}

D = "2023-09-05"; JYR = "jeong-yong-rae"
art("jr-01-kukinews.txt", "대전유성구, 13억원 규모 내년 마을사업 주민이 직접 선정", "2023-09-05T17:59:16+09:00",
    "이익훈", "쿠키뉴스", "30200", [JYR], [
    ("대전 유성구는 13억원 규모의 내년도 마을사업을 주민들이 직접 선정했다고 밝혔다", None, D, ["citizen-participation"], "achievement"),
    ("주민참여예산안을 최종 확정하는 자리인 ‘13개동 주민총회’를 모두 마무리했다고 5일 밝혔다", None, D, ["citizen-participation"], "achievement"),
    ("13개 동 주민 총 1700여 명이 참여했다", None, D, ["citizen-participation"], "achievement"),
    ("주민총회에 상정된 후보사업은 115건 16억 8천만원 규모로", None, D, ["citizen-participation"], "achievement"),
    ("동별 사업은 △(진잠동) 진잠주민 화합의 한마당", None, D, ["citizen-participation", "culture-tourism"], "statement"),
    ("구정의 주인공은 바로 주민이며 앞으로도 주민참여와 권한을 강화하기 위해 노력하겠다", JYR, D, ["citizen-participation"], "plan"),
    ], ["각 동 주민자치회 주관으로 열린 주민 총회 마무리",
        "지난달 열린 유성구 구즉동 주민총회에서 정용래 유성구청장과 참석자들이 기념촬영을 하고 있다"])

D = "2022-07-01"; CMH = "choi-min-ho"
art("jr-02-jeonkuktonghapnews.txt", "최민호 세종시장, 버스타고 취임식으로", "2022-07-01T18:13:32+09:00",
    "이경수", "전국통합뉴스", "36", [CMH], [
    ("시민들에게 편리한 교통서비스를 제공하겠다는 의지가 스며있다", None, D, ["public-transit"], "plan"),
    ("다양한 대중교통 정책을 검토·추진할 방침이다", None, D, ["public-transit"], "plan"),
    ("앞으로 대중교통 이용을 활성화하고 시민 모두의 교통이동권을 보장하기 위해", CMH, D, ["public-transit"], "plan"),
    ], ["세종시청 집무실~중앙공원까지 BRT·시내버스로 이동",
        "취임식 및 세종시 출범 10주년 기념행사장까지 대중교통으로 이동을 해 눈길을 끌고 있다",
        "간선급행버스체계(BRT) 전기굴절버스 B0에 탑승, 고속시외버스터미널까지 이동했다",
        "이후 205번스로 환승한 뒤 예술고등학교 정문에서 하차해"])

LBS = "lee-beom-seok"
art("jr-03-newdaily.txt", None, None, None, None, "43110", [LBS], [
    ("시민의 의견이 정책이 되고 더 큰 청주로 가는 노둣돌이 되도록 하겠다", LBS, None, ["citizen-participation"], "plan"),
    ("제가 꿈꾸는 청주는 글로벌 명품도시, 충청권 메가시티 핵심도시", LBS, None, ["decentralization"], "statement"),
    ("민자유치를 통한 관광 위락시설·체험공간 조성을 통해 즐겁고 살맛 나는 꿀잼행복도시를 만들겠다", LBS, None, ["culture-tourism", "investment-attraction"], "plan"),
    ("청주형 스마트팜 단지 조성, 로컬푸드 활성화 등을 통해", LBS, None, ["agriculture", "fourth-industrial-revolution", "welfare"], "plan"),
    ], ["소통과 공감, 창조와 혁신을 바탕으로 함께 잘 살고 모두가 행복한 청주를 만들겠다",
        "100만 자족도시를 만들어 글로벌시대를 선도하는 도시로 가꾸겠다",
        "4일 시의회서 첫 시정연설…“충청권 메가시티 핵심도시…글로벌시대 선도”",
        "청주에는 KTX 오송역과 청주국제공항이 있고 바이오, 반도체,"])

D = "2019-10-08"
art("jr-04-ccnnews.txt", "충남 내 6곳, 도시재생 뉴딜사업 선정", "2019-10-08T16:29+09:00",
    "김윤아", None, "44", [], [
    ("충남에서 논산 화지동 등 6곳이 정부의 ‘도시재생 뉴딜 사업’에 선정됐다", None, D, ["urban-regeneration"], "achievement"),
    ("18곳이 ‘도시재생 뉴딜 사업’에 최종 선정, 총 1조 4408억 원 규모의 구도심 활성화·일자리 창출 사업 등이 속도를 낼 수 있게 됐다", None, D, ["urban-regeneration", "jobs"], "achievement"),
    ("공모사업에 6곳이 선정, 국비 605억 원을 확보했다고 8일 밝혔다", None, D, ["urban-regeneration"], "achievement"),
    ("선정된 사업은 △논산 중심 해월로 재창조 프로젝트", None, D, ["urban-regeneration"], "statement"),
    ("지역 혁신거점 공간을 확충하는 계기가 될 것으로 기대한다", None, D, ["urban-regeneration"], "statement"),
    ("주거복지, 도시경쟁력 강화, 사회통합, 일자리 창출 등 4대 목표 실현을 위해 노력하겠다", None, D, ["urban-regeneration", "housing", "jobs"], "plan"),
    ("한편 도는 이달부터 충남 도시재생 지원센터를 활용해", None, D, ["urban-regeneration"], "plan"),
    ("내달에는 공무원을 중심으로 ‘도시재생 뉴딜 유형별", None, D, ["urban-regeneration"], "plan"),
    ], ["지난해까지 10곳, 올해 상반기 2곳 등 총 18곳 선정 1조 4408억원 투입",
        "대규모 사업 추진으로 구도심 활성화·일자리 창출 등 생활 SOC 확충 기대"])

D = "2025-12-30"
art("jr-05-gwangnam.txt", None, "2025-12-30T22:12+09:00", "임정호", "광남일보", "29200", [], [
    ("치매극복선도단체와 치매안심가맹점은 모든 구성원이 치매 파트너 교육을 이수하고", None, D, ["dementia-care"], "statement"),
    ("현재 광산구에는 치매극복선도단체 19개소와 치매안심가맹점 12곳을 운영하며", None, D, ["dementia-care"], "statement"),
    ("이번에 새롭게 지정된 치매극복선도단체는", None, D, ["dementia-care"], "achievement"),
    ("치매안심가맹점은 아이비플라워 등 총 21개소이다", None, D, ["dementia-care"], "achievement"),
    ("지정된 단체와 가맹점은 앞으로 광산구 치매안심센터와 연계해", None, D, ["dementia-care"], "plan"),
    ("치매극복선도단체와 치매안심가맹점은 주민 생활과 가장 가까운 안전망이다", None, D, ["dementia-care"], "statement"),
    ("일상에서 체감할 수 있는 친화적인 환경 조성에 지속적으로 노력하겠다", None, D, ["dementia-care"], "plan"),
    ], ["광주 광산구가 치매극복선도단체 3곳과 치매안심가맹점 21개소를 새롭게 지정했다",
        "자세한 내용은 광산구 치매안심센터(062-960-6889)로 문의하면 된다"])

D = "2026-02-11"; WBG = "woo-beom-gi"
art("jr-06-jungbonews.txt", "전주시, 설 명절 전통시장 장보기 행사 추진", "2026-02-11T16:49+09:00",
    "남재옥", None, "52110", [WBG], [
    ("오가는 시민들을 상대로 전통시장 이용을 독려하며 전통시장 활성화를 직접 실천했다", None, D, ["small-merchants"], "statement"),
    ("각종 제수용품을 직접 구매하면서 전통시장 활성화에 앞장섰다", None, D, ["small-merchants"], "statement"),
    ("조금 더 싼 가격으로 전통시장을 이용할 수 있다고 홍보하기도 했다", WBG, D, ["small-merchants"], "statement"),
    ("구매금액의 최대 30%를 온누리상품권으로 환급해주는 행사가 오는 14일까지 진행되고 있다", None, D, ["small-merchants"], "statement"),
    ("전통시장 활성화를 위해 실국별로 전통시장 장보기를 동참하고 있다", None, D, ["small-merchants"], "statement"),
    ("지난 9일 복지환경국은 남부시장을", None, D, ["small-merchants"], "statement"),
    ("전주시는 오는 12일까지 남부시장과 중앙상가시장", None, D, ["small-merchants"], "plan"),
    ], ["전통시장 경제 상황 및 각종 애로사항을 꼼꼼히 청취했다",
        "상인들과 의견을 교환하고 각종 애로사항을 청취하며 전통시장 상인들의 목소리를 경청했다",
        "설 명절 전통시장 장보기로 지역경제에 ‘활력’"])

KGY = "kim-gwan-yeong"
art("jr-07-nocutnews.txt", "이차전지 특화단지에 새만금, 김관영 전북지사 \"국내 최고로 키운다\"", None,
    "최명국", None, "45", [KGY], [
    ("새만금은 최근 투자진흥지구 지정과 함께 넓은 부지과 이차전지 기업 유치 실적 등에서 높은 평가를 받았다", None, None, ["investment-attraction"], "achievement"),
    ], ["이차전지 산업에서 전북이 가는 길이 대한민국의 길이 되도록 할 것",
        "새만금 이차전지 특화단지를 대한민국 최고의 산업단지로 키우겠다",
        "도민들의 저력을 다시 한번 확인했다",
        "충북 청주(오창)을 이차전지 특화단지로 지정했다",
        "예비타당성 조사 면제 혜택을 받는다",
        "국내 공급망 강화를 위한 집적단지로 육성된다",
        "농생명서 이차전지로 산업구조 변화"])

D = "2021-08-25"
art("jr-08-siminilbo.txt", "순천시, '연향뜰 도시개발' 추진 청신호", "2021-08-25T16:07:30+09:00",
    "김민재", "시민일보", "46150", [], [
    ("순천형 문화ㆍ교육 정책 등으로 순천시는 명실상부 전국에서도 살기 좋은 도시로 손꼽히고 있다", None, D, ["culture-tourism", "education"], "achievement"),
    ("다양한 문화정책 및 생활 인프라 확대를 통해 30만 자족도시 달성에 박차를 가하고 있다", None, D, ["disaster-safety", "welfare", "education", "culture-tourism"], "statement"),
    ("관광객의 체류형 관광 활성화를 위해 오는 2026년까지", None, D, ["culture-tourism"], "plan"),
    ("연향뜰의 개발 콘셉트는 도심권 내 제 2의 순천만 국가정원 및 센트럴파크다", None, D, ["culture-tourism"], "statement"),
    ("머무를 수 있는 체류형 관광서비스를 제공하고", None, D, ["culture-tourism"], "plan"),
    ], ["중앙투자 심사를 최근 최종 통과해 사업 추진에 청신호가 켜졌다",
        "행안부 중앙투자 심사 통과", "2026년까지 총 2559억 투입"])

D = "2018-11-02"; WHR = "won-hee-ryong"
art("jr-09-newsje.txt", "원 지사 “공공부터 일자리 창출… 마중물 역할 수행”", "2018-11-02T17:50+09:00",
    "김태홍", None, "50", [WHR], [
    ("일자리 확보를 공공부문부터 마중물 역할을 수행해나가겠다", WHR, D, ["jobs"], "plan"),
    ("서귀포에도 청년센터를 오픈하고, 청년수당도 지급할 계획", WHR, D, ["youth-policy"], "plan"),
    ("취업훈련을 하는 훈련센터도 내년에 만들어 본격적으로 운영할 계획", WHR, D, ["youth-policy", "jobs"], "plan"),
    ("청년들의 참여하는 청년 정책을 펼쳐나가겠다", WHR, D, ["youth-policy"], "plan"),
    ("공공부문 청년일자리 1만개 창출을 목표로 하고 있다", WHR, D, ["jobs", "youth-policy"], "target"),
    ("지역 내 수많은 복지 정책에 대해 주민들이 스스로 알아서 신청할 수밖에 없는 현실을 개선해", WHR, D, ["welfare"], "plan"),
    ], ["자기 추스르기도 어려운 게 현실",
        "원희룡 지사는 정책박람회의 하이라이트인 ‘기관장 토크콘서트’에 참석해 이 같이 말했다",
        "2018 제주정책박람회 기관장 토크콘서트서 도정 정책방향 공유"])

os.makedirs('/work/blind/set-jr/gold', exist_ok=True)
for name, g in G.items():
    with open(f'/work/blind/set-jr/gold/{name}.json', 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
