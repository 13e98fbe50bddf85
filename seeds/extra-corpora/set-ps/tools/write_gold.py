"""Write set-ps gold files (hand annotation)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


K = "kang-gi-jung"
D1 = "2026-02-27"
LT = "lim-taek"
D2 = "2022-07-03"
KS = "kim-seong-su"
D4 = "2019-04-18"
D5 = "2013-10-11"
KY = "kim-yeong-gil"
D6 = "2024-11-13"
BG = "byeon-gwang-yong"
JC = "ju-cheol-hyeon"
D8 = "2015-04-30"
D9 = "2017-07-17"

FILES = {
    "ps-01-heraldcorp.txt": {
        "metadata": {"headline": "전남 맞춤형 돌봄으로 차세대 돌봄 확산", "published": "2026-02-27",
                     "reporter": "서인주", "outlet": "헤럴드경제", "jurisdiction": "29"},
        "officials": [K],
        "claims": [
            c("맞춤형 돌봄 전략을 만들어 돌봄 정책의 새로운 세대를 열겠다", K, D1, ["welfare"], "plan"),
            c("‘광주전남 통합에 따른 광주다움 통합돌봄 확장에 대한 비전’을 발표하며", K, D1, ["welfare"], "plan"),
            c("광주의 돌봄 모델을 기계적으로 이식하는 것이 아니라", K, D1, ["welfare"], "plan"),
            c("강 시장은 맞춤형 돌봄 모델로", K, D1, ["welfare"], "plan"),
            c("긴급‧야간 돌봄 서비스, 정신건강‧고립 예방 관련 서비스를 제공할 구상이다", None, D1, ["welfare", "public-health"], "plan"),
            c("통합 사례 관리, 방과후 돌봄 서비스 등을 강화한다", None, D1, ["welfare", "childcare-birth"], "plan"),
            c("원격 의료‧영상 상담 등을 통해 접근성 제약에 대처한다", None, D1, ["welfare", "public-health"], "plan"),
            c("방문 간호, 이동식 돌봄, 교통 동행 지원 서비스를 제공할 계획이다", None, D1, ["welfare", "public-health"], "plan"),
            c("돌봄특구 지정은 광주의 대표 복지 정책들이", K, D1, ["welfare"], "statement"),
        ],
        "not_claims": ["전남 맞춤형 돌봄으로 차세대 돌봄 확산", "전남은 이미 초고령사회에 들어섰고 각 지역별 편차도 크다"],
    },
    "ps-02-jnilbo.txt": {
        "metadata": {"headline": "중단 없는 변화·발전으로 '찾고 싶은 동구' 도약", "published": "2022-07-03T16:00+09:00",
                     "reporter": "도선인", "outlet": None, "jurisdiction": "29110"},
        "officials": [LT],
        "claims": [
            c("6대 분야 45개 공약사업을 추진할 계획이다", LT, D2, ["culture-tourism", "climate-carbon"], "plan"),
            c("'충장상권 르네상스 사업' 추진으로 호남 최대 상권의 명성을 되찾을 발판을 마련하고", LT, D2,
              ["small-merchants", "fourth-industrial-revolution"], "plan"),
            c("4차산업혁명 시대에 부응하는 신산업 육성으로 원도심 동구를 혁신 경제도시로 발돋움시키겠다", LT, D2,
              ["fourth-industrial-revolution", "urban-regeneration"], "plan"),
            c("풍부한 역사문화자원을 활용해 동구를 찾는 모든 이들에게", LT, D2, ["culture-tourism"], "plan"),
        ],
        "not_claims": [
            "●임택 광주 동구청장||6대 분야 45개 역점 시책 ||체류형 문화관광도시 실현",
            "가장 재미있는 '펀시티(Fun City)'로 조성해 제2의 전성기를 이루겠다고 밝혔다",
            "앞으로 4년은 '누구나 찾고 싶은 도시'를 만드는 데 구정 역량을 집중해 나가겠다",
        ],
    },
    "ps-03-wikitree.txt": {
        "metadata": {"headline": "[인터뷰] 김성수 해운대구청장 “2026년, 준비한 변화가 결실…구민 체감 성과로 보답”",
                     "published": "2026-02-09T19:24+09:00", "reporter": "최학봉", "outlet": "위키트리",
                     "jurisdiction": "26350"},
        "officials": [KS],
        "claims": [
            c("지난 임기 성과로 KTX-이음 신해운대역·센텀역 정차 확정과 해운대구 신청사 착공 등을 꼽는 한편", KS, "2026-02-09",
              ["public-transit", "city-hall"], "achievement"),
        ],
        "not_claims": [
            "- KTX-이음 정차·신청사 착공…임기 성과와 남은 과제",
            "일상 행복을 높이는 생활밀착행정과 해운대의 미래 100년을 준비하는 데 행정 역량을 집중해 왔다",
            "특히 KTX-이음 정차 확정과 관련해",
        ],
    },
    "ps-04-busan.txt": {
        "metadata": {"headline": "2019년 부산시 마이스산업 육성협의회 개최", "published": "2019-04-18",
                     "reporter": "정희나", "outlet": "부산광역시", "jurisdiction": "26"},
        "officials": ["oh-keo-don"],
        "claims": [
            c("마이스산업 육성에 관한 사항에 대해 의견을 들을 수 있는 자문기구로", None, D4, ["culture-tourism"], "statement"),
            c("2건의 안건에 대해 심도 있는 논의가 이루어질 예정이다", None, D4, ["culture-tourism"], "plan"),
            c("경제적 파급효과와 일자리창출이 높은 마이스산업을 부산의 7대 전략산업 중 하", None, D4,
              ["culture-tourism", "jobs"], "statement"),
        ],
        "not_claims": [
            "마이스산업육성협의회 위원의 자문을 거쳐 2019년 부산시 마이스산업 육성계획 확정",
            "마이스전문가로 구성된 2019년 부산광역시 마이스산업육성협의회를 개최한다고 밝혔다",
            "유니크베뉴로 주목받고 있는 곳이다",
        ],
    },
    "ps-05-ujeil.txt": {
        "metadata": {"headline": "북구, 지역 첫 나눔햇빛발전소", "published": "2013-10-13T20:18+09:00",
                     "reporter": "정선희", "outlet": None, "jurisdiction": "31200"},
        "officials": [],
        "claims": [
            c("에너지취약계층을 위한 울산지역 첫 햇빛발전소가 북구에 건립된다", None, D5, ["energy-transition", "welfare"], "plan"),
            c("‘나눔햇빛발전소’ 설치와 관련한 업무협약을 체결했다", None, D5, ["energy-transition"], "achievement"),
            c("에너지복지기금마련으로 에너지취약계층을 지원하기 위해 나눔햇빛발전소를 건립한다", None, D5,
              ["energy-transition", "welfare"], "plan"),
            c("100㎾급의 태양광 발전시설을 설치하는 것으로", None, D5, ["energy-transition"], "plan"),
            c("시설물의 무상제공 및 인·허가 등의 행정적 지원을 하게 된다", None, D5, ["energy-transition"], "plan"),
            c("발생되는 수익금은 에너지 취약계층의 지원을 위한 에너지복지기금으로 활용된다", None, D5,
              ["energy-transition", "welfare"], "plan"),
        ],
        "not_claims": ["북구, 지역 첫 나눔햇빛발전소"],
    },
    "ps-06-newsis.txt": {
        "metadata": {"headline": "\"성남동 원도심 부활 모색\" 울산 중구, 현장서 간부회의",
                     "published": "2024-11-13T17:14+09:00", "reporter": "구미현", "outlet": "뉴시스",
                     "jurisdiction": "31110"},
        "officials": [KY],
        "claims": [
            c("현재 진행 중이거나 추진 예정인 사업의 현황과 계획 등을 점검하고", None, D6,
              ["urban-regeneration", "culture-tourism", "education"], "statement"),
            c("성남동 원도심에 새로운 활력을 불어넣기 위해", None, D6, ["urban-regeneration", "culture-tourism"], "plan"),
            c("인공 눈꽃을 활용한 이색 체험을 즐길 수 있는 눈꽃축제를 개최할 방침이다", None, D6, ["culture-tourism"], "plan"),
            c("성남동 원도심 먹거리 문화를 부흥시키기 위해", None, D6, ["urban-regeneration", "culture-tourism"], "plan"),
            c("볼거리와 즐길거리를 확충해 사람이 모이", KY, D6, ["culture-tourism"], "plan"),
        ],
        "not_claims": [
            "울산시 중구가 13일 성남동 원도심 일대에서 구청장 주재 현장 간부회의를 진행했다",
            "성남동 원도심 내 다양한 사업 현장을 차례로 방문했다",
            "생생한 현장 상황을 살펴보고 실효성 있는 개선 방안을 찾는 의미 있는 시간이었다",
        ],
    },
    "ps-07-newspim.txt": {
        "metadata": {"headline": None, "published": None, "reporter": "남경문", "outlet": "뉴스핌",
                     "jurisdiction": "48310"},
        "officials": [BG],
        "claims": [
            c("'1000만 관광객 시대 실현'을 강조했다", BG, None, ["culture-tourism"], "target"),
            c("거제-김천 KTX 건설확정과 국립난대소목원 선정", BG, None, ["public-transit", "culture-tourism"], "achievement"),
            c("1046억원의 교부세 증액과 1조2000억원의 민간투자 유치를 비롯한", BG, None,
              ["investment-attraction", "jobs"], "achievement"),
            c("대규모 민자투자사업도 차질 없이 추진키로 했다", BG, None, ["culture-tourism", "investment-attraction"], "plan"),
            c("거제를 글로벌 관광거점 도시로 육성해 나가기로 했다", BG, None, ["culture-tourism"], "plan"),
        ],
        "not_claims": [
            "흔들림 없는 강한 의지로 달려왔다",
            "거제시 사상 최대인 1조원 예산 시대를 열게 된 것은 모두가 노력한 결과",
            "국비 확보를 위한 노력을 계속하겠다",
            "기본 인프라 확충과 친환경적인 도시환경도 조성한다",
            "송정~문동 국지도 58호선 사업 등을 서둘러",
        ],
    },
    "ps-08-newsprime.txt": {
        "metadata": {"headline": "주철현 여수시장 \"예로부터 인심 후덕한 고장\"", "published": "2015-04-30T19:59+09:00",
                     "reporter": "박대성", "outlet": "프라임경제", "jurisdiction": "46130"},
        "officials": [JC],
        "claims": [
            c("교통질서 준수와 친절한 손님맞이를 당부하는 담화문을 발표했다", JC, D8, ["culture-tourism"], "plan"),
            c("SOC가 갖춰져 관광객이 폭증해 1300만명 돌파가 기대된다", JC, D8, ["culture-tourism"], "achievement"),
            c("진남거북선축제와 맞물려 어느 때보다도 많은 관광객이 찾을 것", JC, D8, ["culture-tourism"], "statement"),
            c("관광객이 밀리는 시간대에는 자가용 이용을 자제하고", JC, D8, ["culture-tourism"], "plan"),
            c("여행사와 관광객들의 불만이 있다", JC, D8, ["culture-tourism"], "criticism"),
            c("식중독 예방을 위한 위생관리에도 신경을 써달라", JC, D8, ["culture-tourism", "public-health"], "plan"),
            c("사계절 매력이 넘치는 세계 속의 명품 해양관광 도시로 도약할 절호의 기회가 될 것이다", JC, D8,
              ["culture-tourism"], "statement"),
        ],
        "not_claims": ["여수는 예로부터 천혜의 자연경관과 더불어 먹을거리와 즐길거리가 풍부하고 인심도 후덕한 고장이다"],
    },
    "ps-09-gwangnam.txt": {
        "metadata": {"headline": "전남지자체, 인구늘리기 '안간힘'", "published": "2017-07-17T18:13+09:00",
                     "reporter": None, "outlet": None, "jurisdiction": "46840"},
        "officials": [],
        "claims": [
            c("지난 2005년 도청 이전 효과로 인구 유입 상승세를 유지하고 있지만", None, D9, ["city-hall"], "achievement"),
            c("출산장려 및 보육지원, 청년 일자리 창출, 귀농·귀촌 지원사업", None, D9,
              ["childcare-birth", "jobs", "youth-policy", "agriculture"], "plan"),
            c("공직자를 대상으로 하는 인구교육도 계획하고 있다", None, D9, ["childcare-birth"], "plan"),
        ],
        "not_claims": [
            "무안, 인구 10만 달성 위한 '인구정책담당' 신설",
            "전남 지자체들이 갈수록 줄어드는 농촌의 인구를 늘리기 위해 조직을 새로 꾸미는 등 안간힘을 쓰고 있다",
            "하반기 정기인사에 인구정책담당을 신설했다",
            "‘인구 4만 지키기 운동’에 나섰다",
        ],
    },
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, g in FILES.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)
