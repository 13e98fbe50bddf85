"""Write set-iw's gold files (hand annotations) as JSON."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


D1, HN = "2024-12-16", "hong-nam-pyo"
D2E, D2P, LT = "2025-09-03", "2025-09-04", "lee-tae-hun"
D3 = "2025-12-04"
D4 = "2025-01-22"
D5, PS = "2017-03-29", "park-seong-min"
D6 = "2025-08-21"
D7, JC = "2020-01-28", "jang-chung-nam"
LG = "lee-gyeong-hun"
ET, MI, RD, CT = "energy-transition", "medical-industry", "research-development", "culture-tourism"
WI, WS, IA = "water-industry", "water-supply", "investment-attraction"

ARTICLES = {
    "iw-01-ndaily.txt": dict(
        metadata=meta('창원시 "탄핵 여파 흔들림없이 전략산업 추진"', "2024-12-16T18:01+09:00", "김선경", "ndaily", "48120"),
        officials=[HN],
        claims=[
            c("흔들림 없이 시 전략 산업이 추진될 수 있도록 하겠다고 밝혔다", None, D1, [ET], "plan"),
            c("방위·원자력 산업의 지속가능한 성장과 상생 생태계 구축을 통한 산업 경쟁력 강화에 뜻을 모았다", None, D1, [ET], "statement"),
            c("원자력 분야 체코 신규 원전 건설은 차질없이 진행될 것으로 전망한다", HN, D1, [ET], "statement"),
            c("피해를 최소화할 수 있게 행정적인 지원을 아끼지 않겠다", HN, D1, [ET], "plan"),
            c("소형모듈원자로가 가까운 시일 안에", None, D1, [ET], "statement", "김홍범"),
            c("관련 투자를 적극적으로 준비 중", None, D1, [ET], "statement", "김홍범"),
        ],
        not_claims=["지역 방산·원전기업들은 흔들림 없이 사업을 추진해달라",
                    "방산업계 수출에 차질이 빚어질 것이라는 우려가 나온다",
                    "정부·지자체의 역할이 중요하다",
                    "창원방위산업중소기업협의회는 2019년 2월 구성돼",
                    "방위·원자력 기업협의회 임원진 간담회"],
    ),
    "iw-02-newmdtimes.txt": dict(
        metadata=meta("달서구, D(달서형)-저출산 대응 전략 본격화! 대구 유일'출산BooM 달서'정책자문단 출범",
                      "2025-09-04T11:11+09:00", None, None, "27290"),
        officials=[LT],
        claims=[
            c("정책자문단 위촉식 및 킥오프 회의를 개최했다", None, D2E, ["childcare-birth"], "achievement"),
            c("이번 위촉식은 전략적 저출산 위기 대응을 위해", None, D2E, ["childcare-birth"], "statement"),
            c("총 13명으로 구성된 ‘저출산 핵심 전문가 패키지’이다", None, D2E, ["childcare-birth"], "statement"),
            c("달서구만의 맞춤형 저출산 대응 전략을 제시하게 된다", None, D2E, ["childcare-birth"], "plan"),
            c("지난해 저출산 대응 전담조직 출산장려팀을 신설하고", None, D2P, ["childcare-birth"], "achievement"),
            c("‘출산정책 통합정보 플랫폼’ 을 오픈해", None, D2P, ["childcare-birth"], "plan"),
            c("저출산 문제는 행정만으로 해결할 수 없는 국가적 과제", LT, D2E, ["childcare-birth"], "statement"),
            c("오늘 위촉된 전문가 자문단은 달서구 저출산 대응을 한층 더 전략적으로 발전시킬", LT, D2E, ["childcare-birth"], "statement"),
        ],
        not_claims=["12개 분야‘저출산 핵심 전문가 패키지’구성"],
    ),
    "iw-03-imaeil.txt": dict(
        metadata=meta("안동시, 265만㎡ 규모 산업단지 '그린바이오산업 육성지구' 선정", "2025-12-04T15:15+09:00", None, None, "47170"),
        officials=[],
        claims=[
            c("'그린바이오산업 육성지구'에 최종 선정됐다", None, D3, [MI], "achievement"),
            c("바이오·생명 국가산업단지(후보지) 등이 육성지구로 포함됐다", None, D3, [MI], "statement"),
            c("이번 공모에는 전국 11개 시·도가 참여했으며", None, D3, [MI], "statement"),
            c("경북에서는 천연물 분야에 안동·의성·상주", None, D3, [MI], "achievement"),
            c("전주기 기업지원체계를 구축하기 위한 제도다", None, D3, [MI], "statement"),
            c("다양한 정책적 인센티브를 받을 수 있다", None, D3, [MI], "statement"),
            c("천연물 기반의 연구·실증·사업화를 추진하기에 최적의 환경을 갖추고 있다", None, D3, [MI, RD], "statement"),
            c("천연물 소재의 표준화와 산업화를 단계적으로 지원하고", None, D3, [MI], "plan"),
        ],
        not_claims=["안동 산업단지 헴프·천연물 기반 그린바이오 산업의 핵심 거점 도약",
                    "식품·화장품·의약품 등 다양한 분야 산업 수요 대응, 성장 기반 마련"],
    ),
    "iw-04-kbmaeil.txt": dict(
        metadata=meta("안동시 올해 투자와 일자리가 넘치는 친환경 기업도시 만든다", "2025-01-22T10:39+09:00", "피현진", None, "47170"),
        officials=[],
        claims=[
            c("친환경 기업도시 건설을 위해 총력을 기울인다는 방침이다", None, D4, ["jobs", IA], "plan"),
            c("안동댐과 낙동강의 자원을 활용한 물 산업을 특화", None, D4, [WI], "statement"),
            c("낙동강수계 광역상수도 공급체계를 구축하기 위해", None, D4, [WS, RD], "plan"),
            c("안동 바이오백신 클러스터를 완성할 계획이다", None, D4, [MI], "plan"),
            c("특화단지 지정에 따른 테스트베드를 구축하고", None, D4, [MI, IA], "plan"),
            c("천연물 소재 산업 기반구축도 주력한다", None, D4, [MI], "plan"),
        ],
        not_claims=["낙동강 상하류 상생협력 방안 마련, 바이오·백신 산업 중심지 도약"],
    ),
    "iw-05-ujnews.txt": dict(
        metadata=meta("관광도시 거듭난 울산 중구 200% 즐기기", "2017-03-29T11:47+09:00", "신섬미", None, "31110"),
        officials=[PS],
        claims=[
            c("문화체육관광부의 ‘2019 올해의 관광도시’에 최종 선정됐다", None, D5, [CT], "achievement"),
            c("문화관광도시로 입지를 다지는 쾌거를 이뤘다", PS, D5, [CT], "achievement"),
            c("관광자원만해도 50여 가지가 넘는다", None, D5, [CT], "statement"),
            c("관광지 확보가 부족한 상황이었다", None, D5, [CT], "statement"),
            c("'2019 올해의 관광도시 선정·육성 공모사업'에 도전했다", None, D5, [CT], "statement"),
            c("해당 도시를 매력적인 관광지로 육성한다", None, D5, [CT], "statement"),
            c("3년간 각각 최대 25억원의 국비를 지원받게 됐다", None, D5, [CT], "achievement"),
        ],
        not_claims=["울산의 관광활성화에 앞장서게 된 울산 중구를 돌아보자",
                    "큰애기야시장, 지역 상권 활성화 도움",
                    "‘성남동 푸드트럭존’ 청년 일자리 창출",
                    "지역 최초의 상설야시장인 ‘울산큰애기 야시장’",
                    "놓치지 말아야할 중구 관광 포인트"],
    ),
    "iw-06-ohmynews.txt": dict(
        metadata=meta(None, "2025-08-21", None, None, "48170"),
        officials=["jo-gyu-il"],
        claims=[
            c("△산학연 네트워크 구축 △기업의 기술 사업화 지원", None, D6, [RD, "jobs"], "plan"),
        ],
        not_claims=["한국우주기술진흥협회(ASP) 경남지부를 유치하고",
                    "우주항공산업을 진주시의 신성장 동력으로 육성하겠다는",
                    "명실상부한 우주항공 중심 도시로 도약하는 중요한 발판이 될 것",
                    "지역 기업들이 우주항공산업에서 경쟁력을 가질 수 있도록 적극적으로 지원하겠다"],
    ),
    "iw-07-gnmaeil.txt": dict(
        metadata=meta("관광ㆍ농축수산업 강화 ‘골고루 잘 사는 남해’ 만든다", "2020-01-28T22:10+09:00", "박성렬", None, "48840"),
        officials=[JC],
        claims=[
            c("잦은 태풍과 적조로 농어업인들이 큰 어려움을 겪은 것입니다", JC, D7, ["agriculture", "disaster-safety"], "statement"),
            c("마늘과 시금치 가격이 하락해 농어업인들의 근심이 깊었을 거라 생각합니다", JC, D7, ["agriculture"], "statement"),
            c("향후 농어업인들의 소득 증대를 위해 적극 노력하도록 하겠습니다", JC, D7, ["agriculture"], "plan"),
            c("생활 SOC사업, 어촌뉴딜 300사업 등 각종 공모사업에 선정돼", JC, D7, ["urban-regeneration", "agriculture"], "achievement"),
            c("리조트가 설리 해변 인근에 착공됐습니다", JC, D7, [CT], "achievement"),
            c("향후 남해 관광산업에 큰 활기를 불어 넣을 거라 생각합니다", JC, D7, [CT], "statement"),
            c("경남도 최초 청년친화도시로 선정돼 26억 원의 관련 사업비를 확보했습니다", JC, D7, ["youth-policy"], "achievement"),
            c("다양하고 참신한 청년 정책을 펼칠 기반을 확보한 것", JC, D7, ["youth-policy"], "achievement"),
        ],
        not_claims=["2024-03-28 18:55 (목)",
                    "올해 관광문화재단 설립 계획",
                    "‘2022년 남해 방문의 해’ 추진",
                    "관광산업 내실 다져 효과 극대화",
                    "세계적 관광 도시 도약 발판 마련",
                    "남해안 중심 관광지로 비약하는 남해군",
                    "다행히 성과가 많았습니다"],
    ),
    "iw-08-kmib.txt": dict(
        metadata=meta(None, None, None, "국민일보", "26380"),
        officials=[LG],
        claims=[
            c("녹색생태도시, 문화예술도시, 교육도시, 복지도시, 경제도시, 해양관광도시, 안전도시가 그것이다", LG, None,
              [CT, "education", "welfare", "disaster-safety"], "plan"),
            c("7개 모델을 아우를 수 있는 사하구를 만들어", LG, None, [CT, "education", "welfare", "disaster-safety"], "plan"),
            c("330억원의 국·시비를 들여 관광단지로 개발한다", None, None, [CT], "plan"),
            c("대학생과 공장근로자를 위한 임대주택, 방재공원", None, None, ["housing", "disaster-safety", CT], "plan"),
            c("17개의 작은도서관 건립, 다행복교육지구 선정", None, None,
              [CT, "education", "city-hall", "public-health", "labor-relations"], "statement"),
            c("교육분야를 적극적으로 지원한 덕분에", LG, None, ["education"], "achievement"),
            c("분진·소음문제를 해소하기 위해 ‘메타세콰이어’ 숲길을 조성하고 있다", None, None, ["fine-dust"], "statement"),
            c("신평 행정복지타운에 보건소, 건강증진센터 등을 추진 중이다", None, None, ["public-health"], "statement"),
        ],
        not_claims=["요즘 부산에서 뜨는 동네입니다",
                    "주민들의 사하구 자랑은 끝이 없었다",
                    "풍요롭고 살기 좋은 창조도시 사하구가 되도록 최선을 다하겠다",
                    "70개 분야에서 수상했다"],
    ),
    "iw-09-ekn.txt": dict(
        metadata=meta(None, None, "조탁만", "에너지경제신문", "26"),
        officials=[],
        claims=[
            c("기장 해수담수화시설의 재가동을 위해 팔을 걷어붙였다", None, None, [WI, WS], "plan"),
            c("주민들의 오랜 우려를 해소하고, 앞으로 운영 계획을 공유하기 위해", None, None, [WI, WS], "statement"),
            c("해수담수화시설은 두 개의 계열로 구성된다", None, None, [WI, WS], "statement"),
            c("차세대 물 산업 기술을 시험하는 테스트베드로 활용된다", None, None, [WI, ET, IA], "plan"),
            c("하수처리수를 정화해 공업용수로 공급하는 시설로", None, None, [WI, WS], "plan"),
            c("두 계열 활용 사업을 2030년까지 완료를 목표로 한다", None, None, [WI, WS], "plan"),
            c("2계열 사업은 민간투자(BTO) 방식으로", None, None, [WI, WS, IA], "plan"),
            c("사업비만 1954억 원을 투입, 2009년 착공해 2015년 준공했다", None, None, [WI, WS], "statement"),
            c("하루 4만 5000톤의 수돗물을 생산해 기장군 5만 가구에 공급하기로 했다", None, None, [WS], "statement"),
            c("주민 반대에 부딪혀 제대로 가동하지 못했다", None, None, [WI, WS], "statement"),
        ],
        not_claims=["'해수담수화시설 활용방안 마련 주민보고회'를 열었다",
                    "▲부산시청 청사. 제공=부산시",
                    "에너지시설 안전포럼"],
    ),
}

for name, data in ARTICLES.items():
    doc = {"article": name, **data}
    (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(data["claims"]))
