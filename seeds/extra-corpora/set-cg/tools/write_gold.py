"""Write set-cg's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


FILES = {}

# cg-01: 전남 김영록, 신안 해상풍력 (실국장 정책회의, 9일 = publication day)
D = "2021-02-09"
K = "kim-yung-rok"
FILES["cg-01-kmib.txt"] = {
    "metadata": {"headline": "김영록 전남지사, “해상풍력 선도기반 마련”··자신감 내비쳐",
                 "published": "2021-02-09T11:35+09:00", "reporter": None, "outlet": None, "jurisdiction": "46"},
    "officials": [K],
    "claims": [
        c("일자리 사업을 잘 수행할 때 대단한 성과가 나올 것으로 확신한다", K, D, ["jobs"], "statement"),
        c("신안 해상풍력단지는 현존하는 세계 최대 해상풍력단지 보다 7배나 큰 규모로", K, D, ["energy-transition"], "statement"),
        c("목포중심 해상풍력 물류중심지와 신안 대규모 해상풍력설비 제조단지가 들어서", K, D, ["energy-transition"], "statement"),
        c("상생일자리모델로는 처음으로 지분을 갖고 수익을 공유하는 주민의 연금이 될 것이다", K, D,
          ["jobs", "energy-transition"], "statement"),
        c("특별법 제정과 원스톱으로 처리할 수 있는 해상풍력 지원본부가 꾸려질 수 있도록 전남이 유도하자", K, D,
          ["energy-transition"], "plan"),
        c("주민지원금을 확대할 수 있는 명확한 근거를 제시하면서 정부에 건의해 나가자", K, D,
          ["energy-transition"], "plan"),
        c("해상풍력의 경우 처음 시도한 것으로 사실 조례만으로는 문제해결이 어렵고", K, D,
          ["energy-transition"], "criticism"),
        c("앞으로 현장에서 제도개선사항을 찾아 지속적인 건의와 함께 각종 세미나를 통해 보완책 마련", K, D,
          ["energy-transition"], "plan"),
        c("설 연휴기간 도민들의 생명과 안전을 위해 재난재해와 소방, 진료 등을 위해", K, D,
          ["disaster-safety", "public-health"], "plan"),
    ],
    "not_claims": ["김영록 전남지사, “해상풍력 선도기반 마련”··자신감 내비쳐",
                   "대통령과 함께 한 지역균형 뉴딜투어 1호 행사는 전남에서 시도한 자체에 큰 의미가 있다",
                   "이같이 언급한 자체가 굉장히 큰 의미를 부여한 것으로 전남이 앞으로 주도적으로 나서자"],
}

# cg-02: 완도 신우철, 새해 해양치유 (해양치유 alone has no slug, as bt-01)
D = "2024-01-07"
FILES["cg-02-kwangju.txt"] = {
    "metadata": {"headline": "[2024 새해 이렇게] 신우철 완도군수 ‘해양치유’ 완도의 주력산업으로 키워 위기 극복",
                 "published": "2024-01-07T17:45+09:00", "reporter": None, "outlet": "광주일보",
                 "jurisdiction": "46890"},
    "officials": ["shin-u-cheol"],
    "claims": [
        c("빅데이터 기반 ‘해양치유 데이터 플랫폼’을 구축해 차별화된 인공지능(AI) 서비스를 제공한다", None, D,
          ["fourth-industrial-revolution"], "plan"),
        c("해양치유 호텔과 리조트 등 방문객이 머무를 수 있는 여건을 만들기 위해 민간 투자 협약을 활성화한다는 방침이다",
          None, D, ["investment-attraction", "culture-tourism"], "plan"),
        c("의료·관광·바이오산업과 연계해 부가가치산업으로 발전시킬 가능성을 찾을 예정이다", None, D,
          ["medical-industry", "culture-tourism"], "plan"),
        c("해양치유에 소비되는 자원은 모두 완도산으로 제공해 농어업 소득 증대와", None, D, ["agriculture"], "plan"),
    ],
    "not_claims": ["해양치유 데이터 플랫폼 AI서비스 제공…공단 설립 추진",
                   "해조류 소재 해양바이오 신소재 개발 어가 신소득 창출",
                   "해양치유산업을 완도의 미래 먹거리로 본격 육성해 지방 소멸 위기를 극복하겠습니다",
                   "해양치유산업의 전진기지 역할을 할 해양치유센터가 문 열었다",
                   "‘완도형 해양치유산업’을 독자적으로 구축할 방침이다",
                   "전문인이 경영하는 공단을 설립할 계획이다",
                   "완도군청 전경.<광주일보 자료사진>"],
}

# cg-03: 목포 도시재생 뉴딜 (institutional; 박홍률 only in the caption)
D = "2017-12-15"
FILES["cg-03-shinailbo.txt"] = {
    "metadata": {"headline": "목포시, 도시재생 뉴딜 시범사업 최종 확정", "published": "2017-12-15T13:33+09:00",
                 "reporter": "박한우", "outlet": None, "jurisdiction": "46110"},
    "officials": ["park-hong-ryul"],
    "claims": [
        c("‘2017년 도시재생 뉴딜시범사업’에 최종 선정됐다", None, D, ["urban-regeneration"], "achievement"),
        c("2개 사업을 응모해 최종 2곳 모두 선정됐다고 15일 밝혔다", None, D, ["urban-regeneration"], "achievement"),
        c("지난 14일 도시재생특위에서 최종 확정·발표 됐다", None, "2017-12-14", ["urban-regeneration"], "statement"),
        c("시 뉴딜시범사업에는 총사업비 592억5000원이 투입된다", None, D, ["urban-regeneration"], "statement"),
        c("건축문화자산을 활용한 개항문화거리(3개 루트), 목포진 역사공원 정비 등 10개 사업이 오는 2022년까지 추진될 예정이다",
          None, D, ["urban-regeneration", "culture-tourism"], "plan"),
        c("‘바다를 품은 행복마을 만들기’는 서산동 일원 10만㎡에 총 266억원", None, D, ["urban-regeneration"],
          "statement"),
        c("낙후된 저층노후주택밀집지역의 주거환경 개선에 집중하고, 바다 경관 특화거리를 조성해 관광활성화를 도모할 계획",
          None, D, ["urban-regeneration", "culture-tourism"], "plan"),
    ],
    "not_claims": ["목포시, 도시재생 뉴딜 시범사업 최종 확정",
                   "전국 36개 지자체 응모… 신청 사업 2곳 모두 선정",
                   "박홍률 시장이 도시재생 뉴딜시범사업과 관련해 면담을 진행 중이다"],
}

# cg-04: 신안 박우량, 햇빛·바람연금 (no date line: published and dates null)
P = "park-u-ryang"
FILES["cg-04-kpinews.txt"] = {
    "metadata": {"headline": "\"2027년이 되면 전 군민이 햇빛·바람연금 수혜자가 될 것입니다\"", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "46910"},
    "officials": [P],
    "claims": [
        c("신안군 전체가 태양광 발전 사업을 진행해 전 군민이 햇빛연금·바람연금 수혜자가 될 것이다고 전망했다", P, None,
          ["energy-transition"], "plan"),
        c("2032년이 되면 전 군민이 매달 50만 원씩 받을 수 있는 단계로 갈 것이다", P, None,
          ["energy-transition"], "target"),
        c("현재까지 햇빛연금 200억 원을 지급했다", None, None, ["energy-transition"], "achievement"),
        c("오는 12월 신의도 주민과 2027년에는 증도 주민도 '햇빛 연금'을 받는다", None, None,
          ["energy-transition"], "plan"),
        c("지난 2023년 5월부터 아동수당을 받는데 올해는 지난해보다 40만 원 증액한 120만 원을 지원받는다", None, None,
          ["childcare-birth"], "plan"),
        c("4조9000억 규모의 해상풍력을 착공하면 전남 서부권 전체 경기를 뒷받침 하게 될 것이다", P, None,
          ["energy-transition"], "statement"),
        c("96MW급 해상풍력을 올해 상반기 상업운전을 개시할 경우", None, None, ["energy-transition"], "statement"),
        c("이를 바탕으로 신안군은 전남 인구감소지역 가운데 유일하게 2년 연속 인구가 증가했다", None, None,
          ["energy-transition"], "achievement"),
    ],
    "not_claims": ["2027년이 되면 전 군민이 햇빛·바람연금 수혜자가 될 것입니다",
                   "햇빛·바람연금에 대한 군정 방향에 대한 설명을 하고 있다",
                   "더 이상 인구를 전입받지 않는 선포식을 새 정부가 들어서면 할 생각이다",
                   "전입을 받더라도 엄격한 심사를 통해 받을 전망이다"],
}

# cg-05: 제주 오영훈 신년 대담 (세계일보; only '5일' -> dates null)
O = "oh-young-hun"
FILES["cg-05-segye.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "세계일보", "jurisdiction": "50"},
    "officials": [O],
    "claims": [
        c("제2공항 찬반 논란과 관련, “중대한 하자 또는 위험이 없을 시 제2공항은 조속히 건설돼야 한다", O, None,
          ["airport-relocation"], "plan"),
        c("인공지능(AI)·디지털 전환, 에너지 대전환, 민간 우주산업을 축으로 제주의 체질을 개선하는 데 기반을 확실히 다지겠다",
          O, None, ["fourth-industrial-revolution", "energy-transition"], "plan"),
        c("도민에게 이익이 되는 방향으로 추진돼야 한다’는 기본 입장은 변함이 없다", O, None,
          ["airport-relocation"], "statement"),
        c("용암동굴 분포 가능성 등에 대한 중대한 하자 또는 위험이 없을 시 제2공항은 조속히 건설돼야 한다", O, None,
          ["airport-relocation"], "plan"),
        c("제주도는 향후 행정절차 과정을 투명하게 공개해 갈등을 최소화하고 도민 의견이 충분히 반영되도록 노력해 나갈 계획이다",
          O, None, ["airport-relocation"], "plan"),
    ],
    "not_claims": ["도민들 의견 수렴… 갈등 최소화",
                   "‘지역화폐 5000억원’ 내수 진작",
                   "AI·우주산업 등 성장동력 강화",
                   "문화·자연 체류형 관광도 가속",
                   "정책 성과를 민생경제 회복과 도민 삶의 변화로 완성하는 중요한 해",
                   "전국장애인체육대회와 전국체육대회를 ‘디지털 체전’으로 만들겠다",
                   "임기를 다하지 않은 상황에서 먼저 정치적 결정을 언급하는 것은",
                   "제주 제2공항 환경영향평가는 제주도 환평위 심의와 도의회 동의 절차를 거치게 돼 있는데, 입장은",
                   "민선 8기 핵심 공약인 기초자치단체 설치는 어떻게 되나"],
}

# cg-06: 광주 이용섭 퇴임 기자회견 (27일 = publication day)
D = "2022-06-27"
L = "lee-yong-seop"
FILES["cg-06-kjdaily.txt"] = {
    "metadata": {"headline": "이용섭 시장 “부족한 부분 후임 시장이 채워 달라”", "published": "2022-06-27T20:52+09:00",
                 "reporter": "박선강", "outlet": None, "jurisdiction": "29"},
    "officials": [L, "kang-gi-jung"],
    "claims": [
        c("강기정 당선자가 광주형일자리와 AI산업의 부족한 부분을 채워 달라", L, D,
          ["jobs", "fourth-industrial-revolution"], "plan"),
        c("실기하지 않고 적절한 시점에 친환경자동차 전환, 노사 상생, 주거 지원 등을 과제로 제시했다", L, D,
          ["jobs", "future-vehicles", "labor-relations", "housing"], "plan"),
        c("광주형일자리 시즌1인 GGM(광주글로벌모터스)을 세계적인 친환경 자동차 공장으로 키워내는 등", L, D,
          ["jobs", "future-vehicles"], "plan"),
        c("2018년 11월 광주가 AI를 선택할 때만 해도 다른 곳에선 전혀 몰랐다", L, D,
          ["fourth-industrial-revolution"], "achievement"),
        c("지금은 전국의 광역자치단체들이 AI를 하겠다고 난리", L, D, ["fourth-industrial-revolution"], "statement"),
        c("광주를 중심으로 집적 단지를 만들어 그 효과를 전국으로 확산시켜야 한다", L, D,
          ["fourth-industrial-revolution"], "plan"),
        c("윤석열 대통령께서 당선자 시절부터 AI는 확실하게 챙기겠다고 했기 때문에", L, D,
          ["fourth-industrial-revolution"], "statement"),
    ],
    "not_claims": ["이용섭 시장 “부족한 부분 후임 시장이 채워 달라”",
                   "민선 8기 광주형일자리·AI 산업 정착 당부",
                   "민선 7기 퇴임 기자회견을 열고 임기 4년간의 소회를 밝히고 있다",
                   "중단 없는 시정을 펼쳐 ‘더 크고 더 강한 광주시대’를 열어주길 바라고 기대한다",
                   "코끼리가 크다고 두 개로 나누면 두 마리가 아닌 둘 다 죽는다"],
}

# cg-07: 광주 북구 탄소중립 그린마을 (아이뉴스24 text reposted; only '16일' -> dates null)
M = "mun-in"
FILES["cg-07-inews24.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김상진", "outlet": "아이뉴스24",
                 "jurisdiction": "29170"},
    "officials": [M],
    "claims": [
        c("기후변화 위기에 대응해 마을 단위에서부터 탄소중립 실천에 적극 나서고 있다", None, None,
          ["climate-carbon"], "statement"),
        c("‘2023년도 주민과 함께하는 탄소중립 그린마을만들기 사업’이 본궤도에 올라 결실을 맺고 있다", None, None,
          ["climate-carbon"], "achievement"),
        c("사업 주제를 그린마을만들기로 전환해 올해부터 새롭게 추진된 민선 8기 공약사업이다", None, None,
          ["climate-carbon"], "statement"),
        c("마을공동체가 연대한 연합공동체를 중심으로 추진하는 탄소중립 마을의제 발굴과 실천 사업이다", None, None,
          ["climate-carbon", "citizen-participation"], "statement"),
        c("28개 동의 총 80여 개 마을공동체가 사업에 참여하였다", None, None,
          ["climate-carbon", "citizen-participation"], "achievement"),
        c("권역별 특색을 반영한 다채로운 환경 친화 프로그램이 진행됐다", None, None, ["climate-carbon"], "achievement"),
        c("탄소중립은 기후 위기를 해결하고 우리 사회의 지속가능성을 높이는 성장전략이다", M, None,
          ["climate-carbon"], "statement"),
        c("북구 그린마을만들기 사업에 주민들의 많은 관심과 동참을 부탁드린다", M, None, ["climate-carbon"], "plan"),
    ],
    "not_claims": ["[아이뉴스24 김상진 기자]", "한편 북구는 지난 달 ‘탄소중립 그린"],
}

# cg-08: 서귀포시 2018 관광 (institutional; 서귀포시 has no code -> 50)
D = "2017-12-27"
FILES["cg-08-newsje.txt"] = {
    "metadata": {"headline": "서귀포시, 2018년 관광분야 60억여 원 투자", "published": "2017-12-27T10:45+09:00",
                 "reporter": "김태홍", "outlet": None, "jurisdiction": "50"},
    "officials": [],
    "claims": [
        c("3대 중점과제 10대 핵심사업을 중심으로 60억5700만원을 투자한다고 27일 밝혔다", None, D,
          ["culture-tourism"], "plan"),
        c("스토리텔링하는 3분 관광영화제가 전국 공모로 첫 선을 보인다", None, D, ["culture-tourism"], "plan"),
        c("‘까까머리 검은교복 입은 수학여행 사진 공모전’도 야심차게 준비되고 있다", None, D, ["culture-tourism"], "plan"),
        c("일본 개별관광객 맞춤형 7개코스가 완비됨에 따라 특화상품으로 새롭게 출시된다", None, D,
          ["culture-tourism"], "plan"),
        c("크루즈관광 재개에 대비해 차별화된 프로그램도 발굴할 계획이다", None, D, ["culture-tourism"], "plan"),
        c("서귀포 전기버스 시티투어도 움직이는 랜드마크로 자리매김하기 위하여", None, D, ["culture-tourism"], "plan"),
        c("서귀포 청년관광포럼도 개선점을 보완하면서 본 궤도에 오를 것으로 예상되고 있다", None, D,
          ["culture-tourism", "youth-policy", "citizen-participation"], "statement"),
        c("6차 관광 상품 개발과 체류형 관광객 유치에 주력해 나갈 계획이다", None, D, ["culture-tourism"], "plan"),
        c("지역특산물(뿔소라구이) 가공판매시설이 마련된다", None, D, ["culture-tourism", "agriculture"], "plan"),
        c("마을자원을 활용한 킬러콘텐츠와 마을소득창출 시설을 2018년에도 공모를 통해 1개소씩 추가 지원할", None, D,
          ["culture-tourism"], "plan"),
    ],
    "not_claims": ["서귀포시, 2018년 관광분야 60억여 원 투자"],
}

# cg-09: 순천 허석 인터뷰 (문화관광저널; undated)
H = "heo-seok"
FILES["cg-09-ctjournal.txt"] = {
    "metadata": {"headline": "대한민국 생태수도 순천, 2020년 동아시아 문화도시의 해로 거듭나", "published": None,
                 "reporter": None, "outlet": "문화관광저널", "jurisdiction": "46150"},
    "officials": [H],
    "claims": [
        c("경전선 고속전철화 사업 등 해묵은 과제들을 풀어내고 28만 시민의 힘으로 1천만 관광객 시대를 여는 등", None, None,
          ["culture-tourism", "public-transit"], "achievement"),
        c("2020년은 우리 순천이 동아시아 문화도시의 해를 맞아 동아시아의 중심도시로 나가는 원년이자", H, None,
          ["culture-tourism"], "statement"),
        c("동아시아 문화도시는 생태라는 천혜의 토양 위에 문화라는 꽃을 피워 미래세대에 꿈과 희망을 전해줄 것", H, None,
          ["culture-tourism"], "statement"),
        c("생태에 문화의 옷을 입히고 예술의 선율을 더해 세계 관광의 별로 발돋움하겠다", H, None,
          ["culture-tourism"], "plan"),
        c("2023 국제정원박람회는 도심으로 정원을 확장해 도시 전체가 거대한 정원으로 품격을 갖출 수 있도록 할 것", H, None,
          ["culture-tourism"], "plan"),
        c("올해부터 ‘대한민국 한평정원페스티벌’을 도심에서 개최해", H, None, ["culture-tourism"], "plan"),
        c("사계절 명품 관광지를 조성해 대한민국을 넘어 세계 속에 빛나는 생태관광도시 구축을 역점 사업으로 추진하", H, None,
          ["culture-tourism"], "statement"),
    ],
    "not_claims": ["대한민국 생태수도 순천, 2020년 동아시아 문화도시의 해로 거듭나",
                   "2023 순천만국제정원박람회 성공적 개최로",
                   "세계적인 생태관광도시가 될 터",
                   "문화관광저널은 허석 시장을 찾아 순천시의 문화관광정책을 들어봤다",
                   "순천시의 문화 관광 중점 정책은."],
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, body in FILES.items():
        data = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(FILES), "files,", sum(len(b["claims"]) for b in FILES.values()), "claims")


if __name__ == "__main__":
    main()
