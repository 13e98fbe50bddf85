"""Writes gold/*.json for set-ln (hand annotations; see GOLD_NOTES.md)."""
import json
from pathlib import Path

G = {}

def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

# ln-01: 충남 지방정부회의, 29일 (published 2021-03-30, time cut off)
D = "2021-03-29"
G["ln-01-kmib.txt"] = {
    "metadata": {"headline": "충남도, 2032년까지 발전소 12기 추가 폐쇄", "published": "2021-03-30",
                 "reporter": "전희진", "outlet": "국민일보", "jurisdiction": "44"},
    "officials": ["yang-seung-jo"],
    "claims": [
        C("‘2050년 탄소중립’ 실천과 서산 군 비행장 민항 건설 조기 추진을 위해 힘을 모으기로 했다", None, D, ["climate-carbon", "airport-relocation"], "plan"),
        C("참석자들은 2050 탄소중립 이행 실천을 공동 선언하고", None, D, ["climate-carbon", "airport-relocation"], "plan"),
        C("2032년까지 발전소 12기를 추가 폐쇄하기로 했다", None, D, ["energy-transition", "climate-carbon"], "target"),
        C("탈석탄·탄소중립 금고 지속 확산 및 재생에너지로의 전환 촉진", None, D, ["climate-carbon", "energy-transition"], "plan"),
        C("공항 개발 중장기 종합계획에 서산민항을 반영해줄 것을 요청했다", None, D, ["airport-relocation"], "plan"),
        C("교통 인프라가 부족해 물류교통 및 관광 활성화에 큰 어려움을 겪고 있다", None, D, ["culture-tourism"], "statement"),
        C("유일하게 공항이 없는 충남에 하늘 길이 놓이길 간절히 바라고 있다", None, D, ["airport-relocation"], "plan"),
        C("대한민국의 탄소중립을 선도하는 충남의 또 하나의 의미 있는 발걸음이 될 것", "yang-seung-jo", D, ["climate-carbon"], "statement"),
    ],
    "not_claims": ["‘제20회 충남도 지방정부회의’를 개최했다", "이밖에 투명 페트병 별도 배출 활성화 업무협약도 체결했다",
                   "충남도, 2032년까지 발전소 12기 추가 폐쇄"],
}

# ln-02: 완도군 어르신 복지 (institutional)
D = "2026-02-24"
G["ln-02-goseoul.txt"] = {
    "metadata": {"headline": "완도군, 670억 투입 65세 이상 어르신 복지사업 추진", "published": "2026-02-24T18:21+09:00",
                 "reporter": "류지홍", "outlet": None, "jurisdiction": "46890"},
    "officials": [],
    "claims": [
        C("전남 완도군이 670억원을 투입해 65세 이상 어르신들을 대상으로 복지사업을 추진한다", None, D, ["welfare"], "plan"),
        C("‘완도형 통합 돌봄 체계’를 구축한다", None, D, ["welfare"], "plan"),
        C("먼저 노쇠와 질병 등으로 일상생활이 어려운 어르신들을 대상으로", None, D, ["welfare", "public-health"], "plan"),
        C("1만 4750명에게 기초연금을 지급하고", None, D, ["welfare"], "plan"),
        C("100세 이상 어르신에게 50만 원의 장수 축하금을 지역 상품권으로 지원한다", None, D, ["welfare"], "plan"),
        C("맞춤형 돌봄 서비스를 제공하고 있다", None, D, ["welfare"], "statement"),
        C("경로당에 강사를 파견해 문화, 예술, 여가 프로그램을 운영한다", None, D, ["welfare"], "statement"),
        C("노인대학 운영과 경로식당 및 저소득 노인 무료 급식도 지원한", None, D, ["welfare"], "plan"),
    ],
    "not_claims": ["보건·의료, 건강, 요양, 주거환경, 돌봄 등 5개 분야 42개 사업 추진", "완도군청 전경."],
}

