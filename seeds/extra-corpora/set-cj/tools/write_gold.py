"""Writes gold/*.json for set-cj (hand annotation; see GOLD_NOTES.md)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
os.makedirs(GOLD, exist_ok=True)


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


G = {}

# cj-01 newspim: 충북 이시종, staff meeting "3일"; no publication date printed -> all dates null.
L = "lee-si-jong"
G["cj-01-newspim.txt"] = {
    "metadata": meta(None, None, "박상연", "뉴스핌", "43"),
    "officials": [L],
    "claims": [
        c("충북이 바이오헬스산업을 선도할 수 있도록 최선을 다해야한다", L, None, ["medical-industry"], "plan"),
        c("바이오헬스 제2도약 육성을 위한 실무 및 범도민 추진기구 설립을 검토해야 할 것", L, None, ["medical-industry"], "plan"),
        c("신성장동력산업에 집중 투자한 결과 최근 각종 경제지표에서 우수한 성적을 거두고 있다", L, None, ["medical-industry"], "achievement"),
        c("세계적인 바이오헬스 혁신생태계를 조성해 충북이 바이오헬스 산업을 선도하기 위한 후속대책 마련에 최선을 다할 것", L, None, ["medical-industry"], "plan"),
        c("힘을 실어줄 실무 및 범도민 추진 기구 등 조직 설치를 검토하라", L, None, ["medical-industry"], "plan"),
    ],
    "not_claims": [
        "3일 직원조회의를 주재하고 있는 이시종 충북도지사",
        "국제대회로서 위상을 높이고 관심도를 높이는 것이 목표",
        "대한민국 충북이 무예올림픽의 성지이자 발상지로 인식될 수 있도록 대회의 성공을 위해 최선을 다하라",
    ],
}

# cj-02 dtnews24: 충남 양승조 at the 충남에너지센터 opening "8일"; undated -> dates null.
Y = "yang-seung-jo"
G["cj-02-dtnews24.txt"] = {
    "metadata": meta("8일 충남에너지센터 개소..“도민과 에너지 분권 정책 추진”", None, None, None, "44"),
    "officials": [Y],
    "claims": [
        c("석탄화력발전 비중을 낮추고, 신재생에너지 비중을 높이겠다는 에너지 전환 목표를 제시했다", Y, None, ["energy-transition"], "plan"),
        c("2040년까지 신재생에너지 비중을 40%로 늘리고, 석탄화력발전은 20%까지 줄이겠다", Y, None, ["energy-transition"], "target"),
        c("2018년 기준 충남도 석탄발전 비중은 74.2%, 신재생에너지 비중은 7.8%로 집계됐다", None, None, ["energy-transition"], "statement"),
        c("충남이 대한민국 미세먼지와 대기환경오염의 가장 큰 피해자이자 가해자", Y, None, ["fine-dust"], "criticism"),
        c("보령1·2호기를 조기 폐쇄하며 친환경 에너지 전환을 위한 중요한 단초를 마련했다", Y, None, ["energy-transition"], "achievement"),
        c("제6차 지역에너지 계획을 바탕으로 에너지 전환을 실현하겠다", Y, None, ["energy-transition"], "plan"),
        c("태양광 등 7개 사업에 496억 원을 투자하고, 주민주도형 에너지 자립마을 4개소를 조성한다는 계획이다", None, None, ["energy-transition"], "target"),
        c("도민과 함께하는 에너지 분권 정책을 추진하겠다는 방침을 세웠다", None, None, ["energy-transition", "citizen-participation"], "plan"),
        c("에너지 계획에 대한 추진 체계를 정립하고, 에너지 정책 컨트롤타워 역할을 맡을 예정이다", None, None, ["energy-transition"], "plan"),
        c("센터는 주요 업무로 탈석탄 공론화 및 에너지 비전 실행", None, None, ["energy-transition", "citizen-participation"], "statement"),
    ],
    "not_claims": [
        "석탄화력발전 비중 20%까지 축소",
        "충남은 국내 석탄화력발전 60기의 절반인 30기가 위치해 있다",
        "한편 이날 개소식에는 양승조 충남지사를 비롯해",
    ],
}

# cj-03 cctoday: 대전 서구 장종태; "12일 밝혔다", no publication date -> dates null.
J = "jang-jong-tae"
G["cj-03-cctoday.txt"] = {
    "metadata": meta(None, None, "이정훈", "충청투데이", "30170"),
    "officials": [J],
    "claims": [
        c("3개 사업이 최종적으로 선정, 국비 4900만원을 확보했다고 12일 밝혔다", None, None, ["jobs", "youth-policy"], "achievement"),
        c("지역 실정을 가장 잘 알고 있는 지자체가 주도적으로 사업을 설계·시행하고 행정안전부가 예산 등을 지원하는 사업이다", None, None, ["jobs", "youth-policy"], "statement"),
        c("이번에 선정된 사업은 △청년 취업유지 지원금 및 중소기업 인건비를 지원하는", None, None, ["jobs", "youth-policy", "startup-support"], "statement"),
        c("내년 1월부터 본격 추진, 지역 청년실업 해소에 기여하게 된다", None, None, ["jobs", "youth-policy"], "plan"),
        c("청년들에 대한 다각적이고 창의적인 일자리 정책 추진을 위해 노력하겠다", J, None, ["jobs", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "저작권자 © 충청투데이 무단전재 및 재배포 금지",
    ],
}

# cj-04 jbnews: 충주시 tourism plan; undated -> dates null; 조길형 quote cut off.
C = "jo-gil-hyeong"
T = ["culture-tourism"]
G["cj-04-jbnews.txt"] = {
    "metadata": meta(None, None, "정구철", "중부매일", "43130"),
    "officials": [C],
    "claims": [
        c("비대면 기반의 관광시설을 확충하고 힐링·체험관광 사업을 확대하기로 했다", None, None, T, "plan"),
        c("탄금호 일원 관광 콘텐츠를 강화하고 금가권역까지 연계해 수변 경관 관광자원을 마련한다는 구상이다", None, None, T, "plan"),
        c("탄금호를 역사와 문화가 어우러진 힐링·체험 관광지로 육성할 예정이다", None, None, T, "plan"),
        c("금가권역은 수변경관 활용 관광 자원화를 위한 기본구상 용역이 진행되고", None, None, T, "plan"),
        c("시는 중앙탑 일원과 세계무술공원, 체험 관광지의 동선을 정비하고 편의시설도 보강한다", None, None, T, "plan"),
        c("목계솔밭 캠핑장 조성사업 등도 실시설계 후 순차적으로 공사에 착수할 계획이다", None, None, T, "plan"),
        c("충주호 출렁다리 설치사업은 기본계획 및 타당성 검토가 진행 중이다", None, None, T, "statement"),
        c("민간투자사업인 중원종합휴양레저타운 조성사업은 민간사업자 제안서 제출 단계에 들어갔다", None, None, ["culture-tourism", "investment-attraction"], "statement"),
        c("계명산과 심항산 일원의 케이블카를 설치하는 문제는", None, None, T, "plan"),
        c("도시재생사업을 계기로 옛 명성 회복의 전기를 맞은 수안보의 경우 와이키키리조트 리모델링 사업이 내년까지 진행되고", None, None, ["urban-regeneration", "culture-tourism"], "plan"),
        c("관광충주의 명성을 되찾기 위해 전반적인 관광 인프라 구", C, None, T, "plan"),
    ],
    "not_claims": [],
}

# cj-05 segye: 천안시 '달라지는 제도·시책', 27일 = publication day 2026-01-27; institutional only.
D = "2026-01-27"
CB = ["childcare-birth"]
PT = ["public-transit"]
G["cj-05-segye.txt"] = {
    "metadata": meta(None, "2026-01-27", None, None, "44130"),
    "officials": [],
    "claims": [
        c("셋 이상 낳을 경우 1000만원을 지원하는 등", None, D, CB, "plan"),
        c("교통비 절감, 출산·육아 지원 확대, 어르신 돌봄 강화, 문화 인프라 확충까지", None, D, ["public-transit", "childcare-birth", "welfare", "culture-tourism"], "plan"),
        c("성정시장 주차장도 기존 20면에서 43면으로 확대된다", None, D, ["small-merchants"], "target"),
        c("시내버스 노선도 새롭게 늘어난다", None, D, PT, "plan"),
        c("불당동–계광중을 잇는 통학 버스 노선이 신설되며", None, D, PT, "plan"),
        c("교통비 부담 완화를 위해 K-패스 혜택도 확대된다", None, D, PT, "plan"),
        c("65세 이상 어르신은 이용요금의 50%를 환급받게 되며", None, D, PT, "plan"),
        c("출산·육아 분야는 올해 가장 큰 변화가 집중된다", None, D, CB, "plan"),
        c("천안시는 출생축하금을 대폭 상향해", None, D, CB, "plan"),
        c("‘천안형 가임력 보존 지원사업’도 새롭게 시작된다", None, D, CB, "plan"),
        c("난자·정자 동결 비용을 지원해 여성 최대 200만원", None, D, CB, "plan"),
        c("보육 부담도 줄어든다", None, D, CB, "plan"),
        c("무상보육 지원 대상은 4세까지 확대되며", None, D, CB, "plan"),
        c("조부모가 손주를 돌보는 경우에는 가족돌봄수당 월 30만 원을 지급한다", None, D, CB, "plan"),
        c("기저귀·조제분유 지원도 소득 기준이 완화돼 중위소득 100% 이하 가구까지 확대한다", None, D, ["childcare-birth", "welfare"], "plan"),
        c("기저귀 월 9만원, 분유 월 11만원이", None, D, CB, "plan"),
    ],
    "not_claims": [
        "천안시청 전경.",
        "먼저 시민 불편이 컸던 주차와 교통 환경이 개선된다",
    ],
}

# cj-06 ccgnews: 대전 허태정, 1st-anniversary press conference "19일" (2019-06-19); published 2019-06-20 11:47.
H = "heo-tae-jeong"
E = "2019-06-19"
G["cj-06-ccgnews.txt"] = {
    "metadata": meta("허태정 대전시장, 취임 1년 ‘고용률 저하’ 아쉬움", "2019-06-20T11:47+09:00", "박봉민", "충청게릴라뉴스", "30"),
    "officials": [H],
    "claims": [
        c("고용률 정체로 인한 경제 활력 저하를 아쉬움으로 꼽았다", H, E, ["jobs"], "criticism"),
        c("최근 대전의 고용률이 정체돼 지역경제 활력이 저하된 것이 아쉽다", H, E, ["jobs"], "criticism"),
        c("대전시 고용률(15~64세)을 보면, 2016년 64.6%에서 2017년 64.0%, 2018년 63.9%로 저하됐다", None, "2019-06-20", ["jobs"], "statement"),
        c("감염병으로 시민 불안이 확산돼 재난 대응체계 정비의 필요성을 느꼈다", H, E, ["public-health", "disaster-safety"], "criticism"),
        c("4차 산업혁명 특별시 완성에 힘쓰며 벤처창업 선도도시 육성에 주력할 것", H, E, ["fourth-industrial-revolution", "startup-support"], "plan"),
        c("대덕특구를 4차 산업혁명을 선도할 ‘글로벌 혁신클러스터’로 조성하겠다", H, E, ["research-development", "fourth-industrial-revolution"], "plan"),
        c("대동·금탄 ‘바이오 특화단지’ 조성, 중부권 ‘수소공급 거점도시’ 육성과 함께 ‘인공지능(AI", H, E, ["medical-industry", "energy-transition", "fourth-industrial-revolution"], "plan"),
    ],
    "not_claims": [
        "국비 3조원 시대 맞춰 역동적 시정 이끌 터",
        "19일 허태전 대전시장이 취임 1주년 브리핑을 하고 있다.",
        "5대 분야 93개 공약 108개 세부사업 중 추진율 22.5%를 기록하고 있다",
        "다양한 사업 추진과 대규모 국책사업 유치성과에 비해 시민의 체감효과 미흡했다",
        "향후 대전시정을 시민과 함께 역동적으로 이끌겠다",
    ],
}

# cj-07 sejongilbo: 세종 이응패스 card issuance, 8일 = publication day 2024-08-08.
M = "choi-min-ho"
S = "2024-08-08"
G["cj-07-sejongilbo.txt"] = {
    "metadata": meta("최민호 세종시장, 이응카드 발급 1호 신청", "2024-08-08", "배진우", None, "36"),
    "officials": [M],
    "claims": [
        c("정액권 형태의 신개념 대중교통 이용권 '이응패스' 카드 발급 첫날인 8일", None, S, PT, "statement"),
        c("시는 오는 9월 10일 이응패스를 도입하기에 앞서 이날부터 사전 카드 발급을 시작했다", None, S, PT, "achievement"),
        c("이응패스를 이용하려면 이응카드를 먼저 발급받아야 하며", None, S, PT, "statement"),
        c("특히 8일과 9일 이틀 동안은", None, S, PT, "statement"),
        c("각 읍면동사무소에서 찾아가는 이응카드 발급을 진행할 예정이다", None, S, PT, "plan"),
        c("이응카드를 발급받은 일반 시민은 월 2만 원으로 최대 5만 원까지 대중교통을 이용할 수 있다", None, S, PT, "plan"),
        c("세종시 내 간선급행버스(BRT), 시내버스, 이응버스와 두루타 등 수요응답형 버스", None, S, PT, "statement"),
        c("이응패스는 시민을 위한 대중교통 중심도시 세종시로 나아가는 발판", M, S, PT, "statement"),
        c("이응카드 발급을 적극적으로 홍보하겠다", M, S, PT, "plan"),
    ],
    "not_claims": [
        "최민호 시장은 이날 세종도시교통공사 대평동 차고지에서 QR코드를 통해 이응카드 발급 신청서를 직접 작성하고 신청을 완료했다",
    ],
}

# cj-08 seoul: 괴산군 agricultural budget, "23일 밝혔다" = publication day 2026-01-23; 송인헌 quote cut off.
SI = "song-in-heon"
K = "2026-01-23"
A = ["agriculture"]
G["cj-08-seoul.txt"] = {
    "metadata": meta(None, "2026-01-23", None, None, "43760"),
    "officials": [SI],
    "claims": [
        c("괴산군이 농촌살리기에 가장 적극적인 것으로 나타났다", None, K, A, "achievement"),
        c("괴산군은 올해 본예산 대비 농업 부문 예산 비율이 24.45%로 도내 1위에 올랐다고 23일 밝혔다", None, K, A, "achievement"),
        c("도내 11개 지자체 평균(11.86%)의 두 배를 훌쩍 넘는다", None, K, A, "statement"),
        c("옥천군 22.25%, 영동군 22.21%, 보은군 21.35% 등이 뒤를 이었다", None, K, A, "statement"),
        c("괴산군은 지난해에도 농업 부문 예산 비율이 27.1%로 충북지역 최고 수준이었다", None, K, A, "achievement"),
        c("군이 농업에 진심인 것은 군 전체 인구 가운데 농업인구가 27%에 달해서다", None, K, A, "statement"),
        c("농업 중심 군정을 펼치며 각종 공모사업에도 적극 참여해 성과를 내고 있다", None, K, A, "achievement"),
        c("군은 농가의 인력난 해소를 올해 외국인 계절근로자 도입을 확대한다", None, K, ["agriculture", "jobs"], "plan"),
        c("올해는 사상 처음으로 1000명 수준으로 늘릴 예정이다", None, K, ["agriculture", "jobs"], "target"),
        c("총 13곳의 임대사업소를 운영해 접근성을 높일 계획이다", None, K, A, "target"),
        c("농촌 정주 여건 개선도 올해 계속된다", None, K, A, "plan"),
        c("칠성·청안면 농촌중심지 활성화 사업(389억원)", None, K, A, "plan"),
        c("미래 농업 전환을 위한 투자도 본격화한다", None, K, A, "plan"),
        c("K-스마트 유기농 혁신 시범단지(245억원)도 조성하고 있다", None, K, A, "statement"),
        c("친환경 로컬 유통생태계와 김치 원료 공급단지 구축사업도 추진한다", None, K, A, "plan"),
        c("농업 예산 비율 도내 1위라는", SI, K, A, "achievement"),
    ],
    "not_claims": [
        "이미지 확대 괴산군 농업예산 비중이 도내 최고 수준인 24.45%로 나타났다. 괴산군 제공.",
        "도내 평균 7. 44%의 세배가 넘는다",
    ],
}

# cj-09 cctimes: 충북도 미세먼지 계절관리제; published 2019-12-01 19:41; institutional only.
F = ["fine-dust"]
P = "2019-12-01"
G["cj-09-cctimes.txt"] = {
    "metadata": meta("충북도 내년 3월까지 `미세먼지 저감 계절관리제' 시행", "2019-12-01T19:41+09:00", "석재동", None, "43"),
    "officials": [],
    "claims": [
        c("이달부터 내년 3월까지 `미세먼지 저감 계절관리제'를 시행한다", None, P, F, "plan"),
        c("산업·수송·생활 부문에서 미세먼지 배출량을 감축하기로 했다", None, P, F, "plan"),
        c("취약계층 보호, 고농도 재난 대응체계 구축 등의 대책도 추진한다", None, P, ["fine-dust", "disaster-safety"], "plan"),
        c("이에 미세먼지를 다량 배출하는 사업장을 특별 점검한다", None, P, F, "plan"),
        c("미세먼지 감축 협약을 체결해 자발적인 동참을 유도할 방침이다", None, P, F, "plan"),
        c("소규모 영세사업장에는 미세먼지 방지시설 등 환경시설 지원을 확대한다", None, P, F, "plan"),
        c("미세먼지 집중관리 도로를 지정해 수시로 청소할 계획이다", None, P, F, "plan"),
        c("농촌지역 불법소각 예방을 위한 점검에도 나선다", None, P, F, "plan"),
        c("다중이용시설은 실내 공기질을 점검한다", None, P, F, "plan"),
        c("무더위 쉼터를 미세먼지 쉼터로 전환한다", None, P, F, "plan"),
    ],
    "not_claims": [
        "충북도 내년 3월까지 `미세먼지 저감 계절관리제' 시행",
    ],
}

for name, g in G.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(out, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
