"""Writes the hand-made gold files of set-ba (one JSON per article)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
os.makedirs(GOLD, exist_ok=True)


def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c


G = {}

# ---------------------------------------------------------------- ba-01 부산 2015 (서병수, 창업)
D = "2015-11-25"
G["ba-01-newsprime.txt"] = {
    "metadata": {"headline": "부산시, 2015년 '아시아 제1창업도시'만든다",
                 "published": "2015-11-25T16:00+09:00", "reporter": "윤요섭",
                 "outlet": "프라임경제", "jurisdiction": "26"},
    "officials": ["suh-byung-soo"],
    "claims": [
        C("부산시는 창업을 통한 양질의 일자리 창출과 도시의 장기적 발전전략 마련을 위해", None, D,
          ["startup-support", "jobs"], "plan"),
        C("서병수 부산시장이 이러한 내용을 담은 부산 창업활성화방안을 발표해 금년 하반기부터 본격 추진한다는 계획이다",
          "suh-byung-soo", D, ["startup-support"], "plan"),
        C("부산시는 금년 상반기에 창업지원센터, 창조경제혁신센터, 부산창업카페 개소", None, D,
          ["startup-support"], "achievement"),
        C("이번 방안에는 △경진대회, 시장과의 토크콘서트 등 창업붐 조성", None, D,
          ["startup-support"], "plan"),
        C("한·중·일 범(凡)창업지원기관 간 교류협력을 통해서 투자설명회", None, D,
          ["startup-support"], "plan"),
        C("유망 신생기업을 발굴해 미국 실리콘밸리, 워싱턴, 벨기에 등 해외 현지 거점에서 벤처창업", None, D,
          ["startup-support", "research-development"], "plan"),
    ],
    "not_claims": [
        "부산시, 2015년 '아시아 제1창업도시'만든다",
        "캠퍼스를 타고 누구나 어디서나 원할 때 창업지원",
    ],
}

# ---------------------------------------------------------------- ba-02 구미 2016 (institutional + 국장)
G["ba-02-ksmnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김용호",
                 "outlet": "경상매일신문", "jurisdiction": "47190"},
    "officials": [],
    "claims": [
        C("청년 고용절벽 해소를 위해 일자리관련 유관기관 실무자 9명이 참석한 가운데 ‘1기업 1인 더 채용하기’ 간담회를 개최했다",
          None, None, ["jobs", "youth-policy"], "statement"),
        C("민선6기 일자리 8만개 창출을 위해 2016년에는 행복일자리 2만개 창출을 비롯한", None, None,
          ["jobs", "youth-policy", "labor-relations"], "target"),
        C("연구개발(R&D) 기능 강화를 통한 제품 상용화를 위해 10년 전부터 금오테크노벨리를 중심으로", None, None,
          ["research-development", "medical-industry", "fourth-industrial-revolution", "jobs", "youth-policy"],
          "plan", speaker_name="권순서"),
    ],
    "not_claims": [
        "구미시의 경우 작년 수출액은 51억 불 감소했으나 오히려 총생산액은 48조 6천360억 원으로 2014년에 비해 7천490억 원이 증가했다",
    ],
}

# ---------------------------------------------------------------- ba-03 경북 2017 (김관용, 민선6기 3년)
G["ba-03-nocutnews.txt"] = {
    "metadata": {"headline": "김관용 \"남은 1년 일자리 창출에 매진\"", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "47"},
    "officials": ["kim-gwan-yong"],
    "claims": [
        C("남은 임기 1년동안 일자리 창출에 모든 힘을 쏟겠다", "kim-gwan-yong", None, ["jobs"], "plan"),
        C("임기중 가장 큰 성과는 도청이전", "kim-gwan-yong", None, ["city-hall"], "achievement"),
        C("신도청 시대가 미래경북 발전의 새로운 초석이 될 것으로 확신한다", "kim-gwan-yong", None,
          ["city-hall"], "statement"),
        C("△도청이전으로 미래경북 초석 마련", None, None,
          ["city-hall", "decentralization", "jobs", "investment-attraction", "culture-tourism", "agriculture"],
          "achievement"),
        C("△일자리 비상체계 풀가동", None, None,
          ["jobs", "youth-policy", "investment-attraction", "fourth-industrial-revolution"], "plan"),
    ],
    "not_claims": [
        "김관용 지사가 민선6기 3년 성과와 향후 도정방향에 대해 설명하고 있다",
        "도지사로 일한 지난 11년보다는 남은 1년이 더 중요하다 생각한다",
        "백리를 가는 사람은 구십리에서 절반쯤 왔다고 생각한다",
    ],
}

# ---------------------------------------------------------------- ba-04 대구 2018 (권영진, 도시재생 뉴딜)
D = "2018-01-20"
G["ba-04-wowtv.txt"] = {
    "metadata": {"headline": "대구시민과 함께하는 도시재생 뉴딜 사업 첫발",
                 "published": "2018-01-20T09:01+09:00", "reporter": "이재혁",
                 "outlet": "연합뉴스", "jurisdiction": "27"},
    "officials": ["kwon-young-jin"],
    "claims": [
        C("'도시재생 뉴딜 사업'이 오는 23일 공청회를 시작으로 본격화한다", None, D, ["urban-regeneration"], "plan"),
        C("대구시는 시청 별관에서 주민, 전문가, 공무원이 참여하는 도시재생 선도지역 지정을 위한 공청회를 연다", None, D,
          ["urban-regeneration"], "plan"),
        C("지난해 도시재생 뉴딜 시범사업으로 선정한 곳을 선도지역으로 지정하고", None, D,
          ["urban-regeneration"], "plan"),
        C("도시재생 뉴딜은 지역 내 자발적 상생협력을 유도해 지속가능한 도시구조를 만들어 가는 새 정부 역점사업이다", None, D,
          ["urban-regeneration"], "statement"),
        C("낡은 주거지를 쾌적하게 정비하고, 구도심을 혁신 거점으로 조성해 맞춤형 일자리를 창출하고", None, D,
          ["urban-regeneration", "jobs"], "statement"),
        C("동구 효목1동 478번지 일원, 북구 침산1동 1660-4번지 일원이 지정 대상이다", None, D,
          ["urban-regeneration"], "statement"),
        C("동구시장 블루거리 상점가를 특화하고 청년 인큐베이팅 존을 조성한다", None, D,
          ["urban-regeneration", "small-merchants", "startup-support"], "plan"),
        C("공용 주차장을 설치해 쾌적한 주거환경을 만들고 경제 활성화를 추진한다", None, D,
          ["urban-regeneration"], "plan"),
        C("침산공원과 연계한 Eco 클러스터를 구축하고 국유지를 활용해 행복주택을 건립한다", None, D,
          ["urban-regeneration", "housing"], "plan"),
        C("보행환경도 개선해 지역을 활성화하고 정주여건을 개선한다", None, D, ["urban-regeneration"], "plan"),
        C("공청회를 시작으로 지난해 선정한 시범사업을 주민과 함께 추진하고 새 사업을 발굴해 국가 도시재생 뉴딜사업 공모에 적극 대응하겠다",
          "kwon-young-jin", D, ["urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "대구시민과 함께하는 도시재생 뉴딜 사업 첫발",
        "23일 공청회…동구 효목 1동·북구 침산 1동 시범사업",
    ],
}

# ---------------------------------------------------------------- ba-05 경남 2018 (김경수, 스마트공장)
G["ba-05-idomin.txt"] = {
    "metadata": {"headline": "경남 스마트공장 추진협 발족…김경수 지사 예산 확대 등 약속", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "48"},
    "officials": ["kim-gyeong-su"],
    "claims": [
        C("스스로 변화하려는 의지를 가지고 있는 기업은 어떻게든 경상남도가 지원하겠다", "kim-gyeong-su", None,
          ["fourth-industrial-revolution"], "plan"),
        C("스마트공장 추진협의회는 지역 내 26개 기관이 참여한다", None, None,
          ["fourth-industrial-revolution"], "statement"),
        C("경남도와 경남지방중소벤처기업청은 사업총괄 기능을 수행하게 되며", None, None,
          ["fourth-industrial-revolution"], "plan"),
        C("NH농협·경남은행 등은 금융자금 지원에 적극적으로 나설 방침이다", None, None,
          ["fourth-industrial-revolution"], "plan"),
        C("도내 교육기관은 스마트공장 전문인력 양성 기능을 수행하고", None, None,
          ["fourth-industrial-revolution"], "plan"),
        C("경남형 스마트공장 확대를 위해 국비 확대 요구에 적극 나서겠다", None, None,
          ["fourth-industrial-revolution"], "plan", speaker_name="권영학"),
        C("경남도는 지난달 21일 스마트공장 보급 확산 4개년 종합계획을 발표한데 이어", None, None,
          ["fourth-industrial-revolution"], "achievement"),
    ],
    "not_claims": [
        "경남 스마트공장 추진협 발족…김경수 지사 예산 확대 등 약속",
        "김경수(가운데) 도지사가 발언하고 있다",
        "제조업 혁신 없이는 신성장산업이 자라기 힘들다",
        "뿌리가 죽어가고 있는데 열매를 맺을 수는 없다",
    ],
}

# ---------------------------------------------------------------- ba-06 울산 울주군 2020 (이선호)
G["ba-06-wowtv.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "하인식",
                 "outlet": "한국경제", "jurisdiction": "31710"},
    "officials": ["lee-seon-ho"],
    "claims": [
        C("고품격 재난 관리 대책과 관광 정책, 최고 수준의 경쟁력을 갖춘 산업도시, 친환경 스마트 농업벤처 육성 등을 역점 사업으로 추진하고 있다",
          None, None, ["welfare", "disaster-safety", "culture-tourism", "agriculture", "startup-support"], "statement"),
        C("울주가 그리는 미래는 출생부터 노후까지 행복한 복지·교육·경제도시", "lee-seon-ho", None,
          ["welfare", "education"], "plan"),
        C("울주군은 신혼부부 주거비용과 임산부·난임부부 진료 교통비 지원", None, None,
          ["housing", "childcare-birth", "education", "public-health", "dementia-care", "welfare"], "statement"),
        C("국내 지자체로는 처음 전 군민 1인당 10만원씩의 코로나19 지원금 지급을 선언해", None, None,
          ["public-health"], "achievement"),
        C("내년에는 전국 최초로 만 18세 주민에게 ‘청소년 성장 지원금’을 100만원씩 지급하기로 했다", None, None,
          ["youth-policy"], "plan"),
        C("울산시는 현재 만 18~34세 중위소득 150% 이내 미취업 청년에게 구직활동 지원비로", None, None,
          ["youth-policy", "jobs"], "statement"),
        C("‘울주 6·7·8 브랜드’를 집중 홍보하고 있다", None, None, ["culture-tourism", "agriculture"], "statement"),
        C("먹거리, 즐길거리, 살거리가 넘쳐나는 관광브랜드를 육성해 울주를 힐링 문화레저 관광특구로 발전시키겠다",
          "lee-seon-ho", None, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "울주군 인구는 지난해 말 기준 22만3200명에 이른다",
        "군 단위 지자체로는 대구 달성군 다음으로 많다",
    ],
}

# ---------------------------------------------------------------- ba-07 포항 2021 (institutional, 지진)
G["ba-07-kbsm.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "47110"},
    "officials": [],
    "claims": [
        C("4년 전 발생한 촉발지진으로 막대한 피해를 입은 포항이 지진의 상흔을 극복하고 재도약의 기틀을 마련해 나가고 있다",
          None, None, ["disaster-safety"], "statement"),
        C("지진특별법에 따라 피해자에 대한 피해구제 지원과 피해지역인 흥해의 도시 재건이 순조롭게 진행되고 있다", None, None,
          ["disaster-safety"], "statement"),
        C("시는 특별법과 시행령 제정 단계에서부터 피해자인 포항시민의 입장에서", None, None,
          ["disaster-safety"], "statement"),
        C("국비 지원비율이 80%로 결정됐으며", None, None, ["disaster-safety"], "achievement"),
        C("소상공인·중소기업 지원 확대(6000만 원→1억 원)", None, None,
          ["disaster-safety", "small-merchants"], "achievement"),
        C("흥해실내체육관 이재민이 1435일 만에 자진 귀가하는 성과를 이뤄냈다", None, None,
          ["disaster-safety"], "achievement"),
        C("12만6071건의 피해가 접수됐으며, 이 중 약 80%에 대해 지원금 지급이 마무리 됐다", None, None,
          ["disaster-safety"], "achievement"),
        C("추가로 1230억을 확보해 피해 구제지원에 매진하고 있다", None, None, ["disaster-safety"], "achievement"),
    ],
    "not_claims": [],
}

# ---------------------------------------------------------------- ba-08 창원 2023 (홍남표 시무식)
D = None  # text gives only '2일' + '2023년 계묘년 새해 시무식'; no publication date -> strict rule: null
G["ba-08-cwtimes.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "times창원",
                 "jurisdiction": "48120"},
    "officials": ["hong-nam-pyo"],
    "claims": [
        C("▲창원국가산단 2.0 조성 ▲동대구~창원 간 KTX 직선화 사업", "hong-nam-pyo", D,
          ["public-transit", "education", "welfare"], "plan"),
        C("창원의 명운이 걸린 중요사업들을 올 초부터 강력하게 추진해", "hong-nam-pyo", D,
          ["public-transit", "education", "welfare"], "plan"),
    ],
    "not_claims": [
        "창원특례시(시장 홍남표)는 2일 시청 시민홀에서 2023년 계묘년 새해 시무식을 개최했다",
        "올해를 미래 50년 혁신성장 기틀을 완성하는 해로 정하고, 우리의 주력 산업인 원자력과 방위산업을 기반으로",
        "창원시는 원자력과 방위산업에 대한 수출 활성화 전략을 지속적으로 추진해",
        "기획 단계에서 시민들의 편익에 대한 충분한 고민과 검토가 이뤄져야 한다",
        "편익이 없다면 과감히 정리하는 결단도 필요하다",
    ],
}

# ---------------------------------------------------------------- ba-09 부산 2025 (박형준 청년G대)
D = "2025-02-24"
G["ba-09-fnnews.txt"] = {
    "metadata": {"headline": "박형준 시장 \"청년이 머물며 꿈 이뤄가는 부산 만들 것\"",
                 "published": "2025-02-24T16:49+09:00", "reporter": "원동화",
                 "outlet": "뉴시스", "jurisdiction": "26"},
    "officials": ["park-heong-joon"],
    "claims": [
        C("부산시가 청년이 중심이 된 '2025년 청년G대' 추진계획을 발표했다", None, D, ["youth-policy"], "statement"),
        C("95개 사업에 총 4146억원을 투입해 '청년이 머물며 꿈을 이루어가는 도시, 부산'을 만든다는 구상이다", None, D,
          ["youth-policy"], "plan"),
        C("부산시는 올해 청년들이 직접 정책에 참여하는 길을 넓혀 청년들의 정책 체감도를 높일 방침이다", None, D,
          ["youth-policy", "citizen-participation"], "plan"),
        C("박형준 부산시장은 먼저 '2025년 청년G대 추진계획'을 발표했다", "park-heong-joon", D,
          ["youth-policy"], "statement"),
        C("3대 전략으로 5대 분야 25개 중점과제가 담겼다", None, D, ["youth-policy", "jobs"], "plan"),
        C("총 95개 사업에 4146억원의 예산이 투입된다", None, D, ["youth-policy"], "plan"),
        C("시는 청년 일자리 원스톱 시스템을 강화한다", None, D, ["youth-policy", "jobs"], "plan"),
    ],
    "not_claims": [
        "박형준 시장 \"청년이 머물며 꿈 이뤄가는 부산 만들 것\"",
        "청년 일자리, 청년 생활, 청년 쟁책 등 3개 전략 추진",
        "'제6차 시민행복부산회의'를 개최했다",
        "이번 회의는 2025년 청년정책을 발표하는 자리로, 박 시장과 청년들이 대화를 나누고 소통하는 공감 콘서트로 열렸다",
        "◆청년일자리, 준비부터 취업까지 지원",
    ],
}

for name, g in G.items():
    out = {"article": name}
    out.update(g)
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(out, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
