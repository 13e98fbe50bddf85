"""Writes gold/*.json for set-pl (hand annotation)."""
import json
from pathlib import Path

G = {}

def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

D = "2023-01-11"
G["pl-01-ccmessage.txt"] = {
    "metadata": {"headline": "청양군, 2월 3일까지 귀농 귀촌 지원사업 대상자 모집", "published": "2023-01-11T20:16+09:00",
                 "reporter": "조성우", "outlet": "충청메시지", "jurisdiction": "44790"},
    "officials": [],
    "claims": [
        c("오는 2월 3일까지 귀농", None, D, ["agriculture"], "statement"),
        c("지원 분야는 15개 사업 125개이며 주요 사업은", None, D, ["agriculture", "startup-support"], "statement"),
        c("1.5% 금리로 추진되는 귀농 농업창업 및 주택 구매 지원 이차보전사업은", None, D,
          ["agriculture", "startup-support", "housing"], "statement"),
        c("코로나19 이후 농촌 이주가 늘고 있다", None, D, ["agriculture"], "statement"),
        c("체계적인 정책 추진과 지역민과의 화합을 통해", None, D, ["agriculture"], "plan"),
    ],
    "not_claims": ["신청자 접수처는 농업기술센터 귀농귀촌팀과", "청양군, 2월 3일까지 귀농 귀촌 지원사업 대상자 모집"],
}

D = "2020-01-06"
G["pl-02-newsstory.txt"] = {
    "metadata": {"headline": "김동일 보령시장 ‘적극행정으로 일자리 창출 총력’", "published": "2020-01-06T10:39+09:00",
                 "reporter": "이찰우", "outlet": None, "jurisdiction": "44180"},
    "officials": ["kim-dong-il"],
    "claims": [
        c("2020년 신년 언론인 간담회를 통해 ‘지역경제 활력을 위한 일자리 창출에 총력한다’고 밝혔다", "kim-dong-il", D, ["jobs"], "plan"),
        c("보령화력 1,2호기 조기폐쇄 등 지역경제 활력을 위한 중요한 한 해가 될 것", "kim-dong-il", D, ["energy-transition"], "statement"),
        c("원산안면대교 개통으로 서해안 신 관광벨트로 주목받는 등", "kim-dong-il", D, ["culture-tourism"], "statement"),
        c("해양관광 선도도시 도약의 기틀을 만들겠다", "kim-dong-il", D, ["culture-tourism"], "plan"),
    ],
    "not_claims": ["‘적극행정’을 지속적으로 펼쳐나가겠다", "칭찬운동을 시민운동으로 발전시켜 나가겠다",
                   "4일 오전 10시 보령 웨스토피아 오서홀에서"],
}

D = "2026-01-06"
G["pl-03-ohmynews.txt"] = {
    "metadata": {"headline": None, "published": "2026-01-06", "reporter": None, "outlet": None, "jurisdiction": "44270"},
    "officials": ["oh-seong-hwan"],
    "claims": [
        c("시는 지난해 △전국 최상위권 투자유치 실적", None, D,
          ["investment-attraction", "jobs", "agriculture", "culture-tourism", "public-health", "education"], "achievement"),
        c("AI데이터센터, 드론산업 투자유치와 충남 최초 수소도시 지정", "oh-seong-hwan", D,
          ["fourth-industrial-revolution", "investment-attraction", "energy-transition"], "plan"),
        c("지역인재 채용 확대와 현장실무 중심 전문인력 양성", "oh-seong-hwan", D, ["jobs"], "plan"),
        c("이외에도 ▲국내 최대 수산식품 클러스터 조성", "oh-seong-hwan", D, ["agriculture", "culture-tourism"], "plan"),
    ],
    "not_claims": ["이런 오 시장의 자신감은 2025년 실적이 뒤를 받치고 있다",
                   "정책에 대한 성과들이 시민의 삶 속에서 실질적으로 느껴지는 해가 될 것",
                   "앞으로도 전국에서 최고로 발전하는 도시를 만들겠다",
                   "6일 신년 기자회견을 진행하고 있는 오성환 시장"],
}

