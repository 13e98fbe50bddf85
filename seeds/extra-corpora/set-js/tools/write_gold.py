"""Write set-js gold files (hand annotation). C(quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(q, s, d, p, k):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}


def CN(q, name, d, p, k):
    c = C(q, None, d, p, k)
    c["speaker_name"] = name
    return c


G = {}

PW, D1 = "park-won-soon", "2019-01-09"
G["js-01-whitepaper.txt"] = dict(
    metadata={"headline": '박원순 "임기 5년간 공공임대주택 40만호 공급 키로"', "published": "2019-01-09T10:07+09:00",
              "reporter": "김예솔", "outlet": "화이트페이퍼", "jurisdiction": "11"},
    officials=[PW],
    claims=[
        C("박원순 서울시장이 임기를 마칠 때까지 38~40만호의 공공임대주택을 공급하겠다고 밝혔다", PW, D1, ["housing"], "target"),
        C("내일 발표할 '시정 4개년 계획'에 서울형 공공주택 계획이 담길 것", PW, D1, ["housing"], "plan"),
        C("지금까지 임기 중 13만호를 공급했고, 앞으로 24만호를 더 공급할 계획이며", PW, D1, ["housing"], "target"),
        C("공공주택 8만호 중 임대 물량은 절반 정도라는 게 서울시의 설명이다", None, D1, ["housing"], "statement"),
        C("공공주택의 이미지 개선을 위해 기능과 디자인 부문을 강화하겠다고 밝혔다", PW, D1, ["housing"], "plan"),
        C("공공주택의 낙후된 이미지를 완전히 바꾸겠다", PW, D1, ["housing"], "plan"),
        C("어린이집, 창업시설, 미래혁신시설 등을 필수로 넣어서", PW, D1, ["housing", "childcare-birth", "startup-support"], "plan"),
        C("토지비가 사실상 안 들어가 가격은 일반 시중 아파트보다 훨씬 싸게 할 수 있다", PW, D1, ["housing"], "statement"),
    ],
    not_claims=["임기 5년간 공공임대주택 40만호 공급 키로",
                "임기 5년 동안 최대 40만호의 공공임대주택을 공급하겠다는 계획을 밝혔다. (사진=연합뉴스)",
                "임기 5년 동안 최대 40만호의 공공임대주택을 공급할 계획이다. (사진=연합뉴스)"],
)

YD, D2 = "yu-deok-yeol", "2018-04-18"
G["js-02-kizmom.txt"] = dict(
    metadata={"headline": None, "published": "2018-04-19T12:11+09:00", "reporter": "권희진", "outlet": "키즈맘",
              "jurisdiction": "11230"},
    officials=[YD],
    claims=[
        C("저출산 문제에 대한 선제적 대응방안으로 보육환경 개선을 공약했다", YD, D2, ["childcare-birth"], "plan"),
        C("구립어린이집을 40개 이상 확충하며 어린이집 24시간 보육서비스를 확대하겠다고 강조했다", YD, D2, ["childcare-birth"], "target"),
        C("모든 어린이집에 공기청정기를 설치하고, 동별 1개소씩 공동육아방을 조성해", YD, D2, ["childcare-birth", "fine-dust"], "plan"),
    ],
    not_claims=["△복지 △교육 △문화 △경제 △환경 △성장도시 △주민참여 등 7가지 분야를 제시했다"],
)

OS, D3 = "oh-seung-rok", "2026-01-09"
G["js-03-siminilbo.txt"] = dict(
    metadata={"headline": "오승록 노원구청장 “2026년 노원의 변화가 더 이상 지연되지 않는 해가 될 것”",
              "published": "2026-01-09T16:17+09:00", "reporter": "박소진", "outlet": "시민일보", "jurisdiction": "11350"},
    officials=[OS],
    claims=[
        C("‘힐링과 문화’라는 구정의 큰 축을 더 풍성하게 완성하겠다", OS, D3, ["culture-tourism"], "plan"),
        C("서울 최초 도심형 자연휴양림 ‘수락 휴’가 보여준 새로운 휴양의 기준을 확산시키고", OS, D3, ["culture-tourism"], "plan"),
    ],
    not_claims=["2026년은 노원의 변화가 더 이상 지연되지 않는 해가 될 것이다",
                "광운대역세권 개발을 중심으로 이미 시작된 사업들은 속도를 높이고, 재건축·재개발과 교통 인프라 개선 같은 핵심 과제들도 멈추지 않고 전진하겠다",
                "지금까지의 성과는 끝이 아니라 더 큰 도약을 위한 출발선",
                "생활의 불편은 덜고 희망은 더하는 행정을 이어가겠다"],
)

D4 = "2021-08-24"
G["js-04-asiae.txt"] = dict(
    metadata={"headline": "서울시, 승차대 있는 정류소에 와이파이 구축…버스 정류장 서비스 수준↑", "published": "2021-08",
              "reporter": "임철영", "outlet": "아시아경제", "jurisdiction": "11"},
    officials=[],
    claims=[
        C("2340개 버스정류소에 공공와이파이를 구축 완료했다고 24일 밝혔다", None, D4, ["smart-city", "public-transit"], "achievement"),
        C("정부지원사업과 서울시 자체사업을 동시에 추진해 목표시기를 1년 앞당겨 구축을 완료했다", None, D4, ["smart-city"], "achievement"),
        C("주요 중앙차로를 우선적으로 설치했으며 가로변 정류소는", None, D4, ["smart-city"], "statement"),
        C("까치온과 동일한 SSID를 사용하면서 번거로움을 줄여 기존의 불편사항을 대폭 해소했다", None, D4, ["smart-city"], "achievement"),
        C("최초 1회만 사용 설정을 완료하면 누구나 버스를 기다리면서", None, D4, ["smart-city"], "statement"),
        C("정류소 와이파이 이용만족도 조사를 지속적으로 실시하여", None, D4, ["smart-city"], "plan"),
        C("‘스마트쉘터’ 시범 운영과도 발맞춰 버스 정류소 서비스 수준을 높여나간다", None, D4, ["smart-city", "public-transit"], "plan"),
        CN("정류소 공공와이파이 설치를 통해 시민들의 편의가 증대되길 바란다", "노병춘", D4, ["smart-city"], "statement"),
        CN("정류소 이용환경 개선을 위해 시민이 체감할 수 있는 다양한 사업들을 추진하겠다", "노병춘", D4, ["public-transit"], "plan"),
    ],
    not_claims=["목표시기 1년 앞당겨 설치 완료…정류소별 재접속 필요 없이 자동 연결"],
)

KC, D5 = "kim-chan-jin", "2024-06-27"
G["js-05-mt.txt"] = dict(
    metadata={"headline": '김찬진 인천 동구청장, "통합 제물포구의 표준을 만들 것"', "published": "2024-06-27T17:33+09:00",
              "reporter": "윤상구", "outlet": "머니투데이", "jurisdiction": "28140"},
    officials=[KC],
    claims=[
        C("동인천역 복합개발사업과 화수부두 도시재생 혁신지구 지정에 총력을 다하겠다", KC, D5, ["urban-regeneration"], "plan"),
    ],
    not_claims=["지능형 영상분석 기반 서비스 시연회에 참석해 현장을 점검하고 있다",
                "새롭게 탄생하는 제물포구는 동구의 정책과 비전을 중심으로 재편되어야 한다",
                "인천 동구의 교육과 복지, 개발, 교통 현안 등이 제물포구의 든든한 기반이 되고 표준이 될 수 있도록 치열하게 노력할 것",
                "제물포구의 행정 혁신과 구민 안전·교육·편의 등에 도움이 될 것",
                "공약 이행률은 67.8%에 달하고 있는 등"],
)

D6 = "2021-03-02"
G["js-06-airkorea.txt"] = dict(
    metadata={"headline": "인천시, 수소산업 선도도시 선언", "published": "2021-03-02", "reporter": None,
              "outlet": "미세먼지 종합포털", "jurisdiction": "28"},
    officials=["park-nam-chun", "lee-jae-hyeon"],
    claims=[
        C("인천시가 수소산업 선도도시로의 도약을 선언하고", None, D6, ["energy-transition"], "plan"),
        C("‘수소산업 기반 구축을 위한 상호협력에 관한 업무협약’을 체결했다고 밝혔다", None, D6, ["energy-transition"], "achievement"),
        C("인천시는 앞으로 바이오·부생수소 생산 클러스터 구축을 주도적으로 추진하며", None, D6, ["energy-transition", "future-vehicles"], "plan"),
        C("인천 서구는 수소산업 기반의 구축과 환경개선 및 안전성 증진을 위해 노력해 나갈 계획이다", None, D6, ["energy-transition"], "plan"),
        C("수소경제 확대에 기여하기 위해 수소차 산업 육성 및 수소차 보급에 적극 노력하며", None, D6, ["energy-transition", "future-vehicles"], "plan"),
        C("SK E&S는 인천시 바이오·부생수소 생산 클러스터 구축에 참여하는 동시에", None, D6, ["energy-transition"], "plan"),
    ],
    not_claims=["서구, 현대자동차(주), SK E&S와 수소산업 기반 구축 업무협약 체결",
                "이날 협약은 박남춘 인천시장과 협약 당사자인 이재현 인천 서구청장",
                "협약 체결식에는 김교흥 국회의원, 신동근 국회의원"],
)

YH, D7 = "yun-hwan", "2025-07-15"
G["js-07-segye.txt"] = dict(
    metadata={"headline": "윤환 계양구청장 “첨단산업 기반 경쟁력 확보…인천 중심도시 거듭”",
              "published": "2025-07-15T13:58+09:00", "reporter": "강승훈", "outlet": "세계일보", "jurisdiction": "28245"},
    officials=[YH],
    claims=[
        C("수도권의 대표 관광지로 자리잡은 게 대표적 결실이라고 꼽았다", YH, D7, ["culture-tourism"], "achievement"),
    ],
    not_claims=["첨단산업 토대의 경쟁력을 확보해 미래세대가 자랑스러워할 인천 중심도시로 거듭날 것입니다",
                "계양테크노밸리는 첨단산업단지로 전환되며 미래 성장 기반을 마련했다는 게 그의 판단이다",
                "과거 불가능할 것 같았던 일들이 점차 현실화되고 있다",
                "구는 계양경기장 제척 부지를 활용한 복합체육단지 마련에 나섰다",
                "시간에 상관없이 누구나 즐길 수 있는 공간으로 만들겠다",
                "민선 8기 3주년… 미래 100년 자족도시로 도약"],
)

MG = "mun-gyeong-bok"
G["js-08-news1.txt"] = dict(
    metadata={"headline": '문경복 옹진군수 "서해 최북단을 대한민국 대표 관광 1번지로”', "published": None,
              "reporter": "이시명", "outlet": "뉴스1", "jurisdiction": "28720"},
    officials=[MG],
    claims=[
        C("섬 지역 관광산업 활성화를 위해 각 섬 특성을 활용한 문화축제 사업을 추진한다", None, None, ["culture-tourism"], "plan"),
        C("'1섬 1특화' 문화축제 사업을 발굴해 인천을 대표하는 상생형 관광산업의 모델을 만들겠다", MG, None, ["culture-tourism"], "plan"),
        C("백령도 K-관광 섬 축제, 덕적도 주섬주섬 음악회", None, None, ["culture-tourism"], "plan"),
        C("자연과 연계한 관광 인프라도 확충할 예정이다", None, None, ["culture-tourism"], "plan"),
        C("체류형 관광명소로 육성한다는 구상이다", None, None, ["culture-tourism"], "plan"),
        C("올해 군정 슬로건으로 내건 '365일 머무는 섬'을 실현하겠다는 방침이다", MG, None, ["culture-tourism"], "plan"),
        C("'인천 i-바다패스' 정책으로 섬 관광객이 전년 대비 36% 증가한 점을 적극 활용하겠다는 전략이다", None, None, ["culture-tourism"], "plan"),
        C("서해 최북단을 대한민국 대표 관광 1번지로 만들겠다", MG, None, ["culture-tourism"], "plan"),
        C("인천 i-바다 패스를 바탕으로 '365일 머무는 섬'이 되기 위한 섬 각각에 특색 있는 매력을 불어 넣겠다", MG, None, ["culture-tourism"], "plan"),
    ],
    not_claims=["1섬 1특화 문화 축제 개최", "현재로서 뚜렷한 입장을 밝히기엔 이른 것 같다"],
)

YJ = "yoo-jeong-bok"
G["js-09-sedaily.txt"] = dict(
    metadata={"headline": None, "published": None, "reporter": None, "outlet": "서울경제", "jurisdiction": "28"},
    officials=[YJ],
    claims=[
        C("인천시의 출산정책으로 1억 원을 받는 첫 수혜자가 됐다", None, None, ["childcare-birth"], "statement"),
        C("인천형 출산정책인 ‘1억 플러스 아이드림’사업을 발표했다", None, None, ["childcare-birth"], "achievement"),
        C("이 정책은 올해부터 인천에서 태어나서 자라는 아이들에게", None, None, ["childcare-birth"], "statement"),
        C("개인별 여건에 따라 최대 3억4000만 원까지 지원받을 수 있다", None, None, ["childcare-birth"], "statement"),
        C("유 시장의 이 정책 발표 이후 인천시민은 물론 타 시도 시민들의 많은 관심을 받았다", None, None, ["childcare-birth"], "achievement"),
        C("다른 지방자치단체의 문의가 이어지고 있다", None, None, ["childcare-birth"], "achievement"),
        C("급격히 감소하는 출산율로 대한민국은 교육, 경제, 국방 등 사회 전반에 심각한 위기를", YJ, None, ["childcare-birth"], "statement"),
        C("인천시는 부모님들의 출산과 육아 부담을 덜어 드리기 위해 힘쓰겠다", YJ, None, ["childcare-birth"], "plan"),
    ],
    not_claims=["가천대학교 길병원을 방문해 이날 태어난 아기와 가족에게 축하 인사를 전했다"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in G.values()))
