"""Writes the hand-made gold files of set-cr (one JSON per article)."""
import json
from pathlib import Path

OUT = Path('/work/blind/set-cr/gold')


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}

# cr-01: 연합뉴스 via news.suwon.go.kr, 2018-09-22, Gyeonggi basic-income committee
LJM = "lee-jae-myung"
D1 = "2018-09-22"
G["cr-01-yonhap.txt"] = {
    "metadata": {"headline": "경기도 '기본소득위원회' 11월 가동…실무위 포함 75명",
                 "published": "2018-09-22T08:03:02+09:00", "reporter": "최찬흥",
                 "outlet": "연합뉴스", "jurisdiction": "41"},
    "officials": [LJM],
    "claims": [
        c("이재명 지사의 공약인 '기본소득위원회'를 11월 중에 가동할 계획이라고", None, D1, ["welfare"], "plan"),
        c("기본소득은 재산·소득·노동활동과 관계없이 모든 도민에게 지급하는", None, D1, ["welfare"], "statement"),
        c("기본소득위원회는 도지사를 공동위원장으로 해", None, D1, ["welfare"], "statement"),
        c("4개 실무위원회별로 15명씩 꾸려진다", None, D1, ["welfare"], "statement"),
        c("기본소득 정책의 실행계획과 정책조정", None, D1, ["welfare"], "statement"),
        c("기본소득위원회 운영비 3천만원을 추경예산을 통해 확보했다", None, D1, ["welfare"], "achievement"),
        c("4차산업 혁명시대의 자동화로 인한 대량실업은 불가피한 사회현상", LJM, "2018-09-19", ["welfare"], "plan"),
        c("재원의 한정성 때문에 전국적인 기본소득제 도입은 현실적인 제약이 있다", LJM, "2018-09-19", ["welfare"], "statement"),
        c("경기도에서 우선 시험적으로 시행할 것이며 다양한 연령층으로 확대하겠다", LJM, "2018-09-19", ["welfare"], "plan"),
    ],
    "not_claims": ["이재명 지사 페이스북 글", "경기도 '기본소득위원회' 11월 가동…실무위 포함 75명"],
}

# cr-02: m.wowtv page, undated (지난 17일 only), Gyeonggi youth participation body
KDY = "kim-dong-yeon"
G["cr-02-wowtv.txt"] = {
    "metadata": {"headline": "김동연 지사 \"청년에게 더 많은, 더 고른 기회 줄 것\"",
                 "published": None, "reporter": None, "outlet": None, "jurisdiction": "41"},
    "officials": [KDY],
    "claims": [
        c("청년들에게 더 많은 기회, 더 고른 기회를 제공해 포용과 상생의 공동체를 만들겠다", KDY, None, ["youth-policy"], "plan"),
        c("청년들에게 지금 필요한 것은 예산 지원을 통한 단기적인 혜택이 아니라 다양한 기회", KDY, None, ["youth-policy"], "statement"),
        c("청년 200여 명을 뽑아 청년정책을 직접 만들고 제안하는 역할을 맡는다", None, None, ["youth-policy", "citizen-participation"], "statement"),
        c("도는 지난 1기 청년참여기구를 통해 4개 사업을 청년정책에 반영했다", None, None, ["youth-policy", "citizen-participation"], "achievement"),
        c("청년 정신건강 치유 프로그램 및 청년 노동자 심리 치료 지원 등으로", None, None, ["youth-policy", "public-health"], "statement"),
        c("1기 청년들이 좋은 청년정책을 제안해줬고, 2기 역시 기대가 크다", KDY, None, ["youth-policy", "citizen-participation"], "achievement"),
        c("청년정책을 가장 중요한 정책으로 꼽으며", KDY, None, ["youth-policy"], "statement"),
    ],
    "not_claims": ["상상력과 용기를 갖고 틀을 깨는 노력을 부탁드리며 경기도도 이에 맞춰 일하는 방식을 바꾸겠다",
                   "김 지사는 행사 이후 이들을 초대해 점심을 먹었다",
                   "김동연 지사 \"청년에게 더 많은, 더 고른 기회 줄 것\""],
}

