"""Write set-jq gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jur}


G = {}
D = "2026-01-22"
G["jq-01-khan.txt"] = dict(
    metadata=meta(None, "2026-01-22", None, None, "48"), officials=[],
    claims=[
        c("7968억원을 투압해 일자리 창출", None, D, ["jobs"], "plan"),
        c("저출생 극복, 청년인구 유출 대응, 생활인구 확대를 3대 전략으로 제시했다", None, D,
          ["childcare-birth", "youth-policy"], "plan"),
        c("합계출산율 1.0명 회복, 청년인구 비중 20% 유지", None, D, ["childcare-birth", "youth-policy"], "target"),
    ],
    not_claims=["4대 전략은 생산가능 인구 감소, 초고령화 등에 대비하는 전략이다",
                "진학이나 좋은 일자리를 찾아 청년층이 수도권 등 다른 곳으로 빠져나가기 때문이다",
                "인구전략연구센터를 오는 3월 개소해 운영한다"])

D = "2026-01-06"
G["jq-02-asiae.txt"] = dict(
    metadata=meta("과일간식·점심밥 지원부터 농촌 왕진버스까지… 군민 밀착형 농정 본격화", "2026-01-06", None, None,
                  "31710"), officials=[],
    claims=[
        c("농업 분야에 총 577억원의 예산을 투입해 군민이 체감할 수 있는 농정시책을 대폭 확대 추진한다", None, D,
          ["agriculture"], "plan"),
        c("△농가 소득 안정 265억원 △미래농업 육성 12억원", None, D, ["agriculture"], "plan"),
        c("먼저 먹거리 복지 확대에 나선다", None, D, ["welfare", "agriculture"], "plan"),
        c("국내산 과일을 주 1∼2회, 연간 30회 제공하는 '어린이 과일간식 지원사업'을 추진한다", None, D,
          ["agriculture", "education"], "plan"),
        c("'직장인 든든한 점심밥 지원사업'을 신규 도입해 근로자 복지와 지역경제 활성화를 동시에 도모한다", None, D,
          ["welfare"], "plan"),
        c("의료 접근성이 낮은 농촌 지역 주민을 위한 지원도 강화된다", None, D, ["public-health", "agriculture"],
          "plan"),
        c("농촌 왕진버스 사업을 올해는 4개소로 확대해", None, D, ["public-health", "agriculture"], "target"),
        c("해당 사업은 울주군과 지역농협, 병원이 협업해 추진된다", None, D, ["public-health", "agriculture"],
          "statement"),
        c("여성농업인을 위한 건강 지원도 확대된다", None, D, ["agriculture", "public-health"], "plan"),
        c("여성농업인 특수건강검진사업은 지원 인원을 기존 400명에서 578명으로 늘린다", None, D,
          ["agriculture", "public-health"], "target"),
        c("검진 대상은 짝수년도 출생의 51∼80세 농업경영체 등록 여성농업인으로", None, D,
          ["agriculture", "public-health"], "statement"),
    ],
    not_claims=["과일간식·점심밥 지원부터 농촌 왕진버스까지… 군민 밀착형 농정 본격화", "농업 현장의 노동력 절감과 생"])

D = "2019-05-14"
G["jq-03-gnmaeil.txt"] = dict(
    metadata=meta("김해시, 미세먼지 저감ㆍ관리 시책 ‘눈길’", "2019-05-14T23:00+09:00", "김용구", None, "48250"),
    officials=[],
    claims=[
        c("김해시가 추진하는 각종 미세먼지 저감ㆍ관리 시책이 눈길을 끈다", None, D, ["fine-dust"], "statement"),
        c("시는 내년부터 시내버스 업계와 함께 친환경 전기버스를 도입한다고 14일 밝혔다", None, D,
          ["public-transit", "future-vehicles", "fine-dust"], "plan"),
        c("버스를 새로 구입하거나 교체할 경우 전기버스를 구매하기로 했다", None, D,
          ["public-transit", "future-vehicles", "fine-dust"], "plan"),
        c("우선 내년 30대 도입을 시작으로 점차 전기버스 비율을 높인다", None, D,
          ["public-transit", "future-vehicles", "fine-dust"], "target"),
        c("수송 분야 미세먼지 감축을 확대할 계획이다", None, D, ["fine-dust", "future-vehicles"], "plan"),
        c("미세먼지 저감을 위한 자발적 환경협약을 체결해", None, "2019-05-03", ["fine-dust"], "achievement"),
        c("4곳에 미세먼지 정보를 제공하는 신호등을 설치해", None, D, ["fine-dust"], "achievement"),
    ],
    not_claims=["김해시, 미세먼지 저감ㆍ관리 시책 ‘눈길’",
                "내년부터 전기버스 도입 대기정보 신호등 설치 “안전한 도시 구축 최선”",
                "친환경 전기버스 도입, 미세먼지 신호등 설치 등 김해시가 추진하는 각종 미세먼지 관련 시책이 눈길을 끈다",
                "현재 등록 시내버스는 199대이다"])

D = "2019-12-18"
K = "김기덕"
G["jq-04-idaegu.txt"] = dict(
    metadata=meta("김기덕 군위군수 직무대리 새해설계", "2019-12-18T14:39:07+09:00", None, None, "47720"),
    officials=[],
    claims=[
        c("일자리 창출이 우선하며 특히 통합 신공항 군위 우보유치에 전력을 다해 군정을 펼치겠다", None, D,
          ["jobs", "airport-relocation"], "plan", K),
        c("‘통합 신공항 우보 유치’를 통해 이제까지 우리가 한 번도 걸어가 보지 못했던 군위군을 만들고자 한다", None, D,
          ["airport-relocation"], "plan", K),
        c("그 길이 결코 쉽지만은 않겠지만 우리 모두가 힘을 합치면 반드시 성공할 수 있다", None, D,
          ["airport-relocation"], "statement", K),
        c("통합 신공항 우보 유치군민 결의대회를 함께 하면서", None, D, ["airport-relocation"], "statement", K),
        c("통항 신공항 우보 유치, 반드시 이루어 내겠다는 각오다", None, D, ["airport-relocation"], "plan", K),
        c("통합 신공항 우보 유치는 소멸되어 가는 군위를 되살리기 위한 불씨가 되어", None, D,
          ["airport-relocation"], "statement", K),
        c("힘을 모아 통합 신공항 우보 유치를 위해 한층 더 노력한다면 우리는 반드시 해 낼 수 있다", None, D,
          ["airport-relocation"], "statement", K),
        c("△모두가 행복한 ‘복지 완성’으로 따뜻한 군위", None, D, ["welfare"], "plan", K),
    ],
    not_claims=["김기덕 군위군수 직무대리 새해설계",
                "‘새로운 군위 100년’을 준비하고 힘차게 웅비하는 희망의 원년으로 삼고자 한다"])

D = "2020-01-16"
L = "lee-cheol-u"
G["jq-05-kbin.txt"] = dict(
    metadata=meta("이철우지사, 경북시·군단체장 2020 대구경북관광 성공의지 다져", "2020-01-16T14:45+09:00", "김용준",
                  None, "47"),
    officials=[L],
    claims=[
        c("라는 구호와 함께 2020 대구경북관광 성공의지를 다졌다", L, D, ["culture-tourism"], "plan"),
        c("관광과 일자리 목표를 수치화 했다시군별로 정한 관광객 목표를 초과달성 할 수 있도록 힘써 달라고 당부했다", L,
          D, ["culture-tourism", "jobs"], "plan"),
        c("올해는 특히 2020 대구경북 관광의 해로 대구경북관광을 전 세계에 알리고 세일즈할 수 있는 절호의 기회다", L, D,
          ["culture-tourism"], "statement"),
        c("2020년 관광객 목표제를 통해 체계적으로 관광 마케팅을 펼친다면 대구경북관광 성공의 승산은 충분하다", L, D,
          ["culture-tourism"], "statement"),
        c("경북의 청년일자리 창출, 지역경제 활성화 및 대구경북관광 성공방안을 논의했다", None, D,
          ["jobs", "youth-policy", "culture-tourism"], "statement"),
        c("광역 스마트시티 통합 플랫폼 구축사업, 미혼남녀 결혼률 증가 대책", None, D,
          ["smart-city", "childcare-birth", "welfare"], "statement"),
    ],
    not_claims=["이철우지사, 경북시·군단체장 2020 대구경북관광 성공의지 다져",
                "16일, 제9차 경북 시장․군수협의회 개최 2020 대구경북관광 성공 결의 다져",
                "도 문화관광체육국장이 ‘2020 경북관광, What is& H"])

J = "kim-ju-su"
G["jq-06-newdaily.txt"] = dict(
    metadata=meta(None, None, None, None, "47730"), officials=[J],
    claims=[
        c("대구경북 통합신공항으로 미래의성의 기반을 구축할 것", J, None, ["airport-relocation"], "plan"),
        c("대구경북통합신공항은 2030년 개항을 목표로 우리 군의 역할을 흔들림 없이 추진할 것", J, None,
          ["airport-relocation"], "plan"),
        c("현실성 있는 이주대책을 수립하고 공동합의문 구체화를 위해 최선을 다하고", J, None, ["airport-relocation"],
          "plan"),
        c("청년정책 고도화로 지방소멸위기를 극복에도 역점을 둘 것", J, None, ["youth-policy"], "plan"),
        c("이웃사촌시범마을 사업은 지난 해까지 159명이 창업·창농하는 성과를 보이며", J, None,
          ["startup-support", "youth-policy"], "achievement"),
        c("청년들의 지속적인 유입과 안정적인 정착을 위해 일자리, 주거, 교육, 문화 등 통합인프라를 구축해", J, None,
          ["youth-policy", "jobs", "housing", "education", "culture-tourism", "agriculture"], "plan"),
    ],
    not_claims=["코로나 장기화, 에너지 위기, 경제 불안정 등 앞날을 예측할 수 없으며",
                "우리군도 저출산·고령화로 인해 인구 5만명이 언제 무너질지 모르는 상황",
                "군정방향을 미래전략산업 육성에 나서겠다"])

D = "2022-04-21"
Q = "jo-gyu-il"
G["jq-07-thegnnews.txt"] = dict(
    metadata=meta('[6·1 지방선거] 조규일 진주시장 재선 도전 "윤석열 정부와 진주 미래 키울 것"',
                  "2022-04-21T16:16+09:00", "정창현", None, "48170"),
    officials=[Q],
    claims=[
        c("도심항공 수직 이착륙용 비행장 건설을 추진하겠다", Q, D, ["future-vehicles"], "plan"),
        c("UAM(도심교통항공), 미래 플라잉 모빌리티 게체 실증의 특화도시 지정에 나서겠다는 게 그의 구상이다", Q, D,
          ["future-vehicles"], "plan"),
        c("바이오산업의 역량을 모을 수 있는 바이오 단지를 조성하고 서부경남 항노화 바이오 벨트 구축도 서두르겠다", Q, D,
          ["medical-industry"], "plan"),
        c("진주만의 독특한 관광 콘텐츠 개발 공약도 내놨다", Q, D, ["culture-tourism"], "plan"),
        c("남·동부 도서관, 충무공동 복합문화도서관 사업", Q, D, ["culture-tourism"], "plan"),
    ],
    not_claims=['조규일 진주시장 재선 도전 "윤석열 정부와 진주 미래 키울 것"',
                "윤석열 정부와 함께 진주의 미래를 더 키워나가겠다",
                "과학기술 중심의 경제 강국을 목표로 삼고 있다",
                "진주의 새로운 성장 동력을 확보해 100년 미래 먹거리를 창출하겠다",
                "조규일 진주시장이 21일 진주시청 브리핑룸에서 기자회견을 열고 재선 출마를 선언하고 있다"])

D = "2022-07-01"
W = "kim-yeong-uk"
G["jq-08-fnnews.txt"] = dict(
    metadata=meta('김영욱 부산진구청장 "진구를 부산의 중심으로"', "2022-07-01T07:05+09:00", "박채오", "뉴스1", "26230"),
    officials=[W, "seo-eun-suk"],
    claims=[
        c("서면 상권을 세대별로 특화된 테마거리를 조성해", W, D, ["small-merchants"], "plan"),
    ],
    not_claims=['김영욱 부산진구청장 "진구를 부산의 중심으로"',
                "부산진구를 진짜 부산의 중심으로 만들겠다",
                "숙원사업들을 해결해 나가는데 속도를 내겠다",
                "공무원들과의 소통도 강화해 창의적이고 건강한 조직문화를 만드는 데 앞장서겠다",
                "취임 후 가장 우선시할 분야로는 '지역경제 회복'을 꼽았다"])

Y = "kwon-young-jin"
G["jq-09-yeongnam.txt"] = dict(
    metadata=meta(None, None, "임성수", "영남일보", "27"), officials=[Y],
    claims=[
        c("대구를 '로봇 국가대표 도시'로 만들어야 한다고 강조했다", Y, None, ["robot-industry"], "plan"),
        c("국가로봇테스트필드가 기업성장, 부가가치 창조, 고용 등 대구경제 전반을 이끌 수 있도록", Y, None,
          ["robot-industry", "jobs"], "plan"),
        c("대구는 로봇 전 분야의 국가의 대표선수로 활동을 하게 됐다", Y, None, ["robot-industry"], "achievement"),
        c("국가로봇테스트필드에는 기존 제조 로봇 기업들과의 협업 공간", Y, None, ["robot-industry"], "plan"),
        c("코로나19 4차 유행의 장기화에 대비 시설별 예방조치·점검", Y, None, ["public-health"], "plan"),
        c("'코로나19 확산방지 고위험시설 특별점검회의'를 철저하게 준비해 달라", Y, None, ["public-health"], "plan"),
    ],
    not_claims=["17일 오전 영상회의로 열린 대구시 간부회의에서 권영진 대구시장이 로봇산업에 대해 강조하고 있다",
                "영·호남 공동선언…균형발전 위해 한목소리"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)
