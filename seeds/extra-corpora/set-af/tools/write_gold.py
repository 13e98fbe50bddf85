"""Writes the hand-made gold files of set-af to gold/ (one JSON per article)."""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


G = {}

# af-01: 대전 대덕구, 최충규; no publication date in the text; '23일' with no month -> dates null
CC = "choi-chung-gyu"
G["af-01-tf.txt"] = {
    "metadata": meta(None, None, "정예준", "더팩트", "30230"),
    "officials": [CC],
    "claims": [
        c("국토교통부의 2024년 하반기 도시재생사업 공모 선정과 관련해 환영의 뜻을 밝혔다", CC, None,
          ["urban-regeneration"], "achievement"),
        c("대덕구를 하반기 도시재생사업 혁신지구 후보지로 선정했다", CC, None, ["urban-regeneration"], "achievement"),
        c("연축지구 신청사 이전에 따른 현재 오정동 구청사 부지를 활용, 공동화를 방지하고 청사 이전 재원 마련과 함께 도심 활력을 증진할 수 있게 됐다",
          CC, None, ["urban-regeneration", "city-hall"], "achievement"),
        c("충청권에서는 대전 대덕구가 유일하게 혁신지구 후보지에 이름을 올렸다", None, None,
          ["urban-regeneration"], "achievement"),
        c("이번 후보지 선정으로 청년 일자리 창출과 지역균형발전 도모에 한걸음 가까워졌다", CC, None,
          ["urban-regeneration", "jobs", "youth-policy"], "achievement"),
        c("국가시범지구에 대덕구가 최종 선정될 수 있도록 최선을 다할 것을 약속드린다", CC, None,
          ["urban-regeneration"], "plan"),
    ],
    "not_claims": ["tfcc2024@tf.co.kr"],
}

# af-02: 전주시 (institutional narration only); undated -> published and dates null
G["af-02-nocutnews.txt"] = {
    "metadata": meta("전주시, 친환경 수소산업 거점도시 만들기 ‘스타트’", None, None, None, "45110"),
    "officials": [],
    "claims": [
        c("수소차와 연료전지로 대표되는 친환경 수소산업 거점도시 조성에 나선다", None, None,
          ["energy-transition", "future-vehicles"], "plan"),
        c("올해 수소산업 마스터플랜을 수립하고, 수소버스와 충전소 등 관련 인프라를 지속 확충하는 등", None, None,
          ["energy-transition", "future-vehicles"], "plan"),
        c("올 상반기 중 중·장기 로드맵인 ‘전주시 수소산업 마스터플랜’을 수립할 계획이다", None, None,
          ["energy-transition"], "plan"),
        c("전주시 수소산업의 비전과 목표, 추진방향을 제시할 계획이다", None, None, ["energy-transition"], "plan"),
        c("수소차·수소버스·수소충전소 등의 인프라 구축방안을 포함한", None, None,
          ["energy-transition", "future-vehicles"], "plan"),
        c("‘수소 시범도시‘ 공모사업에도 적극 대응할 방침이다", None, None, ["energy-transition"], "plan"),
        c("직원들의 수소경제에 대한 이해도를 높이기 위해 청원공감한마당 행사 중 설명회도 열 계획이", None, None,
          ["energy-transition"], "plan"),
    ],
    "not_claims": ["전주시, 친환경 수소산업 거점도시 만들기 ‘스타트’"],
}

