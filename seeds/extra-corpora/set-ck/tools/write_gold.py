"""Writes gold/*.json for set-ck (hand annotations)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


G = {}

# ck-01 군산 강임준 (연합뉴스 via wowtv), undated -> all dates null
K = "kang-im-jun"
G["ck-01-wowtv.txt"] = {
    "metadata": M("새만금 재생에너지 정책, 시 구상과 일치…시민 배당 수상태양광발전소 추진", None, "최영수", "연합뉴스", "45130"),
    "officials": [K],
    "claims": [
        C("신재생에너지 산업을 지역의 새 성장동력으로 삼을 계획", K, None, ["energy-transition"], "plan"),
        C("이를 통해 군산경제 어려움을 극복할 수 있다", K, None, ["energy-transition"], "statement"),
        C("군산시가 구상하고 요구한 신재생에너지 방안과 일치한다", K, None, ["energy-transition"], "achievement"),
        C("새만금에 4GW 규모의 태양광과 풍력 등 재생에너지 발전단지를 조성하겠다고 발표했다", None, None, ["energy-transition"], "plan"),
        C("군산도 신재생에너지 산업을 적극 추진하겠다", K, None, ["energy-transition"], "plan"),
        C("관련 제조업체 및 연구기관 등을 유치해 군산경제 체질을 개선하고 좋은 일자리를 만들겠다", K, None,
          ["energy-transition", "investment-attraction", "research-development", "jobs"], "plan"),
        C("시민펀드 3천억원을 조성, 신재생에너지 사업에 투자하고 그 수익을 시민에게 배당하겠다", K, None, ["energy-transition"], "plan"),
        C("200MW의 수상태양광 발전소를 조성할 계획", K, None, ["energy-transition"], "target"),
        C("20여개 업체가 새만금산업단지 입주를 요청하는 등 신재생에너지 사업에 대한 관심이 높다고 덧붙였다", K, None,
          ["energy-transition", "investment-attraction"], "statement"),
        C("신재생에너지 제조업체 및 연구기관을 유치하면 좋은 일자리가 늘어나고", K, None,
          ["energy-transition", "investment-attraction", "research-development", "jobs"], "statement"),
        C("군산사랑상품권을 활용해 지역 자금이 선순환하면 지역경제 위기를 충분히 극복할 것", K, None, ["small-merchants"], "statement"),
    ],
    "not_claims": [
        "새만금 재생에너지 정책, 시 구상과 일치…시민 배당 수상태양광발전소 추진",
        "강 시장은 시청에서 기자간담회를 열어",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
    ],
}

# ck-02 익산 institutional, 2022-06-12
D = "2022-06-12"
G["ck-02-jjilbo.txt"] = {
    "metadata": M("익산시 시민 쾌적 친환경 정책 추진 안간힘", "2022-06-12T13:32+09:00", "소재완", None, "45140"),
    "officials": [],
    "claims": [
        C("익산시가 탄소 중립 실현을 위한 친환경 정책을 지속 추진하며", None, D, ["climate-carbon"], "statement"),
        C("녹색 공간을 확대해 온실가스를 감축하는 데 주력하는 한편", None, D, ["climate-carbon"], "statement"),
        C("친환경 녹색 힐링 도시를 조성하는 데 힘쓰는 중이다", None, D, ["climate-carbon"], "statement"),
        C("계획 대비 114%를 달성한 168만 9,000그루의 나무를 도심에 식재했다", None, D, ["climate-carbon"], "achievement"),
        C("도심 속 빈 공간에 대한 숲 조성도 추진 중으로", None, D, ["climate-carbon"], "plan"),
        C("총 11만 그루의 나무를 식재한다", None, D, ["climate-carbon"], "target"),
        C("도로 위 탄소 중립 실현에 한 발 나아가 친환경 자동차와 인프라를 확대하는 데도 행정력을 집중한다", None, D,
          ["climate-carbon", "future-vehicles"], "plan"),
        C("150억 원을 투입해 전기·수소차 832대를 보급", None, D, ["future-vehicles"], "target"),
    ],
    "not_claims": [
        "숲·정원 및 친환경 자동차 보급·인프라 확대 등 탄소 중립 정책 지속 추진",
        "익산시가 탄소 중립 실현을 위해 호남고속국도 주변에 조성한 미세먼지 차단 숲",
    ],
}

# ck-03 완주 유희태, 2024-07-02 (전북특별자치도 -> 52710)
Y = "yu-hui-tae"
D = "2024-07-02"
G["ck-03-kns.txt"] = {
    "metadata": M("유희태 완주군수 “세계 일류 수소도시로 도약”", "2024-07-02T16:31+09:00", "김봉환", "KNS뉴스통신", "52710"),
    "officials": [Y],
    "claims": [
        C("완주군을 세계 일류 수소도시 반열에 올려놓도록 하겠다", Y, D, ["energy-transition"], "plan"),
        C("총 1,314억 원 규모의 수소 생태계 조성사업을 속도감있게 추진한다", None, D, ["energy-transition"], "plan"),
        C("연매출 10조 원을 목표로 수소경제 중심도시 조성을 가속화하고 있다", Y, D, ["energy-transition"], "target"),
        C("세계 최고 수준의 수소생태계 기반을 구축하겠다", Y, D, ["energy-transition"], "plan"),
        C("국내 유일의 수소용품검사지원센터가 조성 완료됐으며", None, D, ["energy-transition"], "achievement"),
        C("총 653억 원 규모의 신규예산 확보도 성공했다", None, D, ["energy-transition", "future-vehicles"], "achievement"),
        C("수소 산업을 발판으로 자치조직권 확대를 추진해 나가고", None, D, ["energy-transition", "decentralization"], "plan"),
    ],
    "not_claims": [
        "민선 8기 후반기 2년 구상 밝혀… 수소생태계 조성사업 박차",
        "테크노밸리 제2산업단지 분양률 100% 달성 임박",
        "2024-11-22 22:33 (금)",
    ],
}

# ck-04 남원 최경식, 2025-08-11 (52190); event '지난 9일'
CG = "choi-gyeong-sik"
G["ck-04-sentv.txt"] = {
    "metadata": M("남원시, 2000여 명 시민과 함께 '남원관광 비전선포식' 성료", "2025-08-11T13:03:04+09:00", "최영",
                  "서울경제TV", "52190"),
    "officials": [CG],
    "claims": [
        C("민선 8기 3년간 변화한 남원관광의 성과와 앞으로의 비전을 시민들과 효과적으로 공유했다", None, "2025-08-09",
          ["culture-tourism"], "statement"),
        C("광한루원 중심의 전통관광에서 벗어나 요천 수변·달빛정원·피오리움·함파우예술특화지구로 확장된 관광벨트를 구축하고", None,
          "2025-08-11", ["culture-tourism"], "achievement"),
    ],
    "not_claims": [
        "2000여 명이 넘는 시민과 관광객의 참여 속에 성황리에 마쳤다고 밝혔다",
        "비전선포식은 최경식 남원시장, 김영태 시의장, 도·시의원 등 주요 인사와 시민이 함께한 가운데 진행됐다",
        "시민 자부심의 기록으로 보존될 예정이다",
        "민선 8기 성과·미래 전략 공유",
    ],
}

# ck-05 김제 박준배, 2021-01-19; visit '지난 18일'
P = "park-jun-bae"
G["ck-05-jeonmin.txt"] = {
    "metadata": M("박준배 김제시장, 스마트팜 혁신밸리 조성사업 현장 방문", "2021-01-19", "임재영", None, "45210"),
    "officials": [P],
    "claims": [
        C("스마트팜 혁신밸리 조성사업 현장을 찾아 사업 추진상황을 점검하고", None, "2021-01-18", ["agriculture"], "statement"),
        C("스마트팜 혁신밸리는 농업과 농촌에 청년을 유입하고", None, "2021-01-19", ["agriculture", "youth-policy"], "statement"),
        C("2021년 현재까지 약 953억원을 투입", None, "2021-01-19", ["agriculture"], "statement"),
        C("스마트팜 교육과 훈련을 통해 청년인력을 육성하고", P, "2021-01-18", ["agriculture", "youth-policy"], "statement"),
    ],
    "not_claims": [
        "박준배 김제시장, 스마트팜 혁신밸리 조성사업 현장 방문",
        "직원 및 현장 종사자들을 격려했다",
    ],
}

# ck-06 정읍 이학수, news1, undated (전북자치도 -> 52180)
L = "lee-hak-su"
G["ck-06-news1.txt"] = {
    "metadata": M("정읍시, 청년창업·골목상권 지원 등 지역경제 회복 '전력투구'", None, "박제철", "뉴스1", "52180"),
    "officials": [L],
    "claims": [
        C("청년 일자리 확대와 지역 내 소비 활성화를 위해 민생안정 대책을 마련하고 추진한다", None, None, ["jobs", "youth-policy"], "plan"),
        C("착한가격업소 5곳을 추가 지정하고", None, None, ["small-merchants"], "target"),
        C("또 청년층 일자리 확대를 위한 정책도 추진한다", None, None, ["jobs", "youth-policy"], "plan"),
        C("기존 청년 창업 지원 대상자를 10명에서 20명으로 두 배 확대하고", None, None, ["startup-support", "youth-policy"], "target"),
        C("지역 내 창업 생태계를 더욱 활발하게 만들 것으로 기대한다", None, None, ["startup-support", "youth-policy"], "statement"),
        C("온누리상품권 가맹 가능 구역으로 새롭게 추가 지정됐다", None, None, ["small-merchants"], "achievement"),
        C("‘정읍시 기업 및 투자유치촉진 조례’도 개정했다", None, None, ["investment-attraction"], "achievement"),
        C("물류기업의 투자보조금 지원 기준을 마련할 예정이다", None, None, ["investment-attraction"], "plan"),
        C("일자리 창출에 기여한 기업들을 ‘일자리 우수기업’으로 선정해", None, None, ["jobs"], "plan"),
    ],
    "not_claims": [
        "이번 민생안정 추진대책을 통해 지역 경제에 새로운 활력을 불어넣을 수 있도록 최선을 다하겠다",
        "Copyright ⓒ 뉴스1. All rights reserved.",
    ],
}

# ck-07 광주 동구, institutional, 2020-07-01
D = "2020-07-01"
G["ck-07-jnilbo.txt"] = {
    "metadata": M("문화적 도시재생으로 '동구 르네상스시대' 열겠다", "2020-07-01T16:23+09:00", "양가람", None, "29110"),
    "officials": ["lim-taek"],
    "claims": [
        C("광주 동구가 사람 중심의 문화도시로 발돋움하고 있다", None, D, ["culture-tourism"], "statement"),
        C("원도심 활성화에 마중물이 될 3대 거점시설을 마련하는 성과를 거뒀다", None, D, ["urban-regeneration"], "achievement"),
        C("원도심 활력프로젝트도 추진 중이다", None, D, ["urban-regeneration"], "statement"),
        C("일자리이모작 평생학습복합센터 건립 등 주민편의시설을 확충하고", None, D, ["education"], "plan"),
        C("광주 대표 문화관광단지로 조성하는 사업에도 속도가 붙었다", None, D, ["culture-tourism"], "statement"),
        C("빛의 정원, 관광형 문화광장 조성에 박차를 가한다", None, D, ["culture-tourism"], "plan"),
        C("오지호가 일대 지역문화예술 핵심지역 조성", None, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "지난 5월말 기준 60.5%의 공약이행율을 달성했다",
        "역대 최대인 1165억 원의 추가재원을 마련한 것도 괄목할 만하다",
        "민선 7기 반환점 돈 임택 동구청장",
        "임택 동구청장. 광주 동구 제공",
    ],
}

# ck-08 광주 북구 문인 interview, 2021-06-11
MI = "mun-in"
D = "2021-06-11"
G["ck-08-chosun.txt"] = {
    "metadata": M("[기초단체장에게 듣는다] (47) 문인 광주 북구청장", "2021-06-11", "권경안", None, "29170"),
    "officials": [MI],
    "claims": [
        C("인공지능(AI)과 드론 산업이 가세하며 활력을 불어넣고 있다", None, D, ["fourth-industrial-revolution"], "statement"),
        C("AI 산업에 집중하는 첨단산단(3지구)을 개발하고 있다", MI, D, ["fourth-industrial-revolution"], "statement"),
        C("2024년까지 국비를 포함해 4061억원을 투입한다", MI, D, ["fourth-industrial-revolution"], "plan"),
        C("국내 최대인 수퍼 데이터센터를 2023년까지 세운다", MI, D, ["fourth-industrial-revolution"], "plan"),
        C("AI 인재 육성 프로그램도 추진하고 있다", MI, D, ["fourth-industrial-revolution"], "statement"),
        C("북구는 최근 드론 실증 도시로 지정됐다", MI, D, ["fourth-industrial-revolution"], "achievement"),
        C("드론 모델 상용화를 지원할 방침이다", MI, D, ["fourth-industrial-revolution"], "plan"),
        C("호남권 최대 창업 타운으로 조성하겠다", MI, D, ["startup-support"], "plan"),
        C("광주역 일대는 도시재생 국가시범 혁신지구로 선정됐다", MI, D, ["urban-regeneration"], "achievement"),
        C("혁신·창의 기업을 한데 모을 계획이다", MI, D,
          ["urban-regeneration", "startup-support", "fourth-industrial-revolution"], "plan"),
        C("2024년까지 기업성장센터와 사회문화센터를 건립", MI, D, ["urban-regeneration", "startup-support"], "plan"),
    ],
    "not_claims": [
        "AI·드론 산업 육성, 광주역 일대에 호남 최대 창업타운 만들겠다",
        "―AI와 드론 산업이 돋보인다.",
        "기업과 대학, 청년들과 함께 지역을 제대로 성장시키겠다",
        "최근 북구에는 새로운 산업이 속속 둥지를 틀고 있다",
    ],
}

# ck-09 광주 광산구 박병규, moneys, undated
PB = "park-byeong-gyu"
G["ck-09-moneys.txt"] = {
    "metadata": M(None, None, None, None, "29200"),
    "officials": [PB],
    "claims": [
        C("시민 중심의 일자리 정책 성과를 인정받아", None, None, ["jobs"], "achievement"),
        C("180개 사업을 추진해 1만7400여 개의 일자리를 지원했다", None, None, ["jobs"], "achievement"),
        C("이는 연초 목표치인 1만 4707개의 119%를 초과 달성한 성과다", None, None, ["jobs"], "achievement"),
        C("다양한 분야에서 시민 참여를 확대하고 현장 수요에 맞춘 전략과 체감도 높은 정책 수행 덕분이라는 평가다", None, None,
          ["jobs", "citizen-participation"], "achievement"),
        C("정부 국정과제인 지속가능 일자리 정책을 선도적으로 실현하고 있다", None, None, ["jobs"], "statement"),
        C("673명에게 일 경험 기회를 제공했다", None, None, ["jobs"], "achievement"),
        C("지역 기업 및 소상공인을 대상으로 맞춤형 컨설팅을 제공하고", None, None, ["small-merchants", "jobs"], "achievement"),
        C("돌봄 일자리, 이주노동자 축구팀 지원 등 일·생활 균형 사업도 호평을 받았다", None, None, ["jobs"], "achievement"),
        C("지속가능 일자리 정책의 완성도를 높여", PB, None, ["jobs"], "plan"),
    ],
    "not_claims": ["![]() |"],
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in G.items():
        out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
               "not_claims": g["not_claims"]}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in G.values()))
