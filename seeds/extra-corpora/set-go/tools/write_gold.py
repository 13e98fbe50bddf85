"""Write set-go gold files. Claims as (quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"
FT, CC, ET = "fine-dust", "climate-carbon", "energy-transition"
SU, YP, JB = "startup-support", "youth-policy", "jobs"
WI, IA, PT, DS, CP = "water-industry", "investment-attraction", "public-transit", "disaster-safety", "citizen-participation"


def c(q, s, d, p, k):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}


SETS = {}

d = "2017-12-12"
SETS["go-01-gnnews.txt"] = (
    {"headline": "창원시, 미세먼지 대책 뭘담았나?", "published": "2017-12-12", "reporter": "이은수",
     "outlet": None, "jurisdiction": "48120"},
    ["ahn-sang-su"],
    [c("창원시가 향후 5년 내 미세먼지 배출량을 30% 줄인다", None, d, [FT], "target"),
     c("2022년까지 창원시 미세먼지 배출량의 30% 저감을 목표로 세워 추진한다고 밝혔다", None, d, [FT], "target"),
     c("미세먼지 농도는 서울, 부산보다 높고 전국 평균보다 높은 수준이다", None, d, [FT], "statement"),
     c("6대 부문을 설정, 12개 중점과제가 제시됐다", None, d, [FT], "statement"),
     c("시는 여기에 중점을 두고 대책마련에 나섰다", None, d, [FT], "statement"),
     c("도로·건설현장의 비산먼지 저감대책 추진으로 19%", "ahn-sang-su", d, [FT], "target"),
     c("살수차량 및 먼지 저감의 자발적 협약을 맺는다", None, d, [FT], "plan"),
     c("재원은 총35억 원으로", None, d, [FT], "statement"),
     c("친환경자동차 보급을 확대해 미세먼지를 관리할 계획이다", None, d, [FT], "plan"),
     c("어린이집 통학차량 LPG차 전환사업을 시행해", None, d, [FT], "plan")],
    ["창원시, 미세먼지 대책 뭘담았나?", "향후 5년 내 미세먼지 배출량 30% 줄이기로"])

d = "2022-12-20"
SETS["go-02-newsis.txt"] = (
    {"headline": "부산 기장군 동암항, 해양관광어항으로 탈바꿈", "published": "2022-12-20T16:25:52+09:00",
     "reporter": "이동민", "outlet": "뉴시스", "jurisdiction": "26710"},
    ["jeong-jong-bok"],
    [c("관광객을 모객하고, 어촌주민 역량강화를 통해 지역경제의 활력을 증진하고자 기획됐다", None, d, ["culture-tourism"], "statement"),
     c("유명 관광지와 연계돼 동암항만의 특색 있는 해양관광어항으로 거듭", "jeong-jong-bok", d, ["culture-tourism"], "statement")],
    ["부산 기장군 동암항, 해양관광어항으로 탈바꿈", "20일 어촌뉴딜300사업 준공식 개최",
     "행사 참석자들이 커팅식을 진행하고 있다", "'동암항 어촌뉴딜300 사업 준공식'을 개최했다고 밝혔다",
     "해양수산부 8대 선도 사업지로 지정되는 등", "총 9개 사업을 완료했다", "해산물 요리를 선보일 계획이다"])

d5, d6 = "2016-07-05", "2016-07-06"
SETS["go-03-worldnews.txt"] = (
    {"headline": None, "published": "2016-07-06T22:40:39+09:00", "reporter": None, "outlet": None,
     "jurisdiction": "47110"},
    ["lee-gang-deok"],
    [c("즉시 재해 문자를 발송하고 마을단위 경보시설 방송 송출하는 등 비상근무체제에 돌입했다", None, d5, [DS], "achievement"),
     c("포항시는 지진 발생 즉시 관련부서 직원들이 비상근무를 실시했으며", None, d5, [DS], "achievement"),
     c("피해발생시 인력지원에 대한 사전협의 등 유관기관과의 협조체계를 구축했다", None, d5, [DS], "achievement"),
     c("2016년 오천읍 진전지에 지진가속도 계측기를 설치했으며", None, d6, [DS], "plan"),
     c("지진발생시 행동요령 등을 적극적으로 홍보한다는 방침이다", None, d6, [DS], "plan"),
     c("지진으로 인한 피해는 접수된 것이 없다", None, d6, [DS], "statement")],
    ["▲ 이강덕 포항시장", "규모 5.0 의 지진이 발생했으며", "제보가 잇따랐다"])

d = "2026-01-26"
SETS["go-04-asiae.txt"] = (
    {"headline": None, "published": "2026-01-26", "reporter": None, "outlet": None, "jurisdiction": "31710"},
    [],
    [c("임산부 가사돌봄 지원부터 청년 주거비 완화, 소상공인·농업·안전 정책까지", None, d,
       ["childcare-birth", "welfare", YP, "housing", "small-merchants", "agriculture", DS], "plan"),
     c("'울주형 임산부 가사돌봄서비스'를 도입한다", None, d, ["childcare-birth", "welfare"], "plan"),
     c("신청하면 최대 6개월간 서비스를 이용할 수 있다", None, d, ["childcare-birth", "welfare"], "statement"),
     c("'AI 기반 투명페트병 무인회수기'를 설치해", None, d, ["fourth-industrial-revolution"], "plan"),
     c("공공배달앱 '먹깨비' 배달비 3천원 상시 지원과 할인쿠폰 제공 사업도 새롭게 추진된다", None, d, ["small-merchants"], "plan"),
     c("'어린이 과일간식 지원사업'과", None, d, ["education"], "plan")],
    ["신규 15건·개선 20건 시행…생활밀착 복지·경제·안전 전방위 확대", "복지·경제·환경·안전·농업 등 전 분야를 아우르는 것이 특징이다",
     "군정 전반에 걸친 정책 혁신에 나선다", "러닝트랙과 농구장, 족구장 등 생활체육시설도 조성된다",
     "AI 요약 기술은 핵심만 전달합니다"])

d = "2016-07-20"
SETS["go-05-yeongnam.txt"] = (
    {"headline": "대구 물산업클러스터 ‘순항’…13개 기업 투자 협약", "published": "2016-07-21T08:06+09:00",
     "reporter": "노인호", "outlet": None, "jurisdiction": "27"},
    ["kwon-young-jin"],
    [c("물산업클러스터 사업이 순항하고 있다", None, d, [WI], "statement"),
     c("현재까지 국가물산업클러스터에 유치한 물관련 기업은 13곳이고", None, d, [WI, IA], "achievement"),
     c("전체 면적 48만1천70㎡(약 14만5천523평)의 25%에 해당하는 것이다", None, d, [WI, IA], "achievement"),
     c("12개 강소물기업과 국가물산업클러스터 입주를 위한 분양 계약 또는 투자 협약을 체결했다", None, d, [WI, IA], "achievement"),
     c("13개 기업의 투자액은 1천200억원에 달하며, 신규 고용창출은 700명으로 예상된다", None, d, [WI, IA, JB], "achievement"),
     c("61개 물기업이 입주해 약 4천억원의 투자 유발", None, d, [WI, IA, JB], "target"),
     c("우수한 기술을 보유한 물기업체를 지속적으로 유치할 계획이다", None, d, [WI, IA], "plan"),
     c("수출전략기지로의 발전에 초석을 다져 나가겠다", "kwon-young-jin", d, [WI, "research-development"], "plan")],
    ["대구 물산업클러스터 ‘순항’…13개 기업 투자 협약", "2018년 국가물산업클러스터 완공",
     "61개 기업 4천억원 투자 ‘동력’"])

d = "2023-07-27"
SETS["go-06-jjinews.txt"] = (
    {"headline": "거창군, 주민참여예산시스템 시범사업 선정", "published": "2023-07-27T14:17+09:00",
     "reporter": "문종세", "outlet": "경남에나뉴스", "jurisdiction": "48880"},
    ["gu-in-mo"],
    [c("군 단위로는 유일하게 선도 지자체로 선정됐다고 27일 밝혔다", None, d, [CP], "achievement"),
     c("주민참여투표 운영방법 컨설팅, 전 직원 대상 주민제안사업 교육 등을 행안부로부터 지원받게 된다", None, d, [CP], "statement"),
     c("주민참여율 제고 기관 컨설팅을 진행한다", None, d, [CP], "plan"),
     c("주민참여예산분야 평가에서 군부 전국 1등 최우수를 차지해", "gu-in-mo", d, [CP], "achievement"),
     c("제도뿐만 아니라 주민 만족도까지 전국 최고가 될 수 있도록 더욱 최선을 다하겠다", "gu-in-mo", d, [CP], "plan"),
     c("올해 상반기에 주민참여예산학교 17회", None, d, [CP], "achievement")],
    ["전국 지자체 중 군 단위로는 유일하게 행정안전부 사업에 참여"])

SETS["go-07-kbmaeil.txt"] = (
    {"headline": None, "published": None, "reporter": "김락현", "outlet": "경북매일", "jurisdiction": "47190"},
    ["jang-se-yong"],
    [c("‘구미시 청년창업LAB’ 개소식을 갖고 본격적인 운영에 들어갔다", None, None, [SU, YP], "achievement"),
     c("시제품 제작을 통해 꿈을 설계하는 공간이다", None, None, [SU, YP], "statement"),
     c("청년창업생태계 플랫폼 역할을 수행하게 된다", None, None, [SU, YP], "statement"),
     c("청년창업카페, 창업자들을 위한 교육장 등의 편의시설을 갖추고 있다", None, None, [SU, YP], "statement"),
     c("242명의 청년창업가를 배출해 매출 127억원, 520명의 고용 창출 성과를 거두고 있다", None, None, [SU, YP, JB], "achievement"),
     c("우수 아이디어를 보유한 청년예비 창업가를 발굴·지원할 계획이다", None, None, [SU, YP], "plan"),
     c("연어형 청년일자리 창출의 산실이 될 수 있도록 적극적으로 지원하겠다", "jang-se-yong", None, [SU, YP, JB], "plan"),
     c("상향적 청년정책사업을 추진해 나갈 방침이다", None, None, [YP, "urban-regeneration", "culture-tourism"], "plan")],
    ["市·구미전자정보기술원 운영", "우수 청년 예비창업가 발굴·지원"])

d = "2025-11-23"
SETS["go-08-segye.txt"] = (
    {"headline": None, "published": "2025-11-23", "reporter": None, "outlet": None, "jurisdiction": "27290"},
    ["lee-tae-hun"],
    [c("태양광 자가발전시설을 설치하고, 달서구노인종합복지관에서 준공식을 개최했다고 23일 밝혔다", None, d, [ET], "achievement"),
     c("총 43.18킬로와트(kW) 규모 태양광 발전설비를 구축한 것이다", None, d, [ET], "achievement"),
     c("온실가스 22.7t 감축이 기대된다고 구청 측은 설명했다", None, d, [ET, CC], "statement"),
     c("기후위기 대응에 실질적으로 기여할 전망이다", None, d, [CC], "statement"),
     c("신재생에너지 융·복합사업을 지속해서 추진하며 에너지 자립 기반을 강화하고 있다", None, d, [ET], "statement"),
     c("태양광 보급 확대 정책을 이어가며", None, d, [ET], "plan"),
     c("이번 태양광발전시설 준공은 공공이 앞장서서 친환경 에너지 전환을 실천하고 있다는 상징적인 성과", "lee-tae-hun", d, [ET], "achievement"),
     c("앞으로도 탄소중립 정책을 꾸준히 확대해 기후위기 대응을 선도하는 도시로 나아가겠다", "lee-tae-hun", d, [CC], "plan")],
    ["태양광 자가발전시설이 설치된 달서구 노인종합복지관 모습"])

d = "2025-04-09"
SETS["go-09-ulsanilbo.txt"] = (
    {"headline": "울산시·울주군, 시내버스 불편해소 머리 맞대", "published": "2025-04-10", "reporter": "석현주",
     "outlet": "경상일보", "jurisdiction": "31"},
    ["kim-doo-gyeom", "lee-sun-geol"],
    [c("시내버스 노선 개편과 관련해 울주군과 간담회를 갖고 지역 주민 불편 해소를 위한 논의를 진행했다", None, d, [PT], "statement"),
     c("개편 전 123번 노선 복원 등을 건의했다", None, d, [PT], "statement"),
     c("군 지역의 불편 민원을 면밀히 검토하고 있으며, 이를 반영한 노선 조정도 순차적으로 진행 중", "kim-doo-gyeom", d, [PT], "statement"),
     c("두 차례에 걸쳐 미세 조정을 시행했고, 4월 중 3차 조정도 준비하고 있다", "kim-doo-gyeom", d, [PT], "plan"),
     c("515번 노선을 연장했으며", None, d, [PT], "achievement"),
     c("직행좌석 4개 노선의 태화강역 출발시간을 지정했다", None, d, [PT], "achievement"),
     c("노선 개편 이후 조속한 안정화를 위해 총력을 기울이고 있다", "kim-doo-gyeom", d, [PT], "statement"),
     c("울주군에서 제시한 건의사항도 적극 검토해 주민 불편이 최소화될 수 있도록 하겠다", "kim-doo-gyeom", d, [PT], "plan")],
    ["울산시·울주군, 시내버스 불편해소 머리 맞대", "이날 간담회에는 김두겸 울산시장과 안효대 경제부시장",
     "군에서는 이순걸 군수와 공진혁·김종훈·홍성우 시의원이 참석했다"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, (meta, officials, claims, not_claims) in SETS.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(claims)
        print(name, len(claims))
    print("total", total)
