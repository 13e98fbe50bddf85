"""Writes gold/*.json for set-br (hand annotation; see GOLD_NOTES.md)."""
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

# br-01: 충남 탄소중립 국제 콘퍼런스, 2025-09-02
D = "2025-09-02"
KT = "kim-tae-heum"
G["br-01-asiae.txt"] = {
    "metadata": meta(None, "2025-09-02", None, None, "44"),
    "officials": [KT],
    "claims": [
        c("탄소중립 정책과 경험을 공유하며 국제적 연대를 강화했다", None, D, ["climate-carbon"], "statement"),
        c("오는 2045년까지 탄소중립을 달성하겠다는 목표를 밝히며", None, D, ["climate-carbon"], "plan"),
        c("충남은 전국 탄소배출 1위 지역이지만, 2045년까지 탄소중립을 실현하겠다", KT, D, ["climate-carbon"], "plan"),
        c("재생에너지 확대, 석탄화력 폐지지역 지원 특별법 제정, 메탄 35% 감축 등 정부보다 앞선 목표를 추진하고 있다", KT, D,
          ["energy-transition", "climate-carbon"], "target"),
    ],
    "not_claims": [
        "AI 요약 기술은 핵심만 전달합니다",
        "김태흠 지사 \"2045년 탄소중립 실현, 정부보다 5년 앞당긴다\"",
        "도는 2일 보령머드테마파크 컨벤션관에서 '제9회 충청남도 탄소중립 국제 콘퍼런스'를 개최했다",
        "'금강하구언 초목류 Re-born 프로젝트' 협약도 체결했다",
        "현대제철의 'HY3 프로젝트' 탄소감축 기술",
    ],
}

# br-02: 유성구 제2차 청년정책 기본계획, 2025-03-04
D = "2025-03-04"
JY = "jeong-yong-rae"
G["br-02-newspim.txt"] = {
    "metadata": meta(None, "2025-03-04", "오종원", "뉴스핌", "30200"),
    "officials": [JY],
    "claims": [
        c("대전 유성구는 '제2차 청년정책 기본계획'을 수립하고", None, D, ["youth-policy"], "plan"),
        c("이번 정책은 청년들을 위한 일자리·주거·복지 등 선순환 환경을 구축해", None, D,
          ["youth-policy", "jobs", "housing"], "statement"),
        c("이번 5대 추진 전략으로는 ▲청년의 일자리 환경 구축 ▲청년의 거주 안정 기반 조성", None, D,
          ["youth-policy", "jobs", "housing"], "statement"),
        c("46개 세부 사업을 통해 청년 일자리·주거·복지가 선순환하는 환경 조성에 주력한다는 방침이다", None, D,
          ["youth-policy", "jobs", "housing"], "plan"),
        c("수요를 충족하기 위한 지속적인 투자가 필요하다는 입장이다", None, D, ["youth-policy"], "plan"),
        c("시대변화에 맞춰 청년 문제 해결을 위한 장기적인 안목의 비전과 정책이 필요하다", JY, D, ["youth-policy"], "plan"),
        c("청년정책 기본계획을 현장에서 구현해 청년들이 안정적으로 정착·성장할 수 있는 청년 친화적인 도시를 만들어 가겠다", JY, D,
          ["youth-policy"], "plan"),
        c("한편 유성구는 지난달 25일 구청에서 2025년 유성구 청년정책위원회를 열고", None, "2025-02-25",
          ["youth-policy"], "achievement"),
    ],
    "not_claims": [
        "지난달 25일 열린 유성구 청년정책위원회 [사진=대전 유성구]",
        "지난해 유성구의 청년 인구 비율은 32.2%로 대전시 청년 인구 비율 28.6%를 크게 상회했다",
        "유성구 거주 청년 83.8%가 유성구에 '계속 살고 싶다'고 응답했다",
    ],
}

