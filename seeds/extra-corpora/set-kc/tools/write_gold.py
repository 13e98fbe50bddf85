"""Write set-kc gold files (hand annotation; one dict per article)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        claim["speaker_name"] = name
    return claim


D1 = "2025-11-12"
D2, D2e = "2021-07-09", "2021-07-08"
D3 = "2019-05-16"
D4 = "2024-04-19"
D6 = "2019-09-25"
D7 = "2019-05-22"
D9 = "2022-04-06"

FILES = {
    "kc-01-segye.txt": {
        "metadata": {"headline": None, "published": "2025-11-12", "reporter": None, "outlet": None,
                     "jurisdiction": "27290"},
        "officials": ["lee-tae-hun"],
        "claims": [
            c("경진대회’에서 최우수상을 받았다고 12일 밝혔다", None, D1, ["childcare-birth"], "achievement"),
            c("저출생 대응 우수사례를 발굴하고, 창의적이고 새로운 대응 정책을 공유·확산하기 위해 마련됐다", None, D1,
              ["childcare-birth"], "statement"),
            c("달서구는 2020년에 이어 5년 만에 두 번째 최우수상을 받았다", None, D1, ["childcare-birth"], "achievement"),
            c("저출산 대응 전담 조직인 ‘출산장려팀’을 신설하고", None, D1, ["childcare-birth"], "achievement"),
            c("9개월 연속 전년 동월 대비 출생아 수가 증가하는 성과를 기록하며", None, D1, ["childcare-birth"], "achievement"),
            c("대구 최초 출산정책 브랜드로", None, D1, ["childcare-birth", "fourth-industrial-revolution"], "achievement"),
            c("‘달서 결혼출산 정보 다이어리’ 플랫폼도 오픈해", None, D1, ["childcare-birth"], "statement"),
            c("저출산 대응은 단순 지원 중심에서 벗어나 전략과 기획 중심의 출산정책", "lee-tae-hun", D1,
              ["childcare-birth"], "statement"),
        ],
        "not_claims": ["이태훈(가운데) 구청장과 직원들이 최우수상을 받고 기념 촬영을 하고 있다"],
    },
    "kc-02-cnbnews.txt": {
        "metadata": {"headline": None, "published": "2021-07-09T15:14:57+09:00", "reporter": "신규성",
                     "outlet": None, "jurisdiction": "47110"},
        "officials": ["lee-gang-deok", "lee-cheol-u"],
        "claims": [
            c("포스코케미칼 양극재 공장 유치로 Post철강시대를 대비해", None, D2, ["investment-attraction"], "achievement"),
            c("포항시는 8일 시청 대회의실에서 경북도와 함께", None, D2e, ["investment-attraction"], "achievement"),
            c("이차전지 양극재 생산공장 신설을 추진할 계획이라고 밝혔다", None, D2e, ["investment-attraction"], "plan"),
            c("2024년까지 6000억 원을 투자해", None, D2e, ["investment-attraction"], "plan"),
            c("230여 명의 새로운 일자리가 창출될 것으로 예상된다", None, D2, ["jobs", "investment-attraction"], "statement"),
            c("이차전지분야 대규모 후속투자가 이어질 것으로 기대된다", None, D2, ["investment-attraction"], "statement"),
            c("양극재와 음극재 생산 인프라를 모두 갖추게 됨으로써", None, D2, ["investment-attraction"], "statement"),
            c("이차전지소재기업들의 투자가 우리 지역에서 이루어짐으로써", "lee-gang-deok", D2e,
              ["investment-attraction"], "achievement"),
        ],
        "not_claims": ["Post철강을 대비해 이차전지산업을 집중 육성함"],
    },
    "kc-03-gayailbo.txt": {
        "metadata": {"headline": "부산 기장 오시리아 관광단지 활성화, 일자리 창출 기대",
                     "published": "2019-05-16T14:32+09:00", "reporter": "정원", "outlet": "가야일보",
                     "jurisdiction": "26"},
        "officials": ["oh-keo-don"],
        "claims": [
            c("테마파크가 기공식을 열어 관광단지 활성화와 지역 일자리 창출이 기대되고 있다", None, D3,
              ["culture-tourism", "jobs"], "statement"),
            c("앵커시설인 테마파크의 착공식을", None, D3, ["culture-tourism"], "statement"),
            c("지역 대학총장들이 함께 참여하는 지역 일자리 창출 협약식도 개최한다", None, D3, ["jobs"], "statement"),
            c("28개는 투자유치를 완료하고", None, D3, ["culture-tourism", "investment-attraction"], "achievement"),
            c("2,900여 명의 일자리를 창출했으며", None, D3, ["jobs", "culture-tourism"], "achievement"),
            c("50만㎡의 부지에 스카이라인 루지", None, D3, ["culture-tourism"], "statement"),
        ],
        "not_claims": ["16일 테마파크 착공식, 지역 대학 - 투자기업 일자리 창출 협약식도 개최",
                       "오시리아 관광단지 테마파크 조감도(사진제공=부산시)"],
    },
    "kc-04-adtimes.txt": {
        "metadata": {"headline": "울주군·울산테크노파크, 스마트팜 전문재배시설 구축 지원",
                     "published": "2024-04-19T15:26+09:00", "reporter": "강영숙", "outlet": "행정신문",
                     "jurisdiction": "31710"},
        "officials": [],
        "claims": [
            c("스마트팜 전문재배시설 구축 지원에 나선다고 19일 밝혔다", None, D4, ["agriculture"], "plan"),
            c("울주군은 2020년부터 ICT 융복합 산업인 울주 스마트팜을 지역 내에 보급하고 있다", None, D4,
              ["agriculture"], "statement"),
            c("청년 일자리 문제 등에 대응하기 위한 목적이다", None, D4, ["agriculture", "jobs", "youth-policy"],
              "statement"),
            c("스마트팜 울주 농업의 디지털 전환을 지원한다", None, D4,
              ["agriculture", "fourth-industrial-revolution"], "statement"),
            c("1.5세대 이상의 실내농장 구축에 대한 보조금을 지원한다", None, D4,
              ["agriculture", "fourth-industrial-revolution"], "statement"),
            c("세부 사업은 신규 설비 구축, 500평 이상의 대단지 설비 구축", None, D4, ["agriculture"], "statement"),
            c("스마트팜 설비의 지속적인 보급으로 농업의 디지털 혁신뿐만 아니라", None, D4,
              ["agriculture", "fourth-industrial-revolution"], "statement"),
            c("총 22개소의 스마트팜 설비가 보급돼", None, D4, ["agriculture"], "achievement"),
            c("25건의 전·후방 연관 기술을 개발해 스마트팜 산업경쟁력을 높이고 있다", None, D4, ["agriculture"],
              "achievement"),
        ],
        "not_claims": ["신청방법은 울산테크노파크모집공고란에서 신청서를 내려받아",
                       "엽채류를 생산하는 유니스퀘어, 여름에도 딸기 생산이 가"],
    },
    "kc-05-gyeongsangtoday.txt": {
        "metadata": {"headline": None, "published": None, "reporter": "박외영", "outlet": None,
                     "jurisdiction": "47"},
        "officials": ["lee-cheol-u"],
        "claims": [
            c("더 강력하고 더 피부에 와닿게 저출생과 전쟁 시즌2를 추진하라고 지시했다", "lee-cheol-u", None,
              ["childcare-birth"], "plan"),
            c("지난 1월 경북이 쏘아 올린 저출생과 전쟁이 국가적으로 확전돼", "lee-cheol-u", None,
              ["childcare-birth"], "achievement"),
            c("저출생과 전쟁 100대 실행 과제를 분석하고 정책을 평가해", "lee-cheol-u", None,
              ["childcare-birth"], "plan"),
            c("지방정부는 흐트러짐 없이 비상한 각오로 적극 대응해야 한다고 강조했다", "lee-cheol-u", None,
              ["childcare-birth"], "plan"),
            c("수도권 집중완화 등 저출생 구조개혁을 중점 추진하라고 지시했다", "lee-cheol-u", None,
              ["childcare-birth", "decentralization"], "plan"),
            c("지방 중심으로 국가가 운영되어야 한다", "lee-cheol-u", None, ["decentralization"], "plan"),
            c("이를 위해 저출생 사회 구조 개혁에 경북이 앞장설 것", "lee-cheol-u", None, ["childcare-birth"], "plan"),
            c("3578억 원의 저출생 대응 예산을 편성하고", None, None, ["childcare-birth"], "plan"),
        ],
        "not_claims": ["박외영 기자p04140@naver.com"],
    },
    "kc-06-newsk.txt": {
        "metadata": {"headline": "국가미래 선도 나노융합국가산업단지 착공", "published": "2019-09-25T16:21:09+09:00",
                     "reporter": None, "outlet": None, "jurisdiction": "48270"},
        "officials": ["park-il-ho"],
        "claims": [
            c("산업시설용지 82(사업부지의 50%), 연구단지 12", None, D6, ["research-development"], "statement"),
            c("나노융합센터 등 연구기관 유치 등을 통해", None, D6, ["research-development", "jobs"], "plan"),
            c("20여개 국책연구기관, 대학, 기업체 연구소 등 입주로", None, D6, ["research-development"], "statement"),
        ],
        "not_claims": ["밀양 국내 나노융합산업 메카 육성, 100개 기업 유치 1만개 일자리 창출",
                       "개발사업 착공식을 개최하고 본격적인 사업추진에 들어갔다",
                       "지역주민 등 600여 명이 참석했다",
                       "한신공영을 시공사로 선정했다"],
    },
    "kc-07-ksinews.txt": {
        "metadata": {"headline": "대구대 정문에 경산시 6차산업 창업문화센터 개소",
                     "published": "2019-05-22T09:13:33+09:00", "reporter": None, "outlet": None,
                     "jurisdiction": "47290"},
        "officials": ["choi-yeong-jo"],
        "claims": [
            c("경산을 6차산업 거점지역으로 육성하기 위한 ‘6차산업 창업문화센터(팜테이너)’가 개소했다", None, D7,
              ["startup-support", "agriculture"], "achievement"),
            c("창업문화센터 현장에서 6차산업 창업문화센터 개소식을 가졌다", None, D7,
              ["startup-support", "agriculture"], "achievement"),
            c("30세 이하 청년들의 취·창업을 지원하고", None, D7,
              ["startup-support", "youth-policy", "jobs", "agriculture"], "statement"),
            c("국비, 시비 등 96억원의 예산을 들여", None, D7, ["startup-support", "agriculture"], "statement"),
            c("로컬푸드 판매장은 지역 농산물을 이용한 창업상품과", None, D7, ["agriculture", "startup-support"],
              "statement"),
        ],
        "not_claims": ["‘배우고, 도전하고, 소통하는 6차산업 중심지’",
                       "글로컬 6차산업 창업문화센터 개소식이 22일 오후 대구대 정문 앞 센터 앞마당에서 열렸다",
                       "300여명이 참석해 센터의 개소를 축하했다",
                       "최영조 시장이 청년창업부스를 둘러보고 있다"],
    },
    "kc-08-kmib.txt": {
        "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "31"},
        "officials": ["kim-doo-gyeom"],
        "claims": [
            c("김 시장은 일자리를 가장 중요한 시정으로 꼽고 있다", "kim-doo-gyeom", None, ["jobs"], "statement"),
            c("현대차 전기차 울산공장과 5개 기업을 유치해 2조5452억원에 달하는 투자를 확보했다", None, None,
              ["investment-attraction", "future-vehicles"], "achievement"),
            c("삼성그룹의 2차전지 투자 유치를 통해", None, None, ["investment-attraction", "jobs"], "statement"),
            c("투자 의향을 비추고 있고, 배터리와 관련해 삼성이 울산에 거점을 갖고 있는 만큼 유치할 필요가 있다",
              "kim-doo-gyeom", None, ["investment-attraction"], "plan"),
            c("탄소중립 실현을 위해 동해가스전을 활용한", None, None, ["climate-carbon", "jobs"], "achievement"),
            c("개발제한구역 해제 추진, 남부권 신도시 건설", "kim-doo-gyeom", None, ["housing"], "plan"),
        ],
        "not_claims": ["씨앗을 뿌릴 땅을 찾아, 좋은 씨앗을 뿌리고",
                       "개발제한구역 해제, 미래먹거리 산업 육성을 강조하며",
                       "어느 도시든 고부가가치 산업을 유치하려고 노력한다",
                       "국내 소형 2차전지 생산의 제2거점으로 사용하고 있다",
                       "개발제한구역 해제에 대해서도 정부로부터 긍정적 검토를 이끌어낸 것도"],
    },
    "kc-09-seoul.txt": {
        "metadata": {"headline": "대구시 청사 이전 시장선거 이슈화 되나-홍준표, 김재원 치고받아",
                     "published": "2022-04-06T15:42+09:00", "reporter": "한찬규", "outlet": None,
                     "jurisdiction": "27"},
        "officials": ["hong-joon-pyo"],
        "claims": [
            c("대구시 청사 이전이 대구시장 선거의 이슈로 떠올랐다", None, D9, ["city-hall"], "statement"),
            c("대구신청사 이전사업에 대해 재검토 의사를 밝혔다", None, D9, ["city-hall"], "plan", "홍준표"),
            c("시청 이전이 그리 급한 업무이고 수천억 들어야 할 일인가", None, D9, ["city-hall"], "criticism", "홍준표"),
            c("시정을 인수할 때 다시 검토하겠다", None, D9, ["city-hall"], "plan", "홍준표"),
            c("대구시청은 중심부에 있어야 한다", None, D9, ["city-hall"], "plan", "홍준표"),
            c("시청 이전 비용으로 두류 공원을 좀 더 좋은 시설로 바꾸는 것도 좋은 방안", None, D9, ["city-hall"],
              "statement", "홍준표"),
            c("홍준표 의원의 시청 이전 재검토를 반대한다", None, D9, ["city-hall"], "criticism", "김재원"),
            c("민주적 공론화 과정을 거쳐 어렵게 마련한 이전 계획을", None, D9,
              ["city-hall", "citizen-participation"], "criticism", "김재원"),
            c("홍 의원의 말은 시청 이전을 백지화한다는 것이 아니다", None, D9, ["city-hall"], "statement", "홍준표"),
            c("시청사 이전 문제 뿐아니라 경북도청 후적지 개발, 취수원 이전 문제 등이 포함된다", None, D9,
              ["city-hall", "water-supply"], "statement", "홍준표"),
            c("두류정수장 자리에 건립될 대구시 신청사는 2026년이 완공 목", None, D9, ["city-hall"], "target"),
        ],
        "not_claims": ["이날 중구 삼덕동 선거준비사무소에서 공약발표회를 연 홍 의원은 신청사 관련 질문에 이같이 밝혔다",
                       "대구시의 대형 현안사업에 대해 다시 한번 원점에서 검토한다는 것이다"],
    },
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, gold in FILES.items():
        gold = {"article": name, **gold}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(gold["claims"])
        print(name, len(gold["claims"]))
    print("total", total)
