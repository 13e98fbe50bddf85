"""Write set-nb gold files (hand annotation; compact tuples -> README gold format)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
P, A, S, T, C = "plan", "achievement", "statement", "target", "criticism"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jur}


CT = ["culture-tourism"]
JU = "ju-cheol-hyeon"
D1 = "2015-04-19"
GW = "gwon-sun-taek"
PT = ["public-transit"]
MI = "mun-in"
LC = "lee-choon-hee"
D6 = "2021-10-12"
KI = "kang-im-jun"
D7 = "2018-11-01"
WH = "won-hee-ryong"
D8 = "2021-04-10"
BS = "baek-seong-hyeon"
D9 = "2026-01-02"
HO = ["housing"]
CB = ["childcare-birth"]
D4 = "2017-12-29"
D3 = "2019-10-08"
UR = ["urban-regeneration"]

FILES = {
    "nb-01-ajunews.txt": dict(
        metadata=meta("주철현 여수시장 \"오감이 만족하는 해양관광 1번지 기대해도 좋습니다\"", "2015-04-19T15:17+09:00",
                      "장봉현", "아주경제", "46130"),
        officials=[JU],
        claims=[
            c("전남 여수시가 국제 해양관광도시 1번지로 도약을 준비하고 있다", None, D1, CT, S),
            c("국제해양관광 도시 건설을 꾀하고 있는 주철현(56) 여수시장을 만나", None, D1, CT, S),
            c("국제해양관광명소가 될 천혜의 조건을 갖추고 있다", JU, D1, CT, S),
            c("여수를 대한민국을 넘어 세계 최고의 해양관광 중심도시로 발전시키겠다", JU, D1, CT, P),
            c("지난해 12월 개통된 해상케이블카는 여수 돌산공원과 자산공원을 가로지른다", None, D1, CT, S),
            c("여수 밤바다를 더욱 화려하게 수놓아 새로운 즐거움을 선사하고 싶지만 안전 문제 등으로 여의치 않은 실정", JU, D1, CT, S),
        ],
        not_claims=["오감이 만족하는 해양관광 1번지 기대해도 좋습니다", "여수관광 비전을 밝히고 있다",
                    "환상적인 분위기를 연출한다", "관광객들이 2% 아쉬워하는 이유다"],
    ),
    "nb-02-goodmorningcc.txt": dict(
        metadata=meta("권선택 대전시장 ‘트램’ 건설에 자신감 ‘부쩍’", "2015-04-05T17:58+09:00", "황해동", "굿모닝충청", "30"),
        officials=[GW],
        claims=[
            c("‘트램에 대한 자신감’이 부쩍 높아진 분위기다", None, "2015-04-05", PT, S),
            c("우리가 처음 트램을 시도하기 때문에 어렵고 힘든 과정이라고 생각하는데", GW, "2015-04-05", PT, S),
            c("대전에 트램을 성공적으로 도입할 수 있다”는 자신감을 강조해", GW, "2015-04-04", PT, P),
            c("대전이 전국 최초로 도입하는 트램은 단순한 교통 수단을 넘어", GW, "2015-04-04", PT, S),
            c("트램이 일반화된 세곳의 유럽 도시들을 둘러보고", GW, "2015-04-04", PT, S),
            c("트램은 친인간적이고, 친환경적이고, 친경제적이라는 장점을 갖고 있다", GW, "2015-04-04", PT, S),
            c("도로 여건에 따라 방식을 달리하고 과학도시 대전의 기술력을 최대한 활용한다", GW, "2015-04-04", PT, P),
        ],
        not_claims=["권선택 대전시장 ‘트램’ 건설에 자신감 ‘부쩍’", "친인간, 친환경, 친경제적 아이콘 성공",
                    "시민들과 아침동행 행사를 갖고 성공적 트램 건설에 대한 자신감을 강조했다"],
    ),
    "nb-03-cctoday.txt": dict(
        metadata=meta("충남 6곳, 도시재생 뉴딜사업지로 선정", "2019-10-08T19:21+09:00", "김대환", "충청투데이", "44"),
        officials=[],
        claims=[
            c("6곳이 정부 핵심 정책과제인 '도시재생 뉴딜 사업'에 선정됐다", None, D3, UR, A),
            c("도내 18곳이 '도시재생 뉴딜 사업'에 최종 선정돼", None, D3, UR + ["jobs"], A),
            c("공모사업에 6곳이 선정돼 국비 605억원을 확보했다고 8일 밝혔다", None, D3, UR, A),
            c("도시재생 뉴딜사업은 도시 정비사업과 달리 기존 모습을 유지하며", None, D3, UR, S),
            c("선정된 사업은 △논산 중심 해월로 재창조 프로젝트(중심)", None, D3, UR, S),
            c("도는 이번 사업이 추진되면 △일자리 창출 약 3800명 △공공임대주택 635호", None, D3,
              UR + ["jobs", "housing", "welfare"], T),
        ],
        not_claims=["논산 화지동 등… 605억 확보", "3800여명 일자리 창출 기대"],
    ),
    "nb-04-seenews365.txt": dict(
        metadata=meta("괴산군 첫째 200, 둘째 300, 셋째 1000만원", "2017-12-29T05:29+09:00", "이재표", None, "43760"),
        officials=[],
        claims=[
            c("괴산군이 출산장려금을 대폭 상향하는 등 인구를 늘리고 평균연령을 낮추기 위해 특단의 대책을 시행한다", None, D4, CB, P),
            c("2018년부터 출산장려금으로 첫째에게 200만원, 둘째 300만원, 셋째 1000만원을 지급한다", None, D4, CB, P),
            c("첫째는 50만원에서 200만원으로, 둘째는 200만원에서 300만원으로 상향된 것이고", None, D4, CB, S),
            c("군은 지난 9년간 인구증가시책 지원조례에 따라 출산장려금을 지급해 왔다", None, D4, CB, S),
            c("첫째아이 지원액이 부족하다고 판단해 조례를 개정해", None, D4, CB, A),
            c("괴산군은 저출산 극복을 위해 지난달 보건소에 출산정책팀을 신설했다", None, D4, CB, A),
            c("출산정책팀은 영양플러스사업, 난임부부 지원", None, D4, CB + ["welfare"], S),
            c("2018년 신규 사업으로 가임여성 건강검진비 지원사업", None, D4, CB, P),
            c("괴산군이 출산장려정책에 힘을 쏟는 것은", None, D4, CB, S),
        ],
        not_claims=["출산장려금 대폭 상향…충북 최고령, 인구소멸 위기", "충북도내 평균연령 비교.",
                    "2017년 3월 기준 충북의 평균연령은 42.0세다"],
    ),
    "nb-05-newsis.txt": dict(
        metadata=meta("문인 광주 북구청장 “회복과 성장, 주민이 행복한 도시 완성할 것\"", None, "박기웅", "뉴시스", "29170"),
        officials=[MI],
        claims=[
            c("9월 총 100억원 규모 지역화폐를 북구 전역에서 사용할 수 있도록 정식 발행할 예정이다", MI, None,
              ["small-merchants"], P),
            c("구비 35억원을 투입해 취약계층 1인당 10만원의 지원금을 지급했다", MI, None, ["welfare"], A),
            c("소상공인 재도약을 위한 골목형 상점가 확대 지정, 포용 금융지원, 온라인 마케팅 지원 등 다각적인 정책도 추진했다",
              MI, None, ["small-merchants"], A),
            c("광주 자치구 최초로 아빠 육아휴직 장려금, 아픈 아이 병원 동행", MI, None, CB, A),
        ],
        not_claims=["지난 3년은 주민들의 삶을 바꾸는 전환의 연속이었다",
                    "오랜 침체에 빠진 내수 경제를 살리기 위한 실질적인 대책을 지속적으로 마련하겠다",
                    "광주 자치구 최초 6년 연속 예산 1조원 시대를 열었다",
                    "민선 8기 3주년 \"민생경제 활력 넘치는 북구 조성 목표\""],
    ),
    "nb-06-asiae.txt": dict(
        metadata=meta(None, "2021-10", "정일웅", "아시아경제", "36"),
        officials=[LC],
        claims=[
            c("세종시가 공무원 특별공급 폐지에 따른 이전 기관 종사자 주거안정 마련에 팔을 걷어 붙였다", None, D6, HO, S),
            c("공무원 임대주책 확대 등 이전 기관 종사자의 주거안정 지원방안을 논의한다고 밝혔다", None, D6, HO, P),
            c("세종은 현재 45개 중앙행정기관이 이전을 완료한 상태로", None, D6, ["decentralization"], S),
            c("여기에 국회 세종의사당 이전이 예정되면서 추가적 전입 수요가 예상돼", None, D6,
              ["decentralization", "housing"], S),
            c("임대주택 공급규모 확대와 실수요를 반영한 다양한 평형 반영 등을 제안할 예정이다", LC, D6, HO, P),
            c("국회 세종의사당 건립 확정으로 관련 종사자 등 5000여명이 세종으로 이전할 것이 예상되면서", LC, D6,
              ["decentralization", "housing"], S),
            c("다양한 주거안정 방안을 검토해 관련 부처와 정치권에 건의할 예정", LC, D6, HO, P),
        ],
        not_claims=["[아시아경제(세종) 정일웅 기자]"],
    ),
    "nb-07-jeonmin.txt": dict(
        metadata=meta("강임준 군산시장 “신재생에너지 사업으로 군산경제 살리겠다”", "2018-11-01T15:08+09:00", "김종준", None,
                      "45130"),
        officials=[KI],
        claims=[
            c("군산경제의 신성장 동력 마련을 위해 신재생에너지 사업을 적극 추진하겠다고 밝혔다", KI, D7,
              ["energy-transition"], P),
            c("새만금이 대한민국 신재생에너지의 중심임을 선포한 것을 계기로 관련 사업을 적극 추진하겠다는 것", KI, D7,
              ["energy-transition"], P),
            c("4GW 규모의 신재생발전단지를 조성할 경우", KI, D7,
              ["energy-transition", "jobs", "investment-attraction"], T),
            c("7천억원 이상의 신재생에너지 관련 제조업체 및 연구기관 등을 유치해 일자리 1만개 이상을 창출할 계획이다", None, D7,
              ["energy-transition", "jobs", "investment-attraction", "research-development"], T),
            c("신재생 관련 부품, 연구, 생산, 실증, 유지관리 등의 관련업체 및 해상풍력전문연구센터", None, D7,
              ["energy-transition", "research-development"], S),
        ],
        not_claims=["새만금재생에너지 정부발표 맞춰 군산경제 신성장동력 플랜 발표",
                    "1만여 명이 실업자로 전락하고", "최종편집 : 2024-04-24 22:58 (수)"],
    ),
    "nb-08-jjyhnews.txt": dict(
        metadata=meta("[제주도] 원희룡 지사 “제주도민 내 집 마련 꿈 발판 마련할 것”", "2021-04-12T08:53+09:00", None, None, "50"),
        officials=[WH],
        claims=[
            c("제주형 주거복지 정책 확대를 통해 도민들의 ‘내 집 마련의 꿈’ 실현을 위한 발판 마련할 것", WH, D8, HO, P),
            c("삼도이동 행복주택을 찾아 사전 입주 점검을 실시하고", None, D8, HO, S),
            c("행복주택, 공공임대주택 등을 가급적 많이 지어서", WH, D8, HO, S),
            c("현재 임대주택 1만호 목표 중 7천호 가까이 계획을 확정했다", WH, D8, HO, A),
            c("제주개발공사 등과 협력해서 차질없이 준비할 것", WH, D8, HO, P),
            c("△공공주택 공급 확대 △공공일자리 확대 지원 등 다양한 의견들을 제시했다", None, D8, HO + ["jobs"], S),
            c("임대주택의 경우 지속적으로 관리를 할 계획", WH, D8, HO, P),
            c("살면서 생기는 불편함을 최소화하도록 노력할 것", WH, D8, HO, P),
            c("한편, 제주특별자치도는 2022년까지 임대", None, "2021-04-12", HO, P),
        ],
        not_claims=["제주도, 2020년까지 임대주택 1만호 공급 목표…올해 1020호 입주자 모집",
                    "아직도 집 없는 분들이 절반 가까이 되고 있다",
                    "제주개발공사 김정학 사장, 삼도이동 행복주택 입주예정자 등이 참여했다"],
    ),
    "nb-09-asiae.txt": dict(
        metadata=meta(None, "2026-01-02", "이병렬", "아시아경제", "44230"),
        officials=[BS],
        claims=[
            c("농업의 경쟁력을 끌어올리며, 체류형 관광으로 도시의 체력을 강화해", BS, D9,
              ["agriculture", "culture-tourism", "jobs"], P),
            c("▲농업 가치 제고와 소득 향상", None, D9, ["agriculture"], P),
            c("▲논산 농수산물의 국제 경쟁력 강화 ▲탑정호 리조트 개발을 통한 체류형 관광지 조성", None, D9,
              ["agriculture", "culture-tourism"], P),
            c("국방군수산업을 청년 인구 유입의 중심축으로 삼아 양질의 일자리를 늘리고", None, D9,
              ["jobs", "youth-policy", "agriculture", "culture-tourism"], P),
        ],
        not_claims=["공직자 원팀 전제로 인구 유입·일자리 창출… 2026 시정 실행모드 전환",
                    "목표를 정해 나아가는 삶은 오늘을 버티게 하는 이유이자 내일을 향한 이정표",
                    "지난해를 성공적으로 마무리할 수 있었던 것은 전 공직자의 헌신 덕분",
                    "세수 기반을 넓히고 지속 가능한 성장 구조를 정착시킨다는 방침이다"],
    ),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, g in FILES.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)
