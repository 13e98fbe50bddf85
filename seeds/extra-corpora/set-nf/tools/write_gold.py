"""Write set-nf gold files (hand annotation; this script only serialises it)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


S = {}

# nf-01: Daejeon, three 도시재생 뉴딜 areas selected; narration only. Decision day 지난 31일 = 2018-08-31.
D, P = "2018-08-31", "2018-09-02"
S["nf-01-chungnamilbo.txt"] = {
    "metadata": {"headline": "대전 대동·도마동·오정동, 정부 도시재생 뉴딜사업 선정", "published": "2018-09-02T14:58+09:00",
                 "reporter": "이호영", "outlet": "충남일보", "jurisdiction": "30"},
    "officials": [],
    "claims": [
        c("국토교통부 도시재생 뉴딜사업 공모에 대전지역 3곳이 선정됐다", None, D, ["urban-regeneration"], "achievement"),
        c("도시재생 뉴딜사업은 주거복지 실현, 도시 경쟁력 회복, 일자리 창출을 목표로", None, P, ["urban-regeneration", "housing", "jobs"], "statement"),
        c("지난해부터 5년 동안 매년 10조 원이 투입된다", None, P, ["urban-regeneration"], "statement"),
        c("제13차 도시재생특별위원회를 열고, ‘2018년도 도시재생 뉴딜사업 선정안’을 의결했다", None, D, ["urban-regeneration"], "achievement"),
        c("이에 따르면 내년도 전국 99개 도시재생 뉴딜사업 중 대전에서는", None, D, ["urban-regeneration"], "achievement"),
        c("동구 대동 일원 5만㎡에는 예술촌 마을과 함께 노천극장, 벽화거리 등이 들어선다", None, P, ["urban-regeneration", "culture-tourism"], "plan"),
        c("서구 도마동은 공폐가가 방치된 좁고 어두운 골목길에 범죄예방 디자인(CPTED)을 적용하고", None, P, ["urban-regeneration", "disaster-safety"], "plan"),
        c("대덕구 오정동 16만㎡에는 예비창업자 인큐베이팅 거점 공간과 창업 공간, 청년 주거지 등이 조성된다", None, P,
          ["urban-regeneration", "startup-support", "housing", "youth-policy"], "plan"),
        c("총 사업비는 1136억 원이 투입된다", None, P, ["urban-regeneration"], "statement"),
    ],
    "not_claims": ["내년도 1136억 투입… 주민 삶의 질 확대 총력", "위쪽부터 대전 동구 대동, 서구 도마동, 대덕구 오정동 도시재생 뉴딜사업 지구.",
                   "한편, 정부는 이번 사업 선정을 토대로 인"],
}

# nf-02: 화순군 youth talk concert 지난 8일 (2024-05-08); published 2024-05-10.
E = "2024-05-08"
S["nf-02-presszon.txt"] = {
    "metadata": {"headline": "화순 군수-청년들, 일자리 주거 육아 문제 소통", "published": "2024-05-10T09:55+09:00",
                 "reporter": "배진희", "outlet": "프레스존", "jurisdiction": "46790"},
    "officials": ["gu-bok-gyu"],
    "claims": [
        c("정책 수요에 대응한 청년 정책을 발굴하기 위해 마련됐다", None, E, ["youth-policy"], "statement"),
        c("주로 청년 일자리 정책에 대한 의견을 다수 제시했다", None, E,
          ["youth-policy", "jobs", "investment-attraction", "small-merchants", "agriculture"], "statement"),
        c("다양한 생활 현안에도 큰 관심을 표명했다", None, E, ["agriculture", "childcare-birth", "education"], "statement"),
        c("청년들과 지속적인 소통을 펴나가겠다", "gu-bok-gyu", E, ["youth-policy"], "plan"),
    ],
    "not_claims": ["‘군수와 청년과의 토크 콘서트’를 열어 성황을 이뤘다",
                   "일자리, 주거, 육아, 귀농·귀촌 등 다양한 분야에서 구복규 군수와 청년들과의 대담 형식으로 진행됐다",
                   "화순의 미래인 청년들의 꿈이 실현될 수"],
}

# nf-03: 광주 'AI 중심도시' vision, 11일 = published 2025-09-11; narration only (mayor only in caption / attendance).
A = "2025-09-11"
S["nf-03-asiae.txt"] = {
    "metadata": {"headline": None, "published": "2025-09-11", "reporter": None, "outlet": None, "jurisdiction": "29"},
    "officials": ["kang-gi-jung"],
    "claims": [
        c("광주의 AI 중심도시 도약 비전을 제시하는 '모두의 AI, 광주 비전 선포식'을 개최했다", None, A, ["fourth-industrial-revolution"], "statement"),
        c("6,000억원 규모의 'AI 2단계 사업'을 바탕으로", None, A, ["fourth-industrial-revolution"], "statement"),
        c("AI 기업 21개사와의 광주 유치 업무협약(MOU) 체결", None, A,
          ["fourth-industrial-revolution", "investment-attraction", "future-vehicles"], "statement"),
        c("2단계 사업이 본격화할 경우 시민의 하루가 매 시간마다 달라지는 구체적 과제를 제시했다", None, A, ["fourth-industrial-revolution"], "plan"),
        c("대표적 과제로는 ▲AI 공원 놀이터", None, A,
          ["fourth-industrial-revolution", "public-transit", "welfare", "culture-tourism", "disaster-safety"], "plan"),
    ],
    "not_claims": ["시민 일상생활 전반 'AI 혁신도시' 도약", "'자율주행 드라이빙 시뮬레이터' 첫 공개",
                   "국가AI컴퓨팅센터 광주 유치 \"AI 심장으로\"", "시민 결의 퍼포먼스를 펼치고 있다. 광주시 제공",
                   "기업·유관단체 관계자와 시민 등 500여명이 참석했다"],
}

# nf-04: 세종 이춘희 on BRT lanes (시문시답); undated -> all dates null.
S["nf-04-pressian.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "36"},
    "officials": ["lee-choon-hee"],
    "claims": [
        c("시장이 불허 방침을 분명히 했다", "lee-choon-hee", None, ["public-transit"], "plan"),
        c("1개 노선에 BRT 노선을 운영 중", "lee-choon-hee", None, ["public-transit"], "statement"),
        c("정시성과 편리성을 갖춘 대중교통을 제공하기 위한 것", "lee-choon-hee", None, ["public-transit"], "statement"),
        c("대중교통 이용자의 자가용 이용을 부추기는 원인이 될 수 있다", "lee-choon-hee", None, ["public-transit"], "statement"),
        c("대전시와 협의해 노선을 확대하겠다", "lee-choon-hee", None, ["public-transit"], "plan"),
    ],
    "not_claims": ["전체댓글 0"],
}

# nf-05: 전주 youth sharing session 지난 2일 (2018-08-02); published 2018-08-05.
J, JP = "2018-08-02", "2018-08-05"
S["nf-05-jjn.txt"] = {
    "metadata": {"headline": "전주시 청년정책은 청년에게 듣는다", "published": "2018-08-05T14:01+09:00",
                 "reporter": "김낙현", "outlet": None, "jurisdiction": "45110"},
    "officials": ["kim-seung-su"],
    "claims": [
        c("정책 개선방안을 제시하는 청년참여기구로, 현재 2기 활동이 활발히 진행되고 있다", None, JP, ["youth-policy"], "statement"),
        c("6개 청년희망단 제안 청년정책을 소개했다", None, J, ["youth-policy"], "statement"),
        c("청년기업인증제도와 청년문화예술인 지원 방안", None, J, ["youth-policy", "culture-tourism"], "statement"),
        c("마이스산업 육성을 위한 컨벤션센터 건립 추진", None, J, ["culture-tourism", "investment-attraction", "jobs", "youth-policy"], "plan"),
        c("청년의 문제는 일자리에만 있는 것이 아니고", "kim-seung-su", J, ["youth-policy", "jobs", "housing"], "plan"),
        c("청년 건강검진, 청년 쉼표 등 많은 기반을 닦아 왔다", "kim-seung-su", J, ["youth-policy"], "achievement"),
        c("이 기반을 바탕으로 청년청 신설, 청년 상담 주치의 제도 등", "kim-seung-su", J, ["youth-policy"], "plan"),
    ],
    "not_claims": ["전주시가 청년들의 생생한 목소리를 시정에 반영한다.", "'청년 톡톡! 공감공유회' 개최", "청년기업인증제도 등 6개 제안"],
}

# nf-06: 제주매일 New Year interview with 원희룡; 승인 2016.01.03 (no time).
W, WK = "2016-01-03", "won-hee-ryong"
S["nf-06-jejumaeil.txt"] = {
    "metadata": {"headline": "원희룡 제주도정의 새해 구상과 각오", "published": "2016-01-03", "reporter": None,
                 "outlet": "제주매일", "jurisdiction": "50"},
    "officials": [WK],
    "claims": [
        c("제2공항과 민군복합항, 부동산 문제와 관광객 증가의 이면, 감귤산업 등은 숙명적으로 안고 가야 할 부분이다", WK, W,
          ["airport-relocation", "housing", "culture-tourism", "agriculture"], "statement"),
        c("성산읍 주민들의 반발은 끊임없이 대화하며 견해차를 좁혀나가겠다", WK, W, ["airport-relocation"], "plan"),
        c("보상은 투기 목적과는 차별화하고 간접 피해 주민에 대한 지원책도 뒤따를 것", WK, W, ["airport-relocation"], "plan"),
        c("오는 2025년까지 총 10만호의 주택 공급으로 풀어나갈 계획임을 피력했다", WK, W, ["housing"], "target"),
        c("무엇보다 소비자의 요구가 생산현장에 반영돼야 한다", WK, W, ["agriculture"], "plan"),
        c("부가가치를 높이는 방향으로 1차산업을 키워나가겠다", WK, W, ["agriculture"], "plan"),
        c("영리병원 설립 승인과 협치(協治) 등의 논란에 대해선", WK, W, ["medical-industry", "public-health"], "statement"),
    ],
    "not_claims": ["현재 달라지고 있고 좋아지는 것들이 있다는 게 희망적이라고 본다",
                   "갈등과 부작용이란 숙제를 풀기 시작한 시기",
                   "국가사업이지만 역지사지(易地思之)로 보면 주민의 입장에서 억울할 수 있다"],
}

# nf-07: 뉴시스 목포 tourism feature; 30일 밝혔다 = published 2020-09-30; narration only.
M = "2020-09-30"
S["nf-07-newsis.txt"] = {
    "metadata": {"headline": "입과 눈, 마음이 즐거운 '낭만항구 목포'···관광도시 변모", "published": "2020-09-30T08:07+09:00",
                 "reporter": "박상수", "outlet": "뉴시스", "jurisdiction": "46110"},
    "officials": [],
    "claims": [
        c("지난해 700만명의 관광객을 유치한데 이어", None, M, ["culture-tourism"], "achievement"),
        c("풍부한 관광자원과 공격적인 마케팅 등이 한 몫하고 있다", None, M, ["culture-tourism"], "statement"),
        c("전국 최초로 맛의 도시를 선포하고", None, M, ["culture-tourism"], "achievement"),
        c("목포의 대표 관광지 삼학도에 가면", None, M, ["culture-tourism"], "statement"),
        c("바로 옆 삼학도 크루즈를 이용하면", None, M, ["culture-tourism"], "statement"),
        c("'대한민국 야간 관광 100선'에 선정될 만큼 매력적이다", None, M, ["culture-tourism"], "achievement"),
    ],
    "not_claims": ["으뜸 맛집, 항구포차 등 가는 곳마다 남도 맛집", "바다분수, 유람선, 해상케이블카 등 볼거리 가득",
                   "근대역사문화공간, 시화골목 등 도보여행도 제격", "고즈넉한 정취에 입과 눈과 마음이 즐거워진다",
                   "풍부한 수산물과 청정자연이 키운 농축산물"],
}

# nf-08: 충북 이시종 at 확대간부회의 1월 20일 (2020-01-20); published 2020-01-21.
L, LK = "2020-01-20", "lee-si-jong"
S["nf-08-jcjachi.txt"] = {
    "metadata": {"headline": "이시종 도지사, 충북 바이오 제 2도약 추진 준비부터 철저히", "published": "2020-01-21T19:41+09:00",
                 "reporter": None, "outlet": "진천자치신문", "jurisdiction": "43"},
    "officials": [LK],
    "claims": [
        c("충북 바이오 제 2도약 추진 철저와 오송의 위상구축을 강조했다", LK, L, ["medical-industry"], "plan"),
        c("이제 2단계에 진입을 위한 대개혁을 해야 한다며", LK, L, ["medical-industry"], "plan"),
        c("바이오헬스 제2 도약을 위한 목표와 계획을 정립하고 구체적인 대책을 마련하라고 지시했다", LK, L, ["medical-industry"], "plan"),
        c("컨벤션 센터와 실내체육관 건립", LK, L, ["culture-tourism"], "plan"),
    ],
    "not_claims": ["충북 바이오 2단계 진입을 위한 근본적인 대개혁 주문",
                   "지난해 오송역의 연간 이용객이 800만명을 돌파했고"],
}

# nf-09: 천안 2019 시무식, 구본영 신년사; undated -> all dates null.
G = "gu-bon-yeong"
S["nf-09-gocj.txt"] = {
    "metadata": {"headline": "2019년 천안 시정은 안전, 일자리, 복지 분야를 최우선 과제로 선정", "published": None,
                 "reporter": "김일식", "outlet": "시티저널", "jurisdiction": "44130"},
    "officials": [G],
    "claims": [
        c("지역밀착형 생활 SOC 사업을 확대하는 등", G, None,
          ["disaster-safety", "jobs", "welfare", "culture-tourism", "urban-regeneration"], "plan"),
        c("주요 역점시책으로 제시하며 차질 없이 추진해 나갈 것을 약속했다", G, None,
          ["jobs", "welfare", "disaster-safety", "public-transit", "culture-tourism", "education", "agriculture", "citizen-participation"], "plan"),
        c("지방분권, 4차 산업혁명 등 다양한 변화가 예상되는 올해", G, None, ["decentralization", "fourth-industrial-revolution"], "plan"),
    ],
    "not_claims": ["2019년 시무식을 개최하고 더 큰 천안, 더 큰 행복을 실현하기 위해 전력을 다할 것을 다짐했다",
                   "정부 5개년 계획에 3개 대규모 국가사업을 반영시키는 등 다양한 성과를 거둠은 물론",
                   "달라진 시정을 시민들이 체감할 수 있도록 성과를 가시화하겠다"],
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, body in S.items():
        head = body["metadata"]["headline"]
        if head and head not in body["not_claims"]:
            body["not_claims"].insert(0, head)  # headlines are never claims
        out = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(S), "files,", sum(len(b["claims"]) for b in S.values()), "claims")
