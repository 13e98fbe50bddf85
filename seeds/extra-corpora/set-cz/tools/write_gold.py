"""Write the set-cz gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


FILES = {}

# ---------------------------------------------------------------- cz-01 수원 전기버스 (2019-12-09)
D = "2019-12-09"
Y = "yeom-tae-yeong"
FILES["cz-01-heraldcorp.txt"] = {
    "metadata": {"headline": "염태영, 국내최초·최대 전기버스 충전인프라 구축", "published": "2019-12-09T20:11+09:00",
                 "reporter": "박정규", "outlet": "헤럴드경제", "jurisdiction": "41110"},
    "officials": [Y],
    "claims": [
        c("밤새 96대의 버스가 순차적으로 완충되는 대규모 충전인프라가 수원시에 구축됐다", None, D, ["future-vehicles"], "achievement"),
        c("이 같은 대규모 충전인프라는 국내 최초이자 최대 규모다", None, D, ["future-vehicles"], "achievement"),
        c("전기버스가 공해가 발생하지 않는 점을 확인하며 친환경 교통수단 확대의 필요성에 공감하기도 했다", None, D, ["future-vehicles"], "statement"),
        c("향후 3년간 1000대의 전기버스를 도입한다는 목표를 세웠다", None, D, ["future-vehicles", "fine-dust", "climate-carbon"], "target"),
        c("친환경 교통수단으로 변화하는 것은 이제 선택이 아니라 필수이며", Y, D, ["future-vehicles"], "plan"),
        c("시민의 당연한 권리인 맑은 공기를 지키기 위해 수원시가 앞장서겠다", Y, D, ["fine-dust"], "plan"),
    ],
    "not_claims": [
        "염태영, 국내최초·최대 전기버스 충전인프라 구축",
        "전국 최대규모 인프라 수원시 구축.[수원시 제공]",
        "전기버스 충전인프라 구축사업 준공식 및 시승식을 개최했다",
        "전기버스 시대를 뒷받침할 충전인프라 구축을 축하하며",
    ],
}

# ---------------------------------------------------------------- cz-02 화천 산천어축제 인터뷰 (2018-12-31)
D = "2018-12-31"
H = "choi-mun-sun"
FILES["cz-02-tvchosun.txt"] = {
    "metadata": {"headline": "[네트워크 초대석] 최문순 화천군수 \"국가대표 산천어축제 준비 완료\"",
                 "published": "2018-12-31T08:56+09:00", "reporter": None, "outlet": None, "jurisdiction": "42790"},
    "officials": [H],
    "claims": [
        c("슬로건을 내건 화천 산천어축제가 닷새 후인 2019년 1월 5일부터 1월 27일까지 23일간 개최됩니다", H, D, ["culture-tourism"], "plan"),
        c("세계최대 실내얼음광장도 조성이 완료되어 관광객들을 맞이하고 있습니다", H, D, ["culture-tourism"], "achievement"),
        c("축제장을 찾아주실 관광객 여러분들의 편의와 안전을 위한 마지막 보완작업만을 남겨두고", H, D, ["culture-tourism", "disaster-safety"], "statement"),
        c("산천어축제는 낮부터 밤까지 즐길 수 있는 산천어 얼음낚시, 맨손잡기, 눈썰매 등", H, D, ["culture-tourism"], "statement"),
        c("화천에서 숙박하시는 분들에게는 평일 주간 얼음낚시와 야간 얼음낚시, 주말 야간낚시를 무료로", H, D, ["culture-tourism"], "plan"),
        c("세계최대 실내얼음조각광장은 스노우카페 등 50여점의 새로운 작품이 선보입니다", H, D, ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "국가대표 산천어축제 준비 완료",
        "화천군하면 역시 겨울철에는 산천어 축제가 떠오르는데요",
        "올해 산천어축제에 또 새롭게 준비된 프로그램이 있습니까",
        "개막일에는 아마 30cm까지 얼 것으로 예상합니다",
        "기타 기본적인 시설 준비는 모두 끝났습니다",
    ],
}

# ---------------------------------------------------------------- cz-03 강릉방문의 해 (2026-01-28), institutional
D = "2026-01-28"
CT = ["culture-tourism"]
FILES["cz-03-kmib.txt"] = {
    "metadata": {"headline": "강릉, 국제관광도시 도약…2026~2027 강릉방문의해 운영", "published": "2026-01-28",
                 "reporter": None, "outlet": None, "jurisdiction": "51150"},
    "officials": [],
    "claims": [
        c("2026~2027년을 ‘강릉방문의 해’로 정하고 통합 관광정책을 본격적으로 시행한다", None, D, CT, "plan"),
        c("지역 상권에 도움이 되는 체류형 관광도시를 만드는 게 핵심이다", None, D, ["culture-tourism", "small-merchants"], "statement"),
        c("2027년까지 국내 관광객 5000만명 달성, 해외 관광객 50만명 유치", None, D, CT, "target"),
        c("당일 방문 중심의 관광 구조를 1박 이상 머무르는 체류형 관광으로 전환한다", None, D, CT, "plan"),
        c("관광자원이 지역 소비와 자연스럽게 연결되는 시간 소비형 관광으로 확장한다", None, D, ["culture-tourism", "small-merchants"], "plan"),
        c("새로운 관광인프라를 올해 차례로 준공한다", None, D, CT, "plan"),
        c("사계절 축제 명품화와 특화 여행상품 운용을 통해 주야간 체류형 관광도시로 도약한다", None, D, CT, "plan"),
        c("국제행사와 관광을 연계해 외국인 방문객과 해외 관광객 유치에도 적극적으로 나선다", None, D, CT, "plan"),
        c("해외 여행사와 온라인 여행플랫폼을 활용한 공동 마케팅을 확대하고", None, D, CT, "plan"),
        c("'이달의 추천 여행지' 프로그램도 연중 운영한다", None, D, CT, "plan"),
        c("강릉 구석구석의 매력을 시민과 관광객에게 알릴 방침이다", None, D, CT, "plan"),
    ],
    "not_claims": [
        "강릉, 국제관광도시 도약…2026~2027 강릉방문의해 운영",
    ],
}

# ---------------------------------------------------------------- cz-04 경기도 전통시장 (2020-10-12), institutional
D = "2020-10-12"
SM = ["small-merchants"]
FILES["cz-04-newstomato.txt"] = {
    "metadata": {"headline": "경기, 전통시장 지원 총력…지역화폐 풀고 특성화도 추진", "published": "2020-10-12T14:30:59+09:00",
                 "reporter": "최병호", "outlet": "뉴스토마토", "jurisdiction": "41"},
    "officials": ["lee-jae-myung"],
    "claims": [
        c("경기도가 전통시장을 지원하고자 지역화폐를 발행하고 시장별 특성화와 자매결연을 추진하는 등", None, D, SM, "statement"),
        c("도내 전통시장을 160여곳까지 늘리고 현대화 작업을 실시", None, D, SM, "target"),
        c("지난해 기준 도내 전통시장은 155곳으로, 2016년 143개와 비교해 4년 사이 12곳 늘었다", None, D, SM, "achievement"),
        c("경기도가 전통시장 활성화를 위해 다양한 지원을 펼친 덕으로 풀이된다", None, D, SM, "achievement"),
        c("전통시장 활성화의 1등 공신은 지역화폐다", None, D, SM, "achievement"),
        c("지역화폐를 쓰고자 일부러라도 전통시장을 찾고, 이 과정에서 연쇄 소비가 생긴다는 설명이다", None, D, SM, "statement"),
        c("지역화폐로 매출이 오르는 걸 피부로 느낀다", None, D, SM, "achievement"),
        c("지역화폐 결제액이 100만원 늘면 소상공인 매출은 145만원 증가한 걸로 나타났다", None, D, SM, "achievement"),
        c("경기도는 지난해 '경기도시장상권진흥원'도 출범시켰다", None, D, SM, "achievement"),
        c("이곳은 광역지방자치단체 최초의 전통시장 전담기구로", None, D, SM, "achievement"),
    ],
    "not_claims": [
        "경기, 전통시장 지원 총력…지역화폐 풀고 특성화도 추진",
        "지난해 도내 전통시장 155곳…연간 3곳꼴 증가",
        "경기도는 올해도 비슷한 숫자가 생길 것으로 추정했다",
        "못골시장에 제수용품을 구입하려는 시민들로 북적이고 있다",
    ],
}

# ---------------------------------------------------------------- cz-05 남양주 조광한 (2018-07-03)
D = "2018-07-03"
J = "jo-gwang-han"
FILES["cz-05-kyeonggi.txt"] = {
    "metadata": {"headline": "조광한 남양주시장, 시청 직원들과 소통의 시간 가져", "published": "2018-07-03T19:06+09:00",
                 "reporter": "하지은", "outlet": "경기일보", "jurisdiction": "41360"},
    "officials": [J],
    "claims": [
        c("경의중앙선, 경춘선 등 국철로는 시민 전체가 혜택 받기 어렵고", J, D, ["public-transit", "culture-tourism"], "criticism"),
        c("4권역의 경제자족권역을 만들고 철도교통체계 구축과 상수원보호구역 등 규제개혁 및 완화가 꼭 필요하다", J, D, ["public-transit", "water-supply"], "plan"),
    ],
    "not_claims": [
        "조광한 남양주시장, 시청 직원들과 소통의 시간 가져",
        "시청 다산홀에서 직원들과 소통의 시간을 갖고 남양주시의 비전을 공유했다",
        "제가 열심히 잘 해 볼 테니까 앞으로 잘 도와주시길 희망한다",
        "심지어 남양주를 대표할 만에 기업도 부족하다",
        "수도권 동북부 거점도시를 향해 변화와 발전을 이끌겠다",
    ],
}

# ---------------------------------------------------------------- cz-06 김진태 중앙지방협력회의 (undated)
K = "kim-jin-tae"
FILES["cz-06-segye.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "51"},
    "officials": [K],
    "claims": [
        c("강원도 핵심 미래산업인 반도체와 바이오헬스 육성에 관심을 가져달라고 요청했다", K, None, ["medical-industry"], "plan"),
        c("오색케이블카의 연내 착공을 준비하고 있다고 밝혔다", K, None, ["culture-tourism"], "plan"),
        c("오색케이블카는 12개 인허가와 심의절차 가운데 11개를 마쳐", None, None, ["culture-tourism"], "achievement"),
        c("미래 산업이 유치되면 양질의 일자리가 생겨 사람이 모인다", K, None, ["investment-attraction", "jobs"], "statement"),
        c("미래 산업 유치가 곧 지역소멸대응의 핵심 열쇄", K, None, ["investment-attraction"], "statement"),
        c("강원도 핵심 미래 산업인 반도체와 바이오헬스에 관심을 가져달라", K, None, ["medical-industry"], "plan"),
        c("최근에는 삼성전자와 반도체 인력양성 협약을 체결했다", K, None, ["jobs"], "achievement"),
        c("바이오 국가첨단전략산업 특화단지에 강원도를 적극 검토해 달라", K, None, ["medical-industry"], "plan"),
        c("이미 바이오 헬스 5대 벨트가 구축돼 집중 육성 중", K, None, ["medical-industry"], "achievement"),
    ],
    "not_claims": [
        "우동기 지방시대위원장, 김진태 강원지사를 비롯한 17개 시도지사와 전국 4대 협의체 회장 등이 참석했다",
        "김 지사는 적극 협조해준 중앙부처에 감사의 뜻을 전했다",
        "강원도 미래 산업 육성에 대한 관심도 당부했다",
        "중부권 반도체 클러스터에 원주가 편입됐으면 한다고 말했다",
    ],
}

# ---------------------------------------------------------------- cz-07 인제 최상기 시정연설 (undated)
S = "choi-sang-gi"
FILES["cz-07-cnbnews.txt"] = {
    "metadata": {"headline": "최상기 군수 시정연설… 내년 군정목표 발표", "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "42810"},
    "officials": [S],
    "claims": [
        c("내년 군정 7대 핵심전략으로", S, None, ["culture-tourism", "agriculture", "small-merchants", "welfare"], "plan"),
        c("내설악 백담권역 친환경 교통시스템 구축 등을 제시했다", S, None, ["public-transit"], "plan"),
    ],
    "not_claims": [
        "최상기 군수 시정연설… 내년 군정목표 발표",
        "새로운 100년을 열어갈 신성장 동력 구축에 전 행정력을 집중한다",
        "새로운 100년을 열어갈 신성장 동력 구축을 위해 모든 역량을 집중하겠다",
        "새로운 미래를 열어가기 위해 쉼 없이 전진해 나가겠다",
    ],
}

# ---------------------------------------------------------------- cz-08 파주 김경일 신년 (undated)
G = "kim-gyeong-il"
FILES["cz-08-kyeongin.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41480"},
    "officials": [G],
    "claims": [
        c("파주시민의 바람인 서해선 파주 연장사업도 마지막 정부 승인만 남았다", G, None, ["public-transit"], "achievement"),
        c("국민안전체험관 유치, 여성친화도시 조성을 위한 성매매집결지 폐쇄 추진 등 52개 분야에서", G, None, ["disaster-safety"], "achievement"),
        c("물가, 일자리, 경제, 기업, 농가 등 5개 분야를 기준으로", G, None, ["jobs", "agriculture"], "plan"),
        c("맞춤형 공공일자리 사업 확대와 취업지원 종합서비스를 통해 일자리는 늘리고", G, None, ["jobs", "small-merchants"], "plan"),
    ],
    "not_claims": [
        "52개 분야 행정역량 '전국 입증'",
        "일자리 확대·지역경제 활력도",
        "DMZ 등 '천만 관광시대' 피력",
        "100만 자족도시의 기틀을 마련하겠습니다",
        "민생안정과 지역경제 활성화에 총력을 기울이는 한편",
        "앞으로의 삶이 더 나아질 것이란 희망과 기대를 안겨드리는 것이 행정이 할 일",
    ],
}

# ---------------------------------------------------------------- cz-09 용인 백군기 반도체 클러스터 (2021-08-25)
D = "2021-08-25"
B = "baek-gun-gi"
IA = ["investment-attraction"]
FILES["cz-09-locallife.txt"] = {
    "metadata": {"headline": "백군기 용인시장, 반도체 클러스터, 드디어 내년 상반기 첫 삽", "published": "2021-08-25T09:29:37+09:00",
                 "reporter": "송준형", "outlet": "로컬라이프", "jurisdiction": "41460"},
    "officials": [B],
    "claims": [
        c("관리기본계획 고시는 산업단지 분양·임대 직전 단계라 할 수 있다", B, D, IA, "statement"),
        c("내년 초 반도체 클러스터 착공까지의 길이 활짝 열렸다며", B, D, IA, "achievement"),
        c("반도체 강소기업들이 차례로 입주하며", B, D, IA, "achievement"),
        c("R&D센터 건립 MOU를 체결한 만큼, 앞으로 5,000명의 고급일자리 창출과", B, D, ["investment-attraction", "research-development", "jobs"], "achievement"),
        c("세계 유수의 반도체 기업들이 우리 시에 차례로 둥지를 틀고 있다", B, D, IA, "achievement"),
        c("용인시 청년들의 완전고용도 기대할 수 있다고 덧붙였다", B, D, ["jobs", "investment-attraction", "youth-policy"], "statement"),
        c("반도체 명품도시로 도약할 수 있도록 최선을 다하겠다고 밝혔다", B, D, IA, "plan"),
    ],
    "not_claims": [
        "백군기 용인시장, 반도체 클러스터, 드디어 내년 상반기 첫 삽",
        "[ⓒ 로컬라이프. 무단전재-재배포 금지]",
    ],
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(body["claims"])
        print(name, len(body["claims"]))
    print("total claims", total)


if __name__ == "__main__":
    main()
