"""Write set-cp's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


W = "won-hee-ryong"
ARTICLES = {}

ARTICLES["cp-01-jejunews.txt"] = {
    "metadata": meta("주간정책회의서 ‘안정적 상수도공급-하수처리 방안’논의...元 “부서 뛰어넘는 물 관리 체계” 주문",
                     None, None, None, "50"),
    "officials": [W],
    "claims": [
        c("물 부족에 대한 염려없이 지하수에 의존하며 농업용수든 생활용수든 마구 끌어 쓰고 있다", W, None, ["water-supply"], "criticism"),
        c("도시 성장에 따른 물 소비도 팽창 위주로 계획된데 대해 앞으로 체계적으로 관리할 수 있어야 한다", W, None, ["water-supply"], "plan"),
        c("하수 처리를 통해 중수도를 농업용수로 재이용하고 주 소비처인 가정이나 대규모 시설에서 줄일 수 있는 대책", W, None, ["water-supply", "agriculture"], "plan"),
        c("부서를 뛰어넘는 탄탄한 물 관리 체계", W, None, ["water-supply"], "plan"),
        c("물을 공급과 소비, 수요의 문제로만 접근해서는 안 된다", W, None, ["water-supply"], "plan"),
        c("물 공급을 위한 수원이나 사용체계가 잘 정비되어야 수질 관리도 가능하다고 본다", W, None, ["water-supply"], "statement"),
        c("물 공급 체계 개선과 연동해 지속가능한 개발 관리까지 고려해야 한다", W, None, ["water-supply", "agriculture"], "plan"),
        c("물 관리에 대한 체계적인 정책을 강조했다", W, None, ["water-supply"], "plan"),
    ],
    "not_claims": [
        "元, \"하수 처리 통한 중수도 농업용수 재이용...대규모 시설 줄이는 대책\"언급",
        "‘안정적 상수도 공급 및 하수처리 방안’을 주제로 주간정책 조정 회의를 개최했다",
        "청정 제주의 핵심 요소 중 하나가 물",
        "그는 “부서간 협조 체",
    ],
}

L = "lee-cheol-u"
D2 = "2018-08-02"
ARTICLES["cp-02-hidomin.txt"] = {
    "metadata": meta("경북, 첨단농업 거점지 도약 ‘스마트팜 혁신밸리 사업’ 선정", "2018-08-02", "김우섭", "경북도민일보", "47"),
    "officials": [L],
    "claims": [
        c("국비 1000억여원이 지원되는 스마트팜 혁신밸리 사업에 경북과 전북이 최종 선정됐다", None, D2, ["agriculture"], "achievement"),
        c("농림축산식품부는 2일 경북 상주와 전북 김제를 ‘스마트팜 혁신밸리’ 조성 지역으로 선정하고", None, D2, ["agriculture"], "achievement"),
        c("상주시 스마트팜 혁신밸리 사업 선정으로 도가 추진하는 이웃사촌복지공동체 시범마을사업이 탄력을 받을 것", L, D2, ["agriculture", "welfare"], "statement"),
        c("일종의 농업 관련 4차산업단지로 2019년~2021년까지 상주시 사벌면 일대에 조성된다", None, D2, ["agriculture", "fourth-industrial-revolution"], "plan"),
        c("조성면적은 50.5㏊로 기존 농가가 입주하는 생산단지", None, D2, ["agriculture", "youth-policy", "investment-attraction", "housing"], "statement"),
        c("이웃사촌복지 공동체 시범마을은 의성에 조성할 예정이며", None, D2, ["welfare", "youth-policy", "agriculture"], "plan"),
        c("구체적으로 청년보육과 교육은 최대 18개월간 교육실습과 경영실습을 하는 창농과정 50명", None, D2, ["agriculture", "youth-policy"], "statement"),
        c("실증연구는 스마트팜 솔루션, 재배기술 및 병해충 등 전 분야로", None, D2, ["agriculture", "research-development"], "statement"),
    ],
    "not_claims": [
        "상주시 사벌면 일대에 2019~2021년까지 조성",
        "[경북도민일보 = 김우섭기자]",
    ],
}

K = "kwon-young-jin"
ARTICLES["cp-03-kukinews.txt"] = {
    "metadata": meta(None, None, "최태욱", "쿠키뉴스", "27"),
    "officials": [K],
    "claims": [
        c("대구시가 내년 3월말까지 4개월간 ‘미세먼지 계절관리제’를 시행한다고", None, None, ["fine-dust"], "plan"),
        c("공공부문 차량 2부제를 시행하고 16명으로 민간점검단을 꾸려", None, None, ["fine-dust"], "plan"),
        c("‘미세먼지 집중관리도로’로 지정하고", None, None, ["fine-dust"], "plan"),
        c("31개 시설을 미세먼지 쉼터로 지정·운영하고", None, None, ["fine-dust"], "plan"),
        c("미세먼지 민감·취약계층에 대한 마스크 지급", None, None, ["fine-dust"], "plan"),
        c("미세먼지 계절관리제 시행에 만전을 기하겠다", K, None, ["fine-dust"], "plan"),
        c("미세먼지를 줄이기 위해서는 정책적인 대책도 중요하지만 시민들의 적극적인 동참이 필요하다", K, None, ["fine-dust"], "statement"),
    ],
    "not_claims": ["대구=최태욱 기자 tasigi72@kukinews.com"],
}

D4 = "2020-07-17"
ARTICLES["cp-04-asiae.txt"] = {
    "metadata": meta(None, "2020-07", "이전성", "아시아경제", "46870"),
    "officials": ["kim-jun-seong"],
    "claims": [
        c("출생아수가 283명으로 전남도 군 단위 1위를 차지했다고", None, D4, ["childcare-birth"], "achievement"),
        c("이는 2위인 무안군(224명)보다 59명이 더 많았으며", None, D4, ["childcare-birth"], "achievement"),
        c("군은 높은 출생아수를 바탕으로 자연 감소", None, D4, ["childcare-birth"], "achievement"),
        c("다양한 맞춤형 인구·결혼·출산·청년·일자리 정책을 적극 추진해 왔다", None, D4, ["childcare-birth", "youth-policy", "jobs"], "statement"),
        c("출산 장려 시책도 적극적으로 펼쳤다", None, D4, ["childcare-birth"], "achievement"),
        c("하반기에도 맞춤형 인구출산 정책을 적극적으로 펼쳐", None, D4, ["childcare-birth"], "plan"),
    ],
    "not_claims": [
        "[아시아경제 호남취재본부 이전성 기자]",
        "군 지난달 기준 인구는 5만3475명으로 전년대비 377명 감소했지만",
        "‘내 고장, 내 직장 주소갖기 운동’을 관내 기관·사회단체, 기업체, 군민을 대상으로 추진하고",
    ],
}

D5 = "2025-12-09"
PT = ["public-transit"]
ARTICLES["cp-05-jjan.txt"] = {
    "metadata": meta(None, "2025-12-09", None, None, "52110"),
    "officials": [],
    "claims": [
        c("내년부터 전주시와 완주군 봉동·용진 방면을 오가는 시내버스가 지간선제로 바뀐다", None, D5, PT, "plan"),
        c("또 전주역과 서신·삼천·평화동을 지나는 순환노선이 신설된다", None, D5, PT, "plan"),
        c("전주역 열차 이용객을 위한 심야버스도 확대 운영된다", None, D5, PT, "plan"),
        c("봉동·용진 방면 노선 개편을 시행한다고 9일 밝혔다", None, D5, PT, "plan"),
        c("3단계 삼례·봉동·용진 방면 노선 개편을 모두 마무리하게 됐다", None, D5, PT, "achievement"),
        c("각 마을로 향하던 전주 시내버스 21개 노선은 6개로 통합된다", None, D5, PT, "plan"),
        c("코아루아파트까지만 운행된다", None, D5, PT, "plan"),
        c("완주군 각 마을까지의 이동은 완주 마을버스가 맡는다", None, D5, PT, "plan"),
        c("완주 마을버스는 23대에서 31대로 8대 증차된다", None, D5, PT, "target"),
        c("배차 간격이 일정해질 전망이다", None, D5, PT, "statement"),
        c("운곡지구는 6대 51회 운행에서 11대 99회 운행", None, D5, PT, "target"),
        c("이 같은 시내버스 지간선제로 확보된 운행 대수를 활용해", None, D5, PT, "plan"),
    ],
    "not_claims": [
        "내년부터 21개 노선 402회→6개 노선 404회 변경",
        "전주시 지간선제 시행 전후",
        "지간선제는 시내버스와 마을버스를 연계 운행하는 대중교통 운영 방식을 말한다",
    ],
}

G = "lee-gang-deok"
IA = ["investment-attraction"]
ARTICLES["cp-06-hankyung.txt"] = {
    "metadata": meta("포항시, 올해 7.4조 투자유치 '역대 최대'", None, "하인식", "한국경제", "47110"),
    "officials": [G],
    "claims": [
        c("올해 7조원 넘는 투자를 유치했다", None, None, IA, "achievement"),
        c("7조4000억원의 투자를 끌어내는 성과를 거뒀다고", None, None, IA, "achievement"),
        c("전체 투자 유치액의 76%는 2차전지 분야로", None, None, IA, "achievement"),
        c("16조5000억원의 약 45%에 해당한다", None, None, IA, "achievement"),
        c("3000여 명 이상의 신규 고용도 창출했다", None, None, ["jobs", "investment-attraction"], "achievement"),
        c("‘2023 경북 투자유치대상’ 시·군 자치단체 부문에서 3년 연속 대상을 받았다", None, None, IA, "achievement"),
        c("후속 투자도 이어지고 있다", None, None, IA, "statement"),
        c("총 14조원 규모의 기업 투자가 예정돼 있다고", None, None, IA, "plan"),
        c("전기차 배터리 자원순환 클러스터 착공 등", None, None, ["investment-attraction", "future-vehicles"], "statement"),
        c("고용 1만5000명을 달성하겠다는 청사진을 제시했다", None, None, ["jobs"], "target"),
        c("수소산업도 연료전지 클러스터에 관련 기업을 적극 유치하고", None, None, ["energy-transition", "investment-attraction"], "plan"),
        c("맞춤형 원스톱 지원에 나서겠다", G, None, IA, "plan"),
    ],
    "not_claims": [
        "포항=하인식 기자 hais@hankyung.com",
        "‘2차전지 메가클러스터’ 건설에 본격적으로 나설 방침이다",
    ],
}

D7 = "2023-01-13"
CT = ["culture-tourism"]
ARTICLES["cp-07-seoul.txt"] = {
    "metadata": meta("전북 축제 관광객 2백만 시대 연다", "2023-01-13T11:06+09:00", "임송학", "서울신문", "45"),
    "officials": [],
    "claims": [
        c("향토축제를 집중적으로 육성해 200만 관광객을 유치하기로 했다", None, D7, CT, "target"),
        c("차별화 된 축제 육성이 과제로 떠오른데 따른 것이다", None, D7, CT, "statement"),
        c("올해 개최되는 38개 지역축제를 대표 축제로 선정했다고 13일 밝혔다", None, D7, CT, "achievement"),
        c("시군 대표축제는 임실N치즈축제", None, D7, CT, "statement"),
        c("작은마을축제는 전주 얼굴 없는 천사축제 등 14개가 각각 선정됐다", None, D7, CT, "achievement"),
        c("이들 축제는 심사위원회가 축제 기획 및 콘텐츠, 안전관리 등 세부 평가를 거쳐 확정했다", None, D7, CT, "statement"),
        c("차별화 된 축제를 집중 육성해 4계절 관광객들의 발길이 끊이지 않도록 최선을 다하겠다", None, D7, CT, "plan", "천선미"),
    ],
    "not_claims": [
        "전북 축제 관광객 2백만 시대 연다",
        "임실N치즈 축제 주무대인 임실읍 치즈테마파크 전경.",
        "Copyright ⓒ 서울신문. All rights reserved.",
    ],
}

M = "mun-in"
CC = ["climate-carbon"]
ARTICLES["cp-08-jnilbo.txt"] = {
    "metadata": meta(None, None, None, None, "29170"),
    "officials": [M],
    "claims": [
        c("이번 선포식은 2045년 탄소중립 목표 달성을 위한 의지를 표명하기 위해 마련됐으며", None, None, CC, "statement"),
        c("지난 2023년 정부는 2050년 탄소중립 달성을 목표로 하는 기본계획을 발표했다", None, None, CC, "statement"),
        c("‘북구 탄소중립 녹색성장 기본계획’을 수립했다", None, None, CC, "achievement"),
        c("7개 부문 40개의 온실가스 감축 대책이 포함돼 있다", None, None, CC, "statement"),
        c("2045년까지 온실가스 배출량을 56.9% 감축하고", None, None, CC, "target"),
        c("‘마을 단위 탄소중립 행동계획’을 수립, 주민들의 적극적인 참여를 유도할 예정이다", None, None, CC, "plan"),
        c("기후 위기 대응을 위해 탄소중립은 선택이 아닌 필수 과제이며", M, None, CC, "statement"),
        c("탄소중립 녹생성장 기본계획을 충실히 이행해서", M, None, CC, "plan"),
    ],
    "not_claims": [
        "![]() 광주 북구청 전경. |",
        "부대행사로 27개 동별 탄소중립 마을행동계획 전시와 캠페인을 열어",
    ],
}

O = "kim-mun-o"
ARTICLES["cp-09-kbsm.txt"] = {
    "metadata": meta(None, None, None, None, "27710"),
    "officials": [O],
    "claims": [
        c("2022년 국비 지원 사업 등에 잇따라 선정돼 3800만원의 예산을 확보했다고", None, None, CT, "achievement"),
        c("이번 공모 선정사업은 총 4건으로", None, None, ["culture-tourism", "education"], "statement"),
        c("도서관 길 위의 인문학은 도서관을 통해 국민 생활 속 인문가치를 확산하는 사업으로", None, None, ["culture-tourism", "education"], "plan"),
        c("다양한 공모 선정사업을 진행할 예정이다", None, None, ["culture-tourism", "education", "childcare-birth"], "plan"),
        c("아이를 양육하는 데 실질적인 도움을 받을 수 있는 좋은 계기가 되길 바란다", O, None, ["culture-tourism", "childcare-birth"], "statement"),
        c("앞으로도 정부 공모사업을 적극 확보할 계획", O, None, ["culture-tourism", "education"], "plan"),
    ],
    "not_claims": [],
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, gold in ARTICLES.items():
        data = {"article": name, **gold}
        (GOLD / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(gold["claims"]))
    print("total", sum(len(g["claims"]) for g in ARTICLES.values()))


if __name__ == "__main__":
    main()
