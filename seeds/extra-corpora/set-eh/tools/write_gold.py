"""Write set-eh's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter,
            "outlet": outlet, "jurisdiction": jurisdiction}


MI, SU, IA, JOB, YP = "medical-industry", "startup-support", "investment-attraction", "jobs", "youth-policy"
CT, UR, HO, DC, FIR = "culture-tourism", "urban-regeneration", "housing", "decentralization", "fourth-industrial-revolution"
PT, SM = "public-transit", "small-merchants"

FILES = {}

D = "2019-03-25"
FILES["eh-01-seenews365.txt"] = dict(
    metadata=meta("충북도, 2030 바이오·헬스산업에 5조5019억 투입", "2019-03-25T14:09+09:00", "이재표", None, "43"),
    officials=[],
    claims=[
        c("국가 바이오산업 육성정책과 연계한", None, D, [MI], "plan"),
        c("이 전략은 도내 바이오밸리 5+2 프로젝트 발전축을 중심으로 추진한다", None, D, [MI], "plan"),
        c("발전축은 청주(의약·의료서비스)", None, D, [MI], "statement"),
        c("도는 5대 목표와 20개 추진전략, 120개 세부 실천과제를 연차적으로 진행하기로 했다", None, D, [MI], "plan"),
        c("사업비는 총 55019억원이다", None, D, [MI], "statement"),
        c("국비 8052억원, 도비 3534억원", None, D, [MI], "statement"),
        c("개인 맞춤형 첨단의료산업 육성을 위해 33개 과제에 5033억원을 투입한다", None, D, [MI], "plan"),
        c("바이오 혁신커뮤니티 구성, 강소 바이오기업 창업성장 패키지 지원, 바이오교육원·창업보육센터 건립", None, D, [MI, SU], "plan"),
        c("3097억원을 들여 정밀의료기기산업 육성에도 나선다", None, D, [MI], "plan"),
        c("24개 과제로는 체외진단기기 개발지원 센터 건립", None, D, [MI], "plan"),
        c("세계 천연물산업 중심지 도약에는 2399억원을 투입한다", None, D, [MI], "plan"),
        c("29개 추진 과제에는 바이오헬스(천연물)산업 지정", None, D, [MI], "plan"),
    ],
    not_claims=["도내 바이오밸리 ‘5+2 프로젝트 발전축’ 중심으로 추진", "충북 바이오밸리 5+2 프로젝트 발전축. 사진=충북도",
                "충북도, 2030 바이오·헬스산업에 5조5019억 투입"],
)

FILES["eh-02-nocutnews.txt"] = dict(
    metadata=meta(None, None, None, None, "36"),
    officials=["choi-min-ho"],
    claims=[
        c("대통령 세종집무실과 국회 세종의사당 건립 일정을 앞당겨야 한다", None, None, [DC], "plan", "이재명"),
        c("행정수도 완성에 대한 적극적인 의지를 보여준 것", None, None, [DC], "statement"),
        c("이는 단순히 국가 기반 시설의 조속한 건립을 지시한 수준을 넘어 행정수도 완성을 향한", "choi-min-ho", None, [DC], "statement"),
        c("임기 내 대통령 세종집무실 시대를 열겠다는 의지를 밝힌 점도 간과할 수 없는 중요한 인식의 전환", "choi-min-ho", None, [DC], "statement"),
        c("이제는 '행정수도 완성'이라는 정치적 선언을 재확인하는 수준을 넘어", "choi-min-ho", None, [DC], "plan"),
        c("대통령 세종집무실과 국회 세종의사당이 조속히 들어설 수 있도록 노력하겠다", "choi-min-ho", None, [DC], "plan"),
    ],
    not_claims=["최민호 세종시장. 세종시 제공"],
)

D = "2019-01-01"
FILES["eh-03-wowtv.txt"] = dict(
    metadata=meta("제주도, 지역 주도형 청년 일자리 280개 창출", "2019-01-01T06:00+09:00", "김호천", "연합뉴스", "50"),
    officials=[],
    claims=[
        c("올해 제주 실정에 맞는 280개 청년 일자리가 새롭게 만들어진다", None, D, [JOB, YP], "target"),
        c("올해 총 280개의 신규 일자리를 창출할 계획이라고 1일 밝혔다", None, D, [JOB, YP], "target"),
        c("지역 주도형 일자리 사업이란 지역 실정에 맞는 청년 적합 일자리를 발굴해", None, D, [JOB, YP], "statement"),
        c("제주 미래 선도 청년 인재 육성 사업에 112개의 신규 일자리를 만들고", None, D, [JOB, YP, CT], "target"),
        c("물류 기업 청년 일자리 지원 사업과 응급의료장비 운영 지원 사업에도 각각 8개의 일자를 새로 만든다", None, D, [JOB, YP], "target"),
        c("수출기업 인력뱅크 사업을 확대해 각각 55개 신규 일자리를 제공한다", None, D, [JOB, YP], "target"),
        c("일하는 청년 제주로 사업에도 일자리 10개를 새로 만든다", None, D, [JOB, YP], "target"),
        c("만 18∼39세 청년에게 140개 일자리를 제공했다", None, D, [JOB, YP], "achievement"),
        c("지역 주도형 청년 일자리는 청년들에게는 일자리를, 기업에는 인건비를 지원하는 상생의 일자리 사업", None, D, [JOB, YP], "statement", "양석하"),
    ],
    not_claims=["제주도, 지역 주도형 청년 일자리 280개 창출", "khc@yna.co.kr"],
)

FILES["eh-04-kmib.txt"] = dict(
    metadata=meta(None, None, None, None, "29"),
    officials=["kang-gi-jung"],
    claims=[
        c("광주광역시가 AI중심도시 도약을 위한 이른바 ‘모두의 AI 광주 비전’을 선포했다", None, None, [FIR], "plan"),
        c("광주의 인공지능 중심도시 도약 비전을 제시하는 ‘모두의 AI, 광주 비전 선포식’을 열었다", None, None, [FIR], "statement"),
        c("이날 선포식은 지난달 22일 예비타당성조사가 면제된 6000억원 규모의", None, None, [FIR], "statement"),
        c("AI 기업 21개사와의 광주 유치 업무협약(MOU) 체결", None, None, [FIR, IA], "statement"),
        c("2단계 사업이 본격화할 경우 시민의 하루가 매 시간마다 달라지는 구체적인 과제를 제시했다", None, None, [FIR], "plan"),
        c("대표적 과제로는 AI 공원 놀이터와 AI 교통시스템·대중교통 최적화 시스템", None, None, [FIR, PT], "plan"),
        c("광주는 2017년부터 AI라는 새로운 길을 선택했고", "kang-gi-jung", None, [FIR], "achievement"),
        c("국가 AI컴퓨팅센터를 반드시 광주에 유치해 대한민국 AI의 심장으로 우뚝 서겠다", "kang-gi-jung", None, [FIR], "plan"),
    ],
    not_claims=["선포식에는 강기정 시장과 광주시의회, 대학 총장", "광주시는 이날 선포식을 시작으로 인공지능"],
)

FILES["eh-05-daejonilbo.txt"] = dict(
    metadata=meta(None, None, None, None, "30"),
    officials=["lee-jae-gwan"],
    claims=[
        c("도시재생 뉴딜사업 선정지인 동구 가오동과 중구 중촌동을 방문하는 현장행정을 펼쳤다", None, None, [UR], "statement"),
        c("이번 뉴딜사업이 잘 마무리되면 주민의 주거복지와 삶의 질이 개선되고", "lee-jae-gwan", None, [UR, HO, JOB], "statement"),
        c("시는 올 상반기부터 공청회 개최, 지방의회 의견청취, 활성화계획 수립 등", None, None, [UR], "plan"),
        c("2021년까지 120억 원의 예산을 투입할 계획이다", None, None, [UR], "plan"),
        c("현재는 골목상권 쇠퇴로 어려움을 겪고 있지만", "lee-jae-gwan", None, [UR, SM], "statement"),
        c("행정력을 집중해서 원도심 활성화와 시민들의 주거안정을 확보하고", "lee-jae-gwan", None, [UR, HO], "plan"),
        c("2018년부터 2021년까지 총사업비 243억 원을 투입해 공공임대주택 공급", None, None, [UR, HO, CT], "plan"),
    ],
    not_claims=["현장 곳곳을 살펴보며 관계자로부터 앞으로의 추진계획과 애로 사항을 청취했다",
                "이 곳은 30-40년 이상 노후 주택들이 대부분이고 공가나 폐가가 많아",
                "지역특성을 고려한 사업을 지속적으로 발굴해 달라고 당부했다",
                "이어 이 권한대행은 중구로 자리를 옮겨"],
)

FILES["eh-06-zum.txt"] = dict(
    metadata=meta("최충규 대덕구청장, \"지역 발전 전환점 될 것\"… 도시재생사업 환영", None, "이한영", "충청일보", "30230"),
    officials=["choi-chung-gyu"],
    claims=[
        c("국토교통부 주관 2024 하반기 도시재생사업 공모에서 혁신지구 후보지로 선정됐다", None, None, [UR], "achievement"),
        c("이는 대덕구가 충청권에서 유일하게 선정된 쾌거로", None, None, [UR], "achievement"),
        c("대덕구가 혁신지구 후보지로 선정된 것은 지역 경제와 도시재생의 새로운 전환점이 될 것", "choi-chung-gyu", None, [UR], "statement"),
        c("이번 사업을 통해 연축지구 신청사 이전으로 공동화가 우려되는 오정동 구청사 부지를 활용하고", "choi-chung-gyu", None, [UR, "city-hall"], "statement"),
        c("이번 공모는 전국적으로 47곳이 신청한 가운데", None, None, [UR], "statement"),
        c("이 중 대덕구는 경제적 파급 효과와 사업의 완성도가 높게 평가돼", None, None, [UR], "achievement"),
        c("2025 하반기 국가시범지구 공모 선정이 앞으로 남아 있다", "choi-chung-gyu", None, [UR], "statement"),
        c("대전시와 협력해 국가시범지구 최종 선정까지 최선을 다하겠다", "choi-chung-gyu", None, [UR], "plan"),
        c("이번 사업이 지역경제를 활성화하고 대덕구의 미래 발전에 큰 기여를 할 것", "choi-chung-gyu", None, [UR], "plan"),
        c("이번 선정으로 대덕구는 도시재생과 경제 활성화를 위한 첫걸음을 내딛으며", None, None, [UR], "statement"),
    ],
    not_claims=["12.24 (화)", "최충규 대덕구청장, \"지역 발전 전환점 될 것\"… 도시재생사업 환영", "/대전=이한영기자"],
)

KG = "kim-gwan-yeong"
FILES["eh-07-joongang.txt"] = dict(
    metadata=meta("“새만금, 2차전지 중심 부상 … 공항·항만·철도 건설도 속도”", None, "김준희", "중앙일보", "52"),
    officials=[KG],
    claims=[
        c("2차전지 분야를 발판 삼아 새만금 공항·항만·철도 트라이포트(tri-port) 건설과", KG, None, ["airport-relocation"], "plan"),
        c("김 지사는 지난 2년간 성과로", KG, None, [IA, DC], "achievement"),
        c("131개 조문, 333개 특례가 반영된 전북특별법 제·개정을 통해", KG, None, [DC, IA], "achievement"),
        c("새만금개발청이 주도한 투자액이 80%가량 차지해 거품이 꼈다", None, None, [IA], "criticism"),
        c("새만금 국가산업단지에 2차전지 중심으로 43개 기업, 10조2000억원 규모 투자를 유치했다", None, None, [IA], "achievement"),
    ],
    not_claims=["“새만금, 2차전지 중심 부상 … 공항·항만·철도 건설도 속도”", "전북의 백년대계(百年大計)는 이제 시작입니다.",
                "전북이 가는 길이 대한민국이 가는 길이 되도록 하겠다", "김 지사는 남은 임기 2년 도정 방향 키워드로",
                "1일 도청에서 취임 2주년 기자회견을 하고 있다. 김준희 기자"],
)

D = "2020-01-28"
KJ = "kim-jong-sik"
FILES["eh-08-ikbc.txt"] = dict(
    metadata=meta("목포 관광거점도시 선정 '전남 관광 청신호'", "2020-01-28T19:08:50+09:00", "이동근", None, "46110"),
    officials=[KJ],
    claims=[
        c("목포시가 관광혁신을 주도하는 대한민국 4대 관광거점도시에 선정됐습니다", None, D, [CT], "achievement"),
        c("5년 간 1000억 원의 사업비가 투입돼 글로벌 관광도시로 육성되는데", None, D, [CT], "plan"),
        c("전남 서부 관광 활성화에 청신호가 켜졌습니다", None, D, [CT], "statement"),
        c("정부는 지난해 확대국가관광전략회의를 통해 관광 거점도시 육성을 밝혔습니다", None, D, [CT], "statement"),
        c("지역별 관광 거점을 육성해 세계 수준의 관광지로 만들겠다는 취지입니다", None, D, [CT], "statement"),
        c("기초 지자체 4곳을 지역 관광 허브로 육성하겠습니다", None, D, [CT], "plan"),
        c("문화체육관광부가 3차에 걸친 심사 결과", None, D, [CT], "achievement"),
        c("5년 간 최대 1000억 원의 사업비를 투입해 교통과 숙박 등의 인프라 확충을 비롯해", None, D, [CT], "plan"),
        c("목포는 근대역사문화와 음식문화, 섬 등 지역 특화자원의 잠재력과 활용방안이 높은 평가를 받았습니다", None, D, [CT], "achievement"),
        c("세계적인 해양관광과 도보관광의 중심지로 육성할 계획입니다", None, D, [CT], "plan"),
        c("2024년 1,500만 이상의 관광객이 방문하는", KJ, D, [CT], "target"),
    ],
    not_claims=["목포 관광거점도시 선정 '전남 관광 청신호'", "이동근 기자의 보도입니다.",
                "지역의 특화된 콘텐츠를 중심으로 지자체가 관광 산업의 주체가 돼주시기 바랍니다."],
)

PS = "park-sang-don"
FILES["eh-09-wowtv.txt"] = dict(
    metadata=meta("“모두가 뒷걸음질 치고 무너질 때, 천안시는 홀로 성장했습니다”", None, None, None, "44130"),
    officials=[PS],
    claims=[
        c("박 시장은 일자리 창출 등 민생과 경제 회복", PS, None, [JOB, CT, PT], "achievement"),
        c("박 시장은 지난 2년간 668개 기업을 유치해 투자액 5조1697억원을 달성했다", None, None, [IA], "achievement"),
        c("취임 전인 2014년부터 2020년까지 6년간 투자액(4조142억원) 보다 1조원 가량 높다", None, None, [IA], "achievement"),
        c("신규 일자리도 1만7000개를 창출해 지역 경제 활성화를 견인했다", None, None, [JOB], "achievement"),
        c("천안시는 전국에서 유일하게 13개 산업단지 조성을 추진 중이다", None, None, [IA], "statement"),
        c("이를 통해 일자리 3만9000개를 만든다는 목표다", None, None, [JOB], "target"),
        c("제치고 고용률 2위를 기록했다", None, None, [JOB], "achievement"),
        c("수도권 전철과 천안 시내버스 환승할인을 해결하는 등 천안형 교통체계도 확립했다", None, None, [PT], "achievement"),
        c("천안형 환승할인은 지난해 천안시를 빛낸 10대 뉴스 1위로 뽑혔다", None, None, [PT], "achievement"),
        c("특례보증도 1200억원 규모로 확대해 코로나19로 어려운 서민 경제와 소상공인, 자영업자를 지원한 것도", None, None, [SM], "achievement"),
        c("‘빵빵데이’를 개최해 ‘빵의 도시 천안’ 브랜드를 구축하는 등", None, None, [CT], "achievement"),
        c("답보상태인 천안역 증·개축사업을 다시 추진", None, None, [PT], "achievement"),
    ],
    not_claims=["모두가 뒷걸음질 치고 무너질 때, 천안시는 홀로 성장했습니다",
                "취임 2주년을 맞아 18일 오전 시청 대회의실에서 기자 간담회를 열고 취임 후 성과를 발표했다",
                "오늘이 마지막이라는 심정으로 항상 최선을 다했다",
                "천안의 새로운 역사가 될 눈부신 성과를 시민 여러분과 함께 이루어냈다"],
)


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(FILES), "files,", sum(len(b["claims"]) for b in FILES.values()), "claims")


if __name__ == "__main__":
    main()