# cr-03: donga.com, ' date 2025-12-08', Hwaseong investment attraction (announced 7일)
JMG = "jeong-myeong-geun"
D3 = "2025-12-07"
G["cr-03-donga.txt"] = {
    "metadata": {"headline": None, "published": "2025-12-08", "reporter": "이경진",
                 "outlet": "동아일보", "jurisdiction": "41590"},
    "officials": [JMG],
    "claims": [
        c("누적 투자유치액 22조5912억 원을 기록했다고 7일 밝혔다", None, D3, ["investment-attraction"], "achievement"),
        c("당초 목표였던 20조 원을 올해 6월 조기 달성한 뒤", None, D3, ["investment-attraction"], "achievement"),
        c("미래 핵심 산업 전반에서 투자가 고르게 이뤄져 산업 포트폴리오가", None, D3,
          ["investment-attraction", "future-vehicles", "medical-industry", "culture-tourism"], "achievement"),
        c("주요 기업의 신성장 프로젝트가 본격 추진되고 있다", None, D3, ["investment-attraction"], "statement"),
        c("화성 국제테마파크, 수소 복합에너지 발전, 동탄2 헬스케어 리츠", None, D3,
          ["investment-attraction", "culture-tourism", "energy-transition", "medical-industry"], "statement"),
        c("글로벌 반도체 장비·소재 기업 투자도 이어지고 있다", None, D3, ["investment-attraction"], "statement"),
        c("‘아시아권 반도체 허브’로 자리 잡게 하는 핵심 요인이라고 설명했다", None, D3, ["investment-attraction"], "statement"),
        c("투자 유치는 화성 청년과 지역 인재의 일자리 창출로 이어지고", JMG, D3, ["investment-attraction", "jobs"], "statement"),
        c("임기 내 25조 원 이상 투자 유치 달성을 목표로 속도를 내겠다", JMG, D3, ["investment-attraction"], "target"),
    ],
    "not_claims": ["이경진 기자 lkj@donga.com"],
}

# cr-04: daenews, 기사입력 2021.09.27, Gangwon governor 최문순 on liquid hydrogen
CMS = "choi-moon-soon"
D4 = "2021-09-27"
G["cr-04-daenews.txt"] = {
    "metadata": {"headline": "최문순 강원도지사, 교통SOC 등 강원발전 기반 ‘본궤도’",
                 "published": "2021-09-27", "reporter": None, "outlet": None, "jurisdiction": "42"},
    "officials": [CMS],
    "claims": [
        c("KTX와 고속도로 개통 등 도민들의 오랜 숙원 사업이었던", None, D4, ["public-transit"], "achievement"),
        c("최근에는 액화수소산업을 강원도형 특화산업으로 집중 육성하면서", None, D4, ["energy-transition"], "achievement"),
        c("‘강원도형 수소경제 실현’과 ‘동북아시아 수소 에너지 혁신 허브’로서의 성장을 위해", CMS, D4, ["energy-transition"], "plan"),
        c("수소R&D 특화도시로 선정된 수소도시 사업은", CMS, D4, ["energy-transition", "research-development"], "plan"),
        c("삼척해변 뉴타운 사업과 연계하여 수소 에너지와 재생에너지를 결합한", None, D4, ["energy-transition"], "plan"),
        c("작년 7월 액화수소 규제자유특구 지정을 통해", None, D4, ["energy-transition"], "statement"),
        c("액화수소 생산설비, 충전소, 연료전지 선박제작", None, D4, ["energy-transition"], "statement"),
        c("수소 저장·운송 클러스터 조성사업은 지난달 예타 대상사업으로 선정됐", None, D4, ["energy-transition"], "achievement"),
    ],
    "not_claims": ["액화수소산업, 강원도형 특화산업으로 집중 육성",
                   "2024년 강원동계청소년올림픽…남북공동개최 ‘긍정’",
                   "최문순 지사가 강원도정을 맡은 지 10년이 넘었다"],
}