# br-03: 천안시 도시재생 예비사업 선정, 2021-12-20
D = "2021-12-20"
PS = "park-sang-don"
UR = ["urban-regeneration"]
G["br-03-fnnews.txt"] = {
    "metadata": meta("천안시, 국토부 도시재생 예비사업 공모 선정", "2021-12-20T09:32+09:00", "김원준", "파이낸셜뉴스", "44130"),
    "officials": [PS],
    "claims": [
        c("도시재생 예비사업은 추후 도시재생 뉴딜사업으로 발전하기 위한 준비단계 사업으로", None, D, UR, "statement"),
        c("총사업비 4억 원으로 내년 한 해 동안 성환읍 예비사업을 추진한다", None, D, UR, "plan"),
        c("성환읍에 활력을 불어넣는 다양한 도시재생사업으로 구성됐다", None, D, UR, "statement"),
        c("성환이화시장 상인회 건물 1층(주차장) 리모델링으로 주민공동체 공간 조성을 비롯한", None, D, UR, "plan"),
        c("마을지도 제작 등 소프트웨어 사업도 추진할 예정이다", None, D, UR, "plan"),
        c("성환에서 도시재생 예비사업을 시작해 향후 도시재생 뉴딜사업을 추진할 계획", PS, D, UR, "plan"),
        c("교통과 상권을 융복합해 성환의 발전과 도시경쟁력 확보 및 일자리 창출, 상권 활성화에 최선을 다하겠다", PS, D,
          ["urban-regeneration", "jobs", "small-merchants"], "plan"),
    ],
    "not_claims": [
        "천안시, 국토부 도시재생 예비사업 공모 선정",
        "kwj5797@fnnews.com 김원준 기자",
    ],
}

# br-04: 당진·금산 스마트농업 육성지구, 2026-02-04
D = "2026-02-04"
AG = ["agriculture"]
AY = ["agriculture", "youth-policy"]
G["br-04-kmib.txt"] = {
    "metadata": meta("당진·금산 스마트팜 단지 ‘스마트농업 육성지구’ 선정", "2026-02-04", None, None, "44"),
    "officials": [],
    "claims": [
        c("충남도는 정부의 스마트농업 육성지구 지정 공모에서 당진과 금산이 최종 선정됐다고 4일 밝혔다", None, D, AG, "achievement"),
        c("청년농의 스마트노업 진입을 돕기 위한 장기 임대팜 조성", None, D, AY, "achievement"),
        c("당진 스마트농업 육성지구는 지난해 6월 사업 추진을 공식화 한 석문 스마트팜단지가 대상이다", None, D, AG, "statement"),
        c("대한제강이 2028년까지 5440억원을 투입해 석문간척지에 119㏊ 규모로 석문 스마트팜단지를 조성할 계획이다", None, D, AG,
          "plan"),
        c("청년 임대 온실, 청년 분양 온실, 일반 분양 온실 등의 시설을 갖추고", None, D, AY, "statement"),
        c("석문 스마트팜단지는 인허가 의제(일괄 처리), 공유재산법 특례 등의 혜택을 받게된다", None, D, AG, "statement"),
        c("스마트팜단지 조성이 빨리지게 될 것으로 예상된다", None, D, AG, "statement"),
        c("금산 스마트농업 육성지구는 금성면 파초리 일원 11.1㏊ 규모 임대 스마트팜이다", None, D, AG, "statement"),
        c("2028년까지 200억원을 투입해 신규 조성할 계획으로, 스마트농업 육성지구 선정에 따라 국비 100억원을 확보하게 됐다", None,
          D, AG, "achievement"),
        c("경영 실습 제공 등 청년농 육성 등이 이뤄질 예정이다", None, D, AY, "plan"),
        c("안정적인 농산물 생산 기반과 청년농 유입 성공 모델을 구축할 것", None, D, AY, "plan"),
    ],
    "not_claims": [
        "당진·금산 스마트팜 단지 ‘스마트농업 육성지구’ 선정",
    ],
}

