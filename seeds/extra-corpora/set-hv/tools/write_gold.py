"""Write set-hv's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

SY, YP = ["startup-support", "youth-policy"], None
CP = ["climate-carbon", "citizen-participation"]
AW = ["agriculture", "welfare"]

FILES = {
"hv-01-asiatoday.txt": dict(
    metadata={"headline": "박우량 신안군수 “인구 2년 연속 증가 인구 5만 되면 전입 엄격 심사”",
              "published": "2025-01-16T14:48+09:00", "reporter": "이명남", "outlet": "아시아투데이", "jurisdiction": "46910"},
    officials=["park-u-ryang"],
    claims=[
        c("비금도가 햇빛 연금을 받았는데", "park-u-ryang", "2025-01-16", ["energy-transition"], "achievement"),
        c("자은면이 바람 연금을 받게 된다", "park-u-ryang", "2025-01-16", ["energy-transition"], "plan"),
        c("약 700메가가 곧 착공 되면", "park-u-ryang", "2025-01-16", ["energy-transition"], "statement"),
        c("2027년 이면 전 군민들이 햇빛과 바람 연금 수혜자가 될 수 있다", "park-u-ryang", "2025-01-16", ["energy-transition"], "target"),
        c("2032년께 전 군민들이 매월 50", "park-u-ryang", "2025-01-16", ["energy-transition"], "target"),
    ],
    not_claims=["햇빛 바람연금 실제적 지급 인구 꾸준히 증가",
                "5만이 되면 전입자를 엄격히 심사해 모든 시군이 부러워하는 자족도시",
                "성과보고회에서 인사말을 하고 있다"]),
"hv-02-adtimes.txt": dict(
    metadata={"headline": "유성구, 주민참여예산제‘누구나 구청장’구민회의 개최", "published": "2018-09-12",
              "reporter": "김은원", "outlet": None, "jurisdiction": "30200"},
    officials=["jeong-yong-rae"],
    claims=[
        c("공모 사업의 우선순위 결정을 위해 11일 구청 대회의실에서 구민회의를 개최했다", None, "2018-09-11", ["citizen-participation"], "achievement"),
        c("총 10건의 사업이 구민회의 부의 사업으로 결정됐다", None, "2018-09-12", ["citizen-participation"], "achievement"),
        c("총 33인의 구민배심원단으로 구성됐으며", None, "2018-09-11", ["citizen-participation"], "statement"),
        c("주민참여예산제를 지난 2016년도부터 區 단위로 확대 시행한 만큼", "jeong-yong-rae", "2018-09-11", ["citizen-participation"], "statement"),
        c("구민회의는 풀뿌리 민주주의의 한 모습으로 깊은 의미가 있다", "jeong-yong-rae", "2018-09-11", ["citizen-participation"], "statement"),
        c("2019년도 예산으로 편성되며", None, "2018-09-12", ["citizen-participation"], "plan"),
    ],
    not_claims=["구민배심원단 33인의 투표로 공모사업 우선순위 결정"]),
"hv-03-edaily.txt": dict(
    metadata={"headline": "김태흠 지사 “2026년까지 충남 합계출산율 1.0명 회복 목표”",
              "published": "2024-09-10T16:00+09:00", "reporter": "박진환", "outlet": "이데일리", "jurisdiction": "44"},
    officials=["kim-tae-heum"],
    claims=[
        c("김태흠 충남지사가 ‘힘쎈충남 풀케어 돌봄정책’을 지역 인구 감소 대응과", "kim-tae-heum", "2024-09-10", ["childcare-birth"], "statement"),
        c("2023년 합계출산율은 0.72명으로", "kim-tae-heum", "2024-09-10", ["childcare-birth"], "statement"),
        c("정부는 저출생 극복을 위해 지난 18년간 380조원의 예산을 투입했지만", "kim-tae-heum", "2024-09-10", ["childcare-birth"], "criticism"),
    ],
    not_claims=["내년 지방자치 부활 30주년을 앞두고",
                "저출생 위기와 도의 대응 현황, 대정부 제안 등을 발표했다",
                "365일·24시간 완전 돌봄 중심 주거 지원·사회인식 전환"]),
"hv-04-jnmnews.txt": dict(
    metadata={"headline": "시작부터 정착까지…익산시, 청년창업 전 주기 지원", "published": "2026-01-29T11:30+09:00",
              "reporter": None, "outlet": "제이앤엠뉴스", "jurisdiction": "52140"},
    officials=[],
    claims=[
        c("뿌리내리는 청년창업 도시 조성에 나선다", None, "2026-01-29", SY, "plan"),
        c("청년창업 지원사업을 통해 총 274개 기업을 발굴·지원했으며", None, "2026-01-29", SY, "achievement"),
        c("청년 창업기업의 지역 안착 가능성을 보여주는 의미 있는 성과로 평가된다", None, "2026-01-29", SY, "achievement"),
        c("투자 성과도 이어지고 있다", None, "2026-01-29", SY, "achievement"),
        c("2024년 3개 기업이 총 5억 원 규모의 투자를 유치하고", None, "2026-01-29", SY, "achievement"),
        c("팁스 추천권을 확보해 익산 청년창업 경쟁력을 입증했다", None, "2026-01-29", SY, "achievement"),
        c("청년창업 정책의 방향을 '성장과 정착'으로 전환한다는 방침이다", None, "2026-01-29", SY, "plan"),
        c("'완주형 지원'에 집중한다", None, "2026-01-29", SY, "plan"),
        c("익산시 청년창업 지원의 핵심은 단계별 맞춤 지원 구조다", None, "2026-01-29", SY, "statement"),
        c("사업화 자금을 통해 진입 장벽을 낮춘다", None, "2026-01-29", SY, "statement"),
        c("창업 7년 이내 기업에는 임대료 지원으로", None, "2026-01-29", SY, "statement"),
        c("'익산형 위드로컬 지원사업'을 추진해", None, "2026-01-29", SY, "statement"),
    ],
    not_claims=["농산업·식품 특화 창업 지원, 체류 기반 조성 등 지역 생태계 강화",
                "단계별 맞춤 지원…초기·성장·정착까지 연결"]),
"hv-05-ccnnews.txt": dict(
    metadata={"headline": "이춘희 세종시장, 행정수도 완성 \"국가백년대계 과업\"", "published": "2018-10-22",
              "reporter": "최형순", "outlet": None, "jurisdiction": "36"},
    officials=["lee-choon-hee"],
    claims=[
        c("▲대한민국 행정수도 세종 완성 ▲시민주권 세종특별자치시 실현", "lee-choon-hee", "2018-10-22", ["decentralization", "citizen-participation"], "plan"),
        c("세종시를 행정수도로 완성하는 일은 국가 백년대계를 위한 중대차한 과업", "lee-choon-hee", "2018-10-22", ["decentralization"], "statement"),
        c("정부에서도 세종시 완성에 대한 강한 의지를 갖고 있고", "lee-choon-hee", "2018-10-22", ["decentralization"], "statement"),
        c("국가균형발전과 지방분권의 꿈이 세종시에서 현실화 될수 있도록", "lee-choon-hee", "2018-10-22", ["decentralization"], "statement"),
        c("여성친화도시 지정과 아동친화도시 인증 및 국제안전도시 인증을 통해", None, "2018-10-22", ["childcare-birth", "welfare", "disaster-safety"], "achievement"),
        c("도농상생을 위해 시작한 로컬푸드 운동은", None, "2018-10-22", ["agriculture"], "achievement"),
        c("스마트시티 국가산업단지 조성사업도 차근차근 준비하고 있는 것으로 나타났다", None, "2018-10-22", ["smart-city"], "plan"),
    ],
    not_claims=[]),
"hv-06-seenews365.txt": dict(
    metadata={"headline": "청주 시내버스 400대 정상 운영...3월부터", "published": "2021-02-22",
              "reporter": "이민우", "outlet": None, "jurisdiction": "43110"},
    officials=[],
    claims=[
        c("오는 3월부터 청주시 시내버스가 모두 정상 운영한다", None, "2021-02-22", ["public-transit"], "plan"),
        c("시내버스 400대를 모두 정상 운영한다고 22일 밝혔다", None, "2021-02-22", ["public-transit"], "plan"),
        c("지난해 10월 운행대수를 최대 40%까지 줄였다", None, "2021-02-22", ["public-transit"], "statement"),
        c("352대까지 운행 대수를 늘렸다", None, "2021-02-22", ["public-transit"], "achievement"),
        c("6개 시내버스 운송업체가 400대, 170개 노선을 운행하고 있다", None, "2021-02-22", ["public-transit"], "statement"),
        c("전국 기초단체 최초로 전 노선에 대한 '준공영제' 운영에 돌입했다", None, "2021-02-22", ["public-transit"], "achievement"),
        c("시내버스 준공영제는 지자체가 버스 운송업체의 적정 수입을 보장해주는 대신", None, "2021-02-22", ["public-transit"], "statement"),
    ],
    not_claims=[]),
"hv-07-ndjb.txt": dict(
    metadata={"headline": "광주광역시 북구, ‘마을 단위’에서부터 ‘탄소중립 실천’ 적극 나서",
              "published": "2023-11-16T13:51+09:00", "reporter": "김태수", "outlet": None, "jurisdiction": "29170"},
    officials=[],
    claims=[
        c("기후변화 위기에 대응해 마을 단위에서부터 탄소중립 실천에 적극 나서고 있다", None, "2023-11-16", ["climate-carbon"], "statement"),
        c("탄소중립 그린마을만들기 사업’이 본궤도에 올라 결실을 맺고 있다", None, "2023-11-16", CP, "achievement"),
        c("새롭게 추진된 북구의 민선 8기 공약사업이다", None, "2023-11-16", CP, "statement"),
        c("본 사업의 핵심은 북구 생활권역별로 7개 이상 마을공동체가 연대한", None, "2023-11-16", CP, "statement"),
        c("28개 동의 총 80여 개 마을공동체가 사업에 참여했다", None, "2023-11-16", CP, "achievement"),
        c("각각의 권역에서는 ▲탄소중립 마을의제 실천 결의", None, "2023-11-16", CP, "statement"),
    ],
    not_claims=["민선8기 공약사업으로 올해 4월부터 ‘그린마을만들기 사업’ 새롭게 선보여",
                "탄소중립 그린마을 동행 행사"]),
"hv-08-newsjeju.txt": dict(
    metadata={"headline": "제주도, 해녀지원사업에 235억 투자", "published": "2021-01-27T15:24+09:00",
              "reporter": "박길홍", "outlet": "뉴스제주", "jurisdiction": "50"},
    officials=[],
    claims=[
        c("올해 해녀지원사업에 235억원을 투자하겠다고 27일 밝혔다", None, "2021-01-27", AW, "plan"),
        c("소득안정과 해녀복지증진사업 등 현장에서 체감할 수 있는 다양한 정책에 역량을 집중하고", None, "2021-01-27",
          ["agriculture", "welfare", "culture-tourism"], "plan", name="고영권"),
        c("계획된 사업이 차질 없이 추진될 수 있도록 최선을 다하겠다", None, "2021-01-27", AW, "plan", name="고영권"),
        c("해녀 복지분야에 118억원", None, "2021-01-27", AW, "plan"),
    ],
    not_claims=["해녀박물관을 방문해 방역실태를 점검하고",
                "물질하시던 어르신의 안타까운 사고 있었다",
                "해녀 어머님들의 모습이 경이롭고 존경스러우면서도"]),
"hv-09-daejonilbo.txt": dict(
    metadata={"headline": None, "published": None, "reporter": "진광호", "outlet": "대전일보", "jurisdiction": "43130"},
    officials=["jo-gil-hyeong"],
    claims=[
        c("유치기업 100개, 고용인원 5369명, 투자금액 2조 7308억 원이라는 사상 최고의 투자 유치 성과를 거두며", "jo-gil-hyeong", None,
          ["investment-attraction", "jobs"], "achievement"),
        c("최고의 성과로 현대엘리베이터의 충주 이전 결정과", "jo-gil-hyeong", None, ["investment-attraction"], "achievement"),
        c("기업의 안정적인 정착을 위한 전폭적인 행정지원으로 지역의 성장과 양질의 일자리 창출", "jo-gil-hyeong", None,
          ["investment-attraction", "jobs"], "plan"),
        c("시민의 문화 향유를 책임질 생활SOC시설 건립도 지속적으로 추진하고", "jo-gil-hyeong", None,
          ["culture-tourism", "urban-regeneration"], "plan"),
        c("상·하수도, 도시가스 등 생활기반시설 확충도 소홀히 하지 않을 것", "jo-gil-hyeong", None, ["water-supply"], "plan"),
    ],
    not_claims=["`변화를 체감하는 도시 건설`의 포부를 밝혔다",
                "시간이 갈수록 가치가 더해가는 도시를 만들어 가겠다",
                "남은 2년은 지역의 품격을 높여가는 시간이 될 것",
                "시민이 변화를 체감하는 충주를 만드는 것이 시정의 확고한 목표"]),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in FILES.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
