"""Writes gold/*.json for set-by (hand annotation; see GOLD_NOTES.md)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")


def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c


G = {}

# ---- by-01 울주군 귀농귀촌 (institutional narration) ----
D = "2025-01-07"
G["by-01-viva2080.txt"] = {
    "metadata": {"headline": "[지역 시니어 뉴스] 울산시 울주군, 다양한 귀농지원책 추진 ‘주목’",
                 "published": "2025-01-07T08:54:35+09:00", "reporter": "박성훈", "outlet": None,
                 "jurisdiction": "31710"},
    "officials": [],
    "claims": [
        C("울주군이 다양한 귀농귀촌 지원책을 추진해 눈길을 끈다", None, D, ["agriculture"], "statement"),
        C("올해 더욱 체계적인 지원방안을 마련해 사업 성과를 배가하겠다는 방침이다", None, D, ["agriculture"], "plan"),
        C("귀농귀촌을 희망하는 도시민에게 농촌 거주 기회를 더욱 확대하기로 했다", None, D, ["agriculture"], "plan"),
        C("주민과 교류할 수 있는 충분한 기회를 부여한다는 계획이다", None, D, ["agriculture"], "plan"),
        C("참가자에게는 농촌체험휴양마을에서 최장 6개월간 주거와 연수 프로그램을 제공한다", None, D, ["agriculture"], "statement"),
        C("예비 귀농귀촌인 팜투어 지원 사업도 진행한다", None, D, ["agriculture"], "plan"),
        C("도시민 500여 명을 대상으로", None, D, ["agriculture"], "target"),
        C("귀농 농업창업 및 주택구입 지원 사업도 추진한다", None, D, ["agriculture", "startup-support", "housing"], "plan"),
        C("귀농귀촌인 역량 강화 지원에도 나서", None, D, ["agriculture"], "plan"),
        C("귀농인 영농기반 구축 사업을 마련해", None, D, ["agriculture"], "plan"),
        C("‘울주군 귀농귀촌 가이드북’도 따로 제작해 무료로 배포하고 있다", None, D, ["agriculture"], "statement"),
    ],
    "not_claims": ["박성훈 기자 2025-01-07 08:54:35", "여기에는 귀농귀촌 사업뿐만 아니라 단계별 준비 절차"],
}

# ---- by-02 기장군 정종복 취임 2주년 ----
G["by-02-asiae.txt"] = {
    "metadata": {"headline": "정종복 기장군수 “소통하며 군민이 원하는 정책 펼치겠다”", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "26710"},
    "officials": ["jeong-jong-bok"],
    "claims": [
        C("문화·체육·관광 시설을 확충해 군민들의 삶의 질을 향상하고, 명품 문화관광도시로 도약하겠다는 포부를 밝혔다",
          "jeong-jong-bok", None, ["culture-tourism"], "plan"),
        C("방사선 의·과학 융합클러스터를 조기 완성하고", "jeong-jong-bok", None,
          ["medical-industry", "agriculture"], "plan"),
        C("군민과 소통하며 ‘지속가능한 소통도시’를 구현할 것을 약속했다", "jeong-jong-bok", None,
          ["citizen-participation"], "plan"),
        C("도시철도 정관선·기장선 조기 건설", "jeong-jong-bok", None, ["public-transit"], "plan"),
    ],
    "not_claims": [
        "하반기 정례조례서 성찰·비전 제시",
        "지난 2년 동안의 공약사업들이 어떻게 진행되고 있는지 성과를 되돌아봤다",
        "정종복 기장군수가 직원 정례조회에서 취임 2주년 소감을 전달하고 있다",
        "군민과 소통을 최우선으로 하고 항상 군민의 입장에 서서 군정 전반을 추진해 왔다",
        "군민의 목소리에 귀 기울이며 군민이 진정으로 원하는 군정을 펼쳐나가겠다",
    ],
}

# ---- by-03 거제시 변광용, 조선업 타운홀미팅 ----
E, P = "2026-02-09", "2026-02-11"
G["by-03-seoul.txt"] = {
    "metadata": {"headline": None, "published": "2026-02-11", "reporter": None, "outlet": None,
                 "jurisdiction": "48310"},
    "officials": ["byeon-gwang-yong"],
    "claims": [
        C("‘조선업 고용 구조 개선과 지역 상생 방안 마련’을 지속적으로 요구하고 있다", None, P, ["jobs"], "plan"),
        C("조선업 도시 거제의 현장 상권과 정주 인구는 이를 체감하지 못하고 있다", "byeon-gwang-yong", E,
          ["small-merchants"], "statement"),
        C("현재와 같은 저임금·외국인 중심의 인력 수급 구조로는", "byeon-gwang-yong", E, ["jobs"], "criticism"),
        C("내국인과 청년이 돌아오고 가족 단위 정주가 가능한 ‘사람 중심’의 산업 생태계 전환이 시급하다",
          "byeon-gwang-yong", E, ["youth-policy"], "plan"),
        C("4대 핵심과제를 공식 건의했다", "byeon-gwang-yong", E, ["jobs", "youth-policy", "labor-relations"], "plan"),
        C("정주 인구 증가와 상권 활성화로 이어지는 선순환 구조가 완성돼야 한다", "byeon-gwang-yong", E,
          ["small-merchants"], "plan"),
    ],
    "not_claims": [
        "9일 노동부 타운홀미팅에 변광용 시장 참석",
        "고용 구조 개선·지역상생기금 조성 등 과제 제안",
        "거제시장이 지난 9일 울산 동구청 대강당에서 김영훈 고용노동부 장관 주재로 열린 ‘조선업 타운홀미팅’에서 발언하고 있다",
        "조선업 구조의 근본적인 체질 개선을 촉구했다고 11일 밝혔다",
        "조선업을 단순 제조업을 넘어 지역경제를 견인하는 ‘전략산업’으로 재정의할 것을 제안했다",
        "이것이 거제가 당면한 생존 문제",
    ],
}

# ---- by-04 밀양 나노융합국가산단, 박일호 ----
G["by-04-hankyung.txt"] = {
    "metadata": {"headline": "밀양의 논밭, 첨단 나노기지로 바뀐다", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "48270"},
    "officials": ["park-il-ho"],
    "claims": [
        C("나노분야 전문인력도 양성한다", None, None, ["jobs", "education"], "plan"),
        C("2019년 개교 예정인 나노마이스터고는 곧 건립 공사를 시작한다", None, None, ["education"], "plan"),
        C("이 학교는 무안면 밀양전자고를 새롭게 고쳐 짓는다", None, None, ["education"], "statement"),
        C("2020년 300명까지 정원을 확대할 계획이다", None, None, ["education"], "target"),
        C("한국폴리텍대 밀양캠퍼스도 옛 밀양대 부지를 활용해 오는 10월 착공한다", None, None,
          ["jobs", "education"], "plan"),
        C("나노화학과 등 네 개 학과를 개설해", None, None, ["jobs", "education"], "plan"),
    ],
    "not_claims": [
        "밀양 나노융합국가산단 예정지",
        "농지가 지역의 새로운 성장동력인 나노산업단지로 바뀐다",
        "농촌도시 밀양이 첨단 도시로 변신을 시도하고 있다",
        "도로망 등 인프라 구축사업이 속도를 내고 있다",
        "농업도시 밀양이 첨단 나노도시로 거듭날 것",
        "행정절차를 마무리하고 보상비 산정에 들어갔다",
        "토지거래계약 허가구역으로 묶었다",
        "나노대교는 450억원을 들여 2020년 나노산단 완공에 맞춰 준공한다",
    ],
}

# ---- by-05 해운대구 김성수 신년 인터뷰 ----
K = "kim-seong-su"
G["by-05-inews24.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "박성현", "outlet": "아이뉴스24",
                 "jurisdiction": "26350"},
    "officials": [K],
    "claims": [
        C("구민존중, 구민중심, 구민참여의 행정을 펼치겠다", K, None, ["citizen-participation"], "plan"),
        C("해운대구청 신청사 착공, 센텀2지구 도시첨단산업단지 착공", K, None, ["city-hall"], "statement"),
        C("복지 안전망 강화와 고품격 문화·관광 도시 조성", K, None,
          ["welfare", "culture-tourism", "disaster-safety"], "plan"),
        C("세계적인 도시에 걸맞은 축제와 행사에 대한 계획도 밝혔다", K, None, ["culture-tourism"], "plan"),
        C("특색있는 신규 축제 발굴을 통해 해운대만의 차별화를 강화하겠다", K, None, ["culture-tourism"], "plan"),
        C("다양한 해수욕장 프로그램을 운영할 것", K, None, ["culture-tourism"], "plan"),
        C("오는 4월 국내 최초로 ‘해운대 멍때리기 대회’가 열릴 예정이고", None, None, ["culture-tourism"], "plan"),
        C("대규모 행사를 유치·지원하고 안전한 분위기 속에서 성공적으로 개최될 수 있도록 안전관리 등을 적극 지원할 계획이다",
          None, None, ["culture-tourism", "disaster-safety"], "plan"),
    ],
    "not_claims": [
        "생활밀착형 행정을 추진해 ‘살기 좋은 도시, 오고 싶은 도시 해운대’를 만들겠다",
        "해운대 균형발전이라는 큰 그림에 색을 칠해가는 한 해가 될 것",
        "해운대구는 지난 1일 조직개편으로 해양진흥과를 신설했다",
    ],
}

# ---- by-06 통영 미륵권~한산도 케이블카 (institutional) ----
G["by-06-wowtv.txt"] = {
    "metadata": {"headline": "미륵권∼한산도 8개 노선 총 23.4㎞…기존 케이블카 인기 이어갈지 주목", "published": None,
                 "reporter": "박정헌", "outlet": "연합뉴스", "jurisdiction": "48220"},
    "officials": [],
    "claims": [
        C("미륵도와 한산도를 잇는 국내 최장 케이블카를 추가로 설치하는 것을 검토하고 있다", None, None,
          ["culture-tourism"], "plan"),
        C("약 4천억원을 투입해 2021년까지 완공할 계획이라고 7일 밝혔다", None, None, ["culture-tourism"], "plan"),
        C("완공 시 총 연장이 23.4㎞로 국내에서 가장 길다", None, None, ["culture-tourism"], "statement"),
        C("하부역사 0.8㎞ 등 8개로 구성된다", None, None, ["culture-tourism"], "statement"),
        C("구간마다 탑승객이 타고 내릴 수 있게 만들지 여부는 아직 검토 중이라고 설명했다", None, None,
          ["culture-tourism"], "statement"),
        C("루지 흥행의 바통을 이어받을 후속 사업이 될 것으로 시는 보고 있다", None, None, ["culture-tourism"], "statement"),
        C("시는 수익성 전망도 낙관적으로 보고 있다", None, None, ["culture-tourism"], "statement"),
        C("통영의 섬 방문객도 2010년 128만3천명에서 2015년 191만3천명 대폭 증가했다", None, None,
          ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "![](https://img.yonhapnews.co.kr/etc/inner/KR/2018/01/05/AKR20180105135900052_01_i.jpg)",
        "휴식과 힐링을 위해 섬 여행을 선호하는 사람들이 많아졌기 때문으로 시는 분석했다",
    ],
}

# ---- by-07 김해 허성곤 신년사 ----
H = "heo-seong-gon"
G["by-07-pressian.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "48250"},
    "officials": [H],
    "claims": [
        C("지역경제 회복·도시의 문화가치 향상·탄소중립 실천·지역간 균형발전과 같은 과제들을 하나씩 해결해 나가겠다", H, None,
          ["culture-tourism", "climate-carbon"], "plan"),
        C("코로나19 확산차단과 방역대응에 행정력을 집중하겠다", H, None, ["public-health"], "plan"),
        C("김해시민들 만큼은 안심하고 생업에 집중할 수 있도록 하겠다", H, None, ["public-health"], "plan"),
        C("위축된 골목경제를 활성화하고 기업투자 확대와 함께 5대 미래산업을 집중 육성하겠다", H, None,
          ["small-merchants", "investment-attraction"], "plan"),
        C("소상공인 자영업자의 고통을 줄일 수 있도록 코로나19에 철저히 대응하겠다는 각오다", H, None,
          ["public-health", "small-merchants"], "plan"),
        C("공공의료원 설립도 가시적인 성과를 내겠다", H, None, ["public-health"], "plan"),
        C("부울경 특별지방자치단체 출범에 따른 동남권 메가시티 연합사무소 유치도 이루어내겠다", H, None,
          ["decentralization"], "plan"),
    ],
    "not_claims": [
        "인구 56만의 대도시 규모에 걸맞는 명품도시의 기반을 완성하겠다",
        "고용노동지청·한국산업인력관리공단·법원유치 등을 유치하겠다는 뜻이다",
        "전체댓글 0",
    ],
}

# ---- by-08 창원 청년친화헌정대상 (acting mayor not in registry) ----
G["by-08-asiae.txt"] = {
    "metadata": {"headline": "청년정책 성과 공적으로", "published": "2025-09-15", "reporter": None, "outlet": None,
                 "jurisdiction": "48120"},
    "officials": [],
    "claims": [
        C("'2025 청년친화헌정대상 시상식'에서 정책대상을 수상했다고 15일 밝혔다", None, "2025-09-13",
          ["youth-policy"], "achievement"),
        C("5대 핵심 정책과제를 중점적으로 추진해 온 성과를 인정받았다", None, "2025-09-15",
          ["youth-policy", "jobs", "culture-tourism", "housing"], "achievement"),
        C("청년 문화 활동 활성화에도 크게 기여했다", None, "2025-09-15", ["youth-policy", "culture-tourism"],
          "achievement"),
        C("청년친화도시 조성을 위한 다양한 정책을 추진해 청년과 함께 만들어 나가는 활력 도시 창원을 실현해 나가겠다", None,
          "2025-09-15", ["youth-policy"], "plan", speaker_name="장금용"),
    ],
    "not_claims": [
        "청년정책 성과 공적으로",
        "국회사무처 소관 청년과 미래가 주관하고 국회가 후원한다",
    ],
}

# ---- by-09 울산 중구 김영길 전통시장 인터뷰 (aggregator repost, undated) ----
Y = "kim-yeong-gil"
G["by-09-peoplentools.txt"] = {
    "metadata": {"headline": "중구엔 울산서 유일하게 '전통시장과'가 있죠…누구나 찾고 싶은 상가 만들 것",
                 "published": None, "reporter": None, "outlet": "한국경제신문", "jurisdiction": "31110"},
    "officials": [Y],
    "claims": [
        C("울산에서 가장 많은 전통시장과 상점가를 경쟁력 삼아 지역경제 활성화에 박차를 가하겠습니다", Y, None,
          ["small-merchants"], "plan"),
        C("가장 많은 22개 전통시장 및 상점가가 있다", Y, None, ["small-merchants"], "statement"),
        C("전통시장을 체계적으로 관리하고 지원하기 위한 ‘전통시장과’가 있는데", Y, None, ["small-merchants"], "achievement"),
        C("과 신설 이후 상인의 자부심도 커졌다", Y, None, ["small-merchants"], "achievement"),
        C("누구나 찾고 싶은 전통시장 조성에 나섰다", None, None, ["small-merchants"], "statement"),
        C("우선 낡고 불편한 시설을 하나씩 정비해 나가고 있다", None, None, ["small-merchants"], "statement"),
        C("17개 시장에서 비가림 시설 조성 등 다양한 시설 현대화 사업을 벌였다", Y, None, ["small-merchants"], "achievement"),
        C("올해는 7개 시장에 고객지원센터 건립, 소방시설 보수 등을 지원하고", Y, None,
          ["small-merchants", "disaster-safety"], "plan"),
    ],
    "not_claims": [
        "‘한 나라의 현재를 알려면 시장에 가라’는 말이 있습니다",
        "김영길 울산 중구청장이 전통시장을 찾아 상인들과 이야기를 나누고 있다",
        "3 days ago 5",
    ],
}


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
for name, g in G.items():
    text = collapse(open(os.path.join(ROOT, "articles", name), encoding="utf-8").read())
    for c in g["claims"]:
        n = text.count(collapse(c["quote"]))
        assert n == 1, (name, c["quote"], n)
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
print("claims:", sum(len(g["claims"]) for g in G.values()))