# af-03: 충청북도, 김영환; '20일', '지난 8월', no year or publication date -> dates null
KY = "kim-yung-hwan"
G["af-03-inews24.txt"] = {
    "metadata": meta(None, None, "이용민", "아이뉴스24", "43"),
    "officials": [KY],
    "claims": [
        c("충북도가 바이오산업 중심지로 도약하기 위한 또하나의 퍼즐인", None, None, ["medical-industry"], "plan"),
        c("주거·문화 기능이 어우러진 바이오산업단지 조성계획도 공유했다", None, None, ["medical-industry"], "plan"),
        c("2조3481억원을 투입해 약 412만㎡(125만평) 규모의 바이오의약, 의료기기 등 바이오융복합 산업단지로 조성된다",
          None, None, ["medical-industry"], "plan"),
        c("충북도는 K-바이오 스퀘어 조성 계획을", None, None, ["medical-industry"], "plan"),
        c("충북연구원은 오송 바이오클러스터의 발전 비전과 충북 바이오산업 전략 방향을 발표했다", None, None,
          ["medical-industry"], "plan"),
        c("내년 하반기 토지와 지장물 보상 절차를 시작하고, 2027년 하반기에는 본격적인 공사에 착수할 예정이다", None, None,
          ["medical-industry"], "plan"),
        c("완공은 2030년이 목표다", None, None, ["medical-industry"], "target"),
        c("제3생명과학 국가산단 조성으로 지역 경제 활성화와 일자리 창출은 물론, 글로벌 바이오 허브의 중추적 역할을 하게 될 것",
          KY, None, ["medical-industry", "jobs"], "statement"),
        c("충북이 바이오산업의 중심지로 도약할 수 있도록 행정·정책적 지원을 아끼지 않겠다", KY, None,
          ["medical-industry"], "plan"),
    ],
    "not_claims": [
        "도는 20일 청주오스코에서 ‘오송 제3생명과학 국가산업단지’ 조성 전략 도민보고회를 열고",
        "이날 보고회에서 한국토지주택공사(LH)는 추진계획을 보고하고",
        "첫 번째 댓글을 작성해 보세요.",
    ],
}

