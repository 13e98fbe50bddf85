"""Writes gold/*.json for set-bu (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"
G.mkdir(exist_ok=True)


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def write(article, metadata, officials, claims, not_claims):
    data = {"article": article, "metadata": metadata, "officials": officials,
            "claims": claims, "not_claims": not_claims}
    (G / f"{article}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# bu-01 울진군 2026 budget speech (20일), published 2025-11-21 10:31:30
D = "2025-11-20"
SON = "son-byeong-bok"
write("bu-01-cnbnews.txt",
      {"headline": None, "published": "2025-11-21T10:31:30+09:00", "reporter": "신규성",
       "outlet": "CNB뉴스", "jurisdiction": "47930"},
      [SON],
      [
          c("원자력수소 국가산업단지 조성과 신한울 3·4호기 건설을 중심으로 한 미래 성장전략을 제시했다", None, D,
            ["energy-transition"], "plan"),
          c("민선8기 출범 당시 울진은 탈원전 정책, 미탁 태풍, 코로나19, 대형산불 등 연이은 위기 속에 있었다", SON, D,
            ["energy-transition"], "criticism"),
          c("‘원자력수소 산업’을 차세대 성장동력으로 설정했다", None, D, ["energy-transition"], "statement"),
          c("그 결과 울진은 국가산업단지 후보지에 선정됐으며", None, D,
            ["energy-transition", "investment-attraction"], "achievement"),
          c("체류형 관광지 전환 전략이 본격화되고 있다", None, D, ["culture-tourism"], "statement"),
          c("유네스코 인증을 통해 국제적 경쟁력도 강화됐다", None, D, ["culture-tourism"], "achievement"),
          c("농·어·임업 분야에서는 생산성 향상과 구조개편이 진행 중이다", None, D, ["agriculture"], "statement"),
          c("평해 들녘특구의 이모작 확대, 농기계임대사업소 신설", None, D, ["agriculture"], "statement"),
          c("산불 대응력 강화와 지역경제 활성화를 도모하고 있다", None, D, ["disaster-safety"], "statement"),
      ],
      ["특히 인구감소와 고령화가 가장 큰 과제였다",
       "신한울 3·4호기 건설은 올해 9월 착공이 확정되며",
       "지역 상생협약 체결과 인허가 기간 단축 등을 통해 사업 추진 속도를 높였다고 설명했다",
       "복지 부문에서는 고령화 대응"])

# bu-02 거창군 2022 youth policy plan; no publication date in the text
GU = "gu-in-mo"
write("bu-02-sisanews.txt",
      {"headline": None, "published": None, "reporter": "정윤철", "outlet": "시사뉴스", "jurisdiction": "48880"},
      [GU],
      [
          c("2022년 청년정책 시행계획을 확정하고 본격 추진한다", None, None, ["youth-policy"], "plan"),
          c("10개 전담부서가 163억 원을 투입하여 55개 세부사업 추진에 전력을 다할 계획이다", None, None,
            ["youth-policy"], "plan"),
          c("청년 문제 1순위인 일자리 분야에 중점을 두고 약 28억 원의 예산을 투입하여", None, None,
            ["youth-policy", "jobs", "small-merchants"], "plan"),
          c("그 외 사업으로 △청년 언택트 마케팅 지원", None, None, ["youth-policy", "jobs", "agriculture"], "statement"),
          c("주거‧교육 분야는 15개 사업에 108억 원을 투입할 계획이며", None, None,
            ["youth-policy", "housing", "education"], "plan"),
          c("교육 분야는 2022년 새롭게 추진되는 청년 대상 사업으로", None, None, ["youth-policy", "education"], "statement"),
          c("복지‧문화와 참여‧권리 분야에서 16개 사업에 26억 원의 예산이 투입되며", None, None,
            ["youth-policy"], "plan"),
          c("청년정책의 성공적인 추진을 통해 청년이 살고 싶은 행복한 지역을 만들어", GU, None, ["youth-policy"], "plan"),
      ],
      [])

# bu-03 봉화군 2026 귀농 support; institutional; no publication date, no outlet in the text
write("bu-03-imaeil.txt",
      {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "47920"},
      [],
      [
          c("귀농 초기 가장 큰 부담으로 꼽히는 주거와 이사 문제 해결에 나선다", None, None,
            ["agriculture", "housing"], "plan"),
          c("실질적인 비용 지원에 나선 것이다", None, None, ["agriculture"], "plan"),
          c("귀농인의 초기 정착을 돕기 위한 '귀농 지원사업'을 추진한다고 28일 밝혔다", None, None,
            ["agriculture"], "plan"),
          c("이번 사업은 이사와 주거 환경 개선에 초점을 맞춰", None, None, ["agriculture", "housing"], "statement"),
          c("이사비용 지원사업은 다른 시·군에서 봉화군으로 전입한 귀농 가구를 대상으로 한다", None, None,
            ["agriculture"], "statement"),
          c("군은 총 30농가를 선정해 가구당 최대 100만원의 이사비를 현금으로 지원할 계획이다", None, None,
            ["agriculture"], "target"),
          c("귀농인들의 초기 경제적 부담을 덜어주기 위한 조치다", None, None, ["agriculture"], "statement"),
          c("귀농인을 위한 주거 지원도 병행된다", None, None, ["agriculture", "housing"], "statement"),
          c("봉화군은 4농가를 대상으로 가구당 최대 300만원의 빈집수리비를 지원한다", None, None,
            ["agriculture", "housing"], "target"),
          c("노후 주택의 기본적인 주거 환경 개선에 활용할 수 있어", None, None, ["agriculture", "housing"], "statement"),
          c("사업은 2026년 1월부터 12월까지 연중 실시된다", None, None, ["agriculture"], "statement"),
          c("홍보와 신청 접수에 행정력을 집중할 방침이다", None, None, ["agriculture"], "plan"),
          c("귀농인의 안정적인 정착이 지역 농업과 농촌 활력 회복의 출발점", None, None, ["agriculture"], "statement"),
          c("귀농이 일회성 선택이 아닌 지속 가능한 삶의 전환이 되도록 지원을 이어가겠다", None, None,
            ["agriculture", "housing"], "plan"),
      ],
      [])

# bu-04 영덕군 press briefing (22일); no publication date in the text
KIM = "kim-gwang-yeol"
write("bu-04-heraldk.txt",
      {"headline": None, "published": None, "reporter": "김병진", "outlet": "헤럴드경제", "jurisdiction": "47770"},
      [KIM],
      [
          c("웰니스 관광도시를 건설해 전국에서 연간 1500만명이 영덕을 찾도록 하겠다", KIM, None,
            ["culture-tourism"], "target"),
          c("올해 군정을 관광산업 육성을 통한 지역경제 활성화에 초점을 맞춘다", KIM, None, ["culture-tourism"], "plan"),
          c("웰니스 관광도시로 지역 경제 활성화에 박차가 하겠다", KIM, None, ["culture-tourism"], "plan"),
          c("재난·재해예방 인프라 구축을 올해 군정 5대 목표로 삼았다", None, None,
            ["culture-tourism", "youth-policy", "agriculture", "disaster-safety"], "plan"),
          c("한해 1000만명 수준인 관광객을 1500만명까지 끌어올리고", None, None, ["culture-tourism"], "target"),
          c("동해안 최대 수산물 공동 거점단지", None, None, ["agriculture"], "plan"),
          c("청년 유입 및 정주여건 개선을 위해서도 영덕읍 우리동네살리기 사업", None, None,
            ["youth-policy", "urban-regeneration", "housing"], "plan"),
          c("또 농어업 경쟁력 강화를 위해 지역 농수특산물 브랜드 홍보 및 판로 확대", None, None,
            ["agriculture", "urban-regeneration", "housing"], "plan"),
      ],
      ["김광열 영덕군수가 22일 군청 3층 대회의실에서 기자간담회를 열고 있다",
       "포항~영덕 고속도로 건설, 동해선(포항~동해) 철도 전철화"])

# bu-05 합천군 population policy; institutional; no publication date in the text
write("bu-05-news1.txt",
      {"headline": "\"인구정책 핵심은 청년\"…합천군, 인구 4만 지키기 사활", "published": None,
       "reporter": "한송학", "outlet": "뉴스1", "jurisdiction": "48890"},
      [],
      [
          c("인구 정책으로 청년 지원과 출산장려 시책에 집중하고 있다", None, None,
            ["youth-policy", "childcare-birth"], "statement"),
          c("‘청년 정책 기본계획’을 수립하며 인구정책의 전환점을 마련했다", None, None, ["youth-policy"], "achievement"),
          c("출산·양육 지원에서부터 청년 일자리 창출과 주거 안정까지", None, None,
            ["childcare-birth", "youth-policy", "jobs", "housing"], "statement"),
          c("출산율을 높이기 위해 결혼축하금 500만 원과 출산장려금 최대 1400만 원", None, None,
            ["childcare-birth", "education"], "statement"),
          c("60세대 규모의 공공임대주택 건립 사업을 추진한다", None, None, ["youth-policy", "housing"], "plan"),
          c("1차 사업으로 조성된 30호에 청년과 신혼부부들이 입주할 예정이다", None, None,
            ["youth-policy", "housing"], "plan"),
      ],
      ["청년 지원·출산장려 시책 집중…지방소멸 위기 극복",
       "합천 황매석 억새(합천군 제공)",
       "40년 전 19만 명의 지역인구는 10월 기준 4만 380명으로",
       "군은 인구감소가 저출산과 고령화라는 구조적 문제로 보고 있다",
       "지난해 합계출산율은 0.64명으로 경남 평균 0.8명보다 낮다",
       "합천군 청년임대주택 조감도(합천군 제공)"])

# bu-06 함양군 interview with 서울경제 (지난 10일); no publication date in the text
SEO = "seo-chun-su"
write("bu-06-sedaily.txt",
      {"headline": None, "published": None, "reporter": None, "outlet": "서울경제", "jurisdiction": "48870"},
      [SEO],
      [
          c("‘2020함양산삼항노화엑스포’를 성공적으로 개최하기 위해 행정력을 쏟고 있습니다", SEO, None,
            ["culture-tourism"], "statement"),
          c("올해 최대 과제인 산삼엑스포 성공적인 개최를 위해", SEO, None, ["culture-tourism"], "statement"),
          c("산삼항노화엑스포를 정부공인 국제행사로 준비하면서", None, None, ["culture-tourism"], "statement"),
          c("산삼항노화엑스포를 국제행사로 승인받는 데는 어려움이 많았지만", SEO, None,
            ["culture-tourism"], "achievement"),
          c("우리나라 청정 산삼의 가치를 널리 알릴 수 있을 것", SEO, None, ["culture-tourism"], "statement"),
          c("지난 2003년부터 산양삼 재배를 시작하고", None, None, ["agriculture", "culture-tourism"], "achievement"),
          c("산양삼과 농산물을 융합한 가공산업 육성과 국내외 유통망을 확충하고", None, None,
            ["agriculture"], "achievement"),
      ],
      ["고려산삼의 맥을 있는 곳이 바로 함양입니다"])

# bu-07 성주군 smart horticulture complex, published 2024-09-24 10:00
LEE = "lee-byeong-hwan"
D7 = "2024-09-24"
write("bu-07-seongjuro.txt",
      {"headline": "성주군, 스마트원예단지 기반조성사업 공모 선정", "published": "2024-09-24T10:00+09:00",
       "reporter": None, "outlet": "성주신문", "jurisdiction": "47840"},
      [LEE],
      [
          c("성주군이 2022년 문명지구에 이어 두 번째로 선정된 가운데", None, D7, ["agriculture"], "achievement"),
          c("규모화된 스마트팜 단지 기반조성 및 개보수를 위한 사업으로", None, D7, ["agriculture"], "statement"),
          c("민‧관이 합심해 선정을 이뤄냈다", None, D7, ["agriculture"], "achievement"),
          c("스마트팜 기반시설을 확충할 예정이다", None, D7, ["agriculture"], "plan"),
          c("농업 생산성 향상 및 농가수익 증대, 청년 농업인 유입을 용이토록 한다", None, D7,
            ["agriculture"], "statement"),
          c("성주군이 전국 스마트팜 원예단지의 메카로 자리매김할 것", LEE, D7, ["agriculture"], "statement"),
          c("참외조수입 7천억원, 농업소득 1조원 시대를 열겠다", LEE, D7, ["agriculture", "climate-carbon"], "target"),
      ],
      ["성주군, 스마트원예단지 기반조성사업 공모 선정"])

# bu-08 산청 한방항노화 (KNN TV script); undated
HEO = "heo-gi-do"
HONG = "hong-joon-pyo"
write("bu-08-knn.txt",
      {"headline": "한방항노화 산업 지리산권 균형발전", "published": None, "reporter": "최광수",
       "outlet": None, "jurisdiction": "48860"},
      [HEO, HONG],
      [
          c("서부청사 추진에 이어서", None, None, ["city-hall", "medical-industry"], "statement"),
          c("제15회 한방약초축제장에는 벌써", None, None, ["culture-tourism"], "achievement"),
          c("팔리는 판매량의 80%가 판매됩니다", None, None, ["culture-tourism"], "statement"),
          c("건강까지 챙겨 갈수 있는 것이 바로 한방약초축제입니다", HEO, None, ["culture-tourism"], "statement"),
          c("경남도와 산청군의 구상입니다", None, None, ["medical-industry", "culture-tourism"], "plan"),
          c("17만m²에 244억원을 투입해 2018년까지 항노화산업단지를 조성합니다", None, None,
            ["medical-industry"], "plan"),
          c("사업단지 시행 협약체결을", None, None, ["medical-industry"], "achievement"),
          c("이번에 경남도에서는 지리산을 중심으로", HONG, None, ["medical-industry"], "plan"),
          c("370억원에 달하는 투자협약을 체결하기도", None, None,
            ["investment-attraction", "medical-industry"], "achievement"),
      ],
      ["경남도가 서부권", "항노화전시관 등에서 침과 뜸 체질진단 등 각종 체험이",
       "걸어가는데 훨씬 수월했어요"])

# bu-09 청송군수 TBC studio interview; undated
YUN = "yun-gyeong-hui"
write("bu-09-tbc.txt",
      {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "47750"},
      [YUN],
      [
          c("저희 청송사과 축제가 이태원 사고로 인해서 일주일 연기 됐습니다", YUN, None, ["culture-tourism"], "statement"),
          c("관광객 약 40만 명이 오셔서 청송사과를 맛보고", YUN, None, ["culture-tourism"], "achievement"),
          c("저희 청송사과는 연간 6만 톤이 생산되고 있습니다", YUN, None, ["agriculture"], "statement"),
          c("대한민국 최고로 많이 생산되고 있지만 또 대한민국 1등 사과입니다", YUN, None, ["agriculture"], "statement"),
          c("수출 교두보를 마련하고 있습니다", YUN, None, ["agriculture"], "plan"),
          c("1차로 우리 사과를 배에 선적시켜서 수출을 시작했습니다", YUN, None, ["agriculture"], "achievement"),
          c("또 청송 쥬스는 5년 동안 한정 수출을 하기로 했습니다", YUN, None, ["agriculture"], "plan"),
          c("가장 큰 헤르그룹과 계약을 끝냈고", YUN, None, ["agriculture"], "achievement"),
      ],
      ["올해 청송 사과 축제가 대박이 났다고 하던데",
       "산소카페 청송정원이 주왕산과 함께",
       "산소카페 청송군이 도시 브랜드입니다",
       "3년 연속 대한민국 브랜드 대상을 받았습니다",
       "굴뚝에 연기나는 공장이 한 곳도 없습니다"])
print("ok")
