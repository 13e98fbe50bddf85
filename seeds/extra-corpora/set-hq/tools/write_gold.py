"""Write set-hq's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jur}


D1 = "2023-10-04"
D2 = "2019-11-20"
D3 = "2025-09-22"
D4 = "2018-05-09"
D5 = "2022-09-19"
D6, D6i = "2021-01-26", "2021-01-25"
D7 = "2015-06-15"
GI, LT, HS = "gu-in-mo", "lee-tae-hun", "heo-seong-gon"

FILES = {
    "hq-01-mt.txt": dict(
        metadata=meta("구미시, 반도체 특화단지 조성 본격 추진", "2023-10-04T16:08+09:00", "심용훈", "머니투데이", "47190"),
        officials=["kim-jang-ho"],
        claims=[
            c("산학연 연계협력 등 반도체 특화단지 운영 지원을 위한 업무를 수행하게 된다", None, D1, ["research-development"], "statement"),
            c("사업화 촉진 플랫폼 구축에 나선다", None, D1, ["research-development"], "plan"),
            c("4개 과제 등을 추진키로 했다", None, D1, ["investment-attraction", "research-development", "jobs"], "plan"),
            c("반도체 전문인력을 위한 정주 여건 개선 사업도 함께 진행된다", None, D1, ["housing"], "plan"),
            c("특화 주거공간(가칭:코리빙하우스)을 조성한다", None, D1, ["housing"], "plan"),
        ],
        not_claims=["구미시, 반도체 특화단지 조성 본격 추진", "반도체 산업을 구미의 성장동력으로 육성",
                    "특화단지 조성에 본격 나섰다", "특화단지 추진단'을 출범하고 현판식을 개최했다",
                    "웨이퍼, 기판 등의 중심 공급기지로 도약을 노린다는 전략이다"],
    ),
    "hq-02-ulsanilbo.txt": dict(
        metadata=meta("울산 울주, 특화사업 지원 ‘농업기술센터’ 설립", "2019-11-20", "이춘봉", None, "31710"),
        officials=["lee-seon-ho"],
        claims=[
            c("각종 농업 특화사업을 지원할 울주 농업기술센터 설립을 추진한다", None, D2, ["agriculture"], "plan"),
            c("군 농업의 지속적인 발전을 위한 5개년 계획을 수립했다", None, D2, ["agriculture"], "achievement"),
            c("군만의 특화된 주력 산업을 발굴·육성하기 위해 용역을 실시했다", None, D2, ["agriculture"], "statement"),
            c("4대 목표가 추가 제시됐다", None, D2, ["agriculture", "startup-support", "youth-policy"], "plan"),
            c("울주 농업 컨트롤타워인 울주 농업기술센터 설립을 추진하기로 했다", None, D2, ["agriculture"], "plan"),
            c("새로운 기구 설립이 필요하다는 판단이다", None, D2, ["agriculture"], "statement"),
        ],
        not_claims=["울산 울주, 특화사업 지원 ‘농업기술센터’ 설립", "컨트롤타워 설립키로", "시·군유지 임대도 추진",
                    "최종 보고회를 열었다"],
    ),
    "hq-03-tvchosun.txt": dict(
        metadata=meta("[네트워크 초대석] 구인모 경남 거창군수 \"청년정책 주효해 출산율 증가\"", "2025-09-22T08:47+09:00",
                      "이성진", None, "48880"),
        officials=[GI],
        claims=[
            c("최근 출산율이 전국 평균 보다 월등히 높은 1.2명을 보이는 등 성과를 나타내고 있습니다", None, D3, ["childcare-birth"], "achievement"),
            c("2024년도에 합계 출산율이 1.20입니다", GI, D3, ["childcare-birth"], "achievement"),
            c("1명이 넘어선 데는 우리 거창군이 경남도에서 유일합니다", GI, D3, ["childcare-birth"], "achievement"),
            c("18위에 해당한다는 진짜로 엄청난 대기록이죠", GI, D3, ["childcare-birth"], "achievement"),
            c("인구종합대책을 한 결과로 보지만", GI, D3, ["childcare-birth"], "achievement"),
            c("출생률도 높은 그런 결과로 나타났습니다", GI, D3, ["childcare-birth"], "achievement"),
            c("우리 인구 정책이 성과가 나타난 것을 가장 저는 자랑스럽게 생각을 하고 있습니다", GI, D3, ["childcare-birth"], "achievement"),
            c("할 수 있는 공간을 저희들이 마련을 해줬", GI, D3, ["youth-policy"], "achievement"),
        ],
        not_claims=["청년정책 주효해 출산율 증가", "'청년이 살기 좋은 거창만들기' 정책은?",
                    "인구를 늘리기 위해 안간힘을 쓰고 있습니다", "어떤 비결이 있는지 좀 말씀해 주시죠"],
    ),
    "hq-04-etravelnews.txt": dict(
        metadata=meta("부산 해운대 해수욕장 새로운 변신을 꾀한다", "2018-05-09", "이형찬", None, "26350"),
        officials=[],
        claims=[
            c("운영 슬로건을 더.늘.다 즉 더하고 늘리고 다시 쓰는 해수욕장으로 정하고", None, D4, ["culture-tourism"], "plan"),
            c("I♥HAEUNDAE 전망형 열기구를 도입해", None, D4, ["culture-tourism"], "plan"),
            c("버스킹 사전예약제로 건전하고 성숙한 거리공연 문화를 조성한다", None, D4, ["culture-tourism"], "plan"),
            c("하트의자 등 포토존을 만들어", None, D4, ["culture-tourism"], "achievement"),
            c("최첨단 전자결제시스템을 도입해 피서객 이용 편의를 증진하고", None, D4, ["culture-tourism"], "plan"),
            c("둘째 문화와 즐거움, 편리함을 늘린다", None, D4, ["culture-tourism"], "plan"),
            c("사계절 문화와 감성의 공간으로 만들 계획이다", None, D4, ["culture-tourism"], "plan"),
            c("프로그램을 통해 진한 여운과 감동을 선사한다", None, D4, ["culture-tourism"], "plan"),
            c("지난 2016년 도입해 피서객들의 호응이 컸던", None, D4, ["culture-tourism"], "achievement"),
        ],
        not_claims=["부산 해운대 해수욕장 새로운 변신을 꾀한다", "해운대 곳곳에서 버스킹이 열려 밤바다의 낭만을 더한다"],
    ),
    "hq-05-ajudaily.txt": dict(
        metadata=meta("부산시, '친환경 수소첨단도시'구축...'2030부산세계박람회' 유치 지원", "2022-09-19T18:57+09:00",
                      "박연진", None, "26"),
        officials=["park-heong-joon"],
        claims=[
            c("민·관 7개 기관이 '친환경 수소 첨단도시' 부산 구축 업무협력 협약을 체결했다", None, D5, ["energy-transition"], "achievement"),
            c("수소경제 생태계 조성을 통해 민·관 협력으로", None, D5, ["energy-transition"], "statement"),
            c("정부의 수소경제 정책과 연계해 부산을 친환경 수소 첨단도시로 조성하고", None, D5, ["energy-transition"], "statement"),
            c("부산이 수소경제 생태계를 조성하는데 한층 탄력을 받을 것으로 기대되고 있다", None, D5, ["energy-transition"], "statement"),
            c("수송분야, 산업분야, 항만분야에서 인프라를 구축하는 등 유기적으로 상호 협력키로 했다", None, D5, ["energy-transition"], "plan"),
            c("먼저 수송분야에서는 환경부의 행정적, 재정적 지원과 민간의 투자 등을 통해", None, D5, ["energy-transition"], "plan"),
        ],
        not_claims=["'친환경 수소첨단도시'구축...'2030부산세계박람회' 유치 지원", "협약을 체결했다고 밝혔다",
                    "7개 기관의 대표가 참석해 진행됐다"],
    ),
    "hq-06-donga.txt": dict(
        metadata=meta("결혼장려-도시재생으로 인구감소 문제 해결하겠다", "2021-01-26T03:00+09:00", None, "동아일보", "27290"),
        officials=[LT],
        claims=[
            c("결혼 장려 분위기를 확산시켜야 한다는 내용의 자필 편지를 보냈다", LT, D6, ["childcare-birth"], "plan"),
            c("기초지방자치단체가 결혼 장려에 나선 것은 그만큼 절박하다는 의미", LT, D6i, ["childcare-birth"], "statement"),
            c("미래 관점에서 인구 감소 문제를 진단해 본 결과 해결책이 보였다", LT, D6i, ["childcare-birth"], "statement"),
            c("전국 처음으로 결혼장려팀을 신설했다", LT, D6, ["childcare-birth"], "achievement"),
            c("당초 예상보다 높은 성과를 내고 있다", None, D6, ["childcare-birth"], "achievement"),
            c("모두 122쌍이 결혼했다", None, D6, ["childcare-birth"], "achievement"),
            c("결혼 장려 문화 확산을 위한 범시민운동’을 전개하고 있다", LT, D6, ["childcare-birth"], "statement"),
            c("23개 유관기관과 업무 협약해 여러 결혼 사업도 발굴하고 있다", LT, D6, ["childcare-birth"], "statement"),
            c("청년 결혼 장려 지원 조항을 신설해 달라고 국회에 요구했다", LT, D6i, ["childcare-birth", "youth-policy"], "plan"),
            c("앞으로 결혼 장려 문화가 법제화되도록 노력할 것", LT, D6i, ["childcare-birth"], "plan"),
        ],
        not_claims=["결혼장려-도시재생으로 인구감소 문제 해결하겠다", "결혼장려팀 신설해 122쌍 결혼 성과",
                    "맞춤형 청년 일자리 지원사업도 펼쳐", "초중고교생 대상 진로탐색 기회 제공",
                    "후손에게 살기 좋은 환경을 물려주는 것이 선배들의 책무라고 생각한다",
                    "‘인구 데드크로스’가 일어난 사실이 알려지면서"],
    ),
    "hq-07-ajunews.txt": dict(
        metadata=meta("대구시, 국가물산업클러스터 기업유치 본격 시동", "2015-06-15T15:18+09:00", "최주호", "아주경제", "27"),
        officials=[],
        claims=[
            c("대구시는 17일 국가물산업클러스터 1차 특별 분양을 겨냥해", None, D7, ["water-industry", "investment-attraction"], "plan"),
            c("1차 10여개 우수 중견 물기업 유치를 목표로", None, D7, ["water-industry", "investment-attraction"], "target"),
            c("특별 분양은 역외 우수기업을 유치할 목적으로", None, D7, ["water-industry", "investment-attraction"], "statement"),
            c("참석기업은 멤브레인", None, D7, ["water-industry", "investment-attraction"], "statement"),
            c("중장기적 기업유치 전략으로 접근할 계획이다", None, D7, ["water-industry", "investment-attraction"], "plan"),
            c("국가 물산업 클러스터는 우리 경제의 미래 성장동력이자 먹거리의 원천으로", None, D7, ["water-industry"], "statement", "김연창"),
        ],
        not_claims=["국가물산업클러스터 기업유치 본격 시동", "30여 기업 초청 특별 분양 기업유치 설명회 개최"],
    ),
    "hq-08-hankyung.txt": dict(
        metadata=meta("김해시 '스마트시티 챌린지 예비사업' 최종 선정", None, None, "연합뉴스", "48250"),
        officials=[HS],
        claims=[
            c("'2020년 스마트시티 챌린지 예비사업'에 28일 선정됐다", None, None, ["smart-city"], "achievement"),
            c("잇따른 대규모 공모사업에 선정되는 쾌거를 거뒀다", None, None, ["smart-city", "culture-tourism"], "achievement"),
            c("도시 문제 해결책 개발 및 적용하는 것이다", None, None, ["smart-city"], "statement"),
            c("해당 사업을 적용한다는 계획이다", None, None, ["smart-city"], "plan"),
            c("교통·건강·업무 등 다양한 편의를 제공하고 문제 해결을 추진한다", None, None, ["smart-city"], "plan"),
            c("국비 15억 원이 투입되며 올해 말까지 시행한다", None, None, ["smart-city"], "statement"),
            c("향후 2년간 국비 및 지방비 200억 원의 예산을 지원받는다", None, None, ["smart-city"], "statement"),
            c("도시 전 분야에 걸친 스마트시티 사업을 단계적으로 추진하고 있다", HS, None, ["smart-city"], "statement"),
            c("경제기반 스마트도시 김해 청사진을 완성하겠다", HS, None, ["smart-city"], "plan"),
        ],
        not_claims=["김해시 '스마트시티 챌린지 예비사업' 최종 선정", "5천여명이 일하고 있다"],
    ),
    "hq-09-newdaily.txt": dict(
        metadata=meta(None, None, None, None, "31"),
        officials=[],
        claims=[
            c("모두 10억원을 긴급 지원키로 했다고 8일 밝혔다", None, None, ["jobs"], "plan"),
            c("울산지역 경제에 미치는 충격을 최소화하기 위한 것이다", None, None, ["jobs"], "statement"),
            c("조선업종 퇴직자를 우선 채용키로 했다", None, None, ["jobs"], "plan"),
            c("관광산업 개발을 위해 대왕암공원 연안유휴지 개발사업 조기완공에", None, None, ["culture-tourism"], "plan"),
            c("모든 구군과 협조해 일자리사업을 적극 추진할 방침이다", None, None, ["culture-tourism", "jobs"], "plan"),
            c("전통시장 시설현대화사업 등 지역경제 활성화 등에 중점을 둔", None, None, ["small-merchants"], "plan"),
            c("조선산업이 특별고용지원업종으로 조기 지정될 수 있도록 최선의 노력을 다", None, None, ["jobs"], "plan", "박성호"),
        ],
        not_claims=["1만 2000여명의 근로자가 감소하는 등 경기 침체가 가시화되고 있다", "울산시 청사 전경ⓒ울산시 제공"],
    ),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        out = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))