# ln-03: 천안시 청년정책 (institutional)
D = "2019-05-28"
G["ln-03-iptvnews.txt"] = {
    "metadata": {"headline": "천안시, 청년 지원에 아낌없이 '2,100억' 투입!", "published": "2019-05-28T11:42+09:00",
                 "reporter": "이혜진", "outlet": None, "jurisdiction": "44130"},
    "officials": [],
    "claims": [
        C("다양한 청년 정책으로 청년들이 천안에 몰리고 있다", None, D, ["youth-policy"], "achievement"),
        C("2023년까지 약 2,100여억 원을 투자해 청년이 살기 좋은 기반을 조성한다는 계획이다", None, D, ["youth-policy"], "plan"),
        C("최근 3년간 천안시의 20세~39세 청년 인구는 꾸준히 증가하며", None, D, ["youth-policy"], "achievement"),
        C("천안시의 다양한 청년 맞춤형 정책과 복지 서비스가 있었기에 가능했다", None, D, ["youth-policy"], "achievement"),
        C("청년 주택 건립에 약 1,900억원, 청년 복지에 10억원 등", None, D, ["youth-policy", "jobs", "housing"], "plan"),
        C("청년 맞춤형 고용 창출을 극대화해 나가 가시적인 성과를 올리고 있다", None, D, ["jobs", "youth-policy"], "achievement"),
        C("신산업 분야의 청년 창업가 발굴과 창업 생태계를 구축하는", None, D, ["startup-support", "youth-policy"], "statement"),
    ],
    "not_claims": ["청년이 살기 좋은 기반조성 위해 1인당 100만원씩 투자",
                   "‘취·창업 천국’ 일자리와 주택, 복지 등 청년에게 맞춤형 혜택 아낌없이 지원",
                   "- 청년 창업가 385개 팀을 세계적인 기업으로 육성"],
}

# ln-04: 순천 노관규 (undated: all dates null)
N = "noh-gwan-gyu"
G["ln-04-joongang.txt"] = {
    "metadata": {"headline": "[남도의 멋과 맛] “박람회의 화룡점정 순천만의 가을정원 매력에 빠져보세요”", "published": None,
                 "reporter": None, "outlet": "중앙일보", "jurisdiction": "46150"},
    "officials": [N],
    "claims": [
        C("세상에서 가장 운치 있는 순천만의 가을정원에 여러분을 초대합니다.", N, None, ["culture-tourism"], "statement"),
        C("순천만에 꾸민 가을정원은 올해 정원박람회의 화룡점정", N, None, ["culture-tourism"], "statement"),
        C("지상 최고의 정원을 보여주고 있다는 자신감이다", N, None, ["culture-tourism"], "statement"),
        C("여름정원이 피서지로 가장 좋은 여행지였다면", N, None, ["culture-tourism"], "statement"),
        C("정원박람회 관람을 미뤄뒀던 분들이 정원의 매력에 빠질 절호의 기회", N, None, ["culture-tourism"], "statement"),
        C("노 시장은 국내 유일의 국제정원박람회를 두 차례 만들어낸 장본인이다", None, None, ["culture-tourism"], "achievement"),
        C("국내 첫 정원박람회를 유치해냈다", None, None, ["culture-tourism"], "achievement"),
        C("대한민국 제1호 국가정원을 도심까지 확대해 도시계획의 새 이정표를 제시했다", None, None, ["culture-tourism"], "achievement"),
        C("봄·여름에 다녀가셨던 분들도 가을이 절정인 순천만습지 등 순천 전역을 찾고 계신다", N, None, ["culture-tourism"], "achievement"),
        C("우리나라에 정원 붐을 일으킨 순천에 오셔서", N, None, ["culture-tourism"], "statement"),
    ],
    "not_claims": ["ADVERTISEMENT", "노관규 전남 순천시장"],
}

# ln-05: 유성 과학정책포럼 (11월 30일)
D = "2023-11-30"
G["ln-05-ebaekje.txt"] = {
    "metadata": {"headline": "'대덕특구 50주년 기념 유성 과학정책 포럼' 열려", "published": "2023-12-03T11:36+09:00",
                 "reporter": "김은지", "outlet": "백제뉴스", "jurisdiction": "30200"},
    "officials": ["jeong-yong-rae"],
    "claims": [
        C("창업 생태계 활성화를 위한 대덕특구의 높은 기술력과 지역의 연결 필요성을 강조했다", None, D,
          ["culture-tourism", "startup-support", "research-development"], "plan"),
        C("대덕특구 50년은 지금의 유성을 만든 성장 동력이다", "jeong-yong-rae", D, ["research-development"], "achievement"),
    ],
    "not_claims": ["유성구와 유성구의회 손잡고 과학도시 유성의 나아갈 길 모색",
                   "11월 30일‘유성 과학정책포럼’을 개최했다고 전했다",
                   "서보선 대덕연구개발특구기관장협의회 사무국장이 토론에 참여했다"],
}