# af-04: 충남 금산군, 박범인; published 2025-09-16 10:14
PB = "park-beom-in"
D4 = "2025-09-16"
G["af-04-asiae.txt"] = {
    "metadata": meta("금산군, '농어민수당' 총 79억원 지급", "2025-09-16T10:14+09:00", "모석봉", "아시아경제", "44710"),
    "officials": [PB],
    "claims": [
        c("2025년 충남 농어민수당을 총 79억 원 규모로 지급한다", None, D4, ["agriculture"], "plan"),
        c("이번 농어민수당 대상자는 일정 요건을 갖춘 농어민 약 1만3300명이다", None, D4, ["agriculture"], "statement"),
        c("지급액은 1인 가구 80만 원, 2인 이상 가구 1인당 각 45만 원씩 지급돼", None, D4, ["agriculture"], "statement"),
        c("수당은 농협 선불카드로 지급되며", None, D4, ["agriculture"], "statement"),
        c("지역 내 소비 촉진과 경제 선순환에 기여할 수 있도록 관내 가맹 사업장 및 하나로마트에서만 사용이 가능하다", None, D4,
          ["agriculture", "small-merchants"], "statement"),
        c("지속 가능한 농어업 환경 조성을 위한 지원책을 추진해 나갈 계획이다", None, D4, ["agriculture"], "plan"),
        c("이번 농어민수당은 농어업인의 노고에 보답하는 동시에 금산 경제의 근간을 지키기 위한 정책적 투자", PB, D4,
          ["agriculture"], "statement"),
        c("농어민들이 안정적인 삶을 이어갈 수 있도록 세심한 정책 지원을 아끼지 않겠다", PB, D4, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "금산군, '농어민수당' 총 79억원 지급",
        "농협 선불카드로 지급...신분증 지참 읍면행정복지센터 방문",
        "사진=금산군 제공",
    ],
}

# af-05: 전남 신안군, 박우량; '6일 밝혔다', no year -> dates null
PU = "park-u-ryang"
G["af-05-news1.txt"] = {
    "metadata": meta("신안군, 해상풍력 군민펀드 1000억원 조성 협약", None, "김태성", "뉴스1", "46910"),
    "officials": [PU],
    "claims": [
        c("1000억 원 규모의 해상풍력 신안군민펀드 조성 업무협약을 체결했다고 6일 밝혔다", None, None,
          ["energy-transition"], "achievement"),
        c("주민수용성을 확보하기 위해 해상풍력 군민펀드를 조성하기 위해 업무협약을 체결했다", None, None,
          ["energy-transition"], "achievement"),
        c("펀드 홍보와 조성에 따른 행정적 지원 등 수익률 연 13% 펀드 모델을 개발한다", None, None,
          ["energy-transition"], "target"),
        c("햇빛연금을 통해 지역 주민들의 재생에너지에 대한 이해도를 높이고 정책 공감대를 형성해왔다", PU, None,
          ["energy-transition"], "achievement"),
        c("해상풍력 군민펀드를 통해 지역 경제 발전에 실질적으로 기여할 수 있도록 노력하겠다", PU, None,
          ["energy-transition"], "plan"),
        c("발전단지 30개 조성, 1인 최대 1억 2000만 원 투자로 연간 약 1500만 원 소득을 창출할 것으로 기대하고 있다", None, None,
          ["energy-transition"], "target"),
    ],
    "not_claims": [
        "박우량 군수 \"군민펀드를 통해 지역 경제 발전 기여\"",
        "신안 해역에 국내 최대규모인 390㎿(15㎿× 26기)급 해상풍력 발전사업을 추진하고 있다",
        "Copyright ⓒ 뉴스1. All rights reserved.",
    ],
}

# af-06: 광주광역시, 윤장현; broadcast script, undated -> dates null
YJ = "yoon-jang-hyun"
G["af-06-kjmbc.txt"] = {
    "metadata": meta("윤장현 광주시장, \"반드시, 자동차!\"", None, "김인정", "광주MBC", "29"),
    "officials": [YJ],
    "claims": [
        c("윤장현 광주시장이 새해 첫 업무를 '자동차'로 시작했습니다", None, None, ["future-vehicles"], "statement"),
        c("청년 일자리에 대한 돌파구를 자동차 산업밸리 성공에서 찾겠다며 확고한 의지를 보였습니다", YJ, None,
          ["jobs", "youth-policy", "future-vehicles"], "plan"),
        c("새해 첫 업무 시작부터 자동차, 또 자동차를 강조했습니다", YJ, None, ["future-vehicles"], "statement"),
        c("지역의 부품 공장들에 맞춤형 지원책이 담겼습니다", None, None, ["future-vehicles"], "statement"),
        c("우선 광주시 예산부터 지원하겠다고 밝혔습니다", YJ, None, ["future-vehicles"], "plan"),
        c("자동차, 에너지, 문화 3대 밸리를 어떻게든 성공시켜야 한다", YJ, None,
          ["future-vehicles", "culture-tourism"], "plan"),
        c("청년 일자리의 돌파구를 자동차 산업에서 찾겠다는 의지가 담긴 것으로 보입니다", None, None,
          ["jobs", "youth-policy", "future-vehicles"], "statement"),
        c("그러나 성공을 확신하기는 어렵습니다", None, None, ["future-vehicles"], "criticism"),
        c("사업비 규모가 1/3 수준으로 줄었습니다", None, None, ["future-vehicles"], "statement"),
        c("예비타당성 조사를 통과하지 못했습니다", None, None, ["future-vehicles"], "statement"),
        c("성공 가능성을 가늠하게 될 1차 시험은 예비타당성 조사 결과가 나오는 오는 2월이 될 것으로 보입니다", None, None,
          ["future-vehicles"], "statement"),
    ],
    "not_claims": [
        "전기차를 타고 달려간 곳도 자동차 부품 공장이었습니다",
        "올해 첫 결재도 부품공장 현장에서 했습니다",
        "MBC뉴스 김인정입니다",
    ],
}

# af-07: 전라북도, 송하진; published 2015-01-04 15:37; the quotes were made '지난 2일' -> 2015-01-02
SH = "song-ha-jin"
G["af-07-domin.txt"] = {
    "metadata": meta("송하진 지사, 새해 첫 행보는 무주 계부마을 방문", "2015-01-04T15:37+09:00", "이병주", None, "45"),
    "officials": [SH],
    "claims": [
        c("새해에는 보람 찾는 농민, 제값 받는 농업, 사람 찾는 농촌이라는 삼락농정을 본격 추진해 나갈 것이다", SH,
          "2015-01-02", ["agriculture"], "plan"),
        c("농민이 행복하고 농업이 안정되고 농촌에 활력이 넘치는 전북을 만들어 갈 수 있도록 모든 역량을 결집해 나가겠다", SH,
          "2015-01-02", ["agriculture"], "plan"),
    ],
    "not_claims": [
        "계부마을을 찾아 마을 주민들을 격려했다",
        "당시 도지사에 당선돼서 다시 한번 꼭 방문하겠다고 한 주민들과의 약속 때문이라는 후문이다",
    ],
}

# af-08: 충남 천안시 (institutional narration only); published 2026-01-01 11:31; '1일 시에 따르면' = same day
D8 = "2026-01-01"
G["af-08-joongdo.txt"] = {
    "metadata": meta("천안시, 지역사회가 함께 치매 극복 '매진'", "2026-01-01T11:31+09:00", "정철희", None, "44130"),
    "officials": [],
    "claims": [
        c("천안시는 지역사회 전체가 함께 치매를 극복할 수 있는 환경을 조성하는 데 매진하고 있다", None, D8,
          ["dementia-care"], "statement"),
        c("예방과 치료를 위한 버팀목이 될 수 있는 치매안심센터를 구축해 운영 중이다", None, D8, ["dementia-care"], "statement"),
        c("이 중 센터에 등록된 치매 환자는 58.6%인 4999명으로", None, D8, ["dementia-care"], "statement"),
        c("센터 이용 시 1·2단계 무료, 협력병원에서 2·3단계는 기준 중위소득 120% 이하일 경우, 일정 금액을 지원하고 있다",
          None, D8, ["dementia-care"], "statement"),
        c("지역주민이 함께 돕는 마을인 '치매안심마을'을 지정하며, 인지 강화 교육, 인식 개선 홍보 캠페인을 전개하고 있다",
          None, D8, ["dementia-care"], "statement"),
        c("현재 2019년 1월 원성2동을 시작으로, 부성1동, 성정2동, 중앙동, 동면 수남1리 등을 치매안심마을로 지정했다",
          None, D8, ["dementia-care"], "achievement"),
    ],
    "not_claims": [
        "-치매안심센터 운영으로 환자, 보호자 등 삶의 질 향상 앞장",
        "-치매안심마을 지정으로, 인지 강화 교육, 인식 개선 홍보 캠페인 전개까지",
        "천안시청 전경(겨울)",
        "센터는 치매안심마을을 중심으로 경",
    ],
}

# af-09: 세종특별자치시, 최민호; undated (only '지난 17일', year only in an event name) -> dates null
CM = "choi-min-ho"
G["af-09-ohmynews.txt"] = {
    "metadata": meta(None, None, None, None, "36"),
    "officials": [CM],
    "claims": [
        c("전 국민, 세계인이 찾는 '2025 국제공인 정원박람회'를 개최하겠다", CM, None, ["culture-tourism"], "plan"),
        c("'2022 대한민국 정원산업박람회'에 40만 명 이상의 관람객이 찾아 성공적인 박람회가 됐다", CM, None,
          ["culture-tourism"], "achievement"),
        c("이를 계기로 오는 2025년 전 국민, 세계인이 찾는 국제공인 정원박람회(가칭)'를 개최하겠다", CM, None,
          ["culture-tourism"], "plan"),
        c("중앙녹지공간은 이미 정원문화 랜드마크로 자리매김했다", CM, None, ["culture-tourism"], "achievement"),
        c("전국 최대의 정원 관광도시로서 충분한 잠재력과 경쟁력이 있다", CM, None, ["culture-tourism"], "statement"),
        c("300여 명의 시민들이 참여하여 시민정원을 조성했고, 이들이 정원을 해설하고 홍보하여 이번 박람회를 성공적으로 개최할 수 있었다",
          CM, None, ["culture-tourism", "citizen-participation"], "achievement"),
        c("중부권 최대의 정원도시를 완성하는 계기로 삼고자 한다", CM, None, ["culture-tourism"], "plan"),
        c("그리고 관광을 통한 경제적인 효과도 얻고자 한다", CM, None, ["culture-tourism"], "plan"),
        c("세종시를 지속 가능한 정원축제의 장으로 만들어 나간다는 것이 최 시장의 계획이다", CM, None,
          ["culture-tourism"], "plan"),
    ],
    "not_claims": ["세종시는 52%의 높은 도시녹지"],
}

os.makedirs(OUT, exist_ok=True)
for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as h:
        json.dump(doc, h, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
