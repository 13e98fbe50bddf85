"""Write set-cs gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, policies, kind, date, speaker=None, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def md(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


FILES = {}

# cs-01 울주군 일자리 (2025-10-02), institutional narration only
D = "2025-10-02"
FILES["cs-01-kmib.txt"] = {
    "metadata": md("울주군, ‘전국 지자체 일자리 대상’ 우수상", "2025-10-02", None, None, "31710"),
    "officials": [],
    "claims": [
        c("지역일자리 공시제 기초지자체 부문에서 우수상을 수상했다고 2일 밝혔다", ["jobs"], "achievement", D),
        c("전년도 추진 실적을 평가받는 제도다", ["jobs"], "statement", D),
        c("민선 8기 일자리 정책 목표를 초과 달성하며 지역 고용 창출에 크게 기여한 성과를 인정받아", ["jobs"], "achievement", D),
        c("내년까지 일자리 2만 4000개 창출, 고용률 65.5% 달성을 목표로 설정하고", ["jobs"], "target", D),
        c("대부분의 지표에서 목표를 초과 달성했다", ["jobs"], "achievement", D),
        c("실업률은 2.9%로 역대 최저치를 기록했다", ["jobs"], "achievement", D),
        c("지표가 안정적으로 우상향하고 있다", ["jobs"], "achievement", D),
        c("‘중소기업 청년인턴사업’ 등을 통해 청년 취업을 지원하고", ["jobs", "youth-policy", "startup-support"], "statement", D),
        c("기업 투자유치 보조금 지원사업을 실시해 연평균 8개 기업이", ["investment-attraction", "startup-support"], "achievement", D),
    ],
    "not_claims": ["울주군, ‘전국 지자체 일자리 대상’ 우수상"],
}

# cs-02 대구 미세먼지 계절관리제 (2019-12-06), institutional narration only
D = "2019-12-06"
FILES["cs-02-newstory24.txt"] = {
    "metadata": md("대구시, 내년 3월까지 미세먼지 저감 대책 펼친다", "2019-12-06T10:21+09:00", "조현배", None, "27"),
    "officials": [],
    "claims": [
        c("대구시가 내년 3월까지 미세먼지 계절 관리제를 시행한다고 6일 밝혔다", ["fine-dust"], "plan", D),
        c("세 분야에 걸쳐 미세먼지 저감 특별대책을 시행한다", ["fine-dust"], "plan", D),
        c("근무자의 자가용 차량을 대상으로 2부제를 한다", ["fine-dust"], "plan", D),
        c("특수 목적을 수행하는 차량 등은 대상에서 빠진다", ["fine-dust"], "statement", D),
        c("2020년부터 민간점검단을 꾸려 사업장 미세먼지 배출을 감시한다", ["fine-dust"], "plan", D),
        c("무인 비행선 이른바 드론으로 미세먼지 배출원을 살핀다", ["fine-dust"], "plan", D),
        c("사업장, 공사장 등과 협약을 맺어 미세먼지를 자율적으로 줄이도록 한다", ["fine-dust"], "plan", D),
        c("미세먼지 집중 관리 도로를 지정해", ["fine-dust"], "plan", D),
        c("매월 첫째와 셋째 수요일을 도로 미세먼지 집중 제거의 날로 정해", ["fine-dust"], "plan", D),
        c("다중이용시설 실내공기질 관리 실태 점검을 강화한다", ["fine-dust"], "plan", D),
    ],
    "not_claims": ["대구시, 내년 3월까지 미세먼지 저감 대책 펼친다", "대구시청 모습. [대구시 제공]"],
}

# cs-03 부산 도시재생 뉴딜 (2019-04-09), institutional narration + unnamed 시 관계자
D = "2019-04-09"
FILES["cs-03-cnbnews.txt"] = {
    "metadata": md(None, "2019-04-09T10:10:12+09:00", "변옥환", None, "26"),
    "officials": [],
    "claims": [
        c("부산진구와 수영구 2곳이 선정됐다고 9일 밝혔다", ["urban-regeneration"], "achievement", D),
        c("선정된 곳은 우리동네 살리기 유형의 부산진구 부암1동과", ["urban-regeneration"], "statement", D),
        c("총 103억 5000여만원을 도시재생에 투입할 예정이다", ["urban-regeneration"], "plan", D),
        c("수영구는 국비 80억원을 확보해 시비 40억원 등 총 160억원을 투입할 계획이다", ["urban-regeneration"], "plan", D),
        c("전국 100여곳의 도시재생 뉴딜사업 지역을 선정할 계획으로 상반기에 22곳을 선정했다", ["urban-regeneration"], "target", D),
        c("나머지는 하반기에 선정한다", ["urban-regeneration"], "plan", D),
        c("부산시는 하반기에 4~5곳이 추가로 선정될 수 있도록", ["urban-regeneration"], "target", D),
        c("지난해 7곳의 지역이 도시재생 사업에 선정됐다", ["urban-regeneration"], "achievement", D),
        c("국비 1090억원을 확보해 총 3806억원을 들여 낙후된 지역의 재생사업을 추진하고 있다", ["urban-regeneration"], "statement", D),
        c("하반기에 신청하지 못한 사업은 시 전략 계획과 구·군 활성화 계획을 세워", ["urban-regeneration"], "plan", D),
        c("부산만의 도시재생 뉴딜사업을 발굴해 지역민이 체감하는 도시재생을 위해 국비 확보에 최선을 다할 것", ["urban-regeneration"], "plan", D),
    ],
    "not_claims": ["사업명은 각각 ‘바위동산이 숨 트는 신선마을’ ‘도시거주민과 방문객을 위한 도시수영’이다"],
}

# cs-04 박완수 남해대교 관광자원화 (2024-08-20)
D = "2024-08-20"
FILES["cs-04-megacitynews.txt"] = {
    "metadata": md("박완수 경남도지사, 남해대교 관광자원화사업 상황 점검", "2024-08-20T06:35+09:00", "정원", "메가시티뉴스", "48"),
    "officials": ["park-wan-su"],
    "claims": [
        c("남해대교와 노량 일원 연계 관광개발 추진상황을 점검했다", ["culture-tourism"], "statement", D),
        c("남해군에서 시행하고 있으며 2025년 준공을 목표로 하고 있다", ["culture-tourism"], "plan", D),
        c("관광자원 개발을 통해 관광명소로 탈바꿈할 것으로 기대를 모으고 있다", ["culture-tourism"], "statement", D),
        c("스카이워크는 체험 관광의 명소로 주목받을 것으로 전망된다", ["culture-tourism"], "statement", D),
    ],
    "not_claims": [
        "박완수 경남도지사, 남해대교 관광자원화사업 상황 점검",
        "하동 이어 남해 방문…남해대교, 노량 일원 관광개발 사업 점검",
        "역사성과 상징성을 가진 남해대교를 새로운 관광자원으로 탈바꿈",
        "‘25년 준공목표, 음악이 있는 경관조명, 스카이워크 등 관광자원개발",
        "차량 통행용 교량으로의 역할이 감소했다",
        "남해안은 활용도가 무궁무진하다",
    ],
}

# cs-05 거제 학동 케이블카 (MBN broadcast script, undated)
FILES["cs-05-mbn.txt"] = {
    "metadata": md(None, None, "김용준", "MBN", "48310"),
    "officials": ["gwon-min-ho"],
    "claims": [
        c("한려수도를 끼고 있는 경남 거제에 케이블카가 설치됩니다", ["culture-tourism"], "plan", None),
        c("경남 거제가 관광의 섬으로 도약을 시작했습니다", ["culture-tourism"], "statement", None),
        c("거제 '학동 케이블카' 사업이 착공했습니다", ["culture-tourism"], "achievement", None),
        c("8인승 곤돌라 52대가 운행하게 됩니다", ["culture-tourism"], "plan", None),
        c("연간 100만 명의 관광객이 오갈 것으로 예상하면서", ["culture-tourism"], "statement", None),
        c("케이블카가 들어오게 됨으로써 (관광객들이) 우리 마을에서 머물고", ["culture-tourism"], "statement", None,
          speaker_name="박기화"),
        c("원시림을 그대로 간직한 관광지로 탈바꿈합니다", ["culture-tourism"], "plan", None),
        c("대형 리조트가 잇따라 완공되고, 펜션과 같은 숙박 시설이 충원되면서", ["culture-tourism"], "statement", None),
        c("다양한 관광 인프라가 구축됨으로써 거제의 경제 발전은 한 단계 더 도약할 것으로 확신하고 있습니다",
          ["culture-tourism"], "statement", None, speaker="gwon-min-ho"),
        c("국내외 1,000만 관광객이 거제도를 찾을 것으로 기대하고 있습니다", ["culture-tourism"], "statement", None),
    ],
    "not_claims": ["김용준 기자가 보도합니다", "한려수도를 벚삼아, 길게 뻗어 있는 거제 노자산", "MBN뉴스 김용준입니다"],
}

# cs-06 봉화군 임대형 스마트팜 (undated)
P = "park-hyeon-guk"
FILES["cs-06-imaeil.txt"] = {
    "metadata": md(None, None, None, None, "47920"),
    "officials": [P],
    "claims": [
        c("첨단 ICT 기술과 인공지능을 기반으로 한 농업 대 전환을 추진하고 있다", ["agriculture", "fourth-industrial-revolution"], "statement", None),
        c("봉화 임대형 스마트팜단지 조성 기본계획 수립 용역 최종 보고회를 했다", ["agriculture"], "achievement", None),
        c("폐배지 처리장 등이 들어선 임대형 스마트팜단지 조성 계획을 수립했다", ["agriculture"], "achievement", None),
        c("'봉화군 임대형 스마트팜 창업농 교육'을 실시하기로 했다", ["agriculture", "startup-support", "youth-policy"], "plan", None),
        c("2세대형 스마트팜을 구축해 나갈 계획이다", ["agriculture"], "plan", None),
        c("46억원의 부가가치 창출 효과를 기대하고 있다", ["agriculture", "youth-policy"], "statement", None),
        c("임대형 스마트팜 농업을 적극 지원하겠다", ["agriculture"], "plan", None, speaker=P),
        c("봉화 농업의 경쟁력을 강화해 나가겠다", ["agriculture"], "plan", None, speaker=P),
    ],
    "not_claims": ["댓글 많은 뉴스", "'카톡 검열' 논란 일파만파"],
}

# cs-07 수성구 치매안심센터 (undated)
K = "kim-dae-gwon"
FILES["cs-07-dgy.txt"] = {
    "metadata": md(None, None, None, None, "27260"),
    "officials": [K],
    "claims": [
        c("수성구보건소 보건교육실에서 치매안심센터 개소식을 개최했다", ["dementia-care"], "achievement", None),
        c("센터에는 간호사, 임상심리사, 작업치료사 등 전문인력이 상주한다", ["dementia-care"], "statement", None),
        c("지역의 치매 관리사업의 중추적 역할을 수행할 것으로 기대한다", ["dementia-care"], "statement", None),
        c("수성구보건소 별관 2, 3층을 리모델링해", ["dementia-care"], "statement", None),
        c("치매 걱정없는 수성구를 만들겠다", ["dementia-care"], "plan", None, speaker=K),
    ],
    "not_claims": ["치매는 환자뿐만 아니라 가족에게 신체적·정신적·경제적으로 부담이 되는 질환이다"],
}

# cs-08 안동시 공공임대주택 100호 협약 (2025-03-13; event 12일)
G = "gwon-gi-chang"
E, PUB = "2025-03-12", "2025-03-13"
FILES["cs-08-joongdo.txt"] = {
    "metadata": md("안동시, 청년·신혼부부 대상 공공임대주택 100호 공급 협약", "2025-03-13T11:23+09:00", "권명오", "중도일보", "47170"),
    "officials": [G],
    "claims": [
        c("신혼 부부와 청년에게 저렴한 가격으로 주택을 공급하기 위해 업무 협약을 체결했다", ["housing", "youth-policy"], "achievement", E),
        c("양육 부담 완화를 위한 커뮤니티 시설 공급으로 지역소멸 및 저출생을 극복하는 데", ["housing", "childcare-birth"], "statement", E),
        c("2025년에 공공임대주택 100호의 물량을 확보했다", ["housing"], "achievement", PUB),
        c("100호의 공공 임대주택을 청년과 신혼부부에게 우선적으로 공급할 계획이다", ["housing", "youth-policy"], "target", PUB),
        c("공공임대주택으로 공급하는 민간매입약정 방식으로 진행된다", ["housing"], "statement", PUB),
        c("양질의 주거와 돌봄 등 탄탄한 인프라가 있는 살기 좋은 안동 만들기에 더욱 노력하겠다", ["housing", "childcare-birth"], "plan", E, speaker=G),
    ],
    "not_claims": ["안동시, 청년·신혼부부 대상 공공임대주택 100호 공급 협약", "100호 공급을 위한 협약 체결 (2)",
                   "2026명이 벗고 달린 새해 첫 날"],
}

# cs-09 창원국가산단 스마트산단 선도사업 (2019-02-20)
D = "2019-02-20"
H, KG = "heo-seong-mu", "kim-gyeong-su"
FILES["cs-09-kmib.txt"] = {
    "metadata": md("창원국가산단, 스마트산단 선도사업 선정", "2019-02-20T19:30+09:00", "이영재", "국민일보", "48"),
    "officials": [KG, H],
    "claims": [
        c("경남도와 창원시가 지역경제 재도약 계기가 될 것이라며 환영하고 나섰다", ["fourth-industrial-revolution"], "statement", D),
        c("이번 선정이 가져올 경제적 효과는 무궁무진하다", ["fourth-industrial-revolution"], "statement", D, speaker_name="문승욱"),
        c("주민과 중소기업이 체감할 수 있는 세부 프로젝트 전략을 세우고 다양한 비즈니스를 발굴하겠다", ["fourth-industrial-revolution"], "plan", D, speaker_name="문승욱"),
        c("스마트산단 공약이 중앙정부 산업정책에 반영된 사례다", ["fourth-industrial-revolution"], "achievement", D),
        c("경남형 스마트산단 구상을 정부정책으로 반영해 달라고 건의한 바 있다", ["fourth-industrial-revolution"], "achievement", D),
        c("이번 선정이 창원경제 부흥을 일으킬 신호탄이 될 것으로 확신한다", ["fourth-industrial-revolution"], "statement", D, speaker=H),
        c("새로운 일자리 만들기 및 신산업 육성에 나서 창원경제를 살리겠다", ["fourth-industrial-revolution", "jobs"], "plan", D, speaker=H),
        c("창원국가산단이 미래형 산업단지로 자리매김할 것으로 기대하고 있다", ["fourth-industrial-revolution"], "statement", D),
    ],
    "not_claims": ["창원국가산단, 스마트산단 선도사업 선정", "창원=이영재 기자", "창원시도 환영 입장을 밝혔다"],
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))
    print("total", sum(len(b["claims"]) for b in FILES.values()))