# ln-06: 제주 오영훈 신년 대담 (undated: all dates null)
O = "oh-young-hun"
G["ln-06-segye.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "세계일보", "jurisdiction": "50"},
    "officials": [O],
    "claims": [
        C("중대한 하자 또는 위험이 없을 시 제2공항은 조속히 건설돼야 한다", O, None, ["airport-relocation"], "plan"),
        C("인공지능(AI)·디지털 전환, 에너지 대전환, 민간 우주산업을 축으로", O, None,
          ["fourth-industrial-revolution", "energy-transition"], "plan"),
        C("다양한 관광정책을 펼쳤다", O, None, ["culture-tourism"], "achievement"),
        C("연말에는 골든크로스를 달성했다", O, None, ["culture-tourism"], "achievement"),
        C("관광은 제주도 기간산업이다", O, None, ["culture-tourism"], "statement"),
        C("질적 성장을 통한 지속가능한 관광을 함께 꾀해야 한다", O, None, ["culture-tourism"], "plan"),
        C("올해는 체류형 관광으로의 전환을 통해 질적 성장을 이끌겠다", O, None, ["culture-tourism"], "plan"),
        C("‘2026 더-제주 포시즌 방문의 해’ 캠페인을 통해", O, None, ["culture-tourism"], "plan"),
    ],
    "not_claims": ["민생경제 회복과 도민 삶의 변화로 완성하는 중요한 해",
                   "전국장애인체육대회와 전국체육대회를 ‘디지털 체전’으로 만들겠다",
                   "임기를 다하지 않은 상황에서 먼저 정치적 결정을 언급하는 것은",
                   "―제주 제2공항 환경영향평가는 제주도 환평위 심의와 도의회 동의 절차를 거치게 돼 있는데, 입장은.",
                   "―내국인 발길을 제주로 돌릴 고비용 관광 해소, 질적 성장 대책은."],
}

