"""Write set-pv gold files (hand annotation, blind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


CJ = "cha-jun-taek"
LG = "lee-gang-ho"
LJ = "lee-jae-su"
KY = "kim-yung-hwan"
LC = "lee-cha-yeong"
HB = "han-beom-deok"
HS = "heo-seong-gon"
WH = "won-hee-ryong"
H2 = ["future-vehicles", "energy-transition"]

FILES = {
    "pv-01-kihoilbo.txt": {
        "metadata": {"headline": "도시 인프라 늘려 균형발전 꿈꾼다", "published": "2019-07-11",
                     "reporter": "장원석", "outlet": "기호일보", "jurisdiction": "28237"},
        "officials": [CJ],
        "claims": [
            c("구민과의 소통창구인 소통담당관을 설치하고", None, "2019-07-11", ["citizen-participation"], "achievement"),
            c("소상공인 지원과 지역경제 활성화를 위한 팀도 만들고", None, "2019-07-11", ["small-merchants"], "achievement"),
            c("부평 남부권역의 체육과 복지인프라를 확충하는 것으로 이어졌다", None, "2019-07-11", ["welfare"], "achievement"),
            c("전통시장과 상점가 활성화, 청년 재정 지원 및 소상공인과 중소기업 융자 지원 등", None, "2019-07-11",
              ["small-merchants", "youth-policy"], "achievement"),
        ],
        "not_claims": [
            "[인천 기초단체장·의회 의장 1년 성과와 비전]차준택 부평구청장",
            "균형발전을 위한 도시 인프라 확충에 투자했다고 자평했다",
            "구 행정조직 개편을 단행했다",
            "국·시비 215억 원을 확보하는 등 열심히 뛰고 있다",
            "부평남부체육센터가 2022년 개관하면 구민 건강 증진과 삶의 질 향상은 물론",
            "청년 활동공간인 유유기지와 지역 거점형 콘텐츠기업 육성센",
        ],
    },
    "pv-02-mediaic.txt": {
        "metadata": {"headline": "'전국 최초’ 정책에 인천시 군.구 종합평가 1등까지", "published": "2019-06-25T10:55+09:00",
                     "reporter": "문종권", "outlet": "미디어인천신문", "jurisdiction": "28200"},
        "officials": [LG],
        "claims": [
            c("최초 아빠 육아휴직 장려금 정책 등 이강호 남동구청장 정책은 주민과 소통을 강화하려는 의지를 담고 있다", None,
              "2019-06-25", ["citizen-participation", "childcare-birth"], "statement"),
            c("주민들과 소통을 강화해온 1년이었다", LG, "2019-06-25", ["citizen-participation"], "achievement"),
            c("가장 기억에 남는 성과라면 청년예술인 고용정책과 구가 직영하는 무료 장난감수리센터다", LG, "2019-06-25",
              ["jobs", "youth-policy"], "achievement"),
            c("미취업 예술인 청년 57명을 고용한 정책은 청년들에게는 일자리를 제공했고", LG, "2019-06-25",
              ["jobs", "youth-policy", "culture-tourism"], "achievement"),
            c("또 65세 이상 어르신을 고용해 무료로 주민들", LG, "2019-06-25", ["jobs"], "statement"),
        ],
        "not_claims": [
            "이런 의지 덕분에 지난 3월 인천시 ‘군구 행정실적 종합평가’에서 남동구가 대상을 수상한 바 있다",
            "인천시 1등 자치구라는 명성도 얻었다",
            "늘 주민들의 말에 귀 기울일 것이며, 주민 입장에서 새로운 정책을 만들고 시행해 나갈 것이다",
            "이강호 남동구청장 취임 1년 인터뷰",
        ],
    },
    "pv-03-newsstep.txt": {
        "metadata": {"headline": "강릉 북부권 수소충전소 구축 주민설명회", "published": "2022-11-18T08:15+09:00",
                     "reporter": "최선경", "outlet": "뉴스스텝", "jurisdiction": "42150"},
        "officials": [],
        "claims": [
            c("강릉시는 18일 강릉 북부권 수소충전소 구축사업 추진과 관련하여 연곡면 주민을 대상으로 주민설명회를 개최한다",
              None, "2022-11-18", H2, "plan"),
            c("수소에너지의 안정성과 필요성에 대해 설명할 예정이며", None, "2022-11-18", H2, "plan"),
            c("시간당 승용차 10대 이상 충전이 가능한 충전소 규모로 내년 하반기까지 구축할 계획이다", None, "2022-11-18", H2,
              "plan"),
            c("시는 사업부지를 임대하는 형식으로 추진된다", None, "2022-11-18", H2, "statement"),
            c("26년까지 1,400여 대를 보급할 계획이며", None, "2022-11-18", H2, "target"),
            c("주민수용성을 확보하여 사업을 추진하도록 하겠다", None, "2022-11-18", H2, "plan"),
        ],
        "not_claims": [
            "수소에너지의 안정성 및 필요성 설명",
            "울진군 온정면, 2025년 노인일자리사업 안전 및 소양교육 실시",
        ],
    },
    "pv-04-chmbc.txt": {
        "metadata": {"headline": "시민 주권 강화 지속 가능 도시 목표", "published": None,
                     "reporter": "백승호", "outlet": None, "jurisdiction": "42110"},
        "officials": [LJ],
        "claims": [
            c("이 시장은 시민 주권과 마을 자치를 현실화했다는 성과를 냈지만", None, None,
              ["citizen-participation", "public-transit"], "criticism"),
            c("결정할 수 있도록 시민 주권과 마을 자치를 대폭 강화시켰고", None, None, ["citizen-participation"], "achievement"),
            c("뜻있는 가치 실현과 시민 공론화 같은 추진 과정을 더 중요시했습니다", None, None, ["citizen-participation"],
              "statement"),
            c("시민 여러분이 이미 가진 역량이 지역 사회 곳곳에서 온전히 발휘되도록 해드리는 것이 시장의 소임이라고 생각합니다",
              LJ, None, ["citizen-participation"], "statement"),
            c("시내버스 시민 공영제는 사실상 실패했고", None, None, ["public-transit"], "criticism"),
            c("노선 개편도 함께 이뤄져 한동안 시민들의 혼란과 불만이", None, None, ["public-transit"], "criticism"),
            c("78억 짜리 버스 회사를 인수", None, None, ["public-transit"], "criticism"),
        ],
        "not_claims": [
            "민선 7기 2주년을 맞아 지난 시간을 되돌아보고 평가하는 기획보도",
            "다른 모습을 보이며 기대를 모았습니다",
            "지난 2년 동안 현실의 높은 벽에",
        ],
    },
    "pv-05-cjb.txt": {
        "metadata": {"headline": "김영환 충북도지사 \"다자녀·다태아 육아부모 맞춤 지원 강화\"", "published": "2025-03-23",
                     "reporter": "김진수", "outlet": None, "jurisdiction": "43"},
        "officials": [KY],
        "claims": [
            c("맞춤형 지원책 모색에 나섰습니다", KY, "2025-03-22", ["childcare-birth"], "plan"),
            c("국가유공자에 버금가는 예우를 받을 자격이 있다", KY, "2025-03-22", ["childcare-birth"], "statement"),
            c("과감한 지원 정책을 지속 발굴해 나갈 것", KY, "2025-03-22", ["childcare-birth"], "plan"),
            c("다자녀 가정 지원을 확대·강화하고 있으며", None, "2025-03-23", ["childcare-birth"], "achievement"),
        ],
        "not_claims": [
            "김영환 충북도지사 \"다자녀·다태아 육아부모 맞춤 지원 강화\"",
            "현장의 생생한 목소리를 청취했습니다",
        ],
    },
    "pv-06-cbinews.txt": {
        "metadata": {"headline": "청주시 공영버스 괴산군 청천면까지 운행 연장", "published": "2021-05-01",
                     "reporter": "김남균", "outlet": None, "jurisdiction": "43760"},
        "officials": [LC, HB],
        "claims": [
            c("청주 공영버스로 갈아타면서 발생했던 이중요금 문제가 해결됐다", None, "2021-05-01", ["public-transit"],
              "achievement"),
            c("미원면에서 괴산군 청천까지 하루 7회 운행하기로 했다고 밝혔다", None, "2021-05-01", ["public-transit"],
              "achievement"),
            c("청천-미원 간 버스노선 개선 필요성을 설명하고 관심과 협조를 요청했다", LC, "2021-04-16", ["public-transit"],
              "plan"),
            c("청천면을 경유 할 수 있도록 개편해 운행을 시행했다", None, "2021-05-01", ["public-transit"], "achievement"),
            c("청천면에서는 하루 총 7회 청주시 공영버스를 이용할 수 있다", None, "2021-05-01", ["public-transit"], "statement"),
            c("버스를 탈 때 환승을 활용할 수 있게 됐다", None, "2021-05-01", ["public-transit"], "achievement"),
        ],
        "not_claims": [
            "그동안 청천↔미원 괴산시내버스 이용 후 청주시내버스 타야 해 이번 조치로 이중요금 문제 해결",
        ],
    },
    "pv-07-gnynews.txt": {
        "metadata": {"headline": "허성곤, 김해시장 취임 “옛 김해 영광 재현”", "published": "2016-04-14T19:47+09:00",
                     "reporter": "장익선", "outlet": None, "jurisdiction": "48250"},
        "officials": [HS],
        "claims": [
            c("역사와 문화가 살아 숨 쉬는 도시로 만들고, 첨단과학 산업의 메카가 되도록 기반을 조성하겠다", HS, "2016-04-14",
              ["culture-tourism"], "plan"),
            c("김해를 4차 산업의 진원지가 되도록 행정력을 집중해 나갈 각오", HS, "2016-04-14",
              ["fourth-industrial-revolution"], "plan"),
            c("4차 산업혁명이 성장의 엔진이 될 것이라는 예상을 내놓고 있다", HS, "2016-04-14",
              ["fourth-industrial-revolution"], "statement"),
            c("4차 산업혁명시대는 선도적인 도시가 될 수 있도록 에너지를 쏟아 붓겠다", HS, "2016-04-14",
              ["fourth-industrial-revolution"], "plan"),
            c("창업보육센터 처쿠카페 같은 것도 만들 계획", HS, "2016-04-14", ["startup-support", "youth-policy"], "plan"),
            c("역사와 문화 예술이 살아 숨 쉬는 김해를 만드는 꿈을 실현하는데 한 목숨을 바칠 것", HS, "2016-04-14",
              ["culture-tourism"], "plan"),
        ],
        "not_claims": [
            "옛 김해의 영광을 재현하겠다고 밝혔다",
            "역동적인 김해를 만들어 가자",
            "신상필벌의 원칙에 따라 잘하면 인센티브를 주고, 못하면 페널티를 줄 것",
        ],
    },
    "pv-08-kpinews.txt": {
        "metadata": {"headline": "경남도, 9개 시·군서 청년 지역살이-창업지원 사업 추진", "published": "2022-07-02T09:22+09:00",
                     "reporter": "최재호", "outlet": "KPI뉴스", "jurisdiction": "48"},
        "officials": [],
        "claims": [
            c("경남도는 하반기부터 9개 시·군에서 청년들을 대상으로 지역살이 및 지역정착 지원 사업을 추진한다고 2일 밝혔다",
              None, "2022-07-02", ["youth-policy"], "plan"),
            c("경남도와 시·군이 함께 사업비를 부담하는 방식으로 진행된다", None, "2022-07-02", ["youth-policy"], "statement"),
            c("1단계 사업인 청년 지역살이 프로그램은", None, "2022-07-02", ["youth-policy"], "statement"),
            c("밀양·의령·고성·남해·함양 5개 시·군에서 본격 운영된다", None, "2022-07-02", ["youth-policy"], "plan"),
            c("월세 등 지역정착 자금을 지원하고", None, "2022-07-02", ["youth-policy", "housing", "startup-support"],
              "statement"),
            c("김해·의령·남해·함양 등 4개 시·군에서 하반기부터 추진된다", None, "2022-07-02", ["youth-policy"], "plan"),
            c("안정적으로 지역에서 살아갈 수 있도록 앞으로 다양한 정책을 추진해 나가겠다", None, "2022-07-02",
              ["youth-policy"], "plan"),
        ],
        "not_claims": [
            "밀양·의령·고성·남해·함양, 지역체험 및 정착 프로그램 기획",
            "김해·의령·남해·함양, 정착방안·자금 지원…하반기부터 운영",
            "지원 대상, 추진일정 등은 해당 시·군별 청년담당부서에서 확인할 수 있다",
        ],
    },
    "pv-09-jejumaeil.txt": {
        "metadata": {"headline": "주간정책조정회의서 과제별 추진 성과 및 향후 계획 점검", "published": None,
                     "reporter": None, "outlet": "제주매일", "jurisdiction": "50"},
        "officials": [WH],
        "claims": [
            c("부동산 가격폭등과 주거난, 대중교통·주차", WH, None, ["housing", "public-transit"], "statement"),
            c("전기차, 신재생에너지, 일자리, 관광산업의 질적인 발전은", WH, None,
              ["future-vehicles", "energy-transition", "jobs", "culture-tourism"], "statement"),
        ],
        "not_claims": [
            "‘도민행복 5+2 역점 정책’은 지속가능한 제주 발전의 큰 그림과 흐름 속에서 정책을 점검하고",
            "5+2 역점과제를 정한 것은 특정 업무만 중요하다는 것은 전혀 아니",
            "5+2 역점 과제별 추진 상황과 개선사항, 향후 계획에 대한 공유가 이뤄졌다",
        ],
    },
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(body["claims"])
        print(name, len(body["claims"]))
    print("total", total)
