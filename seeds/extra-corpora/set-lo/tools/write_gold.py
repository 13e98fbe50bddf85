"""Write set-lo gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


SM, SU, YO = "small-merchants", "startup-support", "youth-policy"
CC, ET = "climate-carbon", "energy-transition"

FILES = {
"lo-01-sijung.txt": dict(
    metadata={"headline": "인천 부평구, 도시형 소상공인 직업환경 개선", "published": "2020-05-31T16:50+09:00",
              "reporter": "강수만", "outlet": "시정일보", "jurisdiction": "28237"},
    officials=["cha-jun-taek"],
    claims=[
        c("안전하고 쾌적한 작업여건 조성을 위해 작업환경 개선사업을 실시한다", None, "2020-05-31", [SM], "plan"),
        c("공모사업 접수를 통해 33개 업체를 선정했다", None, "2020-05-31", [SM], "achievement"),
        c("업체 당 최대 300만 원까지 지원받게 된다", None, "2020-05-31", [SM], "statement"),
        c("자부담 비율은 10%다", None, "2020-05-31", [SM], "statement"),
        c("위험·위해 근무환경 요인 개선 설비를 지원한다는 방침이다", None, "2020-05-31", [SM], "plan"),
        c("오는 6월부터 10월까지 업체별 일정에 맞춰 실시할 예정이다", None, "2020-05-31", [SM], "plan"),
        c("지역의 소공인들이 매출 급감 등 경영에 어려움을 겪고 있는 상황", "cha-jun-taek", "2020-05-31", [SM], "statement"),
        c("이번 지원 사업을 통해 쾌적하고 안전한 환경이 갖춰지고", "cha-jun-taek", "2020-05-31", [SM], "statement"),
        c("부평e음 캐시백 지원, 혜택플러스 가맹점의 카드결제 수수료 전액 지원", None, "2020-05-31", [SM], "statement"),
    ],
    not_claims=["공모 통해 33개 업체 선정, 업체당 최대 300만원 지원", "노후 배선, 전기, 바닥, 조명 등 정비"],
),
"lo-02-heraldcorp.txt": dict(
    metadata={"headline": "레드로드에 19~39세 마포 청년 대상 창업 점포 5개소 지원… 10월 17일까지 모집 지역 상권 활성화와 청년 창업 생태계 조성 기대",
              "published": "2025-10-14", "reporter": "박종일", "outlet": "헤럴드경제", "jurisdiction": "11440"},
    officials=["park-gang-su"],
    claims=[
        c("‘예비 청년상인 창업지원 사업’ 참여자를 모집한다", None, "2025-10-14", [SU, YO, SM], "plan"),
        c("컨테이너형 창업 점포 5개소를 조성, 19세에서 39세 사이의 마포구 거주 청년에게 실전 창업의 기회를 제공하는 프로그램이다", None, "2025-10-14", [SU, YO], "statement"),
        c("창업 교육과 1:1 전문가 멘토링 등 실질적인 창업 지원이 제공된다", None, "2025-10-14", [SU, YO], "statement"),
        c("판매 품목은 한국적 특색을 담은 공예품과 기념품", None, "2025-10-14", [SU, YO], "statement"),
        c("점포 사용료는 월 20만 원이며", None, "2025-10-14", [SU, YO], "statement"),
        c("서류 및 면접 심사를 거쳐 최종 참여자를 선정한다", None, "2025-10-14", [SU, YO], "statement"),
        c("서류심사에서는 창업 의지와 사업 계획의 충실성", None, "2025-10-14", [SU, YO], "statement"),
        c("경제적 여건이 어려운 청년에게 가점을 부여해 보다 폭넓은 참여 기회를 보장할 계획이다", None, "2025-10-14", [SU, YO], "plan"),
        c("오는 12월부터 최대 6개월 동안 점포를 운영하게 된다", None, "2025-10-14", [SU, YO], "plan"),
    ],
    not_claims=["지역 상권 활성화와 청년 창업 생태계 조성 기대", "가스와 수도, 배수 시설은 설치 및 사용이 불가하다",
                "이번 사업에 관한 자세한 내용은 마포구청 홈페이지"],
),
"lo-03-mediaincheon.txt": dict(
    metadata={"headline": "박종효, 취임 100일…“남동의 변화는 지금부터 시작”", "published": "2022-10-13T14:18+09:00",
              "reporter": "문종권", "outlet": "미디어인천신문", "jurisdiction": "28200"},
    officials=["park-jong-hyo"],
    claims=[
        c("△인천지하철 2호선 서창~도림~논현 연장 △소래관광벨트 조성을 위한", None, "2022-10-13", ["public-transit", "culture-tourism"], "plan"),
        c("한강 관광 유람뱃길 조성은 관련 지자체와 논의를 지속하고 있으며", None, "2022-10-13", ["culture-tourism"], "statement"),
        c("남동구 문화정책의 중심이 될 남동문화재단은 오랜 기다림 끝에 최근 창립총회를 열고", None, "2022-10-13", ["culture-tourism"], "achievement"),
    ],
    not_claims=["남동의 변화는 지금부터 시작입니다", "초심을 잃지 않고, 구민과 소통하며 새로운 남동 시대를 열겠다",
                "복지, 경제, 도시·교통 인프라 등 5대 분야 43개 공약 사업을 확정하고",
                "만수천 복원사업은 최근 남동구의회 2차 추가경정예산안 심의를 통해",
                "만수 복개1 공영주차장 확충사업도 예정대로 진행한다는 방침이다"],
),
"lo-04-edaily.txt": dict(
    metadata={"headline": None, "published": None, "reporter": "이종일", "outlet": "이데일리", "jurisdiction": "28245"},
    officials=["park-hyeong-u"],
    claims=[
        c("테크노밸리 조성, 기업 유치 등이 완료되면 10만여개의 일자리가 만들어지고", "park-hyeong-u", None, ["investment-attraction", "jobs"], "target"),
        c("금속가공제조업체, 전기장비제조업체 등 109개 기업이 입주해 생산활동을 하고 있다", None, None, ["investment-attraction"], "achievement"),
        c("계양산단은 금속가공업체와 의료·정밀업체 등이 들어설 예정이다", None, None, ["investment-attraction"], "plan"),
        c("333만㎡ 부지에 산업시설과 공공주택을 조성한다", None, None, ["housing"], "plan"),
        c("이 중 89만㎡가 자족용지이고 95만㎡는 주택용지이다", None, None, ["housing"], "statement"),
        c("디지털콘텐츠 관련 첨단산업 분야의 기업을 유치한다", None, None, ["investment-attraction"], "plan"),
        c("올 연말까지 입주가 완료되면 전체 150개 안팎의 기업이 경제활동을 한다", "park-hyeong-u", None, ["investment-attraction"], "target"),
        c("산단 기업체에서 4000여명의 근로자들이 일을 하면서", "park-hyeong-u", None, ["jobs"], "target"),
    ],
    not_claims=["산업단지를 중심으로 경제자족도시를 건설하겠습니다", "서운산단 준공에 이어 계양산단과 계양테크노밸리 조성을 추진하고 있다",
                "첨단산업 육성…“연구·개발시설 적극 유치”", "계양구는 지난 2019년 9월 서운일반산업단지를 준공했다",
                "전국 자치구 차원의 산업단지 조성은 서운산단이 처음이었다"],
),
"lo-05-seoulgo.txt": dict(
    metadata={"headline": "서울시, '디지털 시민시장실' 시장이 보는 정보 시민도 본다", "published": "2019-04-01",
              "reporter": None, "outlet": "서울특별시", "jurisdiction": "11"},
    officials=["park-won-soon"],
    claims=[
        c("지하철 주요 환승역 대형스크린을 통해 시민들도 똑같이 볼 수 있게 된다", None, "2019-04-01", ["citizen-participation"], "plan"),
        c("‘시민이 시장’이 되는 행정혁신을 이뤄나가겠다고 밝혔다", None, "2019-04-01", ["citizen-participation", "smart-city"], "plan"),
        c("행정 빅데이터 1천 6백만 건", None, "2019-04-01", ["smart-city", "fourth-industrial-revolution"], "statement"),
        c("실시간 데이터와 핵심 시정정책 정보를 활용하고 있다", None, "2019-04-01", ["smart-city"], "statement"),
        c("국내는 물론 해외에서도 반응이 뜨겁다", None, "2019-04-01", ["smart-city"], "achievement"),
        c("110개 도시 대표단을 대상으로 시연하며 뜨거운 관심을 이끌어 냈다", None, "2019-04-01", ["smart-city"], "achievement"),
    ],
    not_claims=["스마트도시정책관 빅데이터담당관", "시장실 한 면을 가득 채운 대형 전광판을 통해"],
),
"lo-06-hyundaiilbo.txt": dict(
    metadata={"headline": "인천 부평·계양구도 지역화폐 도입…추가 캐시백은 없어", "published": "2020-01-13T10:37+09:00",
              "reporter": None, "outlet": "연합뉴스", "jurisdiction": "28"},
    officials=[],
    claims=[
        c("플랫폼과 연계한 지역화폐를 출시한다", None, "2020-01-13", [SM], "plan"),
        c("올해 구 예산으로 각각 7억8천300만원과 5억500만원을 반영했다", None, "2020-01-13", [SM], "statement"),
        c("'부평e음'과 '계양e음'이라는 이름으로 지역화폐를 출시할 예정이다", None, "2020-01-13", [SM], "plan"),
        c("소상공인들의 카드 수수료 등을 지원할 계획이다", None, "2020-01-13", [SM], "plan"),
        c("일반 매장에 적용되는 추가 캐시백은 제공하지 않을 계획이다", None, "2020-01-13", [SM], "plan"),
        c("결제액의 2%를 캐시백으로 지급하고 있다", None, "2020-01-13", [SM], "statement"),
        c("2% 수준의 추가 캐시백을 제공할 예정이다", None, "2020-01-13", [SM], "plan"),
        c("캐시백 제공을 위한 예산은 확보하지 않았다고 설명했다", None, "2020-01-13", [SM], "statement"),
        c("10곳 가운데 5곳이 이음카드와 연계한 지역화폐를 도입하게 된다", None, "2020-01-13", [SM], "statement"),
        c("올해 중 인천시 중구와 옹진군도 추경 예산을 확보해", None, "2020-01-13", [SM], "plan"),
    ],
    not_claims=["인천e음 전자상품권 이미지[인천시 제공]"],
),
"lo-07-kgnews.txt": dict(
    metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28720"},
    officials=["jo-yun-gil"],
    claims=[
        c("농업분야에 꾸준히 지원을 하고 있는 것으로 나타났다", None, None, ["agriculture"], "statement"),
        c("직·간접적인 지원으로 농가소득증대에 기여하고 있다", None, None, ["agriculture"], "achievement"),
        c("군 농업인 1인당 예산액은 269만1천원으로", None, None, ["agriculture"], "achievement"),
        c("농업인 자부담률이 20%로 월등히 낮아", None, None, ["agriculture"], "achievement"),
        c("농촌 정주여건을 개선하고 소득과 경쟁력이 높아지는 농업육성을 위해 행정력을 집중 할 계획", "jo-yun-gil", None, ["agriculture"], "plan"),
    ],
    not_claims=[],
),
"lo-08-ket.txt": dict(
    metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "11350"},
    officials=["oh-seung-rok"],
    claims=[
        c("건축 분야 탄소중립 정책을 중앙정부 계획보다 앞당겨 시행하고", None, None, [CC], "plan"),
        c("조직개편을 통해 탄소중립추진단 산하에 녹색건축지원센터를 신설했다고 밝혔다", None, None, [CC], "achievement"),
        c("건축 분야에서 탄소중립을 실현하기 위한 구체적이고 선제적인 대응이다", None, None, [CC], "statement"),
        c("▲노후 건축물 그린리모델링", None, None, [CC, ET], "statement"),
        c("ZEB 4등급 인증을 의무화하며", None, None, [CC, ET], "statement"),
        c("2년 앞당겨 2028년에 적용할 계획이다", None, None, [CC, ET], "plan"),
        c("민간분야에도 이를 적용하며 선도적인 모델을 구축하고 있다", None, None, [CC, ET], "statement"),
        c("탄소중립을 도시재건의 중심 목표로 삼고 있다", None, None, [CC], "statement"),
        c("수도권 유일의 탄소중립 선도도시로 선정되게 한 주요 요인이기도 하다", None, None, [CC], "achievement"),
        c("2025년부터 본격 활동을 시작한다", None, None, [CC], "plan"),
        c("행정 및 기계 분야 인력도 확대하여 정책 실행력을 높일 방침이다", None, None, [CC], "plan"),
    ],
    not_claims=["건축은 도시를 녹색"],
),
"lo-09-asiae.txt": dict(
    metadata={"headline": "박희영 용산구청장 \"구청 앞장서 전통시장·골목상권 시설 개선·홍보 지원\"",
              "published": "2025-10-02T11:34+09:00", "reporter": "김민진", "outlet": "아시아경제", "jurisdiction": "11170"},
    officials=["park-hui-yeong"],
    claims=[
        c("1일 지역 내 전통시장과 골목형상점가를 차례로 방문하며 주민들과 소통했다", None, "2025-10-01", [SM], "statement"),
        c("온누리상품권으로 과일·한과·추석용품 등을 구매하며 전통시장 장보기에 동참했다", None, "2025-10-01", [SM], "statement"),
        c("물가 상승과 매출 감소 등 상인들의 고충을 들었다", None, "2025-10-01", [SM], "statement"),
        c("구청이 앞장서 시설 개선과 홍보 지원을 아끼지 않겠다", "park-hui-yeong", "2025-10-01", [SM], "plan"),
        c("골목형상점가 활성화를 위한 지원을 지속적으로 확대해 나갈 계획이다", None, "2025-10-02", [SM], "plan"),
    ],
    not_claims=["단순한 장터가 아니라 지역의 공동체 문화를 이어가는 소중한 공간",
                "상인들이 힘을 내야 지역경제가 살아나고", "상인·주민 모두의 든든한 울타리가 되겠다"],
),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, g in FILES.items():
        doc = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)
