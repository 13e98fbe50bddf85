"""Write set-qc's gold files (hand annotation; format of seeds/corpus/README.md)."""

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# ---------------------------------------------------------------- qc-01 괴산군 귀농귀촌 (institutional narration)
D = "2021-03-16"
G["qc-01-ccnewsq.txt"] = {
    "metadata": {"headline": "괴산군, 올해도 귀농귀촌 일번지 명성 이어나간다",
                 "published": "2021-03-16T07:41:43+09:00", "reporter": "양승선", "outlet": "충청뉴스큐",
                 "jurisdiction": "43760"},
    "officials": [],
    "claims": [
        c("이주 정착한 귀농·귀촌인을 위해 다양한 지원을 본격적으로 추진한다고 밝혔다", None, D, ["agriculture"], "plan"),
        c("군의 올해 귀농귀촌 예산은 총 11억 1천만원으로", None, D, ["agriculture", "youth-policy"], "plan"),
        c("귀농귀촌단지 기반조성 지원 조례를 제정해", None, D, ["agriculture"], "plan"),
        c("서울시와 협력해 ‘괴산 서울농장’을 조성해", None, D, ["agriculture"], "plan"),
        c("괴산군은 34.9%가 증가해 충북도내에서 가장 높은 증가율을 기록했다", None, D, ["agriculture"], "achievement"),
        c("전국 2위로 선정되어 우수상을 수상했을 만큼", None, D, ["agriculture"], "achievement"),
    ],
    "not_claims": ["2021년 귀농귀촌 지원사업 추진"],
}