# br-05: 최민호 세종시장 취임 2주년 비전 (undated in the text)
CM = "choi-min-ho"
G["br-05-hankyung.txt"] = {
    "metadata": meta("최민호 세종시장 \"행정수도·한글·정원·박물관 도시 만들 것\"", None, None, "연합뉴스", "36"),
    "officials": [CM],
    "claims": [
        c("시정 미래 비전으로 행정수도, 한글문화수도, 박물관도시, 정원도시, 최첨단 스마트도시를 제시했다", CM, None,
          ["decentralization", "culture-tourism", "smart-city"], "plan"),
        c("국회 세종의사당과 대통령 제2집무실을 건립하고 미이전 중앙 행정기관과 공공기관 이전을 추진할 것", CM, None,
          ["decentralization"], "plan"),
        c("임기 후반 핵심과제로는 이응패스 도입, 2026 국제정원도시박람회 성공 개최", CM, None,
          ["public-transit", "culture-tourism"], "plan"),
        c("이응패스는 월 2만원 정액권으로 시내버스와 공영 자전거 등 대중교통을 이용할 수 있는 교통정책으로", None, None,
          ["public-transit"], "plan"),
        c("국제정원도시박람회는 국제적인 정원도시 도약과 지역경제 활성화를 위해 개최하는 이벤트고", None, None,
          ["culture-tourism"], "statement"),
        c("이응패스 성공 추진과 함께 국제정원도시박람회와 U대회를 성공적으로 개최할 수 있도록 노력gk겠다", CM, None,
          ["public-transit", "culture-tourism"], "plan"),
    ],
    "not_claims": [
        "최민호 세종시장 \"행정수도·한글·정원·박물관 도시 만들 것\"",
        "현재의 위기를 극복하고 미래 세대에 남겨줄 유산을 만들어 나가야 한다",
        "세종시의 미래를 '창조와 도전의 미래전략수도'라고 규정했다",
        "전국 규모 정책연구 회의와 행사를 개최해 세종을 대한민국의 미래로 만들겠다",
        "세종시는 전국에서 가장 살기 좋은 도시 1위에 올랐고 행정안전부 주관 지방자치단체 정부합동평가에서 1위를 했다",
    ],
}

# br-06: 이장우 대전시장 취임 1주년, 2023-06-27
D = "2023-06-27"
LJ = "lee-jang-woo"
G["br-06-kukinews.txt"] = {
    "metadata": meta("이장우 시장, '일류 경제도시 대전' 취임 1주년 비전 재선포", "2023-06-27T22:10:50+09:00", None, None, "30"),
    "officials": [LJ],
    "claims": [
        c("도시철도 2호선 트램의 주요정책을 결정하고 총사업비를 당초 계획보다 6천 599억원 증액하여 정부와 협의를 완료했다", LJ, D,
          ["public-transit"], "achievement"),
        c("내년에 도시철도 2호선이 착공될 수 있게 노력하겠다", LJ, D, ["public-transit"], "plan"),
        c("▲유성복합터미널 여객중심 시설로 조기 건립 추진", LJ, D, ["public-transit"], "achievement"),
        c("'SK온' 투자유치 업무협약 체결로 일자리 창출과 경제 활성화에 큰 힘이 될 것이라고 강조했다", LJ, D,
          ["investment-attraction", "jobs"], "achievement"),
        c("방산기업 4개사 및 강소기업 2개사와도 815억원 규모의 투자유치 업무협약 체결하는 등", None, D,
          ["investment-attraction"], "achievement"),
    ],
    "not_claims": [
        "반도체 국가산단 초석, 글로벌 기업 '머크'社⋅ 배터리 선도기업 'SK온' 투자유치 등 성과",
        "도시철도 2호선 착공, 문화 관광도시 건설, 취약한 경제구조 탈피 등 목표 제시",
        "이장우 대전시장이 27일 취임 1주년 기자회견에서 일류도시 대전의 비전을 선포하고 있다",
        "이장우 대전시장이 27일 취임 1년을 맞아 그간 성과를 거울삼아 비전을 선포했다",
        "'일류경제 도시 대전'을 꼭 실현하겠다며 강한 의지를 보였다",
    ],
}