# cr-05: TV서울, 등록 2024.12.17 08:53:09, Gangneung night market (institutional only)
D5 = "2024-12-17"
NM = ["small-merchants", "culture-tourism"]
G["cr-05-tvseoul.txt"] = {
    "metadata": {"headline": "이제 강릉시 대표 야간관광 명소는? '월화거리 야시장'",
                 "published": "2024-12-17T08:53:09+09:00", "reporter": "곽재근",
                 "outlet": "TV서울", "jurisdiction": "51150"},
    "officials": [],
    "claims": [
        c("강릉의 새로운 야간관광 명소가 됐다", None, D5, NM, "achievement"),
        c("야시장 방문객 1천276명을 대상으로 설문조사를 실시한 결과", None, D5, NM, "statement"),
        c("외부 방문객이 68.8%로 지역주민(31.2%)보다 많은 것으로 나타났다", None, D5, NM, "statement"),
        c("만족도도 84%로 매우 높았다", None, D5, NM, "achievement"),
        c("야시장 홍보가 필요한 것으로 나타났다", None, D5, NM, "criticism"),
        c("체험 거리가 적다는 등이 개선해야 할 점으로 지적됐다", None, D5, NM, "criticism"),
        c("내년에는 더 풍성하고 즐거운 야시장을 운영", None, D5, NM, "plan"),
        c("중앙시장과 주변 상권에 활력을 불어넣었", None, D5, NM, "achievement"),
    ],
    "not_claims": ["이제 강릉시 대표 야간관광 명소는? '월화거리 야시장'", "맑음강릉 -1.3℃"],
}

# cr-06: NSP통신, undated (8일 only), Suwon carbon neutrality workshop
LJJ = "lee-jae-jun"
G["cr-06-nspna.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "조현철",
                 "outlet": "NSP통신", "jurisdiction": "41110"},
    "officials": [LJJ],
    "claims": [
        c("3대 부문에서 4대 핵심 정책을 이행하겠다", LJJ, None,
          ["climate-carbon", "energy-transition", "public-transit"], "plan"),
        c("탄소중립은 사업이나 제도만으로 이뤄낼수 없다", LJJ, None, ["climate-carbon"], "statement"),
        c("시민 모두의 참여가 필요하다", LJJ, None, ["climate-carbon"], "plan"),
        c("주민자치위원들이 직접 탄소중립 실천방안에 참여하고", None, None, ["climate-carbon"], "statement"),
        c("탄소중립 선도도시 구현을 위해 주민자치위원들이 탄소중립을 실천하고", None, None, ["climate-carbon"], "plan"),
    ],
    "not_claims": ["‘탄소중립, 시민의 일상이 되다’를 주제로 특강을 펼쳤다",
                   "한 사람의 열 걸음보다 열 사람의 한 걸음이 훨씬 더 큰 걸음",
                   "참여와 동행의 성과는 한 사람의 성공보다 더 강력하다",
                   "이날 탄소중립 워크숍에는 44개동 주민자치회 위원 180여 명을 대상으로 진행됐다",
                   "플로깅(쓰담달리기)을 하며 탄소중립 캠페인을 전개했다",
                   "전시관을 관람하고 탄소중립 교육을 들었다"],
}