# ---------------------------------------------------------------- qc-02 부산 서구 공한수 신년인터뷰
D = "2018-12-29"
S = "gong-han-su"
G["qc-02-wowtv.txt"] = {
    "metadata": {"headline": "[신년인터뷰] 공한수 부산 서구청장 \"외형적 성과보다 지역 균형발전\"",
                 "published": "2018-12-29T06:13+09:00", "reporter": "손형주", "outlet": "연합뉴스",
                 "jurisdiction": "26140"},
    "officials": [S],
    "claims": [
        c("구청장 첫 번째 임무가 구민 생명과 안전, 재산을 보호하는 것으로 생각한다", S, D, ["disaster-safety"], "statement"),
        c("안전이 최우선임을 다시 한번 일깨워 주었다", S, D, ["disaster-safety"], "statement"),
        c("안전접점을 통해 안전관리체계를 구축하고 구민들의 안전의식을 강화하는 등", S, D, ["disaster-safety"], "achievement"),
        c("수송 버스 운전기사 음주측정을 하도록 한 것은 구민 안전을 최우선에 둔 대표 사례", S, D, ["disaster-safety"], "achievement"),
        c("닥밭골 행복 마을 일원은 내년부터 3년간 100억원 규모로 도시재생사업을 한다", S, D, ["urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "구민 생명과 재산을 보호하는 안전한 서구 만들 것",
        "성과 위주 외형적 변화보다 지역균형 발전을 위해 힘쓰겠다",
        "서구를 5개 권역으로 나눠 권역별 균형발전 사업을 추진해",
        "임기 첫날 재해위험 지역에 달려간 것도 그 때문이다",
        "송도해수욕장 등 일부 지역에 편중된 성과 위주의 외형적 변화",
        "구정 운영 방향 키워드를 '지역 균형발전'에 두겠다",
    ],
}

# ---------------------------------------------------------------- qc-03 대전 서구 서철모 신년사
D = "2026-01-01"
S = "seo-cheol-mo"
G["qc-03-asiae.txt"] = {
    "metadata": {"headline": "\"화려한 복지 정책보다, 한 분의 구민도 소외되지 않는 세심한 배려가 우선\"",
                 "published": "2026-01-01", "reporter": None, "outlet": None, "jurisdiction": "30170"},
    "officials": [S],
    "claims": [
        c("충청권 광역교통망 확충 논의 속에서 '서구 르네상스' 시대를 활짝 열어 가겠다", S, D, ["public-transit"], "plan"),
        c("충청권 광역급행철도(CTX)는 단순한 교통망 확충이 아니다", S, D, ["public-transit"], "statement"),
        c("대전-세종-충북을 잇는 충청권 광역 경제 축의 중심에 우리 서구가 서게 된다는 뜻", S, D, ["public-transit"], "statement"),
        c("아동과 가족, 취약계층을 세심히 살피며", S, D, ["welfare"], "plan"),
        c("배려가 우선\"이라고 말했다", S, D, ["welfare"], "statement"),
        c("AI와 빅데이터를 활용해 행정의 효율성을 높이고", S, D, ["fourth-industrial-revolution"], "plan"),
        c("서구의 자연관광 명소를 자연의 가치를 지키면서도", S, D, ["culture-tourism"], "plan"),
        c("집 앞에서 자연과 문화를 누리는 소소한 행복을 드리겠다", S, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "교통·주거·생활 여건 전반을 균형 있게 바라보는 행정을 이어가겠다",
        "가장 혁신적인 행정은 기본을 지키고 구민의 목소리를 경청하는 것",
        "시민의 소소한 행복한 삶에 대해서도 생각을 밝혔다",
        "올해는 약속드린 사업들을 꼼꼼히 챙겨",
    ],
}

# ---------------------------------------------------------------- qc-04 제주 버스 준공영제 (institutional narration)
D = "2023-02-14"
G["qc-04-jejuilbo.txt"] = {
    "metadata": {"headline": "버스 준공영제 개선방안 윤곽…설명회 돌입",
                 "published": "2023-02-14T18:39+09:00", "reporter": "고경호", "outlet": "제주일보",
                 "jurisdiction": "50"},
    "officials": [],
    "claims": [
        c("제주도정이 지난해 중단됐던 ‘미완’의 버스 준공영제 개선방안을 수립했다", None, D, ["public-transit"], "achievement"),
        c("도심 급행버스를 신설하고, 출·퇴근 시간에 버스 배차를 늘리는 등", None, D, ["public-transit"], "plan"),
        c("권역별 설명회를 갖고 2017년 9월 대중교통체계 개편 후", None, D, ["public-transit"], "plan"),
        c("준공영제 개선방안의 주요 내용은", None, D, ["public-transit"], "plan"),
        c("약 218억원가량의 재정 절감 효과를 기대하고 있다", None, D, ["public-transit"], "target"),
    ],
    "not_claims": ["다음은 권역별 설명회 일정", "오전 10시 제주도농어업인회관(제주시 동)"],
}

# ---------------------------------------------------------------- qc-05 대전 허태정 청년희망통장 워크숍
D = "2018-07-13"
S = "heo-tae-jeong"
G["qc-05-timenews.txt"] = {
    "metadata": {"headline": "허태정 대전시장, 대전의 제1정책은?",
                 "published": "2018-07-13T23:28:15+09:00", "reporter": "홍대인", "outlet": "대전타임뉴스",
                 "jurisdiction": "30"},
    "officials": [S],
    "claims": [
        c("대전의 제1정책은 새로운 일자리 창출이라고 강조했다", S, D, ["jobs"], "plan"),
        c("청년들의 가장 큰 고민은 먹고사는 문제로 결국 일자리 문제가 가장 중요하다", S, D, ["jobs", "youth-policy"], "statement"),
        c("대전시의 제1정책은 새로운 일자리 만들기로 민선7기에 해야 할 가중 중요한 일", S, D, ["jobs"], "plan"),
        c("공약을 통해 대전을 창업하기 위한 가장 좋은 도시로 조성해 4차 산업혁명특별시로 만들겠다", S, D,
          ["startup-support", "fourth-industrial-revolution"], "target"),
        c("대전의 대덕특구에 첨단 지식사업이 사업으로 활성화 된다면", S, D, ["research-development", "jobs"], "statement"),
        c("청년이나 신혼부부가 갖는 문제는 취업뿐만 아니라 거주의 안정도 매우 중요하다", S, D,
          ["youth-policy", "housing", "jobs"], "statement"),
        c("청년들의 주거 안정을 위해 희망주택 3000세대 공급 할 계획", S, D, ["housing", "youth-policy"], "target"),
        c("정치인들도 청년정책에 더욱 관심을 갖게 될 것", S, D, ["youth-policy"], "statement"),
        c("청년들의 의견을 적극적으로 듣고 해결방안을 찾기 위해 노력하겠다", S, D, ["youth-policy"], "plan"),
        c("이날 허태정 시장은 ▲2000개 스타트업 육성", S, D, ["startup-support", "housing", "youth-policy"], "statement"),
        c("첫 시행되는 희망통장사업의 성공적인 추진을 위해", None, D, ["youth-policy"], "statement"),
    ],
    "not_claims": [],
}

# ---------------------------------------------------------------- qc-06 부산 오거돈 미세먼지 긴급대응
P = "2019-03-07"
E = "2019-03-06"
S = "oh-keo-don"
G["qc-06-newsdigm.txt"] = {
    "metadata": {"headline": "부산시 '미세먼지' 더 줄이자...강력 대응",
                 "published": "2019-03-07T00:18+09:00", "reporter": "고수민", "outlet": None,
                 "jurisdiction": "26"},
    "officials": [S],
    "claims": [
        c("부산시도 지난 5일 미세먼지 주의보가 발령됐다", None, "2019-03-05", ["fine-dust"], "statement"),
        c("긴급상황보고를 받고 강력한 대응을 지시했다", S, E, ["fine-dust"], "plan"),
        c("근본적인 원인을 개선하기 위한 대책은 중장기 전략을 수립하여 추진하되", S, E, ["fine-dust"], "plan"),
        c("각 기관별 미세먼지대응책을 수립해 즉각 시행토록 하는 등", S, E, ["fine-dust"], "plan"),
        c("행정·공공기관 차량 2부제를 실시하고, 관용차량 운행을 제한한다", None, P, ["fine-dust"], "plan"),
        c("고압 살수차진공청소차를 야간 1회에서 주·야간 각 1회로 확대 운영하고", None, P, ["fine-dust"], "plan"),
        c("불법소각과 배출가스, 공회전 집중 단속 등도 추진한다", None, P, ["fine-dust"], "plan"),
        c("관내 2,300여 개 경로당에 공기청정기를 설치하고", None, P, ["fine-dust"], "target"),
        c("경로당 공기청정기를 설치에 총 52억원", None, P, ["fine-dust"], "plan"),
    ],
    "not_claims": [],
}

# ---------------------------------------------------------------- qc-07 제주 농업인 한마음대회 오영훈
E = "2025-11-02"
S = "oh-young-hun"
G["qc-07-segye.txt"] = {
    "metadata": {"headline": None, "published": "2025-11-03", "reporter": None, "outlet": None,
                 "jurisdiction": "50"},
    "officials": [S, "kim-gwang-su", "lee-jae-myung"],
    "claims": [
        c("제주도가 사상 첫 1차산업 조수입 5조원 시대를 연 일등공신인", None, E, ["agriculture"], "achievement"),
        c("생산자 중심의 수급관리 등 도정 정책 참여를 유도하고자 마련됐다", None, E, ["agriculture"], "statement"),
        c("제주산 한우고기와 돼지고기를 싱가포르에 수출하기로 합의했다는 소식을 전했다", S, E, ["agriculture"], "achievement"),
        c("3년여간 1차산업 종사자들의 노력으로", S, E, ["agriculture"], "achievement"),
        c("싱가포르 수출 최전선에서 큰 역할을 다해달라", S, E, ["agriculture"], "plan"),
        c("제주도는 생산자 주도 수급관리 정책과 통합마케팅 다변화", S, E,
          ["agriculture", "fourth-industrial-revolution"], "statement"),
    ],
    "not_claims": [
        "‘2025년 제주특별자치도 농업인 한마음대회’를 개최했다",
        "1차산업 조수입 5조원 달성을 기념한 제주 농업인 한마음대회가 열리고 있다",
        "이날 행사에는 오영훈 지사",
        "초청가수들의 고향사랑기부제 참여와",
    ],
}

# ---------------------------------------------------------------- qc-08 진천 송기섭 10년 성과 (undated)
S = "song-gi-seop"
G["qc-08-ohmynews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "43750"},
    "officials": [S],
    "claims": [
        c("'투자유치의 성지', '철도의 기적을 일궈낸 도시', '복지 모델 일번지'가 된 진천을 강조했다", S, None,
          ["investment-attraction", "public-transit", "welfare"], "achievement"),
        c("지방정부 성장의 표준이 될 수 있었던 핵심 분야로", S, None,
          ["agriculture", "education", "welfare", "culture-tourism", "climate-carbon", "public-transit"], "achievement"),
        c("2016년부터 10년 연속 투자유치 1조원을 달성", S, None, ["investment-attraction"], "achievement"),
        c("1만 8300명 이상의 고용 창출", S, None, ["jobs"], "achievement"),
        c("최고 수준의 생산장려금 공급을 통해 쌀 맛과 품질을 끌어 올렸고", S, None, ["agriculture"], "achievement"),
        c("90억 원 규모의 기업유치세수 농업 환원 사업은", S, None, ["agriculture", "investment-attraction"], "achievement"),
        c("충청권에서 가장 높은 합계출산율 1.115명과", S, None, ["childcare-birth"], "achievement"),
    ],
    "not_claims": [
        "지난 10년간의 성과 12개 분야를 발표했다",
        "10년 전 제가 취임하며 꿈꿨던 진천은",
        "2016년 6만 9950명이었던 진천 인구는",
    ],
}

# ---------------------------------------------------------------- qc-09 KNN 인물포커스 부산 동구 김진홍
D = "2022-07-05"
S = "kim-jin-hong"
G["qc-09-knn.txt"] = {
    "metadata": {"headline": "[인물포커스] - 김진홍 동구청장", "published": "2022-07-05", "reporter": "길재섭",
                 "outlet": "KNN", "jurisdiction": "26170"},
    "officials": [S],
    "claims": [
        c("우리 원도심이 주거환경이 가장 열악하기 때문에", S, D, ["urban-regeneration", "housing"], "statement"),
        c("그 부분을 빨리 해결해야 하는 시급한 문제라고 봅니다", S, D, ["urban-regeneration", "housing"], "plan"),
        c("구청에 재개발 부서를 좀 더 확대해서", S, D, ["housing", "citizen-participation"], "plan"),
        c("주거환경개선지구로 묶여 있는 이런 지구들은", S, D, ["urban-regeneration", "housing"], "plan"),
    ],
    "not_claims": [
        "지난 지방선거에서 부산 동구의 유권자들은 제7대와 8대 시의원을 지낸 김진홍",
        "정책 조사를 한 번 해 봤습니다",
        "해결 방안은 어떻게 세우고 계십니까",
        "거기에 따라서 제도적 정비의 문제",
    ],
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, gold in G.items():
        record = {"article": name, **gold}
        (GOLD / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(gold["claims"]))
    print("total", sum(len(g["claims"]) for g in G.values()))


if __name__ == "__main__":
    main()