# br-07: 안희정 3농혁신 기조강연, 17일 (published 2017-08-18)
D = "2017-08-17"
AH = "ahn-hee-jung"
G["br-07-joongdo.txt"] = {
    "metadata": meta("안희정 “대한민국 과제 농업, 3농혁신으로 충남이 선도”", "2017-08-18T09:20+09:00", None, None, "44"),
    "officials": [AH],
    "claims": [
        c("농업은 대한민국의 미래를 위해 반드시 풀어야 하는 과제로 충남이 이를 선도하겠다", AH, D, AG, "plan"),
        c("가장 뒷순위로 설정된 것이 현실", AH, D, AG, "criticism"),
        c("농업은 많은 예산이 투입됐지만, 산업적 경쟁력이 크게 변하지 못했다", AH, D, AG, "criticism"),
        c("2010년부터 도정의 가장 중요 정책으로 추진해 왔다", AH, D, AG, "achievement"),
        c("340개 정책에 8000억원의 관련예산이 어떻게 작용했는지 점검에서 출발했다", AH, D, AG, "statement"),
        c("3농혁신을 바탕으로 농축임수산업 등 산업적 경쟁력을 높이는 정책 재설계를 논의해 왔다", AH, D, AG, "statement"),
        c("사업성과에 대해 안 지사는 생산과 유통혁신, 학교급식지원센터", AH, D, ["agriculture", "education"], "achievement"),
    ],
    "not_claims": [
        "안희정 “대한민국 과제 농업, 3농혁신으로 충남이 선도”",
        "천안 상록리조트에서 열린 한국농식품정책학회 하계학술대회에서 기조강연을 하고 있다",
        "한국농식품정책학회 학술대회에서 기조강연서",
    ],
}

# br-08: 홍성군 출산장려금 (undated in the text)
CB = ["childcare-birth"]
G["br-08-yonhap.txt"] = {
    "metadata": meta(None, None, "박주영", "연합뉴스", "44800"),
    "officials": [],
    "claims": [
        c("충남 홍성군이 인구 증가 시책의 하나로 첫째 아이에도 출산장려금을 지원한다", None, None, CB, "plan"),
        c("'홍성군 인구 증가 등을 위한 지원 조례'를 개정, 시행에 들어갔다고 5일 밝혔다", None, None, CB, "achievement"),
        c("첫째 아이에게는 지급되지 않았던 출산장려금을 신설, 50만원을 지원하고", None, None, CB, "statement"),
        c("셋째 아이와 넷째 아이 지원금도 각각 100만원→300만원", None, None, CB, "statement"),
        c("지원 대상자는 올해 1월 1일 이후 출생아로", None, None, CB, "statement"),
        c("2억4천600만원의 출산장려금이 지급됐다", None, None, CB, "achievement"),
        c("저출산을 극복하기 위한 각종 시책을 준비하고 있다", None, None, CB, "plan"),
    ],
    "not_claims": [
        "엄마와 아이가 행복한 홍성을 만들기 위해 노력하겠다",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
    ],
}

# br-09: 대전 서구 치매 요양원 건립 자문회의 (undated in the text)
JJ = "jang-jong-tae"
DW = ["dementia-care", "welfare"]
G["br-09-kotn.txt"] = {
    "metadata": meta(None, None, None, None, "30170"),
    "officials": [JJ],
    "claims": [
        c("소외 없는 따뜻한 복지도시를 구현하고자, 치매 요양원 관련 시설 건립을 추진 중이다", None, None, DW, "statement"),
        c("▲국비 예산 지원 불가 ▲신규 건립 불가", None, None, DW, "statement"),
        c("신규 치매 전문요양센터 지정 운영 등 치매요양 관련시설을 반드시 건립하겠다", JJ, None, DW, "plan"),
        c("서구 관내 노인보호시설은 총 55개소로", None, None, ["welfare", "dementia-care"], "statement"),
    ],
    "not_claims": [
        "「치매 요양원 건립 추진 관련 자문회의」를 개최했다",
        "2015년 7월 기준 전국 치매 환자는 64만여 명으로",
        "고령화 사회로 인한 경증치매와 인지기능 장애 환자가 증가하고 있다",
    ],
}

for name, gold in G.items():
    record = {"article": name, **gold}
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
    print(name, len(gold["claims"]))
