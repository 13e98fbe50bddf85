"""Write set-he gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter,
            "outlet": outlet, "jurisdiction": jurisdiction}


S = ["smart-city"]
D1 = "2022-06-20"
D2 = "2022-04-05"
SM = ["small-merchants"]
D3 = "2018-08-25"
KG = "kim-gyeong-su"
D4 = "2025-07-23"
KS = "kim-seong-su"
D5 = "2019-07-17"
CH = "choi-hyeong-uk"
D6 = "2026-03-06"
CT = ["culture-tourism", "small-merchants"]
CB = ["childcare-birth"]
D8 = "2020-11-17"
LT = "lee-tae-hun"
LS = "lee-seon-ho"

FILES = {
"he-01-mt.txt": {
  "metadata": meta("창원시-국토부, 지역거점 스마트시티 조성 협약", "2022-06-20T08:03+09:00", "노수윤", "머니투데이", "48120"),
  "officials": [],
  "claims": [
    c("국토교통부와 지역거점 스마트시티 조성사업 추진 업무협약을 체결했다고 20일 밝혔다", None, D1, S, "achievement"),
    c("7개 기관과 컨소시엄을 구성해 '2022년 지역거점 스마트시티 조성사업' 공모에 선정됐다", None, D1, S, "achievement"),
    c("사업계획을 보완해 이번에 협약을 체결했다", None, D1, S, "achievement"),
    c("11개의 시민생활 밀착형 스마트시티 서비스를 구축하는 사업이다", None, D1, S, "statement"),
    c("민간투자 20억원 등 총 260억원을 투입한다", None, D1, S, "plan"),
    c("12월에 착공한다는 계획이다", None, D1, S, "plan"),
    c("진해 구도심의 문제 해소를 위한 모델을 마련하겠다", None, D1, S, "plan", "류효종"),
  ],
  "not_claims": ["창원시-국토부, 지역거점 스마트시티 조성 협약", "여좌동 등 일원 구도심 문제해소 모델 마련"],
},
"he-02-gnmaeil.txt": {
  "metadata": meta("전통시장 맞춤형 지원 서민경제 활성화", "2022-04-05T22:30+09:00", "김용구", None, "48250"),
  "officials": [],
  "claims": [
    c("김해시가 전통시장별 특성을 고려한 맞춤형 사업을 추진, 서민경제 활성화에 나선다", None, D2, SM, "plan"),
    c("상인들의 자생력 제고를 위해 다양한 지원책을 마련해 추진한다고 5일 밝혔다", None, D2, SM, "plan"),
    c("주요 시책은 △전통시장 시설현대화사업 △시장경영패키지사업", None, D2, SM, "statement"),
    c("안전시설 확충을 위한 시설 현대화사업이 올해 진행된다", None, D2, SM, "plan"),
    c("삼방시장은 이달 내 고객지원센터 캐노피 보강공사에 착수하며", None, D2, SM, "plan"),
    c("또 전통시장 점포를 대상으로 연간 화재공제 보험료도 지원한다", None, D2, SM + ["disaster-safety"], "plan"),
    c("화재공제 가입지원은 화재 위험에 노출돼 있는 전통시장 안전망 구축", None, D2, SM + ["disaster-safety"], "statement"),
  ],
  "not_claims": ["삼방ㆍ외동 편의시설 개선, 연간 화재공제 보험료 지원", "온라인 배송서비스 등 도입",
                 "김해지역 한 전통시장에서 페이백 행사가 열리고 있다",
                 "1일 평균 이용객이 가장 많은 시장은 외동시장으로 일평균 2000명 이상"],
},
"he-03-newspim.txt": {
  "metadata": meta("특검 수사 끝나는 날...김경수 \"스마트 경제로 경남 제조업 살릴 것\"", "2018-08-25T12:15+09:00", "남경문", "뉴스핌", "48"),
  "officials": [KG],
  "claims": [
    c("제조업이 살아야 자영업과 소상공인의 어려움도 함께 해결할 수 있다", KG, D3, SM, "statement"),
    c("스마트공장이 되면 일자리가 줄어들지 않느냐는 걱정들을 많이 하는데, 결과는 반대였다", KG, D3, ["fourth-industrial-revolution", "jobs"], "achievement"),
    c("불량률도 줄고, 생산성이 높아져 제품 경쟁력이 생기니 매출이 늘고 일자리도 함께 늘어난 것", KG, D3, ["fourth-industrial-revolution", "jobs"], "achievement"),
    c("늘어난 일자리의 3분의 2를 청년들로 채웠다", KG, D3, ["jobs"], "achievement"),
    c("스마트공장, 스마트 산단, 스마트시티, 스마트항만과 물류, 스마트팜(농장)", KG, D3, ["fourth-industrial-revolution", "smart-city", "agriculture"], "plan"),
  ],
  "not_claims": ["스마트 경제로 경남 제조업 살릴 것", "제조업 혁신 없이 경남 경제를 살릴 수 없다",
                 "대-중소 상상 모범 사례라고 소개했다",
                 "김경수 경남도지사가 20일 도청 도정회의실에서 간부회의를 주재하고 있다"],
},
"he-04-cnbnews.txt": {
  "metadata": meta("김성수 해운대구청장 “세계 최고 도시 해운대 향해 달릴 것”", "2025-07-23T13:39:44+09:00", "임재희", "CNB뉴스", "26350"),
  "officials": [KS],
  "claims": [
    c("일상 행복과 매력 관광을 양대 축으로 구민 삶을 실질적으로 바꾸고, 글로벌 관광도시 해운대의 새 지평을 열겠다", KS, D4, ["culture-tourism"], "plan"),
    c("‘구청장 직통민원실’과 ‘바로톡톡 문자민원 서비스’를 운영해왔다", None, D4, ["citizen-participation"], "achievement"),
    c("지금까지 접수된 직통민원 3614건 가운데 98%인 3497건을 처리하는 등", None, D4, ["citizen-participation"], "achievement"),
  ],
  "not_claims": ["세계 최고 도시 해운대 향해 달릴 것", "고품격 ‘사계절 관광 기반’ 마련",
                 "‘세계 최고 도시, 해운대’의 가치를 더욱 높이겠다",
                 "지난 3년은 ‘살기 좋은 도시, 오고 싶은 도시’를 만들기 위한 초석을 다진 시간이었다",
                 "총 95개 사업에 선정돼 1,083억6백만 원의 사업비를 확보했다",
                 "19억 원을 투입해 아시아선수촌공원을 리모델링하고"],
},
"he-05-bsdonggu.txt": {
  "metadata": meta("민선7기 1년 국제신문 인터뷰 (2019.7.17.)", "2020-05-22", None, "국제신문", "26170"),
  "officials": [CH],
  "claims": [
    c("북항과 원도심 연계발전계획 등에 동구에 필요한 사업을 반영하려고 1억5000만 원을 투입해 종합발전계획 수립 용역에 착수하는 등", None, D5, ["urban-regeneration"], "achievement"),
    c("북항 재개발이 원도심 부활과 연결돼야 동구는 물론 부산의 도시 잠재력과 경쟁력이 살아난다", CH, D5, ["urban-regeneration"], "plan"),
    c("가장 먼저 꼽을 수 있는 사례가 노인공동체주택 조성", None, D5, ["housing"], "statement"),
    c("이는 노인 주민을 위한 공동 주거공간으로, 내년부터 공사에 들어갈 계획이다", None, D5, ["housing"], "plan"),
  ],
  "not_claims": ["동구는 북항 재개발과 2030부산월드엑스포 개최, 55보급창 이전 등 부산의 뜨거운 이슈가 집중된 지역이다",
                 "북항 재개발만 해도 코레일 한국철도시설공단 부산항만공사 등 결정권이 있는 기관을 중심으로 논의가 이뤄진다",
                 "구청과 협의나 조율 없이 결정을 내리는 것은 문제가 있다",
                 "앞으로 동구 내에서 이뤄지는 국·시책 사업에 대해서는 사전 설명 과정을 갖고",
                 "청년·아동·여성 등 다양한 정책 수요자를 대상으로 한 사업은 놓치지 않고 있다"],
},
"he-06-asiae.txt": {
  "metadata": meta("원도심 미식골목 관광콘텐츠로 육성", "2026-03-06", None, None, "47170"),
  "officials": [],
  "claims": [
    c("정부의 전통시장 관광 육성사업에 재선정되며 글로벌 관광시장으로 도약할 발판을 마련했다", None, D6, CT, "achievement"),
    c("'K-관광마켓' 2기 사업에 최종 선정됐다고 밝혔다", None, D6, CT, "achievement"),
    c("세계적인 관광 명소로 육성하기 위한 정부 프로젝트다", None, D6, CT, "statement"),
    c("전국 10개 권역 11개 시장을 최종 선정했다", None, D6, CT, "statement"),
    c("경북 지역에서는 유일하게 선정되는 성과를 거뒀다", None, D6, CT, "achievement"),
    c("대표적인 원도심 관광 자원으로 평가받고 있다", None, D6, CT, "statement"),
    c("▲외국인 관광객 유치를 위한 글로벌 마케팅", None, D6, CT, "plan"),
    c("전통시장 중심의 관광 콘텐츠를 확대하고", None, D6, CT, "plan"),
  ],
  "not_claims": ["원도심 미식골목 관광콘텐츠로 육성", "브랜드·해외마케팅·체류형 프로그램 집중 지원"],
},
"he-07-hankyung.txt": {
  "metadata": meta("청송군 출산장려금 대폭 늘려…넷째 아이 1천800만원 지원", None, None, "연합뉴스", "47750"),
  "officials": ["yun-gyeong-hui"],
  "claims": [
    c("올해부터 출산장려지원금을 대폭 늘린다고 7일 밝혔다", None, None, CB, "plan"),
    c("출산축하금을 지금까지 50만원에서 100만원으로 인상하고 한꺼번에 준다", None, None, CB, "plan"),
    c("출산장려금은 첫째 아이 120만원에서 480만원", None, None, CB, "plan"),
    c("2020년 1월 1일 이후 태어난 신생아부터 이를 적용한다", None, None, CB, "statement"),
    c("자녀 출생일 기준으로 아버지나 어머니가 청송에 주소를 두고 살아야 한다", None, None, CB, "statement"),
    c("2019년 12월 31일 이전 출생한 신생아는 종전 규정대로 준다", None, None, CB, "statement"),
    c("임산부·영유아 영양보충 식품도 지원할 방침이다", None, None, CB, "plan"),
    c("난임 부부 시술 지원금 증액, 저소득층 기저귀와 조제분유 지원", None, None, CB + ["welfare"], "plan"),
    c("'행복맘 꾸러미 지원' 사업도 새로 시행한다", None, None, CB, "plan"),
    c("특성에 맞는 출산장려정책을 발굴해 군민에게 실제 도움이 될 수 있도록 하겠다", "yun-gyeong-hui", None, CB, "plan"),
  ],
  "not_claims": ["청송군 출산장려금 대폭 늘려…넷째 아이 1천800만원 지원"],
},
"he-08-kns.txt": {
  "metadata": meta("대구 달서구, 청년정책위원회 개최", "2020-11-18T16:55+09:00", "조형주", "KNS뉴스통신", "27290"),
  "officials": [LT],
  "claims": [
    c("2021년 청년정책 시행계획(안) 심의와 신규사업에 대한 의견수렴을 위해 ‘달서구 청년정책위원회’를 개최했다", None, D8, ["youth-policy"], "statement"),
    c("각종 청년정책 발굴 및 심의를 위해 2019년 6월 출범했다", None, D8, ["youth-policy"], "statement"),
    c("30개 중점 추진과제에 대해 참석한 위원들의 심도 있는 토론이 진행됐다", None, D8, ["youth-policy", "jobs"], "statement"),
    c("2021년 청년정책 시행계획을 확정할 예정이다", None, D8, ["youth-policy", "jobs", "culture-tourism"], "plan"),
    c("‘청년기본법’이 제정·시행돼 청년정책을 체계적으로 추진하기 위한 법적 기반을 마련한 뜻깊은 해다", LT, D8, ["youth-policy"], "achievement"),
    c("오늘 위원회에서 청년정책을 공유하며 실효성 있는 사업 발굴을 통해", LT, D8, ["youth-policy"], "plan"),
  ],
  "not_claims": ["대구 달서구, 청년정책위원회 개최"],
},
"he-09-wowtv.txt": {
  "metadata": meta(None, None, "서진발", "연합뉴스", "31710"),
  "officials": [LS],
  "claims": [
    c("모든 사업은 지역발전과 군민 복지향상에 초점을 맞춰 추진하겠다", LS, None, ["welfare"], "plan"),
    c("스마트팜 혁신밸리 조성을 비롯한 일부 공약은 시기 등 계획을 조정하겠다", LS, None, ["agriculture"], "plan"),
    c("열린 군수실을 운영하는 등 소통하는 군수가 되려 했고, 일자리 창출에도 전력을 다했다", LS, None, ["citizen-participation", "jobs"], "achievement"),
    c("신혼부부 주거안정 대책을 추진해 젊은이들의 결혼을 장려할 것", LS, None, ["childcare-birth", "housing"], "plan"),
  ],
  "not_claims": ["지난 1년이 미래를 준비하는 기간이었다면 이제 실질적 변화를 이뤄야 한다",
                 "공약 이행에만 급급해 불가능한 것을 할 수 있다고 하지 않겠다",
                 "대부분의 중점사업은 속도감 있게 추진해 군민 자긍심과 울주의 가치를 높이고",
                 "'사람이 희망인 울주'를 만들기 위해 혼신의 노력을 다했다"],
},
}

for name, gold in FILES.items():
    out = {"article": name, **gold}
    (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(FILES), sum(len(g["claims"]) for g in FILES.values()))