# cr-07: kwnews-style text, undated (17일 only), Hongcheon half-price farm supplies (institutional only)
AG = ["agriculture"]
G["cr-07-kwnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "51720"},
    "officials": [],
    "claims": [
        c("반값 농자재 지원 사업 만족도가 90% 이상 나왔다고 17일 밝혔다", None, None, AG, "achievement"),
        c("8,741개 농가를 대상으로 올해 반값 농자재 지원 사업을 실시했다", None, None, AG, "achievement"),
        c("가장 많은 335억원을 투입했다", None, None, AG, "achievement"),
        c("농업 인구 감소를 막기 위해 사업 규모를 키웠다", None, None, AG, "achievement"),
        c("농민들이 반값으로 구매할 수 있도록 지원했다", None, None, AG, "achievement"),
        c("군은 내년 1월부터 사업 신청을 접수할 예정이다", None, None, AG, "plan"),
        c("지원 요건은 도내 전체적으로 한층 강화됐다", None, None, AG, "statement"),
        c("2년 이상 계속 농업 경영체로 등록된 홍천군 관내 거주 농가여야 한다", None, None, AG, "statement"),
        c("기존에는 ‘1년 이상’이었다", None, None, AG, "statement"),
        c("농업 경영 안정화와 농촌 인구 유입으로 이어지도록 하겠다", None, None, AG, "plan", "유진수"),
    ],
    "not_claims": [],
}

# cr-08: G1방송 broadcast script, 2022-06-15, Cheorwon county head-elect interview
LHJ = "lee-hyeon-jong"
D8 = "2022-06-15"
G["cr-08-g1tv.txt"] = {
    "metadata": {"headline": "<당선인.14> 이현종 철원군수 \"한탄강의 기적 완수\"",
                 "published": "2022-06-15", "reporter": "모재성", "outlet": "G1방송",
                 "jurisdiction": "42780"},
    "officials": [LHJ],
    "claims": [
        c("관광사업을 비롯해 지난 8년간 진행한 사업과 정책을 이번 임기에 완성하겠다는 계획입니다", LHJ, D8, ["culture-tourism"], "plan"),
        c("철원군이 가진 관광자원을 활용해 유동 인구로 채우겠다는 복안입니다", LHJ, D8, ["culture-tourism"], "plan"),
        c("새로운 관광 자원을 정상 궤도에 올려 놓겠다고 밝혔습니다", LHJ, D8, ["culture-tourism"], "plan"),
        c("다 갖춰지면 아마도 많은 사람들이 철원군에 와서 즐기고", LHJ, D8, ["culture-tourism"], "statement"),
        c("학생과 청년 정책도 강조했습니다", LHJ, D8, ["youth-policy", "education"], "statement"),
        c("철원 장학회 자산 규모를 현재 70억 원가량 확보해 놨다며", LHJ, D8, ["education"], "plan"),
        c("또 청년이 돌아와 정", LHJ, D8, ["youth-policy"], "plan"),
    ],
    "not_claims": ["철원군은 현 군수가 3선 연임에 성공했습니다",
                   "가장 시급한 현안으로 '인구소멸'을 꼽았는데요",
                   "기반을 닦아놓은 일들 완수를 해서 이젠 누가 와서 군수를 하더라도",
                   "인구감소에 따른 지역소멸을 꼽았습니다",
                   "<당선인.14> 이현종 철원군수 \"한탄강의 기적 완수\""],
}

# cr-09: mby.co.kr, undated (23일 only), Paju GTX seminar
KGI = "kim-gyeong-il"
G["cr-09-mby.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "41480"},
    "officials": [KGI],
    "claims": [
        c("올 연말 파주에 교통혁명이 시작되어 도시발전에 획기적인 전환점을 맞이하게 됐다", KGI, None, ["public-transit"], "achievement"),
        c("지티엑스(GTX)를 중심으로 버스노선을 개편해 연계교통을 강화하고", KGI, None, ["public-transit"], "plan"),
    ],
    "not_claims": ["개통기념 ‘지티엑스(GTX) 교통혁명: 파주에 가져올 변화와 도전과제’ 발표회(세미나)가",
                   "'파주시 지티엑스(GTX) 연계교통 강화방안' 등에 대한 주제 발표가 진행됐다",
                   "지티엑스(GTX) 역할과 활용방안에 대한 토론이 이어졌다"],
}

for name, g in G.items():
    doc = {"article": name, **g}
    (OUT / (name + ".json")).write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