D = "2023-01-18"
G["pl-04-kbs.txt"] = {
    "metadata": {"headline": "[대담한7] 김창규 “제천에 공장 조성·대규모 여행관광개발 투자유치”",
                 "published": "2023-01-18T19:39+09:00", "reporter": None, "outlet": None, "jurisdiction": "43150"},
    "officials": ["kim-chang-gyu"],
    "claims": [
        c("취임 이후 3천억 상회하는 유치 실적 거뒀습니다", None, D, ["investment-attraction"], "achievement"),
        c("임기 내 목표 3조 원에는 크게 못 미치는데", None, D, ["investment-attraction"], "criticism"),
        c("제가 공약 중에 3조원 투자유치를 우리 시민들께 약속드렸습니다", "kim-chang-gyu", D, ["investment-attraction"], "target"),
        c("공장 투자유치 뿐만 아니라 여행 관광개발 분야에 대규모 투자유치를 계획을 하고 있습니다", "kim-chang-gyu", D,
          ["investment-attraction", "culture-tourism"], "plan"),
        c("제 4산단 위치나 가격 측면에서 엄청난 경쟁력을 가지고 있습니다", "kim-chang-gyu", D, ["investment-attraction"], "statement"),
        c("제천에는 관광 잠재력이 엄청납니다", "kim-chang-gyu", D, ["culture-tourism"], "statement"),
        c("3조원 투자는 우리가 이행 가능한 그런 목표로 이해를 하고 있습니다", "kim-chang-gyu", D, ["investment-attraction"], "target"),
        c("의림지 대규모 리조트 조성 계획이 발표됐습니다", None, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": ["우리 제천이 전국에서 제일 잘 사는 도시 행복한 도시로 만들어보록 하겠습니다",
                   "천혜의 자원을 활용한 관광산업은 올해는 어떻게 추진됩니까",
                   "투자유치를 비롯한 경제 부문 성과 짚어보겠습니다",
                   "지난해 말에 1200억 원 규모의 의림지에"],
}

D = "2022-07-01"
G["pl-05-inews365.txt"] = {
    "metadata": {"headline": None, "published": "2022-07-03T14:07:46+09:00", "reporter": None, "outlet": "충북일보",
                 "jurisdiction": "43720"},
    "officials": ["choi-jae-hyeong", "hwang-gyu-cheol", "jeong-yeong-cheol"],
    "claims": [
        c("도시 수준의 정주 여건을 갖춘 도시형 농촌을 만들어", "choi-jae-hyeong", D, ["agriculture"], "plan"),
        c("군민의 의견에 귀 기울이고, 군 의회와 소통을 통해 지역 발전의 해법을 찾겠다는 뜻도 밝혔다", "choi-jae-hyeong", D,
          ["citizen-participation"], "plan"),
    ],
    "not_claims": ["민선 8기를 이끌 남부 3군의 군수들이 지난 1일 취임식을 시작으로 일제히 업무에 들어갔다",
                   "함께 논의하고, 민주적인 합의 과정을 통해 군",
                   "최 군수는 취임식에 앞서 남산에 있는 충혼탑을 찾아"],
}

D = "2022-08-02"
G["pl-06-newspim.txt"] = {
    "metadata": {"headline": "노관규 순천시장 첫 정례조회서 '일류순천 만들기' 열린 특강", "published": "2022-08-02T11:57+09:00",
                 "reporter": "오정근", "outlet": "뉴스핌", "jurisdiction": "46150"},
    "officials": ["noh-gwan-gyu"],
    "claims": [
        c("생각에서 시작한 것이 '정원박람회'였다", "noh-gwan-gyu", D, ["culture-tourism"], "achievement"),
        c("순천에 맞게 재창조한 것이 정원박람회이다", "noh-gwan-gyu", D, ["culture-tourism"], "statement"),
        c("'2023순천만국제정원박람회' 성공개최를 위해 일류 창조도시 순천의 미래를 상상하며 함께 만들어 가자", "noh-gwan-gyu", D,
          ["culture-tourism"], "plan"),
    ],
    "not_claims": ["왜 2023순천만국제정원박람회를 성공 개최해야 하는지",
                   "노관규 시장의 열린 특강으로 민선8기 첫 정례조회를 했다고 2일 밝혔다",
                   "노관규 시장이 정례조회 특강을 하고 있다"],
}

D = "2026-02-24"
G["pl-07-kwangju.txt"] = {
    "metadata": {"headline": "전남 섬·갯벌·바다, 세계인이 찾는 해양 관광지로 키운다", "published": "2026-02-24T19:47+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "46"},
    "officials": [],
    "claims": [
        c("5년 안에 400만명이 찾는 해양관광 메카로 발돋움한다", None, D, ["culture-tourism"], "target"),
        c("차별화된 전남 해양 자원을 전 세계인들에게 각인시키는데도 도움이 될 것으로 보인다", None, D, ["culture-tourism"], "statement"),
        c("전남도가 최근 내놓은 ‘해양관광 활성화 계획’은", None, D, ["culture-tourism", "public-transit"], "plan"),
        c("오는 2030년까지 405만명의 발길이 이어지는 차별화된 해양관광지로 가꾸겠다는 구상이다", None, D, ["culture-tourism"], "target"),
        c("5대 전략을 추진하기 위한 15개 세부 실행 과제도 제시했다", None, D, ["culture-tourism", "public-transit"], "plan"),
        c("복합해양레저관광도시를 오는 2030년까지 추진키로 했다", None, D, ["culture-tourism"], "plan"),
        c("민간 투자(8980억)를 포함해 1조 980억원을 투입", None, D, ["culture-tourism", "investment-attraction"], "statement"),
        c("또 여자만(1697억)과 신안·무안 국가해양생태공원(3099억)을", None, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": ["3조원 투입 2030년까지 인프라·콘텐츠 전면 재편", "‘400만 관광객 시대’ 도전"],
}

D = "2018-05-01"
G["pl-08-seoul.txt"] = {
    "metadata": {"headline": "중구, 찾동 서비스 확대 시행", "published": "2018-05-02", "reporter": "최훈진", "outlet": "서울신문",
                 "jurisdiction": "11140"},
    "officials": [],
    "claims": [
        c("서비스를 확대 시행한다고 1일 밝혔다", None, D, ["welfare"], "plan"),
        c("4개 동에 먼저 ‘찾동’을 도입했다", None, D, ["welfare"], "achievement"),
        c("주민이 있는 곳을 직접 찾아가 복지·행정 서비스를 제공한다는 의미를 담고 있다", None, D, ["welfare"], "statement"),
        c("복지플래너, 방문간호사, 우리동네 주무관 등 인력이 확충됐다", None, D, ["welfare", "public-health"], "achievement"),
        c("이들을 대상으로 전문교육이 이뤄진다", None, D, ["welfare"], "statement"),
        c("주민의 복지·건강 안전망이 더 강화될 것으로 보고 있다", None, D, ["welfare", "public-health"], "statement"),
        c("중구 주민 2만 7800명에게 찾동의 손길이 닿을 것", None, D, ["welfare"], "target"),
        c("빈곤위기 가정을 찾아 맞춤형 복지·보건 혜택을 지원하겠다", None, D, ["welfare", "public-health", "childcare-birth"], "plan"),
    ],
    "not_claims": ["알뜰교통카드 쓰던 경기도민 59% ‘경기패스’ 전", "통계청 발표 ‘2020 고령자 통계’ 분석",
                   "자료 제공 : 정책브리핑 korea.kr"],
}

E, P = "2020-09-09", "2020-09-10"
G["pl-09-fmtv.txt"] = {
    "metadata": {"headline": "노현송 강서구청장, 서울시와 ‘스마트서울 네트워크(S-net) 업무협약’ 체결",
                 "published": "2020-09-10T11:09:34+09:00", "reporter": "박상복", "outlet": "FMTV 표준방송",
                 "jurisdiction": "11500"},
    "officials": ["noh-hyeon-song"],
    "claims": [
        c("서울시와 ‘스마트서울 네트워크(S-net) 구축을 위한 업무협약’을 체결했다", None, E, ["smart-city"], "achievement"),
        c("혁신적 미래 스마트도시 서비스기반 마련을 위한 유무선 통신망을 구축하는데 상호 협력키로 했다", None, E, ["smart-city"], "plan"),
        c("공공와이파이 590대를 추가 설치해 공공와이파이를 총 1,365대까지 늘린다", None, P, ["smart-city"], "target"),
        c("구 어디서든 부담없이 공공 와이파이를 무료로 쓸 수 있다", None, P, ["smart-city"], "statement"),
        c("지역·계층간 통신 격차 해소는 물론 통신비용까지 절감할 수 있다", "noh-hyeon-song", E, ["smart-city"], "statement"),
        c("누구나 공공서비스를 자유롭게 이용할 수 있도록 스마트도시 강서를 만들겠다", "noh-hyeon-song", E, ["smart-city"], "plan"),
    ],
    "not_claims": ["협약식에 이어 서울 공공와이파이 까치온 BI(Brand Identity) 선포식도 진행됐다",
                   "참석자들과 기념촬영을 하고 있다",
                   "공공와이파이 설치율 서울시 25개 자치구 중 1위"],
}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold"
    out.mkdir(exist_ok=True)
    for name, g in G.items():
        doc = {"article": name, **g}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(G), "gold files;", sum(len(g["claims"]) for g in G.values()), "claims")