# ln-07: 충주 조길형 (no event day: publication day)
D = "2024-04-15"
J = "jo-gil-hyeong"
G["ln-07-wowtv.txt"] = {
    "metadata": {"headline": "조길형 충주시장 \"기업 애로 해소에 행정력 집중\"", "published": "2024-04-15T16:23+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "43130"},
    "officials": [J],
    "claims": [
        C("관련 기업을 적극적으로 유치해 온 도시다", None, D, ["investment-attraction", "future-vehicles"], "achievement"),
        C("바이오헬스 국가산업단지를 필두로", None, D, ["medical-industry", "investment-attraction"], "statement"),
        C("기업과의 소통을 통해 애로사항을 해소하고 행정 및 재정적 지원", J, D, ["investment-attraction"], "statement"),
        C("조 시장은 기업을 많이 유치할수록 경제적 선순환 효과를 누릴 수 있다고 판단했다", J, D, ["investment-attraction"], "statement"),
        C("기업이 충주시로 이전하면 양질의 일자리를 창출해 인구 증가로 이어지는 효과가 있다", J, D,
          ["investment-attraction", "jobs"], "statement"),
        C("이것이 바로 지역 활성화의 첫걸음이자", J, D, ["investment-attraction"], "statement"),
        C("사람과 기업이 찾아오는 도시로 만들기 위해 최선을 다하겠다", J, D, ["investment-attraction"], "plan"),
        C("수소 특화단지 지정에 총력을 기울여 청정수소 선도도시로서 위용을 이어가고 있다", None, D, ["energy-transition"], "statement"),
        C("바이오소재 시험평가센터 구축사업을 통해", None, D, ["medical-industry"], "statement"),
        C("설비투자 보조금, 이주 근로자를 위한 이주 정착지원금, 고용지원금", None, D, ["investment-attraction", "jobs"], "statement"),
        C("기숙사 신·증축 등 주거환경과 근로환경 및 작업환경 분야 개선 작업도 지원한다", None, D,
          ["investment-attraction", "labor-relations"], "statement"),
        C("산업단지 통근버스를 운행해 입주업체 근로", None, D, ["investment-attraction"], "statement"),
    ],
    "not_claims": ["기회가 넘치고 미래 가치를 담은 역동적 경제 도시를 만들기 위해 노력했다"],
}

# ln-08: 광주 햇빛발전소 (institutional; announced 18일)
D = "2022-04-18"
EP = ["energy-transition"]
G["ln-08-kmib.txt"] = {
    "metadata": {"headline": "광주시 “2045년 시민참여형 햇빛발전소 145곳 설립”", "published": "2022-04-19T04:07+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "29"},
    "officials": [],
    "claims": [
        C("광주시가 시민과 함께하는 태양광 발전사업에 나선다", None, D, EP, "plan"),
        C("민관 공동의 태양광 발전을 통한 녹색 뉴딜 정책이다", None, D, ["energy-transition", "climate-carbon"], "statement"),
        C("광주 외곽을 도는 제2순환도로와 공공기관 부지 등에서 태양광 사업을 벌이고 있다고 18일 밝혔다", None, D,
          ["climate-carbon", "energy-transition"], "statement"),
        C("광주도시공사와 신재생에너지 보급확대 협약을 체결했다", None, D, EP, "achievement"),
        C("월드컵경기장 주차장에 2.5㎿ 규모의 태양광 발전소를 설치 중이다", None, D, EP, "statement"),
        C("태양광 발전설비를 설치하기 위한 절차를 진행하고 있다", None, D, EP, "statement"),
        C("시민주도형 햇빛발전소 사업도 확대된다", None, D, ["energy-transition", "citizen-participation"], "plan"),
        C("2곳의 시민햇빛발전소가 준공·가동되고 있다", None, D, EP, "achievement"),
        C("나머지 3곳에선 공사가 진행 중이다", None, D, EP, "statement"),
        C("1㎾당 76만8000원의 태양광 설치비용을 집중 지원할 방침이다", None, D, EP, "plan"),
        C("223㎿ 태양광 발전시설이 도심 곳곳에 구축돼 있다", None, D, EP, "achievement"),
        C("2045년까지 시민참여·주도형 햇빛발전소 145곳을 설립한다는 계획이다", None, D,
          ["energy-transition", "citizen-participation"], "target"),
    ],
    "not_claims": ["2045년 시민참여형 햇빛발전소 145곳 설립"],
}

# ln-09: 전주 우범기 현장 방문 (지난 2일)
D = "2024-08-02"
G["ln-09-jjilbo.txt"] = {
    "metadata": {"headline": "우범기 전주시장, ‘시민 속으로, 현장으로’", "published": "2024-08-04T17:53+09:00",
                 "reporter": "김주형", "outlet": None, "jurisdiction": "52110"},
    "officials": ["woo-beom-gi"],
    "claims": [
        C("폭염 대비 재난시설을 돌아보며 전반적인 관광객 수용 태세를 점검하기도 했다", None, D,
          ["disaster-safety", "culture-tourism"], "statement"),
    ],
    "not_claims": ["관광객 수용태세를 점검했다",
                   "- 우 시장, 2일 부채문화관과 한옥마을역사관, 쌍샘광장 등 현장 방문해 관광 수용 태세 점검",
                   "- 폭염 속 시원하고 쾌적한 여행환경 제공 위해 얼음길과 쿨링포그, 그늘막 등도 살펴",
                   "지역 현안에 대해 현장을 방문해 의견을 청취했다",
                   "민생현장 행정의 일환으로 전주한옥마을과 인후1동을 찾았다",
                   "쌍샘광장 사업현장 등을 찾아 현장의 목소리를 청취했다",
                   "국내 최대 규모의 전통 한옥촌으로"],
}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold"
    out.mkdir(exist_ok=True)
    for name, g in G.items():
        doc = {"article": name, **g}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(G), "gold files;", sum(len(g["claims"]) for g in G.values()), "claims")
